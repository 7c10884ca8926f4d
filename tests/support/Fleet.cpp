#include "Fleet.h"

#include "Protocol.h"
#include "Sqlite.h"
#include "Store.h"

#include <QDir>
#include <QFile>
#include <QThread>

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <limits>
#include <map>

namespace wh::test {

namespace {

const Actor& fleetActor()
{
    static const Actor actor{QStringLiteral("fleet"), QStringLiteral("fleet-station"), Role::Admin, {}};
    return actor;
}

db::StoreOptions buildOptions()
{
    db::StoreOptions options;
    options.durability = db::StoreOptions::Durability::Normal; // setup only; the engines open their own
    return options;
}

template <typename T> QString failure(const Result<T>& result, const QString& what)
{
    return result ? QString() : what + QStringLiteral(": ") + result.error().toString();
}

// The tenants' master data: a bulk bin and one SKU each.
QString seed(db::Store& store)
{
    for (const QString& id : fleetTenants()) {
        if (auto e = failure(store.registerTenant(Tenant{id, id}, fleetActor()), QStringLiteral("tenant"));
            !e.isEmpty())
            return e;
        const TenantContext t(id);
        if (auto e = failure(store.defineLocation(t, fleetActor(),
                                                  {id.toUpper() + QStringLiteral("-BULK"),
                                                   QStringLiteral("Z9"), LocationType::Bulk, 1}),
                             QStringLiteral("location"));
            !e.isEmpty())
            return e;
        Sku sku;
        sku.code = id.toUpper() + QStringLiteral("-SKU1");
        if (auto e = failure(store.defineSku(t, fleetActor(), sku), QStringLiteral("sku")); !e.isEmpty())
            return e;
    }
    return {};
}

// `events` stock receipts, the tenants taking turns in runs (one transaction each): at least two runs per
// tenant, at most 500 events per run, so every tenant's chain interleaves with the other's.
QString writeBacklog(db::Store& store, int events)
{
    const QStringList& tenants = fleetTenants();
    const int runLength = std::clamp(events / (2 * int(tenants.size())), 1, 500);
    int done = 0;
    for (int run = 0; done < events; ++run) {
        const QString tenant = tenants[run % tenants.size()];
        const int n = std::min(runLength, events - done);
        QList<db::Store::Handler> handlers;
        for (int i = 0; i < n; ++i)
            handlers.append([sku = QString(tenant.toUpper() + QStringLiteral("-SKU1")),
                             bin = QString(tenant.toUpper() + QStringLiteral("-BULK"))](Inventory& inv) {
                return inv.receive({sku, bin, {}, {}, 1});
            });
        if (auto e = failure(store.executeBatch(TenantContext(tenant), fleetActor(), handlers),
                             QStringLiteral("backlog"));
            !e.isEmpty())
            return e;
        done += n;
    }
    return {};
}

} // namespace

const QStringList& fleetTenants()
{
    static const QStringList tenants{QStringLiteral("acme"), QStringLiteral("globex")};
    return tenants;
}

QString fleetWarehouse(const QString& prefix, int index)
{
    return QStringLiteral("%1-%2").arg(prefix).arg(index + 1, 3, 10, QLatin1Char('0'));
}

std::uint64_t raiseOpenFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 0;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
        getrlimit(RLIMIT_NOFILE, &limit);
    }
    return limit.rlim_cur == RLIM_INFINITY ? std::numeric_limits<std::uint64_t>::max()
                                           : std::uint64_t(limit.rlim_cur);
}

QString buildFleet(const QString& dir, const QString& prefix, int appliances, int eventsEach,
                   QList<FleetAppliance>* fleet)
{
    const QString master = QDir(dir).filePath(prefix + QStringLiteral("-master.db"));
    {
        auto store = db::Store::open(master, buildOptions());
        if (!store)
            return failure(store, master);
        if (auto e = seed(**store); !e.isEmpty())
            return e;
    } // closed: the write-ahead log is folded into the file, which can be copied as it is
    for (int i = 0; i < appliances; ++i) {
        FleetAppliance a;
        a.warehouse = fleetWarehouse(prefix, i);
        a.storePath = QDir(dir).filePath(a.warehouse + QStringLiteral(".db"));
        QFile::remove(a.storePath);
        if (!QFile::copy(master, a.storePath))
            return QStringLiteral("cannot copy %1 to %2").arg(master, a.storePath);
        auto store = db::Store::open(a.storePath, buildOptions());
        if (!store)
            return failure(store, a.storePath);
        if (auto e = writeBacklog(**store, eventsEach); !e.isEmpty())
            return e;
        auto pending = (*store)->outbox().pendingAfter(0, std::numeric_limits<int>::max());
        if (!pending)
            return failure(pending, QStringLiteral("outbox"));
        for (const db::PendingEvent& p : *pending)
            a.expected[p.tenantId].append(FleetEvent{p.seq, p.eventId});
        a.events = pending->size();
        if (a.events < eventsEach)
            return QStringLiteral("%1: %2 events in the outbox, %3 written")
                .arg(a.warehouse)
                .arg(a.events)
                .arg(eventsEach);
        fleet->append(std::move(a));
    }
    QFile::remove(master);
    return {};
}

