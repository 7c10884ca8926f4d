#include "RawBaseline.h"

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <cstring>

namespace wh::bench {

namespace {

// The SQL below is the store's own (EventLog::insertRecorded, Projector::changeStock, the outbox insert in
// Store::appendEvents, SqlInventoryState's look-ups), copied so the baseline writes and reads exactly the
// same way. Keep them in step when the store's SQL changes.
constexpr const char* kInsertEvent =
    "INSERT INTO events (seq, event_id, type, tenant_id, aggregate_type, aggregate_id, aggregate_version, "
    "occurred_at, payload, user_id, device_id, prev_hash, hash) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)";
constexpr const char* kUpdateStock = "UPDATE stock SET on_hand = on_hand + ?5, reserved = reserved + ?6, "
                                     "expiry = CASE WHEN ?7 <> '' THEN ?7 ELSE expiry END, updated_seq = ?8 "
                                     "WHERE tenant_id = ?1 AND sku = ?2 AND location = ?3 AND lot = ?4";
constexpr const char* kInsertStock =
    "INSERT INTO stock (tenant_id, sku, location, lot, expiry, on_hand, reserved, updated_seq) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
constexpr const char* kInsertOutbox =
    "INSERT INTO outbox (event_seq, tenant_id, type, enqueued_at, prev_seq) VALUES (?1, ?2, ?3, ?4, ?5)";
constexpr const char* kUpsertHead = "INSERT INTO outbox_heads (tenant_id, last_seq) VALUES (?1, ?2) "
                                    "ON CONFLICT (tenant_id) DO UPDATE SET last_seq = excluded.last_seq";
constexpr const char* kStockForSku =
    "SELECT s.sku, s.location, s.lot, s.expiry, s.on_hand, s.reserved, l.zone, l.pick_sequence, l.type "
    "FROM stock s JOIN locations l ON l.code = s.location WHERE s.tenant_id = ?1 AND s.sku = ?2 "
    "ORDER BY l.pick_sequence, s.location, s.lot";
constexpr const char* kStockInLocation =
    "SELECT s.sku, s.location, s.lot, s.expiry, s.on_hand, s.reserved, l.zone, l.pick_sequence, l.type "
    "FROM stock s JOIN locations l ON l.code = s.location WHERE s.tenant_id = ?1 AND s.location = ?2 "
    "ORDER BY s.sku, s.lot";

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

QByteArray versionKey(const QByteArray& tenant, const QByteArray& sku)
{
    return tenant + '\x1f' + sku;
}

} // namespace

bool RawWriter::fail(const char* what)
{
    m_error = QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(m_db)));
    if (sqlite3_get_autocommit(m_db) == 0)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    return false;
}

bool RawWriter::exec(const char* sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(sql);
    return true;
}

bool RawWriter::prepare(const char* sql, sqlite3_stmt** stmt)
{
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, stmt, nullptr) != SQLITE_OK)
        return fail(sql);
    return true;
}

bool RawWriter::step(sqlite3_stmt* stmt, const char* what)
{
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE)
        return fail(what);
    return true;
}

RawWriter::~RawWriter()
{
    sqlite3_finalize(m_insertOutbox);
    sqlite3_finalize(m_upsertHead);
    sqlite3_close_v2(m_db);
}

bool RawWriter::queueOutbox(const QByteArray& tenant, const QByteArray& type, std::int64_t seq,
                            std::int64_t now)
{
    sqlite3_stmt* o = m_insertOutbox;
    sqlite3_bind_int64(o, 1, seq);
    bindText(o, 2, tenant);
    bindText(o, 3, type);
    sqlite3_bind_int64(o, 4, now);
    sqlite3_bind_int64(o, 5, m_lastOutbox.value(tenant, 0));
    if (!step(o, "insert outbox"))
        return false;
    sqlite3_stmt* h = m_upsertHead;
    bindText(h, 1, tenant);
    sqlite3_bind_int64(h, 2, seq);
    if (!step(h, "upsert outbox head"))
        return false;
    m_lastOutbox.insert(tenant, seq);
    return true;
}

