#include "TestSupport.h"

using namespace wh;
using wh::test::StoreFixture;

TEST_CASE("an action writes its event, projection and outbox row together", "[db][store]")
{
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    auto receipt = f.store().receive(acme, f.actor(),
                                     {QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-PICK"), {}, {}, 25});
    WH_REQUIRE_OK(receipt);
    REQUIRE(receipt->events.size() == 1);
    CHECK(receipt->events[0].type == EventType::StockReceived);
    const auto found = f.store().stockForSku(acme, QStringLiteral("ACME-SKU1"));
    WH_REQUIRE_OK(found);
    const QList<StockRecord>& stock = *found;
    REQUIRE(stock.size() == 1);
    CHECK(stock[0].level.onHand == 25);
    CHECK(stock[0].level.available() == 25);
    auto counts = f.store().counts();
    WH_REQUIRE_OK(counts);
    CHECK(counts->outboxPending >= 1);
}
