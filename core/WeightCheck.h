#pragma once

#include "Result.h"

#include <QString>

#include <cstdint>

namespace wh {

// How far a packed parcel may weigh from what its contents and carton add up to: a percentage of the expected
// weight, but never less than a fixed amount, since scales and dunnage vary by a few grams on light parcels.
struct WeightTolerance
{
    int percent = 5;
    int minimumGrams = 50;

    std::int64_t gramsFor(std::int64_t expectedGrams) const;
};

// The packing station's scale check: a parcel that weighs more or less than expected has an extra or a
// missing item, or the wrong one.
struct WeightCheck
{
    bool plausible = false;
    std::int64_t expectedGrams = 0;
    std::int64_t measuredGrams = 0;
    std::int64_t differenceGrams = 0; // measured - expected: positive when the parcel is too heavy
    std::int64_t toleranceGrams = 0;

    // Plausible when |measured - expected| <= the tolerance for the expected weight.
    static WeightCheck compare(std::int64_t expectedGrams, std::int64_t measuredGrams,
                               WeightTolerance tolerance = {});

    // For the packer when the check fails ("... 320 g too heavy: check for an extra item."); empty otherwise.
    QString message() const;
    // The same as a refusal's words, to translate for the kiosk; empty when plausible.
    Refusal refusal() const;
};

} // namespace wh
