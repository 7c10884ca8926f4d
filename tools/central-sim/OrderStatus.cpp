#include "OrderStatus.h"

namespace wh::central {

QString orderStatusName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Draft:
        return QStringLiteral("Draft");
    case OrderStatus::PendingPayment:
        return QStringLiteral("PendingPayment");
    case OrderStatus::Paid:
        return QStringLiteral("Paid");
    case OrderStatus::Processing:
        return QStringLiteral("Processing");
    case OrderStatus::Shipped:
        return QStringLiteral("Shipped");
    case OrderStatus::Delivered:
        return QStringLiteral("Delivered");
    case OrderStatus::Cancelled:
        return QStringLiteral("Cancelled");
    case OrderStatus::Returned:
        return QStringLiteral("Returned");
    }
    return {};
}

std::optional<OrderStatus> orderStatusFromName(const QString& name)
{
    for (OrderStatus status :
         {OrderStatus::Draft, OrderStatus::PendingPayment, OrderStatus::Paid, OrderStatus::Processing,
          OrderStatus::Shipped, OrderStatus::Delivered, OrderStatus::Cancelled, OrderStatus::Returned})
        if (orderStatusName(status) == name)
            return status;
    return std::nullopt;
}

bool allowedTransition(OrderStatus from, OrderStatus to)
{
    switch (to) {
    case OrderStatus::Draft:
        return false; // where an order starts, never where it goes back to
    case OrderStatus::PendingPayment:
        return from == OrderStatus::Draft;
    case OrderStatus::Paid:
        return from == OrderStatus::PendingPayment;
    case OrderStatus::Processing:
        return from == OrderStatus::Paid;
    case OrderStatus::Shipped:
        return from == OrderStatus::Processing;
    case OrderStatus::Delivered:
        return from == OrderStatus::Shipped;
    case OrderStatus::Cancelled:
        // Once a parcel has left, the way back is a return, not a cancellation.
        return from == OrderStatus::Draft || from == OrderStatus::PendingPayment ||
               from == OrderStatus::Paid || from == OrderStatus::Processing;
    case OrderStatus::Returned:
        return from == OrderStatus::Shipped || from == OrderStatus::Delivered;
    }
    return false;
}

bool terminalStatus(OrderStatus status)
{
    return status == OrderStatus::Cancelled || status == OrderStatus::Returned;
}

} // namespace wh::central
