#include "SqlCountState.h"

namespace wh::db {

std::optional<CountRecord> SqlCountState::countTask(const QString& id) const
{
    Statement s = m_connection.prepare(
        "SELECT status, round, note FROM count_tasks WHERE tenant_id = ?1 AND count_id = ?2");
    s.bind(1, m_tenant).bind(2, id);
    if (!s.next())
        return std::nullopt;
    CountRecord r;
    r.id = id;
    r.status = countStatusFromName(s.text(0)).value_or(CountStatus::Cancelled);
    r.round = int(s.int64(1));
    r.note = s.text(2);
    Statement bins = m_connection.prepare(
        "SELECT location FROM count_bins WHERE tenant_id = ?1 AND count_id = ?2 ORDER BY position");
    bins.bind(1, m_tenant).bind(2, id);
    while (bins.next())
        r.locations.append(bins.text(0));
    Statement lines = m_connection.prepare(
        "SELECT location, sku, lot, quantity, expiry, expected FROM count_lines WHERE tenant_id = ?1 AND "
        "count_id = ?2 ORDER BY recorded_seq");
    lines.bind(1, m_tenant).bind(2, id);
    while (lines.next())
        r.lines.append(
            CountRecord::Line{CountedLine{lines.text(0), lines.text(1), lines.text(2), lines.int64(3)},
                              QDate::fromString(lines.text(4), Qt::ISODate), lines.int64(5)});
    Statement variances = m_connection.prepare("SELECT location, sku, lot, expiry, expected, counted, "
                                               "variance, value_minor, why FROM count_variances "
                                               "WHERE tenant_id = ?1 AND count_id = ?2 ORDER BY position");
    variances.bind(1, m_tenant).bind(2, id);
    while (variances.next())
        r.variances.append(CountVariance{variances.text(0), variances.text(1), variances.text(2),
                                         QDate::fromString(variances.text(3), Qt::ISODate),
                                         variances.int64(4), variances.int64(5), variances.int64(6),
                                         variances.int64(7), variances.text(8)});
    return r;
}

QString SqlCountState::openCountOf(const QString& location) const
{
    Statement s = m_connection.prepare(
        "SELECT count_id FROM count_bins WHERE tenant_id = ?1 AND location = ?2 AND open = 1 LIMIT 1");
    s.bind(1, m_tenant).bind(2, location);
    return s.next() ? s.text(0) : QString();
}

CountTolerance SqlCountState::countTolerance() const
{
    Statement s =
        m_connection.prepare("SELECT max_units, max_value_minor FROM count_tolerances WHERE tenant_id = ?1");
    s.bind(1, m_tenant);
    if (!s.next())
        return {};
    return CountTolerance{s.int64(0), s.int64(1)};
}

QList<StockRecord> SqlCountState::stockInBin(const QString& location) const
{
    Statement s = m_connection.prepare(
        "SELECT s.sku, s.location, s.lot, s.expiry, s.on_hand, s.reserved, l.zone, l.pick_sequence, l.type "
        "FROM stock s JOIN locations l ON l.code = s.location "
        "WHERE s.tenant_id = ?1 AND s.location = ?2 ORDER BY s.sku, s.lot");
    s.bind(1, m_tenant).bind(2, location);
    QList<StockRecord> rows;
    while (s.next()) {
        StockRecord r;
        r.key = StockKey{s.text(0), s.text(1), s.text(2)};
        r.expiry = QDate::fromString(s.text(3), Qt::ISODate);
        r.level = StockLevel{s.int64(4), s.int64(5)};
        r.zone = s.text(6);
        r.pickSequence = int(s.int64(7));
        r.pickFace = s.text(8) == QLatin1String("pick");
        rows.append(r);
    }
    return rows;
}

QList<CountSheet> SqlCountState::countsWithStatus(const QString& status) const
{
    Statement s = m_connection.prepare(
        "SELECT count_id FROM count_tasks WHERE tenant_id = ?1 AND status = ?2 ORDER BY updated_seq, count_id");
    s.bind(1, m_tenant).bind(2, status);
    QStringList ids;
    while (s.next())
        ids.append(s.text(0));
    QList<CountSheet> sheets;
    for (const QString& id : std::as_const(ids))
        if (auto record = countTask(id))
            sheets.append(CycleCount::sheetOf(*record));
    return sheets;
}

QList<CountSheet> SqlCountState::countsInReview() const
{
    return countsWithStatus(QStringLiteral("review"));
}

QList<CountSheet> SqlCountState::openCounts() const
{
    return countsWithStatus(QStringLiteral("counting"));
}

std::optional<ReturnAuthorization> SqlCountState::rma(const QString& id) const
{
    Statement s = m_connection.prepare("SELECT order_id FROM rmas WHERE tenant_id = ?1 AND rma_id = ?2");
    s.bind(1, m_tenant).bind(2, id);
    if (!s.next())
        return std::nullopt;
    ReturnAuthorization rma;
    rma.rmaId = id;
    rma.orderId = s.text(0);
    Statement lines = m_connection.prepare(
        "SELECT sku, quantity FROM rma_lines WHERE tenant_id = ?1 AND rma_id = ?2 ORDER BY sku");
    lines.bind(1, m_tenant).bind(2, id);
    while (lines.next())
        rma.lines.append(RmaLine{lines.text(0), lines.int64(1)});
    return rma;
}

std::optional<ReturnRecord> SqlCountState::customerReturn(const QString& id) const
{
    Statement s = m_connection.prepare(
        "SELECT order_id, rma_id, status FROM customer_returns WHERE tenant_id = ?1 AND return_id = ?2");
    s.bind(1, m_tenant).bind(2, id);
    if (!s.next())
        return std::nullopt;
    ReturnRecord r;
    r.id = id;
    r.orderId = s.text(0);
    r.rmaId = s.text(1);
    r.status = s.text(2) == QLatin1String("open") ? ReturnStatus::Open : ReturnStatus::Received;
    Statement lines = m_connection.prepare(
        "SELECT sku, lot, expiry, quantity, disposition, location FROM return_lines WHERE tenant_id = ?1 AND "
        "return_id = ?2 ORDER BY seq");
    lines.bind(1, m_tenant).bind(2, id);
    while (lines.next())
        r.lines.append(ReturnLineRecord{
            lines.text(0), lines.text(1), QDate::fromString(lines.text(2), Qt::ISODate), lines.int64(3),
            returnDispositionFromName(lines.text(4)).value_or(ReturnDisposition::Scrap), lines.text(5)});
    return r;
}

QList<ReturnedUnits> SqlCountState::returnedForOrder(const QString& orderId) const
{
    Statement s = m_connection.prepare(
        "SELECT l.sku, l.lot, sum(l.quantity) FROM return_lines l JOIN customer_returns r ON r.tenant_id = "
        "l.tenant_id AND r.return_id = l.return_id WHERE r.tenant_id = ?1 AND r.order_id = ?2 "
        "GROUP BY l.sku, l.lot");
    s.bind(1, m_tenant).bind(2, orderId);
    QList<ReturnedUnits> units;
    while (s.next())
        units.append(ReturnedUnits{s.text(0), s.text(1), s.int64(2)});
    return units;
}

QList<ReturnedUnits> SqlCountState::returnedForRma(const QString& rmaId) const
{
    Statement s = m_connection.prepare(
        "SELECT l.sku, sum(l.quantity) FROM return_lines l JOIN customer_returns r ON r.tenant_id = "
        "l.tenant_id AND r.return_id = l.return_id WHERE r.tenant_id = ?1 AND r.rma_id = ?2 GROUP BY l.sku");
    s.bind(1, m_tenant).bind(2, rmaId);
    QList<ReturnedUnits> units;
    while (s.next())
        units.append(ReturnedUnits{s.text(0), QString(), s.int64(1)});
    return units;
}

QList<ReturnedUnits> SqlCountState::authorizedForOrder(const QString& orderId) const
{
    Statement s = m_connection.prepare(
        "SELECT l.sku, sum(l.quantity) FROM rma_lines l JOIN rmas r ON r.tenant_id = l.tenant_id AND "
        "r.rma_id = l.rma_id WHERE r.tenant_id = ?1 AND r.order_id = ?2 GROUP BY l.sku");
    s.bind(1, m_tenant).bind(2, orderId);
    QList<ReturnedUnits> units;
    while (s.next())
        units.append(ReturnedUnits{s.text(0), QString(), s.int64(1)});
    return units;
}

} // namespace wh::db
