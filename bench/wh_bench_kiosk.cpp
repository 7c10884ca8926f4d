// wh_bench_kiosk: the kiosk's two floor targets, each beside a baseline measured in the same run.
//
// 1. A scan -> the screen updated and painted, while the sync engine drains a large outbox backlog to a real
//    Mosquitto and the reference central service (central-sim --ack-only). In this process: a real store file
//    with the demo data and a backlog of cloud-bound events, the KioskWindow (offscreen platform) with every
//    workflow screen, logged in by badge, on the stock look-up, and the OutboxMonitor feeding its header as
//    in the appliance. Each scan is handed to KioskWindow::stationScan on the GUI thread, as the ScannerHub's
//    queued signal does, and timed to (a) Feedback::shown (the look-up's answer is in the table, the summary
//    and the banner) and (b) the end of the window's repaint in which the banner painted the answer (the
//    frame is in the backing store). The baseline is the same scans with sync idle: before the engine starts
//    (the backlog waiting) and after it has drained everything (online, nothing to send). A 1 ms timer on the
//    GUI thread measures its stalls in each phase.
// 2. Cold start: the real `warehouse-appliance run` (offscreen) launched N times on a store with 1,000,000
//    stock rows, timed from the launch to its line "kiosk: login screen shown after ..." (printed once the
//    login screen has painted), with its resident memory then; beside the same launch on a store with the
//    demo data only and a bare Qt Widgets window (wh_bench_bare_window), in alternating order.

#include "BenchSupport.h"
#include "MosquittoBroker.h"
#include "OutboxMonitor.h"
#include "Store.h"
#include "SyncEngine.h"

#include "DemoData.h"
#include "StaffDirectory.h"

#include "Feedback.h"
#include "KioskScreens.h"
#include "KioskWindow.h"
#include "ScanDecoder.h"
#include "ScanSource.h"
#include "StoreWorker.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <optional>
#include <vector>

using namespace wh;
using namespace wh::bench;

namespace {

const QString kWarehouse = QStringLiteral("wh-1");

struct Options
{
    int backlog = 1'000'000;
    int scans = 300;
    int gapMs = 10;
    int coldRuns = 10;
    std::int64_t stockRows = 1'000'000;
    QString dir;
    QString centralSim;
    QString appliance;
    QString bareWindow;
    bool skipScan = false;
    bool skipCold = false;
    bool withoutMonitor = false; // diagnosis only: the kiosk's header without the outbox monitor's polls
};

// The demo warehouse and two of its staff (badges BADGE-1001 and BADGE-9001), as a new appliance has them.
void seedKioskStore(db::Store& store)
{
    check(db::DemoData::seedIfEmpty(store), QStringLiteral("demo data"));
    db::StaffDirectory staff(store.connection(), store.clock());
    check(staff.save(User{QStringLiteral("1001"),
                          QStringLiteral("Pia Picker"),
                          Role::Picker,
                          {QStringLiteral("acme")}},
                     QStringLiteral("1111"), QStringLiteral("BADGE-1001")),
          QStringLiteral("staff"));
    check(staff.save(User{QStringLiteral("9001"),
                          QStringLiteral("Sam Supervisor"),
                          Role::Supervisor,
                          {QStringLiteral("acme"), QStringLiteral("globex")}},
                     QStringLiteral("9999"), QStringLiteral("BADGE-9001")),
          QStringLiteral("staff"));
}

std::int64_t pendingIn(db::Store& store)
{
    std::int64_t total = 0;
    for (const auto& t : check(store.outbox().state(), QStringLiteral("outbox state")))
        total += t.pending;
    return total;
}

// ---------------------------------------------------------------------------------------------------------
// 1. Scan -> screen

// The demo store plus `events` cloud-bound StockReceived events of acme waiting in the outbox, written in
// batches of 1,000 actions at synchronous=NORMAL. Returns the outbox's size.
std::int64_t buildScanStore(const QString& path, int events)
{
    auto store = check(db::Store::open(path, optionsFor(db::StoreOptions::Durability::Normal)), path);
    seedKioskStore(*store);
    const TenantContext acme(QStringLiteral("acme"));
    int done = 0;
    while (done < events) {
        QList<db::Store::Handler> handlers;
        const int n = std::min(1000, events - done);
        for (int i = 0; i < n; ++i)
            handlers.append([](Inventory& inv) {
                return inv.receive({QStringLiteral("ACME-1008"), QStringLiteral("A-RCV"), {}, {}, 1});
            });
        check(store->executeBatch(acme, benchActor(), handlers), QStringLiteral("backlog"));
        done += n;
    }
    check(store->connection().execScript("PRAGMA wal_checkpoint(TRUNCATE)"), QStringLiteral("checkpoint"));
    return pendingIn(*store);
}

std::unique_ptr<QProcess> startCentral(const Options& o, const QString& uri, const QString& storePath,
                                       std::int64_t expect)
{
    return startAckOnlyCentral(o.centralSim, uri, kWarehouse, storePath, expect);
}

// Watches the GUI thread: when the answer of the scan in flight was shown, when the banner painted it, and
// when the window's repaint that included it ended. Plus a 1 ms timer's lateness.
class Probe : public QObject
{
public:
    Probe(ui::KioskWindow& kiosk)
        : m_kiosk(kiosk)
        , m_banner(kiosk.feedback())
    {
        QObject::connect(&m_banner, &ui::Feedback::shown, this,
                         [this](ui::Feedback::Tone tone, const QString&) {
                             if (!m_inFlight || m_shown)
                                 return;
                             m_shownAt = Stopwatch::now();
                             m_shown = true;
                             m_tone = tone;
                         });
        m_banner.installEventFilter(this);
        m_kiosk.installEventFilter(this);
        m_ticker.setTimerType(Qt::PreciseTimer);
        m_ticker.setInterval(1);
        QObject::connect(&m_ticker, &QTimer::timeout, this, [this] {
            const auto now = Stopwatch::now();
            if (m_recording && m_lastTick)
                m_lateness.push_back(std::max(
                    0.0, std::chrono::duration<double, std::milli>(now - *m_lastTick).count() - 1.0));
            m_lastTick = now;
        });
        m_ticker.start();
    }

