// The permission table: who may do what, and which overrides a supervisor can approve.
#include "Permissions.h"

#include <catch2/catch.hpp>

using namespace wh;

namespace {

Actor as(Role role, QString user = QStringLiteral("u1"))
{
    return Actor{std::move(user), QStringLiteral("station-1"), role, {}};
}

Actor approvedBy(Actor actor, Role approverRole, QString approver = QStringLiteral("sup-1"))
{
    actor.approval = Approval{std::move(approver), approverRole};
    return actor;
}

} // namespace

TEST_CASE("floor roles do their own work and nothing else", "[core][roles]")
{
    CHECK(Permissions::check(as(Role::Picker), Permission::Pick).ok());
    CHECK(Permissions::check(as(Role::Picker), Permission::PutBack).ok());
    CHECK(Permissions::check(as(Role::Packer), Permission::Pack).ok());
    CHECK(Permissions::check(as(Role::Packer), Permission::Ship).ok());
    CHECK(Permissions::check(as(Role::Receiver), Permission::Receive).ok());
    CHECK(Permissions::check(as(Role::Counter), Permission::Move).ok());

    const auto adjust = Permissions::check(as(Role::Picker), Permission::Adjust);
    REQUIRE_FALSE(adjust.ok());
    CHECK(adjust.error().code == ErrorCode::PermissionDenied);
    CHECK(adjust.error().message.contains(QStringLiteral("picker")));
    CHECK(adjust.error().message.contains(QStringLiteral("adjust stock")));
    CHECK(Permissions::check(as(Role::Packer), Permission::Pick).error().code == ErrorCode::PermissionDenied);
    CHECK(Permissions::check(as(Role::Receiver), Permission::Ship).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(Permissions::check(as(Role::Supervisor), Permission::MasterData).error().code ==
          ErrorCode::PermissionDenied);
}

TEST_CASE("the appliance's own processes act for the central service, never for a person on the floor",
          "[core][roles]")
{
    const Actor system; // the default actor is the appliance itself
    CHECK(system.role == Role::System);
    CHECK(Permissions::check(system, Permission::OrderCommands).ok());
    CHECK(Permissions::check(system, Permission::MasterData).ok());
    CHECK(Permissions::check(system, Permission::PlanPicking).ok());
    for (Permission floor : {Permission::Pick, Permission::PickOverride, Permission::Pack, Permission::Ship,
                             Permission::Receive, Permission::Adjust, Permission::ReprintLabel})
        CHECK(Permissions::check(system, floor).error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("an override needs a supervisor's approval, not a colleague's or one's own", "[core][roles]")
{
    const Actor picker = as(Role::Picker, QStringLiteral("p1"));
    const auto alone = Permissions::check(picker, Permission::PickOverride);
    REQUIRE_FALSE(alone.ok());
    CHECK(alone.error().code == ErrorCode::ApprovalRequired);
    CHECK(alone.error().message.contains(QStringLiteral("supervisor")));

    CHECK(Permissions::check(approvedBy(picker, Role::Supervisor), Permission::PickOverride).ok());
    CHECK(Permissions::check(approvedBy(picker, Role::Admin), Permission::PickOverride).ok());
    CHECK(Permissions::check(approvedBy(picker, Role::Picker), Permission::PickOverride).error().code ==
          ErrorCode::ApprovalRequired);
    CHECK(Permissions::check(approvedBy(picker, Role::Supervisor, QStringLiteral("p1")),
                             Permission::PickOverride)
              .error()
              .code == ErrorCode::ApprovalRequired);
    // An approval does not widen a role beyond its overrides.
    CHECK(Permissions::check(approvedBy(picker, Role::Supervisor), Permission::Adjust).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(Permissions::check(approvedBy(as(Role::Packer), Role::Supervisor), Permission::ReprintLabel).ok());
    CHECK(Permissions::check(as(Role::Supervisor), Permission::PickOverride).ok());
}

TEST_CASE("role and permission names round-trip", "[core][roles]")
{
    for (Role role : {Role::Picker, Role::Packer, Role::Receiver, Role::Counter, Role::Supervisor,
                      Role::Admin, Role::System}) {
        REQUIRE_FALSE(roleName(role).isEmpty());
        CHECK(roleFromName(roleName(role)) == role);
    }
    CHECK_FALSE(roleFromName(QStringLiteral("janitor")).has_value());
    CHECK(permissionName(Permission::ReprintLabel) == QStringLiteral("reprint_label"));
    CHECK(Permissions::grant(Role::Admin, Permission::ManageTenants) == Grant::Allowed);
    CHECK(Permissions::grant(Role::Packer, Permission::ReprintLabel) == Grant::WithApproval);
}
