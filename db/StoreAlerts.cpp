// The kiosk's alerts: low stock, tracking ranges running out and dead letters, read in one go; and the same
// figures as counts for /metrics.
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

Result<StoreGauges> Store::gauges()
{
    return read([&] {
        StoreGauges gauges;
        Statement low = m_connection.prepare(
            "SELECT t.tenant_id, (SELECT count(*) FROM low_stock l WHERE l.tenant_id = t.tenant_id AND "
            "l.flagged = 1) FROM tenants t ORDER BY t.tenant_id");
        while (low.next())
            gauges.tenants.append({low.text(0), low.int64(1)});
        Statement ranges = m_connection.prepare(
            "SELECT tenant_id, range_id, carrier, max(last_serial - next_serial + 1, 0), low_water_mark "
            "FROM tracking_ranges ORDER BY tenant_id, range_id");
        while (ranges.next())
            gauges.ranges.append(
                {ranges.text(0), ranges.text(1), ranges.text(2), ranges.int64(3), ranges.int64(4)});
        gauges.deadLetters = m_connection.queryInt("SELECT count(*) FROM dead_letters").value_or(0);
        return gauges;
    });
}

} // namespace wh::db
