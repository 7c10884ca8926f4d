#pragma once

#include "Clock.h"
#include "DomainEvent.h"

#include <QDate>
#include <QList>
#include <QString>

#include <cstdint>

namespace wh {

// One SKU's stock as a snapshot carries it.
struct SkuStock
{
    QString sku;
    std::int64_t onHand = 0;    // every unit in the building (any location, reserved or not)
    std::int64_t available = 0; // sellable: in pick or bulk, not reserved, not expired
};

// The read a snapshot needs, for one tenant: every SKU it has defined, with or without stock.
class SnapshotState
{
public:
    virtual ~SnapshotState() = default;
    virtual QList<SkuStock> stockBySku(QDate today) const = 0; // ordered by SKU code
};

enum class SnapshotReason
{
    Scheduled,
    OnDemand
};
QString snapshotReasonName(SnapshotReason reason);

// The StockSnapshot event: the tenant's whole stock at one moment, so the central service can route orders
// across warehouses and reconcile what it believes against what is here. Complete by construction: every
// SKU of the tenant, also those at zero.
class StockSnapshot
{
public:
    StockSnapshot(const SnapshotState& state, const Clock& clock)
        : m_state(state)
        , m_clock(clock)
    {}

    EventList take(const QString& tenantId, SnapshotReason reason) const;

private:
    const SnapshotState& m_state;
    const Clock& m_clock;
};

} // namespace wh
