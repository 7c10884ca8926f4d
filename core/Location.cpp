#include "Location.h"

#include <array>
#include <utility>

namespace wh {

namespace {
constexpr std::array<std::pair<LocationType, const char*>, 6> kNames{{
    {LocationType::Receiving, "receiving"},
    {LocationType::Bulk, "bulk"},
    {LocationType::Pick, "pick"},
    {LocationType::Packing, "packing"},
    {LocationType::Shipping, "shipping"},
    {LocationType::Quarantine, "quarantine"},
}};
} // namespace

QString locationTypeName(LocationType type)
{
    for (const auto& [value, name] : kNames)
        if (value == type)
            return QLatin1String(name);
    return {};
}

std::optional<LocationType> locationTypeFromName(const QString& name)
{
    for (const auto& [value, text] : kNames)
        if (name == QLatin1String(text))
            return value;
    return std::nullopt;
}

} // namespace wh
