// The central order saga as a pure state machine: each leg of the design record's sagas (order creation,
// payment, fulfilment across warehouses, changes and their compensations) fed what happens, checked by the
// statuses it moves through and the actions it asks its host to carry out.
#include "CentralStoreLocation.h"
#include "Protocol.h"
#include "Saga.h"
#include "SagaHost.h"
#include "SagaStore.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <memory>

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

// A change to `lines`, priced as if goods were the whole total less a 10% charge on top (the saga does not
// price: the host does, with intake's rules).
SagaModification changeTo(QList<SagaLine> lines)
{
    SagaModification m;
    m.reason = QStringLiteral("customer");
    m.lines = std::move(lines);
    for (const SagaLine& l : m.lines)
        m.goodsMinor += l.quantity * l.unitPriceMinor;
    m.taxMinor = m.goodsMinor / 10;
    m.totalMinor = m.goodsMinor + m.taxMinor;
    return m;
}

// One more unit of A: goods 4000, total 4400, above the 3300 authorised.
SagaModification moreOfA()
{
    return changeTo({SagaLine{1, QStringLiteral("A"), 3, 1000}, SagaLine{2, QStringLiteral("B"), 1, 1000}});
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

TEST_CASE("a reservation failure re-routes the part elsewhere - none left cancels and voids", "[central][saga]")
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

// ---- modification (FR8) -----------------------------------------------------------------------------------

TEST_CASE(
    "modify up: the new total is authorised first, then ModifyOrder - OrderModified commits, voids the old "
    "authorisation, and the shipment captures the new total",
    "[central][saga][modify]")
{
    OrderSaga saga = reservedAtOne();
    SagaRefusal refusal;
    QList<SagaAction> out = saga.requestModify(moreOfA(), &refusal);
    CHECK(refusal.code.isEmpty());
    REQUIRE(kinds(out) == QList<Kind>{Kind::Authorize});
    CHECK(out[0].key == QStringLiteral("auth:acme:SO-1:2"));
    CHECK(out[0].amountMinor == 4400);
    CHECK(saga.state().waiting == QStringLiteral("modification"));
    CHECK(saga.reauthorize().isEmpty()); // the change settles the authorisation first
    CHECK(saga.modifyRefusal().value().code == QStringLiteral("busy"));

    out = saga.onPayment(approved(QStringLiteral("auth:acme:SO-1:2"), 4400, QStringLiteral("au-2")));
    REQUIRE(kinds(out) == QList<Kind>{Kind::Modify});
    CHECK(out[0].warehouse == QStringLiteral("wh-1"));
    REQUIRE(out[0].lines.size() == 2);
    CHECK(out[0].lines[0].quantity == 3);
    CHECK(saga.state().authorizationId ==
          QStringLiteral("au-1")); // the old one holds until the change is made
    CHECK(saga.state().totalMinor == 3300);

    out = saga.onModified(QStringLiteral("wh-1"), moreOfA().lines);
    REQUIRE(kinds(out) == QList<Kind>{Kind::Void, Kind::Notify});
    CHECK(out[0].authorizationId == QStringLiteral("au-1"));
    CHECK(out[0].key == QStringLiteral("void:au-1"));
    CHECK(out[1].notification == QStringLiteral("modified"));
    CHECK(statuses(out).isEmpty()); // the order stays Processing
    const OrderSaga::State& s = saga.state();
    CHECK(s.authorizationId == QStringLiteral("au-2"));
    CHECK(s.authorizedMinor == 4400);
    CHECK(s.totalMinor == 4400);
    CHECK(s.goodsMinor == 4000);
    CHECK(s.lines[0].quantity == 3);
    CHECK(s.parts[0].lines[0].quantity == 3);
    CHECK(s.waiting == QStringLiteral("shipment"));
    REQUIRE(s.modifications.size() == 1);
    CHECK(s.modifications[0].state == QStringLiteral("committed"));
    CHECK(s.modifications[0].supersededAuthorizationId == QStringLiteral("au-1"));

    // The same answer again, or an answer with other lines, changes nothing.
    const QByteArray before = QJsonDocument(saga.state().toJson()).toJson();
    CHECK(saga.onModified(QStringLiteral("wh-1"), moreOfA().lines).isEmpty());
    CHECK(saga.onModifyRejected(QStringLiteral("wh-1"), QStringLiteral("PickingStarted")).isEmpty());
    CHECK(QJsonDocument(saga.state().toJson()).toJson() == before);

    out = saga.onShipped(QStringLiteral("wh-1"), QStringLiteral("DHL"), {QStringLiteral("JD")});
    REQUIRE(find(out, Kind::Capture));
    CHECK(find(out, Kind::Capture)->amountMinor == 4400);
    CHECK(find(out, Kind::Capture)->authorizationId == QStringLiteral("au-2"));
    CHECK(saga.shippedInFull());
}

TEST_CASE("modify down: the authorisation holds the lower total - no new one, the capture takes the new total",
          "[central][saga][modify]")
{
    OrderSaga saga = reservedAtOne();
    const SagaModification fewer =
        changeTo({SagaLine{1, QStringLiteral("A"), 1, 1000}, SagaLine{2, QStringLiteral("B"), 1, 1000}});
    QList<SagaAction> out = saga.requestModify(fewer);
    REQUIRE(kinds(out) == QList<Kind>{Kind::Modify});
    CHECK(out[0].lines[0].quantity == 1);
    CHECK(saga.state().authorizations == 1);
    out = saga.onModified(QStringLiteral("wh-1"), fewer.lines);
    CHECK(kinds(out) == QList<Kind>{Kind::Notify});
    CHECK(saga.state().authorizationId == QStringLiteral("au-1"));
    CHECK(saga.state().authorizedMinor == 3300);
    CHECK(saga.state().totalMinor == 2200);
    out = saga.onShipped(QStringLiteral("wh-1"), QStringLiteral("DHL"), {QStringLiteral("JD")});
    REQUIRE(find(out, Kind::Capture));
    CHECK(find(out, Kind::Capture)->amountMinor == 2200);
    CHECK(find(out, Kind::Capture)->authorizationId == QStringLiteral("au-1"));
}

TEST_CASE("the warehouse refuses the change: the new authorisation is voided, the order goes on unchanged",
          "[central][saga][modify]")
{
    const QString reason = GENERATE(QStringLiteral("PickingStarted"), QStringLiteral("InsufficientStock"));
    OrderSaga saga = reservedAtOne();
    saga.requestModify(moreOfA());
    saga.onPayment(approved(QStringLiteral("auth:acme:SO-1:2"), 4400, QStringLiteral("au-2")));
    QList<SagaAction> out = saga.onModifyRejected(QStringLiteral("wh-1"), reason);
    REQUIRE(kinds(out) == QList<Kind>{Kind::Void});
    CHECK(out[0].authorizationId == QStringLiteral("au-2"));
    const OrderSaga::State& s = saga.state();
    CHECK(s.authorizationId == QStringLiteral("au-1"));
    CHECK(s.totalMinor == 3300);
    CHECK(s.lines[0].quantity == 2);
    CHECK(s.parts[0].lines[0].quantity == 2);
    CHECK(s.waiting == QStringLiteral("shipment"));
    CHECK(s.status == QStringLiteral("Processing"));
    REQUIRE(s.modifications.size() == 1);
    CHECK(s.modifications[0].state == QStringLiteral("refused"));
    CHECK(s.modifications[0].refusal == reason);
    // A replay of the refusal, or a late OrderModified, changes nothing.
    CHECK(saga.onModifyRejected(QStringLiteral("wh-1"), reason).isEmpty());
    CHECK(saga.onModified(QStringLiteral("wh-1"), moreOfA().lines).isEmpty());
    CHECK(saga.state().totalMinor == 3300);
    out = saga.onShipped(QStringLiteral("wh-1"), QStringLiteral("DHL"), {QStringLiteral("JD")});
    REQUIRE(find(out, Kind::Capture));
    CHECK(find(out, Kind::Capture)->amountMinor == 3300);
    CHECK(find(out, Kind::Capture)->authorizationId == QStringLiteral("au-1"));
}

TEST_CASE("the new authorisation is declined: no ModifyOrder, the change is refused, the order goes on",
          "[central][saga][modify]")
{
    OrderSaga saga = reservedAtOne();
    saga.requestModify(moreOfA());
    SagaPayment declined;
    declined.key = QStringLiteral("auth:acme:SO-1:2");
    declined.outcome = Outcome::Declined;
    declined.code = QStringLiteral("insufficient_funds");
    const QList<SagaAction> out = saga.onPayment(declined);
    CHECK(out.isEmpty()); // nothing to send, nothing authorised to void
    const OrderSaga::State& s = saga.state();
    CHECK(s.status == QStringLiteral("Processing"));
    CHECK(s.waiting == QStringLiteral("shipment"));
    CHECK(s.pendingKey.isEmpty());
    CHECK(s.authorizationId == QStringLiteral("au-1"));
    CHECK(s.totalMinor == 3300);
    REQUIRE(s.modifications.size() == 1);
    CHECK(s.modifications[0].refusal == QStringLiteral("payment_declined:insufficient_funds"));
    CHECK_FALSE(saga.modifyRefusal()); // the customer may try again
    CHECK(kinds(saga.reauthorize()) == QList<Kind>{Kind::Authorize});
}

TEST_CASE("the stage rules: too late once shipped or cancelled, busy before it is reserved or while a change "
          "or a payment is in flight, split orders refused",
          "[central][saga][modify]")
{
    const auto refused = [](OrderSaga& saga) {
        SagaRefusal refusal;
        const QByteArray before = QJsonDocument(saga.state().toJson()).toJson();
        const QList<SagaAction> out = saga.requestModify(moreOfA(), &refusal);
        CHECK(out.isEmpty());
        CHECK(QJsonDocument(saga.state().toJson()).toJson() == before); // nothing changed
        CHECK_FALSE(refusal.message.isEmpty());
        return refusal.code;
    };
    SECTION("shipped, delivered")
    {
        OrderSaga saga = reservedAtOne();
        saga.onShipped(QStringLiteral("wh-1"), QStringLiteral("DHL"), {QStringLiteral("JD")});
        CHECK(refused(saga) == QStringLiteral("too_late"));
        saga.onDelivered();
        CHECK(refused(saga) == QStringLiteral("too_late"));
    }
    SECTION("being cancelled, cancelled")
    {
        OrderSaga saga = reservedAtOne();
        saga.requestCancel(QStringLiteral("customer"));
        CHECK(refused(saga) == QStringLiteral("too_late"));
        saga.onCancelled(QStringLiteral("wh-1"));
        CHECK(refused(saga) == QStringLiteral("too_late"));
    }
    SECTION("paying, routing, waiting for the reservation")
    {
        OrderSaga saga(order());
        saga.start();
        CHECK(refused(saga) == QStringLiteral("busy"));
        saga.onPayment(approved(QStringLiteral("auth:acme:SO-1:1"), 3300));
        CHECK(refused(saga) == QStringLiteral("busy"));
        saga.onRouted({partAt(QStringLiteral("wh-1"), order().lines)}, {});
        CHECK(refused(saga) == QStringLiteral("busy"));
    }
    SECTION("a re-authorisation or another change in flight")
    {
        OrderSaga saga = reservedAtOne();
        saga.reauthorize();
        CHECK(refused(saga) == QStringLiteral("busy"));
        saga.onPayment(approved(QStringLiteral("auth:acme:SO-1:2"), 3300, QStringLiteral("au-2")));
        REQUIRE(kinds(saga.requestModify(moreOfA())) == QList<Kind>{Kind::Authorize});
        CHECK(refused(saga) == QStringLiteral("busy"));
    }
    SECTION("split over two warehouses")
    {
        OrderSaga saga(order());
        saga.start();
        saga.onPayment(approved(QStringLiteral("auth:acme:SO-1:1"), 3300));
        saga.onRouted({partAt(QStringLiteral("wh-1"), {order().lines[0]}),
                       partAt(QStringLiteral("wh-2"), {order().lines[1]})},
                      {});
        saga.onReserved(QStringLiteral("wh-1"));
        saga.onReserved(QStringLiteral("wh-2"));
        REQUIRE(saga.state().status == QStringLiteral("Processing"));
        CHECK(refused(saga) == QStringLiteral("split_order"));
    }
}

TEST_CASE("the part ships while the new authorisation is in flight: the change is refused and the new "
          "authorisation voided",
          "[central][saga][modify]")
{
    OrderSaga saga = reservedAtOne();
    saga.requestModify(moreOfA());
    QList<SagaAction> out = saga.onShipped(QStringLiteral("wh-1"), QStringLiteral("DHL"), {QStringLiteral("JD")});
    REQUIRE(find(out, Kind::Capture));
    CHECK(find(out, Kind::Capture)->amountMinor == 3300);
    out = saga.onPayment(approved(QStringLiteral("auth:acme:SO-1:2"), 4400, QStringLiteral("au-2")));
    REQUIRE(kinds(out) == QList<Kind>{Kind::Void});
    CHECK(out[0].authorizationId == QStringLiteral("au-2"));
    CHECK_FALSE(saga.pendingModification());
    CHECK(saga.state().modifications[0].refusal == QStringLiteral("too_late"));
    CHECK(saga.state().totalMinor == 3300);
    CHECK(saga.state().waiting == QStringLiteral("delivery"));
}

TEST_CASE("a cancellation during a change: the change ends and its new authorisation is voided too",
          "[central][saga][modify]")
{
    SECTION("while the new authorisation is in flight")
    {
        OrderSaga saga = reservedAtOne();
        saga.requestModify(moreOfA());
        REQUIRE(kinds(saga.requestCancel(QStringLiteral("customer"))) == QList<Kind>{Kind::Cancel});
        QList<SagaAction> out = saga.onCancelled(QStringLiteral("wh-1"));
        REQUIRE(find(out, Kind::Void));
        CHECK(find(out, Kind::Void)->authorizationId == QStringLiteral("au-1"));
        CHECK(saga.state().modifications[0].refusal == QStringLiteral("cancelled"));
        out = saga.onPayment(approved(QStringLiteral("auth:acme:SO-1:2"), 4400, QStringLiteral("au-2")));
        REQUIRE(kinds(out) == QList<Kind>{Kind::Void});
        CHECK(out[0].authorizationId == QStringLiteral("au-2"));
    }
    SECTION("once ModifyOrder is out: the warehouse applies it first, then cancels; both authorisations are "
            "voided")
    {
        OrderSaga saga = reservedAtOne();
        saga.requestModify(moreOfA());
        saga.onPayment(approved(QStringLiteral("auth:acme:SO-1:2"), 4400, QStringLiteral("au-2")));
        saga.requestCancel(QStringLiteral("customer"));
        QList<SagaAction> out = saga.onModified(QStringLiteral("wh-1"), moreOfA().lines);
        REQUIRE(find(out, Kind::Void));
        CHECK(find(out, Kind::Void)->authorizationId == QStringLiteral("au-1"));
        CHECK(saga.state().waiting == QStringLiteral("cancellation"));
        out = saga.onCancelled(QStringLiteral("wh-1"));
        REQUIRE(find(out, Kind::Void));
        CHECK(find(out, Kind::Void)->authorizationId == QStringLiteral("au-2"));
        CHECK(saga.state().status == QStringLiteral("Cancelled"));
    }
}

TEST_CASE("a saga with modifications survives a round trip through JSON", "[central][saga][modify]")
{
    OrderSaga saga = reservedAtOne();
    saga.requestModify(moreOfA());
    saga.onPayment(approved(QStringLiteral("auth:acme:SO-1:2"), 4400, QStringLiteral("au-2")));
    const QByteArray json = QJsonDocument(saga.state().toJson()).toJson();
    const auto back = OrderSaga::State::fromJson(QJsonDocument::fromJson(json).object());
    REQUIRE(back);
    REQUIRE(back->modifications.size() == 1);
    CHECK(back->modifications[0].authorizationId == QStringLiteral("au-2"));
    CHECK(back->modifications[0].state == QStringLiteral("warehouse"));
    CHECK(QJsonDocument(back->toJson()).toJson() == json);
}

// ---- modification through the host ---------------------------------------------------------------------

namespace {

constexpr std::int64_t kHostStart = 1772442000000; // 2026-03-02, a Monday

struct Sent
{
    QString warehouse;
    QString type;
    QJsonObject body;
};

// A SagaHost over a real store (SQLite, or PostgreSQL with WH_CENTRAL_STORE), one warehouse with stock, one
// customer, a payment provider that answers within a millisecond and never declines by chance.
struct HostHarness
{
    explicit HostHarness(FraudConfig fraud = {})
        : store(wh::test::centralStoreLocation(dir))
    {
        QString error;
        catalog =
            *Catalog::fromJson(R"({"tenants": {"acme": {"skus": [{"sku": "ACME-1001", "unitPriceMinor": 1000},
                                                                 {"sku": "ACME-1002", "unitPriceMinor": 250}]}}})",
                               &error);
        Customer c;
        c.id = QStringLiteral("cust-1");
        c.tenant = QStringLiteral("acme");
        c.email = QStringLiteral("ann@example.com");
        c.emailVerified = true;
        c.shipTo = Address{QStringLiteral("Ann"),
                           {QStringLiteral("1 Main Street")},
                           QStringLiteral("Springfield"),
                           QStringLiteral("62701"),
                           QStringLiteral("US")};
        c.billCountry = QStringLiteral("US");
        c.paymentToken = QStringLiteral("tok_visa_4242424242");
        c.cardFingerprint = QStringLiteral("fp-1");
        CustomerBook customers;
        customers.add(c);
        SagaConfig config;
        config.provider.latencyMs = 1;
        config.provider.latencyJitterMs = 0;
        config.provider.declineRate = 0;
        config.provider.timeoutRate = 0;
        config.fraud = fraud;
        Transaction tx(store);
        host = std::make_unique<SagaHost>(
            store, catalog, customers, config,
            [this](const QString& warehouse, const QString&, const QString& type, const QByteArray& body,
                   const QString&, QList<Publish>&) {
                sent.append(Sent{warehouse, type, QJsonDocument::fromJson(body).object()});
            },
            now);
        tx.commit();
        event(QStringLiteral("StockSnapshot"),
              {{QStringLiteral("takenAt"), qint64(now - 1000)},
               {QStringLiteral("skus"),
                QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("ACME-1001")},
                                       {QStringLiteral("onHand"), 100},
                                       {QStringLiteral("available"), 100}},
                           QJsonObject{{QStringLiteral("sku"), QStringLiteral("ACME-1002")},
                                       {QStringLiteral("onHand"), 100},
                                       {QStringLiteral("available"), 100}}}}});
    }

    // An event from the appliance at wh-1, kept in the central store as the service keeps what arrives (the
    // checker's stock rule reads it there). An OrderModified comes with what the appliance writes beside it:
    // the old reservation released and the new one made.
    void event(const QString& type, QJsonObject payload)
    {
        wh::protocol::WireEvent e;
        e.type = type;
        e.aggregateType =
            type == QLatin1String("StockSnapshot") ? QStringLiteral("tenant") : QStringLiteral("order");
        e.occurredAtMs = now;
        if (type != QLatin1String("StockSnapshot"))
            payload.insert(QStringLiteral("orderId"), orderId);
        const QList<SagaLine> before = type == QLatin1String("OrderModified") ? saga().lines : QList<SagaLine>();
        keep(e.type, e.aggregateType, payload);
        Transaction tx(store);
        QList<Publish> out;
        host->onEvent(QStringLiteral("wh-1"), QStringLiteral("acme"), e, payload, now, out);
        tx.commit();
        if (type == QLatin1String("OrderModified")) {
            QList<SagaLine> after;
            for (const QJsonValue& v : payload.value(QStringLiteral("lines")).toArray())
                after.append(SagaLine{0, v.toObject().value(QStringLiteral("sku")).toString(),
                                      v.toObject().value(QStringLiteral("quantity")).toInteger(), 0});
            keep(QStringLiteral("ReservationReleased"), QStringLiteral("order"), allocations(before));
            keep(QStringLiteral("InventoryReserved"), QStringLiteral("order"), allocations(after));
        }
    }
    void keep(const QString& type, const QString& aggregateType, const QJsonObject& payload)
    {
        StoredEvent stored;
        stored.seq = ++seq;
        stored.prev = seq - 1;
        stored.id = QStringLiteral("ev-%1").arg(seq);
        stored.type = type;
        stored.aggregateType = aggregateType;
        stored.aggregateId = aggregateType == QLatin1String("order") ? orderId : QStringLiteral("acme");
        stored.version = seq;
        stored.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        Transaction tx(store);
        REQUIRE(store.insertEvent(QStringLiteral("wh-1"), QStringLiteral("acme"), stored));
        tx.commit();
    }
    QJsonObject allocations(const QList<SagaLine>& lines) const
    {
        QJsonArray array;
        for (const SagaLine& l : lines)
            array.append(QJsonObject{{QStringLiteral("sku"), l.sku},
                                     {QStringLiteral("location"), QStringLiteral("A-01")},
                                     {QStringLiteral("quantity"), qint64(l.quantity)}});
        return QJsonObject{{QStringLiteral("orderId"), orderId}, {QStringLiteral("allocations"), array}};
    }
    // Lets the payment provider answer.
    void settle()
    {
        for (int i = 0; i < 5; ++i) {
            now += 1000;
            Transaction tx(store);
            QList<Publish> out;
            host->tick(now, out);
            tx.commit();
        }
    }
    // An order of two ACME-1001 and one ACME-1002, brought to Processing at wh-1.
    void placeReserved(const QString& modifyPlan = {})
    {
        OrderRequest request;
        request.tenant = QStringLiteral("acme");
        request.requestId = QStringLiteral("req-1");
        request.customerId = QStringLiteral("cust-1");
        request.service = QStringLiteral("Standard");
        request.lines = {OrderLineRequest{QStringLiteral("ACME-1001"), 2},
                         OrderLineRequest{QStringLiteral("ACME-1002"), 1}};
        {
            Transaction tx(store);
            QList<Publish> out;
            REQUIRE(host->placeOrder(request, now, &orderId, out, {}, modifyPlan).accepted);
            tx.commit();
        }
        settle();
        REQUIRE(lastSent().type == QStringLiteral("ReserveInventory"));
        event(QStringLiteral("InventoryReserved"), allocations(saga().lines));
        REQUIRE(saga().status == QStringLiteral("Processing"));
    }
    ModifyDecision modify(const QList<OrderLineRequest>& lines, const QString& order = {})
    {
        Transaction tx(store);
        QList<Publish> out;
        const ModifyDecision d =
            host->modifyOrder(QStringLiteral("acme"), order.isEmpty() ? orderId : order, lines, now, out);
        tx.commit();
        return d;
    }
    OrderSaga::State saga()
    {
        return OrderSaga::State::fromJson(host->sagaStore().saga(QStringLiteral("acme"), orderId)->state)
            .value();
    }
    Sent lastSent() const { return sent.isEmpty() ? Sent{} : sent.constLast(); }
    QList<PaymentRow> payments(const QString& op)
    {
        QList<PaymentRow> rows;
        for (const PaymentRow& row : host->sagaStore().payments(QStringLiteral("acme"), orderId))
            if (row.op == op)
                rows.append(row);
        return rows;
    }
    QList<NotificationRow> notifications(const QString& kind)
    {
        QList<NotificationRow> rows;
        for (const NotificationRow& row : host->sagaStore().notifications(QStringLiteral("acme"), orderId))
            if (row.kind == kind)
                rows.append(row);
        return rows;
    }
    // The floor picks every unit, then hands the parcel over.
    void ship()
    {
        for (const SagaLine& l : saga().lines)
            keep(QStringLiteral("StockPicked"), QStringLiteral("order"),
                 {{QStringLiteral("orderId"), orderId},
                  {QStringLiteral("sku"), l.sku},
                  {QStringLiteral("quantity"), qint64(l.quantity)}});
        event(QStringLiteral("ShipmentConfirmed"),
              {{QStringLiteral("carrier"), QStringLiteral("DHL")},
               {QStringLiteral("trackingNumbers"), QJsonArray{QStringLiteral("JD1")}}});
        settle();
    }
    QJsonObject orderModified(const QList<std::pair<QString, std::int64_t>>& lines)
    {
        QJsonArray array;
        int lineNo = 0;
        for (const auto& [sku, quantity] : lines)
            array.append(QJsonObject{{QStringLiteral("lineNo"), ++lineNo},
                                     {QStringLiteral("sku"), sku},
                                     {QStringLiteral("quantity"), qint64(quantity)},
                                     {QStringLiteral("unitPriceMinor"), 0}});
        return QJsonObject{{QStringLiteral("reason"), QStringLiteral("customer")},
                           {QStringLiteral("lines"), array}};
    }

    QTemporaryDir dir;
    CentralStore store;
    Catalog catalog;
    std::unique_ptr<SagaHost> host;
    QList<Sent> sent;
    QString orderId;
    std::int64_t now = kHostStart;
    std::int64_t seq = 0; // the appliance's event numbers
};

