#include "CoreTestSupport.h"

#include "OrderRules.h"

#include <limits>

using namespace wh;

namespace {

constexpr std::int64_t kInt64Max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kInt64Min = std::numeric_limits<std::int64_t>::min();
const std::optional<ErrorCode> kPasses = std::nullopt;

OrderLine line(int lineNo, std::int64_t quantity, std::int64_t unitPriceMinor)
{
    return OrderLine{lineNo, QStringLiteral("SKU-%1").arg(lineNo), quantity,
                     Money::fromMinor(unitPriceMinor)};
}

Order order(const QList<OrderLine>& lines)
{
    Order o;
    o.id = QStringLiteral("SO-1001");
    o.lines = lines;
    return o;
}

// The code the rules answer, or nullopt when the order passes.
std::optional<ErrorCode> verdict(const Order& o)
{
    const Status status = OrderRules::validate(o);
    if (status.ok())
        return std::nullopt;
    return status.error().code;
}

} // namespace

TEST_CASE("the order rules' limits are the design record's", "[core][order-rules]")
{
    CHECK(OrderRules::kMaxItems == 50);
    CHECK(OrderRules::kMinValue == Money::fromMinor(500));
    CHECK(OrderRules::kMaxValue == Money::fromMinor(1'000'000));
}

TEST_CASE("an order holds at most 50 items, summed over its lines", "[core][order-rules]")
{
    SECTION("50 on one line pass")
    {
        CHECK(verdict(order({line(1, 50, 100)})) == kPasses);
    }
    SECTION("50 over several lines pass")
    {
        CHECK(verdict(order({line(1, 20, 100), line(2, 20, 100), line(3, 10, 100)})) == kPasses);
    }
    SECTION("51 on one line are refused")
    {
        CHECK(verdict(order({line(1, 51, 100)})) == ErrorCode::TooManyItems);
    }
    SECTION("51 over two lines are refused, though each line alone would pass")
    {
        CHECK(verdict(order({line(1, 26, 100), line(2, 25, 100)})) == ErrorCode::TooManyItems);
    }
    SECTION("51 lines of one item each are refused")
    {
        QList<OrderLine> lines;
        for (int i = 1; i <= 51; ++i)
            lines.append(line(i, 1, 100));
        CHECK(verdict(order(lines)) == ErrorCode::TooManyItems);
    }
}

