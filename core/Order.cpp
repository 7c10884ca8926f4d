#include "Order.h"

#include <array>
#include <utility>

namespace wh {

namespace {
constexpr std::array<std::pair<OrderStatus, const char*>, 8> kNames{{
    {OrderStatus::Draft, "Draft"},
    {OrderStatus::PendingPayment, "PendingPayment"},
    {OrderStatus::Paid, "Paid"},
    {OrderStatus::Processing, "Processing"},
    {OrderStatus::Shipped, "Shipped"},
    {OrderStatus::Delivered, "Delivered"},
    {OrderStatus::Cancelled, "Cancelled"},
    {OrderStatus::Returned, "Returned"},
}};
} // namespace

QString orderStatusName(OrderStatus status)
{
    for (const auto& [value, name] : kNames)
        if (value == status)
            return QLatin1String(name);
    return {};
}

std::optional<OrderStatus> orderStatusFromName(const QString& name)
{
    for (const auto& [value, text] : kNames)
        if (name == QLatin1String(text))
            return value;
    return std::nullopt;
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
