#include "Saga.h"

#include <QJsonArray>
#include <QMap>

namespace wh::central {

namespace {

using PartState = SagaPart::State;

const char* const kPartStates[] = {"requested", "reserved",  "failed",    "cancelling",
                                   "cancelled", "shipped",   "returning", "returned"};

QJsonArray linesToJson(const QList<SagaLine>& lines)
{
    QJsonArray array;
    for (const SagaLine& l : lines)
        array.append(QJsonObject{{QStringLiteral("lineNo"), l.lineNo},
                                 {QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("quantity"), qint64(l.quantity)},
                                 {QStringLiteral("unitPriceMinor"), qint64(l.unitPriceMinor)}});
    return array;
}

QList<SagaLine> linesFromJson(const QJsonArray& array)
{
    QList<SagaLine> lines;
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        lines.append(SagaLine{o.value(QStringLiteral("lineNo")).toInt(), o.value(QStringLiteral("sku")).toString(),
                              o.value(QStringLiteral("quantity")).toInteger(),
                              o.value(QStringLiteral("unitPriceMinor")).toInteger()});
    }
    return lines;
}

std::int64_t goodsOf(const QList<SagaLine>& lines)
{
    std::int64_t sum = 0;
    for (const SagaLine& l : lines)
        sum += l.quantity * l.unitPriceMinor;
    return sum;
}

SagaAction action(SagaAction::Kind kind)
{
    SagaAction a;
    a.kind = kind;
    return a;
}

// Releases an authorisation's uncaptured rest; the key makes a second void of it a replay.
SagaAction voidOf(const QString& authorizationId)
{
    SagaAction v = action(SagaAction::Kind::Void);
    v.authorizationId = authorizationId;
    v.key = QStringLiteral("void:") + authorizationId;
    return v;
}

bool active(PartState s)
{
    return s == PartState::Requested || s == PartState::Reserved || s == PartState::Cancelling;
}

bool delivered(PartState s)
{
    return s == PartState::Shipped || s == PartState::Returning || s == PartState::Returned;
}

QJsonArray modificationsToJson(const QList<SagaModification>& modifications)
{
    QJsonArray array;
    for (const SagaModification& m : modifications)
        array.append(
            QJsonObject{{QStringLiteral("number"), m.number},
                        {QStringLiteral("state"), m.state},
                        {QStringLiteral("reason"), m.reason},
                        {QStringLiteral("refusal"), m.refusal},
                        {QStringLiteral("lines"), linesToJson(m.lines)},
                        {QStringLiteral("goodsMinor"), qint64(m.goodsMinor)},
                        {QStringLiteral("shippingMinor"), qint64(m.shippingMinor)},
                        {QStringLiteral("taxMinor"), qint64(m.taxMinor)},
                        {QStringLiteral("totalMinor"), qint64(m.totalMinor)},
                        {QStringLiteral("authorizationKey"), m.authorizationKey},
                        {QStringLiteral("authorizationId"), m.authorizationId},
                        {QStringLiteral("authorizedMinor"), qint64(m.authorizedMinor)},
                        {QStringLiteral("authorizationExpiresAtMs"), qint64(m.authorizationExpiresAtMs)},
                        {QStringLiteral("supersededAuthorizationId"), m.supersededAuthorizationId}});
    return array;
}

QList<SagaModification> modificationsFromJson(const QJsonArray& array)
{
    QList<SagaModification> modifications;
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        SagaModification m;
        m.number = o.value(QStringLiteral("number")).toInt();
        m.state = o.value(QStringLiteral("state")).toString();
        m.reason = o.value(QStringLiteral("reason")).toString();
        m.refusal = o.value(QStringLiteral("refusal")).toString();
        m.lines = linesFromJson(o.value(QStringLiteral("lines")).toArray());
        m.goodsMinor = o.value(QStringLiteral("goodsMinor")).toInteger();
        m.shippingMinor = o.value(QStringLiteral("shippingMinor")).toInteger();
        m.taxMinor = o.value(QStringLiteral("taxMinor")).toInteger();
        m.totalMinor = o.value(QStringLiteral("totalMinor")).toInteger();
        m.authorizationKey = o.value(QStringLiteral("authorizationKey")).toString();
        m.authorizationId = o.value(QStringLiteral("authorizationId")).toString();
        m.authorizedMinor = o.value(QStringLiteral("authorizedMinor")).toInteger();
        m.authorizationExpiresAtMs = o.value(QStringLiteral("authorizationExpiresAtMs")).toInteger();
        m.supersededAuthorizationId = o.value(QStringLiteral("supersededAuthorizationId")).toString();
        modifications.append(m);
    }
    return modifications;
}

