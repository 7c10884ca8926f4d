#pragma once

#include "InventoryState.h"
#include "Packing.h"
#include "Picking.h"
#include "Receiving.h"
#include "Replenishment.h"
#include "Sqlite.h"
#include "StockSnapshot.h"
#include "Tenant.h"

namespace wh::db {

// The columns locationFromRow reads, in its order.
#define WH_LOCATION_COLUMNS                                                                                  \
    "code, zone, type, pick_sequence, max_volume_cm3, max_weight_g, replenish_sku, min_quantity, "           \
    "max_quantity "

// The rules' read side over SQLite, for one tenant: every query binds the tenant id, so nothing of another
// tenant can be read through it. Also serves the look-up screens (stockForSku, stockInLocation).
class SqlInventoryState final : public InventoryState,
                                public PickingState,
                                public ShippingState,
                                public ReplenishmentState,
                                public SnapshotState,
                                public ReceivingState
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

    QList<Carton> cartonTypes() const override;
    QList<RateCard> rateCards() const override;
    std::optional<TrackingRange> trackingRange(const QString& id) const override;
    QList<TrackingRange> trackingRanges(const QString& carrier) const override;
    std::optional<WarehouseProfile> warehouseProfile() const override;
    std::optional<PackCarton> packCarton(const QString& id) const override;
    bool cartonOfOtherTenant(const QString& id) const override;
    QList<PackCarton> packCartons(const QString& orderId) const override;
    PackingStatus packingStatus(const QString& orderId) const override;
    std::optional<ShipmentRecord> shipment(const QString& id) const override;
    std::optional<ShipmentRecord> shipmentForOrder(const QString& orderId) const override;

    // Replenishment and stock snapshots (SqlReplenishmentState.cpp).
    QList<Location> pickFaces(const QString& sku) const override;
    QList<StockRecord> stockAt(const QString& location, const QString& sku) const override;
    std::optional<ReplenishmentTask> replenishmentTask(const QString& id) const override;
    std::optional<ReplenishmentTask> activeReplenishment(const QString& location) const override;
    QList<ReplenishmentTask> activeReplenishments() const;
    QList<SkuStock> stockBySku(QDate today) const override;

    QList<StockRecord> stockForSku(const QString& sku) const;
    QList<StockRecord> stockInLocation(const QString& location) const;

    // Receiving and putaway (ReceivingState; in SqlReceivingState.cpp).
    std::optional<AsnRecord> asn(const QString& id) const override;
    std::optional<QString> openAsnOfPallet(const QString& sscc) const override;
    std::optional<Receipt> receipt(const QString& id) const override;
    bool receiptOfOtherTenant(const QString& id) const override;
    ReceivedSoFar receivedSoFar(const QString& receiptId, const QString& sku,
                                const QString& lot) const override;
    int palletScan(const QString& receiptId, const QString& sscc) const override;
    std::optional<QString> serialReceipt(const QString& sku, const QString& serial) const override;
    QList<ReceiptItem> lastScan(const QString& receiptId) const override;
    QList<ReceiptItem> receiptItems(const QString& receiptId) const override;
    std::optional<Sku> skuWithGtin(const QString& gtin) const override;
    QList<StockRecord> skuStock(const QString& sku) const override;
    QList<StockRecord> binStock(const QString& location) const override;
    QList<Location> pickFacesOf(const QString& sku) const override;
    QList<Location> emptyBins(const QString& zone, const QString& sku, std::int64_t volumeCm3,
                              std::int64_t weightGrams, int limit) const override;

    // A location from the columns of WH_LOCATION_COLUMNS, in that order (shared by every read of bins).
    static Location locationFromRow(const Statement& s);

private:
    QList<PackCarton> cartonsWhere(const char* sql, const QString& key) const;
    std::optional<ShipmentRecord> shipmentWhere(const char* sql, const QString& key) const;

    Connection& m_connection;
    QString m_tenant;
};

} // namespace wh::db
