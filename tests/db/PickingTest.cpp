// Picking end to end on a real store file: planning tasks, scan-to-confirm, refusals that change nothing,
// short picks with re-allocation or a shortfall for the central service.
#include "DemoData.h"
#include "TestSupport.h"

#include <QJsonArray>

using namespace wh;
using wh::db::ActionReceipt;
using wh::test::configureShipping;
using wh::test::dumpDatabase;
using wh::test::packAndShip;
using wh::test::StoreFixture;
using wh::test::testAddress;

namespace {

struct PickingFixture
{
    StoreFixture f;
    TenantContext acme{QStringLiteral("acme")};
    QString gtin = db::DemoData::withCheckDigit(QStringLiteral("061414100001")); // GTIN-13

    PickingFixture()
    {
        acme = f.addTenant(QStringLiteral("acme"));
        Sku scanned;
        scanned.code = QStringLiteral("ACME-GTIN");
        scanned.gtin = gtin;
        scanned.description = QStringLiteral("Camp mug");
        scanned.weightGrams = 300;
        WH_REQUIRE_OK(store().defineSku(acme, actor(), scanned));
        Sku lotted;
        lotted.code = QStringLiteral("ACME-LOT");
        lotted.lotTracked = true;
        lotted.weightGrams = 120;
        WH_REQUIRE_OK(store().defineSku(acme, actor(), lotted));
        WH_REQUIRE_OK(store().defineLocation(
            acme, actor(), {QStringLiteral("ACME-PICK2"), QStringLiteral("Z2"), LocationType::Pick, 5}));
        receive(QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-PICK"), 20);
        receive(QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-BULK"), 100);
        receive(QStringLiteral("ACME-GTIN"), QStringLiteral("ACME-PICK2"), 30);
        WH_REQUIRE_OK(store().receive(acme, actor(),
                                      {QStringLiteral("ACME-LOT"), QStringLiteral("ACME-PICK"),
                                       QStringLiteral("L1"), f.clock().today().addDays(40), 30}));
        WH_REQUIRE_OK(configureShipping(store(), acme, actor()));
    }

    db::Store& store() { return f.store(); }
    const Actor& actor() const { return f.actor(); }
    void receive(const QString& sku, const QString& bin, std::int64_t quantity)
    {
        WH_REQUIRE_OK(store().receive(acme, actor(), {sku, bin, {}, {}, quantity}));
    }
    void order(const QString& id, QList<OrderLine> lines, OrderStatus status = OrderStatus::Paid,
               const QString& service = QStringLiteral("Standard"), int promisedInDays = 3)
    {
        Order o;
        o.id = id;
        o.status = status;
        o.lines = std::move(lines);
        o.service = service;
        o.promisedDate = f.clock().today().addDays(promisedInDays);
        o.shipTo = testAddress(QStringLiteral("Customer of ") + id);
        WH_REQUIRE_OK(store().reserve(acme, actor(), o));
    }
    static OrderLine line(int no, const QString& sku, std::int64_t quantity)
    {
        return OrderLine{no, sku, quantity, Money::fromMinor(1000)};
    }
    QList<PickTask> plan(PickStrategy strategy, int maxOrders = 8, QStringList orders = {})
    {
        auto receipt = store().planPicking(acme, actor(), {strategy, maxOrders, orders});
        WH_REQUIRE_OK(receipt);
        QList<PickTask> tasks;
        for (const RecordedEvent& e : receipt->events) {
            REQUIRE(e.type == EventType::PickTaskCreated);
            auto task = store().pickTask(acme, e.aggregateId);
            WH_REQUIRE_OK(task);
            tasks.append(*task);
        }
        return tasks;
    }
    Result<ActionReceipt> confirm(const PickTask& task, int seqNo, const QString& tote,
                                  std::optional<std::int64_t> quantity = std::nullopt)
    {
        const PickTaskLine& l = task.lines.at(seqNo - 1);
        return store().confirmPick(acme, actor(),
                                   {task.id, seqNo, l.key.location,
                                    ScannedItem{l.key.sku, l.key.lot, l.expiry}, quantity.value_or(l.open()),
                                    tote});
    }
};

QStringList types(const ActionReceipt& receipt)
{
    QStringList result;
    for (const RecordedEvent& e : receipt.events)
        result.append(e.type);
    return result;
}

} // namespace

TEST_CASE("single-order tasks list their lines in pick-path order", "[db][picking][plan]")
{
    PickingFixture p;
    p.order(QStringLiteral("SO-1"), {PickingFixture::line(1, QStringLiteral("ACME-SKU1"), 25),
                                     PickingFixture::line(2, QStringLiteral("ACME-GTIN"), 2)});
    p.order(QStringLiteral("SO-2"), {PickingFixture::line(1, QStringLiteral("ACME-GTIN"), 1)},
            OrderStatus::Paid, QStringLiteral("Express"), 1);
    p.order(QStringLiteral("SO-3"), {PickingFixture::line(1, QStringLiteral("ACME-SKU1"), 1)},
            OrderStatus::PendingPayment);

    const QList<PickTask> tasks = p.plan(PickStrategy::Single);
    REQUIRE(tasks.size() == 2);                                        // SO-3 is not paid: not picked yet
    CHECK(tasks[0].orderIds() == QStringList{QStringLiteral("SO-2")}); // promised first, planned first
    const PickTask& so1 = tasks[1];
    REQUIRE(so1.lines.size() == 3); // 20 from the pick face, 5 from bulk, 2 of the GTIN item
    QStringList walk;
    for (const PickTaskLine& l : so1.lines)
        walk.append(l.key.location);
    CHECK(walk == QStringList{QStringLiteral("ACME-PICK"), QStringLiteral("ACME-PICK2"),
                              QStringLiteral("ACME-BULK")});
    CHECK(so1.lines[0].seqNo == 1);
    CHECK(so1.lines[0].quantity == 20);
    CHECK(so1.lines[2].quantity == 5);
    CHECK(so1.status == PickTaskStatus::Open);

    // The pick list: most urgent first, with what is left to do.
    auto list = p.store().pickList(p.acme, 0, 20);
    WH_REQUIRE_OK(list);
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).taskId == tasks[0].id);
    CHECK(list->at(0).promisedDate == p.f.clock().today().addDays(1));
    CHECK(list->at(1).openLines == 3);
    CHECK(list->at(1).orderCount == 1);
    CHECK(p.store().pickList(p.acme, 1, 20)->size() == 1);

