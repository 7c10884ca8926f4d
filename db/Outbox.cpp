#include "Outbox.h"

namespace wh::db {

namespace {

std::optional<QDateTime> timeOf(const Statement& s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(s.int64(column), Qt::UTC);
}

} // namespace

Result<QList<PendingEvent>> Outbox::pendingAfter(std::int64_t afterSeq, int limit)
{
    (void)m_connection.takeError();
    Statement s = m_connection.prepare(
        "SELECT o.event_seq, o.prev_seq, o.tenant_id, e.event_id, e.type, e.aggregate_type, e.aggregate_id, "
        "e.aggregate_version, e.occurred_at, e.user_id, e.device_id, e.payload "
        "FROM outbox o JOIN events e ON e.seq = o.event_seq WHERE o.event_seq > ?1 ORDER BY o.event_seq "
        "LIMIT ?2");
    s.bind(1, afterSeq).bind(2, limit);
    QList<PendingEvent> rows;
    rows.reserve(limit);
    while (s.next()) {
        PendingEvent p;
        p.seq = s.int64(0);
        p.prevSeq = s.int64(1);
        p.tenantId = s.text(2);
        p.eventId = s.text(3);
        p.type = s.text(4);
        p.aggregateType = s.text(5);
        p.aggregateId = s.text(6);
        p.version = s.int64(7);
        p.occurredAtMs = s.int64(8);
        p.userId = s.text(9);
        p.deviceId = s.text(10);
        p.payload = s.utf8(11);
        rows.append(std::move(p));
    }
    if (auto error = m_connection.takeError())
        return *error;
    return rows;
}

Result<std::int64_t> Outbox::acknowledge(const QString& tenantId, std::int64_t upTo)
{
    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    Statement head =
        m_connection.prepare("SELECT last_seq, acked_seq FROM outbox_heads WHERE tenant_id = ?1");
    head.bind(1, tenantId);
    if (!head.next()) {
        if (auto error = m_connection.takeError())
            return *error;
        return makeError(ErrorCode::UnknownTenant,
                         QStringLiteral("An acknowledgement for %1, which has sent nothing.").arg(tenantId));
    }
    const std::int64_t last = head.int64(0);
    const std::int64_t acked = head.int64(1);
    if (upTo > last)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("An acknowledgement of %1's events up to %2, but its newest is %3.")
                             .arg(tenantId)
                             .arg(upTo)
                             .arg(last));
    if (upTo <= acked)
        return std::int64_t(0); // a duplicate or a late one: nothing to do
    Statement remove = m_connection.prepare("DELETE FROM outbox WHERE tenant_id = ?1 AND event_seq <= ?2");
    remove.bind(1, tenantId).bind(2, upTo);
    if (auto status = remove.exec(); !status)
        return status.error();
    const std::int64_t removed = m_connection.changes();
    Statement mark =
        m_connection.prepare("UPDATE outbox_heads SET acked_seq = ?2, acked_at = ?3 WHERE tenant_id = ?1");
    mark.bind(1, tenantId).bind(2, upTo).bind(3, m_clock.now().toMSecsSinceEpoch());
    if (auto status = mark.exec(); !status)
        return status.error();
    if (auto status = transaction->commit(); !status)
        return status.error();
    return removed;
}

Result<QList<OutboxTenantState>> Outbox::state()
{
    (void)m_connection.takeError();
    Statement s =
        m_connection.prepare("SELECT h.tenant_id, h.last_seq, h.acked_seq, h.acked_at, "
                             "(SELECT count(*) FROM outbox o WHERE o.tenant_id = h.tenant_id), "
                             "(SELECT min(enqueued_at) FROM outbox o WHERE o.tenant_id = h.tenant_id) "
                             "FROM outbox_heads h ORDER BY h.tenant_id");
    QList<OutboxTenantState> result;
    while (s.next()) {
        OutboxTenantState t;
        t.tenantId = s.text(0);
        t.lastSeq = s.int64(1);
        t.ackedSeq = s.int64(2);
        t.ackedAt = timeOf(s, 3);
        t.pending = s.int64(4);
        t.oldestPending = timeOf(s, 5);
        result.append(t);
    }
    if (auto error = m_connection.takeError())
        return *error;
    return result;
}

Status Outbox::holdAll()
{
    return m_connection.execScript("UPDATE outbox_heads SET held_up_to = last_seq");
}

Result<QHash<QString, std::int64_t>> Outbox::heldTenants()
{
    (void)m_connection.takeError();
    Statement s = m_connection.prepare("SELECT tenant_id, held_up_to FROM outbox_heads WHERE held_up_to IS NOT NULL");
    QHash<QString, std::int64_t> tenants;
    while (s.next())
        tenants.insert(s.text(0), s.int64(1));
    if (auto error = m_connection.takeError())
        return *error;
    return tenants;
}

Status Outbox::release(const QString& tenantId)
{
    Statement s = m_connection.prepare("UPDATE outbox_heads SET held_up_to = NULL WHERE tenant_id = ?1");
    s.bind(1, tenantId);
    return s.exec();
}

} // namespace wh::db
