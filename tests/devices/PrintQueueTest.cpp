// The print queue in the store file (db/SqlPrintQueue): idempotent enqueue, the job states, the operator's
// audited decisions, a full disk, and a reopen that keeps everything.

#include "SqlPrintQueue.h"
#include "Store.h"

#include "DevicesTestSupport.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace wh;
using namespace wh::devices;
using wh::db::SqlPrintQueue;

namespace {
const wh::TenantContext kAcme{QStringLiteral("acme")};

struct QueueFixture
{
    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<SqlPrintQueue> queue;

    QueueFixture() { reopen(); }
    QString path() const { return dir.filePath(QStringLiteral("warehouse.db")); }
    void reopen()
    {
        queue.reset();
        auto opened = SqlPrintQueue::open(path(), SqlPrintQueue::Options{&clock, 5000});
        INFO((opened ? QString() : opened.error().toString()).toStdString());
        REQUIRE(opened.ok());
        queue = std::move(opened).value();
    }
    PrintJob add(const QString& key, const QString& printer = QStringLiteral("dock-1"))
    {
        auto r = queue->enqueue(NewPrintJob{printer, QStringLiteral("acme"), QStringLiteral("shipping_label"),
                                            QStringLiteral("S1/C1"), key,
                                            "^XA^FDlabel " + key.toUtf8() + "^FS^XZ"});
        INFO((r ? QString() : r.error().toString()).toStdString());
        REQUIRE(r.ok());
        return r->job;
    }
    PrintJobState state(std::int64_t id) { return queue->job(id).value().state; }
};

Actor person(Role role, const QString& id, Approval approval = {})
{
    return Actor{id, QStringLiteral("pack-station-2"), role, approval};
}

} // namespace

TEST_CASE("the same idempotency key twice is one job", "[printer][queue]")
{
    QueueFixture f;
    const PrintJob first = f.add(QStringLiteral("ship:S1:C1"));
    CHECK(first.state == PrintJobState::Pending);
    CHECK(first.createdAt == f.clock.now());
    auto again = f.queue->enqueue(NewPrintJob{QStringLiteral("dock-1"), QStringLiteral("acme"),
                                              QStringLiteral("shipping_label"), QStringLiteral("S1/C1"),
                                              QStringLiteral("ship:S1:C1"), "^XA^FDother^FS^XZ"});
    REQUIRE(again.ok());
    CHECK_FALSE(again->created);
    CHECK(again->job.id == first.id);
    CHECK(again->job.payload == first.payload); // the first one stands
    CHECK(f.queue->jobs({}).value().size() == 1);

    // Even once printed, the key stays taken: a retried action does not print a second label.
    REQUIRE(f.queue->markSending(first.id).ok());
    REQUIRE(f.queue->markPrinted(first.id).ok());
    CHECK_FALSE(f.queue
                    ->enqueue(NewPrintJob{QStringLiteral("dock-1"),
                                          QStringLiteral("acme"),
                                          QStringLiteral("k"),
                                          {},
                                          QStringLiteral("ship:S1:C1"),
                                          "^XA^XZ"})
                    .value()
                    .created);
    CHECK(f.queue->queueLength(QStringLiteral("dock-1")).value() == 0);
}

TEST_CASE("a job without printer, tenant, kind, key or label data is refused and nothing is queued",
          "[printer][queue]")
{
    QueueFixture f;
    const NewPrintJob good{QStringLiteral("dock-1"), QStringLiteral("acme"), QStringLiteral("shipping_label"),
                           QStringLiteral("S1/C1"),  QStringLiteral("k1"),   "^XA^XZ"};
    auto refused = [&](NewPrintJob job, const QString& words) {
        const auto r = f.queue->enqueue(job);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::InvalidArgument);
        CHECK(r.error().message.contains(words));
    };
    NewPrintJob j = good;
    j.printer.clear();
    refused(j, QStringLiteral("printer"));
    j = good;
    j.tenant = QStringLiteral("  ");
    refused(j, QStringLiteral("tenant"));
    j = good;
    j.kind.clear();
    refused(j, QStringLiteral("kind"));
    j = good;
    j.idempotencyKey.clear();
    refused(j, QStringLiteral("idempotency key"));
    j = good;
    j.payload.clear();
    refused(j, QStringLiteral("no label data"));
    j = good;
    j.payload = QByteArray(SqlPrintQueue::kMaxPayload + 1, 'x');
    refused(j, QStringLiteral("more than"));
    CHECK(f.queue->jobs({}).value().isEmpty());
}

