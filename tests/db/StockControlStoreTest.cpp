// Scrap, quarantine and release on a real store file: one transaction each with its events and outbox rows,
// low stock told once per crossing, expired lots never allocated, refusals writing nothing, and the
// projections rebuilt from the log equal to the live ones.
#include "StockControlStoreFixture.h"

using namespace wh;
using wh::test::loggedEvents;
using wh::test::StockControlStore;

TEST_CASE(
    "quarantine takes units out of sellable stock and release brings them back, low stock once each way",
    "[db][stock-control]")
{
    StockControlStore s; // ACME-SKU1: threshold 10
    s.receive(s.pick, 14);
    std::int64_t before = s.head();
    WH_REQUIRE_OK(s.store().quarantine(s.acme, s.receiver,
                                       {s.sku, s.pick, s.qa, {}, 6, QStringLiteral("wet cartons")}));
    CHECK(s.typesFrom(before + 1) == QStringList{EventType::StockQuarantined, EventType::LowStock});
    CHECK(*s.store().sellable(s.acme, s.sku) == 8);
    CHECK(*s.store().lowStockFlagged(s.acme, s.sku));
    CHECK(s.level(s.qa).onHand == 6);
    // The move stays in the warehouse; the alert goes out.
    CHECK(s.outboxTypes().last() == EventType::LowStock);
    CHECK_FALSE(s.outboxTypes().contains(EventType::StockQuarantined));

    WH_CHECK_REFUSED_UNCHANGED(s,
                               s.store().releaseFromQuarantine(
                                   s.acme, s.receiver, {s.sku, s.qa, s.bulk, {}, 3, QStringLiteral("dry")}),
                               ErrorCode::PermissionDenied);
    before = s.head();
    WH_REQUIRE_OK(s.store().releaseFromQuarantine(
        s.acme, s.supervisor, {s.sku, s.qa, s.bulk, {}, 3, QStringLiteral("dry inside")}));
    CHECK(s.typesFrom(before + 1) == QStringList{EventType::QuarantineReleased, EventType::LowStockCleared});
    CHECK(*s.store().sellable(s.acme, s.sku) == 11);
    CHECK(s.outboxTypes().last() == EventType::LowStockCleared);
    s.rebuildEquals();
}

TEST_CASE("scrap destroys units and tells the central service", "[db][stock-control]")
{
    StockControlStore s;
    s.receive(s.bulk, 11);
    WH_CHECK_REFUSED_UNCHANGED(
        s, s.store().scrap(s.acme, s.counter, {s.sku, s.bulk, {}, 1, ScrapReason::Damaged}),
        ErrorCode::PermissionDenied);
    const std::int64_t before = s.head();
    WH_REQUIRE_OK(s.store().scrap(s.acme, s.supervisor, {s.sku, s.bulk, {}, 2, ScrapReason::Damaged}));
    CHECK(s.typesFrom(before + 1) == QStringList{EventType::StockScrapped, EventType::LowStock});
    CHECK(s.outboxTypes().mid(s.outboxTypes().size() - 2) ==
          QStringList{EventType::StockScrapped, EventType::LowStock});
    CHECK(s.level(s.bulk).onHand == 9);
    // The last units of a row: the row goes.
    WH_REQUIRE_OK(s.store().scrap(s.acme, s.supervisor, {s.sku, s.bulk, {}, 9, ScrapReason::Defective}));
    CHECK(s.store().stockInLocation(s.acme, s.bulk)->isEmpty());
    s.rebuildEquals();
}

