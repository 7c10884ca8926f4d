// The fleet: 200 appliances in one process (each its own store, backlog, sync engine and MQTT client) drain
// their offline backlogs through one Mosquitto into one central service (central-sim --ack-only, every
// warehouse), with the broker stopped in the middle of the drain and started again. The central service's
// record must then be every appliance's outbox exactly: nothing lost, nothing twice, each tenant's order
// kept. Label `fleet` (and in the default suite); the figures at full size are bench/wh_bench_fleet's.
#include "Fleet.h"
#include "MosquittoBroker.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <catch2/catch.hpp>

using namespace wh;
using wh::test::FleetAppliance;
using wh::test::FleetEngines;
using wh::test::MosquittoBroker;

namespace {

std::int64_t total(const QList<FleetAppliance>& fleet)
{
    std::int64_t n = 0;
    for (const FleetAppliance& a : fleet)
        n += a.events;
    return n;
}

// `appliances` appliances with `eventsEach` events each drain at once; with `outage`, the broker is stopped
// once a tenth of the events is acknowledged and started again 3 s later.
void runFleet(int appliances, int eventsEach, bool outage)
{
    // 200 stores and 200 MQTT clients in this process, and as many connections to the broker.
    REQUIRE(test::raiseOpenFileLimit() >= 2048);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QList<FleetAppliance> fleet;
    {
        const QString error =
            test::buildFleet(dir.path(), QStringLiteral("wh"), appliances, eventsEach, &fleet);
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
    }
    REQUIRE(fleet.size() == appliances);
    const std::int64_t events = total(fleet);
    REQUIRE(events >= std::int64_t(appliances) * eventsEach);

    MosquittoBroker broker;
    REQUIRE(broker.start());
    const QString centralStore = dir.filePath(QStringLiteral("central.db"));
    QString error;
    auto central = test::startFleetCentral(QStringLiteral(WH_CENTRAL_SIM), broker.uri(), centralStore,
                                           dir.filePath(QStringLiteral("summary.json")), &error);
    INFO(error.toStdString());
    REQUIRE(central);

    sync::SyncConfig config;
    config.appVersion = QStringLiteral("test");
    config.eventsPerMessage = 5; // many small messages, so the outage lands in the middle of every stream
    config.window = 2;
    config.minBackoffMs = 200;
    config.maxBackoffMs = 2000;
    config.ackTimeoutMs = 2000;
    config.keepAliveSeconds = 2;
    FleetEngines engines(fleet, broker.uri(), config);
    {
        const QString started = engines.start();
        INFO(started.toStdString());
        REQUIRE(started.isEmpty());
    }

    int undrainedAtOutage = 0;
    if (outage) {
        // A part of the fleet's events is acknowledged: the broker goes away mid-drain, for a while.
        (void)QTest::qWaitFor(
            [&] {
                engines.poll();
                return engines.acknowledged() >= events / 10;
            },
            120000);
        INFO(engines.describeUndrained().toStdString());
        REQUIRE(engines.acknowledged() >= events / 10);
        broker.stop();
        engines.poll();
        undrainedAtOutage = engines.size() - engines.drained();
        CHECK(engines.acknowledged() < events); // the outage really interrupted the drain
        QThread::sleep(3);
        REQUIRE(broker.start());
    }

    // Every appliance (reconnects by itself and) finishes.
    const bool drained = engines.waitDrained(240000, 2000);
    INFO(engines.describeUndrained().toStdString());
    REQUIRE(drained);
    CHECK(engines.acknowledged() == events);
    CHECK(engines.reconnects() >= undrainedAtOutage); // each one cut off came back by itself
    engines.stop();

    int exitCode = -1;
    const QString output = test::stopFleetCentral(*central, &exitCode);
    INFO(output.right(4000).toStdString());
    CHECK(exitCode == 0); // no violation of the contract (chain forks, gaps left, malformed messages)

    // The central service's record is every outbox, event for event, once, in order per tenant.
    std::int64_t recorded = 0;
    const QStringList problems = test::compareWithCentral(centralStore, fleet, &recorded);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
    CHECK(recorded == events);
    for (const FleetAppliance& a : fleet) {
        INFO(a.warehouse.toStdString());
        REQUIRE(test::outboxPending(a.storePath) == 0);
    }

    // The comparison can fail: one event missing, two swapped, one more than sent are each found.
    QList<FleetAppliance> missing = fleet;
    missing[fleet.size() / 3].expected[QStringLiteral("acme")].append(
        test::FleetEvent{1'000'000, QStringLiteral("never-sent")});
    CHECK(test::compareWithCentral(centralStore, missing, &recorded).size() == 1);
    QList<FleetAppliance> swapped = fleet;
    auto& globex = swapped[fleet.size() / 2].expected[QStringLiteral("globex")];
    REQUIRE(globex.size() >= 2);
    globex.swapItemsAt(0, 1);
    CHECK(test::compareWithCentral(centralStore, swapped, &recorded).size() == 1);
    QList<FleetAppliance> fewer = fleet;
    fewer[fleet.size() - 1].expected[QStringLiteral("acme")].removeLast();
    CHECK(test::compareWithCentral(centralStore, fewer, &recorded).size() == 1);
    CHECK(test::compareWithCentral(centralStore, fleet.mid(1), &recorded).size() == 2); // wh-001: unknown
}

} // namespace

TEST_CASE("a fleet of 200 appliances drains its offline backlogs at once: nothing lost or twice and in order",
          "[.][fleet][sync]")
{
    runFleet(200, 50, false);
}

TEST_CASE("a fleet drains through a broker outage: every appliance reconnects and nothing is lost or twice",
          "[.][fleet][sync][restart]")
{
    // WH_FLEET_OUTAGE_APPLIANCES: a bigger fleet (see docs/benchmarks.md on 200 Paho clients in one process).
    const int appliances = qEnvironmentVariableIsSet("WH_FLEET_OUTAGE_APPLIANCES")
                               ? qEnvironmentVariableIntValue("WH_FLEET_OUTAGE_APPLIANCES")
                               : 20;
    runFleet(appliances, 50, true);
}
