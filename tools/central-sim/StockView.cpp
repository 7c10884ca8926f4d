#include "StockView.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace wh::central {

void StockView::drop(Stock& stock, const QString& sku, std::int64_t quantity)
{
    auto routed = stock.routed.find(sku);
    if (routed == stock.routed.end())
        return;
    *routed -= quantity;
    if (*routed <= 0)
        stock.routed.erase(routed);
}

bool StockView::applySnapshot(const QString& warehouse, const QString& tenant,
                              const QHash<QString, std::int64_t>& available, std::int64_t takenAtMs)
{
    Stock& stock = m_stock[{warehouse, tenant}];
    if (takenAtMs <= stock.takenAtMs)
        return false;
    stock.takenAtMs = takenAtMs;
    stock.available = available;
    for (auto it = stock.orders.begin(); it != stock.orders.end();) {
        if (it->reservedAtMs >= 0 && it->reservedAtMs <= takenAtMs) {
            for (auto sku = it->skus.cbegin(); sku != it->skus.cend(); ++sku)
                drop(stock, sku.key(), sku.value());
            it = stock.orders.erase(it);
        } else
            ++it;
    }
    return true;
}

bool StockView::applySnapshotPayload(const QString& warehouse, const QString& tenant,
                                     const QByteArray& payload)
{
    const QJsonObject snapshot = QJsonDocument::fromJson(payload).object();
    const QJsonValue takenAt = snapshot.value(QStringLiteral("takenAt"));
    if (!takenAt.isDouble())
        return false;
    QHash<QString, std::int64_t> available;
    for (const QJsonValue& value : snapshot.value(QStringLiteral("skus")).toArray()) {
        const QJsonObject sku = value.toObject();
        const QString code = sku.value(QStringLiteral("sku")).toString();
        if (!code.isEmpty())
            available.insert(code,
                             std::max<std::int64_t>(0, sku.value(QStringLiteral("available")).toInteger()));
    }
    return applySnapshot(warehouse, tenant, available, takenAt.toInteger());
}

void StockView::commit(const QString& warehouse, const QString& tenant, const QString& orderId,
                       const QString& sku, std::int64_t quantity)
{
    if (quantity <= 0)
        return;
    Stock& stock = m_stock[{warehouse, tenant}];
    stock.orders[orderId].skus[sku] += quantity;
    stock.routed[sku] += quantity;
}

void StockView::acknowledge(const QString& warehouse, const QString& tenant, const QString& orderId,
                            std::int64_t reservedAtMs)
{
    auto stock = m_stock.find({warehouse, tenant});
    if (stock == m_stock.end())
        return;
    auto order = stock->orders.find(orderId);
    if (order == stock->orders.end())
        return;
    // The reservation may already be inside the snapshot held (it raced the acknowledgement): then no
    // snapshot still to come is needed to account for it.
    if (reservedAtMs <= stock->takenAtMs) {
        for (auto sku = order->skus.cbegin(); sku != order->skus.cend(); ++sku)
            drop(*stock, sku.key(), sku.value());
        stock->orders.erase(order);
    } else
        order->reservedAtMs = reservedAtMs;
}

void StockView::release(const QString& warehouse, const QString& tenant, const QString& orderId)
{
    auto stock = m_stock.find({warehouse, tenant});
    if (stock == m_stock.end())
        return;
    auto order = stock->orders.find(orderId);
    if (order == stock->orders.end())
        return;
    for (auto sku = order->skus.cbegin(); sku != order->skus.cend(); ++sku)
        drop(*stock, sku.key(), sku.value());
    stock->orders.erase(order);
}

void StockView::release(const QString& warehouse, const QString& tenant, const QString& orderId,
                        const QString& sku, std::int64_t quantity)
{
    auto stock = m_stock.find({warehouse, tenant});
    if (stock == m_stock.end())
        return;
    auto order = stock->orders.find(orderId);
    if (order == stock->orders.end())
        return;
    auto held = order->skus.find(sku);
    if (held == order->skus.end())
        return;
    const std::int64_t released = std::min(*held, std::max<std::int64_t>(0, quantity));
    drop(*stock, sku, released);
    *held -= released;
    if (*held <= 0)
        order->skus.erase(held);
    if (order->skus.isEmpty())
        stock->orders.erase(order);
}

std::int64_t StockView::routedSince(const QString& warehouse, const QString& tenant, const QString& sku) const
{
    const auto stock = m_stock.constFind({warehouse, tenant});
    if (stock == m_stock.cend())
        return 0;
    return stock->routed.value(sku, 0);
}

std::int64_t StockView::available(const QString& warehouse, const QString& tenant, const QString& sku) const
{
    const auto stock = m_stock.constFind({warehouse, tenant});
    if (stock == m_stock.cend() || stock->takenAtMs < 0)
        return 0;
    return std::max<std::int64_t>(0, stock->available.value(sku, 0) - routedSince(warehouse, tenant, sku));
}

std::int64_t StockView::totalAvailable(const QString& tenant, const QString& sku) const
{
    std::int64_t total = 0;
    for (const QString& warehouse : warehouses(tenant))
        total += available(warehouse, tenant, sku);
    return total;
}

QStringList StockView::warehouses(const QString& tenant) const
{
    QStringList result;
    for (auto it = m_stock.cbegin(); it != m_stock.cend(); ++it)
        if (it.key().second == tenant && it->takenAtMs >= 0)
            result.append(it.key().first);
    return result; // QMap order: by warehouse id
}

std::int64_t StockView::snapshotTakenAtMs(const QString& warehouse, const QString& tenant) const
{
    const auto stock = m_stock.constFind({warehouse, tenant});
    return stock == m_stock.cend() ? -1 : stock->takenAtMs;
}

} // namespace wh::central
