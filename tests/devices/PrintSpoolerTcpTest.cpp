// The print spooler against a fake network printer on a loopback socket: every path of a job, over real
// TCP. A label reaching the printer is counted by its marker in the bytes the printer received.

#include "PrinterTestSupport.h"

using namespace wh;
using namespace wh::devices;
using namespace wh::devices::test;
using wh::test::FakePrinter;
using wh::test::FakePrinterFlags;

namespace {
const wh::TenantContext kAcme{QStringLiteral("acme")};

int countOf(const QByteArray& haystack, const QString& marker)
{
    return int(haystack.count(marker.toUtf8()));
}

} // namespace

TEST_CASE("a job is printed exactly once, status asked before and after", "[printer][spooler][tcp]")
{
    FakePrinter fake;
    REQUIRE(fake.listen());
    SpoolerFixture f;
    f.start(tcpPrinter(QStringLiteral("dock-1"), fake.port()));
    const PrintJob job = f.enqueue(QStringLiteral("ship:S1:C1"), label(QStringLiteral("job-one")));
    REQUIRE(f.waitState(job.id, PrintJobState::Printed));
    REQUIRE(fake.labels().size() == 1);
    CHECK(fake.labels()[0] == job.payload);
    CHECK(fake.hostQueries() >= 2); // one before, one after the label
    CHECK(fake.received().indexOf("~HS") < fake.received().indexOf("^XA"));
    CHECK(fake.received().lastIndexOf("~HS") > fake.received().indexOf("^XZ"));
    const PrintJob done = f.job(job.id);
    CHECK(done.attempts == 1);
    CHECK(done.printedAt.has_value());
    REQUIRE(waitFor([&] { return f.lastReport() && f.lastReport()->queueLength == 0; }));
    CHECK(f.lastReport()->online);
    CHECK(f.lastReport()->faults.isEmpty());
    CHECK(f.printed == QList<qint64>{job.id});

    // Another job later: the first is not sent again.
    const PrintJob second = f.enqueue(QStringLiteral("ship:S2:C1"), label(QStringLiteral("job-two")));
    REQUIRE(f.waitState(second.id, PrintJobState::Printed));
    CHECK(fake.labels().size() == 2);
    CHECK(countOf(fake.received(), QStringLiteral("job-one")) == 1);
}

TEST_CASE("the same idempotency key twice prints one label", "[printer][spooler][tcp]")
{
    FakePrinter fake;
    REQUIRE(fake.listen());
    SpoolerFixture f;
    f.start(tcpPrinter(QStringLiteral("dock-1"), fake.port()));
    const PrintJob a = f.enqueue(QStringLiteral("ship:S1:C1"), label(QStringLiteral("once")));
    const PrintJob b = f.enqueue(QStringLiteral("ship:S1:C1"), label(QStringLiteral("once")));
    CHECK(a.id == b.id);
    const PrintJob sentinel = f.enqueue(QStringLiteral("ship:S9:C1"), label(QStringLiteral("sentinel")));
    REQUIRE(f.waitState(sentinel.id, PrintJobState::Printed));
    CHECK(f.state(a.id) == PrintJobState::Printed);
    CHECK(fake.labels().size() == 2);
    CHECK(countOf(fake.received(), QStringLiteral("once")) == 1);
}

TEST_CASE("a printer that is off: the job waits and prints once it is back", "[printer][spooler][tcp]")
{
    FakePrinter fake;
    REQUIRE(fake.listen());
    fake.refuseConnections();
    SpoolerFixture f;
    f.start(tcpPrinter(QStringLiteral("dock-1"), fake.port()));
    const PrintJob job = f.enqueue(QStringLiteral("k1"), label(QStringLiteral("waited")));
    REQUIRE(waitFor(
        [&] { return f.lastReport() && f.lastReport()->lastError.contains(QStringLiteral("refused")); }));
    CHECK_FALSE(f.lastReport()->online);
    CHECK(f.lastReport()->queueLength == 1);
    CHECK(f.state(job.id) == PrintJobState::Pending);
    CHECK(f.job(job.id).attempts == 0); // nothing was ever sent
    REQUIRE(fake.acceptConnections());
    REQUIRE(f.waitState(job.id, PrintJobState::Printed));
    CHECK(fake.labels().size() == 1);
    REQUIRE(waitFor([&] { return f.lastReport()->online && f.lastReport()->lastError.isEmpty(); }));
}

