// Cycle counts on a real store file: blind for the counter (no call of theirs returns an expected quantity),
// posted in the submit within tolerance, a supervisor's recount or approval beyond it, every refusal writing
// nothing, one merchant's counter never counting or seeing another's bins, and the projections rebuilt from
// the log equal to the live ones.
#include "StockControlStoreFixture.h"

#include <QJsonArray>

using namespace wh;
using wh::test::loggedEvents;
using wh::test::StockControlStore;

namespace {

QString createCount(StockControlStore& s, const QStringList& bins, const Actor& by)
{
    auto receipt = s.store().createCount(s.acme, by, {bins, QStringLiteral("weekly count")});
    WH_REQUIRE_OK(receipt);
    REQUIRE(receipt->events.size() == 1);
    CHECK(receipt->events[0].type == EventType::CountTaskCreated);
    return receipt->events[0].aggregateId;
}

} // namespace

TEST_CASE("a blind count within tolerance posts its correction in the submit", "[db][count]")
{
    StockControlStore s;
    WH_REQUIRE_OK(s.store().setCountTolerance(s.acme, s.admin(), {2, 10000}));
    CHECK(s.store().countTolerance(s.acme)->maxUnits == 2);
    CHECK(s.store().countTolerance(s.globex)->maxUnits == 0); // per tenant
    s.receive(s.pick, 30);
    const QString id = createCount(s, {s.pick}, s.supervisor);
    CHECK(id.startsWith(QLatin1Char('K')));

    auto sheets = s.store().openCounts(s.acme);
    WH_REQUIRE_OK(sheets);
    REQUIRE(sheets->size() == 1);
    CHECK(sheets->first().locations == QStringList{s.pick});
    CHECK(s.store().openCounts(s.globex)->isEmpty());

    auto sheet = s.store().recordCountLine(s.acme, s.counter, {id, s.pick, s.sku, {}, 29, {}});
    WH_REQUIRE_OK(sheet);
    REQUIRE(sheet->lines.size() == 1);
    CHECK(sheet->lines[0].quantity == 29);

    const std::int64_t before = s.head();
    auto submitted = s.store().submitCount(s.acme, s.counter, id);
    WH_REQUIRE_OK(submitted);
    CHECK(submitted->status == CountStatus::Posted);
    CHECK(submitted->round == 1);
    CHECK(s.typesFrom(before + 1) == QStringList{EventType::CountSubmitted, EventType::StockAdjusted});
    const QList<RecordedEvent> events = loggedEvents(s.store(), before + 1);
    const QJsonObject adjusted = events[1].payloadObject();
    CHECK(adjusted.value(QStringLiteral("delta")).toInteger() == -1);
    CHECK(adjusted.value(QStringLiteral("reason")).toString() == QStringLiteral("count_correction"));
    CHECK(adjusted.value(QStringLiteral("countId")).toString() == id);
    CHECK(events[1].actor.userId == s.counter.userId);
    CHECK(s.level(s.pick).onHand == 29);
    // The correction goes to the central service; the count itself stays in the warehouse.
    CHECK(s.outboxTypes().last() == EventType::StockAdjusted);
    CHECK_FALSE(s.outboxTypes().contains(EventType::CountSubmitted));
    CHECK(s.store().countSheet(s.acme, id)->status == CountStatus::Posted);
    CHECK(s.store().openCounts(s.acme)->isEmpty());
    s.rebuildEquals();
}

