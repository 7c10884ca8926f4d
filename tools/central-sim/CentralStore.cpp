#include "CentralStore.h"

#include <QAtomicInteger>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QElapsedTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

// The store runs on SQLite (a file) and on PostgreSQL (a connection string), with the same statements.
// Rules for every table and statement added here, so that stays true:
// - Types: TEXT for strings and JSON (valid UTF-8, no NUL), BIGINT for integers that can grow (sequences,
//   counters, times in ms since the epoch), INTEGER 0/1 for booleans (bind an int, read toInt() != 0; no
//   BOOLEAN, SQLite would hand back 0/1 and PostgreSQL true/false), BYTEA for raw bytes bound as
//   QByteArray (PostgreSQL's bytes; SQLite keeps a bound blob as it is). No AUTOINCREMENT/SERIAL: keys are
//   the data's own (composite primary keys) or numbers taken inside the storing transaction.
// - Upserts: INSERT ... ON CONFLICT (the primary key's or a unique index's exact columns) DO UPDATE SET
//   col = excluded.col, or ON CONFLICT DO NOTHING; never INSERT OR REPLACE / REPLACE INTO.
// - Reads: COUNT(*), SUM and MAX come back as a 64-bit integer on PostgreSQL: read them with toLongLong();
//   MAX of no rows is NULL (toLongLong() gives 0). COALESCE, not IFNULL; || for concatenation, not CONCAT;
//   LIMIT ? with a bound number; ORDER BY every column the order depends on. No SQLite-only functions
//   (datetime, julianday, printf, json_*, rowid) nor PostgreSQL-only ones outside the dialect code below.
// - Placeholders are positional (?); the driver turns them into $1.. on PostgreSQL.
// - DDL: CREATE TABLE / CREATE [UNIQUE] INDEX IF NOT EXISTS, added to kSchema; PRAGMAs and other dialect
//   settings only in the constructor's branch for their back end.
// - Every write goes through a Transaction. begin() takes the store's write lock on both back ends
//   (SQLite: BEGIN IMMEDIATE; PostgreSQL: a transaction-scoped advisory lock in READ COMMITTED), so a
//   transaction that reads and then writes (a stream's cursor, MAX(number) + 1 for a command) sees every
//   earlier commit and no other instance on the same store writes in between. On PostgreSQL a failed
//   statement aborts the whole transaction: throw StoreError at once (run() does) and let the guard roll
//   back; never go on after one.

