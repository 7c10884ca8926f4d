#pragma once

// One customer order's saga on the central side (design record sections 8.2 and 10.1), as a pure state
// machine: fed what happened (a payment result, an appliance's event, a routing answer, a customer's
// cancellation), it changes its state and returns the actions its host must carry out. The host saves the
// new state and the actions' outbox rows in one transaction, so a restart neither loses nor repeats an
// action; every action carries an idempotency key (payments) or goes out as a numbered command (warehouses).
// The state serialises to JSON, so any store keeps it. docs/central-sagas.md has the rules.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <optional>

namespace wh::central {

struct SagaLine
{
    int lineNo = 0;
    QString sku;
    std::int64_t quantity = 0;
    std::int64_t unitPriceMinor = 0;
};

// The order's share at one warehouse.
struct SagaPart
{
    enum class State
    {
        Requested,  // ReserveInventory sent, no answer yet
        Reserved,   // InventoryReserved
        Failed,     // ReservationFailed: the warehouse registered nothing
        Cancelling, // CancelOrder sent
        Cancelled,  // OrderCancelled (or the reservation never existed)
        Shipped,    // ShipmentConfirmed: captured
        Returning,  // CreateRma sent after a cancellation came too late
        Returned,   // ReturnReceived: refunded
    };
    QString warehouse;
    QList<SagaLine> lines;
    State state = State::Requested;
    std::int64_t captureMinor = 0;  // what its shipment asked to capture (fixed when it shipped)
    std::int64_t capturedMinor = 0; // what the provider captured
    std::int64_t refundedMinor = 0;
    bool refundDue = false; // returned before its capture landed: refunded once it does
    QString carrier;
    QStringList trackingNumbers;
};
QString sagaPartStateName(SagaPart::State state);
std::optional<SagaPart::State> sagaPartStateFromName(const QString& name);

struct SagaAction
{
    enum class Kind
    {
        SetStatus, // the order's status moves to `status` (the host checks the transition table)
        Authorize, // payment: `key`, `amountMinor`
        Capture,   // payment: `key`, `amountMinor`, `authorizationId`
        Void,      // payment: `key`, `authorizationId`
        Refund,    // payment: `key`, `amountMinor`, `authorizationId`
        Route,     // ask the router for `lines`, never to `excluded`; answer with onRouted()
        Reserve,   // ReserveInventory of `lines` to `warehouse`
        Cancel,    // CancelOrder to `warehouse`
        CreateRma, // CreateRma of `lines` to `warehouse`, as `key` (the RMA id)
        Notify,    // a customer notification: `notification` (confirmation, shipped, delivered, cancelled,
                   // refunded, modified), `detail`
        Modify,    // ModifyOrder of the new full set of `lines` to `warehouse`, `detail`: the reason
    };
    Kind kind = Kind::SetStatus;
    QString status;
    QString key;
    std::int64_t amountMinor = 0;
    QString authorizationId;
    QString warehouse;
    QList<SagaLine> lines;
    QStringList excluded;
    QString notification;
    QString detail;
};
QString sagaActionKindName(SagaAction::Kind kind);

// A payment operation's end as the saga needs it (the payment service's result, reduced).
struct SagaPayment
{
    enum class Outcome
    {
        Approved,
        Declined, // the issuer said no
        Rejected, // fraud
        Review,   // interim: a fraud review is open
        Failed,   // the provider could not be reached before the deadline
        Expired,  // a capture on an expired authorisation: no money moved
    };
    QString key;
    Outcome outcome = Outcome::Approved;
    QString code;
    QString authorizationId;
    std::int64_t amountMinor = 0;
    std::int64_t expiresAtMs = 0;
};

// A customer's change to the order's lines (FR8), priced by the host with intake's rules and rate cards.
// The saga keeps every one it started: the order's history shows what was asked, what became of it, why.
struct SagaModification
{
    int number = 0;  // 1, 2, ... per order
    QString state;   // authorizing (a new authorisation in flight), warehouse (ModifyOrder sent), committed,
                     // refused
    QString reason;  // the customer's words, sent with ModifyOrder
    QString refusal; // why it was refused: payment_declined:<code>, PickingStarted, InsufficientStock, ...
    QList<SagaLine> lines; // the new full set
    std::int64_t goodsMinor = 0;
    std::int64_t shippingMinor = 0;
    std::int64_t taxMinor = 0;
    std::int64_t totalMinor = 0;
    // When the new total is more than is authorised: the new authorisation (auth:<tenant>:<order>:<n>).
    QString authorizationKey;
    QString authorizationId;
    std::int64_t authorizedMinor = 0;
    std::int64_t authorizationExpiresAtMs = 0;
    QString supersededAuthorizationId; // committed: the authorisation the new one replaced (voided)
    bool pending() const
    {
        return state == QLatin1String("authorizing") || state == QLatin1String("warehouse");
    }
};

// Why the saga will not take a modification now: `code` (too_late, busy, split_order) and plain words.
struct SagaRefusal
{
    QString code;
    QString message;
};

class OrderSaga
{
public:
    struct State
    {
        QString tenant;
        QString orderId;
        QString status = QStringLiteral("Draft");
        QString reason;  // why it was cancelled, when it was
        QString waiting; // a documented waiting state: payment, fraud_review, routing, reservation,
                         // cancellation, modification, shipment, delivery, return; empty when terminal
        std::int64_t goodsMinor = 0;
        std::int64_t totalMinor = 0; // goods + shipping + tax: what is authorised
        QList<SagaLine> lines;
        QList<SagaPart> parts;
        QStringList excluded; // warehouses that failed this order
        QString authorizationId;
        std::int64_t authorizedMinor = 0;
        std::int64_t authorizationExpiresAtMs = 0;
        int authorizations = 0; // keys auth:<tenant>:<order>:<n>
        QString pendingKey;     // the authorisation in flight
        QString oldAuthorizationId; // replaced by a re-authorisation: voided once the new one holds
        bool cancelRequested = false;
        bool voided = false;
        QList<SagaModification> modifications; // every modification started, the last one possibly in flight
        // What the host needs to build commands and payments: customer, service, ship-to, promised date,
        // split allowed. The saga itself does not read it.
        QJsonObject order;
        QJsonObject toJson() const;
        static std::optional<State> fromJson(const QJsonObject& json);
    };