TEST_CASE("paper out or head open: the job is held and reported, and prints once cleared",
          "[printer][spooler][tcp]")
{
    auto flags = GENERATE(FakePrinterFlags{true, false, false, false, false},
                          FakePrinterFlags{false, true, false, false, false},
                          FakePrinterFlags{false, false, true, false, false},
                          FakePrinterFlags{false, false, false, true, false},
                          FakePrinterFlags{false, false, false, false, true});
    const PrinterFault expected = flags.paperOut    ? PrinterFault::PaperOut
                                  : flags.headOpen  ? PrinterFault::HeadOpen
                                  : flags.ribbonOut ? PrinterFault::RibbonOut
                                  : flags.paused    ? PrinterFault::Paused
                                                    : PrinterFault::BufferFull;
    INFO(printerFaultName(expected).toStdString());
    FakePrinter fake;
    REQUIRE(fake.listen());
    fake.setFlags(flags);
    SpoolerFixture f;
    QList<qint64> held;
    f.start(tcpPrinter(QStringLiteral("dock-1"), fake.port()));
    QObject context;
    QObject::connect(f.worker->spooler(), &PrintSpooler::jobHeld, &context,
                     [&](qint64 id, const QString&) { held.append(id); });
    const PrintJob job = f.enqueue(QStringLiteral("k1"), label(QStringLiteral("held")));
    REQUIRE(f.waitState(job.id, PrintJobState::Held));
    REQUIRE(waitFor([&] { return f.reportedFault(expected); }));
    CHECK(f.lastReport()->online);
    CHECK(f.lastReport()->lastError == printerFaultMessage(expected));
    CHECK(f.job(job.id).lastError == printerFaultMessage(expected));
    REQUIRE(waitFor([&] { return held == QList<qint64>{job.id}; }));
    // Polled while held, nothing sent.
    REQUIRE(waitFor([&] { return fake.hostQueries() >= 3; }));
    CHECK(fake.labels().isEmpty());
    CHECK(f.state(job.id) == PrintJobState::Held);

    fake.setFlags({});
    REQUIRE(f.waitState(job.id, PrintJobState::Printed));
    CHECK(fake.labels().size() == 1);
    REQUIRE(waitFor([&] { return f.lastReport()->faults.isEmpty() && f.lastReport()->lastError.isEmpty(); }));
}

TEST_CASE("a printer that stays silent is faulty after the timeout - the job waits and prints once it answers",
          "[printer][spooler][tcp]")
{
    FakePrinter fake;
    REQUIRE(fake.listen());
    fake.setSilent(true);
    SpoolerFixture f;
    f.start(tcpPrinter(QStringLiteral("dock-1"), fake.port()));
    const PrintJob job = f.enqueue(QStringLiteral("k1"), label(QStringLiteral("quiet")));
    REQUIRE(waitFor([&] { return f.reportedFault(PrinterFault::Silent); }));
    CHECK_FALSE(f.lastReport()->online);
    CHECK(f.lastReport()->lastError.contains(QStringLiteral("did not answer")));
    CHECK(f.state(job.id) == PrintJobState::Pending);
    CHECK(f.job(job.id).attempts == 0);
    CHECK(fake.labels().isEmpty());
    REQUIRE(waitFor([&] { return fake.hostQueries() >= 2; })); // retried, with backoff
    fake.setSilent(false);
    REQUIRE(f.waitState(job.id, PrintJobState::Printed));
    CHECK(fake.labels().size() == 1);
}

