// The print spooler against a fake serial printer at the far end of a socat pseudo-terminal pair: the
// same paths as over TCP, through a real tty and QSerialPort.

#include "PrinterTestSupport.h"
#include "PtyPair.h"

using namespace wh;
using namespace wh::devices;
using namespace wh::devices::test;
using wh::test::FakePrinter;
using wh::test::FakePrinterFlags;
using wh::test::PtyPair;

namespace {

PrinterConfig serialPrinter(const PtyPair& pair)
{
    return PrinterConfig::parse(QStringLiteral("serial:%1,baud=115200,name=pack-2").arg(pair.applianceEnd()))
        .value();
}

struct SerialRig
{
    PtyPair pair;
    FakePrinter fake;
    SpoolerFixture f;

    SerialRig()
    {
        INFO(pair.error().toStdString());
        REQUIRE(pair.start());
        REQUIRE(fake.attach(pair.deviceEnd()));
    }
};

} // namespace

TEST_CASE("serial: a job is printed exactly once", "[printer][spooler][serial]")
{
    SerialRig rig;
    rig.f.start(serialPrinter(rig.pair));
    const PrintJob job = rig.f.enqueue(QStringLiteral("k1"), label(QStringLiteral("serial-one"), 20000));
    REQUIRE(rig.f.waitState(job.id, PrintJobState::Printed));
    REQUIRE(rig.fake.labels().size() == 1);
    CHECK(rig.fake.labels()[0] == job.payload);
    const PrintJob next = rig.f.enqueue(QStringLiteral("k2"), label(QStringLiteral("serial-two")));
    REQUIRE(rig.f.waitState(next.id, PrintJobState::Printed));
    CHECK(rig.fake.labels().size() == 2);
    CHECK(rig.fake.received().count("serial-one") == 1);
}

TEST_CASE("serial: head open holds the job until closed", "[printer][spooler][serial]")
{
    SerialRig rig;
    rig.fake.setFlags(FakePrinterFlags{false, true, false, false, false});
    rig.f.start(serialPrinter(rig.pair));
    const PrintJob job = rig.f.enqueue(QStringLiteral("k1"), label(QStringLiteral("head")));
    REQUIRE(rig.f.waitState(job.id, PrintJobState::Held));
    REQUIRE(waitFor([&] { return rig.f.reportedFault(PrinterFault::HeadOpen); }));
    CHECK(rig.fake.labels().isEmpty());
    rig.fake.setFlags({});
    REQUIRE(rig.f.waitState(job.id, PrintJobState::Printed));
    CHECK(rig.fake.labels().size() == 1);
}

TEST_CASE("serial: a silent printer is faulty after the timeout, and prints once it answers",
          "[printer][spooler][serial]")
{
    SerialRig rig;
    rig.fake.setSilent(true);
    rig.f.start(serialPrinter(rig.pair));
    const PrintJob job = rig.f.enqueue(QStringLiteral("k1"), label(QStringLiteral("quiet")));
    REQUIRE(waitFor([&] { return rig.f.reportedFault(PrinterFault::Silent); }));
    CHECK(rig.f.state(job.id) == PrintJobState::Pending);
    CHECK(rig.fake.labels().isEmpty());
    rig.fake.setSilent(false);
    REQUIRE(rig.f.waitState(job.id, PrintJobState::Printed));
    CHECK(rig.fake.labels().size() == 1);
}

TEST_CASE("serial: a printer that stops reading mid-job leaves the job uncertain, never re-sent",
          "[printer][spooler][serial]")
{
    SerialRig rig;
    rig.fake.stallAfter(3 + 500);
    rig.f.start(serialPrinter(rig.pair));
    // Far more than the terminals and socat buffer, so the write really stalls.
    const PrintJob job = rig.f.enqueue(QStringLiteral("k1"), label(QStringLiteral("stuck"), 1024 * 1024));
    REQUIRE(rig.f.waitState(job.id, PrintJobState::Uncertain, 30000));
    CHECK(rig.f.job(job.id).lastError.contains(QStringLiteral("took no data")));
    CHECK(rig.f.job(job.id).attempts == 1);
    CHECK(rig.fake.labels().isEmpty());
    CHECK(rig.fake.received().count("stuck") == 1);
}

TEST_CASE("serial: an unplugged printer: the job waits and prints once it is plugged back in",
          "[printer][spooler][serial]")
{
    SerialRig rig;
    rig.fake.detach();
    rig.pair.stop();
    rig.f.start(serialPrinter(rig.pair));
    const PrintJob job = rig.f.enqueue(QStringLiteral("k1"), label(QStringLiteral("plugged")));
    REQUIRE(waitFor([&] {
        return rig.f.lastReport() && rig.f.lastReport()->lastError.contains(QStringLiteral("Cannot open"));
    }));
    CHECK(rig.f.state(job.id) == PrintJobState::Pending);
    REQUIRE(rig.pair.start());
    REQUIRE(rig.fake.attach(rig.pair.deviceEnd()));
    REQUIRE(rig.f.waitState(job.id, PrintJobState::Printed));
    CHECK(rig.fake.labels().size() == 1);
}
