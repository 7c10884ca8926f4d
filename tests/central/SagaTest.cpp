// The central order saga as a pure state machine: each leg of the design record's sagas (order creation,
// payment, fulfilment across warehouses, changes and their compensations) fed what happens, checked by the
// statuses it moves through and the actions it asks its host to carry out.
#include "CentralStoreLocation.h"
#include "Saga.h"
#include "SagaStore.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace wh::central;
using Kind = SagaAction::Kind;
using Outcome = SagaPayment::Outcome;

namespace {

OrderSaga::State order(std::int64_t total = 3300)
{
    OrderSaga::State s;
    s.tenant = QStringLiteral("acme");
    s.orderId = QStringLiteral("SO-1");
    s.lines = {SagaLine{1, QStringLiteral("A"), 2, 1000}, SagaLine{2, QStringLiteral("B"), 1, 1000}};
    s.goodsMinor = 3000;
    s.totalMinor = total;
    return s;
}

QList<Kind> kinds(const QList<SagaAction>& actions)
{
    QList<Kind> k;
    for (const SagaAction& a : actions)
        k.append(a.kind);
    return k;
}

const SagaAction* find(const QList<SagaAction>& actions, Kind kind)
{
    for (const SagaAction& a : actions)
        if (a.kind == kind)
            return &a;
    return nullptr;
}

QStringList statuses(const QList<SagaAction>& actions)
{
    QStringList s;
    for (const SagaAction& a : actions)
        if (a.kind == Kind::SetStatus)
            s.append(a.status);
    return s;
}

SagaPayment approved(const QString& key, std::int64_t amount, const QString& auth = QStringLiteral("au-1"))
{
    SagaPayment p;
    p.key = key;
    p.outcome = Outcome::Approved;
    p.authorizationId = auth;
    p.amountMinor = amount;
    p.expiresAtMs = 7 * 24 * 3600 * 1000LL;
    return p;
}

SagaPart partAt(const QString& warehouse, QList<SagaLine> lines)
{
    SagaPart p;
    p.warehouse = warehouse;
    p.lines = std::move(lines);
    return p;
}

// A saga brought to Processing with its whole order reserved at wh-1.
OrderSaga reservedAtOne()
{
    OrderSaga saga(order());
    saga.start();
    saga.onPayment(approved(QStringLiteral("auth:acme:SO-1:1"), 3300));
    saga.onRouted({partAt(QStringLiteral("wh-1"), order().lines)}, {});
    saga.onReserved(QStringLiteral("wh-1"));
    return saga;
}

} // namespace

TEST_CASE("the happy path: authorise, route, reserve, ship and capture, deliver", "[central][saga]")
{
    OrderSaga saga(order());
    QList<SagaAction> out = saga.start();
    CHECK(statuses(out) == QStringList{QStringLiteral("PendingPayment")});
    const SagaAction* auth = find(out, Kind::Authorize);
    REQUIRE(auth);
    CHECK(auth->key == QStringLiteral("auth:acme:SO-1:1"));
    CHECK(auth->amountMinor == 3300);
    CHECK(saga.state().waiting == QStringLiteral("payment"));

    out = saga.onPayment(approved(auth->key, 3300));
    CHECK(statuses(out) == QStringList{QStringLiteral("Paid")});
    REQUIRE(find(out, Kind::Notify));
    CHECK(find(out, Kind::Notify)->notification == QStringLiteral("confirmation"));
    REQUIRE(find(out, Kind::Route));
    CHECK(find(out, Kind::Route)->lines.size() == 2);

    out = saga.onRouted({partAt(QStringLiteral("wh-1"), order().lines)}, {});
    REQUIRE(kinds(out) == QList<Kind>{Kind::Reserve});
    CHECK(out[0].warehouse == QStringLiteral("wh-1"));

    out = saga.onReserved(QStringLiteral("wh-1"));
    CHECK(statuses(out) == QStringList{QStringLiteral("Processing")});
    CHECK(saga.state().waiting == QStringLiteral("shipment"));

    out = saga.onShipped(QStringLiteral("wh-1"), QStringLiteral("DHL"), {QStringLiteral("JD001")});
    const SagaAction* capture = find(out, Kind::Capture);
    REQUIRE(capture);
    CHECK(capture->amountMinor == 3300);
    CHECK(capture->authorizationId == QStringLiteral("au-1"));
    CHECK(statuses(out) == QStringList{QStringLiteral("Shipped")});
    REQUIRE(find(out, Kind::Notify));
    CHECK(find(out, Kind::Notify)->notification == QStringLiteral("shipped"));
    CHECK(find(out, Kind::Notify)->detail.contains(QStringLiteral("JD001")));

    out = saga.onDelivered();
    CHECK(statuses(out) == QStringList{QStringLiteral("Delivered")});
    CHECK(saga.terminal());
    // The same event again changes nothing.
    CHECK(saga.onShipped(QStringLiteral("wh-1"), QStringLiteral("DHL"), {}).isEmpty());
    CHECK(saga.onDelivered().isEmpty());
}

