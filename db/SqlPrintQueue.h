#pragma once

#include "Clock.h"
#include "PrintJobStore.h"
#include "Sqlite.h"

#include <initializer_list>
#include <memory>

namespace wh::db {

// The print queue in the appliance's store file (print_jobs and print_job_audit, schema step 7): devices'
// PrintJobStore port on SQLite. Operational state like the outbox, not a projection: a rebuild from the
// event log neither fills nor compares it. Each spooler opens its own on its own thread (one connection,
// one thread); the file's other users wait on the busy timeout, never on each other's objects. Commits are
// synchronous=FULL: a job marked 'sending' is on disk before the first byte goes to the printer.
class SqlPrintQueue final : public wh::PrintJobStore
{
public:
    struct Options
    {
        const Clock* clock = nullptr; // the system clock when null
        int busyTimeoutMs = 5000;
    };
    static constexpr qsizetype kMaxPayload = 16 * 1024 * 1024; // far above any label; refuses a runaway one

    // Opens (and if need be creates and migrates) the store file.
    static Result<std::unique_ptr<SqlPrintQueue>> open(const QString& path, Options options);
    static Result<std::unique_ptr<SqlPrintQueue>> open(const QString& path) { return open(path, Options{}); }

    Result<Enqueued> enqueue(const wh::NewPrintJob& job) override;
    Result<std::optional<wh::PrintJob>> nextJob(const QString& printer) override;
    Status markSending(std::int64_t id) override;
    Status markPrinted(std::int64_t id) override;
    Status markUnsent(std::int64_t id, const QString& reason) override;
    Status markUncertain(std::int64_t id, const QString& reason) override;
    Status markHeld(std::int64_t id, const QString& reason) override;
    Result<int> recoverInterrupted(const QString& printer, const QString& reason) override;

    Result<wh::PrintJob> job(std::int64_t id) override;
    Result<QList<wh::PrintJob>> jobs(const QString& printer) override;
    Result<QList<wh::PrintJob>> jobs(const TenantContext& tenant, const QString& printer) override;
    Result<QList<wh::PrintJob>> jobsNeedingAttention(const TenantContext& tenant, int limit) override;
    Result<std::int64_t> queueLength(const QString& printer) override;
    Result<std::int64_t> countInState(const QString& printer, wh::PrintJobState state) override;

    Result<wh::PrintJob> reprint(const TenantContext& tenant, std::int64_t id, const Actor& actor,
                                 const QString& reason) override;
    Status confirmPrinted(const TenantContext& tenant, std::int64_t id, const Actor& actor,
                          const QString& reason) override;
    Status cancel(const TenantContext& tenant, std::int64_t id, const Actor& actor,
                  const QString& reason) override;
    Result<QList<wh::PrintJobAudit>> audit(std::int64_t jobId) override;

    Connection& connection() { return m_connection; } // for tests that inspect or constrain the file

private:
    explicit SqlPrintQueue(Options options);
    // One state change of one job, in its own transaction: `sql` binds ?1 = id, ?2 = now, ?3 = reason and
    // changes the row only when it is in an allowed state; otherwise the job's actual state is the error.
    Status transition(std::int64_t id, const char* sql, const QString& reason, const QString& to);
    Result<std::optional<wh::PrintJob>> findJob(std::int64_t id);
    // Checks the permission and the reason of an operator action and loads its job, inside a transaction.
    // The job an operator decides on, once the actor may, the reason is given, the job is the tenant's and
    // in one of `states` (else illegal_transition, with `onlyWhen` saying which).
    Result<wh::PrintJob> operatorJob(const TenantContext& tenant, std::int64_t id, const Actor& actor,
                                     const QString& reason, std::initializer_list<wh::PrintJobState> states,
                                     const RefusalArg& onlyWhen);
    Result<QList<wh::PrintJob>> listJobs(const QString& printer, const QString& tenantId);
    Status writeAudit(std::int64_t jobId, std::int64_t newJobId, const char* action, const Actor& actor,
                      const QString& reason);

    Options m_options;
    SystemClock m_systemClock;
    const Clock* m_clock;
    Connection m_connection;
};

} // namespace wh::db
