#include "RateCard.h"

#include "EnumNames.h"

#include <QSet>

#include <limits>

namespace wh {

namespace {

constexpr EnumNames<ServiceLevel, 3> kLevelNames{{{
    {ServiceLevel::Standard, "Standard"},
    {ServiceLevel::Express, "Express"},
    {ServiceLevel::Overnight, "Overnight"},
}}};

const QString kCarrier = QStringLiteral("carrier");
const QString kService = QStringLiteral("service");
const QString kLevel = QStringLiteral("level");
const QString kTransitMin = QStringLiteral("transitDaysMin");
const QString kTransitMax = QStringLiteral("transitDaysMax");
const QString kCutOff = QStringLiteral("cutOff");
const QString kBands = QStringLiteral("bands");
const QString kFrom = QStringLiteral("fromGrams");
const QString kTo = QStringLiteral("toGrams");
const QString kPrice = QStringLiteral("priceMinor");

QString n(std::int64_t value)
{
    return QString::number(value);
}

Error cardError(const QString& where, const QString& problem)
{
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("Rate card %1: %2").arg(where, problem));
}

// A whole number within [min, max] from a JSON field: money and weights are never fractions, and a price
// written as "8.95" or 8.95 is a mistake to report, not to round.
Result<std::int64_t> wholeNumber(const QString& where, const QJsonObject& json, const QString& key,
                                 std::int64_t min, std::int64_t max)
{
    const QJsonValue value = json.value(key);
    constexpr std::int64_t kNotWhole = std::numeric_limits<std::int64_t>::min();
    const std::int64_t number = value.isDouble() ? value.toInteger(kNotWhole) : kNotWhole;
    if (number == kNotWhole)
        return cardError(where, QStringLiteral("\"%1\" must be a whole number.").arg(key));
    if (number < min || number > max)
        return cardError(
            where, QStringLiteral("\"%1\" is %2; it must be %3 to %4.").arg(key, n(number), n(min), n(max)));
    return number;
}

Status onlyKnownFields(const QString& where, const QJsonObject& json, const QStringList& known)
{
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!known.contains(it.key()))
            return cardError(where, QStringLiteral("unknown field \"%1\" (known: %2).")
                                        .arg(it.key(), known.join(QStringLiteral(", "))));
    return {};
}

QString bandText(const WeightBand& band)
{
    return QStringLiteral("%1-%2 g").arg(n(band.fromGrams), n(band.toGrams));
}

} // namespace

QString serviceLevelName(ServiceLevel level)
{
    return kLevelNames.name(level);
}

std::optional<ServiceLevel> serviceLevelFromName(const QString& name)
{
    return kLevelNames.value(name);
}

std::pair<int, int> RateCard::defaultTransitDays(ServiceLevel level)
{
    switch (level) {
    case ServiceLevel::Standard:
        return {3, 5};
    case ServiceLevel::Express:
        return {1, 2};
    case ServiceLevel::Overnight:
        return {1, 1};
    }
    return {3, 5};
}

QString RateCard::name() const
{
    return carrier + QLatin1Char(' ') + (service.isEmpty() ? serviceLevelName(level) : service);
}

QString RateCard::serviceName() const
{
    return service.isEmpty() ? serviceLevelName(level) : service;
}

std::optional<Money> RateCard::priceFor(int grams) const
{
    for (const WeightBand& band : bands)
        if (band.fromGrams <= grams && grams <= band.toGrams)
            return band.price;
    return std::nullopt;
}

Status RateCard::validate() const
{
    if (carrier.trimmed().isEmpty())
        return cardError(QStringLiteral("without a carrier"),
                         QStringLiteral("every card names its carrier."));
    const QString where = name();
    if (transitDaysMin < 1 || transitDaysMin > transitDaysMax || transitDaysMax > kMaxTransitDays)
        return cardError(where,
                         QStringLiteral("transit takes %1 to %2 business days; it must be 1 to %3 days, "
                                        "the shorter first.")
                             .arg(n(transitDaysMin), n(transitDaysMax), n(kMaxTransitDays)));
    if (cutOff && !cutOff->isValid())
        return cardError(where, QStringLiteral("the cut-off time is not a valid time of day."));
    if (bands.isEmpty())
        return cardError(where, QStringLiteral("it has no weight bands, so it prices nothing."));
    for (qsizetype i = 0; i < bands.size(); ++i) {
        const WeightBand& band = bands[i];
        if (band.fromGrams < 0 || band.toGrams < band.fromGrams)
            return cardError(where,
                             QStringLiteral("the weight band %1 is empty or negative.").arg(bandText(band)));
        if (band.price.minor() < 0)
            return cardError(where, QStringLiteral("the weight band %1 has a negative price (%2).")
                                        .arg(bandText(band), band.price.toString()));
        if (i == 0)
            continue;
        const WeightBand& before = bands[i - 1];
        if (band.fromGrams < before.fromGrams)
            return cardError(where, QStringLiteral("the weight bands are not sorted: %1 comes after %2.")
                                        .arg(bandText(band), bandText(before)));
        if (band.fromGrams <= before.toGrams)
            return cardError(where,
                             QStringLiteral("the weight bands %1 and %2 overlap, so a parcel would have "
                                            "two prices.")
                                 .arg(bandText(before), bandText(band)));
        // Checked with a subtraction: before.toGrams + 1 overflows for a band up to INT_MAX.
        if (band.fromGrams - before.toGrams > 1)
            return cardError(where, QStringLiteral("the weight bands %1 and %2 leave a gap, so a parcel in "
                                                   "between would have no price.")
                                        .arg(bandText(before), bandText(band)));
    }
    return {};
}

