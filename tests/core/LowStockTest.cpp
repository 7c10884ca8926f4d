#include "InventoryFixture.h"

using namespace wh;
using wh::test::eventTypes;
using wh::test::InventoryFixture;
using wh::test::number;
using wh::test::text;

namespace {

// The low-stock events of a result, with everything else left out.
EventList lowStockEvents(const EventList& events)
{
    EventList out;
    for (const DomainEvent& e : events)
        if (e.type == EventType::LowStock || e.type == EventType::LowStockCleared)
            out.append(e);
    return out;
}

AdjustStock adjustment(const QString& sku, const QString& location, std::int64_t delta)
{
    return AdjustStock{sku, location, {}, {}, delta, AdjustReason::CountCorrection};
}

} // namespace

TEST_CASE("stock falling below the threshold raises LowStock once", "[core][low-stock]")
{
    InventoryFixture f; // WIDGET: default threshold 10, no reorder quantity
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 12);

    // Down to exactly the threshold is not below it.
    EventList events = f.commit(f.inventory().adjust(adjustment(f.kWidget, f.kPick1, -2)));
    CHECK(eventTypes(events) == QStringList{EventType::StockAdjusted});

    events = f.commit(f.inventory().adjust(adjustment(f.kWidget, f.kPick1, -1)));
    REQUIRE(eventTypes(events) == QStringList{EventType::StockAdjusted, EventType::LowStock});
    const DomainEvent& low = events[1];
    CHECK(low.aggregateType == QStringLiteral("sku"));
    CHECK(low.aggregateId == f.kWidget);
    CHECK(text(low, "sku") == f.kWidget);
    CHECK(number(low, "available") == 9);
    CHECK(number(low, "threshold") == 10);
    CHECK(number(low, "suggestedReorderQuantity") == 11); // enough to reach twice the threshold: 20 - 9
    CHECK(f.state.lowStockFlagged(f.kWidget));

    // Already flagged: further decreases say nothing more.
    events = f.commit(f.inventory().adjust(adjustment(f.kWidget, f.kPick1, -4)));
    CHECK(eventTypes(events) == QStringList{EventType::StockAdjusted});
    events = f.commit(f.inventory().adjust(adjustment(f.kWidget, f.kPick1, -5)));
    CHECK(eventTypes(events) == QStringList{EventType::StockAdjusted});
    CHECK(f.state.lowStockFlagged(f.kWidget));
}

TEST_CASE("stock back at the threshold clears LowStock, and a new fall raises it again", "[core][low-stock]")
{
    InventoryFixture f;
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 7);
    f.state.setLowStockFlag(f.kWidget, true);

    // Rising but still below: nothing.
    EventList events = f.commit(f.inventory().receive({f.kWidget, f.kPick1, {}, {}, 2}));
    CHECK(eventTypes(events) == QStringList{EventType::StockReceived});

    events = f.commit(f.inventory().receive({f.kWidget, f.kPick1, {}, {}, 1}));
    REQUIRE(eventTypes(events) == QStringList{EventType::StockReceived, EventType::LowStockCleared});
    CHECK(events[1].aggregateId == f.kWidget);
    CHECK(text(events[1], "sku") == f.kWidget);
    CHECK(number(events[1], "available") == 10);
    CHECK(number(events[1], "threshold") == 10);
    CHECK_FALSE(f.state.lowStockFlagged(f.kWidget));

    events = f.commit(f.inventory().receive({f.kWidget, f.kPick1, {}, {}, 5}));
    CHECK(eventTypes(events) == QStringList{EventType::StockReceived});

    events = f.commit(f.inventory().adjust(adjustment(f.kWidget, f.kPick1, -6)));
    CHECK(eventTypes(events) == QStringList{EventType::StockAdjusted, EventType::LowStock});
    CHECK(f.state.lowStockFlagged(f.kWidget));
}

TEST_CASE("a SKU's own threshold and reorder quantity shape the alert", "[core][low-stock]")
{
    InventoryFixture f; // BOLT: threshold 5, reorder quantity 40
    f.state.putStock({f.kBolt, f.kPick1, {}}, {}, 6);
    EventList events = f.commit(f.inventory().adjust(adjustment(f.kBolt, f.kPick1, -1)));
    CHECK(eventTypes(events) == QStringList{EventType::StockAdjusted}); // 5 is not below 5
    events = f.commit(f.inventory().adjust(adjustment(f.kBolt, f.kPick1, -2)));
    REQUIRE(eventTypes(events) == QStringList{EventType::StockAdjusted, EventType::LowStock});
    CHECK(number(events[1], "available") == 3);
    CHECK(number(events[1], "threshold") == 5);
    CHECK(number(events[1], "suggestedReorderQuantity") == 40); // max(40, 2 * 5 - 3)
}