TEST_CASE("a declined, a fraud-rejected and an unreachable payment cancel the order with the reason",
          "[central][saga]")
{
    const auto [outcome, reason] = GENERATE(table<Outcome, const char*>({{Outcome::Declined, "payment_declined"},
                                                                        {Outcome::Rejected, "fraud_rejected"},
                                                                        {Outcome::Failed, "payment_unavailable"}}));
    OrderSaga saga(order());
    saga.start();
    SagaPayment p;
    p.key = QStringLiteral("auth:acme:SO-1:1");
    p.outcome = outcome;
    p.code = QStringLiteral("x");
    const QList<SagaAction> out = saga.onPayment(p);
    CHECK(statuses(out) == QStringList{QStringLiteral("Cancelled")});
    CHECK(saga.state().reason == QLatin1String(reason) + QStringLiteral(":x"));
    CHECK_FALSE(find(out, Kind::Void)); // nothing was authorised
    REQUIRE(find(out, Kind::Notify));
    CHECK(find(out, Kind::Notify)->notification == QStringLiteral("cancelled"));
    CHECK(saga.terminal());
}

TEST_CASE("a fraud review keeps the order waiting in PendingPayment until the decision", "[central][saga]")
{
    OrderSaga saga(order());
    saga.start();
    SagaPayment review;
    review.key = QStringLiteral("auth:acme:SO-1:1");
    review.outcome = Outcome::Review;
    CHECK(saga.onPayment(review).isEmpty());
    CHECK(saga.state().status == QStringLiteral("PendingPayment"));
    CHECK(saga.state().waiting == QStringLiteral("fraud_review"));
    CHECK(statuses(saga.onPayment(approved(review.key, 3300))) == QStringList{QStringLiteral("Paid")});
}

TEST_CASE("a reservation failure re-routes the part elsewhere; none left cancels and voids", "[central][saga]")
{
    OrderSaga saga(order());
    saga.start();
    saga.onPayment(approved(QStringLiteral("auth:acme:SO-1:1"), 3300));
    saga.onRouted({partAt(QStringLiteral("wh-1"), order().lines)}, {});
    QList<SagaAction> out = saga.onReservationFailed(QStringLiteral("wh-1"));
    const SagaAction* route = find(out, Kind::Route);
    REQUIRE(route);
    CHECK(route->excluded.contains(QStringLiteral("wh-1")));
    CHECK(route->lines.size() == 2);

    out = saga.onRouted({partAt(QStringLiteral("wh-2"), order().lines)}, {});
    REQUIRE(find(out, Kind::Reserve));
    CHECK(find(out, Kind::Reserve)->warehouse == QStringLiteral("wh-2"));
    out = saga.onReservationFailed(QStringLiteral("wh-2"));
    REQUIRE(find(out, Kind::Route));
    CHECK(find(out, Kind::Route)->excluded.contains(QStringLiteral("wh-2")));
    out = saga.onRouted({}, {QStringLiteral("A"), QStringLiteral("B")});
    CHECK(statuses(out) == QStringList{QStringLiteral("Cancelled")});
    REQUIRE(find(out, Kind::Void));
    CHECK(find(out, Kind::Void)->authorizationId == QStringLiteral("au-1"));
    CHECK(saga.state().reason.startsWith(QStringLiteral("out_of_stock")));
}

