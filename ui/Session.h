#pragma once

// Who is at the kiosk: the member of staff, the merchant they chose at login and the station. A kiosk serves
// one station or several (run --station pack-1,pack-2); with several, the station is chosen at login like the
// merchant. Ends on logout or when nobody has touched the screen or scanned for the idle timeout, so a kiosk
// left alone does not keep someone's rights. Every input event the application sees counts as activity (an
// event filter on the application), so no screen has to remember to report it.

#include "Actor.h"
#include "Tenant.h"
#include "User.h"

#include <QObject>
#include <QTimer>

namespace wh::ui {

class Session : public QObject
{
    Q_OBJECT

public:
    // The stations this kiosk serves, in the order they were given (at least one).
    explicit Session(QStringList stations, QObject* parent = nullptr);
    explicit Session(const QString& station, QObject* parent = nullptr);
    ~Session() override;

    bool active() const { return m_active; }
    const User& user() const { return m_user; }
    TenantContext tenant() const { return TenantContext(m_tenantId); }
    QString tenantId() const { return m_tenantId; }
    // The session's station; while nobody is logged in, the kiosk's only station (empty when it has several).
    QString station() const { return m_station; }
    const QStringList& stations() const { return m_stations; }
    // Who acts, stamped on every event: the user, the session's station, the user's role.
    Actor actor() const;

    // `station` is one of stations(); empty for the kiosk's only one. Returns false (and starts nothing) for
    // a station this kiosk does not serve, or none chosen where there are several.
    bool start(const User& user, const QString& tenantId, const QString& station = QString());
    void end(const QString& reason);

    // 0: never. Restarted by any key, touch, mouse press or scan.
    void setIdleTimeoutMs(int ms);
    int idleTimeoutMs() const { return m_idleMs; }
    void touch();

Q_SIGNALS:
    void started();
    void ended(const QString& reason);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString soleStation() const { return m_stations.size() == 1 ? m_stations.front() : QString(); }

    QStringList m_stations;
    QString m_station;
    User m_user;
    QString m_tenantId;
    bool m_active = false;
    int m_idleMs = 120'000;
    QTimer m_idle;
};

} // namespace wh::ui
