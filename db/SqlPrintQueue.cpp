#include "SqlPrintQueue.h"

#include <algorithm>

#include "Migrations.h"
#include "Permissions.h"

#include <sqlite3.h>

namespace wh::db {

using wh::NewPrintJob;
using wh::PrintJob;
using wh::PrintJobAudit;
using wh::PrintJobState;

namespace {

#define WH_JOB_COLUMNS                                                                                       \
    "id, printer, tenant_id, kind, reference, idempotency_key, payload, state, attempts, last_error, "       \
    "created_at, printed_at, coalesce(reprint_of, 0)"

PrintJob readJob(const Statement& s)
{
    PrintJob job;
    job.id = s.int64(0);
    job.printer = s.text(1);
    job.tenant = s.text(2);
    job.kind = s.text(3);
    job.reference = s.text(4);
    job.idempotencyKey = s.text(5);
    job.payload = s.blob(6);
    job.state = wh::printJobStateFromName(s.text(7)).value_or(PrintJobState::Failed);
    job.attempts = int(s.int64(8));
    job.lastError = s.text(9);
    job.createdAt = QDateTime::fromMSecsSinceEpoch(s.int64(10), Qt::UTC);
    if (!s.isNull(11))
        job.printedAt = QDateTime::fromMSecsSinceEpoch(s.int64(11), Qt::UTC);
    job.reprintOf = s.int64(12);
    return job;
}

Error unknownJob(std::int64_t id)
{
    return makeError(ErrorCode::InvalidArgument,
                     QT_TRANSLATE_NOOP("wh::Refusal", "There is no print job %1."), {QString::number(id)});
}

} // namespace

SqlPrintQueue::SqlPrintQueue(Options options)
    : m_options(options)
    , m_clock(options.clock ? options.clock : &m_systemClock)
{}

Result<std::unique_ptr<SqlPrintQueue>> SqlPrintQueue::open(const QString& path, Options options)
{
    std::unique_ptr<SqlPrintQueue> queue(new SqlPrintQueue(options));
    Connection& c = queue->m_connection;
    if (auto status = c.open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE); !status)
        return status.error();
    sqlite3_busy_timeout(c.handle(), options.busyTimeoutMs);
    if (auto compatible = Migrations::checkCompatible(c); !compatible)
        return compatible.error();
    if (auto status = c.execScript("PRAGMA journal_mode = WAL"); !status)
        return status.error();
    if (auto status = Migrations::migrate(c); !status)
        return status.error();
    // FULL: 'sending' must be on disk before the first byte of a label leaves.
    if (auto status = c.execScript("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;"); !status)
        return status.error();
    return queue;
}

Result<wh::PrintJobStore::Enqueued> SqlPrintQueue::enqueue(const NewPrintJob& job)
{
    auto required = [](const QString& value, const char* key) -> std::optional<Error> {
        if (value.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             QT_TRANSLATE_NOOP("wh::Refusal", "A print job needs a %1: nothing was queued."),
                             {refusalWords(key)});
        return std::nullopt;
    };
    for (const auto& [value, key] :
         {std::pair{job.printer, QT_TRANSLATE_NOOP("wh::Refusal", "printer")},
          std::pair{job.tenant, QT_TRANSLATE_NOOP("wh::Refusal", "tenant")},
          std::pair{job.kind, QT_TRANSLATE_NOOP("wh::Refusal", "kind")},
          std::pair{job.idempotencyKey, QT_TRANSLATE_NOOP("wh::Refusal", "idempotency key")}})
        if (auto error = required(value, key))
            return *error;
    if (job.payload.isEmpty())
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal", "The print job %1 has no label data: nothing was queued."),
            {job.idempotencyKey});
    if (job.payload.size() > kMaxPayload)
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "The print job %1 is %2 bytes, more than the %3 a label may have: nothing "
                              "was queued."),
            {job.idempotencyKey, QString::number(job.payload.size()), QString::number(kMaxPayload)});
    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    {
        Statement existing =
            m_connection.prepare("SELECT " WH_JOB_COLUMNS " FROM print_jobs WHERE idempotency_key = ?1");
        existing.bind(1, job.idempotencyKey);
        if (existing.next())
            return Enqueued{readJob(existing), false}; // the transaction rolls back: nothing written
    }
    if (auto error = m_connection.takeError())
        return *error;
    Statement insert = m_connection.prepare(
        "INSERT INTO print_jobs (printer, tenant_id, kind, reference, idempotency_key, payload, state, "
        "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'pending', ?7)");
    insert.bind(1, job.printer)
        .bind(2, job.tenant)
        .bind(3, job.kind)
        .bind(4, job.reference)
        .bind(5, job.idempotencyKey)
        .bindBlob(6, job.payload)
        .bind(7, m_clock->now().toMSecsSinceEpoch());
    if (auto status = insert.exec(); !status)
        return status.error();
    const std::int64_t id = sqlite3_last_insert_rowid(m_connection.handle());
    if (auto status = transaction->commit(); !status)
        return status.error();
    auto stored = findJob(id);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return unknownJob(id);
    return Enqueued{**stored, true};
}

