// The supervisor's and the alerts screens with real widgets on a real store: a count beyond tolerance
// approved with its variances shown, a stock adjustment by scan and keypad (and one the store refuses), the
// central service's dead letters, closing the kiosk (an admin only), and the alerts a merchant's kiosk
// lists - low stock, a tracking range running out, dead letters, a printer with its head open and uncertain
// labels.
#include "AlertsScreen.h"
#include "Feedback.h"
#include "KioskScreens.h"
#include "KioskWindow.h"
#include "PrinterStatus.h"
#include "Session.h"
#include "StaffDirectory.h"
#include "StoreWorker.h"
#include "SupervisorScreen.h"

#include "DemoData.h"
#include "TestSupport.h"
#include "TryMacros.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>


using namespace wh;

namespace {

struct DeskFixture
{
    test::StoreFixture f;
    std::unique_ptr<ui::StoreWorker> worker;
    std::unique_ptr<ui::KioskWindow> kiosk;
    const TenantContext acme{QStringLiteral("acme")};

    DeskFixture()
    {
        WH_REQUIRE_OK(db::DemoData::seedIfEmpty(f.store()));
        const db::StaffPolicy fast = test::fastStaffPolicy();
        db::StaffDirectory staff(f.store().connection(), f.clock(), fast);
        WH_REQUIRE_OK(staff.save(User{QStringLiteral("9001"), QStringLiteral("Sam Supervisor"), Role::Supervisor,
                                      {QStringLiteral("acme")}},
                                 QStringLiteral("9999"), QStringLiteral("BADGE-9001")));
        WH_REQUIRE_OK(staff.save(
            User{QStringLiteral("9901"), QStringLiteral("Ada Admin"), Role::Admin, {QStringLiteral("acme")}},
            QStringLiteral("0000"), QStringLiteral("BADGE-9901")));
        auto opened = ui::StoreWorker::open(f.path(), &f.clock());
        WH_REQUIRE_OK(opened);
        worker = std::move(*opened);
        kiosk = std::make_unique<ui::KioskWindow>(*worker, QStringLiteral("station-1"));
        kiosk->setStaffPolicy(fast);
        kiosk->setWorkflowScreens(ui::addWorkflowScreens);
        kiosk->resize(1280, 800);
        kiosk->show();
        REQUIRE(QTest::qWaitForWindowExposed(kiosk.get()));
    }
    void scan(const QString& text)
    {
        auto* input = kiosk->findChild<QLineEdit*>(QStringLiteral("scanInput"));
        REQUIRE(input);
        QTest::keyClicks(input, text);
        QTest::keyClick(input, Qt::Key_Return);
    }
    // A button of the screen on show (several screens have a keypad), else of the frame.
    void click(const QString& name)
    {
        QPushButton* b = nullptr;
        if (ui::Screen* current = kiosk->screen(kiosk->currentScreenName()))
            b = current->findChild<QPushButton*>(name);
        if (!b)
            b = kiosk->findChild<QPushButton*>(name);
        REQUIRE(b);
        WH_TRY_VERIFY(b->isVisible());
        REQUIRE(b->isEnabled());
        QTest::mouseClick(b, Qt::LeftButton);
    }
    void loginAs(const QString& badge, const QString& screen)
    {
        scan(badge);
        WH_TRY_COMPARE(kiosk->currentScreenName(), QStringLiteral("home"));
        click(QStringLiteral("task_") + screen);
        REQUIRE(kiosk->currentScreenName() == screen);
    }
    QString banner() { return kiosk->feedback().text(); }
    std::int64_t onHand(const QString& sku, const QString& bin)
    {
        auto rows = f.store().stockInLocation(acme, bin);
        REQUIRE(rows.ok());
        std::int64_t units = 0;
        for (const StockRecord& r : *rows)
            if (r.key.sku == sku)
                units += r.level.onHand;
        return units;
    }
};

} // namespace

