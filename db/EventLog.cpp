#include "EventLog.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QtEndian>
#include <QUuid>

namespace wh::db {

namespace {

constexpr std::int64_t kProgressEvery = 4096; // events between two progress reports

void addField(QCryptographicHash& hash, const QByteArray& bytes)
{
    // Length-prefixed, so no two different field lists hash the same text.
    const quint32 size = qToBigEndian(quint32(bytes.size()));
    hash.addData(QByteArrayView(reinterpret_cast<const char*>(&size), sizeof size));
    hash.addData(bytes);
}

void addField(QCryptographicHash& hash, std::int64_t value)
{
    const qint64 big = qToBigEndian(qint64(value));
    hash.addData(QByteArrayView(reinterpret_cast<const char*>(&big), sizeof big));
}

} // namespace

QString EventLog::newEventId(const QDateTime& at)
{
    // A version-7 UUID (RFC 9562): 48 bits of Unix milliseconds, then random bits. Ids written one after
    // another land next to each other in the event_id index, where random version-4 ids would scatter
    // inserts over a log of millions of events and push its pages out of the cache.
    const auto ms = static_cast<quint64>(at.toMSecsSinceEpoch());
    quint64 random[2];
    QRandomGenerator::global()->fillRange(random);
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 6; ++i)
        bytes[i] = char((ms >> (40 - 8 * i)) & 0xff);
    for (int i = 6; i < 16; ++i)
        bytes[i] = char((random[i / 8] >> (8 * (i % 8))) & 0xff);
    bytes[6] = char(0x70 | (bytes[6] & 0x0f)); // version 7
    bytes[8] = char(0x80 | (bytes[8] & 0x3f)); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QByteArray EventLog::computeHash(const RecordedEvent& e)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, e.prevHash);
    addField(hash, e.seq);
    addField(hash, e.id.toUtf8());
    addField(hash, e.type.toUtf8());
    addField(hash, e.tenantId.toUtf8());
    addField(hash, e.aggregateType.toUtf8());
    addField(hash, e.aggregateId.toUtf8());
    addField(hash, e.aggregateVersion);
    addField(hash, e.occurredAt.toMSecsSinceEpoch());
    addField(hash, e.payload);
    addField(hash, e.actor.userId.toUtf8());
    addField(hash, e.actor.deviceId.toUtf8());
    return hash.result();
}

Status EventLog::loadHead()
{
    Statement stmt = m_connection.prepare("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1");
    if (stmt.next()) {
        m_headSeq = stmt.int64(0);
        m_headHash = stmt.blob(1);
    } else {
        m_headSeq = 0;
        m_headHash = genesisHash();
    }
    if (auto error = m_connection.takeError())
        return *error;
    return {};
}

Result<RecordedEvent> EventLog::append(const QString& tenantId, const DomainEvent& event,
                                       const QByteArray& payload, const Actor& actor, const QDateTime& at)
{
    RecordedEvent e;
    e.seq = m_headSeq + 1;
    e.id = newEventId(at);
    e.type = event.type;
    e.tenantId = tenantId;
    e.aggregateType = event.aggregateType;
    e.aggregateId = event.aggregateId;
    {
        Statement version =
            m_connection.prepare("SELECT coalesce(max(aggregate_version), 0) FROM events "
                                 "WHERE tenant_id = ?1 AND aggregate_type = ?2 AND aggregate_id = ?3");
        version.bind(1, tenantId).bind(2, event.aggregateType).bind(3, event.aggregateId);
        e.aggregateVersion = (version.next() ? version.int64(0) : 0) + 1;
    }
    e.occurredAt = at;
    e.payload = payload;
    e.actor = actor;
    e.prevHash = m_headHash;
    e.hash = computeHash(e);
    if (auto status = insertRecorded(e); !status)
        return status.error();
    return e;
}

