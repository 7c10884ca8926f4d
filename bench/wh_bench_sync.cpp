// wh_bench_sync: draining an offline backlog to the central service, side by side in one run with
//  (b) a bare Paho QoS 1 publisher sending one message per event (what store-and-forward tools do), and
//  (c) the ceiling: the store alone reading and deleting the same outbox rows in the engine's batch sizes.
// Plus the first publish after the broker becomes reachable, and the online latency from a local commit to
// the central service's acknowledgement. Against a local Mosquitto (set_tcp_nodelay true) and the reference
// central service (tools/central-sim) acknowledging every event.

#include "BenchSupport.h"
#include "MosquittoBroker.h"
#include "Protocol.h"
#include "Store.h"
#include "SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <mqtt/async_client.h>

#include <atomic>
#include <condition_variable>
#include <mutex>

using namespace wh;
using namespace wh::bench;

namespace {

const QString kWarehouse = QStringLiteral("wh-1");
const QStringList kTenants{QStringLiteral("acme"), QStringLiteral("globex")};

struct Options
{
    int events = 1'000'000;
    int bareEvents = 200'000;
    int latencySamples = 500;
    int eventsPerMessage = 1000;
    int window = 32;
    QString dir;
    QString centralSim;
};

// A store with `events` cloud-bound events waiting in the outbox, shared by two tenants.
void buildBacklog(const QString& path, int events)
{
    auto store = check(db::Store::open(path, optionsFor(db::StoreOptions::Durability::Normal)), path);
    for (const QString& id : kTenants) {
        check(store->registerTenant(Tenant{id, id}, benchActor()), QStringLiteral("tenant"));
        const TenantContext t(id);
        check(store->defineLocation(
                  t, benchActor(),
                  {id.toUpper() + QStringLiteral("-BULK"), QStringLiteral("Z9"), LocationType::Bulk, 1}),
              QStringLiteral("location"));
        Sku sku;
        sku.code = id.toUpper() + QStringLiteral("-SKU1");
        check(store->defineSku(t, benchActor(), sku), QStringLiteral("sku"));
    }
    // Backlog of StockReceived events (cloud-bound), in batches of 1,000 actions.
    int done = 0;
    while (done < events) {
        const QString tenant = kTenants[(done / 1000) % kTenants.size()];
        QList<db::Store::Handler> handlers;
        const int n = std::min(1000, events - done);
        for (int i = 0; i < n; ++i)
            handlers.append([sku = QString(tenant.toUpper() + QStringLiteral("-SKU1")),
                             bin = QString(tenant.toUpper() + QStringLiteral("-BULK"))](Inventory& inv) {
                return inv.receive({sku, bin, {}, {}, 1});
            });
        check(store->executeBatch(TenantContext(tenant), benchActor(), handlers), QStringLiteral("backlog"));
        done += n;
    }
}

std::int64_t pendingIn(db::Store& store)
{
    std::int64_t total = 0;
    for (const auto& t : check(store.outbox().state(), QStringLiteral("outbox state")))
        total += t.pending;
    return total;
}

void copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        die(QStringLiteral("cannot copy %1 to %2").arg(from, to));
}

// (c) The store alone: read the pending rows in the engine's batch sizes and delete them per message.
double ceiling(const QString& path, const Options& o, int expected)
{
    auto store = check(db::Store::open(path, optionsFor(db::StoreOptions::Durability::Full)), path);
    db::Outbox outbox = store->outbox();
    const auto start = Stopwatch::now();
    std::int64_t removed = 0;
    std::int64_t after = 0;
    while (true) {
        auto rows = check(outbox.pendingAfter(after, o.window * o.eventsPerMessage), QStringLiteral("read"));
        if (rows.isEmpty())
            break;
        // One acknowledgement per message of up to eventsPerMessage events of one tenant, as the engine
        // receives them.
        QHash<QString, int> runLength;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const auto& row = rows[i];
            const bool last = i + 1 == rows.size() || rows[i + 1].tenantId != row.tenantId ||
                              ++runLength[row.tenantId] >= o.eventsPerMessage;
            if (last) {
                runLength[row.tenantId] = 0;
                removed += check(outbox.acknowledge(row.tenantId, row.seq), QStringLiteral("acknowledge"));
            }
        }
        after = rows.last().seq;
    }
    const double seconds = microsSince(start) / 1e6;
    if (removed != expected)
        die(QStringLiteral("the ceiling removed %1 rows, expected %2").arg(removed).arg(expected));
    return removed / seconds;
}

