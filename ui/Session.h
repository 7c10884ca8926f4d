#pragma once

// Who is at the kiosk: the member of staff, the merchant they chose at login and the station. Ends on logout
// or when nobody has touched the screen or scanned for the idle timeout, so a kiosk left alone does not keep
// someone's rights. Every input event the application sees counts as activity (an event filter on the
// application), so no screen has to remember to report it.

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
    explicit Session(QString station, QObject* parent = nullptr);
    ~Session() override;

    bool active() const { return m_active; }
    const User& user() const { return m_user; }
    TenantContext tenant() const { return TenantContext(m_tenantId); }
    QString tenantId() const { return m_tenantId; }
    QString station() const { return m_station; }
    // Who acts, stamped on every event: the user, this station, the user's role.
    Actor actor() const;

    void start(const User& user, const QString& tenantId);
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
    QString m_station;
    User m_user;
    QString m_tenantId;
    bool m_active = false;
    int m_idleMs = 120'000;
    QTimer m_idle;
};

} // namespace wh::ui
