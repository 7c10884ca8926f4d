#include "RateCards.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace wh::central {

namespace {

constexpr ShippingService kServices[] = {ShippingService::Standard, ShippingService::Express,
                                         ShippingService::Overnight};

bool nonNegativeInteger(const QJsonValue& value)
{
    return value.isDouble() && value.toDouble() >= 0 && value.toDouble() == double(value.toInteger());
}

} // namespace

QString shippingServiceName(ShippingService service)
{
    switch (service) {
    case ShippingService::Standard:
        return QStringLiteral("Standard");
    case ShippingService::Express:
        return QStringLiteral("Express");
    case ShippingService::Overnight:
        return QStringLiteral("Overnight");
    }
    return {};
}

std::optional<ShippingService> shippingServiceFromName(const QString& name)
{
    for (ShippingService service : kServices)
        if (shippingServiceName(service) == name)
            return service;
    return std::nullopt;
}

RateCards RateCards::defaults()
{
    RateCards cards;
    // US sales tax is set per state; one flat rate stands in for it until addresses carry a state.
    cards.taxBasisPoints = {{QStringLiteral("US"), 725},
                            {QStringLiteral("GB"), 2000},
                            {QStringLiteral("DE"), 1900},
                            {QStringLiteral("FR"), 2000},
                            {QStringLiteral("NL"), 2100}};
    cards.defaultWeightGrams = 500;
    cards.services = {{ShippingService::Standard, ServiceRate{499, 100, 5000, 3, 5}},
                      {ShippingService::Express, ServiceRate{999, 200, 0, 1, 2}},
                      {ShippingService::Overnight, ServiceRate{2499, 400, 0, 1, 1}}};
    return cards;
}

std::optional<RateCards> RateCards::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("the rate cards are not a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    RateCards cards;
    const QJsonObject tax = root.value(QStringLiteral("taxBasisPoints")).toObject();
    for (auto it = tax.begin(); it != tax.end(); ++it) {
        if (!nonNegativeInteger(it.value()) || it.value().toInteger() > 10000) {
            *error = QStringLiteral("the tax of %1 must be 0 to 10000 basis points").arg(it.key());
            return std::nullopt;
        }
        cards.taxBasisPoints.insert(it.key(), int(it.value().toInteger()));
    }
    if (root.contains(QStringLiteral("defaultWeightGrams"))) {
        const QJsonValue weight = root.value(QStringLiteral("defaultWeightGrams"));
        if (!nonNegativeInteger(weight)) {
            *error = QStringLiteral("defaultWeightGrams must be a whole number of grams, 0 or more");
            return std::nullopt;
        }
        cards.defaultWeightGrams = weight.toInteger();
    }
    const QJsonObject services = root.value(QStringLiteral("services")).toObject();
    for (auto it = services.begin(); it != services.end(); ++it) {
        if (!shippingServiceFromName(it.key())) {
            *error = QStringLiteral("\"%1\" is not a service (Standard, Express, Overnight)").arg(it.key());
            return std::nullopt;
        }
    }
    for (ShippingService service : kServices) {
        const QString name = shippingServiceName(service);
        const QJsonObject rate = services.value(name).toObject();
        if (rate.isEmpty()) {
            *error = QStringLiteral("the rate cards have no %1 service").arg(name);
            return std::nullopt;
        }
        for (const char* field : {"baseMinor", "perKgMinor", "minDays", "maxDays"}) {
            if (!nonNegativeInteger(rate.value(QLatin1String(field)))) {
                *error = QStringLiteral("%1: %2 must be a whole number, 0 or more")
                             .arg(name, QLatin1String(field));
                return std::nullopt;
            }
        }
        const QJsonValue freeAbove = rate.value(QStringLiteral("freeAboveMinor"));
        if (!freeAbove.isUndefined() && !freeAbove.isNull() && !nonNegativeInteger(freeAbove)) {
            *error = QStringLiteral("%1: freeAboveMinor must be a whole number, 0 or more").arg(name);
            return std::nullopt;
        }
        ServiceRate r;
        r.baseMinor = rate.value(QStringLiteral("baseMinor")).toInteger();
        r.perKgMinor = rate.value(QStringLiteral("perKgMinor")).toInteger();
        r.freeAboveMinor = freeAbove.toInteger();
        r.minDays = int(rate.value(QStringLiteral("minDays")).toInteger());
        r.maxDays = int(rate.value(QStringLiteral("maxDays")).toInteger());
        if (r.minDays < 1 || r.maxDays < r.minDays || r.maxDays > 60) {
            *error = QStringLiteral("%1: the days must be 1 <= minDays <= maxDays <= 60").arg(name);
            return std::nullopt;
        }
        cards.services.insert(service, r);
    }
    return cards;
}

QByteArray RateCards::toJson() const
{
    QJsonObject tax;
    for (auto it = taxBasisPoints.begin(); it != taxBasisPoints.end(); ++it)
        tax.insert(it.key(), it.value());
    QJsonObject services;
    for (auto it = this->services.begin(); it != this->services.end(); ++it) {
        QJsonObject rate{{QStringLiteral("baseMinor"), qint64(it->baseMinor)},
                         {QStringLiteral("perKgMinor"), qint64(it->perKgMinor)},
                         {QStringLiteral("minDays"), it->minDays},
                         {QStringLiteral("maxDays"), it->maxDays}};
        if (it->freeAboveMinor > 0)
            rate.insert(QStringLiteral("freeAboveMinor"), qint64(it->freeAboveMinor));
        services.insert(shippingServiceName(it.key()), rate);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("taxBasisPoints"), tax},
                                     {QStringLiteral("defaultWeightGrams"), qint64(defaultWeightGrams)},
                                     {QStringLiteral("services"), services}})
        .toJson(QJsonDocument::Indented);
}

std::int64_t RateCards::shippingMinor(ShippingService service, std::int64_t weightGrams,
                                      std::int64_t goodsMinor) const
{
    const ServiceRate rate = services.value(service);
    if (rate.freeAboveMinor > 0 && goodsMinor >= rate.freeAboveMinor)
        return 0;
    const std::int64_t startedKg = weightGrams <= 0 ? 0 : (weightGrams + 999) / 1000;
    return rate.baseMinor + rate.perKgMinor * startedKg;
}

QDate RateCards::promisedDate(ShippingService service, const QDate& orderDate) const
{
    return addBusinessDays(orderDate, services.value(service).maxDays);
}

QDate RateCards::earliestDate(ShippingService service, const QDate& orderDate) const
{
    return addBusinessDays(orderDate, services.value(service).minDays);
}

QDate addBusinessDays(const QDate& from, int days)
{
    QDate day = from;
    for (int i = 0; i < days; ++i) {
        day = day.addDays(1);
        while (day.dayOfWeek() > 5) // Qt: Monday 1 ... Saturday 6, Sunday 7
            day = day.addDays(1);
    }
    return day;
}

} // namespace wh::central
