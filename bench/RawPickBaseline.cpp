#include "RawPickBaseline.h"

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <cstring>

namespace wh::bench {

namespace {

// The SQL below is the store's own (Store::pickList, EventLog::insertRecorded, the outbox insert in
// Store::appendEvents, Projector's picking statements), copied so the baseline reads and writes exactly the
// same way. Keep them in step when the store's SQL changes. Two differences, both in the baseline's favour
// and both leaving the same rows: the task's open line count is bound as a number instead of being
// recounted by a subquery, and the DELETE the store runs after a stock decrement (to drop a row that went to
// zero) is left out, as no row empties in this benchmark.
constexpr const char* kPickList =
    "SELECT task_id, strategy, zone, wave_id, status, promised, order_count, open_lines FROM pick_tasks "
    "WHERE tenant_id = ?1 AND status IN ('open', 'in_progress') ORDER BY promised, task_id "
    "LIMIT ?2 OFFSET ?3";
constexpr const char* kPickListAfter =
    "SELECT task_id, strategy, zone, wave_id, status, promised, order_count, open_lines FROM pick_tasks "
    "WHERE tenant_id = ?1 AND status IN ('open', 'in_progress') AND (promised, task_id) > (?2, ?3) "
    "ORDER BY promised, task_id LIMIT ?4";
constexpr const char* kInsertEvent =
    "INSERT INTO events (seq, event_id, type, tenant_id, aggregate_type, aggregate_id, aggregate_version, "
    "occurred_at, payload, user_id, device_id, prev_hash, hash) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)";
constexpr const char* kUpdateAllocation = "UPDATE allocations SET picked = picked + ?6 WHERE tenant_id = ?1 "
                                          "AND order_id = ?2 AND line_no = ?3 "
                                          "AND location = ?4 AND lot = ?5";
constexpr const char* kUpdateTaskLine = "UPDATE pick_task_lines SET picked = picked + ?4 WHERE tenant_id = "
                                        "?1 AND task_id = ?2 AND seq_no = ?3";
constexpr const char* kSetOpenLines =
    "UPDATE pick_tasks SET open_lines = ?3 WHERE tenant_id = ?1 AND task_id = ?2";
constexpr const char* kUpsertTote =
    "INSERT INTO totes (tote, tenant_id, order_id, task_id) VALUES (?1, ?2, ?3, ?4) "
    "ON CONFLICT (tote) DO UPDATE SET task_id = excluded.task_id "
    "WHERE tenant_id = excluded.tenant_id AND order_id = excluded.order_id";
constexpr const char* kUpdateStock = "UPDATE stock SET on_hand = on_hand + ?5, reserved = reserved + ?6, "
                                     "expiry = CASE WHEN ?7 <> '' THEN ?7 ELSE expiry END, updated_seq = ?8 "
                                     "WHERE tenant_id = ?1 AND sku = ?2 AND location = ?3 AND lot = ?4";
constexpr const char* kSetTaskStatus =
    "UPDATE pick_tasks SET status = ?3, updated_seq = ?4 WHERE tenant_id = ?1 AND task_id = ?2";
constexpr const char* kSetOrderStatus =
    "UPDATE orders SET status = ?3, updated_seq = ?4 WHERE tenant_id = ?1 AND order_id = ?2";

// The actor the store side records too, so both logs hold rows of the same size.
constexpr char kUserId[] = "bench";
constexpr char kDeviceId[] = "bench-station";

void bindText(sqlite3_stmt* stmt, int index, const QByteArray& text)
{
    sqlite3_bind_text(stmt, index, text.constData(), int(text.size()), SQLITE_STATIC);
}

void bindText(sqlite3_stmt* stmt, int index, const char* text)
{
    sqlite3_bind_text(stmt, index, text, -1, SQLITE_STATIC);
}

QByteArray versionKey(const QByteArray& tenant, const QByteArray& aggregateType, const QByteArray& id)
{
    return tenant + '\x1f' + aggregateType + '\x1f' + id;
}

} // namespace

RawPickListReader::~RawPickListReader()
{
    sqlite3_finalize(m_page);
    sqlite3_finalize(m_pageAfter);
}

bool RawPickListReader::open(const QString& path)
{
    return openFile(path) && prepare(kPickList, &m_page, "prepare pickList") &&
           prepare(kPickListAfter, &m_pageAfter, "prepare pickListAfter");
}

int RawPickListReader::page(const QByteArray& tenant, int offset, int limit)
{
    bindText(m_page, 1, tenant);
    sqlite3_bind_int64(m_page, 2, limit);
    sqlite3_bind_int64(m_page, 3, offset);
    return readRows(m_page);
}

int RawPickListReader::pageAfter(const QByteArray& tenant, const QByteArray& promised,
                                 const QByteArray& taskId, int limit)
{
    bindText(m_pageAfter, 1, tenant);
    bindText(m_pageAfter, 2, promised);
    bindText(m_pageAfter, 3, taskId);
    sqlite3_bind_int64(m_pageAfter, 4, limit);
    return readRows(m_pageAfter);
}

int RawPickListReader::readRows(sqlite3_stmt* stmt)
{
    int rows = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        ++rows;
        // Touch every column as the store does, so SQLite does the same decoding work on both sides.
        for (int column : {0, 1, 2, 3, 4, 5}) {
            // text before bytes, as SQLite asks, so the length is that of the UTF-8 text.
            const unsigned char* text = sqlite3_column_text(stmt, column);
            m_checksum += std::uint64_t(text[0]) + std::uint64_t(sqlite3_column_bytes(stmt, column));
        }
        for (int column : {6, 7})
            m_checksum += std::uint64_t(sqlite3_column_int64(stmt, column));
    }
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return -1;
    }
    return rows;
}