Result<std::optional<PrintJob>> SqlPrintQueue::nextJob(const QString& printer)
{
    (void)m_connection.takeError();
    Statement s =
        m_connection.prepare("SELECT " WH_JOB_COLUMNS " FROM print_jobs "
                             "WHERE printer = ?1 AND state IN ('pending', 'held') ORDER BY id LIMIT 1");
    s.bind(1, printer);
    std::optional<PrintJob> job;
    if (s.next())
        job = readJob(s);
    if (auto error = m_connection.takeError())
        return *error;
    return job;
}

Status SqlPrintQueue::transition(std::int64_t id, const char* sql, const QString& reason, const QString& to)
{
    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    {
        Statement s = m_connection.prepare(sql);
        s.bind(1, id).bind(2, m_clock->now().toMSecsSinceEpoch()).bind(3, reason);
        if (auto status = s.exec(); !status)
            return status;
    }
    if (m_connection.changes() != 1) {
        auto job = findJob(id);
        if (!job)
            return job.error();
        if (!job->has_value())
            return unknownJob(id);
        return makeError(ErrorCode::IllegalTransition,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Print job %1 is %2; it cannot become %3."),
                         {QString::number(id), wh::printJobStateName((*job)->state), to});
    }
    return transaction->commit();
}

Status SqlPrintQueue::markSending(std::int64_t id)
{
    return transition(id,
                      "UPDATE print_jobs SET state = 'sending', attempts = attempts + 1 "
                      "WHERE id = ?1 AND state IN ('pending', 'held')",
                      {}, QStringLiteral("sending"));
}

Status SqlPrintQueue::markPrinted(std::int64_t id)
{
    return transition(id,
                      "UPDATE print_jobs SET state = 'printed', printed_at = ?2, last_error = ?3 "
                      "WHERE id = ?1 AND state = 'sending'",
                      QString(), QStringLiteral("printed"));
}

Status SqlPrintQueue::markUnsent(std::int64_t id, const QString& reason)
{
    return transition(id,
                      "UPDATE print_jobs SET state = 'pending', last_error = ?3 "
                      "WHERE id = ?1 AND state = 'sending'",
                      reason, QStringLiteral("pending"));
}

Status SqlPrintQueue::markUncertain(std::int64_t id, const QString& reason)
{
    return transition(id,
                      "UPDATE print_jobs SET state = 'uncertain', last_error = ?3 "
                      "WHERE id = ?1 AND state = 'sending'",
                      reason, QStringLiteral("uncertain"));
}

Status SqlPrintQueue::markHeld(std::int64_t id, const QString& reason)
{
    return transition(id,
                      "UPDATE print_jobs SET state = 'held', last_error = ?3 "
                      "WHERE id = ?1 AND state IN ('pending', 'held')",
                      reason, QStringLiteral("held"));
}

Result<int> SqlPrintQueue::recoverInterrupted(const QString& printer, const QString& reason)
{
    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    Statement s = m_connection.prepare("UPDATE print_jobs SET state = 'uncertain', last_error = ?2 WHERE "
                                       "printer = ?1 AND state = 'sending'");
    s.bind(1, printer).bind(2, reason);
    if (auto status = s.exec(); !status)
        return status.error();
    const int changed = int(m_connection.changes());
    if (auto status = transaction->commit(); !status)
        return status.error();
    return changed;
}

Result<std::optional<PrintJob>> SqlPrintQueue::findJob(std::int64_t id)
{
    Statement s = m_connection.prepare("SELECT " WH_JOB_COLUMNS " FROM print_jobs WHERE id = ?1");
    s.bind(1, id);
    std::optional<PrintJob> job;
    if (s.next())
        job = readJob(s);
    if (auto error = m_connection.takeError())
        return *error;
    return job;
}

