#include "SagaStore.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace wh::central {

namespace {

QVariant v(std::int64_t value)
{
    return QVariant::fromValue(qint64(value));
}

QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

const QString kSagaColumns =
    QStringLiteral("tenant, order_id, status, waiting, state, created_at_ms, updated_at_ms");
const QString kPaymentColumns = QStringLiteral("key, tenant, order_id, op, amount_minor, authorization_id, "
                                               "status, code, submitted_at_ms, finished_at_ms, expires_at_ms");

SagaRow readSaga(QSqlQuery& q)
{
    return SagaRow{q.value(0).toString(),
                   q.value(1).toString(),
                   q.value(2).toString(),
                   q.value(3).toString(),
                   QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object(),
                   q.value(5).toLongLong(),
                   q.value(6).toLongLong()};
}

PaymentRow readPayment(QSqlQuery& q)
{
    return PaymentRow{q.value(0).toString(),   q.value(1).toString(),   q.value(2).toString(),
                      q.value(3).toString(),   q.value(4).toLongLong(), q.value(5).toString(),
                      q.value(6).toString(),   q.value(7).toString(),   q.value(8).toLongLong(),
                      q.value(9).toLongLong(), q.value(10).toLongLong()};
}

} // namespace

SagaStore::SagaStore(CentralStore& store)
    : m_store(store)
{
    // The tables are in the central store's schema (CentralStore.cpp), created when it opens.
}

std::optional<SagaRow> SagaStore::saga(const QString& tenant, const QString& orderId)
{
    QSqlQuery& q = m_store.query(QStringLiteral("SELECT ") + kSagaColumns +
                                     QStringLiteral(" FROM sagas WHERE tenant = ? AND order_id = ?"),
                                 {tenant, orderId});
    if (q.next())
        return readSaga(q);
    return std::nullopt;
}

void SagaStore::saveSaga(const SagaRow& row)
{
    m_store.query(QStringLiteral("INSERT INTO sagas (") + kSagaColumns +
                      QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant, order_id) DO UPDATE SET "
                                     "status = excluded.status, waiting = excluded.waiting, state = excluded.state, "
                                     "updated_at_ms = excluded.updated_at_ms"),
                  {row.tenant, row.orderId, row.status, row.waiting, json(row.state), v(row.createdAtMs),
                   v(row.updatedAtMs)});
}

QList<SagaRow> SagaStore::sagas(const QString& tenant)
{
    QSqlQuery& q = tenant.isEmpty()
                       ? m_store.query(QStringLiteral("SELECT ") + kSagaColumns +
                                       QStringLiteral(" FROM sagas ORDER BY tenant, order_id"))
                       : m_store.query(QStringLiteral("SELECT ") + kSagaColumns +
                                           QStringLiteral(" FROM sagas WHERE tenant = ? ORDER BY order_id"),
                                       {tenant});
    QList<SagaRow> rows;
    while (q.next())
        rows.append(readSaga(q));
    return rows;
}

QList<std::pair<QString, std::int64_t>> SagaStore::sagasByStatus()
{
    QSqlQuery& q =
        m_store.query(QStringLiteral("SELECT status, COUNT(*) FROM sagas GROUP BY status ORDER BY status"));
    QList<std::pair<QString, std::int64_t>> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toLongLong()});
    return rows;
}

void SagaStore::addStatusChange(const StatusChangeRow& row)
{
    m_store.query(QStringLiteral("INSERT INTO saga_status_changes (tenant, order_id, seq, from_status, to_status, "
                                 "at_ms) VALUES (?, ?, ?, ?, ?, ?)"),
                  {row.tenant, row.orderId, v(row.seq), row.from, row.to, v(row.atMs)});
}

QList<StatusChangeRow> SagaStore::statusChanges(const QString& tenant, const QString& orderId)
{
    QSqlQuery& q = m_store.query(QStringLiteral("SELECT tenant, order_id, seq, from_status, to_status, at_ms FROM "
                                                "saga_status_changes WHERE tenant = ? AND order_id = ? ORDER BY seq"),
                                 {tenant, orderId});
    QList<StatusChangeRow> rows;
    while (q.next())
        rows.append(StatusChangeRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                                    q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong()});
    return rows;
}