// The units of each SKU: two sets of lines are the same order when these agree.
QMap<QString, std::int64_t> unitsBySku(const QList<SagaLine>& lines)
{
    QMap<QString, std::int64_t> units;
    for (const SagaLine& l : lines)
        units[l.sku] += l.quantity;
    return units;
}

} // namespace

QString sagaPartStateName(SagaPart::State state)
{
    return QLatin1String(kPartStates[int(state)]);
}

std::optional<SagaPart::State> sagaPartStateFromName(const QString& name)
{
    for (int i = 0; i < int(std::size(kPartStates)); ++i)
        if (name == QLatin1String(kPartStates[i]))
            return SagaPart::State(i);
    return std::nullopt;
}

QString sagaActionKindName(SagaAction::Kind kind)
{
    static const char* const names[] = {"set_status", "authorize",  "capture", "void",       "refund",
                                        "route",      "reserve",    "cancel",  "create_rma", "notify",
                                        "modify"};
    return QLatin1String(names[int(kind)]);
}

// ---- state <-> JSON ----------------------------------------------------------------------------------------

QJsonObject OrderSaga::State::toJson() const
{
    QJsonArray partArray;
    for (const SagaPart& p : parts)
        partArray.append(QJsonObject{{QStringLiteral("warehouse"), p.warehouse},
                                     {QStringLiteral("lines"), linesToJson(p.lines)},
                                     {QStringLiteral("state"), sagaPartStateName(p.state)},
                                     {QStringLiteral("captureMinor"), qint64(p.captureMinor)},
                                     {QStringLiteral("capturedMinor"), qint64(p.capturedMinor)},
                                     {QStringLiteral("refundedMinor"), qint64(p.refundedMinor)},
                                     {QStringLiteral("refundDue"), p.refundDue},
                                     {QStringLiteral("carrier"), p.carrier},
                                     {QStringLiteral("trackingNumbers"), QJsonArray::fromStringList(p.trackingNumbers)}});
    return QJsonObject{{QStringLiteral("tenant"), tenant},
                       {QStringLiteral("orderId"), orderId},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("waiting"), waiting},
                       {QStringLiteral("goodsMinor"), qint64(goodsMinor)},
                       {QStringLiteral("totalMinor"), qint64(totalMinor)},
                       {QStringLiteral("lines"), linesToJson(lines)},
                       {QStringLiteral("parts"), partArray},
                       {QStringLiteral("excluded"), QJsonArray::fromStringList(excluded)},
                       {QStringLiteral("authorizationId"), authorizationId},
                       {QStringLiteral("authorizedMinor"), qint64(authorizedMinor)},
                       {QStringLiteral("authorizationExpiresAtMs"), qint64(authorizationExpiresAtMs)},
                       {QStringLiteral("authorizations"), authorizations},
                       {QStringLiteral("pendingKey"), pendingKey},
                       {QStringLiteral("oldAuthorizationId"), oldAuthorizationId},
                       {QStringLiteral("cancelRequested"), cancelRequested},
                       {QStringLiteral("voided"), voided},
                       {QStringLiteral("modifications"), modificationsToJson(modifications)},
                       {QStringLiteral("order"), order}};
}

std::optional<OrderSaga::State> OrderSaga::State::fromJson(const QJsonObject& json)
{
    State s;
    s.tenant = json.value(QStringLiteral("tenant")).toString();
    s.orderId = json.value(QStringLiteral("orderId")).toString();
    if (s.tenant.isEmpty() || s.orderId.isEmpty())
        return std::nullopt;
    s.status = json.value(QStringLiteral("status")).toString();
    s.reason = json.value(QStringLiteral("reason")).toString();
    s.waiting = json.value(QStringLiteral("waiting")).toString();
    s.goodsMinor = json.value(QStringLiteral("goodsMinor")).toInteger();
    s.totalMinor = json.value(QStringLiteral("totalMinor")).toInteger();
    s.lines = linesFromJson(json.value(QStringLiteral("lines")).toArray());
    for (const QJsonValue& v : json.value(QStringLiteral("parts")).toArray()) {
        const QJsonObject o = v.toObject();
        SagaPart p;
        p.warehouse = o.value(QStringLiteral("warehouse")).toString();
        p.lines = linesFromJson(o.value(QStringLiteral("lines")).toArray());
        const auto state = sagaPartStateFromName(o.value(QStringLiteral("state")).toString());
        if (!state)
            return std::nullopt;
        p.state = *state;
        p.captureMinor = o.value(QStringLiteral("captureMinor")).toInteger();
        p.capturedMinor = o.value(QStringLiteral("capturedMinor")).toInteger();
        p.refundedMinor = o.value(QStringLiteral("refundedMinor")).toInteger();
        p.refundDue = o.value(QStringLiteral("refundDue")).toBool();
        p.carrier = o.value(QStringLiteral("carrier")).toString();
        for (const QJsonValue& t : o.value(QStringLiteral("trackingNumbers")).toArray())
            p.trackingNumbers.append(t.toString());
        s.parts.append(p);
    }
    for (const QJsonValue& v : json.value(QStringLiteral("excluded")).toArray())
        s.excluded.append(v.toString());
    s.authorizationId = json.value(QStringLiteral("authorizationId")).toString();
    s.authorizedMinor = json.value(QStringLiteral("authorizedMinor")).toInteger();
    s.authorizationExpiresAtMs = json.value(QStringLiteral("authorizationExpiresAtMs")).toInteger();
    s.authorizations = json.value(QStringLiteral("authorizations")).toInt();
    s.pendingKey = json.value(QStringLiteral("pendingKey")).toString();
    s.oldAuthorizationId = json.value(QStringLiteral("oldAuthorizationId")).toString();
    s.cancelRequested = json.value(QStringLiteral("cancelRequested")).toBool();
    s.voided = json.value(QStringLiteral("voided")).toBool();
    s.modifications = modificationsFromJson(json.value(QStringLiteral("modifications")).toArray());
    s.order = json.value(QStringLiteral("order")).toObject();
    return s;
}

