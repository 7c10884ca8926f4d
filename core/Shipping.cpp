#include "Shipping.h"

#include "Inventory.h"
#include "OrderRules.h"

#include <QJsonArray>
#include <QMap>

namespace wh {

namespace {

QString n(std::int64_t value)
{
    return QString::number(value);
}

DomainEvent orderEvent(const QString& type, const QString& orderId, QJsonObject payload)
{
    return DomainEvent{type, QStringLiteral("order"), orderId, std::move(payload)};
}

QString cardKey(const QString& carrier, const QString& service)
{
    return carrier + QChar(0) + service;
}

// Whether the card's level is at least the one the customer paid for: Standard < Express < Overnight.
bool atLeast(ServiceLevel level, ServiceLevel minimum)
{
    return static_cast<int>(level) >= static_cast<int>(minimum);
}

QJsonArray trackingNumbers(const ShipmentRecord& s)
{
    QJsonArray out;
    for (const ShipmentPackage& p : s.packages)
        out.append(p.trackingNumber);
    return out;
}

} // namespace

QString Shipping::shipmentStatusName(ShipmentStatus status)
{
    switch (status) {
    case ShipmentStatus::Created:
        return QStringLiteral("created");
    case ShipmentStatus::Confirmed:
        return QStringLiteral("confirmed");
    case ShipmentStatus::Voided:
        return QStringLiteral("voided");
    }
    return {};
}

QJsonObject Shipping::trackingRangeToJson(const TrackingRange& r)
{
    return QJsonObject{{QStringLiteral("rangeId"), r.id},
                       {QStringLiteral("carrier"), r.carrier},
                       {QStringLiteral("format"), trackingFormatName(r.format)},
                       {QStringLiteral("prefix"), r.prefix},
                       {QStringLiteral("firstSerial"), static_cast<qint64>(r.firstSerial)},
                       {QStringLiteral("lastSerial"), static_cast<qint64>(r.lastSerial)},
                       {QStringLiteral("nextSerial"), static_cast<qint64>(r.nextSerial)},
                       {QStringLiteral("lowWaterMark"), static_cast<qint64>(r.lowWaterMark)}};
}

TrackingRange Shipping::trackingRangeFromJson(const QJsonObject& j)
{
    TrackingRange r;
    r.id = j.value(QStringLiteral("rangeId")).toString();
    r.carrier = j.value(QStringLiteral("carrier")).toString();
    r.format =
        trackingFormatFromName(j.value(QStringLiteral("format")).toString()).value_or(TrackingFormat::Ups1Z);
    r.prefix = j.value(QStringLiteral("prefix")).toString();
    r.firstSerial = j.value(QStringLiteral("firstSerial")).toInteger();
    r.lastSerial = j.value(QStringLiteral("lastSerial")).toInteger();
    r.nextSerial = j.value(QStringLiteral("nextSerial")).toInteger();
    r.lowWaterMark = j.value(QStringLiteral("lowWaterMark")).toInteger();
    return r;
}

Result<EventList> Shipping::defineCartonType(const Carton& carton)
{
    if (Status valid = carton.validate(); !valid)
        return valid.error();
    return EventList{DomainEvent{EventType::CartonTypeDefined, QStringLiteral("carton_type"), carton.code,
                                 carton.toJson()}};
}

Result<EventList> Shipping::defineRateCard(const RateCard& card)
{
    if (Status valid = card.validate(); !valid)
        return valid.error();
    QList<RateCard> cards = m_shipping.rateCards();
    cards.removeIf([&](const RateCard& c) {
        return cardKey(c.carrier, c.serviceName()) == cardKey(card.carrier, card.serviceName());
    });
    cards.append(card);
    if (auto together = RateShopper::create(cards, BusinessCalendar(QTimeZone::utc())); !together)
        return together.error();
    return EventList{DomainEvent{EventType::RateCardDefined, QStringLiteral("rate_card"),
                                 card.carrier + QLatin1Char('/') + card.serviceName(), card.toJson()}};
}

Result<EventList> Shipping::addTrackingRange(const TrackingRange& range)
{
    if (Status valid = range.validate(); !valid)
        return valid.error();
    if (m_shipping.trackingRange(range.id))
        return makeError(
            ErrorCode::AlreadyExists,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Tracking range %1 is already held; a new block needs a new name."),
            {range.id});
    return EventList{DomainEvent{EventType::TrackingRangeAdded, QStringLiteral("tracking_range"), range.id,
                                 trackingRangeToJson(range)}};
}

Result<EventList> Shipping::defineWarehouseProfile(const WarehouseProfile& profile)
{
    if (!profile.shipFrom.complete())
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal",
                                           "The ship-from address needs a name, a first line, a city and a "
                                           "country."));
    if (!QTimeZone(profile.timeZone.toUtf8()).isValid())
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "%1 is not a time zone this appliance knows (use an IANA name such as "
                              "America/Chicago)."),
            {profile.timeZone});
    for (const QDate& day : profile.holidays)
        if (!day.isValid())
            return makeError(ErrorCode::InvalidArgument,
                             QT_TRANSLATE_NOOP("wh::Refusal", "A holiday is not a valid date."));
    return EventList{DomainEvent{EventType::WarehouseProfileDefined, QStringLiteral("warehouse_profile"),
                                 QStringLiteral("profile"), profile.toJson()}};
}