TEST_CASE("beyond tolerance: the counter learns only that a supervisor will look - recount, then approval",
          "[db][count]")
{
    StockControlStore s;
    WH_REQUIRE_OK(s.store().setCountTolerance(s.acme, s.admin(), {1, 0}));
    s.receive(s.bulk, 40);
    const QString id = createCount(s, {s.bulk}, s.supervisor);
    WH_REQUIRE_OK(s.store().recordCountLine(s.acme, s.counter, {id, s.bulk, s.sku, {}, 34, {}}));
    auto submitted = s.store().submitCount(s.acme, s.counter, id);
    WH_REQUIRE_OK(submitted);
    CHECK(submitted->status == CountStatus::Review);
    CHECK(s.level(s.bulk).onHand == 40);

    // The variances are the supervisor's to see.
    WH_CHECK_REFUSED_UNCHANGED(s, s.store().countReview(s.acme, s.counter, id), ErrorCode::ApprovalRequired);
    auto review = s.store().countReview(s.acme, s.supervisor, id);
    WH_REQUIRE_OK(review);
    REQUIRE(review->size() == 1);
    CHECK(review->first().expected == 40);
    CHECK(review->first().variance == -6);

    // A second blind count by the supervisor's order: the sheet starts empty.
    WH_CHECK_REFUSED_UNCHANGED(s, s.store().recount(s.acme, s.counter, id, QStringLiteral("again")),
                               ErrorCode::ApprovalRequired);
    WH_REQUIRE_OK(s.store().recount(s.acme, s.supervisor, id, QStringLiteral("count it again")));
    auto sheet = s.store().countSheet(s.acme, id);
    WH_REQUIRE_OK(sheet);
    CHECK(sheet->round == 2);
    CHECK(sheet->lines.isEmpty());
    WH_REQUIRE_OK(s.store().recordCountLine(s.acme, s.counter, {id, s.bulk, s.sku, {}, 35, {}}));
    CHECK(s.store().submitCount(s.acme, s.counter, id)->status == CountStatus::Review);

    // The counter with a supervisor's approval posts it; the events name the approver.
    WH_CHECK_REFUSED_UNCHANGED(s, s.store().approveCount(s.acme, s.counter, id, QStringLiteral("ok")),
                               ErrorCode::ApprovalRequired);
    const std::int64_t before = s.head();
    WH_REQUIRE_OK(
        s.store().approveCount(s.acme, s.approved(s.counter), id, QStringLiteral("recounted twice")));
    const QList<RecordedEvent> events = loggedEvents(s.store(), before + 1);
    REQUIRE(events.size() == 2);
    CHECK(events[0].type == EventType::CountApproved);
    CHECK(events[0].payloadObject().value(QStringLiteral("approvedBy")).toString() == s.supervisor.userId);
    CHECK(events[1].type == EventType::StockAdjusted);
    CHECK(events[1].payloadObject().value(QStringLiteral("delta")).toInteger() == -5);
    CHECK(events[1].payloadObject().value(QStringLiteral("approvedBy")).toString() == s.supervisor.userId);
    CHECK(s.level(s.bulk).onHand == 35);
    CHECK(s.store().countSheet(s.acme, id)->status == CountStatus::Posted);
    s.rebuildEquals();
}

TEST_CASE("a supervisor approving alone is recorded as the approver", "[db][count]")
{
    StockControlStore s;
    s.receive(s.pick, 12);
    const QString id = createCount(s, {s.pick}, s.scheduler); // a scheduled count
    WH_REQUIRE_OK(s.store().recordCountLine(s.acme, s.counter, {id, s.pick, s.sku, {}, 15, {}}));
    CHECK(s.store().submitCount(s.acme, s.counter, id)->status == CountStatus::Review); // tolerance 0
    const std::int64_t before = s.head();
    WH_REQUIRE_OK(s.store().approveCount(s.acme, s.supervisor, id, QStringLiteral("found a box behind")));
    CHECK(loggedEvents(s.store(), before + 1)[0]
              .payloadObject()
              .value(QStringLiteral("approvedBy"))
              .toString() == s.supervisor.userId);
    CHECK(s.level(s.pick).onHand == 15);
}

TEST_CASE("open picks: a count below the reserved units waits, and its approval is refused", "[db][count]")
{
    StockControlStore s;
    WH_REQUIRE_OK(s.store().setCountTolerance(s.acme, s.admin(), {100, 0}));
    s.receive(s.pick, 10);
    Order o;
    o.id = QStringLiteral("SO-1");
    o.status = OrderStatus::Paid;
    o.lines = {OrderLine{1, s.sku, 8, Money::fromMinor(1000)}};
    WH_REQUIRE_OK(s.store().reserve(s.acme, s.scheduler, o));
    const QString id = createCount(s, {s.pick}, s.supervisor);
    // Reserved units not yet picked are on the shelf: a full count of 10 is no variance.
    WH_REQUIRE_OK(s.store().recordCountLine(s.acme, s.counter, {id, s.pick, s.sku, {}, 5, {}}));
    CHECK(s.store().submitCount(s.acme, s.counter, id)->status == CountStatus::Review);
    CHECK(s.store().countReview(s.acme, s.supervisor, id)->first().why.contains(QStringLiteral("reserved")));
    WH_CHECK_REFUSED_UNCHANGED(s, s.store().approveCount(s.acme, s.supervisor, id, QStringLiteral("ok")),
                               ErrorCode::InsufficientStock);
    WH_REQUIRE_OK(
        s.store().cancelCount(s.acme, s.supervisor, id, QStringLiteral("the short pick corrects it")));
    CHECK(s.store().countSheet(s.acme, id)->status == CountStatus::Cancelled);
    // The bin is free again.
    createCount(s, {s.pick}, s.supervisor);
    s.rebuildEquals();
}