    auto again = p.store().planPicking(p.acme, p.actor(), {PickStrategy::Single, 8, {}});
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::NothingToPick);

    // Paid now: SO-3 is planned on the next run.
    WH_REQUIRE_OK(p.store().changeStatus(p.acme, p.actor(), QStringLiteral("SO-3"), OrderStatus::Paid));
    CHECK(p.plan(PickStrategy::Single).size() == 1);
}

TEST_CASE("batch, wave and zone strategies group orders as documented", "[db][picking][plan]")
{
    PickingFixture p;
    for (int i = 1; i <= 5; ++i)
        p.order(QStringLiteral("SO-%1").arg(i),
                {PickingFixture::line(1, QStringLiteral("ACME-SKU1"), 1),
                 PickingFixture::line(2, QStringLiteral("ACME-GTIN"), 1)},
                OrderStatus::Paid, i <= 3 ? QStringLiteral("Standard") : QStringLiteral("Express"),
                i <= 3 ? 3 : 1);

    SECTION("batch: at most N orders a walk")
    {
        const QList<PickTask> tasks = p.plan(PickStrategy::Batch, 2);
        REQUIRE(tasks.size() == 3);
        CHECK(tasks[0].orderIds().size() == 2);
        CHECK(tasks[2].orderIds().size() == 1);
        for (const PickTask& t : tasks)
            CHECK(t.strategy == PickStrategy::Batch);
    }
    SECTION("wave: same promised date and service together")
    {
        const QList<PickTask> tasks = p.plan(PickStrategy::Wave, 8);
        REQUIRE(tasks.size() == 2);
        QStringList waves{tasks[0].waveId, tasks[1].waveId};
        waves.sort();
        const QDate today = p.f.clock().today();
        CHECK(waves ==
              QStringList{
                  QStringLiteral("W%1-Express").arg(today.addDays(1).toString(QStringLiteral("yyyyMMdd"))),
                  QStringLiteral("W%1-Standard").arg(today.addDays(3).toString(QStringLiteral("yyyyMMdd")))});
        for (const PickTask& t : tasks)
            CHECK(t.orderIds().size() == (t.waveId.endsWith(QStringLiteral("Express")) ? 2 : 3));
    }
    SECTION("zone: one task a zone, each order's lines split between them")
    {
        const QList<PickTask> tasks = p.plan(PickStrategy::Zone, 8);
        REQUIRE(tasks.size() == 2);
        QStringList zones{tasks[0].zone, tasks[1].zone};
        zones.sort();
        CHECK(zones == QStringList{QStringLiteral("Z1"), QStringLiteral("Z2")});
        for (const PickTask& t : tasks) {
            CHECK(t.orderIds().size() == 5);
            for (const PickTaskLine& l : t.lines)
                CHECK(l.zone == t.zone);
        }
    }
}

