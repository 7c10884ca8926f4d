#pragma once

#include <QString>

namespace wh {

// What a member of staff (or the appliance itself) may do is decided by role; docs/roles.md has the table.
enum class Role
{
    Picker,
    Packer,
    Receiver,
    Counter,
    Supervisor,
    Admin,
    System // the appliance's own processes: the central service's commands, scheduled work, the demo seed
};

// A supervisor who approved an override on someone else's screen (badge scan or PIN, checked by the kiosk).
struct Approval
{
    QString userId;
    Role role = Role::Supervisor;
};

// Who did it, in which role, and where: stamped on every event for the audit trail.
struct Actor
{
    QString userId = QStringLiteral("system");
    QString deviceId = QStringLiteral("appliance"); // the station
    Role role = Role::System;
    Approval approval; // empty userId: no approval given

    bool approved() const { return !approval.userId.isEmpty(); }
};

} // namespace wh
