#pragma once

#include "Result.h"
#include "TrackingNumber.h"

#include <QString>

#include <cstdint>

namespace wh {

struct TrackingAllocation;

// A block of tracking numbers a carrier allocated to this warehouse, as a value: the store keeps it, and each
// shipment takes the next number in the same transaction that records the shipment. A number is the fixed
// prefix, the serial zero-padded to the rest of the body, and the check digit; the appliance never makes up
// a number outside [firstSerial, lastSerial].
struct TrackingRange
{
    QString id;      // how the carrier names the block, shown in alerts ("UPS-2026-01")
    QString carrier; // "UPS", "FedEx", "USPS", or the haulier for SSCC pallets
    TrackingFormat format = TrackingFormat::Ups1Z;
    // The fixed leading part of the body. UPS: "1Z" + 6-character shipper number + 2-character service code
    // (+ leading package digits, if the carrier fixes them). USPS: the IMpb application identifier (91-95),
    // service type code and mailer id. SSCC: the extension digit + GS1 company prefix. FedEx: often empty.
    QString prefix;
    std::int64_t firstSerial = 0;
    std::int64_t lastSerial = 0;   // inclusive
    std::int64_t nextSerial = 0;   // the next to hand out; lastSerial + 1 once the range is used up
    std::int64_t lowWaterMark = 0; // alert when this many numbers or fewer remain

    // Digits the serial takes: the body's length minus the prefix.
    int serialWidth() const;
    std::int64_t remaining() const;
    bool exhausted() const { return remaining() == 0; }
    // At or below the low-water mark: ask the carrier for a new range now, not when shipping stops.
    bool low() const { return remaining() <= lowWaterMark; }

    // The range as configured is usable: the prefix fits the format, the serials fit the width and lie in
    // order. A range that fails this hands out nothing.
    Status validate() const;

    // The next number with its check digit and the range advanced past it, or a refusal when the range is
    // used up or invalid. Pure: the caller stores the returned range in the same transaction as the shipment.
    Result<TrackingAllocation> allocate() const;

    bool operator==(const TrackingRange&) const = default;
};

struct TrackingAllocation
{
    QString trackingNumber;
    std::int64_t serial = 0;
    TrackingRange range; // advanced past the number handed out
    std::int64_t remaining = 0;
    bool low = false;             // remaining <= low-water mark after this number
    bool crossedLowWater = false; // this number took the range to the mark: raise the alert once
};

} // namespace wh