Result<Shipping::Plan> Shipping::plan(const QString& orderId) const
{
    const auto order = m_state.order(orderId);
    if (!order)
        return makeError(ErrorCode::UnknownOrder,
                         QT_TRANSLATE_NOOP("wh::Refusal", "There is no order %1 here."), {orderId});
    if (auto existing = m_shipping.shipmentForOrder(orderId))
        return makeError(ErrorCode::AlreadyExists,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Order %1 already has shipment %2."),
                         {orderId, existing->id});
    if (order->status != OrderStatus::Processing && order->status != OrderStatus::Paid)
        return makeError(ErrorCode::IllegalTransition,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Order %1 is %2 and cannot be shipped."),
                         {orderId, orderStatusName(order->status)});
    if (order->status != OrderStatus::Processing ||
        m_shipping.packingStatus(orderId) != PackingStatus::Packed)
        return makeError(
            ErrorCode::NotPacked,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Order %1 is not packed yet: close its cartons at the packing station "
                              "first."),
            {orderId});
    if (!order->shipTo || !order->shipTo->complete())
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Order %1 has no complete ship-to address: the label cannot be printed. "
                              "Ask the central service for the address."),
            {orderId});
    const auto profile = m_shipping.warehouseProfile();
    if (!profile || !profile->shipFrom.complete())
        return makeError(ErrorCode::NotConfigured,
                         QT_TRANSLATE_NOOP("wh::Refusal",
                                           "The warehouse's ship-from address is not configured for this "
                                           "merchant."));
    const QList<RateCard> cards = m_shipping.rateCards();
    if (cards.isEmpty())
        return makeError(ErrorCode::NotConfigured,
                         QT_TRANSLATE_NOOP("wh::Refusal", "No rate cards are configured for this merchant."));
    // The service the customer paid for is the least they get: only cards at that level or faster compete.
    const ServiceLevel minimum = serviceLevelFromName(order->service).value_or(ServiceLevel::Standard);
    QList<RateCard> eligible;
    for (const RateCard& card : cards)
        if (atLeast(card.level, minimum))
            eligible.append(card);
    if (eligible.isEmpty())
        return makeError(ErrorCode::NoRate,
                         QT_TRANSLATE_NOOP("wh::Refusal", "No rate card offers %1 or faster."),
                         {serviceLevelName(minimum)});
    auto shopper = RateShopper::create(
        eligible, BusinessCalendar(QTimeZone(profile->timeZone.toUtf8()), profile->holidays));
    if (!shopper)
        return shopper.error();

    Plan plan;
    for (const PackCarton& c : m_shipping.packCartons(orderId))
        if (c.status == PackCartonStatus::Closed && c.units() > 0)
            plan.cartons.append(c);
    // No promised date: any date a year out is met, so the cheapest service at the paid level wins.
    const QDateTime now = m_clock.now();
    const QDate promised = order->promisedDate.isValid() ? order->promisedDate : now.date().addYears(1);

    // Each carton is a parcel priced by the card's weight bands; a card must price every one of them.
    QMap<QString, QPair<RateQuote, int>> byCard;
    QStringList weights;
    for (const PackCarton& c : std::as_const(plan.cartons)) {
        weights.append(n(c.weightGrams) + QStringLiteral(" g"));
        auto quotes = shopper->quotes(RateRequest{int(c.weightGrams), now, promised});
        if (!quotes)
            return quotes.error();
        for (const RateQuote& q : *quotes) {
            auto& [sum, count] = byCard[cardKey(q.carrier, q.service)];
            if (count == 0)
                sum = q;
            else
                sum.price = sum.price + q.price;
            ++count;
        }
    }
    QList<RateQuote> candidates;
    for (const auto& [sum, count] : std::as_const(byCard))
        if (count == plan.cartons.size())
            candidates.append(sum);
    if (candidates.isEmpty())
        return makeError(
            ErrorCode::NoRate,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "No %1-or-faster rate card prices every carton of order %2 (%3): split "
                              "the parcel or add a card for that weight."),
            {serviceLevelName(minimum), orderId, weights.join(QStringLiteral(", "))});
    std::sort(candidates.begin(), candidates.end(), [](const RateQuote& a, const RateQuote& b) {
        if (a.meetsPromise != b.meetsPromise)
            return a.meetsPromise;
        if (a.meetsPromise && a.price != b.price)
            return a.price < b.price;
        if (a.expectedDelivery != b.expectedDelivery)
            return a.expectedDelivery < b.expectedDelivery;
        if (a.price != b.price)
            return a.price < b.price;
        return std::tie(a.carrier, a.service) < std::tie(b.carrier, b.service);
    });
    plan.quote = candidates.first();
    if (!plan.quote.meetsPromise)
        return makeError(
            ErrorCode::PromiseNotMet,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "No service delivers order %1 by %2 as promised. The best available is "
                              "%3. A supervisor must decide whether to ship late."),
            {orderId, Inventory::dateText(promised), plan.quote.describe()});
    return plan;
}

