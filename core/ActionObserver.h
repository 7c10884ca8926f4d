#pragma once

#include "Permissions.h"

#include <chrono>

namespace wh {

// How one store action ended: its transaction committed, it was refused by a business rule (a refusal's
// answer may still have been committed), the same command came again and changed nothing, or the store
// failed (disk full, busy, corrupt).
enum class ActionOutcome
{
    Committed,
    Refused,
    Duplicate,
    Failed
};
QString actionOutcomeName(ActionOutcome outcome);

// Hears every store action as it ends, from whichever thread ran it (the kiosk's worker, the sync engine's,
// the stock round's): implementations must be thread-safe and quick, since they run on the action's path.
// The appliance sets one at start when /metrics is on; with none set an action pays one atomic load.
class ActionObserver
{
public:
    virtual ~ActionObserver() = default;
    // `kind` is the permission the action needs (one per kind of action); `elapsed` runs from the start of
    // its transaction to the end of its commit (or refusal).
    virtual void actionFinished(Permission kind, ActionOutcome outcome, std::chrono::nanoseconds elapsed) = 0;
};

// Set once at start, before any store works; null (the default) switches the hook off, which tests use as
// their reset. The observer must outlive every action that may see it.
void setActionObserver(ActionObserver* observer);
ActionObserver* actionObserver();

} // namespace wh
