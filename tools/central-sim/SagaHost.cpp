#include "SagaHost.h"

#include "OrderStatus.h"
#include "ReservationCheck.h"
#include "Router.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace wh::central {

namespace {

QByteArray compactJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject addressJson(const Address& a)
{
    return QJsonObject{{QStringLiteral("name"), a.name},
                       {QStringLiteral("lines"), QJsonArray::fromStringList(a.lines)},
                       {QStringLiteral("city"), a.city},
                       {QStringLiteral("postcode"), a.postcode},
                       {QStringLiteral("country"), a.country}};
}

QString paymentOpKey(PaymentOp op)
{
    return paymentOpName(op);
}

SagaPayment::Outcome sagaOutcome(PaymentResult::Status status)
{
    switch (status) {
    case PaymentResult::Status::Approved:
        return SagaPayment::Outcome::Approved;
    case PaymentResult::Status::Declined:
        return SagaPayment::Outcome::Declined;
    case PaymentResult::Status::Rejected:
        return SagaPayment::Outcome::Rejected;
    case PaymentResult::Status::Review:
        return SagaPayment::Outcome::Review;
    case PaymentResult::Status::Failed:
        return SagaPayment::Outcome::Failed;
    case PaymentResult::Status::Expired:
        return SagaPayment::Outcome::Expired;
    }
    return SagaPayment::Outcome::Failed;
}

std::int64_t percentile(QList<std::int64_t> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())));
    return values[index];
}

// The order id a return names: its own, or the one inside the RMA id the saga chose (RMA-<order>-<warehouse>).
QString returnOrderId(const QJsonObject& payload, const QString& warehouse)
{
    const QString orderId = payload.value(QStringLiteral("orderId")).toString();
    if (!orderId.isEmpty())
        return orderId;
    QString rma = payload.value(QStringLiteral("rmaId")).toString();
    const QString prefix = QStringLiteral("RMA-");
    const QString suffix = QLatin1Char('-') + warehouse;
    if (!rma.startsWith(prefix) || !rma.endsWith(suffix))
        return {};
    return rma.mid(prefix.size(), rma.size() - prefix.size() - suffix.size());
}

} // namespace

SagaHost::SagaHost(CentralStore& store, const Catalog& catalog, CustomerBook customers, SagaConfig config,
                   SendCommand send, std::int64_t nowMs)
    : m_store(store)
    , m_sagas(store)
    , m_catalog(catalog)
    , m_customers(std::move(customers))
    , m_config(std::move(config))
    , m_send(std::move(send))
    , m_payments(m_config.provider, m_config.retry, m_config.breaker, m_config.fraud)
    , m_limiter(m_config.intakePerSecond, m_config.intakeBurst)
    , m_nextReauthorizeMs(nowMs + m_config.reauthorizeEveryMs)
    , m_startedMs(nowMs)
{
    // After a restart: operations that never finished go to the provider again under their keys; the stock
    // view starts from the snapshots the store holds.
    for (const PaymentRow& row : m_sagas.paymentsPending()) {
        auto saga = load(row.tenant, row.orderId);
        if (!saga)
            continue;
        SagaAction a;
        a.kind = row.op == QLatin1String("authorize") ? SagaAction::Kind::Authorize
                 : row.op == QLatin1String("capture") ? SagaAction::Kind::Capture
                 : row.op == QLatin1String("void")    ? SagaAction::Kind::Void
                                                      : SagaAction::Kind::Refund;
        a.key = row.key;
        a.amountMinor = row.amountMinor;
        a.authorizationId = row.authorizationId;
        submitPayment(*saga, a, nowMs);
    }
}

// ---- the gateway -----------------------------------------------------------------------------------------------

IntakeDecision SagaHost::placeOrder(const OrderRequest& request, std::int64_t nowMs, QString* orderId,
                                    QList<Publish>& out, const QString& plan, const QString& modifyPlan)
{
    if (!request.requestId.isEmpty()) {
        if (auto seen = m_sagas.request(request.tenant, request.requestId)) {
            if (orderId)
                *orderId = seen->first;
            if (seen->second.isEmpty()) {
                IntakeDecision again;
                again.accepted = true;
                return again;
            }
            return IntakeDecision::reject(seen->second, QStringLiteral("the same request was refused before"));
        }
    }
    if (!m_limiter.admit(request.tenant, nowMs)) {
        ++m_rejected;
        ++m_rejections[QStringLiteral("rate_limited")];
        return IntakeDecision::rateLimited(m_limiter.retryAfterMs(request.tenant, nowMs));
    }
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date();
    const Customer* customer = m_customers.find(request.customerId);
    IntakeDecision decision = m_intake.evaluate(request, customer, m_catalog, m_stock, m_config.cards, today);
    if (!decision.accepted) {
        ++m_rejected;
        ++m_rejections[decision.code];
        if (!request.requestId.isEmpty())
            m_sagas.saveRequest(request.tenant, request.requestId, {}, decision.code, nowMs);
        return decision;
    }
    ++m_accepted;
    const QString number =
        orderNumber(request.tenant, today, m_sagas.nextSequence(QStringLiteral("order:") + request.tenant));
    if (orderId)
        *orderId = number;
    if (!request.requestId.isEmpty())
        m_sagas.saveRequest(request.tenant, request.requestId, number, {}, nowMs);

    OrderSaga::State state;
    state.tenant = request.tenant;
    state.orderId = number;
    state.goodsMinor = decision.price.goodsMinor;
    state.totalMinor = decision.price.totalMinor;
    QHash<QString, std::int64_t> prices;
    for (const CatalogSku& sku : m_catalog.tenants.value(request.tenant))
        prices.insert(sku.code, sku.unitPriceMinor);
    int lineNo = 0;
    for (const OrderLineRequest& line : request.lines)
        state.lines.append(SagaLine{++lineNo, line.sku, line.quantity, prices.value(line.sku)});
    state.order = QJsonObject{{QStringLiteral("customerId"), request.customerId},
                              {QStringLiteral("service"), request.service},
                              {QStringLiteral("allowSplit"), request.allowSplit},
                              {QStringLiteral("promisedDate"), decision.price.promisedDate.toString(Qt::ISODate)},
                              {QStringLiteral("shippingMinor"), qint64(decision.price.shippingMinor)},
                              {QStringLiteral("taxMinor"), qint64(decision.price.taxMinor)},
                              {QStringLiteral("shipTo"), addressJson(customer->shipTo)},
                              {QStringLiteral("plan"), plan},
                              {QStringLiteral("modifyPlan"), modifyPlan}};
    OrderSaga saga(state);
    m_sagas.addStatusChange(StatusChangeRow{request.tenant, number, 1, QString(), QStringLiteral("Draft"), nowMs});
    apply(saga, saga.start(), nowMs, out);
    return decision;
}