QJsonObject RateCard::toJson() const
{
    QJsonArray bandList;
    for (const WeightBand& band : bands)
        bandList.append(QJsonObject{
            {kFrom, band.fromGrams}, {kTo, band.toGrams}, {kPrice, static_cast<qint64>(band.price.minor())}});
    QJsonObject json{{kCarrier, carrier},
                     {kLevel, serviceLevelName(level)},
                     {kTransitMin, transitDaysMin},
                     {kTransitMax, transitDaysMax},
                     {kBands, bandList}};
    if (!service.isEmpty())
        json.insert(kService, service);
    if (cutOff)
        json.insert(kCutOff, cutOff->toString(cutOff->second() == 0 ? QStringLiteral("HH:mm")
                                                                    : QStringLiteral("HH:mm:ss")));
    return json;
}

Result<RateCard> RateCard::fromJson(const QJsonObject& json)
{
    RateCard card;
    card.carrier = json.value(kCarrier).toString().trimmed();
    card.service = json.value(kService).toString().trimmed();
    const QString where = card.carrier.isEmpty() ? QStringLiteral("without a carrier") : card.carrier;
    if (Status known = onlyKnownFields(
            where, json, {kCarrier, kService, kLevel, kTransitMin, kTransitMax, kCutOff, kBands});
        !known)
        return known.error();
    if (!json.value(kCarrier).isString() || card.carrier.isEmpty())
        return cardError(where, QStringLiteral("\"carrier\" must name the carrier."));
    if (json.contains(kService) && !json.value(kService).isString())
        return cardError(where, QStringLiteral("\"service\" must be text."));

    const QString levelText = json.value(kLevel).toString();
    const std::optional<ServiceLevel> level = serviceLevelFromName(levelText);
    if (!level)
        return cardError(where,
                         QStringLiteral("unknown service level \"%1\"; it must be Standard, Express or "
                                        "Overnight.")
                             .arg(levelText));
    card.level = *level;

    const auto [defaultMin, defaultMax] = defaultTransitDays(card.level);
    card.transitDaysMin = defaultMin;
    card.transitDaysMax = defaultMax;
    if (json.contains(kTransitMin)) {
        const Result<std::int64_t> days = wholeNumber(where, json, kTransitMin, 1, kMaxTransitDays);
        if (!days)
            return days.error();
        card.transitDaysMin = static_cast<int>(*days);
    }
    if (json.contains(kTransitMax)) {
        const Result<std::int64_t> days = wholeNumber(where, json, kTransitMax, 1, kMaxTransitDays);
        if (!days)
            return days.error();
        card.transitDaysMax = static_cast<int>(*days);
    }

    if (json.contains(kCutOff) && !json.value(kCutOff).isNull()) {
        const QString text = json.value(kCutOff).toString();
        const QTime time = QTime::fromString(text, Qt::ISODate);
        if (!time.isValid())
            return cardError(where,
                             QStringLiteral("the cut-off \"%1\" is not a time of day like 17:00.").arg(text));
        card.cutOff = time;
    }

    if (!json.value(kBands).isArray())
        return cardError(where, QStringLiteral("\"bands\" must list the weight bands."));
    const QJsonArray bandList = json.value(kBands).toArray();
    for (qsizetype i = 0; i < bandList.size(); ++i) {
        const QString bandWhere = QStringLiteral("%1, weight band %2").arg(where, n(i + 1));
        if (!bandList[i].isObject())
            return cardError(bandWhere, QStringLiteral("each band is an object with fromGrams, toGrams and "
                                                       "priceMinor."));
        const QJsonObject b = bandList[i].toObject();
        if (Status known = onlyKnownFields(bandWhere, b, {kFrom, kTo, kPrice}); !known)
            return known.error();
        constexpr std::int64_t kMaxInt = std::numeric_limits<int>::max();
        // JSON numbers are doubles: whole numbers beyond 2^53 are not exact any more.
        constexpr std::int64_t kMaxExactInJson = std::int64_t{1} << 53;
        const Result<std::int64_t> from = wholeNumber(bandWhere, b, kFrom, 0, kMaxInt);
        if (!from)
            return from.error();
        const Result<std::int64_t> to = wholeNumber(bandWhere, b, kTo, 0, kMaxInt);
        if (!to)
            return to.error();
        // Negative prices parse, so that validate() names them the same way for cards built in code.
        const Result<std::int64_t> price =
            wholeNumber(bandWhere, b, kPrice, -kMaxExactInJson, kMaxExactInJson);
        if (!price)
            return price.error();
        card.bands.append(
            WeightBand{static_cast<int>(*from), static_cast<int>(*to), Money::fromMinor(*price)});
    }

    if (Status valid = card.validate(); !valid)
        return valid.error();
    return card;
}

QJsonArray RateCard::listToJson(const QList<RateCard>& cards)
{
    QJsonArray list;
    for (const RateCard& card : cards)
        list.append(card.toJson());
    return list;
}

Result<QList<RateCard>> RateCard::listFromJson(const QJsonArray& json)
{
    QList<RateCard> cards;
    for (qsizetype i = 0; i < json.size(); ++i) {
        if (!json[i].isObject())
            return makeError(
                ErrorCode::InvalidArgument,
                QStringLiteral("Entry %1 of the rate card list is not an object.").arg(n(i + 1)));
        Result<RateCard> card = fromJson(json[i].toObject());
        if (!card)
            return makeError(
                card.error().code,
                QStringLiteral("Entry %1 of the rate card list: %2").arg(n(i + 1), card.error().message));
        cards.append(std::move(card).value());
    }
    return cards;
}

} // namespace wh
