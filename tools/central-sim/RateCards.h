#pragma once

// What an order costs beyond its goods and when it arrives: tax per destination country, shipping per
// service and the business days each service promises. Loaded from JSON (docs/central-orders.md) or the
// defaults.

#include <QByteArray>
#include <QDate>
#include <QMap>
#include <QString>

#include <cstdint>
#include <optional>

namespace wh::central {

enum class ShippingService
{
    Standard,
    Express,
    Overnight
};

// "Standard", "Express", "Overnight": the protocol's serviceLevel names.
QString shippingServiceName(ShippingService service);
std::optional<ShippingService> shippingServiceFromName(const QString& name);

struct ServiceRate
{
    std::int64_t baseMinor = 0;
    std::int64_t perKgMinor = 0;     // for every kilogram started
    std::int64_t freeAboveMinor = 0; // goods of at least this much ship free; 0: never free
    int minDays = 1;                 // business days after the order day
    int maxDays = 1;
};

struct RateCards
{
    QMap<QString, int> taxBasisPoints;     // destination country -> tax on goods plus shipping; absent: none
    std::int64_t defaultWeightGrams = 500; // for a SKU whose definition has no weightGrams
    QMap<ShippingService, ServiceRate> services;

    static RateCards defaults();
    // The defaults' shape (docs/central-orders.md); every service must be given. nullopt and *error when not.
    static std::optional<RateCards> fromJson(const QByteArray& json, QString* error);
    QByteArray toJson() const;

    int taxFor(const QString& country) const { return taxBasisPoints.value(country, 0); }
    // base + perKg per started kilogram, or 0 when the goods reach the free-shipping threshold.
    std::int64_t shippingMinor(ShippingService service, std::int64_t weightGrams,
                               std::int64_t goodsMinor) const;
    // The last day of the service's promise: maxDays business days after the order day, Saturdays and Sundays
    // skipped (an order placed on a weekend counts from the Monday). Public holidays are not known.
    QDate promisedDate(ShippingService service, const QDate& orderDate) const;
    QDate earliestDate(ShippingService service, const QDate& orderDate) const;
};

// `days` business days after `from` (Monday to Friday); 0: `from` itself.
QDate addBusinessDays(const QDate& from, int days);

} // namespace wh::central
