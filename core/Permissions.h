#pragma once

#include "Actor.h"
#include "Result.h"

#include <optional>

namespace wh {

QString roleName(Role role);
std::optional<Role> roleFromName(const QString& name);

// Everything the store lets someone do, grouped the way a warehouse hands out duties.
enum class Permission
{
    ManageTenants, // register a merchant on this appliance
    MasterData,    // SKUs, locations, carton types, rate cards, tracking ranges
    RunTools,      // raw actions: imports, the demo seed, maintenance tools
    OrderCommands, // the central service's reservations, releases, cancellations, modifications, statuses
    PlanPicking,   // release orders to the floor as pick tasks
    Pick,          // scan-confirm picks
    PickOverride,  // force a short pick, skip a bin, cancel a task
    PutBack,       // return picked units of a cancelled order to a bin
    Receive,
    Move,
    Adjust,
    Pack,
    Ship,         // create the shipment and hand it over
    ReprintLabel, // an override: a second label for the same parcel
    // Replenishment and stock snapshots.
    TakeSnapshot,      // send the central service the tenant's stock now
    PlanReplenishment, // look at every pick face and create the refill tasks they need
    // Stock control.
    Count,             // record counted lines and submit a blind count
    PlanCount,         // create count tasks (a supervisor, or the scheduler)
    ApproveCount,      // see a count's variances, order a recount, post a count beyond tolerance
    Quarantine,        // move units out of sellable stock into quarantine
    ReleaseQuarantine, // put quarantined units back into a bin
    ReceiveReturn,     // receive and inspect a customer return
    AuthorizeReturn,   // register a return authorisation (RMA)
};
QString permissionName(Permission permission);

// What a role may do with a permission: always, only with a supervisor's approval (an override), or never.
enum class Grant
{
    Denied,
    WithApproval,
    Allowed
};

namespace Permissions {

Grant grant(Role role, Permission permission);
// Allowed, or a refusal that says who may do it. An override is allowed when the actor's role may ask for it
// and a supervisor (or admin) approved it.
Status check(const Actor& actor, Permission permission);

} // namespace Permissions

} // namespace wh
