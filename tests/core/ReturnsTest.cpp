// Customer returns: against a shipped order (only what it shipped, per SKU and lot) or an RMA (only what it
// authorises); each item restocked, quarantined or scrapped as it is inspected; ReturnReceived on closing.
#include "MemoryStockControlState.h"

using namespace wh;
using wh::test::eventTypes;
using wh::test::number;
using wh::test::StockControlFixture;
using wh::test::text;

namespace {

// An order that shipped 3 WIDGET (from PICK-01) and 2 MILK of lot L1: reserved, picked, handed over.
void shippedOrder(StockControlFixture& f, const QString& orderId, OrderStatus status = OrderStatus::Shipped)
{
    f.put(f.kWidget, f.kPick1, 20);
    f.put(f.kMilk, f.kBulk1, 10, 0, QStringLiteral("L1"), f.kLater);
    f.reserved(StockControlFixture::order(
        orderId, OrderStatus::Paid,
        {StockControlFixture::line(1, f.kWidget, 3), StockControlFixture::line(2, f.kMilk, 2)}));
    f.commit(f.inventory().pick({orderId, 1, f.kPick1, {}, 3}));
    f.commit(f.inventory().pick({orderId, 2, f.kBulk1, QStringLiteral("L1"), 2}));
    Order order = *f.state.order(orderId);
    order.status = status;
    f.state.addOrder(order);
}

} // namespace

TEST_CASE("a return against a shipped order: restock, quarantine and scrap, then ReturnReceived",
          "[core][returns]")
{
    StockControlFixture f;
    shippedOrder(f, QStringLiteral("SO-1"));
    const QString r = QStringLiteral("R1");
    EventList events = f.commit(f.returns().open({QStringLiteral("SO-1"), {}}, r));
    REQUIRE(eventTypes(events) == QStringList{EventType::ReturnOpened});
    CHECK(events[0].aggregateType == QStringLiteral("return"));

    events =
        f.commit(f.returns().receiveItem({r, f.kWidget, {}, {}, 1, ReturnDisposition::Restock, f.kPick1}));
    REQUIRE(eventTypes(events) == QStringList{EventType::ReturnItemReceived, EventType::Restocked});
    CHECK(text(events[1], "location") == f.kPick1);
    CHECK(number(events[1], "quantity") == 1);
    CHECK(f.state.level({f.kWidget, f.kPick1, {}}).onHand == 18);

    events =
        f.commit(f.returns().receiveItem({r, f.kWidget, {}, {}, 1, ReturnDisposition::Quarantine, f.kQa}));
    CHECK(eventTypes(events) == QStringList{EventType::ReturnItemReceived});
    CHECK(f.state.level({f.kWidget, f.kQa, {}}).onHand == 1);
    events = f.commit(
        f.returns().receiveItem({r, f.kMilk, QStringLiteral("L1"), {}, 2, ReturnDisposition::Scrap, {}}));
    CHECK(eventTypes(events) == QStringList{EventType::ReturnItemReceived});
    CHECK(text(events[0], "expiry") == QStringLiteral("2026-06-01"));            // as shipped
    CHECK(f.state.level({f.kMilk, f.kBulk1, QStringLiteral("L1")}).onHand == 8); // scrap never enters stock

    // More than shipped: refused, per SKU and lot.
    CORE_CHECK_REFUSED(
        f.returns().receiveItem({r, f.kWidget, {}, {}, 2, ReturnDisposition::Restock, f.kPick1}),
        ErrorCode::OverReturn);
    CORE_CHECK_REFUSED(
        f.returns().receiveItem({r, f.kMilk, QStringLiteral("L1"), {}, 1, ReturnDisposition::Scrap, {}}),
        ErrorCode::OverReturn);
    CORE_CHECK_REFUSED(
        f.returns().receiveItem({r, f.kMilk, QStringLiteral("L9"), {}, 1, ReturnDisposition::Scrap, {}}),
        ErrorCode::OverReturn);
    CORE_CHECK_REFUSED(f.returns().receiveItem({r, f.kBolt, {}, {}, 1, ReturnDisposition::Scrap, {}}),
                       ErrorCode::OverReturn);

    events = f.commit(f.returns().close(r));
    REQUIRE(eventTypes(events) == QStringList{EventType::ReturnReceived});
    CHECK(text(events[0], "orderId") == QStringLiteral("SO-1"));
    CHECK_FALSE(events[0].payload.contains(QStringLiteral("rmaId")));
    const QJsonArray lines = events[0].payload.value(QStringLiteral("lines")).toArray();
    REQUIRE(lines.size() == 3);
    QStringList summary;
    for (const QJsonValue& v : lines)
        summary.append(QStringLiteral("%1/%2/%3/%4")
                           .arg(v[QStringLiteral("sku")].toString(), v[QStringLiteral("lot")].toString(),
                                QString::number(v[QStringLiteral("quantity")].toInteger()),
                                v[QStringLiteral("disposition")].toString()));
    summary.sort();
    CHECK(summary == QStringList{QStringLiteral("MILK/L1/2/scrap"), QStringLiteral("WIDGET//1/quarantine"),
                                 QStringLiteral("WIDGET//1/restock")});
    CORE_CHECK_REFUSED(f.returns().close(r), ErrorCode::IllegalTransition);
    CORE_CHECK_REFUSED(
        f.returns().receiveItem({r, f.kWidget, {}, {}, 1, ReturnDisposition::Restock, f.kPick1}),
        ErrorCode::IllegalTransition);

    // A second return of the same order sees what the first took back.
    f.commit(f.returns().open({QStringLiteral("SO-1"), {}}, QStringLiteral("R2")));
    f.commit(f.returns().receiveItem(
        {QStringLiteral("R2"), f.kWidget, {}, {}, 1, ReturnDisposition::Restock, f.kBulk2}));
    CORE_CHECK_REFUSED(
        f.returns().receiveItem(
            {QStringLiteral("R2"), f.kWidget, {}, {}, 1, ReturnDisposition::Restock, f.kBulk2}),
        ErrorCode::OverReturn);
}