TEST_CASE("a supervisor approves a count beyond tolerance after seeing its variances", "[ui][supervisor]")
{
    DeskFixture d;
    WH_REQUIRE_OK(d.f.store().setCountTolerance(d.acme, d.f.actor(), CountTolerance{0, 0}));
    auto created = d.f.store().createCount(d.acme, d.f.actor(), CreateCount{{QStringLiteral("A-01-01")}, QString()});
    WH_REQUIRE_OK(created);
    auto open = d.f.store().openCounts(d.acme);
    WH_REQUIRE_OK(open);
    REQUIRE(open->size() == 1);
    const QString countId = open->front().countId;
    WH_REQUIRE_OK(d.f.store().recordCountLine(
        d.acme, d.f.actor(), CountLine{countId, QStringLiteral("A-01-01"), QStringLiteral("ACME-1001"), {}, 10, {}}));
    auto submitted = d.f.store().submitCount(d.acme, d.f.actor(), countId);
    WH_REQUIRE_OK(submitted);
    REQUIRE(submitted->status == CountStatus::Review);

    d.loginAs(QStringLiteral("BADGE-9001"), QStringLiteral("supervisor"));
    auto* screen = static_cast<ui::SupervisorScreen*>(d.kiosk->screen(QStringLiteral("supervisor")));
    WH_TRY_COMPARE(screen->counts().rowCount(), 1);
    CHECK(screen->counts().item(0, 0)->text() == countId);
    auto* counts = d.kiosk->findChild<QTableView*>(QStringLiteral("supervisorCountsView"));
    QTest::mouseClick(counts->viewport(), Qt::LeftButton, {}, counts->visualRect(screen->counts().index(0, 0)).center());
    WH_TRY_COMPARE(screen->variances().rowCount(), 1);
    CHECK(screen->variances().item(0, 3)->text() == QStringLiteral("12")); // expected
    CHECK(screen->variances().item(0, 4)->text() == QStringLiteral("10")); // counted
    CHECK(screen->variances().item(0, 5)->text() == QStringLiteral("-2"));
    d.click(QStringLiteral("supervisorApproveButton"));
    WH_TRY_COMPARE(d.kiosk->feedback().lastTone(), ui::Feedback::Tone::Accepted);
    CHECK(d.banner() == QStringLiteral("Count %1 approved and posted.").arg(countId));
    CHECK(d.onHand(QStringLiteral("ACME-1001"), QStringLiteral("A-01-01")) == 10);
    WH_TRY_COMPARE(screen->counts().rowCount(), 0);
}

