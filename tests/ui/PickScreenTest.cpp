// The pick screen with real widgets on a real store file, in the kiosk built as the appliance builds it
// (addWorkflowScreens), logged in by badge scan: a whole order picked by scans and the keypad, wrong bin and
// wrong item refused in red with the store's sentence and nothing written, a picker's short pick held until a
// supervisor approves it (the event names the approver), a supervisor's skip done directly, and the pick list
// model paging lazily through 10,000 open tasks.
#include "PickScreen.h"
#include "Feedback.h"
#include "KioskScreens.h"
#include "KioskWindow.h"
#include "LoginScreen.h"
#include "PickListModel.h"
#include "Session.h"
#include "StaffDirectory.h"
#include "StoreWorker.h"

#include "DemoData.h"
#include "TestSupport.h"
#include "TryMacros.h"

#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>


using namespace wh;

namespace {

const TenantContext kAcme(QStringLiteral("acme"));
const QString kOrder = QStringLiteral("ACME-SO-5001");


struct PickFixture
{
    test::StoreFixture f;
    std::unique_ptr<ui::StoreWorker> worker;
    std::unique_ptr<ui::KioskWindow> kiosk;
    ui::PickScreen* screen = nullptr;
    PickTask task; // the demo order's task, as planned

    PickFixture()
    {
        WH_REQUIRE_OK(db::DemoData::seedIfEmpty(f.store()));
        db::StaffDirectory staff(f.store().connection(), f.clock(), test::fastStaffPolicy());
        const QStringList acme{QStringLiteral("acme")};
        WH_REQUIRE_OK(
            staff.save(User{QStringLiteral("1001"), QStringLiteral("Pia Picker"), Role::Picker, acme},
                       QStringLiteral("4711"), QStringLiteral("BADGE-1001")));
        WH_REQUIRE_OK(
            staff.save(User{QStringLiteral("1002"), QStringLiteral("Pat Picker"), Role::Picker, acme},
                       QStringLiteral("4712"), QStringLiteral("BADGE-1002")));
        WH_REQUIRE_OK(
            staff.save(User{QStringLiteral("9001"), QStringLiteral("Sam Supervisor"), Role::Supervisor, acme},
                       QStringLiteral("9999"), QStringLiteral("BADGE-9001")));
        // A supervisor released one demo order for picking (pickers do not plan).
        PlanPicking plan;
        plan.orderIds = QStringList{kOrder};
        WH_REQUIRE_OK(f.store().planPicking(kAcme, f.actor(), plan));
        auto rows = f.store().pickList(kAcme, 0, 10);
        WH_REQUIRE_OK(rows);
        REQUIRE(rows->size() == 1);
        auto planned = f.store().pickTask(kAcme, rows->first().taskId);
        WH_REQUIRE_OK(planned);
        task = *planned;
        REQUIRE(task.lines.size() == 2);

        auto opened = ui::StoreWorker::open(f.path(), &f.clock());
        WH_REQUIRE_OK(opened);
        worker = std::move(*opened);
        kiosk = std::make_unique<ui::KioskWindow>(*worker, QStringLiteral("station-1"));
        kiosk->setStaffPolicy(test::fastStaffPolicy());
        ui::addWorkflowScreens(*kiosk);
        screen = qobject_cast<ui::PickScreen*>(kiosk->screen(QStringLiteral("pick")));
        REQUIRE(screen);
        kiosk->resize(1280, 800);
        kiosk->show();
        REQUIRE(QTest::qWaitForWindowExposed(kiosk.get()));
    }