    struct Sample
    {
        double shownMs = 0;
        double paintedMs = 0;
    };

    // Hands one decoded scan to the kiosk and waits in the event loop until the answer was painted.
    Sample measure(const devices::StationScan& scan)
    {
        m_inFlight = true;
        m_shown = false;
        m_bannerPainted = false;
        m_framed = false;
        m_tone = ui::Feedback::Tone::None;
        const auto start = Stopwatch::now();
        m_kiosk.stationScan(scan);
        if (!m_framed) {
            QEventLoop loop;
            QTimer guard;
            guard.setSingleShot(true);
            QObject::connect(&guard, &QTimer::timeout, &loop, [&] { loop.exit(1); });
            guard.start(10'000);
            m_loop = &loop;
            const int code = loop.exec();
            m_loop = nullptr;
            if (code != 0)
                die(QStringLiteral("no answer painted within 10 s of the scan %1").arg(scan.event.raw));
        }
        m_inFlight = false;
        if (m_tone != ui::Feedback::Tone::Accepted)
            die(QStringLiteral("the look-up did not accept %1: %2").arg(scan.event.raw, m_banner.text()));
        return {std::chrono::duration<double, std::milli>(m_shownAt - start).count(),
                std::chrono::duration<double, std::milli>(m_framedAt - start).count()};
    }

    void record(bool on)
    {
        m_recording = on;
        m_lastTick.reset();
    }
    std::vector<double> takeLateness() { return std::exchange(m_lateness, {}); }
    int updateRequestsSeen() const { return m_updateRequests; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // Runs the widget's own handler first, so the time taken is after the painting.
        if (watched == &m_banner && event->type() == QEvent::Paint && m_shown && !m_bannerPainted) {
            static_cast<QObject*>(&m_banner)->event(event);
            m_bannerPainted = true;
            m_bannerPaintedAt = Stopwatch::now();
            return true;
        }
        if (watched == &m_kiosk && event->type() == QEvent::UpdateRequest) {
            static_cast<QObject*>(&m_kiosk)->event(event);
            ++m_updateRequests;
            if (m_bannerPainted && !m_framed) {
                m_framedAt = Stopwatch::now();
                m_framed = true;
                if (m_loop)
                    m_loop->quit();
            }
            return true;
        }
        return false;
    }

private:
    ui::KioskWindow& m_kiosk;
    ui::Feedback& m_banner;
    QTimer m_ticker;
    bool m_inFlight = false;
    bool m_shown = false;
    bool m_bannerPainted = false;
    bool m_framed = false;
    ui::Feedback::Tone m_tone = ui::Feedback::Tone::None;
    Stopwatch::time_point m_shownAt;
    Stopwatch::time_point m_bannerPaintedAt;
    Stopwatch::time_point m_framedAt;
    bool m_recording = false;
    std::optional<Stopwatch::time_point> m_lastTick;
    std::vector<double> m_lateness;
    int m_updateRequests = 0;
    QEventLoop* m_loop = nullptr;
};

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

template <typename Pred> void spinUntil(Pred done, int timeoutMs, const QString& what)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            die(what);
        spin(5);
    }
}

