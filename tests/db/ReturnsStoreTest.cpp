// Customer returns on a real store file: against an order that really shipped (picked, packed, handed over)
// or an RMA; Restocked and ReturnReceived go out through the outbox; more than was shipped is refused;
// another merchant's orders and returns are out of reach; and every unit on hand is accounted for by the log:
// on hand = received + returned - picked + put back - scrapped +/- adjusted.
#include "StockControlStoreFixture.h"

#include <QJsonArray>

using namespace wh;
using wh::test::loggedEvents;
using wh::test::StockControlStore;

namespace {

// Reserves, picks, packs and hands over an order of `quantity` units of the tenant's SKU.
void shipOrder(StockControlStore& s, const QString& orderId, std::int64_t quantity)
{
    Order o;
    o.id = orderId;
    o.status = OrderStatus::Paid;
    o.lines = {OrderLine{1, s.sku, quantity, Money::fromMinor(1000)}};
    o.service = QStringLiteral("Standard");
    o.promisedDate = wh::test::fixedNow().date().addDays(5);
    o.shipTo = wh::test::testAddress(orderId);
    WH_REQUIRE_OK(s.store().reserve(s.acme, s.scheduler, o));
    auto planned = s.store().planPicking(s.acme, s.supervisor, {PickStrategy::Single, 8, {orderId}});
    WH_REQUIRE_OK(planned);
    for (const RecordedEvent& e : planned->events) {
        if (e.type != EventType::PickTaskCreated)
            continue;
        auto task = s.store().pickTask(s.acme, e.aggregateId);
        WH_REQUIRE_OK(task);
        for (const PickTaskLine& l : task->lines)
            WH_REQUIRE_OK(s.store().confirmPick(s.acme, s.picker,
                                                {task->id, l.seqNo, l.key.location,
                                                 ScannedItem{l.key.sku, l.key.lot, l.expiry}, l.open(),
                                                 QStringLiteral("TOTE-") + orderId}));
    }
    WH_REQUIRE_OK(wh::test::packAndShip(s.store(), s.acme, s.admin(), orderId));
    REQUIRE(s.store().order(s.acme, orderId)->status == OrderStatus::Shipped);
}

QString openReturn(StockControlStore& s, const OpenReturn& cmd)
{
    auto receipt = s.store().openReturn(s.acme, s.receiver, cmd);
    WH_REQUIRE_OK(receipt);
    REQUIRE(receipt->events.size() == 1);
    return receipt->events[0].aggregateId;
}

// The log's account of a SKU's units against the stock projection's.
void checkReconciliation(StockControlStore& s, const QString& tenant, const QString& sku)
{
    std::int64_t fromLog = 0;
    for (const RecordedEvent& e : loggedEvents(s.store())) {
        if (e.tenantId != tenant)
            continue;
        const QJsonObject p = e.payloadObject();
        if (p.value(QStringLiteral("sku")).toString() != sku)
            continue;
        const std::int64_t q = p.value(QStringLiteral("quantity")).toInteger();
        if (e.type == EventType::StockReceived || e.type == EventType::StockPutBack)
            fromLog += q;
        else if (e.type == EventType::ReturnItemReceived &&
                 p.value(QStringLiteral("disposition")).toString() != QStringLiteral("scrap"))
            fromLog += q;
        else if (e.type == EventType::StockPicked || e.type == EventType::StockScrapped)
            fromLog -= q;
        else if (e.type == EventType::StockAdjusted)
            fromLog += p.value(QStringLiteral("delta")).toInteger();
    }
    db::Statement onHand = s.store().connection().prepare(
        "SELECT coalesce(sum(on_hand), 0) FROM stock WHERE tenant_id = ?1 AND sku = ?2");
    onHand.bind(1, tenant).bind(2, sku);
    REQUIRE(onHand.next());
    CHECK(onHand.int64(0) == fromLog);
}

} // namespace

