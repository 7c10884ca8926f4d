// SqlInventoryState's replenishment and snapshot reads (core/Replenishment.h, core/StockSnapshot.h): every
// query binds the tenant.
#include "SqlInventoryState.h"

namespace wh::db {

namespace {

#define WH_REPLENISHMENT_SELECT                                                                              \
    "SELECT task_id, location, sku, quantity, wanted, moved, status FROM replenishment_tasks "

ReplenishmentTask taskRow(const Statement& s)
{
    ReplenishmentTask task;
    task.id = s.text(0);
    task.location = s.text(1);
    task.sku = s.text(2);
    task.quantity = s.int64(3);
    task.wanted = s.int64(4);
    task.moved = s.int64(5);
    task.status = replenishmentStatusFromName(s.text(6)).value_or(ReplenishmentStatus::Open);
    return task;
}

} // namespace

QList<Location> SqlInventoryState::pickFaces(const QString& sku) const
{
    // Codes first, then each face by the one location read. Two statements, so each one's WHERE implies the
    // partial index's (replenish_sku <> ''): every action asks this for each SKU it touched, and a scan of a
    // tenant's bins per SKU made a 10,000-row stock import quadratic.
    QStringList codes;
    if (sku.isEmpty()) {
        Statement s =
            m_connection.prepare("SELECT code FROM locations WHERE tenant_id = ?1 AND replenish_sku <> '' "
                                 "AND type = 'pick' ORDER BY code");
        s.bind(1, m_tenant);
        while (s.next())
            codes.append(s.text(0));
    } else {
        Statement s =
            m_connection.prepare("SELECT code FROM locations WHERE tenant_id = ?1 AND replenish_sku <> '' "
                                 "AND replenish_sku = ?2 AND type = 'pick' ORDER BY code");
        s.bind(1, m_tenant).bind(2, sku);
        while (s.next())
            codes.append(s.text(0));
    }
    QList<Location> faces;
    for (const QString& code : std::as_const(codes))
        if (auto face = location(code))
            faces.append(*face);
    return faces;
}

QList<StockRecord> SqlInventoryState::stockAt(const QString& location, const QString& sku) const
{
    QList<StockRecord> rows = stockInLocation(location);
    rows.removeIf([&](const StockRecord& r) { return r.key.sku != sku; });
    return rows;
}

std::optional<ReplenishmentTask> SqlInventoryState::replenishmentTask(const QString& id) const
{
    Statement s = m_connection.prepare(WH_REPLENISHMENT_SELECT "WHERE tenant_id = ?1 AND task_id = ?2");
    s.bind(1, m_tenant).bind(2, id);
    if (!s.next())
        return std::nullopt;
    ReplenishmentTask task = taskRow(s);
    Statement lines = m_connection.prepare("SELECT line_no, from_location, lot, expiry, quantity FROM "
                                           "replenishment_task_lines WHERE tenant_id = ?1 AND task_id = ?2 "
                                           "ORDER BY line_no");
    lines.bind(1, m_tenant).bind(2, id);
    while (lines.next())
        task.lines.append(ReplenishmentLine{int(lines.int64(0)), lines.text(1), lines.text(2),
                                            QDate::fromString(lines.text(3), Qt::ISODate), lines.int64(4)});
    return task;
}

std::optional<ReplenishmentTask> SqlInventoryState::activeReplenishment(const QString& location) const
{
    Statement s = m_connection.prepare(
        "SELECT task_id FROM replenishment_tasks WHERE tenant_id = ?1 AND location = ?2 AND status IN "
        "('open', 'unfillable')");
    s.bind(1, m_tenant).bind(2, location);
    if (!s.next())
        return std::nullopt;
    const QString id = s.text(0);
    return replenishmentTask(id);
}

QList<ReplenishmentTask> SqlInventoryState::activeReplenishments() const
{
    QStringList ids;
    Statement s =
        m_connection.prepare("SELECT task_id FROM replenishment_tasks WHERE tenant_id = ?1 AND status "
                             "IN ('open', 'unfillable') ORDER BY created_seq");
    s.bind(1, m_tenant);
    while (s.next())
        ids.append(s.text(0));
    QList<ReplenishmentTask> tasks;
    for (const QString& id : std::as_const(ids))
        if (auto task = replenishmentTask(id))
            tasks.append(*task);
    return tasks;
}

QList<SkuStock> SqlInventoryState::stockBySku(QDate today) const
{
    // Available as InventoryState::sellable counts it: pick and bulk, unreserved, unexpired.
    Statement s = m_connection.prepare(
        "SELECT k.code, coalesce(sum(s.on_hand), 0), "
        "coalesce(sum(CASE WHEN l.type IN ('pick', 'bulk') AND (s.expiry = '' OR s.expiry >= ?2) "
        "THEN s.on_hand - s.reserved ELSE 0 END), 0) "
        "FROM skus k LEFT JOIN stock s ON s.tenant_id = k.tenant_id AND s.sku = k.code "
        "LEFT JOIN locations l ON l.code = s.location "
        "WHERE k.tenant_id = ?1 GROUP BY k.code ORDER BY k.code");
    s.bind(1, m_tenant).bind(2, today.toString(Qt::ISODate));
    QList<SkuStock> result;
    while (s.next())
        result.append(SkuStock{s.text(0), s.int64(1), s.int64(2)});
    return result;
}

} // namespace wh::db
