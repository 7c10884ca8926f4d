#include "CoreTestSupport.h"

#include "OrderRules.h"

#include <array>
#include <set>
#include <utility>

using namespace wh;

namespace {

using S = OrderStatus;

constexpr std::array<OrderStatus, 8> kAllStatuses{S::Draft,   S::PendingPayment, S::Paid,      S::Processing,
                                                  S::Shipped, S::Delivered,      S::Cancelled, S::Returned};

// The intended machine, written out independently of the code under test: the main line of the design
// record, Cancelled from every state before Shipped, Returned from Shipped and Delivered, nothing else.
const std::set<std::pair<OrderStatus, OrderStatus>> kAllowed{
    {S::Draft, S::PendingPayment},     {S::PendingPayment, S::Paid}, {S::Paid, S::Processing},
    {S::Processing, S::Shipped},       {S::Shipped, S::Delivered},   {S::Draft, S::Cancelled},
    {S::PendingPayment, S::Cancelled}, {S::Paid, S::Cancelled},      {S::Processing, S::Cancelled},
    {S::Shipped, S::Returned},         {S::Delivered, S::Returned},
};

} // namespace

TEST_CASE("every pair of order statuses follows the intended transition table", "[core][status]")
{
    int legal = 0;
    for (const OrderStatus from : kAllStatuses) {
        for (const OrderStatus to : kAllStatuses) {
            INFO(orderStatusName(from).toStdString() << " -> " << orderStatusName(to).toStdString());
            const bool expected = kAllowed.contains({from, to});
            CHECK(OrderRules::canTransition(from, to) == expected);
            legal += OrderRules::canTransition(from, to) ? 1 : 0;
        }
    }
    // 11 arrows in the table; a wrong extra arrow and a missing one would not cancel out in the loop above,
    // but this says at a glance how many the code allows.
    CHECK(legal == 11);
}

TEST_CASE("no status transitions to itself", "[core][status]")
{
    for (const OrderStatus status : kAllStatuses) {
        INFO(orderStatusName(status).toStdString());
        CHECK_FALSE(OrderRules::canTransition(status, status));
    }
}

TEST_CASE("checkTransition refuses an illegal transition with a typed error naming both states",
          "[core][status]")
{
    for (const OrderStatus from : kAllStatuses) {
        for (const OrderStatus to : kAllStatuses) {
            INFO(orderStatusName(from).toStdString() << " -> " << orderStatusName(to).toStdString());
            const Status checked = OrderRules::checkTransition(from, to);
            if (kAllowed.contains({from, to})) {
                CHECK(checked.ok());
                continue;
            }
            REQUIRE_FALSE(checked.ok());
            CHECK(checked.error().code == ErrorCode::IllegalTransition);
            CHECK(checked.error().message.contains(orderStatusName(from)));
            CHECK(checked.error().message.contains(orderStatusName(to)));
        }
    }
}

TEST_CASE("order statuses have stable names that read back", "[core][status]")
{
    // The names travel in events and the projection; renaming one would orphan every stored order.
    CHECK(orderStatusName(S::Draft) == QStringLiteral("Draft"));
    CHECK(orderStatusName(S::PendingPayment) == QStringLiteral("PendingPayment"));
    CHECK(orderStatusName(S::Paid) == QStringLiteral("Paid"));
    CHECK(orderStatusName(S::Processing) == QStringLiteral("Processing"));
    CHECK(orderStatusName(S::Shipped) == QStringLiteral("Shipped"));
    CHECK(orderStatusName(S::Delivered) == QStringLiteral("Delivered"));
    CHECK(orderStatusName(S::Cancelled) == QStringLiteral("Cancelled"));
    CHECK(orderStatusName(S::Returned) == QStringLiteral("Returned"));
    for (const OrderStatus status : kAllStatuses)
        CHECK(orderStatusFromName(orderStatusName(status)) == status);
    CHECK_FALSE(orderStatusFromName(QStringLiteral("paid")).has_value());
    CHECK_FALSE(orderStatusFromName(QString()).has_value());
}