std::int64_t outboxPending(const QString& storePath)
{
    auto store = db::Store::open(storePath, buildOptions());
    if (!store)
        return -1;
    auto state = (*store)->outbox().state();
    if (!state)
        return -1;
    std::int64_t total = 0;
    for (const auto& t : *state)
        total += t.pending;
    return total;
}

std::unique_ptr<QProcess> startFleetCentral(const QString& centralSim, const QString& uri,
                                            const QString& storePath, const QString& summaryJson,
                                            QString* error)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::MergedChannels);
    // No --expect-events: it acknowledges until it is stopped, so an acknowledgement lost in an outage after
    // the last event arrived is still repaired (the appliance's hello or resend finds it there).
    process->start(centralSim, {QStringLiteral("--broker"), uri, QStringLiteral("--store"), storePath,
                                QStringLiteral("--ack-only"), QStringLiteral("--timeout-s"),
                                QStringLiteral("3600"), QStringLiteral("--summary-json"), summaryJson,
                                QStringLiteral("--client-id"), QStringLiteral("central-fleet")});
    if (!process->waitForStarted(5000)) {
        *error = QStringLiteral("central-sim did not start: %1").arg(process->errorString());
        return nullptr;
    }
    QByteArray seen;
    const auto start = std::chrono::steady_clock::now();
    while (!seen.contains("ready") && std::chrono::steady_clock::now() - start < std::chrono::seconds(15)) {
        process->waitForReadyRead(100);
        seen += process->readAll();
    }
    if (!seen.contains("ready")) {
        *error = QStringLiteral("central-sim did not get ready: %1").arg(QString::fromUtf8(seen));
        process->kill();
        process->waitForFinished(5000);
        return nullptr;
    }
    return process;
}

QString stopFleetCentral(QProcess& central, int* exitCode)
{
    central.terminate();
    if (!central.waitForFinished(60000)) {
        central.kill();
        central.waitForFinished(5000);
        *exitCode = -1;
    } else {
        *exitCode = central.exitStatus() == QProcess::NormalExit ? central.exitCode() : -1;
    }
    return QString::fromUtf8(central.readAll());
}

QStringList compareWithCentral(const QString& centralStore, const QList<FleetAppliance>& fleet,
                               std::int64_t* recorded, int limit)
{
    QStringList problems;
    int more = 0;
    const auto problem = [&](const QString& what) {
        if (problems.size() < limit)
            problems.append(what);
        else
            ++more;
    };
    // (warehouse, tenant) -> the events the central service applied, in the order of its batches.
    std::map<std::pair<QString, QString>, QList<FleetEvent>> got;
    *recorded = 0;
    {
        db::Connection connection;
        if (auto opened = connection.open(centralStore, SQLITE_OPEN_READONLY); !opened)
            return {QStringLiteral("cannot open the central store: ") + opened.error().toString()};
        auto q =
            connection.prepare("SELECT warehouse, tenant, first_seq, last_seq, events, body FROM batches "
                               "ORDER BY warehouse, tenant, first_seq");
        while (q.next()) {
            const QString warehouse = q.text(0);
            const QString tenant = q.text(1);
            const std::int64_t first = q.int64(2);
            const std::int64_t last = q.int64(3);
            const std::int64_t count = q.int64(4);
            const auto decoded = protocol::decodeEvents(
                q.blob(5), protocol::TopicParts{warehouse, tenant, protocol::Channel::Events});
            if (const auto* error = std::get_if<protocol::DecodeError>(&decoded)) {
                problem(QStringLiteral("%1/%2: a recorded batch from %3 does not decode: %4")
                            .arg(warehouse, tenant)
                            .arg(first)
                            .arg(error->message));
                continue;
            }
            // A batch is kept whole as it came; the events it applied are first_seq..last_seq (those before
            // were already in the chain).
            std::int64_t applied = 0;
            auto& events = got[{warehouse, tenant}];
            for (const protocol::WireEvent& e : std::get<protocol::EventBatch>(decoded).events) {
                if (e.seq >= first && e.seq <= last) {
                    events.append(FleetEvent{e.seq, e.id});
                    ++applied;
                }
            }
            if (applied != count)
                problem(QStringLiteral("%1/%2: the batch from %3 says %4 events applied, its body holds %5")
                            .arg(warehouse, tenant)
                            .arg(first)
                            .arg(count)
                            .arg(applied));
            *recorded += applied;
        }
        if (auto error = connection.takeError())
            return {QStringLiteral("cannot read the central store: ") + error->toString()};
    }
    QHash<QString, bool> known;
    for (const FleetAppliance& a : fleet) {
        known.insert(a.warehouse, true);
        for (const QString& tenant : fleetTenants()) {
            const QList<FleetEvent> want = a.expected.value(tenant);
            const auto found = got.find({a.warehouse, tenant});
            const QList<FleetEvent> have = found == got.end() ? QList<FleetEvent>() : found->second;
            if (have == want)
                continue;
            // Say where the two part: the first event missing, doubled or out of place.
            qsizetype i = 0;
            while (i < have.size() && i < want.size() && have[i] == want[i])
                ++i;
            QString detail;
            if (i < have.size() && i < want.size())
                detail = QStringLiteral("at position %1 expected seq %2 (%3), recorded seq %4 (%5)")
                             .arg(i)
                             .arg(want[i].seq)
                             .arg(want[i].id)
                             .arg(have[i].seq)
                             .arg(have[i].id);
            else if (i < want.size())
                detail = QStringLiteral("missing from seq %1 on").arg(want[i].seq);
            else
                detail = QStringLiteral("recorded beyond the outbox: seq %1").arg(have[i].seq);
            problem(QStringLiteral("%1/%2: %3 events expected, %4 recorded; %5")
                        .arg(a.warehouse, tenant)
                        .arg(want.size())
                        .arg(have.size())
                        .arg(detail));
        }
    }
    for (const auto& [key, events] : got)
        if (!known.contains(key.first) || !fleetTenants().contains(key.second))
            problem(QStringLiteral("%1/%2: %3 events recorded for a stream no appliance has")
                        .arg(key.first, key.second)
                        .arg(events.size()));
    if (more > 0)
        problems.append(QStringLiteral("... and %1 more").arg(more));
    return problems;
}

