// The inbound screens with real widgets on a real store file, logged in through the kiosk by badge: receiving
// against an ASN (a pallet, loose units with the keypad's count, an undo) and putting away into the suggested
// bin; the stock look-up by bin, SKU, GS1 label and lot; a blind cycle count accepted and one sent to a
// supervisor; a return restocked, scrapped and closed. Each with a refused input shown in red with the
// store's reason and nothing written.
#include "CountScreen.h"
#include "Feedback.h"
#include "KioskScreens.h"
#include "KioskWindow.h"
#include "LoginScreen.h"
#include "ReceiveScreen.h"
#include "ReturnsScreen.h"
#include "Session.h"
#include "StaffDirectory.h"
#include "StoreWorker.h"

#include "DemoData.h"
#include "TestSupport.h"
#include "TryMacros.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>


using namespace wh;


namespace {


const TenantContext acme(QStringLiteral("acme"));
const TenantContext globex(QStringLiteral("globex"));

// The demo's GTIN-13 of SKU <TENANT>-(1001 + i).
QString demoGtin(const QString& prefix, int i)
{
    return db::DemoData::withCheckDigit(prefix +
                                        QStringLiteral("%1").arg(10001 + i, 5, 10, QLatin1Char('0')));
}
QString acmeGtin(int i)
{
    return demoGtin(QStringLiteral("0614141"), i);
}
QString globexGtin(int i)
{
    return demoGtin(QStringLiteral("0412345"), i);
}
// A valid GTIN-13 that no merchant here has.
const QString kStrangerGtin = QStringLiteral("4006381333931");

struct InboundFixture
{
    test::StoreFixture f;
    std::unique_ptr<ui::StoreWorker> worker;
    std::unique_ptr<ui::KioskWindow> kiosk;

    InboundFixture()
    {
        WH_REQUIRE_OK(db::DemoData::seedIfEmpty(f.store()));
        db::StaffDirectory staff(f.store().connection(), f.clock(), test::fastStaffPolicy());
        const auto add = [&](const char* id, const char* name, Role role, const char* tenant,
                             const char* badge) {
            WH_REQUIRE_OK(staff.save(
                User{QString::fromLatin1(id), QString::fromLatin1(name), role, {QString::fromLatin1(tenant)}},
                QStringLiteral("4711"), QString::fromLatin1(badge)));
        };
        add("2001", "Rita Receiver", Role::Receiver, "acme", "BADGE-2001");
        add("3001", "Carl Counter", Role::Counter, "acme", "BADGE-3001");
        add("1001", "Pia Picker", Role::Picker, "acme", "BADGE-1001");
        add("1002", "Gus Picker", Role::Picker, "globex", "BADGE-1002");
        add("2002", "Greta Receiver", Role::Receiver, "globex", "BADGE-2002");
        auto opened = ui::StoreWorker::open(f.path(), &f.clock());
        WH_REQUIRE_OK(opened);
        worker = std::move(*opened);
        kiosk = std::make_unique<ui::KioskWindow>(*worker, QStringLiteral("station-1"));
        kiosk->setStaffPolicy(test::fastStaffPolicy());
        ui::addWorkflowScreens(*kiosk);
        kiosk->resize(1280, 900);
        kiosk->show();
        REQUIRE(QTest::qWaitForWindowExposed(kiosk.get()));
    }

    template <typename T> T* find(const QString& name)
    {
        auto* w = kiosk->findChild<T*>(name);
        REQUIRE(w);
        return w;
    }
    void click(const QString& name)
    {
        auto* b = find<QPushButton>(name);
        WH_TRY_VERIFY(b->isVisible());
        WH_TRY_VERIFY(b->isEnabled());
        QTest::mouseClick(b, Qt::LeftButton);
    }
    // Each screen has its own keypad: press the key of the one on `screen`.
    void pressKey(const QString& screen, const QString& key)
    {
        auto* b = find<QWidget>(screen)->findChild<QPushButton*>(QStringLiteral("keypad_") + key);
        REQUIRE(b);
        WH_TRY_VERIFY(b->isVisible());
        QTest::mouseClick(b, Qt::LeftButton);
    }
    void typeOnKeypad(const QString& screen, const QString& digits)
    {
        for (const QChar d : digits)
            pressKey(screen, QString(d));
    }
    // Clears the banner first, so the answer to this scan is told from the one before.
    void scan(const QString& text)
    {
        clearBanner();
        auto* input = find<QLineEdit>(QStringLiteral("scanInput"));
        QTest::keyClicks(input, text);
        QTest::keyClick(input, Qt::Key_Return);
    }
    QString banner() { return find<ui::Feedback>(QStringLiteral("feedbackBanner"))->text(); }
    ui::Feedback::Tone tone() { return kiosk->feedback().lastTone(); }
    void clearBanner() { kiosk->feedback().clearMessage(); }
    // Waits for the answer to the last action (after clearBanner) and checks its tone.
    void expectTone(ui::Feedback::Tone expected)
    {
        WH_TRY_VERIFY(!banner().isEmpty());
        CHECK(tone() == expected);
    }
    QString text(const QString& label) { return find<QLabel>(label)->text(); }
    QStandardItemModel* model(const QString& name) { return find<QStandardItemModel>(name); }
    QString cell(const QString& name, int row, int column) { return model(name)->item(row, column)->text(); }