bool SagaHost::cancelOrder(const QString& tenant, const QString& orderId, const QString& reason, std::int64_t nowMs,
                           QList<Publish>& out)
{
    auto saga = load(tenant, orderId);
    if (!saga)
        return false;
    apply(*saga, saga->requestCancel(reason), nowMs, out);
    return true;
}

ModifyDecision SagaHost::modifyOrder(const QString& tenant, const QString& orderId,
                                     const QList<OrderLineRequest>& lines, std::int64_t nowMs, QList<Publish>& out,
                                     const QString& reason)
{
    auto saga = load(tenant, orderId);
    if (!saga) {
        ++m_modifyRefusals[QStringLiteral("unknown_order")];
        ModifyDecision refused;
        refused.code = QStringLiteral("unknown_order");
        refused.message = QStringLiteral("%1 has no order %2").arg(tenant, orderId);
        return refused;
    }
    return modify(*saga, lines, reason, nowMs, out);
}

ModifyDecision SagaHost::modify(OrderSaga& saga, const QList<OrderLineRequest>& lines, const QString& reason,
                                std::int64_t nowMs, QList<Publish>& out)
{
    const auto refuse = [this](const QString& code, const QString& message) {
        ++m_modifyRefusals[code];
        ModifyDecision refused;
        refused.code = code;
        refused.message = message;
        return refused;
    };
    const OrderSaga::State& s = saga.state();
    // The stage first: a customer whose order has shipped hears that, whatever the new lines are.
    if (const auto refused = saga.modifyRefusal())
        return refuse(refused->code, refused->message);
    // The new lines pass the rules an order passes at intake, in intake's order. The stock is the warehouse's
    // to judge (it holds this order's units already, which the stock view does not count as free), so
    // out_of_stock and unroutable do not refuse a change; ModifyRejected (InsufficientStock) may.
    OrderRequest request;
    request.tenant = s.tenant;
    request.requestId = QStringLiteral("modify:") + s.orderId;
    request.customerId = s.order.value(QStringLiteral("customerId")).toString();
    request.service = s.order.value(QStringLiteral("service")).toString();
    request.allowSplit = s.order.value(QStringLiteral("allowSplit")).toBool(true);
    request.lines = lines;
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date();
    const Customer* customer = m_customers.find(request.customerId);
    const IntakeDecision checked = m_intake.evaluate(request, customer, m_catalog, m_stock, m_config.cards, today);
    if (!checked.accepted && checked.code != QLatin1String("out_of_stock") &&
        checked.code != QLatin1String("unroutable"))
        return refuse(checked.code, checked.message);
    QMap<QString, std::int64_t> before;
    for (const SagaLine& l : s.lines)
        before[l.sku] += l.quantity;
    QMap<QString, std::int64_t> after;
    for (const OrderLineRequest& l : lines)
        after[l.sku] += l.quantity;
    if (before == after)
        return refuse(QStringLiteral("unchanged"), QStringLiteral("the change leaves the order as it is"));

    const QList<CatalogSku> skus = m_catalog.tenants.value(s.tenant);
    const PricedOrder price = OrderIntake::price(request, *shippingServiceFromName(request.service),
                                                 customer->shipTo.country, skus, m_config.cards, today);
    SagaModification change;
    change.reason = reason.isEmpty() ? QStringLiteral("customer") : reason.left(200);
    // A SKU already on the order keeps its line number; a new one gets the next.
    int lastLineNo = 0;
    for (const SagaLine& l : s.lines)
        lastLineNo = std::max(lastLineNo, l.lineNo);
    for (const OrderLineRequest& l : lines) {
        const auto same = std::find_if(s.lines.cbegin(), s.lines.cend(),
                                       [&](const SagaLine& o) { return o.sku == l.sku; });
        const auto sku = std::find_if(skus.cbegin(), skus.cend(),
                                      [&](const CatalogSku& c) { return c.code == l.sku; });
        change.lines.append(SagaLine{same != s.lines.cend() ? same->lineNo : ++lastLineNo, l.sku, l.quantity,
                                     sku != skus.cend() ? sku->unitPriceMinor : 0});
    }
    change.goodsMinor = price.goodsMinor;
    change.shippingMinor = price.shippingMinor;
    change.taxMinor = price.taxMinor;
    change.totalMinor = price.totalMinor;
    SagaRefusal refusal;
    const QList<SagaAction> actions = saga.requestModify(change, &refusal);
    if (!refusal.code.isEmpty())
        return refuse(refusal.code, refusal.message);
    ++m_modifyAccepted;
    apply(saga, actions, nowMs, out);
    ModifyDecision accepted;
    accepted.accepted = true;
    accepted.price = price;
    return accepted;
}

void SagaHost::onModifyRefused(const QString& warehouse, const QString& tenant, const QString& orderId,
                               const QString& code, std::int64_t nowMs, QList<Publish>& out)
{
    auto saga = load(tenant, orderId);
    if (!saga)
        return;
    apply(*saga, saga->onModifyRejected(warehouse, code), nowMs, out);
}

