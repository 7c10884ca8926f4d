// Partial reservations, the ReservationFailed answer and order modification, end to end on a real store
// file: what each writes, what each refusal leaves (nothing, or its answer alone), redelivery through the
// inbox, and projections that rebuild from the log.
#include "TestSupport.h"

#include <QJsonArray>

#include <sqlite3.h>

using namespace wh;
using wh::db::ActionReceipt;
using wh::test::dumpDatabase;
using wh::test::StoreFixture;

namespace {

const QString kSku = QStringLiteral("ACME-SKU1");  // 20 on the pick face, 100 in bulk
const QString kMug = QStringLiteral("ACME-MUG");   // 30 in ACME-PICK2
const QString kRare = QStringLiteral("ACME-RARE"); // 4 on the pick face
const QString kNone = QStringLiteral("ACME-NONE"); // defined, never in stock

struct ReserveFixture
{
    StoreFixture f;
    TenantContext acme{QStringLiteral("acme")};

    ReserveFixture()
    {
        acme = f.addTenant(QStringLiteral("acme"));
        for (const QString& code : {kMug, kRare, kNone}) {
            Sku sku;
            sku.code = code;
            sku.weightGrams = 250; // packing weighs every carton against its contents
            sku.lengthMm = 100;
            sku.widthMm = 80;
            sku.heightMm = 60;
            WH_REQUIRE_OK(store().defineSku(acme, actor(), sku));
        }
        WH_REQUIRE_OK(store().defineLocation(
            acme, actor(), {QStringLiteral("ACME-PICK2"), QStringLiteral("Z2"), LocationType::Pick, 5}));
        receive(kSku, QStringLiteral("ACME-PICK"), 20);
        receive(kSku, QStringLiteral("ACME-BULK"), 100);
        receive(kMug, QStringLiteral("ACME-PICK2"), 30);
        receive(kRare, QStringLiteral("ACME-PICK"), 4);
        WH_REQUIRE_OK(test::configureShipping(store(), acme, actor()));
    }

