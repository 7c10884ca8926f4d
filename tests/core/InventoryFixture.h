#pragma once

#include "CoreTestSupport.h"
#include "MemoryInventoryState.h"

#include "Clock.h"
#include "Inventory.h"

namespace wh::test {

// One tenant's warehouse in memory: a clock fixed at 2026-03-02 09:00 UTC, a few bins of every kind, one bin
// of another tenant, an untracked SKU with the default threshold, a lot-tracked one, and one with its own
// threshold and reorder quantity. No stock: each test puts what it needs.
class InventoryFixture
{
public:
    inline static const QDate kToday{2026, 3, 2};
    inline static const QDate kYesterday{2026, 3, 1};
    inline static const QDate kSoon{2026, 4, 1};
    inline static const QDate kLater{2026, 6, 1};

    inline static const QString kWidget = QStringLiteral("WIDGET"); // untracked, threshold 10, no reorder qty
    inline static const QString kMilk = QStringLiteral("MILK");     // lot-tracked
    inline static const QString kBolt = QStringLiteral("BOLT");     // threshold 5, reorder quantity 40

    // Bulk BULK-01 is walked before both pick faces, so "pick faces first" cannot pass by pick sequence.
    inline static const QString kPick1 = QStringLiteral("PICK-01");    // pick, sequence 10
    inline static const QString kPick2 = QStringLiteral("PICK-02");    // pick, sequence 20
    inline static const QString kBulk1 = QStringLiteral("BULK-01");    // bulk, sequence 5
    inline static const QString kBulk2 = QStringLiteral("BULK-02");    // bulk, sequence 30
    inline static const QString kDock = QStringLiteral("RCV-01");      // receiving
    inline static const QString kQa = QStringLiteral("QA-01");         // quarantine
    inline static const QString kPack = QStringLiteral("PACK-01");     // packing
    inline static const QString kShip = QStringLiteral("SHIP-01");     // shipping
    inline static const QString kForeign = QStringLiteral("OTHER-01"); // a bin of another tenant

    InventoryFixture()
        : clock(QDateTime(kToday, QTime(9, 0), Qt::UTC))
    {
        state.addLocation({kPick1, QStringLiteral("A"), LocationType::Pick, 10});
        state.addLocation({kPick2, QStringLiteral("A"), LocationType::Pick, 20});
        state.addLocation({kBulk1, QStringLiteral("B"), LocationType::Bulk, 5});
        state.addLocation({kBulk2, QStringLiteral("B"), LocationType::Bulk, 30});
        state.addLocation({kDock, QStringLiteral("DOCK"), LocationType::Receiving, 0});
        state.addLocation({kQa, QStringLiteral("DOCK"), LocationType::Quarantine, 0});
        state.addLocation({kPack, QStringLiteral("PACK"), LocationType::Packing, 0});
        state.addLocation({kShip, QStringLiteral("SHIP"), LocationType::Shipping, 0});
        state.addForeignLocation(kForeign);

        Sku widget;
        widget.code = kWidget;
        state.addSku(widget);
        Sku milk;
        milk.code = kMilk;
        milk.lotTracked = true;
        state.addSku(milk);
        Sku bolt;
        bolt.code = kBolt;
        bolt.lowStockThreshold = 5;
        bolt.reorderQuantity = 40;
        state.addSku(bolt);
    }

    // A fresh handler per command, as the store makes one per action.
    Inventory inventory() const { return Inventory(state, clock); }

    // The command must succeed; its events are folded into the state (as the store's projector would) and
    // returned for the test to inspect.
    EventList commit(const Result<EventList>& result)
    {
        INFO(describe(result));
        REQUIRE(result.ok());
        REQUIRE(state.apply(result.value()));
        REQUIRE(state.consistent());
        return result.value();
    }

    // An order and its lines; lines cost $5.00 a unit, so any of them passes the order value rule and only
    // the stock decides.
    static Order order(const QString& id, OrderStatus status, const QList<OrderLine>& lines)
    {
        Order o;
        o.id = id;
        o.status = status;
        o.lines = lines;
        return o;
    }
    static OrderLine line(int lineNo, const QString& sku, std::int64_t quantity)
    {
        return OrderLine{lineNo, sku, quantity, Money::fromMinor(500)};
    }

    // Registers and reserves an order, failing the test if that is refused.
    EventList reserved(const Order& o) { return commit(inventory().reserve(o)); }

    MemoryInventoryState state;
    ManualClock clock;
};

} // namespace wh::test