Status EventLog::insertRecorded(const RecordedEvent& e)
{
    Statement insert =
        m_connection.prepare("INSERT INTO events (seq, event_id, type, tenant_id, aggregate_type, "
                             "aggregate_id, aggregate_version, "
                             "occurred_at, payload, user_id, device_id, prev_hash, hash) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    insert.bind(1, e.seq)
        .bind(2, e.id)
        .bind(3, e.type)
        .bind(4, e.tenantId)
        .bind(5, e.aggregateType)
        .bind(6, e.aggregateId)
        .bind(7, e.aggregateVersion)
        .bind(8, e.occurredAt.toMSecsSinceEpoch())
        .bindText(9, e.payload)
        .bind(10, e.actor.userId)
        .bind(11, e.actor.deviceId)
        .bindBlob(12, e.prevHash)
        .bindBlob(13, e.hash);
    if (auto status = insert.exec(); !status)
        return status;
    m_headSeq = e.seq;
    m_headHash = e.hash;
    return {};
}

Status EventLog::forEach(std::int64_t fromSeq, const std::function<bool(const RecordedEvent&)>& visit)
{
    Statement stmt = m_connection.prepare(
        "SELECT seq, event_id, type, tenant_id, aggregate_type, aggregate_id, aggregate_version, "
        "occurred_at, "
        "payload, user_id, device_id, prev_hash, hash FROM events WHERE seq >= ?1 ORDER BY seq");
    stmt.bind(1, fromSeq);
    RecordedEvent e;
    while (stmt.next()) {
        e.seq = stmt.int64(0);
        e.id = stmt.text(1);
        e.type = stmt.text(2);
        e.tenantId = stmt.text(3);
        e.aggregateType = stmt.text(4);
        e.aggregateId = stmt.text(5);
        e.aggregateVersion = stmt.int64(6);
        e.occurredAt = QDateTime::fromMSecsSinceEpoch(stmt.int64(7), Qt::UTC);
        e.payload = stmt.utf8(8);
        e.actor.userId = stmt.text(9);
        e.actor.deviceId = stmt.text(10);
        e.prevHash = stmt.blob(11);
        e.hash = stmt.blob(12);
        if (!visit(e))
            break;
    }
    if (auto error = m_connection.takeError())
        return *error;
    return {};
}

Result<std::int64_t> EventLog::lastSeq()
{
    Statement stmt = m_connection.prepare("SELECT coalesce(max(seq), 0) FROM events");
    const std::int64_t last = stmt.next() ? stmt.int64(0) : 0;
    if (auto error = m_connection.takeError())
        return *error;
    return last;
}

Result<ChainReport> EventLog::verify(const LogProgress& progress)
{
    ChainReport report;
    std::int64_t total = 0;
    if (progress) {
        auto last = lastSeq();
        if (!last)
            return last.error();
        total = *last;
        progress(0, total);
    }
    std::int64_t expectedSeq = 1;
    QByteArray previous = genesisHash();
    auto status = forEach(1, [&](const RecordedEvent& e) {
        ++report.eventsChecked;
        if (progress && report.eventsChecked % kProgressEvery == 0)
            progress(report.eventsChecked, total);
        if (e.seq != expectedSeq) {
            report.firstBrokenSeq = expectedSeq;
            report.problem =
                QStringLiteral("event %1 is missing (the next one is %2)").arg(expectedSeq).arg(e.seq);
            return false;
        }
        if (e.prevHash != previous) {
            report.firstBrokenSeq = e.seq;
            report.problem = QStringLiteral("event %1 does not link to the event before it").arg(e.seq);
            return false;
        }
        if (computeHash(e) != e.hash) {
            report.firstBrokenSeq = e.seq;
            report.problem =
                QStringLiteral("event %1 (%2) was altered after it was written").arg(e.seq).arg(e.type);
            return false;
        }
        previous = e.hash;
        ++expectedSeq;
        return true;
    });
    if (!status)
        return status.error();
    if (progress)
        progress(report.eventsChecked, total);
    return report;
}

} // namespace wh::db
