#pragma once

#include "Money.h"
#include "StockLevel.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wh {

// The design record's order status machine. Forward only along the main line; Cancelled and Returned are the
// only side exits.
enum class OrderStatus
{
    Draft,
    PendingPayment,
    Paid,
    Processing,
    Shipped,
    Delivered,
    Cancelled,
    Returned
};

QString orderStatusName(OrderStatus status);
std::optional<OrderStatus> orderStatusFromName(const QString& name);

// A postal address as a label prints it.
struct Address
{
    QString name;
    QStringList lines; // street, building, ...: one printed line each
    QString city;
    QString postcode;
    QString country; // ISO 3166-1 alpha-2

    bool isEmpty() const { return name.isEmpty() && lines.isEmpty() && city.isEmpty(); }
    // A label can be printed from it: a name, a first line, a city and a country.
    bool complete() const;
    QJsonObject toJson() const;
    static Address fromJson(const QJsonObject& json);
    bool operator==(const Address&) const = default;
};

struct OrderLine
{
    int lineNo = 0;
    QString sku;
    std::int64_t quantity = 0;
    Money unitPrice;
};

struct Order
{
    QString id;
    OrderStatus status = OrderStatus::PendingPayment;
    QList<OrderLine> lines;
    QDateTime createdAt;
    QString service;               // the service the customer was promised: Standard, Express or Overnight
    QDate promisedDate;            // the delivery date promised to the customer (invalid when none)
    std::optional<Address> shipTo; // where the parcel goes; the label needs it
    // The customer takes a part shipment: reserve what there is and ship that, rather than nothing.
    bool allowPartial = false;

    std::int64_t itemCount() const;
    Money value() const;
};

// Stock held for one order line in one bin and lot. picked counts what has left the bin for the order.
struct Allocation
{
    int lineNo = 0;
    StockKey key;
    QDate expiry;
    std::int64_t quantity = 0;
    std::int64_t picked = 0;

    std::int64_t open() const { return quantity - picked; }
};

enum class ReservationStatus
{
    Active,
    Released,
    Consumed
};

struct Reservation
{
    QString orderId;
    ReservationStatus status = ReservationStatus::Active;
    QList<Allocation> allocations;
};

} // namespace wh