// ---- the appliances ------------------------------------------------------------------------------------------

void SagaHost::onEvent(const QString& warehouse, const QString& tenant, const protocol::WireEvent& event,
                       const QJsonObject& payload, std::int64_t nowMs, QList<Publish>& out)
{
    if (event.type == QLatin1String("StockSnapshot")) {
        const QByteArray body = compactJson(payload);
        if (m_stock.applySnapshotPayload(warehouse, tenant, body)) {
            QHash<QString, std::int64_t> available;
            for (const QJsonValue& v : payload.value(QStringLiteral("skus")).toArray()) {
                const QJsonObject sku = v.toObject();
                available.insert(sku.value(QStringLiteral("sku")).toString(),
                                 sku.value(QStringLiteral("available")).toInteger());
            }
            m_sagas.saveSnapshot(warehouse, tenant, m_stock.snapshotTakenAtMs(warehouse, tenant), available);
        }
        return;
    }
    const QString orderId = event.type == QLatin1String("ReturnReceived")
                                ? returnOrderId(payload, warehouse)
                                : payload.value(QStringLiteral("orderId")).toString();
    if (orderId.isEmpty())
        return;
    auto saga = load(tenant, orderId);
    if (!saga)
        return; // an order of the direct path, or not this service's
    QList<SagaAction> actions;
    if (event.type == QLatin1String("InventoryReserved")) {
        m_stock.acknowledge(warehouse, tenant, orderId, event.occurredAtMs);
        actions = saga->onReserved(warehouse);
    } else if (event.type == QLatin1String("ReservationFailed")) {
        m_stock.release(warehouse, tenant, orderId);
        actions = saga->onReservationFailed(warehouse);
    } else if (event.type == QLatin1String("ReservationShortfall")) {
        QList<SagaLine> missing;
        for (const QJsonValue& v : payload.value(QStringLiteral("lines")).toArray()) {
            const QJsonObject l = v.toObject();
            missing.append(SagaLine{l.value(QStringLiteral("lineNo")).toInt(), l.value(QStringLiteral("sku")).toString(),
                                    l.value(QStringLiteral("missing")).toInteger(), 0});
        }
        actions = saga->onShortfall(warehouse, missing);
    } else if (event.type == QLatin1String("ShipmentConfirmed")) {
        QStringList tracking;
        for (const QJsonValue& v : payload.value(QStringLiteral("trackingNumbers")).toArray())
            tracking.append(v.toString());
        actions = saga->onShipped(warehouse, payload.value(QStringLiteral("carrier")).toString(), tracking);
    } else if (event.type == QLatin1String("OrderStatusChanged") &&
               payload.value(QStringLiteral("to")).toString() == QLatin1String("Cancelled")) {
        m_stock.release(warehouse, tenant, orderId);
        actions = saga->onCancelled(warehouse);
    } else if (event.type == QLatin1String("CancelRejected")) {
        actions = saga->onCancelRejected(warehouse);
    } else if (event.type == QLatin1String("ReturnReceived")) {
        actions = saga->onReturnReceived(warehouse);
    } else if (event.type == QLatin1String("OrderModified")) {
        QList<SagaLine> lines;
        for (const QJsonValue& v : payload.value(QStringLiteral("lines")).toArray()) {
            const QJsonObject l = v.toObject();
            lines.append(SagaLine{l.value(QStringLiteral("lineNo")).toInt(), l.value(QStringLiteral("sku")).toString(),
                                  l.value(QStringLiteral("quantity")).toInteger(),
                                  l.value(QStringLiteral("unitPriceMinor")).toInteger()});
        }
        QMap<QString, std::int64_t> before;
        for (const SagaLine& l : saga->state().lines)
            before[l.sku] += l.quantity;
        actions = saga->onModified(warehouse, lines);
        if (!actions.isEmpty()) {
            // The units the change added are routed demand at the warehouse until a snapshot shows them (its
            // InventoryReserved, reason modified, follows in the same action).
            for (const SagaLine& l : saga->state().lines)
                m_stock.commit(warehouse, tenant, orderId, l.sku, l.quantity - before.value(l.sku));
        }
    } else if (event.type == QLatin1String("ModifyRejected")) {
        actions = saga->onModifyRejected(warehouse, payload.value(QStringLiteral("reason")).toString());
    } else {
        return;
    }
    apply(*saga, actions, nowMs, out);
}

void SagaHost::onReservationRefused(const QString& warehouse, const QString& tenant, const QString& orderId,
                                    std::int64_t nowMs, QList<Publish>& out)
{
    auto saga = load(tenant, orderId);
    if (!saga)
        return;
    m_stock.release(warehouse, tenant, orderId);
    apply(*saga, saga->onReservationFailed(warehouse), nowMs, out);
}

// ---- time ---------------------------------------------------------------------------------------------------------

void SagaHost::tick(std::int64_t nowMs, QList<Publish>& out)
{
    for (const PaymentResult& result : m_payments.poll(nowMs)) {
        if (auto row = m_sagas.payment(result.key)) {
            row->status = paymentStatusName(result.status).toLower();
            row->code = result.code;
            if (!result.authorizationId.isEmpty())
                row->authorizationId = result.authorizationId;
            if (result.status == PaymentResult::Status::Approved)
                row->amountMinor = result.amountMinor;
            row->finishedAtMs = result.final() ? nowMs : 0;
            row->expiresAtMs = result.expiresAtMs;
            m_sagas.updatePayment(*row);
        }
        auto saga = load(result.tenant, result.orderId);
        if (!saga)
            continue;
        SagaPayment payment;
        payment.key = result.key;
        payment.outcome = sagaOutcome(result.status);
        payment.code = result.code;
        payment.authorizationId = result.authorizationId;
        payment.amountMinor = result.amountMinor;
        payment.expiresAtMs = result.expiresAtMs;
        apply(*saga, saga->onPayment(payment), nowMs, out);
    }
    // The simulated carrier.
    for (const SagaRow& row : m_sagas.sagasWaiting(QStringLiteral("delivery"), nowMs - m_config.deliveryMs, 500)) {
        auto saga = load(row.tenant, row.orderId);
        if (saga)
            apply(*saga, saga->onDelivered(), nowMs, out);
    }
    // Authorisations that would expire before the order ships.
    if (nowMs >= m_nextReauthorizeMs) {
        m_nextReauthorizeMs = nowMs + m_config.reauthorizeEveryMs;
        for (const QString& waiting : {QStringLiteral("routing"), QStringLiteral("reservation"),
                                       QStringLiteral("shipment")}) {
            for (const SagaRow& row : m_sagas.sagasWaiting(waiting, nowMs, 100000)) {
                auto saga = load(row.tenant, row.orderId);
                if (saga && !saga->state().authorizationId.isEmpty() &&
                    m_payments.needsReauthorization(saga->state().authorizationId, nowMs))
                    apply(*saga, saga->reauthorize(), nowMs, out);
            }
        }
    }
}