    void loginAndOpen(const QString& badge, const QString& task)
    {
        scan(badge);
        WH_TRY_COMPARE(kiosk->currentScreenName(), QStringLiteral("home"));
        click(QStringLiteral("task_") + task);
        WH_TRY_COMPARE(kiosk->currentScreenName(), task);
    }
    std::int64_t events()
    {
        auto counts = f.store().counts();
        REQUIRE(counts);
        return counts->events;
    }
    std::int64_t onHand(const TenantContext& t, const QString& bin, const QString& sku,
                        const QString& lot = {})
    {
        auto rows = f.store().stockInLocation(t, bin);
        REQUIRE(rows);
        for (const StockRecord& r : *rows)
            if (r.key.sku == sku && r.key.lot == lot)
                return r.level.onHand;
        return 0;
    }
};

// The rows of a model whose column `column` holds `text`.
int rowWith(QStandardItemModel* model, int column, const QString& text)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->item(r, column)->text() == text)
            return r;
    return -1;
}

} // namespace

TEST_CASE("receive against the ASN: dock, pallet, loose units on the keypad, undo, post - put away into the "
          "suggested bin",
          "[ui][inbound][receive]")
{
    InboundFixture k;
    k.loginAndOpen(QStringLiteral("BADGE-2001"), QStringLiteral("receive"));
    const QString items = QStringLiteral("receiveItemsModel");

    // Opening before the dock is known: said so, nothing opened.
    k.click(QStringLiteral("receiveBlindButton"));
    CHECK(k.tone() == ui::Feedback::Tone::Refused);
    CHECK(k.banner() == QStringLiteral("Scan the dock's label first."));

    k.scan(QStringLiteral("A-RCV"));
    WH_TRY_COMPARE(k.text(QStringLiteral("receiveDockLabel")), QStringLiteral("Dock: A-RCV"));
    k.scan(QStringLiteral("ACME-ASN-1"));
    WH_TRY_COMPARE(k.find<QLineEdit>(QStringLiteral("receiveAsnInput"))->text(),
                   QStringLiteral("ACME-ASN-1"));
    CHECK(k.text(QStringLiteral("receiveAsnInfo")).contains(QStringLiteral("Trail Gear Ltd")));
    k.click(QStringLiteral("receiveOpenButton"));
    auto* screen = static_cast<ui::ReceiveScreen*>(k.kiosk->screen(QStringLiteral("receive")));
    WH_TRY_VERIFY(screen->receiptId().startsWith(QStringLiteral("RCV")));
    const QString receiptId = screen->receiptId();
    CHECK(k.tone() == ui::Feedback::Tone::Accepted);

    // The pallet: two lines of the ASN.
    const QString sscc = db::DemoData::withCheckDigit(QStringLiteral("30614141000000001"));
    k.scan(QStringLiteral("]C100") + sscc);
    WH_TRY_COMPARE(k.model(items)->rowCount(), 2);
    CHECK(k.tone() == ui::Feedback::Tone::Accepted);
    CHECK(k.cell(items, 0, 2) == QStringLiteral("ACME-1001"));
    CHECK(k.cell(items, 0, 5) == QStringLiteral("24"));

    // Loose cartons: 6 units in one scan, counted on the keypad.
    k.typeOnKeypad(QStringLiteral("receiveScreen"), QStringLiteral("6"));
    CHECK(k.find<QLineEdit>(QStringLiteral("receiveQuantity"))->text() == QStringLiteral("6"));
    k.scan(acmeGtin(4));
    WH_TRY_COMPARE(k.model(items)->rowCount(), 3);
    CHECK(k.cell(items, 2, 2) == QStringLiteral("ACME-1005"));
    CHECK(k.cell(items, 2, 5) == QStringLiteral("6"));
    CHECK(k.banner() == QStringLiteral("Received 6 x ACME-1005."));

    // A wrong scan, undone.
    k.scan(acmeGtin(2));
    WH_TRY_COMPARE(k.model(items)->rowCount(), 4);
    k.click(QStringLiteral("receiveUndoButton"));
    WH_TRY_COMPARE(k.model(items)->rowCount(), 3);
    CHECK(k.banner() == QStringLiteral("Last scan undone."));

    // A misread GS1 label (wrong check digit): refused in red with the decoder's reason, nothing recorded.
    const std::int64_t before = k.events();
    QString bad = QStringLiteral("0") + acmeGtin(0);
    bad[13] = bad[13] == QLatin1Char('9') ? QLatin1Char('0') : QChar(bad[13].unicode() + 1);
    k.scan(QStringLiteral("]C101") + bad);
    k.expectTone(ui::Feedback::Tone::Refused);
    CHECK(k.banner().startsWith(QStringLiteral("Scan not read: ")));
    CHECK(k.find<ui::Feedback>(QStringLiteral("feedbackBanner"))->property("tone").toString() ==
          QStringLiteral("refused"));
    QTest::qWait(100);
    CHECK(k.events() == before);
    auto held = k.f.store().receiptItems(acme, receiptId);
    REQUIRE(held);
    CHECK(held->size() == 3);

    // Post: the stock lands at the dock; putaway begins with the first SKU.
    k.click(QStringLiteral("receivePostButton"));
    WH_TRY_COMPARE(k.find<QStackedWidget>(QStringLiteral("receivePages"))->currentWidget()->objectName(),
                   QStringLiteral("receivePutawayPage"));
    CHECK(k.onHand(acme, QStringLiteral("A-RCV"), QStringLiteral("ACME-1001")) == 24);
    CHECK(k.text(QStringLiteral("receivePutawayItem")) == QStringLiteral("24 x ACME-1001"));
    WH_TRY_VERIFY(k.text(QStringLiteral("receivePutawayBin")).startsWith(QStringLiteral("A-")));
    const QString bin = k.text(QStringLiteral("receivePutawayBin"));
    const std::int64_t inBin = k.onHand(acme, bin, QStringLiteral("ACME-1001"));

    // Another merchant's bin: refused in red with the store's reason, nothing moved.
    const std::int64_t beforeForeign = k.events();
    k.clearBanner();
    k.scan(QStringLiteral("G-90-01"));
    k.expectTone(ui::Feedback::Tone::Refused);
    CHECK(k.banner().contains(QStringLiteral("another merchant")));
    CHECK(k.events() == beforeForeign);
    CHECK(k.onHand(acme, QStringLiteral("A-RCV"), QStringLiteral("ACME-1001")) == 24);

    // The suggested bin, scanned: the units move there.
    k.scan(bin);
    WH_TRY_COMPARE(k.text(QStringLiteral("receivePutawayItem")), QStringLiteral("24 x ACME-1002"));
    CHECK(k.banner() == QStringLiteral("Put away 24 x ACME-1001 in %1.").arg(bin));
    CHECK(k.onHand(acme, bin, QStringLiteral("ACME-1001")) == inBin + 24);
    CHECK(k.onHand(acme, QStringLiteral("A-RCV"), QStringLiteral("ACME-1001")) == 0);

    // The rest stays at the dock for later.
    k.click(QStringLiteral("receiveSkipButton"));
    WH_TRY_COMPARE(k.text(QStringLiteral("receivePutawayItem")), QStringLiteral("6 x ACME-1005"));
    k.click(QStringLiteral("receiveSkipButton"));
    WH_TRY_COMPARE(k.text(QStringLiteral("receivePutawayItem")),
                   QStringLiteral("Receipt %1 is put away.").arg(receiptId));
    auto receipt = k.f.store().receipt(acme, receiptId);
    REQUIRE(receipt);
    CHECK(receipt->status == ReceiptStatus::Posted);
    auto asn = k.f.store().asn(acme, QStringLiteral("ACME-ASN-1"));
    REQUIRE(asn);
    CHECK(asn->status == AsnStatus::Closed);
    k.click(QStringLiteral("receiveNewButton"));
    CHECK(k.find<QStackedWidget>(QStringLiteral("receivePages"))->currentWidget()->objectName() ==
          QStringLiteral("receiveStartPage"));
}

