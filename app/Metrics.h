#pragma once

#include "ActionObserver.h"
#include "PrintSpooler.h"
#include "ScanSource.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <prometheus/gauge.h>
#include <prometheus/registry.h>
#include <prometheus/summary.h>

#include <array>
#include <atomic>
#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace wh::db {
class Store;
}
namespace wh::sync {
class OutboxMonitor;
class SyncEngine;
} // namespace wh::sync

namespace wh::app {

// How one part of the appliance is doing, as /healthz lists it.
struct PartHealth
{
    QString part;  // "store", "broker", "scanner <id>", "printer <name>"
    QString state; // "ok", "online", "connected", or what is wrong, in words
    bool well = false;
};

// The appliance's figures for Prometheus and its parts' health (docs/operations.md, "Metrics and health").
// Fed from every thread: store actions through the ActionObserver hook, scans shown by the kiosk, scanner
// and printer signals (each call is a counter or a short mutex). Read by the HTTP server's threads: the sync
// figures come from the engine's and the outbox monitor's thread-safe snapshots, the store's from a
// read-only connection of its own (WAL: the read never waits for a writer). Nothing here waits on the GUI
// thread or on a write.
class Metrics : public ActionObserver
{
public:
    struct Sources
    {
        QString storePath;
        const sync::SyncEngine* engine = nullptr; // null: no broker configured
        const sync::OutboxMonitor* monitor = nullptr;
        QStringList scanners;                         // ids: each is unwell until it reports connected
        QList<const devices::PrintSpooler*> printers; // read through their thread-safe last report
    };

    explicit Metrics(Sources sources);
    ~Metrics() override;
    Metrics(const Metrics&) = delete;
    Metrics& operator=(const Metrics&) = delete;

    // ActionObserver: any thread.
    void actionFinished(Permission kind, ActionOutcome outcome, std::chrono::nanoseconds elapsed) override;
    // The kiosk showed the answer to a scan this long after it arrived (GUI thread).
    void scanShown(std::chrono::nanoseconds elapsed);
    void scannerState(const QString& scannerId, devices::ScannerState state, const QString& reason);

    // The Prometheus text format (version 0.0.4) of every figure, read now. Any thread.
    QByteArray scrape();
    // Every part's health, read now: the store (a read on its own connection), the broker link, each scanner
    // and printer. Any thread.
    QList<PartHealth> health();

private:
    struct StoreRead;
    StoreRead readStore();
    QList<PartHealth> partsLocked(const StoreRead& store);
    void setGauges(const StoreRead& store, const QList<PartHealth>& parts);
    void observePendingLocked();
    static void setSeries(prometheus::Family<prometheus::Gauge>& family,
                          std::map<prometheus::Labels, prometheus::Gauge*>& series,
                          const std::map<prometheus::Labels, double>& values);

    Sources m_sources;
    std::shared_ptr<prometheus::Registry> m_registry;

    static constexpr std::size_t kKinds = std::size_t(Permission::AuthorizeReturn) + 1;
    static constexpr std::size_t kOutcomes = std::size_t(ActionOutcome::Failed) + 1;
    prometheus::Family<prometheus::Counter>* m_actions = nullptr;
    prometheus::Family<prometheus::Summary>* m_actionSeconds = nullptr;
    // Made on first use: a kind nobody did shows no series. The fast path is one atomic load.
    std::array<std::array<std::atomic<prometheus::Counter*>, kOutcomes>, kKinds> m_actionCounters{};
    // prometheus-cpp's summary costs about 10 us an observation (its CKMS quantiles, in every age bucket):
    // too much for the action path. An action only appends its time here (a short lock, no allocation
    // below the cap); the scrape moves them into the summaries on the HTTP server's thread.
    struct PendingTime
    {
        std::size_t kind = 0;
        double seconds = 0;
    };
    static constexpr std::size_t kMaxPending = 16384; // beyond: left out of the quantiles, still counted
    std::mutex m_pendingMutex;
    std::vector<PendingTime> m_pending;
    std::array<prometheus::Summary*, kKinds> m_actionSummaries{}; // under m_mutex
    std::mutex m_addMutex;                                        // adding a series to a family
    prometheus::Summary* m_scanToScreen = nullptr;

    prometheus::Gauge* m_backlog = nullptr;
    prometheus::Gauge* m_oldestPendingAge = nullptr;
    prometheus::Gauge* m_lastAck = nullptr;
    prometheus::Gauge* m_deadLetters = nullptr;
    prometheus::Gauge* m_storeUp = nullptr;
    prometheus::Family<prometheus::Gauge>* m_printerFaults = nullptr;
    prometheus::Family<prometheus::Gauge>* m_lowStock = nullptr;
    prometheus::Family<prometheus::Gauge>* m_trackingLeft = nullptr;
    prometheus::Family<prometheus::Gauge>* m_partUp = nullptr;

    // One scrape or health check at a time (never an action, never the GUI thread: its scanner reports take
    // m_scannersMutex only, never held across a read of the store).
    std::mutex m_mutex;
    std::mutex m_scannersMutex;
    std::unique_ptr<db::Store> m_store; // read-only, opened on first use by the HTTP server's threads
    QHash<QString, std::pair<devices::ScannerState, QString>> m_scanners; // under m_scannersMutex
    // The series of tenants, ranges and parts seen at the last read: one that is gone is dropped.
    std::map<prometheus::Labels, prometheus::Gauge*> m_lowStockSeries, m_trackingSeries, m_partSeries;
};

} // namespace wh::app
