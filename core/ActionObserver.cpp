#include "ActionObserver.h"

#include <atomic>

namespace wh {

namespace {

std::atomic<ActionObserver*> g_observer{nullptr};

} // namespace

QString actionOutcomeName(ActionOutcome outcome)
{
    switch (outcome) {
    case ActionOutcome::Committed:
        return QStringLiteral("committed");
    case ActionOutcome::Refused:
        return QStringLiteral("refused");
    case ActionOutcome::Duplicate:
        return QStringLiteral("duplicate");
    case ActionOutcome::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

void setActionObserver(ActionObserver* observer)
{
    g_observer.store(observer, std::memory_order_release);
}

ActionObserver* actionObserver()
{
    return g_observer.load(std::memory_order_acquire);
}

} // namespace wh
