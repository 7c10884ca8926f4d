// The store's replenishment and snapshot calls (declared in Store.h).
#include "SqlInventoryState.h"
#include "Store.h"

namespace wh::db {

Result<ActionReceipt> Store::replenishAfter(const TenantContext& tenant, const Actor& actor,
                                            ActionReceipt receipt)
{
    const QSet<QString> skus = Replenishment::touchedSkus(receipt.events);
    if (skus.isEmpty())
        return receipt;
    return runHandler(
        tenant, actor,
        [&](SqlInventoryState& state) -> Result<EventList> {
            // The next sequence number is the first event's: task ids never repeat.
            return Replenishment(state, state, *m_clock).plan(skus, m_log.headSeq() + 1);
        },
        std::move(receipt));
}

Result<ActionReceipt> Store::planReplenishment(const TenantContext& t, const Actor& a)
{
    return executeSteps(t, a, Permission::PlanReplenishment,
                        {[&](SqlInventoryState& state) -> Result<EventList> {
                            return Replenishment(state, state, *m_clock).plan({}, m_log.headSeq() + 1, true);
                        }});
}

Result<ActionReceipt> Store::confirmReplenishment(const TenantContext& t, const Actor& a,
                                                  const ConfirmReplenishment& cmd)
{
    return executeSteps(t, a, Permission::Move, {[&](SqlInventoryState& state) {
                            return Replenishment(state, state, *m_clock).confirm(cmd);
                        }});
}

Result<QList<ReplenishmentTask>> Store::replenishmentTasks(const TenantContext& t)
{
    return read([&] { return SqlInventoryState(m_connection, t).activeReplenishments(); });
}

Result<ReplenishmentTask> Store::replenishmentTask(const TenantContext& t, const QString& taskId)
{
    return found(read([&] { return SqlInventoryState(m_connection, t).replenishmentTask(taskId); }),
                 ErrorCode::UnknownTask,
                 Refusal{QT_TRANSLATE_NOOP("wh::Refusal", "There is no replenishment task %1."), {taskId}});
}

Result<ActionReceipt> Store::takeSnapshot(const TenantContext& t, const Actor& a, SnapshotReason reason)
{
    return executeSteps(t, a, Permission::TakeSnapshot, {[&](SqlInventoryState& state) -> Result<EventList> {
                            return StockSnapshot(state, *m_clock).take(t.id(), reason);
                        }});
}

} // namespace wh::db
