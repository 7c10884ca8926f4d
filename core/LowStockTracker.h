#pragma once

#include "Clock.h"
#include "DomainEvent.h"
#include "InventoryState.h"

#include <QMap>

namespace wh {

// Collects what one command changes in each SKU's sellable stock and, at the end, adds the LowStock or
// LowStockCleared events of the SKUs that crossed their threshold: once per crossing, never twice.
class LowStockTracker
{
public:
    LowStockTracker(const InventoryState& state, const Clock& clock)
        : m_state(state)
        , m_clock(clock)
    {}

    // A change of on-hand or reserved stock in a location; counts only where stock could be sold.
    void track(const QString& sku, const Location& where, QDate expiry, std::int64_t delta);
    // A change already known to be of sellable stock (an allocation from pick or bulk, unexpired).
    void trackSellable(const QString& sku, std::int64_t delta) { m_delta[sku] += delta; }
    // `events` with the alerts appended; the tracker starts empty again.
    EventList appendEvents(EventList events);

private:
    const InventoryState& m_state;
    const Clock& m_clock;
    QMap<QString, std::int64_t> m_delta; // ordered: one command's alerts always come out in the same order
};

} // namespace wh
