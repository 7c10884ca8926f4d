#include "OutboxMonitor.h"

namespace wh::sync {

QString SyncStatus::describe(const QDateTime& now) const
{
    QString mode = !brokerConfigured ? QStringLiteral("offline (buffering: no broker configured)")
                   : link == QLatin1String("online") ? QStringLiteral("online")
                                                     : link + QStringLiteral(" (buffering)");
    if (!lastError.isEmpty() && link != QLatin1String("online"))
        mode += QStringLiteral(" - ") + lastError;
    if (pending == 0)
        return mode + QStringLiteral(": nothing waiting, %1 events in the log").arg(events);
    const qint64 ageSeconds = oldestPending ? oldestPending->secsTo(now) : 0;
    const QString age = ageSeconds < 120    ? QStringLiteral("%1 s").arg(ageSeconds)
                        : ageSeconds < 7200 ? QStringLiteral("%1 min").arg(ageSeconds / 60)
                                            : QStringLiteral("%1 h").arg(ageSeconds / 3600);
    return mode + QStringLiteral(": %1 events waiting, the oldest for %2; %3 events in the log")
                      .arg(pending)
                      .arg(age)
                      .arg(events);
}

OutboxMonitor::OutboxMonitor(db::Store& store, const SyncEngine* engine, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_engine(engine)
{
    // A child, so that moving the monitor to another thread moves its timer too.
    m_timer.setParent(this);
    connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
}

void OutboxMonitor::start(int intervalMs)
{
    m_timer.start(intervalMs);
    poll();
}

std::optional<SyncStatus> OutboxMonitor::lastStatus() const
{
    QMutexLocker lock(&m_publishedMutex);
    return m_published;
}

SyncStatus OutboxMonitor::poll()
{
    auto counts = m_store.counts();
    if (!counts) {
        Q_EMIT storeFailed(counts.error().message);
        return m_last;
    }
    SyncStatus status;
    status.brokerConfigured = m_engine != nullptr;
    if (m_engine) {
        const SyncEngineStatus engine = m_engine->status();
        status.link = SyncEngineStatus::linkName(engine.link);
        status.lastError = engine.lastError;
    }
    status.pending = counts->outboxPending;
    status.events = counts->events;
    status.oldestPending = counts->oldestPending;
    const bool changed = status.pending != m_last.pending || status.events != m_last.events ||
                         status.link != m_last.link || status.lastError != m_last.lastError;
    m_last = status;
    {
        QMutexLocker lock(&m_publishedMutex);
        m_published = status;
    }
    if (changed)
        Q_EMIT statusChanged(status);
    return status;
}

} // namespace wh::sync
