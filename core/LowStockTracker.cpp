#include "LowStockTracker.h"

#include <algorithm>

namespace wh {

void LowStockTracker::track(const QString& sku, const Location& where, QDate expiry, std::int64_t delta)
{
    if (!where.allocatable())
        return;
    if (expiry.isValid() && expiry < m_clock.today())
        return;
    m_delta[sku] += delta;
}

EventList LowStockTracker::appendEvents(EventList events)
{
    for (auto it = m_delta.cbegin(); it != m_delta.cend(); ++it) {
        if (it.value() == 0)
            continue;
        const std::optional<Sku> sku = m_state.sku(it.key());
        if (!sku)
            continue;
        const std::int64_t after = m_state.sellable(it.key(), m_clock.today()) + it.value();
        const bool wasLow = m_state.lowStockFlagged(it.key());
        const bool isLow = after < sku->lowStockThreshold;
        if (isLow && !wasLow) {
            const std::int64_t toReach = 2 * std::int64_t(sku->lowStockThreshold) - after;
            const std::int64_t suggestion = std::max<std::int64_t>(sku->reorderQuantity, toReach);
            events.append(
                DomainEvent{EventType::LowStock,
                            QStringLiteral("sku"),
                            sku->code,
                            {{QStringLiteral("sku"), sku->code},
                             {QStringLiteral("available"), static_cast<qint64>(after)},
                             {QStringLiteral("threshold"), sku->lowStockThreshold},
                             {QStringLiteral("suggestedReorderQuantity"), static_cast<qint64>(suggestion)}}});
        } else if (!isLow && wasLow) {
            events.append(DomainEvent{EventType::LowStockCleared,
                                      QStringLiteral("sku"),
                                      sku->code,
                                      {{QStringLiteral("sku"), sku->code},
                                       {QStringLiteral("available"), static_cast<qint64>(after)},
                                       {QStringLiteral("threshold"), sku->lowStockThreshold}}});
        }
    }
    m_delta.clear();
    return events;
}

} // namespace wh
