// The sync and devices screens with real parts: the outbox monitor's backlog and a real sync engine that
// cannot reach its broker, the backlog chart's samples, a scanner that is not plugged in, and a printer's
// fault reported in plain words.
#include "DevicesScreen.h"
#include "KioskScreens.h"
#include "KioskWindow.h"
#include "OutboxMonitor.h"
#include "PrinterStatus.h"
#include "ScannerHub.h"
#include "Session.h"
#include "StoreWorker.h"
#include "SyncEngine.h"
#include "SyncScreen.h"

#include "DemoData.h"
#include "TestSupport.h"
#include "TryMacros.h"

#include <QLabel>
#include <QTcpServer>
#include <QTest>

using namespace wh;

namespace {

struct StatusFixture
{
    test::StoreFixture f;
    std::unique_ptr<ui::StoreWorker> worker;
    std::unique_ptr<ui::KioskWindow> kiosk;

    StatusFixture()
    {
        WH_REQUIRE_OK(db::DemoData::seedIfEmpty(f.store()));
        auto opened = ui::StoreWorker::open(f.path(), &f.clock());
        WH_REQUIRE_OK(opened);
        worker = std::move(*opened);
        kiosk = std::make_unique<ui::KioskWindow>(*worker, QStringLiteral("station-1"));
    }
    void open(const ui::KioskServices& services, const QString& screen)
    {
        kiosk->setServices(services);
        ui::addWorkflowScreens(*kiosk);
        kiosk->resize(1024, 700);
        kiosk->show();
        REQUIRE(QTest::qWaitForWindowExposed(kiosk.get()));
        kiosk->session().start(User{QStringLiteral("9001"), QStringLiteral("Sam"), Role::Supervisor,
                                    {QStringLiteral("acme")}},
                               QStringLiteral("acme"));
        REQUIRE(kiosk->showScreen(screen));
    }
    QString text(const QString& name)
    {
        auto* label = kiosk->findChild<QLabel*>(name);
        REQUIRE(label);
        return label->text();
    }
};

} // namespace

TEST_CASE("without a broker the sync screen shows the outbox monitor's backlog and charts it", "[ui][sync]")
{
    StatusFixture s;
    sync::OutboxMonitor monitor(s.f.store(), nullptr);
    s.open(ui::KioskServices{nullptr, {}, nullptr, &monitor, {}}, QStringLiteral("sync"));
    auto* screen = static_cast<ui::SyncScreen*>(s.kiosk->screen(QStringLiteral("sync")));
    const sync::SyncStatus before = monitor.poll();
    CHECK(before.pending > 0);
    CHECK(s.text(QStringLiteral("syncBacklogLabel")) == QString::number(before.pending));
    CHECK(s.text(QStringLiteral("syncLinkLabel")).startsWith(QStringLiteral("offline: no broker configured")));
    // A new action on the floor: one more event waits.
    WH_REQUIRE_OK(s.f.store().receive(TenantContext(QStringLiteral("acme")), s.f.actor(),
                                      {QStringLiteral("ACME-1001"), QStringLiteral("A-01-01"), {}, {}, 5}));
    s.f.clock().advanceMs(1000);
    const sync::SyncStatus after = monitor.poll();
    CHECK(after.pending > before.pending);
    CHECK(s.text(QStringLiteral("syncBacklogLabel")) == QString::number(after.pending));
    REQUIRE(screen->chart().samples().size() == 2);
    CHECK(screen->chart().peak() == after.pending);
    // Samples older than the window leave the chart.
    screen->chart().setWindowSeconds(60);
    screen->chart().addSample(s.f.clock().now().addSecs(120), 7);
    REQUIRE(screen->chart().samples().size() == 1);
    CHECK(screen->chart().peak() == 7);
    CHECK_FALSE(screen->chart().grab().isNull());
}

