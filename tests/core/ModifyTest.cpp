// The pure rules of partial reservations, the ReservationFailed answer and order modification.
#include "InventoryFixture.h"

#include "Picking.h"

using namespace wh;
using wh::test::allocations;
using wh::test::eventTypes;
using wh::test::InventoryFixture;
using wh::test::text;

namespace {

// The picking read side with just what modification asks of it: tasks and their lines.
class MemoryPickingState final : public PickingState
{
public:
    void addTask(const PickTask& task) { m_tasks.insert(task.id, task); }

    std::optional<PickTask> pickTask(const QString& id) const override
    {
        const auto it = m_tasks.constFind(id);
        return it == m_tasks.cend() ? std::nullopt : std::optional<PickTask>(*it);
    }
    QList<PickCandidate> unplannedAllocations() const override { return {}; }
    ToteUse toteUse(const QString&) const override { return {}; }
    std::optional<Sku> skuByGtin(const QString&) const override { return std::nullopt; }
    QList<QPair<QString, PickTaskLine>> openTaskLines(const QString& orderId) const override
    {
        QList<QPair<QString, PickTaskLine>> result;
        for (const PickTask& task : m_tasks)
            for (const PickTaskLine& line : task.lines)
                if (line.orderId == orderId && line.open() > 0)
                    result.append({task.id, line});
        return result;
    }
    QList<PutBackItem> putBacks(const QString&) const override { return {}; }

private:
    QMap<QString, PickTask> m_tasks;
};

// "lineNo|sku|ordered|reserved|missing" per short line of an event.
QStringList shortLines(const DomainEvent& e)
{
    QStringList out;
    for (const QJsonValue& v : e.payload.value(QStringLiteral("shortLines")).toArray()) {
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

struct ModifyFixture : InventoryFixture
{
    MemoryPickingState picking;

    Picking rules() const { return Picking(state, picking, clock); }
    Result<EventList> modify(const QString& orderId, const QList<OrderLine>& lines)
    {
        return rules().modifyOrder({orderId, lines, QStringLiteral("customer")});
    }
    // A task holding the order's line 1 as the planner would have made it, in the given state.
    void plannedOn(const QString& taskId, const QString& orderId, PickTaskStatus status)
    {
        PickTask task;
        task.id = taskId;
        task.status = status;
        const Reservation reservation = state.reservation(orderId).value();
        for (const Allocation& a : reservation.allocations) {
            PickTaskLine line;
            line.seqNo = int(task.lines.size()) + 1;
            line.orderId = orderId;
            line.lineNo = a.lineNo;
            line.key = a.key;
            line.quantity = a.quantity;
            task.lines.append(line);
        }
        picking.addTask(task);
    }
};

} // namespace

// ---- partial reservations
// ---------------------------------------------------------------------------------------------------

TEST_CASE("an order that allows partial reserves what there is and names what is short",
          "[core][reserve][partial]")
{
    InventoryFixture f;
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 3);
    f.state.putStock({f.kWidget, f.kBulk1, {}}, {}, 2);
    f.state.putStock({f.kMilk, f.kPick2, QStringLiteral("L1")}, f.kSoon, 4);
    f.state.putStock({f.kMilk, f.kPick1, QStringLiteral("L0")}, f.kLater, 1);
    Order order = f.order(QStringLiteral("SO-P"), OrderStatus::Paid,
                          {f.line(1, f.kWidget, 8), f.line(2, f.kBolt, 2), f.line(3, f.kMilk, 5)});
    order.allowPartial = true;
    const EventList events = f.reserved(order);
    REQUIRE(eventTypes(events).mid(0, 2) ==
            QStringList{EventType::OrderRegistered, EventType::InventoryReserved});
    CHECK(events[0].payload.value(QStringLiteral("allowPartial")).toBool());
    const DomainEvent& reserved = events[1];
    CHECK(reserved.payload.value(QStringLiteral("partial")).toBool());
    // Still first expiry first, pick faces before bulk, then the pick path.
    CHECK(allocations(reserved) == QStringList{QStringLiteral("1|PICK-01|||3"),
                                               QStringLiteral("1|BULK-01|||2"),
                                               QStringLiteral("3|PICK-02|L1|2026-04-01|4"),
                                               QStringLiteral("3|PICK-01|L0|2026-06-01|1")});
    CHECK(shortLines(reserved) ==
          QStringList{QStringLiteral("1|WIDGET|8|5|3"), QStringLiteral("2|BOLT|2|0|2")});
    CHECK(f.state.order(QStringLiteral("SO-P"))->allowPartial);
    CHECK(f.state.order(QStringLiteral("SO-P"))->lines[0].quantity == 8); // the order keeps what was ordered
}

TEST_CASE("a partial order covered in full is an ordinary reservation", "[core][reserve][partial]")
{
    InventoryFixture f;
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 10);
    Order order = f.order(QStringLiteral("SO-P"), OrderStatus::Paid, {f.line(1, f.kWidget, 4)});
    order.allowPartial = true;
    const EventList events = f.reserved(order);
    CHECK_FALSE(events[1].payload.contains(QStringLiteral("partial")));
    CHECK_FALSE(events[1].payload.contains(QStringLiteral("shortLines")));
}

