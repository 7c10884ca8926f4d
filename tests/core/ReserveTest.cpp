#include "InventoryFixture.h"

using namespace wh;
using wh::test::allocations;
using wh::test::eventTypes;
using wh::test::InventoryFixture;
using wh::test::number;
using wh::test::text;

// ---- reserve
// ------------------------------------------------------------------------------------------------

TEST_CASE("reserving registers the order and holds its stock", "[core][reserve]")
{
    InventoryFixture f;
    const StockKey pick{f.kWidget, f.kPick1, {}};
    f.state.putStock(pick, {}, 30);
    const Order order = f.order(QStringLiteral("SO-1"), OrderStatus::Paid,
                                {f.line(1, f.kWidget, 8), OrderLine{2, f.kBolt, 0, Money()}});
    // Line 2 is invalid on purpose first: the order rules run before any stock is looked at.
    CORE_CHECK_REFUSED(f.inventory().reserve(order), ErrorCode::NegativeQuantity);

    const EventList events =
        f.reserved(f.order(QStringLiteral("SO-1"), OrderStatus::Paid, {f.line(1, f.kWidget, 8)}));
    REQUIRE(eventTypes(events) == QStringList{EventType::OrderRegistered, EventType::InventoryReserved});

    const DomainEvent& registered = events[0];
    CHECK(registered.aggregateType == QStringLiteral("order"));
    CHECK(registered.aggregateId == QStringLiteral("SO-1"));
    CHECK(text(registered, "orderId") == QStringLiteral("SO-1"));
    CHECK(text(registered, "status") == QStringLiteral("Paid"));
    CHECK(number(registered, "valueMinor") == 4'000);
    const Order back = Inventory::orderFromJson(registered.payload);
    REQUIRE(back.lines.size() == 1);
    CHECK(back.lines[0].lineNo == 1);
    CHECK(back.lines[0].sku == f.kWidget);
    CHECK(back.lines[0].quantity == 8);
    CHECK(back.lines[0].unitPrice == Money::fromMinor(500));

    const DomainEvent& reserved = events[1];
    CHECK(reserved.aggregateType == QStringLiteral("order"));
    CHECK(reserved.aggregateId == QStringLiteral("SO-1"));
    CHECK(text(reserved, "orderId") == QStringLiteral("SO-1"));
    CHECK(allocations(reserved) == QStringList{QStringLiteral("1|PICK-01|||8")});

    CHECK(f.state.level(pick).onHand == 30);
    CHECK(f.state.level(pick).reserved == 8);
    REQUIRE(f.state.order(QStringLiteral("SO-1")).has_value());
    CHECK(f.state.order(QStringLiteral("SO-1"))->status == OrderStatus::Paid);
    REQUIRE(f.state.reservation(QStringLiteral("SO-1")).has_value());
    CHECK(f.state.reservation(QStringLiteral("SO-1"))->status == ReservationStatus::Active);
}

TEST_CASE("only an order not yet in processing can be reserved", "[core][reserve]")
{
    InventoryFixture f;
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 100);
    int n = 0;
    for (const OrderStatus ok : {OrderStatus::Draft, OrderStatus::PendingPayment, OrderStatus::Paid}) {
        INFO(orderStatusName(ok).toStdString());
        CORE_REQUIRE_OK(
            f.inventory().reserve(f.order(QStringLiteral("SO-%1").arg(++n), ok, {f.line(1, f.kWidget, 1)})));
    }
    for (const OrderStatus refused : {OrderStatus::Processing, OrderStatus::Shipped, OrderStatus::Delivered,
                                      OrderStatus::Cancelled, OrderStatus::Returned}) {
        INFO(orderStatusName(refused).toStdString());
        CORE_CHECK_REFUSED(f.inventory().reserve(
                               f.order(QStringLiteral("SO-%1").arg(++n), refused, {f.line(1, f.kWidget, 1)})),
                           ErrorCode::IllegalTransition);
    }
}

