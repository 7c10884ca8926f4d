#pragma once

#include "DomainEvent.h"
#include "Inventory.h"
#include "InventoryState.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <map>
#include <tuple>

namespace wh::test {

// core's InventoryState port over plain containers, for one tenant, so the rules are tested without SQL.
// It answers the queries the way db/SqlInventoryState does, and apply() folds events into it the way
// db/Projector does, so a test can feed the events one command returned back in and run the next command
// against the state they leave (receive, reserve, pick, ship; LowStock sets the flag, LowStockCleared clears
// it). Where the two differ from the real store, a test here proves nothing about the store.
class MemoryInventoryState final : public InventoryState
{
public:
    // Set-up, for the state a test starts from.
    void addSku(const Sku& sku) { m_skus.insert(sku.code, sku); }
    void addLocation(const Location& location) { m_locations.insert(location.code, location); }
    void addForeignLocation(const QString& code) { m_foreignLocations.insert(code); }
    void putStock(const StockKey& key, QDate expiry, std::int64_t onHand, std::int64_t reserved = 0)
    {
        m_stock[rowKey(key)] = Row{expiry, StockLevel{onHand, reserved}};
    }
    void addOrder(const Order& order) { m_orders.insert(order.id, order); }
    void setLowStockFlag(const QString& sku, bool flagged)
    {
        if (flagged)
            m_lowStock.insert(sku);
        else
            m_lowStock.remove(sku);
    }

    // The port.
    std::optional<Sku> sku(const QString& code) const override
    {
        const auto it = m_skus.constFind(code);
        return it == m_skus.cend() ? std::nullopt : std::optional<Sku>(*it);
    }
    std::optional<Location> location(const QString& code) const override
    {
        const auto it = m_locations.constFind(code);
        return it == m_locations.cend() ? std::nullopt : std::optional<Location>(*it);
    }
    bool locationOfOtherTenant(const QString& code) const override
    {
        return m_foreignLocations.contains(code);
    }
    std::optional<StockRecord> stock(const StockKey& key) const override
    {
        const auto it = m_stock.find(rowKey(key));
        if (it == m_stock.end())
            return std::nullopt;
        return record(it->first, it->second);
    }
    QList<StockRecord> allocatableStock(const QString& sku) const override
    {
        QList<StockRecord> rows;
        for (const auto& [key, row] : m_stock) {
            const std::optional<Location> where = location(std::get<1>(key));
            if (std::get<0>(key) == sku && where && where->allocatable() && row.level.available() > 0)
                rows.append(record(key, row));
        }
        return rows;
    }
    std::int64_t onHandTotal(const QString& sku) const override
    {
        std::int64_t total = 0;
        for (const auto& [key, row] : m_stock)
            if (std::get<0>(key) == sku)
                total += row.level.onHand;
        return total;
    }
    std::int64_t sellable(const QString& sku, QDate today) const override
    {
        std::int64_t total = 0;
        for (const auto& [key, row] : m_stock) {
            const std::optional<Location> where = location(std::get<1>(key));
            // A lot is still sellable on its expiry date (the store compares expiry >= today).
            if (std::get<0>(key) == sku && where && where->allocatable() &&
                (!row.expiry.isValid() || row.expiry >= today))
                total += row.level.available();
        }
        return total;
    }
    bool lowStockFlagged(const QString& sku) const override { return m_lowStock.contains(sku); }
    std::optional<Order> order(const QString& id) const override
    {
        const auto it = m_orders.constFind(id);
        return it == m_orders.cend() ? std::nullopt : std::optional<Order>(*it);
    }
    std::optional<Reservation> reservation(const QString& orderId) const override
    {
        const auto it = m_reservations.constFind(orderId);
        if (it == m_reservations.cend())
            return std::nullopt;
        Reservation r = *it;
        // The store hands allocations out in this order; release and pick walk them in it.
        std::sort(r.allocations.begin(), r.allocations.end(), [](const Allocation& a, const Allocation& b) {
            return std::tie(a.lineNo, a.key.location, a.key.lot) <
                   std::tie(b.lineNo, b.key.location, b.key.lot);
        });
        return r;
    }