Result<RateQuote> Shipping::quote(const QString& orderId) const
{
    auto p = plan(orderId);
    if (!p)
        return p.error();
    return p->quote;
}

Result<EventList> Shipping::create(const CreateShipment& cmd, const QString& shipmentId)
{
    auto p = plan(cmd.orderId);
    if (!p)
        return p.error();
    const Order order = *m_state.order(cmd.orderId);
    const WarehouseProfile profile = *m_shipping.warehouseProfile();

    // One number a carton, from the carrier's ranges in order; the advanced range travels in the event, so
    // the projection moves on in the same transaction. A used-up range refuses: no number is ever made up.
    QList<TrackingRange> ranges = m_shipping.trackingRanges(p->quote.carrier);
    if (ranges.isEmpty())
        return makeError(
            ErrorCode::TrackingRangeExhausted,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "No tracking range for %1 is held for this merchant: ask the carrier "
                              "for one. Nothing was shipped."),
            {p->quote.carrier});
    EventList lows;
    QJsonArray packages;
    QJsonArray numbers;
    for (const PackCarton& c : std::as_const(p->cartons)) {
        auto range =
            std::find_if(ranges.begin(), ranges.end(), [](const TrackingRange& r) { return !r.exhausted(); });
        auto allocated = (range == ranges.end() ? ranges.last() : *range).allocate();
        if (!allocated)
            return allocated.error();
        TrackingRange& used = range == ranges.end() ? ranges.last() : *range;
        used = allocated->range;
        if (allocated->crossedLowWater)
            lows.append(
                DomainEvent{EventType::TrackingRangeLow,
                            QStringLiteral("tracking_range"),
                            used.id,
                            {{QStringLiteral("rangeId"), used.id},
                             {QStringLiteral("carrier"), used.carrier},
                             {QStringLiteral("remaining"), static_cast<qint64>(allocated->remaining)},
                             {QStringLiteral("lowWaterMark"), static_cast<qint64>(used.lowWaterMark)}}});
        numbers.append(allocated->trackingNumber);
        packages.append(QJsonObject{{QStringLiteral("cartonId"), c.id},
                                    {QStringLiteral("cartonType"), c.type.code},
                                    {QStringLiteral("trackingNumber"), allocated->trackingNumber},
                                    {QStringLiteral("rangeId"), used.id},
                                    {QStringLiteral("serial"), static_cast<qint64>(allocated->serial)},
                                    {QStringLiteral("weightGrams"), static_cast<qint64>(c.weightGrams)},
                                    {QStringLiteral("lengthMm"), c.type.lengthMm},
                                    {QStringLiteral("widthMm"), c.type.widthMm},
                                    {QStringLiteral("heightMm"), c.type.heightMm}});
    }
    const RateQuote& q = p->quote;
    EventList events{
        orderEvent(EventType::ShipmentCreated, cmd.orderId,
                   {{QStringLiteral("shipmentId"), shipmentId},
                    {QStringLiteral("orderId"), cmd.orderId},
                    {QStringLiteral("carrier"), q.carrier},
                    {QStringLiteral("service"), q.service},
                    {QStringLiteral("level"), serviceLevelName(q.level)},
                    {QStringLiteral("trackingNumber"), numbers.first()},
                    {QStringLiteral("departureDate"), Inventory::dateText(q.departure)},
                    {QStringLiteral("expectedDelivery"), Inventory::dateText(q.expectedDelivery)},
                    {QStringLiteral("promisedDate"), Inventory::dateText(order.promisedDate)},
                    {QStringLiteral("costMinor"), static_cast<qint64>(q.price.minor())},
                    {QStringLiteral("shipFrom"), profile.shipFrom.toJson()},
                    {QStringLiteral("shipTo"), order.shipTo->toJson()},
                    {QStringLiteral("packages"), packages}})};
    events.append(lows);
    return events;
}