// ---- helpers -----------------------------------------------------------------------------------------------

void OrderSaga::setStatus(const QString& status, QList<SagaAction>& out)
{
    if (m_state.status == status)
        return;
    m_state.status = status;
    SagaAction a = action(SagaAction::Kind::SetStatus);
    a.status = status;
    out.append(a);
}

SagaPart* OrderSaga::part(const QString& warehouse, std::initializer_list<SagaPart::State> states)
{
    for (SagaPart& p : m_state.parts)
        if (p.warehouse == warehouse && std::find(states.begin(), states.end(), p.state) != states.end())
            return &p;
    return nullptr;
}

bool OrderSaga::allParts(std::initializer_list<SagaPart::State> states) const
{
    for (const SagaPart& p : m_state.parts)
        if (p.state != PartState::Failed && p.state != PartState::Cancelled &&
            std::find(states.begin(), states.end(), p.state) == states.end())
            return false;
    return true;
}

bool OrderSaga::terminal() const
{
    return m_state.status == QLatin1String("Cancelled") || m_state.status == QLatin1String("Returned") ||
           (m_state.status == QLatin1String("Delivered") && m_state.waiting.isEmpty());
}

std::int64_t OrderSaga::partAmount(int index) const
{
    const SagaPart& part = m_state.parts.at(index);
    if (part.state == PartState::Failed || part.state == PartState::Cancelled)
        return 0;
    std::int64_t orderUnits = 0;
    for (const SagaLine& l : m_state.lines)
        orderUnits += l.quantity;
    std::int64_t shippedUnits = 0;
    std::int64_t othersCaptured = 0;
    for (int i = 0; i < m_state.parts.size(); ++i) {
        const SagaPart& p = m_state.parts[i];
        if (i != index && !delivered(p.state))
            continue;
        for (const SagaLine& l : p.lines)
            shippedUnits += l.quantity;
        if (i != index)
            othersCaptured += p.captureMinor;
    }
    if (shippedUnits >= orderUnits)
        return std::max<std::int64_t>(0, m_state.totalMinor - othersCaptured);
    if (m_state.goodsMinor <= 0)
        return 0;
    return m_state.totalMinor * goodsOf(part.lines) / m_state.goodsMinor;
}

bool OrderSaga::shippedInFull() const
{
    std::int64_t orderUnits = 0;
    for (const SagaLine& l : m_state.lines)
        orderUnits += l.quantity;
    std::int64_t shippedUnits = 0;
    for (const SagaPart& p : m_state.parts)
        if (delivered(p.state))
            for (const SagaLine& l : p.lines)
                shippedUnits += l.quantity;
    return orderUnits > 0 && shippedUnits >= orderUnits;
}

SagaAction OrderSaga::reroute(const QList<SagaLine>& lines) const
{
    // Never to a warehouse that failed the order, nor to one that holds another part of it (one order id per
    // warehouse).
    SagaAction r = action(SagaAction::Kind::Route);
    r.lines = lines;
    r.excluded = m_state.excluded;
    for (const SagaPart& q : m_state.parts)
        if (!r.excluded.contains(q.warehouse))
            r.excluded.append(q.warehouse);
    return r;
}

// ---- the saga ------------------------------------------------------------------------------------------------

