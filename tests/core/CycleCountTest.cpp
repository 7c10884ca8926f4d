// Blind cycle counts: the counter's sheet never holds the expected quantity; a count within the tenant's
// tolerance posts its corrections in the submit; beyond it (units, value, or below what orders hold) it waits
// for a supervisor's recount or approval. Every refusal names what is wrong.
#include "MemoryStockControlState.h"

using namespace wh;
using wh::test::eventTypes;
using wh::test::number;
using wh::test::StockControlFixture;
using wh::test::text;

namespace {

// The counter's read model cannot carry an expected quantity: a screen built on it has none to show.
template <typename T>
concept HasExpected = requires(T value)
{
    value.expected;
};
static_assert(!HasExpected<CountedLine>);
static_assert(!HasExpected<CountSheet>);
static_assert(!HasExpected<CountSubmitResult>);

EventList ofType(const EventList& events, const QString& type)
{
    EventList out;
    for (const DomainEvent& e : events)
        if (e.type == type)
            out.append(e);
    return out;
}

struct CountRun
{
    StockControlFixture& f;
    QString id;

    explicit CountRun(StockControlFixture& fixture, const QStringList& bins,
                      const QString& countId = QStringLiteral("K1"))
        : f(fixture)
        , id(countId)
    {
        f.commit(f.counting().create({bins, QStringLiteral("weekly")}, id));
    }
    void line(const QString& bin, const QString& sku, std::int64_t quantity, const QString& lot = {})
    {
        f.commit(f.counting().recordLine({id, bin, sku, lot, quantity, {}}));
    }
    EventList submit() { return f.commit(f.counting().submit(id)); }
    CountRecord record() const { return *f.control.countTask(id); }
};

} // namespace

TEST_CASE("a count within tolerance posts its corrections in the submit", "[core][count]")
{
    StockControlFixture f;
    f.control.setTolerance({2, 1000});
    f.put(f.kWidget, f.kPick1, 12);
    f.put(f.kBolt, f.kPick1, 8);
    CountRun count(f, {f.kPick1});
    count.line(f.kPick1, f.kWidget, 10); // 2 short, worth $5.00
    count.line(f.kPick1, f.kBolt, 8);    // as the books say

    const EventList events = count.submit();
    REQUIRE(eventTypes(events) == QStringList{EventType::CountSubmitted, EventType::StockAdjusted});
    CHECK(text(events[0], "outcome") == QStringLiteral("posted"));
    const DomainEvent& adjusted = events[1];
    CHECK(text(adjusted, "sku") == f.kWidget);
    CHECK(text(adjusted, "location") == f.kPick1);
    CHECK(number(adjusted, "delta") == -2);
    CHECK(text(adjusted, "reason") == QStringLiteral("count_correction"));
    CHECK(text(adjusted, "countId") == count.id);
    CHECK(f.state.level({f.kWidget, f.kPick1, {}}).onHand == 10);
    CHECK(count.record().status == CountStatus::Posted);
    // The bin is free for the next count.
    CHECK(f.control.openCountOf(f.kPick1).isEmpty());
}

TEST_CASE("the counter's sheet shows what was counted, never what the books hold", "[core][count]")
{
    StockControlFixture f;
    f.put(f.kWidget, f.kPick1, 12);
    CountRun count(f, {f.kPick1, f.kBulk1});
    count.line(f.kPick1, f.kWidget, 5);
    count.line(f.kPick1, f.kWidget, 11); // counted again: replaces the first line

    const CountSheet sheet = CycleCount::sheetOf(count.record());
    CHECK(sheet.countId == count.id);
    CHECK(sheet.status == CountStatus::Counting);
    CHECK(sheet.locations == QStringList{f.kPick1, f.kBulk1});
    CHECK(sheet.note == QStringLiteral("weekly"));
    REQUIRE(sheet.lines.size() == 1);
    CHECK(sheet.lines[0].quantity == 11);
    CHECK(sheet.lines[0].sku == f.kWidget);
}