    template <typename T> T* find(const QString& name)
    {
        auto* w = kiosk->findChild<T*>(name);
        INFO(name.toStdString());
        REQUIRE(w);
        return w;
    }
    void click(const QString& name, QWidget* within = nullptr)
    {
        auto* b = within ? within->findChild<QPushButton*>(name) : find<QPushButton>(name);
        INFO(name.toStdString());
        REQUIRE(b);
        WH_TRY_VERIFY(b->isVisible());
        REQUIRE(b->isEnabled());
        QTest::mouseClick(b, Qt::LeftButton);
    }
    // The pick screen's own keypad (the login screen and the approval panel have theirs).
    void typeQuantity(const QString& digits)
    {
        auto* stop = find<QWidget>(QStringLiteral("pickStopPage"));
        click(QStringLiteral("keypad_clear"), stop);
        for (const QChar d : digits)
            click(QStringLiteral("keypad_") + d, stop);
    }
    void scan(const QString& text)
    {
        auto* input = find<QLineEdit>(QStringLiteral("scanInput"));
        QTest::keyClicks(input, text);
        QTest::keyClick(input, Qt::Key_Return);
    }
    // A scan the screen sends to the store: wait for the answer.
    void scanAndWait(const QString& text)
    {
        QSignalSpy settled(screen, &ui::PickScreen::settled);
        scan(text);
        WH_TRY_VERIFY(settled.size() >= 1);
    }
    void login(const QString& badge)
    {
        scan(badge);
        WH_TRY_COMPARE(kiosk->currentScreenName(), QStringLiteral("home"));
        click(QStringLiteral("task_pick"));
        WH_TRY_COMPARE(kiosk->currentScreenName(), QStringLiteral("pick"));
    }
    void startPicking()
    {
        QSignalSpy settled(screen, &ui::PickScreen::settled);
        click(QStringLiteral("pickStartButton"));
        WH_TRY_COMPARE(settled.size(), 1);
        REQUIRE(screen->step() == ui::PickScreen::Step::Bin);
    }
    void confirm()
    {
        QSignalSpy settled(screen, &ui::PickScreen::settled);
        click(QStringLiteral("pickConfirmButton"));
        WH_TRY_COMPARE(settled.size(), 1);
    }
    QString text(const QString& label) { return find<QLabel>(label)->text(); }
    QString banner() { return find<ui::Feedback>(QStringLiteral("feedbackBanner"))->text(); }
    ui::Feedback::Tone tone() { return kiosk->feedback().lastTone(); }
    QString gtinOf(const QString& sku)
    {
        auto s = f.store().sku(kAcme, sku);
        REQUIRE(s.ok());
        return s->gtin;
    }
    PickTask taskNow()
    {
        auto t = f.store().pickTask(kAcme, task.id);
        REQUIRE(t.ok());
        return *t;
    }
};

} // namespace

