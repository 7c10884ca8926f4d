// Replenishment through the store: the task is created by the very action that takes a pick face below its
// minimum (a reservation, an inbound command, a move, an adjustment, a short pick), once; confirming it moves
// bulk stock in one action and closes it; tenants and roles are kept apart; the projections rebuild. Also
// the moves' refusals and the low-stock audit: every path that lowers sellable stock raises LowStock once
// per crossing and clears it once.
#include "TestSupport.h"

#include <functional>

using namespace wh;
using wh::db::ActionReceipt;
using wh::test::StoreFixture;

namespace {

const QString kSku = QStringLiteral("ACME-SKU1");
const QString kFace = QStringLiteral("ACME-FACE");
const QString kBulk = QStringLiteral("ACME-BULK");
const QString kPick = QStringLiteral("ACME-PICK");
const QString kQa = QStringLiteral("ACME-QA");

int countOf(const ActionReceipt& receipt, const QString& type)
{
    return int(std::count_if(receipt.events.cbegin(), receipt.events.cend(),
                             [&](const RecordedEvent& e) { return e.type == type; }));
}

int logged(db::Store& store, const QString& type, const QString& tenant = QStringLiteral("acme"))
{
    int n = 0;
    for (const RecordedEvent& e : test::loggedEvents(store))
        if (e.type == type && e.tenantId == tenant)
            ++n;
    return n;
}

Order paidOrder(const QString& id, std::int64_t quantity, const QString& sku = kSku)
{
    Order o;
    o.id = id;
    o.status = OrderStatus::Paid;
    o.service = QStringLiteral("Standard");
    o.promisedDate = test::fixedNow().date().addDays(5);
    o.shipTo = test::testAddress(id);
    o.lines = {OrderLine{1, sku, quantity, Money::fromMinor(500)}};
    return o;
}

// A tenant "acme" with a face ACME-FACE for ACME-SKU1 (min 5, max 20) holding 10, and 100 in bulk.
struct Warehouse
{
    StoreFixture f;
    db::Store& store = f.store();
    const Actor& actor = f.actor();
    TenantContext acme = f.addTenant(QStringLiteral("acme"));

    Warehouse()
    {
        // Stocked before it becomes a face, so the set-up itself needs no task.
        Location face{kFace, QStringLiteral("Z1"), LocationType::Pick, 0};
        WH_REQUIRE_OK(store.defineLocation(acme, actor, face));
        WH_REQUIRE_OK(store.receive(acme, actor, {kSku, kBulk, {}, {}, 100}));
        WH_REQUIRE_OK(store.receive(acme, actor, {kSku, kFace, {}, {}, 10}));
        face.replenishSku = kSku;
        face.minQuantity = 5;
        face.maxQuantity = 20;
        WH_REQUIRE_OK(store.defineLocation(acme, actor, face));
        REQUIRE(store.replenishmentTasks(acme)->isEmpty());
    }

    void requireRebuildEqual()
    {
        const auto rebuilt = store.rebuildInto(f.dirPath() + QStringLiteral("/rebuilt.db"));
        WH_REQUIRE_OK(rebuilt);
        for (const auto& d : rebuilt->differences)
            UNSCOPED_INFO(d.table.toStdString());
        CHECK(rebuilt->equal());
    }
};

} // namespace