TEST_CASE("a blind receipt refuses a pallet with the store's reason - an unknown item is recorded as unknown",
          "[ui][inbound][receive]")
{
    InboundFixture k;
    k.loginAndOpen(QStringLiteral("BADGE-2001"), QStringLiteral("receive"));
    // Another merchant's dock: the store's reason.
    k.scan(QStringLiteral("G-RCV"));
    k.expectTone(ui::Feedback::Tone::Refused);
    CHECK(k.banner() == QStringLiteral("Location G-RCV belongs to another merchant."));
    // A bin that is no dock.
    k.scan(QStringLiteral("A-01-01"));
    WH_TRY_VERIFY(k.banner().contains(QStringLiteral("not a receiving location")));
    k.scan(QStringLiteral("A-RCV"));
    WH_TRY_COMPARE(k.text(QStringLiteral("receiveDockLabel")), QStringLiteral("Dock: A-RCV"));
    k.click(QStringLiteral("receiveBlindButton"));
    auto* screen = static_cast<ui::ReceiveScreen*>(k.kiosk->screen(QStringLiteral("receive")));
    WH_TRY_VERIFY(!screen->receiptId().isEmpty());

    const std::int64_t before = k.events();
    k.clearBanner();
    k.scan(QStringLiteral("]C100") + db::DemoData::withCheckDigit(QStringLiteral("30614141000000001")));
    k.expectTone(ui::Feedback::Tone::Refused);
    CHECK_FALSE(k.banner().isEmpty());
    CHECK(k.events() == before);
    CHECK(k.model(QStringLiteral("receiveItemsModel"))->rowCount() == 0);

    // An item nobody here knows: recorded (a discrepancy for the posting), said so in amber.
    k.scan(kStrangerGtin);
    WH_TRY_COMPARE(k.model(QStringLiteral("receiveItemsModel"))->rowCount(), 1);
    CHECK(k.tone() == ui::Feedback::Tone::Info);
    CHECK(k.cell(QStringLiteral("receiveItemsModel"), 0, 1) == QStringLiteral("unknown"));
}