TEST_CASE("a supervisor adjusts stock by scanning the bin and the item - the store's refusal shows as it is",
          "[ui][supervisor]")
{
    DeskFixture d;
    d.loginAs(QStringLiteral("BADGE-9001"), QStringLiteral("supervisor"));
    d.click(QStringLiteral("supervisorSection_adjust"));
    const QString gtin = d.f.store().sku(d.acme, QStringLiteral("ACME-1002"))->gtin;
    const std::int64_t before = d.onHand(QStringLiteral("ACME-1002"), QStringLiteral("A-01-02"));
    d.click(QStringLiteral("supervisorAdjustButton"));
    CHECK(d.banner() == QStringLiteral("Scan the bin first."));
    d.scan(QStringLiteral("]C0A-01-02"));
    WH_TRY_COMPARE(d.banner(), QStringLiteral("Bin A-01-02."));
    d.scan(QStringLiteral("]E0") + gtin);
    WH_TRY_VERIFY(d.banner().startsWith(QStringLiteral("ACME-1002 ")));
    d.click(QStringLiteral("keypad_3"));
    d.click(QStringLiteral("supervisorReason_damaged"));
    d.click(QStringLiteral("supervisorAdjustButton"));
    WH_TRY_COMPARE(d.banner(), QStringLiteral("Removed 3 units of ACME-1002 in A-01-02 (damaged)."));
    CHECK(d.onHand(QStringLiteral("ACME-1002"), QStringLiteral("A-01-02")) == before - 3);
    const QList<RecordedEvent> log = test::loggedEvents(d.f.store());
    CHECK(log.constLast().type == QStringLiteral("StockAdjusted"));
    CHECK(log.constLast().actor.userId == QStringLiteral("9001"));
    CHECK(log.constLast().actor.deviceId == QStringLiteral("station-1"));

    // More than the bin holds: refused by the store, nothing written.
    const std::int64_t seq = log.constLast().seq;
    d.scan(QStringLiteral("]C0A-01-02"));
    WH_TRY_COMPARE(d.banner(), QStringLiteral("Bin A-01-02."));
    d.scan(QStringLiteral("]E0") + gtin);
    WH_TRY_VERIFY(d.banner().startsWith(QStringLiteral("ACME-1002 ")));
    for (const char* key : {"keypad_9", "keypad_9", "keypad_9"})
        d.click(QString::fromLatin1(key));
    d.click(QStringLiteral("supervisorAdjustButton"));
    WH_TRY_COMPARE(d.kiosk->feedback().lastTone(), ui::Feedback::Tone::Refused);
    CHECK_FALSE(d.banner().isEmpty());
    CHECK(test::loggedEvents(d.f.store()).constLast().seq == seq);
    // A bin of another merchant is refused with the store's reason.
    d.scan(QStringLiteral("]C0G-01-01"));
    WH_TRY_VERIFY(d.banner().contains(QStringLiteral("G-01-01")));
    CHECK(d.kiosk->feedback().lastTone() == ui::Feedback::Tone::Refused);
}

TEST_CASE("the central service's dead letters are listed - only an admin closes the kiosk", "[ui][supervisor]")
{
    DeskFixture d;
    db::DeadLetter letter;
    letter.tenantId = QStringLiteral("acme");
    letter.number = 1; // the next number of acme's command stream: a gap would write nothing
    letter.commandId = QStringLiteral("cmd-7");
    letter.kind = QStringLiteral("malformed");
    letter.reason = QStringLiteral("the body is not JSON");
    letter.topic = QStringLiteral("wh/wh-1/acme/commands");
    letter.message = "{not json";
    WH_REQUIRE_OK(d.f.store().deadLetter(letter));
    REQUIRE(*d.f.store().deadLetterCount() == 1);
    d.loginAs(QStringLiteral("BADGE-9001"), QStringLiteral("supervisor"));
    auto* screen = static_cast<ui::SupervisorScreen*>(d.kiosk->screen(QStringLiteral("supervisor")));
    d.click(QStringLiteral("supervisorSection_deadLetters"));
    WH_TRY_COMPARE(screen->deadLetters().rowCount(), 1);
    CHECK(screen->deadLetters().item(0, 2)->text() == QStringLiteral("1"));
    CHECK(screen->deadLetters().item(0, 3)->text() == QStringLiteral("malformed"));
    CHECK(screen->deadLetters().item(0, 4)->text() == QStringLiteral("the body is not JSON"));
    d.click(QStringLiteral("supervisorSection_kiosk"));
    auto* close = d.kiosk->findChild<QPushButton*>(QStringLiteral("supervisorCloseKiosk"));
    CHECK_FALSE(close->isEnabled());
    d.kiosk->setKioskMode(true);
    d.click(QStringLiteral("logoutButton"));
    d.loginAs(QStringLiteral("BADGE-9901"), QStringLiteral("supervisor"));
    d.click(QStringLiteral("supervisorSection_kiosk"));
    d.click(QStringLiteral("supervisorCloseKiosk"));
    WH_TRY_VERIFY(!d.kiosk->isVisible());
}