TEST_CASE("beyond tolerance a count waits for a supervisor, who approves it", "[core][count]")
{
    StockControlFixture f;
    f.control.setTolerance({2, 100000});
    f.put(f.kWidget, f.kPick1, 40);
    CountRun count(f, {f.kPick1});
    count.line(f.kPick1, f.kWidget, 35);

    const EventList submitted = count.submit();
    REQUIRE(eventTypes(submitted) == QStringList{EventType::CountSubmitted});
    CHECK(text(submitted[0], "outcome") == QStringLiteral("review"));
    CHECK(f.state.level({f.kWidget, f.kPick1, {}}).onHand == 40); // nothing posted
    CountRecord record = count.record();
    CHECK(record.status == CountStatus::Review);
    REQUIRE(record.variances.size() == 1);
    CHECK(record.variances[0].expected == 40);
    CHECK(record.variances[0].counted == 35);
    CHECK(record.variances[0].variance == -5);
    CHECK(record.variances[0].valueMinor == 1250);
    CHECK(record.variances[0].why.contains(QStringLiteral("5 units off")));
    // Still the bin's count: no second count can start on it.
    CORE_CHECK_REFUSED(f.counting().create({{f.kPick1}, {}}, QStringLiteral("K2")),
                       ErrorCode::BinBeingCounted);
    CORE_CHECK_REFUSED(f.counting().recordLine({count.id, f.kPick1, f.kWidget, {}, 36, {}}),
                       ErrorCode::IllegalTransition);
    CORE_CHECK_REFUSED(f.counting().approve(count.id, QStringLiteral("sup-1"), QStringLiteral("  ")),
                       ErrorCode::InvalidArgument);

    const EventList approved =
        f.commit(f.counting().approve(count.id, QStringLiteral("sup-1"), QStringLiteral("shelf checked")));
    REQUIRE(eventTypes(approved) == QStringList{EventType::CountApproved, EventType::StockAdjusted});
    CHECK(text(approved[0], "approvedBy") == QStringLiteral("sup-1"));
    CHECK(number(approved[1], "delta") == -5);
    CHECK(f.state.level({f.kWidget, f.kPick1, {}}).onHand == 35);
    CHECK(count.record().status == CountStatus::Posted);
    CORE_CHECK_REFUSED(f.counting().approve(count.id, QStringLiteral("sup-1"), QStringLiteral("again")),
                       ErrorCode::IllegalTransition);
}

TEST_CASE("a recount is a second blind round - within tolerance it posts", "[core][count]")
{
    StockControlFixture f;
    f.control.setTolerance({1, 100000});
    f.put(f.kWidget, f.kPick1, 20);
    CountRun count(f, {f.kPick1});
    count.line(f.kPick1, f.kWidget, 14);
    count.submit();
    CORE_CHECK_REFUSED(f.counting().recount(count.id, {}), ErrorCode::InvalidArgument);

    const EventList recount = f.commit(f.counting().recount(count.id, QStringLiteral("count it again")));
    REQUIRE(eventTypes(recount) == QStringList{EventType::CountRecountRequested});
    CHECK(number(recount[0], "round") == 2);
    const CountSheet sheet = CycleCount::sheetOf(count.record());
    CHECK(sheet.round == 2);
    CHECK(sheet.status == CountStatus::Counting);
    CHECK(sheet.lines.isEmpty()); // the first round's figure is not shown to the second counter

    count.line(f.kPick1, f.kWidget, 19);
    const EventList posted = count.submit();
    REQUIRE(eventTypes(posted) == QStringList{EventType::CountSubmitted, EventType::StockAdjusted});
    CHECK(number(posted[0], "round") == 2);
    CHECK(number(posted[1], "delta") == -1);
}

TEST_CASE("a count judged by value: a small count of dear items goes to a supervisor", "[core][count]")
{
    StockControlFixture f;
    f.control.setTolerance({5, 400}); // $4.00; WIDGET costs $2.50 a unit, BOLT has no cost
    f.put(f.kWidget, f.kPick1, 10);
    f.put(f.kBolt, f.kPick1, 10);
    CountRun count(f, {f.kPick1});
    count.line(f.kPick1, f.kWidget, 8); // 2 units, $5.00: beyond by value
    count.line(f.kPick1, f.kBolt, 6);   // 4 units, no cost: within
    CHECK(eventTypes(count.submit()) == QStringList{EventType::CountSubmitted});
    const CountRecord record = count.record();
    REQUIRE(record.variances.size() == 2);
    CHECK(record.variances[0].why.contains(QStringLiteral("worth 5.00")));
    CHECK(record.variances[1].why.isEmpty());
}