TEST_CASE("reserving applies the order rules first", "[core][reserve][order-rules]")
{
    InventoryFixture f;
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 100);
    CORE_CHECK_REFUSED(
        f.inventory().reserve(f.order(QStringLiteral("SO-1"), OrderStatus::Paid, {f.line(1, f.kWidget, 51)})),
        ErrorCode::TooManyItems);
    CORE_CHECK_REFUSED(f.inventory().reserve(f.order(QStringLiteral("SO-1"), OrderStatus::Paid,
                                                     {OrderLine{1, f.kWidget, 1, Money::fromMinor(499)}})),
                       ErrorCode::OrderValueOutOfRange);
    CORE_CHECK_REFUSED(f.inventory().reserve(f.order(QStringLiteral("SO-1"), OrderStatus::Paid, {})),
                       ErrorCode::InvalidArgument);
}

TEST_CASE("an order with an unknown SKU is refused", "[core][reserve]")
{
    InventoryFixture f;
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 100);
    CORE_CHECK_REFUSED(
        f.inventory().reserve(f.order(QStringLiteral("SO-1"), OrderStatus::Paid,
                                      {f.line(1, f.kWidget, 1), f.line(2, QStringLiteral("NOPE"), 1)})),
        ErrorCode::UnknownSku);
}

TEST_CASE("an order already known here cannot be reserved again", "[core][reserve]")
{
    InventoryFixture f;
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 100);
    const Order order = f.order(QStringLiteral("SO-1"), OrderStatus::Paid, {f.line(1, f.kWidget, 2)});
    f.reserved(order);
    CORE_CHECK_REFUSED(f.inventory().reserve(order), ErrorCode::AlreadyExists);
    // Also once its reservation has been released: the order is still known.
    f.commit(f.inventory().release({QStringLiteral("SO-1"), QStringLiteral("test")}));
    CORE_CHECK_REFUSED(f.inventory().reserve(order), ErrorCode::AlreadyExists);
    CHECK(f.state.level({f.kWidget, f.kPick1, {}}).reserved == 0);
}

TEST_CASE("a short reservation names each short line and what it lacks", "[core][reserve]")
{
    InventoryFixture f;
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 5);
    f.state.putStock({f.kBolt, f.kPick1, {}}, {}, 2);
    const auto result = f.inventory().reserve(f.order(
        QStringLiteral("SO-7"), OrderStatus::Paid,
        {f.line(1, f.kWidget, 5), f.line(2, f.kWidget, 3), f.line(3, f.kBolt, 6), f.line(4, f.kMilk, 1)}));
    CORE_CHECK_ANSWERED(result, ErrorCode::InsufficientStock, EventType::ReservationFailed);
    const QString& message = result.error().message;
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("SO-7")));
    CHECK_FALSE(message.contains(QStringLiteral("line 1 "))); // line 1 is covered in full
    CHECK(message.contains(QStringLiteral("line 2 (WIDGET) is short by 3")));
    CHECK(message.contains(QStringLiteral("line 3 (BOLT) is short by 4")));
    CHECK(message.contains(QStringLiteral("line 4 (MILK) is short by 1")));
}

TEST_CASE("a reservation is all or nothing across its lines", "[core][reserve]")
{
    InventoryFixture f;
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 20);
    f.state.putStock({f.kBolt, f.kPick1, {}}, {}, 3);
    CORE_CHECK_ANSWERED(f.inventory().reserve(f.order(QStringLiteral("SO-1"), OrderStatus::Paid,
                                                      {f.line(1, f.kWidget, 10), f.line(2, f.kBolt, 4)})),
                        ErrorCode::InsufficientStock, EventType::ReservationFailed);
    // Line 1 could have been covered; it must not have been half-reserved: all 20 are still there for others.
    CHECK_FALSE(f.state.order(QStringLiteral("SO-1")).has_value());
    const EventList next =
        f.reserved(f.order(QStringLiteral("SO-2"), OrderStatus::Paid, {f.line(1, f.kWidget, 20)}));
    CHECK(allocations(next[1]) == QStringList{QStringLiteral("1|PICK-01|||20")});
}