namespace wh::central {

namespace {

const char* const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS streams ("
    " warehouse TEXT NOT NULL, tenant TEXT NOT NULL,"
    " cursor_seq BIGINT NOT NULL, highest_seen BIGINT NOT NULL,"
    " events BIGINT NOT NULL, duplicates BIGINT NOT NULL, gaps BIGINT NOT NULL,"
    " acks_sent BIGINT NOT NULL, acks_dropped BIGINT NOT NULL, commands_up_to BIGINT NOT NULL,"
    " PRIMARY KEY (warehouse, tenant))",
    "CREATE TABLE IF NOT EXISTS events ("
    " warehouse TEXT NOT NULL, tenant TEXT NOT NULL, seq BIGINT NOT NULL, prev BIGINT NOT NULL,"
    " id TEXT NOT NULL, type TEXT NOT NULL, aggregate_type TEXT NOT NULL, aggregate_id TEXT NOT NULL,"
    " version BIGINT NOT NULL, payload TEXT NOT NULL,"
    " PRIMARY KEY (warehouse, tenant, seq))",
    "CREATE UNIQUE INDEX IF NOT EXISTS events_unique_id ON events (warehouse, tenant, id)",
    // BYTEA: PostgreSQL's bytes; on SQLite a bound blob is stored as it is, whatever the column's affinity.
    "CREATE TABLE IF NOT EXISTS batches ("
    " warehouse TEXT NOT NULL, tenant TEXT NOT NULL, first_seq BIGINT NOT NULL, last_seq BIGINT NOT NULL,"
    " events BIGINT NOT NULL, body BYTEA NOT NULL, PRIMARY KEY (warehouse, tenant, first_seq))",
    "CREATE TABLE IF NOT EXISTS aggregates ("
    " warehouse TEXT NOT NULL, tenant TEXT NOT NULL, aggregate_type TEXT NOT NULL,"
    " aggregate_id TEXT NOT NULL, version BIGINT NOT NULL,"
    " PRIMARY KEY (warehouse, tenant, aggregate_type, aggregate_id))",
    "CREATE TABLE IF NOT EXISTS commands ("
    " warehouse TEXT NOT NULL, tenant TEXT NOT NULL, number BIGINT NOT NULL, id TEXT NOT NULL,"
    " type TEXT NOT NULL, body TEXT NOT NULL, order_id TEXT NOT NULL, created_at_ms BIGINT NOT NULL,"
    " last_sent_at_ms BIGINT NOT NULL, send_count BIGINT NOT NULL, outcome TEXT NOT NULL,"
    " code TEXT NOT NULL, message TEXT NOT NULL, first_seq BIGINT NOT NULL, last_seq BIGINT NOT NULL,"
    " answers BIGINT NOT NULL,"
    " PRIMARY KEY (warehouse, tenant, number))",
    "CREATE UNIQUE INDEX IF NOT EXISTS commands_by_id ON commands (id)",
    "CREATE TABLE IF NOT EXISTS orders ("
    " warehouse TEXT NOT NULL, tenant TEXT NOT NULL, order_id TEXT NOT NULL, origin TEXT NOT NULL,"
    " plan TEXT NOT NULL, plan_done INTEGER NOT NULL, body TEXT NOT NULL, state TEXT NOT NULL,"
    " reserved_seq BIGINT NOT NULL, shipped_seq BIGINT NOT NULL, cancelled_seq BIGINT NOT NULL,"
    " PRIMARY KEY (warehouse, tenant, order_id))",
    "CREATE TABLE IF NOT EXISTS violations ("
    " at_ms BIGINT NOT NULL, kind TEXT NOT NULL, warehouse TEXT NOT NULL, tenant TEXT NOT NULL,"
    " detail TEXT NOT NULL)",
    // The sagas (SagaStore.h).
    "CREATE TABLE IF NOT EXISTS sagas ("
    " tenant TEXT NOT NULL, order_id TEXT NOT NULL, status TEXT NOT NULL, waiting TEXT NOT NULL,"
    " state TEXT NOT NULL, created_at_ms BIGINT NOT NULL, updated_at_ms BIGINT NOT NULL,"
    " PRIMARY KEY (tenant, order_id))",
    "CREATE TABLE IF NOT EXISTS saga_status_changes ("
    " tenant TEXT NOT NULL, order_id TEXT NOT NULL, seq BIGINT NOT NULL, from_status TEXT NOT NULL,"
    " to_status TEXT NOT NULL, at_ms BIGINT NOT NULL, PRIMARY KEY (tenant, order_id, seq))",
    "CREATE TABLE IF NOT EXISTS saga_payments ("
    " key TEXT NOT NULL PRIMARY KEY, tenant TEXT NOT NULL, order_id TEXT NOT NULL, op TEXT NOT NULL,"
    " amount_minor BIGINT NOT NULL, authorization_id TEXT NOT NULL, status TEXT NOT NULL, code TEXT NOT NULL,"
    " submitted_at_ms BIGINT NOT NULL, finished_at_ms BIGINT NOT NULL, expires_at_ms BIGINT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS saga_payments_pending ON saga_payments (status)",
    "CREATE INDEX IF NOT EXISTS saga_payments_by_order ON saga_payments (tenant, order_id)",
    "CREATE TABLE IF NOT EXISTS notifications ("
    " tenant TEXT NOT NULL, order_id TEXT NOT NULL, seq BIGINT NOT NULL, kind TEXT NOT NULL,"
    " detail TEXT NOT NULL, status_seq BIGINT NOT NULL, at_ms BIGINT NOT NULL,"
    " PRIMARY KEY (tenant, order_id, seq))",
    "CREATE INDEX IF NOT EXISTS sagas_waiting ON sagas (waiting, updated_at_ms)",
    // Counting sagas by status (the generator's open-order bound, the summary) reads this index, not every
    // saga's state: without it each generated order scanned the whole table (10,000 open orders: seconds).
    "CREATE INDEX IF NOT EXISTS sagas_by_status ON sagas (status)",
    "CREATE TABLE IF NOT EXISTS order_requests ("
    " tenant TEXT NOT NULL, request_id TEXT NOT NULL, order_id TEXT NOT NULL, code TEXT NOT NULL,"
    " at_ms BIGINT NOT NULL, PRIMARY KEY (tenant, request_id))",
    "CREATE TABLE IF NOT EXISTS counters (name TEXT NOT NULL PRIMARY KEY, value BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS stock_snapshots ("
    " warehouse TEXT NOT NULL, tenant TEXT NOT NULL, taken_at_ms BIGINT NOT NULL, body TEXT NOT NULL,"
    " PRIMARY KEY (warehouse, tenant))",
};

QAtomicInteger<int> s_connections;

// The key of PostgreSQL's advisory lock that stands for "the store's write lock" (begin()); advisory locks
// are per database, so stores in other databases of the same server do not contend. ASCII "whcs".
constexpr qint64 kPostgresStoreLock = 0x77686373;

QVariant v(std::int64_t value)
{
    return QVariant::fromValue(qint64(value));
}

StreamRow readStream(const QSqlQuery& q)
{
    StreamRow r;
    r.warehouse = q.value(0).toString();
    r.tenant = q.value(1).toString();
    r.cursor = q.value(2).toLongLong();
    r.highestSeen = q.value(3).toLongLong();
    r.events = q.value(4).toLongLong();
    r.duplicates = q.value(5).toLongLong();
    r.gaps = q.value(6).toLongLong();
    r.acksSent = q.value(7).toLongLong();
    r.acksDropped = q.value(8).toLongLong();
    r.commandsUpTo = q.value(9).toLongLong();
    return r;
}
const QString kStreamColumns = QStringLiteral(
    "warehouse, tenant, cursor_seq, highest_seen, events, duplicates, gaps, acks_sent, acks_dropped, "
    "commands_up_to");

StoredEvent readEvent(const QSqlQuery& q)
{
    StoredEvent e;
    e.seq = q.value(0).toLongLong();
    e.prev = q.value(1).toLongLong();
    e.id = q.value(2).toString();
    e.type = q.value(3).toString();
    e.aggregateType = q.value(4).toString();
    e.aggregateId = q.value(5).toString();
    e.version = q.value(6).toLongLong();
    e.payload = q.value(7).toString().toUtf8();
    return e;
}
const QString kEventColumns =
    QStringLiteral("seq, prev, id, type, aggregate_type, aggregate_id, version, payload");

CommandRow readCommand(const QSqlQuery& q)
{
    CommandRow c;
    c.warehouse = q.value(0).toString();
    c.tenant = q.value(1).toString();
    c.number = q.value(2).toLongLong();
    c.id = q.value(3).toString();
    c.type = q.value(4).toString();
    c.body = q.value(5).toString().toUtf8();
    c.orderId = q.value(6).toString();
    c.createdAtMs = q.value(7).toLongLong();
    c.lastSentAtMs = q.value(8).toLongLong();
    c.sendCount = q.value(9).toLongLong();
    c.outcome = q.value(10).toString();
    c.code = q.value(11).toString();
    c.message = q.value(12).toString();
    c.firstSeq = q.value(13).toLongLong();
    c.lastSeq = q.value(14).toLongLong();
    c.answers = q.value(15).toLongLong();
    return c;
}
const QString kCommandColumns = QStringLiteral(
    "c.warehouse, c.tenant, c.number, c.id, c.type, c.body, c.order_id, c.created_at_ms, c.last_sent_at_ms, "
    "c.send_count, c.outcome, c.code, c.message, c.first_seq, c.last_seq, c.answers");

OrderRow readOrder(const QSqlQuery& q)
{
    OrderRow o;
    o.warehouse = q.value(0).toString();
    o.tenant = q.value(1).toString();
    o.orderId = q.value(2).toString();
    o.origin = q.value(3).toString();
    o.plan = q.value(4).toString();
    o.planDone = q.value(5).toInt() != 0;
    o.order = q.value(6).toString().toUtf8();
    o.state = q.value(7).toString();
    o.reservedSeq = q.value(8).toLongLong();
    o.shippedSeq = q.value(9).toLongLong();
    o.cancelledSeq = q.value(10).toLongLong();
    return o;
}

} // namespace

bool CentralStore::isPostgresLocation(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

CentralStore::CentralStore(const QString& location)
    : m_connection(QStringLiteral("central-store-%1").arg(s_connections.fetchAndAddRelaxed(1)))
{
    if (isPostgresLocation(location))
        openPostgres(location);
    else
        openSqlite(location);
}

void CentralStore::openSqlite(const QString& path)
{
    m_dialect = Dialect::Sqlite;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!m_db.isValid())
        throw StoreError("the Qt SQLite driver (QSQLITE) is not installed");
    m_db.setDatabaseName(path);
    // Two instances may share one file (--share-group): wait for the other's transaction, do not fail.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_db.open())
        throw StoreError("cannot open the store " + path.toStdString() + ": " +
                         m_db.lastError().text().toStdString());
    QSqlQuery q(m_db);
    if (path != QLatin1String(":memory:")) {
        // Switching to WAL needs the file to itself for a moment. When two instances open a new file together,
        // SQLite may refuse one of them at once instead of calling the busy handler: try again for a while.
        QElapsedTimer waited;
        waited.start();
        while (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
            if (waited.elapsed() > 10'000)
                throw StoreError("cannot switch the store to WAL: " + q.lastError().text().toStdString());
            QThread::msleep(50);
        }
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
    for (const char* statement : kSchema)
        if (!q.exec(QLatin1String(statement)))
            throw StoreError("cannot create the schema: " + q.lastError().text().toStdString());
}

// postgresql://user[:password]@host[:port]/dbname[?libpq-option=value&...]
void CentralStore::openPostgres(const QString& location)
{
    m_dialect = Dialect::Postgres;
    const QUrl url(location, QUrl::StrictMode);
    // The password stays out of every message.
    const std::string shown = url.toDisplayString(QUrl::RemovePassword).toStdString();
    const QString database = url.path(QUrl::FullyDecoded).mid(1);
    if (!url.isValid() || url.host().isEmpty() || database.isEmpty() || database.contains(QLatin1Char('/')))
        throw StoreError(
            "not a PostgreSQL connection string (postgresql://user[:password]@host[:port]/dbname): " + shown);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw StoreError("the Qt PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql); "
                         "needed for the store " +
                         shown);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    m_db.setHostName(url.host());
    m_db.setPort(url.port(5432));
    m_db.setDatabaseName(database);
    m_db.setUserName(url.userName(QUrl::FullyDecoded));
    m_db.setPassword(url.password(QUrl::FullyDecoded));
    // Query items are libpq connection parameters (sslmode, connect_timeout, ...); a server that does not
    // answer fails the start within seconds instead of hanging it.
    QStringList options;
    bool timeoutGiven = false;
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        options.append(key + QLatin1Char('=') + value);
        timeoutGiven = timeoutGiven || key == QLatin1String("connect_timeout");
    }
    if (!timeoutGiven)
        options.append(QStringLiteral("connect_timeout=10"));
    m_db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!m_db.open())
        throw StoreError("cannot open the store " + shown + ": " + m_db.lastError().text().toStdString());
    QSqlQuery q(m_db);
    // CREATE ... IF NOT EXISTS reports "already exists, skipping" as a notice on every start.
    q.exec(QStringLiteral("SET client_min_messages TO WARNING"));
    // Two instances starting at once on a fresh database would race on the catalog: create under the lock.
    begin();
    for (const char* statement : kSchema)
        if (!q.exec(QLatin1String(statement))) {
            const std::string error = q.lastError().text().toStdString();
            rollback();
            throw StoreError("cannot create the schema: " + error);
        }
    commit();
}

CentralStore::~CentralStore()
{
    m_queries.clear(); // before the connection goes
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

namespace {

// Prepared once per store and statement, then bound and run again: preparing every time cost more than
// running. A statement's result is read before the same
// statement runs again (no caller nests one statement in itself).
QSqlQuery& run(const QSqlDatabase& db, QHash<QString, QSqlQuery>& cache, const QString& sql,
               const QVariantList& binds = {})
{
    auto it = cache.find(sql);
    if (it == cache.end()) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            throw StoreError("cannot prepare " + sql.toStdString() + ": " +
                             q.lastError().text().toStdString());
        it = cache.insert(sql, std::move(q));
    }
    QSqlQuery& q = it.value();
    q.finish();
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant& b = binds[i];
        // Every text column is NOT NULL: a null QString (an absent code, an empty tenant) is stored as ''.
        if (b.metaType().id() == QMetaType::QString && b.toString().isNull())
            q.bindValue(i, QStringLiteral(""));
        else
            q.bindValue(i, b);
    }
    if (!q.exec())
        throw StoreError("cannot run " + sql.toStdString() + ": " + q.lastError().text().toStdString());
    return q;
}

} // namespace