QList<QByteArray> RawPickListReader::taskIds(const QByteArray& tenant, int offset, int limit)
{
    bindText(m_page, 1, tenant);
    sqlite3_bind_int64(m_page, 2, limit);
    sqlite3_bind_int64(m_page, 3, offset);
    QList<QByteArray> ids;
    while (sqlite3_step(m_page) == SQLITE_ROW)
        ids.append(QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(m_page, 0))));
    sqlite3_reset(m_page);
    return ids;
}

QString RawPickListReader::queryPlan()
{
    sqlite3_stmt* explain = nullptr;
    const QByteArray sql = QByteArray("EXPLAIN QUERY PLAN ") + kPickList;
    if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &explain, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(m_db));
    QStringList steps;
    while (sqlite3_step(explain) == SQLITE_ROW)
        steps.append(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(explain, 3))));
    sqlite3_finalize(explain);
    return steps.join(QStringLiteral("; "));
}

RawPickWriter::~RawPickWriter()
{
    for (sqlite3_stmt* stmt : {m_insertEvent, m_updateAllocation, m_updateTaskLine, m_setOpenLines,
                               m_upsertTote, m_updateStock, m_setTaskStatus, m_setOrderStatus})
        sqlite3_finalize(stmt);
}

bool RawPickWriter::open(const QString& path, BaselineDurability durability)
{
    if (!openFile(path, durability))
        return false;
    if (!prepare(kInsertEvent, &m_insertEvent) || !prepare(kUpdateAllocation, &m_updateAllocation) ||
        !prepare(kUpdateTaskLine, &m_updateTaskLine) || !prepare(kSetOpenLines, &m_setOpenLines) ||
        !prepare(kUpsertTote, &m_upsertTote) || !prepare(kUpdateStock, &m_updateStock) ||
        !prepare(kSetTaskStatus, &m_setTaskStatus) || !prepare(kSetOrderStatus, &m_setOrderStatus))
        return false;

    // Continue each aggregate's versions from the log the store began.
    sqlite3_stmt* versions = nullptr;
    if (!prepare("SELECT tenant_id, aggregate_type, aggregate_id, max(aggregate_version) FROM events "
                 "GROUP BY tenant_id, aggregate_type, aggregate_id",
                 &versions))
        return false;
    while (sqlite3_step(versions) == SQLITE_ROW) {
        auto text = [&](int column) {
            return QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(versions, column)));
        };
        m_versions.insert(versionKey(text(0), text(1), text(2)), sqlite3_column_int64(versions, 3));
    }
    sqlite3_finalize(versions);
    return true;
}