TEST_CASE("stock look-up by bin scan, typed SKU, GS1 label with lot and typed lot - a foreign bin and an "
          "unknown GTIN are refused",
          "[ui][inbound][lookup]")
{
    InboundFixture k;
    const QString results = QStringLiteral("lookupModel");
    k.loginAndOpen(QStringLiteral("BADGE-1001"), QStringLiteral("lookup"));
    auto* search = k.find<QLineEdit>(QStringLiteral("lookupSearchInput"));
    CHECK(search->property("kioskTextInput").toBool());

    // A bin scanned.
    k.scan(QStringLiteral("A-01-01"));
    WH_TRY_COMPARE(k.model(results)->rowCount(), 1);
    CHECK(k.cell(results, 0, 0) == QStringLiteral("ACME-1001"));
    CHECK(k.cell(results, 0, 1) == QStringLiteral("A-01-01"));
    CHECK(k.cell(results, 0, 4) ==
          QString::number(k.onHand(acme, QStringLiteral("A-01-01"), QStringLiteral("ACME-1001"))));
    CHECK(k.tone() == ui::Feedback::Tone::Accepted);

    // A SKU typed into the search field (it keeps the focus the kiosk otherwise gives the scan field).
    k.kiosk->activateWindow();
    search->setFocus();
    WH_TRY_VERIFY(search->hasFocus());
    search->clear();
    QTest::keyClicks(search, QStringLiteral("ACME-1002"));
    k.click(QStringLiteral("lookupSearchButton"));
    WH_TRY_COMPARE(k.model(results)->rowCount(), 2);
    CHECK(rowWith(k.model(results), 1, QStringLiteral("A-01-02")) >= 0);
    CHECK(rowWith(k.model(results), 1, QStringLiteral("A-90-02")) >= 0);
    CHECK(k.text(QStringLiteral("lookupSummary")).startsWith(QStringLiteral("SKU ACME-1002")));

    // An EAN scanned: the SKU's rows.
    k.scan(acmeGtin(3));
    WH_TRY_VERIFY(k.text(QStringLiteral("lookupSummary")).startsWith(QStringLiteral("SKU ACME-1004")));
    CHECK(k.model(results)->rowCount() == 2);

    // Refused: another merchant's bin, a GTIN nobody here has, a misread label. Nothing written by any.
    const std::int64_t before = k.events();
    k.clearBanner();
    k.scan(QStringLiteral("G-01-01"));
    k.expectTone(ui::Feedback::Tone::Refused);
    CHECK(k.banner() == QStringLiteral("Location G-01-01 belongs to another merchant."));
    CHECK(k.model(results)->rowCount() == 0);
    k.clearBanner();
    k.scan(kStrangerGtin);
    k.expectTone(ui::Feedback::Tone::Refused);
    CHECK(k.banner().startsWith(QStringLiteral("Nothing found for ") + kStrangerGtin));
    k.clearBanner();
    k.scan(QStringLiteral("]C1"));
    k.expectTone(ui::Feedback::Tone::Refused);
    CHECK(k.banner().startsWith(QStringLiteral("Scan not read: ")));
    CHECK(k.events() == before);
}

TEST_CASE("stock look-up finds a lot from a GS1 label and from the typed lot", "[ui][inbound][lookup]")
{
    InboundFixture k;
    const QString results = QStringLiteral("lookupModel");
    k.loginAndOpen(QStringLiteral("BADGE-1002"), QStringLiteral("lookup"));
    // GTIN + lot on a GS1-128 label: only that lot's rows.
    k.scan(QStringLiteral("]C1010") + globexGtin(1) + QStringLiteral("10L2602A"));
    k.expectTone(ui::Feedback::Tone::Accepted);
    REQUIRE(k.model(results)->rowCount() == 2);
    CHECK(k.cell(results, 0, 0) == QStringLiteral("GLOBEX-1002"));
    CHECK(k.cell(results, 0, 2) == QStringLiteral("L2602A"));
    CHECK_FALSE(k.cell(results, 0, 3).isEmpty()); // the expiry
    // A lot nobody has: nothing.
    k.clearBanner();
    k.scan(QStringLiteral("]C1010") + globexGtin(1) + QStringLiteral("10NOSUCH"));
    k.expectTone(ui::Feedback::Tone::Info);
    CHECK(k.model(results)->rowCount() == 0);

    // The lot typed: every bin holding it.
    auto* search = k.find<QLineEdit>(QStringLiteral("lookupSearchInput"));
    search->setText(QStringLiteral("L2603A"));
    k.click(QStringLiteral("lookupSearchButton"));
    WH_TRY_COMPARE(k.model(results)->rowCount(), 2);
    CHECK(k.text(QStringLiteral("lookupSummary")).startsWith(QStringLiteral("lot L2603A")));
    for (int r = 0; r < 2; ++r) {
        CHECK(k.cell(results, r, 0) == QStringLiteral("GLOBEX-1003"));
        CHECK(k.cell(results, r, 2) == QStringLiteral("L2603A"));
    }
}