TEST_CASE("a picker picks a whole order: bin, item, tote and quantity scanned stop by stop", "[ui][pick]")
{
    PickFixture k;
    k.login(QStringLiteral("BADGE-1001"));
    CHECK(k.kiosk->homeScreen().visibleTasks().contains(QStringLiteral("pick")));
    // The list shows the released task before anything starts.
    auto* view = k.find<QTableView>(QStringLiteral("ordersView"));
    WH_TRY_COMPARE(view->model()->rowCount(), 1);
    CHECK(view->model()->index(0, ui::PickListModel::TaskColumn).data().toString() == k.task.id);
    CHECK(k.find<QPushButton>(QStringLiteral("pickStartButton"))->focusPolicy() == Qt::NoFocus);
    CHECK(k.find<QPushButton>(QStringLiteral("pickStartButton"))->height() >= 48);

    k.startPicking();
    const PickTaskLine first = k.task.lines[0];
    const PickTaskLine second = k.task.lines[1];
    CHECK(k.text(QStringLiteral("pickBinLabel")) == first.key.location);
    CHECK(k.text(QStringLiteral("pickItemLabel")).startsWith(first.key.sku));
    CHECK(k.text(QStringLiteral("pickQuantityLabel")) == QStringLiteral("Take %1").arg(first.quantity));
    CHECK(k.text(QStringLiteral("pickProgress")).contains(QStringLiteral("stop 1 of 2")));
    CHECK(k.text(QStringLiteral("pickStepLabel")) == QStringLiteral("Scan the bin."));

    k.scanAndWait(first.key.location);
    CHECK(k.tone() == ui::Feedback::Tone::Accepted);
    CHECK(k.screen->step() == ui::PickScreen::Step::Item);
    // The item as a GS1-128 with its GTIN, as a case label carries it.
    const QString gtin = k.gtinOf(first.key.sku);
    REQUIRE_FALSE(gtin.isEmpty());
    k.scanAndWait(QStringLiteral("]C101") + gtin.rightJustified(14, QLatin1Char('0')));
    CHECK(k.tone() == ui::Feedback::Tone::Accepted);
    CHECK(k.screen->step() == ui::PickScreen::Step::Tote);
    k.scan(QStringLiteral("TOTE-7"));
    WH_TRY_COMPARE(k.screen->step(), ui::PickScreen::Step::Quantity);
    CHECK(k.text(QStringLiteral("pickToteLabel")).contains(QStringLiteral("TOTE-7")));

    // One unit now (typed on the keypad), the other after scanning again: the tote is known by then.
    REQUIRE(first.quantity == 2);
    k.typeQuantity(QStringLiteral("1"));
    k.confirm();
    CHECK(k.tone() == ui::Feedback::Tone::Accepted);
    CHECK(k.banner() == QStringLiteral("1 x %1 picked into tote TOTE-7.").arg(first.key.sku));
    CHECK(k.text(QStringLiteral("pickProgress")).contains(QStringLiteral("stop 1 of 2, 1 of 3 units")));
    CHECK(k.text(QStringLiteral("pickQuantityLabel")) == QStringLiteral("Take 1"));
    CHECK(k.taskNow().lines[0].picked == 1);
    k.scanAndWait(first.key.location);
    k.scanAndWait(first.key.sku);
    CHECK(k.screen->step() == ui::PickScreen::Step::Quantity);
    k.confirm();

    CHECK(k.text(QStringLiteral("pickBinLabel")) == second.key.location);
    CHECK(k.text(QStringLiteral("pickProgress")).contains(QStringLiteral("stop 2 of 2, 2 of 3 units")));
    k.scanAndWait(second.key.location);
    k.scanAndWait(second.key.sku);
    k.confirm();

    // The last stop ends the task: the list again, now empty, and the store holds every line picked.
    CHECK(k.tone() == ui::Feedback::Tone::Accepted);
    CHECK(k.banner().contains(QStringLiteral("Task %1 is done. Units picked: 3.").arg(k.task.id)));
    CHECK_FALSE(k.screen->task().has_value());
    CHECK(k.screen->step() == ui::PickScreen::Step::NoTask);
    WH_TRY_COMPARE(k.text(QStringLiteral("pickListStatus")), QStringLiteral("No pick task is waiting."));
    CHECK(view->model()->rowCount() == 0);
    const PickTask after = k.taskNow();
    CHECK(after.status == PickTaskStatus::Done);
    CHECK(after.totes.value(kOrder) == QStringLiteral("TOTE-7"));
    for (const PickTaskLine& l : after.lines)
        CHECK(l.picked == l.quantity);
    auto reservation = k.f.store().reservation(kAcme, kOrder);
    WH_REQUIRE_OK(reservation);
    for (const Allocation& a : reservation->allocations)
        CHECK(a.picked == a.quantity);
    auto order = k.f.store().order(kAcme, kOrder);
    WH_REQUIRE_OK(order);
    CHECK(order->status == OrderStatus::Processing);
    for (const RecordedEvent& e : test::loggedEvents(k.f.store()))
        if (e.type == EventType::StockPicked)
            CHECK(e.actor.userId == QStringLiteral("1001"));

    // Nothing left, and a picker does not release orders: said so, nothing planned.
    const auto events = k.f.store().counts()->events;
    QSignalSpy settled(k.screen, &ui::PickScreen::settled);
    k.click(QStringLiteral("pickStartButton"));
    WH_TRY_COMPARE(settled.size(), 1);
    CHECK(k.tone() == ui::Feedback::Tone::Refused);
    CHECK(k.banner() == QStringLiteral("No pick task is waiting. A supervisor releases orders for picking."));
    CHECK(k.f.store().counts()->events == events);
}