// (b) A bare Paho publisher: one QoS 1 message per event, the same bytes the engine would send for it,
// done when the broker has PUBACKed every one.
double barePaho(const QString& path, const QString& uri, const Options& o)
{
    auto store = check(db::Store::open(path, optionsFor(db::StoreOptions::Durability::Normal)), path);
    auto rows = check(store->outbox().pendingAfter(0, o.bareEvents), QStringLiteral("read"));
    QList<std::pair<std::string, QByteArray>> messages;
    for (const auto& r : rows)
        messages.append(
            {protocol::topic(kWarehouse, r.tenantId, protocol::Channel::Events).toStdString(),
             protocol::encodeEvents(
                 kWarehouse, r.tenantId,
                 {protocol::WireEvent{r.seq, r.prevSeq, r.eventId, r.type, r.aggregateType, r.aggregateId,
                                      r.version, r.occurredAtMs, r.userId, r.deviceId, r.payload}})});
    mqtt::async_client client(uri.toStdString(), "bench-bare", mqtt::create_options(MQTTVERSION_3_1_1));
    struct Counter : mqtt::callback
    {
        std::mutex mutex;
        std::condition_variable cv;
        int done = 0;
        void delivery_complete(mqtt::delivery_token_ptr) override
        {
            std::lock_guard lock(mutex);
            ++done;
            cv.notify_all();
        }
    } counter;
    client.set_callback(counter);
    client.connect(mqtt::connect_options_builder().clean_session(true).max_inflight(o.window * 4).finalize())
        ->wait();
    const auto start = Stopwatch::now();
    int sent = 0;
    for (const auto& [topic, payload] : messages) {
        {
            // The same window the engine keeps: publish while fewer than `window` wait for their PUBACK.
            std::unique_lock lock(counter.mutex);
            counter.cv.wait(lock, [&] { return sent - counter.done < o.window; });
        }
        client.publish(topic, payload.constData(), size_t(payload.size()), 1, false);
        ++sent;
    }
    {
        std::unique_lock lock(counter.mutex);
        counter.cv.wait(lock, [&] { return counter.done == sent; });
    }
    const double seconds = microsSince(start) / 1e6;
    client.disconnect()->wait();
    return sent / seconds;
}

// The reference central service acknowledging everything; returns once it is subscribed.
std::unique_ptr<QProcess> startCentral(const Options& o, const QString& uri, const QString& storePath,
                                       std::int64_t expect)
{
    return startAckOnlyCentral(o.centralSim, uri, kWarehouse, storePath, expect);
}

sync::SyncConfig engineConfig(const QString& path, const QString& uri, const Options& o)
{
    sync::SyncConfig config;
    config.storePath = path;
    config.brokerUri = uri;
    config.warehouse = kWarehouse;
    config.eventsPerMessage = o.eventsPerMessage;
    config.window = o.window;
    config.pollMs = 1;
    return config;
}

// (a) The engine drains the backlog until the central service has acknowledged every event.
double engineDrain(const QString& path, const QString& uri, const Options& o, int expected, double* firstMs)
{
    QTemporaryDir simDir;
    auto central = startCentral(o, uri, simDir.filePath(QStringLiteral("central.db")), expected);
    sync::SyncEngine engine(engineConfig(path, uri, o));
    const auto start = Stopwatch::now();
    check(engine.start(), QStringLiteral("engine"));
    double first = -1;
    while (true) {
        const auto s = engine.status();
        if (first < 0 && s.eventsPublished > 0)
            first = microsSince(start) / 1000;
        if (s.eventsAcknowledged >= expected)
            break;
        if (microsSince(start) > 600e6)
            die(QStringLiteral("the engine did not finish: %1 of %2 acknowledged (%3)")
                    .arg(s.eventsAcknowledged)
                    .arg(expected)
                    .arg(s.lastError));
        QThread::usleep(200);
    }
    const double seconds = microsSince(start) / 1e6;
    *firstMs = first;
    engine.stop();
    central->waitForFinished(10000);
    const QString report = QString::fromUtf8(central->readAll());
    if (central->exitCode() != 0)
        die(QStringLiteral("central-sim reported a problem:\n%1").arg(report));
    return expected / seconds;
}

