#pragma once

// The order's status as the central service keeps it, and the transitions it allows. The wire names are the
// protocol's orderStatus enum (docs/protocol/defs.schema.json), so a status read from an appliance event and
// one the central service writes are the same string.

#include <QString>

#include <optional>

namespace wh::central {

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

// "Draft", "PendingPayment", "Paid", "Processing", "Shipped", "Delivered", "Cancelled", "Returned".
QString orderStatusName(OrderStatus status);
// Exact, case-sensitive: a name from another spelling is a peer's error, not a status.
std::optional<OrderStatus> orderStatusFromName(const QString& name);

// Forward one step at a time along Draft -> PendingPayment -> Paid -> Processing -> Shipped -> Delivered;
// Cancelled from Draft, PendingPayment, Paid or Processing (nothing has left a warehouse); Returned from
// Shipped or Delivered. Cancelled and Returned are terminal; Delivered only goes on to Returned. Staying in
// the same status is not a transition.
bool allowedTransition(OrderStatus from, OrderStatus to);
// Cancelled and Returned: nothing follows.
bool terminalStatus(OrderStatus status);

} // namespace wh::central