bool RawPickWriter::appendEvent(const RawPick& pick, const char* type, const char* aggregateType,
                                const QByteArray& aggregateId, const QByteArray& payload, std::int64_t now)
{
    const std::int64_t seq = ++m_seq;
    std::int64_t& version = m_versions[versionKey(pick.tenant, QByteArray(aggregateType), aggregateId)];
    ++version;
    // A version-7 UUID like the store's (time-ordered: 48 bits of milliseconds, then random bits), from a
    // cheap generator. The 32-byte hashes are as long as SHA-256 ones, without computing any.
    const std::uint64_t a = m_random();
    const std::uint64_t b = m_random();
    const auto ms = static_cast<unsigned long long>(now) & 0xffffffffffffULL;
    char eventId[40];
    std::snprintf(eventId, sizeof eventId, "%08llx-%04llx-7%03llx-%04llx-%012llx", ms >> 16, ms & 0xffff,
                  static_cast<unsigned long long>(a & 0xfff),
                  static_cast<unsigned long long>(0x8000 | ((b >> 48) & 0x3fff)),
                  static_cast<unsigned long long>(b & 0xffffffffffffULL));
    unsigned char hash[32] = {};
    std::memcpy(hash, &seq, sizeof seq);
    unsigned char prevHash[32] = {};
    const std::int64_t prevSeq = seq - 1;
    std::memcpy(prevHash, &prevSeq, sizeof prevSeq);

    sqlite3_stmt* e = m_insertEvent;
    sqlite3_bind_int64(e, 1, seq);
    bindText(e, 2, eventId);
    bindText(e, 3, type);
    bindText(e, 4, pick.tenant);
    bindText(e, 5, aggregateType);
    bindText(e, 6, aggregateId);
    sqlite3_bind_int64(e, 7, version);
    sqlite3_bind_int64(e, 8, now);
    bindText(e, 9, payload);
    bindText(e, 10, kUserId);
    bindText(e, 11, kDeviceId);
    sqlite3_bind_blob(e, 12, prevHash, sizeof prevHash, SQLITE_STATIC);
    sqlite3_bind_blob(e, 13, hash, sizeof hash, SQLITE_STATIC);
    if (!step(e, "insert event"))
        return false;

    return queueOutbox(pick.tenant, type, seq, now); // every event of a pick goes to the central service
}