TEST_CASE("a blind count: choose the task, scan the bin and the item, count on the keypad, submit - accepted, "
          "or sent to a supervisor",
          "[ui][inbound][count]")
{
    InboundFixture k;
    const Actor admin = k.f.actor();
    auto first =
        k.f.store().createCount(acme, admin, {{QStringLiteral("A-01-02")}, QStringLiteral("A-zone")});
    WH_REQUIRE_OK(first);
    const QString exact = first->events[0].aggregateId;
    auto second =
        k.f.store().createCount(acme, admin, {{QStringLiteral("A-01-03")}, QStringLiteral("A-zone")});
    WH_REQUIRE_OK(second);
    const QString off = second->events[0].aggregateId;
    const std::int64_t inBin = k.onHand(acme, QStringLiteral("A-01-02"), QStringLiteral("ACME-1002"));
    REQUIRE(inBin > 0);

    k.loginAndOpen(QStringLiteral("BADGE-3001"), QStringLiteral("count"));
    WH_TRY_VERIFY(k.kiosk->findChild<QPushButton*>(QStringLiteral("countTask_") + exact));
    k.click(QStringLiteral("countTask_") + exact);
    auto* screen = static_cast<ui::CountScreen*>(k.kiosk->screen(QStringLiteral("count")));
    CHECK(screen->countId() == exact);

    // Refused: an item before its bin, a bin not in the count, another merchant's bin, an unknown GTIN.
    const std::int64_t before = k.events();
    k.clearBanner();
    k.scan(acmeGtin(1));
    WH_TRY_COMPARE(k.banner(), QStringLiteral("Scan the bin first, then its items."));
    k.clearBanner();
    k.scan(QStringLiteral("A-01-03"));
    WH_TRY_VERIFY(k.banner().startsWith(QStringLiteral("Bin A-01-03 is not in count ")));
    CHECK(k.tone() == ui::Feedback::Tone::Refused);
    k.clearBanner();
    k.scan(QStringLiteral("G-01-02"));
    WH_TRY_COMPARE(k.banner(), QStringLiteral("Location G-01-02 belongs to another merchant."));
    k.scan(QStringLiteral("A-01-02"));
    WH_TRY_COMPARE(k.text(QStringLiteral("countBinLabel")), QStringLiteral("Bin A-01-02"));
    k.clearBanner();
    k.scan(kStrangerGtin);
    k.expectTone(ui::Feedback::Tone::Refused);
    CHECK(k.banner() == QStringLiteral("%1 is no item and no bin of this merchant.").arg(kStrangerGtin));
    CHECK(k.events() == before);

    // Blind: nothing on the screen shows what the books hold.
    k.scan(acmeGtin(1));
    WH_TRY_VERIFY(k.text(QStringLiteral("countItemLabel")).startsWith(QStringLiteral("ACME-1002")));
    for (const char* label : {"countBinLabel", "countItemLabel"})
        CHECK_FALSE(k.text(QString::fromLatin1(label)).contains(QString::number(inBin)));
    CHECK(k.find<QLineEdit>(QStringLiteral("countQuantity"))->text().isEmpty());
    k.typeOnKeypad(QStringLiteral("countScreen"), QString::number(inBin));
    k.click(QStringLiteral("countRecordButton"));
    WH_TRY_COMPARE(k.model(QStringLiteral("countLinesModel"))->rowCount(), 1);
    CHECK(k.cell(QStringLiteral("countLinesModel"), 0, 3) == QString::number(inBin));
    k.click(QStringLiteral("countSubmitButton"));
    WH_TRY_VERIFY(k.text(QStringLiteral("countResultLabel")).contains(QStringLiteral("accepted")));
    CHECK(k.tone() == ui::Feedback::Tone::Accepted);
    auto sheet = k.f.store().countSheet(acme, exact);
    REQUIRE(sheet);
    CHECK(sheet->status == CountStatus::Posted);
    CHECK(k.onHand(acme, QStringLiteral("A-01-02"), QStringLiteral("ACME-1002")) == inBin);

    // One unit short: the store sends it to a supervisor, and the screen says so in plain words.
    const std::int64_t inOther = k.onHand(acme, QStringLiteral("A-01-03"), QStringLiteral("ACME-1003"));
    // The posted count leaves the list; the other one stays.
    WH_TRY_VERIFY(!k.kiosk->findChild<QPushButton*>(QStringLiteral("countTask_") + exact));
    CHECK(k.kiosk->findChild<QPushButton*>(QStringLiteral("countTask_") + off));
    k.click(QStringLiteral("countTask_") + off);
    k.scan(QStringLiteral("A-01-03"));
    WH_TRY_COMPARE(k.text(QStringLiteral("countBinLabel")), QStringLiteral("Bin A-01-03"));
    k.scan(QStringLiteral("ACME-1003"));
    WH_TRY_VERIFY(k.text(QStringLiteral("countItemLabel")).startsWith(QStringLiteral("ACME-1003")));
    k.typeOnKeypad(QStringLiteral("countScreen"), QString::number(inOther - 1));
    k.pressKey(QStringLiteral("countScreen"), QStringLiteral("enter"));
    WH_TRY_COMPARE(k.model(QStringLiteral("countLinesModel"))->rowCount(), 1);
    k.click(QStringLiteral("countSubmitButton"));
    WH_TRY_VERIFY(
        k.text(QStringLiteral("countResultLabel")).contains(QStringLiteral("needs a supervisor's approval")));
    sheet = k.f.store().countSheet(acme, off);
    REQUIRE(sheet);
    CHECK(sheet->status == CountStatus::Review);
    CHECK(k.onHand(acme, QStringLiteral("A-01-03"), QStringLiteral("ACME-1003")) == inOther);

    // The supervisor orders a recount: it comes back to the list as round 2, with an empty sheet.
    WH_REQUIRE_OK(k.f.store().recount(acme, admin, off, QStringLiteral("one short, count again")));
    k.click(QStringLiteral("countRefreshButton"));
    // (The list's button for round 1 may still be there until the reload lands.)
    const auto roundTwo = [&] {
        auto* b = k.kiosk->findChild<QPushButton*>(QStringLiteral("countTask_") + off);
        return b && b->text().contains(QStringLiteral("Recount, round 2"));
    };
    WH_TRY_VERIFY(roundTwo());
    k.click(QStringLiteral("countTask_") + off);
    CHECK(k.text(QStringLiteral("countHeader")).endsWith(QStringLiteral("(recount, round 2)")));
    CHECK(k.model(QStringLiteral("countLinesModel"))->rowCount() == 0);
}