TEST_CASE("job states move only forward, and a wrong move names the state", "[printer][queue]")
{
    QueueFixture f;
    const PrintJob job = f.add(QStringLiteral("k1"));
    const auto printed = f.queue->markPrinted(job.id);
    REQUIRE_FALSE(printed.ok());
    CHECK(printed.error().code == ErrorCode::IllegalTransition);
    CHECK(printed.error().message.contains(QStringLiteral("is pending")));

    REQUIRE(f.queue->markHeld(job.id, QStringLiteral("paper out")).ok());
    CHECK(f.state(job.id) == PrintJobState::Held);
    CHECK(f.queue->nextJob(QStringLiteral("dock-1")).value()->id == job.id); // held jobs are still next
    REQUIRE(f.queue->markSending(job.id).ok());
    CHECK(f.queue->job(job.id).value().attempts == 1);
    CHECK_FALSE(f.queue->markSending(job.id).ok()); // never twice without a decision
    CHECK_FALSE(f.queue->nextJob(QStringLiteral("dock-1")).value().has_value());
    REQUIRE(f.queue->markUnsent(job.id, QStringLiteral("refused")).ok());
    CHECK(f.state(job.id) == PrintJobState::Pending);
    CHECK(f.queue->job(job.id).value().lastError == QStringLiteral("refused"));
    REQUIRE(f.queue->markSending(job.id).ok());
    f.clock.advanceMs(1500);
    REQUIRE(f.queue->markPrinted(job.id).ok());
    const PrintJob done = f.queue->job(job.id).value();
    CHECK(done.state == PrintJobState::Printed);
    CHECK(done.attempts == 2);
    CHECK(done.printedAt == f.clock.now());
    CHECK(f.queue->job(999).error().message.contains(QStringLiteral("no print job 999")));
}

TEST_CASE("jobs left sending by a stopped appliance become uncertain, for one printer only",
          "[printer][queue]")
{
    QueueFixture f;
    const PrintJob a = f.add(QStringLiteral("a"), QStringLiteral("dock-1"));
    const PrintJob b = f.add(QStringLiteral("b"), QStringLiteral("dock-2"));
    const PrintJob c = f.add(QStringLiteral("c"), QStringLiteral("dock-1"));
    REQUIRE(f.queue->markSending(a.id).ok());
    REQUIRE(f.queue->markSending(b.id).ok());
    f.reopen(); // the restart
    CHECK(f.state(a.id) == PrintJobState::Sending);
    CHECK(f.queue->recoverInterrupted(QStringLiteral("dock-1"), QStringLiteral("stopped")).value() == 1);
    CHECK(f.state(a.id) == PrintJobState::Uncertain);
    CHECK(f.state(b.id) == PrintJobState::Sending); // dock-2's spooler decides for dock-2
    CHECK(f.queue->nextJob(QStringLiteral("dock-1")).value()->id == c.id);
    CHECK(f.queue->countInState(QStringLiteral("dock-1"), PrintJobState::Uncertain).value() == 1);
}