TEST_CASE("scan-to-confirm picks into a tote and completes the task", "[db][picking][confirm]")
{
    PickingFixture p;
    p.order(QStringLiteral("SO-1"), {PickingFixture::line(1, QStringLiteral("ACME-GTIN"), 3),
                                     PickingFixture::line(2, QStringLiteral("ACME-LOT"), 2)});
    const PickTask task = p.plan(PickStrategy::Single).at(0);
    REQUIRE(task.lines.size() == 2);
    const PickTaskLine& mug =
        task.lines[1].key.sku == QStringLiteral("ACME-GTIN") ? task.lines[1] : task.lines[0];
    const PickTaskLine& lot =
        task.lines[1].key.sku == QStringLiteral("ACME-LOT") ? task.lines[1] : task.lines[0];

    // The mug by its GTIN-14, as a GS1 scan carries it: two units first, then the last one.
    auto first = p.store().confirmPick(p.acme, p.actor(),
                                       {task.id, mug.seqNo, mug.key.location,
                                        ScannedItem{QStringLiteral("0") + p.gtin, {}, {}}, 2,
                                        QStringLiteral("TOTE-1")});
    WH_REQUIRE_OK(first);
    CHECK(types(*first) ==
          QStringList{EventType::PickStarted, EventType::OrderStatusChanged, EventType::StockPicked});
    const QJsonObject picked = first->events.last().payloadObject();
    CHECK(picked.value(QStringLiteral("taskId")).toString() == task.id);
    CHECK(picked.value(QStringLiteral("tote")).toString() == QStringLiteral("TOTE-1"));
    CHECK(p.store().order(p.acme, QStringLiteral("SO-1"))->status == OrderStatus::Processing);
    CHECK(p.store().pickTask(p.acme, task.id)->status == PickTaskStatus::InProgress);

    WH_REQUIRE_OK(p.confirm(*p.store().pickTask(p.acme, task.id), mug.seqNo, QStringLiteral("TOTE-1")));
    auto last = p.confirm(*p.store().pickTask(p.acme, task.id), lot.seqNo, QStringLiteral("TOTE-1"));
    WH_REQUIRE_OK(last);
    CHECK(types(*last).last() == EventType::PickCompleted);
    CHECK(p.store().pickTask(p.acme, task.id)->status == PickTaskStatus::Done);
    CHECK(p.store().pickList(p.acme, 0, 20)->isEmpty()); // done tasks leave the list
    CHECK(p.store().stockForSku(p.acme, QStringLiteral("ACME-GTIN"))->at(0).level.onHand == 27);

    WH_REQUIRE_OK(packAndShip(p.store(), p.acme, p.actor(), QStringLiteral("SO-1")));
    // Shipping frees the tote for the next order.
    p.order(QStringLiteral("SO-2"), {PickingFixture::line(1, QStringLiteral("ACME-GTIN"), 1)});
    const PickTask next = p.plan(PickStrategy::Single).at(0);
    WH_REQUIRE_OK(p.confirm(next, 1, QStringLiteral("TOTE-1")));
}

