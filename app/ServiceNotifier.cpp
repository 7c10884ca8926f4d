#include "ServiceNotifier.h"

#include <systemd/sd-daemon.h>

namespace wh::app {

ServiceNotifier::ServiceNotifier(QObject* parent)
    : QObject(parent)
{
    std::uint64_t usec = 0;
    // 0 unset_environment: children (none today) would see the same variables.
    if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0)
        m_watchdogMs = qint64(usec / 1000);
    m_watchdog.setTimerType(Qt::CoarseTimer);
    connect(&m_watchdog, &QTimer::timeout, this, [this] { send(QByteArrayLiteral("WATCHDOG=1")); });
}

void ServiceNotifier::ready(const QString& statusLine)
{
    send("READY=1\nSTATUS=" + statusLine.toUtf8());
    if (m_watchdogMs > 0 && !m_watchdog.isActive()) {
        send(QByteArrayLiteral("WATCHDOG=1"));
        m_watchdog.start(int(std::max<qint64>(1, m_watchdogMs / 2)));
    }
}

void ServiceNotifier::status(const QString& statusLine)
{
    send("STATUS=" + statusLine.toUtf8());
}

void ServiceNotifier::stopping()
{
    m_watchdog.stop();
    send(QByteArrayLiteral("STOPPING=1"));
}

void ServiceNotifier::send(const QByteArray& state)
{
    sd_notify(0, state.constData());
}

} // namespace wh::app