TEST_CASE("restocking clears LowStock once", "[core][returns][low-stock]")
{
    StockControlFixture f;
    shippedOrder(f, QStringLiteral("SO-1"));
    // 17 left in PICK-01; take it down to 9 so WIDGET is low.
    f.commit(f.inventory().adjust({f.kWidget, f.kPick1, {}, {}, -8, AdjustReason::Damaged}));
    REQUIRE(f.state.lowStockFlagged(f.kWidget));
    f.commit(f.returns().open({QStringLiteral("SO-1"), {}}, QStringLiteral("R1")));
    const EventList events = f.commit(f.returns().receiveItem(
        {QStringLiteral("R1"), f.kWidget, {}, {}, 1, ReturnDisposition::Restock, f.kPick1}));
    CHECK(eventTypes(events) ==
          QStringList{EventType::ReturnItemReceived, EventType::Restocked, EventType::LowStockCleared});
}

TEST_CASE("a return against an RMA takes back what it authorises, whatever the lot", "[core][returns]")
{
    StockControlFixture f;
    CORE_CHECK_REFUSED(f.returns().authorize({QStringLiteral("RMA-1"), {}, {}}), ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(f.returns().authorize({QStringLiteral("RMA 1"), {}, {RmaLine{f.kWidget, 1}}}),
                       ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(
        f.returns().authorize({QStringLiteral("RMA-1"), {}, {RmaLine{QStringLiteral("THEIRS"), 1}}}),
        ErrorCode::UnknownSku);
    CORE_CHECK_REFUSED(f.returns().authorize({QStringLiteral("RMA-1"), {}, {RmaLine{f.kWidget, 0}}}),
                       ErrorCode::NegativeQuantity);
    CORE_CHECK_REFUSED(
        f.returns().authorize({QStringLiteral("RMA-1"), {}, {RmaLine{f.kWidget, 1}, RmaLine{f.kWidget, 2}}}),
        ErrorCode::InvalidArgument);
    const EventList authorized = f.commit(f.returns().authorize(
        {QStringLiteral("RMA-1"), QStringLiteral("WEB-77"), {RmaLine{f.kWidget, 2}, RmaLine{f.kMilk, 1}}}));
    REQUIRE(eventTypes(authorized) == QStringList{EventType::ReturnAuthorized});
    CORE_CHECK_REFUSED(f.returns().authorize({QStringLiteral("RMA-1"), {}, {RmaLine{f.kWidget, 1}}}),
                       ErrorCode::AlreadyExists);

    f.commit(f.returns().open({{}, QStringLiteral("RMA-1")}, QStringLiteral("R1")));
    f.commit(f.returns().receiveItem(
        {QStringLiteral("R1"), f.kWidget, {}, {}, 2, ReturnDisposition::Restock, f.kBulk1}));
    CORE_CHECK_REFUSED(
        f.returns().receiveItem(
            {QStringLiteral("R1"), f.kWidget, {}, {}, 1, ReturnDisposition::Restock, f.kBulk1}),
        ErrorCode::OverReturn);
    CORE_CHECK_REFUSED(f.returns().receiveItem(
                           {QStringLiteral("R1"), f.kBolt, {}, {}, 1, ReturnDisposition::Restock, f.kBulk1}),
                       ErrorCode::OverReturn);
    // An expired lot never goes back on the shelf; it may go to quarantine.
    CORE_CHECK_REFUSED(f.returns().receiveItem({QStringLiteral("R1"), f.kMilk, QStringLiteral("X1"),
                                                f.kYesterday, 1, ReturnDisposition::Restock, f.kPick1}),
                       ErrorCode::LotExpired);
    f.commit(f.returns().receiveItem({QStringLiteral("R1"), f.kMilk, QStringLiteral("X1"), f.kYesterday, 1,
                                      ReturnDisposition::Quarantine, f.kQa}));
    CHECK(f.state.stock({f.kMilk, f.kQa, QStringLiteral("X1")})->expiry == f.kYesterday);
    const EventList closed = f.commit(f.returns().close(QStringLiteral("R1")));
    CHECK(text(closed[0], "rmaId") == QStringLiteral("RMA-1"));
    CHECK_FALSE(closed[0].payload.contains(QStringLiteral("orderId")));
}

TEST_CASE("return refusals: the order, the RMA, the bins", "[core][returns]")
{
    StockControlFixture f;
    shippedOrder(f, QStringLiteral("SO-1"));
    f.reserved(StockControlFixture::order(QStringLiteral("SO-2"), OrderStatus::Paid,
                                          {StockControlFixture::line(1, f.kWidget, 1)}));
    Returns r = f.returns();
    CORE_CHECK_REFUSED(r.open({}, QStringLiteral("R1")), ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(r.open({QStringLiteral("SO-1"), QStringLiteral("RMA-1")}, QStringLiteral("R1")),
                       ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(r.open({QStringLiteral("THEIRS-SO"), {}}, QStringLiteral("R1")),
                       ErrorCode::UnknownOrder);
    CORE_CHECK_REFUSED(r.open({QStringLiteral("SO-2"), {}}, QStringLiteral("R1")),
                       ErrorCode::IllegalTransition);
    CORE_CHECK_REFUSED(r.open({{}, QStringLiteral("RMA-9")}, QStringLiteral("R1")), ErrorCode::UnknownRma);
    CORE_CHECK_REFUSED(r.close(QStringLiteral("R9")), ErrorCode::UnknownReturn);
    CORE_CHECK_REFUSED(
        r.receiveItem({QStringLiteral("R9"), f.kWidget, {}, {}, 1, ReturnDisposition::Scrap, {}}),
        ErrorCode::UnknownReturn);

    f.commit(f.returns().open({QStringLiteral("SO-1"), {}}, QStringLiteral("R1")));
    const QString id = QStringLiteral("R1");
    CORE_CHECK_REFUSED(f.returns().close(id), ErrorCode::InvalidArgument); // nothing scanned yet
    CORE_CHECK_REFUSED(f.returns().receiveItem({id, f.kWidget, {}, {}, 1, ReturnDisposition::Restock, f.kQa}),
                       ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(f.returns().receiveItem({id, f.kWidget, {}, {}, 1, ReturnDisposition::Restock, {}}),
                       ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(
        f.returns().receiveItem({id, f.kWidget, {}, {}, 1, ReturnDisposition::Quarantine, f.kPick1}),
        ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(f.returns().receiveItem({id, f.kWidget, {}, {}, 1, ReturnDisposition::Scrap, f.kQa}),
                       ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(
        f.returns().receiveItem({id, f.kWidget, {}, {}, 1, ReturnDisposition::Restock, f.kForeign}),
        ErrorCode::ForeignTenant);
    CORE_CHECK_REFUSED(f.returns().receiveItem({id, f.kWidget, {}, {}, 0, ReturnDisposition::Scrap, {}}),
                       ErrorCode::NegativeQuantity);
    CORE_CHECK_REFUSED(f.returns().receiveItem({id, f.kMilk, {}, {}, 1, ReturnDisposition::Scrap, {}}),
                       ErrorCode::InvalidArgument); // lot-tracked: which lot?
    CHECK(returnDispositionFromName(QStringLiteral("quarantine")) == ReturnDisposition::Quarantine);
    CHECK_FALSE(returnDispositionFromName(QStringLiteral("resell")));
}

TEST_CASE("a delivered order can come back too", "[core][returns]")
{
    StockControlFixture f;
    shippedOrder(f, QStringLiteral("SO-1"), OrderStatus::Delivered);
    CHECK(eventTypes(f.commit(f.returns().open({QStringLiteral("SO-1"), {}}, QStringLiteral("R1")))) ==
          QStringList{EventType::ReturnOpened});
}

TEST_CASE("an RMA from the central service: only for an order shipped here, within what it shipped",
          "[core][returns]")
{
    StockControlFixture f;
    shippedOrder(f, QStringLiteral("SO-1")); // 3 WIDGET, 2 MILK of lot L1
    f.reserved(StockControlFixture::order(QStringLiteral("SO-2"), OrderStatus::Paid,
                                          {StockControlFixture::line(1, f.kWidget, 1)}));
    const auto rma = [&](const QString& id, const QString& order, QList<RmaLine> lines) {
        return ReturnAuthorization{id, order, std::move(lines), QStringLiteral("too late to cancel")};
    };
    // The local path keeps the order a reference; the central service's does not.
    CHECK(f.returns()
              .authorize(rma(QStringLiteral("RMA-0"), QStringLiteral("WEB-77"), {RmaLine{f.kWidget, 1}}))
              .ok());
    CORE_CHECK_REFUSED(f.returns().authorizeShipped(
                           rma(QStringLiteral("RMA-1"), QStringLiteral("WEB-77"), {RmaLine{f.kWidget, 1}})),
                       ErrorCode::UnknownOrder);
    CORE_CHECK_REFUSED(
        f.returns().authorizeShipped(rma(QStringLiteral("RMA-1"), {}, {RmaLine{f.kWidget, 1}})),
        ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(f.returns().authorizeShipped(
                           rma(QStringLiteral("RMA-1"), QStringLiteral("SO-2"), {RmaLine{f.kWidget, 1}})),
                       ErrorCode::IllegalTransition);
    CORE_CHECK_REFUSED(f.returns().authorizeShipped(
                           rma(QStringLiteral("RMA-1"), QStringLiteral("SO-1"), {RmaLine{f.kBolt, 1}})),
                       ErrorCode::OverReturn); // a known SKU the order did not ship
    CORE_CHECK_REFUSED(f.returns().authorizeShipped(
                           rma(QStringLiteral("RMA-1"), QStringLiteral("SO-1"), {RmaLine{f.kWidget, 4}})),
                       ErrorCode::OverReturn);
    CORE_CHECK_REFUSED(f.returns().authorizeShipped(rma(QStringLiteral("RMA-1"), QStringLiteral("SO-1"),
                                                        {RmaLine{QStringLiteral("THEIRS"), 1}})),
                       ErrorCode::UnknownSku);

    const EventList first = f.commit(f.returns().authorizeShipped(
        rma(QStringLiteral("RMA-1"), QStringLiteral("SO-1"), {RmaLine{f.kWidget, 2}, RmaLine{f.kMilk, 2}})));
    REQUIRE(eventTypes(first) == QStringList{EventType::ReturnAuthorized});
    CHECK(text(first[0], "reason") == QStringLiteral("too late to cancel"));
    // The same RMA again, lines in another order: nothing new. Other lines under its id: already_exists.
    auto same = f.returns().authorizeShipped(
        rma(QStringLiteral("RMA-1"), QStringLiteral("SO-1"), {RmaLine{f.kMilk, 2}, RmaLine{f.kWidget, 2}}));
    REQUIRE(same.ok());
    CHECK(same->isEmpty());
    CORE_CHECK_REFUSED(f.returns().authorizeShipped(
                           rma(QStringLiteral("RMA-1"), QStringLiteral("SO-1"), {RmaLine{f.kWidget, 1}})),
                       ErrorCode::AlreadyExists);
    // The order's RMAs together stay within what it shipped.
    CORE_CHECK_REFUSED(f.returns().authorizeShipped(
                           rma(QStringLiteral("RMA-2"), QStringLiteral("SO-1"), {RmaLine{f.kWidget, 2}})),
                       ErrorCode::OverReturn);
    CHECK(eventTypes(f.commit(f.returns().authorizeShipped(
              rma(QStringLiteral("RMA-2"), QStringLiteral("SO-1"), {RmaLine{f.kWidget, 1}})))) ==
          QStringList{EventType::ReturnAuthorized});
}