QSqlQuery& CentralStore::query(const QString& sql, const QVariantList& binds)
{
    return run(m_db, m_queries, sql, binds);
}

void CentralStore::begin()
{
    // Both back ends give one writer at a time per store, so two instances sharing it (--share-group)
    // serialize whole messages: each reads the cursor, the counters and MAX(number) the other just committed.
    // A cached statement not read to its end keeps an old snapshot open, and a write transaction begun on
    // an old snapshot fails at once when another instance wrote meanwhile: end them all first.
    for (QSqlQuery& q : m_queries)
        q.finish();
    if (m_dialect == Dialect::Sqlite) {
        // IMMEDIATE takes the write lock at once instead of failing at the first write.
        run(m_db, m_queries, QStringLiteral("BEGIN IMMEDIATE"));
        return;
    }
    // PostgreSQL locks rows, not the store: two transactions that read MAX(number) (or a stream's counters)
    // and then write would both read the same value, and one would fail on the primary key or lose the
    // other's update. A transaction-scoped advisory lock, taken first, makes them wait for each other
    // instead; in READ COMMITTED (the default, and required here) every statement after it sees what the
    // other committed. SERIALIZABLE would need the whole message handled again on a serialization failure,
    // with its publishes and fault-injection rolls; the lock needs no retry and cannot deadlock (there is
    // one). The lock is released by COMMIT or ROLLBACK, also when the connection drops.
    if (!m_db.transaction())
        throw StoreError("cannot begin: " + m_db.lastError().text().toStdString());
    try {
        run(m_db, m_queries, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kPostgresStoreLock))
            .finish();
    } catch (const StoreError&) {
        m_db.rollback();
        throw;
    }
}