TEST_CASE("a reprint is a new job with an audit record - only a permitted actor with a reason may ask",
          "[printer][queue][reprint]")
{
    QueueFixture f;
    const PrintJob job = f.add(QStringLiteral("ship:S7:C1"));
    REQUIRE(f.queue->markSending(job.id).ok());
    REQUIRE(f.queue->markPrinted(job.id).ok());

    const Actor picker = person(Role::Picker, QStringLiteral("pia"));
    CHECK(f.queue->reprint(kAcme, job.id, picker, QStringLiteral("torn")).error().code ==
          ErrorCode::PermissionDenied);
    const Actor packer = person(Role::Packer, QStringLiteral("paul"));
    CHECK(f.queue->reprint(kAcme, job.id, packer, QStringLiteral("torn")).error().code ==
          ErrorCode::ApprovalRequired);
    const Actor supervisor = person(Role::Supervisor, QStringLiteral("sue"));
    CHECK(f.queue->reprint(kAcme, job.id, supervisor, QStringLiteral("  ")).error().code ==
          ErrorCode::InvalidArgument);
    CHECK(f.queue->jobs({}).value().size() == 1); // refusals wrote nothing
    CHECK(f.queue->audit(job.id).value().isEmpty());

    const Actor approved =
        person(Role::Packer, QStringLiteral("paul"), Approval{QStringLiteral("sue"), Role::Supervisor});
    f.clock.advanceMs(60000);
    const auto reprint = f.queue->reprint(kAcme, job.id, approved, QStringLiteral("label torn"));
    REQUIRE(reprint.ok());
    CHECK(reprint->reprintOf == job.id);
    CHECK(reprint->state == PrintJobState::Pending);
    CHECK(reprint->payload == job.payload);
    CHECK(reprint->idempotencyKey == QStringLiteral("ship:S7:C1#reprint1"));
    CHECK(f.state(job.id) == PrintJobState::Printed); // the original stays what it was
    const auto audit = f.queue->audit(job.id).value();
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].action == QStringLiteral("reprint"));
    CHECK(audit[0].newJobId == reprint->id);
    CHECK(audit[0].userId == QStringLiteral("paul"));
    CHECK(audit[0].role == QStringLiteral("packer"));
    CHECK(audit[0].approvedBy == QStringLiteral("sue"));
    CHECK(audit[0].deviceId == QStringLiteral("pack-station-2"));
    CHECK(audit[0].reason == QStringLiteral("label torn"));
    CHECK(audit[0].at == f.clock.now());

    // A second reprint is another job, another record.
    const auto second = f.queue->reprint(kAcme, job.id, supervisor, QStringLiteral("smudged"));
    REQUIRE(second.ok());
    CHECK(second->idempotencyKey == QStringLiteral("ship:S7:C1#reprint2"));
    CHECK(f.queue->audit(job.id).value().size() == 2);

    // The audit is append-only.
    CHECK_FALSE(f.queue->connection().execScript("UPDATE print_job_audit SET reason = 'x'").ok());
    CHECK_FALSE(f.queue->connection().execScript("DELETE FROM print_job_audit").ok());

    // Not printed yet: nothing to reprint.
    CHECK(f.queue->reprint(kAcme, second->id, supervisor, QStringLiteral("again")).error().code ==
          ErrorCode::IllegalTransition);
}

TEST_CASE("an uncertain job waits for an operator: confirm, reprint or cancel, each audited",
          "[printer][queue][reprint]")
{
    QueueFixture f;
    const Actor supervisor = person(Role::Supervisor, QStringLiteral("sue"));
    const PrintJob a = f.add(QStringLiteral("a"));
    const PrintJob b = f.add(QStringLiteral("b"));
    const PrintJob c = f.add(QStringLiteral("c"));
    for (const PrintJob& j : {a, b, c}) {
        REQUIRE(f.queue->markSending(j.id).ok());
        REQUIRE(f.queue->markUncertain(j.id, QStringLiteral("connection lost after 10 of 40 bytes")).ok());
    }
    CHECK_FALSE(f.queue->nextJob(QStringLiteral("dock-1")).value().has_value()); // never sent by itself

    REQUIRE(f.queue->confirmPrinted(kAcme, a.id, supervisor, QStringLiteral("label is on the parcel")).ok());
    CHECK(f.state(a.id) == PrintJobState::Printed);
    CHECK(f.queue->audit(a.id).value().at(0).action == QStringLiteral("confirm_printed"));

    const auto again = f.queue->reprint(kAcme, b.id, supervisor, QStringLiteral("nothing came out"));
    REQUIRE(again.ok());
    const PrintJob closed = f.queue->job(b.id).value();
    CHECK(closed.state == PrintJobState::Failed);
    CHECK(closed.lastError.contains(QStringLiteral("Reprinted as job %1").arg(again->id)));
    CHECK(f.queue->nextJob(QStringLiteral("dock-1")).value()->id == again->id);

    REQUIRE(f.queue->cancel(kAcme, c.id, supervisor, QStringLiteral("order cancelled")).ok());
    CHECK(f.state(c.id) == PrintJobState::Cancelled);
    CHECK(f.queue->audit(c.id).value().at(0).action == QStringLiteral("cancel"));
    CHECK(f.queue->cancel(kAcme, c.id, supervisor, QStringLiteral("twice")).error().code ==
          ErrorCode::IllegalTransition);
    CHECK(f.queue->confirmPrinted(kAcme, again->id, supervisor, QStringLiteral("x")).error().code ==
          ErrorCode::IllegalTransition);
}