TEST_CASE("wrong scans are refused with their reason and change nothing", "[db][picking][confirm]")
{
    PickingFixture p;
    p.order(QStringLiteral("SO-1"), {PickingFixture::line(1, QStringLiteral("ACME-LOT"), 2)});
    p.order(QStringLiteral("SO-2"), {PickingFixture::line(1, QStringLiteral("ACME-GTIN"), 1)});
    const QList<PickTask> tasks = p.plan(PickStrategy::Single);
    REQUIRE(tasks.size() == 2);
    const PickTask& lotTask = tasks[0].orderIds().first() == QStringLiteral("SO-1") ? tasks[0] : tasks[1];
    const PickTask& mugTask = tasks[0].orderIds().first() == QStringLiteral("SO-1") ? tasks[1] : tasks[0];
    WH_REQUIRE_OK(p.confirm(mugTask, 1, QStringLiteral("TOTE-9"))); // SO-2 now holds TOTE-9
    const PickTaskLine& l = lotTask.lines[0];
    const QString before = dumpDatabase(p.store().connection());

    auto refused = [&](ConfirmPick cmd, ErrorCode code, const QString& words) {
        auto r = p.store().confirmPick(p.acme, p.actor(), cmd);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == code);
        CHECK(r.error().message.contains(words));
        CHECK(dumpDatabase(p.store().connection()) == before);
    };
    const ScannedItem right{l.key.sku, l.key.lot, l.expiry};
    refused({lotTask.id, 1, QStringLiteral("ACME-BULK"), right, 1, QStringLiteral("T1")}, ErrorCode::WrongBin,
            QStringLiteral("Wrong bin"));
    refused({lotTask.id, 1, l.key.location, ScannedItem{QStringLiteral("ACME-SKU1"), {}, {}}, 1,
             QStringLiteral("T1")},
            ErrorCode::WrongItem, QStringLiteral("Wrong item"));
    refused({lotTask.id, 1, l.key.location, ScannedItem{QStringLiteral("99999999"), {}, {}}, 1,
             QStringLiteral("T1")},
            ErrorCode::UnknownSku, QStringLiteral("not an item of this merchant"));
    refused({lotTask.id, 1, l.key.location, ScannedItem{l.key.sku, QStringLiteral("L9"), {}}, 1,
             QStringLiteral("T1")},
            ErrorCode::WrongLot, QStringLiteral("Take lot L1"));
    refused({lotTask.id, 1, l.key.location, ScannedItem{l.key.sku, {}, {}}, 1, QStringLiteral("T1")},
            ErrorCode::WrongLot, QStringLiteral("scan the code with the lot"));
    refused({lotTask.id, 1, l.key.location, right, 3, QStringLiteral("T1")}, ErrorCode::OverPick,
            QStringLiteral("Only 2 more"));
    refused({lotTask.id, 1, l.key.location, right, 0, QStringLiteral("T1")}, ErrorCode::NegativeQuantity,
            QStringLiteral("at least 1"));
    refused({lotTask.id, 1, l.key.location, right, 1, QStringLiteral("TOTE-9")}, ErrorCode::ToteInUse,
            QStringLiteral("already holds order SO-2"));
    refused({lotTask.id, 1, l.key.location, right, 1, QString()}, ErrorCode::InvalidArgument,
            QStringLiteral("Scan a tote"));
    refused({QStringLiteral("T-NOPE"), 1, l.key.location, right, 1, QStringLiteral("T1")},
            ErrorCode::UnknownTask, QStringLiteral("no pick task"));

    // The quick checks the screen runs on each scan say the same.
    CHECK(p.store().checkPickBin(p.acme, lotTask.id, 1, QStringLiteral("ACME-BULK")).error().code ==
          ErrorCode::WrongBin);
    CHECK(p.store().checkPickBin(p.acme, lotTask.id, 1, l.key.location).ok());
    CHECK(p.store().checkPickItem(p.acme, lotTask.id, 1, right).ok());
    CHECK(p.store()
              .checkPickItem(p.acme, lotTask.id, 1, ScannedItem{l.key.sku, QStringLiteral("L9"), {}})
              .error()
              .code == ErrorCode::WrongLot);
}

