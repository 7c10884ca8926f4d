#pragma once

// A fleet of appliances in one process, for the fleet test and the fleet benchmark: each appliance is its own
// store file with its own backlog written while it was offline, and its own sync engine (its own thread,
// store connection and MQTT client), all against one broker and one central service (tools/central-sim
// --ack-only, subscribed to every warehouse). What each appliance must deliver is taken from its outbox
// before it starts, and afterwards compared with what the central service recorded. No Catch2 here: failures
// come back as words, so the benchmark can use it too.

#include "SyncEngine.h"

#include <QHash>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <chrono>
#include <cstdint>
#include <memory>
#include <vector>

namespace wh::test {

// One event as the appliance's outbox held it: what the central service must end up with, once, in order.
struct FleetEvent
{
    std::int64_t seq = 0;
    QString id;

    bool operator==(const FleetEvent&) const = default;
};

struct FleetAppliance
{
    QString warehouse; // <prefix>-001 ...
    QString storePath;
    QHash<QString, QList<FleetEvent>> expected; // per tenant, in chain order
    std::int64_t events = 0;                    // cloud-bound events waiting in its outbox
};

const QStringList& fleetTenants();

// The warehouse id of appliance `index` (0-based): <prefix>-001, <prefix>-002, ...
QString fleetWarehouse(const QString& prefix, int index);

// Raises the soft limit on open files to the hard limit: every appliance holds its store (file, WAL, shared
// memory) and a socket, and so does the broker, which inherits the limit. Returns the limit now in force.
std::uint64_t raiseOpenFileLimit();

// Builds `appliances` stores in `dir` for warehouses <prefix>-001 ..., each with the tenants' master data and
// a backlog of `eventsEach` cloud-bound events (stock received, through the store's own action path, the
// tenants taking turns in runs of up to 500), and reads what each must deliver. The master data is written
// once and copied; the backlog is written per appliance, so every appliance's events have ids of their own.
// Returns an error in words, empty when it went well.
QString buildFleet(const QString& dir, const QString& prefix, int appliances, int eventsEach,
                   QList<FleetAppliance>* fleet);

// Cloud-bound events still waiting in the store's outbox (-1 when it cannot be read).
std::int64_t outboxPending(const QString& storePath);

// tools/central-sim as a plain acknowledger of every warehouse (--ack-only, no --warehouse: wildcard
// subscriptions), keeping each batch whole in its store; returns once it says it is subscribed, or null with
// the reason in `error`.
std::unique_ptr<QProcess> startFleetCentral(const QString& centralSim, const QString& uri,
                                            const QString& storePath, const QString& summaryJson,
                                            QString* error);

// Stops it (SIGTERM: it writes its summary) and returns its output; `exitCode` gets its exit code (0: no
// violation of the contract seen).
QString stopFleetCentral(QProcess& central, int* exitCode);

// Compares the central service's record (its store's `batches`, decoded) with what every appliance had to
// deliver: per warehouse and tenant the same events (seq and id), in order, each once, none missing, none
// extra, and no stream for a warehouse or tenant that is not in the fleet. Returns the problems found (at
// most `limit`, then a count), empty when the record is exact; `recorded` gets the number of events recorded.
QStringList compareWithCentral(const QString& centralStore, const QList<FleetAppliance>& fleet,
                               std::int64_t* recorded, int limit = 20);

// The fleet test's engine settings: many small messages (5 events, window 2), so a broker outage lands in the
// middle of every stream, and short backoffs and timeouts.
sync::SyncConfig fleetTestConfig();

// Every appliance's sync engine, started together; tells when each has had its whole backlog acknowledged.
class FleetEngines
{
public:
    // `base`: the engine settings every appliance shares (its store, warehouse and broker are set here).
    FleetEngines(const QList<FleetAppliance>& fleet, const QString& brokerUri, const sync::SyncConfig& base);
    ~FleetEngines(); // stops every engine

    // Starts every engine, one after the other without waiting; the clock starts before the first.
    QString start();
    // Reads every engine's status once and notes when each has its whole backlog acknowledged. True once
    // all have.
    bool poll();
    // Polls until all have drained or `timeoutMs` passed; true when all have.
    bool waitDrained(int timeoutMs, int pollIntervalUs = 500);
    void stop();

    int size() const { return int(m_engines.size()); }
    int drained() const { return m_drainedCount; }
    std::int64_t acknowledged() const { return m_acknowledged; }
    std::int64_t reconnects() const;
    std::int64_t resends() const; // times an engine went back to its last acknowledgement
    // Milliseconds from start() to the last engine drained (negative until then).
    double fleetMs() const { return m_fleetMs; }
    // Per appliance, milliseconds from start() to its backlog being acknowledged (negative: not yet).
    const std::vector<double>& drainMs() const { return m_drainMs; }
    // The first few appliances not drained, with their engines' state, for failure messages.
    QString describeUndrained(int limit = 5) const;

private:
    QList<FleetAppliance> m_fleet;
    std::vector<std::unique_ptr<sync::SyncEngine>> m_engines;
    std::vector<double> m_drainMs;
    std::chrono::steady_clock::time_point m_start;
    int m_drainedCount = 0;
    std::int64_t m_acknowledged = 0;
    double m_fleetMs = -1;
};

} // namespace wh::test