std::int64_t SagaStore::lastStatusSeq(const QString& tenant, const QString& orderId)
{
    QSqlQuery& q = m_store.query(
        QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM saga_status_changes WHERE tenant = ? AND order_id = ?"),
        {tenant, orderId});
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool SagaStore::insertPayment(const PaymentRow& row)
{
    if (payment(row.key))
        return false;
    m_store.query(QStringLiteral("INSERT INTO saga_payments (") + kPaymentColumns +
                      QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {row.key, row.tenant, row.orderId, row.op, v(row.amountMinor), row.authorizationId, row.status,
                   row.code, v(row.submittedAtMs), v(row.finishedAtMs), v(row.expiresAtMs)});
    return true;
}

void SagaStore::updatePayment(const PaymentRow& row)
{
    m_store.query(QStringLiteral("UPDATE saga_payments SET amount_minor = ?, authorization_id = ?, status = ?, "
                                 "code = ?, finished_at_ms = ?, expires_at_ms = ? WHERE key = ?"),
                  {v(row.amountMinor), row.authorizationId, row.status, row.code, v(row.finishedAtMs),
                   v(row.expiresAtMs), row.key});
}

std::optional<PaymentRow> SagaStore::payment(const QString& key)
{
    QSqlQuery& q = m_store.query(
        QStringLiteral("SELECT ") + kPaymentColumns + QStringLiteral(" FROM saga_payments WHERE key = ?"), {key});
    if (q.next())
        return readPayment(q);
    return std::nullopt;
}

QList<PaymentRow> SagaStore::paymentsPending()
{
    QSqlQuery& q = m_store.query(QStringLiteral("SELECT ") + kPaymentColumns +
                                 QStringLiteral(" FROM saga_payments WHERE status IN ('pending', 'review') "
                                                "ORDER BY submitted_at_ms, key"));
    QList<PaymentRow> rows;
    while (q.next())
        rows.append(readPayment(q));
    return rows;
}

QList<PaymentRow> SagaStore::payments(const QString& tenant, const QString& orderId)
{
    QSqlQuery& q = m_store.query(QStringLiteral("SELECT ") + kPaymentColumns +
                                     QStringLiteral(" FROM saga_payments WHERE tenant = ? AND order_id = ? "
                                                    "ORDER BY submitted_at_ms, key"),
                                 {tenant, orderId});
    QList<PaymentRow> rows;
    while (q.next())
        rows.append(readPayment(q));
    return rows;
}

void SagaStore::addNotification(const NotificationRow& row)
{
    m_store.query(QStringLiteral("INSERT INTO notifications (tenant, order_id, seq, kind, detail, status_seq, at_ms) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {row.tenant, row.orderId, v(row.seq), row.kind, row.detail, v(row.statusSeq), v(row.atMs)});
}

QList<NotificationRow> SagaStore::notifications(const QString& tenant, const QString& orderId)
{
    QSqlQuery& q =
        orderId.isEmpty()
            ? m_store.query(QStringLiteral("SELECT tenant, order_id, seq, kind, detail, status_seq, at_ms FROM "
                                           "notifications WHERE tenant = ? ORDER BY order_id, seq"),
                            {tenant})
            : m_store.query(QStringLiteral("SELECT tenant, order_id, seq, kind, detail, status_seq, at_ms FROM "
                                           "notifications WHERE tenant = ? AND order_id = ? ORDER BY seq"),
                            {tenant, orderId});
    QList<NotificationRow> rows;
    while (q.next())
        rows.append(NotificationRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                                    q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(),
                                    q.value(6).toLongLong()});
    return rows;
}

std::int64_t SagaStore::countNotifications(const QString& kind)
{
    QSqlQuery& q = kind.isEmpty()
                       ? m_store.query(QStringLiteral("SELECT COUNT(*) FROM notifications"))
                       : m_store.query(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE kind = ?"), {kind});
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool SagaStore::saveSnapshot(const QString& warehouse, const QString& tenant, std::int64_t takenAtMs,
                             const QHash<QString, std::int64_t>& available)
{
    std::int64_t held = -1;
    {
        QSqlQuery& q = m_store.query(
            QStringLiteral("SELECT taken_at_ms FROM stock_snapshots WHERE warehouse = ? AND tenant = ?"),
            {warehouse, tenant});
        if (q.next())
            held = q.value(0).toLongLong();
    }
    if (takenAtMs < held)
        return false;
    QJsonObject body;
    for (auto it = available.cbegin(); it != available.cend(); ++it)
        body.insert(it.key(), qint64(it.value()));
    m_store.query(QStringLiteral("INSERT INTO stock_snapshots (warehouse, tenant, taken_at_ms, body) VALUES "
                                 "(?, ?, ?, ?) ON CONFLICT (warehouse, tenant) DO UPDATE SET "
                                 "taken_at_ms = excluded.taken_at_ms, body = excluded.body"),
                  {warehouse, tenant, v(takenAtMs), json(body)});
    return true;
}

QHash<QString, std::int64_t> SagaStore::snapshot(const QString& warehouse, const QString& tenant,
                                                 std::int64_t* takenAtMs)
{
    QHash<QString, std::int64_t> available;
    QSqlQuery& q = m_store.query(
        QStringLiteral("SELECT taken_at_ms, body FROM stock_snapshots WHERE warehouse = ? AND tenant = ?"),
        {warehouse, tenant});
    if (!q.next())
        return available;
    if (takenAtMs)
        *takenAtMs = q.value(0).toLongLong();
    const QJsonObject body = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    for (auto it = body.begin(); it != body.end(); ++it)
        available.insert(it.key(), it.value().toInteger());
    return available;
}

std::optional<std::pair<QString, QString>> SagaStore::request(const QString& tenant, const QString& requestId)
{
    QSqlQuery& q = m_store.query(
        QStringLiteral("SELECT order_id, code FROM order_requests WHERE tenant = ? AND request_id = ?"),
        {tenant, requestId});
    if (q.next())
        return std::make_pair(q.value(0).toString(), q.value(1).toString());
    return std::nullopt;
}

void SagaStore::saveRequest(const QString& tenant, const QString& requestId, const QString& orderId,
                            const QString& code, std::int64_t atMs)
{
    m_store.query(QStringLiteral("INSERT INTO order_requests (tenant, request_id, order_id, code, at_ms) VALUES "
                                 "(?, ?, ?, ?, ?) ON CONFLICT (tenant, request_id) DO NOTHING"),
                  {tenant, requestId, orderId, code, v(atMs)});
}

std::int64_t SagaStore::countRequests()
{
    QSqlQuery& q = m_store.query(QStringLiteral("SELECT COUNT(*) FROM order_requests"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::int64_t SagaStore::nextSequence(const QString& name)
{
    m_store.query(QStringLiteral("INSERT INTO counters (name, value) VALUES (?, 1) ON CONFLICT (name) DO UPDATE "
                                 "SET value = counters.value + 1"),
                  {name});
    QSqlQuery& q = m_store.query(QStringLiteral("SELECT value FROM counters WHERE name = ?"), {name});
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<SagaRow> SagaStore::sagasWaiting(const QString& waiting, std::int64_t updatedBeforeMs, int limit)
{
    QSqlQuery& q = m_store.query(QStringLiteral("SELECT ") + kSagaColumns +
                                     QStringLiteral(" FROM sagas WHERE waiting = ? AND updated_at_ms <= ? "
                                                    "ORDER BY updated_at_ms, tenant, order_id LIMIT ?"),
                                 {waiting, v(updatedBeforeMs), limit});
    QList<SagaRow> rows;
    while (q.next())
        rows.append(readSaga(q));
    return rows;
}

QList<std::int64_t> SagaStore::stepDurations(const QString& fromStatus, const QString& toStatus)
{
    QSqlQuery& q = m_store.query(
        QStringLiteral("SELECT b.at_ms - a.at_ms FROM saga_status_changes a JOIN saga_status_changes b ON "
                       "b.tenant = a.tenant AND b.order_id = a.order_id AND b.to_status = ? WHERE a.to_status = ? "
                       "ORDER BY 1"),
        {toStatus, fromStatus});
    QList<std::int64_t> durations;
    while (q.next())
        durations.append(q.value(0).toLongLong());
    return durations;
}

} // namespace wh::central
