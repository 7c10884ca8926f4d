#pragma once

#include "Actor.h"
#include "Result.h"
#include "Tenant.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace wh {

// Where a print job stands (docs/printers.md has the diagram).
enum class PrintJobState
{
    Pending,   // waiting for its printer
    Sending,   // its first byte may have left: never sent again without an operator's decision
    Printed,   // every byte reached the printer
    Failed,    // given up (an operator's decision; the reason says why)
    Held,      // waiting for a printer fault to clear; nothing of it was sent
    Cancelled, // an operator withdrew it before it printed
    Uncertain, // the connection broke while sending, or the appliance stopped: it may or may not have printed
};

// The names stored in print_jobs.state. Inline: the storage adapter in db/ uses this header alone.
inline QString printJobStateName(PrintJobState state)
{
    switch (state) {
    case PrintJobState::Pending:
        return QStringLiteral("pending");
    case PrintJobState::Sending:
        return QStringLiteral("sending");
    case PrintJobState::Printed:
        return QStringLiteral("printed");
    case PrintJobState::Failed:
        return QStringLiteral("failed");
    case PrintJobState::Held:
        return QStringLiteral("held");
    case PrintJobState::Cancelled:
        return QStringLiteral("cancelled");
    case PrintJobState::Uncertain:
        return QStringLiteral("uncertain");
    }
    return QStringLiteral("unknown");
}

inline std::optional<PrintJobState> printJobStateFromName(const QString& name)
{
    for (auto state :
         {PrintJobState::Pending, PrintJobState::Sending, PrintJobState::Printed, PrintJobState::Failed,
          PrintJobState::Held, PrintJobState::Cancelled, PrintJobState::Uncertain})
        if (printJobStateName(state) == name)
            return state;
    return std::nullopt;
}

// A label to print: opaque printer language bytes (ZPL) and what they are for.
struct NewPrintJob
{
    QString printer;        // the printer's name from its spec (name=dock-1)
    QString tenant;         // the merchant whose label it is
    QString kind;           // e.g. shipping_label, location_label
    QString reference;      // what it labels, e.g. "S42/C7" (shipment and package)
    QString idempotencyKey; // the same key twice is the same job: a retried action never prints twice
    QByteArray payload;
};

struct PrintJob
{
    std::int64_t id = 0;
    QString printer;
    QString tenant;
    QString kind;
    QString reference;
    QString idempotencyKey;
    QByteArray payload;
    PrintJobState state = PrintJobState::Pending;
    int attempts = 0; // times its sending began
    QString lastError;
    QDateTime createdAt;
    std::optional<QDateTime> printedAt;
    std::int64_t reprintOf = 0; // the job this one reprints (0: an original)
};

// An operator's decision on a job, kept for the audit trail.
struct PrintJobAudit
{
    std::int64_t id = 0;
    std::int64_t jobId = 0;
    std::int64_t newJobId = 0; // the reprint's job (0 for other actions)
    QString action;            // reprint, confirm_printed, cancel
    QString userId;
    QString deviceId;
    QString role;
    QString approvedBy; // the supervisor who approved an override ("" when none was needed)
    QString reason;
    QDateTime at;
};

// What the print spooler (devices/) needs from storage: the port, declared here as core's other ports are,
// so devices/ and db/ both depend inward; db/SqlPrintQueue is the SQLite adapter. Every call
// is one transaction. Used from one thread: each spooler opens its own.
class PrintJobStore
{
public:
    virtual ~PrintJobStore() = default;

    // Queues a job. A key already queued returns that job unchanged (`created` false), whatever its state.
    struct Enqueued
    {
        PrintJob job;
        bool created = true;
    };
    virtual Result<Enqueued> enqueue(const NewPrintJob& job) = 0;
    // The printer's oldest job that may be sent now (pending or held), if any.
    virtual Result<std::optional<PrintJob>> nextJob(const QString& printer) = 0;
    // pending/held -> sending, counting an attempt. Written (and synced) before the first byte goes.
    virtual Status markSending(std::int64_t id) = 0;
    // sending -> printed.
    virtual Status markPrinted(std::int64_t id) = 0;
    // sending -> pending: it failed before any byte left, so it is safe to send again later.
    virtual Status markUnsent(std::int64_t id, const QString& reason) = 0;
    // sending -> uncertain: bytes may have reached the printer.
    virtual Status markUncertain(std::int64_t id, const QString& reason) = 0;
    // pending -> held (a printer fault); the reason names it.
    virtual Status markHeld(std::int64_t id, const QString& reason) = 0;
    // The appliance stopped while sending: every job of the printer left in `sending` becomes uncertain.
    virtual Result<int> recoverInterrupted(const QString& printer, const QString& reason) = 0;

    virtual Result<PrintJob> job(std::int64_t id) = 0;
    // Jobs of one printer (all printers when empty), oldest first: the operator's view of the whole queue.
    virtual Result<QList<PrintJob>> jobs(const QString& printer) = 0;
    // The same for one merchant's labels only: what a member of the floor staff working for it may see.
    virtual Result<QList<PrintJob>> jobs(const TenantContext& tenant, const QString& printer) = 0;
    // The merchant's jobs, on every printer, that need someone (the supervisor's list): uncertain ones (an
    // operator decides whether the label is out), held ones (a printer fault stops them) and pending ones
    // that could not be sent yet (their last error says why). Oldest first, at most `limit`. Without their
    // payload: a list to look at, not to print from (job(id) has the bytes).
    virtual Result<QList<PrintJob>> jobsNeedingAttention(const TenantContext& tenant, int limit) = 0;
    // Jobs of the printer waiting to print (pending or held).
    virtual Result<std::int64_t> queueLength(const QString& printer) = 0;
    // Jobs of the printer in one state (e.g. uncertain ones waiting for an operator).
    virtual Result<std::int64_t> countInState(const QString& printer, PrintJobState state) = 0;

    // Operator actions, each audited (who, approved by whom, why) in the same transaction, each needing the
    // reprint-label permission (an override for a packer: a supervisor approves it), and each on a job of
    // the tenant the caller acts for (another merchant's job is foreign_tenant, and nothing changes).
    // A second label for a printed, uncertain or failed job: a new pending job with reprint_of set. An
    // uncertain or failed original is closed as failed ("reprinted as job N").
    virtual Result<PrintJob> reprint(const TenantContext& tenant, std::int64_t id, const Actor& actor,
                                     const QString& reason) = 0;
    // The operator saw the label of an uncertain job: uncertain -> printed.
    virtual Status confirmPrinted(const TenantContext& tenant, std::int64_t id, const Actor& actor,
                                  const QString& reason) = 0;
    // pending, held, uncertain or failed -> cancelled.
    virtual Status cancel(const TenantContext& tenant, std::int64_t id, const Actor& actor,
                          const QString& reason) = 0;
    virtual Result<QList<PrintJobAudit>> audit(std::int64_t jobId) = 0;
};

} // namespace wh