TEST_CASE("the alerts screen lists low stock, a tracking range running out, dead letters and a printer fault",
          "[ui][alerts]")
{
    DeskFixture d;
    // Low stock: ACME-1001 down to 7 units in all.
    WH_REQUIRE_OK(d.f.store().adjust(d.acme, d.f.actor(),
                                     AdjustStock{QStringLiteral("ACME-1001"), QStringLiteral("A-90-01"), {}, {}, -60,
                                                 AdjustReason::Lost}));
    WH_REQUIRE_OK(d.f.store().adjust(d.acme, d.f.actor(),
                                     AdjustStock{QStringLiteral("ACME-1001"), QStringLiteral("A-01-01"), {}, {}, -5,
                                                 AdjustReason::Lost}));
    REQUIRE(*d.f.store().lowStockFlagged(d.acme, QStringLiteral("ACME-1001")));
    // A FedEx range of 10 numbers, warning at 20: running out from the start.
    TrackingRange range;
    range.id = QStringLiteral("ACME-FX-1");
    range.carrier = QStringLiteral("FedEx");
    range.format = TrackingFormat::FedEx12;
    range.firstSerial = range.nextSerial = 10000000001;
    range.lastSerial = 10000000010;
    range.lowWaterMark = 20;
    WH_REQUIRE_OK(d.f.store().addTrackingRange(d.acme, d.f.actor(), range));
    db::DeadLetter letter;
    letter.tenantId = QStringLiteral("acme");
    letter.number = 1;
    letter.kind = QStringLiteral("unknown_kind");
    letter.reason = QStringLiteral("no such command");
    WH_REQUIRE_OK(d.f.store().deadLetter(letter));

    d.loginAs(QStringLiteral("BADGE-9001"), QStringLiteral("alerts"));
    auto* screen = static_cast<ui::AlertsScreen*>(d.kiosk->screen(QStringLiteral("alerts")));
    WH_TRY_COMPARE(screen->model().rowCount(), 3);
    CHECK(screen->model().item(0, 1)->text() == QStringLiteral("Commands not applied"));
    CHECK(screen->model().item(1, 1)->text() == QStringLiteral("Tracking numbers ACME-FX-1 (FedEx)"));
    CHECK(screen->model().item(1, 2)->text().startsWith(QStringLiteral("10 numbers left (warning at 20)")));
    CHECK(screen->model().item(2, 1)->text() == QStringLiteral("Low stock ACME-1001"));
    const auto stored = d.f.store().alerts(d.acme);
    REQUIRE(stored.ok());
    REQUIRE(stored->lowStock.size() == 1);
    CHECK(screen->model().item(2, 2)->text() ==
          QStringLiteral("%1 available, threshold %2; suggested reorder %3.")
              .arg(stored->lowStock.front().available)
              .arg(stored->lowStock.front().threshold)
              .arg(stored->lowStock.front().suggestedReorder));
    CHECK(stored->lowStock.front().available < stored->lowStock.front().threshold);

    devices::PrinterReport report;
    report.printer = QStringLiteral("pack-1");
    report.online = true;
    report.faults = {devices::PrinterFault::HeadOpen};
    report.at = d.f.clock().now();
    screen->printerReported(report);
    REQUIRE(screen->model().rowCount() == 4);
    CHECK(screen->model().item(0, 0)->text() == QStringLiteral("urgent"));
    CHECK(screen->model().item(0, 1)->text() == QStringLiteral("Printer pack-1"));
    CHECK(screen->model().item(0, 2)->text() == devices::printerFaultMessage(devices::PrinterFault::HeadOpen));
    // Labels that may or may not be out: the alert points to the supervisor's print jobs.
    report.uncertainJobs = 2;
    screen->printerReported(report);
    REQUIRE(screen->model().rowCount() == 5);
    CHECK(screen->model().item(0, 1)->text() == QStringLiteral("Uncertain labels on pack-1"));
    CHECK(screen->model().item(0, 2)->text() ==
          QStringLiteral(
              "2 labels may or may not have printed: a supervisor decides under Supervisor, Print jobs."));
    CHECK(screen->model().item(1, 1)->text() == QStringLiteral("Printer pack-1"));
}
