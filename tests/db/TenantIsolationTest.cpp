#include "TestSupport.h"

using namespace wh;
using wh::test::dumpDatabase;
using wh::test::StoreFixture;

TEST_CASE("tenants never see or touch each other's stock", "[db][tenant]")
{
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    const TenantContext globex = f.addTenant(QStringLiteral("globex"));
    // Both merchants call a SKU "SHARED-1": codes are per tenant.
    Sku shared;
    shared.code = QStringLiteral("SHARED-1");
    WH_REQUIRE_OK(f.store().defineSku(acme, f.actor(), shared));
    WH_REQUIRE_OK(f.store().defineSku(globex, f.actor(), shared));
    WH_REQUIRE_OK(f.store().receive(acme, f.actor(),
                                    {QStringLiteral("SHARED-1"), QStringLiteral("ACME-PICK"), {}, {}, 40}));

    CHECK(f.store().stockForSku(acme, QStringLiteral("SHARED-1"))->size() == 1);
    CHECK(f.store().stockForSku(globex, QStringLiteral("SHARED-1"))->isEmpty());
    CHECK(f.store().stockInLocation(globex, QStringLiteral("ACME-PICK"))->isEmpty());
    CHECK(f.store().location(globex, QStringLiteral("ACME-PICK")).error().code == ErrorCode::ForeignTenant);
    CHECK(*f.store().sellable(globex, QStringLiteral("SHARED-1")) == 0);

    const QString before = dumpDatabase(f.store().connection());
    SECTION("receiving into another tenant's bin")
    {
        auto r = f.store().receive(globex, f.actor(),
                                   {QStringLiteral("SHARED-1"), QStringLiteral("ACME-PICK"), {}, {}, 5});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::ForeignTenant);
        CHECK(r.error().message.contains(QStringLiteral("another merchant")));
    }
    SECTION("moving stock out of another tenant's bin")
    {
        auto r = f.store().move(
            globex, f.actor(),
            {QStringLiteral("SHARED-1"), QStringLiteral("ACME-PICK"), QStringLiteral("GLOBEX-BULK"), {}, 5});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::ForeignTenant);
    }
    SECTION("adjusting another tenant's stock")
    {
        auto r = f.store().adjust(
            globex, f.actor(),
            {QStringLiteral("SHARED-1"), QStringLiteral("ACME-PICK"), {}, {}, -5, AdjustReason::Lost});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::ForeignTenant);
    }
    SECTION("reserving against stock only the other tenant has")
    {
        Order order;
        order.id = QStringLiteral("G-1");
        order.status = OrderStatus::Paid;
        order.lines = {OrderLine{1, QStringLiteral("SHARED-1"), 2, Money::fromMinor(1000)}};
        auto& c = f.store().connection();
        const std::int64_t head = c.queryInt("SELECT max(seq) FROM events").value_or(-1);
        auto r = f.store().reserve(globex, f.actor(), order);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::InsufficientStock);
        // Globex is told, in its own stream, and that is all: Acme's stock stays as it was.
        REQUIRE(r.error().answer.size() == 1);
        const auto count = [&](const char* sql) {
            return c.queryInt(QString::fromLatin1(sql).arg(head).toUtf8().constData());
        };
        CHECK(count("SELECT count(*) FROM events WHERE seq > %1 AND type = 'ReservationFailed' AND "
                    "tenant_id = 'globex'") == 1);
        CHECK(count("SELECT count(*) FROM events WHERE seq > %1") == 1);
        CHECK(count("SELECT count(*) FROM outbox WHERE event_seq > %1 AND tenant_id = 'globex'") == 1);
        CHECK(c.queryInt("SELECT on_hand * 1000 + reserved FROM stock WHERE tenant_id = 'acme'") == 40'000);
        CHECK(c.queryInt("SELECT count(*) FROM orders") == 0);
        return; // the answer is the one change this section makes
    }
    SECTION("redefining another tenant's bin")
    {
        auto r = f.store().defineLocation(
            globex, f.actor(), {QStringLiteral("ACME-PICK"), QStringLiteral("Z1"), LocationType::Pick, 1});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::ForeignTenant);
    }
    SECTION("acting for a tenant the store does not know")
    {
        const TenantContext stranger(QStringLiteral("stranger"));
        auto r = f.store().receive(stranger, f.actor(),
                                   {QStringLiteral("SHARED-1"), QStringLiteral("ACME-PICK"), {}, {}, 5});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::UnknownTenant);
        auto ctx = f.store().tenant(QStringLiteral("stranger"));
        REQUIRE_FALSE(ctx.ok());
        CHECK(ctx.error().code == ErrorCode::UnknownTenant);
    }
    CHECK(dumpDatabase(f.store().connection()) == before);
}

TEST_CASE("an order id of one tenant is invisible to another", "[db][tenant]")
{
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    const TenantContext globex = f.addTenant(QStringLiteral("globex"));
    WH_REQUIRE_OK(f.store().receive(acme, f.actor(),
                                    {QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-PICK"), {}, {}, 40}));
    Order order;
    order.id = QStringLiteral("SO-1");
    order.status = OrderStatus::Paid;
    order.lines = {OrderLine{1, QStringLiteral("ACME-SKU1"), 2, Money::fromMinor(1500)}};
    WH_REQUIRE_OK(f.store().reserve(acme, f.actor(), order));
    CHECK(f.store().order(acme, QStringLiteral("SO-1")).ok());
    CHECK(f.store().order(globex, QStringLiteral("SO-1")).error().code == ErrorCode::UnknownOrder);
    auto cancel = f.store().changeStatus(globex, f.actor(), QStringLiteral("SO-1"), OrderStatus::Cancelled);
    REQUIRE_FALSE(cancel.ok());
    CHECK(cancel.error().code == ErrorCode::UnknownOrder);
    // Nor can globex change it: the id names nothing of globex's, and acme's order and stock stay.
    const QString before = dumpDatabase(f.store().connection());
    auto modify =
        f.store().modifyOrder(globex, f.actor(),
                              {QStringLiteral("SO-1"),
                               {OrderLine{1, QStringLiteral("ACME-SKU1"), 40, Money::fromMinor(1500)}},
                               {}});
    REQUIRE_FALSE(modify.ok());
    CHECK(modify.error().code == ErrorCode::UnknownOrder);
    CHECK(modify.error().answer.isEmpty());
    CHECK(dumpDatabase(f.store().connection()) == before);
    CHECK(f.store().order(acme, QStringLiteral("SO-1"))->status == OrderStatus::Paid);
    CHECK(f.store().order(acme, QStringLiteral("SO-1"))->lines[0].quantity == 2);
}

TEST_CASE("tenant ids are validated and registered once", "[db][tenant]")
{
    StoreFixture f;
    WH_REQUIRE_OK(
        f.store().registerTenant(Tenant{QStringLiteral("acme"), QStringLiteral("Acme")}, f.actor()));
    auto again =
        f.store().registerTenant(Tenant{QStringLiteral("acme"), QStringLiteral("Acme 2")}, f.actor());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::AlreadyExists);
    for (const QString& bad : {QString(), QStringLiteral("has space"), QStringLiteral("x'; DROP TABLE--"),
                               QStringLiteral("a-very-long-tenant-identifier-over-32")}) {
        auto r = f.store().registerTenant(Tenant{bad, QStringLiteral("Bad")}, f.actor());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::InvalidArgument);
    }
    CHECK(f.store().tenants()->size() == 1);
}
