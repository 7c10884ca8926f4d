#include "CartonChooser.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>
#include <utility>

namespace wh {

namespace {

// A code of its own, so the packing screen can offer to split the parcel.
constexpr ErrorCode kNoCartonFits = ErrorCode::NoCartonFits;

QString n(std::int64_t value)
{
    return QString::number(value);
}

QString litres(std::int64_t mm3)
{
    return QString::number(static_cast<double>(mm3) / 1e6, 'f', 1) + QStringLiteral(" l");
}

// Totals saturate instead of overflowing: past the largest carton the exact figure no longer matters.
std::int64_t saturatingAdd(std::int64_t a, std::int64_t b)
{
    return a > std::numeric_limits<std::int64_t>::max() - b ? std::numeric_limits<std::int64_t>::max()
                                                            : a + b;
}

std::array<int, 3> sortedSides(const PackItem& item)
{
    std::array<int, 3> sides{item.lengthMm, item.widthMm, item.heightMm};
    std::sort(sides.begin(), sides.end(), std::greater<>());
    return sides;
}

// An item fits a box, turned any way with its faces parallel to the box's, exactly when its sides, longest
// first, are each no longer than the box's sides, longest first.
bool fitsInside(const std::array<int, 3>& item, const std::array<int, 3>& box)
{
    return item[0] <= box[0] && item[1] <= box[1] && item[2] <= box[2];
}

Status checkItem(const PackItem& item)
{
    const QString sku = item.sku.isEmpty() ? QStringLiteral("(no code)") : item.sku;
    for (const int side : {item.lengthMm, item.widthMm, item.heightMm})
        if (side < 1 || side > PackItem::kMaxSideMm)
            return makeError(
                ErrorCode::InvalidArgument,
                QT_TRANSLATE_NOOP("wh::Refusal",
                                  "SKU %1 measures %2 x %3 x %4 mm on record: measure it before "
                                  "packing, each side 1 to %5 mm."),
                {sku, n(item.lengthMm), n(item.widthMm), n(item.heightMm), n(PackItem::kMaxSideMm)});
    if (item.weightGrams < 1 || item.weightGrams > PackItem::kMaxWeightGrams)
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "SKU %1 weighs %2 g on record: weigh it before packing (1 to %3 g)."),
            {sku, n(item.weightGrams), n(PackItem::kMaxWeightGrams)});
    if (item.quantity < 1 || item.quantity > PackItem::kMaxQuantity)
        return makeError(
            ErrorCode::NegativeQuantity,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "%1 units of SKU %2 cannot be packed; a parcel line holds 1 to %3."),
            {n(item.quantity), sku, n(PackItem::kMaxQuantity)});
    return {};
}

} // namespace

PackItem PackItem::fromSku(const Sku& sku, std::int64_t quantity)
{
    return PackItem{sku.code, sku.lengthMm, sku.widthMm, sku.heightMm, sku.weightGrams, quantity};
}

CartonChooser::CartonChooser(QList<Carton> cartons, int fillPerMille)
    : m_cartons(std::move(cartons))
    , m_fillPerMille(fillPerMille)
{}

Result<CartonChooser> CartonChooser::create(QList<Carton> cartons, double fillFactor)
{
    // NaN fails both comparisons, so it is refused too.
    if (!(fillFactor > 0.0 && fillFactor <= 1.0))
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "The carton fill factor is %1; it must be above 0 and at most 1 (0.85: "
                              "85 % of a carton's volume is used)."),
            {QString::number(fillFactor)});
    const int perMille = static_cast<int>(std::lround(fillFactor * 1000.0));
    if (perMille < 1)
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal", "The carton fill factor %1 is too small to pack anything."),
            {QString::number(fillFactor)});
    if (cartons.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "No carton sizes are configured."));
    QSet<QString> codes;
    for (const Carton& carton : cartons) {
        if (Status valid = carton.validate(); !valid)
            return valid.error();
        if (codes.contains(carton.code))
            return makeError(ErrorCode::AlreadyExists,
                             QT_TRANSLATE_NOOP("wh::Refusal", "Carton %1 is configured twice; keep one."),
                             {carton.code});
        codes.insert(carton.code);
    }
    // Smallest first, so the first carton that fits is the answer; among equal volumes the lighter box (less
    // postage), then the code, so the choice never depends on the order of the configuration.
    std::sort(cartons.begin(), cartons.end(), [](const Carton& a, const Carton& b) {
        if (a.volumeMm3() != b.volumeMm3())
            return a.volumeMm3() < b.volumeMm3();
        if (a.tareGrams != b.tareGrams)
            return a.tareGrams < b.tareGrams;
        return a.code < b.code;
    });
    return CartonChooser(std::move(cartons), perMille);
}

