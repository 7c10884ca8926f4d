#pragma once

#include "Location.h"
#include "Order.h"
#include "Sku.h"
#include "StockLevel.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace wh {

// The read side the rules need, for one tenant, as it stands inside the action's transaction. core/ declares
// it; db/ implements it over SQLite and the tests over plain containers. A storage failure during a read is
// kept by the implementation and fails the whole action, so the rules deal only in business outcomes.
class InventoryState
{
public:
    virtual ~InventoryState() = default;

    virtual std::optional<Sku> sku(const QString& code) const = 0;
    virtual std::optional<Location> location(const QString& code) const = 0;
    // True when the code names a location of another tenant (so the refusal can say so, without details).
    virtual bool locationOfOtherTenant(const QString& code) const = 0;
    virtual std::optional<StockRecord> stock(const StockKey& key) const = 0;
    // Every row of the SKU with available stock in a location that can be allocated from.
    virtual QList<StockRecord> allocatableStock(const QString& sku) const = 0;
    // Units of the SKU on hand anywhere (any location type, reserved or not).
    virtual std::int64_t onHandTotal(const QString& sku) const = 0;
    // Available stock of the SKU that could be sold: allocatable locations, not expired by `today`.
    virtual std::int64_t sellable(const QString& sku, QDate today) const = 0;
    virtual bool lowStockFlagged(const QString& sku) const = 0;
    virtual std::optional<Order> order(const QString& id) const = 0;
    virtual std::optional<Reservation> reservation(const QString& orderId) const = 0;
};

} // namespace wh