TEST_CASE("an order is worth $5.00 to $10,000.00, both inclusive", "[core][order-rules]")
{
    CHECK(verdict(order({line(1, 1, 499)})) == ErrorCode::OrderValueOutOfRange);
    CHECK(verdict(order({line(1, 1, 500)})) == kPasses);
    CHECK(verdict(order({line(1, 1, 1'000'000)})) == kPasses);
    CHECK(verdict(order({line(1, 1, 1'000'001)})) == ErrorCode::OrderValueOutOfRange);

    // The same bounds reached by the sum of several lines, not by one price.
    CHECK(verdict(order({line(1, 1, 250), line(2, 1, 249)})) == ErrorCode::OrderValueOutOfRange);
    CHECK(verdict(order({line(1, 1, 250), line(2, 1, 250)})) == kPasses);
    CHECK(verdict(order({line(1, 50, 20'000)})) == kPasses);
    CHECK(verdict(order({line(1, 49, 20'000), line(2, 1, 20'000)})) == kPasses);
    CHECK(verdict(order({line(1, 49, 20'000), line(2, 1, 20'001)})) == ErrorCode::OrderValueOutOfRange);
    CHECK(verdict(order({line(1, 1, 500'000), line(2, 1, 500'001)})) == ErrorCode::OrderValueOutOfRange);

    // A free line is allowed; only the total counts against the minimum.
    CHECK(verdict(order({line(1, 5, 0)})) == ErrorCode::OrderValueOutOfRange);
    CHECK(verdict(order({line(1, 1, 500), line(2, 3, 0)})) == kPasses);
}

TEST_CASE("the refusal of an order's value names the amounts in dollars", "[core][order-rules]")
{
    const Status tooCheap = OrderRules::validate(order({line(1, 1, 499)}));
    REQUIRE_FALSE(tooCheap.ok());
    CHECK(tooCheap.error().message.contains(QStringLiteral("SO-1001")));
    CHECK(tooCheap.error().message.contains(QStringLiteral("$4.99")));
    CHECK(tooCheap.error().message.contains(QStringLiteral("$5.00")));
    CHECK(tooCheap.error().message.contains(QStringLiteral("$10,000.00")));
}

TEST_CASE("an order without number or lines is refused", "[core][order-rules]")
{
    CHECK(verdict(order({})) == ErrorCode::InvalidArgument);

    Order unnamed = order({line(1, 1, 500)});
    unnamed.id.clear();
    CHECK(verdict(unnamed) == ErrorCode::InvalidArgument);
    unnamed.id = QStringLiteral("   ");
    CHECK(verdict(unnamed) == ErrorCode::InvalidArgument);
}

TEST_CASE("a line needs a positive quantity and a price that is not negative", "[core][order-rules]")
{
    CHECK(verdict(order({line(1, 0, 500)})) == ErrorCode::NegativeQuantity);
    CHECK(verdict(order({line(1, -1, 500)})) == ErrorCode::NegativeQuantity);
    // A bad line after a good one is still found.
    CHECK(verdict(order({line(1, 1, 500), line(2, 0, 500)})) == ErrorCode::NegativeQuantity);
    CHECK(verdict(order({line(1, 1, 600), line(2, 1, -100)})) == ErrorCode::InvalidArgument);
}

TEST_CASE("an order cannot hold the same line number twice", "[core][order-rules]")
{
    CHECK(verdict(order({line(1, 1, 500), line(1, 1, 500)})) == ErrorCode::InvalidArgument);
    CHECK(verdict(order({line(1, 1, 500), line(2, 1, 500), line(1, 1, 500)})) == ErrorCode::InvalidArgument);
    CHECK(verdict(order({line(1, 1, 500), line(2, 1, 500)})) == kPasses);
}

TEST_CASE("absurd quantities and prices are refused, not overflowed", "[core][order-rules]")
{
    // Each of these would wrap a 64-bit sum or product if the rules added first and checked afterwards.
    CHECK(verdict(order({line(1, kInt64Max, 500)})) == ErrorCode::TooManyItems);
    CHECK(verdict(order({line(1, 1, 500), line(2, kInt64Max, 500)})) == ErrorCode::TooManyItems);
    CHECK(verdict(order({line(1, kInt64Max, 500), line(2, kInt64Max, 500)})) == ErrorCode::TooManyItems);
    CHECK(verdict(order({line(1, 1, kInt64Max)})) == ErrorCode::OrderValueOutOfRange);
    CHECK(verdict(order({line(1, 50, kInt64Max / 50 + 1)})) == ErrorCode::OrderValueOutOfRange);
    CHECK(verdict(order({line(1, 1, kInt64Max), line(2, 1, kInt64Max)})) == ErrorCode::OrderValueOutOfRange);
    CHECK(verdict(order({line(1, kInt64Min, 500)})) == ErrorCode::NegativeQuantity);
    CHECK(verdict(order({line(1, 1, kInt64Min)})) == ErrorCode::InvalidArgument);
    // A maximal legal order: 50 units at the top price is 5e7 minor units, far from overflow, and refused.
    CHECK(verdict(order({line(1, 50, 1'000'000)})) == ErrorCode::OrderValueOutOfRange);

    QList<OrderLine> many;
    for (int i = 1; i <= 10'000; ++i)
        many.append(line(i, 50, 1'000'000));
    CHECK(verdict(order(many)) == ErrorCode::TooManyItems);
}

TEST_CASE("the order's item count and value are sums over its lines", "[core][order-rules]")
{
    const Order o = order({line(1, 3, 250), line(2, 2, 1'000)});
    CHECK(o.itemCount() == 5);
    CHECK(o.value() == Money::fromMinor(2'750));
    CHECK(order({}).itemCount() == 0);
    CHECK(order({}).value() == Money());
}