Result<EventList> Shipping::confirm(const QString& shipmentId)
{
    const auto shipment = m_shipping.shipment(shipmentId);
    if (!shipment)
        return makeError(ErrorCode::UnknownShipment,
                         QT_TRANSLATE_NOOP("wh::Refusal", "There is no shipment %1."), {shipmentId});
    if (shipment->status == ShipmentStatus::Confirmed)
        return makeError(ErrorCode::IllegalTransition,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Shipment %1 was already handed over."),
                         {shipmentId});
    if (shipment->status == ShipmentStatus::Voided)
        return makeError(
            ErrorCode::IllegalTransition,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Shipment %1 is void: its order was cancelled. Do not hand it over."),
            {shipmentId});
    const auto order = m_state.order(shipment->orderId);
    if (!order)
        return makeError(ErrorCode::UnknownOrder,
                         QT_TRANSLATE_NOOP("wh::Refusal", "There is no order %1 here."), {shipment->orderId});
    if (auto legal = OrderRules::checkTransition(order->status, OrderStatus::Shipped); !legal)
        return makeError(ErrorCode::IllegalTransition,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Order %1 is %2 and cannot be shipped."),
                         {order->id, orderStatusName(order->status)});
    return EventList{orderEvent(EventType::ShipmentConfirmed, order->id,
                                {{QStringLiteral("shipmentId"), shipmentId},
                                 {QStringLiteral("orderId"), order->id},
                                 {QStringLiteral("carrier"), shipment->carrier},
                                 {QStringLiteral("service"), shipment->service},
                                 {QStringLiteral("trackingNumbers"), trackingNumbers(*shipment)}}),
                     orderEvent(EventType::OrderStatusChanged, order->id,
                                {{QStringLiteral("orderId"), order->id},
                                 {QStringLiteral("from"), orderStatusName(order->status)},
                                 {QStringLiteral("to"), orderStatusName(OrderStatus::Shipped)}})};
}

Result<EventList> Shipping::voidForCancelledOrder(const QString& orderId)
{
    const auto order = m_state.order(orderId);
    if (!order || order->status != OrderStatus::Cancelled)
        return EventList{};
    const auto shipment = m_shipping.shipmentForOrder(orderId);
    if (!shipment || shipment->status != ShipmentStatus::Created)
        return EventList{};
    // The carrier is told through the central service; the tracking numbers are never reused.
    return EventList{orderEvent(EventType::ShipmentVoided, orderId,
                                {{QStringLiteral("shipmentId"), shipment->id},
                                 {QStringLiteral("orderId"), orderId},
                                 {QStringLiteral("carrier"), shipment->carrier},
                                 {QStringLiteral("reason"), QStringLiteral("order_cancelled")},
                                 {QStringLiteral("trackingNumbers"), trackingNumbers(*shipment)}})};
}

Result<EventList> Shipping::reprintLabel(const QString& shipmentId, const QString& reason)
{
    const auto shipment = m_shipping.shipment(shipmentId);
    if (!shipment)
        return makeError(ErrorCode::UnknownShipment,
                         QT_TRANSLATE_NOOP("wh::Refusal", "There is no shipment %1."), {shipmentId});
    if (shipment->status != ShipmentStatus::Created)
        return makeError(
            ErrorCode::IllegalTransition,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Shipment %1 was handed over: its label is no longer printed here."),
            {shipmentId});
    return EventList{orderEvent(EventType::LabelReprinted, shipment->orderId,
                                {{QStringLiteral("shipmentId"), shipmentId},
                                 {QStringLiteral("orderId"), shipment->orderId},
                                 {QStringLiteral("reason"), reason},
                                 {QStringLiteral("trackingNumbers"), trackingNumbers(*shipment)}})};
}

} // namespace wh