TEST_CASE("a Zebra quiet on ~HS while out of media still says why on ~HQES", "[printer][spooler][tcp]")
{
    FakePrinter fake;
    REQUIRE(fake.listen());
    fake.setZebraQuiet(true);
    fake.setFlags(FakePrinterFlags{true, false, false, false, false});
    SpoolerFixture f;
    f.start(tcpPrinter(QStringLiteral("dock-1"), fake.port(), QStringLiteral(",status=hqes")));
    const PrintJob job = f.enqueue(QStringLiteral("k1"), label(QStringLiteral("media")));
    REQUIRE(f.waitState(job.id, PrintJobState::Held));
    REQUIRE(waitFor([&] { return f.reportedFault(PrinterFault::PaperOut); }));
    CHECK_FALSE(f.reportedFault(PrinterFault::Silent));
    fake.setFlags({});
    REQUIRE(f.waitState(job.id, PrintJobState::Printed));
    CHECK(fake.labels().size() == 1);
}

TEST_CASE("a connection dropped mid-job: the job is uncertain and never re-sent by itself",
          "[printer][spooler][tcp]")
{
    FakePrinter fake;
    REQUIRE(fake.listen());
    fake.dropAfter(3 + 200); // the ~HS, then 200 bytes of the label
    SpoolerFixture f;
    f.start(tcpPrinter(QStringLiteral("dock-1"), fake.port()));
    const PrintJob job = f.enqueue(QStringLiteral("k1"), label(QStringLiteral("dropped"), 4000));
    REQUIRE(f.waitState(job.id, PrintJobState::Uncertain));
    CHECK(f.job(job.id).attempts == 1);
    CHECK(f.job(job.id).lastError.contains(QStringLiteral("may have printed")));
    REQUIRE(waitFor([&] { return f.uncertain == QList<qint64>{job.id}; }));
    REQUIRE(waitFor([&] { return f.lastReport() && f.lastReport()->uncertainJobs == 1; }));

    // The queue goes on; the uncertain job stays as it is.
    const PrintJob next = f.enqueue(QStringLiteral("k2"), label(QStringLiteral("after")));
    REQUIRE(f.waitState(next.id, PrintJobState::Printed));
    CHECK(countOf(fake.received(), QStringLiteral("dropped")) == 1);
    CHECK(fake.labels().size() == 1);
    CHECK(f.state(job.id) == PrintJobState::Uncertain);
}

TEST_CASE("a printer that goes silent once it has the label: uncertain, not printed, never re-sent",
          "[printer][spooler][tcp]")
{
    FakePrinter fake;
    REQUIRE(fake.listen());
    fake.setSilentAfterLabel(true);
    SpoolerFixture f;
    f.start(tcpPrinter(QStringLiteral("dock-1"), fake.port()));
    const PrintJob job = f.enqueue(QStringLiteral("k1"), label(QStringLiteral("unconfirmed")));
    REQUIRE(f.waitState(job.id, PrintJobState::Uncertain));
    CHECK(f.job(job.id).lastError.contains(QStringLiteral("did not confirm")));
    CHECK(fake.labels().size() == 1);
    REQUIRE(waitFor([&] { return f.reportedFault(PrinterFault::Silent); }));
    // It answers again: the next job prints, the uncertain one stays for an operator.
    fake.setSilent(false);
    fake.setSilentAfterLabel(false);
    const PrintJob next = f.enqueue(QStringLiteral("k2"), label(QStringLiteral("after")));
    REQUIRE(f.waitState(next.id, PrintJobState::Printed));
    CHECK(countOf(fake.received(), QStringLiteral("unconfirmed")) == 1);
    CHECK(f.state(job.id) == PrintJobState::Uncertain);
}