TEST_CASE("a reservation that takes a face below its minimum creates its task in the same action, once",
          "[replenishment]")
{
    Warehouse w;
    // FEFO allocation takes the face first (pick faces before bulk): 10 on the face, 6 of them reserved.
    auto reserved = w.store.reserve(w.acme, w.actor, paidOrder(QStringLiteral("SO-1"), 6));
    WH_REQUIRE_OK(reserved);
    REQUIRE(countOf(*reserved, EventType::ReplenishmentTaskCreated) == 1);
    auto tasks = w.store.replenishmentTasks(w.acme);
    WH_REQUIRE_OK(tasks);
    REQUIRE(tasks->size() == 1);
    const ReplenishmentTask task = tasks->first();
    CHECK(task.location == kFace);
    CHECK(task.status == ReplenishmentStatus::Open);
    CHECK(task.quantity == 10); // up to 20 on hand
    REQUIRE(task.lines.size() == 1);
    CHECK(task.lines.first().from == kBulk);
    // The task stays in the warehouse: nothing of it goes to the central service.
    CHECK(w.store.connection().queryInt("SELECT count(*) FROM outbox WHERE type LIKE 'Replenishment%'") == 0);

    // Another reservation from the face: still below, still one task.
    auto again = w.store.reserve(w.acme, w.actor, paidOrder(QStringLiteral("SO-2"), 2));
    WH_REQUIRE_OK(again);
    CHECK(countOf(*again, EventType::ReplenishmentTaskCreated) == 0);
    CHECK(w.store.replenishmentTasks(w.acme)->size() == 1);

    // Confirmed in two parts: a move bulk -> face each time, the task closes with the second.
    auto first = w.store.confirmReplenishment(w.acme, w.actor, {task.id, kBulk, {}, 4});
    WH_REQUIRE_OK(first);
    CHECK(countOf(*first, EventType::StockMoved) == 1);
    CHECK(countOf(*first, EventType::ReplenishmentTaskClosed) == 0);
    CHECK(w.store.replenishmentTask(w.acme, task.id)->moved == 4);
    auto second = w.store.confirmReplenishment(w.acme, w.actor, {task.id, kBulk, {}, 6});
    WH_REQUIRE_OK(second);
    CHECK(countOf(*second, EventType::ReplenishmentTaskClosed) == 1);
    CHECK(w.store.replenishmentTask(w.acme, task.id)->status == ReplenishmentStatus::Done);
    CHECK(w.store.replenishmentTasks(w.acme)->isEmpty());
    std::int64_t onFace = 0;
    const QList<StockRecord> faceRows = w.store.stockInLocation(w.acme, kFace).value();
    for (const StockRecord& r : faceRows)
        onFace += r.level.onHand;
    CHECK(onFace == 20);
    // A finished task refuses more, and writes nothing.
    auto done = w.store.confirmReplenishment(w.acme, w.actor, {task.id, kBulk, {}, 1});
    REQUIRE_FALSE(done.ok());
    CHECK(done.error().code == ErrorCode::IllegalTransition);
    w.requireRebuildEqual();
}

TEST_CASE("the central service's reservation creates the task in the command's transaction",
          "[replenishment]")
{
    Warehouse w;
    const Actor central{QStringLiteral("central"), QStringLiteral("sync"), Role::System, {}};
    const Order order = paidOrder(QStringLiteral("SO-9"), 8);
    auto outcome = w.store.applyCommand(
        w.acme, central,
        db::NumberedCommand{1, QStringLiteral("cmd-1"), QStringLiteral("ReserveInventory"), order});
    WH_REQUIRE_OK(outcome);
    CHECK(outcome->applied);
    CHECK(w.store.replenishmentTasks(w.acme)->size() == 1);
    CHECK(logged(w.store, EventType::ReplenishmentTaskCreated) == 1);
    const auto tasks = w.store.replenishmentTasks(w.acme).value();
    const std::int64_t taskSeq = tasks.first().id.mid(1).toLongLong();
    CHECK(taskSeq >= outcome->firstSeq);
    CHECK(taskSeq <= outcome->lastSeq);
}

