#include "Packing.h"

#include "EnumNames.h"
#include "Inventory.h"

#include <QJsonArray>

namespace wh {

namespace {

constexpr EnumNames<PackCartonStatus, 3> kCartonStatusNames{{{
    {PackCartonStatus::Open, "open"},
    {PackCartonStatus::Closed, "closed"},
    {PackCartonStatus::Shipped, "shipped"},
}}};

DomainEvent orderEvent(const QString& type, const QString& orderId, QJsonObject payload)
{
    return DomainEvent{type, QStringLiteral("order"), orderId, std::move(payload)};
}

QString n(std::int64_t value)
{
    return QString::number(value);
}

QJsonArray contentsToJson(const QList<PackedUnits>& contents)
{
    QJsonArray out;
    for (const PackedUnits& u : contents)
        out.append(QJsonObject{{QStringLiteral("lineNo"), u.lineNo},
                               {QStringLiteral("sku"), u.sku},
                               {QStringLiteral("lot"), u.lot},
                               {QStringLiteral("quantity"), static_cast<qint64>(u.quantity)}});
    return out;
}

void addUnits(QList<PackedUnits>& list, const PackedUnits& units)
{
    for (PackedUnits& u : list)
        if (u.lineNo == units.lineNo && u.lot == units.lot) {
            u.quantity += units.quantity;
            return;
        }
    list.append(units);
}

} // namespace

std::int64_t PackCarton::units() const
{
    std::int64_t total = 0;
    for (const PackedUnits& u : contents)
        total += u.quantity;
    return total;
}

QString Packing::packCartonStatusName(PackCartonStatus status)
{
    return kCartonStatusNames.name(status);
}

std::optional<PackCartonStatus> Packing::packCartonStatusFromName(const QString& name)
{
    return kCartonStatusNames.value(name);
}

QJsonObject WarehouseProfile::toJson() const
{
    QJsonArray days;
    for (const QDate& d : holidays)
        days.append(Inventory::dateText(d));
    return QJsonObject{{QStringLiteral("shipFrom"), shipFrom.toJson()},
                       {QStringLiteral("timeZone"), timeZone},
                       {QStringLiteral("holidays"), days}};
}

WarehouseProfile WarehouseProfile::fromJson(const QJsonObject& json)
{
    WarehouseProfile p;
    p.shipFrom = Address::fromJson(json.value(QStringLiteral("shipFrom")).toObject());
    p.timeZone = json.value(QStringLiteral("timeZone")).toString();
    for (const QJsonValue& d : json.value(QStringLiteral("holidays")).toArray())
        p.holidays.append(QDate::fromString(d.toString(), Qt::ISODate));
    return p;
}

QList<PackedUnits> Packing::unpacked(const QString& orderId) const
{
    QList<PackedUnits> open;
    const auto reservation = m_state.reservation(orderId);
    if (!reservation)
        return open;
    for (const Allocation& a : reservation->allocations)
        if (a.picked > 0)
            addUnits(open, PackedUnits{a.lineNo, a.key.sku, a.key.lot, a.picked});
    for (const PackCarton& carton : m_shipping.packCartons(orderId))
        for (const PackedUnits& u : carton.contents)
            addUnits(open, PackedUnits{u.lineNo, u.sku, u.lot, -u.quantity});
    open.removeIf([](const PackedUnits& u) { return u.quantity <= 0; });
    return open;
}

Result<Order> Packing::packableOrder(const QString& orderId) const
{
    const auto order = m_state.order(orderId);
    if (!order) // another tenant's order is not visible through this tenant's state: it is unknown here
        return makeError(ErrorCode::UnknownOrder,
                         QT_TRANSLATE_NOOP("wh::Refusal", "There is no order %1 here."), {orderId});
    if (order->status != OrderStatus::Processing && order->status != OrderStatus::Paid &&
        order->status != OrderStatus::PendingPayment)
        return makeError(ErrorCode::IllegalTransition,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Order %1 is %2: it is not packed."),
                         {orderId, orderStatusName(order->status)});
    if (order->status != OrderStatus::Processing)
        return makeError(
            ErrorCode::NotFullyPicked,
            QT_TRANSLATE_NOOP("wh::Refusal", "Order %1 is %2: only an order that has been picked is packed."),
            {orderId, orderStatusName(order->status)});
    // "Fully picked" counts what was reserved (the sum of each line's allocations), not what was ordered:
    // a line reserved in part is packed as reserved.
    const auto reservation = m_state.reservation(orderId);
    if (!reservation || reservation->status != ReservationStatus::Active ||
        reservation->allocations.isEmpty())
        return makeError(ErrorCode::NotFullyPicked,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Order %1 holds no picked stock to pack."),
                         {orderId});
    for (const Allocation& a : reservation->allocations)
        if (a.picked < a.quantity)
            return makeError(
                ErrorCode::NotFullyPicked,
                QT_TRANSLATE_NOOP("wh::Refusal",
                                  "Order %1 is not fully picked: line %2 (%3) has %4 of %5 picked "
                                  "from %6. Finish picking before packing."),
                {orderId, n(a.lineNo), a.key.sku, n(a.picked), n(a.quantity), a.key.location});
    return *order;
}

Result<CartonChoice> Packing::suggestCarton(const QString& orderId) const
{
    if (auto order = packableOrder(orderId); !order)
        return order.error();
    QList<PackItem> items;
    for (const PackedUnits& u : unpacked(orderId)) {
        Sku unknown;
        unknown.code = u.sku;
        items.append(PackItem::fromSku(m_state.sku(u.sku).value_or(unknown), u.quantity));
    }
    auto chooser = CartonChooser::create(m_shipping.cartonTypes());
    if (!chooser)
        return makeError(
            ErrorCode::NotConfigured,
            QT_TRANSLATE_NOOP("wh::Refusal", "No carton sizes are configured for this merchant."));
    return chooser->choose(items);
}

Result<EventList> Packing::openCarton(const OpenCarton& cmd, const QString& cartonId)
{
    auto order = packableOrder(cmd.orderId);
    if (!order)
        return order.error();
    if (m_shipping.packingStatus(cmd.orderId) == PackingStatus::Packed)
        return makeError(ErrorCode::IllegalTransition,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Order %1 is already packed."), {cmd.orderId});
    const QList<Carton> types = m_shipping.cartonTypes();
    const auto type =
        std::find_if(types.begin(), types.end(), [&](const Carton& c) { return c.code == cmd.cartonType; });
    if (type == types.end())
        return makeError(ErrorCode::NotConfigured,
                         QT_TRANSLATE_NOOP("wh::Refusal", "There is no carton type %1 at this station."),
                         {cmd.cartonType});
    // The suggestion is recorded beside the packer's choice, so packing quality can be reviewed later; an
    // order the chooser cannot place in one box (or items not measured) has none.
    const auto suggestion = suggestCarton(cmd.orderId);
    return EventList{
        orderEvent(EventType::CartonOpened, cmd.orderId,
                   {{QStringLiteral("orderId"), cmd.orderId},
                    {QStringLiteral("cartonId"), cartonId},
                    {QStringLiteral("carton"), type->toJson()},
                    {QStringLiteral("suggested"), suggestion ? suggestion->carton.code : QString()}})};
}

Result<PackCarton> Packing::openCartonNamed(const QString& cartonId) const
{
    const auto carton = m_shipping.packCarton(cartonId);
    if (!carton) {
        if (m_shipping.cartonOfOtherTenant(cartonId))
            return makeError(ErrorCode::ForeignTenant,
                             QT_TRANSLATE_NOOP("wh::Refusal", "Carton %1 belongs to another merchant."),
                             {cartonId});
        return makeError(ErrorCode::UnknownCarton, QT_TRANSLATE_NOOP("wh::Refusal", "There is no carton %1."),
                         {cartonId});
    }
    if (carton->status != PackCartonStatus::Open)
        return makeError(ErrorCode::CartonNotOpen,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Carton %1 is already closed: open a new carton."),
                         {cartonId});
    return *carton;
}

Result<PackCarton> Packing::packingCarton(const QString& cartonId) const
{
    auto carton = openCartonNamed(cartonId);
    if (!carton)
        return carton;
    const auto order = m_state.order(carton->orderId);
    if (order && order->status != OrderStatus::Processing)
        return makeError(
            ErrorCode::IllegalTransition,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Order %1 is %2 now: carton %3 is not packed further. Take its items "
                              "out and put them back."),
            {carton->orderId, orderStatusName(order->status), carton->id});
    return carton;
}

Result<QList<PackedUnits>> Packing::placeScan(const PackScan& cmd, const PackCarton& carton) const
{
    if (cmd.quantity <= 0 || cmd.quantity > Inventory::kMaxUnitsPerAction)
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Pack 1 or more units at a time, not %1."),
                         {n(cmd.quantity)});
    auto sku = resolveScannedItem(m_state, m_picking, cmd.item);
    if (!sku)
        return sku.error();
    const QList<PackedUnits> open = unpacked(carton.orderId);
    const auto order = m_state.order(carton.orderId);
    bool inOrder = false;
    if (order)
        for (const OrderLine& line : order->lines)
            inOrder = inOrder || line.sku == sku->code;
    if (!inOrder)
        return makeError(ErrorCode::NotInOrder,
                         QT_TRANSLATE_NOOP("wh::Refusal",
                                           "%1 (%2) is not in order %3: put it aside, it is an extra item."),
                         {sku->code, sku->description, carton.orderId});
    if (sku->lotTracked && cmd.item.lot.isEmpty())
        return makeError(
            ErrorCode::WrongLot,
            QT_TRANSLATE_NOOP("wh::Refusal", "%1 is lot-tracked: scan the code with the lot on it."),
            {sku->code});
    // Lines in order: an SKU on two lines fills the first line's picked units first.
    QList<PackedUnits> placed;
    std::int64_t left = cmd.quantity;
    std::int64_t available = 0;
    for (const PackedUnits& u : open) {
        if (u.sku != sku->code || (sku->lotTracked && u.lot != cmd.item.lot))
            continue;
        available += u.quantity;
        const std::int64_t take = std::min(left, u.quantity);
        if (take > 0)
            placed.append(PackedUnits{u.lineNo, u.sku, u.lot, take});
        left -= take;
    }
    if (left > 0)
        return makeError(
            ErrorCode::OverPack,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Order %1 has %2 unit(s) of %3%4 left to pack; you scanned %5. Put "
                              "the extra item aside."),
            {carton.orderId, n(available), sku->code,
             sku->lotTracked ? refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", " lot %1"), {cmd.item.lot})
                             : RefusalArg(),
             n(cmd.quantity)});
    // The box's strength is the limit: beyond it the packer opens another carton.
    std::int64_t weight = std::int64_t{sku->weightGrams} * cmd.quantity;
    for (const PackedUnits& u : carton.contents)
        if (const auto packed = m_state.sku(u.sku))
            weight += std::int64_t{packed->weightGrams} * u.quantity;
    if (weight > carton.type.maxWeightGrams)
        return makeError(
            ErrorCode::NoCartonFits,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Carton %1 (%2) takes at most %3 g; with this it would hold %4 g. Open "
                              "another carton for it."),
            {carton.id, carton.type.code, n(carton.type.maxWeightGrams), n(weight)});
    return placed;
}

