#include "InventoryFixture.h"

#include <limits>

using namespace wh;
using wh::test::InventoryFixture;

using wh::test::number;
using wh::test::text;

// ---- master data
// --------------------------------------------------------------------------------------------

TEST_CASE("defining a SKU records all its fields", "[core][inventory][master-data]")
{
    InventoryFixture f;
    Sku sku;
    sku.code = QStringLiteral("GADGET-7");
    sku.gtin = QStringLiteral("4006381333931");
    sku.description = QStringLiteral("Gadget, blue");
    sku.weightGrams = 120;
    sku.lowStockThreshold = 4;
    sku.reorderQuantity = 24;
    sku.lotTracked = true;
    const EventList events = f.commit(f.inventory().defineSku(sku));
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == EventType::SkuDefined);
    CHECK(events[0].aggregateType == QStringLiteral("sku"));
    CHECK(events[0].aggregateId == QStringLiteral("GADGET-7"));
    const Sku back = Inventory::skuFromJson(events[0].payload);
    CHECK(back.code == sku.code);
    CHECK(back.gtin == sku.gtin);
    CHECK(back.description == sku.description);
    CHECK(back.weightGrams == 120);
    CHECK(back.lowStockThreshold == 4);
    CHECK(back.reorderQuantity == 24);
    CHECK(back.lotTracked);
    REQUIRE(f.state.sku(QStringLiteral("GADGET-7")).has_value());
}

TEST_CASE("a SKU without a threshold in its JSON gets the design record's default of 10",
          "[core][inventory][master-data][low-stock]")
{
    const Sku sku = Inventory::skuFromJson(QJsonObject{{QStringLiteral("code"), QStringLiteral("X")}});
    CHECK(sku.lowStockThreshold == 10);
    CHECK(Sku().lowStockThreshold == kDefaultLowStockThreshold);
    CHECK(kDefaultLowStockThreshold == 10);
}

TEST_CASE("GTINs are checked with the GS1 check digit", "[core][inventory][master-data]")
{
    InventoryFixture f;
    Sku sku;
    sku.code = QStringLiteral("G");
    for (const QString& good :
         {QStringLiteral("96385074"), QStringLiteral("036000291452"), QStringLiteral("4006381333931"),
          QStringLiteral("10012345678902"), QString()}) {
        INFO(good.toStdString());
        sku.gtin = good;
        CORE_REQUIRE_OK(f.inventory().defineSku(sku));
    }
    for (const QString& bad :
         {QStringLiteral("4006381333932"), QStringLiteral("400638133393"), QStringLiteral("40063813339311"),
          QStringLiteral("400638133393X"), QStringLiteral("1234567")}) {
        INFO(bad.toStdString());
        sku.gtin = bad;
        CORE_CHECK_REFUSED(f.inventory().defineSku(sku), ErrorCode::InvalidArgument);
    }
}

TEST_CASE("a SKU needs a printable code and no negative sizes", "[core][inventory][master-data]")
{
    InventoryFixture f;
    Sku sku;
    for (const QString& bad : {QString(), QStringLiteral("TWO WORDS"), QString(65, QLatin1Char('A')),
                               QStringLiteral("TAB\tBED")}) {
        INFO(bad.toStdString());
        sku.code = bad;
        CORE_CHECK_REFUSED(f.inventory().defineSku(sku), ErrorCode::InvalidArgument);
    }
    sku.code = QString(64, QLatin1Char('A'));
    CORE_REQUIRE_OK(f.inventory().defineSku(sku));
    sku.lowStockThreshold = -1;
    CORE_CHECK_REFUSED(f.inventory().defineSku(sku), ErrorCode::NegativeQuantity);
    sku.lowStockThreshold = 10;
    sku.reorderQuantity = -1;
    CORE_CHECK_REFUSED(f.inventory().defineSku(sku), ErrorCode::NegativeQuantity);
}

