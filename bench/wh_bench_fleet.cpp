// wh_bench_fleet: a fleet of appliances draining their offline backlogs at once into one broker and one
// central service. N appliances (default 200) run in this process, each its own store file with its own
// backlog of E events (written while offline, through the store's action path), its own sync engine (its own
// thread, store connection and Paho client). One Mosquitto on loopback and the reference central service
// (tools/central-sim --ack-only, subscribed to every warehouse). Measured: the time until every appliance's
// backlog is acknowledged, events/s, the central service's own throughput, each appliance's drain time; then
// the central service's record is compared with every outbox (nothing lost, nothing twice, in order).
// Baseline, side by side in the same run: the same number of events from ONE appliance, so the ratio is what
// the fleet's fan-in costs.

#include "BenchSupport.h"
#include "Fleet.h"
#include "MosquittoBroker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>

using namespace wh;
using namespace wh::bench;

namespace {

struct Options
{
    int appliances = 200;
    int events = 500; // per appliance
    int eventsPerMessage = 1000;
    int window = 32;
    int rounds = 1;
    int pollMs = sync::SyncConfig{}.pollMs; // the appliance's own setting
    QString dir;
    QString centralSim;
};

// CPU seconds (user + system) a process has used so far, from /proc (0 when it is gone).
double cpuSecondsOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = file.readAll();
    // Fields after the command name (which may hold spaces) start at the last ')'.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

double cpuSecondsOfSelf()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// The broker's process: the one whose command line names its configuration file.
qint64 brokerPid(const test::MosquittoBroker& broker)
{
    const QByteArray config = QDir(broker.dataDir()).filePath(QStringLiteral("mosquitto.conf")).toUtf8();
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(config))
            return pid;
    }
    return 0;
}

int countEntries(const QString& dir)
{
    return int(QDir(dir).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System).size());
}

struct Drain
{
    double seconds = 0;          // start of every engine -> every backlog acknowledged
    std::int64_t events = 0;     // acknowledged
    double centralPerSecond = 0; // central-sim's own figure: first to last applied event
    std::int64_t centralApplied = 0;
    std::int64_t duplicates = 0; // events the central service received again and ignored
    std::int64_t gaps = 0;
    std::int64_t resends = 0; // times an engine sent again from its last acknowledgement (ack timeout)
    std::vector<double> perApplianceMs; // sorted
    double cpuAppliances = 0;           // CPU seconds during the drain: this process (engines, SQLite, Paho)
    double cpuCentral = 0;
    double cpuBroker = 0;
    int peakThreads = 0;
    int peakFiles = 0;
};

