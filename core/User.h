#pragma once

#include <QString>
#include <QStringList>

namespace wh {

enum class Role
{
    Picker,
    Packer,
    Receiver,
    Counter,
    Supervisor,
    Admin
};

// A member of staff. A user may work for several tenants and chooses one at login.
struct User
{
    QString id;
    QString name;
    Role role = Role::Picker;
    QStringList tenantIds;
};

} // namespace wh