TEST_CASE("a return against an RMA: restock into a bin, scrap, an item not authorised refused, close",
          "[ui][inbound][returns]")
{
    InboundFixture k;
    WH_REQUIRE_OK(k.f.store().authorizeReturn(
        acme, k.f.actor(),
        {QStringLiteral("RMA-77"), QStringLiteral("WEB-1"), {RmaLine{QStringLiteral("ACME-1003"), 2}}}));
    const std::int64_t inBin = k.onHand(acme, QStringLiteral("A-01-03"), QStringLiteral("ACME-1003"));
    k.loginAndOpen(QStringLiteral("BADGE-2001"), QStringLiteral("returns"));
    auto* screen = static_cast<ui::ReturnsScreen*>(k.kiosk->screen(QStringLiteral("returns")));

    // An RMA nobody registered: refused in red, nothing opened.
    const std::int64_t before = k.events();
    k.scan(QStringLiteral("RMA-404"));
    k.expectTone(ui::Feedback::Tone::Refused);
    CHECK(k.banner() == QStringLiteral("RMA-404 is neither an RMA nor an order of this merchant."));
    CHECK(k.events() == before);

    k.scan(QStringLiteral("RMA-77"));
    WH_TRY_VERIFY(!screen->returnId().isEmpty());
    const QString returnId = screen->returnId();
    CHECK(k.text(QStringLiteral("returnsHeader")) ==
          QStringLiteral("Return %1 for RMA RMA-77").arg(returnId));

    // Restock one into its pick face.
    k.scan(acmeGtin(2));
    WH_TRY_VERIFY(k.text(QStringLiteral("returnsItemLabel")).startsWith(QStringLiteral("ACME-1003")));
    k.click(QStringLiteral("returnsReceiveButton"));
    CHECK(k.banner() == QStringLiteral("Scan the bin to restock into first."));
    k.scan(QStringLiteral("A-01-03"));
    WH_TRY_COMPARE(k.text(QStringLiteral("returnsBinLabel")), QStringLiteral("Into A-01-03"));
    k.click(QStringLiteral("returnsReceiveButton"));
    WH_TRY_COMPARE(k.model(QStringLiteral("returnsLinesModel"))->rowCount(), 1);
    CHECK(k.cell(QStringLiteral("returnsLinesModel"), 0, 3) == QStringLiteral("restock"));
    CHECK(k.onHand(acme, QStringLiteral("A-01-03"), QStringLiteral("ACME-1003")) == inBin + 1);

    // Refused: an unknown GTIN, and an item the RMA does not authorise (the store's reason); nothing written.
    const std::int64_t mid = k.events();
    k.clearBanner();
    k.scan(kStrangerGtin);
    k.expectTone(ui::Feedback::Tone::Refused);
    k.scan(acmeGtin(3));
    WH_TRY_VERIFY(k.text(QStringLiteral("returnsItemLabel")).startsWith(QStringLiteral("ACME-1004")));
    k.click(QStringLiteral("returnsScrapButton"));
    CHECK(k.text(QStringLiteral("returnsBinLabel")) == QStringLiteral("Scrap: no bin"));
    k.clearBanner();
    k.click(QStringLiteral("returnsReceiveButton"));
    k.expectTone(ui::Feedback::Tone::Refused);
    CHECK_FALSE(k.banner().isEmpty());
    CHECK(k.events() == mid);
    CHECK(k.model(QStringLiteral("returnsLinesModel"))->rowCount() == 1);

    // The second unit authorised: scrapped.
    k.scan(acmeGtin(2));
    WH_TRY_VERIFY(k.text(QStringLiteral("returnsItemLabel")).startsWith(QStringLiteral("ACME-1003")));
    k.click(QStringLiteral("returnsReceiveButton"));
    WH_TRY_COMPARE(k.model(QStringLiteral("returnsLinesModel"))->rowCount(), 2);
    CHECK(k.banner() == QStringLiteral("1 x ACME-1003 scrapped."));

    k.click(QStringLiteral("returnsCloseButton"));
    WH_TRY_COMPARE(k.text(QStringLiteral("returnsStartResult")),
                   QStringLiteral("Return %1 closed.").arg(returnId));
    auto record = k.f.store().customerReturn(acme, returnId);
    REQUIRE(record);
    CHECK(record->status == ReturnStatus::Received);
    CHECK(record->lines.size() == 2);
    CHECK(k.onHand(acme, QStringLiteral("A-01-03"), QStringLiteral("ACME-1003")) == inBin + 1);
}