QList<SagaAction> OrderSaga::start()
{
    QList<SagaAction> out;
    if (m_state.status != QLatin1String("Draft"))
        return out;
    setStatus(QStringLiteral("PendingPayment"), out);
    m_state.waiting = QStringLiteral("payment");
    m_state.authorizations = 1;
    m_state.pendingKey = QStringLiteral("auth:%1:%2:1").arg(m_state.tenant, m_state.orderId);
    SagaAction a = action(SagaAction::Kind::Authorize);
    a.key = m_state.pendingKey;
    a.amountMinor = m_state.totalMinor;
    out.append(a);
    return out;
}

QList<SagaAction> OrderSaga::onPayment(const SagaPayment& payment)
{
    QList<SagaAction> out;
    using Outcome = SagaPayment::Outcome;
    // A modification's new authorisation: the saga goes on to the warehouse, or refuses the change.
    for (SagaModification& m : m_state.modifications) {
        if (m.authorizationKey.isEmpty() || payment.key != m.authorizationKey)
            continue;
        if (payment.outcome == Outcome::Review)
            return out; // still in flight: the order waits in `modification`
        if (m.state != QLatin1String("authorizing")) {
            // Approved after the modification ended (the order was cancelled meanwhile): release it at once.
            if (payment.outcome == Outcome::Approved && m.authorizationId.isEmpty()) {
                m.authorizationId = payment.authorizationId;
                out.append(voidOf(payment.authorizationId));
            }
            return out;
        }
        if (m_state.pendingKey == payment.key)
            m_state.pendingKey.clear();
        if (payment.outcome != Outcome::Approved) {
            QString refusal = payment.outcome == Outcome::Rejected   ? QStringLiteral("fraud_rejected")
                              : payment.outcome == Outcome::Declined ? QStringLiteral("payment_declined")
                                                                     : QStringLiteral("payment_unavailable");
            if (!payment.code.isEmpty())
                refusal += QLatin1Char(':') + payment.code;
            return refuseModification(m, refusal); // nothing was authorised: nothing to void
        }
        m.authorizationId = payment.authorizationId;
        m.authorizedMinor = payment.amountMinor;
        m.authorizationExpiresAtMs = payment.expiresAtMs;
        if (m_state.cancelRequested || m_state.status == QLatin1String("Cancelled"))
            return refuseModification(m, QStringLiteral("cancelled"));
        const QList<SagaAction> send = modifyAtWarehouse(m);
        if (send.isEmpty()) // the part shipped while the authorisation was in flight
            return refuseModification(m, QStringLiteral("too_late"));
        m.state = QStringLiteral("warehouse");
        return send;
    }
    if (!m_state.pendingKey.isEmpty() && payment.key == m_state.pendingKey) {
        if (payment.outcome == Outcome::Review) {
            if (m_state.authorizationId.isEmpty())
                m_state.waiting = QStringLiteral("fraud_review");
            return out;
        }
        m_state.pendingKey.clear();
        const bool reauthorization = !m_state.authorizationId.isEmpty();
        if (payment.outcome == Outcome::Approved) {
            if (m_state.status == QLatin1String("Cancelled") || m_state.voided) {
                // Cancelled while the authorisation was in flight: release it at once.
                out.append(voidOf(payment.authorizationId));
                return out;
            }
            if (reauthorization) {
                out.append(voidOf(m_state.authorizationId));
                m_state.oldAuthorizationId = m_state.authorizationId;
            }
            m_state.authorizationId = payment.authorizationId;
            m_state.authorizedMinor = payment.amountMinor;
            m_state.authorizationExpiresAtMs = payment.expiresAtMs;
            if (reauthorization)
                return out;
            setStatus(QStringLiteral("Paid"), out);
            SagaAction n = action(SagaAction::Kind::Notify);
            n.notification = QStringLiteral("confirmation");
            out.append(n);
            m_state.waiting = QStringLiteral("routing");
            SagaAction r = action(SagaAction::Kind::Route);
            r.lines = m_state.lines;
            r.excluded = m_state.excluded;
            out.append(r);
            return out;
        }
        if (reauthorization || m_state.status == QLatin1String("Cancelled"))
            return out; // the old authorisation still holds until it expires; the host may try again
        m_state.reason = payment.outcome == Outcome::Rejected   ? QStringLiteral("fraud_rejected")
                         : payment.outcome == Outcome::Declined ? QStringLiteral("payment_declined")
                                                                : QStringLiteral("payment_unavailable");
        if (!payment.code.isEmpty())
            m_state.reason += QLatin1Char(':') + payment.code;
        return finishCancelled();
    }
    // Captures and refunds: the money each part moved.
    for (SagaPart& p : m_state.parts) {
        const QString capture = QStringLiteral("cap:%1:%2:%3").arg(m_state.tenant, m_state.orderId, p.warehouse);
        const QString refund = QStringLiteral("ref:%1:%2:%3").arg(m_state.tenant, m_state.orderId, p.warehouse);
        if (payment.key == capture && payment.outcome == Outcome::Approved) {
            p.capturedMinor = payment.amountMinor;
            if (p.refundDue) {
                p.refundDue = false;
                SagaAction a = action(SagaAction::Kind::Refund);
                a.key = refund;
                a.amountMinor = p.capturedMinor;
                a.authorizationId = m_state.authorizationId;
                out.append(a);
            }
        } else if (payment.key == refund && payment.outcome == Outcome::Approved) {
            p.refundedMinor = payment.amountMinor;
        }
    }
    if (payment.key.startsWith(QLatin1String("void:")) && payment.outcome == Outcome::Approved)
        m_state.voided = payment.authorizationId == m_state.authorizationId || m_state.voided;
    return out;
}