// ---- carrying out ------------------------------------------------------------------------------------------------

void SagaHost::apply(OrderSaga& saga, QList<SagaAction> actions, std::int64_t nowMs, QList<Publish>& out)
{
    const QString tenant = saga.state().tenant;
    const QString orderId = saga.state().orderId;
    const QList<StatusChangeRow> changes = m_sagas.statusChanges(tenant, orderId);
    std::int64_t statusSeq = changes.isEmpty() ? 0 : changes.constLast().seq;
    QString status = changes.isEmpty() ? QStringLiteral("Draft") : changes.constLast().to;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const SagaAction a = actions[i];
        switch (a.kind) {
        case SagaAction::Kind::SetStatus: {
            const auto from = orderStatusFromName(status);
            const auto to = orderStatusFromName(a.status);
            if (!from || !to || !allowedTransition(*from, *to))
                throw StoreError("saga " + orderId.toStdString() + ": illegal status change " +
                                 status.toStdString() + " -> " + a.status.toStdString());
            m_sagas.addStatusChange(StatusChangeRow{tenant, orderId, ++statusSeq, status, a.status, nowMs});
            status = a.status;
            break;
        }
        case SagaAction::Kind::Authorize:
        case SagaAction::Kind::Capture:
        case SagaAction::Kind::Void:
        case SagaAction::Kind::Refund:
            submitPayment(saga, a, nowMs);
            break;
        case SagaAction::Kind::Route: {
            QList<OrderLineRequest> lines;
            for (const SagaLine& l : a.lines)
                lines.append(OrderLineRequest{l.sku, l.quantity});
            const RouteResult route =
                Router::route(tenant, lines, m_stock, a.excluded,
                              saga.state().order.value(QStringLiteral("allowSplit")).toBool(true));
            QList<SagaPart> parts;
            for (const RoutedPart& routed : route.parts) {
                SagaPart part;
                part.warehouse = routed.warehouse;
                for (const OrderLineRequest& l : routed.lines) {
                    // The line numbers and prices of the order's own lines, whichever part they land in.
                    const auto same = std::find_if(a.lines.cbegin(), a.lines.cend(),
                                                   [&](const SagaLine& s) { return s.sku == l.sku; });
                    part.lines.append(SagaLine{same != a.lines.cend() ? same->lineNo : 0, l.sku, l.quantity,
                                               same != a.lines.cend() ? same->unitPriceMinor : 0});
                    m_stock.commit(routed.warehouse, tenant, orderId, l.sku, l.quantity);
                }
                parts.append(part);
            }
            actions += saga.onRouted(parts, route.routed ? QStringList() : route.unroutableSkus);
            break;
        }
        case SagaAction::Kind::Reserve:
            m_send(a.warehouse, tenant, QStringLiteral("ReserveInventory"), reserveBody(saga, a.warehouse, a.lines),
                   orderId, out);
            break;
        case SagaAction::Kind::Cancel:
            m_send(a.warehouse, tenant, QStringLiteral("CancelOrder"),
                   compactJson(QJsonObject{{QStringLiteral("orderId"), orderId},
                                           {QStringLiteral("reason"), a.detail.isEmpty() ? QStringLiteral("customer")
                                                                                         : a.detail.left(200)}}),
                   orderId, out);
            break;
        case SagaAction::Kind::CreateRma: {
            QMap<QString, std::int64_t> units; // each SKU once
            for (const SagaLine& l : a.lines)
                units[l.sku] += l.quantity;
            QJsonArray lines;
            for (auto it = units.cbegin(); it != units.cend(); ++it)
                lines.append(QJsonObject{{QStringLiteral("sku"), it.key()}, {QStringLiteral("quantity"), qint64(it.value())}});
            m_send(a.warehouse, tenant, QStringLiteral("CreateRma"),
                   compactJson(QJsonObject{{QStringLiteral("rmaId"), a.key},
                                           {QStringLiteral("orderId"), orderId},
                                           {QStringLiteral("reason"),
                                            a.detail.isEmpty() ? QStringLiteral("customer") : a.detail.left(200)},
                                           {QStringLiteral("lines"), lines}}),
                   orderId, out);
            break;
        }
        case SagaAction::Kind::Modify: {
            QJsonArray lines;
            for (const SagaLine& l : a.lines)
                lines.append(QJsonObject{{QStringLiteral("lineNo"), l.lineNo},
                                         {QStringLiteral("sku"), l.sku},
                                         {QStringLiteral("quantity"), qint64(l.quantity)},
                                         {QStringLiteral("unitPriceMinor"), qint64(l.unitPriceMinor)}});
            m_send(a.warehouse, tenant, QStringLiteral("ModifyOrder"),
                   compactJson(QJsonObject{{QStringLiteral("orderId"), orderId},
                                           {QStringLiteral("lines"), lines},
                                           {QStringLiteral("reason"),
                                            a.detail.isEmpty() ? QStringLiteral("customer") : a.detail.left(200)}}),
                   orderId, out);
            break;
        }
        case SagaAction::Kind::Notify: {
            const auto existing = m_sagas.notifications(tenant, orderId);
            m_sagas.addNotification(NotificationRow{tenant, orderId, existing.size() + 1, a.notification, a.detail,
                                                    statusSeq, nowMs});
            break;
        }
        }
    }
    // The simulated customer who planned to cancel at this stage does so now.
    const QString plan = saga.state().order.value(QStringLiteral("plan")).toString();
    if (!plan.isEmpty() && status == plan && !saga.state().cancelRequested) {
        apply(saga, saga.requestCancel(QStringLiteral("customer")), nowMs, out);
        return;
    }
    // The simulated customer who planned a change adds one unit to line 1 as the order reaches that status.
    const QString modifyPlan = saga.state().order.value(QStringLiteral("modifyPlan")).toString();
    const bool reached = !modifyPlan.isEmpty() && std::any_of(actions.cbegin(), actions.cend(), [&](const SagaAction& a) {
        return a.kind == SagaAction::Kind::SetStatus && a.status == modifyPlan;
    });
    if (reached && !saga.state().cancelRequested && !saga.state().lines.isEmpty()) {
        QList<OrderLineRequest> lines;
        for (const SagaLine& l : saga.state().lines)
            lines.append(OrderLineRequest{l.sku, l.quantity});
        lines[0].quantity += 1;
        if (modify(saga, lines, QStringLiteral("customer added one unit"), nowMs, out).accepted)
            return; // carried out and saved
    }
    save(saga, nowMs);
}