TEST_CASE("a full disk refuses a new job with storage_full and loses nothing", "[printer][queue][disk-full]")
{
    QueueFixture f;
    const PrintJob kept = f.add(QStringLiteral("kept"));
    db::Connection& c = f.queue->connection();
    const auto pages = c.queryInt("PRAGMA page_count").value();
    // The file may not grow: SQLite answers SQLITE_FULL exactly as on a full disk.
    REQUIRE(c.execScript(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)).ok());
    const auto r = f.queue->enqueue(NewPrintJob{QStringLiteral("dock-1"), QStringLiteral("acme"),
                                                QStringLiteral("shipping_label"), QStringLiteral("S2/C1"),
                                                QStringLiteral("big"), QByteArray(256 * 1024, 'Z')});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::StorageFull);
    CHECK(r.error().message.contains(QStringLiteral("disk is full")));
    const auto jobs = f.queue->jobs({}).value();
    REQUIRE(jobs.size() == 1);
    CHECK(jobs[0].id == kept.id);
    CHECK(jobs[0].payload == kept.payload);
    // Space again: the same key goes in (the refused attempt left nothing behind that would block it).
    REQUIRE(c.execScript("PRAGMA max_page_count = 1073741823").ok());
    CHECK(f.queue
              ->enqueue(NewPrintJob{QStringLiteral("dock-1"),
                                    QStringLiteral("acme"),
                                    QStringLiteral("k"),
                                    {},
                                    QStringLiteral("big"),
                                    QByteArray(256 * 1024, 'Z')})
              .value()
              .created);
}

TEST_CASE("the queue shares the store file with the store and survives a reopen", "[printer][queue]")
{
    QueueFixture f;
    const PrintJob job = f.add(QStringLiteral("k1"));
    {
        auto store = db::Store::open(f.path());
        REQUIRE(store.ok());
        CHECK((*store)->connection().queryInt("SELECT count(*) FROM print_jobs") == 1);
    }
    f.reopen();
    const auto again = f.queue->job(job.id);
    REQUIRE(again.ok());
    CHECK(again->payload == job.payload);
    CHECK(again->state == PrintJobState::Pending);
}

TEST_CASE(
    "another merchant's print jobs are neither listed for it nor reprinted, confirmed or cancelled by it",
    "[printer][queue][tenant]")
{
    QueueFixture f;
    const Actor supervisor = person(Role::Supervisor, QStringLiteral("sue"));
    const PrintJob acme = f.add(QStringLiteral("acme-label"));
    auto globexJob = f.queue->enqueue(
        NewPrintJob{QStringLiteral("dock-1"), QStringLiteral("globex"), QStringLiteral("shipping_label"),
                    QStringLiteral("S9/C1"), QStringLiteral("globex-label"), QByteArrayLiteral("^XA^XZ")});
    REQUIRE(globexJob.ok());
    const PrintJob globex = globexJob->job;
    REQUIRE(f.queue->markSending(globex.id).ok());
    REQUIRE(f.queue->markUncertain(globex.id, QStringLiteral("connection lost")).ok());

    // The floor's view: each merchant its own; the operator's: both.
    const auto acmeView = f.queue->jobs(kAcme, QString()).value();
    REQUIRE(acmeView.size() == 1);
    CHECK(acmeView.first().id == acme.id);
    CHECK(
        f.queue->jobs(wh::TenantContext(QStringLiteral("globex")), QStringLiteral("dock-1")).value().size() ==
        1);
    CHECK(f.queue->jobs(QString()).value().size() == 2);

    // Acting for acme on globex's job: refused, and nothing changes or is audited.
    for (const auto& refusal :
         {f.queue->reprint(kAcme, globex.id, supervisor, QStringLiteral("torn")).error(),
          f.queue->confirmPrinted(kAcme, globex.id, supervisor, QStringLiteral("seen")).error(),
          f.queue->cancel(kAcme, globex.id, supervisor, QStringLiteral("gone")).error()}) {
        CHECK(refusal.code == ErrorCode::ForeignTenant);
        CHECK(refusal.message.contains(QStringLiteral("another merchant")));
        CHECK_FALSE(refusal.message.contains(QStringLiteral("S9")));
    }
    CHECK(f.state(globex.id) == PrintJobState::Uncertain);
    CHECK(f.queue->audit(globex.id).value().isEmpty());
    CHECK(f.queue->jobs(QString()).value().size() == 2);
    // Acting for globex, the same decision is taken.
    CHECK(f.queue
              ->confirmPrinted(wh::TenantContext(QStringLiteral("globex")), globex.id, supervisor,
                               QStringLiteral("label is on the parcel"))
              .ok());
}

