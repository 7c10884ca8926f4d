#pragma once

// Which warehouse ships which lines of an order, from the stock the central service may still route
// (StockView). Deterministic: the same request and stock always give the same parts, in the same order.
//
// 1. Lines of the same SKU are added together; warehouses the caller excludes (one that failed this order's
//    reservation) are not candidates.
// 2. One warehouse if one can ship every line in full: of those, the one with the most headroom left after
//    the order (available minus ordered, summed over the order's SKUs), ties by warehouse id. Keeping the
//    deeper stock where it is deep spares the warehouses that are running low.
// 3. Otherwise, if the customer does not accept a split, the order is unroutable: it names the lines the
//    warehouse that could ship the most units (in full lines) cannot.
// 4. With a split, a line whose SKU the candidates do not hold enough of together makes the order
//    unroutable, naming every such SKU. Else a greedy cover: repeatedly the warehouse that can ship the most
//    of the remaining units in full lines (ties: more lines, then warehouse id) takes every remaining line it
//    can ship in full. A line no warehouse holds in full is then split, in request order, over the
//    warehouses already in the route first, then the others, each by most available (ties by id).

#include "OrderRequest.h"
#include "StockView.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wh::central {

struct RoutedPart
{
    QString warehouse;
    QList<OrderLineRequest> lines; // in request order

    bool operator==(const RoutedPart&) const = default;
};

struct RouteResult
{
    bool routed = false;
    QList<RoutedPart> parts;    // empty unless routed
    QStringList unroutableSkus; // the SKUs that could not be served, when not routed
    QString message;            // why not, in plain words
};

class Router
{
public:
    static RouteResult route(const QString& tenant, const QList<OrderLineRequest>& lines,
                             const StockView& stock, const QStringList& excludedWarehouses, bool allowSplit);
};

} // namespace wh::central
