#include "OrderIntake.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace wh::central {

namespace {

const CatalogSku* findSku(const QList<CatalogSku>& skus, const QString& code)
{
    for (const CatalogSku& sku : skus)
        if (sku.code == code)
            return &sku;
    return nullptr;
}

QString money(std::int64_t minor)
{
    return QStringLiteral("%1.%2").arg(minor / 100).arg(minor % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

IntakeDecision IntakeDecision::reject(const QString& code, const QString& message, const QStringList& skus)
{
    IntakeDecision decision;
    decision.code = code;
    decision.message = message;
    decision.skus = skus;
    return decision;
}

IntakeDecision IntakeDecision::rateLimited(std::int64_t retryAfterMs)
{
    IntakeDecision decision =
        reject(QStringLiteral("rate_limited"),
               QStringLiteral("too many orders from this merchant just now; try again in "
                              "%1 ms")
                   .arg(retryAfterMs));
    decision.retryAfterMs = retryAfterMs;
    return decision;
}

PricedOrder OrderIntake::price(const OrderRequest& request, ShippingService service, const QString& country,
                               const QList<CatalogSku>& skus, const RateCards& cards, const QDate& today)
{
    PricedOrder priced;
    for (const OrderLineRequest& line : request.lines) {
        const CatalogSku* sku = findSku(skus, line.sku);
        if (!sku)
            continue;
        priced.goodsMinor += sku->unitPriceMinor * line.quantity;
        priced.units += int(line.quantity);
        const std::int64_t weight = sku->definition.value(QStringLiteral("weightGrams")).toInteger();
        // A tonne a unit is beyond any parcel; the cap keeps a mistyped weight from overflowing the sum.
        const std::int64_t unitWeight =
            weight > 0 ? std::min<std::int64_t>(weight, 1000000) : cards.defaultWeightGrams;
        priced.weightGrams += unitWeight * line.quantity;
    }
    priced.shippingMinor = cards.shippingMinor(service, priced.weightGrams, priced.goodsMinor);
    priced.taxBasisPoints = cards.taxFor(country);
    // Half a minor unit rounds up, as a till does.
    priced.taxMinor = ((priced.goodsMinor + priced.shippingMinor) * priced.taxBasisPoints + 5000) / 10000;
    priced.totalMinor = priced.goodsMinor + priced.shippingMinor + priced.taxMinor;
    priced.promisedDate = cards.promisedDate(service, today);
    return priced;
}

IntakeDecision OrderIntake::evaluate(const OrderRequest& request, const Customer* customer,
                                     const Catalog& catalog, const StockView& stock, const RateCards& cards,
                                     const QDate& today, const QStringList& excludedWarehouses) const
{
    const auto invalid = [](const QString& message) {
        return IntakeDecision::reject(QStringLiteral("invalid_request"), message);
    };
    // 1. The request itself.
    if (request.tenant.isEmpty())
        return invalid(QStringLiteral("the order names no merchant"));
    if (request.requestId.trimmed().isEmpty())
        return invalid(QStringLiteral("the order has no request id (the key that makes a retry safe)"));
    if (request.customerId.isEmpty())
        return invalid(QStringLiteral("the order names no customer"));
    const std::optional<ShippingService> service = shippingServiceFromName(request.service);
    if (!service || !cards.services.contains(*service))
        return invalid(QStringLiteral("\"%1\" is not a shipping service (Standard, Express or Overnight)")
                           .arg(request.service));
    if (request.lines.isEmpty())
        return invalid(QStringLiteral("the order has no lines"));
    QSet<QString> seen;
    for (const OrderLineRequest& line : request.lines) {
        if (line.sku.trimmed().isEmpty())
            return invalid(QStringLiteral("a line names no product"));
        if (line.quantity <= 0)
            return invalid(QStringLiteral("the line of %1 asks for %2; a quantity is 1 or more")
                               .arg(line.sku)
                               .arg(line.quantity));
        if (seen.contains(line.sku))
            return invalid(QStringLiteral("%1 is on more than one line; give it once with the total quantity")
                               .arg(line.sku));
        seen.insert(line.sku);
    }

    // 2. The customer.
    if (!customer || customer->id != request.customerId)
        return IntakeDecision::reject(QStringLiteral("unknown_customer"),
                                      QStringLiteral("there is no customer %1").arg(request.customerId));
    if (customer->tenant != request.tenant)
        return IntakeDecision::reject(
            QStringLiteral("foreign_tenant"),
            QStringLiteral("customer %1 is not a customer of %2").arg(customer->id, request.tenant));
    if (!customer->emailVerified || customer->email.trimmed().isEmpty())
        return IntakeDecision::reject(QStringLiteral("email_unverified"),
                                      QStringLiteral("the customer has not verified an email address yet"));
    const QString addressProblem = wh::central::addressProblem(customer->shipTo);
    if (!addressProblem.isEmpty())
        return IntakeDecision::reject(
            QStringLiteral("address_invalid"),
            QStringLiteral("the shipping address cannot be used: %1").arg(addressProblem));
    if (customer->paymentToken.isEmpty())
        return IntakeDecision::reject(QStringLiteral("no_payment_method"),
                                      QStringLiteral("the customer has no payment method on file"));

    // 3. Size and value. Each quantity is capped by the check before the sum, so nothing below overflows.
    std::int64_t units = 0;
    for (const OrderLineRequest& line : request.lines) {
        units += std::min(line.quantity, kMaxOrderUnits + 1);
        if (units > kMaxOrderUnits)
            return IntakeDecision::reject(
                QStringLiteral("too_many_items"),
                QStringLiteral("an order holds at most %1 items (units over all lines)").arg(kMaxOrderUnits));
    }
    const QList<CatalogSku> skus = catalog.tenants.value(request.tenant);
    QStringList unknown;
    for (const OrderLineRequest& line : request.lines)
        if (!findSku(skus, line.sku))
            unknown.append(line.sku);
    if (!unknown.isEmpty())
        return IntakeDecision::reject(
            QStringLiteral("unknown_sku"),
            QStringLiteral("%1 is not sold here").arg(unknown.join(QStringLiteral(", "))), unknown);
    const PricedOrder priced = price(request, *service, customer->shipTo.country, skus, cards, today);
    if (priced.goodsMinor < kMinOrderGoodsMinor)
        return IntakeDecision::reject(QStringLiteral("value_too_low"),
                                      QStringLiteral("the goods come to %1; the smallest order is %2")
                                          .arg(money(priced.goodsMinor), money(kMinOrderGoodsMinor)));
    if (priced.goodsMinor > kMaxOrderGoodsMinor)
        return IntakeDecision::reject(QStringLiteral("value_too_high"),
                                      QStringLiteral("the goods come to %1; the largest order is %2")
                                          .arg(money(priced.goodsMinor), money(kMaxOrderGoodsMinor)));

    // 4. Stock. A product none of the merchant's warehouses has is hidden from the shop: ordering it is
    // out_of_stock, not a routing failure. Excluded warehouses do not count here: the product is still shown.
    QStringList gone;
    for (const OrderLineRequest& line : request.lines)
        if (stock.totalAvailable(request.tenant, line.sku) <= 0)
            gone.append(line.sku);
    if (!gone.isEmpty())
        return IntakeDecision::reject(
            QStringLiteral("out_of_stock"),
            QStringLiteral("%1 is out of stock").arg(gone.join(QStringLiteral(", "))), gone);
    const RouteResult route =
        Router::route(request.tenant, request.lines, stock, excludedWarehouses, request.allowSplit);
    if (!route.routed)
        return IntakeDecision::reject(QStringLiteral("unroutable"), route.message, route.unroutableSkus);

    IntakeDecision decision;
    decision.accepted = true;
    decision.price = priced;
    decision.parts = route.parts;
    return decision;
}

QString orderNumber(const QString& tenant, const QDate& day, std::int64_t sequence)
{
    return QStringLiteral("%1-%2-%3")
        .arg(tenant, day.toString(QStringLiteral("yyyyMMdd")))
        .arg(sequence, 6, 10, QLatin1Char('0'));
}

} // namespace wh::central