// Online: a commit, then the time until the engine holds the central service's acknowledgement of it.
std::vector<double> onlineLatency(const QString& uri, const Options& o, const QString& dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("online.db"));
    buildBacklog(path, 0);
    QTemporaryDir simDir;
    // It acknowledges until stopped (the count is never reached).
    auto central =
        startCentral(o, uri, simDir.filePath(QStringLiteral("central.db")), o.latencySamples * 1000);
    sync::SyncEngine engine(engineConfig(path, uri, o));
    check(engine.start(), QStringLiteral("engine"));
    auto store = check(db::Store::open(path, optionsFor(db::StoreOptions::Durability::Full)), path);
    const auto wait = Stopwatch::now();
    while (engine.status().link != sync::SyncEngineStatus::Link::Online && microsSince(wait) < 10e6)
        QThread::msleep(5);
    std::vector<double> samples;
    const TenantContext acme(QStringLiteral("acme"));
    for (int i = 0; i < o.latencySamples; ++i) {
        const std::int64_t before = engine.status().eventsAcknowledged;
        const auto start = Stopwatch::now();
        check(store->receive(acme, benchActor(),
                             {QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-BULK"), {}, {}, 1}),
              QStringLiteral("receive"));
        while (engine.status().eventsAcknowledged == before) {
            if (microsSince(start) > 5e6)
                die(QStringLiteral("an online event was not acknowledged within 5 s"));
            QThread::usleep(50);
        }
        samples.push_back(microsSince(start) / 1000);
        QThread::msleep(2); // a floor's pace, not a flood
    }
    engine.stop();
    central->terminate();
    central->waitForFinished(10000);
    std::sort(samples.begin(), samples.end());
    return samples;
}

// The broker comes up while the engine waits with its backlog: time to the first event on the wire.
double firstAfterBrokerUp(const QString& path, const Options& o)
{
    // Started once for its port, stopped before the engine comes.
    test::MosquittoBroker broker(QStringLiteral("set_tcp_nodelay true\n"));
    if (!broker.start())
        die(QStringLiteral("mosquitto did not start: %1").arg(broker.log()));
    broker.stop();
    sync::SyncEngine engine(engineConfig(path, broker.uri(), o));
    check(engine.start(), QStringLiteral("engine"));
    QThread::msleep(3000); // offline for a while: the engine is in its backoff
    if (!broker.start())   // returns once the broker accepts connections: "reachable" from here
        die(QStringLiteral("mosquitto did not start: %1").arg(broker.log()));
    const auto start = Stopwatch::now();
    while (engine.status().eventsPublished == 0) {
        if (microsSince(start) > 60e6)
            die(QStringLiteral("nothing published within 60 s of the broker coming up"));
        QThread::usleep(500);
    }
    const double ms = microsSince(start) / 1000;
    engine.stop();
    return ms;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    return guarded([&] {
        QCommandLineParser parser;
        parser.addHelpOption();
        const QCommandLineOption events(QStringLiteral("events"), QStringLiteral("Backlog size."),
                                        QStringLiteral("n"));
        const QCommandLineOption bare(
            QStringLiteral("bare-events"),
            QStringLiteral("Events the bare Paho publisher sends (one message each)."), QStringLiteral("n"));
        const QCommandLineOption latency(QStringLiteral("latency-samples"),
                                         QStringLiteral("Online commits timed."), QStringLiteral("n"));
        const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Folder for the files."),
                                     QStringLiteral("dir"));
        const QCommandLineOption sim(QStringLiteral("central-sim"),
                                     QStringLiteral("The central-sim program."), QStringLiteral("path"));
        const QCommandLineOption perMessage(QStringLiteral("events-per-message"),
                                            QStringLiteral("Events per MQTT message (the engine's batch)."),
                                            QStringLiteral("n"));
        const QCommandLineOption window(QStringLiteral("window"),
                                        QStringLiteral("Messages waiting for their PUBACK at most."),
                                        QStringLiteral("n"));
        parser.addOptions({events, bare, latency, dir, sim, perMessage, window});
        parser.process(app);
        Options o;
        if (parser.isSet(events))
            o.events = parser.value(events).toInt();
        if (parser.isSet(bare))
            o.bareEvents = parser.value(bare).toInt();
        if (parser.isSet(perMessage))
            o.eventsPerMessage = parser.value(perMessage).toInt();
        if (parser.isSet(window))
            o.window = parser.value(window).toInt();
        if (parser.isSet(latency))
            o.latencySamples = parser.value(latency).toInt();
        o.centralSim = parser.isSet(sim) ? parser.value(sim) : QStringLiteral(WH_CENTRAL_SIM);
        o.bareEvents = std::min(o.bareEvents, o.events);
        QTemporaryDir temp(parser.isSet(dir) ? QDir(parser.value(dir)).filePath(QStringLiteral("sync-XXXXXX"))
                                             : QDir::tempPath() + QStringLiteral("/wh-bench-sync-XXXXXX"));
        if (!temp.isValid())
            die(QStringLiteral("no temporary folder"));

        out() << "Sync drain: " << o.events << " events backlog, " << o.eventsPerMessage
              << " events per message, window " << o.window << " messages" << Qt::endl;
        const QString master = temp.filePath(QStringLiteral("backlog.db"));
        buildBacklog(master, o.events);
        std::int64_t backlog = 0; // the setup writes a few cloud-bound events of its own (low stock)
        {
            auto store =
                check(db::Store::open(master, optionsFor(db::StoreOptions::Durability::Normal)), master);
            backlog = pendingIn(*store);
        }
        const QString forEngine = temp.filePath(QStringLiteral("engine.db"));
        const QString forCeiling = temp.filePath(QStringLiteral("ceiling.db"));
        copyFile(master, forEngine);
        copyFile(master, forCeiling);

        test::MosquittoBroker broker(QStringLiteral("set_tcp_nodelay true\nmax_queued_messages 0\n"));
        if (!broker.start())
            die(QStringLiteral("mosquitto did not start: %1").arg(broker.log()));

        const double c = ceiling(forCeiling, o, int(backlog));
        const double b = barePaho(master, broker.uri(), o);
        double firstMs = 0;
        const double a = engineDrain(forEngine, broker.uri(), o, int(backlog), &firstMs);
        {
            auto drained = check(db::Store::open(forEngine, optionsFor(db::StoreOptions::Durability::Normal)),
                                 forEngine);
            if (const auto left = pendingIn(*drained); left != 0)
                die(QStringLiteral("the engine's outbox still holds %1 events").arg(left));
        }
        out() << Qt::endl;
        const QList<int> widths{46, 14};
        row({QStringLiteral("(a) engine drain, acknowledged by central-sim"),
             num(a) + QStringLiteral(" ev/s")},
            widths);
        row({QStringLiteral("(b) bare Paho, one QoS 1 message per event"), num(b) + QStringLiteral(" ev/s")},
            widths);
        row({QStringLiteral("(c) ceiling: store reads + deletes, no network"),
             num(c) + QStringLiteral(" ev/s")},
            widths);
        row({QStringLiteral("a / b (target >= 3)"), ratio(a / b)}, widths);
        row({QStringLiteral("a / c (target >= 0.5)"), ratio(a / c)}, widths);
        row({QStringLiteral("first publish after the engine starts"),
             num(firstMs, 1) + QStringLiteral(" ms")},
            widths);

        const auto samples = onlineLatency(broker.uri(), o, temp.path());
        row({QStringLiteral("online commit -> cloud ack p50"),
             num(percentile(samples, 50), 2) + QStringLiteral(" ms")},
            widths);
        row({QStringLiteral("online commit -> cloud ack p99 (target < 10)"),
             num(percentile(samples, 99), 2) + QStringLiteral(" ms")},
            widths);

        const QString small = temp.filePath(QStringLiteral("small.db"));
        buildBacklog(small, 1000);
        const double up = firstAfterBrokerUp(small, o);
        row({QStringLiteral("first publish after the broker comes up (target < 1000)"),
             num(up, 1) + QStringLiteral(" ms")},
            widths);
        return 0;
    });
}