TEST_CASE("a shipped order comes back: restock, quarantine, scrap, and the central service hears of it",
          "[db][returns]")
{
    StockControlStore s;
    WH_REQUIRE_OK(wh::test::configureShipping(s.store(), s.acme, s.admin()));
    s.receive(s.pick, 12);
    shipOrder(s, QStringLiteral("SO-1"), 4); // 8 left: LowStock
    REQUIRE(*s.store().lowStockFlagged(s.acme, s.sku));

    const QString id = openReturn(s, {QStringLiteral("SO-1"), {}});
    CHECK(id.startsWith(QLatin1Char('R')));
    std::int64_t before = s.head();
    WH_REQUIRE_OK(s.store().receiveReturnItem(s.acme, s.receiver,
                                              {id, s.sku, {}, {}, 2, ReturnDisposition::Restock, s.pick}));
    CHECK(s.typesFrom(before + 1) ==
          QStringList{EventType::ReturnItemReceived, EventType::Restocked, EventType::LowStockCleared});
    CHECK(*s.store().sellable(s.acme, s.sku) == 10);
    WH_REQUIRE_OK(s.store().receiveReturnItem(s.acme, s.receiver,
                                              {id, s.sku, {}, {}, 1, ReturnDisposition::Quarantine, s.qa}));
    WH_REQUIRE_OK(s.store().receiveReturnItem(s.acme, s.receiver,
                                              {id, s.sku, {}, {}, 1, ReturnDisposition::Scrap, {}}));
    CHECK(s.level(s.qa).onHand == 1);
    CHECK(*s.store().sellable(s.acme, s.sku) == 10);
    // All four are back: a fifth is refused and nothing is written.
    WH_CHECK_REFUSED_UNCHANGED(
        s,
        s.store().receiveReturnItem(s.acme, s.receiver,
                                    {id, s.sku, {}, {}, 1, ReturnDisposition::Restock, s.pick}),
        ErrorCode::OverReturn);

    before = s.head();
    WH_REQUIRE_OK(s.store().closeReturn(s.acme, s.receiver, id));
    const QList<RecordedEvent> closed = loggedEvents(s.store(), before + 1);
    REQUIRE(closed.size() == 1);
    CHECK(closed[0].type == EventType::ReturnReceived);
    CHECK(closed[0].aggregateType == QStringLiteral("return"));
    const QJsonObject payload = closed[0].payloadObject();
    CHECK(payload.value(QStringLiteral("orderId")).toString() == QStringLiteral("SO-1"));
    CHECK(payload.value(QStringLiteral("lines")).toArray().size() == 3);
    const QStringList outbox = s.outboxTypes();
    CHECK(outbox.contains(EventType::Restocked));
    CHECK(outbox.last() == EventType::ReturnReceived);
    CHECK_FALSE(outbox.contains(EventType::ReturnItemReceived));
    CHECK_FALSE(outbox.contains(EventType::ReturnOpened));

    auto record = s.store().customerReturn(s.acme, id);
    WH_REQUIRE_OK(record);
    CHECK(record->status == ReturnStatus::Received);
    CHECK(record->lines.size() == 3);
    // The order's status is the central service's business.
    CHECK(s.store().order(s.acme, QStringLiteral("SO-1"))->status == OrderStatus::Shipped);
    WH_CHECK_REFUSED_UNCHANGED(s, s.store().closeReturn(s.acme, s.receiver, id),
                               ErrorCode::IllegalTransition);

    // The quarantined one turns out unsellable.
    WH_REQUIRE_OK(s.store().scrap(s.acme, s.supervisor, {s.sku, s.qa, {}, 1, ScrapReason::Returned}));
    checkReconciliation(s, QStringLiteral("acme"), s.sku);
    s.rebuildEquals();
}