void CentralStore::commit()
{
    if (m_dialect == Dialect::Sqlite) {
        run(m_db, m_queries, QStringLiteral("COMMIT"));
        return;
    }
    // Qt reports a COMMIT that PostgreSQL turned into a ROLLBACK (an aborted transaction) as a failure.
    if (!m_db.commit())
        throw StoreError("cannot commit: " + m_db.lastError().text().toStdString());
}

void CentralStore::rollback()
{
    if (m_dialect == Dialect::Sqlite) {
        run(m_db, m_queries, QStringLiteral("ROLLBACK"));
        return;
    }
    if (!m_db.rollback())
        throw StoreError("cannot roll back: " + m_db.lastError().text().toStdString());
}

StreamRow CentralStore::stream(const QString& warehouse, const QString& tenant)
{
    QSqlQuery& q = run(m_db, m_queries,
                       QStringLiteral("SELECT ") + kStreamColumns +
                           QStringLiteral(" FROM streams WHERE warehouse = ? AND tenant = ?"),
                       {warehouse, tenant});
    if (q.next())
        return readStream(q);
    StreamRow r;
    r.warehouse = warehouse;
    r.tenant = tenant;
    return r;
}

void CentralStore::saveStream(const StreamRow& r)
{
    run(m_db, m_queries,
        QStringLiteral("INSERT INTO streams (") + kStreamColumns +
            QStringLiteral(
                ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (warehouse, tenant) DO UPDATE SET "
                "cursor_seq = excluded.cursor_seq, highest_seen = excluded.highest_seen, "
                "events = excluded.events, duplicates = excluded.duplicates, gaps = excluded.gaps, "
                "acks_sent = excluded.acks_sent, acks_dropped = excluded.acks_dropped, "
                "commands_up_to = excluded.commands_up_to"),
        {r.warehouse, r.tenant, v(r.cursor), v(r.highestSeen), v(r.events), v(r.duplicates), v(r.gaps),
         v(r.acksSent), v(r.acksDropped), v(r.commandsUpTo)});
}

