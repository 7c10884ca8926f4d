#include "WeightCheck.h"

#include <algorithm>
#include <limits>

namespace wh {

namespace {

// Scale readings and expected weights are grams of a parcel: far from the 64-bit limits, but a faulty scale
// can send anything, and the difference must not overflow.
constexpr std::int64_t kLimit = std::numeric_limits<std::int64_t>::max() / 200;

std::int64_t clamped(std::int64_t grams)
{
    return std::clamp(grams, -kLimit, kLimit);
}

QString n(std::int64_t value)
{
    return QString::number(value);
}

} // namespace

std::int64_t WeightTolerance::gramsFor(std::int64_t expectedGrams) const
{
    // Whole grams, rounded down: 5 % of 1,010 g is 50 g.
    const std::int64_t share =
        clamped(std::max<std::int64_t>(expectedGrams, 0)) * std::clamp(percent, 0, 100) / 100;
    return std::max<std::int64_t>(share, std::max(minimumGrams, 0));
}

WeightCheck WeightCheck::compare(std::int64_t expectedGrams, std::int64_t measuredGrams,
                                 WeightTolerance tolerance)
{
    WeightCheck check;
    check.expectedGrams = clamped(expectedGrams);
    check.measuredGrams = clamped(measuredGrams);
    check.differenceGrams = check.measuredGrams - check.expectedGrams;
    check.toleranceGrams = tolerance.gramsFor(check.expectedGrams);
    // A scale that reads nothing is never "close enough", even for a parcel lighter than the tolerance.
    const std::int64_t magnitude = check.differenceGrams < 0 ? -check.differenceGrams : check.differenceGrams;
    check.plausible = check.measuredGrams > 0 && magnitude <= check.toleranceGrams;
    return check;
}

QString WeightCheck::message() const
{
    return refusal().english();
}

Refusal WeightCheck::refusal() const
{
    if (plausible)
        return {};
    if (measuredGrams <= 0)
        return {QT_TRANSLATE_NOOP("wh::Refusal",
                                  "The scale reads %1 g: put the parcel on the scale and weigh it again."),
                {n(measuredGrams)}};
    if (differenceGrams > 0)
        return {QT_TRANSLATE_NOOP("wh::Refusal",
                                  "The parcel weighs %1 g; %2 g (within %3 g) was expected, so it "
                                  "is %4 g too heavy: check for an extra or a wrong item."),
                {n(measuredGrams), n(expectedGrams), n(toleranceGrams), n(differenceGrams)}};
    return {QT_TRANSLATE_NOOP("wh::Refusal",
                              "The parcel weighs %1 g; %2 g (within %3 g) was expected, so it is "
                              "%4 g too light: check for a missing or a wrong item."),
            {n(measuredGrams), n(expectedGrams), n(toleranceGrams), n(-differenceGrams)}};
}

} // namespace wh
