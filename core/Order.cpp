#include "Order.h"

#include "EnumNames.h"

#include <QJsonArray>

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

namespace wh {

bool Address::complete() const
{
    return !name.trimmed().isEmpty() && !lines.isEmpty() && !lines.first().trimmed().isEmpty() &&
           !city.trimmed().isEmpty() && !country.trimmed().isEmpty();
}

QJsonObject Address::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("lines"), QJsonArray::fromStringList(lines)},
                       {QStringLiteral("city"), city},
                       {QStringLiteral("postcode"), postcode},
                       {QStringLiteral("country"), country}};
}

Address Address::fromJson(const QJsonObject& json)
{
    Address a;
    a.name = json.value(QStringLiteral("name")).toString();
    for (const QJsonValue& line : json.value(QStringLiteral("lines")).toArray())
        a.lines.append(line.toString());
    a.city = json.value(QStringLiteral("city")).toString();
    a.postcode = json.value(QStringLiteral("postcode")).toString();
    a.country = json.value(QStringLiteral("country")).toString();
    return a;
}

} // namespace wh