TEST_CASE("a small reorder quantity gives way to reaching twice the threshold", "[core][low-stock]")
{
    InventoryFixture f;
    Sku nut;
    nut.code = QStringLiteral("NUT");
    nut.lowStockThreshold = 8;
    nut.reorderQuantity = 2;
    f.state.addSku(nut);
    f.state.putStock({nut.code, f.kPick1, {}}, {}, 8);
    const EventList events = f.commit(f.inventory().adjust(adjustment(nut.code, f.kPick1, -3)));
    REQUIRE(eventTypes(events) == QStringList{EventType::StockAdjusted, EventType::LowStock});
    CHECK(number(events[1], "suggestedReorderQuantity") == 11); // max(2, 16 - 5)
}

TEST_CASE("a threshold of zero never raises an alert", "[core][low-stock]")
{
    InventoryFixture f;
    Sku loose;
    loose.code = QStringLiteral("LOOSE");
    loose.lowStockThreshold = 0;
    f.state.addSku(loose);
    f.state.putStock({loose.code, f.kPick1, {}}, {}, 1);
    const EventList events = f.commit(f.inventory().adjust(adjustment(loose.code, f.kPick1, -1)));
    CHECK(eventTypes(events) == QStringList{EventType::StockAdjusted});
}

TEST_CASE("the suggestion covers a sold-out SKU", "[core][low-stock]")
{
    InventoryFixture f;
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 10);
    const EventList events = f.commit(f.inventory().adjust(adjustment(f.kWidget, f.kPick1, -10)));
    REQUIRE(lowStockEvents(events).size() == 1);
    CHECK(number(lowStockEvents(events)[0], "available") == 0);
    CHECK(number(lowStockEvents(events)[0], "suggestedReorderQuantity") == 20);
}

TEST_CASE("a first receipt below the threshold raises LowStock", "[core][low-stock][receive]")
{
    // Nothing was ever flagged for a SKU that was never in stock, so the first receipt that leaves it low is
    // the first time the rule can speak.
    InventoryFixture f;
    const EventList events = f.commit(f.inventory().receive({f.kWidget, f.kPick1, {}, {}, 4}));
    REQUIRE(eventTypes(events) == QStringList{EventType::StockReceived, EventType::LowStock});
    CHECK(number(events[1], "available") == 4);
    CHECK(number(events[1], "suggestedReorderQuantity") == 16);
}

TEST_CASE("stock on the dock or in quarantine is not sellable", "[core][low-stock]")
{
    InventoryFixture f;
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 5);
    f.state.setLowStockFlag(f.kWidget, true);

    SECTION("receiving onto the dock does not clear the alert")
    {
        const EventList events = f.commit(f.inventory().receive({f.kWidget, f.kDock, {}, {}, 100}));
        CHECK(eventTypes(events) == QStringList{EventType::StockReceived});
        CHECK(f.state.lowStockFlagged(f.kWidget));
        SECTION("putting it away into a bin does")
        {
            const EventList putAway = f.commit(f.inventory().move({f.kWidget, f.kDock, f.kBulk1, {}, 5}));
            REQUIRE(eventTypes(putAway) == QStringList{EventType::StockMoved, EventType::LowStockCleared});
            CHECK(number(putAway[1], "available") == 10);
            CHECK_FALSE(f.state.lowStockFlagged(f.kWidget));
        }
    }
    SECTION("receiving into quarantine does not clear the alert")
    {
        const EventList events = f.commit(f.inventory().receive({f.kWidget, f.kQa, {}, {}, 100}));
        CHECK(eventTypes(events) == QStringList{EventType::StockReceived});
    }
    SECTION("a found item on the dock does not clear the alert")
    {
        const EventList events =
            f.commit(f.inventory().adjust(AdjustStock{f.kWidget, f.kDock, {}, {}, 50, AdjustReason::Found}));
        CHECK(eventTypes(events) == QStringList{EventType::StockAdjusted});
    }
}

TEST_CASE("moving stock into quarantine takes it off the sellable count", "[core][low-stock][move]")
{
    InventoryFixture f;
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 12);
    // Between two bins that can be sold from, nothing changes.
    EventList events = f.commit(f.inventory().move({f.kWidget, f.kPick1, f.kBulk1, {}, 6}));
    CHECK(eventTypes(events) == QStringList{EventType::StockMoved});
    events = f.commit(f.inventory().move({f.kWidget, f.kBulk1, f.kQa, {}, 3}));
    REQUIRE(eventTypes(events) == QStringList{EventType::StockMoved, EventType::LowStock});
    CHECK(number(events[1], "available") == 9);
}

TEST_CASE("expired stock is not sellable", "[core][low-stock][expiry]")
{
    InventoryFixture f;
    // 30 expired yesterday; the good lot holds 5, so MILK is low and flagged.
    f.state.putStock({f.kMilk, f.kPick1, QStringLiteral("OLD")}, f.kYesterday, 30);
    f.state.putStock({f.kMilk, f.kPick2, QStringLiteral("GOOD")}, f.kLater, 5);
    f.state.setLowStockFlag(f.kMilk, true);

    SECTION("receiving more of an expired lot does not clear the alert")
    {
        const EventList events =
            f.commit(f.inventory().receive({f.kMilk, f.kPick1, QStringLiteral("OLD"), f.kYesterday, 20}));
        CHECK(eventTypes(events) == QStringList{EventType::StockReceived});
    }
    SECTION("writing the expired lot off raises nothing either")
    {
        const EventList events = f.commit(f.inventory().adjust(
            AdjustStock{f.kMilk, f.kPick1, QStringLiteral("OLD"), {}, -30, AdjustReason::Expired}));
        CHECK(eventTypes(events) == QStringList{EventType::StockAdjusted});
    }
    SECTION("a lot that expires today still counts")
    {
        const EventList events =
            f.commit(f.inventory().receive({f.kMilk, f.kBulk1, QStringLiteral("TODAY"), f.kToday, 5}));
        REQUIRE(eventTypes(events) == QStringList{EventType::StockReceived, EventType::LowStockCleared});
        CHECK(number(events[1], "available") == 10);
    }
}