TEST_CASE("moves, adjustments and short picks that empty the face create the task too", "[replenishment]")
{
    Warehouse w;
    SECTION("a move out of the face")
    {
        auto moved = w.store.move(w.acme, w.actor, {kSku, kFace, kQa, {}, 6});
        WH_REQUIRE_OK(moved);
        CHECK(countOf(*moved, EventType::ReplenishmentTaskCreated) == 1);
    }
    SECTION("an adjustment of the face")
    {
        auto adjusted = w.store.adjust(w.acme, w.actor, {kSku, kFace, {}, {}, -7, AdjustReason::Damaged});
        WH_REQUIRE_OK(adjusted);
        CHECK(countOf(*adjusted, EventType::ReplenishmentTaskCreated) == 1);
        CHECK(w.store.replenishmentTasks(w.acme)->first().quantity == 17);
    }
    SECTION("a short pick that writes the face's stock off")
    {
        WH_REQUIRE_OK(w.store.reserve(w.acme, w.actor, paidOrder(QStringLiteral("SO-1"), 3)));
        auto planned =
            w.store.planPicking(w.acme, w.actor, {PickStrategy::Single, 8, {QStringLiteral("SO-1")}});
        WH_REQUIRE_OK(planned);
        const PickTask pickTask = w.store.pickTask(w.acme, planned->events.first().aggregateId).value();
        auto shortPick =
            w.store.reportShort(w.acme, w.actor, {pickTask.id, pickTask.lines.first().seqNo, 0, QString()});
        WH_REQUIRE_OK(shortPick);
        CHECK(countOf(*shortPick, EventType::ReplenishmentTaskCreated) == 1);
    }
    SECTION("a move into the face that stays below the minimum is not a second task")
    {
        WH_REQUIRE_OK(w.store.move(w.acme, w.actor, {kSku, kFace, kQa, {}, 8}));
        auto back = w.store.move(w.acme, w.actor, {kSku, kQa, kFace, {}, 1});
        WH_REQUIRE_OK(back);
        CHECK(countOf(*back, EventType::ReplenishmentTaskCreated) == 0);
    }
    CHECK(w.store.replenishmentTasks(w.acme)->size() == 1);
    w.requireRebuildEqual();
}

TEST_CASE("no bulk stock: the task is on record as unfillable until bulk stock comes in", "[replenishment]")
{
    Warehouse w;
    WH_REQUIRE_OK(w.store.move(w.acme, w.actor, {kSku, kBulk, kQa, {}, 100}));
    WH_REQUIRE_OK(w.store.adjust(w.acme, w.actor, {kSku, kFace, {}, {}, -6, AdjustReason::Lost}));
    auto tasks = w.store.replenishmentTasks(w.acme).value();
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.first().status == ReplenishmentStatus::Unfillable);
    const QString unfillable = tasks.first().id;
    auto refused = w.store.confirmReplenishment(w.acme, w.actor, {unfillable, kBulk, {}, 1});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::IllegalTransition);
    // Still short: no second record.
    WH_REQUIRE_OK(w.store.adjust(w.acme, w.actor, {kSku, kFace, {}, {}, -1, AdjustReason::Lost}));
    CHECK(logged(w.store, EventType::ReplenishmentTaskCreated) == 1);
    // Quarantine releases stock back to bulk: a real task replaces the record.
    WH_REQUIRE_OK(w.store.move(w.acme, w.actor, {kSku, kQa, kBulk, {}, 50}));
    tasks = w.store.replenishmentTasks(w.acme).value();
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.first().status == ReplenishmentStatus::Open);
    CHECK(tasks.first().quantity == 17);
    CHECK(w.store.replenishmentTask(w.acme, unfillable)->status == ReplenishmentStatus::Replaced);
    w.requireRebuildEqual();
}