    db::Store& store() { return f.store(); }
    db::Connection& connection() { return f.store().connection(); }
    const Actor& actor() const { return f.actor(); }
    void receive(const QString& sku, const QString& bin, std::int64_t quantity)
    {
        WH_REQUIRE_OK(store().receive(acme, actor(), {sku, bin, {}, {}, quantity}));
    }
    static OrderLine line(int no, const QString& sku, std::int64_t quantity)
    {
        return OrderLine{no, sku, quantity, Money::fromMinor(1000)};
    }
    static Order order(const QString& id, QList<OrderLine> lines, bool allowPartial = false)
    {
        Order o;
        o.id = id;
        o.status = OrderStatus::Paid;
        o.lines = std::move(lines);
        o.service = QStringLiteral("Standard");
        o.promisedDate = test::fixedNow().date().addDays(3);
        o.allowPartial = allowPartial;
        o.shipTo = test::testAddress(id);
        return o;
    }
    ActionReceipt reserve(const Order& o)
    {
        auto receipt = store().reserve(acme, actor(), o);
        WH_REQUIRE_OK(receipt);
        return *receipt;
    }
    std::int64_t reserved(const QString& sku, const QString& bin)
    {
        const QList<StockRecord> rows = store().stockForSku(acme, sku).value();
        for (const StockRecord& r : rows)
            if (r.key.location == bin)
                return r.level.reserved;
        return 0;
    }
    QList<PickTask> plan(QStringList orders = {}, PickStrategy strategy = PickStrategy::Single)
    {
        auto receipt = store().planPicking(acme, actor(), {strategy, 8, orders});
        WH_REQUIRE_OK(receipt);
        QList<PickTask> tasks;
        for (const RecordedEvent& e : receipt->events)
            if (e.type == EventType::PickTaskCreated)
                tasks.append(store().pickTask(acme, e.aggregateId).value());
        return tasks;
    }
    // Picks every open line of the order on the task, into one tote per order.
    void pickAll(const QString& taskId, const QString& orderId)
    {
        const PickTask task = store().pickTask(acme, taskId).value();
        for (const PickTaskLine& l : task.lines) {
            if (l.orderId != orderId || l.open() <= 0)
                continue;
            WH_REQUIRE_OK(store().confirmPick(acme, actor(),
                                              {task.id, l.seqNo, l.key.location,
                                               ScannedItem{l.key.sku, l.key.lot, l.expiry}, l.open(),
                                               QStringLiteral("TOTE-") + orderId}));
        }
    }
    // Packs, ships and hands over through the real store calls.
    Result<QString> ship(const QString& orderId)
    {
        return test::packAndShip(store(), acme, actor(), orderId);
    }
    void checkRebuild()
    {
        QTemporaryDir scratch;
        auto rebuilt = store().rebuildInto(scratch.filePath(QStringLiteral("rebuilt.db")));
        WH_REQUIRE_OK(rebuilt);
        for (const db::TableDifference& d : rebuilt->differences)
            UNSCOPED_INFO(d.table.toStdString()
                          << ": " << d.onlyLive << " live-only, " << d.onlyRebuilt << " rebuilt-only");
        CHECK(rebuilt->equal());
    }
    // Every table but the log, the outbox and the inbox: what an answered refusal must leave as it was.
    QString projections()
    {
        QStringList kept;
        const QStringList sections = dumpDatabase(connection()).split(QStringLiteral("## "));
        for (const QString& section : sections)
            if (!section.startsWith(QStringLiteral("events\n")) &&
                !section.startsWith(QStringLiteral("outbox\n")) &&
                !section.startsWith(QStringLiteral("outbox_heads\n")) &&
                !section.startsWith(QStringLiteral("inbox\n")))
                kept.append(section);
        return kept.join(QStringLiteral("## "));
    }
    std::int64_t head() { return connection().queryInt("SELECT max(seq) FROM events").value_or(-1); }
    std::int64_t outboxRows() { return connection().queryInt("SELECT count(*) FROM outbox").value_or(-1); }
};

QStringList types(const ActionReceipt& receipt)
{
    QStringList result;
    for (const RecordedEvent& e : receipt.events)
        result.append(e.type);
    return result;
}

const RecordedEvent& only(const ActionReceipt& receipt, const QString& type)
{
    for (const RecordedEvent& e : receipt.events)
        if (e.type == type)
            return e;
    FAIL("no " << type.toStdString() << " event");
    return receipt.events.first();
}

// "lineNo|sku|ordered|reserved|missing" per short line.
QStringList shortLines(const QJsonObject& payload)
{
    QStringList out;
    for (const QJsonValue& v : payload.value(QStringLiteral("shortLines")).toArray()) {
        const QJsonObject l = v.toObject();
        out.append(QStringLiteral("%1|%2|%3|%4|%5")
                       .arg(QString::number(l.value(QStringLiteral("lineNo")).toInteger()),
                            l.value(QStringLiteral("sku")).toString(),
                            QString::number(l.value(QStringLiteral("ordered")).toInteger()),
                            QString::number(l.value(QStringLiteral("reserved")).toInteger()),
                            QString::number(l.value(QStringLiteral("missing")).toInteger())));
    }
    return out;
}

} // namespace

// ---- partial reservations
// ---------------------------------------------------------------------------------------------------