// What intake charges for these lines, shipped Standard to the customer's US address.
PricedOrder priceOf(const HostHarness& h, const QList<OrderLineRequest>& lines)
{
    OrderRequest request;
    request.lines = lines;
    return OrderIntake::price(request, ShippingService::Standard, QStringLiteral("US"),
                              h.catalog.tenants.value(QStringLiteral("acme")), RateCards::defaults(),
                              QDateTime::fromMSecsSinceEpoch(h.now, Qt::UTC).date());
}

} // namespace

TEST_CASE("the host: a modification up is priced by the rate cards, authorised under the next key, sent as "
          "ModifyOrder, committed with the old authorisation voided, and captured in full at shipment",
          "[central][saga][modify]")
{
    HostHarness h;
    h.placeReserved();
    const std::int64_t oldTotal = h.saga().totalMinor;
    const QString oldAuthorization = h.saga().authorizationId;
    const QList<OrderLineRequest> lines{OrderLineRequest{QStringLiteral("ACME-1001"), 3},
                                        OrderLineRequest{QStringLiteral("ACME-1002"), 1},
                                        OrderLineRequest{QStringLiteral("ACME-1003"), 0}};
    // A SKU the merchant does not sell, or a zero quantity, is intake's refusal: nothing changes.
    CHECK(h.modify(lines).code == QStringLiteral("invalid_request"));
    const QList<OrderLineRequest> more{OrderLineRequest{QStringLiteral("ACME-1001"), 3},
                                       OrderLineRequest{QStringLiteral("ACME-1002"), 1}};
    const PricedOrder expected = priceOf(h, more);
    REQUIRE(expected.totalMinor > oldTotal);
    const ModifyDecision decision = h.modify(more);
    REQUIRE(decision.accepted);
    CHECK(decision.price.totalMinor == expected.totalMinor);
    REQUIRE(h.payments(QStringLiteral("authorize")).size() == 2);
    CHECK(h.payments(QStringLiteral("authorize"))[1].key == QStringLiteral("auth:acme:%1:2").arg(h.orderId));
    CHECK(h.payments(QStringLiteral("authorize"))[1].amountMinor == expected.totalMinor);
    CHECK(h.lastSent().type == QStringLiteral("ReserveInventory")); // not before the authorisation holds
    CHECK(h.saga().waiting == QStringLiteral("modification"));

    h.settle();
    const Sent modifyOrder = h.lastSent();
    REQUIRE(modifyOrder.type == QStringLiteral("ModifyOrder"));
    CHECK(modifyOrder.warehouse == QStringLiteral("wh-1"));
    // The body as ModifyOrder.schema.json has it: orderId, the new full set of lines, reason; nothing else.
    CHECK(modifyOrder.body.keys() ==
          QStringList{QStringLiteral("lines"), QStringLiteral("orderId"), QStringLiteral("reason")});
    CHECK(modifyOrder.body.value(QStringLiteral("orderId")).toString() == h.orderId);
    const QJsonArray sentLines = modifyOrder.body.value(QStringLiteral("lines")).toArray();
    REQUIRE(sentLines.size() == 2);
    const QJsonObject first = sentLines[0].toObject();
    CHECK(first.keys() == QStringList{QStringLiteral("lineNo"), QStringLiteral("quantity"),
                                      QStringLiteral("sku"), QStringLiteral("unitPriceMinor")});
    CHECK(first.value(QStringLiteral("lineNo")).toInt() == 1);
    CHECK(first.value(QStringLiteral("quantity")).toInteger() == 3);
    CHECK(first.value(QStringLiteral("unitPriceMinor")).toInteger() == 1000);
    CHECK(h.saga().totalMinor == oldTotal); // not before the warehouse applied it

    h.event(QStringLiteral("OrderModified"),
            h.orderModified({{QStringLiteral("ACME-1001"), 3}, {QStringLiteral("ACME-1002"), 1}}));
    h.settle();
    OrderSaga::State s = h.saga();
    CHECK(s.totalMinor == expected.totalMinor);
    CHECK(s.goodsMinor == expected.goodsMinor);
    CHECK(s.order.value(QStringLiteral("taxMinor")).toInteger() == expected.taxMinor);
    CHECK(s.authorizationId != oldAuthorization);
    REQUIRE(h.payments(QStringLiteral("void")).size() == 1);
    CHECK(h.payments(QStringLiteral("void"))[0].authorizationId == oldAuthorization);
    CHECK(h.payments(QStringLiteral("void"))[0].status == QStringLiteral("approved"));
    REQUIRE(h.notifications(QStringLiteral("modified")).size() == 1);

    // The same OrderModified again changes nothing: no second void, no second notification.
    h.event(QStringLiteral("OrderModified"),
            h.orderModified({{QStringLiteral("ACME-1001"), 3}, {QStringLiteral("ACME-1002"), 1}}));
    h.settle();
    CHECK(h.payments(QStringLiteral("void")).size() == 1);
    CHECK(h.notifications(QStringLiteral("modified")).size() == 1);
    CHECK(h.saga().totalMinor == expected.totalMinor);

    h.ship();
    REQUIRE(h.payments(QStringLiteral("capture")).size() == 1);
    CHECK(h.payments(QStringLiteral("capture"))[0].amountMinor == expected.totalMinor);
    CHECK(h.payments(QStringLiteral("capture"))[0].authorizationId == s.authorizationId);
    CHECK(h.payments(QStringLiteral("capture"))[0].status == QStringLiteral("approved"));
    CHECK(h.host->check(h.now).isEmpty());
    // Modified a second time? Too late now.
    const ModifyDecision late = h.modify(more);
    CHECK_FALSE(late.accepted);
    CHECK(late.code == QStringLiteral("too_late"));
}

