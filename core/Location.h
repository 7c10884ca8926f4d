#pragma once

#include <QString>

#include <optional>

namespace wh {

enum class LocationType
{
    Receiving,
    Bulk,
    Pick,
    Packing,
    Shipping,
    Quarantine
};

QString locationTypeName(LocationType type);
std::optional<LocationType> locationTypeFromName(const QString& name);

// A bin or area. Each is dedicated to one tenant: a 3PL does not mix two merchants' goods in one bin.
struct Location
{
    QString code;
    QString zone;
    LocationType type = LocationType::Bulk;
    int pickSequence = 0; // position on the pick path; lower is walked first

    // Stock here can be reserved for orders (never in receiving or quarantine, nor once packed).
    bool allocatable() const { return type == LocationType::Pick || type == LocationType::Bulk; }
};

} // namespace wh