TEST_CASE(
    "a lot-tracked delivery: the GS1 label's lot and expiry go on the receipt and into the stock - the ASN "
    "number typed works like a scan",
    "[ui][inbound][receive]")
{
    InboundFixture k;
    k.loginAndOpen(QStringLiteral("BADGE-2002"), QStringLiteral("receive"));
    auto* asnInput = k.find<QLineEdit>(QStringLiteral("receiveAsnInput"));
    CHECK(asnInput->property("kioskTextInput").toBool());
    // Typed into the ASN field and entered: a dock label read like a scan, then the ASN number.
    asnInput->setText(QStringLiteral("G-RCV"));
    k.clearBanner();
    QTest::keyClick(asnInput, Qt::Key_Return);
    WH_TRY_COMPARE(k.text(QStringLiteral("receiveDockLabel")), QStringLiteral("Dock: G-RCV"));
    asnInput->setText(QStringLiteral("GLOBEX-ASN-1"));
    k.clearBanner();
    QTest::keyClick(asnInput, Qt::Key_Return);
    WH_TRY_VERIFY(k.text(QStringLiteral("receiveAsnInfo")).contains(QStringLiteral("Nordic Nutrition AB")));
    k.click(QStringLiteral("receiveOpenButton"));
    auto* screen = static_cast<ui::ReceiveScreen*>(k.kiosk->screen(QStringLiteral("receive")));
    WH_TRY_VERIFY(!screen->receiptId().isEmpty());

    // A lot-tracked item without its lot: the store's reason, in red, nothing recorded.
    const std::int64_t before = k.events();
    k.scan(globexGtin(4));
    k.expectTone(ui::Feedback::Tone::Refused);
    CHECK(k.banner() ==
          QStringLiteral("GLOBEX-1005 is lot-tracked: scan the code with its lot, or enter the lot."));
    CHECK(k.events() == before);

    // The GS1-128 label: GTIN, expiry, then the lot (variable length, last).
    const QDate expiry = k.f.clock().today().addMonths(16);
    k.typeOnKeypad(QStringLiteral("receiveScreen"), QStringLiteral("6"));
    k.scan(QStringLiteral("]C1010") + globexGtin(4) + QStringLiteral("17") +
           expiry.toString(QStringLiteral("yyMMdd")) + QStringLiteral("10L2705B"));
    k.expectTone(ui::Feedback::Tone::Accepted);
    const QString items = QStringLiteral("receiveItemsModel");
    REQUIRE(k.model(items)->rowCount() == 1);
    CHECK(k.cell(items, 0, 2) == QStringLiteral("GLOBEX-1005"));
    CHECK(k.cell(items, 0, 3) == QStringLiteral("L2705B"));
    CHECK(k.cell(items, 0, 4) == expiry.toString(Qt::ISODate));
    CHECK(k.cell(items, 0, 5) == QStringLiteral("6"));

    k.click(QStringLiteral("receivePostButton"));
    WH_TRY_COMPARE(k.text(QStringLiteral("receivePutawayItem")),
                   QStringLiteral("6 x GLOBEX-1005, lot L2705B"));
    CHECK(k.onHand(globex, QStringLiteral("G-RCV"), QStringLiteral("GLOBEX-1005"),
                   QStringLiteral("L2705B")) == 6);
}

TEST_CASE("a return against a shipped order: quarantine on the keypad's count - more than shipped is refused",
          "[ui][inbound][returns]")
{
    InboundFixture k;
    REQUIRE(test::pickPackShip(k.f.store(), k.f.actor(), {QStringLiteral("acme")}) > 0);
    const QString orderId = QStringLiteral("ACME-SO-5001");
    auto order = k.f.store().order(acme, orderId);
    REQUIRE(order);
    REQUIRE(order->status == OrderStatus::Shipped);
    const std::int64_t inQuarantine = k.onHand(acme, QStringLiteral("A-QA"), QStringLiteral("ACME-1001"));

    k.loginAndOpen(QStringLiteral("BADGE-2001"), QStringLiteral("returns"));
    auto* reference = k.find<QLineEdit>(QStringLiteral("returnsReferenceInput"));
    CHECK(reference->property("kioskTextInput").toBool());
    reference->setText(orderId);
    k.click(QStringLiteral("returnsOpenButton"));
    auto* screen = static_cast<ui::ReturnsScreen*>(k.kiosk->screen(QStringLiteral("returns")));
    WH_TRY_VERIFY(!screen->returnId().isEmpty());
    CHECK(k.text(QStringLiteral("returnsHeader")).endsWith(QStringLiteral("for order ") + orderId));

    // Three units of a line that shipped two: refused with the store's reason, nothing written.
    k.scan(QStringLiteral("ACME-1001"));
    WH_TRY_VERIFY(k.text(QStringLiteral("returnsItemLabel")).startsWith(QStringLiteral("ACME-1001")));
    k.click(QStringLiteral("returnsQuarantineButton"));
    k.scan(QStringLiteral("A-QA"));
    WH_TRY_COMPARE(k.text(QStringLiteral("returnsBinLabel")), QStringLiteral("Into A-QA"));
    k.typeOnKeypad(QStringLiteral("returnsScreen"), QStringLiteral("3"));
    const std::int64_t before = k.events();
    k.clearBanner();
    k.click(QStringLiteral("returnsReceiveButton"));
    k.expectTone(ui::Feedback::Tone::Refused);
    CHECK(k.events() == before);
    CHECK(k.model(QStringLiteral("returnsLinesModel"))->rowCount() == 0);

    // The two that shipped: into quarantine.
    k.pressKey(QStringLiteral("returnsScreen"), QStringLiteral("clear"));
    k.typeOnKeypad(QStringLiteral("returnsScreen"), QStringLiteral("2"));
    k.pressKey(QStringLiteral("returnsScreen"), QStringLiteral("enter"));
    WH_TRY_COMPARE(k.model(QStringLiteral("returnsLinesModel"))->rowCount(), 1);
    CHECK(k.cell(QStringLiteral("returnsLinesModel"), 0, 2) == QStringLiteral("2"));
    CHECK(k.cell(QStringLiteral("returnsLinesModel"), 0, 3) == QStringLiteral("quarantine"));
    CHECK(k.onHand(acme, QStringLiteral("A-QA"), QStringLiteral("ACME-1001")) == inQuarantine + 2);
    const QString returnId = screen->returnId();
    k.click(QStringLiteral("returnsCloseButton"));
    WH_TRY_COMPARE(k.text(QStringLiteral("returnsStartResult")),
                   QStringLiteral("Return %1 closed.").arg(returnId));
    auto record = k.f.store().customerReturn(acme, returnId);
    REQUIRE(record);
    CHECK(record->status == ReturnStatus::Received);
    CHECK(record->orderId == orderId);
    REQUIRE(record->lines.size() == 1);
    CHECK(record->lines[0].disposition == ReturnDisposition::Quarantine);
    CHECK(record->lines[0].quantity == 2);
}

