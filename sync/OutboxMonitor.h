#pragma once

#include "Store.h"
#include "SyncEngine.h"

#include <QMutex>
#include <QObject>
#include <QTimer>

#include <optional>

namespace wh::sync {

// How far the appliance is behind the central service: what waits in the outbox and since when.
struct SyncStatus
{
    bool brokerConfigured = false;
    QString link;      // the engine's link (online, connecting, offline); empty without a broker
    QString lastError; // the engine's latest problem, in words
    std::int64_t pending = 0;
    std::int64_t events = 0;
    std::optional<QDateTime> oldestPending;

    // "offline (buffering): 42 events waiting, the oldest for 3 min"
    QString describe(const QDateTime& now) const;
};

// Watches the outbox on the thread that owns the store and reports its backlog. Until the MQTT engine
// drains it, the backlog only grows: the appliance buffers and loses nothing.
class OutboxMonitor : public QObject
{
    Q_OBJECT

public:
    // `engine` (may be null: no broker configured) is only read through its thread-safe status snapshot.
    OutboxMonitor(db::Store& store, const SyncEngine* engine, QObject* parent = nullptr);

    void start(int intervalMs);
    void stop() { m_timer.stop(); } // from the thread the monitor lives on
    SyncStatus poll();
    // The last status polled, from any thread: a screen opened after the last change shows it at once
    // (statusChanged() only reports changes). Empty until the first poll.
    std::optional<SyncStatus> lastStatus() const;

Q_SIGNALS:
    void statusChanged(const wh::sync::SyncStatus& status);
    void storeFailed(const QString& message);

private:
    db::Store& m_store;
    const SyncEngine* m_engine;
    QTimer m_timer;
    SyncStatus m_last; // the monitor's thread only
    mutable QMutex m_publishedMutex;
    std::optional<SyncStatus> m_published; // m_last, for other threads
};

} // namespace wh::sync
