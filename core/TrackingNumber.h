#pragma once

#include "Result.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace wh {

// The tracking number formats the appliance hands out from carrier-allocated ranges.
enum class TrackingFormat
{
    Ups1Z,      // "1Z" + 6-char shipper + 2-char service + 7-digit package id + check digit: 18 characters
    FedEx12,    // FedEx Express: 11 serial digits + check digit
    UspsImpb22, // USPS Intelligent Mail package barcode without routing code: 21 digits + check digit
    Sscc18,     // GS1 SSCC for pallets: extension digit + company prefix + serial reference + check digit
    FedEx15,    // FedEx Ground: 14 digits + GS1 mod 10 check digit
};

// "ups_1z", "fedex_12", "usps_impb_22", "sscc_18", "fedex_15": how ranges and shipments store and send the
// format.
QString trackingFormatName(TrackingFormat format);
std::optional<TrackingFormat> trackingFormatFromName(const QString& name);

// Check digits and validation of tracking numbers. A number with a wrong check digit is refused: a mistyped
// or misread number on a label would send the parcel nowhere, and the carrier rejects it anyway.
class TrackingNumber
{
public:
    // Length of a whole number, check digit included.
    static int length(TrackingFormat format);
    // Length of the part the check digit is computed over (for UPS including the leading "1Z").
    static int bodyLength(TrackingFormat format) { return length(format) - 1; }

    // The check digit for `body` (the number without its check digit), or nothing when the body has the wrong
    // length or a character the format does not allow.
    //  - UPS: over the 15 characters after "1Z", letters as (code - 63) mod 10 (A=2 ... I=0 ... Z=7), every
    //    second character doubled, check = (10 - sum mod 10) mod 10.
    //  - FedEx 12: the 11 serial digits weighted 3,1,7,3,1,7,... from the left (1,3,7 from the right), sum
    //  mod
    //    11, a remainder of 10 gives 0.
    //  - USPS IMpb 22, SSCC-18 and FedEx 15: GS1 mod 10, weights 3,1,3,... from the digit next to the check
    //    digit.
    static std::optional<int> checkDigit(TrackingFormat format, QStringView body);

    // Whether `number` is a whole, well-formed number of the format with a matching check digit. Expects the
    // normalized form (see normalized()).
    static Status validate(TrackingFormat format, const QString& number);

    // Which format a scanned or typed number is, judged by its shape, then validated as that format.
    static Result<TrackingFormat> identify(const QString& number);
    // The format a number's shape suggests ("1Z...", 12, 15, 18 or 22 digits), check digit not looked at.
    static std::optional<TrackingFormat> formatByShape(const QString& number);

    // Spaces removed and letters upper-cased: labels print numbers in groups ("9400 1112 0108 ...").
    static QString normalized(const QString& text);

    // The number with its check digit appended; the body must be valid for the format.
    static std::optional<QString> withCheckDigit(TrackingFormat format, const QString& body);
};

} // namespace wh