// The scans a worker at the look-up would make: the item labels (Code 128 of the SKU) and bin labels of acme,
// in turn, so consecutive answers differ.
QList<devices::StationScan> lookupScans(QDate today)
{
    QList<devices::StationScan> scans;
    for (int i = 1; i <= 7; ++i) {
        for (const QString& code : {QStringLiteral("ACME-%1").arg(1000 + i),
                                    QStringLiteral("A-01-%1").arg(i, 2, 10, QLatin1Char('0'))}) {
            devices::StationScan s;
            s.station = QStringLiteral("station-1");
            s.scanner = QStringLiteral("bench");
            s.event = devices::ScanDecoder::decode(QStringLiteral("]C0") + code, today);
            if (!s.event.ok())
                die(QStringLiteral("the decoder refused %1: %2").arg(code, s.event.reason));
            scans.append(s);
        }
    }
    return scans;
}

struct Phase
{
    std::vector<double> shown;
    std::vector<double> painted;
    std::vector<double> lateness;
    double seconds = 0;
    void sort()
    {
        std::sort(shown.begin(), shown.end());
        std::sort(painted.begin(), painted.end());
        std::sort(lateness.begin(), lateness.end());
    }
};

// Scans until `count` were answered or `stop` says so (checked between scans), a gap of the event loop after
// each, recording the GUI thread's timer lateness throughout.
template <typename Stop>
Phase scanPhase(Probe& probe, const QList<devices::StationScan>& scans, int count, int gapMs, int& next,
                Stop stop)
{
    Phase phase;
    probe.takeLateness();
    probe.record(true);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < count && !stop(); ++i) {
        const auto sample = probe.measure(scans[next++ % scans.size()]);
        phase.shown.push_back(sample.shownMs);
        phase.painted.push_back(sample.paintedMs);
        spin(gapMs);
    }
    phase.seconds = double(t.nsecsElapsed()) / 1e9;
    probe.record(false);
    phase.lateness = probe.takeLateness();
    phase.sort();
    return phase;
}

// What one poll of the outbox monitor costs (Store::counts), timed between the phases on a connection of its
// own. The appliance polls every 2 s on its background thread, where it holds no screen.
std::vector<double> timePolls(db::Store& store, int n)
{
    std::vector<double> ms;
    for (int i = 0; i < n; ++i) {
        const auto start = Stopwatch::now();
        check(store.counts(), QStringLiteral("counts"));
        ms.push_back(microsSince(start) / 1000);
    }
    std::sort(ms.begin(), ms.end());
    return ms;
}

