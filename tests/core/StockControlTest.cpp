// Scrap, quarantine and release from quarantine: units leave or re-enter sellable stock with a reason, and
// low stock is told once per crossing on each path. Reserved units are never taken; an expired lot never goes
// back on the shelf.
#include "MemoryStockControlState.h"

#include "Permissions.h"

using namespace wh;
using wh::test::eventTypes;
using wh::test::number;
using wh::test::StockControlFixture;
using wh::test::text;

TEST_CASE("scrap destroys free units, says what they were worth, and raises LowStock once",
          "[core][stock-control]")
{
    StockControlFixture f; // WIDGET: threshold 10, $2.50 a unit
    f.put(f.kWidget, f.kPick1, 12);
    EventList events = f.commit(f.stockControl().scrap({f.kWidget, f.kPick1, {}, 3, ScrapReason::Damaged}));
    REQUIRE(eventTypes(events) == QStringList{EventType::StockScrapped, EventType::LowStock});
    CHECK(text(events[0], "reason") == QStringLiteral("damaged"));
    CHECK(number(events[0], "quantity") == 3);
    CHECK(number(events[0], "valueMinor") == 750);
    CHECK(f.state.level({f.kWidget, f.kPick1, {}}).onHand == 9);
    events = f.commit(f.stockControl().scrap({f.kWidget, f.kPick1, {}, 1, ScrapReason::Defective}));
    CHECK(eventTypes(events) == QStringList{EventType::StockScrapped}); // already low: said once
    // No cost known: no value.
    f.put(f.kBolt, f.kBulk1, 50);
    events = f.commit(f.stockControl().scrap({f.kBolt, f.kBulk1, {}, 1, ScrapReason::Expired}));
    CHECK_FALSE(events[0].payload.contains(QStringLiteral("valueMinor")));
}