TEST_CASE("reserved stock is not reserved again for another order", "[core][reserve]")
{
    InventoryFixture f;
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 10);
    f.reserved(f.order(QStringLiteral("SO-1"), OrderStatus::Paid, {f.line(1, f.kWidget, 7)}));
    CORE_CHECK_ANSWERED(
        f.inventory().reserve(f.order(QStringLiteral("SO-2"), OrderStatus::Paid, {f.line(1, f.kWidget, 4)})),
        ErrorCode::InsufficientStock, EventType::ReservationFailed);
    const EventList events =
        f.reserved(f.order(QStringLiteral("SO-3"), OrderStatus::Paid, {f.line(1, f.kWidget, 3)}));
    CHECK(allocations(events[1]) == QStringList{QStringLiteral("1|PICK-01|||3")});
    CHECK(f.state.level({f.kWidget, f.kPick1, {}}).reserved == 10);
}

TEST_CASE("two lines of one SKU do not take the same stock twice", "[core][reserve]")
{
    InventoryFixture f;
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 5);
    f.state.putStock({f.kWidget, f.kBulk1, {}}, {}, 4);

    SECTION("the second line goes on where the first stopped")
    {
        const EventList events = f.reserved(f.order(QStringLiteral("SO-1"), OrderStatus::Paid,
                                                    {f.line(1, f.kWidget, 3), f.line(2, f.kWidget, 4)}));
        CHECK(allocations(events[1]) == QStringList{QStringLiteral("1|PICK-01|||3"),
                                                    QStringLiteral("2|PICK-01|||2"),
                                                    QStringLiteral("2|BULK-01|||2")});
        CHECK(f.state.level({f.kWidget, f.kPick1, {}}).reserved == 5);
        CHECK(f.state.level({f.kWidget, f.kBulk1, {}}).reserved == 2);
    }
    SECTION("together they need more than there is")
    {
        const auto result = f.inventory().reserve(f.order(
            QStringLiteral("SO-1"), OrderStatus::Paid, {f.line(1, f.kWidget, 5), f.line(2, f.kWidget, 5)}));
        CORE_CHECK_ANSWERED(result, ErrorCode::InsufficientStock, EventType::ReservationFailed);
        CHECK(result.error().message.contains(QStringLiteral("line 2 (WIDGET) is short by 1")));
    }
}

TEST_CASE("expired lots are never allocated", "[core][reserve][expiry]")
{
    InventoryFixture f;
    // 50 expired yesterday in the first pick face; 3 expire today (still good today) in the last bulk bin.
    f.state.putStock({f.kMilk, f.kPick1, QStringLiteral("OLD")}, f.kYesterday, 50);
    f.state.putStock({f.kMilk, f.kBulk2, QStringLiteral("TODAY")}, f.kToday, 3);

    const auto tooMany =
        f.inventory().reserve(f.order(QStringLiteral("SO-1"), OrderStatus::Paid, {f.line(1, f.kMilk, 5)}));
    CORE_CHECK_ANSWERED(tooMany, ErrorCode::InsufficientStock, EventType::ReservationFailed);
    CHECK(tooMany.error().message.contains(QStringLiteral("short by 2")));

    const EventList events =
        f.reserved(f.order(QStringLiteral("SO-2"), OrderStatus::Paid, {f.line(1, f.kMilk, 3)}));
    CHECK(allocations(events[1]) == QStringList{QStringLiteral("1|BULK-02|TODAY|2026-03-02|3")});

    // A day later the lot that was good today has expired too.
    f.clock.set(QDateTime(f.kToday.addDays(1), QTime(9, 0), Qt::UTC));
    f.state.putStock({f.kMilk, f.kBulk2, QStringLiteral("TODAY")}, f.kToday, 10, 3);
    CORE_CHECK_ANSWERED(
        f.inventory().reserve(f.order(QStringLiteral("SO-3"), OrderStatus::Paid, {f.line(1, f.kMilk, 1)})),
        ErrorCode::InsufficientStock, EventType::ReservationFailed);
}

