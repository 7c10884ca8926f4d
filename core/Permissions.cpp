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
RefusalArg activity(Permission permission)
{
    switch (permission) {
    case Permission::ManageTenants:
        return refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "register merchants"));
    case Permission::MasterData:
        return refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "change SKUs, locations or shipping settings"));
    case Permission::RunTools:
        return refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "run imports or maintenance tools"));
    case Permission::OrderCommands:
        return refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "change orders (the central service does)"));
    case Permission::PlanPicking:
        return refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "release orders for picking"));
    case Permission::Pick:
        return refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "pick"));
    case Permission::PickOverride:
        return refusalWords(
            QT_TRANSLATE_NOOP("wh::Refusal", "force a short pick, skip a bin or cancel a task"));
    case Permission::PutBack:
        return refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "put stock back"));
    case Permission::Receive:
        return refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "receive stock"));
    case Permission::Move:
        return refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "move stock"));
    case Permission::Adjust:
        return refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "adjust stock"));
    case Permission::Pack:
        return refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "pack"));
    case Permission::Ship:
        return refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "ship"));
    case Permission::ReprintLabel:
        return refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "reprint a label"));
    // Replenishment and stock snapshots.
    case Permission::TakeSnapshot:
        return refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "send a stock snapshot"));
    case Permission::PlanReplenishment:
        return refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "plan replenishment"));
    // Stock control.
    case Permission::Count:
        return refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "count stock"));
    case Permission::PlanCount:
        return refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "plan stock counts"));
    case Permission::ApproveCount:
        return refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "review or approve a stock count"));
    case Permission::Quarantine:
        return refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "put stock in quarantine"));
    case Permission::ReleaseQuarantine:
        return refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "release stock from quarantine"));
    case Permission::ReceiveReturn:
        return refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "receive customer returns"));
    case Permission::AuthorizeReturn:
        return refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "authorise returns"));
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
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Only with a supervisor's approval may you %1: ask one to approve it."),
            {activity(permission)});
    }
    return makeError(ErrorCode::PermissionDenied,
                     QT_TRANSLATE_NOOP("wh::Refusal", "Signed in as %1, you may not %2."),
                     {roleName(actor.role), activity(permission)});
}

} // namespace wh