TEST_CASE("the scheduled run finds a face whose lot expired overnight", "[replenishment]")
{
    Warehouse w;
    Sku milk;
    milk.code = QStringLiteral("ACME-MILK");
    milk.lotTracked = true;
    WH_REQUIRE_OK(w.store.defineSku(w.acme, w.actor, milk));
    const QDate today = test::fixedNow().date();
    WH_REQUIRE_OK(
        w.store.receive(w.acme, w.actor, {milk.code, kBulk, QStringLiteral("L9"), today.addDays(60), 4}));
    WH_REQUIRE_OK(
        w.store.receive(w.acme, w.actor, {milk.code, kBulk, QStringLiteral("L10"), today.addDays(90), 6}));
    Location face{QStringLiteral("ACME-FACE-M"), QStringLiteral("Z1"), LocationType::Pick, 0};
    face.replenishSku = milk.code;
    face.minQuantity = 8;
    face.maxQuantity = 20;
    // Defined empty: a task at once, for what bulk has (10 of the 20 wanted), soonest lot first.
    auto defined = w.store.defineLocation(w.acme, w.actor, face);
    WH_REQUIRE_OK(defined);
    CHECK(countOf(*defined, EventType::ReplenishmentTaskCreated) == 1);
    const ReplenishmentTask task = w.store.replenishmentTasks(w.acme)->first();
    CHECK(task.quantity == 10);
    CHECK(task.wanted == 20);
    REQUIRE(task.lines.size() == 2);
    CHECK(task.lines[0].lot == QStringLiteral("L9"));
    WH_REQUIRE_OK(w.store.confirmReplenishment(w.acme, w.actor, {task.id, kBulk, QStringLiteral("L9"), 4}));
    WH_REQUIRE_OK(w.store.confirmReplenishment(w.acme, w.actor, {task.id, kBulk, QStringLiteral("L10"), 6}));
    REQUIRE(w.store.replenishmentTasks(w.acme)->isEmpty());

    // Nothing happens to the face, but L9 expires: 6 left, below 8. Only a run over every face sees it.
    w.f.clock().set(test::fixedNow().addDays(61));
    const Actor picker{QStringLiteral("pia"), QStringLiteral("station-1"), Role::Picker, {}};
    auto refused = w.store.planReplenishment(w.acme, picker);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    const Actor scheduler{QStringLiteral("scheduler"), QStringLiteral("appliance"), Role::System, {}};
    auto planned = w.store.planReplenishment(w.acme, scheduler);
    WH_REQUIRE_OK(planned);
    CHECK(countOf(*planned, EventType::ReplenishmentTaskCreated) == 1);
    // Bulk has no milk left: on record as unfillable, once.
    CHECK(w.store.replenishmentTasks(w.acme)->first().status == ReplenishmentStatus::Unfillable);
    auto again = w.store.planReplenishment(w.acme, scheduler);
    WH_REQUIRE_OK(again);
    CHECK(again->events.isEmpty());
    w.requireRebuildEqual();
}

TEST_CASE("another merchant can neither see nor confirm a task, nor take stock from its bins",
          "[replenishment]")
{
    Warehouse w;
    const TenantContext beta = w.f.addTenant(QStringLiteral("beta"));
    WH_REQUIRE_OK(w.store.receive(beta, w.actor,
                                  {QStringLiteral("BETA-SKU1"), QStringLiteral("BETA-BULK"), {}, {}, 50}));
    WH_REQUIRE_OK(w.store.adjust(w.acme, w.actor, {kSku, kFace, {}, {}, -8, AdjustReason::Damaged}));
    const QString task = w.store.replenishmentTasks(w.acme)->first().id;
    const QString before = test::dumpDatabase(w.store.connection());

    CHECK(w.store.replenishmentTasks(beta)->isEmpty());
    CHECK(w.store.replenishmentTask(beta, task).error().code == ErrorCode::UnknownTask);
    auto foreignTask =
        w.store.confirmReplenishment(beta, w.actor, {task, QStringLiteral("BETA-BULK"), {}, 1});
    REQUIRE_FALSE(foreignTask.ok());
    CHECK(foreignTask.error().code == ErrorCode::UnknownTask);
    auto foreignBin =
        w.store.confirmReplenishment(w.acme, w.actor, {task, QStringLiteral("BETA-BULK"), {}, 1});
    REQUIRE_FALSE(foreignBin.ok());
    CHECK(foreignBin.error().code == ErrorCode::ForeignTenant);
    const Actor picker{QStringLiteral("pia"), QStringLiteral("station-1"), Role::Picker, {}};
    auto denied = w.store.confirmReplenishment(w.acme, picker, {task, kBulk, {}, 1});
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);
    auto notBulk = w.store.confirmReplenishment(w.acme, w.actor, {task, kQa, {}, 1});
    REQUIRE_FALSE(notBulk.ok());
    CHECK(notBulk.error().code == ErrorCode::InvalidArgument);
    CHECK(test::dumpDatabase(w.store.connection()) == before);
    // A counter (who may move stock) confirms it.
    const Actor counter{QStringLiteral("cole"), QStringLiteral("station-2"), Role::Counter, {}};
    WH_REQUIRE_OK(w.store.confirmReplenishment(w.acme, counter, {task, kBulk, {}, 18}));
}