TEST_CASE("a printer that goes silent mid-job (stops reading): uncertain, never re-sent",
          "[printer][spooler][tcp]")
{
    FakePrinter fake;
    REQUIRE(fake.listen());
    fake.stallAfter(3 + 1000);
    SpoolerFixture f;
    f.start(tcpPrinter(QStringLiteral("dock-1"), fake.port()));
    // Larger than what the kernel buffers between the two ends, so the write really stalls.
    const PrintJob job = f.enqueue(QStringLiteral("k1"), label(QStringLiteral("stalled"), 12 * 1024 * 1024));
    REQUIRE(f.waitState(job.id, PrintJobState::Uncertain, 30000));
    const PrintJob j = f.job(job.id);
    CHECK(j.lastError.contains(QStringLiteral("took no data")));
    fake.resumeReading();
    const PrintJob next = f.enqueue(QStringLiteral("k2"), label(QStringLiteral("after")));
    REQUIRE(f.waitState(next.id, PrintJobState::Printed, 30000));
    CHECK(countOf(fake.received(), QStringLiteral("stalled")) == 1);
    CHECK(f.state(job.id) == PrintJobState::Uncertain);
}

TEST_CASE("a restart: pending jobs survive and print once - a job left sending is not re-sent",
          "[printer][spooler][tcp]")
{
    FakePrinter fake;
    REQUIRE(fake.listen());
    fake.refuseConnections();
    SpoolerFixture f;
    f.start(tcpPrinter(QStringLiteral("dock-1"), fake.port()));
    const PrintJob a = f.enqueue(QStringLiteral("a"), label(QStringLiteral("first")));
    const PrintJob b = f.enqueue(QStringLiteral("b"), label(QStringLiteral("second")));
    REQUIRE(waitFor(
        [&] { return f.lastReport() && f.lastReport()->lastError.contains(QStringLiteral("refused")); }));
    f.stop(); // the appliance goes down with two jobs waiting...
    // ...and one more that was being sent when it went down (as its spooler would have left it).
    const PrintJob c = f.enqueue(QStringLiteral("c"), label(QStringLiteral("interrupted")));
    REQUIRE(f.queue->markSending(c.id).ok());
    f.queue.reset();
    auto reopened = db::SqlPrintQueue::open(f.path());
    REQUIRE(reopened.ok());
    f.queue = std::move(reopened).value();

    REQUIRE(fake.acceptConnections());
    f.start(f.config);
    REQUIRE(f.waitState(b.id, PrintJobState::Printed));
    CHECK(f.state(a.id) == PrintJobState::Printed);
    CHECK(f.state(c.id) == PrintJobState::Uncertain);
    CHECK(f.job(c.id).lastError.contains(QStringLiteral("stopped while sending")));
    REQUIRE(fake.labels().size() == 2);
    CHECK(fake.labels()[0] == a.payload); // in the order queued
    CHECK(fake.labels()[1] == b.payload);
    CHECK(countOf(fake.received(), QStringLiteral("interrupted")) == 0);
}

TEST_CASE("a reprint prints a second label and leaves an audit record", "[printer][spooler][tcp][reprint]")
{
    FakePrinter fake;
    REQUIRE(fake.listen());
    SpoolerFixture f;
    f.start(tcpPrinter(QStringLiteral("dock-1"), fake.port()));
    const PrintJob job = f.enqueue(QStringLiteral("ship:S3:C1"), label(QStringLiteral("again")));
    REQUIRE(f.waitState(job.id, PrintJobState::Printed));
    const Actor supervisor{QStringLiteral("sue"), QStringLiteral("pack-1"), Role::Supervisor, {}};
    const auto reprint = f.queue->reprint(kAcme, job.id, supervisor, QStringLiteral("label torn"));
    REQUIRE(reprint.ok());
    f.worker->wake();
    REQUIRE(f.waitState(reprint->id, PrintJobState::Printed));
    REQUIRE(fake.labels().size() == 2);
    CHECK(fake.labels()[1] == fake.labels()[0]);
    const auto audit = f.queue->audit(job.id).value();
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].userId == QStringLiteral("sue"));
    CHECK(audit[0].reason == QStringLiteral("label torn"));
    CHECK(audit[0].newJobId == reprint->id);
}

