#pragma once

// What the central service may still route, per warehouse and tenant: the last StockSnapshot's available
// quantity of each SKU minus the demand routed there since. Without the second part two orders in a row,
// both routed before the next snapshot, could be sent to the same last units.
//
// Routed demand is kept per order. It stays counted until a snapshot shows it: the appliance acknowledges the
// order's reservation (InventoryReserved, at its occurredAt), and the first snapshot taken at or after that
// moment already has those units out of `available`, so it drops the order's demand. A snapshot taken
// before the reservation, or while the command is still on its way, leaves it counted. A warehouse's events
// arrive in their recorded order, so a reservation earlier than a snapshot is always heard of first.
// Demand that will never be reserved (ReservationFailed, an order cancelled or re-routed before it was
// reserved) is released; so is a reserved order cancelled before the next snapshot (its units are free
// again, and the snapshot held does not count them as reserved).

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace wh::central {

class StockView
{
public:
    // A snapshot older than (or as old as) the one held is ignored and false returned: events from two
    // warehouses interleave, and a resent snapshot must not undo a newer one.
    bool applySnapshot(const QString& warehouse, const QString& tenant,
                       const QHash<QString, std::int64_t>& available, std::int64_t takenAtMs);
    // The StockSnapshot event's payload ({"takenAt", "skus": [{"sku", "onHand", "available"}]}) as it came.
    bool applySnapshotPayload(const QString& warehouse, const QString& tenant, const QByteArray& payload);

    // Demand routed to the warehouse for an order; adds to what the order already holds there.
    void commit(const QString& warehouse, const QString& tenant, const QString& orderId, const QString& sku,
                std::int64_t quantity);
    // The warehouse reserved the order at that moment: the first snapshot taken then or later holds it.
    void acknowledge(const QString& warehouse, const QString& tenant, const QString& orderId,
                     std::int64_t reservedAtMs);
    // All of the order's routed demand at the warehouse, or `quantity` of one SKU of it.
    void release(const QString& warehouse, const QString& tenant, const QString& orderId);
    void release(const QString& warehouse, const QString& tenant, const QString& orderId, const QString& sku,
                 std::int64_t quantity);

    // Snapshot minus routed demand, never below 0; 0 for a SKU or warehouse without a snapshot.
    std::int64_t available(const QString& warehouse, const QString& tenant, const QString& sku) const;
    // Summed over the tenant's warehouses.
    std::int64_t totalAvailable(const QString& tenant, const QString& sku) const;
    std::int64_t routedSince(const QString& warehouse, const QString& tenant, const QString& sku) const;
    // The warehouses that have sent a snapshot for the tenant, by id.
    QStringList warehouses(const QString& tenant) const;
    std::int64_t snapshotTakenAtMs(const QString& warehouse, const QString& tenant) const;

private:
    struct OrderDemand
    {
        QHash<QString, std::int64_t> skus;
        std::int64_t reservedAtMs = -1; // -1: not acknowledged yet
    };
    struct Stock
    {
        std::int64_t takenAtMs = -1;
        QHash<QString, std::int64_t> available;
        QMap<QString, OrderDemand> orders;   // orderId -> what is routed there and not yet in a snapshot
        QHash<QString, std::int64_t> routed; // the orders' demand summed per SKU
    };
    static void drop(Stock& stock, const QString& sku, std::int64_t quantity);
    // warehouse + tenant: one tenant's stock at a warehouse is never another's
    QMap<std::pair<QString, QString>, Stock> m_stock;
};

} // namespace wh::central