void SagaHost::submitPayment(const OrderSaga& saga, const SagaAction& action, std::int64_t nowMs)
{
    const OrderSaga::State& s = saga.state();
    PaymentRequest request;
    request.key = action.key;
    request.op = action.kind == SagaAction::Kind::Authorize ? PaymentOp::Authorize
                 : action.kind == SagaAction::Kind::Capture ? PaymentOp::Capture
                 : action.kind == SagaAction::Kind::Void    ? PaymentOp::Void
                                                            : PaymentOp::Refund;
    request.tenant = s.tenant;
    request.orderId = s.orderId;
    request.customerId = s.order.value(QStringLiteral("customerId")).toString();
    request.amountMinor = action.amountMinor;
    request.authorizationId = action.authorizationId;
    if (const Customer* customer = m_customers.find(request.customerId)) {
        request.cardToken = customer->paymentToken;
        request.fraud = FraudInput{s.tenant,           customer->id,       customer->cardFingerprint,
                                   customer->avsMatch, customer->cvvMatch, action.amountMinor,
                                   customer->shipTo.country, customer->billCountry};
    }
    m_sagas.insertPayment(PaymentRow{action.key, s.tenant, s.orderId, paymentOpKey(request.op), action.amountMinor,
                                     action.authorizationId, QStringLiteral("pending"), {}, nowMs, 0, 0});
    m_payments.submit(request, nowMs);
}

QByteArray SagaHost::reserveBody(const OrderSaga& saga, const QString& warehouse, const QList<SagaLine>& lines) const
{
    Q_UNUSED(warehouse);
    const QJsonObject& order = saga.state().order;
    QJsonArray array;
    int lineNo = 0;
    for (const SagaLine& l : lines)
        array.append(QJsonObject{{QStringLiteral("lineNo"), l.lineNo > 0 ? l.lineNo : ++lineNo},
                                 {QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("quantity"), qint64(l.quantity)},
                                 {QStringLiteral("unitPriceMinor"), qint64(l.unitPriceMinor)}});
    return compactJson(QJsonObject{{QStringLiteral("orderId"), saga.state().orderId},
                                   {QStringLiteral("status"), QStringLiteral("Paid")},
                                   {QStringLiteral("service"), order.value(QStringLiteral("service"))},
                                   {QStringLiteral("promisedDate"), order.value(QStringLiteral("promisedDate"))},
                                   {QStringLiteral("allowPartial"), false},
                                   {QStringLiteral("shipTo"), order.value(QStringLiteral("shipTo"))},
                                   {QStringLiteral("lines"), array}});
}

void SagaHost::save(const OrderSaga& saga, std::int64_t nowMs)
{
    const OrderSaga::State& s = saga.state();
    const auto existing = m_sagas.saga(s.tenant, s.orderId);
    m_sagas.saveSaga(SagaRow{s.tenant, s.orderId, s.status, s.waiting, s.toJson(),
                             existing ? existing->createdAtMs : nowMs, nowMs});
}

std::optional<OrderSaga> SagaHost::load(const QString& tenant, const QString& orderId)
{
    const auto row = m_sagas.saga(tenant, orderId);
    if (!row)
        return std::nullopt;
    auto state = OrderSaga::State::fromJson(row->state);
    if (!state)
        return std::nullopt;
    return OrderSaga(*state);
}

bool SagaHost::hasSaga(const QString& tenant, const QString& orderId)
{
    return m_sagas.saga(tenant, orderId).has_value();
}

bool SagaHost::quiet(std::int64_t nowMs)
{
    if (m_payments.nextDueMs())
        return false;
    return m_sagas.sagasWaiting(QStringLiteral("delivery"), nowMs + m_config.deliveryMs, 1).isEmpty();
}

std::int64_t SagaHost::openSagas()
{
    std::int64_t open = 0;
    for (const auto& [status, count] : m_sagas.sagasByStatus())
        if (status != QLatin1String("Cancelled") && status != QLatin1String("Returned") &&
            status != QLatin1String("Delivered"))
            open += count;
    return open;
}

// ---- the summary and the checks ------------------------------------------------------------------------------

