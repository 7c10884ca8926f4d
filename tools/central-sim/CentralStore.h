#pragma once

// What the central service keeps, through Qt SQL: each (warehouse, tenant) stream's cursors and counters,
// the events in chain order, aggregate versions, the numbered commands and their answers, the orders it
// follows and the violations it found. On an SQLite file or on PostgreSQL, with the same plain SQL (the rules
// are at the top of CentralStore.cpp). The caller wraps each handled message in one transaction (Transaction
// below), which holds the store's write lock; any SQL failure throws StoreError, and the guard rolls the
// message back.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <cstdint>
#include <optional>
#include <stdexcept>

namespace wh::central {

class StoreError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct StreamRow
{
    QString warehouse;
    QString tenant;
    std::int64_t cursor = 0;      // highest seq up to which the chain is unbroken
    std::int64_t highestSeen = 0; // highest seq that arrived at all
    std::int64_t events = 0;      // applied to the chain
    std::int64_t duplicates = 0;  // arrived again, ignored
    std::int64_t gaps = 0;        // batches that did not link to the cursor
    std::int64_t acksSent = 0;
    std::int64_t acksDropped = 0;  // fault injection
    std::int64_t commandsUpTo = 0; // the appliance's command cursor, as it last reported it
};

struct StoredEvent
{
    std::int64_t seq = 0;
    std::int64_t prev = 0;
    QString id;
    QString type;
    QString aggregateType;
    QString aggregateId;
    std::int64_t version = 0;
    QByteArray payload;
};

struct CommandRow
{
    QString warehouse;
    QString tenant;
    std::int64_t number = 0;
    QString id;
    QString type;
    QByteArray body;
    QString orderId; // empty for master data
    std::int64_t createdAtMs = 0;
    std::int64_t lastSentAtMs = 0; // 0: stored, not published yet
    std::int64_t sendCount = 0;
    QString outcome; // empty until answered; applied, refused, dead_letter, duplicate
    QString code;
    QString message;
    std::int64_t firstSeq = 0;
    std::int64_t lastSeq = 0;
    std::int64_t answers = 0; // results received for it, duplicates included
};

struct OrderRow
{
    QString warehouse;
    QString tenant;
    QString orderId;
    QString origin;                // client id of the instance that generated it; empty: seen only
    QString plan;                  // none, cancel_before, cancel_during, cancel_after, modify
    bool planDone = false;         // the planned follow-up command was sent
    QByteArray order;              // the ReserveInventory body
    QString state;                 // requested, reserved, failed, refused, picking, shipped, cancelled
    std::int64_t reservedSeq = 0;  // first InventoryReserved
    std::int64_t shippedSeq = 0;   // ShipmentConfirmed
    std::int64_t cancelledSeq = 0; // OrderStatusChanged to Cancelled
};

struct ViolationRow
{
    std::int64_t atMs = 0;
    QString kind;
    QString warehouse;
    QString tenant;
    QString detail;
};

class CentralStore
{
public:
    enum class Dialect
    {
        Sqlite,
        Postgres
    };

    // An SQLite file (created if missing; ":memory:" for a private one), or a PostgreSQL database given as
    // postgresql://user[:password]@host[:port]/dbname (postgres:// too; query items are passed to libpq,
    // e.g. ?sslmode=require). Creates the tables that are missing. Throws StoreError.
    explicit CentralStore(const QString& location);
    ~CentralStore();
    CentralStore(const CentralStore&) = delete;
    CentralStore& operator=(const CentralStore&) = delete;

    static bool isPostgresLocation(const QString& location);
    Dialect dialect() const { return m_dialect; }

    void begin();
    void commit();
    void rollback();

    StreamRow stream(const QString& warehouse, const QString& tenant);
    void saveStream(const StreamRow& row);
    QList<StreamRow> streams();

    std::optional<StoredEvent> eventBySeq(const QString& warehouse, const QString& tenant, std::int64_t seq);
    std::optional<StoredEvent> eventById(const QString& warehouse, const QString& tenant, const QString& id);
    QList<StoredEvent> eventsBetween(const QString& warehouse, const QString& tenant, std::int64_t first,
                                     std::int64_t last);
    // --ack-only: a batch kept whole (its new events first_seq..last_seq).
    void insertBatch(const QString& warehouse, const QString& tenant, std::int64_t firstSeq,
                     std::int64_t lastSeq, std::int64_t events, const QByteArray& body);
    // False when the tenant's chain already holds an event with this id (nothing inserted).
    bool insertEvent(const QString& warehouse, const QString& tenant, const StoredEvent& event);

    std::optional<std::int64_t> aggregateVersion(const QString& warehouse, const QString& tenant,
                                                 const QString& type, const QString& id);
    void setAggregateVersion(const QString& warehouse, const QString& tenant, const QString& type,
                             const QString& id, std::int64_t version);

    std::int64_t lastCommandNumber(const QString& warehouse, const QString& tenant);
    void insertCommand(const CommandRow& row);
    void updateCommand(const CommandRow& row);
    std::optional<CommandRow> command(const QString& warehouse, const QString& tenant, std::int64_t number);
    QList<CommandRow> commandsAfter(const QString& warehouse, const QString& tenant, std::int64_t number);
    // Commands at or below `number` whose answer never arrived (lost with a crash or with the link).
    QList<CommandRow> unansweredUpTo(const QString& warehouse, const QString& tenant, std::int64_t number);
    // Sent, beyond the appliance's reported cursor, and last sent at or before `sentBeforeMs`.
    QList<CommandRow> commandsDue(std::int64_t sentBeforeMs);
    QList<CommandRow> allCommands();
    std::int64_t countCommands(const QString& type);
    std::int64_t countUnanswered();
    // Orders of this origin whose commands are not all answered.
    std::int64_t openOrders(const QString& origin);

    std::optional<OrderRow> order(const QString& warehouse, const QString& tenant, const QString& orderId);
    void saveOrder(const OrderRow& row); // insert or update
    std::int64_t countOrders(const QString& origin);
    QList<std::pair<QString, std::int64_t>> ordersByState();

    void addViolation(const ViolationRow& row);
    QList<ViolationRow> violations(int limit);
    std::int64_t countViolations();

    // For the store's other tables (SagaStore): runs `sql` (prepared once, cached) with `binds`; throws
    // StoreError. The result is read before the same statement runs again.
    QSqlQuery& query(const QString& sql, const QVariantList& binds = {});

private:
    void openSqlite(const QString& path);
    void openPostgres(const QString& location);

    QString m_connection;
    QSqlDatabase m_db;
    Dialect m_dialect = Dialect::Sqlite;
    QHash<QString, QSqlQuery> m_queries; // prepared statements by SQL text
};

// Rolls back unless committed: a message either changes the store as a whole or not at all.
class Transaction
{
public:
    explicit Transaction(CentralStore& store)
        : m_store(store)
    {
        m_store.begin();
    }
    ~Transaction()
    {
        if (!m_done) {
            try {
                m_store.rollback();
            } catch (const StoreError&) {
                // The connection is already unusable; the error that got us here is the one to report.
            }
        }
    }
    void commit()
    {
        m_store.commit();
        m_done = true;
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

private:
    CentralStore& m_store;
    bool m_done = false;
};

} // namespace wh::central
