#pragma once

// Order intake: whether the central service takes an order, what it costs and which warehouses ship it.
// Pure: it reads the customer, the catalog, the stock view and the rate cards and changes none of them; the
// caller commits the routed parts to the stock view and stores the order. The checks run in a fixed order
// and the first that fails decides (docs/central-orders.md):
//
//   invalid_request, unknown_customer, foreign_tenant, email_unverified, address_invalid, no_payment_method,
//   too_many_items, unknown_sku, value_too_low, value_too_high, out_of_stock, unroutable
//
// What the request says is checked before what the customer is, and both before what the stock is, so a
// client learns of the mistakes it can fix itself first and the answer does not depend on the moment.

#include "CentralSim.h"
#include "Customer.h"
#include "OrderRequest.h"
#include "RateCards.h"
#include "Router.h"
#include "StockView.h"

#include <QDate>
#include <QList>
#include <QString>

#include <cstdint>

namespace wh::central {

inline constexpr std::int64_t kMaxOrderUnits = 50;           // "items" are units, summed over the lines
inline constexpr std::int64_t kMinOrderGoodsMinor = 500;     // $5.00, goods only
inline constexpr std::int64_t kMaxOrderGoodsMinor = 1000000; // $10,000.00, goods only

struct PricedOrder
{
    std::int64_t goodsMinor = 0;
    std::int64_t shippingMinor = 0;
    std::int64_t taxMinor = 0;
    std::int64_t totalMinor = 0;
    int units = 0;
    std::int64_t weightGrams = 0;
    int taxBasisPoints = 0;
    QDate promisedDate;
};

struct IntakeDecision
{
    bool accepted = false;
    QString code;                  // empty when accepted; otherwise one of the codes above, or rate_limited
    QString message;               // plain words for the customer's support
    PricedOrder price;             // when accepted
    QList<RoutedPart> parts;       // when accepted
    QStringList skus;              // the SKUs a rejection is about (unknown_sku, out_of_stock, unroutable)
    std::int64_t retryAfterMs = 0; // rate_limited: when to ask again

    static IntakeDecision reject(const QString& code, const QString& message, const QStringList& skus = {});
    static IntakeDecision rateLimited(std::int64_t retryAfterMs);
};

class OrderIntake
{
public:
    // `customer`: the one the request names, null when there is none. `excludedWarehouses`: those that
    // already failed this order (a re-routing after ReservationFailed).
    IntakeDecision evaluate(const OrderRequest& request, const Customer* customer, const Catalog& catalog,
                            const StockView& stock, const RateCards& cards, const QDate& today,
                            const QStringList& excludedWarehouses = {}) const;

    // Goods, shipping to the customer's country, tax on both and the promised date; the SKUs must be in the
    // catalog and the service known (evaluate checks both first). One shipping charge however many parcels
    // the routing makes: a split is the merchant's cost, not the customer's.
    static PricedOrder price(const OrderRequest& request, ShippingService service, const QString& country,
                             const QList<CatalogSku>& skus, const RateCards& cards, const QDate& today);
};

// "<tenant>-<yyyyMMdd>-<sequence>", the sequence zero-padded to at least 6 digits: "acme-20261202-000042".
// The sequence is the tenant's own counter, from 1, never reused, so the number is unique per tenant (and,
// as tenant ids are, across tenants); the date is the order day, for people reading it. At most 61
// characters, within the protocol's 64 for an order id.
QString orderNumber(const QString& tenant, const QDate& day, std::int64_t sequence);

} // namespace wh::central