TEST_CASE("tapping a task in the list takes that task", "[ui][pick]")
{
    PickFixture k;
    WH_REQUIRE_OK(k.f.store().planPicking(kAcme, k.f.actor(), PlanPicking{}));
    k.login(QStringLiteral("BADGE-1001"));
    auto* view = k.find<QTableView>(QStringLiteral("ordersView"));
    WH_TRY_COMPARE(view->model()->rowCount(), 3);
    CHECK(view->verticalHeader()->defaultSectionSize() >= 48);
    auto rows = k.f.store().pickList(kAcme, 0, 10);
    WH_REQUIRE_OK(rows);
    REQUIRE(rows->size() == 3);
    const QModelIndex third = view->model()->index(2, ui::PickListModel::OrdersColumn);
    QSignalSpy settled(k.screen, &ui::PickScreen::settled);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(third).center());
    WH_TRY_COMPARE(settled.size(), 1);
    REQUIRE(k.screen->task().has_value());
    CHECK(k.screen->task()->id == rows->at(2).taskId);
    auto chosen = k.f.store().pickTask(kAcme, rows->at(2).taskId);
    WH_REQUIRE_OK(chosen);
    CHECK(k.text(QStringLiteral("pickBinLabel")) == chosen->lines.first().key.location);
    CHECK(k.text(QStringLiteral("pickProgress"))
              .startsWith(QStringLiteral("Task %1: stop 1 of").arg(chosen->id)));
    // Back to the list: the task waits there for later.
    k.click(QStringLiteral("pickLeaveButton"));
    CHECK_FALSE(k.screen->task().has_value());
    WH_TRY_COMPARE(view->model()->rowCount(), 3);
}

TEST_CASE("a wrong bin or a wrong item is refused in red with the store's reason, and nothing is written",
          "[ui][pick]")
{
    PickFixture k;
    k.login(QStringLiteral("BADGE-1001"));
    k.startPicking();
    const PickTaskLine first = k.task.lines[0];
    const QString wrongBin = k.task.lines[1].key.location;
    REQUIRE(wrongBin != first.key.location);
    const QString before = test::dumpDatabase(k.f.store().connection());

    k.scanAndWait(wrongBin);
    CHECK(k.tone() == ui::Feedback::Tone::Refused);
    const Status expected = k.f.store().checkPickBin(kAcme, k.task.id, first.seqNo, wrongBin);
    REQUIRE_FALSE(expected.ok());
    CHECK(k.banner() == expected.error().message);
    CHECK(k.find<ui::Feedback>(QStringLiteral("feedbackBanner"))->property("tone").toString() ==
          QStringLiteral("refused"));
    CHECK(k.screen->step() == ui::PickScreen::Step::Bin);

    k.scanAndWait(first.key.location);
    CHECK(k.screen->step() == ui::PickScreen::Step::Item);
    const QString wrongItem = k.task.lines[1].key.sku;
    k.scanAndWait(wrongItem);
    CHECK(k.tone() == ui::Feedback::Tone::Refused);
    const Status wrong =
        k.f.store().checkPickItem(kAcme, k.task.id, first.seqNo, ScannedItem{wrongItem, {}, {}});
    REQUIRE_FALSE(wrong.ok());
    CHECK(k.banner() == wrong.error().message);
    CHECK(k.screen->step() == ui::PickScreen::Step::Item);
    // A garbled scan is refused by the screen itself, with the decoder's reason.
    k.scan(QStringLiteral("]C1"));
    WH_TRY_VERIFY(k.banner().startsWith(QStringLiteral("Scan not read: ")));
    CHECK(test::dumpDatabase(k.f.store().connection()) == before);

    // Bin and item back to back, faster than the store answers: the second waits its turn.
    k.click(QStringLiteral("pickLeaveButton"));
    k.startPicking();
    QSignalSpy settled(k.screen, &ui::PickScreen::settled);
    k.scan(first.key.location);
    k.scan(first.key.sku);
    WH_TRY_COMPARE(settled.size(), 2);
    CHECK(k.screen->step() == ui::PickScreen::Step::Tote);
    CHECK(test::dumpDatabase(k.f.store().connection()) == before);
}