TEST_CASE("the host: a modification down keeps the authorisation - refusals say why and change nothing",
          "[central][saga][modify]")
{
    HostHarness h;
    h.placeReserved();
    const QString authorization = h.saga().authorizationId;
    const QByteArray before = QJsonDocument(h.saga().toJson()).toJson();
    const auto refusedWith = [&](const QList<OrderLineRequest>& lines) {
        const ModifyDecision d = h.modify(lines);
        CHECK_FALSE(d.accepted);
        CHECK_FALSE(d.message.isEmpty());
        return d.code;
    };
    CHECK(refusedWith({OrderLineRequest{QStringLiteral("ACME-1001"), 51}}) ==
          QStringLiteral("too_many_items"));
    CHECK(refusedWith({OrderLineRequest{QStringLiteral("ACME-9999"), 1}}) == QStringLiteral("unknown_sku"));
    CHECK(refusedWith({OrderLineRequest{QStringLiteral("ACME-1002"), 1}}) == QStringLiteral("value_too_low"));
    CHECK(refusedWith({OrderLineRequest{QStringLiteral("ACME-1001"), 50},
                       OrderLineRequest{QStringLiteral("ACME-1002"), 0}}) ==
          QStringLiteral("invalid_request"));
    CHECK(refusedWith({OrderLineRequest{QStringLiteral("ACME-1001"), 2},
                       OrderLineRequest{QStringLiteral("ACME-1002"), 1}}) == QStringLiteral("unchanged"));
    {
        Transaction tx(h.store);
        QList<Publish> out;
        CHECK(h.host->modifyOrder(QStringLiteral("acme"), QStringLiteral("acme-nope"), {}, h.now, out).code ==
              QStringLiteral("unknown_order"));
        CHECK(h.host->modifyOrder(QStringLiteral("globex"), h.orderId, {}, h.now, out).code ==
              QStringLiteral("unknown_order"));
        tx.commit();
    }
    CHECK(QJsonDocument(h.saga().toJson()).toJson() == before);
    CHECK(h.lastSent().type == QStringLiteral("ReserveInventory"));

    const QList<OrderLineRequest> fewer{OrderLineRequest{QStringLiteral("ACME-1001"), 1},
                                        OrderLineRequest{QStringLiteral("ACME-1002"), 1}};
    const PricedOrder expected = priceOf(h, fewer);
    REQUIRE(h.modify(fewer).accepted);
    CHECK(h.payments(QStringLiteral("authorize")).size() == 1); // the authorisation holds the lower total
    REQUIRE(h.lastSent().type == QStringLiteral("ModifyOrder"));
    h.event(QStringLiteral("OrderModified"),
            h.orderModified({{QStringLiteral("ACME-1001"), 1}, {QStringLiteral("ACME-1002"), 1}}));
    h.settle();
    CHECK(h.saga().authorizationId == authorization);
    CHECK(h.saga().totalMinor == expected.totalMinor);
    CHECK(h.payments(QStringLiteral("void")).isEmpty());
    h.ship();
    REQUIRE(h.payments(QStringLiteral("capture")).size() == 1);
    CHECK(h.payments(QStringLiteral("capture"))[0].amountMinor == expected.totalMinor);
    CHECK(h.host->check(h.now).isEmpty());
}

