// The checker's stock rule for the sagas: per warehouse, what an appliance holds reserved for the service's
// orders (rebuilt from the events it sent) equals what the open orders routed there still demand. Each case
// stores sagas and appliance events as the running service would, and checks what the rule finds.
#include "CentralStoreLocation.h"
#include "ReservationCheck.h"
#include "Saga.h"
#include "SagaStore.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace wh::central;

namespace {

class Fixture
{
public:
    Fixture()
        : central(wh::test::centralStoreLocation(dir))
        , sagas(central)
    {}

    // A saga of acme whose parts are as given.
    void saga(const QString& orderId, QList<SagaPart> parts)
    {
        OrderSaga::State s;
        s.tenant = QStringLiteral("acme");
        s.orderId = orderId;
        s.status = QStringLiteral("Processing");
        s.waiting = QStringLiteral("shipment");
        for (const SagaPart& p : parts)
            s.lines += p.lines;
        s.parts = std::move(parts);
        Transaction tx(central);
        sagas.saveSaga(SagaRow{s.tenant, s.orderId, s.status, s.waiting, s.toJson(), 1, 1});
        tx.commit();
    }

    // An order event as the appliance at `warehouse` sent it: allocations of `units` per SKU, or a pick.
    void event(const QString& warehouse, const QString& type, const QString& orderId,
               const QList<std::pair<QString, std::int64_t>>& units, const QString& tenant = QStringLiteral("acme"))
    {
        QJsonObject payload{{QStringLiteral("orderId"), orderId}};
        if (type == QLatin1String("StockPicked")) {
            payload.insert(QStringLiteral("sku"), units.front().first);
            payload.insert(QStringLiteral("quantity"), qint64(units.front().second));
        } else {
            QJsonArray allocations;
            int lineNo = 0;
            for (const auto& [sku, quantity] : units)
                allocations.append(QJsonObject{{QStringLiteral("lineNo"), ++lineNo},
                                               {QStringLiteral("sku"), sku},
                                               {QStringLiteral("location"), QStringLiteral("A-01")},
                                               {QStringLiteral("quantity"), qint64(quantity)}});
            payload.insert(QStringLiteral("allocations"), allocations);
        }
        const std::int64_t seq = ++m_seq[warehouse + tenant];
        StoredEvent e;
        e.seq = seq;
        e.prev = seq - 1;
        e.id = QStringLiteral("ev-%1-%2-%3").arg(warehouse, tenant).arg(seq);
        e.type = type;
        e.aggregateType = QStringLiteral("order");
        e.aggregateId = orderId;
        e.version = seq;
        e.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        Transaction tx(central);
        REQUIRE(central.insertEvent(warehouse, tenant, e));
        tx.commit();
    }

    ReservationReport check() { return checkReservations(central, sagas.sagas()); }

    QTemporaryDir dir;
    CentralStore central;
    SagaStore sagas;

private:
    QHash<QString, std::int64_t> m_seq;
};

SagaPart part(const QString& warehouse, SagaPart::State state, QList<SagaLine> lines)
{
    SagaPart p;
    p.warehouse = warehouse;
    p.state = state;
    p.lines = std::move(lines);
    return p;
}

const QString kWh1 = QStringLiteral("wh-1");
const QString kWh2 = QStringLiteral("wh-2");
const QString kA = QStringLiteral("ACME-A");
const QString kB = QStringLiteral("ACME-B");

const ReservationTotals* totalsOf(const ReservationReport& report, const QString& warehouse)
{
    for (const ReservationTotals& t : report.totals)
        if (t.warehouse == warehouse && t.tenant == QLatin1String("acme"))
            return &t;
    return nullptr;
}

} // namespace

TEST_CASE("reservations that match the open orders' demand, picked or not, pass", "[central][saga][reservations]")
{
    Fixture f;
    f.saga(QStringLiteral("SO-1"), {part(kWh1, SagaPart::State::Reserved, {{1, kA, 2, 100}, {2, kB, 1, 100}})});
    f.event(kWh1, QStringLiteral("InventoryReserved"), QStringLiteral("SO-1"), {{kA, 2}, {kB, 1}});
    // Split: the rest of SO-2 at wh-2, reserved there.
    f.saga(QStringLiteral("SO-2"), {part(kWh1, SagaPart::State::Reserved, {{1, kA, 1, 100}}),
                                    part(kWh2, SagaPart::State::Reserved, {{1, kA, 3, 100}})});
    f.event(kWh1, QStringLiteral("InventoryReserved"), QStringLiteral("SO-2"), {{kA, 1}});
    f.event(kWh2, QStringLiteral("InventoryReserved"), QStringLiteral("SO-2"), {{kA, 3}});
    // A pick consumes its reservation and the demand alike.
    f.event(kWh1, QStringLiteral("StockPicked"), QStringLiteral("SO-1"), {{kA, 2}});

    const ReservationReport report = f.check();
    CHECK(report.problems.isEmpty());
    const ReservationTotals* one = totalsOf(report, kWh1);
    REQUIRE(one);
    CHECK(one->reserved == 2); // SO-1: B 1 left; SO-2: A 1
    CHECK(one->demanded == 2);
    CHECK(one->orders == 2);
    const ReservationTotals* two = totalsOf(report, kWh2);
    REQUIRE(two);
    CHECK(two->reserved == 3);
    CHECK(two->demanded == 3);
    CHECK(report.toJson().value(QStringLiteral("problems")).toInteger() == 0);
}