QList<SagaAction> OrderSaga::onRouted(const QList<SagaPart>& parts, const QStringList& unroutable)
{
    QList<SagaAction> out;
    if (m_state.status == QLatin1String("Cancelled") || m_state.cancelRequested)
        return out;
    if (!unroutable.isEmpty() || parts.isEmpty())
        return cancelWith(QStringLiteral("out_of_stock:") + unroutable.join(QLatin1Char(',')));
    for (SagaPart p : parts) {
        p.state = PartState::Requested;
        m_state.parts.append(p);
        SagaAction a = action(SagaAction::Kind::Reserve);
        a.warehouse = p.warehouse;
        a.lines = p.lines;
        out.append(a);
    }
    m_state.waiting = QStringLiteral("reservation");
    return out;
}

QList<SagaAction> OrderSaga::onReserved(const QString& warehouse)
{
    QList<SagaAction> out;
    SagaPart* p = part(warehouse, {PartState::Requested});
    if (!p)
        return out;
    if (m_state.cancelRequested) {
        p->state = PartState::Cancelling;
        SagaAction a = action(SagaAction::Kind::Cancel);
        a.warehouse = warehouse;
        a.detail = m_state.reason;
        out.append(a);
        return out;
    }
    p->state = PartState::Reserved;
    if (allParts({PartState::Reserved, PartState::Shipped})) {
        setStatus(QStringLiteral("Processing"), out);
        m_state.waiting = QStringLiteral("shipment");
    }
    return out;
}

QList<SagaAction> OrderSaga::onReservationFailed(const QString& warehouse)
{
    QList<SagaAction> out;
    SagaPart* p = part(warehouse, {PartState::Requested, PartState::Cancelling});
    if (!p)
        return out;
    const bool cancelling = p->state == PartState::Cancelling;
    p->state = PartState::Failed;
    if (!m_state.excluded.contains(warehouse))
        m_state.excluded.append(warehouse);
    if (m_state.cancelRequested || cancelling) {
        bool anyActive = false;
        for (const SagaPart& q : m_state.parts)
            anyActive = anyActive || active(q.state);
        return anyActive ? out : finishCancelled();
    }
    out.append(reroute(p->lines));
    m_state.waiting = QStringLiteral("routing");
    return out;
}

QList<SagaAction> OrderSaga::onShortfall(const QString& warehouse, const QList<SagaLine>& missing)
{
    QList<SagaAction> out;
    SagaPart* p = part(warehouse, {PartState::Requested, PartState::Reserved});
    if (!p || missing.isEmpty())
        return out;
    QList<SagaLine> moving;
    for (const SagaLine& m : missing) {
        for (SagaLine& l : p->lines) {
            if (l.sku != m.sku || (m.lineNo != 0 && l.lineNo != m.lineNo))
                continue;
            const std::int64_t moved = std::min(l.quantity, m.quantity);
            l.quantity -= moved;
            if (moved > 0)
                moving.append(SagaLine{l.lineNo, l.sku, moved, l.unitPriceMinor});
            break;
        }
    }
    p->lines.removeIf([](const SagaLine& l) { return l.quantity <= 0; });
    if (moving.isEmpty())
        return out;
    out.append(reroute(moving));
    return out;
}