TEST_CASE("a split order: the other part's reservation is released when one part cannot be served anywhere",
          "[central][saga]")
{
    OrderSaga saga(order());
    saga.start();
    saga.onPayment(approved(QStringLiteral("auth:acme:SO-1:1"), 3300));
    saga.onRouted({partAt(QStringLiteral("wh-1"), {order().lines[0]}),
                   partAt(QStringLiteral("wh-2"), {order().lines[1]})},
                  {});
    CHECK(saga.partAmount(0) + saga.partAmount(1) == 3300);
    CHECK(saga.partAmount(0) == 2200);
    saga.onReserved(QStringLiteral("wh-1"));
    CHECK(saga.state().status == QStringLiteral("Paid")); // not all parts are reserved yet
    QList<SagaAction> out = saga.onReservationFailed(QStringLiteral("wh-2"));
    REQUIRE(find(out, Kind::Route));
    // wh-1 holds a part already: one order id per warehouse, so it is not asked again.
    CHECK(find(out, Kind::Route)->excluded.contains(QStringLiteral("wh-1")));
    out = saga.onRouted({}, {QStringLiteral("B")});
    REQUIRE(kinds(out) == QList<Kind>{Kind::Cancel});
    CHECK(out[0].warehouse == QStringLiteral("wh-1"));
    CHECK(saga.state().waiting == QStringLiteral("cancellation"));
    out = saga.onCancelled(QStringLiteral("wh-1"));
    CHECK(statuses(out) == QStringList{QStringLiteral("Cancelled")});
    CHECK(find(out, Kind::Void));
}

TEST_CASE("a split order ships in two parts: each captures its share, Shipped when the last leaves",
          "[central][saga]")
{
    OrderSaga saga(order(3301));
    saga.start();
    saga.onPayment(approved(QStringLiteral("auth:acme:SO-1:1"), 3301));
    saga.onRouted({partAt(QStringLiteral("wh-1"), {order().lines[0]}),
                   partAt(QStringLiteral("wh-2"), {order().lines[1]})},
                  {});
    saga.onReserved(QStringLiteral("wh-1"));
    CHECK(statuses(saga.onReserved(QStringLiteral("wh-2"))) == QStringList{QStringLiteral("Processing")});
    QList<SagaAction> out = saga.onShipped(QStringLiteral("wh-2"), QStringLiteral("UPS"), {QStringLiteral("1Z")});
    REQUIRE(find(out, Kind::Capture));
    const std::int64_t second = find(out, Kind::Capture)->amountMinor;
    CHECK(statuses(out).isEmpty());
    out = saga.onShipped(QStringLiteral("wh-1"), QStringLiteral("DHL"), {QStringLiteral("JD")});
    REQUIRE(find(out, Kind::Capture));
    CHECK(find(out, Kind::Capture)->amountMinor + second == 3301); // the rounding rest is not lost
    CHECK(statuses(out) == QStringList{QStringLiteral("Shipped")});
}

TEST_CASE("a part shipped before another is re-routed: the captures still add up to the total", "[central][saga]")
{
    OrderSaga saga(order(3301));
    saga.start();
    saga.onPayment(approved(QStringLiteral("auth:acme:SO-1:1"), 3301));
    saga.onRouted({partAt(QStringLiteral("wh-1"), {order().lines[0]}),
                   partAt(QStringLiteral("wh-2"), {order().lines[1]})},
                  {});
    saga.onReserved(QStringLiteral("wh-1"));
    QList<SagaAction> out = saga.onShipped(QStringLiteral("wh-1"), QStringLiteral("DHL"), {QStringLiteral("JD")});
    REQUIRE(find(out, Kind::Capture));
    const std::int64_t first = find(out, Kind::Capture)->amountMinor;
    CHECK(first == 2200); // its share by goods value: 2000 of 3000
    // wh-2 cannot serve its part after all: it goes to wh-3, which ships it.
    saga.onReservationFailed(QStringLiteral("wh-2"));
    saga.onRouted({partAt(QStringLiteral("wh-3"), {order().lines[1]})}, {});
    saga.onReserved(QStringLiteral("wh-3"));
    out = saga.onShipped(QStringLiteral("wh-3"), QStringLiteral("UPS"), {QStringLiteral("1Z")});
    REQUIRE(find(out, Kind::Capture));
    CHECK(first + find(out, Kind::Capture)->amountMinor == 3301);
    CHECK(saga.shippedInFull());
    CHECK(statuses(out) == QStringList{QStringLiteral("Shipped")});
}

TEST_CASE("a shortfall at picking re-routes only the missing units", "[central][saga]")
{
    OrderSaga saga = reservedAtOne();
    const QList<SagaAction> out = saga.onShortfall(QStringLiteral("wh-1"), {SagaLine{1, QStringLiteral("A"), 1, 0}});
    const SagaAction* route = find(out, Kind::Route);
    REQUIRE(route);
    REQUIRE(route->lines.size() == 1);
    CHECK(route->lines[0].sku == QStringLiteral("A"));
    CHECK(route->lines[0].quantity == 1);
    CHECK(route->excluded.contains(QStringLiteral("wh-1")));
    CHECK(saga.state().parts[0].lines[0].quantity == 1);
}