// The monitor reports changes only: a sync screen opened after the last change (nothing happening on the
// floor) shows the backlog the monitor saw last, not empty rows until the next action.
TEST_CASE("a sync screen opened after the monitor's last change shows its last backlog", "[ui][sync]")
{
    StatusFixture s;
    sync::OutboxMonitor monitor(s.f.store(), nullptr);
    CHECK_FALSE(monitor.lastStatus().has_value());
    const sync::SyncStatus seen = monitor.poll();
    REQUIRE(seen.pending > 0);
    REQUIRE(monitor.lastStatus().has_value());
    CHECK(monitor.lastStatus()->pending == seen.pending);
    s.open(ui::KioskServices{nullptr, {}, nullptr, &monitor, {}}, QStringLiteral("sync"));
    CHECK(s.text(QStringLiteral("syncBacklogLabel")) == QString::number(seen.pending));
    CHECK(s.text(QStringLiteral("syncLinkLabel")).startsWith(QStringLiteral("offline: no broker configured")));
    // A value label is read by its text: its accessible name is not set, its description says what it is.
    auto* backlog = s.kiosk->findChild<QLabel*>(QStringLiteral("syncBacklogLabel"));
    CHECK(backlog->accessibleName().isEmpty());
    CHECK(backlog->accessibleDescription() == QStringLiteral("Events waiting"));
}

TEST_CASE("with a broker that does not answer the sync screen says offline and why", "[ui][sync]")
{
    StatusFixture s;
    // A port nobody listens on: take one, then close it.
    QTcpServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    sync::SyncConfig config;
    config.storePath = s.f.path();
    config.brokerUri = QStringLiteral("tcp://127.0.0.1:%1").arg(port);
    config.warehouse = QStringLiteral("wh-1");
    sync::SyncEngine engine(config);
    WH_REQUIRE_OK(engine.start());
    s.open(ui::KioskServices{nullptr, {}, &engine, nullptr, {}}, QStringLiteral("sync"));
    auto* screen = static_cast<ui::SyncScreen*>(s.kiosk->screen(QStringLiteral("sync")));
    WH_TRY_VERIFY_WITH_TIMEOUT(!engine.status().lastError.isEmpty(), 15000);
    screen->sample();
    const QString link = s.text(QStringLiteral("syncLinkLabel"));
    CHECK((link == QStringLiteral("offline") || link == QStringLiteral("connecting")));
    CHECK(s.text(QStringLiteral("syncBacklogLabel")) == QString::number(engine.status().backlog));
    CHECK(engine.status().backlog > 0);
    CHECK(s.text(QStringLiteral("syncErrorLabel")) == engine.status().lastError);
    CHECK(s.text(QStringLiteral("syncLastAckLabel")) == QStringLiteral("none yet"));
    CHECK_FALSE(screen->chart().samples().isEmpty());
    engine.stop();
}

TEST_CASE("the devices screen lists a scanner that is not plugged in and a printer with its head open",
          "[ui][devices]")
{
    StatusFixture s;
    devices::ScannerHub hub(s.f.clock());
    auto config = devices::ScannerConfig::parse(QStringLiteral("/dev/wh-no-such-scanner,station=station-1"));
    WH_REQUIRE_OK(config);
    WH_REQUIRE_OK(hub.addScanner(*config));
    s.open(ui::KioskServices{&hub, {}, nullptr, nullptr, {}}, QStringLiteral("devices"));
    auto* screen = static_cast<ui::DevicesScreen*>(s.kiosk->screen(QStringLiteral("devices")));
    const QStandardItemModel& model = screen->model();
    REQUIRE(model.rowCount() == 1);
    CHECK(model.item(0, 0)->text() == QStringLiteral("Scanner"));
    CHECK(model.item(0, 1)->text() == QStringLiteral("wh-no-such-scanner"));
    CHECK(model.item(0, 2)->text() == devices::scannerStateName(devices::ScannerState::Disconnected));

    devices::PrinterReport report;
    report.printer = QStringLiteral("dock-1");
    report.online = true;
    report.faults = {devices::PrinterFault::HeadOpen};
    report.queueLength = 2;
    report.at = s.f.clock().now();
    screen->printerReported(report);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.item(1, 1)->text() == QStringLiteral("dock-1"));
    CHECK(model.item(1, 2)->text() == QStringLiteral("fault"));
    CHECK(model.item(1, 3)->text().contains(devices::printerFaultMessage(devices::PrinterFault::HeadOpen)));
    CHECK(model.item(1, 3)->text().contains(QStringLiteral("2 job")));
}