    explicit OrderSaga(State state)
        : m_state(std::move(state))
    {}
    const State& state() const { return m_state; }

    // Draft -> PendingPayment, and the authorisation of the total.
    QList<SagaAction> start();
    QList<SagaAction> onPayment(const SagaPayment& payment);
    // The router's answer to a Route action: parts to reserve, or the SKUs no warehouse can serve.
    QList<SagaAction> onRouted(const QList<SagaPart>& parts, const QStringList& unroutable);
    // The appliances' answers.
    QList<SagaAction> onReserved(const QString& warehouse);
    QList<SagaAction> onReservationFailed(const QString& warehouse);
    QList<SagaAction> onShortfall(const QString& warehouse, const QList<SagaLine>& missing);
    QList<SagaAction> onShipped(const QString& warehouse, const QString& carrier, const QStringList& tracking);
    QList<SagaAction> onCancelled(const QString& warehouse);
    QList<SagaAction> onCancelRejected(const QString& warehouse);
    QList<SagaAction> onReturnReceived(const QString& warehouse);
    // The carrier's word that the parcel arrived (simulated by the host).
    QList<SagaAction> onDelivered();
    // The customer's cancellation, at any stage.
    QList<SagaAction> requestCancel(const QString& reason);
    // The authorisation would expire before shipping: authorise again, void the old one once the new holds.
    QList<SagaAction> reauthorize();
    // The customer's modification of the order's lines (docs/central-sagas.md, "Changes"): taken only once
    // the order is Processing with one part reserved and nothing else in flight; `change` carries the new
    // lines and their price. A total above what is authorised is authorised first under the next key; then
    // ModifyOrder goes to the part's warehouse. Refused: `refusal` says why and nothing changes.
    QList<SagaAction> requestModify(const SagaModification& change, SagaRefusal* refusal = nullptr);
    // Whether a modification would be taken now (the stage rules of requestModify).
    std::optional<SagaRefusal> modifyRefusal() const;
    // The warehouse's answers to ModifyOrder: applied (the event's new lines, to tell a stale answer),
    // refused with a reason (ModifyRejected), or refused outright by a rule (the command's code).
    QList<SagaAction> onModified(const QString& warehouse, const QList<SagaLine>& lines);
    QList<SagaAction> onModifyRejected(const QString& warehouse, const QString& reason);
    // The modification in flight, if any.
    const SagaModification* pendingModification() const;

    bool terminal() const;
    // What a part's shipment captures: its share of the order's total by goods value, fixed when it ships.
    // The shipment that completes the order takes the total less what the others captured, so an order
    // shipped in full captures its total exactly, however it was split or re-routed.
    std::int64_t partAmount(int index) const;
    // The order's units all left in parts that shipped.
    bool shippedInFull() const;

private:
    QList<SagaAction> cancelWith(const QString& reason);
    SagaAction reroute(const QList<SagaLine>& lines) const;
    QList<SagaAction> finishCancelled();
    SagaModification* pendingModificationMut();
    QList<SagaAction> modifyAtWarehouse(const SagaModification& m) const;
    QList<SagaAction> refuseModification(SagaModification& m, const QString& refusal);
    void setStatus(const QString& status, QList<SagaAction>& out);
    SagaPart* part(const QString& warehouse, std::initializer_list<SagaPart::State> states);
    bool allParts(std::initializer_list<SagaPart::State> states) const;

    State m_state;
};

} // namespace wh::central