TEST_CASE(
    "the jobs needing someone: a merchant's uncertain, held and unsent jobs, oldest first, without payload",
    "[printer][queue][attention]")
{
    QueueFixture f;
    const PrintJob printed = f.add(QStringLiteral("printed"));
    const PrintJob uncertain = f.add(QStringLiteral("uncertain"), QStringLiteral("dock-2"));
    const PrintJob held = f.add(QStringLiteral("held"));
    const PrintJob unsent = f.add(QStringLiteral("unsent"));
    const PrintJob waiting = f.add(QStringLiteral("waiting")); // pending, never tried: nothing wrong yet
    const PrintJob cancelled = f.add(QStringLiteral("cancelled"));
    REQUIRE(f.queue->markSending(printed.id).ok());
    REQUIRE(f.queue->markPrinted(printed.id).ok());
    REQUIRE(f.queue->markSending(uncertain.id).ok());
    REQUIRE(f.queue->markUncertain(uncertain.id, QStringLiteral("connection lost after 200 bytes")).ok());
    REQUIRE(f.queue->markHeld(held.id, QStringLiteral("head open")).ok());
    REQUIRE(f.queue->markSending(unsent.id).ok());
    REQUIRE(f.queue->markUnsent(unsent.id, QStringLiteral("connection refused")).ok());
    REQUIRE(f.queue
                ->cancel(kAcme, cancelled.id, person(Role::Supervisor, QStringLiteral("sue")),
                         QStringLiteral("not needed"))
                .ok());
    auto other = f.queue->enqueue(NewPrintJob{QStringLiteral("dock-1"), QStringLiteral("globex"),
                                              QStringLiteral("shipping_label"), QStringLiteral("S9/C1"),
                                              QStringLiteral("globex"), QByteArrayLiteral("^XA^XZ")});
    REQUIRE(other.ok());
    REQUIRE(f.queue->markHeld(other->job.id, QStringLiteral("paper out")).ok());

    const auto list = f.queue->jobsNeedingAttention(kAcme, 100);
    REQUIRE(list.ok());
    QList<std::int64_t> ids;
    for (const PrintJob& j : *list)
        ids.append(j.id);
    CHECK(ids == QList<std::int64_t>{uncertain.id, held.id, unsent.id});
    CHECK(list->at(0).state == PrintJobState::Uncertain);
    CHECK(list->at(0).printer == QStringLiteral("dock-2"));
    CHECK(list->at(0).reference == QStringLiteral("S1/C1"));
    CHECK(list->at(0).lastError == QStringLiteral("connection lost after 200 bytes"));
    CHECK(list->at(0).createdAt == f.clock.now());
    CHECK(list->at(0).payload.isEmpty());
    CHECK(list->at(2).lastError == QStringLiteral("connection refused"));
    CHECK(f.queue->jobsNeedingAttention(kAcme, 2).value().size() == 2);
    CHECK(f.queue->jobsNeedingAttention(wh::TenantContext(QStringLiteral("globex")), 100).value().size() ==
          1);
    CHECK(f.queue->jobsNeedingAttention(wh::TenantContext(QStringLiteral("initech")), 100).value().isEmpty());
    (void)waiting;

    // A decision takes a job off the list.
    REQUIRE(f.queue
                ->confirmPrinted(kAcme, uncertain.id, person(Role::Supervisor, QStringLiteral("sue")),
                                 QStringLiteral("label found"))
                .ok());
    CHECK(f.queue->jobsNeedingAttention(kAcme, 100).value().size() == 2);

    // SQLite reads the few rows through the partial index, not every label ever printed.
    db::Statement plan = f.queue->connection().prepare(
        "EXPLAIN QUERY PLAN SELECT id FROM print_jobs WHERE tenant_id = ?1 AND "
        "(state IN ('uncertain', 'held') OR (state = 'pending' AND last_error <> '')) ORDER BY id LIMIT ?2");
    QString detail;
    while (plan.next())
        detail += plan.text(3) + QLatin1Char('\n');
    INFO(detail.toStdString());
    CHECK(detail.contains(QStringLiteral("print_jobs_attention")));
}
