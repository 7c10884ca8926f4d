#pragma once

// Tells systemd how the service is (sd_notify, docs/operations.md "Install"): READY=1 once the store is open
// and the parts are started, WATCHDOG=1 from the thread that runs the event loop at half the unit's
// WatchdogSec (so a frozen loop - a kiosk that no longer paints - is restarted), STATUS= with the sync
// state, STOPPING=1 on the way out. Outside systemd (no NOTIFY_SOCKET) every call does nothing.

#include <QObject>
#include <QTimer>

namespace wh::app {

class ServiceNotifier : public QObject
{
    Q_OBJECT

public:
    explicit ServiceNotifier(QObject* parent = nullptr);

    // Says READY=1 (with a status line) and starts the watchdog's pings when the unit asked for them.
    void ready(const QString& status);
    void status(const QString& status);
    void stopping();

    // The watchdog's interval the unit asked for (0: none).
    qint64 watchdogIntervalMs() const { return m_watchdogMs; }

private:
    void send(const QByteArray& state);

    QTimer m_watchdog;
    qint64 m_watchdogMs = 0;
};

} // namespace wh::app
