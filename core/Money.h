#pragma once

#include <QString>

#include <compare>
#include <cstdint>

namespace wh {

// An amount in integer minor units (cents). Never a floating-point value: order limits are compared exactly.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromMinor(std::int64_t minor) { return Money(minor); }
    static constexpr Money fromMajor(std::int64_t major) { return Money(major * 100); }

    constexpr std::int64_t minor() const { return m_minor; }
    constexpr Money operator+(Money other) const { return Money(m_minor + other.m_minor); }
    constexpr Money operator*(std::int64_t factor) const { return Money(m_minor * factor); }
    constexpr auto operator<=>(const Money&) const = default;

    // "$1,234.56"; the appliance works in one currency per warehouse (USD in the design record).
    QString toString() const;

private:
    constexpr explicit Money(std::int64_t minor)
        : m_minor(minor)
    {}
    std::int64_t m_minor = 0;
};

} // namespace wh
