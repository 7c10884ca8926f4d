#include "ReservationCheck.h"

#include "Saga.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

namespace wh::central {

namespace {

using SkuUnits = QMap<QString, std::int64_t>; // sorted, so messages list SKUs in a stable order

QString orderKey(const QString& warehouse, const QString& tenant, const QString& orderId)
{
    return warehouse + QLatin1Char('\x1f') + tenant + QLatin1Char('\x1f') + orderId;
}

QString describe(const SkuUnits& units)
{
    QStringList parts;
    for (auto it = units.cbegin(); it != units.cend(); ++it)
        if (it.value() != 0)
            parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
    return parts.isEmpty() ? QStringLiteral("nothing") : parts.join(QStringLiteral(", "));
}

bool sameUnits(const SkuUnits& a, const SkuUnits& b)
{
    QSet<QString> skus;
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        skus.insert(it.key());
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        skus.insert(it.key());
    for (const QString& sku : skus)
        if (a.value(sku) != b.value(sku))
            return false;
    return true;
}

std::int64_t sum(const SkuUnits& units)
{
    std::int64_t total = 0;
    for (const std::int64_t n : units)
        total += n;
    return total;
}

} // namespace

QJsonObject ReservationReport::toJson() const
{
    QJsonObject warehouses;
    for (const ReservationTotals& t : totals) {
        QJsonObject w = warehouses.value(t.warehouse).toObject();
        w.insert(t.tenant, QJsonObject{{QStringLiteral("reserved"), qint64(t.reserved)},
                                       {QStringLiteral("demanded"), qint64(t.demanded)},
                                       {QStringLiteral("openOrders"), qint64(t.orders)}});
        warehouses.insert(t.warehouse, w);
    }
    return QJsonObject{{QStringLiteral("byWarehouse"), warehouses},
                       {QStringLiteral("partsInFlight"), qint64(inFlight)},
                       {QStringLiteral("problems"), qint64(problems.size())}};
}

ReservationReport checkReservations(CentralStore& store, const QList<SagaRow>& sagas)
{
    // The appliances' side: what each holds reserved per order and SKU, rebuilt from its events.
    QHash<QString, SkuUnits> held;
    QSqlQuery& q = store.query(QStringLiteral(
        "SELECT warehouse, tenant, type, aggregate_id, payload FROM events WHERE aggregate_type = 'order' AND "
        "type IN ('InventoryReserved', 'ReservationReleased', 'StockPicked')"));
    while (q.next()) {
        const QString type = q.value(2).toString();
        const QJsonObject payload = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        SkuUnits& units = held[orderKey(q.value(0).toString(), q.value(1).toString(), q.value(3).toString())];
        if (type == QLatin1String("StockPicked")) {
            units[payload.value(QStringLiteral("sku")).toString()] -=
                payload.value(QStringLiteral("quantity")).toInteger();
            continue;
        }
        const std::int64_t sign = type == QLatin1String("InventoryReserved") ? 1 : -1;
        for (const QJsonValue& v : payload.value(QStringLiteral("allocations")).toArray()) {
            const QJsonObject a = v.toObject();
            units[a.value(QStringLiteral("sku")).toString()] += sign * a.value(QStringLiteral("quantity")).toInteger();
        }
    }
    // What was picked per order and SKU at each warehouse: an open part's demand is its lines less that.
    QHash<QString, SkuUnits> picked;
    QSqlQuery& p = store.query(QStringLiteral(
        "SELECT warehouse, tenant, aggregate_id, payload FROM events WHERE type = 'StockPicked'"));
    while (p.next()) {
        const QJsonObject payload = QJsonDocument::fromJson(p.value(3).toString().toUtf8()).object();
        picked[orderKey(p.value(0).toString(), p.value(1).toString(), p.value(2).toString())]
              [payload.value(QStringLiteral("sku")).toString()] += payload.value(QStringLiteral("quantity")).toInteger();
    }

    ReservationReport report;
    QMap<std::pair<QString, QString>, ReservationTotals> totals; // (warehouse, tenant)
    auto total = [&](const QString& warehouse, const QString& tenant) -> ReservationTotals& {
        ReservationTotals& t = totals[{warehouse, tenant}];
        t.warehouse = warehouse;
        t.tenant = tenant;
        return t;
    };
    QSet<QString> seen; // warehouse/tenant/order keys the sagas accounted for
    for (const SagaRow& row : sagas) {
        const auto state = OrderSaga::State::fromJson(row.state);
        if (!state)
            continue; // SagaHost::check reports a state that does not read back
        // One entry per warehouse the order touched: a re-routed line leaves a Failed part behind.
        QMap<QString, SkuUnits> demand;
        QSet<QString> open;
        QSet<QString> inFlight;
        for (const SagaPart& part : state->parts) {
            const QString key = orderKey(part.warehouse, row.tenant, row.orderId);
            demand[part.warehouse]; // the warehouse is accounted for even when it is owed nothing
            if (part.state == SagaPart::State::Requested || part.state == SagaPart::State::Cancelling) {
                inFlight.insert(part.warehouse);
                continue;
            }
            if (part.state != SagaPart::State::Reserved)
                continue;
            open.insert(part.warehouse);
            for (const SagaLine& line : part.lines)
                demand[part.warehouse][line.sku] += line.quantity;
            const SkuUnits& done = picked.value(key);
            for (auto it = done.cbegin(); it != done.cend(); ++it)
                demand[part.warehouse][it.key()] -= it.value();
        }
        for (auto it = demand.cbegin(); it != demand.cend(); ++it) {
            const QString key = orderKey(it.key(), row.tenant, row.orderId);
            seen.insert(key);
            if (inFlight.contains(it.key())) {
                ++report.inFlight;
                continue;
            }
            const SkuUnits holds = held.value(key);
            ReservationTotals& t = total(it.key(), row.tenant);
            t.reserved += sum(holds);
            t.demanded += sum(it.value());
            if (open.contains(it.key()))
                ++t.orders;
            if (!sameUnits(holds, it.value()))
                report.problems.append(QStringLiteral("%1/%2: %3 holds %4 reserved for it, its open part there "
                                                      "demands %5")
                                           .arg(row.tenant, row.orderId, it.key(), describe(holds),
                                                describe(it.value())));
        }
    }
    // A warehouse that reserved for a saga's order the saga never routed there.
    QSet<QString> sagaOrders;
    for (const SagaRow& row : sagas)
        sagaOrders.insert(row.tenant + QLatin1Char('\x1f') + row.orderId);
    for (auto it = held.cbegin(); it != held.cend(); ++it) {
        if (seen.contains(it.key()) || sum(it.value()) == 0)
            continue;
        const QStringList parts = it.key().split(QLatin1Char('\x1f'));
        if (parts.size() != 3 || !sagaOrders.contains(parts[1] + QLatin1Char('\x1f') + parts[2]))
            continue; // an order of the direct path, or not this service's
        total(parts[0], parts[1]).reserved += sum(it.value());
        report.problems.append(QStringLiteral("%1/%2: %3 holds %4 reserved for it, but no part of the order is "
                                              "routed there")
                                   .arg(parts[1], parts[2], parts[0], describe(it.value())));
    }
    report.totals = totals.values();
    return report;
}

} // namespace wh::central