    // The projection: false for an event type it does not know, so a new event cannot slip past the tests.
    [[nodiscard]] bool apply(const DomainEvent& e)
    {
        const QJsonObject& p = e.payload;
        const QString& t = e.type;
        if (t == EventType::SkuDefined) {
            addSku(Inventory::skuFromJson(p));
        } else if (t == EventType::LocationDefined) {
            addLocation(Inventory::locationFromJson(p));
        } else if (t == EventType::StockReceived) {
            changeStock(keyOf(p), str(p, "expiry"), num(p, "quantity"), 0);
        } else if (t == EventType::StockAdjusted) {
            changeStock(keyOf(p), str(p, "expiry"), num(p, "delta"), 0);
        } else if (t == EventType::StockMoved) {
            const std::int64_t q = num(p, "quantity");
            changeStock(StockKey{str(p, "sku"), str(p, "from"), str(p, "lot")}, str(p, "expiry"), -q, 0);
            changeStock(StockKey{str(p, "sku"), str(p, "to"), str(p, "lot")}, str(p, "expiry"), q, 0);
        } else if (t == EventType::OrderRegistered) {
            addOrder(Inventory::orderFromJson(p));
        } else if (t == EventType::OrderStatusChanged) {
            const auto to = orderStatusFromName(str(p, "to"));
            if (!to || !m_orders.contains(str(p, "orderId")))
                return false;
            m_orders[str(p, "orderId")].status = *to;
        } else if (t == EventType::InventoryReserved || t == EventType::ReservationReleased) {
            const bool reserve = t == EventType::InventoryReserved;
            Reservation& r = m_reservations[str(p, "orderId")];
            r.orderId = str(p, "orderId");
            r.status = reserve ? ReservationStatus::Active : ReservationStatus::Released;
            const QJsonArray allocations = p.value(QStringLiteral("allocations")).toArray();
            for (const QJsonValue& value : allocations) {
                const QJsonObject a = value.toObject();
                const std::int64_t q = num(a, "quantity");
                // As the projector: one allocation per line, bin and lot; a release shrinks it and one left
                // with nothing goes.
                const auto same =
                    std::find_if(r.allocations.begin(), r.allocations.end(), [&](const Allocation& x) {
                        return x.lineNo == num(a, "lineNo") && x.key == keyOf(a);
                    });
                if (reserve && same != r.allocations.end())
                    same->quantity += q;
                else if (reserve)
                    r.allocations.append(Allocation{int(num(a, "lineNo")), keyOf(a),
                                                    QDate::fromString(str(a, "expiry"), Qt::ISODate), q, 0});
                else if (same == r.allocations.end() || same->quantity - q < same->picked)
                    return false;
                else if ((same->quantity -= q) == 0)
                    r.allocations.erase(same);
                changeStock(keyOf(a), str(a, "expiry"), 0, reserve ? q : -q);
            }
        } else if (t == EventType::OrderModified) {
            if (!m_orders.contains(str(p, "orderId")))
                return false;
            m_orders[str(p, "orderId")].lines =
                Inventory::linesFromJson(p.value(QStringLiteral("lines")).toArray());
        } else if (t == EventType::ReservationFailed || t == EventType::ModifyRejected ||
                   t == EventType::PickLinesCancelled) {
            // Answers for the central service change nothing here; task lines live in a picking state.
        } else if (t == EventType::StockPicked) {
            const auto it = m_reservations.find(str(p, "orderId"));
            if (it == m_reservations.end())
                return false;
            const std::int64_t q = num(p, "quantity");
            for (Allocation& a : it->allocations)
                if (a.lineNo == num(p, "lineNo") && a.key.location == str(p, "location") &&
                    a.key.lot == str(p, "lot"))
                    a.picked += q;
            changeStock(keyOf(p), QString(), -q, -q);
        } else if (t == EventType::ShipmentConfirmed) {
            const auto it = m_reservations.find(str(p, "orderId"));
            if (it != m_reservations.end())
                it->status = ReservationStatus::Consumed;
            m_shipments.insert(str(p, "shipmentId"), str(p, "orderId"));
        } else if (t == EventType::LowStock) {
            setLowStockFlag(str(p, "sku"), true);
        } else if (t == EventType::LowStockCleared) {
            setLowStockFlag(str(p, "sku"), false);
        } else {
            return false;
        }
        return true;
    }

