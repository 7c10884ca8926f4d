#include "Location.h"

#include "EnumNames.h"

namespace wh {

namespace {
constexpr EnumNames<LocationType, 6> kNames{{{
    {LocationType::Receiving, "receiving"},
    {LocationType::Bulk, "bulk"},
    {LocationType::Pick, "pick"},
    {LocationType::Packing, "packing"},
    {LocationType::Shipping, "shipping"},
    {LocationType::Quarantine, "quarantine"},
}}};
} // namespace

QString locationTypeName(LocationType type)
{
    return kNames.name(type);
}

std::optional<LocationType> locationTypeFromName(const QString& name)
{
    return kNames.value(name);
}

} // namespace wh