// All engines started at once against a fresh central service; checked against its record afterwards.
Drain drain(const QList<test::FleetAppliance>& fleet, const test::MosquittoBroker& broker, const Options& o,
            const QString& dir, const QString& name)
{
    const QString centralStore = QDir(dir).filePath(name + QStringLiteral("-central.db"));
    const QString summaryPath = QDir(dir).filePath(name + QStringLiteral("-summary.json"));
    QFile::remove(centralStore);
    QString error;
    auto central = test::startFleetCentral(o.centralSim, broker.uri(), centralStore, summaryPath, &error);
    if (!central)
        die(error);
    const qint64 mosquitto = brokerPid(broker);

    sync::SyncConfig config;
    config.appVersion = QStringLiteral("bench");
    config.eventsPerMessage = o.eventsPerMessage;
    config.window = o.window;
    config.pollMs = o.pollMs;
    Drain d;
    {
        test::FleetEngines engines(fleet, broker.uri(), config);
        const double cpuSelf0 = cpuSecondsOfSelf();
        const double cpuCentral0 = cpuSecondsOf(central->processId());
        const double cpuBroker0 = cpuSecondsOf(mosquitto);
        if (const QString started = engines.start(); !started.isEmpty())
            die(started);
        auto lastSample = Stopwatch::now() - std::chrono::seconds(1);
        const auto start = Stopwatch::now();
        while (!engines.poll()) {
            if (microsSince(start) > 1800e6)
                die(QStringLiteral("%1: not drained within 30 min: %2 of %3 appliances\n%4")
                        .arg(name)
                        .arg(engines.drained())
                        .arg(engines.size())
                        .arg(engines.describeUndrained()));
            if (Stopwatch::now() - lastSample > std::chrono::milliseconds(100)) {
                lastSample = Stopwatch::now();
                d.peakThreads = std::max(d.peakThreads, countEntries(QStringLiteral("/proc/self/task")));
                d.peakFiles = std::max(d.peakFiles, countEntries(QStringLiteral("/proc/self/fd")));
            }
            QThread::usleep(500);
        }
        d.seconds = engines.fleetMs() / 1000;
        d.events = engines.acknowledged();
        d.cpuAppliances = cpuSecondsOfSelf() - cpuSelf0;
        d.cpuCentral = cpuSecondsOf(central->processId()) - cpuCentral0;
        d.cpuBroker = mosquitto ? cpuSecondsOf(mosquitto) - cpuBroker0 : 0;
        d.perApplianceMs = engines.drainMs();
        d.resends = engines.resends();
        std::sort(d.perApplianceMs.begin(), d.perApplianceMs.end());
        engines.stop();
    }
    int exitCode = -1;
    const QString output = test::stopFleetCentral(*central, &exitCode);
    if (exitCode != 0)
        die(QStringLiteral("%1: central-sim reported a problem (exit %2):\n%3")
                .arg(name)
                .arg(exitCode)
                .arg(output.right(4000)));
    QFile summaryFile(summaryPath);
    if (!summaryFile.open(QIODevice::ReadOnly))
        die(QStringLiteral("%1: no central-sim summary").arg(name));
    const QJsonObject summary = QJsonDocument::fromJson(summaryFile.readAll()).object();
    const QJsonObject throughput = summary.value(QStringLiteral("throughput")).toObject();
    d.centralPerSecond = throughput.value(QStringLiteral("eventsPerSecond")).toDouble();
    d.centralApplied = throughput.value(QStringLiteral("eventsApplied")).toInteger();
    for (const QJsonValue& s : summary.value(QStringLiteral("streams")).toArray()) {
        d.duplicates += s.toObject().value(QStringLiteral("duplicatesIgnored")).toInteger();
        d.gaps += s.toObject().value(QStringLiteral("gapsSeen")).toInteger();
    }

    // Nothing lost, nothing twice, in order: the central service's record against every outbox.
    std::int64_t recorded = 0;
    const QStringList problems = test::compareWithCentral(centralStore, fleet, &recorded);
    if (!problems.isEmpty())
        die(name + QStringLiteral(": the central service's record differs from the outboxes:\n") +
            problems.join(QLatin1Char('\n')));
    if (recorded != d.events || d.centralApplied != d.events)
        die(QStringLiteral("%1: %2 events acknowledged, %3 recorded, %4 applied by central-sim")
                .arg(name)
                .arg(d.events)
                .arg(recorded)
                .arg(d.centralApplied));
    for (const test::FleetAppliance& a : fleet)
        if (const auto left = test::outboxPending(a.storePath); left != 0)
            die(QStringLiteral("%1: %2 still has %3 events in its outbox").arg(name, a.warehouse).arg(left));
    QFile::remove(centralStore);
    return d;
}

// The stores drain in place: each round starts from a fresh copy of the built ones, under warehouse ids of
// its own (r<round>-...), so nothing the broker still holds for an earlier round's clients reaches it.
QList<test::FleetAppliance> copyOf(const QList<test::FleetAppliance>& built, const QString& dir, int round)
{
    QList<test::FleetAppliance> copies = built;
    QDir().mkpath(dir);
    for (test::FleetAppliance& a : copies) {
        a.warehouse = QStringLiteral("r%1-%2").arg(round + 1).arg(a.warehouse);
        const QString to = QDir(dir).filePath(QFileInfo(a.storePath).fileName());
        QFile::remove(to);
        if (!QFile::copy(a.storePath, to))
            die(QStringLiteral("cannot copy %1 to %2").arg(a.storePath, to));
        a.storePath = to;
    }
    return copies;
}