bool RawWriter::openFile(const QString& path, BaselineDurability durability)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK)
        return fail("open");
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    if (!exec("PRAGMA journal_mode = WAL"))
        return false;
    // Store::openFile's pragmas, word for word.
    if (!exec(durability == BaselineDurability::Full
                  ? "PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768;"
                  : "PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768;"))
        return false;
    // Continue the log the store began: the next sequence number.
    sqlite3_stmt* head = nullptr;
    if (!prepare("SELECT coalesce(max(seq), 0) FROM events", &head))
        return false;
    if (sqlite3_step(head) == SQLITE_ROW)
        m_seq = sqlite3_column_int64(head, 0);
    sqlite3_finalize(head);
    if (!prepare(kInsertOutbox, &m_insertOutbox) || !prepare(kUpsertHead, &m_upsertHead))
        return false;
    sqlite3_stmt* heads = nullptr;
    if (!prepare("SELECT tenant_id, last_seq FROM outbox_heads", &heads))
        return false;
    while (sqlite3_step(heads) == SQLITE_ROW)
        m_lastOutbox.insert(QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(heads, 0))),
                            sqlite3_column_int64(heads, 1));
    sqlite3_finalize(heads);
    return true;
}

RawActionWriter::~RawActionWriter()
{
    for (sqlite3_stmt* stmt : {m_insertEvent, m_updateStock, m_insertStock})
        sqlite3_finalize(stmt);
}

bool RawActionWriter::open(const QString& path, BaselineDurability durability)
{
    if (!openFile(path, durability))
        return false;
    if (!prepare(kInsertEvent, &m_insertEvent) || !prepare(kUpdateStock, &m_updateStock) ||
        !prepare(kInsertStock, &m_insertStock))
        return false;

    // Continue each SKU's aggregate versions from the log the store's setup began.
    sqlite3_stmt* versions = nullptr;
    if (!prepare(
            "SELECT tenant_id, aggregate_id, max(aggregate_version) FROM events WHERE aggregate_type = 'sku' "
            "GROUP BY tenant_id, aggregate_id",
            &versions))
        return false;
    while (sqlite3_step(versions) == SQLITE_ROW) {
        const QByteArray tenant(reinterpret_cast<const char*>(sqlite3_column_text(versions, 0)));
        const QByteArray sku(reinterpret_cast<const char*>(sqlite3_column_text(versions, 1)));
        m_versions.insert(versionKey(tenant, sku), sqlite3_column_int64(versions, 2));
    }
    sqlite3_finalize(versions);
    return true;
}