TEST_CASE("allocation takes the earliest expiry first, lots without expiry last", "[core][reserve][fefo]")
{
    InventoryFixture f;
    // The order of the bins would favour the wrong lot at every step: the later lot sits in the first pick
    // face, the sooner one in the last bulk bin.
    f.state.putStock({f.kMilk, f.kPick1, QStringLiteral("LATE")}, f.kLater, 10);
    f.state.putStock({f.kMilk, f.kPick2, QStringLiteral("NOEXP")}, {}, 10);
    f.state.putStock({f.kMilk, f.kBulk2, QStringLiteral("SOON")}, f.kSoon, 10);
    const EventList events =
        f.reserved(f.order(QStringLiteral("SO-1"), OrderStatus::Paid, {f.line(1, f.kMilk, 25)}));
    CHECK(allocations(events[1]) == QStringList{QStringLiteral("1|BULK-02|SOON|2026-04-01|10"),
                                                QStringLiteral("1|PICK-01|LATE|2026-06-01|10"),
                                                QStringLiteral("1|PICK-02|NOEXP||5")});
}

TEST_CASE("at the same expiry, pick faces go before bulk, then the pick path", "[core][reserve][fefo]")
{
    InventoryFixture f;
    // BULK-01 has the lowest pick sequence of all (5), yet pick faces come first.
    f.state.putStock({f.kWidget, f.kBulk2, {}}, {}, 10);
    f.state.putStock({f.kWidget, f.kPick2, {}}, {}, 10);
    f.state.putStock({f.kWidget, f.kBulk1, {}}, {}, 10);
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 10);
    const EventList events =
        f.reserved(f.order(QStringLiteral("SO-1"), OrderStatus::Paid, {f.line(1, f.kWidget, 35)}));
    CHECK(allocations(events[1]) ==
          QStringList{QStringLiteral("1|PICK-01|||10"), QStringLiteral("1|PICK-02|||10"),
                      QStringLiteral("1|BULK-01|||10"), QStringLiteral("1|BULK-02|||5")});
}

TEST_CASE("stock that cannot be sold is not allocated", "[core][reserve]")
{
    InventoryFixture f;
    f.state.putStock({f.kWidget, f.kDock, {}}, {}, 100);
    f.state.putStock({f.kWidget, f.kQa, {}}, {}, 100);
    f.state.putStock({f.kWidget, f.kPack, {}}, {}, 100);
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 2);
    const auto result =
        f.inventory().reserve(f.order(QStringLiteral("SO-1"), OrderStatus::Paid, {f.line(1, f.kWidget, 3)}));
    CORE_CHECK_ANSWERED(result, ErrorCode::InsufficientStock, EventType::ReservationFailed);
    CHECK(result.error().message.contains(QStringLiteral("short by 1")));
}

// ---- release
// ------------------------------------------------------------------------------------------------

TEST_CASE("releasing a reservation gives its stock back", "[core][release]")
{
    InventoryFixture f;
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 20);
    f.state.putStock({f.kWidget, f.kBulk1, {}}, {}, 20);
    f.reserved(f.order(QStringLiteral("SO-1"), OrderStatus::Paid, {f.line(1, f.kWidget, 25)}));
    const EventList events =
        f.commit(f.inventory().release({QStringLiteral("SO-1"), QStringLiteral("customer call")}));
    REQUIRE(eventTypes(events) == QStringList{EventType::ReservationReleased});
    const DomainEvent& e = events[0];
    CHECK(e.aggregateType == QStringLiteral("order"));
    CHECK(e.aggregateId == QStringLiteral("SO-1"));
    CHECK(text(e, "orderId") == QStringLiteral("SO-1"));
    CHECK(text(e, "reason") == QStringLiteral("customer call"));
    CHECK(allocations(e) == QStringList{QStringLiteral("1|BULK-01|||5"), QStringLiteral("1|PICK-01|||20")});
    CHECK(f.state.level({f.kWidget, f.kPick1, {}}).reserved == 0);
    CHECK(f.state.level({f.kWidget, f.kBulk1, {}}).reserved == 0);
    CHECK(f.state.reservation(QStringLiteral("SO-1"))->status == ReservationStatus::Released);
    // The order itself stays as it was: releasing is not cancelling.
    CHECK(f.state.order(QStringLiteral("SO-1"))->status == OrderStatus::Paid);
}

