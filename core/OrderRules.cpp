#include "OrderRules.h"

#include <QSet>

namespace wh::OrderRules {

Status validate(const Order& order)
{
    // Every message fills all its placeholders in one arg() call, so an id like "%2" cannot be substituted.
    const auto n = [](std::int64_t value) {
        return QString::number(value);
    };
    if (order.id.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "The order has no order number."));
    if (order.lines.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Order %1 has no lines."), {order.id});
    QSet<int> lineNumbers;
    for (const OrderLine& line : order.lines) {
        if (line.lineNo < 1)
            return makeError(ErrorCode::InvalidArgument,
                             QT_TRANSLATE_NOOP("wh::Refusal",
                                               "Order %1 has a line numbered %2; lines are numbered from 1."),
                             {order.id, n(line.lineNo)});
        if (line.quantity <= 0)
            return makeError(
                ErrorCode::NegativeQuantity,
                QT_TRANSLATE_NOOP("wh::Refusal",
                                  "Line %1 of order %2 asks for %3 units; a line needs at least one."),
                {n(line.lineNo), order.id, n(line.quantity)});
        if (line.unitPrice.minor() < 0)
            return makeError(ErrorCode::InvalidArgument,
                             QT_TRANSLATE_NOOP("wh::Refusal", "Line %1 of order %2 has a negative price."),
                             {n(line.lineNo), order.id});
        if (lineNumbers.contains(line.lineNo))
            return makeError(ErrorCode::InvalidArgument,
                             QT_TRANSLATE_NOOP("wh::Refusal", "Order %1 has line number %2 twice."),
                             {order.id, n(line.lineNo)});
        lineNumbers.insert(line.lineNo);
        // Checked per line first so the sums below cannot overflow on absurd input.
        if (line.quantity > kMaxItems)
            return makeError(
                ErrorCode::TooManyItems,
                QT_TRANSLATE_NOOP("wh::Refusal",
                                  "Line %1 of order %2 asks for %3 units; an order holds at most %4."),
                {n(line.lineNo), order.id, n(line.quantity), n(kMaxItems)});
        if (line.unitPrice > kMaxValue)
            return makeError(
                ErrorCode::OrderValueOutOfRange,
                QT_TRANSLATE_NOOP("wh::Refusal",
                                  "Line %1 of order %2 costs %3 a unit; an order is worth at most %4."),
                {n(line.lineNo), order.id, line.unitPrice.toString(), kMaxValue.toString()});
    }
    if (order.itemCount() > kMaxItems)
        return makeError(
            ErrorCode::TooManyItems,
            QT_TRANSLATE_NOOP("wh::Refusal", "Order %1 has %2 items; an order holds at most %3."),
            {order.id, n(order.itemCount()), n(kMaxItems)});
    const Money value = order.value();
    if (value < kMinValue || value > kMaxValue)
        return makeError(
            ErrorCode::OrderValueOutOfRange,
            QT_TRANSLATE_NOOP("wh::Refusal", "Order %1 is worth %2; an order must be worth %3 to %4."),
            {order.id, value.toString(), kMinValue.toString(), kMaxValue.toString()});
    return {};
}

bool canTransition(OrderStatus from, OrderStatus to)
{
    using S = OrderStatus;
    switch (to) {
    case S::Draft:
        return false;
    case S::PendingPayment:
        return from == S::Draft;
    case S::Paid:
        return from == S::PendingPayment;
    case S::Processing:
        return from == S::Paid;
    case S::Shipped:
        return from == S::Processing;
    case S::Delivered:
        return from == S::Shipped;
    case S::Cancelled:
        return from == S::Draft || from == S::PendingPayment || from == S::Paid || from == S::Processing;
    case S::Returned:
        return from == S::Shipped || from == S::Delivered;
    }
    return false;
}

Status checkTransition(OrderStatus from, OrderStatus to)
{
    if (canTransition(from, to))
        return {};
    return makeError(ErrorCode::IllegalTransition,
                     QT_TRANSLATE_NOOP("wh::Refusal", "An order cannot go from %1 to %2."),
                     {orderStatusName(from), orderStatusName(to)});
}

} // namespace wh::OrderRules
