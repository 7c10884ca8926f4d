#pragma once

#include "Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace wh::db {

// Backups, restore and CSV export of the store (docs/operations.md, "Backups"). Each takes the store's path
// and opens connections of its own, so they run beside a live appliance (WAL: a reader never blocks a
// writer) and on any thread.
namespace Backup {

struct BackupReport
{
    QString path;
    std::int64_t events = 0;
    std::int64_t bytes = 0;
};

// A consistent copy of the store at `storePath` into `outPath`, which must not exist. Written as
// outPath + ".partial" (SQLite's online backup API within one read snapshot: writers go on), synced, then
// linked into place; any failure removes the partial file and leaves nothing at `outPath`.
Result<BackupReport> backup(const QString& storePath, const QString& outPath);

// The file name a scheduled backup at `at` gets: warehouse-20261202T1500Z.db.
QString scheduledName(const QDateTime& at);
// A scheduled backup into `dir` (created if missing) named after `at`.
Result<BackupReport> backupInto(const QString& storePath, const QString& dir, const QDateTime& at);
// Keeps the newest `keep` scheduled backups (warehouse-*Z.db) in `dir` and removes the older ones; returns
// the files removed. Other files in the folder are never touched.
Result<QStringList> rotate(const QString& dir, int keep);

struct RestoreReport
{
    std::int64_t events = 0;
    QString previousStore; // where the store that was replaced now is
};

// Replaces the store at `storePath` with the backup `fromPath`, only when the backup is a store this
// program knows (schema not newer) and its hash chain is whole, and only when no other connection has the
// store open (an exclusive lock attempt). The replaced store is kept as
// <store>.before-restore-<time>; on any refusal the store is left as it was.
Result<RestoreReport> restore(const QString& storePath, const QString& fromPath, const QDateTime& now);

enum class ExportKind
{
    Stock,
    Events
};

// Writes one tenant's stock or events as RFC 4180 CSV to `outPath` (replaced atomically). Returns the rows
// written (not counting the header).
Result<std::int64_t> exportCsv(const QString& storePath, const QString& tenantId, ExportKind kind,
                               const QString& outPath);
// One CSV field, quoted when it holds a comma, a quote, CR or LF (quotes doubled).
QString csvField(const QString& value);

} // namespace Backup
} // namespace wh::db