TEST_CASE("a picker's short pick waits for a supervisor's approval, and the event names the approver",
          "[ui][pick]")
{
    PickFixture k;
    k.login(QStringLiteral("BADGE-1001"));
    k.startPicking();
    const PickTaskLine first = k.task.lines[0];
    k.scanAndWait(first.key.location);
    k.scanAndWait(first.key.sku);
    k.scan(QStringLiteral("TOTE-3"));
    WH_TRY_COMPARE(k.screen->step(), ui::PickScreen::Step::Quantity);
    const auto eventsBefore = k.f.store().counts()->events;

    // Found one of the two.
    k.typeQuantity(QStringLiteral("1"));
    k.click(QStringLiteral("pickShortButton"));
    auto* panel = k.find<QWidget>(QStringLiteral("pickApprovalPanel"));
    WH_TRY_VERIFY(panel->isVisible());
    CHECK_FALSE(k.find<QPushButton>(QStringLiteral("pickOverrideConfirmButton"))->isVisible());
    Actor alone = k.kiosk->session().actor();
    const Status needs = Permissions::check(alone, Permission::PickOverride);
    REQUIRE(needs.error().code == ErrorCode::ApprovalRequired);
    CHECK(k.banner() == needs.error().message);
    CHECK(k.text(QStringLiteral("pickOverridePrompt")).contains(QStringLiteral("1 of 2")));
    // Without the approval the store refuses it too, and nothing happened.
    const auto refused = k.f.store().reportShort(
        kAcme, alone, ReportShort{k.task.id, first.seqNo, 1, QStringLiteral("TOTE-3")});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::ApprovalRequired);
    CHECK(k.f.store().counts()->events == eventsBefore);

    // A colleague is no supervisor.
    k.scan(QStringLiteral("BADGE-1002"));
    WH_TRY_COMPARE(k.tone(), ui::Feedback::Tone::Refused);
    CHECK(k.banner() == QStringLiteral("1002 is not a supervisor: only a supervisor may approve this."));
    CHECK(panel->isVisible());
    CHECK(k.f.store().counts()->events == eventsBefore);
    CHECK(k.taskNow().lines[0].shortQuantity == 0);

    // The supervisor's staff number and PIN on the panel's keypad.
    k.click(QStringLiteral("approvalNumberSelect"), panel);
    for (const QChar d : QStringLiteral("9001"))
        k.click(QStringLiteral("keypad_") + d, panel);
    k.click(QStringLiteral("approvalPinSelect"), panel);
    for (const QChar d : QStringLiteral("9999"))
        k.click(QStringLiteral("keypad_") + d, panel);
    QSignalSpy settled(k.screen, &ui::PickScreen::settled);
    k.click(QStringLiteral("approvalButton"), panel);
    WH_TRY_COMPARE(settled.size(), 1);
    CHECK(k.tone() == ui::Feedback::Tone::Accepted);
    CHECK(k.banner().startsWith(
        QStringLiteral("Short pick recorded at bin %1: 1 found.").arg(first.key.location)));
    const PickTask after = k.taskNow();
    CHECK(after.lines[0].picked == 1);
    CHECK(after.lines[0].shortQuantity == 1);
    bool named = false;
    for (const RecordedEvent& e : test::loggedEvents(k.f.store()))
        if (e.type == EventType::PickShort) {
            CHECK(e.actor.userId == QStringLiteral("1001"));
            CHECK(e.payloadObject().value(QStringLiteral("approvedBy")).toString() == QStringLiteral("9001"));
            named = true;
        }
    CHECK(named);
    // On to the next stop with something to pick (the shortage may have been re-allocated onto the task).
    CHECK(k.screen->step() == ui::PickScreen::Step::Bin);
    CHECK(k.screen->currentSeqNo() != first.seqNo);
}

TEST_CASE("a supervisor skips a bin directly, with a reason", "[ui][pick]")
{
    PickFixture k;
    k.login(QStringLiteral("BADGE-9001"));
    k.startPicking();
    // A supervisor's Start picking released the other demo orders too; the most urgent task comes first.
    CHECK(k.screen->task()->id == k.task.id);
    const PickTaskLine first = k.task.lines[0];
    k.click(QStringLiteral("pickSkipButton"));
    WH_TRY_VERIFY(k.find<QPushButton>(QStringLiteral("pickOverrideConfirmButton"))->isVisible());
    CHECK_FALSE(k.find<QWidget>(QStringLiteral("pickApprovalPanel"))->isVisible());
    k.click(QStringLiteral("pickSkipReasonOutOfReach"));
    QSignalSpy settled(k.screen, &ui::PickScreen::settled);
    k.click(QStringLiteral("pickOverrideConfirmButton"));
    WH_TRY_COMPARE(settled.size(), 1);
    CHECK(k.tone() == ui::Feedback::Tone::Accepted);
    CHECK(k.taskNow().lines[0].cancelledQuantity == first.quantity);
    CHECK(k.text(QStringLiteral("pickBinLabel")) == k.task.lines[1].key.location);
    bool found = false;
    for (const RecordedEvent& e : test::loggedEvents(k.f.store()))
        if (e.type == EventType::PickLinesCancelled) {
            CHECK(e.actor.userId == QStringLiteral("9001"));
            CHECK(QString::fromUtf8(e.payload).contains(QStringLiteral("Bin out of reach")));
            found = true;
        }
    CHECK(found);
}