TEST_CASE("a partial reservation holds what there is, and the order ships exactly that",
          "[db][reserve][partial]")
{
    ReserveFixture p;
    const ActionReceipt receipt =
        p.reserve(ReserveFixture::order(QStringLiteral("SO-P"),
                                        {ReserveFixture::line(1, kRare, 6), ReserveFixture::line(2, kMug, 2),
                                         ReserveFixture::line(3, kNone, 1)},
                                        true));
    REQUIRE(types(receipt).mid(0, 2) ==
            QStringList{EventType::OrderRegistered, EventType::InventoryReserved});
    const QJsonObject reserved = only(receipt, EventType::InventoryReserved).payloadObject();
    CHECK(reserved.value(QStringLiteral("partial")).toBool());
    CHECK(shortLines(reserved) ==
          QStringList{QStringLiteral("1|ACME-RARE|6|4|2"), QStringLiteral("3|ACME-NONE|1|0|1")});
    CHECK(p.reserved(kRare, QStringLiteral("ACME-PICK")) == 4);
    CHECK(p.reserved(kMug, QStringLiteral("ACME-PICK2")) == 2);
    CHECK(p.connection().queryInt("SELECT allow_partial FROM orders WHERE order_id = 'SO-P'") == 1);
    CHECK(p.store().order(p.acme, QStringLiteral("SO-P"))->allowPartial);
    // The order keeps what the customer ordered; the reservation says what will ship.
    CHECK(p.connection().queryInt("SELECT sum(quantity) FROM order_lines WHERE order_id = 'SO-P'") == 9);
    CHECK(p.connection().queryInt("SELECT count(*) FROM outbox o JOIN events e ON e.seq = o.event_seq WHERE "
                                  "e.type = 'InventoryReserved'") == 1);

    const QList<PickTask> tasks = p.plan({QStringLiteral("SO-P")});
    REQUIRE(tasks.size() == 1);
    std::int64_t toPick = 0;
    for (const PickTaskLine& l : tasks[0].lines)
        toPick += l.quantity;
    CHECK(toPick == 6); // 4 + 2: the reserved quantities, nothing of the short remainder
    p.pickAll(tasks[0].id, QStringLiteral("SO-P"));
    WH_REQUIRE_OK(p.ship(QStringLiteral("SO-P")));
    CHECK(p.store().order(p.acme, QStringLiteral("SO-P"))->status == OrderStatus::Shipped);
    CHECK(p.connection().queryInt("SELECT sum(picked) FROM allocations WHERE order_id = 'SO-P'") == 6);
    p.checkRebuild();
}

TEST_CASE("an order without partial still ships every unit", "[db][reserve][partial]")
{
    ReserveFixture p;
    p.reserve(ReserveFixture::order(QStringLiteral("SO-1"), {ReserveFixture::line(1, kRare, 3)}));
    const QList<PickTask> tasks = p.plan();
    REQUIRE(tasks.size() == 1);
    // Two of three picked: not the part shipment this order never allowed.
    WH_REQUIRE_OK(p.store().confirmPick(p.acme, p.actor(),
                                        {tasks[0].id, 1, QStringLiteral("ACME-PICK"),
                                         ScannedItem{kRare, {}, {}}, 2, QStringLiteral("TOTE-1")}));
    auto shipped = p.ship(QStringLiteral("SO-1"));
    REQUIRE_FALSE(shipped.ok());
    CHECK(shipped.error().code == ErrorCode::NotFullyPicked);
}

// ---- ReservationFailed
// ---------------------------------------------------------------------------------------------------