TEST_CASE("scrap refusals", "[core][stock-control]")
{
    StockControlFixture f;
    f.put(f.kWidget, f.kPick1, 5, 4);
    StockControl s = f.stockControl();
    CORE_CHECK_REFUSED(s.scrap({f.kWidget, f.kPick1, {}, 2, ScrapReason::Damaged}),
                       ErrorCode::InsufficientStock);
    CORE_CHECK_REFUSED(s.scrap({f.kWidget, f.kPick1, {}, 0, ScrapReason::Damaged}),
                       ErrorCode::NegativeQuantity);
    CORE_CHECK_REFUSED(s.scrap({f.kWidget, f.kForeign, {}, 1, ScrapReason::Damaged}),
                       ErrorCode::ForeignTenant);
    CORE_CHECK_REFUSED(s.scrap({QStringLiteral("THEIRS"), f.kPick1, {}, 1, ScrapReason::Damaged}),
                       ErrorCode::UnknownSku);
    CORE_CHECK_REFUSED(s.scrap({f.kMilk, f.kPick1, {}, 1, ScrapReason::Damaged}), ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(
        s.scrap({f.kWidget, f.kPick1, {}, Inventory::kMaxUnitsPerAction + 1, ScrapReason::Damaged}),
        ErrorCode::InvalidArgument);
    CHECK(scrapReasonFromName(QStringLiteral("returned")) == ScrapReason::Returned);
    CHECK_FALSE(scrapReasonFromName(QStringLiteral("stolen")));
}

TEST_CASE("quarantine takes units out of sellable stock - release brings them back",
          "[core][stock-control][low-stock]")
{
    StockControlFixture f; // WIDGET: threshold 10
    f.put(f.kWidget, f.kPick1, 14);
    EventList events = f.commit(
        f.stockControl().quarantine({f.kWidget, f.kPick1, f.kQa, {}, 6, QStringLiteral("crushed boxes")}));
    REQUIRE(eventTypes(events) == QStringList{EventType::StockQuarantined, EventType::LowStock});
    CHECK(text(events[0], "reason") == QStringLiteral("crushed boxes"));
    CHECK(f.state.level({f.kWidget, f.kQa, {}}).onHand == 6);
    CHECK(f.state.sellable(f.kWidget, f.kToday) == 8);

    events = f.commit(
        f.stockControl().release({f.kWidget, f.kQa, f.kBulk1, {}, 2, QStringLiteral("boxes fine inside")}));
    CHECK(eventTypes(events) == QStringList{EventType::QuarantineReleased, EventType::LowStockCleared});
    CHECK(f.state.sellable(f.kWidget, f.kToday) == 10);
    CHECK(f.state.level({f.kWidget, f.kQa, {}}).onHand == 4);
}

TEST_CASE("quarantine and release refusals", "[core][stock-control]")
{
    StockControlFixture f;
    f.put(f.kWidget, f.kPick1, 5, 2);
    f.put(f.kWidget, f.kQa, 3);
    f.put(f.kMilk, f.kQa, 4, 0, QStringLiteral("OLD"), f.kYesterday);
    StockControl s = f.stockControl();
    const QString why = QStringLiteral("leaking");
    CORE_CHECK_REFUSED(s.quarantine({f.kWidget, f.kPick1, f.kQa, {}, 1, QStringLiteral(" ")}),
                       ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(s.quarantine({f.kWidget, f.kPick1, f.kBulk1, {}, 1, why}), ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(s.quarantine({f.kWidget, f.kQa, f.kQa, {}, 1, why}), ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(s.quarantine({f.kWidget, f.kPick1, f.kQa, {}, 4, why}), ErrorCode::InsufficientStock);
    CORE_CHECK_REFUSED(s.quarantine({f.kWidget, f.kPick1, f.kForeign, {}, 1, why}), ErrorCode::ForeignTenant);
    CORE_CHECK_REFUSED(s.release({f.kWidget, f.kQa, f.kPick1, {}, 1, {}}), ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(s.release({f.kWidget, f.kPick1, f.kBulk1, {}, 1, why}), ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(s.release({f.kWidget, f.kQa, f.kDock, {}, 1, why}), ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(s.release({f.kWidget, f.kQa, f.kPick1, {}, 4, why}), ErrorCode::InsufficientStock);
    // An expired lot stays out of sellable stock: scrap it.
    CORE_CHECK_REFUSED(s.release({f.kMilk, f.kQa, f.kPick1, QStringLiteral("OLD"), 1, why}),
                       ErrorCode::LotExpired);
    const EventList scrapped =
        f.commit(f.stockControl().scrap({f.kMilk, f.kQa, QStringLiteral("OLD"), 4, ScrapReason::Expired}));
    CHECK(eventTypes(scrapped) == QStringList{EventType::StockScrapped}); // quarantine was never sellable
}

TEST_CASE("an expired lot is never allocated, and the expired adjustment takes it off",
          "[core][stock-control]")
{
    StockControlFixture f;
    f.put(f.kMilk, f.kPick1, 5, 0, QStringLiteral("OLD"), f.kYesterday);
    f.put(f.kMilk, f.kBulk1, 5, 0, QStringLiteral("NEW"), f.kLater);
    const AllocationPlan plan = f.inventory().allocate({StockControlFixture::line(1, f.kMilk, 3)});
    REQUIRE(plan.allocations.size() == 1);
    CHECK(plan.allocations[0].key.lot == QStringLiteral("NEW"));
    const EventList events = f.commit(
        f.inventory().adjust({f.kMilk, f.kPick1, QStringLiteral("OLD"), {}, -5, AdjustReason::Expired}));
    CHECK(eventTypes(events) == QStringList{EventType::StockAdjusted}); // expired units were not sellable
    CHECK(f.state.level({f.kMilk, f.kPick1, QStringLiteral("OLD")}).onHand == 0);
}

TEST_CASE("the counter counts - variances, recounts and approvals are a supervisor's",
          "[core][stock-control][roles]")
{
    const Actor counter{QStringLiteral("cora"), QStringLiteral("station-2"), Role::Counter, {}};
    CHECK(Permissions::check(counter, Permission::Count).ok());
    CHECK(Permissions::check(counter, Permission::Quarantine).ok());
    CHECK(Permissions::check(counter, Permission::ApproveCount).error().code == ErrorCode::ApprovalRequired);
    Actor approved = counter;
    approved.approval = Approval{QStringLiteral("sam"), Role::Supervisor};
    CHECK(Permissions::check(approved, Permission::ApproveCount).ok());
    for (Permission p : {Permission::PlanCount, Permission::ReleaseQuarantine, Permission::Adjust,
                         Permission::ReceiveReturn, Permission::AuthorizeReturn})
        CHECK(Permissions::check(counter, p).error().code == ErrorCode::PermissionDenied);
    const Actor system;
    CHECK(Permissions::check(system, Permission::PlanCount).ok());       // scheduled counts
    CHECK(Permissions::check(system, Permission::AuthorizeReturn).ok()); // the central service's RMAs
    CHECK(Permissions::check(system, Permission::Count).error().code == ErrorCode::PermissionDenied);
    CHECK(permissionName(Permission::ApproveCount) == QStringLiteral("approve_count"));
}