TEST_CASE("a tote of another merchant's order is refused without naming it", "[db][picking][tenant]")
{
    PickingFixture p;
    const TenantContext globex = p.f.addTenant(QStringLiteral("globex"));
    WH_REQUIRE_OK(p.store().receive(
        globex, p.actor(), {QStringLiteral("GLOBEX-SKU1"), QStringLiteral("GLOBEX-PICK"), {}, {}, 9}));
    Order g;
    g.id = QStringLiteral("G-SECRET-77");
    g.status = OrderStatus::Paid;
    g.lines = {PickingFixture::line(1, QStringLiteral("GLOBEX-SKU1"), 1)};
    WH_REQUIRE_OK(p.store().reserve(globex, p.actor(), g));
    auto gTask = p.store().planPicking(globex, p.actor(), {PickStrategy::Single, 8, {}});
    WH_REQUIRE_OK(gTask);
    const PickTask gt = *p.store().pickTask(globex, gTask->events[0].aggregateId);
    WH_REQUIRE_OK(p.store().confirmPick(globex, p.actor(),
                                        {gt.id, 1, QStringLiteral("GLOBEX-PICK"),
                                         ScannedItem{QStringLiteral("GLOBEX-SKU1"), {}, {}}, 1,
                                         QStringLiteral("TOTE-X")}));

    p.order(QStringLiteral("SO-1"), {PickingFixture::line(1, QStringLiteral("ACME-SKU1"), 1)});
    const PickTask task = p.plan(PickStrategy::Single).at(0);
    auto r = p.confirm(task, 1, QStringLiteral("TOTE-X"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::ToteInUse);
    CHECK(r.error().message.contains(QStringLiteral("another merchant")));
    CHECK_FALSE(r.error().message.contains(QStringLiteral("G-SECRET-77")));
    // And acme cannot see globex's task at all.
    CHECK(p.store().pickTask(p.acme, gt.id).error().code == ErrorCode::UnknownTask);
}

TEST_CASE("a short pick writes off the bin and re-allocates from another", "[db][picking][short]")
{
    PickingFixture p;
    p.order(QStringLiteral("SO-1"), {PickingFixture::line(1, QStringLiteral("ACME-SKU1"), 8)});
    const PickTask task = p.plan(PickStrategy::Single).at(0);
    REQUIRE(task.lines.size() == 1);
    CHECK(task.lines[0].key.location == QStringLiteral("ACME-PICK"));

    // The pick face should hold 20 but the picker finds 3.
    auto shortPick = p.store().reportShort(p.acme, p.actor(), {task.id, 1, 3, QStringLiteral("TOTE-1")});
    WH_REQUIRE_OK(shortPick);
    const QStringList kinds = types(*shortPick);
    CHECK(kinds.contains(EventType::StockPicked));
    CHECK(kinds.contains(EventType::PickShort));
    CHECK(kinds.contains(EventType::StockAdjusted));
    CHECK(kinds.contains(EventType::InventoryReserved));
    CHECK(kinds.contains(EventType::PickTaskLinesAdded));
    CHECK_FALSE(kinds.contains(EventType::ReservationShortfall));
    // The face is empty now (20 - 3 picked - 17 written off); 5 come from bulk instead.
    const auto face = p.store().stockInLocation(p.acme, QStringLiteral("ACME-PICK"));
    WH_REQUIRE_OK(face);
    for (const StockRecord& r : *face)
        CHECK(r.key.sku != QStringLiteral("ACME-SKU1"));
    const PickTask after = *p.store().pickTask(p.acme, task.id);
    REQUIRE(after.lines.size() == 2);
    CHECK(after.lines[0].picked == 3);
    CHECK(after.lines[0].shortQuantity == 5);
    CHECK(after.lines[1].key.location == QStringLiteral("ACME-BULK"));
    CHECK(after.lines[1].quantity == 5);
    auto done = p.confirm(after, 2, QStringLiteral("TOTE-1"));
    WH_REQUIRE_OK(done);
    CHECK(types(*done).last() == EventType::PickCompleted);
    WH_REQUIRE_OK(packAndShip(p.store(), p.acme, p.actor(), QStringLiteral("SO-1")));

    auto chain = p.store().verifyChain();
    WH_REQUIRE_OK(chain);
    CHECK(chain->intact());
    QTemporaryDir scratch;
    auto rebuilt = p.store().rebuildInto(scratch.filePath(QStringLiteral("r.db")));
    WH_REQUIRE_OK(rebuilt);
    CHECK(rebuilt->equal());
}

TEST_CASE("a short pick with no stock elsewhere tells the central service", "[db][picking][short]")
{
    PickingFixture p;
    p.order(QStringLiteral("SO-1"), {PickingFixture::line(1, QStringLiteral("ACME-GTIN"), 4)});
    const PickTask task = p.plan(PickStrategy::Single).at(0);
    auto shortPick = p.store().reportShort(p.acme, p.actor(), {task.id, 1, 1, QStringLiteral("TOTE-1")});
    WH_REQUIRE_OK(shortPick);
    const RecordedEvent& shortfall =
        *std::find_if(shortPick->events.begin(), shortPick->events.end(),
                      [](const RecordedEvent& e) { return e.type == EventType::ReservationShortfall; });
    const QJsonObject line =
        shortfall.payloadObject().value(QStringLiteral("lines")).toArray().at(0).toObject();
    CHECK(line.value(QStringLiteral("missing")).toInt() == 3);
    CHECK(types(*shortPick).contains(EventType::PickCompleted));
    CHECK(types(*shortPick).contains(EventType::LowStock)); // the write-off emptied the only bin
    CHECK(
        p.store().connection().queryInt("SELECT count(*) FROM outbox o JOIN events e ON e.seq = o.event_seq "
                                        "WHERE e.type = 'ReservationShortfall'") == 1);
    // What was reserved (the one unit found) is what the order packs; the central service re-routes the rest.
    WH_REQUIRE_OK(packAndShip(p.store(), p.acme, p.actor(), QStringLiteral("SO-1")));
    auto cartons = p.store().packCartons(p.acme, QStringLiteral("SO-1"));
    WH_REQUIRE_OK(cartons);
    REQUIRE(cartons->size() == 1);
    CHECK(cartons->at(0).units() == 1);

    auto bad = p.store().reportShort(p.acme, p.actor(), {task.id, 1, 0, QStringLiteral("TOTE-1")});
    REQUIRE_FALSE(bad.ok()); // the line is no longer open
    QTemporaryDir scratch;
    auto rebuilt = p.store().rebuildInto(scratch.filePath(QStringLiteral("r.db")));
    WH_REQUIRE_OK(rebuilt);
    CHECK(rebuilt->equal());
}

TEST_CASE("cancelling before picking releases the stock and takes the task off the list",
          "[db][picking][cancel]")
{
    PickingFixture p;
    p.order(QStringLiteral("SO-1"), {PickingFixture::line(1, QStringLiteral("ACME-SKU1"), 4)});
    const PickTask task = p.plan(PickStrategy::Single).at(0);
    auto cancel =
        p.store().cancelOrder(p.acme, p.actor(), QStringLiteral("SO-1"), QStringLiteral("customer"));
    WH_REQUIRE_OK(cancel);
    CHECK(types(*cancel) == QStringList{EventType::OrderStatusChanged, EventType::ReservationReleased,
                                        EventType::PickLinesCancelled});
    CHECK(p.store().order(p.acme, QStringLiteral("SO-1"))->status == OrderStatus::Cancelled);
    CHECK(*p.store().sellable(p.acme, QStringLiteral("ACME-SKU1")) == 120);
    CHECK(p.store().pickTask(p.acme, task.id)->status == PickTaskStatus::Cancelled);
    CHECK(p.store().pickList(p.acme, 0, 20)->isEmpty());
    auto pick = p.confirm(task, 1, QStringLiteral("TOTE-1"));
    REQUIRE_FALSE(pick.ok());
    CHECK(pick.error().code == ErrorCode::IllegalTransition);
}

TEST_CASE("cancelling during picking stops the task and turns picked units into put-back work",
          "[db][picking][cancel]")
{
    PickingFixture p;
    p.order(QStringLiteral("SO-1"), {PickingFixture::line(1, QStringLiteral("ACME-SKU1"), 6),
                                     PickingFixture::line(2, QStringLiteral("ACME-GTIN"), 2)});
    const PickTask task = p.plan(PickStrategy::Single).at(0);
    WH_REQUIRE_OK(p.confirm(task, 1, QStringLiteral("TOTE-1"), 4)); // 4 of 6 from the pick face
    auto cancel =
        p.store().cancelOrder(p.acme, p.actor(), QStringLiteral("SO-1"), QStringLiteral("customer"));
    WH_REQUIRE_OK(cancel);
    CHECK(types(*cancel).contains(EventType::PutBackRequired));
    CHECK(p.store().pickTask(p.acme, task.id)->status == PickTaskStatus::Done);
    CHECK(*p.store().sellable(p.acme, QStringLiteral("ACME-SKU1")) == 116); // 4 are in the tote

    const QString before = dumpDatabase(p.store().connection());
    auto tooMany = p.store().putBack(
        p.acme, p.actor(),
        {QStringLiteral("SO-1"), QStringLiteral("ACME-SKU1"), {}, QStringLiteral("ACME-PICK"), 5});
    REQUIRE_FALSE(tooMany.ok());
    CHECK(tooMany.error().code == ErrorCode::OverPick);
    auto intoPacking = p.store().putBack(
        p.acme, p.actor(),
        {QStringLiteral("SO-1"), QStringLiteral("ACME-SKU1"), {}, QStringLiteral("ACME-PACK"), 1});
    REQUIRE_FALSE(intoPacking.ok());
    CHECK(intoPacking.error().code == ErrorCode::InvalidArgument);
    CHECK(dumpDatabase(p.store().connection()) == before);

    WH_REQUIRE_OK(p.store().putBack(
        p.acme, p.actor(),
        {QStringLiteral("SO-1"), QStringLiteral("ACME-SKU1"), {}, QStringLiteral("ACME-PICK"), 3}));
    WH_REQUIRE_OK(p.store().putBack(
        p.acme, p.actor(),
        {QStringLiteral("SO-1"), QStringLiteral("ACME-SKU1"), {}, QStringLiteral("ACME-BULK"), 1}));
    CHECK(*p.store().sellable(p.acme, QStringLiteral("ACME-SKU1")) == 120);
    auto nothingLeft = p.store().putBack(
        p.acme, p.actor(),
        {QStringLiteral("SO-1"), QStringLiteral("ACME-SKU1"), {}, QStringLiteral("ACME-PICK"), 1});
    REQUIRE_FALSE(nothingLeft.ok());
    CHECK(nothingLeft.error().code == ErrorCode::NothingToRelease);

    QTemporaryDir scratch;
    auto rebuilt = p.store().rebuildInto(scratch.filePath(QStringLiteral("r.db")));
    WH_REQUIRE_OK(rebuilt);
    CHECK(rebuilt->equal());
}

TEST_CASE("cancelling a shipped order is rejected with AlreadyShipped for the central service",
          "[db][picking][cancel]")
{
    PickingFixture p;
    p.order(QStringLiteral("SO-1"), {PickingFixture::line(1, QStringLiteral("ACME-GTIN"), 1)});
    WH_REQUIRE_OK(p.confirm(p.plan(PickStrategy::Single).at(0), 1, QStringLiteral("TOTE-1")));
    WH_REQUIRE_OK(packAndShip(p.store(), p.acme, p.actor(), QStringLiteral("SO-1")));
    auto cancel =
        p.store().cancelOrder(p.acme, p.actor(), QStringLiteral("SO-1"), QStringLiteral("customer"));
    WH_REQUIRE_OK(cancel);
    REQUIRE(types(*cancel) == QStringList{EventType::CancelRejected});
    CHECK(cancel->events[0].payloadObject().value(QStringLiteral("reason")).toString() ==
          QStringLiteral("AlreadyShipped"));
    CHECK(p.store().order(p.acme, QStringLiteral("SO-1"))->status == OrderStatus::Shipped);
    CHECK(p.store().connection().queryInt("SELECT count(*) FROM outbox WHERE type = 'CancelRejected'") == 1);
    auto twice = p.store().cancelOrder(p.acme, p.actor(), QStringLiteral("NOPE"), QStringLiteral("customer"));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == ErrorCode::UnknownOrder);
}