QJsonObject SagaHost::summary(std::int64_t nowMs)
{
    QJsonObject byStatus;
    for (const auto& [status, count] : m_sagas.sagasByStatus())
        byStatus.insert(status, qint64(count));
    QJsonObject rejections;
    for (auto it = m_rejections.cbegin(); it != m_rejections.cend(); ++it)
        rejections.insert(it.key(), qint64(it.value()));
    QJsonObject steps;
    const QList<std::pair<QString, QString>> legs{{QStringLiteral("PendingPayment"), QStringLiteral("Paid")},
                                                  {QStringLiteral("Paid"), QStringLiteral("Processing")},
                                                  {QStringLiteral("Processing"), QStringLiteral("Shipped")},
                                                  {QStringLiteral("Shipped"), QStringLiteral("Delivered")}};
    for (const auto& [from, to] : legs) {
        const QList<std::int64_t> d = m_sagas.stepDurations(from, to);
        steps.insert(from + QStringLiteral("->") + to,
                     QJsonObject{{QStringLiteral("count"), qint64(d.size())},
                                 {QStringLiteral("p95Ms"), qint64(percentile(d, 0.95))},
                                 {QStringLiteral("p99Ms"), qint64(percentile(d, 0.99))}});
    }
    std::int64_t notifications = m_sagas.countNotifications();
    const QJsonObject metrics = runMetrics(nowMs);
    QJsonObject modifyRefusals;
    for (auto it = m_modifyRefusals.cbegin(); it != m_modifyRefusals.cend(); ++it)
        modifyRefusals.insert(it.key(), qint64(it.value()));
    // How the modifications the sagas took ended, from their histories: committed, refused (by the cause,
    // without a payment code), or still in flight.
    std::int64_t committed = 0;
    std::int64_t inFlight = 0;
    QMap<QString, std::int64_t> refusedBy;
    for (const SagaRow& row : m_sagas.sagas()) {
        const auto state = OrderSaga::State::fromJson(row.state);
        for (const SagaModification& m : state ? state->modifications : QList<SagaModification>()) {
            if (m.state == QLatin1String("committed"))
                ++committed;
            else if (m.pending())
                ++inFlight;
            else
                ++refusedBy[m.refusal.section(QLatin1Char(':'), 0, 0)];
        }
    }
    QJsonObject modifyRefused;
    for (auto it = refusedBy.cbegin(); it != refusedBy.cend(); ++it)
        modifyRefused.insert(it.key(), qint64(it.value()));
    return QJsonObject{{QStringLiteral("accepted"), qint64(m_accepted)},
                       {QStringLiteral("metrics"), metrics},
                       {QStringLiteral("alerts"), alerts(metrics, steps)},
                       {QStringLiteral("reservations"),
                        checkReservations(m_store, m_sagas.sagas()).toJson()},
                       {QStringLiteral("rejected"), qint64(m_rejected)},
                       {QStringLiteral("rejections"), rejections},
                       {QStringLiteral("byStatus"), byStatus},
                       {QStringLiteral("steps"), steps},
                       {QStringLiteral("notifications"), qint64(notifications)},
                       {QStringLiteral("modifications"),
                        QJsonObject{{QStringLiteral("accepted"), qint64(m_modifyAccepted)},
                                    {QStringLiteral("refusedAtGateway"), modifyRefusals},
                                    {QStringLiteral("committed"), qint64(committed)},
                                    {QStringLiteral("refused"), modifyRefused},
                                    {QStringLiteral("inFlight"), qint64(inFlight)}}},
                       {QStringLiteral("payments"), m_payments.stats()},
                       {QStringLiteral("breaker"),
                        m_payments.breakerState(nowMs) == BreakerState::Closed ? QStringLiteral("closed")
                        : m_payments.breakerState(nowMs) == BreakerState::Open ? QStringLiteral("open")
                                                                               : QStringLiteral("half_open")}};
}