QList<StreamRow> CentralStore::streams()
{
    QSqlQuery& q = run(m_db, m_queries,
                       QStringLiteral("SELECT ") + kStreamColumns +
                           QStringLiteral(" FROM streams ORDER BY warehouse, tenant"));
    QList<StreamRow> rows;
    while (q.next())
        rows.append(readStream(q));
    return rows;
}

std::optional<StoredEvent> CentralStore::eventBySeq(const QString& warehouse, const QString& tenant,
                                                    std::int64_t seq)
{
    QSqlQuery& q = run(m_db, m_queries,
                       QStringLiteral("SELECT ") + kEventColumns +
                           QStringLiteral(" FROM events WHERE warehouse = ? AND tenant = ? AND seq = ?"),
                       {warehouse, tenant, v(seq)});
    if (q.next())
        return readEvent(q);
    return std::nullopt;
}

std::optional<StoredEvent> CentralStore::eventById(const QString& warehouse, const QString& tenant,
                                                   const QString& id)
{
    QSqlQuery& q = run(m_db, m_queries,
                       QStringLiteral("SELECT ") + kEventColumns +
                           QStringLiteral(" FROM events WHERE warehouse = ? AND tenant = ? AND id = ?"),
                       {warehouse, tenant, id});
    if (q.next())
        return readEvent(q);
    return std::nullopt;
}

