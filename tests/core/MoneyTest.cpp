#include "CoreTestSupport.h"

#include "Money.h"

#include <limits>

using wh::Money;

// The order limits are compared at compile time too (OrderRules' constants are constexpr Money).
static_assert(Money::fromMinor(499) < Money::fromMinor(500));
static_assert(Money::fromMajor(10'000) == Money::fromMinor(1'000'000));

TEST_CASE("money is held in integer minor units", "[core][money]")
{
    CHECK(Money().minor() == 0);
    CHECK(Money::fromMinor(123'456).minor() == 123'456);
    CHECK(Money::fromMinor(-5).minor() == -5);
    CHECK(Money::fromMajor(5).minor() == 500);
    CHECK(Money::fromMajor(-3).minor() == -300);
    CHECK((Money::fromMinor(250) + Money::fromMinor(-75)).minor() == 175);
    CHECK((Money::fromMinor(199) * 3).minor() == 597);
    CHECK((Money::fromMinor(199) * 0).minor() == 0);
}

TEST_CASE("money formats as dollars with thousands separators", "[core][money]")
{
    CHECK(Money::fromMinor(123'456).toString() == QStringLiteral("$1,234.56"));
    CHECK(Money::fromMinor(5).toString() == QStringLiteral("$0.05"));
    CHECK(Money::fromMinor(50).toString() == QStringLiteral("$0.50"));
    CHECK(Money().toString() == QStringLiteral("$0.00"));
    CHECK(Money::fromMinor(100).toString() == QStringLiteral("$1.00"));
    CHECK(Money::fromMinor(99'999).toString() == QStringLiteral("$999.99"));
    CHECK(Money::fromMinor(100'000).toString() == QStringLiteral("$1,000.00"));
    CHECK(Money::fromMinor(1'000'000).toString() == QStringLiteral("$10,000.00"));
    CHECK(Money::fromMinor(12'345'678).toString() == QStringLiteral("$123,456.78"));
    CHECK(Money::fromMinor(123'456'789).toString() == QStringLiteral("$1,234,567.89"));
}

TEST_CASE("negative money puts the sign before the currency", "[core][money]")
{
    CHECK(Money::fromMinor(-123'456).toString() == QStringLiteral("-$1,234.56"));
    CHECK(Money::fromMinor(-5).toString() == QStringLiteral("-$0.05"));
    CHECK(Money::fromMinor(-100'000).toString() == QStringLiteral("-$1,000.00"));
}

TEST_CASE("money formats the extremes of its range", "[core][money]")
{
    // A peer can send any 64-bit amount; formatting it for an error message must not overflow.
    CHECK(Money::fromMinor(std::numeric_limits<std::int64_t>::max()).toString() ==
          QStringLiteral("$92,233,720,368,547,758.07"));
    CHECK(Money::fromMinor(std::numeric_limits<std::int64_t>::min()).toString() ==
          QStringLiteral("-$92,233,720,368,547,758.08"));
}

TEST_CASE("money compares by amount", "[core][money]")
{
    const Money five = Money::fromMinor(500);
    CHECK(five == Money::fromMajor(5));
    CHECK(five != Money::fromMinor(499));
    CHECK(Money::fromMinor(499) < five);
    CHECK(Money::fromMinor(501) > five);
    CHECK(five <= five);
    CHECK(five >= five);
    CHECK(Money::fromMinor(-1) < Money());
    CHECK_FALSE(five < five);
    CHECK((Money::fromMinor(1) <=> Money::fromMinor(2)) == std::strong_ordering::less);
}
