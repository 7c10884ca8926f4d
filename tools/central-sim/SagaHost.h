#pragma once

// Carries out what the order sagas ask (Saga.h): the gateway that takes a client's order (rate limit, intake,
// pricing), the payment service (submitted, polled), the router over the appliances' stock snapshots, the
// commands to the warehouses, the notifications and the simulated carrier's deliveries. Every call runs
// inside the caller's store transaction, so a saga's new state, its status change, its payment rows, its
// notifications and its commands are stored together or not at all (docs/central-sagas.md).
//
// The payment provider is simulated in this process: after a restart its ledger is the one the store's
// payment rows describe, and operations that were in flight are submitted again under their keys.

#include "CentralSim.h"
#include "CustomerBook.h"
#include "OrderIntake.h"
#include "Payment.h"
#include "RateCards.h"
#include "RateLimiter.h"
#include "Saga.h"
#include "SagaStore.h"
#include "StockView.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>
#include <functional>

namespace wh::central {

struct SagaConfig
{
    ProviderConfig provider;
    RetryPolicy retry;
    BreakerConfig breaker;
    FraudConfig fraud;
    RateCards cards = RateCards::defaults();
    double intakePerSecond = 200; // per tenant: the gateway's rate limit
    double intakeBurst = 400;
    std::int64_t deliveryMs = 3000;      // the simulated carrier delivers this long after the shipment
    std::int64_t reauthorizeEveryMs = 60000; // how often open orders' authorisations are looked at
};

// The answer to a customer's modification: accepted (the saga takes it: authorisation and ModifyOrder follow)
// or refused with a code and plain words. The codes: unknown_order, too_late, busy, split_order, unchanged,
// and intake's own for the new lines (invalid_request, too_many_items, unknown_sku, value_too_low,
// value_too_high, and the customer's).
struct ModifyDecision
{
    bool accepted = false;
    QString code;
    QString message;
    PricedOrder price; // the new lines' price, when accepted
};

class SagaHost
{
public:
    // Sends a numbered command to a warehouse (CentralSim::newCommand): stored with the caller's transaction.
    using SendCommand = std::function<void(const QString& warehouse, const QString& tenant, const QString& type,
                                           const QByteArray& body, const QString& orderId, QList<Publish>& out)>;

    SagaHost(CentralStore& store, const Catalog& catalog, CustomerBook customers, SagaConfig config,
             SendCommand send, std::int64_t nowMs);

    // The gateway. Accepted: the saga starts (PendingPayment, authorisation submitted); `orderId` is its order
    // number. A request id seen before answers as it did the first time and starts nothing.
    // `plan`: the simulated customer cancels once the order reaches that status (Paid, Processing, Shipped).
    // `modifyPlan`: the simulated customer adds one unit to line 1 once the order reaches that status.
    IntakeDecision placeOrder(const OrderRequest& request, std::int64_t nowMs, QString* orderId,
                              QList<Publish>& out, const QString& plan = {}, const QString& modifyPlan = {});
    // The customer's modification: the order's new full set of lines, checked by intake's rules (at most 50
    // items, goods between $5.00 and $10,000.00, SKUs the merchant sells) and priced by the rate cards.
    ModifyDecision modifyOrder(const QString& tenant, const QString& orderId, const QList<OrderLineRequest>& lines,
                               std::int64_t nowMs, QList<Publish>& out, const QString& reason = {});
    // A ModifyOrder refused outright by the appliance's rules (no ModifyRejected follows): the change ends.
    void onModifyRefused(const QString& warehouse, const QString& tenant, const QString& orderId,
                         const QString& code, std::int64_t nowMs, QList<Publish>& out);
    // The customer's cancellation; false when there is no such order of the tenant.
    bool cancelOrder(const QString& tenant, const QString& orderId, const QString& reason, std::int64_t nowMs,
                     QList<Publish>& out);
    // An appliance's event that concerns a saga, or a StockSnapshot.
    void onEvent(const QString& warehouse, const QString& tenant, const protocol::WireEvent& event,
                 const QJsonObject& payload, std::int64_t nowMs, QList<Publish>& out);
    // A ReserveInventory refused outright (not a ReservationFailed: the warehouse registered nothing).
    void onReservationRefused(const QString& warehouse, const QString& tenant, const QString& orderId,
                              std::int64_t nowMs, QList<Publish>& out);
    // Payment results, deliveries and re-authorisations that are due.
    void tick(std::int64_t nowMs, QList<Publish>& out);

    bool hasSaga(const QString& tenant, const QString& orderId);
    // No payment in flight and no delivery due: what is left waits on the appliances or on nobody.
    bool quiet(std::int64_t nowMs);
    std::int64_t accepted() const { return m_accepted; }
    std::int64_t rejected() const { return m_rejected; }
    // Sagas not in a terminal state nor in a waiting state that ends by itself (payment, delivery...).
    std::int64_t openSagas();
    QJsonObject summary(std::int64_t nowMs);
    // The saga checks (docs/central-sagas.md): each violation in plain words.
    QStringList check(std::int64_t nowMs);

    SagaStore& sagaStore() { return m_sagas; }
    PaymentService& payments() { return m_payments; }
    const StockView& stock() const { return m_stock; }

private:
    void apply(OrderSaga& saga, QList<SagaAction> actions, std::int64_t nowMs, QList<Publish>& out);
    void save(const OrderSaga& saga, std::int64_t nowMs);
    std::optional<OrderSaga> load(const QString& tenant, const QString& orderId);
    void submitPayment(const OrderSaga& saga, const SagaAction& action, std::int64_t nowMs);
    QJsonObject runMetrics(std::int64_t nowMs);
    static QJsonArray alerts(const QJsonObject& metrics, const QJsonObject& steps);
    // modifyOrder on a loaded saga: checked, priced and, when taken, carried out and saved.
    ModifyDecision modify(OrderSaga& saga, const QList<OrderLineRequest>& lines, const QString& reason,
                          std::int64_t nowMs, QList<Publish>& out);
    QByteArray reserveBody(const OrderSaga& saga, const QString& warehouse, const QList<SagaLine>& lines) const;

    CentralStore& m_store;
    SagaStore m_sagas;
    const Catalog& m_catalog;
    CustomerBook m_customers;
    SagaConfig m_config;
    SendCommand m_send;
    PaymentService m_payments;
    StockView m_stock;
    OrderIntake m_intake;
    RateLimiter m_limiter;
    std::int64_t m_accepted = 0;
    std::int64_t m_rejected = 0;
    QMap<QString, std::int64_t> m_rejections; // by code
    std::int64_t m_modifyAccepted = 0;
    QMap<QString, std::int64_t> m_modifyRefusals; // by code, at the gateway
    std::int64_t m_nextReauthorizeMs = 0;
    std::int64_t m_startedMs = 0;
};

} // namespace wh::central
