#include "Session.h"

#include <QCoreApplication>
#include <QEvent>

namespace wh::ui {

Session::Session(const QString& station, QObject* parent)
    : Session(QStringList{station}, parent)
{}

Session::Session(QStringList stations, QObject* parent)
    : QObject(parent)
    , m_stations(std::move(stations))
{
    m_stations.removeAll(QString());
    m_stations.removeDuplicates();
    if (m_stations.isEmpty())
        m_stations.append(QStringLiteral("station-1")); // the appliance's default
    m_station = soleStation();
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] { end(tr("Logged out after %n minute(s) without use.", "",
                                                             std::max(1, m_idleMs / 60'000))); });
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

Session::~Session()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

Actor Session::actor() const
{
    return Actor{m_user.id, m_station, m_user.role, {}};
}

bool Session::start(const User& user, const QString& tenantId, const QString& station)
{
    const QString at = station.isEmpty() ? soleStation() : station;
    if (at.isEmpty() || !m_stations.contains(at))
        return false;
    m_user = user;
    m_tenantId = tenantId;
    m_station = at;
    m_active = true;
    touch();
    Q_EMIT started();
    return true;
}

void Session::end(const QString& reason)
{
    if (!m_active)
        return;
    m_active = false;
    m_idle.stop();
    m_user = User{};
    m_tenantId.clear();
    m_station = soleStation();
    Q_EMIT ended(reason);
}

void Session::setIdleTimeoutMs(int ms)
{
    m_idleMs = ms;
    touch();
}

void Session::touch()
{
    if (!m_active || m_idleMs <= 0) {
        m_idle.stop();
        return;
    }
    m_idle.start(m_idleMs);
}

bool Session::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
        touch();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace wh::ui
