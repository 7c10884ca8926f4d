// Store's stock control actions (cycle counts, scrap, quarantine, returns), kept in a file of their own. Each
// is one transaction through executeSteps, like every other action: the permission first, then the rules over
// the tenant's state, then events, projections and outbox rows together.
#include "SqlCountState.h"
#include "SqlInventoryState.h"
#include "Store.h"

namespace wh::db {

Result<ActionReceipt> Store::setCountTolerance(const TenantContext& t, const Actor& a,
                                               const CountTolerance& tolerance)
{
    return executeSteps(t, a, Permission::MasterData, {[&](SqlInventoryState& state) {
                            SqlCountState counts(m_connection, t);
                            return CycleCount(state, counts, *m_clock).setTolerance(tolerance);
                        }});
}

Result<ActionReceipt> Store::createCount(const TenantContext& t, const Actor& a, const CreateCount& cmd)
{
    return executeSteps(t, a, Permission::PlanCount, {[&](SqlInventoryState& state) {
                            SqlCountState counts(m_connection, t);
                            // The next sequence number is unique on this appliance: count ids never repeat.
                            return CycleCount(state, counts, *m_clock)
                                .create(cmd, QStringLiteral("K%1").arg(m_log.headSeq() + 1));
                        }});
}

Result<CountSheet> Store::recordCountLine(const TenantContext& t, const Actor& a, const CountLine& cmd)
{
    auto receipt = executeSteps(t, a, Permission::Count, {[&](SqlInventoryState& state) {
                                    SqlCountState counts(m_connection, t);
                                    return CycleCount(state, counts, *m_clock).recordLine(cmd);
                                }});
    if (!receipt)
        return receipt.error();
    // The counter gets the sheet back, not the receipt: its event holds the expected quantity.
    return countSheet(t, cmd.countId);
}

Result<CountSubmitResult> Store::submitCount(const TenantContext& t, const Actor& a, const QString& countId)
{
    auto receipt = executeSteps(t, a, Permission::Count, {[&](SqlInventoryState& state) {
                                    SqlCountState counts(m_connection, t);
                                    return CycleCount(state, counts, *m_clock).submit(countId);
                                }});
    if (!receipt)
        return receipt.error();
    CountSubmitResult result;
    result.countId = countId;
    for (const RecordedEvent& e : receipt->events)
        if (e.type == EventType::CountSubmitted) {
            const QJsonObject p = e.payloadObject();
            result.round = p.value(QStringLiteral("round")).toInt();
            result.status = countStatusFromName(p.value(QStringLiteral("outcome")).toString())
                                .value_or(CountStatus::Review);
        }
    return result;
}

Result<ActionReceipt> Store::recount(const TenantContext& t, const Actor& a, const QString& countId,
                                     const QString& reason)
{
    return executeSteps(t, a, Permission::ApproveCount, {[&](SqlInventoryState& state) {
                            SqlCountState counts(m_connection, t);
                            return CycleCount(state, counts, *m_clock).recount(countId, reason);
                        }});
}

Result<ActionReceipt> Store::approveCount(const TenantContext& t, const Actor& a, const QString& countId,
                                          const QString& reason)
{
    const QString approver = a.approved() ? a.approval.userId : a.userId;
    return executeSteps(t, a, Permission::ApproveCount, {[&](SqlInventoryState& state) {
                            SqlCountState counts(m_connection, t);
                            return CycleCount(state, counts, *m_clock).approve(countId, approver, reason);
                        }});
}

Result<ActionReceipt> Store::cancelCount(const TenantContext& t, const Actor& a, const QString& countId,
                                         const QString& reason)
{
    return executeSteps(t, a, Permission::PlanCount, {[&](SqlInventoryState& state) {
                            SqlCountState counts(m_connection, t);
                            return CycleCount(state, counts, *m_clock).cancel(countId, reason);
                        }});
}

Result<CountSheet> Store::countSheet(const TenantContext& t, const QString& countId)
{
    auto record = found(
        read([&] { return SqlCountState(m_connection, t).countTask(countId); }), ErrorCode::UnknownCount,
        Refusal{QT_TRANSLATE_NOOP("wh::Refusal", "There is no count %1 for this merchant."), {countId}});
    if (!record)
        return record.error();
    return CycleCount::sheetOf(*record);
}

Result<QList<CountSheet>> Store::openCounts(const TenantContext& t)
{
    return read([&] { return SqlCountState(m_connection, t).openCounts(); });
}

Result<QList<CountSheet>> Store::countsInReview(const TenantContext& t)
{
    return read([&] { return SqlCountState(m_connection, t).countsInReview(); });
}

Result<QList<CountVariance>> Store::countReview(const TenantContext& t, const Actor& a,
                                                const QString& countId)
{
    // The expected quantities are the supervisor's: checked here, because a read goes through no action.
    if (auto allowed = Permissions::check(a, Permission::ApproveCount); !allowed)
        return allowed.error();
    auto record = found(
        read([&] { return SqlCountState(m_connection, t).countTask(countId); }), ErrorCode::UnknownCount,
        Refusal{QT_TRANSLATE_NOOP("wh::Refusal", "There is no count %1 for this merchant."), {countId}});
    if (!record)
        return record.error();
    return record->variances;
}

Result<CountTolerance> Store::countTolerance(const TenantContext& t)
{
    return read([&] { return SqlCountState(m_connection, t).countTolerance(); });
}

Result<ActionReceipt> Store::scrap(const TenantContext& t, const Actor& a, const ScrapStock& cmd)
{
    return executeSteps(t, a, Permission::Adjust, {[&](SqlInventoryState& state) {
                            return StockControl(state, *m_clock).scrap(cmd);
                        }});
}

Result<ActionReceipt> Store::quarantine(const TenantContext& t, const Actor& a, const QuarantineStock& cmd)
{
    return executeSteps(t, a, Permission::Quarantine, {[&](SqlInventoryState& state) {
                            return StockControl(state, *m_clock).quarantine(cmd);
                        }});
}

Result<ActionReceipt> Store::releaseFromQuarantine(const TenantContext& t, const Actor& a,
                                                   const ReleaseFromQuarantine& cmd)
{
    return executeSteps(t, a, Permission::ReleaseQuarantine, {[&](SqlInventoryState& state) {
                            return StockControl(state, *m_clock).release(cmd);
                        }});
}

Result<ActionReceipt> Store::authorizeReturn(const TenantContext& t, const Actor& a,
                                             const ReturnAuthorization& rma)
{
    return executeSteps(t, a, Permission::AuthorizeReturn, {[&](SqlInventoryState& state) {
                            SqlCountState returns(m_connection, t);
                            return Returns(state, returns, *m_clock).authorize(rma);
                        }});
}

Result<ActionReceipt> Store::openReturn(const TenantContext& t, const Actor& a, const OpenReturn& cmd)
{
    return executeSteps(t, a, Permission::ReceiveReturn, {[&](SqlInventoryState& state) {
                            SqlCountState returns(m_connection, t);
                            return Returns(state, returns, *m_clock)
                                .open(cmd, QStringLiteral("R%1").arg(m_log.headSeq() + 1));
                        }});
}

Result<ActionReceipt> Store::receiveReturnItem(const TenantContext& t, const Actor& a, const ReturnItem& item)
{
    return executeSteps(t, a, Permission::ReceiveReturn, {[&](SqlInventoryState& state) {
                            SqlCountState returns(m_connection, t);
                            return Returns(state, returns, *m_clock).receiveItem(item);
                        }});
}

Result<ActionReceipt> Store::closeReturn(const TenantContext& t, const Actor& a, const QString& returnId)
{
    return executeSteps(t, a, Permission::ReceiveReturn, {[&](SqlInventoryState& state) {
                            SqlCountState returns(m_connection, t);
                            return Returns(state, returns, *m_clock).close(returnId);
                        }});
}

Result<ReturnRecord> Store::customerReturn(const TenantContext& t, const QString& returnId)
{
    return found(
        read([&] { return SqlCountState(m_connection, t).customerReturn(returnId); }),
        ErrorCode::UnknownReturn,
        Refusal{QT_TRANSLATE_NOOP("wh::Refusal", "There is no return %1 for this merchant."), {returnId}});
}

Result<ReturnAuthorization> Store::rma(const TenantContext& t, const QString& rmaId)
{
    return found(read([&] { return SqlCountState(m_connection, t).rma(rmaId); }), ErrorCode::UnknownRma,
                 Refusal{QT_TRANSLATE_NOOP("wh::Refusal", "There is no RMA %1 for this merchant."), {rmaId}});
}

} // namespace wh::db