    [[nodiscard]] bool apply(const EventList& events)
    {
        return std::all_of(events.cbegin(), events.cend(), [this](const DomainEvent& e) { return apply(e); });
    }

    // The invariant of StockLevel.h on every row: an event that breaks it is a rule that let too much
    // through.
    bool consistent() const
    {
        return std::all_of(m_stock.cbegin(), m_stock.cend(),
                           [](const auto& entry) { return entry.second.level.valid(); });
    }

    StockLevel level(const StockKey& key) const
    {
        const auto it = m_stock.find(rowKey(key));
        return it == m_stock.end() ? StockLevel{} : it->second.level;
    }
    bool hasStockRow(const StockKey& key) const { return m_stock.find(rowKey(key)) != m_stock.end(); }
    std::size_t stockRowCount() const { return m_stock.size(); }
    bool shipped(const QString& shipmentId) const { return m_shipments.contains(shipmentId); }

    // Receiving's in-memory port (MemoryReceivingState) reads the same rows and master data.
    QList<StockRecord> stockRows() const
    {
        QList<StockRecord> rows;
        for (const auto& [key, row] : m_stock)
            rows.append(record(key, row));
        return rows;
    }
    QList<Location> locations() const { return m_locations.values(); }
    QList<Sku> skus() const { return m_skus.values(); }

private:
    using RowKey = std::tuple<QString, QString, QString>; // sku, location, lot
    struct Row
    {
        QDate expiry;
        StockLevel level;
    };

    static RowKey rowKey(const StockKey& key) { return {key.sku, key.location, key.lot}; }
    static QString str(const QJsonObject& o, const char* key)
    {
        return o.value(QLatin1String(key)).toString();
    }
    static std::int64_t num(const QJsonObject& o, const char* key)
    {
        return o.value(QLatin1String(key)).toInteger();
    }
    static StockKey keyOf(const QJsonObject& o)
    {
        return StockKey{str(o, "sku"), str(o, "location"), str(o, "lot")};
    }

    StockRecord record(const RowKey& key, const Row& row) const
    {
        StockRecord r;
        r.key = StockKey{std::get<0>(key), std::get<1>(key), std::get<2>(key)};
        r.expiry = row.expiry;
        r.level = row.level;
        if (const std::optional<Location> where = location(r.key.location)) {
            r.zone = where->zone;
            r.pickSequence = where->pickSequence;
            r.pickFace = where->type == LocationType::Pick;
        }
        return r;
    }

    // As Projector::changeStock: a non-empty expiry overwrites the row's, and a row emptied by a decrease
    // goes, so the state holds only stock that is there.
    void changeStock(const StockKey& key, const QString& expiry, std::int64_t onHand, std::int64_t reserved)
    {
        const auto [it, inserted] = m_stock.try_emplace(rowKey(key));
        Row& row = it->second;
        if (inserted || !expiry.isEmpty())
            row.expiry = QDate::fromString(expiry, Qt::ISODate);
        row.level.onHand += onHand;
        row.level.reserved += reserved;
        if (!inserted && (onHand < 0 || reserved < 0) && row.level.onHand == 0 && row.level.reserved == 0)
            m_stock.erase(it);
    }

    QHash<QString, Sku> m_skus;
    QHash<QString, Location> m_locations;
    QSet<QString> m_foreignLocations;
    std::map<RowKey, Row> m_stock;
    QHash<QString, Order> m_orders;
    QHash<QString, Reservation> m_reservations;
    QSet<QString> m_lowStock;
    QHash<QString, QString> m_shipments; // shipment id -> order id
};

} // namespace wh::test