TEST_CASE("there must be an active reservation to release", "[core][release]")
{
    InventoryFixture f;
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 20);
    CORE_CHECK_REFUSED(f.inventory().release({QStringLiteral("SO-404"), {}}), ErrorCode::UnknownOrder);

    // An order the store knows without a reservation (the central service may tell of one).
    f.state.addOrder(f.order(QStringLiteral("SO-0"), OrderStatus::Paid, {f.line(1, f.kWidget, 1)}));
    CORE_CHECK_REFUSED(f.inventory().release({QStringLiteral("SO-0"), {}}), ErrorCode::NothingToRelease);

    f.reserved(f.order(QStringLiteral("SO-1"), OrderStatus::Paid, {f.line(1, f.kWidget, 2)}));
    f.commit(f.inventory().release({QStringLiteral("SO-1"), {}}));
    CORE_CHECK_REFUSED(f.inventory().release({QStringLiteral("SO-1"), {}}), ErrorCode::NothingToRelease);
    CHECK(f.state.level({f.kWidget, f.kPick1, {}}).reserved == 0);
}

TEST_CASE("a partly picked order's reservation cannot be released", "[core][release]")
{
    InventoryFixture f;
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 20);
    f.reserved(f.order(QStringLiteral("SO-1"), OrderStatus::Paid, {f.line(1, f.kWidget, 5)}));
    f.commit(f.inventory().pick({QStringLiteral("SO-1"), 1, f.kPick1, {}, 2}));
    CORE_CHECK_REFUSED(f.inventory().release({QStringLiteral("SO-1"), {}}), ErrorCode::AlreadyPicked);
    CHECK(f.state.reservation(QStringLiteral("SO-1"))->status == ReservationStatus::Active);
    CHECK(f.state.level({f.kWidget, f.kPick1, {}}).reserved == 3);
}

TEST_CASE("a refused release leaves nothing behind for the handler's next command",
          "[core][release][low-stock]")
{
    // The handler collects sellable changes while it works through a command. A release refused half-way
    // (the second allocation was picked from) must not leave the first allocation's change behind: the next
    // command on the same handler would otherwise judge low stock on stock that never came back.
    InventoryFixture f;
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 4);
    f.state.putStock({f.kWidget, f.kPick2, {}}, {}, 10);
    const EventList reserved =
        f.reserved(f.order(QStringLiteral("SO-1"), OrderStatus::Paid, {f.line(1, f.kWidget, 8)}));
    REQUIRE(eventTypes(reserved).contains(EventType::LowStock)); // 14 -> 6 sellable
    REQUIRE(allocations(reserved[1]) ==
            QStringList{QStringLiteral("1|PICK-01|||4"), QStringLiteral("1|PICK-02|||4")});
    f.commit(f.inventory().pick({QStringLiteral("SO-1"), 1, f.kPick2, {}, 2}));

    Inventory inventory(f.state, f.clock);
    CORE_CHECK_REFUSED(inventory.release({QStringLiteral("SO-1"), {}}), ErrorCode::AlreadyPicked);
    // 6 sellable + 1 = 7: still below 10, so the receipt alone is all there is to record.
    const auto receipt = inventory.receive({f.kWidget, f.kPick1, {}, {}, 1});
    CORE_REQUIRE_OK(receipt);
    CHECK(eventTypes(receipt.value()) == QStringList{EventType::StockReceived});
}
