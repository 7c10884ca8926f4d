// The pick list paged by key, as the kiosk scrolls it: the same rows in the same order as by offset, none
// twice, none skipped, a task finished between two screens simply gone, and only this merchant's tasks.
#include "TestSupport.h"

using namespace wh;
using wh::test::StoreFixture;

namespace {

struct PickListFixture
{
    StoreFixture f;
    TenantContext acme{QStringLiteral("acme")};
    TenantContext globex{QStringLiteral("globex")};

    PickListFixture()
    {
        acme = f.addTenant(QStringLiteral("acme"));
        globex = f.addTenant(QStringLiteral("globex"));
        for (const TenantContext& t : {acme, globex}) {
            const QString sku = t.id().toUpper() + QStringLiteral("-SKU1");
            const QString bin = t.id().toUpper() + QStringLiteral("-BULK");
            WH_REQUIRE_OK(f.store().receive(t, f.actor(), {sku, bin, {}, {}, 1000}));
        }
        // 45 orders for acme over 5 promise dates (several tasks share a date) and 5 with no promise at all;
        // 10 for globex.
        for (int i = 0; i < 50; ++i)
            order(acme, i, i < 45 ? std::optional<int>(i % 5) : std::nullopt);
        for (int i = 0; i < 10; ++i)
            order(globex, i, 1);
        for (const TenantContext& t : {acme, globex})
            WH_REQUIRE_OK(f.store().planPicking(t, f.actor(), {PickStrategy::Single, 1, {}}));
    }

    void order(const TenantContext& t, int i, std::optional<int> promisedInDays)
    {
        Order o;
        o.id = t.id() + QStringLiteral("-SO-%1").arg(i);
        o.status = OrderStatus::Paid;
        o.lines = {OrderLine{1, t.id().toUpper() + QStringLiteral("-SKU1"), 1, Money::fromMinor(1000)}};
        if (promisedInDays)
            o.promisedDate = f.clock().today().addDays(*promisedInDays);
        WH_REQUIRE_OK(f.store().reserve(t, Actor{}, o));
    }

    QStringList ids(const QList<PickListRow>& rows)
    {
        QStringList result;
        for (const PickListRow& r : rows)
            result.append(r.taskId);
        return result;
    }

    // Every screen of `size` rows, each continuing after the last row of the one before.
    QList<PickListRow> scrollByKey(int size)
    {
        auto first = f.store().pickList(acme, 0, size);
        WH_REQUIRE_OK(first);
        QList<PickListRow> all = *first;
        QList<PickListRow> screen = *first;
        while (screen.size() == size) {
            auto next = f.store().pickListAfter(acme, screen.last(), size);
            WH_REQUIRE_OK(next);
            screen = *next;
            all += screen;
        }
        return all;
    }
};

} // namespace

TEST_CASE("paging the pick list by key gives the rows paging by offset gives", "[db][picking][pick-list]")
{
    PickListFixture p;
    auto whole = p.f.store().pickList(p.acme, 0, 1000);
    WH_REQUIRE_OK(whole);
    REQUIRE(whole->size() == 50);
    for (int size : {1, 7, 20, 50, 60}) {
        INFO("screen of " << size);
        CHECK(p.ids(p.scrollByKey(size)) == p.ids(*whole));
    }
    // Most urgent first; the orders without a promise last.
    CHECK(whole->first().promisedDate == p.f.clock().today());
    CHECK(whole->last().promisedDate == QDate(9999, 12, 31));
    for (const PickListRow& r : *whole)
        CHECK(r.taskId.size() > 0);
    // After the last row there is nothing.
    auto after = p.f.store().pickListAfter(p.acme, whole->last(), 20);
    WH_REQUIRE_OK(after);
    CHECK(after->isEmpty());
}

TEST_CASE("a task finished between two screens drops out of the next one - nothing repeats",
          "[db][picking][pick-list]")
{
    PickListFixture p;
    auto first = p.f.store().pickList(p.acme, 0, 10);
    WH_REQUIRE_OK(first);
    // Another picker finishes the 12th task (on the next screen) meanwhile.
    auto whole = p.f.store().pickList(p.acme, 0, 1000);
    WH_REQUIRE_OK(whole);
    const QString finished = whole->at(11).taskId;
    auto task = p.f.store().pickTask(p.acme, finished);
    WH_REQUIRE_OK(task);
    const PickTaskLine& line = task->lines.first();
    WH_REQUIRE_OK(
        p.f.store().confirmPick(p.acme, p.f.actor(),
                                {finished, line.seqNo, line.key.location, ScannedItem{line.key.sku, {}, {}},
                                 line.quantity, QStringLiteral("T-1")}));

    auto second = p.f.store().pickListAfter(p.acme, first->last(), 10);
    WH_REQUIRE_OK(second);
    QStringList expected;
    for (qsizetype i = 10; i < 21; ++i)
        if (whole->at(i).taskId != finished)
            expected.append(whole->at(i).taskId);
    CHECK(p.ids(*second) == expected);
}

TEST_CASE("the pick list never shows another merchant's tasks, by offset or by key",
          "[db][picking][pick-list]")
{
    PickListFixture p;
    auto acme = p.scrollByKey(7);
    for (const PickListRow& r : acme)
        CHECK_FALSE(r.taskId.isEmpty());
    auto globex = p.f.store().pickList(p.globex, 0, 1000);
    WH_REQUIRE_OK(globex);
    REQUIRE(globex->size() == 10);
    for (const PickListRow& g : *globex)
        CHECK_FALSE(p.ids(acme).contains(g.taskId));
    // A key taken from the other merchant's list still pages only this merchant's tasks.
    auto crossed = p.f.store().pickListAfter(p.acme, globex->first(), 1000);
    WH_REQUIRE_OK(crossed);
    for (const PickListRow& r : *crossed)
        CHECK_FALSE(p.ids(*globex).contains(r.taskId));
}