void removeStores(const QList<test::FleetAppliance>& fleet)
{
    for (const test::FleetAppliance& a : fleet)
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(a.storePath + QLatin1String(suffix));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    return guarded([&] {
        QCommandLineParser parser;
        parser.addHelpOption();
        const QCommandLineOption appliances(QStringLiteral("appliances"),
                                            QStringLiteral("Appliances in the fleet."), QStringLiteral("n"));
        const QCommandLineOption events(QStringLiteral("events"),
                                        QStringLiteral("Backlog of each appliance (events)."),
                                        QStringLiteral("n"));
        const QCommandLineOption perMessage(QStringLiteral("events-per-message"),
                                            QStringLiteral("Events per MQTT message (the engine's batch)."),
                                            QStringLiteral("n"));
        const QCommandLineOption window(QStringLiteral("window"),
                                        QStringLiteral("Messages waiting for their PUBACK at most."),
                                        QStringLiteral("n"));
        const QCommandLineOption rounds(QStringLiteral("rounds"),
                                        QStringLiteral("Rounds of (single appliance, fleet), alternating."),
                                        QStringLiteral("n"));
        const QCommandLineOption poll(QStringLiteral("poll-ms"),
                                      QStringLiteral("How often an idle engine looks for new outbox rows."),
                                      QStringLiteral("ms"));
        const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Folder for the files."),
                                     QStringLiteral("dir"));
        const QCommandLineOption sim(QStringLiteral("central-sim"),
                                     QStringLiteral("The central-sim program."), QStringLiteral("path"));
        parser.addOptions({appliances, events, perMessage, window, rounds, poll, dir, sim});
        parser.process(app);
        Options o;
        if (parser.isSet(appliances))
            o.appliances = parser.value(appliances).toInt();
        if (parser.isSet(events))
            o.events = parser.value(events).toInt();
        if (parser.isSet(perMessage))
            o.eventsPerMessage = parser.value(perMessage).toInt();
        if (parser.isSet(window))
            o.window = parser.value(window).toInt();
        if (parser.isSet(rounds))
            o.rounds = parser.value(rounds).toInt();
        if (parser.isSet(poll))
            o.pollMs = parser.value(poll).toInt();
        o.centralSim = parser.isSet(sim) ? parser.value(sim) : QStringLiteral(WH_CENTRAL_SIM);
        if (o.appliances < 1 || o.events < 1 || o.rounds < 1)
            die(QStringLiteral("--appliances, --events and --rounds must be at least 1"));
        QTemporaryDir temp(parser.isSet(dir)
                               ? QDir(parser.value(dir)).filePath(QStringLiteral("fleet-XXXXXX"))
                               : QDir::tempPath() + QStringLiteral("/wh-bench-fleet-XXXXXX"));
        if (!temp.isValid())
            die(QStringLiteral("no temporary folder"));

        // Every appliance holds its store (file, WAL, shared memory) and a socket; the broker inherits this.
        const std::uint64_t files = test::raiseOpenFileLimit();
        out() << "Fleet drain: " << o.appliances << " appliances x " << o.events << " events, against "
              << "1 appliance x " << o.appliances * o.events << " events; " << o.eventsPerMessage
              << " events per message, window " << o.window << ", poll " << o.pollMs
              << " ms; open files limit " << files << Qt::endl;

        const auto building = Stopwatch::now();
        QList<test::FleetAppliance> fleetBuilt;
        QList<test::FleetAppliance> singleBuilt;
        if (auto e = test::buildFleet(temp.path(), QStringLiteral("wh"), o.appliances, o.events, &fleetBuilt);
            !e.isEmpty())
            die(e);
        if (auto e = test::buildFleet(temp.path(), QStringLiteral("single"), 1, o.appliances * o.events,
                                      &singleBuilt);
            !e.isEmpty())
            die(e);
        out() << "stores built in " << num(microsSince(building) / 1e6, 1) << " s" << Qt::endl;

        test::MosquittoBroker broker(QStringLiteral("set_tcp_nodelay true\nmax_queued_messages 0\n"));
        if (!broker.start())
            die(QStringLiteral("mosquitto did not start: %1").arg(broker.log()));

        std::vector<Drain> fleetRuns;
        std::vector<Drain> singleRuns;
        for (int r = 0; r < o.rounds; ++r) {
            const QString roundDir = temp.filePath(QStringLiteral("round"));
            auto single = copyOf(singleBuilt, roundDir, r);
            singleRuns.push_back(drain(single, broker, o, roundDir, QStringLiteral("single")));
            removeStores(single);
            auto fleet = copyOf(fleetBuilt, roundDir, r);
            fleetRuns.push_back(drain(fleet, broker, o, roundDir, QStringLiteral("fleet")));
            removeStores(fleet);
            out() << "round " << r + 1 << ": fleet " << num(fleetRuns.back().seconds, 2) << " s, single "
                  << num(singleRuns.back().seconds, 2) << " s" << Qt::endl;
        }
        // The round with the median fleet time, and its own baseline.
        std::vector<std::size_t> order(fleetRuns.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(),
                  [&](std::size_t a, std::size_t b) { return fleetRuns[a].seconds < fleetRuns[b].seconds; });
        const std::size_t m = order[order.size() / 2];
        const Drain& f = fleetRuns[m];
        const Drain& s = singleRuns[m];
        std::vector<double> ratios;
        for (std::size_t i = 0; i < fleetRuns.size(); ++i)
            ratios.push_back(fleetRuns[i].seconds / singleRuns[i].seconds);

        out() << Qt::endl;
        const QList<int> widths{52, 14, 14};
        row({QString(), QStringLiteral("fleet"), QStringLiteral("one appliance")}, widths);
        row({QStringLiteral("appliances x events each"),
             QStringLiteral("%1 x %2").arg(o.appliances).arg(f.events / o.appliances),
             QStringLiteral("1 x %1").arg(s.events)},
            widths);
        row({QStringLiteral("drain time: start -> every backlog acknowledged"),
             num(f.seconds, 2) + QStringLiteral(" s"), num(s.seconds, 2) + QStringLiteral(" s")},
            widths);
        row({QStringLiteral("events/s acknowledged, end to end"), num(double(f.events) / f.seconds),
             num(double(s.events) / s.seconds)},
            widths);
        row({QStringLiteral("central-sim throughput (its own: applied events/s)"), num(f.centralPerSecond),
             num(s.centralPerSecond)},
            widths);
        row({QStringLiteral("per appliance drain time p50"),
             num(percentile(f.perApplianceMs, 50), 0) + QStringLiteral(" ms"),
             num(s.seconds * 1000, 0) + QStringLiteral(" ms")},
            widths);
        row({QStringLiteral("per appliance drain time p95"),
             num(percentile(f.perApplianceMs, 95), 0) + QStringLiteral(" ms"), QString()},
            widths);
        row({QStringLiteral("per appliance drain time max"),
             num(f.perApplianceMs.back(), 0) + QStringLiteral(" ms"), QString()},
            widths);
        row({QStringLiteral("duplicates ignored / gaps seen by central-sim"),
             QStringLiteral("%1 / %2").arg(f.duplicates).arg(f.gaps),
             QStringLiteral("%1 / %2").arg(s.duplicates).arg(s.gaps)},
            widths);
        row({QStringLiteral("engine resends after the ack timeout"), QString::number(f.resends),
             QString::number(s.resends)},
            widths);
        row({QStringLiteral("CPU s during the drain: appliances (this process)"), num(f.cpuAppliances, 1),
             num(s.cpuAppliances, 1)},
            widths);
        row({QStringLiteral("CPU s during the drain: central-sim"), num(f.cpuCentral, 1),
             num(s.cpuCentral, 1)},
            widths);
        row({QStringLiteral("CPU s during the drain: mosquitto"), num(f.cpuBroker, 1), num(s.cpuBroker, 1)},
            widths);
        row({QStringLiteral("peak threads / open files in this process"),
             QStringLiteral("%1 / %2").arg(f.peakThreads).arg(f.peakFiles),
             QStringLiteral("%1 / %2").arg(s.peakThreads).arg(s.peakFiles)},
            widths);
        row({QStringLiteral("fleet / one appliance, drain time (median of rounds)"), ratio(median(ratios)),
             QString()},
            widths);
        out()
            << "checked: central-sim's record equals every outbox (per warehouse and tenant, in order, each "
               "event once), every outbox empty"
            << Qt::endl;
        return 0;
    });
}