TEST_CASE("an unflagged SKU already below its threshold is flagged at its next change",
          "[core][low-stock][expiry]")
{
    // Stock can become low without a command (a lot expires overnight); the next command that changes the
    // SKU's sellable stock catches up.
    InventoryFixture f;
    f.state.putStock({f.kMilk, f.kPick1, QStringLiteral("L1")}, f.kToday, 8);
    f.state.putStock({f.kMilk, f.kPick2, QStringLiteral("L2")}, f.kLater, 6);
    EventList events = f.commit(f.inventory().adjust(
        AdjustStock{f.kMilk, f.kPick2, QStringLiteral("L2"), {}, -1, AdjustReason::Damaged}));
    CHECK(eventTypes(events) == QStringList{EventType::StockAdjusted}); // 13 sellable today
    f.clock.set(QDateTime(f.kToday.addDays(1), QTime(6, 0), Qt::UTC));  // L1 expired overnight: 5 sellable
    events = f.commit(f.inventory().adjust(
        AdjustStock{f.kMilk, f.kPick2, QStringLiteral("L2"), {}, -1, AdjustReason::Damaged}));
    REQUIRE(eventTypes(events) == QStringList{EventType::StockAdjusted, EventType::LowStock});
    CHECK(number(events[1], "available") == 4);
}

TEST_CASE("reserving can raise LowStock and releasing clears it", "[core][low-stock][reserve][release]")
{
    InventoryFixture f;
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 15);
    const Order order = f.order(QStringLiteral("SO-1"), OrderStatus::Paid, {f.line(1, f.kWidget, 8)});
    EventList events = f.reserved(order);
    REQUIRE(eventTypes(events) ==
            QStringList{EventType::OrderRegistered, EventType::InventoryReserved, EventType::LowStock});
    CHECK(number(events[2], "available") == 7);
    CHECK(number(events[2], "suggestedReorderQuantity") == 13);

    events = f.commit(f.inventory().release({QStringLiteral("SO-1"), QStringLiteral("test")}));
    REQUIRE(eventTypes(events) == QStringList{EventType::ReservationReleased, EventType::LowStockCleared});
    CHECK(number(events[1], "available") == 15);
}

TEST_CASE("cancelling an order can clear LowStock in the same action", "[core][low-stock][status-change]")
{
    InventoryFixture f;
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 15);
    f.reserved(f.order(QStringLiteral("SO-1"), OrderStatus::Paid, {f.line(1, f.kWidget, 8)}));
    REQUIRE(f.state.lowStockFlagged(f.kWidget));
    const EventList events =
        f.commit(f.inventory().changeStatus(QStringLiteral("SO-1"), OrderStatus::Cancelled));
    CHECK(eventTypes(events) == QStringList{EventType::OrderStatusChanged, EventType::ReservationReleased,
                                            EventType::LowStockCleared});
    CHECK_FALSE(f.state.lowStockFlagged(f.kWidget));
}

TEST_CASE("picking reserved stock leaves the sellable count alone", "[core][low-stock][pick]")
{
    InventoryFixture f;
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 12);
    f.reserved(f.order(QStringLiteral("SO-1"), OrderStatus::Paid, {f.line(1, f.kWidget, 2)}));
    REQUIRE_FALSE(f.state.lowStockFlagged(f.kWidget));
    const EventList picked = f.commit(f.inventory().pick({QStringLiteral("SO-1"), 1, f.kPick1, {}, 2}));
    CHECK(lowStockEvents(picked).isEmpty());
    CHECK(f.state.sellable(f.kWidget, f.kToday) == 10);
}

TEST_CASE("one order can raise LowStock for each SKU it takes low", "[core][low-stock][reserve]")
{
    InventoryFixture f;
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 12);
    f.state.putStock({f.kBolt, f.kPick2, {}}, {}, 6);
    const EventList events = f.reserved(
        f.order(QStringLiteral("SO-1"), OrderStatus::Paid, {f.line(1, f.kWidget, 3), f.line(2, f.kBolt, 2)}));
    const EventList low = lowStockEvents(events);
    REQUIRE(low.size() == 2);
    // The handler walks a hash: the two alerts may come in either order.
    QStringList skus{text(low[0], "sku"), text(low[1], "sku")};
    skus.sort();
    CHECK(skus == QStringList{f.kBolt, f.kWidget});
    CHECK(f.state.lowStockFlagged(f.kWidget));
    CHECK(f.state.lowStockFlagged(f.kBolt));
}