TEST_CASE("the pick list pages lazily through 10,000 open tasks", "[ui][pick]")
{
    db::StoreOptions options;
    options.durability = db::StoreOptions::Durability::Normal;
    test::StoreFixture f(options);
    const TenantContext t = f.addTenant(QStringLiteral("bulk"));
    const QString sku = QStringLiteral("BULK-SKU1");
    WH_REQUIRE_OK(
        f.store().receive(t, f.actor(), ReceiveStock{sku, QStringLiteral("BULK-PICK"), {}, {}, 20'000}));
    constexpr int kOrders = 10'000;
    QList<db::Store::Handler> handlers;
    for (int i = 1; i <= kOrders; ++i) {
        Order order;
        order.id = QStringLiteral("BULK-%1").arg(i, 5, 10, QLatin1Char('0'));
        order.status = OrderStatus::Paid;
        order.service = QStringLiteral("Standard");
        order.promisedDate = f.clock().today().addDays(1 + i % 20);
        order.lines = {OrderLine{1, sku, 1, Money::fromMinor(1000)}};
        handlers.append([order](Inventory& inventory) { return inventory.reserve(order); });
    }
    WH_REQUIRE_OK(f.store().executeBatch(t, f.actor(), handlers));
    WH_REQUIRE_OK(f.store().planPicking(t, f.actor(), PlanPicking{PickStrategy::Single, 1, {}}));

    auto opened = ui::StoreWorker::open(f.path(), &f.clock());
    WH_REQUIRE_OK(opened);
    ui::PickListModel model(**opened);
    model.setPageSize(100);
    QTableView view;
    view.setModel(&model);
    view.resize(800, 600);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    model.reload(t);
    // Only the first page, read on the worker.
    CHECK(model.rowCount() == 0);
    WH_TRY_COMPARE(model.rowCount(), 100);
    CHECK(model.canFetchMore());
    QTest::qWait(50);
    CHECK(model.rowCount() == 100); // nothing more until the view scrolls

    // Scrolling to the end asks for the next page, one page at a time.
    while (model.rowCount() < 5000) {
        const int before = model.rowCount();
        view.scrollToBottom();
        WH_TRY_VERIFY(model.rowCount() > before);
        CHECK(model.rowCount() - before == 100);
    }
    auto deep = f.store().pickList(t, 4321, 1);
    WH_REQUIRE_OK(deep);
    REQUIRE(deep->size() == 1);
    CHECK(model.index(4321, ui::PickListModel::TaskColumn).data().toString() == deep->first().taskId);
    CHECK(model.index(4321, ui::PickListModel::OrdersColumn).data().toInt() == 1);
    CHECK(model.index(4321, ui::PickListModel::LinesColumn).data().toInt() == 1);

    while (model.canFetchMore() || model.loading()) {
        model.fetchMore();
        WH_TRY_VERIFY(!model.loading());
    }
    CHECK(model.atEnd());
    CHECK(model.rowCount() == kOrders);
    auto last = f.store().pickList(t, kOrders - 1, 1);
    WH_REQUIRE_OK(last);
    CHECK(model.row(kOrders - 1).taskId == last->first().taskId);
    // Most urgent first, every task once.
    QSet<QString> ids;
    for (int i = 0; i < model.rowCount(); ++i) {
        ids.insert(model.row(i).taskId);
        if (i > 0)
            REQUIRE(model.row(i - 1).promisedDate <= model.row(i).promisedDate);
    }
    CHECK(ids.size() == kOrders);
}

TEST_CASE(
    "a tote holding another order, too many units and a short of everything are refused, nothing written",
    "[ui][pick]")
{
    PickFixture k;
    // Another order's task has a unit in tote TOTE-X already.
    WH_REQUIRE_OK(k.f.store().planPicking(kAcme, k.f.actor(), PlanPicking{}));
    auto rows = k.f.store().pickList(kAcme, 0, 10);
    WH_REQUIRE_OK(rows);
    std::optional<PickTask> other;
    for (const PickListRow& row : *rows) {
        auto t = k.f.store().pickTask(kAcme, row.taskId);
        WH_REQUIRE_OK(t);
        if (t->orderIds().contains(QStringLiteral("ACME-SO-5002")))
            other = *t;
    }
    REQUIRE(other);
    const PickTaskLine& o = other->lines.first();
    WH_REQUIRE_OK(
        k.f.store().confirmPick(kAcme, k.f.actor(),
                                ConfirmPick{other->id, o.seqNo, o.key.location,
                                            ScannedItem{o.key.sku, {}, {}}, 1, QStringLiteral("TOTE-X")}));
    const QString before = test::dumpDatabase(k.f.store().connection());

    k.login(QStringLiteral("BADGE-1001"));
    k.startPicking();
    REQUIRE(k.screen->task()->id == k.task.id);
    const PickTaskLine first = k.task.lines[0];
    k.scanAndWait(first.key.location);
    k.scanAndWait(first.key.sku);
    k.scan(QStringLiteral("TOTE-X"));
    WH_TRY_COMPARE(k.screen->step(), ui::PickScreen::Step::Quantity);
    k.confirm();
    CHECK(k.tone() == ui::Feedback::Tone::Refused);
    CHECK(k.banner() ==
          QStringLiteral("Tote TOTE-X already holds order ACME-SO-5002: take an empty tote for order "
                         "ACME-SO-5001."));
    CHECK(k.screen->step() == ui::PickScreen::Step::Tote);
    CHECK(k.text(QStringLiteral("pickToteLabel")) == QStringLiteral("Order ACME-SO-5001, no tote yet"));

    k.scan(QStringLiteral("TOTE-Y"));
    WH_TRY_COMPARE(k.screen->step(), ui::PickScreen::Step::Quantity);
    // More than the stop holds: the store's over-pick refusal.
    k.typeQuantity(QStringLiteral("5"));
    k.confirm();
    CHECK(k.tone() == ui::Feedback::Tone::Refused);
    const auto over =
        k.f.store().confirmPick(kAcme, k.kiosk->session().actor(),
                                ConfirmPick{k.task.id, first.seqNo, first.key.location,
                                            ScannedItem{first.key.sku, {}, {}}, 5, QStringLiteral("TOTE-Y")});
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().code == ErrorCode::OverPick);
    CHECK(k.banner() == over.error().message);
    CHECK(k.screen->step() == ui::PickScreen::Step::Quantity);
    // Nothing typed: the screen asks for a quantity.
    k.typeQuantity(QString());
    k.click(QStringLiteral("pickConfirmButton"));
    CHECK(k.banner() == QStringLiteral("Type the quantity you picked on the keypad."));
    // A short pick that finds everything is no short pick.
    k.typeQuantity(QStringLiteral("2"));
    k.click(QStringLiteral("pickShortButton"));
    CHECK(k.tone() == ui::Feedback::Tone::Refused);
    CHECK(k.banner() == QStringLiteral("Type the units you found on the keypad (0 to 1), then tap Short."));
    CHECK(k.find<QWidget>(QStringLiteral("pickStopPage"))->isVisible());
    // Asked, then cancelled: back at the stop, nothing done.
    k.typeQuantity(QStringLiteral("0"));
    k.click(QStringLiteral("pickShortButton"));
    auto* panel = k.find<QWidget>(QStringLiteral("pickApprovalPanel"));
    WH_TRY_VERIFY(panel->isVisible());
    k.click(QStringLiteral("approvalCancelButton"), panel);
    WH_TRY_VERIFY(k.find<QWidget>(QStringLiteral("pickStopPage"))->isVisible());
    CHECK(k.screen->step() == ui::PickScreen::Step::Bin);
    CHECK(test::dumpDatabase(k.f.store().connection()) == before);
}
