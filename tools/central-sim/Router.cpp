#include "Router.h"

#include <QHash>

#include <algorithm>

namespace wh::central {

namespace {

// Same-SKU lines added together, in the order their SKU first appears.
QList<OrderLineRequest> merged(const QList<OrderLineRequest>& lines)
{
    QList<OrderLineRequest> result;
    QHash<QString, qsizetype> index;
    for (const OrderLineRequest& line : lines) {
        if (line.quantity <= 0)
            continue;
        const auto found = index.constFind(line.sku);
        if (found != index.cend()) {
            result[*found].quantity += line.quantity;
        } else {
            index.insert(line.sku, result.size());
            result.append(line);
        }
    }
    return result;
}

// warehouse -> SKU -> what it may still ship of it during this routing
using Availability = QHash<QString, QHash<QString, std::int64_t>>;

struct FullLineCover
{
    QString warehouse;
    std::int64_t units = 0;
    int lines = 0;
};

// The warehouse that can ship the most units of `remaining` in full lines (ties: more lines, then id).
FullLineCover bestFullLineCover(const QStringList& warehouses, const QList<OrderLineRequest>& remaining,
                                const Availability& availability)
{
    FullLineCover best;
    for (const QString& warehouse : warehouses) { // by id: a tie keeps the first
        FullLineCover cover{warehouse, 0, 0};
        for (const OrderLineRequest& line : remaining) {
            if (availability[warehouse].value(line.sku) >= line.quantity) {
                cover.units += line.quantity;
                ++cover.lines;
            }
        }
        if (cover.units > best.units || (cover.units == best.units && cover.lines > best.lines))
            best = cover;
    }
    return best;
}

} // namespace

RouteResult Router::route(const QString& tenant, const QList<OrderLineRequest>& requested,
                          const StockView& stock, const QStringList& excludedWarehouses, bool allowSplit)
{
    RouteResult result;
    const QList<OrderLineRequest> lines = merged(requested);
    if (lines.isEmpty()) {
        result.message = QStringLiteral("the order has no line to ship");
        return result;
    }
    QStringList candidates;
    for (const QString& warehouse : stock.warehouses(tenant))
        if (!excludedWarehouses.contains(warehouse))
            candidates.append(warehouse);

    Availability availability;
    for (const QString& warehouse : candidates)
        for (const OrderLineRequest& line : lines)
            availability[warehouse][line.sku] = stock.available(warehouse, tenant, line.sku);

    // One parcel if any warehouse can: the most headroom left, the first id on a tie.
    QString single;
    std::int64_t singleHeadroom = -1;
    for (const QString& warehouse : candidates) {
        std::int64_t headroom = 0;
        bool all = true;
        for (const OrderLineRequest& line : lines) {
            const std::int64_t left = availability[warehouse].value(line.sku) - line.quantity;
            all = all && left >= 0;
            headroom += left;
        }
        if (all && headroom > singleHeadroom) {
            single = warehouse;
            singleHeadroom = headroom;
        }
    }
    if (!single.isEmpty()) {
        result.routed = true;
        result.parts.append(RoutedPart{single, lines});
        return result;
    }

    if (!allowSplit) {
        const FullLineCover best = bestFullLineCover(candidates, lines, availability);
        for (const OrderLineRequest& line : lines)
            if (best.warehouse.isEmpty() || availability[best.warehouse].value(line.sku) < line.quantity)
                result.unroutableSkus.append(line.sku);
        result.message =
            QStringLiteral("no single warehouse can ship the whole order and the customer does not "
                           "accept a split; short: %1")
                .arg(result.unroutableSkus.join(QStringLiteral(", ")));
        return result;
    }

    for (const OrderLineRequest& line : lines) {
        std::int64_t total = 0;
        for (const QString& warehouse : candidates)
            total += availability[warehouse].value(line.sku);
        if (total < line.quantity)
            result.unroutableSkus.append(line.sku);
    }
    if (!result.unroutableSkus.isEmpty()) {
        result.message = QStringLiteral("the warehouses together do not have enough of %1")
                             .arg(result.unroutableSkus.join(QStringLiteral(", ")));
        return result;
    }

    // Greedy cover with whole lines.
    QMap<QString, QList<OrderLineRequest>> assigned; // warehouse -> its lines
    QStringList order;                               // the warehouses in the order they joined the route
    QList<OrderLineRequest> remaining = lines;
    for (;;) {
        const FullLineCover best = bestFullLineCover(candidates, remaining, availability);
        if (best.units == 0)
            break;
        QList<OrderLineRequest> rest;
        for (const OrderLineRequest& line : remaining) {
            std::int64_t& held = availability[best.warehouse][line.sku];
            if (held >= line.quantity) {
                held -= line.quantity;
                assigned[best.warehouse].append(line);
            } else {
                rest.append(line);
            }
        }
        if (!order.contains(best.warehouse))
            order.append(best.warehouse);
        remaining = rest;
    }

    // What is left no warehouse holds in full: split it, staying with warehouses already shipping.
    for (const OrderLineRequest& line : remaining) {
        QStringList sources = candidates;
        std::stable_sort(sources.begin(), sources.end(), [&](const QString& a, const QString& b) {
            const bool aIn = order.contains(a);
            const bool bIn = order.contains(b);
            if (aIn != bIn)
                return aIn;
            return availability[a].value(line.sku) > availability[b].value(line.sku);
        });
        std::int64_t need = line.quantity;
        for (const QString& warehouse : sources) {
            std::int64_t& held = availability[warehouse][line.sku];
            const std::int64_t take = std::min(need, held);
            if (take <= 0)
                continue;
            held -= take;
            need -= take;
            assigned[warehouse].append(OrderLineRequest{line.sku, take});
            if (!order.contains(warehouse))
                order.append(warehouse);
            if (need == 0)
                break;
        }
    }

    // Each part's lines in request order, whichever step assigned them.
    for (const QString& warehouse : order) {
        RoutedPart part{warehouse, {}};
        for (const OrderLineRequest& line : lines)
            for (const OrderLineRequest& given : assigned.value(warehouse))
                if (given.sku == line.sku)
                    part.lines.append(given);
        result.parts.append(part);
    }
    result.routed = true;
    return result;
}

} // namespace wh::central
