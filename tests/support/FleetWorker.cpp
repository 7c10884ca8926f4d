// wh_fleet_worker: a part of a fleet in a process of its own, for the fleet test's broker outage with 200
// appliances. Paho C shares its threads and socket table between all clients of a process, and with about 50
// or more clients losing their connection at once it crashes (docs/benchmarks.md, section 14); an appliance
// has one client per process, so the test spreads the fleet over processes of a few clients each.
//
//   wh_fleet_worker <dir> <prefix> <first index> <count> <broker uri>
//
// Runs the engines of appliances <prefix>-<first+1> ... (their stores already built in <dir>), prints
// "progress <acknowledged> <drained> <reconnects>" every 100 ms (and "state ..." with the stragglers every 5
// s), and once all have drained "done <reconnects>" and exits 0 (1 on an error, with the reason).

#include "Fleet.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>
#include <QThread>

#include <chrono>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        out << "usage: wh_fleet_worker <dir> <prefix> <first index> <count> <broker uri>" << Qt::endl;
        return 1;
    }
    wh::test::raiseOpenFileLimit();
    const int first = args[3].toInt();
    const int count = args[4].toInt();
    QList<wh::test::FleetAppliance> fleet;
    for (int i = first; i < first + count; ++i) {
        wh::test::FleetAppliance a;
        a.warehouse = wh::test::fleetWarehouse(args[2], i);
        a.storePath = QDir(args[1]).filePath(a.warehouse + QStringLiteral(".db"));
        a.events = wh::test::outboxPending(a.storePath);
        if (a.events <= 0) {
            out << "error: " << a.storePath << " has no backlog" << Qt::endl;
            return 1;
        }
        fleet.append(a);
    }
    // The fleet test's engine settings (tests/sync/FleetTest.cpp).
    wh::sync::SyncConfig config = wh::test::fleetTestConfig();
    wh::test::FleetEngines engines(fleet, args[5], config);
    if (const QString started = engines.start(); !started.isEmpty()) {
        out << "error: " << started << Qt::endl;
        return 1;
    }
    const auto start = std::chrono::steady_clock::now();
    for (int round = 1; !engines.poll(); ++round) {
        out << "progress " << engines.acknowledged() << " " << engines.drained() << " "
            << engines.reconnects() << Qt::endl;
        if (round % 50 == 0) // every 5 s: where the stragglers stand, for a failure message
            out << "state " << engines.describeUndrained(3).replace(QLatin1Char('\n'), QStringLiteral(" | "))
                << Qt::endl;
        if (std::chrono::steady_clock::now() - start > std::chrono::minutes(5)) {
            out << "error: not drained within 5 min\n" << engines.describeUndrained(count) << Qt::endl;
            return 1;
        }
        QThread::msleep(100);
    }
    out << "progress " << engines.acknowledged() << " " << engines.drained() << " " << engines.reconnects()
        << Qt::endl;
    out << "done " << engines.reconnects() << Qt::endl;
    engines.stop();
    return 0;
}