Result<PrintJob> SqlPrintQueue::job(std::int64_t id)
{
    (void)m_connection.takeError();
    auto found = findJob(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return unknownJob(id);
    return **found;
}

Result<QList<PrintJob>> SqlPrintQueue::jobs(const QString& printer)
{
    return listJobs(printer, QString());
}

Result<QList<PrintJob>> SqlPrintQueue::jobs(const TenantContext& tenant, const QString& printer)
{
    return listJobs(printer, tenant.id());
}

Result<QList<PrintJob>> SqlPrintQueue::listJobs(const QString& printer, const QString& tenantId)
{
    (void)m_connection.takeError();
    Statement s = m_connection.prepare("SELECT " WH_JOB_COLUMNS " FROM print_jobs "
                                       "WHERE (?1 = '' OR printer = ?1) AND (?2 = '' OR tenant_id = ?2) "
                                       "ORDER BY id");
    s.bind(1, printer).bind(2, tenantId);
    QList<PrintJob> out;
    while (s.next())
        out.append(readJob(s));
    if (auto error = m_connection.takeError())
        return *error;
    return out;
}

Result<QList<PrintJob>> SqlPrintQueue::jobsNeedingAttention(const TenantContext& tenant, int limit)
{
    (void)m_connection.takeError();
    // The payload's place is taken by an empty blob: a list never reads the label bytes (on their overflow
    // pages). The state term is the partial index print_jobs_attention's own (schema step 13), word for
    // word, so SQLite reads only those rows, not every label ever printed.
    Statement s = m_connection.prepare(
        "SELECT id, printer, tenant_id, kind, reference, idempotency_key, x'', state, attempts, last_error, "
        "created_at, printed_at, coalesce(reprint_of, 0) FROM print_jobs "
        "WHERE tenant_id = ?1 AND "
        "(state IN ('uncertain', 'held') OR (state = 'pending' AND last_error <> '')) ORDER BY id LIMIT ?2");
    s.bind(1, tenant.id()).bind(2, std::int64_t{std::max(limit, 0)});
    QList<PrintJob> out;
    while (s.next())
        out.append(readJob(s));
    if (auto error = m_connection.takeError())
        return *error;
    return out;
}

Result<std::int64_t> SqlPrintQueue::queueLength(const QString& printer)
{
    (void)m_connection.takeError();
    Statement s = m_connection.prepare(
        "SELECT count(*) FROM print_jobs WHERE printer = ?1 AND state IN ('pending', 'held')");
    s.bind(1, printer);
    std::int64_t count = 0;
    if (s.next())
        count = s.int64(0);
    if (auto error = m_connection.takeError())
        return *error;
    return count;
}

Result<std::int64_t> SqlPrintQueue::countInState(const QString& printer, PrintJobState state)
{
    (void)m_connection.takeError();
    Statement s = m_connection.prepare("SELECT count(*) FROM print_jobs WHERE printer = ?1 AND state = ?2");
    s.bind(1, printer).bind(2, wh::printJobStateName(state));
    std::int64_t count = 0;
    if (s.next())
        count = s.int64(0);
    if (auto error = m_connection.takeError())
        return *error;
    return count;
}

Result<PrintJob> SqlPrintQueue::operatorJob(const TenantContext& tenant, std::int64_t id, const Actor& actor,
                                            const QString& reason,
                                            std::initializer_list<PrintJobState> states,
                                            const RefusalArg& onlyWhen)
{
    if (auto allowed = Permissions::check(actor, Permission::ReprintLabel); !allowed)
        return allowed.error();
    if (reason.trimmed().isEmpty())
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Say why (print job %1): the reason is what a supervisor reads back in "
                              "the audit trail."),
            {QString::number(id)});
    auto found = job(id);
    // Another merchant's label is not this caller's to reprint, confirm or cancel; what it labels stays
    // unsaid.
    if (found && found->tenant != tenant.id())
        return makeError(ErrorCode::ForeignTenant,
                         QT_TRANSLATE_NOOP("wh::Refusal",
                                           "Print job %1 belongs to another merchant: nothing was changed."),
                         {QString::number(id)});
    if (found && std::find(states.begin(), states.end(), found->state) == states.end())
        return makeError(ErrorCode::IllegalTransition,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Print job %1 is %2: %3"),
                         {QString::number(id), wh::printJobStateName(found->state), onlyWhen});
    return found;
}

