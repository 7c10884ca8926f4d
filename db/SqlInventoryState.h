#pragma once

#include "InventoryState.h"
#include "Picking.h"
#include "Sqlite.h"
#include "Tenant.h"

namespace wh::db {

// The rules' read side over SQLite, for one tenant: every query binds the tenant id, so nothing of another
// tenant can be read through it. Also serves the look-up screens (stockForSku, stockInLocation).
class SqlInventoryState final : public InventoryState, public PickingState
{
public:
    SqlInventoryState(Connection& connection, const TenantContext& tenant)
        : m_connection(connection)
        , m_tenant(tenant.id())
    {}

    std::optional<Sku> sku(const QString& code) const override;
    std::optional<Location> location(const QString& code) const override;
    bool locationOfOtherTenant(const QString& code) const override;
    std::optional<StockRecord> stock(const StockKey& key) const override;
    QList<StockRecord> allocatableStock(const QString& sku) const override;
    std::int64_t onHandTotal(const QString& sku) const override;
    std::int64_t sellable(const QString& sku, QDate today) const override;
    bool lowStockFlagged(const QString& sku) const override;
    std::optional<Order> order(const QString& id) const override;
    std::optional<Reservation> reservation(const QString& orderId) const override;

    std::optional<Sku> skuByGtin(const QString& gtin) const override;
    std::optional<PickTask> pickTask(const QString& id) const override;
    QList<PickCandidate> unplannedAllocations() const override;
    ToteUse toteUse(const QString& tote) const override;
    QList<QPair<QString, PickTaskLine>> openTaskLines(const QString& orderId) const override;
    QList<PutBackItem> putBacks(const QString& orderId) const override;

    QList<StockRecord> stockForSku(const QString& sku) const;
    QList<StockRecord> stockInLocation(const QString& location) const;

private:
    Connection& m_connection;
    QString m_tenant;
};

} // namespace wh::db
