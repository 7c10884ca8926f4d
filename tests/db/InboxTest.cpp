#include "TestSupport.h"

using namespace wh;
using wh::test::dumpDatabase;
using wh::test::StoreFixture;

namespace {

Order smallOrder(const QString& id, std::int64_t quantity)
{
    Order order;
    order.id = id;
    order.status = OrderStatus::Paid;
    order.lines = {OrderLine{1, QStringLiteral("ACME-SKU1"), quantity, Money::fromMinor(1000)}};
    return order;
}

} // namespace

TEST_CASE("an inbound command is applied at most once", "[db][inbox]")
{
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    WH_REQUIRE_OK(f.store().receive(acme, f.actor(),
                                    {QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-PICK"), {}, {}, 40}));
    const Order order = smallOrder(QStringLiteral("SO-1"), 3);
    auto reserve = [&](Inventory& inv) {
        return inv.reserve(order);
    };

    auto first = f.store().applyCommand(acme, QStringLiteral("cmd-42"), QStringLiteral("ReserveInventory"),
                                        f.actor(), reserve);
    WH_REQUIRE_OK(first);
    CHECK(first->applied);
    CHECK_FALSE(first->duplicate);
    CHECK(first->firstSeq > 0);

    const QString after = dumpDatabase(f.store().connection());
    auto again = f.store().applyCommand(acme, QStringLiteral("cmd-42"), QStringLiteral("ReserveInventory"),
                                        f.actor(), reserve);
    WH_REQUIRE_OK(again);
    CHECK(again->duplicate);
    CHECK(again->applied);
    CHECK(again->firstSeq == first->firstSeq);
    CHECK(again->lastSeq == first->lastSeq);
    CHECK(dumpDatabase(f.store().connection()) == after);
    CHECK(f.store().stockForSku(acme, QStringLiteral("ACME-SKU1"))->at(0).level.reserved == 3);
}

TEST_CASE("a refused command is recorded, and its redelivery gets the same answer", "[db][inbox]")
{
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    const Order tooBig = smallOrder(QStringLiteral("SO-2"), 51);
    auto reserve = [&](Inventory& inv) {
        return inv.reserve(tooBig);
    };
    auto first = f.store().applyCommand(acme, QStringLiteral("cmd-7"), QStringLiteral("ReserveInventory"),
                                        f.actor(), reserve);
    WH_REQUIRE_OK(first);
    CHECK_FALSE(first->applied);
    CHECK(first->errorCode == QStringLiteral("too_many_items"));
    CHECK(first->detail.contains(QStringLiteral("at most 50")));
    CHECK(f.store().counts()->events == 7); // tenant, 5 locations, 1 SKU: the refusal wrote no event

    auto again = f.store().applyCommand(acme, QStringLiteral("cmd-7"), QStringLiteral("ReserveInventory"),
                                        f.actor(), reserve);
    WH_REQUIRE_OK(again);
    CHECK(again->duplicate);
    CHECK_FALSE(again->applied);
    CHECK(again->errorCode == first->errorCode);
}

TEST_CASE("a command id used by another tenant is refused", "[db][inbox][tenant]")
{
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    const TenantContext globex = f.addTenant(QStringLiteral("globex"));
    auto nothing = [](Inventory&) -> Result<EventList> {
        return EventList{};
    };
    WH_REQUIRE_OK(
        f.store().applyCommand(acme, QStringLiteral("cmd-1"), QStringLiteral("Noop"), f.actor(), nothing));
    auto other =
        f.store().applyCommand(globex, QStringLiteral("cmd-1"), QStringLiteral("Noop"), f.actor(), nothing);
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().code == ErrorCode::ForeignTenant);
}

TEST_CASE("a command that fails on storage is not recorded and can come again", "[db][inbox][failure]")
{
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    WH_REQUIRE_OK(f.store().receive(acme, f.actor(),
                                    {QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-PICK"), {}, {}, 40}));
    auto& c = f.store().connection();
    REQUIRE(c.execScript(QStringLiteral("PRAGMA max_page_count = %1").arg(*c.queryInt("PRAGMA page_count")))
                .ok());
    std::optional<Error> failure;
    for (int i = 0; i < 2000 && !failure; ++i) {
        const Order order = smallOrder(QStringLiteral("SO-%1").arg(i), 1);
        auto r =
            f.store().applyCommand(acme, QStringLiteral("cmd-%1").arg(i), QStringLiteral("ReserveInventory"),
                                   f.actor(), [&](Inventory& inv) { return inv.reserve(order); });
        if (!r)
            failure = r.error();
        else
            REQUIRE(r->applied);
        if (i == 35) // stock runs out before the disk does: refill
            REQUIRE(f.store()
                        .receive(acme, f.actor(),
                                 {QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-BULK"), {}, {}, 5000})
                        .ok() == true);
    }
    REQUIRE(failure.has_value());
    CHECK(failure->code == ErrorCode::StorageFull);
    const std::int64_t inbox = c.queryInt("SELECT count(*) FROM inbox").value_or(-1);
    const std::int64_t orders = c.queryInt("SELECT count(*) FROM orders").value_or(-1);
    CHECK(inbox == orders); // the failed one left neither its order nor its inbox row
}
