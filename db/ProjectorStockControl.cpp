// The projections of stock control's events (cycle counts, scrap, quarantine, returns): the part of the
// Projector that belongs to that area, kept in a file of its own.
#include "Projector.h"

#include <QJsonArray>

namespace wh::db {

namespace {
QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}
std::int64_t num(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toInteger();
}
} // namespace

Status Projector::setCountStatus(const RecordedEvent& e, const QString& countId, const QString& status)
{
    Statement s = m_connection.prepare(
        "UPDATE count_tasks SET status = ?3, updated_seq = ?4 WHERE tenant_id = ?1 AND count_id = ?2");
    s.bind(1, e.tenantId).bind(2, countId).bind(3, status).bind(4, e.seq);
    if (auto status_ = s.exec(); !status_)
        return status_;
    // A bin is free for the next count once this one is over.
    Statement bins =
        m_connection.prepare("UPDATE count_bins SET open = ?3 WHERE tenant_id = ?1 AND count_id = ?2");
    const bool open = status == QLatin1String("counting") || status == QLatin1String("review");
    bins.bind(1, e.tenantId).bind(2, countId).bind(3, open ? 1 : 0);
    return bins.exec();
}

std::optional<Status> Projector::applyStockControl(const RecordedEvent& e, const QJsonObject& p)
{
    const QString& t = e.type;
    const QString countId = str(p, "countId");
    if (t == EventType::CountToleranceSet) {
        Statement s = m_connection.prepare(
            "INSERT INTO count_tolerances (tenant_id, max_units, max_value_minor) VALUES (?1, ?2, ?3) "
            "ON CONFLICT (tenant_id) DO UPDATE SET max_units = excluded.max_units, "
            "max_value_minor = excluded.max_value_minor");
        s.bind(1, e.tenantId).bind(2, num(p, "maxUnits")).bind(3, num(p, "maxValueMinor"));
        return s.exec();
    }
    if (t == EventType::CountTaskCreated) {
        Statement s = m_connection.prepare(
            "INSERT INTO count_tasks (tenant_id, count_id, status, round, note, updated_seq) "
            "VALUES (?1, ?2, 'counting', 1, ?3, ?4)");
        s.bind(1, e.tenantId).bind(2, countId).bind(3, str(p, "note")).bind(4, e.seq);
        if (auto status = s.exec(); !status)
            return status;
        int position = 0;
        for (const QJsonValue& value : p.value(QLatin1String("locations")).toArray()) {
            Statement bin = m_connection.prepare("INSERT INTO count_bins (tenant_id, count_id, location, "
                                                 "position, open) VALUES (?1, ?2, ?3, ?4, 1)");
            bin.bind(1, e.tenantId).bind(2, countId).bind(3, value.toString()).bind(4, ++position);
            if (auto status = bin.exec(); !status)
                return status;
        }
        return Status{};
    }
    if (t == EventType::CountLineRecorded) {
        Statement s = m_connection.prepare(
            "INSERT INTO count_lines (tenant_id, count_id, location, sku, lot, expiry, quantity, expected, "
            "recorded_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
            "ON CONFLICT (tenant_id, count_id, location, sku, lot) DO UPDATE SET expiry = excluded.expiry, "
            "quantity = excluded.quantity, expected = excluded.expected, recorded_seq = "
            "excluded.recorded_seq");
        s.bind(1, e.tenantId).bind(2, countId).bind(3, str(p, "location")).bind(4, str(p, "sku"));
        s.bind(5, str(p, "lot"))
            .bind(6, str(p, "expiry"))
            .bind(7, num(p, "quantity"))
            .bind(8, num(p, "expected"));
        s.bind(9, e.seq);
        return s.exec();
    }
    if (t == EventType::CountSubmitted) {
        Statement clear =
            m_connection.prepare("DELETE FROM count_variances WHERE tenant_id = ?1 AND count_id = ?2");
        clear.bind(1, e.tenantId).bind(2, countId);
        if (auto status = clear.exec(); !status)
            return status;
        int position = 0;
        for (const QJsonValue& value : p.value(QLatin1String("lines")).toArray()) {
            const QJsonObject v = value.toObject();
            Statement s = m_connection.prepare("INSERT INTO count_variances (tenant_id, count_id, position, "
                                               "location, sku, lot, expiry, expected, "
                                               "counted, variance, value_minor, why) VALUES (?1, ?2, ?3, ?4, "
                                               "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
            s.bind(1, e.tenantId).bind(2, countId).bind(3, ++position).bind(4, str(v, "location"));
            s.bind(5, str(v, "sku"))
                .bind(6, str(v, "lot"))
                .bind(7, str(v, "expiry"))
                .bind(8, num(v, "expected"));
            s.bind(9, num(v, "counted")).bind(10, num(v, "variance")).bind(11, num(v, "valueMinor"));
            s.bind(12, str(v, "why"));
            if (auto status = s.exec(); !status)
                return status;
        }
        return setCountStatus(e, countId, str(p, "outcome"));
    }
    if (t == EventType::CountRecountRequested) {
        // A recount is blind again: the new round starts with no counted lines.
        Statement clear =
            m_connection.prepare("DELETE FROM count_lines WHERE tenant_id = ?1 AND count_id = ?2");
        clear.bind(1, e.tenantId).bind(2, countId);
        if (auto status = clear.exec(); !status)
            return status;
        Statement round =
            m_connection.prepare("UPDATE count_tasks SET round = ?3 WHERE tenant_id = ?1 AND count_id = ?2");
        round.bind(1, e.tenantId).bind(2, countId).bind(3, num(p, "round"));
        if (auto status = round.exec(); !status)
            return status;
        return setCountStatus(e, countId, QStringLiteral("counting"));
    }
    if (t == EventType::CountApproved)
        return setCountStatus(e, countId, QStringLiteral("posted"));
    if (t == EventType::CountCancelled)
        return setCountStatus(e, countId, QStringLiteral("cancelled"));
    if (t == EventType::StockScrapped)
        return changeStock(e.tenantId, str(p, "sku"), str(p, "location"), str(p, "lot"), str(p, "expiry"),
                           -num(p, "quantity"), 0, e.seq);
    if (t == EventType::StockQuarantined || t == EventType::QuarantineReleased)
        return moveStock(e, p);
    if (t == EventType::ReturnAuthorized) {
        const QString rmaId = str(p, "rmaId");
        Statement s =
            m_connection.prepare("INSERT INTO rmas (tenant_id, rma_id, order_id) VALUES (?1, ?2, ?3)");
        s.bind(1, e.tenantId).bind(2, rmaId).bind(3, str(p, "orderId"));
        if (auto status = s.exec(); !status)
            return status;
        for (const QJsonValue& value : p.value(QLatin1String("lines")).toArray()) {
            const QJsonObject l = value.toObject();
            Statement line = m_connection.prepare(
                "INSERT INTO rma_lines (tenant_id, rma_id, sku, quantity) VALUES (?1, ?2, ?3, ?4)");
            line.bind(1, e.tenantId).bind(2, rmaId).bind(3, str(l, "sku")).bind(4, num(l, "quantity"));
            if (auto status = line.exec(); !status)
                return status;
        }
        return Status{};
    }
    const QString returnId = str(p, "returnId");
    if (t == EventType::ReturnOpened) {
        Statement s = m_connection.prepare(
            "INSERT INTO customer_returns (tenant_id, return_id, order_id, rma_id, status, updated_seq) "
            "VALUES (?1, ?2, ?3, ?4, 'open', ?5)");
        s.bind(1, e.tenantId)
            .bind(2, returnId)
            .bind(3, str(p, "orderId"))
            .bind(4, str(p, "rmaId"))
            .bind(5, e.seq);
        return s.exec();
    }
    if (t == EventType::ReturnItemReceived) {
        Statement s = m_connection.prepare("INSERT INTO return_lines (tenant_id, return_id, seq, sku, lot, "
                                           "expiry, quantity, disposition, location) "
                                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        s.bind(1, e.tenantId).bind(2, returnId).bind(3, e.seq).bind(4, str(p, "sku")).bind(5, str(p, "lot"));
        s.bind(6, str(p, "expiry")).bind(7, num(p, "quantity")).bind(8, str(p, "disposition"));
        s.bind(9, str(p, "location"));
        if (auto status = s.exec(); !status)
            return status;
        // The units enter the stock here (a scrapped item never does); Restocked only tells the central
        // service.
        if (str(p, "disposition") == QLatin1String("scrap"))
            return Status{};
        return changeStock(e.tenantId, str(p, "sku"), str(p, "location"), str(p, "lot"), str(p, "expiry"),
                           num(p, "quantity"), 0, e.seq);
    }
    if (t == EventType::Restocked)
        return Status{};
    if (t == EventType::ReturnReceived) {
        Statement s = m_connection.prepare(
            "UPDATE customer_returns SET status = 'received', updated_seq = ?3 WHERE tenant_id = ?1 AND "
            "return_id = ?2");
        s.bind(1, e.tenantId).bind(2, returnId).bind(3, e.seq);
        return s.exec();
    }
    return std::nullopt;
}

} // namespace wh::db