TEST_CASE("reserved bulk stock is never planned nor moved", "[replenishment]")
{
    StoreFixture f;
    db::Store& store = f.store();
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    WH_REQUIRE_OK(store.receive(acme, f.actor(), {kSku, kBulk, {}, {}, 60}));
    WH_REQUIRE_OK(store.reserve(acme, f.actor(), paidOrder(QStringLiteral("SO-1"), 50)));
    WH_REQUIRE_OK(store.reserve(acme, f.actor(), paidOrder(QStringLiteral("SO-2"), 5)));
    Location face{kFace, QStringLiteral("Z1"), LocationType::Pick, 0};
    face.replenishSku = kSku;
    face.minQuantity = 5;
    face.maxQuantity = 20;
    WH_REQUIRE_OK(store.defineLocation(acme, f.actor(), face));
    const auto tasks = store.replenishmentTasks(acme).value();
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.first().quantity == 5); // 20 wanted, 5 of bulk's 60 free
    CHECK(tasks.first().wanted == 20);
    auto tooMany = store.confirmReplenishment(acme, f.actor(), {tasks.first().id, kBulk, {}, 6});
    REQUIRE_FALSE(tooMany.ok());
    auto move = store.move(acme, f.actor(), {kSku, kBulk, kFace, {}, 6});
    REQUIRE_FALSE(move.ok());
    CHECK(move.error().code == ErrorCode::InsufficientStock);
    WH_REQUIRE_OK(store.confirmReplenishment(acme, f.actor(), {tasks.first().id, kBulk, {}, 5}));
    const QList<StockRecord> skuRows = store.stockForSku(acme, kSku).value();
    for (const StockRecord& r : skuRows)
        if (r.key.location == kBulk) {
            CHECK(r.level.onHand == 55);
            CHECK(r.level.available() == 0);
        }
}

TEST_CASE("moves: every refusal is typed, says why, and writes nothing", "[replenishment][move]")
{
    Warehouse w;
    const TenantContext beta = w.f.addTenant(QStringLiteral("beta"));
    WH_REQUIRE_OK(w.store.reserve(w.acme, w.actor, paidOrder(QStringLiteral("SO-1"), 10)));
    const QString before = test::dumpDatabase(w.store.connection());
    const auto refusal = [&](const TenantContext& t, const Actor& actor, const MoveStock& cmd) {
        auto result = w.store.move(t, actor, cmd);
        REQUIRE_FALSE(result.ok());
        CHECK_FALSE(result.error().message.isEmpty());
        return result.error().code;
    };
    CHECK(refusal(w.acme, w.actor, {kSku, kBulk, QStringLiteral("BETA-BULK"), {}, 1}) ==
          ErrorCode::ForeignTenant);
    CHECK(refusal(w.acme, w.actor, {kSku, QStringLiteral("BETA-BULK"), kBulk, {}, 1}) ==
          ErrorCode::ForeignTenant);
    CHECK(refusal(beta, w.actor, {kSku, kBulk, kQa, {}, 1}) == ErrorCode::UnknownSku); // acme's SKU
    CHECK(refusal(beta, w.actor, {QStringLiteral("BETA-SKU1"), kBulk, QStringLiteral("BETA-BULK"), {}, 1}) ==
          ErrorCode::ForeignTenant);
    CHECK(refusal(w.acme, w.actor, {kSku, kBulk, QStringLiteral("NOWHERE"), {}, 1}) ==
          ErrorCode::UnknownLocation);
    CHECK(refusal(w.acme, w.actor, {kSku, kBulk, kBulk, {}, 1}) == ErrorCode::InvalidArgument);
    CHECK(refusal(w.acme, w.actor, {kSku, kBulk, QStringLiteral("ACME-PACK"), {}, 1}) ==
          ErrorCode::InvalidArgument);
    CHECK(refusal(w.acme, w.actor, {kSku, kBulk, kQa, {}, 0}) == ErrorCode::NegativeQuantity);
    CHECK(refusal(w.acme, w.actor, {kSku, kBulk, kQa, {}, 101}) == ErrorCode::InsufficientStock);
    CHECK(refusal(w.acme, w.actor, {kSku, kFace, kQa, {}, 1}) ==
          ErrorCode::InsufficientStock); // all reserved
    CHECK(refusal(w.acme, w.actor, {kSku, kBulk, kQa, QStringLiteral("L1"), 1}) ==
          ErrorCode::InvalidArgument);
    const Actor packer{QStringLiteral("pat"), QStringLiteral("station-1"), Role::Packer, {}};
    CHECK(refusal(w.acme, packer, {kSku, kBulk, kQa, {}, 1}) == ErrorCode::PermissionDenied);
    CHECK(test::dumpDatabase(w.store.connection()) == before);
}