TEST_CASE("a return against an RMA", "[db][returns]")
{
    StockControlStore s;
    WH_CHECK_REFUSED_UNCHANGED(
        s, s.store().authorizeReturn(s.acme, s.receiver, {QStringLiteral("RMA-1"), {}, {RmaLine{s.sku, 2}}}),
        ErrorCode::PermissionDenied);
    WH_REQUIRE_OK(s.store().authorizeReturn(
        s.acme, s.scheduler, {QStringLiteral("RMA-1"), QStringLiteral("WEB-9"), {RmaLine{s.sku, 2}}}));
    WH_CHECK_REFUSED_UNCHANGED(
        s,
        s.store().authorizeReturn(s.acme, s.supervisor, {QStringLiteral("RMA-1"), {}, {RmaLine{s.sku, 1}}}),
        ErrorCode::AlreadyExists);
    auto rma = s.store().rma(s.acme, QStringLiteral("RMA-1"));
    WH_REQUIRE_OK(rma);
    CHECK(rma->orderId == QStringLiteral("WEB-9"));
    CHECK(s.store().rma(s.globex, QStringLiteral("RMA-1")).error().code == ErrorCode::UnknownRma);

    const QString id = openReturn(s, {{}, QStringLiteral("RMA-1")});
    WH_REQUIRE_OK(s.store().receiveReturnItem(s.acme, s.receiver,
                                              {id, s.sku, {}, {}, 2, ReturnDisposition::Restock, s.bulk}));
    WH_CHECK_REFUSED_UNCHANGED(
        s,
        s.store().receiveReturnItem(s.acme, s.receiver,
                                    {id, s.sku, {}, {}, 1, ReturnDisposition::Restock, s.bulk}),
        ErrorCode::OverReturn);
    WH_REQUIRE_OK(s.store().closeReturn(s.acme, s.receiver, id));
    const QJsonObject payload = loggedEvents(s.store(), s.head()).first().payloadObject();
    CHECK(payload.value(QStringLiteral("rmaId")).toString() == QStringLiteral("RMA-1"));
    CHECK(s.level(s.bulk).onHand == 2);
    checkReconciliation(s, QStringLiteral("acme"), s.sku);
    s.rebuildEquals();
}

TEST_CASE("returns refusals write nothing - another merchant's orders and returns are out of reach",
          "[db][returns][tenant]")
{
    StockControlStore s;
    WH_REQUIRE_OK(wh::test::configureShipping(s.store(), s.acme, s.admin()));
    s.receive(s.pick, 12);
    shipOrder(s, QStringLiteral("SO-1"), 2);
    Order open;
    open.id = QStringLiteral("SO-2");
    open.status = OrderStatus::Paid;
    open.lines = {OrderLine{1, s.sku, 1, Money::fromMinor(1000)}};
    WH_REQUIRE_OK(s.store().reserve(s.acme, s.scheduler, open));
    const QString id = openReturn(s, {QStringLiteral("SO-1"), {}});

    WH_CHECK_REFUSED_UNCHANGED(s, s.store().openReturn(s.acme, s.picker, {QStringLiteral("SO-1"), {}}),
                               ErrorCode::PermissionDenied);
    WH_CHECK_REFUSED_UNCHANGED(s, s.store().openReturn(s.acme, s.receiver, {QStringLiteral("SO-2"), {}}),
                               ErrorCode::IllegalTransition);
    WH_CHECK_REFUSED_UNCHANGED(s, s.store().openReturn(s.acme, s.receiver, {{}, QStringLiteral("RMA-X")}),
                               ErrorCode::UnknownRma);
    WH_CHECK_REFUSED_UNCHANGED(s, s.store().openReturn(s.globex, s.receiver, {QStringLiteral("SO-1"), {}}),
                               ErrorCode::UnknownOrder);
    WH_CHECK_REFUSED_UNCHANGED(
        s,
        s.store().receiveReturnItem(
            s.globex, s.receiver,
            {id, QStringLiteral("GLOBEX-SKU1"), {}, {}, 1, ReturnDisposition::Scrap, {}}),
        ErrorCode::UnknownReturn);
    WH_CHECK_REFUSED_UNCHANGED(s, s.store().closeReturn(s.globex, s.receiver, id), ErrorCode::UnknownReturn);
    CHECK(s.store().customerReturn(s.globex, id).error().code == ErrorCode::UnknownReturn);
    WH_CHECK_REFUSED_UNCHANGED(
        s,
        s.store().receiveReturnItem(
            s.acme, s.receiver,
            {id, s.sku, {}, {}, 1, ReturnDisposition::Restock, QStringLiteral("GLOBEX-PICK")}),
        ErrorCode::ForeignTenant);
    WH_CHECK_REFUSED_UNCHANGED(
        s,
        s.store().receiveReturnItem(s.acme, s.receiver,
                                    {id, s.sku, {}, {}, 3, ReturnDisposition::Restock, s.pick}),
        ErrorCode::OverReturn);
    WH_CHECK_REFUSED_UNCHANGED(s, s.store().closeReturn(s.acme, s.receiver, id), ErrorCode::InvalidArgument);
    WH_CHECK_REFUSED_UNCHANGED(s, s.store().closeReturn(s.acme, s.receiver, QStringLiteral("R999")),
                               ErrorCode::UnknownReturn);
}
