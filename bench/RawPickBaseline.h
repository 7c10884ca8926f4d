#pragma once

#include "RawBaseline.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>
#include <random>

struct sqlite3;
struct sqlite3_stmt;

namespace wh::bench {

// The baseline for the pick list: Store::pickList's SQL as a bare prepared statement on its own connection,
// reading every column of every row but building no QString, QDate or QList.
class RawPickListReader : public RawReader
{
public:
    RawPickListReader() = default;
    ~RawPickListReader();

    bool open(const QString& path);

    // Rows found, or -1 on an error.
    int page(const QByteArray& tenant, int offset, int limit);
    // Store::pickListAfter's SQL: the rows after the key (promised date, task id).
    int pageAfter(const QByteArray& tenant, const QByteArray& promised, const QByteArray& taskId, int limit);
    // The task ids of a page, to check that both sides list the same tasks (not timed).
    QList<QByteArray> taskIds(const QByteArray& tenant, int offset, int limit);
    // SQLite's plan for the query, as EXPLAIN QUERY PLAN prints it.
    QString queryPlan();
    // Folds the bytes read into a value the compiler cannot drop.
    std::uint64_t checksum() const { return m_checksum; }

private:
    int readRows(sqlite3_stmt* stmt);

    sqlite3_stmt* m_page = nullptr;
    sqlite3_stmt* m_pageAfter = nullptr;
    std::uint64_t m_checksum = 0;
};

// One confirmed single-unit pick as the baseline writes it: which rows, and which of the task's and the
// order's status changes go with it. The flags mirror what the store's rules decide; the tool checks that the
// store wrote exactly these events for the same pick.
struct RawPick
{
    QByteArray tenant;
    QByteArray taskId;
    QByteArray strategy;     // "single", "batch", ...
    QByteArray orderIdsJson; // the task's orders as the store's payload spells them: ["SO-1","SO-2"]
    QByteArray orderId;
    QByteArray sku;
    QByteArray location;
    QByteArray lot;
    QByteArray tote;
    int seqNo = 0;
    int lineNo = 0;
    bool startsTask = false;    // PickStarted first
    bool startsOrder = false;   // OrderStatusChanged Paid -> Processing
    bool completesTask = false; // PickCompleted last
    int openLinesAfter = 0;     // the task's unfinished lines after this pick
};

// The baseline for confirming a scan: the rows Store::confirmPick writes for one pick, written with bare
// prepared statements in one transaction, and nothing else. Per event an events row (payload bytes equal to
// the store's, 32-byte hashes) and an outbox row; for the pick itself an UPDATE of the allocation, of the
// pick_task_lines row, of the pick_tasks row, of the stock row, and the tote's upsert; for a task's first or
// last pick the status UPDATEs of the task and the order. There are no reads, rules, JSON library, SHA-256 or
// UUID library: sequence numbers and aggregate versions are counters in memory, the task's open line count
// comes from the caller. So the store's time divided by this one is the cost of the rules' reads and checks
// and of the store's own work around the same writes.
class RawPickWriter : public RawWriter
{
public:
    RawPickWriter() = default;
    ~RawPickWriter();

    // Opens a file whose schema and data a Store wrote, with the store's pragmas.
    bool open(const QString& path, BaselineDurability durability);

    // One pick, one transaction.
    bool confirm(const RawPick& pick);

private:
    bool appendEvent(const RawPick& pick, const char* type, const char* aggregateType,
                     const QByteArray& aggregateId, const QByteArray& payload, std::int64_t now);

    sqlite3_stmt* m_insertEvent = nullptr;
    sqlite3_stmt* m_updateAllocation = nullptr;
    sqlite3_stmt* m_updateTaskLine = nullptr;
    sqlite3_stmt* m_setOpenLines = nullptr;
    sqlite3_stmt* m_upsertTote = nullptr;
    sqlite3_stmt* m_updateStock = nullptr;
    sqlite3_stmt* m_setTaskStatus = nullptr;
    sqlite3_stmt* m_setOrderStatus = nullptr;
    QHash<QByteArray, std::int64_t> m_versions; // per tenant + aggregate type + aggregate id
};

} // namespace wh::bench