QList<StoredEvent> CentralStore::eventsBetween(const QString& warehouse, const QString& tenant,
                                               std::int64_t first, std::int64_t last)
{
    QSqlQuery& q = run(m_db, m_queries,
                       QStringLiteral("SELECT ") + kEventColumns +
                           QStringLiteral(" FROM events WHERE warehouse = ? AND tenant = ? AND seq >= ? AND "
                                          "seq <= ? ORDER BY seq"),
                       {warehouse, tenant, v(first), v(last)});
    QList<StoredEvent> rows;
    while (q.next())
        rows.append(readEvent(q));
    return rows;
}

void CentralStore::insertBatch(const QString& warehouse, const QString& tenant, std::int64_t firstSeq,
                               std::int64_t lastSeq, std::int64_t events, const QByteArray& body)
{
    run(m_db, m_queries,
        QStringLiteral("INSERT INTO batches (warehouse, tenant, first_seq, last_seq, events, body) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {warehouse, tenant, v(firstSeq), v(lastSeq), v(events),
         body}); // bytes as they came: no UTF-16 round trip
}

bool CentralStore::insertEvent(const QString& warehouse, const QString& tenant, const StoredEvent& e)
{
    // An event id already in the tenant's chain is not inserted again: the caller reports it.
    QSqlQuery& q = run(m_db, m_queries,
                       QStringLiteral("INSERT INTO events (warehouse, tenant, ") + kEventColumns +
                           QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                       {warehouse, tenant, v(e.seq), v(e.prev), e.id, e.type, e.aggregateType, e.aggregateId,
                        v(e.version), QString::fromUtf8(e.payload)});
    return q.numRowsAffected() == 1;
}