TEST_CASE("a request the stock cannot meet is answered with ReservationFailed, and only once",
          "[db][reserve][inbox]")
{
    ReserveFixture p;
    const Order order = ReserveFixture::order(
        QStringLiteral("SO-F"), {ReserveFixture::line(1, kSku, 5), ReserveFixture::line(2, kRare, 7)});
    auto handler = [&](Inventory& inv) {
        return inv.reserve(order);
    };
    const QString projectionsBefore = p.projections();
    const std::int64_t headBefore = p.head();
    const std::int64_t outboxBefore = p.outboxRows();

    auto first = p.store().applyCommand(p.acme, QStringLiteral("cmd-F"), QStringLiteral("ReserveInventory"),
                                        p.actor(), handler);
    WH_REQUIRE_OK(first);
    CHECK_FALSE(first->applied);
    CHECK_FALSE(first->duplicate);
    CHECK(first->errorCode == QStringLiteral("insufficient_stock"));
    CHECK(first->detail.contains(QStringLiteral("line 2 (ACME-RARE) is short by 3")));
    CHECK(first->firstSeq == headBefore + 1);
    CHECK(first->lastSeq == first->firstSeq);
    // The answer, its outbox row, and nothing else: no order, no stock held.
    CHECK(p.head() == headBefore + 1);
    CHECK(p.outboxRows() == outboxBefore + 1);
    CHECK(p.projections() == projectionsBefore);
    RecordedEvent failed;
    WH_REQUIRE_OK(p.store().forEachEvent(first->firstSeq, [&](const RecordedEvent& e) {
        failed = e;
        return false;
    }));
    CHECK(failed.type == EventType::ReservationFailed);
    CHECK(failed.aggregateId == QStringLiteral("SO-F"));
    CHECK(failed.tenantId == QStringLiteral("acme"));
    const QJsonObject payload = failed.payloadObject();
    CHECK(payload.value(QStringLiteral("orderId")).toString() == QStringLiteral("SO-F"));
    CHECK(payload.value(QStringLiteral("code")).toString() == QStringLiteral("insufficient_stock"));
    CHECK(payload.value(QStringLiteral("reason")).toString() == QStringLiteral("InsufficientStock"));
    CHECK(shortLines(payload) == QStringList{QStringLiteral("2|ACME-RARE|7|4|3")});

    // Redelivered: the same answer, nothing new written.
    const QString after = dumpDatabase(p.connection());
    auto again = p.store().applyCommand(p.acme, QStringLiteral("cmd-F"), QStringLiteral("ReserveInventory"),
                                        p.actor(), handler);
    WH_REQUIRE_OK(again);
    CHECK(again->duplicate);
    CHECK_FALSE(again->applied);
    CHECK(again->errorCode == first->errorCode);
    CHECK(again->detail == first->detail);
    CHECK(again->firstSeq == first->firstSeq);
    CHECK(again->lastSeq == first->lastSeq);
    CHECK(dumpDatabase(p.connection()) == after);

    // Not registered: asked again under a new command once stock came in, it is reserved.
    p.receive(kRare, QStringLiteral("ACME-BULK"), 3);
    auto retry = p.store().applyCommand(p.acme, QStringLiteral("cmd-F2"), QStringLiteral("ReserveInventory"),
                                        p.actor(), handler);
    WH_REQUIRE_OK(retry);
    CHECK(retry->applied);
    CHECK(p.store().order(p.acme, QStringLiteral("SO-F")).ok());
    p.checkRebuild();
}

TEST_CASE("the direct call returns insufficient_stock with the answer it committed", "[db][reserve]")
{
    ReserveFixture p;
    const std::int64_t headBefore = p.head();
    // Allowing partial does not help an order of which nothing at all is there.
    auto r = p.store().reserve(
        p.acme, p.actor(),
        ReserveFixture::order(QStringLiteral("SO-N"), {ReserveFixture::line(1, kNone, 2)}, true));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::InsufficientStock);
    REQUIRE(r.error().answer.size() == 1);
    CHECK(r.error().answer[0].type == EventType::ReservationFailed);
    CHECK(shortLines(r.error().answer[0].payload) == QStringList{QStringLiteral("1|ACME-NONE|2|0|2")});
    CHECK(p.head() == headBefore + 1);
    CHECK_FALSE(p.store().order(p.acme, QStringLiteral("SO-N")).ok());

    // In a batch the refusal rolls everything back, its answer too.
    const QString before = dumpDatabase(p.connection());
    const Order good = ReserveFixture::order(QStringLiteral("SO-G"), {ReserveFixture::line(1, kSku, 1)});
    const Order bad = ReserveFixture::order(QStringLiteral("SO-B"), {ReserveFixture::line(1, kNone, 1)});
    auto batch = p.store().executeBatch(p.acme, p.actor(),
                                        {[&](Inventory& inv) { return inv.reserve(good); },
                                         [&](Inventory& inv) {
                                             return inv.reserve(bad);
                                         }});
    REQUIRE_FALSE(batch.ok());
    CHECK(batch.error().code == ErrorCode::InsufficientStock);
    CHECK(batch.error().answer.isEmpty());
    CHECK(dumpDatabase(p.connection()) == before);
}