// The design record's key metrics (section 12.1): order rate, success and error rate, the order creation
// saga's response time. What counts as a failure: an order the service itself could not carry through (the
// payment provider unreachable past the deadline, a saga stuck outside every waiting state). A decline, a fraud
// rejection, a customer's cancellation and stock that ran out are the business's outcomes: counted, not failures.
QJsonObject SagaHost::runMetrics(std::int64_t nowMs)
{
    static const QStringList waitingStates{QStringLiteral("payment"),      QStringLiteral("fraud_review"),
                                           QStringLiteral("routing"),      QStringLiteral("reservation"),
                                           QStringLiteral("cancellation"), QStringLiteral("shipment"),
                                           QStringLiteral("delivery"),     QStringLiteral("return")};
    QMap<QString, std::int64_t> outcomes; // terminal orders by how they ended
    std::int64_t unavailable = 0;
    std::int64_t stuck = 0;
    for (const SagaRow& row : m_sagas.sagas()) {
        if (row.status == QLatin1String("Cancelled")) {
            const QString reason = row.state.value(QStringLiteral("reason")).toString().section(QLatin1Char(':'), 0, 0);
            ++outcomes[QStringLiteral("cancelled:") + (reason.isEmpty() ? QStringLiteral("unknown") : reason)];
            if (reason == QLatin1String("payment_unavailable"))
                ++unavailable;
        } else if (row.status == QLatin1String("Delivered") || row.status == QLatin1String("Returned")) {
            ++outcomes[row.status.toLower()];
        } else if (!waitingStates.contains(row.waiting)) {
            ++stuck;
        }
    }
    const auto count = [&](const QString& sql) {
        QSqlQuery& q = m_store.query(sql);
        return q.next() ? q.value(0).toLongLong() : 0;
    };
    // Reservations the sagas asked for, and the warehouses' refusals and shortfalls among their answers.
    const std::int64_t reservations = count(QStringLiteral(
        "SELECT COUNT(*) FROM commands c WHERE c.type = 'ReserveInventory' AND EXISTS "
        "(SELECT 1 FROM sagas s WHERE s.tenant = c.tenant AND s.order_id = c.order_id)"));
    const std::int64_t reservationFailures =
        count(QStringLiteral("SELECT COUNT(*) FROM events e WHERE e.type IN ('ReservationFailed', "
                             "'ReservationShortfall') AND EXISTS (SELECT 1 FROM sagas s WHERE s.tenant = e.tenant "
                             "AND s.order_id = e.aggregate_id)")) +
        count(QStringLiteral("SELECT COUNT(*) FROM commands c WHERE c.type = 'ReserveInventory' AND c.outcome = "
                             "'refused' AND EXISTS (SELECT 1 FROM sagas s WHERE s.tenant = c.tenant AND "
                             "s.order_id = c.order_id)"));
    const std::int64_t lowStock = count(QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'LowStock'"));
    const QJsonObject pay = m_payments.stats();
    const std::int64_t operations = pay.value(QStringLiteral("submitted")).toInteger();
    const std::int64_t payFailures = pay.value(QStringLiteral("unavailable")).toInteger();
    const QList<std::int64_t> creation = m_sagas.stepDurations(QStringLiteral("Draft"), QStringLiteral("Processing"));
    const double seconds = std::max<double>(0.001, double(nowMs - m_startedMs) / 1000.0);
    const std::int64_t failures = unavailable + stuck;
    const auto share = [](std::int64_t part, std::int64_t whole) { return whole > 0 ? double(part) / double(whole) : 0.0; };
    QJsonObject ended;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        ended.insert(it.key(), qint64(it.value()));
    return QJsonObject{
        {QStringLiteral("runSeconds"), seconds},
        {QStringLiteral("ordersPerSecond"), double(m_accepted) / seconds},
        {QStringLiteral("ordersPerMinute"), 60.0 * double(m_accepted) / seconds},
        {QStringLiteral("failures"), qint64(failures)},
        {QStringLiteral("failuresByKind"), QJsonObject{{QStringLiteral("payment_unavailable"), qint64(unavailable)},
                                                       {QStringLiteral("stuck"), qint64(stuck)}}},
        {QStringLiteral("errorRate"), share(failures, m_accepted)},
        {QStringLiteral("successRate"), m_accepted > 0 ? 1.0 - share(failures, m_accepted) : 0.0},
        {QStringLiteral("outcomes"), ended},
        {QStringLiteral("orderCreation"), QJsonObject{{QStringLiteral("count"), qint64(creation.size())},
                                                      {QStringLiteral("p95Ms"), qint64(percentile(creation, 0.95))},
                                                      {QStringLiteral("p99Ms"), qint64(percentile(creation, 0.99))}}},
        {QStringLiteral("paymentOperations"), qint64(operations)},
        {QStringLiteral("paymentFailureRate"), share(payFailures, operations)},
        {QStringLiteral("reservations"), qint64(reservations)},
        {QStringLiteral("reservationFailures"), qint64(reservationFailures)},
        {QStringLiteral("reservationFailureRate"), share(reservationFailures, reservations)},
        {QStringLiteral("lowStockEvents"), qint64(lowStock)}};
}

// The design record's alerts (section 12.3) over a run's metrics. An alert is an operator's signal, not a
// broken rule: it is printed and kept in the summary, and does not change the exit code.
QJsonArray SagaHost::alerts(const QJsonObject& metrics, const QJsonObject& steps)
{
    QJsonArray out;
    const auto alert = [&](const QString& name, const QString& rule, double value, bool firing) {
        out.append(QJsonObject{{QStringLiteral("alert"), name},
                               {QStringLiteral("rule"), rule},
                               {QStringLiteral("value"), value},
                               {QStringLiteral("firing"), firing}});
    };
    const double errorRate = metrics.value(QStringLiteral("errorRate")).toDouble();
    alert(QStringLiteral("high_error_rate"), QStringLiteral("more than 1% of accepted orders failed"), errorRate,
          errorRate > 0.01);
    // Slow response: the steps the service and the warehouse answer for. Shipping waits on people and
    // delivery on the carrier, so neither has a response-time alert.
    const QJsonObject creation = metrics.value(QStringLiteral("orderCreation")).toObject();
    const QList<std::pair<QString, QJsonObject>> timed{
        {QStringLiteral("Draft->Processing"), creation},
        {QStringLiteral("PendingPayment->Paid"), steps.value(QStringLiteral("PendingPayment->Paid")).toObject()},
        {QStringLiteral("Paid->Processing"), steps.value(QStringLiteral("Paid->Processing")).toObject()}};
    for (const auto& [step, figures] : timed) {
        const double p95 = double(figures.value(QStringLiteral("p95Ms")).toInteger());
        alert(QStringLiteral("slow_response:") + step, QStringLiteral("p95 above 1000 ms"), p95, p95 > 1000.0);
    }
    const double reservationFailures = metrics.value(QStringLiteral("reservationFailureRate")).toDouble();
    const double lowStock = double(metrics.value(QStringLiteral("lowStockEvents")).toInteger());
    alert(QStringLiteral("inventory:reservation_failures"),
          QStringLiteral("more than 1% of reservations refused or short"), reservationFailures,
          reservationFailures > 0.01);
    alert(QStringLiteral("inventory:low_stock"), QStringLiteral("a warehouse reported low stock"), lowStock,
          lowStock > 0);
    const double payFailures = metrics.value(QStringLiteral("paymentFailureRate")).toDouble();
    alert(QStringLiteral("payment_failures"),
          QStringLiteral("more than 0.1% of payment operations found the provider unavailable"), payFailures,
          payFailures > 0.001);
    return out;
}

QStringList SagaHost::check(std::int64_t nowMs)
{
    Q_UNUSED(nowMs);
    QStringList problems;
    static const QStringList waitingStates{QStringLiteral("payment"),      QStringLiteral("fraud_review"),
                                           QStringLiteral("routing"),      QStringLiteral("reservation"),
                                           QStringLiteral("cancellation"), QStringLiteral("shipment"),
                                           QStringLiteral("delivery"),     QStringLiteral("return"),
                                           QStringLiteral("modification")};
    QHash<QString, AuthorizationRecord> ledger;
    for (const AuthorizationRecord& r : m_payments.ledger())
        ledger.insert(r.tenant + QLatin1Char('/') + r.authorizationId, r);
    for (const SagaRow& row : m_sagas.sagas()) {
        const auto state = OrderSaga::State::fromJson(row.state);
        const QString who = row.tenant + QLatin1Char('/') + row.orderId;
        if (!state) {
            problems.append(who + QStringLiteral(": the saga's state does not read back"));
            continue;
        }
        const OrderSaga saga(*state);
        if (!saga.terminal() && !waitingStates.contains(state->waiting))
            problems.append(who + QStringLiteral(": stuck in %1 without a waiting state").arg(state->status));
        // Money: each shipped part asked to capture its share and the provider captured exactly that; an
        // order shipped in full captured its total; nothing is captured without a shipment.
        std::int64_t owed = 0;
        std::int64_t captured = 0;
        for (const SagaPart& p : state->parts) {
            const bool shipped = p.state == SagaPart::State::Shipped || p.state == SagaPart::State::Returning ||
                                 p.state == SagaPart::State::Returned;
            if (shipped)
                owed += p.captureMinor;
            else if (p.capturedMinor > 0)
                problems.append(who + QStringLiteral(": %1 captured at %2 without a shipment")
                                          .arg(p.capturedMinor)
                                          .arg(p.warehouse));
            captured += p.capturedMinor;
        }
        for (const PaymentRow& pay : m_sagas.payments(row.tenant, row.orderId)) {
            if (pay.op == QLatin1String("capture") && pay.status == QLatin1String("expired"))
                problems.append(who + QStringLiteral(": a capture met an expired authorisation (%1)").arg(pay.key));
        }
        if (captured > owed)
            problems.append(who + QStringLiteral(": captured %1 but shipped parts owe %2").arg(captured).arg(owed));
        const bool settled = m_payments.nextDueMs() == std::nullopt;
        if (settled && captured != owed)
            problems.append(who + QStringLiteral(": shipped parts owe %1, captured %2").arg(owed).arg(captured));
        if (saga.shippedInFull() && owed != state->totalMinor)
            problems.append(who + QStringLiteral(": shipped in full, but its captures add up to %1 of %2")
                                      .arg(owed)
                                      .arg(state->totalMinor));
        for (const QString& auth : {state->authorizationId, state->oldAuthorizationId}) {
            const auto r = ledger.constFind(row.tenant + QLatin1Char('/') + auth);
            if (auth.isEmpty() || r == ledger.constEnd())
                continue;
            if (r->capturedAfterExpiry)
                problems.append(who + QStringLiteral(": money captured on an expired authorisation"));
        }
        // Every notification tells of a status change that happened, to the status it names.
        static const QHash<QString, QString> told{{QStringLiteral("confirmation"), QStringLiteral("Paid")},
                                                  {QStringLiteral("shipped"), QStringLiteral("Shipped")},
                                                  {QStringLiteral("delivered"), QStringLiteral("Delivered")},
                                                  {QStringLiteral("cancelled"), QStringLiteral("Cancelled")},
                                                  {QStringLiteral("refunded"), QStringLiteral("Returned")},
                                                  // a change is taken only in Processing, and leaves it there
                                                  {QStringLiteral("modified"), QStringLiteral("Processing")}};
        const QList<StatusChangeRow> changes = m_sagas.statusChanges(row.tenant, row.orderId);
        int modifiedNotes = 0;
        for (const NotificationRow& n : m_sagas.notifications(row.tenant, row.orderId)) {
            const bool matches = n.statusSeq >= 1 && n.statusSeq <= changes.size() &&
                                 changes[n.statusSeq - 1].to == told.value(n.kind);
            if (!matches)
                problems.append(who + QStringLiteral(": notification %1 matches no status change").arg(n.kind));
            modifiedNotes += n.kind == QLatin1String("modified") ? 1 : 0;
        }
        // Modifications: each one committed told the customer once; the authorisation a committed change
        // replaced, and the one a refused change took, are voided (asked of the provider).
        int committed = 0;
        QSet<QString> voidsAsked;
        for (const PaymentRow& pay : m_sagas.payments(row.tenant, row.orderId))
            if (pay.op == QLatin1String("void"))
                voidsAsked.insert(pay.authorizationId);
        for (const SagaModification& m : state->modifications) {
            const bool done = m.state == QLatin1String("committed");
            committed += done ? 1 : 0;
            const QString released = done ? m.supersededAuthorizationId
                                     : m.state == QLatin1String("refused") ? m.authorizationId
                                                                           : QString();
            if (!released.isEmpty() && !voidsAsked.contains(released))
                problems.append(who + QStringLiteral(": modification %1 (%2) left authorisation %3 unvoided")
                                          .arg(m.number)
                                          .arg(m.state, released));
        }
        const SagaModification* open = saga.pendingModification();
        if (settled && saga.terminal() && open)
            problems.append(who + QStringLiteral(": %1 with modification %2 still %3")
                                      .arg(state->status)
                                      .arg(open->number)
                                      .arg(open->state));
        if (modifiedNotes != committed)
            problems.append(who + QStringLiteral(": %1 modification(s) committed, %2 notification(s) of one")
                                      .arg(committed)
                                      .arg(modifiedNotes));
        for (qsizetype i = 1; i < changes.size(); ++i) {
            const auto from = orderStatusFromName(changes[i].from);
            const auto to = orderStatusFromName(changes[i].to);
            if (!from || !to || !allowedTransition(*from, *to) || changes[i].from != changes[i - 1].to)
                problems.append(who + QStringLiteral(": status went %1 -> %2").arg(changes[i].from, changes[i].to));
        }
    }
    // Stock: per warehouse, what the appliance holds reserved equals what the open orders routed there demand.
    problems += checkReservations(m_store, m_sagas.sagas()).problems;
    return problems;
}

} // namespace wh::central
