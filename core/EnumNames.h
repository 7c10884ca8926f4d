#pragma once

#include <QLatin1String>
#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace wh {

// The text names of an enum's values, both ways (statuses, location types and reasons are stored and sent
// as text).
template <typename E, std::size_t N> class EnumNames
{
public:
    constexpr explicit EnumNames(std::array<std::pair<E, const char*>, N> names)
        : m_names(names)
    {}

    QString name(E value) const
    {
        for (const auto& [v, text] : m_names)
            if (v == value)
                return QLatin1String(text);
        return {};
    }

    std::optional<E> value(const QString& name) const
    {
        for (const auto& [v, text] : m_names)
            if (name == QLatin1String(text))
                return v;
        return std::nullopt;
    }

private:
    std::array<std::pair<E, const char*>, N> m_names;
};

} // namespace wh
