// The putaway rules without a store: the suggestion (the same SKU and lot where there is room, then an empty
// bin in the SKU's zone within volume and weight, in pick sequence order; a clear answer when nothing fits)
// and the confirmed move with its record, and every bin the rules refuse.
#include "CoreTestSupport.h"
#include "ReceivingFixture.h"

using namespace wh;
using wh::test::only;
using wh::test::ReceivingFixture;

namespace {

Location bin(const QString& code, const QString& zone, LocationType type, int sequence,
             std::int64_t volumeCm3 = 0, std::int64_t weightGrams = 0, const QString& replenish = {})
{
    Location l{code, zone, type, sequence, volumeCm3, weightGrams};
    if (!replenish.isEmpty()) {
        l.replenishSku = replenish;
        l.minQuantity = 1;
        l.maxQuantity = 50;
    }
    return l;
}

// Zone C for the bolts: their pick face (full), and empty bins that are too small, too weak, another SKU's
// pick face, and one that fits. Widgets are 10 x 10 x 10 cm and 500 g, bolts 5 x 4 x 5 cm (100 cm3) and
// 200 g.
class PutawayFixture : public ReceivingFixture
{
public:
    PutawayFixture()
    {
        Sku widget = *state.sku(kWidget);
        widget.lengthMm = widget.widthMm = widget.heightMm = 100;
        widget.weightGrams = 500;
        state.addSku(widget);
        Sku bolt = *state.sku(kBolt);
        bolt.lengthMm = 50;
        bolt.widthMm = 40;
        bolt.heightMm = 50;
        bolt.weightGrams = 200;
        state.addSku(bolt);
        state.addLocation(
            bin(QStringLiteral("C-06"), QStringLiteral("C"), LocationType::Pick, 6, 1000, 0, kBolt));
        state.addLocation(bin(QStringLiteral("C-01"), QStringLiteral("C"), LocationType::Bulk, 1, 300));
        state.addLocation(bin(QStringLiteral("C-02"), QStringLiteral("C"), LocationType::Bulk, 2, 0, 1000));
        state.addLocation(
            bin(QStringLiteral("C-03"), QStringLiteral("C"), LocationType::Pick, 3, 0, 0, kWidget));
        state.addLocation(
            bin(QStringLiteral("C-04"), QStringLiteral("C"), LocationType::Bulk, 4, 2000, 5000));
        state.addLocation(bin(QStringLiteral("C-05"), QStringLiteral("C"), LocationType::Bulk, 5));
        state.putStock({kBolt, QStringLiteral("C-06"), {}}, {}, 10); // 1,000 cm3: full
    }

    PutawaySuggestion suggested(const QString& sku, std::int64_t quantity, const QString& lot = {},
                                const QString& from = kDock)
    {
        auto s = putaway().suggest({sku, lot, quantity, from});
        INFO(test::describe(s));
        REQUIRE(s.ok());
        return *s;
    }
};

} // namespace

TEST_CASE("putaway suggests a bin holding the same SKU and lot with room, in pick sequence", "[putaway]")
{
    PutawayFixture f;
    f.state.putStock({ReceivingFixture::kWidget, ReceivingFixture::kDock, {}}, {}, 4);
    f.state.addLocation(bin(ReceivingFixture::kPick2, QStringLiteral("A"), LocationType::Pick, 20, 12000));
    f.state.putStock({ReceivingFixture::kWidget, ReceivingFixture::kBulk2, {}}, {}, 10); // B, sequence 30
    f.state.putStock({ReceivingFixture::kWidget, ReceivingFixture::kPick2, {}}, {}, 5);  // A, sequence 20
    PutawaySuggestion s = f.suggested(ReceivingFixture::kWidget, 4);
    CHECK(s.bin == ReceivingFixture::kPick2);
    CHECK(s.rule == PutawayRule::SameLot);
    CHECK(s.zone == QStringLiteral("A"));
    // 5 + 8 widgets are 13,000 cm3: more than the pick face takes, so the bulk bin (no limit) it is.
    s = f.suggested(ReceivingFixture::kWidget, 8);
    CHECK(s.bin == ReceivingFixture::kBulk2);
    CHECK(s.rule == PutawayRule::SameLot);
}