TEST_CASE("a reservation applied twice is found, with the order, the warehouse and the units",
          "[central][saga][reservations]")
{
    Fixture f;
    f.saga(QStringLiteral("SO-1"), {part(kWh1, SagaPart::State::Reserved, {{1, kA, 2, 100}})});
    f.event(kWh1, QStringLiteral("InventoryReserved"), QStringLiteral("SO-1"), {{kA, 2}});
    f.event(kWh1, QStringLiteral("InventoryReserved"), QStringLiteral("SO-1"), {{kA, 2}});

    const ReservationReport report = f.check();
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.front() ==
          QStringLiteral("acme/SO-1: wh-1 holds 4 ACME-A reserved for it, its open part there demands 2 ACME-A"));
    CHECK(totalsOf(report, kWh1)->reserved == 4);
    CHECK(totalsOf(report, kWh1)->demanded == 2);
}

TEST_CASE("a cancelled or shipped part holds nothing once released or picked, and is found when it still does",
          "[central][saga][reservations]")
{
    Fixture f;
    f.saga(QStringLiteral("SO-1"), {part(kWh1, SagaPart::State::Cancelled, {{1, kA, 2, 100}})});
    f.event(kWh1, QStringLiteral("InventoryReserved"), QStringLiteral("SO-1"), {{kA, 2}});
    f.event(kWh1, QStringLiteral("ReservationReleased"), QStringLiteral("SO-1"), {{kA, 2}});
    f.saga(QStringLiteral("SO-2"), {part(kWh1, SagaPart::State::Shipped, {{1, kB, 1, 100}})});
    f.event(kWh1, QStringLiteral("InventoryReserved"), QStringLiteral("SO-2"), {{kB, 1}});
    f.event(kWh1, QStringLiteral("StockPicked"), QStringLiteral("SO-2"), {{kB, 1}});
    CHECK(f.check().problems.isEmpty());

    // A leak: SO-3 was cancelled, its reservation never released.
    f.saga(QStringLiteral("SO-3"), {part(kWh1, SagaPart::State::Cancelled, {{1, kA, 5, 100}})});
    f.event(kWh1, QStringLiteral("InventoryReserved"), QStringLiteral("SO-3"), {{kA, 5}});
    const ReservationReport report = f.check();
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.front() ==
          QStringLiteral("acme/SO-3: wh-1 holds 5 ACME-A reserved for it, its open part there demands nothing"));
}

TEST_CASE("a warehouse holding stock for an order routed elsewhere is found - parts in flight and other orders are "
          "left out",
          "[central][saga][reservations]")
{
    Fixture f;
    // Re-routed from wh-1 (failed) to wh-2; wh-1 says it reserved anyway.
    f.saga(QStringLiteral("SO-1"), {part(kWh1, SagaPart::State::Failed, {{1, kA, 2, 100}}),
                                    part(kWh2, SagaPart::State::Reserved, {{1, kA, 2, 100}})});
    f.event(kWh2, QStringLiteral("InventoryReserved"), QStringLiteral("SO-1"), {{kA, 2}});
    f.event(kWh1, QStringLiteral("InventoryReserved"), QStringLiteral("SO-1"), {{kA, 2}});
    // SO-2 was never routed to wh-2 at all.
    f.saga(QStringLiteral("SO-2"), {part(kWh1, SagaPart::State::Reserved, {{1, kB, 1, 100}})});
    f.event(kWh1, QStringLiteral("InventoryReserved"), QStringLiteral("SO-2"), {{kB, 1}});
    f.event(kWh2, QStringLiteral("InventoryReserved"), QStringLiteral("SO-2"), {{kB, 1}});
    // In flight: asked to reserve, no answer yet, though the appliance's event is already here.
    f.saga(QStringLiteral("SO-3"), {part(kWh1, SagaPart::State::Requested, {{1, kA, 7, 100}})});
    f.event(kWh1, QStringLiteral("InventoryReserved"), QStringLiteral("SO-3"), {{kA, 1}});
    // An order of the direct path: no saga, not this rule's.
    f.event(kWh1, QStringLiteral("InventoryReserved"), QStringLiteral("DIRECT-1"), {{kA, 9}});
    // Another tenant's order with the same number as a saga's: not acme's.
    f.event(kWh1, QStringLiteral("InventoryReserved"), QStringLiteral("SO-2"), {{kB, 4}}, QStringLiteral("globex"));

    const ReservationReport report = f.check();
    REQUIRE(report.problems.size() == 2);
    CHECK(report.problems.contains(
        QStringLiteral("acme/SO-1: wh-1 holds 2 ACME-A reserved for it, its open part there demands nothing")));
    CHECK(report.problems.contains(
        QStringLiteral("acme/SO-2: wh-2 holds 1 ACME-B reserved for it, but no part of the order is routed there")));
    CHECK(report.inFlight == 1);
    CHECK(totalsOf(report, kWh1)->reserved == 3); // SO-1's stray 2 and SO-2's 1; DIRECT-1 and SO-3 left out
}