TEST_CASE("two printers are independent: one out of paper does not stop the other", "[printer][spooler][tcp]")
{
    FakePrinter empty;
    FakePrinter fine;
    REQUIRE(empty.listen());
    REQUIRE(fine.listen());
    empty.setFlags(FakePrinterFlags{true, false, false, false, false});
    SpoolerFixture a;
    a.start(tcpPrinter(QStringLiteral("dock-1"), empty.port()));
    // The second printer's spooler shares the first one's store file, as on the appliance.
    PrinterWorker second(tcpPrinter(QStringLiteral("dock-2"), fine.port()), a.options, a.storeFactory());
    second.start();
    const PrintJob held = a.enqueue(QStringLiteral("h1"), label(QStringLiteral("to-empty")));
    const PrintJob p1 =
        a.enqueue(QStringLiteral("p1"), label(QStringLiteral("to-fine-1")), QStringLiteral("dock-2"));
    const PrintJob p2 =
        a.enqueue(QStringLiteral("p2"), label(QStringLiteral("to-fine-2")), QStringLiteral("dock-2"));
    second.wake();
    REQUIRE(a.waitState(p2.id, PrintJobState::Printed));
    CHECK(a.state(p1.id) == PrintJobState::Printed);
    REQUIRE(a.waitState(held.id, PrintJobState::Held));
    CHECK(fine.labels().size() == 2);
    CHECK(empty.labels().isEmpty());
}

TEST_CASE("a printer set to status=none is never asked - a job counts as printed once sent",
          "[printer][spooler][tcp]")
{
    FakePrinter fake;
    REQUIRE(fake.listen());
    fake.setSilent(true); // it would not answer anyway
    SpoolerFixture f;
    f.start(tcpPrinter(QStringLiteral("dock-1"), fake.port(), QStringLiteral(",status=none")));
    const PrintJob job = f.enqueue(QStringLiteral("k1"), label(QStringLiteral("dumb")));
    REQUIRE(f.waitState(job.id, PrintJobState::Printed));
    // Printed means handed to the kernel here: the printer may read it a moment later.
    REQUIRE(waitFor([&] { return fake.labels().size() == 1; }));
    CHECK(fake.statusQueries() == 0);
    CHECK_FALSE(fake.received().contains("~HS"));
}

TEST_CASE(
    "an idle printer is still asked for its status now and then, so a fault shows before the next label",
    "[printer][spooler][tcp][idle]")
{
    FakePrinter fake;
    REQUIRE(fake.listen());
    SpoolerFixture f;
    f.options.idleCheckMs = 100;
    f.start(tcpPrinter(QStringLiteral("dock-1"), fake.port()));
    // Nothing queued: asked at start, found well, and the connection let go (a network printer serves one).
    REQUIRE(waitFor([&] { return f.lastReport() && f.lastReport()->online; }));
    CHECK(f.lastReport()->faults.isEmpty());
    CHECK(f.lastReport()->queueLength == 0);
    REQUIRE(waitFor([&] { return !fake.connected(); }));

    // The head is opened while nothing prints: the next idle check reports it.
    fake.setFlags({.headOpen = true});
    REQUIRE(waitFor([&] { return f.reportedFault(PrinterFault::HeadOpen); }));
    CHECK(f.lastReport()->lastError == printerFaultMessage(PrinterFault::HeadOpen));
    CHECK(fake.labels().isEmpty());

    // Switched off: said so at the next check; back on and closed: well again.
    fake.refuseConnections();
    REQUIRE(waitFor([&] { return !f.lastReport()->online; }));
    REQUIRE(fake.acceptConnections());
    fake.setFlags({});
    REQUIRE(waitFor([&] { return f.lastReport()->online && f.lastReport()->faults.isEmpty(); }));
    const int queries = fake.hostQueries();
    CHECK(queries >= 3);

    // Not more often than asked for: over 0.5 s at 100 ms, a handful of checks, not a busy loop.
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    CHECK(fake.hostQueries() - queries <= 7);
    CHECK(fake.labels().isEmpty());
}