TEST_CASE("cancellation at every stage, each with its compensation", "[central][saga]")
{
    SECTION("while the authorisation is in flight: cancelled now, the late approval voided")
    {
        OrderSaga saga(order());
        saga.start();
        QList<SagaAction> out = saga.requestCancel(QStringLiteral("customer"));
        CHECK(statuses(out) == QStringList{QStringLiteral("Cancelled")});
        CHECK_FALSE(find(out, Kind::Void));
        out = saga.onPayment(approved(QStringLiteral("auth:acme:SO-1:1"), 3300, QStringLiteral("au-9")));
        REQUIRE(kinds(out) == QList<Kind>{Kind::Void});
        CHECK(out[0].authorizationId == QStringLiteral("au-9"));
    }
    SECTION("once reserved: the warehouse releases, then the authorisation is voided")
    {
        OrderSaga saga = reservedAtOne();
        QList<SagaAction> out = saga.requestCancel(QStringLiteral("customer"));
        REQUIRE(kinds(out) == QList<Kind>{Kind::Cancel});
        CHECK(saga.state().status == QStringLiteral("Processing"));
        out = saga.onCancelled(QStringLiteral("wh-1"));
        CHECK(kinds(out) == QList<Kind>{Kind::Void, Kind::SetStatus, Kind::Notify});
        CHECK(saga.state().status == QStringLiteral("Cancelled"));
        CHECK(saga.state().reason == QStringLiteral("customer"));
    }
    SECTION("too late, the warehouse shipped: a return, then the refund once it is received")
    {
        OrderSaga saga = reservedAtOne();
        saga.requestCancel(QStringLiteral("customer"));
        QList<SagaAction> out = saga.onCancelRejected(QStringLiteral("wh-1"));
        const SagaAction* rma = find(out, Kind::CreateRma);
        REQUIRE(rma);
        CHECK(rma->warehouse == QStringLiteral("wh-1"));
        CHECK(rma->lines.size() == 2);
        out = saga.onShipped(QStringLiteral("wh-1"), QStringLiteral("DHL"), {QStringLiteral("JD")});
        CHECK(find(out, Kind::Capture));
        CHECK(statuses(out) == QStringList{QStringLiteral("Shipped")});
        // Received before the capture landed: the refund waits for it.
        out = saga.onReturnReceived(QStringLiteral("wh-1"));
        CHECK_FALSE(find(out, Kind::Refund));
        CHECK(statuses(out) == QStringList{QStringLiteral("Returned")});
        REQUIRE(find(out, Kind::Notify));
        CHECK(find(out, Kind::Notify)->notification == QStringLiteral("refunded"));
        out = saga.onPayment(approved(QStringLiteral("cap:acme:SO-1:wh-1"), 3300));
        REQUIRE(find(out, Kind::Refund));
        CHECK(find(out, Kind::Refund)->amountMinor == 3300);
    }
    SECTION("after delivery: a return and a refund")
    {
        OrderSaga saga = reservedAtOne();
        saga.onShipped(QStringLiteral("wh-1"), QStringLiteral("DHL"), {QStringLiteral("JD")});
        saga.onPayment(approved(QStringLiteral("cap:acme:SO-1:wh-1"), 3300));
        saga.onDelivered();
        QList<SagaAction> out = saga.requestCancel(QStringLiteral("changed_mind"));
        REQUIRE(find(out, Kind::CreateRma));
        out = saga.onReturnReceived(QStringLiteral("wh-1"));
        REQUIRE(find(out, Kind::Refund));
        CHECK(find(out, Kind::Refund)->amountMinor == 3300);
        CHECK(statuses(out) == QStringList{QStringLiteral("Returned")});
        CHECK(saga.terminal());
    }
    SECTION("a second cancellation changes nothing")
    {
        OrderSaga saga = reservedAtOne();
        saga.requestCancel(QStringLiteral("customer"));
        CHECK(saga.requestCancel(QStringLiteral("again")).isEmpty());
    }
}

TEST_CASE("re-authorisation before the hold expires: the new one holds, the old one is voided", "[central][saga]")
{
    OrderSaga saga = reservedAtOne();
    QList<SagaAction> out = saga.reauthorize();
    REQUIRE(kinds(out) == QList<Kind>{Kind::Authorize});
    CHECK(out[0].key == QStringLiteral("auth:acme:SO-1:2"));
    CHECK(saga.reauthorize().isEmpty()); // one in flight at a time
    out = saga.onPayment(approved(QStringLiteral("auth:acme:SO-1:2"), 3300, QStringLiteral("au-2")));
    REQUIRE(kinds(out) == QList<Kind>{Kind::Void});
    CHECK(out[0].authorizationId == QStringLiteral("au-1"));
    CHECK(saga.state().authorizationId == QStringLiteral("au-2"));
    CHECK(saga.state().status == QStringLiteral("Processing"));
    out = saga.onShipped(QStringLiteral("wh-1"), QStringLiteral("DHL"), {});
    REQUIRE(find(out, Kind::Capture));
    CHECK(find(out, Kind::Capture)->authorizationId == QStringLiteral("au-2"));
}