TEST_CASE("an order the stock cannot meet is answered with ReservationFailed", "[core][reserve][partial]")
{
    InventoryFixture f;
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 5);

    SECTION("all or nothing: the short lines and what each misses")
    {
        const auto result = f.inventory().reserve(
            f.order(QStringLiteral("SO-F"), OrderStatus::Paid,
                    {f.line(1, f.kWidget, 4), f.line(2, f.kWidget, 3), f.line(3, f.kBolt, 2)}));
        CORE_CHECK_ANSWERED(result, ErrorCode::InsufficientStock, EventType::ReservationFailed);
        const DomainEvent& answer = result.error().answer[0];
        CHECK(answer.aggregateType == QStringLiteral("order"));
        CHECK(answer.aggregateId == QStringLiteral("SO-F"));
        CHECK(text(answer, "orderId") == QStringLiteral("SO-F"));
        CHECK(text(answer, "reason") == QStringLiteral("InsufficientStock"));
        CHECK(text(answer, "code") == QStringLiteral("insufficient_stock"));
        CHECK(text(answer, "message") == result.error().message);
        CHECK(shortLines(answer) ==
              QStringList{QStringLiteral("2|WIDGET|3|1|2"), QStringLiteral("3|BOLT|2|0|2")});
    }
    SECTION("partial allowed, but nothing at all there")
    {
        Order order = f.order(QStringLiteral("SO-F"), OrderStatus::Paid, {f.line(1, f.kBolt, 2)});
        order.allowPartial = true;
        const auto result = f.inventory().reserve(order);
        CORE_CHECK_ANSWERED(result, ErrorCode::InsufficientStock, EventType::ReservationFailed);
        CHECK(shortLines(result.error().answer[0]) == QStringList{QStringLiteral("1|BOLT|2|0|2")});
    }
    // Not registered: the order is not live here, and its stock was never held.
    CHECK_FALSE(f.state.order(QStringLiteral("SO-F")).has_value());
    CHECK(f.state.level({f.kWidget, f.kPick1, {}}).reserved == 0);
}

TEST_CASE("rule breaks are plain refusals, not answered", "[core][reserve][partial]")
{
    InventoryFixture f;
    Order order = f.order(QStringLiteral("SO-R"), OrderStatus::Paid, {f.line(1, f.kWidget, 51)});
    order.allowPartial = true;
    CORE_CHECK_REFUSED(f.inventory().reserve(order), ErrorCode::TooManyItems);
    order.lines = {f.line(1, QStringLiteral("NOPE"), 1)};
    CORE_CHECK_REFUSED(f.inventory().reserve(order), ErrorCode::UnknownSku);
    order.lines = {OrderLine{1, f.kWidget, 1, Money::fromMinor(1'000'001)}};
    CORE_CHECK_REFUSED(f.inventory().reserve(order), ErrorCode::OrderValueOutOfRange);
}

// A part shipment packing (and so shipping) what was reserved: PackingTest, "a line reserved in part packs
// what was reserved".

// ---- modification
// ---------------------------------------------------------------------------------------------------