bool RawPickWriter::confirm(const RawPick& p)
{
    const std::int64_t now = std::chrono::duration_cast<std::chrono::milliseconds>(
                                 std::chrono::system_clock::now().time_since_epoch())
                                 .count();
    constexpr std::int64_t quantity = 1;
    // The payloads the store's rules write for this pick, byte for byte (QJsonDocument sorts the keys).
    char buffer[768];
    auto payload = [&buffer](int size) {
        return QByteArray::fromRawData(buffer, size);
    };
    auto setTaskStatus = [&](const char* status) {
        sqlite3_stmt* s = m_setTaskStatus;
        bindText(s, 1, p.tenant);
        bindText(s, 2, p.taskId);
        bindText(s, 3, status);
        sqlite3_bind_int64(s, 4, m_seq);
        return step(s, "update task status");
    };

    if (!exec("BEGIN IMMEDIATE"))
        return false;

    if (p.startsTask) {
        const int size =
            std::snprintf(buffer, sizeof buffer, R"({"orderIds":%s,"strategy":"%s","taskId":"%s"})",
                          p.orderIdsJson.constData(), p.strategy.constData(), p.taskId.constData());
        if (!appendEvent(p, "PickStarted", "pick_task", p.taskId, payload(size), now) ||
            !setTaskStatus("in_progress"))
            return false;
    }
    if (p.startsOrder) {
        const int size =
            std::snprintf(buffer, sizeof buffer, R"({"from":"Paid","orderId":"%s","to":"Processing"})",
                          p.orderId.constData());
        if (!appendEvent(p, "OrderStatusChanged", "order", p.orderId, payload(size), now))
            return false;
        sqlite3_stmt* s = m_setOrderStatus;
        bindText(s, 1, p.tenant);
        bindText(s, 2, p.orderId);
        bindText(s, 3, "Processing");
        sqlite3_bind_int64(s, 4, m_seq);
        if (!step(s, "update order status"))
            return false;
    }

    const int size = std::snprintf(
        buffer, sizeof buffer,
        R"({"lineNo":%d,"location":"%s","lot":"%s","orderId":"%s","quantity":%lld,"seqNo":%d,"sku":"%s",)"
        R"("taskId":"%s","tote":"%s"})",
        p.lineNo, p.location.constData(), p.lot.constData(), p.orderId.constData(),
        static_cast<long long>(quantity), p.seqNo, p.sku.constData(), p.taskId.constData(),
        p.tote.constData());
    if (!appendEvent(p, "StockPicked", "order", p.orderId, payload(size), now))
        return false;
    const std::int64_t seq = m_seq;

    sqlite3_stmt* a = m_updateAllocation;
    bindText(a, 1, p.tenant);
    bindText(a, 2, p.orderId);
    sqlite3_bind_int64(a, 3, p.lineNo);
    bindText(a, 4, p.location);
    bindText(a, 5, p.lot);
    sqlite3_bind_int64(a, 6, quantity);
    if (!step(a, "update allocation"))
        return false;

    sqlite3_stmt* l = m_updateTaskLine;
    bindText(l, 1, p.tenant);
    bindText(l, 2, p.taskId);
    sqlite3_bind_int64(l, 3, p.seqNo);
    sqlite3_bind_int64(l, 4, quantity);
    if (!step(l, "update task line"))
        return false;

    sqlite3_stmt* t = m_setOpenLines;
    bindText(t, 1, p.tenant);
    bindText(t, 2, p.taskId);
    sqlite3_bind_int64(t, 3, p.openLinesAfter);
    if (!step(t, "update open lines"))
        return false;

    sqlite3_stmt* tote = m_upsertTote;
    bindText(tote, 1, p.tote);
    bindText(tote, 2, p.tenant);
    bindText(tote, 3, p.orderId);
    bindText(tote, 4, p.taskId);
    if (!step(tote, "upsert tote"))
        return false;

    sqlite3_stmt* s = m_updateStock;
    bindText(s, 1, p.tenant);
    bindText(s, 2, p.sku);
    bindText(s, 3, p.location);
    bindText(s, 4, p.lot);
    sqlite3_bind_int64(s, 5, -quantity);
    sqlite3_bind_int64(s, 6, -quantity);
    bindText(s, 7, "");
    sqlite3_bind_int64(s, 8, seq);
    if (!step(s, "update stock"))
        return false;

    if (p.completesTask) {
        const int size = std::snprintf(buffer, sizeof buffer, R"({"orderIds":%s,"taskId":"%s"})",
                                       p.orderIdsJson.constData(), p.taskId.constData());
        if (!appendEvent(p, "PickCompleted", "pick_task", p.taskId, payload(size), now) ||
            !setTaskStatus("done"))
            return false;
    }
    return exec("COMMIT");
}

} // namespace wh::bench