QList<SagaAction> OrderSaga::onShipped(const QString& warehouse, const QString& carrier,
                                       const QStringList& tracking)
{
    QList<SagaAction> out;
    SagaPart* p = part(warehouse, {PartState::Reserved, PartState::Requested, PartState::Cancelling, PartState::Returning});
    if (!p)
        return out;
    if (p->state != PartState::Returning)
        p->state = PartState::Shipped;
    p->carrier = carrier;
    p->trackingNumbers = tracking;
    const int index = int(p - m_state.parts.data());
    p->captureMinor = 0;
    p->captureMinor = partAmount(index);
    SagaAction c = action(SagaAction::Kind::Capture);
    c.key = QStringLiteral("cap:%1:%2:%3").arg(m_state.tenant, m_state.orderId, warehouse);
    c.amountMinor = p->captureMinor;
    c.authorizationId = m_state.authorizationId;
    out.append(c);
    if (allParts({PartState::Shipped, PartState::Returning, PartState::Returned})) {
        if (m_state.status == QLatin1String("Paid"))
            setStatus(QStringLiteral("Processing"), out);
        setStatus(QStringLiteral("Shipped"), out);
        QStringList numbers;
        QStringList carriers;
        for (const SagaPart& q : m_state.parts) {
            if (!delivered(q.state))
                continue;
            numbers += q.trackingNumbers;
            if (!carriers.contains(q.carrier))
                carriers.append(q.carrier);
        }
        SagaAction n = action(SagaAction::Kind::Notify);
        n.notification = QStringLiteral("shipped");
        n.detail = carriers.join(QLatin1Char(',')) + QLatin1Char(' ') + numbers.join(QLatin1Char(','));
        out.append(n);
        m_state.waiting = allParts({PartState::Shipped}) ? QStringLiteral("delivery") : QStringLiteral("return");
    }
    return out;
}

QList<SagaAction> OrderSaga::onCancelled(const QString& warehouse)
{
    QList<SagaAction> out;
    SagaPart* p = part(warehouse, {PartState::Cancelling, PartState::Reserved, PartState::Requested});
    if (!p)
        return out;
    p->state = PartState::Cancelled;
    for (const SagaPart& q : m_state.parts)
        if (active(q.state))
            return out;
    return finishCancelled();
}

QList<SagaAction> OrderSaga::onCancelRejected(const QString& warehouse)
{
    QList<SagaAction> out;
    SagaPart* p = part(warehouse, {PartState::Cancelling, PartState::Shipped, PartState::Reserved});
    if (!p)
        return out;
    // Too late: the parcel left. A return brings it back; the refund follows its receipt.
    p->state = PartState::Returning;
    SagaAction a = action(SagaAction::Kind::CreateRma);
    a.warehouse = warehouse;
    a.lines = p->lines;
    a.key = QStringLiteral("RMA-%1-%2").arg(m_state.orderId, warehouse);
    a.detail = m_state.reason;
    out.append(a);
    m_state.waiting = QStringLiteral("return");
    return out;
}

QList<SagaAction> OrderSaga::onReturnReceived(const QString& warehouse)
{
    QList<SagaAction> out;
    SagaPart* p = part(warehouse, {PartState::Returning, PartState::Shipped});
    if (!p)
        return out;
    p->state = PartState::Returned;
    if (p->capturedMinor > 0) {
        SagaAction a = action(SagaAction::Kind::Refund);
        a.key = QStringLiteral("ref:%1:%2:%3").arg(m_state.tenant, m_state.orderId, warehouse);
        a.amountMinor = p->capturedMinor;
        a.authorizationId = m_state.authorizationId;
        out.append(a);
    } else {
        p->refundDue = true; // the capture is still on its way: refunded when it lands
    }
    if (allParts({PartState::Returned})) {
        if (m_state.status == QLatin1String("Processing"))
            setStatus(QStringLiteral("Shipped"), out);
        setStatus(QStringLiteral("Returned"), out);
        SagaAction n = action(SagaAction::Kind::Notify);
        n.notification = QStringLiteral("refunded");
        n.detail = m_state.reason;
        out.append(n);
        m_state.waiting.clear();
    }
    return out;
}

QList<SagaAction> OrderSaga::onDelivered()
{
    QList<SagaAction> out;
    if (m_state.status != QLatin1String("Shipped") || !allParts({PartState::Shipped}))
        return out;
    setStatus(QStringLiteral("Delivered"), out);
    SagaAction n = action(SagaAction::Kind::Notify);
    n.notification = QStringLiteral("delivered");
    out.append(n);
    m_state.waiting.clear();
    return out;
}

QList<SagaAction> OrderSaga::requestCancel(const QString& reason)
{
    QList<SagaAction> out;
    if (m_state.status == QLatin1String("Cancelled") || m_state.status == QLatin1String("Returned") ||
        m_state.cancelRequested)
        return out;
    m_state.cancelRequested = true;
    m_state.reason = reason;
    if (m_state.status == QLatin1String("Shipped") || m_state.status == QLatin1String("Delivered")) {
        for (SagaPart& p : m_state.parts) {
            if (p.state != PartState::Shipped)
                continue;
            out += onCancelRejected(p.warehouse);
        }
        return out;
    }
    return cancelWith(reason);
}

