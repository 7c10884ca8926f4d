#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <cstdint>
#include <random>

struct sqlite3;
struct sqlite3_stmt;

namespace wh::bench {

// The pragmas the store sets, so the baseline pays for the same durability.
enum class BaselineDurability
{
    Full,
    Normal
};

// What every baseline writer shares: one connection opened with the store's pragmas, persistent prepared
// statements, and a failure that rolls back and keeps SQLite's message.
class RawWriter
{
public:
    RawWriter() = default;
    RawWriter(const RawWriter&) = delete;
    RawWriter& operator=(const RawWriter&) = delete;
    ~RawWriter(); // derived writers finalize their statements first

    QString errorText() const { return m_error; }
    // Runs a statement such as a pragma.
    bool run(const char* sql) { return exec(sql); }

protected:
    // Opens a file whose schema a Store created, with the store's pragmas, and reads the log's head.
    bool openFile(const QString& path, BaselineDurability durability);
    bool fail(const char* what);
    bool exec(const char* sql);
    bool prepare(const char* sql, sqlite3_stmt** stmt);
    bool step(sqlite3_stmt* stmt, const char* what);
    // The outbox row of a cloud-bound event, linked to the tenant's previous one (kept in memory here), and
    // the tenant's outbox head: what the store writes for sync.
    bool queueOutbox(const QByteArray& tenant, const QByteArray& type, std::int64_t seq, std::int64_t now);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_insertOutbox = nullptr;
    sqlite3_stmt* m_upsertHead = nullptr;
    QHash<QByteArray, std::int64_t> m_lastOutbox;     // per tenant
    std::int64_t m_seq = 0;                           // the log's last sequence number
    std::mt19937_64 m_random{std::random_device{}()}; // seeded anew, so a reopened file gets fresh ids
    QString m_error;
};

// The baseline for a warehouse action: the rows one receive or adjust writes (the event, the stock change,
// the outbox row), written with bare prepared statements in one transaction each, and nothing else. There are
// no rules, no reads, no JSON and no hashing: sequence numbers and aggregate versions come from counters in
// memory, event ids from a cheap random generator. It is the least SQLite work that leaves the same rows
// behind, so the store's figure divided by this one is the cost of everything the store does besides writing.
class RawActionWriter : public RawWriter
{
public:
    RawActionWriter() = default;
    ~RawActionWriter();

    // Opens a file whose schema (and master data) a Store created, with the store's pragmas.
    bool open(const QString& path, BaselineDurability durability);

    // One action, one transaction. delta > 0 with adjust == false is a receipt, otherwise an adjustment.
    bool action(const QByteArray& tenant, const QByteArray& sku, const QByteArray& location, bool adjust,
                std::int64_t delta);

private:
    sqlite3_stmt* m_insertEvent = nullptr;
    sqlite3_stmt* m_updateStock = nullptr;
    sqlite3_stmt* m_insertStock = nullptr;
    QHash<QByteArray, std::int64_t> m_versions; // per tenant + SKU aggregate
};

// What every baseline reader shares: its own read-only connection with the store's page cache size, and
// persistent prepared statements whose failure keeps SQLite's message.
class RawReader
{
public:
    RawReader() = default;
    RawReader(const RawReader&) = delete;
    RawReader& operator=(const RawReader&) = delete;
    ~RawReader(); // derived readers finalize their statements first

    QString errorText() const { return m_error; }

protected:
    bool openFile(const QString& path);
    bool prepare(const char* sql, sqlite3_stmt** stmt, const char* what);
    bool fail(const char* what);

    sqlite3* m_db = nullptr;
    QString m_error;
};

// The baseline for the look-up screens: the store's own look-up SQL as a bare prepared statement on its own
// connection, reading every column of every row but building no QString, QDate or QList.
class RawStockReader : public RawReader
{
public:
    RawStockReader() = default;
    ~RawStockReader();

    bool open(const QString& path);

    // Rows found, or -1 on an error.
    int stockForSku(const QByteArray& tenant, const QByteArray& sku);
    int stockInLocation(const QByteArray& tenant, const QByteArray& location);
    // Folds the bytes read into a value the compiler cannot drop.
    std::uint64_t checksum() const { return m_checksum; }

private:
    int run(sqlite3_stmt* stmt, const QByteArray& tenant, const QByteArray& key);

    sqlite3_stmt* m_forSku = nullptr;
    sqlite3_stmt* m_inLocation = nullptr;
    std::uint64_t m_checksum = 0;
};

} // namespace wh::bench
