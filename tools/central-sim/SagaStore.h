#pragma once

// The saga's tables in the central store: each order's saga state (JSON, any store keeps it), its status
// history, its payment operations (an outbox: submitted, then finished with the provider's answer), the
// customer notifications it wrote, and the latest stock snapshot per warehouse and tenant. Plain SQL, as in
// CentralStore: it runs on SQLite and PostgreSQL alike. Every write happens inside the caller's Transaction.

#include "CentralStore.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace wh::central {

struct SagaRow
{
    QString tenant;
    QString orderId;
    QString status;
    QString waiting;
    QJsonObject state;
    std::int64_t createdAtMs = 0;
    std::int64_t updatedAtMs = 0;
};

struct StatusChangeRow
{
    QString tenant;
    QString orderId;
    std::int64_t seq = 0; // per order, from 1
    QString from;
    QString to;
    std::int64_t atMs = 0;
};

struct PaymentRow
{
    QString key; // the idempotency key the saga chose
    QString tenant;
    QString orderId;
    QString op; // authorize, capture, void, refund
    std::int64_t amountMinor = 0;
    QString authorizationId;
    QString status; // pending, approved, declined, rejected, review, failed, expired
    QString code;
    std::int64_t submittedAtMs = 0;
    std::int64_t finishedAtMs = 0;
    std::int64_t expiresAtMs = 0;
};

struct NotificationRow
{
    QString tenant;
    QString orderId;
    std::int64_t seq = 0; // per order, from 1
    QString kind;         // confirmation, shipped, delivered, cancelled, refunded
    QString detail;
    std::int64_t statusSeq = 0; // the status change it tells of
    std::int64_t atMs = 0;
};

class SagaStore
{
public:
    explicit SagaStore(CentralStore& store); // creates the tables; throws StoreError

    std::optional<SagaRow> saga(const QString& tenant, const QString& orderId);
    void saveSaga(const SagaRow& row); // insert or update
    QList<SagaRow> sagas(const QString& tenant = {});
    QList<std::pair<QString, std::int64_t>> sagasByStatus();

    void addStatusChange(const StatusChangeRow& row);
    QList<StatusChangeRow> statusChanges(const QString& tenant, const QString& orderId);
    std::int64_t lastStatusSeq(const QString& tenant, const QString& orderId);

    // False when the key is already there (a replay: nothing written).
    bool insertPayment(const PaymentRow& row);
    void updatePayment(const PaymentRow& row);
    std::optional<PaymentRow> payment(const QString& key);
    QList<PaymentRow> paymentsPending();
    QList<PaymentRow> payments(const QString& tenant, const QString& orderId);

    void addNotification(const NotificationRow& row);
    QList<NotificationRow> notifications(const QString& tenant, const QString& orderId = {});
    std::int64_t countNotifications(const QString& kind = {});

    // The latest snapshot of a warehouse's stock for a tenant (SKU -> available); an older one is ignored.
    bool saveSnapshot(const QString& warehouse, const QString& tenant, std::int64_t takenAtMs,
                      const QHash<QString, std::int64_t>& available);
    QHash<QString, std::int64_t> snapshot(const QString& warehouse, const QString& tenant,
                                          std::int64_t* takenAtMs = nullptr);

    // The gateway's memory of client request ids: the same id answers as the first time.
    std::optional<std::pair<QString, QString>> request(const QString& tenant, const QString& requestId); // order, code
    void saveRequest(const QString& tenant, const QString& requestId, const QString& orderId, const QString& code,
                     std::int64_t atMs);
    std::int64_t countRequests();
    // A named counter's next value, from 1 (order numbers per tenant).
    std::int64_t nextSequence(const QString& name);
    // Sagas in a waiting state whose last change is at or before `updatedBeforeMs`, oldest first.
    QList<SagaRow> sagasWaiting(const QString& waiting, std::int64_t updatedBeforeMs, int limit);
    // Status changes from one status to another, their durations per order: (order, ms).
    QList<std::int64_t> stepDurations(const QString& fromStatus, const QString& toStatus);

private:
    CentralStore& m_store;
};

} // namespace wh::central