TEST_CASE("the saga's state survives a round trip through JSON", "[central][saga]")
{
    OrderSaga saga = reservedAtOne();
    saga.onShortfall(QStringLiteral("wh-1"), {SagaLine{1, QStringLiteral("A"), 1, 0}});
    const QByteArray json = QJsonDocument(saga.state().toJson()).toJson();
    const auto back = OrderSaga::State::fromJson(QJsonDocument::fromJson(json).object());
    REQUIRE(back);
    CHECK(QJsonDocument(back->toJson()).toJson() == json);
    CHECK_FALSE(OrderSaga::State::fromJson(QJsonObject{}));
}

TEST_CASE("the saga store keeps state, history, payments once per key, notifications and the newest snapshot",
          "[central][saga]")
{
    QTemporaryDir dir;
    CentralStore central(wh::test::centralStoreLocation(dir));
    SagaStore store(central);
    Transaction tx(central);
    OrderSaga saga = reservedAtOne();
    store.saveSaga(SagaRow{QStringLiteral("acme"), QStringLiteral("SO-1"), saga.state().status,
                           saga.state().waiting, saga.state().toJson(), 1, 2});
    store.saveSaga(SagaRow{QStringLiteral("acme"), QStringLiteral("SO-1"), QStringLiteral("Shipped"), {},
                           saga.state().toJson(), 1, 3});
    const auto row = store.saga(QStringLiteral("acme"), QStringLiteral("SO-1"));
    REQUIRE(row);
    CHECK(row->status == QStringLiteral("Shipped"));
    CHECK(row->createdAtMs == 1);
    CHECK(row->updatedAtMs == 3);
    CHECK(OrderSaga::State::fromJson(row->state)->parts.size() == 1);
    CHECK_FALSE(store.saga(QStringLiteral("globex"), QStringLiteral("SO-1")));

    store.addStatusChange({QStringLiteral("acme"), QStringLiteral("SO-1"), 1, QStringLiteral("Draft"),
                           QStringLiteral("PendingPayment"), 5});
    CHECK(store.lastStatusSeq(QStringLiteral("acme"), QStringLiteral("SO-1")) == 1);
    CHECK(store.lastStatusSeq(QStringLiteral("acme"), QStringLiteral("SO-2")) == 0);

    PaymentRow p{QStringLiteral("auth:acme:SO-1:1"), QStringLiteral("acme"), QStringLiteral("SO-1"),
                 QStringLiteral("authorize"), 3300, {}, QStringLiteral("pending"), {}, 5, 0, 0};
    CHECK(store.insertPayment(p));
    CHECK_FALSE(store.insertPayment(p));
    CHECK(store.paymentsPending().size() == 1);
    p.status = QStringLiteral("approved");
    p.authorizationId = QStringLiteral("au-1");
    store.updatePayment(p);
    CHECK(store.paymentsPending().isEmpty());
    CHECK(store.payment(p.key)->authorizationId == QStringLiteral("au-1"));

    store.addNotification({QStringLiteral("acme"), QStringLiteral("SO-1"), 1, QStringLiteral("confirmation"), {},
                           1, 6});
    CHECK(store.countNotifications(QStringLiteral("confirmation")) == 1);
    CHECK(store.countNotifications(QStringLiteral("shipped")) == 0);
    CHECK(store.notifications(QStringLiteral("globex")).isEmpty());

    CHECK(store.saveSnapshot(QStringLiteral("wh-1"), QStringLiteral("acme"), 100, {{QStringLiteral("A"), 5}}));
    CHECK_FALSE(store.saveSnapshot(QStringLiteral("wh-1"), QStringLiteral("acme"), 99, {{QStringLiteral("A"), 9}}));
    std::int64_t taken = 0;
    CHECK(store.snapshot(QStringLiteral("wh-1"), QStringLiteral("acme"), &taken).value(QStringLiteral("A")) == 5);
    CHECK(taken == 100);
    CHECK(store.snapshot(QStringLiteral("wh-1"), QStringLiteral("globex")).isEmpty());
    tx.commit();
}
