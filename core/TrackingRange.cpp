#include "TrackingRange.h"

#include <algorithm>

namespace wh {

namespace {

// Its own code, so the screen can tell "ask the carrier" from a typo.
constexpr ErrorCode kRangeExhausted = ErrorCode::TrackingRangeExhausted;

// Serials are held in 64 bits: 18 decimal digits always fit.
constexpr int kMaxSerialWidth = 18;

std::int64_t powerOfTen(int exponent)
{
    std::int64_t value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isUpperAlnum(QChar c)
{
    return isDigit(c) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

// Why the prefix does not fit the format (words of a refusal), or an empty refusal when it does.
Refusal prefixProblem(TrackingFormat format, const QString& prefix)
{
    const bool digitsOnly = std::all_of(prefix.begin(), prefix.end(), isDigit);
    switch (format) {
    case TrackingFormat::Ups1Z: {
        // "1Z", the shipper number and the service code are fixed by the carrier; the serial is digits.
        const bool shape = prefix.size() >= 10 && prefix.startsWith(QLatin1String("1Z")) &&
                           std::all_of(prefix.begin() + 2, prefix.begin() + 10, isUpperAlnum) &&
                           std::all_of(prefix.begin() + 10, prefix.end(), isDigit);
        if (!shape)
            return {
                QT_TRANSLATE_NOOP("wh::Refusal",
                                  "a UPS prefix is 1Z, the 6-character shipper number and the 2-character "
                                  "service code (capital letters and digits), then digits only"),
                {}};
        return {};
    }
    case TrackingFormat::FedEx12:
    case TrackingFormat::FedEx15:
        if (!digitsOnly)
            return {QT_TRANSLATE_NOOP("wh::Refusal", "a FedEx prefix holds digits only"), {}};
        return {};
    case TrackingFormat::UspsImpb22:
        if (!digitsOnly || prefix.size() < 2 || prefix[0] != QLatin1Char('9') ||
            prefix[1] < QLatin1Char('1') || prefix[1] > QLatin1Char('5'))
            return {QT_TRANSLATE_NOOP(
                        "wh::Refusal",
                        "a USPS prefix holds digits only and starts with the application identifier "
                        "91 to 95"),
                    {}};
        return {};
    case TrackingFormat::Sscc18:
        // Extension digit + a GS1 company prefix of at least 6 digits.
        if (!digitsOnly || prefix.size() < 7)
            return {QT_TRANSLATE_NOOP(
                        "wh::Refusal",
                        "an SSCC prefix is the extension digit and the GS1 company prefix (at least 7 "
                        "digits in all)"),
                    {}};
        return {};
    }
    return {};
}

} // namespace

int TrackingRange::serialWidth() const
{
    return TrackingNumber::bodyLength(format) - static_cast<int>(prefix.size());
}

std::int64_t TrackingRange::remaining() const
{
    if (nextSerial > lastSerial)
        return 0;
    return lastSerial - nextSerial + 1;
}

Status TrackingRange::validate() const
{
    const auto n = [](std::int64_t value) {
        return QString::number(value);
    };
    if (id.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "A tracking range needs a name."));
    if (carrier.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Tracking range %1 names no carrier."), {id});
    if (const Refusal problem = prefixProblem(format, prefix); !problem.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Tracking range %1 has the prefix \"%2\": %3."),
                         {id, prefix, problem});
    const int width = serialWidth();
    if (width < 1 || width > kMaxSerialWidth)
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Tracking range %1 leaves %2 digits for the serial after its prefix; it "
                              "needs 1 to %3."),
            {id, n(width), n(kMaxSerialWidth)});
    const std::int64_t limit = powerOfTen(width); // serials run 0 .. limit - 1
    if (firstSerial < 0 || lastSerial >= limit || firstSerial > lastSerial)
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Tracking range %1 runs from %2 to %3; with %4 serial digits it must run "
                              "upwards within 0 to %5."),
            {id, n(firstSerial), n(lastSerial), n(width), n(limit - 1)});
    // nextSerial may sit one past the end: that is a used-up range, kept as it is for the record.
    if (nextSerial < firstSerial || nextSerial > lastSerial + 1)
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Tracking range %1 would hand out serial %2 next, outside its %3 to %4."),
            {id, n(nextSerial), n(firstSerial), n(lastSerial)});
    if (lowWaterMark < 0)
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Tracking range %1 has a negative low-water mark."),
                         {id});
    return {};
}

Result<TrackingAllocation> TrackingRange::allocate() const
{
    if (Status valid = validate(); !valid)
        return valid.error();
    if (exhausted())
        return makeError(kRangeExhausted,
                         QT_TRANSLATE_NOOP("wh::Refusal",
                                           "Tracking range %1 is used up: ask the carrier for a new "
                                           "range. Nothing was shipped."),
                         {id});
    const QString body = prefix + QStringLiteral("%1").arg(nextSerial, serialWidth(), 10, QLatin1Char('0'));
    const std::optional<QString> number = TrackingNumber::withCheckDigit(format, body);
    if (!number) // validate() admitted the prefix, so this is a gap between the two checks, not user input
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal", "Tracking range %1 cannot form a %2 number from %3."),
            {id, trackingFormatName(format), body});

    TrackingAllocation out;
    out.trackingNumber = *number;
    out.serial = nextSerial;
    out.range = *this;
    out.range.nextSerial = nextSerial + 1;
    out.remaining = out.range.remaining();
    out.low = out.range.low();
    out.crossedLowWater = out.low && !low();
    return out;
}

} // namespace wh