TEST_CASE(
    "the host: the warehouse refuses the change (PickingStarted): the new authorisation is voided and the "
    "order ships as it was",
    "[central][saga][modify]")
{
    HostHarness h;
    h.placeReserved();
    const std::int64_t oldTotal = h.saga().totalMinor;
    const QString oldAuthorization = h.saga().authorizationId;
    REQUIRE(h.modify({OrderLineRequest{QStringLiteral("ACME-1001"), 3},
                      OrderLineRequest{QStringLiteral("ACME-1002"), 1}})
                .accepted);
    h.settle();
    REQUIRE(h.lastSent().type == QStringLiteral("ModifyOrder"));
    const QString newAuthorization = h.payments(QStringLiteral("authorize")).value(1).authorizationId;
    REQUIRE_FALSE(newAuthorization.isEmpty());
    h.event(QStringLiteral("ModifyRejected"), {{QStringLiteral("reason"), QStringLiteral("PickingStarted")},
                                               {QStringLiteral("code"), QStringLiteral("too_late_to_modify")},
                                               {QStringLiteral("status"), QStringLiteral("Processing")}});
    h.settle();
    REQUIRE(h.payments(QStringLiteral("void")).size() == 1);
    CHECK(h.payments(QStringLiteral("void"))[0].authorizationId == newAuthorization);
    const OrderSaga::State s = h.saga();
    CHECK(s.authorizationId == oldAuthorization);
    CHECK(s.totalMinor == oldTotal);
    CHECK(s.waiting == QStringLiteral("shipment"));
    REQUIRE(s.modifications.size() == 1);
    CHECK(s.modifications[0].refusal == QStringLiteral("PickingStarted"));
    CHECK(h.notifications(QStringLiteral("modified")).isEmpty());
    // Replayed, the refusal changes nothing.
    h.event(QStringLiteral("ModifyRejected"), {{QStringLiteral("reason"), QStringLiteral("PickingStarted")}});
    h.settle();
    CHECK(h.payments(QStringLiteral("void")).size() == 1);
    h.ship();
    CHECK(h.payments(QStringLiteral("capture")).value(0).amountMinor == oldTotal);
    CHECK(h.payments(QStringLiteral("capture")).value(0).authorizationId == oldAuthorization);
    CHECK(h.host->check(h.now).isEmpty());
}