Status SqlPrintQueue::writeAudit(std::int64_t jobId, std::int64_t newJobId, const char* action,
                                 const Actor& actor, const QString& reason)
{
    Statement s = m_connection.prepare(
        "INSERT INTO print_job_audit (job_id, new_job_id, action, user_id, device_id, role, approved_by, "
        "reason, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    s.bind(1, jobId)
        .bind(2, newJobId)
        .bind(3, QString::fromLatin1(action))
        .bind(4, actor.userId)
        .bind(5, actor.deviceId)
        .bind(6, roleName(actor.role))
        .bind(7, actor.approval.userId)
        .bind(8, reason.trimmed())
        .bind(9, m_clock->now().toMSecsSinceEpoch());
    return s.exec();
}

Result<PrintJob> SqlPrintQueue::reprint(const TenantContext& tenant, std::int64_t id, const Actor& actor,
                                        const QString& reason)
{
    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    auto original = operatorJob(
        tenant, id, actor, reason, {PrintJobState::Printed, PrintJobState::Uncertain, PrintJobState::Failed},
        refusalWords(
            QT_TRANSLATE_NOOP("wh::Refusal", "only a printed, uncertain or failed label can be reprinted.")));
    if (!original)
        return original.error();
    const PrintJobState state = original->state;
    std::int64_t earlier = 0;
    {
        Statement count = m_connection.prepare("SELECT count(*) FROM print_jobs WHERE reprint_of = ?1");
        count.bind(1, id);
        if (count.next())
            earlier = count.int64(0);
    }
    if (auto error = m_connection.takeError())
        return *error;
    // The reprint's own key: a retried reprint request after a crash makes a new, audited reprint, never a
    // silent duplicate of the original's key.
    const QString key = original->idempotencyKey + QStringLiteral("#reprint%1").arg(earlier + 1);
    {
        Statement insert = m_connection.prepare(
            "INSERT INTO print_jobs (printer, tenant_id, kind, reference, idempotency_key, payload, state, "
            "created_at, reprint_of) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'pending', ?7, ?8)");
        insert.bind(1, original->printer)
            .bind(2, original->tenant)
            .bind(3, original->kind)
            .bind(4, original->reference)
            .bind(5, key)
            .bindBlob(6, original->payload)
            .bind(7, m_clock->now().toMSecsSinceEpoch())
            .bind(8, id);
        if (auto status = insert.exec(); !status)
            return status.error();
    }
    const std::int64_t newId = sqlite3_last_insert_rowid(m_connection.handle());
    if (state != PrintJobState::Printed) {
        Statement close =
            m_connection.prepare("UPDATE print_jobs SET state = 'failed', last_error = ?2 WHERE id = ?1");
        close.bind(1, id).bind(2, QStringLiteral("Reprinted as job %1: %2").arg(newId).arg(reason.trimmed()));
        if (auto status = close.exec(); !status)
            return status.error();
    }
    if (auto status = writeAudit(id, newId, "reprint", actor, reason); !status)
        return status.error();
    if (auto status = transaction->commit(); !status)
        return status.error();
    return job(newId);
}

Status SqlPrintQueue::confirmPrinted(const TenantContext& tenant, std::int64_t id, const Actor& actor,
                                     const QString& reason)
{
    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    auto original = operatorJob(
        tenant, id, actor, reason, {PrintJobState::Uncertain},
        refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "only an uncertain one is confirmed by hand.")));
    if (!original)
        return original.error();
    Statement mark =
        m_connection.prepare("UPDATE print_jobs SET state = 'printed', printed_at = ?2 WHERE id = ?1");
    mark.bind(1, id).bind(2, m_clock->now().toMSecsSinceEpoch());
    if (auto status = mark.exec(); !status)
        return status;
    if (auto status = writeAudit(id, 0, "confirm_printed", actor, reason); !status)
        return status;
    return transaction->commit();
}

Status SqlPrintQueue::cancel(const TenantContext& tenant, std::int64_t id, const Actor& actor,
                             const QString& reason)
{
    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    auto original = operatorJob(
        tenant, id, actor, reason,
        {PrintJobState::Pending, PrintJobState::Held, PrintJobState::Uncertain, PrintJobState::Failed},
        refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "it cannot be cancelled.")));
    if (!original)
        return original.error();
    Statement mark =
        m_connection.prepare("UPDATE print_jobs SET state = 'cancelled', last_error = ?2 WHERE id = ?1");
    mark.bind(1, id).bind(2, QStringLiteral("Cancelled: %1").arg(reason.trimmed()));
    if (auto status = mark.exec(); !status)
        return status;
    if (auto status = writeAudit(id, 0, "cancel", actor, reason); !status)
        return status;
    return transaction->commit();
}

Result<QList<PrintJobAudit>> SqlPrintQueue::audit(std::int64_t jobId)
{
    (void)m_connection.takeError();
    Statement s = m_connection.prepare(
        "SELECT id, job_id, new_job_id, action, user_id, device_id, role, approved_by, reason, at "
        "FROM print_job_audit WHERE job_id = ?1 ORDER BY id");
    s.bind(1, jobId);
    QList<PrintJobAudit> out;
    while (s.next()) {
        PrintJobAudit a;
        a.id = s.int64(0);
        a.jobId = s.int64(1);
        a.newJobId = s.int64(2);
        a.action = s.text(3);
        a.userId = s.text(4);
        a.deviceId = s.text(5);
        a.role = s.text(6);
        a.approvedBy = s.text(7);
        a.reason = s.text(8);
        a.at = QDateTime::fromMSecsSinceEpoch(s.int64(9), Qt::UTC);
        out.append(a);
    }
    if (auto error = m_connection.takeError())
        return *error;
    return out;
}

} // namespace wh::db