bool RawActionWriter::action(const QByteArray& tenant, const QByteArray& sku, const QByteArray& location,
                             bool adjust, std::int64_t delta)
{
    const std::int64_t seq = m_seq + 1;
    const std::int64_t now = std::chrono::duration_cast<std::chrono::milliseconds>(
                                 std::chrono::system_clock::now().time_since_epoch())
                                 .count();
    std::int64_t& version = m_versions[versionKey(tenant, sku)];
    const char* type = adjust ? "StockAdjusted" : "StockReceived";

    // The payload the store's rules write for this action, byte for byte (QJsonDocument sorts the keys).
    char payload[512];
    const int payloadSize =
        adjust ? std::snprintf(
                     payload, sizeof payload,
                     R"({"delta":%lld,"expiry":"","location":"%s","lot":"","reason":"damaged","sku":"%s"})",
                     static_cast<long long>(delta), location.constData(), sku.constData())
               : std::snprintf(payload, sizeof payload,
                               R"({"expiry":"","location":"%s","lot":"","quantity":%lld,"sku":"%s"})",
                               location.constData(), static_cast<long long>(delta), sku.constData());
    // A version-7 UUID like the store's (time-ordered: 48 bits of milliseconds, then random bits), from a
    // cheap generator, so both sides put the same kind of keys into the event_id index. The 32-byte hashes
    // are as long as SHA-256 ones, without computing any.
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

    if (!exec("BEGIN IMMEDIATE"))
        return false;

    sqlite3_stmt* e = m_insertEvent;
    sqlite3_bind_int64(e, 1, seq);
    bindText(e, 2, eventId);
    bindText(e, 3, type);
    bindText(e, 4, tenant);
    bindText(e, 5, "sku");
    bindText(e, 6, sku);
    sqlite3_bind_int64(e, 7, version + 1);
    sqlite3_bind_int64(e, 8, now);
    sqlite3_bind_text(e, 9, payload, payloadSize, SQLITE_STATIC);
    bindText(e, 10, kUserId);
    bindText(e, 11, kDeviceId);
    sqlite3_bind_blob(e, 12, prevHash, sizeof prevHash, SQLITE_STATIC);
    sqlite3_bind_blob(e, 13, hash, sizeof hash, SQLITE_STATIC);
    if (!step(e, "insert event"))
        return false;

    sqlite3_stmt* u = m_updateStock;
    bindText(u, 1, tenant);
    bindText(u, 2, sku);
    bindText(u, 3, location);
    bindText(u, 4, "");
    sqlite3_bind_int64(u, 5, delta);
    sqlite3_bind_int64(u, 6, 0);
    bindText(u, 7, "");
    sqlite3_bind_int64(u, 8, seq);
    if (!step(u, "update stock"))
        return false;
    if (sqlite3_changes(m_db) == 0) {
        sqlite3_stmt* i = m_insertStock;
        bindText(i, 1, tenant);
        bindText(i, 2, sku);
        bindText(i, 3, location);
        bindText(i, 4, "");
        bindText(i, 5, "");
        sqlite3_bind_int64(i, 6, delta);
        sqlite3_bind_int64(i, 7, 0);
        sqlite3_bind_int64(i, 8, seq);
        if (!step(i, "insert stock"))
            return false;
    }

    if (!queueOutbox(tenant, type, seq, now))
        return false;

    if (!exec("COMMIT"))
        return false;
    m_seq = seq;
    ++version;
    return true;
}

RawReader::~RawReader()
{
    sqlite3_close_v2(m_db);
}

bool RawReader::fail(const char* what)
{
    m_error = QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(m_db)));
    return false;
}

bool RawReader::openFile(const QString& path)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK)
        return fail("open");
    // The store's page cache size, so neither side reads from a bigger cache.
    if (sqlite3_exec(m_db, "PRAGMA cache_size = -32768", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail("pragma");
    return true;
}

bool RawReader::prepare(const char* sql, sqlite3_stmt** stmt, const char* what)
{
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, stmt, nullptr) != SQLITE_OK)
        return fail(what);
    return true;
}

RawStockReader::~RawStockReader()
{
    sqlite3_finalize(m_forSku);
    sqlite3_finalize(m_inLocation);
}

bool RawStockReader::open(const QString& path)
{
    return openFile(path) && prepare(kStockForSku, &m_forSku, "prepare stockForSku") &&
           prepare(kStockInLocation, &m_inLocation, "prepare stockInLocation");
}

int RawStockReader::stockForSku(const QByteArray& tenant, const QByteArray& sku)
{
    return run(m_forSku, tenant, sku);
}

int RawStockReader::stockInLocation(const QByteArray& tenant, const QByteArray& location)
{
    return run(m_inLocation, tenant, location);
}

int RawStockReader::run(sqlite3_stmt* stmt, const QByteArray& tenant, const QByteArray& key)
{
    bindText(stmt, 1, tenant);
    bindText(stmt, 2, key);
    int rows = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        ++rows;
        // Touch every column as the store does, so SQLite does the same decoding work on both sides.
        for (int column : {0, 1, 2, 3, 6, 8}) {
            // text before bytes, as SQLite asks, so the length is that of the UTF-8 text.
            const unsigned char* text = sqlite3_column_text(stmt, column);
            m_checksum += std::uint64_t(text[0]) + std::uint64_t(sqlite3_column_bytes(stmt, column));
        }
        for (int column : {4, 5, 7})
            m_checksum += std::uint64_t(sqlite3_column_int64(stmt, column));
    }
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return -1;
    }
    return rows;
}

} // namespace wh::bench