TEST_CASE("requests that break the order rules are refused with their reason and write nothing",
          "[db][reserve][inbox]")
{
    ReserveFixture p;
    struct Case
    {
        const char* name;
        Order order;
        const char* code;
    };
    const QList<Case> cases{
        {"over 50 items",
         ReserveFixture::order(QStringLiteral("SO-R1"),
                               {ReserveFixture::line(1, kSku, 30), ReserveFixture::line(2, kSku, 21)}),
         "too_many_items"},
        {"unknown SKU",
         ReserveFixture::order(QStringLiteral("SO-R2"),
                               {ReserveFixture::line(1, QStringLiteral("NO-SUCH"), 1)}),
         "unknown_sku"},
        {"worth under $5.00",
         ReserveFixture::order(QStringLiteral("SO-R3"), {OrderLine{1, kSku, 1, Money::fromMinor(499)}}),
         "order_value_out_of_range"},
        {"worth over $10,000.00",
         ReserveFixture::order(QStringLiteral("SO-R4"), {OrderLine{1, kSku, 2, Money::fromMinor(500'001)}}),
         "order_value_out_of_range"},
    };
    int n = 0;
    for (const Case& c : cases) {
        INFO(c.name);
        const QString before = dumpDatabase(p.connection());
        const std::int64_t changes = sqlite3_total_changes64(p.connection().handle());
        auto outcome = p.store().applyCommand(p.acme, QStringLiteral("cmd-R%1").arg(++n),
                                              QStringLiteral("ReserveInventory"), p.actor(),
                                              [&](Inventory& inv) { return inv.reserve(c.order); });
        WH_REQUIRE_OK(outcome);
        CHECK_FALSE(outcome->applied);
        CHECK(outcome->errorCode == QLatin1String(c.code));
        CHECK_FALSE(outcome->detail.isEmpty());
        CHECK(outcome->firstSeq == 0);
        // Only the inbox row that remembers the answer.
        CHECK(sqlite3_total_changes64(p.connection().handle()) == changes + 1);
        auto direct = p.store().reserve(p.acme, p.actor(), c.order);
        REQUIRE_FALSE(direct.ok());
        CHECK(errorCodeName(direct.error().code) == QLatin1String(c.code));
        CHECK(direct.error().answer.isEmpty());
        CHECK(p.connection().queryInt("SELECT count(*) FROM events WHERE type = 'ReservationFailed'") == 0);
        (void)before;
    }
}

// ---- modification
// ---------------------------------------------------------------------------------------------------

TEST_CASE("a modification before planning releases and re-reserves in one action", "[db][modify]")
{
    ReserveFixture p;
    p.reserve(ReserveFixture::order(QStringLiteral("SO-M"), {ReserveFixture::line(1, kSku, 5)}));
    CHECK(p.reserved(kSku, QStringLiteral("ACME-PICK")) == 5);

    auto modified =
        p.store().modifyOrder(p.acme, p.actor(),
                              {QStringLiteral("SO-M"),
                               {ReserveFixture::line(1, kSku, 8), ReserveFixture::line(2, kMug, 3)},
                               QStringLiteral("customer added a mug")});
    WH_REQUIRE_OK(modified);
    CHECK(types(*modified).mid(0, 3) == QStringList{EventType::OrderModified, EventType::ReservationReleased,
                                                    EventType::InventoryReserved});
    const QJsonObject payload = only(*modified, EventType::OrderModified).payloadObject();
    CHECK(payload.value(QStringLiteral("reason")).toString() == QStringLiteral("customer added a mug"));
    CHECK(payload.value(QStringLiteral("oldLines")).toArray().size() == 1);
    CHECK(payload.value(QStringLiteral("lines")).toArray().size() == 2);
    CHECK(p.connection().queryInt("SELECT count(*) FROM outbox o JOIN events e ON e.seq = o.event_seq WHERE "
                                  "e.type = 'OrderModified'") == 1);

    CHECK(p.reserved(kSku, QStringLiteral("ACME-PICK")) == 8);
    CHECK(p.reserved(kMug, QStringLiteral("ACME-PICK2")) == 3);
    const Order now = p.store().order(p.acme, QStringLiteral("SO-M")).value();
    REQUIRE(now.lines.size() == 2);
    CHECK(now.lines[0].quantity == 8);
    CHECK(now.lines[1].sku == kMug);
    CHECK(p.connection().queryInt("SELECT item_count * 100000 + value_minor FROM orders WHERE order_id = "
                                  "'SO-M'") == 11 * 100000 + 11'000);

    // A line removed, the pick face used to the last unit: the order's own units count as free.
    WH_REQUIRE_OK(p.store().modifyOrder(p.acme, p.actor(),
                                        {QStringLiteral("SO-M"), {ReserveFixture::line(2, kSku, 20)}, {}}));
    CHECK(p.reserved(kSku, QStringLiteral("ACME-PICK")) == 20);
    CHECK(p.reserved(kSku, QStringLiteral("ACME-BULK")) == 0);
    CHECK(p.reserved(kMug, QStringLiteral("ACME-PICK2")) == 0);
    WH_REQUIRE_OK(p.store().modifyOrder(p.acme, p.actor(),
                                        {QStringLiteral("SO-M"), {ReserveFixture::line(2, kSku, 19)}, {}}));
    CHECK(p.reserved(kSku, QStringLiteral("ACME-PICK")) == 19);
    CHECK(p.reserved(kSku, QStringLiteral("ACME-BULK")) == 0);

    // Planned and picked as modified.
    const QList<PickTask> tasks = p.plan();
    REQUIRE(tasks.size() == 1);
    p.pickAll(tasks[0].id, QStringLiteral("SO-M"));
    WH_REQUIRE_OK(p.ship(QStringLiteral("SO-M")));
    p.checkRebuild();
}

TEST_CASE("a modification is refused, with nothing changed, when it breaks the rules or the stock is short",
          "[db][modify]")
{
    ReserveFixture p;
    p.reserve(ReserveFixture::order(QStringLiteral("SO-M"), {ReserveFixture::line(1, kRare, 2)}));
    struct Case
    {
        const char* name;
        QList<OrderLine> lines;
        ErrorCode code;
        bool answered;
    };
    const QList<Case> cases{
        {"over 50 items",
         {ReserveFixture::line(1, kSku, 26), ReserveFixture::line(2, kSku, 25)},
         ErrorCode::TooManyItems,
         false},
        {"unknown SKU",
         {ReserveFixture::line(1, QStringLiteral("NO-SUCH"), 1)},
         ErrorCode::UnknownSku,
         false},
        {"worth too little",
         {OrderLine{1, kSku, 1, Money::fromMinor(100)}},
         ErrorCode::OrderValueOutOfRange,
         false},
        {"worth too much",
         {OrderLine{1, kSku, 2, Money::fromMinor(600'000)}},
         ErrorCode::OrderValueOutOfRange,
         false},
        {"no lines", {}, ErrorCode::InvalidArgument, false},
        {"changes nothing", {ReserveFixture::line(1, kRare, 2)}, ErrorCode::InvalidArgument, false},
        {"short of stock", {ReserveFixture::line(1, kRare, 5)}, ErrorCode::InsufficientStock, true},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        const QString before = dumpDatabase(p.connection());
        const QString projectionsBefore = p.projections();
        const std::int64_t headBefore = p.head();
        auto r = p.store().modifyOrder(p.acme, p.actor(), {QStringLiteral("SO-M"), c.lines, {}});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == c.code);
        CHECK_FALSE(r.error().message.isEmpty());
        if (!c.answered) {
            CHECK(r.error().answer.isEmpty());
            CHECK(dumpDatabase(p.connection()) == before);
            continue;
        }
        // The saga hears it; the order and its reservation stay as they were.
        CHECK(p.projections() == projectionsBefore);
        CHECK(p.head() == headBefore + 1);
        REQUIRE(r.error().answer.size() == 1);
        const DomainEvent& answer = r.error().answer[0];
        CHECK(answer.type == EventType::ModifyRejected);
        CHECK(answer.payload.value(QStringLiteral("reason")).toString() ==
              QStringLiteral("InsufficientStock"));
        CHECK(shortLines(answer.payload) == QStringList{QStringLiteral("1|ACME-RARE|5|4|1")});
    }
    CHECK(p.reserved(kRare, QStringLiteral("ACME-PICK")) == 2);
    p.checkRebuild();
}

TEST_CASE("a modification after planning stops the task's lines and re-plans the new allocations",
          "[db][modify][picking]")
{
    ReserveFixture p;
    p.reserve(ReserveFixture::order(QStringLiteral("SO-A"), {ReserveFixture::line(1, kSku, 2)}));
    p.reserve(ReserveFixture::order(QStringLiteral("SO-B"), {ReserveFixture::line(1, kMug, 1)}));
    const QList<PickTask> batch = p.plan({}, PickStrategy::Batch);
    REQUIRE(batch.size() == 1);
    REQUIRE(batch[0].orderIds().size() == 2);

    auto modified = p.store().modifyOrder(
        p.acme, p.actor(),
        {QStringLiteral("SO-A"), {ReserveFixture::line(1, kSku, 3), ReserveFixture::line(2, kMug, 2)}, {}});
    WH_REQUIRE_OK(modified);
    CHECK(types(*modified).mid(0, 4) == QStringList{EventType::OrderModified, EventType::PickLinesCancelled,
                                                    EventType::ReservationReleased,
                                                    EventType::InventoryReserved});
    // The walk still holds SO-B; SO-A's line on it is stopped.
    const PickTask after = p.store().pickTask(p.acme, batch[0].id).value();
    CHECK(after.status == PickTaskStatus::Open);
    for (const PickTaskLine& l : after.lines)
        CHECK((l.orderId == QStringLiteral("SO-A")) == (l.open() == 0));

    // The new allocations wait for planning, and are planned.
    const QList<PickTask> replanned = p.plan({QStringLiteral("SO-A")});
    REQUIRE(replanned.size() == 1);
    std::int64_t toPick = 0;
    for (const PickTaskLine& l : replanned[0].lines)
        toPick += l.quantity;
    CHECK(toPick == 5);

    // SO-B finishes the first walk; SO-A ships as modified.
    p.pickAll(batch[0].id, QStringLiteral("SO-B"));
    CHECK(p.store().pickTask(p.acme, batch[0].id)->status == PickTaskStatus::Done);
    p.pickAll(replanned[0].id, QStringLiteral("SO-A"));
    WH_REQUIRE_OK(p.ship(QStringLiteral("SO-A")));
    WH_REQUIRE_OK(p.ship(QStringLiteral("SO-B")));
    p.checkRebuild();
}

TEST_CASE("a modification once picking started, or later, is refused and answered with ModifyRejected",
          "[db][modify][inbox]")
{
    ReserveFixture p;
    p.reserve(ReserveFixture::order(QStringLiteral("SO-A"), {ReserveFixture::line(1, kSku, 2)}));
    p.reserve(ReserveFixture::order(QStringLiteral("SO-B"), {ReserveFixture::line(1, kMug, 1)}));
    p.reserve(ReserveFixture::order(QStringLiteral("SO-C"), {ReserveFixture::line(1, kSku, 1)}));
    const QList<PickTask> batch =
        p.plan({QStringLiteral("SO-A"), QStringLiteral("SO-B")}, PickStrategy::Batch);
    REQUIRE(batch.size() == 1);
    p.pickAll(batch[0].id, QStringLiteral("SO-B")); // the walk has started; SO-A is not picked yet
    const QList<PickTask> single = p.plan({QStringLiteral("SO-C")});
    REQUIRE(single.size() == 1);
    WH_REQUIRE_OK(p.store().confirmPick(p.acme, p.actor(),
                                        {single[0].id, 1, QStringLiteral("ACME-PICK"),
                                         ScannedItem{kSku, {}, {}}, 1, QStringLiteral("TOTE-C")}));
    WH_REQUIRE_OK(p.ship(QStringLiteral("SO-C")));
    p.reserve(ReserveFixture::order(QStringLiteral("SO-X"), {ReserveFixture::line(1, kSku, 1)}));
    WH_REQUIRE_OK(
        p.store().cancelOrder(p.acme, p.actor(), QStringLiteral("SO-X"), QStringLiteral("customer")));

    struct Case
    {
        QString orderId;
        QString reason;
        QString status;
    };
    int n = 0;
    for (const Case& c :
         {Case{QStringLiteral("SO-A"), QStringLiteral("PickingStarted"), QStringLiteral("Paid")},
          Case{QStringLiteral("SO-B"), QStringLiteral("PickingStarted"), QStringLiteral("Processing")},
          Case{QStringLiteral("SO-C"), QStringLiteral("AlreadyShipped"), QStringLiteral("Shipped")},
          Case{QStringLiteral("SO-X"), QStringLiteral("Cancelled"), QStringLiteral("Cancelled")}}) {
        INFO(c.orderId.toStdString());
        const ModifyOrder cmd{c.orderId, {ReserveFixture::line(1, kSku, 4)}, QStringLiteral("customer")};
        const QString projectionsBefore = p.projections();
        const std::int64_t headBefore = p.head();
        const std::int64_t outboxBefore = p.outboxRows();
        const QString commandId = QStringLiteral("cmd-M%1").arg(++n);
        auto handler = [&](Picking& picking) {
            return picking.modifyOrder(cmd);
        };
        auto outcome =
            p.store().applyCommand(p.acme, commandId, QStringLiteral("ModifyOrder"), p.actor(), handler);
        WH_REQUIRE_OK(outcome);
        CHECK_FALSE(outcome->applied);
        CHECK(outcome->errorCode == QStringLiteral("too_late_to_modify"));
        CHECK(outcome->firstSeq == headBefore + 1);
        CHECK(outcome->lastSeq == headBefore + 1);
        CHECK(p.outboxRows() == outboxBefore + 1);
        CHECK(p.projections() == projectionsBefore); // nothing else changed
        RecordedEvent answer;
        WH_REQUIRE_OK(p.store().forEachEvent(outcome->firstSeq, [&](const RecordedEvent& e) {
            answer = e;
            return false;
        }));
        CHECK(answer.type == EventType::ModifyRejected);
        const QJsonObject payload = answer.payloadObject();
        CHECK(payload.value(QStringLiteral("orderId")).toString() == c.orderId);
        CHECK(payload.value(QStringLiteral("reason")).toString() == c.reason);
        CHECK(payload.value(QStringLiteral("code")).toString() == QStringLiteral("too_late_to_modify"));
        CHECK(payload.value(QStringLiteral("status")).toString() == c.status);

        // Redelivered: the same answer, nothing written.
        const QString after = dumpDatabase(p.connection());
        auto again =
            p.store().applyCommand(p.acme, commandId, QStringLiteral("ModifyOrder"), p.actor(), handler);
        WH_REQUIRE_OK(again);
        CHECK(again->duplicate);
        CHECK(again->errorCode == outcome->errorCode);
        CHECK(again->firstSeq == outcome->firstSeq);
        CHECK(dumpDatabase(p.connection()) == after);

        // The direct call says the same, as an error with the answer it committed.
        auto direct = p.store().modifyOrder(p.acme, p.actor(), cmd);
        REQUIRE_FALSE(direct.ok());
        CHECK(direct.error().code == ErrorCode::TooLateToModify);
        CHECK(direct.error().answer.size() == 1);
    }
    p.checkRebuild();
}