sync::SyncConfig fleetTestConfig()
{
    sync::SyncConfig config;
    config.appVersion = QStringLiteral("test");
    config.eventsPerMessage = 5;
    config.window = 2;
    config.minBackoffMs = 200;
    config.maxBackoffMs = 2000;
    config.ackTimeoutMs = 2000;
    config.keepAliveSeconds = 2;
    return config;
}

FleetEngines::FleetEngines(const QList<FleetAppliance>& fleet, const QString& brokerUri,
                           const sync::SyncConfig& base)
    : m_fleet(fleet)
    , m_drainMs(std::size_t(fleet.size()), -1.0)
{
    for (const FleetAppliance& a : fleet) {
        sync::SyncConfig config = base;
        config.storePath = a.storePath;
        config.warehouse = a.warehouse;
        config.brokerUri = brokerUri;
        m_engines.push_back(std::make_unique<sync::SyncEngine>(config));
    }
}

FleetEngines::~FleetEngines()
{
    stop();
}

QString FleetEngines::start()
{
    m_start = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < m_engines.size(); ++i)
        if (auto started = m_engines[i]->start(); !started)
            return m_fleet[qsizetype(i)].warehouse + QStringLiteral(": ") + started.error().toString();
    return {};
}

bool FleetEngines::poll()
{
    const double now =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_start).count();
    std::int64_t acknowledged = 0;
    for (std::size_t i = 0; i < m_engines.size(); ++i) {
        const std::int64_t acked = m_engines[i]->status().eventsAcknowledged;
        acknowledged += acked;
        if (m_drainMs[i] < 0 && acked >= m_fleet[qsizetype(i)].events) {
            m_drainMs[i] = now;
            ++m_drainedCount;
        }
    }
    m_acknowledged = acknowledged;
    if (m_fleetMs < 0 && m_drainedCount == size())
        m_fleetMs = now;
    return m_drainedCount == size();
}

bool FleetEngines::waitDrained(int timeoutMs, int pollIntervalUs)
{
    const auto start = std::chrono::steady_clock::now();
    while (!poll()) {
        if (std::chrono::steady_clock::now() - start > std::chrono::milliseconds(timeoutMs))
            return false;
        QThread::usleep(pollIntervalUs);
    }
    return true;
}

void FleetEngines::stop()
{
    for (auto& engine : m_engines)
        engine->stop();
}

std::int64_t FleetEngines::reconnects() const
{
    std::int64_t total = 0;
    for (const auto& engine : m_engines)
        total += engine->status().reconnects;
    return total;
}

std::int64_t FleetEngines::resends() const
{
    std::int64_t total = 0;
    for (const auto& engine : m_engines)
        total += engine->status().resends;
    return total;
}

QString FleetEngines::describeUndrained(int limit) const
{
    QStringList lines;
    for (std::size_t i = 0; i < m_engines.size() && lines.size() < limit; ++i) {
        if (m_drainMs[i] >= 0)
            continue;
        const auto s = m_engines[i]->status();
        lines.append(
            QStringLiteral("%1: %2 of %3 acknowledged, link %4, backlog %5, resends %6, reconnects %7%8")
                .arg(m_fleet[qsizetype(i)].warehouse)
                .arg(s.eventsAcknowledged)
                .arg(m_fleet[qsizetype(i)].events)
                .arg(sync::SyncEngineStatus::linkName(s.link))
                .arg(s.backlog)
                .arg(s.resends)
                .arg(s.reconnects)
                .arg(s.lastError.isEmpty() ? QString() : QStringLiteral(", last error: ") + s.lastError));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace wh::test