QList<SagaAction> OrderSaga::reauthorize()
{
    QList<SagaAction> out;
    if (m_state.authorizationId.isEmpty() || !m_state.pendingKey.isEmpty() || terminal() ||
        m_state.status == QLatin1String("Shipped") || pendingModification())
        return out; // a modification in flight settles the authorisation first
    ++m_state.authorizations;
    m_state.pendingKey =
        QStringLiteral("auth:%1:%2:%3").arg(m_state.tenant, m_state.orderId).arg(m_state.authorizations);
    SagaAction a = action(SagaAction::Kind::Authorize);
    a.key = m_state.pendingKey;
    a.amountMinor = m_state.totalMinor;
    out.append(a);
    return out;
}

QList<SagaAction> OrderSaga::cancelWith(const QString& reason)
{
    QList<SagaAction> out;
    if (m_state.reason.isEmpty())
        m_state.reason = reason;
    m_state.cancelRequested = true;
    bool waiting = false;
    for (SagaPart& p : m_state.parts) {
        if (p.state == PartState::Requested || p.state == PartState::Reserved) {
            p.state = PartState::Cancelling;
            SagaAction a = action(SagaAction::Kind::Cancel);
            a.warehouse = p.warehouse;
            a.detail = m_state.reason;
            out.append(a);
        }
        waiting = waiting || active(p.state);
    }
    if (waiting) {
        m_state.waiting = QStringLiteral("cancellation");
        return out;
    }
    return out + finishCancelled();
}

QList<SagaAction> OrderSaga::finishCancelled()
{
    QList<SagaAction> out;
    bool anyShipped = false;
    for (const SagaPart& p : m_state.parts)
        anyShipped = anyShipped || delivered(p.state);
    if (anyShipped)
        return out; // a shipped part stands: the order goes on as Shipped with what left
    if (SagaModification* m = pendingModificationMut())
        out += refuseModification(*m, QStringLiteral("cancelled"));
    if (!m_state.authorizationId.isEmpty() && !m_state.voided) {
        out.append(voidOf(m_state.authorizationId));
        m_state.voided = true;
    }
    setStatus(QStringLiteral("Cancelled"), out);
    SagaAction n = action(SagaAction::Kind::Notify);
    n.notification = QStringLiteral("cancelled");
    n.detail = m_state.reason;
    out.append(n);
    m_state.waiting.clear();
    return out;
}

// ---- modification ------------------------------------------------------------------------------------

const SagaModification* OrderSaga::pendingModification() const
{
    for (const SagaModification& m : m_state.modifications)
        if (m.pending())
            return &m;
    return nullptr;
}

SagaModification* OrderSaga::pendingModificationMut()
{
    for (SagaModification& m : m_state.modifications)
        if (m.pending())
            return &m;
    return nullptr;
}

std::optional<SagaRefusal> OrderSaga::modifyRefusal() const
{
    const auto refuse = [](const char* code, const QString& message) {
        return SagaRefusal{QLatin1String(code), message};
    };
    const QString& status = m_state.status;
    if (terminal() || status == QLatin1String("Shipped") || status == QLatin1String("Delivered"))
        return refuse("too_late", QStringLiteral("the order is %1: it can no longer be changed").arg(status));
    if (m_state.cancelRequested)
        return refuse("too_late",
                      QStringLiteral("the order is being cancelled: it can no longer be changed"));
    QList<const SagaPart*> live;
    for (const SagaPart& p : m_state.parts) {
        if (delivered(p.state))
            return refuse("too_late",
                          QStringLiteral("part of the order has shipped: it can no longer be changed"));
        if (p.state != PartState::Failed && p.state != PartState::Cancelled)
            live.append(&p);
    }
    if (pendingModification())
        return refuse("busy",
                      QStringLiteral("an earlier change to the order is still being made; try again once "
                                     "it is done"));
    if (!m_state.pendingKey.isEmpty())
        return refuse("busy",
                      QStringLiteral("the order's payment is being authorised; try again once it is done"));
    if (status != QLatin1String("Processing"))
        return refuse("busy",
                      QStringLiteral("the order is still being paid for or given to a warehouse; try again "
                                     "once it is confirmed and reserved"));
    if (live.size() > 1)
        return refuse("split_order",
                      QStringLiteral("the order ships from %1 warehouses and cannot be changed; "
                                     "cancel it and order again")
                          .arg(live.size()));
    if (live.isEmpty() || live.front()->state != PartState::Reserved)
        return refuse("busy", QStringLiteral("the order is being given to a warehouse; try again once it is "
                                             "reserved"));
    return std::nullopt;
}