TEST_CASE("a modification before picking releases the old lines and reserves the new ones", "[core][modify]")
{
    ModifyFixture f;
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 6);
    f.state.putStock({f.kWidget, f.kBulk1, {}}, {}, 10);
    f.state.putStock({f.kBolt, f.kPick2, {}}, {}, 10);
    f.reserved(f.order(QStringLiteral("SO-M"), OrderStatus::Paid, {f.line(1, f.kWidget, 6)}));

    // Line 1 grows beyond the pick face, line 2 is new: the order's own six units come back to it first.
    const EventList events =
        f.commit(f.modify(QStringLiteral("SO-M"), {f.line(1, f.kWidget, 8), f.line(2, f.kBolt, 3)}));
    REQUIRE(eventTypes(events).mid(0, 3) == QStringList{EventType::OrderModified,
                                                        EventType::ReservationReleased,
                                                        EventType::InventoryReserved});
    const DomainEvent& modified = events[0];
    CHECK(modified.aggregateId == QStringLiteral("SO-M"));
    CHECK(text(modified, "reason") == QStringLiteral("customer"));
    CHECK(Inventory::linesFromJson(modified.payload.value(QStringLiteral("oldLines")).toArray()).size() == 1);
    CHECK(Inventory::linesFromJson(modified.payload.value(QStringLiteral("lines")).toArray()).size() == 2);
    CHECK(wh::test::number(modified, "itemCount") == 11);
    CHECK(allocations(events[1]) == QStringList{QStringLiteral("1|PICK-01|||6")});
    CHECK(text(events[1], "reason") == QStringLiteral("modified"));
    CHECK(allocations(events[2]) == QStringList{QStringLiteral("1|PICK-01|||6"),
                                                QStringLiteral("1|BULK-01|||2"),
                                                QStringLiteral("2|PICK-02|||3")});
    CHECK(f.state.level({f.kWidget, f.kPick1, {}}).reserved == 6);
    CHECK(f.state.level({f.kWidget, f.kBulk1, {}}).reserved == 2);
    CHECK(f.state.order(QStringLiteral("SO-M"))->lines.size() == 2);

    // A line removed: its stock is free again.
    f.commit(f.modify(QStringLiteral("SO-M"), {f.line(2, f.kBolt, 3)}));
    CHECK(f.state.level({f.kWidget, f.kPick1, {}}).reserved == 0);
    CHECK(f.state.level({f.kWidget, f.kBulk1, {}}).reserved == 0);
    CHECK(f.state.level({f.kBolt, f.kPick2, {}}).reserved == 3);
}