TEST_CASE("lot tracking cannot change while the SKU is in stock", "[core][inventory][master-data]")
{
    InventoryFixture f;
    Sku widget = *f.state.sku(f.kWidget);
    widget.lotTracked = true;
    CORE_REQUIRE_OK(f.inventory().defineSku(widget)); // nothing in stock yet

    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 3);
    CORE_CHECK_REFUSED(f.inventory().defineSku(widget), ErrorCode::InvalidArgument);
    // Redefining without changing the tracking is fine while in stock.
    widget.lotTracked = false;
    widget.description = QStringLiteral("renamed");
    CORE_REQUIRE_OK(f.inventory().defineSku(widget));
}

// Stock on the dock, in quarantine or fully reserved counts too: changing the tracking would strand it.
TEST_CASE("lot tracking cannot change while the SKU is only on the dock", "[core][inventory][master-data]")
{
    InventoryFixture f;
    Sku widget = *f.state.sku(f.kWidget);
    widget.lotTracked = true;
    f.state.putStock({f.kWidget, f.kDock, {}}, {}, 40);
    CORE_CHECK_REFUSED(f.inventory().defineSku(widget), ErrorCode::InvalidArgument);
}

TEST_CASE("lot tracking cannot change while the SKU is fully reserved", "[core][inventory][master-data]")
{
    InventoryFixture f;
    Sku widget = *f.state.sku(f.kWidget);
    widget.lotTracked = true;
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 5, 5);
    CORE_CHECK_REFUSED(f.inventory().defineSku(widget), ErrorCode::InvalidArgument);
}

TEST_CASE("defining a location records it, unless another tenant owns the code",
          "[core][inventory][master-data]")
{
    InventoryFixture f;
    const Location aisle{QStringLiteral("PICK-99"), QStringLiteral("C"), LocationType::Pick, 99};
    const EventList events = f.commit(f.inventory().defineLocation(aisle));
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == EventType::LocationDefined);
    CHECK(text(events[0], "code") == QStringLiteral("PICK-99"));
    CHECK(text(events[0], "zone") == QStringLiteral("C"));
    CHECK(text(events[0], "type") == QStringLiteral("pick"));
    CHECK(number(events[0], "pickSequence") == 99);
    REQUIRE(f.state.location(QStringLiteral("PICK-99")).has_value());

    CORE_CHECK_REFUSED(f.inventory().defineLocation({f.kForeign, {}, LocationType::Bulk, 1}),
                       ErrorCode::ForeignTenant);
    CORE_CHECK_REFUSED(f.inventory().defineLocation({QStringLiteral("A B"), {}, LocationType::Bulk, 1}),
                       ErrorCode::InvalidArgument);
}

// ---- receive
// ------------------------------------------------------------------------------------------------

TEST_CASE("receiving records the stock where it was put", "[core][inventory][receive]")
{
    InventoryFixture f;
    SECTION("an untracked SKU into a pick face")
    {
        const EventList events = f.commit(f.inventory().receive({f.kWidget, f.kPick1, {}, {}, 25}));
        REQUIRE(events.size() == 1); // 25 is above the threshold: no low-stock event
        const DomainEvent& e = events[0];
        CHECK(e.type == EventType::StockReceived);
        CHECK(e.aggregateType == QStringLiteral("sku"));
        CHECK(e.aggregateId == f.kWidget);
        CHECK(text(e, "sku") == f.kWidget);
        CHECK(text(e, "location") == f.kPick1);
        CHECK(text(e, "lot") == QString());
        CHECK(text(e, "expiry") == QString());
        CHECK(number(e, "quantity") == 25);
        CHECK(f.state.level({f.kWidget, f.kPick1, {}}).onHand == 25);
    }
    SECTION("a lot with its expiry, and more of the same lot later")
    {
        const ReceiveStock milk{f.kMilk, f.kBulk1, QStringLiteral("L-0601"), f.kLater, 30};
        EventList events = f.commit(f.inventory().receive(milk));
        REQUIRE(events.size() == 1);
        CHECK(text(events[0], "lot") == QStringLiteral("L-0601"));
        CHECK(text(events[0], "expiry") == QStringLiteral("2026-06-01"));
        events = f.commit(f.inventory().receive(milk));
        const auto row = f.state.stock({f.kMilk, f.kBulk1, QStringLiteral("L-0601")});
        REQUIRE(row.has_value());
        CHECK(row->level.onHand == 60);
        CHECK(row->expiry == f.kLater);
    }
    SECTION("onto the dock or into quarantine")
    {
        CORE_REQUIRE_OK(f.inventory().receive({f.kWidget, f.kDock, {}, {}, 5}));
        CORE_REQUIRE_OK(f.inventory().receive({f.kWidget, f.kQa, {}, {}, 5}));
    }
}