TEST_CASE("stock nobody counted in a counted bin is counted as none", "[core][count]")
{
    StockControlFixture f;
    f.control.setTolerance({3, 100000});
    f.put(f.kWidget, f.kPick1, 10);
    f.put(f.kBolt, f.kPick1, 2);
    CountRun count(f, {f.kPick1});
    count.line(f.kPick1, f.kWidget, 10);
    const EventList events = count.submit();
    REQUIRE(eventTypes(events).contains(EventType::StockAdjusted));
    const EventList adjusted = ofType(events, EventType::StockAdjusted);
    REQUIRE(adjusted.size() == 1);
    CHECK(text(adjusted[0], "sku") == f.kBolt);
    CHECK(number(adjusted[0], "delta") == -2);
    CHECK(f.state.level({f.kBolt, f.kPick1, {}}).onHand == 0);
}

TEST_CASE("a found lot the books do not hold is posted with its expiry", "[core][count]")
{
    StockControlFixture f;
    f.control.setTolerance({5, 0});
    CountRun count(f, {f.kBulk1});
    CORE_CHECK_REFUSED(f.counting().recordLine({count.id, f.kBulk1, f.kMilk, {}, 3, {}}),
                       ErrorCode::InvalidArgument);
    f.commit(f.counting().recordLine({count.id, f.kBulk1, f.kMilk, QStringLiteral("L7"), 3, f.kLater}));
    const EventList adjusted = ofType(count.submit(), EventType::StockAdjusted);
    REQUIRE(adjusted.size() == 1);
    CHECK(number(adjusted[0], "delta") == 3);
    CHECK(text(adjusted[0], "expiry") == QStringLiteral("2026-06-01"));
    CHECK(f.state.stock({f.kMilk, f.kBulk1, QStringLiteral("L7")})->expiry == f.kLater);
}

TEST_CASE("open picks: the expected quantity is fixed when the line is counted", "[core][count]")
{
    StockControlFixture f;
    f.control.setTolerance({0, 0});    // any difference would go to a supervisor
    f.put(f.kWidget, f.kPick1, 10, 4); // 4 reserved for an order, not picked yet
    CountRun count(f, {f.kPick1});
    count.line(f.kPick1, f.kWidget, 10); // reserved units are still on the shelf: counted

    // The picker takes 3 of the reserved units after the count, before the submit.
    f.commit(EventList{DomainEvent{EventType::StockAdjusted,
                                   QStringLiteral("sku"),
                                   f.kWidget,
                                   {{QStringLiteral("sku"), f.kWidget},
                                    {QStringLiteral("location"), f.kPick1},
                                    {QStringLiteral("lot"), QString()},
                                    {QStringLiteral("expiry"), QString()},
                                    {QStringLiteral("delta"), -3},
                                    {QStringLiteral("reason"), QStringLiteral("lost")}}}});
    const EventList events = count.submit();
    CHECK(eventTypes(events) == QStringList{EventType::CountSubmitted});
    CHECK(text(events[0], "outcome") == QStringLiteral("posted")); // no variance: nothing to post
    CHECK(count.record().variances[0].expected == 10);
}

