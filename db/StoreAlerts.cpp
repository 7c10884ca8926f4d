// The kiosk's alerts: low stock, tracking ranges running out and dead letters, read in one go.
#include "Store.h"

namespace wh::db {

Result<StoreAlerts> Store::alerts(const TenantContext& t)
{
    StoreAlerts alerts;
    Statement low = m_connection.prepare(
        "SELECT sku, available, threshold, suggested_reorder FROM low_stock WHERE tenant_id = ?1 AND flagged = 1 "
        "ORDER BY available, sku");
    low.bind(1, t.id());
    while (low.next())
        alerts.lowStock.append({low.text(0), low.int64(1), low.int64(2), low.int64(3)});
    Statement ranges = m_connection.prepare(
        "SELECT range_id, carrier, last_serial - next_serial + 1, low_water_mark FROM tracking_ranges "
        "WHERE tenant_id = ?1 AND last_serial - next_serial + 1 <= low_water_mark ORDER BY 3, range_id");
    ranges.bind(1, t.id());
    while (ranges.next())
        alerts.rangesLow.append({ranges.text(0), ranges.text(1), ranges.int64(2), ranges.int64(3)});
    alerts.deadLetters = m_connection.queryInt("SELECT count(*) FROM dead_letters").value_or(0);
    if (auto error = m_connection.takeError())
        return *error;
    return alerts;
}

} // namespace wh::db
