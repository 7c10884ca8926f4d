// Stock snapshots: one StockSnapshot event per call, every SKU of the tenant (also those at zero) with on
// hand and sellable available, for the central service through the outbox; scoped to one tenant; refused
// without the permission; 10,000 SKUs in one event.
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

using namespace wh;
using wh::test::StoreFixture;

namespace {

QHash<QString, QPair<std::int64_t, std::int64_t>> skusOf(const RecordedEvent& e)
{
    QHash<QString, QPair<std::int64_t, std::int64_t>> result;
    for (const QJsonValue& v : e.payloadObject().value(QStringLiteral("skus")).toArray()) {
        const QJsonObject s = v.toObject();
        result.insert(s.value(QStringLiteral("sku")).toString(),
                      {s.value(QStringLiteral("onHand")).toInteger(),
                       s.value(QStringLiteral("available")).toInteger()});
    }
    return result;
}

} // namespace

TEST_CASE("a snapshot lists every SKU of the tenant with on hand and sellable available", "[snapshot]")
{
    StoreFixture f;
    db::Store& store = f.store();
    const Actor& actor = f.actor();
    const TenantContext acme = f.addTenant(QStringLiteral("acme"), true);
    const TenantContext beta = f.addTenant(QStringLiteral("beta"));
    const QString milk = QStringLiteral("ACME-SKU1"); // lot-tracked
    Sku idle;
    idle.code = QStringLiteral("ACME-IDLE");
    WH_REQUIRE_OK(store.defineSku(acme, actor, idle));
    const QDate today = test::fixedNow().date();
    WH_REQUIRE_OK(store.receive(
        acme, actor, {milk, QStringLiteral("ACME-PICK"), QStringLiteral("L1"), today.addDays(30), 10}));
    WH_REQUIRE_OK(store.receive(
        acme, actor, {milk, QStringLiteral("ACME-BULK"), QStringLiteral("L2"), today.addDays(1), 20}));
    WH_REQUIRE_OK(store.receive(
        acme, actor, {milk, QStringLiteral("ACME-QA"), QStringLiteral("L3"), today.addDays(30), 4}));
    WH_REQUIRE_OK(store.receive(
        acme, actor, {milk, QStringLiteral("ACME-RCV"), QStringLiteral("L4"), today.addDays(30), 3}));
    Order order;
    order.id = QStringLiteral("SO-1");
    order.status = OrderStatus::Paid;
    order.service = QStringLiteral("Standard");
    order.promisedDate = today.addDays(3);
    order.shipTo = test::testAddress(QStringLiteral("Ann"));
    order.lines = {OrderLine{1, milk, 6, Money::fromMinor(500)}};
    WH_REQUIRE_OK(store.reserve(acme, actor, order));
    WH_REQUIRE_OK(
        store.receive(beta, actor, {QStringLiteral("BETA-SKU1"), QStringLiteral("BETA-BULK"), {}, {}, 99}));
    // Two days on, lot L2 (20 in bulk, 6 of them reserved first-expiry-first) has expired.
    f.clock().set(test::fixedNow().addDays(2));
    const auto pendingBefore = store.counts()->outboxPending;

    auto receipt = store.takeSnapshot(acme, actor);
    WH_REQUIRE_OK(receipt);
    REQUIRE(receipt->events.size() == 1);
    const RecordedEvent& e = receipt->events.first();
    CHECK(e.type == EventType::StockSnapshot);
    CHECK(e.tenantId == QStringLiteral("acme"));
    CHECK(e.aggregateType == QStringLiteral("tenant"));
    CHECK(e.aggregateId == QStringLiteral("acme"));
    const QJsonObject p = e.payloadObject();
    CHECK(p.value(QStringLiteral("complete")).toBool());
    CHECK(p.value(QStringLiteral("reason")).toString() == QStringLiteral("on_demand"));
    CHECK(p.value(QStringLiteral("takenAt")).toInteger() == test::fixedNow().addDays(2).toMSecsSinceEpoch());
    const auto skus = skusOf(e);
    REQUIRE(skus.size() == 2);           // beta's SKU is not acme's business
    CHECK(skus.value(milk).first == 37); // every unit in the building
    CHECK(skus.value(milk).second ==
          10); // only L1 in the pick face: L2 expired, QA and receiving not sellable
    CHECK(skus.value(idle.code) == QPair<std::int64_t, std::int64_t>{0, 0});
    CHECK(skus.value(milk).second == store.sellable(acme, milk).value()); // the same figure the rules use
    // For the central service: one outbox row.
    CHECK(store.counts()->outboxPending == pendingBefore + 1);
    auto pending = store.outbox().pendingAfter(receipt->firstSeq - 1, 10);
    WH_REQUIRE_OK(pending);
    REQUIRE(pending->size() == 1);
    CHECK(pending->first().type == EventType::StockSnapshot);

    // Beta's own snapshot names only beta's SKU.
    auto betaSnapshot = store.takeSnapshot(beta, actor, SnapshotReason::Scheduled);
    WH_REQUIRE_OK(betaSnapshot);
    const auto betaSkus = skusOf(betaSnapshot->events.first());
    CHECK(betaSkus.keys() == QList<QString>{QStringLiteral("BETA-SKU1")});
    CHECK(betaSnapshot->events.first().payloadObject().value(QStringLiteral("reason")).toString() ==
          QStringLiteral("scheduled"));

    const auto rebuilt = store.rebuildInto(f.dirPath() + QStringLiteral("/rebuilt.db"));
    WH_REQUIRE_OK(rebuilt);
    CHECK(rebuilt->equal());
}