TEST_CASE("count refusals write nothing", "[db][count]")
{
    StockControlStore s;
    s.receive(s.pick, 10);
    const QString id = createCount(s, {s.pick}, s.supervisor);
    WH_CHECK_REFUSED_UNCHANGED(s, s.store().createCount(s.acme, s.counter, {{s.bulk}, {}}),
                               ErrorCode::PermissionDenied);
    WH_CHECK_REFUSED_UNCHANGED(s, s.store().recordCountLine(s.acme, s.picker, {id, s.pick, s.sku, {}, 1, {}}),
                               ErrorCode::PermissionDenied);
    WH_CHECK_REFUSED_UNCHANGED(s, s.store().setCountTolerance(s.acme, s.supervisor, {5, 5}),
                               ErrorCode::PermissionDenied);
    WH_CHECK_REFUSED_UNCHANGED(s, s.store().createCount(s.acme, s.supervisor, {{s.pick}, {}}),
                               ErrorCode::BinBeingCounted);
    WH_CHECK_REFUSED_UNCHANGED(s, s.store().submitCount(s.acme, s.counter, id), ErrorCode::NothingCounted);
    WH_CHECK_REFUSED_UNCHANGED(
        s,
        s.store().recordCountLine(s.acme, s.counter, {id, s.pick, QStringLiteral("GLOBEX-SKU1"), {}, 1, {}}),
        ErrorCode::UnknownSku);
    WH_CHECK_REFUSED_UNCHANGED(s,
                               s.store().recordCountLine(s.acme, s.counter, {id, s.pick, s.sku, {}, -2, {}}),
                               ErrorCode::NegativeQuantity);
    WH_CHECK_REFUSED_UNCHANGED(s, s.store().submitCount(s.acme, s.counter, QStringLiteral("K999")),
                               ErrorCode::UnknownCount);
    WH_CHECK_REFUSED_UNCHANGED(s, s.store().cancelCount(s.acme, s.supervisor, id, {}),
                               ErrorCode::InvalidArgument);
    CHECK(s.store().countSheet(s.acme, QStringLiteral("K999")).error().code == ErrorCode::UnknownCount);
}

TEST_CASE("a counter of one merchant can neither count nor see another's bins and counts",
          "[db][count][tenant]")
{
    StockControlStore s;
    s.receive(s.pick, 10);
    const QString id = createCount(s, {s.pick}, s.supervisor);
    // Another merchant's bin in a count of globex's.
    WH_CHECK_REFUSED_UNCHANGED(s, s.store().createCount(s.globex, s.supervisor, {{s.pick}, {}}),
                               ErrorCode::ForeignTenant);
    // Acme's count, reached through globex: it does not exist there.
    WH_CHECK_REFUSED_UNCHANGED(
        s,
        s.store().recordCountLine(s.globex, s.counter,
                                  {id, s.pick, QStringLiteral("GLOBEX-SKU1"), {}, 1, {}}),
        ErrorCode::UnknownCount);
    WH_CHECK_REFUSED_UNCHANGED(s, s.store().submitCount(s.globex, s.counter, id), ErrorCode::UnknownCount);
    WH_CHECK_REFUSED_UNCHANGED(s, s.store().approveCount(s.globex, s.supervisor, id, QStringLiteral("x")),
                               ErrorCode::UnknownCount);
    CHECK(s.store().countSheet(s.globex, id).error().code == ErrorCode::UnknownCount);
    CHECK(s.store().countReview(s.globex, s.supervisor, id).error().code == ErrorCode::UnknownCount);
    // Globex's own count of its own bin is independent of acme's.
    WH_REQUIRE_OK(s.store().createCount(s.globex, s.supervisor, {{QStringLiteral("GLOBEX-PICK")}, {}}));
    // A globex line in acme's bin, inside globex's count: the bin is another merchant's.
    auto globexCounts = s.store().openCounts(s.globex);
    WH_REQUIRE_OK(globexCounts);
    REQUIRE(globexCounts->size() == 1);
    WH_CHECK_REFUSED_UNCHANGED(
        s,
        s.store().recordCountLine(
            s.globex, s.counter,
            {globexCounts->first().countId, s.pick, QStringLiteral("GLOBEX-SKU1"), {}, 1, {}}),
        ErrorCode::ForeignTenant);
}