QList<SagaAction> OrderSaga::requestModify(const SagaModification& change, SagaRefusal* refusal)
{
    QList<SagaAction> out;
    if (const auto refused = modifyRefusal()) {
        if (refusal)
            *refusal = *refused;
        return out;
    }
    SagaModification m = change;
    m.number = int(m_state.modifications.size()) + 1;
    m.refusal.clear();
    m.authorizationId.clear();
    m.supersededAuthorizationId.clear();
    m_state.waiting = QStringLiteral("modification");
    if (m.totalMinor > m_state.authorizedMinor) {
        // More than is held: the new total is authorised first; the old authorisation stays until the
        // warehouse has applied the change.
        ++m_state.authorizations;
        m.state = QStringLiteral("authorizing");
        m.authorizationKey =
            QStringLiteral("auth:%1:%2:%3").arg(m_state.tenant, m_state.orderId).arg(m_state.authorizations);
        m_state.pendingKey = m.authorizationKey;
        SagaAction a = action(SagaAction::Kind::Authorize);
        a.key = m.authorizationKey;
        a.amountMinor = m.totalMinor;
        out.append(a);
        m_state.modifications.append(m);
        return out;
    }
    m.state = QStringLiteral("warehouse");
    m.authorizationKey.clear();
    m_state.modifications.append(m);
    return modifyAtWarehouse(m);
}

QList<SagaAction> OrderSaga::modifyAtWarehouse(const SagaModification& m) const
{
    QList<SagaAction> out;
    for (const SagaPart& p : m_state.parts) {
        if (p.state != PartState::Reserved)
            continue;
        SagaAction a = action(SagaAction::Kind::Modify);
        a.warehouse = p.warehouse;
        a.lines = m.lines;
        a.detail = m.reason;
        out.append(a);
    }
    return out;
}

QList<SagaAction> OrderSaga::refuseModification(SagaModification& m, const QString& refusal)
{
    QList<SagaAction> out;
    m.state = QStringLiteral("refused");
    m.refusal = refusal;
    if (m_state.pendingKey == m.authorizationKey && !m.authorizationKey.isEmpty())
        m_state.pendingKey.clear();
    // The compensation: a new authorisation taken for the change is released; the order keeps the old one.
    if (!m.authorizationId.isEmpty())
        out.append(voidOf(m.authorizationId));
    if (m_state.waiting == QLatin1String("modification"))
        m_state.waiting = QStringLiteral("shipment");
    return out;
}

QList<SagaAction> OrderSaga::onModified(const QString& warehouse, const QList<SagaLine>& lines)
{
    QList<SagaAction> out;
    SagaModification* m = pendingModificationMut();
    SagaPart* p = part(warehouse, {PartState::Reserved, PartState::Cancelling});
    // Only the answer to the change in flight, with its lines: a replay, or the answer to an earlier change,
    // changes nothing.
    if (!m || m->state != QLatin1String("warehouse") || !p ||
        (!lines.isEmpty() && unitsBySku(lines) != unitsBySku(m->lines)))
        return out;
    m->state = QStringLiteral("committed");
    if (!m->authorizationId.isEmpty()) {
        // The new authorisation holds the new total: the one it replaces is released now, not before.
        out.append(voidOf(m_state.authorizationId));
        m->supersededAuthorizationId = m_state.authorizationId;
        m_state.oldAuthorizationId = m_state.authorizationId;
        m_state.authorizationId = m->authorizationId;
        m_state.authorizedMinor = m->authorizedMinor;
        m_state.authorizationExpiresAtMs = m->authorizationExpiresAtMs;
    }
    m_state.lines = m->lines;
    p->lines = m->lines;
    m_state.goodsMinor = m->goodsMinor;
    m_state.totalMinor = m->totalMinor;
    m_state.order.insert(QStringLiteral("shippingMinor"), qint64(m->shippingMinor));
    m_state.order.insert(QStringLiteral("taxMinor"), qint64(m->taxMinor));
    SagaAction n = action(SagaAction::Kind::Notify);
    n.notification = QStringLiteral("modified");
    n.detail = QStringLiteral("modification %1: total %2").arg(m->number).arg(m->totalMinor);
    out.append(n);
    if (m_state.waiting == QLatin1String("modification"))
        m_state.waiting = QStringLiteral("shipment");
    return out;
}

QList<SagaAction> OrderSaga::onModifyRejected(const QString& warehouse, const QString& reason)
{
    SagaModification* m = pendingModificationMut();
    if (!m || m->state != QLatin1String("warehouse") ||
        !part(warehouse,
              {PartState::Reserved, PartState::Cancelling, PartState::Shipped, PartState::Returning}))
        return {};
    return refuseModification(*m, reason.isEmpty() ? QStringLiteral("refused") : reason);
}

} // namespace wh::central