TEST_CASE("the host: a new authorisation the payment service refuses sends no ModifyOrder",
          "[central][saga][modify]")
{
    // The fraud check rejects any authorisation from 40.00: the order's own total is below it, the change's
    // above it.
    FraudConfig fraud;
    fraud.highAmountMinor = 4000;
    fraud.highAmountPoints = 100;
    HostHarness h(fraud);
    h.placeReserved();
    const std::int64_t oldTotal = h.saga().totalMinor;
    REQUIRE(oldTotal < 4000);
    REQUIRE(h.modify({OrderLineRequest{QStringLiteral("ACME-1001"), 5},
                      OrderLineRequest{QStringLiteral("ACME-1002"), 1}})
                .accepted);
    h.settle();
    for (const Sent& sent : h.sent)
        CHECK(sent.type != QStringLiteral("ModifyOrder"));
    const OrderSaga::State s = h.saga();
    CHECK(s.totalMinor == oldTotal);
    CHECK(s.waiting == QStringLiteral("shipment"));
    REQUIRE(s.modifications.size() == 1);
    CHECK(s.modifications[0].state == QStringLiteral("refused"));
    CHECK(s.modifications[0].refusal.startsWith(QStringLiteral("fraud_rejected")));
    CHECK(h.payments(QStringLiteral("void")).isEmpty()); // nothing was authorised
    h.ship();
    CHECK(h.payments(QStringLiteral("capture")).value(0).amountMinor == oldTotal);
    CHECK(h.host->check(h.now).isEmpty());
}