TEST_CASE("putaway never mixes expiry dates of a SKU in a bin", "[putaway]")
{
    PutawayFixture f;
    const QString l1 = QStringLiteral("L1");
    f.state.putStock({ReceivingFixture::kMilk, ReceivingFixture::kDock, l1}, ReceivingFixture::kSoon, 6);
    // PICK-01 holds L1 (same expiry) and L2 (another): passed over. PICK-02 holds L1 alone.
    f.state.putStock({ReceivingFixture::kMilk, ReceivingFixture::kPick1, l1}, ReceivingFixture::kSoon, 2);
    f.state.putStock({ReceivingFixture::kMilk, ReceivingFixture::kPick1, QStringLiteral("L2")},
                     ReceivingFixture::kLater, 2);
    f.state.putStock({ReceivingFixture::kMilk, ReceivingFixture::kPick2, l1}, ReceivingFixture::kSoon, 1);
    CHECK(f.suggested(ReceivingFixture::kMilk, 6, l1).bin == ReceivingFixture::kPick2);

    // Chosen by hand anyway, PICK-01 is refused.
    const auto mixed = f.putaway().confirm(
        {ReceivingFixture::kMilk, l1, ReceivingFixture::kDock, 6, ReceivingFixture::kPick1});
    CORE_CHECK_REFUSED(mixed, ErrorCode::InvalidArgument);
    CHECK(mixed.error().message.contains(QStringLiteral("do not share a bin")));
    // The same lot code with another expiry in a bin is refused alike.
    f.state.putStock({ReceivingFixture::kMilk, ReceivingFixture::kBulk1, l1}, ReceivingFixture::kLater, 1);
    CORE_CHECK_REFUSED(f.putaway().confirm({ReceivingFixture::kMilk, l1, ReceivingFixture::kDock, 6,
                                            ReceivingFixture::kBulk1}),
                       ErrorCode::InvalidArgument);
}

TEST_CASE("putaway then suggests an empty bin in the SKU's zone that takes the volume and the weight",
          "[putaway]")
{
    PutawayFixture f;
    f.state.putStock({ReceivingFixture::kBolt, ReceivingFixture::kDock, {}}, {}, 20);
    // 20 bolts: 2,000 cm3 and 4,000 g. C-06 (their face) is full, C-01 too small, C-02 too weak, C-03 the
    // widgets' face; C-04 takes both exactly.
    const PutawaySuggestion s = f.suggested(ReceivingFixture::kBolt, 20);
    CHECK(s.bin == QStringLiteral("C-04"));
    CHECK(s.rule == PutawayRule::EmptyInZone);
    // 3 bolts fit the small one first (sequence 1).
    CHECK(f.suggested(ReceivingFixture::kBolt, 3).bin == QStringLiteral("C-01"));
    // 21 fit nowhere in zone C but C-05, which has no limits.
    CHECK(f.suggested(ReceivingFixture::kBolt, 21).bin == QStringLiteral("C-05"));
    // A bin holding anything at all is not empty.
    f.state.putStock({ReceivingFixture::kWidget, QStringLiteral("C-05"), {}}, {}, 1);
    const auto none = f.putaway().suggest({ReceivingFixture::kBolt, {}, 21, ReceivingFixture::kDock});
    CORE_CHECK_REFUSED(none, ErrorCode::NoBinFits);
    CHECK(none.error().message.contains(QStringLiteral("zone C")));
}

TEST_CASE("a SKU's zone is its pick face's, then where most of its units are", "[putaway]")
{
    PutawayFixture f;
    // Widgets without a pick face: 8 in zone B, 2 in zone A. Zone B's empty bin comes first.
    f.state.addLocation(bin(QStringLiteral("C-03"), QStringLiteral("C"), LocationType::Pick, 3));
    f.state.addLocation(bin(QStringLiteral("A-09"), QStringLiteral("A"), LocationType::Bulk, 1));
    f.state.addLocation(bin(QStringLiteral("B-09"), QStringLiteral("B"), LocationType::Bulk, 90));
    f.state.putStock({ReceivingFixture::kWidget, ReceivingFixture::kBulk1, {}}, {}, 8);
    f.state.putStock({ReceivingFixture::kWidget, ReceivingFixture::kPick1, {}}, {}, 2);
    f.state.putStock({ReceivingFixture::kWidget, ReceivingFixture::kDock, QStringLiteral("")}, {}, 1);
    // Both bins with widgets are full for 1 more: give them limits they already reach.
    f.state.addLocation(bin(ReceivingFixture::kBulk1, QStringLiteral("B"), LocationType::Bulk, 5, 8000));
    f.state.addLocation(bin(ReceivingFixture::kPick1, QStringLiteral("A"), LocationType::Pick, 10, 2000));
    PutawaySuggestion s = f.suggested(ReceivingFixture::kWidget, 1);
    CHECK(s.zone == QStringLiteral("B"));
    CHECK(s.rule == PutawayRule::EmptyInZone);
    CHECK(s.bin == ReceivingFixture::kBulk2);
    // With a pick face of its own (C-03, empty), its zone comes first: the first empty bin there in pick
    // sequence that takes a widget (C-01 is too small for 1,000 cm3).
    f.state.addLocation(bin(QStringLiteral("C-03"), QStringLiteral("C"), LocationType::Pick, 3, 0, 0,
                            ReceivingFixture::kWidget));
    s = f.suggested(ReceivingFixture::kWidget, 1);
    CHECK(s.zone == QStringLiteral("C"));
    CHECK(s.bin == QStringLiteral("C-02"));
}