TEST_CASE("a receipt with a bad quantity, SKU, location or lot is refused", "[core][inventory][receive]")
{
    InventoryFixture f;
    auto receive = [&](ReceiveStock cmd) {
        return f.inventory().receive(cmd);
    };
    const QString& widget = f.kWidget;
    const QString& milk = f.kMilk;
    const QString& pick = f.kPick1;
    const QString lot = QStringLiteral("L1");

    CORE_CHECK_REFUSED(receive({widget, pick, {}, {}, 0}), ErrorCode::NegativeQuantity);
    CORE_CHECK_REFUSED(receive({widget, pick, {}, {}, -4}), ErrorCode::NegativeQuantity);
    CORE_CHECK_REFUSED(receive({QStringLiteral("NOPE"), pick, {}, {}, 1}), ErrorCode::UnknownSku);
    CORE_CHECK_REFUSED(receive({widget, QStringLiteral("NOWHERE"), {}, {}, 1}), ErrorCode::UnknownLocation);
    CORE_CHECK_REFUSED(receive({widget, f.kForeign, {}, {}, 1}), ErrorCode::ForeignTenant);
    CORE_CHECK_REFUSED(receive({widget, f.kPack, {}, {}, 1}), ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(receive({widget, f.kShip, {}, {}, 1}), ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(receive({widget, pick, lot, {}, 1}), ErrorCode::InvalidArgument); // untracked: no lot
    CORE_CHECK_REFUSED(receive({milk, pick, {}, f.kLater, 1}), ErrorCode::InvalidArgument); // tracked
    CORE_CHECK_REFUSED(receive({milk, pick, QStringLiteral("L 1"), {}, 1}), ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(receive({milk, pick, QString(65, QLatin1Char('L')), {}, 1}),
                       ErrorCode::InvalidArgument);
    CHECK(f.state.stockRowCount() == 0);
}

TEST_CASE("a lot already in a bin cannot be received again with another expiry", "[core][inventory][receive]")
{
    InventoryFixture f;
    const QString lot = QStringLiteral("L1");
    f.commit(f.inventory().receive({f.kMilk, f.kPick1, lot, f.kSoon, 20}));
    CORE_CHECK_REFUSED(f.inventory().receive({f.kMilk, f.kPick1, lot, f.kLater, 5}),
                       ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(f.inventory().receive({f.kMilk, f.kPick1, lot, {}, 5}), ErrorCode::InvalidArgument);
    // The same lot with another date in another bin is a different row, and allowed.
    CORE_REQUIRE_OK(f.inventory().receive({f.kMilk, f.kPick2, lot, f.kLater, 5}));
}

// ---- move
// ---------------------------------------------------------------------------------------------------

TEST_CASE("moving stock takes it from one bin to another with its expiry", "[core][inventory][move]")
{
    InventoryFixture f;
    const QString lot = QStringLiteral("L1");
    f.state.putStock({f.kMilk, f.kBulk1, lot}, f.kSoon, 30);
    const EventList events = f.commit(f.inventory().move({f.kMilk, f.kBulk1, f.kPick1, lot, 12}));
    REQUIRE(events.size() == 1);
    const DomainEvent& e = events[0];
    CHECK(e.type == EventType::StockMoved);
    CHECK(e.aggregateId == f.kMilk);
    CHECK(text(e, "sku") == f.kMilk);
    CHECK(text(e, "from") == f.kBulk1);
    CHECK(text(e, "to") == f.kPick1);
    CHECK(text(e, "lot") == lot);
    CHECK(text(e, "expiry") == QStringLiteral("2026-04-01"));
    CHECK(number(e, "quantity") == 12);
    CHECK(f.state.level({f.kMilk, f.kBulk1, lot}).onHand == 18);
    const auto moved = f.state.stock({f.kMilk, f.kPick1, lot});
    REQUIRE(moved.has_value());
    CHECK(moved->level.onHand == 12);
    CHECK(moved->expiry == f.kSoon);

    // All of what is left may move too; then the source row is gone.
    f.commit(f.inventory().move({f.kMilk, f.kBulk1, f.kPick1, lot, 18}));
    CHECK_FALSE(f.state.hasStockRow({f.kMilk, f.kBulk1, lot}));
    CHECK(f.state.level({f.kMilk, f.kPick1, lot}).onHand == 30);
}

TEST_CASE("only free stock can be moved", "[core][inventory][move]")
{
    InventoryFixture f;
    const StockKey bulk{f.kWidget, f.kBulk1, {}};
    f.state.putStock(bulk, {}, 30, 25); // 5 free, 25 held for orders
    auto move = [&](std::int64_t quantity) {
        return f.inventory().move({f.kWidget, f.kBulk1, f.kPick1, {}, quantity});
    };
    CORE_CHECK_REFUSED(move(6), ErrorCode::InsufficientStock);
    CORE_CHECK_REFUSED(move(31), ErrorCode::InsufficientStock);
    f.commit(move(5));
    CHECK(f.state.level(bulk).onHand == 25);
    CHECK(f.state.level(bulk).reserved == 25);
    CORE_CHECK_REFUSED(move(1), ErrorCode::InsufficientStock);
    // Nothing at all in the source bin.
    CORE_CHECK_REFUSED(f.inventory().move({f.kWidget, f.kBulk2, f.kPick1, {}, 1}),
                       ErrorCode::InsufficientStock);
}

TEST_CASE("a move with a bad quantity, SKU or location is refused", "[core][inventory][move]")
{
    InventoryFixture f;
    f.state.putStock({f.kWidget, f.kBulk1, {}}, {}, 30);
    auto move = [&](const QString& sku, const QString& from, const QString& to, std::int64_t quantity) {
        return f.inventory().move({sku, from, to, {}, quantity});
    };
    const QString& w = f.kWidget;
    const QString& bulk = f.kBulk1;
    const QString& pick = f.kPick1;
    CORE_CHECK_REFUSED(move(w, bulk, pick, 0), ErrorCode::NegativeQuantity);
    CORE_CHECK_REFUSED(move(w, bulk, pick, -3), ErrorCode::NegativeQuantity);
    CORE_CHECK_REFUSED(move(QStringLiteral("NOPE"), bulk, pick, 1), ErrorCode::UnknownSku);
    CORE_CHECK_REFUSED(move(w, QStringLiteral("NOWHERE"), pick, 1), ErrorCode::UnknownLocation);
    CORE_CHECK_REFUSED(move(w, bulk, QStringLiteral("NOWHERE"), 1), ErrorCode::UnknownLocation);
    CORE_CHECK_REFUSED(move(w, f.kForeign, pick, 1), ErrorCode::ForeignTenant);
    CORE_CHECK_REFUSED(move(w, bulk, f.kForeign, 1), ErrorCode::ForeignTenant);
    CORE_CHECK_REFUSED(move(w, bulk, bulk, 1), ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(move(w, bulk, f.kPack, 1), ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(move(w, bulk, f.kShip, 1), ErrorCode::InvalidArgument);
    CHECK(f.state.level({w, bulk, {}}).onHand == 30);
}

TEST_CASE("a move with a lot the SKU's tracking does not allow is refused as a wrong lot",
          "[core][inventory][move]")
{
    // As for receive and adjust: a worker who forgot to scan the lot is told so, not "not enough stock".
    InventoryFixture f;
    f.state.putStock({f.kWidget, f.kBulk1, {}}, {}, 30);
    f.state.putStock({f.kMilk, f.kBulk1, QStringLiteral("L1")}, f.kSoon, 30);
    auto extraLot = f.inventory().move({f.kWidget, f.kBulk1, f.kPick1, QStringLiteral("L1"), 1});
    CORE_CHECK_REFUSED(extraLot, ErrorCode::InvalidArgument);
    CHECK(extraLot.error().message.contains(QStringLiteral("not lot-tracked")));
    auto missingLot = f.inventory().move({f.kMilk, f.kBulk1, f.kPick1, {}, 1});
    CORE_CHECK_REFUSED(missingLot, ErrorCode::InvalidArgument);
    CHECK(missingLot.error().message.contains(QStringLiteral("scan or enter its lot")));
}

TEST_CASE("implausible quantities are refused before any arithmetic", "[core][inventory]")
{
    InventoryFixture f;
    f.state.putStock({f.kWidget, f.kBulk1, {}}, {}, 30);
    CORE_CHECK_REFUSED(
        f.inventory().receive({f.kWidget, f.kBulk1, {}, {}, Inventory::kMaxUnitsPerAction + 1}),
        ErrorCode::InvalidArgument);
    CORE_REQUIRE_OK(f.inventory().receive({f.kWidget, f.kBulk1, {}, {}, Inventory::kMaxUnitsPerAction}));
    for (const std::int64_t delta :
         {std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max(),
          -Inventory::kMaxUnitsPerAction - 1})
        CORE_CHECK_REFUSED(f.inventory().adjust({f.kWidget, f.kBulk1, {}, {}, delta, AdjustReason::Found}),
                           ErrorCode::InvalidArgument);
}

TEST_CASE("a lot cannot be moved onto the same lot with another expiry", "[core][inventory][move]")
{
    InventoryFixture f;
    const QString lot = QStringLiteral("L1");
    f.state.putStock({f.kMilk, f.kBulk1, lot}, f.kSoon, 10);
    f.state.putStock({f.kMilk, f.kPick1, lot}, f.kLater, 10);
    CORE_CHECK_REFUSED(f.inventory().move({f.kMilk, f.kBulk1, f.kPick1, lot, 1}), ErrorCode::InvalidArgument);
}

// ---- adjust
// -------------------------------------------------------------------------------------------------

TEST_CASE("an adjustment records its delta and reason", "[core][inventory][adjust]")
{
    InventoryFixture f;
    const QString lot = QStringLiteral("L1");
    const StockKey key{f.kMilk, f.kPick1, lot};
    f.state.putStock(key, f.kSoon, 40);

    SECTION("a write-off keeps the row's expiry")
    {
        const EventList events =
            f.commit(f.inventory().adjust({f.kMilk, f.kPick1, lot, {}, -3, AdjustReason::Damaged}));
        REQUIRE(events.size() == 1);
        const DomainEvent& e = events[0];
        CHECK(e.type == EventType::StockAdjusted);
        CHECK(e.aggregateId == f.kMilk);
        CHECK(text(e, "sku") == f.kMilk);
        CHECK(text(e, "location") == f.kPick1);
        CHECK(text(e, "lot") == lot);
        CHECK(text(e, "expiry") == QStringLiteral("2026-04-01"));
        CHECK(number(e, "delta") == -3);
        CHECK(text(e, "reason") == QStringLiteral("damaged"));
        CHECK(f.state.level(key).onHand == 37);
    }
    SECTION("a found item on an existing row takes the row's expiry, not the command's")
    {
        const EventList events =
            f.commit(f.inventory().adjust({f.kMilk, f.kPick1, lot, f.kLater, 2, AdjustReason::Found}));
        CHECK(text(events[0], "expiry") == QStringLiteral("2026-04-01"));
        CHECK(text(events[0], "reason") == QStringLiteral("found"));
        CHECK(f.state.level(key).onHand == 42);
    }
    SECTION("a found lot that was not there creates its row with the given expiry")
    {
        const EventList events = f.commit(f.inventory().adjust(
            {f.kMilk, f.kPick2, QStringLiteral("L9"), f.kLater, 12, AdjustReason::Found}));
        CHECK(text(events[0], "expiry") == QStringLiteral("2026-06-01"));
        const auto row = f.state.stock({f.kMilk, f.kPick2, QStringLiteral("L9")});
        REQUIRE(row.has_value());
        CHECK(row->expiry == f.kLater);
        CHECK(row->level.onHand == 12);
    }
}

TEST_CASE("an adjustment cannot take reserved stock", "[core][inventory][adjust]")
{
    InventoryFixture f;
    const StockKey key{f.kWidget, f.kPick1, {}};
    f.state.putStock(key, {}, 20, 15); // 5 free
    auto adjust = [&](std::int64_t delta) {
        return f.inventory().adjust({f.kWidget, f.kPick1, {}, {}, delta, AdjustReason::Lost});
    };
    CORE_CHECK_REFUSED(adjust(-6), ErrorCode::InsufficientStock);
    CORE_CHECK_REFUSED(adjust(-21), ErrorCode::InsufficientStock);
    f.commit(adjust(-5));
    CHECK(f.state.level(key).onHand == 15);
    CHECK(f.state.level(key).reserved == 15);
    CORE_CHECK_REFUSED(adjust(-1), ErrorCode::InsufficientStock);
    // Taking stock off a bin that holds none.
    CORE_CHECK_REFUSED(f.inventory().adjust({f.kWidget, f.kBulk2, {}, {}, -1, AdjustReason::Lost}),
                       ErrorCode::InsufficientStock);
}

TEST_CASE("an adjustment with a bad delta, SKU, location or lot is refused", "[core][inventory][adjust]")
{
    InventoryFixture f;
    f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 20);
    auto adjust = [&](const QString& sku, const QString& location, const QString& lot, std::int64_t delta) {
        return f.inventory().adjust({sku, location, lot, {}, delta, AdjustReason::CountCorrection});
    };
    const QString& w = f.kWidget;
    const QString& pick = f.kPick1;
    CORE_CHECK_REFUSED(adjust(w, pick, {}, 0), ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(adjust(QStringLiteral("NOPE"), pick, {}, 1), ErrorCode::UnknownSku);
    CORE_CHECK_REFUSED(adjust(w, QStringLiteral("NOWHERE"), {}, 1), ErrorCode::UnknownLocation);
    CORE_CHECK_REFUSED(adjust(w, f.kForeign, {}, 1), ErrorCode::ForeignTenant);
    CORE_CHECK_REFUSED(adjust(w, pick, QStringLiteral("L1"), 1), ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(adjust(f.kMilk, pick, {}, 1), ErrorCode::InvalidArgument);
    CHECK(f.state.level({w, pick, {}}).onHand == 20);
}

TEST_CASE("adjustment reasons have stable names", "[core][inventory][adjust]")
{
    CHECK(adjustReasonName(AdjustReason::Damaged) == QStringLiteral("damaged"));
    CHECK(adjustReasonName(AdjustReason::Lost) == QStringLiteral("lost"));
    CHECK(adjustReasonName(AdjustReason::Found) == QStringLiteral("found"));
    CHECK(adjustReasonName(AdjustReason::Expired) == QStringLiteral("expired"));
    CHECK(adjustReasonName(AdjustReason::CountCorrection) == QStringLiteral("count_correction"));
    for (const AdjustReason r : {AdjustReason::Damaged, AdjustReason::Lost, AdjustReason::Found,
                                 AdjustReason::Expired, AdjustReason::CountCorrection})
        CHECK(adjustReasonFromName(adjustReasonName(r)) == r);
    CHECK_FALSE(adjustReasonFromName(QStringLiteral("stolen")).has_value());
}
