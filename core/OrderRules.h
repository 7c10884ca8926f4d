#pragma once

#include "Order.h"
#include "Result.h"

namespace wh {

// The design record's order rules (section 5), where they bind the warehouse.
namespace OrderRules {

inline constexpr std::int64_t kMaxItems = 50;                   // units per order, summed over lines
inline constexpr Money kMinValue = Money::fromMinor(500);       // $5.00
inline constexpr Money kMaxValue = Money::fromMinor(1'000'000); // $10,000.00

Status validate(const Order& order);

// Draft -> PendingPayment -> Paid -> Processing -> Shipped -> Delivered; Cancelled from any state before
// Shipped; Returned from Shipped or Delivered. Staying in the same state is not a transition.
bool canTransition(OrderStatus from, OrderStatus to);
Status checkTransition(OrderStatus from, OrderStatus to);

} // namespace OrderRules
} // namespace wh
