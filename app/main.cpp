#include "Appliance.h"
#include "Logging.h"
#include "ServiceNotifier.h"
#include "Config.h"

#ifdef WH_WITH_GUI
#include "Feedback.h"
#include "KioskScreens.h"
#include "KioskWindow.h"
#include "LoginScreen.h"
#include "Session.h"
#include "StoreWorker.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#endif

#include "HealthServer.h"
#include "Metrics.h"
#include "PrinterWorker.h"
#include "ScannerHub.h"
#include "SqlPrintQueue.h"
#include "SyncEngine.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace wh;

namespace {

#ifdef WH_WITH_GUI
// Started first thing in main(): the start-up line below says how long the kiosk took to show its login
// screen.
QElapsedTimer g_sinceMain;

// Says once, on stdout, when the login screen has first been painted, how long after main() that was and the
// resident memory then (bench/wh_bench_kiosk reads the line); with WH_EXIT_WHEN_SHOWN=1 the appliance then
// quits.
class LoginShownReporter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Paint)
            return false;
        // Let the screen paint first, so the line means "painted", then say it once.
        watched->removeEventFilter(this);
        watched->event(event);
        QByteArray rss = "?";
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly))
            for (const QByteArray& line : status.readAll().split('\n'))
                if (line.startsWith("VmRSS:"))
                    rss = line.mid(6).simplified();
        qCInfo(app::lcApp, "kiosk: login screen shown after %.1f ms, resident memory %s",
               double(g_sinceMain.nsecsElapsed()) / 1e6, rss.constData());
        if (qEnvironmentVariableIntValue("WH_EXIT_WHEN_SHOWN") == 1)
            QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
        return true;
    }
};
#endif

