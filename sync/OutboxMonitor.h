#pragma once

#include "Store.h"

#include <QObject>
#include <QTimer>

namespace wh::sync {

// How far the appliance is behind the central service: what waits in the outbox and since when.
struct SyncStatus
{
    bool brokerConfigured = false;
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
    OutboxMonitor(db::Store& store, bool brokerConfigured, QObject* parent = nullptr);

    void start(int intervalMs);
    SyncStatus poll();

Q_SIGNALS:
    void statusChanged(const wh::sync::SyncStatus& status);
    void storeFailed(const QString& message);

private:
    db::Store& m_store;
    bool m_brokerConfigured;
    QTimer m_timer;
    SyncStatus m_last;
};

} // namespace wh::sync
