#include "Order.h"

#include "EnumNames.h"

namespace wh {

namespace {
constexpr EnumNames<OrderStatus, 8> kNames{{{
    {OrderStatus::Draft, "Draft"},
    {OrderStatus::PendingPayment, "PendingPayment"},
    {OrderStatus::Paid, "Paid"},
    {OrderStatus::Processing, "Processing"},
    {OrderStatus::Shipped, "Shipped"},
    {OrderStatus::Delivered, "Delivered"},
    {OrderStatus::Cancelled, "Cancelled"},
    {OrderStatus::Returned, "Returned"},
}}};
} // namespace

QString orderStatusName(OrderStatus status)
{
    return kNames.name(status);
}

std::optional<OrderStatus> orderStatusFromName(const QString& name)
{
    return kNames.value(name);
}

std::int64_t Order::itemCount() const
{
    std::int64_t count = 0;
    for (const OrderLine& line : lines)
        count += line.quantity;
    return count;
}

Money Order::value() const
{
    Money total;
    for (const OrderLine& line : lines)
        total = total + line.unitPrice * line.quantity;
    return total;
}

} // namespace wh