Result<CartonChoice> CartonChooser::choose(const QList<PackItem>& items) const
{
    if (items.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "There is nothing to pack."));

    std::int64_t volume = 0;
    std::int64_t weight = 0;
    for (const PackItem& item : items) {
        if (Status ok = checkItem(item); !ok)
            return ok.error();
        const std::int64_t unitVolume =
            std::int64_t{item.lengthMm} * std::int64_t{item.widthMm} * std::int64_t{item.heightMm};
        volume = saturatingAdd(volume, unitVolume * item.quantity); // <= 10^12 * 10^6: no overflow
        weight = saturatingAdd(weight, std::int64_t{item.weightGrams} * item.quantity);
    }

    // Within the usable volume: volume <= carton volume * fill. Compared in whole numbers; the first test
    // keeps volume * 1000 inside 64 bits (a carton holds at most 1.25e11 mm3).
    const auto volumeFits = [&](const Carton& carton) {
        return volume <= carton.volumeMm3() && volume * 1000 <= carton.volumeMm3() * m_fillPerMille;
    };
    const auto itemsFit = [&](const Carton& carton) {
        const std::array<int, 3> box = carton.sortedSides();
        return std::all_of(items.begin(), items.end(),
                           [&](const PackItem& item) { return fitsInside(sortedSides(item), box); });
    };

    for (const Carton& carton : m_cartons) {
        if (weight <= carton.maxWeightGrams && volumeFits(carton) && itemsFit(carton)) {
            CartonChoice choice;
            choice.carton = carton;
            choice.itemsVolumeMm3 = volume;
            choice.itemsWeightGrams = weight;
            choice.expectedGrossGrams = weight + carton.tareGrams;
            return choice;
        }
    }

    // Nothing fits: say why, the most specific reason first, so the packer knows whether splitting helps.
    for (const PackItem& item : items) {
        const std::array<int, 3> sides = sortedSides(item);
        if (std::none_of(m_cartons.begin(), m_cartons.end(),
                         [&](const Carton& carton) { return fitsInside(sides, carton.sortedSides()); }))
            return makeError(
                kNoCartonFits,
                QT_TRANSLATE_NOOP("wh::Refusal",
                                  "SKU %1 (%2 x %3 x %4 mm) fits in no carton, whichever way it is "
                                  "turned: it needs packaging of its own."),
                {item.sku, n(item.lengthMm), n(item.widthMm), n(item.heightMm)});
    }
    const auto strongest =
        std::max_element(m_cartons.begin(), m_cartons.end(), [](const Carton& a, const Carton& b) {
            return a.maxWeightGrams < b.maxWeightGrams;
        });
    if (weight > strongest->maxWeightGrams)
        return makeError(kNoCartonFits,
                         QT_TRANSLATE_NOOP("wh::Refusal",
                                           "The items weigh %1 g; the strongest carton (%2) takes %3 "
                                           "g. Split them over several cartons."),
                         {n(weight), strongest->code, n(strongest->maxWeightGrams)});
    const Carton& largest = m_cartons.last();
    const QString fill = QString::number(m_fillPerMille / 10.0);
    if (!volumeFits(largest))
        return makeError(
            kNoCartonFits,
            QT_TRANSLATE_NOOP("wh::Refusal", "The items take %1; the largest carton (%2) holds %3 "
                                             "filled to %4 %. Split them over several cartons."),
            {litres(volume), largest.code, litres(largest.volumeMm3() * m_fillPerMille / 1000), fill});
    return makeError(kNoCartonFits,
                     QT_TRANSLATE_NOOP("wh::Refusal",
                                       "No single carton holds these items (%1, %2 g): the cartons "
                                       "big enough are not strong enough or too flat for the largest "
                                       "item. Split them over several cartons."),
                     {litres(volume), n(weight)});
}

} // namespace wh
