#pragma once

// An order as a client places it with the central service, before it is checked, priced or routed.

#include <QList>
#include <QString>

#include <cstdint>

namespace wh::central {

struct OrderLineRequest
{
    QString sku;
    std::int64_t quantity = 0;

    bool operator==(const OrderLineRequest&) const = default;
};

struct OrderRequest
{
    QString tenant;
    QString requestId; // the client's idempotency key: the same key twice is the same order
    QString customerId;
    QString service; // Standard | Express | Overnight
    QList<OrderLineRequest> lines;
    bool allowSplit = true; // the customer accepts parcels from more than one warehouse
};

} // namespace wh::central
