#pragma once

#include "Clock.h"
#include "Result.h"
#include "Sqlite.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace wh::db {

// A cloud-bound event waiting in the outbox, with what the wire needs and nothing more.
struct PendingEvent
{
    std::int64_t seq = 0;
    std::int64_t prevSeq = 0; // the tenant's previous cloud-bound event (0: its first)
    QString tenantId;
    QString eventId;
    QString type;
    QString aggregateType;
    QString aggregateId;
    std::int64_t version = 0;
    std::int64_t occurredAtMs = 0;
    QString userId;
    QString deviceId;
    QByteArray payload;
};

// Where one tenant's stream to the central service stands.
struct OutboxTenantState
{
    QString tenantId;
    std::int64_t pending = 0;
    std::int64_t lastSeq = 0;  // its newest cloud-bound event
    std::int64_t ackedSeq = 0; // the central service has everything up to here
    std::optional<QDateTime> ackedAt;
    std::optional<QDateTime> oldestPending;
};

// The sync engine's side of the store: reads what waits, in sequence order, and removes what the central
// service acknowledged. A row leaves only on an application-level acknowledgement, never on a broker's
// PUBACK; the store stays the only source of truth. Uses the connection of the store it came from (the
// engine's own, on its own thread).
class Outbox
{
public:
    Outbox(Connection& connection, const Clock& clock)
        : m_connection(connection)
        , m_clock(clock)
    {}

    // At most `limit` pending events after `afterSeq`, all tenants, in sequence order.
    Result<QList<PendingEvent>> pendingAfter(std::int64_t afterSeq, int limit);
    // The central service has every event of the tenant up to `upTo`: those rows leave, in one transaction.
    // An acknowledgement at or below the last one changes nothing (a duplicate); one beyond the tenant's
    // newest event is refused - it acknowledges events never sent. Returns the rows removed.
    Result<std::int64_t> acknowledge(const QString& tenantId, std::int64_t upTo);
    Result<QList<OutboxTenantState>> state();

    // After a restore (db/Backup): every tenant's stream is held, with its newest event then, until the
    // central service says where its cursor stands. Held streams send nothing (the sync engine); a cursor at
    // or below that event releases the hold (the central service has nothing this store lacks), one beyond it
    // keeps it: the central service has events of the same numbers that this store never had.
    Status holdAll();
    Result<QHash<QString, std::int64_t>> heldTenants(); // tenant -> its newest event when held
    Status release(const QString& tenantId);

private:
    Connection& m_connection;
    const Clock& m_clock;
};

} // namespace wh::db
