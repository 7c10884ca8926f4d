#pragma once

#include <QString>

#include <cstdint>
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
    // Capacity for putaway: what the bin takes, 0 when it is not limited that way.
    std::int64_t maxVolumeCm3 = 0;
    std::int64_t maxWeightGrams = 0;
    // A pick face's replenishment: the SKU it is kept stocked with, refilled from bulk up to maxQuantity when
    // its available stock falls below minQuantity. Empty SKU: no replenishment.
    QString replenishSku = {};
    std::int64_t minQuantity = 0;
    std::int64_t maxQuantity = 0;

    // Stock here can be reserved for orders (never in receiving or quarantine, nor once packed).
    bool allocatable() const { return type == LocationType::Pick || type == LocationType::Bulk; }
};

} // namespace wh