std::optional<std::int64_t> CentralStore::aggregateVersion(const QString& warehouse, const QString& tenant,
                                                           const QString& type, const QString& id)
{
    QSqlQuery& q = run(m_db, m_queries,
                       QStringLiteral("SELECT version FROM aggregates WHERE warehouse = ? AND tenant = ? AND "
                                      "aggregate_type = ? AND aggregate_id = ?"),
                       {warehouse, tenant, type, id});
    if (q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

void CentralStore::setAggregateVersion(const QString& warehouse, const QString& tenant, const QString& type,
                                       const QString& id, std::int64_t version)
{
    run(m_db, m_queries,
        QStringLiteral("INSERT INTO aggregates (warehouse, tenant, aggregate_type, aggregate_id, version) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (warehouse, tenant, aggregate_type, aggregate_id) "
                       "DO UPDATE SET version = excluded.version"),
        {warehouse, tenant, type, id, v(version)});
}

std::int64_t CentralStore::lastCommandNumber(const QString& warehouse, const QString& tenant)
{
    QSqlQuery& q = run(m_db, m_queries,
                       QStringLiteral("SELECT MAX(number) FROM commands WHERE warehouse = ? AND tenant = ?"),
                       {warehouse, tenant});
    return q.next() ? q.value(0).toLongLong() : 0;
}

void CentralStore::insertCommand(const CommandRow& c)
{
    run(m_db, m_queries,
        QStringLiteral("INSERT INTO commands (warehouse, tenant, number, id, type, body, order_id, "
                       "created_at_ms, last_sent_at_ms, send_count, outcome, code, message, first_seq, "
                       "last_seq, answers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {c.warehouse, c.tenant, v(c.number), c.id, c.type, QString::fromUtf8(c.body), c.orderId,
         v(c.createdAtMs), v(c.lastSentAtMs), v(c.sendCount), c.outcome, c.code, c.message, v(c.firstSeq),
         v(c.lastSeq), v(c.answers)});
}

void CentralStore::updateCommand(const CommandRow& c)
{
    run(m_db, m_queries,
        QStringLiteral("UPDATE commands SET last_sent_at_ms = ?, send_count = ?, outcome = ?, code = ?, "
                       "message = ?, first_seq = ?, last_seq = ?, answers = ? WHERE warehouse = ? AND "
                       "tenant = ? AND number = ?"),
        {v(c.lastSentAtMs), v(c.sendCount), c.outcome, c.code, c.message, v(c.firstSeq), v(c.lastSeq),
         v(c.answers), c.warehouse, c.tenant, v(c.number)});
}

std::optional<CommandRow> CentralStore::command(const QString& warehouse, const QString& tenant,
                                                std::int64_t number)
{
    QSqlQuery& q = run(m_db, m_queries,
                       QStringLiteral("SELECT ") + kCommandColumns +
                           QStringLiteral(" FROM commands c WHERE c.warehouse = ? AND c.tenant = ? AND "
                                          "c.number = ?"),
                       {warehouse, tenant, v(number)});
    if (q.next())
        return readCommand(q);
    return std::nullopt;
}

QList<CommandRow> CentralStore::commandsAfter(const QString& warehouse, const QString& tenant,
                                              std::int64_t number)
{
    QSqlQuery& q = run(m_db, m_queries,
                       QStringLiteral("SELECT ") + kCommandColumns +
                           QStringLiteral(" FROM commands c WHERE c.warehouse = ? AND c.tenant = ? AND "
                                          "c.number > ? ORDER BY c.number"),
                       {warehouse, tenant, v(number)});
    QList<CommandRow> rows;
    while (q.next())
        rows.append(readCommand(q));
    return rows;
}

QList<CommandRow> CentralStore::unansweredUpTo(const QString& warehouse, const QString& tenant,
                                               std::int64_t number)
{
    QSqlQuery& q = run(m_db, m_queries,
                       QStringLiteral("SELECT ") + kCommandColumns +
                           QStringLiteral(" FROM commands c WHERE c.warehouse = ? AND c.tenant = ? AND "
                                          "c.number <= ? AND c.outcome = '' ORDER BY c.number"),
                       {warehouse, tenant, v(number)});
    QList<CommandRow> rows;
    while (q.next())
        rows.append(readCommand(q));
    return rows;
}

QList<CommandRow> CentralStore::commandsDue(std::int64_t sentBeforeMs)
{
    QSqlQuery& q =
        run(m_db, m_queries,
            QStringLiteral("SELECT ") + kCommandColumns +
                QStringLiteral(" FROM commands c LEFT JOIN streams s ON s.warehouse = c.warehouse AND "
                               "s.tenant = c.tenant WHERE (c.number > COALESCE(s.commands_up_to, 0) OR c.outcome = '') "
                               "AND c.last_sent_at_ms <= ? ORDER BY c.warehouse, c.tenant, c.number"),
            {v(sentBeforeMs)});
    QList<CommandRow> rows;
    while (q.next())
        rows.append(readCommand(q));
    return rows;
}

QList<CommandRow> CentralStore::allCommands()
{
    QSqlQuery& q = run(m_db, m_queries,
                       QStringLiteral("SELECT ") + kCommandColumns +
                           QStringLiteral(" FROM commands c ORDER BY c.warehouse, c.tenant, c.number"));
    QList<CommandRow> rows;
    while (q.next())
        rows.append(readCommand(q));
    return rows;
}

std::int64_t CentralStore::countCommands(const QString& type)
{
    QSqlQuery& q =
        run(m_db, m_queries, QStringLiteral("SELECT COUNT(*) FROM commands WHERE type = ?"), {type});
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::int64_t CentralStore::countUnanswered()
{
    QSqlQuery& q = run(m_db, m_queries, QStringLiteral("SELECT COUNT(*) FROM commands WHERE outcome = ''"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::int64_t CentralStore::openOrders(const QString& origin)
{
    QSqlQuery& q = run(m_db, m_queries,
                       QStringLiteral("SELECT COUNT(DISTINCT c.order_id) FROM commands c JOIN orders o ON "
                                      "o.warehouse = c.warehouse AND o.tenant = c.tenant AND o.order_id = "
                                      "c.order_id WHERE o.origin = ? AND c.outcome = ''"),
                       {origin});
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<OrderRow> CentralStore::order(const QString& warehouse, const QString& tenant,
                                            const QString& orderId)
{
    QSqlQuery& q =
        run(m_db, m_queries,
            QStringLiteral("SELECT warehouse, tenant, order_id, origin, plan, plan_done, body, state, "
                           "reserved_seq, shipped_seq, cancelled_seq FROM orders WHERE warehouse = ? "
                           "AND tenant = ? AND order_id = ?"),
            {warehouse, tenant, orderId});
    if (q.next())
        return readOrder(q);
    return std::nullopt;
}

void CentralStore::saveOrder(const OrderRow& o)
{
    run(m_db, m_queries,
        QStringLiteral(
            "INSERT INTO orders (warehouse, tenant, order_id, origin, plan, plan_done, body, state, "
            "reserved_seq, shipped_seq, cancelled_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (warehouse, tenant, order_id) DO UPDATE SET plan = excluded.plan, "
            "plan_done = excluded.plan_done, state = excluded.state, reserved_seq = excluded.reserved_seq, "
            "shipped_seq = excluded.shipped_seq, cancelled_seq = excluded.cancelled_seq"),
        {o.warehouse, o.tenant, o.orderId, o.origin, o.plan, o.planDone ? 1 : 0, QString::fromUtf8(o.order),
         o.state, v(o.reservedSeq), v(o.shippedSeq), v(o.cancelledSeq)});
}

std::int64_t CentralStore::countOrders(const QString& origin)
{
    QSqlQuery& q =
        run(m_db, m_queries, QStringLiteral("SELECT COUNT(*) FROM orders WHERE origin = ?"), {origin});
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<std::pair<QString, std::int64_t>> CentralStore::ordersByState()
{
    QSqlQuery& q = run(m_db, m_queries,
                       QStringLiteral("SELECT state, COUNT(*) FROM orders GROUP BY state ORDER BY state"));
    QList<std::pair<QString, std::int64_t>> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toLongLong()});
    return rows;
}

void CentralStore::addViolation(const ViolationRow& r)
{
    run(m_db, m_queries,
        QStringLiteral(
            "INSERT INTO violations (at_ms, kind, warehouse, tenant, detail) VALUES (?, ?, ?, ?, ?)"),
        {v(r.atMs), r.kind, r.warehouse, r.tenant, r.detail});
}

QList<ViolationRow> CentralStore::violations(int limit)
{
    QSqlQuery& q =
        run(m_db, m_queries,
            QStringLiteral("SELECT at_ms, kind, warehouse, tenant, detail FROM violations ORDER BY "
                           "at_ms, kind LIMIT ?"),
            {limit});
    QList<ViolationRow> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString()});
    return rows;
}

std::int64_t CentralStore::countViolations()
{
    QSqlQuery& q = run(m_db, m_queries, QStringLiteral("SELECT COUNT(*) FROM violations"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace wh::central