TEST_CASE("low stock: every path that lowers sellable stock raises it once per crossing and clears it once",
          "[replenishment][lowstock]")
{
    // Threshold 10 (the default); the fixture's SKU, 8 in the pick bin and 6 in bulk: 14 sellable.
    StoreFixture f;
    db::Store& store = f.store();
    const Actor& actor = f.actor();
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    WH_REQUIRE_OK(store.receive(acme, actor, {kSku, kBulk, {}, {}, 14}));
    WH_REQUIRE_OK(store.move(acme, actor, {kSku, kBulk, kPick, {}, 8})); // sellable either way
    REQUIRE(logged(store, EventType::LowStock) == 0);
    const auto low = [&] {
        return store.lowStockFlagged(acme, kSku).value();
    };

    // Each lowering path below 10, then a second lowering: one LowStock; raising above: one LowStockCleared.
    const auto raiseBack = [&](std::int64_t units) {
        WH_REQUIRE_OK(store.adjust(acme, actor, {kSku, kBulk, {}, {}, units, AdjustReason::Found}));
    };
    int crossings = 0;
    // The actions as functions: they must run in this order (arguments are evaluated in any order).
    using Action = std::function<Result<ActionReceipt>()>;
    const auto crossed = [&](const Action& lower, const Action& lowerFurther, std::int64_t back) {
        const Result<ActionReceipt> lowering = lower();
        WH_REQUIRE_OK(lowering);
        const Result<ActionReceipt> further = lowerFurther();
        WH_REQUIRE_OK(further);
        ++crossings;
        CHECK(countOf(*lowering, EventType::LowStock) == 1);
        CHECK(countOf(*further, EventType::LowStock) == 0);
        CHECK(low());
        CHECK(logged(store, EventType::LowStock) == crossings);
        // The suggestion brings sellable stock to twice the threshold (no reorder quantity set).
        const RecordedEvent* alert = nullptr;
        for (const RecordedEvent& e : lowering->events)
            if (e.type == EventType::LowStock)
                alert = &e;
        REQUIRE(alert);
        const QJsonObject p = alert->payloadObject();
        CHECK(p.value(QStringLiteral("suggestedReorderQuantity")).toInteger() ==
              20 - p.value(QStringLiteral("available")).toInteger());
        raiseBack(back);
        CHECK_FALSE(low());
        CHECK(logged(store, EventType::LowStockCleared) == crossings);
        raiseBack(1);
        CHECK(logged(store, EventType::LowStockCleared) == crossings); // rising further clears nothing again
    };

    SECTION("a reservation, then its release")
    {
        auto first = store.reserve(acme, actor, paidOrder(QStringLiteral("SO-1"), 5));
        auto second = store.reserve(acme, actor, paidOrder(QStringLiteral("SO-2"), 1));
        WH_REQUIRE_OK(first);
        WH_REQUIRE_OK(second);
        CHECK(countOf(*first, EventType::LowStock) == 1);
        CHECK(countOf(*second, EventType::LowStock) == 0);
        auto released = store.release(acme, actor, {QStringLiteral("SO-1"), QStringLiteral("test")});
        WH_REQUIRE_OK(released);
        CHECK(countOf(*released, EventType::LowStockCleared) == 1);
        CHECK_FALSE(low());
    }
    SECTION("a move into quarantine")
    {
        crossed(
            [&] {
                return store.move(acme, actor, {kSku, kBulk, kQa, {}, 5});
            },
            [&] {
                return store.move(acme, actor, {kSku, kPick, kQa, {}, 1});
            },
            5);
    }
    SECTION("a move into receiving")
    {
        crossed(
            [&] {
                return store.move(acme, actor, {kSku, kPick, QStringLiteral("ACME-RCV"), {}, 5});
            },
            [&] {
                return store.move(acme, actor, {kSku, kPick, QStringLiteral("ACME-RCV"), {}, 1});
            },
            5);
    }
    SECTION("an adjustment down")
    {
        crossed(
            [&] {
                return store.adjust(acme, actor, {kSku, kBulk, {}, {}, -5, AdjustReason::Damaged});
            },
            [&] {
                return store.adjust(acme, actor, {kSku, kBulk, {}, {}, -1, AdjustReason::Lost});
            },
            5);
    }
    SECTION("a short pick that writes stock off")
    {
        // 2 reserved from the pick bin (14 -> 12), then the bin turns out empty: 6 free ones written off.
        WH_REQUIRE_OK(store.reserve(acme, actor, paidOrder(QStringLiteral("SO-1"), 2)));
        auto planned = store.planPicking(acme, actor, {PickStrategy::Single, 8, {QStringLiteral("SO-1")}});
        WH_REQUIRE_OK(planned);
        const PickTask task = store.pickTask(acme, planned->events.first().aggregateId).value();
        crossed(
            [&] {
                return store.reportShort(acme, actor, {task.id, task.lines.first().seqNo, 0, QString()});
            },
            [&] {
                return store.adjust(acme, actor, {kSku, kBulk, {}, {}, -1, AdjustReason::Lost});
            },
            8);
    }
    SECTION("an order's modification that takes more")
    {
        WH_REQUIRE_OK(store.reserve(acme, actor, paidOrder(QStringLiteral("SO-1"), 2)));
        crossed(
            [&] {
                return store.modifyOrder(acme, actor,
                                         {QStringLiteral("SO-1"),
                                          {OrderLine{1, kSku, 7, Money::fromMinor(500)}},
                                          QStringLiteral("more")});
            },
            [&] {
                return store.modifyOrder(acme, actor,
                                         {QStringLiteral("SO-1"),
                                          {OrderLine{1, kSku, 8, Money::fromMinor(500)}},
                                          QStringLiteral("one more")});
            },
            5);
    }
    SECTION("expired stock is not counted as it expires, but the next action sees it")
    {
        WH_REQUIRE_OK(store.move(acme, actor, {kSku, kBulk, kQa, {}, 6}));
        Sku milk;
        milk.code = QStringLiteral("ACME-MILK");
        milk.lotTracked = true;
        WH_REQUIRE_OK(store.defineSku(acme, actor, milk));
        WH_REQUIRE_OK(store.receive(acme, actor,
                                    {milk.code, kBulk, QStringLiteral("L1"), test::fixedNow().date(), 30}));
        f.clock().set(test::fixedNow().addDays(1));
        // A receipt of 1 leaves the SKU at 1 sellable (the 30 expired): low, once.
        auto receipt = store.receive(acme, actor, {milk.code, kPick, QStringLiteral("L2"), {}, 1});
        WH_REQUIRE_OK(receipt);
        CHECK(countOf(*receipt, EventType::LowStock) == 1);
    }
    auto rebuilt = store.rebuildInto(f.dirPath() + QStringLiteral("/rebuilt.db"));
    WH_REQUIRE_OK(rebuilt);
    CHECK(rebuilt->equal());
}