TEST_CASE("the host: the planned modification (modifyPlan) adds one unit to line 1 once Processing",
          "[central][saga][modify]")
{
    HostHarness h;
    h.placeReserved(QStringLiteral("Processing"));
    REQUIRE(h.saga().modifications.size() == 1);
    CHECK(h.saga().modifications[0].lines[0].quantity == 3);
    h.settle();
    REQUIRE(h.lastSent().type == QStringLiteral("ModifyOrder"));
    h.event(QStringLiteral("OrderModified"),
            h.orderModified({{QStringLiteral("ACME-1001"), 3}, {QStringLiteral("ACME-1002"), 1}}));
    h.settle();
    CHECK(h.saga().lines[0].quantity == 3);
    CHECK(h.host->summary(h.now)
              .value(QStringLiteral("modifications"))
              .toObject()
              .value(QStringLiteral("committed"))
              .toInteger() == 1);
    h.ship();
    CHECK(h.payments(QStringLiteral("capture")).value(0).amountMinor == h.saga().totalMinor);
    CHECK(h.host->check(h.now).isEmpty());
}

TEST_CASE("the checker: a committed change without its void or its notification, a finished order with a change "
          "in flight",
          "[central][saga][modify]")
{
    HostHarness h;
    h.placeReserved();
    REQUIRE(h.host->check(h.now).isEmpty());
    OrderSaga::State s = h.saga();
    SagaModification committed;
    committed.number = 1;
    committed.state = QStringLiteral("committed");
    committed.lines = s.lines;
    committed.supersededAuthorizationId = QStringLiteral("au_never_voided");
    SagaModification open;
    open.number = 2;
    open.state = QStringLiteral("warehouse");
    open.lines = s.lines;
    s.modifications = {committed, open};
    s.status = QStringLiteral("Delivered");
    s.waiting.clear();
    {
        Transaction tx(h.store);
        h.host->sagaStore().saveSaga(SagaRow{s.tenant, s.orderId, s.status, s.waiting, s.toJson(), h.now, h.now});
        tx.commit();
    }
    const QStringList problems = h.host->check(h.now);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(problems.size() == 3);
    CHECK(problems.filter(QStringLiteral("left authorisation au_never_voided unvoided")).size() == 1);
    CHECK(problems.filter(QStringLiteral("Delivered with modification 2 still warehouse")).size() == 1);
    CHECK(problems.filter(QStringLiteral("1 modification(s) committed, 0 notification(s)")).size() == 1);
}
