#pragma once

#include "Actor.h"

#include <QString>
#include <QStringList>

namespace wh {

// A member of staff. A user may work for several tenants and chooses one at login.
struct User
{
    QString id;
    QString name;
    Role role = Role::Picker;
    QStringList tenantIds;
};

} // namespace wh