TEST_CASE("a SKU with no zone yet goes to the first empty bin that fits, anywhere", "[putaway]")
{
    PutawayFixture f;
    f.state.putStock({ReceivingFixture::kCamera, ReceivingFixture::kDock, {}}, {}, 1);
    const PutawaySuggestion s = f.suggested(ReceivingFixture::kCamera, 1);
    CHECK(s.rule == PutawayRule::EmptyAnyZone);
    CHECK(s.bin == QStringLiteral("C-01")); // sequence 1: the lowest empty bin that is no one else's face
    CHECK(putawayRuleName(s.rule) == QStringLiteral("empty_any_zone"));
}

TEST_CASE("putaway asks for a plausible quantity, a known SKU and its lot", "[putaway]")
{
    PutawayFixture f;
    CORE_CHECK_REFUSED(f.putaway().suggest({ReceivingFixture::kWidget, {}, 0, {}}),
                       ErrorCode::NegativeQuantity);
    CORE_CHECK_REFUSED(
        f.putaway().suggest({ReceivingFixture::kWidget, {}, Inventory::kMaxUnitsPerAction + 1, {}}),
        ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(f.putaway().suggest({QStringLiteral("NOPE"), {}, 1, {}}), ErrorCode::UnknownSku);
    CORE_CHECK_REFUSED(f.putaway().suggest({ReceivingFixture::kMilk, {}, 1, {}}), ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(f.putaway().suggest({ReceivingFixture::kWidget, QStringLiteral("L1"), 1, {}}),
                       ErrorCode::InvalidArgument);
}

TEST_CASE("confirming moves the units from the dock and records the suggestion and the bin chosen",
          "[putaway]")
{
    PutawayFixture f;
    f.state.putStock({ReceivingFixture::kBolt, ReceivingFixture::kDock, {}}, {}, 20);
    const EventList followed = f.commit(f.putaway().confirm(
        {ReceivingFixture::kBolt, {}, ReceivingFixture::kDock, 20, QStringLiteral("C-04")}));
    REQUIRE(followed.size() >= 2);
    CHECK(followed[0].type == EventType::StockMoved);
    CHECK(followed[1].type == EventType::Putaway);
    CHECK(followed[1].aggregateType == QStringLiteral("sku"));
    CHECK(test::text(followed[1], "suggested") == QStringLiteral("C-04"));
    CHECK(test::text(followed[1], "to") == QStringLiteral("C-04"));
    CHECK(test::text(followed[1], "rule") == QStringLiteral("empty_in_zone"));
    CHECK(followed[1].payload.value(QStringLiteral("followed")).toBool());
    CHECK_FALSE(EventType::isCloudBound(EventType::Putaway));
    CHECK(f.state.level({ReceivingFixture::kBolt, QStringLiteral("C-04"), {}}).onHand == 20);
    CHECK_FALSE(f.state.hasStockRow({ReceivingFixture::kBolt, ReceivingFixture::kDock, {}}));

    // Another bin than the suggestion is the operator's call, and recorded as such.
    f.state.putStock({ReceivingFixture::kBolt, ReceivingFixture::kDock, {}}, {}, 2);
    const EventList chosen = f.commit(f.putaway().confirm(
        {ReceivingFixture::kBolt, {}, ReceivingFixture::kDock, 2, QStringLiteral("C-05")}));
    const DomainEvent& record = only(chosen, EventType::Putaway);
    CHECK(test::text(record, "to") == QStringLiteral("C-05"));
    CHECK(test::text(record, "suggested") == QStringLiteral("C-01")); // C-04 is full now
    CHECK_FALSE(record.payload.value(QStringLiteral("followed")).toBool());
}

TEST_CASE("confirming refuses a bin that is full, foreign, an area, another SKU's face, or not from the dock",
          "[putaway]")
{
    PutawayFixture f;
    f.state.putStock({ReceivingFixture::kBolt, ReceivingFixture::kDock, {}}, {}, 20);
    f.state.putStock({ReceivingFixture::kBolt, ReceivingFixture::kBulk1, {}}, {}, 5);
    const auto put = [&](const QString& to, std::int64_t quantity = 20,
                         const QString& from = ReceivingFixture::kDock) {
        return f.putaway().confirm({ReceivingFixture::kBolt, {}, from, quantity, to});
    };
    const auto full = put(QStringLiteral("C-01"));
    CORE_CHECK_REFUSED(full, ErrorCode::OverCapacity);
    CHECK(full.error().message.contains(QStringLiteral("300 cm3")));
    const auto heavy = put(QStringLiteral("C-02"));
    CORE_CHECK_REFUSED(heavy, ErrorCode::OverCapacity);
    CHECK(heavy.error().message.contains(QStringLiteral("1000 g")));
    CORE_CHECK_REFUSED(put(QStringLiteral("C-06"), 1), ErrorCode::OverCapacity); // full with what it holds
    CORE_CHECK_REFUSED(put(ReceivingFixture::kForeign), ErrorCode::ForeignTenant);
    CORE_CHECK_REFUSED(put(QStringLiteral("NOWHERE")), ErrorCode::UnknownLocation);
    CORE_CHECK_REFUSED(put(ReceivingFixture::kPack), ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(put(ReceivingFixture::kShip), ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(put(ReceivingFixture::kDock2), ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(put(QStringLiteral("C-03")), ErrorCode::InvalidArgument); // the widgets' face
    CORE_CHECK_REFUSED(put(QStringLiteral("C-05"), 21), ErrorCode::InsufficientStock);
    CORE_CHECK_REFUSED(put(QStringLiteral("C-05"), 1, ReceivingFixture::kBulk1), ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(put(QStringLiteral("C-05"), 0), ErrorCode::NegativeQuantity);
    // Quarantine takes what is doubtful.
    f.commit(put(ReceivingFixture::kQa, 1));
}

TEST_CASE("putaway into a pick face clears a low-stock flag, once", "[putaway][lowstock]")
{
    PutawayFixture f;
    f.state.setLowStockFlag(ReceivingFixture::kBolt, true);
    f.state.putStock({ReceivingFixture::kBolt, ReceivingFixture::kDock, {}}, {}, 20);
    // The flag is still up from before; C-06's 10 bolts and 5 more are over the threshold of 5: cleared.
    const EventList events = f.commit(f.putaway().confirm(
        {ReceivingFixture::kBolt, {}, ReceivingFixture::kDock, 5, QStringLiteral("C-04")}));
    CHECK(test::eventTypes(events) ==
          QStringList{EventType::StockMoved, EventType::Putaway, EventType::LowStockCleared});
    const EventList again = f.commit(f.putaway().confirm(
        {ReceivingFixture::kBolt, {}, ReceivingFixture::kDock, 5, QStringLiteral("C-04")}));
    CHECK(test::eventTypes(again) == QStringList{EventType::StockMoved, EventType::Putaway});
}

TEST_CASE("bin loads add up without overflow", "[putaway]")
{
    Sku huge;
    huge.code = QStringLiteral("HUGE");
    huge.lengthMm = huge.widthMm = huge.heightMm = 2'000'000'000;
    huge.weightGrams = 2'000'000'000;
    const BinLoad load = Putaway::loadOf(huge, Inventory::kMaxUnitsPerAction);
    CHECK(load.volumeMm3 == std::numeric_limits<std::int64_t>::max());
    const Location small{QStringLiteral("S"), QStringLiteral("Z"), LocationType::Bulk, 1, 10, 10};
    CHECK_FALSE(Putaway::fits(small, load, load));
    const Location unlimited{QStringLiteral("U"), QStringLiteral("Z"), LocationType::Bulk, 1};
    CHECK(Putaway::fits(unlimited, load, load));
    Sku nothing; // no dimensions, no weight: takes no room in either respect
    nothing.code = QStringLiteral("FLAT");
    CHECK(Putaway::fits(small, {}, Putaway::loadOf(nothing, 1000)));
}