Status Packing::checkScan(const PackScan& cmd) const
{
    auto carton = packingCarton(cmd.cartonId);
    if (!carton)
        return carton.error();
    if (auto placed = placeScan(cmd, *carton); !placed)
        return placed.error();
    return {};
}

Result<EventList> Packing::pack(const PackScan& cmd)
{
    auto carton = packingCarton(cmd.cartonId);
    if (!carton)
        return carton.error();
    auto placed = placeScan(cmd, *carton);
    if (!placed)
        return placed.error();
    EventList events;
    for (const PackedUnits& u : *placed)
        events.append(orderEvent(EventType::ItemPacked, carton->orderId,
                                 {{QStringLiteral("orderId"), carton->orderId},
                                  {QStringLiteral("cartonId"), carton->id},
                                  {QStringLiteral("lineNo"), u.lineNo},
                                  {QStringLiteral("sku"), u.sku},
                                  {QStringLiteral("lot"), u.lot},
                                  {QStringLiteral("quantity"), static_cast<qint64>(u.quantity)}}));
    return events;
}

Result<EventList> Packing::close(const CloseCarton& cmd)
{
    auto carton = packingCarton(cmd.cartonId);
    if (!carton)
        return carton.error();
    if (carton->contents.isEmpty())
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal", "Carton %1 is empty: scan the items into it first."),
            {carton->id});
    std::int64_t expected = carton->type.tareGrams;
    for (const PackedUnits& u : carton->contents) {
        const auto sku = m_state.sku(u.sku);
        if (!sku || sku->weightGrams <= 0)
            return makeError(ErrorCode::InvalidArgument,
                             QT_TRANSLATE_NOOP("wh::Refusal",
                                               "%1 has no weight on record, so the carton cannot be checked: "
                                               "weigh one unit and record it first."),
                             {u.sku});
        expected += std::int64_t{sku->weightGrams} * u.quantity;
    }
    if (cmd.measuredGrams <= 0)
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Put carton %1 on the scale: no weight was read."),
                         {carton->id});
    const WeightCheck check = WeightCheck::compare(expected, cmd.measuredGrams);
    if (!check.plausible)
        return makeError(
            ErrorCode::WeightOutOfTolerance,
            QT_TRANSLATE_NOOP("wh::Refusal", "Carton %1 weighs %2 g, expected %3 g (within %4 g). %5"),
            {carton->id, n(cmd.measuredGrams), n(expected), n(check.toleranceGrams), check.refusal()});

    const QList<PackCarton> cartons = m_shipping.packCartons(carton->orderId);
    const bool otherOpen = std::any_of(cartons.begin(), cartons.end(), [&](const PackCarton& c) {
        return c.id != carton->id && c.status == PackCartonStatus::Open;
    });
    const QList<PackedUnits> missing = unpacked(carton->orderId);
    if (!otherOpen && !missing.isEmpty()) {
        QList<RefusalArg> names;
        for (const PackedUnits& u : missing)
            names.append(refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "line %1 %2%3: %4"),
                                      {n(u.lineNo), u.sku, Inventory::lotWords(u.lot), n(u.quantity)}));
        return makeError(
            ErrorCode::ItemsMissing,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Carton %1 is the last open carton of order %2, and picked units are "
                              "not packed yet (%3). Scan them in, or open another carton first."),
            {carton->id, carton->orderId, refusalList(names, QT_TRANSLATE_NOOP("wh::Refusal", "%1; %2"))});
    }

    const auto cartonJson = [](const PackCarton& c, std::int64_t weight, std::int64_t expectedGrams) {
        return QJsonObject{{QStringLiteral("cartonId"), c.id},
                           {QStringLiteral("cartonType"), c.type.code},
                           {QStringLiteral("lengthMm"), c.type.lengthMm},
                           {QStringLiteral("widthMm"), c.type.widthMm},
                           {QStringLiteral("heightMm"), c.type.heightMm},
                           {QStringLiteral("weightGrams"), static_cast<qint64>(weight)},
                           {QStringLiteral("expectedGrams"), static_cast<qint64>(expectedGrams)},
                           {QStringLiteral("contents"), contentsToJson(c.contents)}};
    };
    QJsonObject closed = cartonJson(*carton, cmd.measuredGrams, expected);
    closed.insert(QStringLiteral("orderId"), carton->orderId);
    EventList events{orderEvent(EventType::CartonClosed, carton->orderId, closed)};
    const bool othersHoldUnits = std::any_of(cartons.begin(), cartons.end(), [&](const PackCarton& c) {
        return c.id != carton->id && c.status == PackCartonStatus::Open && c.units() > 0;
    });
    if (missing.isEmpty() && !othersHoldUnits) {
        // Every picked unit is in a closed carton (open cartons left empty play no part): the order is
        // packed.
        QJsonArray all;
        for (const PackCarton& c : cartons) {
            if (c.id == carton->id)
                all.append(cartonJson(*carton, cmd.measuredGrams, expected));
            else if (c.status == PackCartonStatus::Closed)
                all.append(cartonJson(c, c.weightGrams, c.expectedGrams));
        }
        events.append(
            orderEvent(EventType::Packed, carton->orderId,
                       {{QStringLiteral("orderId"), carton->orderId}, {QStringLiteral("cartons"), all}}));
    }
    return events;
}

} // namespace wh
