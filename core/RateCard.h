#pragma once

#include "Money.h"
#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>
#include <utility>

namespace wh {

// The service levels the warehouse promises against (the outbound issue: Standard 3-5 business days,
// Express 1-2, Overnight).
enum class ServiceLevel
{
    Standard,
    Express,
    Overnight
};

// "Standard", "Express", "Overnight": the names in rate card files, on orders (Order::service) and shipments.
QString serviceLevelName(ServiceLevel level);
std::optional<ServiceLevel> serviceLevelFromName(const QString& name);

// The price of a parcel weighing fromGrams to toGrams, both inclusive.
struct WeightBand
{
    int fromGrams = 0;
    int toGrams = 0;
    Money price;

    bool operator==(const WeightBand&) const = default;
};

// One carrier service as configured on the appliance: how long it takes and what it costs by weight. Rate
// shopping works offline from these cards; they come from a configuration file (see toJson for the format).
struct RateCard
{
    static constexpr int kMaxTransitDays = 30;

    QString carrier; // "UPS"
    QString service; // the carrier's name for it ("Ground"); when empty, the level's name stands in
    ServiceLevel level = ServiceLevel::Standard;
    int transitDaysMin = 3; // business days from departure to delivery
    int transitDaysMax = 5; // delivery dates are promised by this one
    // Wall-clock time at the warehouse after which a parcel leaves on the next business day; none: any time
    // of a business day still leaves that day.
    std::optional<QTime> cutOff;
    QList<WeightBand> bands; // ascending, contiguous

    // The transit times per level; a card file may leave them out.
    static std::pair<int, int> defaultTransitDays(ServiceLevel level);

    // "UPS Ground", or "UPS Standard" when the card names no service: how screens and messages call the card.
    QString name() const;
    // The service as recorded on a shipment: the carrier's name for it, or the level's name.
    QString serviceName() const;

    // The price for a parcel of `grams`, or nothing when no band covers that weight.
    std::optional<Money> priceFor(int grams) const;

    // A card fit to quote from: a carrier, transit days 1 <= min <= max <= 30, at least one weight band,
    // bands sorted by weight, neither overlapping nor leaving a gap, no negative price, a valid cut-off.
    Status validate() const;

    // The configuration format (all weights in grams, prices in integer minor units):
    //   {"carrier": "UPS", "service": "Ground", "level": "Standard",
    //    "transitDaysMin": 3, "transitDaysMax": 5, "cutOff": "17:00",
    //    "bands": [{"fromGrams": 0, "toGrams": 1000, "priceMinor": 895}, ...]}
    // "service", the transit days and "cutOff" are optional; unknown fields are refused, so a misspelt
    // "cutoff" cannot silently vanish.
    QJsonObject toJson() const;
    static Result<RateCard> fromJson(const QJsonObject& json);
    static QJsonArray listToJson(const QList<RateCard>& cards);
    static Result<QList<RateCard>> listFromJson(const QJsonArray& json);

    bool operator==(const RateCard&) const = default;
};

} // namespace wh
