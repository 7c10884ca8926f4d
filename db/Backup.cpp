#include "Backup.h"

#include "EventLog.h"
#include "Migrations.h"
#include "Sqlite.h"
#include "Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimeZone>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace wh::db::Backup {

namespace {

// fsync a finished file and its folder (the rename is only durable once the folder is), so a power cut right
// after "backup written" cannot leave an empty or torn file behind the name.
bool syncFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

void removeWithSidecars(const QString& path)
{
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

Result<BackupReport> backup(const QString& storePath, const QString& outPath)
{
    if (QFileInfo::exists(outPath))
        return makeError(
            ErrorCode::AlreadyExists,
            QT_TRANSLATE_NOOP("wh::Refusal", "%1 already exists; a backup never overwrites a file."),
            {outPath});
    const QFileInfo target(outPath);
    if (!target.absoluteDir().exists())
        return makeError(ErrorCode::StorageError,
                         QT_TRANSLATE_NOOP("wh::Refusal", "The folder of %1 does not exist."), {outPath});
    const QString partial = outPath + QStringLiteral(".partial");
    if (QFileInfo::exists(partial))
        return makeError(ErrorCode::AlreadyExists,
                         QT_TRANSLATE_NOOP("wh::Refusal",
                                           "%1 is left from an earlier backup that did not finish (or one is "
                                           "running now); remove it first."),
                         {partial});
    {
        Connection source;
        if (!QFileInfo::exists(storePath))
            return makeError(ErrorCode::StorageError,
                             QT_TRANSLATE_NOOP("wh::Refusal", "There is no store at %1."), {storePath});
        if (auto opened = source.open(storePath, SQLITE_OPEN_READONLY); !opened)
            return opened.error();
        sqlite3_busy_timeout(source.handle(), 5000);
        if (auto compatible = Migrations::checkCompatible(source); !compatible)
            return compatible.error();
        // The online backup API, a batch of pages per step, inside one read transaction of the source
        // connection: in WAL mode the appliance's writers go on meanwhile (a reader never blocks a writer),
        // and the held snapshot keeps the copy to one commit (without it, a write by another connection
        // between two steps restarts the copy, which a busy store can starve). VACUUM INTO was the first
        // choice; SQLite 3.40.1 fails it from a read-only connection on this schema (the generated column of
        // stock: "8 columns but 9 values"), and a backup should not need write access.
        auto copied = [&]() -> Status {
            if (auto begun = source.execScript("BEGIN; SELECT count(*) FROM sqlite_schema;"); !begun)
                return begun;
            Connection target;
            if (auto opened = target.open(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE); !opened)
                return opened;
            sqlite3_backup* copy = sqlite3_backup_init(target.handle(), "main", source.handle(), "main");
            if (!copy)
                return sqliteError(sqlite3_errcode(target.handle()),
                                   QString::fromUtf8(sqlite3_errmsg(target.handle())));
            int rc = SQLITE_OK;
            do {
                rc = sqlite3_backup_step(copy, 1024);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(10);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(copy);
            if (rc != SQLITE_DONE)
                return sqliteError(rc, QString::fromUtf8(sqlite3_errmsg(target.handle())));
            // A file on its own: no write-ahead log to carry along with it.
            return target.execScript("PRAGMA journal_mode = DELETE");
        }();
        [[maybe_unused]] auto ended = source.execScript("COMMIT");
        if (!copied) {
            removeWithSidecars(partial);
            return makeError(
                copied.error().code,
                QT_TRANSLATE_NOOP("wh::Refusal", "The backup to %1 failed, nothing was kept: %2"),
                {outPath, copied.error().message});
        }
    }
    if (!syncFile(partial)) {
        removeWithSidecars(partial);
        return makeError(
            ErrorCode::StorageError,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "The backup to %1 could not be flushed to disk, nothing was kept."),
            {outPath});
    }
    // The copy must be a store whose chain holds before it earns the name.
    BackupReport report;
    {
        StoreOptions options;
        options.readOnly = true;
        auto copy = Store::open(partial, options);
        if (!copy) {
            removeWithSidecars(partial);
            return copy.error();
        }
        auto counts = (*copy)->counts();
        if (!counts) {
            removeWithSidecars(partial);
            return counts.error();
        }
        report.events = counts->events;
    }
    // link() refuses an existing name: no overwrite even if a file appeared meanwhile.
    if (::link(QFile::encodeName(partial).constData(), QFile::encodeName(outPath).constData()) != 0) {
        const int error = errno;
        removeWithSidecars(partial);
        return makeError(error == EEXIST ? ErrorCode::AlreadyExists : ErrorCode::StorageError,
                         QT_TRANSLATE_NOOP("wh::Refusal", "The backup could not be named %1: %2"),
                         {outPath, QString::fromLocal8Bit(::strerror(error))});
    }
    removeWithSidecars(partial);
    syncFile(target.absolutePath());
    report.path = outPath;
    report.bytes = QFileInfo(outPath).size();
    return report;
}

QString scheduledName(const QDateTime& at)
{
    return QStringLiteral("warehouse-%1Z.db").arg(at.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss")));
}

Result<BackupReport> backupInto(const QString& storePath, const QString& dir, const QDateTime& at)
{
    if (!QDir().mkpath(dir))
        return makeError(ErrorCode::StorageReadOnly,
                         QT_TRANSLATE_NOOP("wh::Refusal", "The backup folder %1 cannot be created."), {dir});
    return backup(storePath, QDir(dir).filePath(scheduledName(at)));
}

Result<QStringList> rotate(const QString& dir, int keep)
{
    if (keep < 1)
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "At least one backup must be kept."));
    QDir folder(dir);
    // The names sort by time (fixed-width UTC stamps), so the newest are last.
    QStringList names = folder.entryList({QStringLiteral("warehouse-*Z.db")}, QDir::Files, QDir::Name);
    QStringList removed;
    while (names.size() > keep) {
        const QString name = names.takeFirst();
        if (!folder.remove(name))
            return makeError(ErrorCode::StorageError,
                             QT_TRANSLATE_NOOP("wh::Refusal", "The old backup %1 could not be removed."),
                             {folder.filePath(name)});
        removed.append(folder.filePath(name));
    }
    return removed;
}

Result<RestoreReport> restore(const QString& storePath, const QString& fromPath, const QDateTime& now)
{
    if (!QFileInfo(fromPath).isFile())
        return makeError(ErrorCode::StorageError,
                         QT_TRANSLATE_NOOP("wh::Refusal", "There is no backup at %1."), {fromPath});
    const QString stamp = now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QString staging = storePath + QStringLiteral(".restore-partial");
    removeWithSidecars(staging);
    // Checks run on a copy next to the store (same file system, so the final rename is atomic); the backup
    // itself is only read.
    if (!QFile::copy(fromPath, staging)) {
        removeWithSidecars(staging);
        return makeError(
            ErrorCode::StorageError,
            QT_TRANSLATE_NOOP("wh::Refusal", "The backup %1 could not be copied next to the store."),
            {fromPath});
    }
    RestoreReport report;
    {
        // Read-only first: a file of another program or of a newer schema is refused before anything writes.
        Connection probe;
        if (auto opened = probe.open(staging, SQLITE_OPEN_READONLY); !opened) {
            removeWithSidecars(staging);
            return opened.error();
        }
        auto compatible = Migrations::checkCompatible(probe);
        const std::int64_t version = probe.queryInt("PRAGMA user_version").value_or(0);
        probe.close();
        if (!compatible || version == 0) {
            removeWithSidecars(staging);
            if (!compatible)
                return makeError(compatible.error().code,
                                 QT_TRANSLATE_NOOP("wh::Refusal", "The backup %1 was refused: %2"),
                                 {fromPath, compatible.error().message});
            return makeError(
                ErrorCode::StorageCorrupt,
                QT_TRANSLATE_NOOP("wh::Refusal", "The backup %1 is not a store of this appliance."),
                {fromPath});
        }
        // Opened for writing so an older schema is brought up to this version's before it goes in.
        auto store = Store::open(staging);
        if (!store) {
            removeWithSidecars(staging);
            return makeError(store.error().code,
                             QT_TRANSLATE_NOOP("wh::Refusal", "The backup %1 was refused: %2"),
                             {fromPath, store.error().message});
        }
        auto chain = (*store)->verifyChain();
        if (!chain || !chain->intact()) {
            store->reset();
            removeWithSidecars(staging);
            if (!chain)
                return makeError(chain.error().code,
                                 QT_TRANSLATE_NOOP("wh::Refusal", "The backup %1 was refused: %2"),
                                 {fromPath, chain.error().message});
            return makeError(
                ErrorCode::StorageCorrupt,
                QT_TRANSLATE_NOOP("wh::Refusal",
                                  "The backup %1 was refused: its event log is broken at event %2 "
                                  "(%3). The store was left as it was."),
                {fromPath, QString::number(chain->firstBrokenSeq), chain->problem});
        }
        report.events = chain->eventsChecked;
        // The central service may have events newer than the backup under the same numbers: every stream
        // waits for its cursor before it sends (docs/operations.md, "Restore and the central service").
        if (auto held = (*store)->outbox().holdAll(); !held) {
            store->reset();
            removeWithSidecars(staging);
            return held.error();
        }
        // One file, no write-ahead log beside it, before it moves.
        if (auto mode = (*store)->connection().execScript("PRAGMA journal_mode = DELETE"); !mode) {
            store->reset();
            removeWithSidecars(staging);
            return mode.error();
        }
    }
    if (!syncFile(staging)) {
        removeWithSidecars(staging);
        return makeError(
            ErrorCode::StorageError,
            QT_TRANSLATE_NOOP("wh::Refusal", "The restored store could not be flushed to disk."));
    }
    const QString previous = storePath + QStringLiteral(".before-restore-") + stamp;
    if (QFileInfo::exists(storePath)) {
        // Nobody else may have the store open: the running appliance (or any tool) holds a shared lock on it
        // for as long as its connections are open (WAL), so an exclusive lock that cannot be had at once
        // means "running". The lock is taken, the log folded into the file, and released just before the
        // swap.
        Connection current;
        if (auto opened = current.open(storePath, SQLITE_OPEN_READWRITE); !opened) {
            removeWithSidecars(staging);
            return opened.error();
        }
        sqlite3_busy_timeout(current.handle(), 0);
        auto locked = current.execScript(
            "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT; PRAGMA wal_checkpoint(TRUNCATE);");
        current.close();
        if (!locked) {
            removeWithSidecars(staging);
            return makeError(ErrorCode::StorageBusy,
                             QT_TRANSLATE_NOOP("wh::Refusal",
                                               "The store %1 is in use (is the appliance running?). Stop it, "
                                               "then restore again. The store was left as it was."),
                             {storePath});
        }
        // The old store stays under a second name; the new one replaces the name in one rename, so at every
        // moment warehouse.db is either the old store or the restored one.
        if (::link(QFile::encodeName(storePath).constData(), QFile::encodeName(previous).constData()) != 0) {
            const int error = errno;
            removeWithSidecars(staging);
            return makeError(ErrorCode::StorageError,
                             QT_TRANSLATE_NOOP("wh::Refusal", "The store could not be kept aside as %1: %2"),
                             {previous, QString::fromLocal8Bit(::strerror(error))});
        }
        // The checkpoint above emptied the log and the last close removed it; one left anyway goes with the
        // old store. The shared-memory index means nothing with no connection open: it goes.
        if (QFileInfo::exists(storePath + QStringLiteral("-wal")))
            QFile::rename(storePath + QStringLiteral("-wal"), previous + QStringLiteral("-wal"));
        QFile::remove(storePath + QStringLiteral("-shm"));
        report.previousStore = previous;
    }
    if (::rename(QFile::encodeName(staging).constData(), QFile::encodeName(storePath).constData()) != 0) {
        const int error = errno;
        removeWithSidecars(staging);
        return makeError(ErrorCode::StorageError,
                         QT_TRANSLATE_NOOP("wh::Refusal", "The restored store could not be put in place: %1"),
                         {QString::fromLocal8Bit(::strerror(error))});
    }
    syncFile(QFileInfo(storePath).absolutePath());
    return report;
}

QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

namespace {

QByteArray csvLine(const QStringList& fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& field : fields)
        out.append(csvField(field));
    return (out.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace

Result<std::int64_t> exportCsv(const QString& storePath, const QString& tenantId, ExportKind kind,
                               const QString& outPath)
{
    StoreOptions options;
    options.readOnly = true;
    auto store = Store::open(storePath, options);
    if (!store)
        return store.error();
    if (auto tenant = (*store)->tenant(tenantId); !tenant)
        return tenant.error();
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::StorageError,
                         QT_TRANSLATE_NOOP("wh::Refusal", "%1 cannot be written: %2"),
                         {outPath, file.errorString()});
    Connection& connection = (*store)->connection();
    std::int64_t rows = 0;
    // One read transaction: the file is the tenant's rows as of one moment.
    if (auto begun = connection.execScript("BEGIN"); !begun)
        return begun.error();
    if (kind == ExportKind::Stock) {
        file.write(csvLine({QStringLiteral("sku"), QStringLiteral("bin"), QStringLiteral("lot"),
                            QStringLiteral("expiry"), QStringLiteral("on_hand"), QStringLiteral("reserved"),
                            QStringLiteral("available")}));
        auto query = connection.prepare("SELECT sku, location, lot, expiry, on_hand, reserved, available "
                                        "FROM stock WHERE tenant_id = ?1 ORDER BY sku, location, lot");
        query.bind(1, tenantId);
        while (query.next()) {
            file.write(csvLine({query.text(0), query.text(1), query.text(2), query.text(3),
                                QString::number(query.int64(4)), QString::number(query.int64(5)),
                                QString::number(query.int64(6))}));
            ++rows;
        }
    } else {
        file.write(csvLine({QStringLiteral("seq"), QStringLiteral("time"), QStringLiteral("type"),
                            QStringLiteral("aggregate_type"), QStringLiteral("aggregate_id"),
                            QStringLiteral("user"), QStringLiteral("device"), QStringLiteral("payload")}));
        auto query =
            connection.prepare("SELECT seq, occurred_at, type, aggregate_type, aggregate_id, user_id, "
                               "device_id, payload FROM events WHERE tenant_id = ?1 ORDER BY seq");
        query.bind(1, tenantId);
        while (query.next()) {
            const QString time =
                QDateTime::fromMSecsSinceEpoch(query.int64(1), QTimeZone::utc()).toString(Qt::ISODateWithMs);
            file.write(csvLine({QString::number(query.int64(0)), time, query.text(2), query.text(3),
                                query.text(4), query.text(5), query.text(6), query.text(7)}));
            ++rows;
        }
    }
    [[maybe_unused]] auto ended = connection.execScript("COMMIT"); // a read: nothing to lose
    if (auto error = connection.takeError())
        return *error; // file not committed: nothing written
    if (!file.commit())
        return makeError(ErrorCode::StorageError,
                         QT_TRANSLATE_NOOP("wh::Refusal", "%1 cannot be written: %2"),
                         {outPath, file.errorString()});
    return rows;
}

} // namespace wh::db::Backup