int runService(app::Options& options, int argc, char** argv)
{
    const bool withWindow = !options.headless && app::displayAvailable();
#ifdef WH_WITH_GUI
    std::unique_ptr<QCoreApplication> application = withWindow
                                                        ? std::make_unique<QApplication>(argc, argv)
                                                        : std::make_unique<QCoreApplication>(argc, argv);
#else
    auto application = std::make_unique<QCoreApplication>(argc, argv);
#endif
    // Under systemd the log goes to the journal, with categories and priorities (docs/operations.md, "Logs").
    app::installLogHandler(app::detectLogTarget());
    app::ServiceNotifier notifier;
    auto store = app::openStore(options);
    if (!store) {
        qCCritical(app::lcStore).noquote() << store.error().toString();
        return 3;
    }
    // The link to the central service runs on its own thread with its own connection to the store.
    std::unique_ptr<sync::SyncEngine> engine;
    QTimer engineReport;
    if (!options.brokerUri.isEmpty()) {
        sync::SyncConfig config;
        config.storePath = options.dbPath;
        config.brokerUri = options.brokerUri;
        config.warehouse = options.warehouse;
        config.caFile = options.tlsCa;
        config.certFile = options.tlsCert;
        config.keyFile = options.tlsKey;
        config.appVersion = QCoreApplication::applicationVersion();
        engine = std::make_unique<sync::SyncEngine>(config);
        if (auto started = engine->start(); !started) {
            qCCritical(app::lcSync).noquote() << QStringLiteral("sync: ") + started.error().message;
            return 2;
        }
        qCInfo(app::lcSync).noquote()
            << QStringLiteral("Syncing with %1 as warehouse %2").arg(options.brokerUri, options.warehouse);
        QObject::connect(
            &engineReport, &QTimer::timeout, &engineReport, [&engine, &notifier, last = QString()]() mutable {
                const sync::SyncEngineStatus s = engine->status();
                const QString line =
                    QStringLiteral("sync %1: %2 waiting, %3 published, %4 acknowledged, %5 dead letters%6")
                        .arg(sync::SyncEngineStatus::linkName(s.link))
                        .arg(s.backlog)
                        .arg(s.eventsPublished)
                        .arg(s.eventsAcknowledged)
                        .arg(s.deadLetters)
                        .arg(s.lastError.isEmpty() ? QString()
                                                   : QStringLiteral(" (") + s.lastError + QLatin1Char(')'));
                if (line != last) {
                    qCInfo(app::lcSync).noquote() << line;
                    notifier.status(line);
                    last = line;
                }
            });
        engineReport.start(2000);
    }
    // Scanners live on their own thread; decoded scans arrive here queued. Until the workflow screens take
    // them, the appliance says what each scan decoded to.
    devices::ScannerHub scanners((*store)->clock());
    for (const devices::ScannerConfig& config : options.scanners)
        if (auto added = scanners.addScanner(config); !added) {
            qCCritical(app::lcScanner).noquote()
                << QStringLiteral("scanner %1: %2").arg(config.path, added.error().message);
            return 2;
        }
    // Headless, the appliance says what each scan decoded to; with the kiosk, the scan goes to its screen.
    QObject::connect(&scanners, &devices::ScannerHub::scanned, &scanners,
                     [withWindow](const devices::StationScan& scan) {
                         if (withWindow)
                             return;
                         qCInfo(app::lcScanner).noquote() << app::describeScan(scan);
                     });
    QObject::connect(&scanners, &devices::ScannerHub::doubleRead, &scanners,
                     [](const devices::StationScan& scan) {
                         qCInfo(app::lcScanner).noquote()
                             << QStringLiteral("scan at station %1 (scanner %2): double read ignored")
                                    .arg(scan.station, scan.scanner);
                     });
    QObject::connect(
        &scanners, &devices::ScannerHub::scannerStateChanged, &scanners,
        [](const QString& id, devices::ScannerState state, const QString& reason) {
            const QString line =
                QStringLiteral("scanner %1: %2%3")
                    .arg(id, devices::scannerStateName(state),
                         reason.isEmpty() ? QString() : QStringLiteral(" (") + reason + QLatin1Char(')'));
            if (state == devices::ScannerState::Connected)
                qCInfo(app::lcScanner).noquote() << line;
            else
                qCWarning(app::lcScanner).noquote() << line;
        });
    if (!options.scanners.isEmpty())
        scanners.start();
    // One spooler per printer, each on its own thread with its own connection to the store's print queue.
    std::vector<std::unique_ptr<devices::PrinterWorker>> printers;
    for (const devices::PrinterConfig& config : options.printers) {
        const QString path = options.dbPath;
        auto worker = std::make_unique<devices::PrinterWorker>(
            config, devices::PrintSpooler::Options{}, [path]() -> Result<std::unique_ptr<PrintJobStore>> {
                auto queue = db::SqlPrintQueue::open(path);
                if (!queue)
                    return queue.error();
                return std::unique_ptr<PrintJobStore>(std::move(*queue));
            });
        devices::PrintSpooler* spooler = worker->spooler();
        QObject::connect(spooler, &devices::PrintSpooler::reported, application.get(),
                         [last = QString()](const devices::PrinterReport& report) mutable {
                             const QString line = app::describePrinter(report);
                             if (line == last)
                                 return;
                             last = line;
                             if (report.online && report.faults.isEmpty())
                                 qCInfo(app::lcPrinter).noquote() << line;
                             else
                                 qCWarning(app::lcPrinter).noquote() << line;
                         });
        QObject::connect(
            spooler, &devices::PrintSpooler::jobPrinted, application.get(), [name = config.name](qint64 id) {
                qCInfo(app::lcPrinter).noquote() << QStringLiteral("printer %1: job %2 printed").arg(name).arg(id);
            });
        QObject::connect(spooler, &devices::PrintSpooler::jobUncertain, application.get(),
                         [name = config.name](qint64 id, const QString& reason) {
                             qCWarning(app::lcPrinter).noquote()
                                 << QStringLiteral("printer %1: job %2 uncertain: %3").arg(name).arg(id).arg(reason);
                         });
        worker->start();
        printers.push_back(std::move(worker));
    }
    // With the kiosk on this thread, the outbox monitor's counts and the stock round run on a thread of their
    // own with their own connection: the GUI thread never waits on SQLite.
    QThread background;
    background.setObjectName(QStringLiteral("store-background"));
    std::unique_ptr<db::Store> backgroundStore;
    db::Store* monitorStore = store->get();
    if (withWindow) {
        auto opened = db::Store::open(options.dbPath);
        if (!opened) {
            qCCritical(app::lcStore).noquote() << opened.error().toString();
            return 3;
        }
        backgroundStore = std::move(*opened);
        monitorStore = backgroundStore.get();
    }
    sync::OutboxMonitor monitor(*monitorStore, engine.get());
    QObject::connect(&monitor, &sync::OutboxMonitor::statusChanged, &monitor,
                     [&](const sync::SyncStatus& status) {
                         qCInfo(app::lcSync).noquote() << status.describe((*store)->clock().now());
                     });
    QObject::connect(&monitor, &sync::OutboxMonitor::storeFailed, &monitor, [](const QString& message) {
        qCCritical(app::lcStore).noquote() << QStringLiteral("store error: ") + message;
    });
#ifdef WH_WITH_GUI
    // The kiosk reads and writes the store through its own worker thread and connection.
    std::unique_ptr<ui::StoreWorker> storeWorker;
    std::unique_ptr<ui::KioskWindow> kiosk;
    if (withWindow) {
        auto worker = ui::StoreWorker::open(options.dbPath);
        if (!worker) {
            qCCritical(app::lcStore).noquote() << worker.error().toString();
            return 3;
        }
        storeWorker = std::move(*worker);
        kiosk = std::make_unique<ui::KioskWindow>(*storeWorker, options.stations);
        ui::KioskServices services;
        services.scanners = &scanners;
        for (auto& printerWorker : printers)
            services.printers.append(printerWorker.get());
        services.engine = engine.get();
        services.monitor = &monitor;
        services.labelTemplates = options.labelTemplates;
        kiosk->setServices(services);
        kiosk->setWorkflowScreens(ui::addWorkflowScreens);
        kiosk->session().setIdleTimeoutMs(options.idleLogoutSeconds * 1000);
        kiosk->feedback().setSoundEnabled(options.sound);
        if (options.demoScanner)
            kiosk->enableDemoScanner();
        QObject::connect(&scanners, &devices::ScannerHub::scanned, kiosk.get(), &ui::KioskWindow::stationScan);
        QObject::connect(&monitor, &sync::OutboxMonitor::statusChanged, kiosk.get(),
                         &ui::KioskWindow::showSyncStatus);
        qCInfo(app::lcApp, "Running the kiosk on this display (%s %s%s); store at %s",
               options.stations.size() == 1 ? "station" : "stations, chosen at login:",
                    qPrintable(options.stations.join(QStringLiteral(", "))),
                    options.kiosk ? ", kiosk mode" : "", qPrintable(options.dbPath));
        kiosk->loginScreen().installEventFilter(new LoginShownReporter(kiosk.get()));
        if (options.kiosk) {
            kiosk->setKioskMode(true);
        } else {
            kiosk->resize(1280, 800);
            kiosk->show();
        }
    }
#endif
    // /metrics and /healthz (docs/operations.md, "Metrics and health"): figures fed by the parts' hooks and
    // signals, served on civetweb's threads. Off (no hook, no server) with --metrics-port 0.
    std::unique_ptr<app::Metrics> metrics;
    std::unique_ptr<app::HealthServer> healthServer;
    if (options.metricsPort > 0) {
        QList<const devices::PrintSpooler*> spoolers;
        for (auto& printerWorker : printers)
            spoolers.append(printerWorker->spooler());
        metrics = std::make_unique<app::Metrics>(
            app::Metrics::Sources{options.dbPath, engine.get(), &monitor, scanners.scannerIds(), spoolers});
        auto server = app::HealthServer::start(*metrics, options.metricsAddress, options.metricsPort);
        if (!server) {
            qCCritical(app::lcApp).noquote() << QStringLiteral("metrics: ") + server.error().message;
            return 2;
        }
        healthServer = std::move(*server);
        setActionObserver(metrics.get());
        app::Metrics* sink = metrics.get();
        for (const QString& id : scanners.scannerIds()) // as the hub knows it so far; then every change
            sink->scannerState(id, scanners.state(id), scanners.stateReason(id));
        QObject::connect(&scanners, &devices::ScannerHub::scannerStateChanged, &scanners,
                         [sink](const QString& id, devices::ScannerState state, const QString& reason) {
                             sink->scannerState(id, state, reason);
                         });
#ifdef WH_WITH_GUI
        if (kiosk)
            QObject::connect(
                kiosk.get(), &ui::KioskWindow::scanShown, kiosk.get(),
                [sink](qint64 nanoseconds) { sink->scanShown(std::chrono::nanoseconds(nanoseconds)); });
#endif
        qCInfo(app::lcApp, "Serving /metrics and /healthz on %s:%d", qPrintable(options.metricsAddress),
               options.metricsPort);
    }
    if (!withWindow) {
#ifdef WH_WITH_GUI
        const char* why =
            options.headless ? "--headless was given" : "no display (DISPLAY and WAYLAND_DISPLAY are unset)";
#else
        const char* why = "this build has no UI";
#endif
        qCInfo(app::lcApp, "Running headless (store + sync, no widgets): %s; store at %s", why,
               qPrintable(options.dbPath));
    }
    const int monitorMs = engine ? 2'000 : 10'000;
    // Replenishment and stock snapshots: the stock round every N minutes, beside the monitor.
    QTimer stockRound;
    if (options.stockRoundMinutes > 0)
        QObject::connect(&stockRound, &QTimer::timeout, &stockRound,
                         [monitorStore] { app::runStockRound(*monitorStore); });
    const int stockRoundMs = std::max(1000, int(options.stockRoundMinutes * 60'000));
    // Scheduled backups (docs/operations.md): their own connections, on the store-background thread beside
    // the stock round when there is a window (headless: this thread, which has no screen to keep alive).
    QTimer backupTimer;
    const bool scheduledBackups = !options.backupDir.isEmpty();
    if (scheduledBackups)
        QObject::connect(&backupTimer, &QTimer::timeout, &backupTimer,
                         [&options] { app::runScheduledBackup(options, QDateTime::currentDateTimeUtc()); });
    const int backupMs = std::max(1000, int(options.backupEveryHours * 3'600'000));
    if (withWindow) {
        monitor.moveToThread(&background);
        stockRound.moveToThread(&background);
        backupTimer.moveToThread(&background);
        background.start();
        if (scheduledBackups)
            QMetaObject::invokeMethod(&backupTimer, [&backupTimer, backupMs] { backupTimer.start(backupMs); });
        QMetaObject::invokeMethod(&monitor, [&monitor, monitorMs] { monitor.start(monitorMs); });
        if (options.stockRoundMinutes > 0)
            QMetaObject::invokeMethod(&stockRound, [&stockRound, stockRoundMs] { stockRound.start(stockRoundMs); });
    } else {
        monitor.start(monitorMs);
        if (options.stockRoundMinutes > 0)
            stockRound.start(stockRoundMs);
        if (scheduledBackups)
            backupTimer.start(backupMs);
    }
    app::quitOnTerminationSignals();
    if (options.exitAfterSeconds > 0)
        QTimer::singleShot(options.exitAfterSeconds * 1000, application.get(), &QCoreApplication::quit);
    // Everything is open and started: systemd may now count the service as up (and expect the watchdog).
    notifier.ready(engine ? QStringLiteral("running, syncing with ") + options.brokerUri
                          : QStringLiteral("running, no broker configured: buffering every event"));
    const int code = application->exec();
    notifier.stopping();
    if (background.isRunning()) {
        QMetaObject::invokeMethod(&monitor, [&monitor, &stockRound, &backupTimer] {
            stockRound.stop();
            backupTimer.stop();
            monitor.stop();
        }, Qt::BlockingQueuedConnection);
        background.quit();
        background.wait();
    }
#ifdef WH_WITH_GUI
    kiosk.reset(); // before the devices and the store worker it uses
    storeWorker.reset();
#endif
    scanners.stop();
    for (auto& worker : printers)
        worker->stop();
    if (engine)
        engine->stop(); // says offline (retained) and leaves cleanly
    if (metrics) {
        setActionObserver(nullptr); // every thread that ran actions has stopped
        healthServer.reset();
    }
    return code;
}

} // namespace

int main(int argc, char** argv)
{
#ifdef WH_WITH_GUI
    g_sinceMain.start();
#endif
    QCoreApplication::setApplicationName(QStringLiteral("warehouse-appliance"));
    QCoreApplication::setOrganizationName(QStringLiteral("warehouse-appliance"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WH_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    app::Options options;
    if (auto exitCode = app::parseArguments(arguments, options))
        return *exitCode;

    if (options.command == app::Options::Command::Run)
        return runService(options, argc, argv);
    if (options.command == app::Options::Command::Decode)
        return app::runDecode(options.scan);
    if (options.command == app::Options::Command::Label) {
        // Fonts need a QGuiApplication; a support laptop or the appliance itself may have no display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication application(argc, argv);
        return app::runLabel(options);
    }

    QCoreApplication application(argc, argv);
    // These work on the store's file with connections of their own (restore must not open it at all).
    if (options.command == app::Options::Command::Backup)
        return app::runBackup(options);
    if (options.command == app::Options::Command::Restore)
        return app::runRestore(options);
    if (options.command == app::Options::Command::Export)
        return app::runExport(options);
    if (options.command == app::Options::Command::Provision)
        return app::runProvision(options); // no store: a new appliance has none yet
    // Reads the store, never opens it for writing (app/Config.h).
    if (options.command == app::Options::Command::CheckConfig)
        return app::runCheckConfig(options);
    auto store = app::openStore(options);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
        return 3;
    }
    switch (options.command) {
    case app::Options::Command::Verify:
        return app::runVerify(**store);
    case app::Options::Command::Rebuild:
        return app::runRebuild(**store, options.rebuildPath);
    case app::Options::Command::Status:
        return app::runStatus(**store);
    case app::Options::Command::Print:
        return app::runPrint(**store, options);
    case app::Options::Command::Jobs:
        return app::runJobs(options);
    // Replenishment, stock snapshots and CSV import.
    case app::Options::Command::Import:
        return app::runImport(**store, options);
    case app::Options::Command::Snapshot:
        return app::runSnapshot(**store, options);
    case app::Options::Command::Replenishment:
        return app::runReplenishment(**store, options);
    case app::Options::Command::Asn:
        return app::runAsn(**store, options);
    case app::Options::Command::Staff:
        return app::runStaff(**store, options);
    case app::Options::Command::Run:
    case app::Options::Command::Decode:
    case app::Options::Command::Label:
    case app::Options::Command::Backup:
    case app::Options::Command::Restore:
    case app::Options::Command::Export:
    case app::Options::Command::Provision:
    case app::Options::Command::CheckConfig:
        break;
    }
    return 0;
}