TEST_CASE("a count below what orders hold in the bin goes to a supervisor, and cannot simply be posted",
          "[core][count]")
{
    StockControlFixture f;
    f.control.setTolerance({10, 100000}); // within tolerance by units and value
    f.put(f.kWidget, f.kPick1, 10, 8);
    CountRun count(f, {f.kPick1});
    count.line(f.kPick1, f.kWidget, 6);
    CHECK(eventTypes(count.submit()) == QStringList{EventType::CountSubmitted});
    const CountRecord record = count.record();
    CHECK(record.status == CountStatus::Review);
    CHECK(record.variances[0].why.contains(QStringLiteral("reserved")));
    // Approving would leave the bin holding less than its reservations.
    CORE_CHECK_REFUSED(f.counting().approve(count.id, QStringLiteral("sup-1"), QStringLiteral("ok")),
                       ErrorCode::InsufficientStock);
    // The supervisor cancels it instead (the short picks correct the bin).
    f.commit(f.counting().cancel(count.id, QStringLiteral("short picks will correct it")));
    CHECK(count.record().status == CountStatus::Cancelled);
    CHECK(f.control.openCountOf(f.kPick1).isEmpty());
    CORE_CHECK_REFUSED(f.counting().cancel(count.id, QStringLiteral("again")), ErrorCode::IllegalTransition);
}

TEST_CASE("a count posting below the threshold raises LowStock once", "[core][count][low-stock]")
{
    StockControlFixture f; // WIDGET: threshold 10
    f.control.setTolerance({5, 100000});
    f.put(f.kWidget, f.kPick1, 12);
    CountRun count(f, {f.kPick1});
    count.line(f.kPick1, f.kWidget, 8);
    const EventList events = count.submit();
    CHECK(eventTypes(events) ==
          QStringList{EventType::CountSubmitted, EventType::StockAdjusted, EventType::LowStock});
    CHECK(f.state.lowStockFlagged(f.kWidget));
}

TEST_CASE("count refusals: bins, lines and states", "[core][count]")
{
    StockControlFixture f;
    f.put(f.kWidget, f.kPick1, 5);
    CycleCount c = f.counting();
    CORE_CHECK_REFUSED(c.create({{}, {}}, QStringLiteral("K1")), ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(c.create({{f.kForeign}, {}}, QStringLiteral("K1")), ErrorCode::ForeignTenant);
    CORE_CHECK_REFUSED(c.create({{QStringLiteral("NOWHERE")}, {}}, QStringLiteral("K1")),
                       ErrorCode::UnknownLocation);
    CORE_CHECK_REFUSED(c.create({{f.kPick1, f.kPick1}, {}}, QStringLiteral("K1")),
                       ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(c.setTolerance({-1, 0}), ErrorCode::NegativeQuantity);
    CORE_CHECK_REFUSED(c.submit(QStringLiteral("K9")), ErrorCode::UnknownCount);
    CORE_CHECK_REFUSED(c.recordLine({QStringLiteral("K9"), f.kPick1, f.kWidget, {}, 1, {}}),
                       ErrorCode::UnknownCount);

    CountRun count(f, {f.kPick1});
    CORE_CHECK_REFUSED(f.counting().submit(count.id), ErrorCode::NothingCounted);
    CORE_CHECK_REFUSED(f.counting().recordLine({count.id, f.kPick1, QStringLiteral("THEIRS-1"), {}, 1, {}}),
                       ErrorCode::UnknownSku);
    CORE_CHECK_REFUSED(f.counting().recordLine({count.id, f.kBulk1, f.kWidget, {}, 1, {}}),
                       ErrorCode::InvalidArgument); // not a bin of this count
    CORE_CHECK_REFUSED(f.counting().recordLine({count.id, f.kForeign, f.kWidget, {}, 1, {}}),
                       ErrorCode::ForeignTenant);
    CORE_CHECK_REFUSED(f.counting().recordLine({count.id, f.kPick1, f.kWidget, {}, -1, {}}),
                       ErrorCode::NegativeQuantity);
    CORE_CHECK_REFUSED(f.counting().recordLine({count.id, f.kPick1, f.kWidget, QStringLiteral("L1"), 1, {}}),
                       ErrorCode::InvalidArgument); // not lot-tracked
    CORE_CHECK_REFUSED(f.counting().recount(count.id, QStringLiteral("why")), ErrorCode::IllegalTransition);
    CORE_CHECK_REFUSED(f.counting().approve(count.id, QStringLiteral("sup"), QStringLiteral("why")),
                       ErrorCode::IllegalTransition);
    count.line(f.kPick1, f.kWidget, 5);
    count.submit();
    CORE_CHECK_REFUSED(f.counting().submit(count.id), ErrorCode::IllegalTransition); // submitted once
}