TEST_CASE("stock control refusals write nothing, and another merchant's stock is out of reach",
          "[db][stock-control][tenant]")
{
    StockControlStore s;
    s.receive(s.pick, 5);
    const QString why = QStringLiteral("leaking");
    WH_CHECK_REFUSED_UNCHANGED(s, s.store().quarantine(s.acme, s.picker, {s.sku, s.pick, s.qa, {}, 1, why}),
                               ErrorCode::PermissionDenied);
    WH_CHECK_REFUSED_UNCHANGED(s, s.store().quarantine(s.acme, s.receiver, {s.sku, s.pick, s.qa, {}, 6, why}),
                               ErrorCode::InsufficientStock);
    WH_CHECK_REFUSED_UNCHANGED(s, s.store().quarantine(s.acme, s.receiver, {s.sku, s.pick, s.qa, {}, 1, {}}),
                               ErrorCode::InvalidArgument);
    WH_CHECK_REFUSED_UNCHANGED(s,
                               s.store().quarantine(s.acme, s.receiver, {s.sku, s.pick, s.bulk, {}, 1, why}),
                               ErrorCode::InvalidArgument);
    WH_CHECK_REFUSED_UNCHANGED(
        s,
        s.store().quarantine(
            s.globex, s.receiver,
            {QStringLiteral("GLOBEX-SKU1"), s.pick, QStringLiteral("GLOBEX-QA"), {}, 1, why}),
        ErrorCode::ForeignTenant);
    WH_CHECK_REFUSED_UNCHANGED(
        s, s.store().scrap(s.globex, s.supervisor, {s.sku, s.pick, {}, 1, ScrapReason::Damaged}),
        ErrorCode::UnknownSku);
    WH_CHECK_REFUSED_UNCHANGED(
        s,
        s.store().scrap(s.globex, s.supervisor,
                        {QStringLiteral("GLOBEX-SKU1"), s.pick, {}, 1, ScrapReason::Damaged}),
        ErrorCode::ForeignTenant);
    WH_CHECK_REFUSED_UNCHANGED(
        s,
        s.store().releaseFromQuarantine(
            s.globex, s.supervisor,
            {QStringLiteral("GLOBEX-SKU1"), s.qa, QStringLiteral("GLOBEX-PICK"), {}, 1, why}),
        ErrorCode::ForeignTenant);
}

TEST_CASE(
    "an expired lot is never allocated through the store - the expired adjustment or quarantine moves it out",
    "[db][stock-control]")
{
    wh::test::StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"), true); // lot-tracked SKU
    const QString sku = QStringLiteral("ACME-SKU1");
    const QDate today = f.clock().now().date();
    WH_REQUIRE_OK(f.store().receive(
        acme, f.actor(), {sku, QStringLiteral("ACME-PICK"), QStringLiteral("OLD"), today.addDays(-1), 5}));
    WH_REQUIRE_OK(f.store().receive(
        acme, f.actor(), {sku, QStringLiteral("ACME-BULK"), QStringLiteral("NEW"), today.addDays(60), 4}));
    CHECK(*f.store().sellable(acme, sku) == 4);

    Order o;
    o.id = QStringLiteral("SO-1");
    o.status = OrderStatus::Paid;
    o.lines = {OrderLine{1, sku, 4, Money::fromMinor(1000)}};
    WH_REQUIRE_OK(f.store().reserve(acme, Actor{}, o));
    auto reservation = f.store().reservation(acme, o.id);
    WH_REQUIRE_OK(reservation);
    REQUIRE(reservation->allocations.size() == 1);
    CHECK(reservation->allocations[0].key.lot == QStringLiteral("NEW"));
    // The expired lot is all that is left: one more unit cannot be reserved from it.
    o.id = QStringLiteral("SO-2");
    o.lines = {OrderLine{1, sku, 1, Money::fromMinor(1000)}};
    auto refused = f.store().reserve(acme, Actor{}, o);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InsufficientStock);

    // Out of the pick face: 2 to quarantine (to be looked at), 3 written off as expired.
    const Actor supervisor{QStringLiteral("sam"), QStringLiteral("station-1"), Role::Supervisor, {}};
    WH_REQUIRE_OK(f.store().quarantine(acme, supervisor,
                                       {sku, QStringLiteral("ACME-PICK"), QStringLiteral("ACME-QA"),
                                        QStringLiteral("OLD"), 2, QStringLiteral("expired yesterday")}));
    WH_REQUIRE_OK(f.store().adjust(
        acme, supervisor,
        {sku, QStringLiteral("ACME-PICK"), QStringLiteral("OLD"), {}, -3, AdjustReason::Expired}));
    auto released =
        f.store().releaseFromQuarantine(acme, supervisor,
                                        {sku, QStringLiteral("ACME-QA"), QStringLiteral("ACME-PICK"),
                                         QStringLiteral("OLD"), 2, QStringLiteral("looks fine")});
    REQUIRE_FALSE(released.ok());
    CHECK(released.error().code == ErrorCode::LotExpired);
    WH_REQUIRE_OK(f.store().scrap(
        acme, supervisor, {sku, QStringLiteral("ACME-QA"), QStringLiteral("OLD"), 2, ScrapReason::Expired}));
    CHECK(f.store().stockForSku(acme, sku)->size() == 1); // only the reserved NEW lot is left
}