void scanBenchmark(const Options& o, const QString& dir)
{
    out() << "1. Scan -> screen while sync drains: backlog " << o.backlog << " events, " << o.scans
          << " scans per phase, " << o.gapMs << " ms between scans" << Qt::endl;
    const QString path = QDir(dir).filePath(QStringLiteral("kiosk-scan.db"));
    const auto buildStart = Stopwatch::now();
    const std::int64_t backlog = buildScanStore(path, o.backlog);
    out() << "   store built in " << num(microsSince(buildStart) / 1e6, 1) << " s: " << backlog
          << " events waiting in the outbox" << Qt::endl;

    test::MosquittoBroker broker(QStringLiteral("set_tcp_nodelay true\nmax_queued_messages 0\n"));
    if (!broker.start())
        die(QStringLiteral("mosquitto did not start: %1").arg(broker.log()));

    auto worker = check(ui::StoreWorker::open(path), QStringLiteral("store worker"));
    // As in app/main.cpp: the outbox monitor on a thread of its own with its own connection; one more
    // connection, used between the phases only, times what a poll costs.
    auto store = check(db::Store::open(path, db::StoreOptions{}), path);
    auto monitorStore = check(db::Store::open(path, db::StoreOptions{}), path);
    sync::SyncConfig config;
    config.storePath = path;
    config.brokerUri = broker.uri();
    config.warehouse = kWarehouse;
    sync::SyncEngine engine(config);
    sync::OutboxMonitor monitor(*monitorStore, &engine);
    QThread background;
    monitor.moveToThread(&background);
    background.start();

    ui::KioskWindow kiosk(*worker, QStringLiteral("station-1"));
    kiosk.setWorkflowScreens(ui::addWorkflowScreens);
    kiosk.feedback().setSoundEnabled(false);
    QObject::connect(&monitor, &sync::OutboxMonitor::statusChanged, &kiosk, &ui::KioskWindow::showSyncStatus);
    if (o.withoutMonitor)
        out() << "   diagnosis: without the outbox monitor's polls" << Qt::endl;
    else
        QMetaObject::invokeMethod(&monitor, [&monitor] { monitor.start(2'000); });
    kiosk.resize(1280, 800);
    kiosk.show();
    spinUntil([&] { return kiosk.isVisible(); }, 5000, QStringLiteral("the kiosk did not show"));
    spin(200);

    // Log in by badge, then the stock look-up.
    const QDate today = worker->clock().today();
    devices::StationScan badge;
    badge.station = QStringLiteral("station-1");
    badge.event = devices::ScanDecoder::decode(QStringLiteral("BADGE-1001"), today);
    kiosk.stationScan(badge);
    spinUntil([&] { return kiosk.currentScreenName() == QStringLiteral("home"); }, 10'000,
              QStringLiteral("the badge did not log in: ") + kiosk.feedback().text());
    if (!kiosk.showScreen(QStringLiteral("lookup")))
        die(QStringLiteral("the look-up screen did not show"));
    spin(200);

    Probe probe(kiosk);
    const auto scans = lookupScans(today);
    int next = 0;
    // Warm-up: fonts, style sheets, the look-up's statements.
    scanPhase(probe, scans, 30, o.gapMs, next, [] { return false; });

    const auto pollsBefore = timePolls(*store, 5);
    // (b) Sync idle, the backlog waiting: the engine has not started.
    const Phase before = scanPhase(probe, scans, o.scans, o.gapMs, next, [] { return false; });

    // (a) While the engine drains to the central service.
    QTemporaryDir simDir;
    auto central = startCentral(o, broker.uri(), simDir.filePath(QStringLiteral("central.db")), backlog);
    const auto drainStart = Stopwatch::now();
    check(engine.start(), QStringLiteral("engine"));
    // Scans start once the first events are on the wire, so every one meets the drain in full flow.
    spinUntil([&] { return engine.status().eventsAcknowledged > 0; }, 60'000,
              QStringLiteral("nothing acknowledged within 60 s: ") + engine.status().lastError);
    const std::int64_t ackedAtStart = engine.status().eventsAcknowledged;
    const Phase during = scanPhase(probe, scans, o.scans, o.gapMs, next,
                                   [&] { return engine.status().eventsAcknowledged >= backlog; });
    const std::int64_t ackedAtEnd = engine.status().eventsAcknowledged;
    const bool drainingStill = ackedAtEnd < backlog;
    const auto pollsDuring = drainingStill ? timePolls(*store, 3) : std::vector<double>{};
    if (ackedAtEnd >= backlog)
        out() << "   note: the drain finished before all the scans; " << during.shown.size()
              << " scans were made during it" << Qt::endl;
    if (during.shown.size() < std::size_t(std::min(20, o.scans)))
        die(QStringLiteral("only %1 scans during the drain: raise --backlog").arg(during.shown.size()));
    spinUntil([&] { return engine.status().eventsAcknowledged >= backlog; }, 600'000,
              QStringLiteral("the engine did not finish: ") + engine.status().lastError);
    const double drainSeconds = microsSince(drainStart) / 1e6;
    central->waitForFinished(30'000);
    if (central->exitCode() != 0)
        die(QStringLiteral("central-sim reported a problem:\n%1").arg(QString::fromUtf8(central->readAll())));
    if (const auto left = pendingIn(*store); left != 0)
        die(QStringLiteral("the outbox still holds %1 events after the drain").arg(left));

    // (b') Sync idle, online with nothing to send.
    spin(500);
    const Phase after = scanPhase(probe, scans, o.scans, o.gapMs, next, [] { return false; });
    const auto pollsAfter = timePolls(*store, 5);
    engine.stop();
    QMetaObject::invokeMethod(&monitor, [&monitor] { monitor.stop(); }, Qt::BlockingQueuedConnection);
    background.quit();
    background.wait();
    if (probe.updateRequestsSeen() == 0)
        die(QStringLiteral("the window never got an update request: the paint end was not seen"));

    Phase idle;
    for (const Phase* p : {&before, &after}) {
        idle.shown.insert(idle.shown.end(), p->shown.begin(), p->shown.end());
        idle.painted.insert(idle.painted.end(), p->painted.begin(), p->painted.end());
        idle.lateness.insert(idle.lateness.end(), p->lateness.begin(), p->lateness.end());
    }
    idle.sort();

    out() << "   drained " << backlog << " events in " << num(drainSeconds, 1) << " s ("
          << num(double(backlog) / drainSeconds) << " events/s); during the scans "
          << (ackedAtEnd - ackedAtStart) << " events were acknowledged in " << num(during.seconds, 1) << " s"
          << Qt::endl
          << Qt::endl;
    const QList<int> widths{52, 8, 10, 10, 10, 10, 10};
    row({QStringLiteral("ms"), QStringLiteral("scans"), QStringLiteral("p50"), QStringLiteral("p95"),
         QStringLiteral("p99"), QStringLiteral("max"), QStringLiteral("")},
        widths, 3);
    auto line = [&](const QString& name, const std::vector<double>& v, std::size_t n) {
        row({name, QString::number(n), num(percentile(v, 50), 2), num(percentile(v, 95), 2),
             num(percentile(v, 99), 2), num(v.empty() ? 0 : v.back(), 2), QString()},
            widths, 3);
    };
    line(QStringLiteral("(a) drain: scan -> answer shown (model + banner)"), during.shown,
         during.shown.size());
    line(QStringLiteral("(a) drain: scan -> answer painted"), during.painted, during.painted.size());
    line(QStringLiteral("(b) idle, before the drain: scan -> painted"), before.painted,
         before.painted.size());
    line(QStringLiteral("(b) idle, after the drain: scan -> painted"), after.painted, after.painted.size());
    line(QStringLiteral("(b) idle, both: scan -> answer shown"), idle.shown, idle.shown.size());
    line(QStringLiteral("(b) idle, both: scan -> answer painted"), idle.painted, idle.painted.size());
    const double p99 = percentile(during.painted, 99);
    row({QStringLiteral("ratio a / b painted p50 / p95 / p99"), QString(),
         ratio(percentile(during.painted, 50) / percentile(idle.painted, 50)),
         ratio(percentile(during.painted, 95) / percentile(idle.painted, 95)),
         ratio(p99 / percentile(idle.painted, 99)), QString(), QString()},
        widths, 3);
    out() << "   target: scan -> painted p99 < 16 ms during the drain: " << num(p99, 2) << " ms, "
          << (p99 < 16 ? "met" : "NOT met") << Qt::endl;
    const QList<int> w2{52, 10, 10, 10, 10};
    out() << Qt::endl;
    row({QStringLiteral("GUI thread: 1 ms timer lateness, ms"), QStringLiteral("ticks"),
         QStringLiteral("p50"), QStringLiteral("p99"), QStringLiteral("max")},
        w2, 3);
    using Named = std::pair<QString, const Phase*>;
    for (const auto& [name, p] : {Named{QStringLiteral("(a) during the drain"), &during},
                                  Named{QStringLiteral("(b) idle, both"), &idle}})
        row({name, QString::number(p->lateness.size()), num(percentile(p->lateness, 50), 2),
             num(percentile(p->lateness, 99), 2), num(p->lateness.empty() ? 0 : p->lateness.back(), 2)},
            w2, 3);
    auto polls = [](const std::vector<double>& v) {
        return v.empty() ? QStringLiteral("-") : num(v.front(), 1) + QStringLiteral(" - ") + num(v.back(), 1);
    };
    out() << "   one outbox monitor poll (Store::counts, on the monitor's thread), min - max ms: "
          << polls(pollsBefore) << " with the backlog waiting, " << polls(pollsDuring)
          << " during the drain, " << polls(pollsAfter) << " after it" << Qt::endl;
    out() << Qt::endl;
}

// ---------------------------------------------------------------------------------------------------------
// 2. Cold start

// `rows` stock rows in three extra merchants, written through Store::executeBatch as real receipts (10,000
// per transaction), as wh_bench_store fills its look-up store: every SKU in 4 bins, every bin about 8 SKUs.
void fillStock(db::Store& store, std::int64_t rows)
{
    const int batch = 10'000;
    QList<db::Store::Handler> handlers;
    auto flush = [&](const TenantContext& tenant) {
        if (!handlers.isEmpty())
            check(store.executeBatch(tenant, benchActor(), handlers), QStringLiteral("fill"));
        handlers.clear();
    };
    for (int t = 0; t < 3; ++t) {
        const QString id = QStringLiteral("tenant%1").arg(t + 1);
        const QString prefix = QStringLiteral("T%1").arg(t + 1);
        const std::int64_t n = rows / 3 + (t < rows % 3 ? 1 : 0);
        const std::int64_t skus = (n + 3) / 4;
        const std::int64_t bins = std::max<std::int64_t>(4, (n + 7) / 8);
        check(store.registerTenant(Tenant{id, id + QStringLiteral(" Ltd")}, benchActor()),
              QStringLiteral("tenant"));
        const TenantContext tenant(id);
        auto binCode = [&](std::int64_t b) {
            return prefix + QStringLiteral("-B%1").arg(b, 6, 10, QLatin1Char('0'));
        };
        auto skuCode = [&](std::int64_t s) {
            return prefix + QStringLiteral("-SKU%1").arg(s, 7, 10, QLatin1Char('0'));
        };
        for (std::int64_t b = 0; b < bins; ++b) {
            const Location bin{binCode(b), QStringLiteral("Z%1").arg(b / 1000),
                               b % 4 == 0 ? LocationType::Pick : LocationType::Bulk, int(b)};
            handlers.append([bin](Inventory& inv) { return inv.defineLocation(bin); });
            if (handlers.size() == batch)
                flush(tenant);
        }
        for (std::int64_t s = 0; s < skus; ++s) {
            Sku sku;
            sku.code = skuCode(s);
            sku.description = QStringLiteral("Bench item %1").arg(s);
            handlers.append([sku](Inventory& inv) { return inv.defineSku(sku); });
            if (handlers.size() == batch)
                flush(tenant);
        }
        flush(tenant);
        for (std::int64_t j = 0; j < n; ++j) {
            const ReceiveStock cmd{skuCode(j / 4),
                                   binCode((j / 4 + (j % 4) * (bins / 4)) % bins),
                                   {},
                                   {},
                                   std::int64_t(20 + j % 480)};
            handlers.append([cmd](Inventory& inv) { return inv.receive(cmd); });
            if (handlers.size() == batch)
                flush(tenant);
        }
        flush(tenant);
    }
}

std::int64_t stockRowsIn(db::Store& store)
{
    const auto rows = store.connection().queryInt("SELECT COUNT(*) FROM stock");
    if (!rows)
        die(QStringLiteral("cannot count the stock rows"));
    return *rows;
}

struct Launch
{
    double wallMs = 0;   // from QProcess::start to the line read here
    double insideMs = 0; // as the program says: from its main() to the painted login screen
    double rssMb = 0;
};

Launch launch(const QString& program, const QStringList& args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("WH_EXIT_WHEN_SHOWN"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    const auto start = Stopwatch::now();
    process.start(program, args);
    static const QRegularExpression shown(
        QStringLiteral("kiosk: login screen shown after ([0-9.]+) ms, resident memory ([0-9]+) kB"));
    QByteArray seen;
    std::optional<Launch> result;
    while (!result) {
        if (microsSince(start) > 60e6 || process.state() == QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
            die(QStringLiteral("%1 did not say it showed the login screen:\n%2\n%3")
                    .arg(program, QString::fromUtf8(seen + process.readAllStandardOutput()),
                         QString::fromUtf8(process.readAllStandardError())));
        }
        process.waitForReadyRead(20);
        seen += process.readAllStandardOutput();
        const auto m = shown.match(QString::fromUtf8(seen));
        if (m.hasMatch())
            result =
                Launch{microsSince(start) / 1000, m.captured(1).toDouble(), m.captured(2).toDouble() / 1024};
    }
    if (!process.waitForFinished(30'000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        die(QStringLiteral("%1 did not exit cleanly after the login screen: %2")
                .arg(program, QString::fromUtf8(process.readAllStandardError())));
    return *result;
}

void coldStartBenchmark(const Options& o, const QString& dir)
{
    out() << "2. Cold start to the login screen: " << o.stockRows << " stock rows, " << o.coldRuns
          << " launches per side" << Qt::endl;
    const QString big = QDir(dir).filePath(QStringLiteral("kiosk-big.db"));
    const QString small = QDir(dir).filePath(QStringLiteral("kiosk-small.db"));
    std::int64_t bigRows = 0;
    std::int64_t smallRows = 0;
    qint64 bigBytes = 0;
    {
        const auto t = Stopwatch::now();
        auto store = check(db::Store::open(small, optionsFor(db::StoreOptions::Durability::Normal)), small);
        seedKioskStore(*store);
        smallRows = stockRowsIn(*store);
        store.reset();
        QFile::remove(big);
        if (!QFile::copy(small, big))
            die(QStringLiteral("cannot copy the small store"));
        auto bigStore = check(db::Store::open(big, optionsFor(db::StoreOptions::Durability::Normal)), big);
        fillStock(*bigStore, o.stockRows);
        check(bigStore->connection().execScript("PRAGMA wal_checkpoint(TRUNCATE)"),
              QStringLiteral("checkpoint"));
        bigRows = stockRowsIn(*bigStore);
        bigStore.reset();
        bigBytes = QFileInfo(big).size();
        out() << "   stores built in " << num(microsSince(t) / 1e6, 1) << " s: " << bigRows << " stock rows ("
              << num(double(bigBytes) / 1048576.0) << " MiB) and " << smallRows << " (demo only)" << Qt::endl;
    }
    if (bigRows < o.stockRows)
        die(QStringLiteral("the big store holds %1 stock rows, not %2").arg(bigRows).arg(o.stockRows));
    // What the appliance's outbox monitor reads on the GUI thread before its first paint (and every 2 s).
    auto countsMs = [](const QString& path) {
        auto store = check(db::Store::open(path, db::StoreOptions{}), path);
        std::vector<double> ms;
        for (int i = 0; i < 3; ++i) {
            const auto start = Stopwatch::now();
            check(store->counts(), QStringLiteral("counts"));
            ms.push_back(microsSince(start) / 1000);
        }
        std::sort(ms.begin(), ms.end());
        return ms;
    };
    const auto bigCounts = countsMs(big);
    const auto smallCounts = countsMs(small);
    out() << "   one Store::counts (the outbox monitor's poll), min - max of 3: " << num(bigCounts.front(), 1)
          << " - " << num(bigCounts.back(), 1) << " ms on the big store, " << num(smallCounts.front(), 2)
          << " - " << num(smallCounts.back(), 2) << " ms on the demo store" << Qt::endl;

    auto args = [](const QString& db) {
        return QStringList{
            QStringLiteral("run"),          QStringLiteral("--db"), db,
            QStringLiteral("--exit-after"), QStringLiteral("60"),   QStringLiteral("--no-sound")};
    };
    // Untimed first launches: the libraries and files in the page cache for every side alike.
    launch(o.bareWindow, {});
    launch(o.appliance, args(small));
    launch(o.appliance, args(big));
    std::vector<Launch> bigRuns, smallRuns, bareRuns;
    for (int i = 0; i < o.coldRuns; ++i) {
        // The order turns each run, so a busy moment of the machine does not always hit the same side.
        for (int k = 0; k < 3; ++k) {
            switch ((i + k) % 3) {
            case 0:
                bigRuns.push_back(launch(o.appliance, args(big)));
                break;
            case 1:
                smallRuns.push_back(launch(o.appliance, args(small)));
                break;
            default:
                bareRuns.push_back(launch(o.bareWindow, {}));
            }
        }
    }
    auto field = [](const std::vector<Launch>& runs, double Launch::*member) {
        std::vector<double> v;
        for (const Launch& l : runs)
            v.push_back(l.*member);
        std::sort(v.begin(), v.end());
        return v;
    };
    out() << Qt::endl;
    const QList<int> widths{56, 12, 12, 12, 12, 12, 12};
    row({QStringLiteral("launch -> login screen painted"), QStringLiteral("wall p50"),
         QStringLiteral("wall max"), QStringLiteral("main p50"), QStringLiteral("main max"),
         QStringLiteral("RSS p50"), QStringLiteral("RSS max")},
        widths, 3);
    struct Side
    {
        QString name;
        const std::vector<Launch>* runs;
    };
    const QString bigName = QStringLiteral("(a) appliance, %1 stock rows").arg(bigRows);
    for (const Side& s :
         {Side{bigName, &bigRuns},
          Side{QStringLiteral("(b) appliance, demo data only (%1 stock rows)").arg(smallRows), &smallRuns},
          Side{QStringLiteral("(c) bare Qt Widgets window"), &bareRuns}}) {
        const auto wall = field(*s.runs, &Launch::wallMs);
        const auto inside = field(*s.runs, &Launch::insideMs);
        const auto rss = field(*s.runs, &Launch::rssMb);
        row({s.name, num(median(wall), 1) + QStringLiteral(" ms"),
             num(wall.back(), 1) + QStringLiteral(" ms"), num(median(inside), 1) + QStringLiteral(" ms"),
             num(inside.back(), 1) + QStringLiteral(" ms"), num(median(rss), 1) + QStringLiteral(" MB"),
             num(rss.back(), 1) + QStringLiteral(" MB")},
            widths, 3);
    }
    const auto aWall = field(bigRuns, &Launch::wallMs);
    const auto bWall = field(smallRuns, &Launch::wallMs);
    const auto cWall = field(bareRuns, &Launch::wallMs);
    const auto aRss = field(bigRuns, &Launch::rssMb);
    const auto bRss = field(smallRuns, &Launch::rssMb);
    const auto cRss = field(bareRuns, &Launch::rssMb);
    row({QStringLiteral("ratio a / b (wall p50, RSS p50)"), ratio(median(aWall) / median(bWall)), QString(),
         QString(), QString(), ratio(median(aRss) / median(bRss)), QString()},
        widths, 3);
    row({QStringLiteral("ratio a / c (wall p50, RSS p50)"), ratio(median(aWall) / median(cWall)), QString(),
         QString(), QString(), ratio(median(aRss) / median(cRss)), QString()},
        widths, 3);
    out() << "   target: cold start < 1000 ms with the big store: max " << num(aWall.back(), 1) << " ms, "
          << (aWall.back() < 1000 ? "met" : "NOT met") << " (median " << num(median(aWall), 1) << " ms)"
          << Qt::endl;
    out() << "   target: resident memory < 150 MB then: max " << num(aRss.back(), 1) << " MB, "
          << (aRss.back() < 150 ? "met" : "NOT met") << Qt::endl;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return guarded([&] {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "The kiosk: scan -> screen while sync drains a backlog, and cold start to the login "
            "screen with a large store, each beside a baseline."));
        parser.addHelpOption();
        const QCommandLineOption backlog(
            QStringLiteral("backlog"), QStringLiteral("Outbox backlog the engine drains (default 1000000)."),
            QStringLiteral("n"));
        const QCommandLineOption scans(QStringLiteral("scans"),
                                       QStringLiteral("Scans per phase (default 300)."), QStringLiteral("n"));
        const QCommandLineOption gap(QStringLiteral("gap-ms"),
                                     QStringLiteral("Event loop time between scans (default 10)."),
                                     QStringLiteral("ms"));
        const QCommandLineOption runs(QStringLiteral("cold-runs"),
                                      QStringLiteral("Timed launches per side (default 10)."),
                                      QStringLiteral("n"));
        const QCommandLineOption stock(QStringLiteral("stock-rows"),
                                       QStringLiteral("Stock rows in the big store (default 1000000)."),
                                       QStringLiteral("n"));
        const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Folder for the files."),
                                     QStringLiteral("dir"));
        const QCommandLineOption onlyScan(QStringLiteral("scan-only"), QStringLiteral("Only part 1."));
        const QCommandLineOption onlyCold(QStringLiteral("cold-only"), QStringLiteral("Only part 2."));
        const QCommandLineOption noMonitor(
            QStringLiteral("without-monitor"),
            QStringLiteral("Diagnosis: part 1 without the outbox monitor's timer on the GUI thread."));
        parser.addOptions({backlog, scans, gap, runs, stock, dir, onlyScan, onlyCold, noMonitor});
        parser.process(app);
        Options o;
        if (parser.isSet(backlog))
            o.backlog = parser.value(backlog).toInt();
        if (parser.isSet(scans))
            o.scans = parser.value(scans).toInt();
        if (parser.isSet(gap))
            o.gapMs = parser.value(gap).toInt();
        if (parser.isSet(runs))
            o.coldRuns = std::max(1, parser.value(runs).toInt());
        if (parser.isSet(stock))
            o.stockRows = parser.value(stock).toLongLong();
        o.skipCold = parser.isSet(onlyScan);
        o.skipScan = parser.isSet(onlyCold);
        o.withoutMonitor = parser.isSet(noMonitor);
        o.centralSim = QStringLiteral(WH_CENTRAL_SIM);
        o.appliance = QStringLiteral(WH_APPLIANCE_EXE);
        o.bareWindow = QStringLiteral(WH_BARE_WINDOW_EXE);
        QTemporaryDir temp(parser.isSet(dir)
                               ? QDir(parser.value(dir)).filePath(QStringLiteral("kiosk-XXXXXX"))
                               : QDir::tempPath() + QStringLiteral("/wh-bench-kiosk-XXXXXX"));
        if (!temp.isValid())
            die(QStringLiteral("no temporary folder"));
        if (!o.skipScan)
            scanBenchmark(o, temp.path());
        if (!o.skipCold)
            coldStartBenchmark(o, temp.path());
        return 0;
    });
}
