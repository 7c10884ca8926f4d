#include "Permissions.h"

#include "EnumNames.h"

#include <array>

namespace wh {

namespace {

constexpr EnumNames<Role, 7> kRoleNames{{{
    {Role::Picker, "picker"},
    {Role::Packer, "packer"},
    {Role::Receiver, "receiver"},
    {Role::Counter, "counter"},
    {Role::Supervisor, "supervisor"},
    {Role::Admin, "admin"},
    {Role::System, "system"},
}}};

constexpr EnumNames<Permission, 23> kPermissionNames{{{
    {Permission::ManageTenants, "manage_tenants"},
    {Permission::MasterData, "master_data"},
    {Permission::RunTools, "run_tools"},
    {Permission::OrderCommands, "order_commands"},
    {Permission::PlanPicking, "plan_picking"},
    {Permission::Pick, "pick"},
    {Permission::PickOverride, "pick_override"},
    {Permission::PutBack, "put_back"},
    {Permission::Receive, "receive"},
    {Permission::Move, "move"},
    {Permission::Adjust, "adjust"},
    {Permission::Pack, "pack"},
    {Permission::Ship, "ship"},
    {Permission::ReprintLabel, "reprint_label"},
    // Replenishment and stock snapshots.
    {Permission::TakeSnapshot, "take_snapshot"},
    {Permission::PlanReplenishment, "plan_replenishment"},
    // Stock control.
    {Permission::Count, "count"},
    {Permission::PlanCount, "plan_count"},
    {Permission::ApproveCount, "approve_count"},
    {Permission::Quarantine, "quarantine"},
    {Permission::ReleaseQuarantine, "release_quarantine"},
    {Permission::ReceiveReturn, "receive_return"},
    {Permission::AuthorizeReturn, "authorize_return"},
}}};

constexpr Grant N = Grant::Denied;
constexpr Grant A = Grant::WithApproval;
constexpr Grant Y = Grant::Allowed;

// The permission table (docs/roles.md prints the same). Rows: permissions in enum order; columns: picker,
// packer, receiver, counter, supervisor, admin, system. The appliance's own processes (system) act for the
// central service and the scheduler; they never stand in for a person on the floor.
constexpr std::array<std::array<Grant, 7>, 23> kTable{{
    //  pick pack recv count super admin system
    {{N, N, N, N, N, Y, Y}}, // ManageTenants
    {{N, N, N, N, N, Y, Y}}, // MasterData
    {{N, N, N, N, N, Y, Y}}, // RunTools
    {{N, N, N, N, N, Y, Y}}, // OrderCommands
    {{N, N, N, N, Y, Y, Y}}, // PlanPicking
    {{Y, N, N, N, Y, Y, N}}, // Pick
    {{A, N, N, N, Y, Y, N}}, // PickOverride
    {{Y, Y, N, N, Y, Y, N}}, // PutBack
    {{N, N, Y, N, Y, Y, N}}, // Receive
    {{N, N, Y, Y, Y, Y, N}}, // Move
    {{N, N, N, N, Y, Y, N}}, // Adjust
    {{N, Y, N, N, Y, Y, N}}, // Pack
    {{N, Y, N, N, Y, Y, N}}, // Ship
    {{N, A, N, N, Y, Y, N}}, // ReprintLabel
    // Replenishment and stock snapshots: the scheduler (system) runs both.
    {{N, N, N, N, Y, Y, Y}}, // TakeSnapshot
    {{N, N, N, N, Y, Y, Y}}, // PlanReplenishment
    // Stock control.
    {{N, N, N, Y, Y, Y, N}}, // Count
    {{N, N, N, N, Y, Y, Y}}, // PlanCount
    {{N, N, N, A, Y, Y, N}}, // ApproveCount
    {{N, N, Y, Y, Y, Y, N}}, // Quarantine
    {{N, N, N, N, Y, Y, N}}, // ReleaseQuarantine
    {{N, N, Y, N, Y, Y, N}}, // ReceiveReturn
    {{N, N, N, N, Y, Y, Y}}, // AuthorizeReturn
}};

// What the permission lets one do, in the words of a refusal ("... may not <this>").
QString activity(Permission permission)
{
    switch (permission) {
    case Permission::ManageTenants:
        return QStringLiteral("register merchants");
    case Permission::MasterData:
        return QStringLiteral("change SKUs, locations or shipping settings");
    case Permission::RunTools:
        return QStringLiteral("run imports or maintenance tools");
    case Permission::OrderCommands:
        return QStringLiteral("change orders (the central service does)");
    case Permission::PlanPicking:
        return QStringLiteral("release orders for picking");
    case Permission::Pick:
        return QStringLiteral("pick");
    case Permission::PickOverride:
        return QStringLiteral("force a short pick, skip a bin or cancel a task");
    case Permission::PutBack:
        return QStringLiteral("put stock back");
    case Permission::Receive:
        return QStringLiteral("receive stock");
    case Permission::Move:
        return QStringLiteral("move stock");
    case Permission::Adjust:
        return QStringLiteral("adjust stock");
    case Permission::Pack:
        return QStringLiteral("pack");
    case Permission::Ship:
        return QStringLiteral("ship");
    case Permission::ReprintLabel:
        return QStringLiteral("reprint a label");
    // Replenishment and stock snapshots.
    case Permission::TakeSnapshot:
        return QStringLiteral("send a stock snapshot");
    case Permission::PlanReplenishment:
        return QStringLiteral("plan replenishment");
    // Stock control.
    case Permission::Count:
        return QStringLiteral("count stock");
    case Permission::PlanCount:
        return QStringLiteral("plan stock counts");
    case Permission::ApproveCount:
        return QStringLiteral("review or approve a stock count");
    case Permission::Quarantine:
        return QStringLiteral("put stock in quarantine");
    case Permission::ReleaseQuarantine:
        return QStringLiteral("release stock from quarantine");
    case Permission::ReceiveReturn:
        return QStringLiteral("receive customer returns");
    case Permission::AuthorizeReturn:
        return QStringLiteral("authorise returns");
    }
    return permissionName(permission);
}

bool canApprove(Role role)
{
    return role == Role::Supervisor || role == Role::Admin;
}

} // namespace

QString roleName(Role role)
{
    return kRoleNames.name(role);
}

std::optional<Role> roleFromName(const QString& name)
{
    return kRoleNames.value(name);
}

QString permissionName(Permission permission)
{
    return kPermissionNames.name(permission);
}

Grant Permissions::grant(Role role, Permission permission)
{
    return kTable[static_cast<std::size_t>(permission)][static_cast<std::size_t>(role)];
}

Status Permissions::check(const Actor& actor, Permission permission)
{
    const Grant g = grant(actor.role, permission);
    if (g == Grant::Allowed)
        return {};
    if (g == Grant::WithApproval) {
        if (actor.approved() && canApprove(actor.approval.role) && actor.approval.userId != actor.userId)
            return {};
        return makeError(
            ErrorCode::ApprovalRequired,
            QStringLiteral("Only with a supervisor's approval may you %1: ask one to approve it.")
                .arg(activity(permission)));
    }
    return makeError(
        ErrorCode::PermissionDenied,
        QStringLiteral("Signed in as %1, you may not %2.").arg(roleName(actor.role), activity(permission)));
}

} // namespace wh
