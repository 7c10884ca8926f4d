#include "Metrics.h"

#include "OutboxMonitor.h"
#include "PrinterStatus.h"
#include "Store.h"
#include "SyncEngine.h"

#include <prometheus/text_serializer.h>

#include <QDateTime>

namespace wh::app {

namespace {

// P50, P95 and P99 over the last minute (five rotating buckets of 12 s), each within the error given.
prometheus::Summary::Quantiles quantiles()
{
    return {{0.5, 0.05}, {0.95, 0.005}, {0.99, 0.001}};
}
constexpr std::chrono::seconds kQuantileWindow{60};
constexpr int kQuantileBuckets = 5;

double seconds(std::chrono::nanoseconds elapsed)
{
    return std::chrono::duration<double>(elapsed).count();
}

std::string text(const QString& s)
{
    return s.toStdString();
}

} // namespace

struct Metrics::StoreRead
{
    std::optional<db::StoreGauges> gauges;
    QString error; // why the store could not be read
};

Metrics::Metrics(Sources sources)
    : m_sources(std::move(sources))
    , m_registry(std::make_shared<prometheus::Registry>())
{
    auto& registry = *m_registry;
    m_actions =
        &prometheus::BuildCounter()
             .Name("warehouse_appliance_actions_total")
             .Help("Store actions (local actions and the central service's commands) by kind and outcome")
             .Register(registry);
    m_actionSeconds =
        &prometheus::BuildSummary()
             .Name("warehouse_appliance_action_commit_seconds")
             .Help("Committed store actions: from the start of the transaction to the end of its "
                   "commit, by kind (quantiles over the last minute)")
             .Register(registry);
    m_scanToScreen =
        &prometheus::BuildSummary()
             .Name("warehouse_appliance_scan_to_screen_seconds")
             .Help("From a scan's arrival at the kiosk to its answer on the screen (quantiles over "
                   "the last minute)")
             .Register(registry)
             .Add({}, quantiles(), kQuantileWindow, kQuantileBuckets);
    m_backlog = &prometheus::BuildGauge()
                     .Name("warehouse_appliance_outbox_backlog_events")
                     .Help("Events waiting in the outbox for the central service's acknowledgement")
                     .Register(registry)
                     .Add({});
    m_oldestPendingAge = &prometheus::BuildGauge()
                              .Name("warehouse_appliance_outbox_oldest_pending_age_seconds")
                              .Help("Age of the oldest event waiting in the outbox (0: none waits)")
                              .Register(registry)
                              .Add({});
    m_lastAck =
        &prometheus::BuildGauge()
             .Name("warehouse_appliance_last_ack_timestamp_seconds")
             .Help("When the central service last acknowledged events, in Unix time, as the store records "
                   "it (0: never, or no broker)")
             .Register(registry)
             .Add({});
    m_deadLetters =
        &prometheus::BuildGauge()
             .Name("warehouse_appliance_dead_letters")
             .Help("Commands of the central service that could not be applied (kept in the store)")
             .Register(registry)
             .Add({});
    m_storeUp = &prometheus::BuildGauge()
                     .Name("warehouse_appliance_store_up")
                     .Help("1 when the store answered the scrape's read, 0 when it did not")
                     .Register(registry)
                     .Add({});
    m_printerFaults =
        &prometheus::BuildGauge()
             .Name("warehouse_appliance_printer_faults")
             .Help("Faults a printer reports now (paper out, head open, ...; silence counts as one)")
             .Register(registry);
    m_lowStock = &prometheus::BuildGauge()
                      .Name("warehouse_appliance_low_stock_skus")
                      .Help("SKUs flagged low on stock, per tenant")
                      .Register(registry);
    m_trackingLeft = &prometheus::BuildGauge()
                          .Name("warehouse_appliance_tracking_numbers_left")
                          .Help("Tracking numbers left in a carrier's tracking range")
                          .Register(registry);
    m_partUp = &prometheus::BuildGauge()
                    .Name("warehouse_appliance_part_up")
                    .Help("1 when a part is well (as /healthz says), 0 when not")
                    .Register(registry);
    m_pending.reserve(kMaxPending);
    for (const QString& id : m_sources.scanners)
        m_scanners.insert(id, {devices::ScannerState::Disconnected, QStringLiteral("not reported yet")});
}

Metrics::~Metrics()
{
    // No action may reach an observer that is gone (the appliance stops its store threads before this).
    if (actionObserver() == this)
        setActionObserver(nullptr);
}

void Metrics::actionFinished(Permission kind, ActionOutcome outcome, std::chrono::nanoseconds elapsed)
{
    const auto k = std::size_t(kind);
    const auto o = std::size_t(outcome);
    if (k >= kKinds || o >= kOutcomes)
        return;
    prometheus::Counter* counter = m_actionCounters[k][o].load(std::memory_order_acquire);
    if (!counter) {
        std::lock_guard lock(m_addMutex);
        counter = &m_actions->Add(
            {{"kind", text(permissionName(kind))}, {"outcome", text(actionOutcomeName(outcome))}});
        m_actionCounters[k][o].store(counter, std::memory_order_release);
    }
    counter->Increment();
    if (outcome != ActionOutcome::Committed)
        return;
    std::lock_guard lock(m_pendingMutex);
    if (m_pending.size() < kMaxPending)
        m_pending.push_back({k, seconds(elapsed)});
}

void Metrics::observePendingLocked()
{
    std::vector<PendingTime> pending;
    pending.reserve(kMaxPending); // allocated before the lock: an action never waits for it
    {
        std::lock_guard lock(m_pendingMutex);
        pending.swap(m_pending);
    }
    for (const PendingTime& time : pending) {
        prometheus::Summary*& summary = m_actionSummaries[time.kind];
        if (!summary)
            summary = &m_actionSeconds->Add({{"kind", text(permissionName(Permission(time.kind)))}},
                                            quantiles(), kQuantileWindow, kQuantileBuckets);
        summary->Observe(time.seconds);
    }
}

void Metrics::scanShown(std::chrono::nanoseconds elapsed)
{
    m_scanToScreen->Observe(seconds(elapsed));
}

void Metrics::scannerState(const QString& scannerId, devices::ScannerState state, const QString& reason)
{
    std::lock_guard lock(m_scannersMutex);
    m_scanners.insert(scannerId, {state, reason});
}

Metrics::StoreRead Metrics::readStore()
{
    StoreRead read;
    if (!m_store) {
        db::StoreOptions options;
        options.readOnly = true;
        options.busyTimeoutMs = 250; // a scrape answers in time or says the store is busy
        auto opened = db::Store::open(m_sources.storePath, options);
        if (!opened) {
            read.error = opened.error().message;
            return read;
        }
        m_store = std::move(opened).value();
    }
    auto gauges = m_store->gauges();
    if (!gauges) {
        read.error = gauges.error().message;
        m_store.reset(); // opened afresh next time (the file may have been restored meanwhile)
        return read;
    }
    read.gauges = std::move(gauges).value();
    return read;
}

QList<PartHealth> Metrics::partsLocked(const StoreRead& store)
{
    QList<PartHealth> parts;
    parts.append(
        {QStringLiteral("store"), store.gauges ? QStringLiteral("ok") : store.error, bool(store.gauges)});
    if (m_sources.engine) {
        const sync::SyncEngineStatus status = m_sources.engine->status();
        const bool online = status.link == sync::SyncEngineStatus::Link::Online;
        QString state = sync::SyncEngineStatus::linkName(status.link);
        if (!online && !status.lastError.isEmpty())
            state += QStringLiteral(" (") + status.lastError + QLatin1Char(')');
        parts.append({QStringLiteral("broker"), state, online});
    } else {
        parts.append({QStringLiteral("broker"), QStringLiteral("not configured (buffering)"), true});
    }
    QHash<QString, std::pair<devices::ScannerState, QString>> scannerStates;
    {
        std::lock_guard lock(m_scannersMutex);
        scannerStates = m_scanners;
    }
    QStringList scanners = scannerStates.keys();
    scanners.sort();
    for (const QString& id : scanners) {
        const auto& [state, reason] = scannerStates.value(id);
        QString words = devices::scannerStateName(state);
        if (!reason.isEmpty())
            words += QStringLiteral(" (") + reason + QLatin1Char(')');
        parts.append({QStringLiteral("scanner ") + id, words, state == devices::ScannerState::Connected});
    }
    for (const devices::PrintSpooler* spooler : m_sources.printers) {
        const QString part = QStringLiteral("printer ") + spooler->config().name;
        const std::optional<devices::PrinterReport> report = spooler->lastReport();
        if (!report) {
            parts.append({part, QStringLiteral("not reported yet"), false});
            continue;
        }
        QStringList faults;
        for (devices::PrinterFault fault : report->faults)
            faults.append(devices::printerFaultName(fault));
        QString words = report->online ? QStringLiteral("online") : QStringLiteral("offline");
        if (!faults.isEmpty())
            words += QStringLiteral(", faults: ") + faults.join(QStringLiteral(", "));
        if (!report->online && !report->lastError.isEmpty())
            words += QStringLiteral(" (") + report->lastError + QLatin1Char(')');
        parts.append({part, words, report->online && faults.isEmpty()});
    }
    return parts;
}

QList<PartHealth> Metrics::health()
{
    std::lock_guard lock(m_mutex);
    const StoreRead store = readStore();
    QList<PartHealth> parts = partsLocked(store);
    setGauges(store, parts);
    return parts;
}

void Metrics::setSeries(prometheus::Family<prometheus::Gauge>& family,
                        std::map<prometheus::Labels, prometheus::Gauge*>& series,
                        const std::map<prometheus::Labels, double>& values)
{
    for (auto it = series.begin(); it != series.end();) {
        if (values.count(it->first)) {
            ++it;
            continue;
        }
        family.Remove(it->second);
        it = series.erase(it);
    }
    for (const auto& [labels, value] : values) {
        auto& gauge = series[labels];
        if (!gauge)
            gauge = &family.Add(labels);
        gauge->Set(value);
    }
}

void Metrics::setGauges(const StoreRead& store, const QList<PartHealth>& parts)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_storeUp->Set(store.gauges ? 1 : 0);
    if (store.gauges) {
        std::map<prometheus::Labels, double> lowStock;
        for (const auto& tenant : store.gauges->tenants)
            lowStock[{{"tenant", text(tenant.tenantId)}}] = double(tenant.lowStockSkus);
        setSeries(*m_lowStock, m_lowStockSeries, lowStock);
        std::map<prometheus::Labels, double> ranges;
        for (const auto& range : store.gauges->ranges)
            ranges[{{"tenant", text(range.tenantId)},
                    {"carrier", text(range.carrier)},
                    {"range", text(range.rangeId)}}] = double(range.remaining);
        setSeries(*m_trackingLeft, m_trackingSeries, ranges);
        m_deadLetters->Set(double(store.gauges->deadLetters));
    }
    if (m_sources.monitor)
        if (const auto status = m_sources.monitor->lastStatus()) {
            m_backlog->Set(double(status->pending));
            m_oldestPendingAge->Set(status->oldestPending
                                        ? std::max(0.0, double(status->oldestPending->msecsTo(now)) / 1000.0)
                                        : 0.0);
        }
    if (m_sources.engine) {
        const sync::SyncEngineStatus status = m_sources.engine->status();
        m_lastAck->Set(status.lastAck ? double(status.lastAck->toMSecsSinceEpoch()) / 1000.0 : 0.0);
    }
    for (const devices::PrintSpooler* spooler : m_sources.printers)
        if (const auto report = spooler->lastReport())
            m_printerFaults->Add({{"printer", text(spooler->config().name)}})
                .Set(double(report->faults.size()));
    std::map<prometheus::Labels, double> up;
    for (const PartHealth& part : parts)
        up[{{"part", text(part.part)}}] = part.well ? 1 : 0;
    setSeries(*m_partUp, m_partSeries, up);
}

QByteArray Metrics::scrape()
{
    {
        std::lock_guard lock(m_mutex);
        observePendingLocked();
        const StoreRead store = readStore();
        setGauges(store, partsLocked(store));
    }
    const std::string body = prometheus::TextSerializer().Serialize(m_registry->Collect());
    return QByteArray::fromStdString(body);
}

} // namespace wh::app