TEST_CASE("a snapshot is refused to those without the permission and for unknown tenants", "[snapshot]")
{
    StoreFixture f;
    db::Store& store = f.store();
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    const QString before = test::dumpDatabase(store.connection());
    const Actor picker{QStringLiteral("pia"), QStringLiteral("station-1"), Role::Picker, {}};
    auto refused = store.takeSnapshot(acme, picker);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(refused.error().message.contains(QStringLiteral("snapshot")));
    auto unknown = store.takeSnapshot(TenantContext(QStringLiteral("ghost")), f.actor());
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::UnknownTenant);
    CHECK(test::dumpDatabase(store.connection()) == before);
    // The scheduler acts as the system: allowed.
    const Actor system{QStringLiteral("scheduler"), QStringLiteral("appliance"), Role::System, {}};
    WH_REQUIRE_OK(store.takeSnapshot(acme, system, SnapshotReason::Scheduled));
}

TEST_CASE("a snapshot of 10,000 SKUs is one event in the outbox", "[snapshot]")
{
    db::StoreOptions options;
    options.durability = db::StoreOptions::Durability::Normal;
    StoreFixture f(options);
    db::Store& store = f.store();
    const TenantContext big = f.addTenant(QStringLiteral("big"));
    QList<db::Store::Handler> handlers;
    QList<Sku> skus;
    for (int i = 0; i < 10000; ++i) {
        Sku sku;
        sku.code = QStringLiteral("BIG-%1").arg(i, 6, 10, QLatin1Char('0'));
        skus.append(sku);
    }
    for (const Sku& sku : skus)
        handlers.append([&sku](Inventory& inv) { return inv.defineSku(sku); });
    for (int i = 0; i < 10000; i += 7)
        handlers.append([&skus, i](Inventory& inv) {
            return inv.receive({skus[i].code, QStringLiteral("BIG-BULK"), {}, {}, 1000 + i});
        });
    WH_REQUIRE_OK(store.executeBatch(big, f.actor(), handlers));

    QElapsedTimer timer;
    timer.start();
    auto receipt = store.takeSnapshot(big, f.actor());
    WH_REQUIRE_OK(receipt);
    WARN("snapshot of 10,001 SKUs: " << timer.elapsed() << " ms, " << receipt->events.first().payload.size()
                                     << " bytes");
    const auto listed = skusOf(receipt->events.first());
    CHECK(listed.size() == 10001); // with the fixture's own SKU
    CHECK(listed.value(QStringLiteral("BIG-000007")).first == 1007);
    auto pending = store.outbox().pendingAfter(receipt->firstSeq - 1, 10);
    WH_REQUIRE_OK(pending);
    REQUIRE(pending->size() == 1);
    CHECK(pending->first().payload == receipt->events.first().payload);
    // Well below MQTT's 256 MB limit; the sync engine sends an event above its 512 KiB batch size in a
    // message of its own.
    CHECK(pending->first().payload.size() < 1024 * 1024);
}