TEST_CASE("a modification re-checks the order rules and changes nothing when they break",
          "[core][modify][order-rules]")
{
    ModifyFixture f;
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 100);
    f.reserved(f.order(QStringLiteral("SO-M"), OrderStatus::Paid, {f.line(1, f.kWidget, 2)}));
    CORE_CHECK_REFUSED(f.modify(QStringLiteral("SO-M"), {f.line(1, f.kWidget, 30), f.line(2, f.kWidget, 21)}),
                       ErrorCode::TooManyItems);
    CORE_CHECK_REFUSED(f.modify(QStringLiteral("SO-M"), {OrderLine{1, f.kWidget, 1, Money::fromMinor(499)}}),
                       ErrorCode::OrderValueOutOfRange);
    CORE_CHECK_REFUSED(
        f.modify(QStringLiteral("SO-M"), {OrderLine{1, f.kWidget, 2, Money::fromMinor(500'001)}}),
        ErrorCode::OrderValueOutOfRange);
    CORE_CHECK_REFUSED(f.modify(QStringLiteral("SO-M"), {f.line(1, QStringLiteral("NOPE"), 1)}),
                       ErrorCode::UnknownSku);
    CORE_CHECK_REFUSED(f.modify(QStringLiteral("SO-M"), {}), ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(f.modify(QStringLiteral("SO-M"), {f.line(1, f.kWidget, 2)}),
                       ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(f.modify(QStringLiteral("SO-404"), {f.line(1, f.kWidget, 2)}),
                       ErrorCode::UnknownOrder);
}

TEST_CASE("new lines the stock cannot cover are refused and answered - the old reservation stays",
          "[core][modify]")
{
    ModifyFixture f;
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 5);

    SECTION("all or nothing")
    {
        f.reserved(f.order(QStringLiteral("SO-M"), OrderStatus::Paid, {f.line(1, f.kWidget, 3)}));
        const auto result = f.modify(QStringLiteral("SO-M"), {f.line(1, f.kWidget, 7)});
        CORE_CHECK_ANSWERED(result, ErrorCode::InsufficientStock, EventType::ModifyRejected);
        CHECK(text(result.error().answer[0], "reason") == QStringLiteral("InsufficientStock"));
        CHECK(shortLines(result.error().answer[0]) == QStringList{QStringLiteral("1|WIDGET|7|5|2")});
        CHECK(f.state.level({f.kWidget, f.kPick1, {}}).reserved == 3);
    }
    SECTION("an order that allows partial takes what there is")
    {
        Order order = f.order(QStringLiteral("SO-M"), OrderStatus::Paid, {f.line(1, f.kWidget, 3)});
        order.allowPartial = true;
        f.reserved(order);
        const EventList events = f.commit(f.modify(QStringLiteral("SO-M"), {f.line(1, f.kWidget, 7)}));
        const DomainEvent& reserved = events[2];
        REQUIRE(reserved.type == EventType::InventoryReserved);
        CHECK(reserved.payload.value(QStringLiteral("partial")).toBool());
        CHECK(shortLines(reserved) == QStringList{QStringLiteral("1|WIDGET|7|5|2")});
        CHECK(f.state.level({f.kWidget, f.kPick1, {}}).reserved == 5);
        // ... but not when there is nothing at all for the new lines.
        CORE_CHECK_ANSWERED(f.modify(QStringLiteral("SO-M"), {f.line(1, f.kBolt, 1)}),
                            ErrorCode::InsufficientStock, EventType::ModifyRejected);
        CHECK(f.state.level({f.kWidget, f.kPick1, {}}).reserved == 5);
    }
}

TEST_CASE("a modification stops the order's lines on a task not yet started", "[core][modify][picking]")
{
    ModifyFixture f;
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 20);
    f.reserved(f.order(QStringLiteral("SO-M"), OrderStatus::Paid, {f.line(1, f.kWidget, 2)}));
    f.plannedOn(QStringLiteral("T1"), QStringLiteral("SO-M"), PickTaskStatus::Open);
    const auto result = f.modify(QStringLiteral("SO-M"), {f.line(1, f.kWidget, 4)});
    CORE_REQUIRE_OK(result);
    REQUIRE(eventTypes(*result).mid(0, 4) ==
            QStringList{EventType::OrderModified, EventType::PickLinesCancelled,
                        EventType::ReservationReleased, EventType::InventoryReserved});
    const QJsonArray stopped = result->at(1).payload.value(QStringLiteral("lines")).toArray();
    REQUIRE(stopped.size() == 1);
    CHECK(stopped[0].toObject().value(QStringLiteral("taskId")).toString() == QStringLiteral("T1"));
    CHECK(stopped[0].toObject().value(QStringLiteral("quantity")).toInteger() == 2);
}

TEST_CASE("a modification is too late once picking started, and for orders that left or were cancelled",
          "[core][modify]")
{
    ModifyFixture f;
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 50);
    const auto tooLate = [&](const QString& orderId, const QString& reason) {
        INFO(orderId.toStdString());
        const auto result = f.modify(orderId, {f.line(1, f.kWidget, 9)});
        CORE_CHECK_ANSWERED(result, ErrorCode::TooLateToModify, EventType::ModifyRejected);
        const DomainEvent& answer = result.error().answer[0];
        CHECK(answer.aggregateId == orderId);
        CHECK(text(answer, "orderId") == orderId);
        CHECK(text(answer, "reason") == reason);
        CHECK(text(answer, "code") == QStringLiteral("too_late_to_modify"));
        CHECK(text(answer, "status") == orderStatusName(f.state.order(orderId)->status));
    };

    // Allowed in every state before picking.
    int n = 0;
    for (const OrderStatus ok : {OrderStatus::Draft, OrderStatus::PendingPayment, OrderStatus::Paid}) {
        const QString id = QStringLiteral("SO-OK%1").arg(++n);
        f.reserved(f.order(id, ok, {f.line(1, f.kWidget, 1)}));
        CORE_REQUIRE_OK(f.modify(id, {f.line(1, f.kWidget, 2)}));
    }

    // A unit picked.
    f.reserved(f.order(QStringLiteral("SO-PICKED"), OrderStatus::Paid, {f.line(1, f.kWidget, 2)}));
    f.commit(f.inventory().pick({QStringLiteral("SO-PICKED"), 1, f.kPick1, {}, 1}));
    tooLate(QStringLiteral("SO-PICKED"), QStringLiteral("PickingStarted"));

    // Nothing of it picked, but the walk holding its line has started.
    f.reserved(f.order(QStringLiteral("SO-WALK"), OrderStatus::Paid, {f.line(1, f.kWidget, 2)}));
    f.plannedOn(QStringLiteral("T9"), QStringLiteral("SO-WALK"), PickTaskStatus::InProgress);
    tooLate(QStringLiteral("SO-WALK"), QStringLiteral("PickingStarted"));

    // Shipped, delivered, returned; cancelled.
    for (const OrderStatus gone : {OrderStatus::Shipped, OrderStatus::Delivered, OrderStatus::Returned}) {
        const QString id = QStringLiteral("SO-%1").arg(orderStatusName(gone));
        f.state.addOrder(f.order(id, gone, {f.line(1, f.kWidget, 1)}));
        tooLate(id, QStringLiteral("AlreadyShipped"));
    }
    f.reserved(f.order(QStringLiteral("SO-CANCEL"), OrderStatus::Paid, {f.line(1, f.kWidget, 1)}));
    f.commit(f.inventory().changeStatus(QStringLiteral("SO-CANCEL"), OrderStatus::Cancelled));
    tooLate(QStringLiteral("SO-CANCEL"), QStringLiteral("Cancelled"));

    // Too late comes first: even lines that break the rules get the answer the saga needs.
    const auto broken = f.modify(QStringLiteral("SO-PICKED"), {f.line(1, f.kWidget, 60)});
    CORE_CHECK_ANSWERED(broken, ErrorCode::TooLateToModify, EventType::ModifyRejected);
}