TEST_CASE("the home screen offers each inbound task to the roles that may do it", "[ui][inbound]")
{
    InboundFixture k;
    const auto tasksOf = [&](const QString& badge) {
        k.scan(badge);
        WH_TRY_COMPARE(k.kiosk->currentScreenName(), QStringLiteral("home"));
        QStringList tasks = k.kiosk->homeScreen().visibleTasks();
        k.click(QStringLiteral("logoutButton"));
        WH_TRY_COMPARE(k.kiosk->currentScreenName(), QStringLiteral("login"));
        return tasks;
    };
    const QStringList receiver = tasksOf(QStringLiteral("BADGE-2001"));
    CHECK(receiver.contains(QStringLiteral("receive")));
    CHECK(receiver.contains(QStringLiteral("lookup")));
    CHECK(receiver.contains(QStringLiteral("returns")));
    CHECK_FALSE(receiver.contains(QStringLiteral("count")));
    const QStringList counter = tasksOf(QStringLiteral("BADGE-3001"));
    CHECK(counter.contains(QStringLiteral("count")));
    CHECK(counter.contains(QStringLiteral("lookup")));
    CHECK_FALSE(counter.contains(QStringLiteral("receive")));
    const QStringList picker = tasksOf(QStringLiteral("BADGE-1001"));
    CHECK(picker.contains(QStringLiteral("lookup")));
    CHECK_FALSE(picker.contains(QStringLiteral("receive")));
    CHECK_FALSE(picker.contains(QStringLiteral("count")));
    CHECK_FALSE(picker.contains(QStringLiteral("returns")));
}

TEST_CASE("every control of the inbound screens has an object name, an accessible name, a touch-sized target "
          "and leaves the focus to the scan field",
          "[ui][inbound]")
{
    InboundFixture k;
    for (const char* name : {"receive", "lookup", "count", "returns"}) {
        auto* screen = k.kiosk->screen(QString::fromLatin1(name));
        REQUIRE(screen);
        const QString prefix = QString::fromLatin1(name);
        // The screen's own controls carry its prefix; the shared keypad's keys are "keypad_<key>" inside a
        // keypad named for the screen.
        const auto named = [&](QWidget* w) {
            INFO(w->objectName().toStdString());
            if (qobject_cast<QLabel*>(w)) {
                // A label's accessible name is its text (a screen reader reads the value), and what it
                // shows is its description.
                CHECK(w->accessibleName().isEmpty());
                CHECK_FALSE(w->accessibleDescription().isEmpty());
            } else {
                CHECK_FALSE(w->accessibleName().isEmpty());
            }
            if (auto* keypad = qobject_cast<QWidget*>(w->parent());
                keypad && keypad->objectName().endsWith(QStringLiteral("Keypad")))
                CHECK(keypad->objectName() == prefix + QStringLiteral("Keypad"));
            else
                CHECK(w->objectName().startsWith(prefix));
        };
        for (auto* b : screen->findChildren<QPushButton*>()) {
            named(b);
            CHECK(b->focusPolicy() == Qt::NoFocus);
            // What the layout gives it, style sheet included.
            CHECK(b->sizeHint().height() >= 48);
            CHECK(b->minimumSizeHint().height() >= 48);
            CHECK(b->minimumWidth() >= 48);
        }
        for (auto* e : screen->findChildren<QLineEdit*>()) {
            named(e);
            CHECK(e->minimumHeight() >= 48);
        }
        for (auto* l : screen->findChildren<QLabel*>())
            named(l);
        for (auto* v : screen->findChildren<QTableView*>()) {
            named(v);
            CHECK(v->verticalHeader()->defaultSectionSize() >= 48);
        }
    }
}
