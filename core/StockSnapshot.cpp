#include "StockSnapshot.h"

#include "EnumNames.h"

#include <QJsonArray>

namespace wh {

namespace {

constexpr EnumNames<SnapshotReason, 2> kReasonNames{{{
    {SnapshotReason::Scheduled, "scheduled"},
    {SnapshotReason::OnDemand, "on_demand"},
}}};

} // namespace

QString snapshotReasonName(SnapshotReason reason)
{
    return kReasonNames.name(reason);
}

EventList StockSnapshot::take(const QString& tenantId, SnapshotReason reason) const
{
    const QDateTime now = m_clock.now();
    QJsonArray skus;
    for (const SkuStock& s : m_state.stockBySku(now.date()))
        skus.append(QJsonObject{{QStringLiteral("sku"), s.sku},
                                {QStringLiteral("onHand"), static_cast<qint64>(s.onHand)},
                                {QStringLiteral("available"), static_cast<qint64>(s.available)}});
    return {DomainEvent{EventType::StockSnapshot,
                        QStringLiteral("tenant"),
                        tenantId,
                        {{QStringLiteral("takenAt"), now.toMSecsSinceEpoch()},
                         {QStringLiteral("reason"), snapshotReasonName(reason)},
                         {QStringLiteral("complete"), true},
                         {QStringLiteral("skus"), skus}}}};
}

} // namespace wh
