#include "Inventory.h"

#include "EnumNames.h"
#include "Gtin.h"
#include "OrderRules.h"

#include <QJsonArray>

#include <algorithm>

namespace wh {

namespace {

constexpr EnumNames<AdjustReason, 5> kReasonNames{{{
    {AdjustReason::Damaged, "damaged"},
    {AdjustReason::Lost, "lost"},
    {AdjustReason::Found, "found"},
    {AdjustReason::Expired, "expired"},
    {AdjustReason::CountCorrection, "count_correction"},
}}};

DomainEvent event(const QString& type, const QString& aggregateType, const QString& aggregateId,
                  QJsonObject payload)
{
    return DomainEvent{type, aggregateType, aggregateId, std::move(payload)};
}

} // namespace

QString Inventory::dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

RefusalArg Inventory::lotWords(const QString& lot)
{
    return lot.isEmpty() ? RefusalArg() : refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", " lot %1"), {lot});
}

RefusalArg Inventory::expiryWords(QDate expiry)
{
    return expiry.isValid() ? refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "on %1"), {dateText(expiry)})
                            : refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "never"));
}

QJsonObject Inventory::allocationToJson(const Allocation& a)
{
    return QJsonObject{{QStringLiteral("lineNo"), a.lineNo},
                       {QStringLiteral("sku"), a.key.sku},
                       {QStringLiteral("location"), a.key.location},
                       {QStringLiteral("lot"), a.key.lot},
                       {QStringLiteral("expiry"), dateText(a.expiry)},
                       {QStringLiteral("quantity"), static_cast<qint64>(a.quantity)}};
}

namespace {

bool validCode(const QString& code)
{
    if (code.isEmpty() || code.size() > 64)
        return false;
    return std::all_of(code.begin(), code.end(), [](QChar c) { return c.isPrint() && !c.isSpace(); });
}

// FEFO first (a lot that expires sooner goes first, lots without expiry last), then pick faces before bulk,
// then the pick path.
bool allocationOrder(const StockRecord& a, const StockRecord& b)
{
    if (a.expiry.isValid() != b.expiry.isValid())
        return a.expiry.isValid();
    if (a.expiry != b.expiry)
        return a.expiry < b.expiry;
    if (a.pickFace != b.pickFace)
        return a.pickFace;
    if (a.pickSequence != b.pickSequence)
        return a.pickSequence < b.pickSequence;
    if (a.key.location != b.key.location)
        return a.key.location < b.key.location;
    return a.key.lot < b.key.lot;
}

} // namespace

QString adjustReasonName(AdjustReason reason)
{
    return kReasonNames.name(reason);
}

std::optional<AdjustReason> adjustReasonFromName(const QString& name)
{
    return kReasonNames.value(name);
}

QJsonObject Inventory::skuToJson(const Sku& s)
{
    QJsonObject json{{QStringLiteral("code"), s.code},
                     {QStringLiteral("gtin"), s.gtin},
                     {QStringLiteral("description"), s.description},
                     {QStringLiteral("unit"), s.unit},
                     {QStringLiteral("weightGrams"), s.weightGrams},
                     {QStringLiteral("lengthMm"), s.lengthMm},
                     {QStringLiteral("widthMm"), s.widthMm},
                     {QStringLiteral("heightMm"), s.heightMm},
                     {QStringLiteral("lowStockThreshold"), s.lowStockThreshold},
                     {QStringLiteral("reorderQuantity"), s.reorderQuantity},
                     {QStringLiteral("lotTracked"), s.lotTracked}};
    if (s.unitCostMinor != 0) // only when known: SKUs defined before costs existed keep their exact bytes
        json.insert(QStringLiteral("unitCostMinor"), static_cast<qint64>(s.unitCostMinor));
    return json;
}

Sku Inventory::skuFromJson(const QJsonObject& j)
{
    Sku s;
    s.code = j.value(QStringLiteral("code")).toString();
    s.gtin = j.value(QStringLiteral("gtin")).toString();
    s.description = j.value(QStringLiteral("description")).toString();
    s.unit = j.value(QStringLiteral("unit")).toString();
    s.weightGrams = j.value(QStringLiteral("weightGrams")).toInt();
    s.lengthMm = j.value(QStringLiteral("lengthMm")).toInt();
    s.widthMm = j.value(QStringLiteral("widthMm")).toInt();
    s.heightMm = j.value(QStringLiteral("heightMm")).toInt();
    s.lowStockThreshold = j.value(QStringLiteral("lowStockThreshold")).toInt(kDefaultLowStockThreshold);
    s.reorderQuantity = j.value(QStringLiteral("reorderQuantity")).toInt();
    s.lotTracked = j.value(QStringLiteral("lotTracked")).toBool();
    s.unitCostMinor = j.value(QStringLiteral("unitCostMinor")).toInteger();
    return s;
}

QJsonObject Inventory::locationToJson(const Location& l)
{
    QJsonObject json{{QStringLiteral("code"), l.code},
                     {QStringLiteral("zone"), l.zone},
                     {QStringLiteral("type"), locationTypeName(l.type)},
                     {QStringLiteral("pickSequence"), l.pickSequence}};
    // Only what is set: locations defined before capacities existed keep their exact bytes.
    if (l.maxVolumeCm3 != 0)
        json.insert(QStringLiteral("maxVolumeCm3"), static_cast<qint64>(l.maxVolumeCm3));
    if (l.maxWeightGrams != 0)
        json.insert(QStringLiteral("maxWeightGrams"), static_cast<qint64>(l.maxWeightGrams));
    if (!l.replenishSku.isEmpty()) {
        json.insert(QStringLiteral("replenishSku"), l.replenishSku);
        json.insert(QStringLiteral("minQuantity"), static_cast<qint64>(l.minQuantity));
        json.insert(QStringLiteral("maxQuantity"), static_cast<qint64>(l.maxQuantity));
    }
    return json;
}

Location Inventory::locationFromJson(const QJsonObject& j)
{
    Location l;
    l.code = j.value(QStringLiteral("code")).toString();
    l.zone = j.value(QStringLiteral("zone")).toString();
    l.type = locationTypeFromName(j.value(QStringLiteral("type")).toString()).value_or(LocationType::Bulk);
    l.pickSequence = j.value(QStringLiteral("pickSequence")).toInt();
    l.maxVolumeCm3 = j.value(QStringLiteral("maxVolumeCm3")).toInteger();
    l.maxWeightGrams = j.value(QStringLiteral("maxWeightGrams")).toInteger();
    l.replenishSku = j.value(QStringLiteral("replenishSku")).toString();
    l.minQuantity = j.value(QStringLiteral("minQuantity")).toInteger();
    l.maxQuantity = j.value(QStringLiteral("maxQuantity")).toInteger();
    return l;
}

QJsonArray Inventory::linesToJson(const QList<OrderLine>& lines)
{
    QJsonArray json;
    for (const OrderLine& line : lines)
        json.append(
            QJsonObject{{QStringLiteral("lineNo"), line.lineNo},
                        {QStringLiteral("sku"), line.sku},
                        {QStringLiteral("quantity"), static_cast<qint64>(line.quantity)},
                        {QStringLiteral("unitPriceMinor"), static_cast<qint64>(line.unitPrice.minor())}});
    return json;
}

QList<OrderLine> Inventory::linesFromJson(const QJsonArray& json)
{
    QList<OrderLine> lines;
    for (const QJsonValue& v : json) {
        const QJsonObject line = v.toObject();
        lines.append(OrderLine{line.value(QStringLiteral("lineNo")).toInt(),
                               line.value(QStringLiteral("sku")).toString(),
                               line.value(QStringLiteral("quantity")).toInteger(),
                               Money::fromMinor(line.value(QStringLiteral("unitPriceMinor")).toInteger())});
    }
    return lines;
}

QJsonArray Inventory::shortLinesToJson(const QList<ShortLine>& lines)
{
    QJsonArray json;
    for (const ShortLine& line : lines)
        json.append(QJsonObject{{QStringLiteral("lineNo"), line.lineNo},
                                {QStringLiteral("sku"), line.sku},
                                {QStringLiteral("ordered"), static_cast<qint64>(line.ordered)},
                                {QStringLiteral("reserved"), static_cast<qint64>(line.reserved)},
                                {QStringLiteral("missing"), static_cast<qint64>(line.missing)}});
    return json;
}

QJsonObject Inventory::orderToJson(const Order& o)
{
    QJsonObject json{{QStringLiteral("orderId"), o.id},
                     {QStringLiteral("status"), orderStatusName(o.status)},
                     {QStringLiteral("service"), o.service},
                     {QStringLiteral("promisedDate"), dateText(o.promisedDate)},
                     {QStringLiteral("allowPartial"), o.allowPartial},
                     {QStringLiteral("valueMinor"), static_cast<qint64>(o.value().minor())},
                     {QStringLiteral("lines"), linesToJson(o.lines)}};
    // Only when there is one: orders registered before ship-to addresses existed keep their exact bytes.
    if (o.shipTo)
        json.insert(QStringLiteral("shipTo"), o.shipTo->toJson());
    return json;
}

Order Inventory::orderFromJson(const QJsonObject& j)
{
    Order o;
    o.id = j.value(QStringLiteral("orderId")).toString();
    o.status = orderStatusFromName(j.value(QStringLiteral("status")).toString()).value_or(OrderStatus::Draft);
    o.service = j.value(QStringLiteral("service")).toString();
    o.promisedDate = QDate::fromString(j.value(QStringLiteral("promisedDate")).toString(), Qt::ISODate);
    o.allowPartial = j.value(QStringLiteral("allowPartial")).toBool();
    if (j.contains(QStringLiteral("shipTo")))
        o.shipTo = Address::fromJson(j.value(QStringLiteral("shipTo")).toObject());
    o.lines = linesFromJson(j.value(QStringLiteral("lines")).toArray());
    return o;
}

Result<Location> Inventory::ownLocation(const QString& code) const
{
    if (auto found = m_state.location(code))
        return *found;
    if (m_state.locationOfOtherTenant(code))
        return makeError(ErrorCode::ForeignTenant,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Location %1 belongs to another merchant."),
                         {code});
    return makeError(ErrorCode::UnknownLocation, QT_TRANSLATE_NOOP("wh::Refusal", "There is no location %1."),
                     {code});
}

Result<Sku> Inventory::knownSku(const QString& code) const
{
    if (auto found = m_state.sku(code))
        return *found;
    return makeError(ErrorCode::UnknownSku,
                     QT_TRANSLATE_NOOP("wh::Refusal", "There is no SKU %1 for this merchant."), {code});
}

Status Inventory::checkLot(const Sku& sku, const QString& lot) const
{
    if (sku.lotTracked && lot.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "SKU %1 is lot-tracked: scan or enter its lot."),
                         {sku.code});
    if (!sku.lotTracked && !lot.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "SKU %1 is not lot-tracked, but lot %2 was given."),
                         {sku.code, lot});
    if (!lot.isEmpty() && !validCode(lot))
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Lot \"%1\" is not a valid lot code."), {lot});
    return {};
}

Status Inventory::checkPlausible(std::int64_t quantity)
{
    // Far above any real pallet count, far below where sums of stock could overflow.
    if (quantity > kMaxUnitsPerAction || quantity < -kMaxUnitsPerAction)
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "%1 units in one action is not plausible (at most %2); check the quantity."),
            {QString::number(quantity), QString::number(kMaxUnitsPerAction)});
    return {};
}

Result<EventList> Inventory::defineSku(const Sku& sku)
{
    if (!validCode(sku.code))
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "\"%1\" is not a valid SKU code (1-64 printable characters, no spaces)."),
            {sku.code});
    if (!sku.gtin.isEmpty() && !Gtin::valid(sku.gtin))
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal", "GTIN %1 of SKU %2 is not a valid GTIN-8/12/13/14."),
            {sku.gtin, sku.code});
    if (sku.lowStockThreshold < 0 || sku.reorderQuantity < 0 || sku.weightGrams < 0 || sku.lengthMm < 0 ||
        sku.widthMm < 0 || sku.heightMm < 0 || sku.unitCostMinor < 0)
        return makeError(ErrorCode::NegativeQuantity,
                         QT_TRANSLATE_NOOP("wh::Refusal", "SKU %1 has a negative size, weight or threshold."),
                         {sku.code});
    if (auto existing = m_state.sku(sku.code);
        existing && existing->lotTracked != sku.lotTracked && m_state.onHandTotal(sku.code) > 0)
        // Changing lot tracking would strand the lots (or the untracked rows) already in stock.
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal", "SKU %1 is in stock: its lot tracking cannot change."),
            {sku.code});
    return EventList{event(EventType::SkuDefined, QStringLiteral("sku"), sku.code, skuToJson(sku))};
}

Result<EventList> Inventory::defineLocation(const Location& location)
{
    if (!validCode(location.code))
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "\"%1\" is not a valid location code."),
                         {location.code});
    if (m_state.locationOfOtherTenant(location.code))
        return makeError(ErrorCode::ForeignTenant,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Location %1 belongs to another merchant."),
                         {location.code});
    if (location.maxVolumeCm3 < 0 || location.maxWeightGrams < 0)
        return makeError(ErrorCode::NegativeQuantity,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Location %1 has a negative capacity."),
                         {location.code});
    if (!location.replenishSku.isEmpty()) {
        if (location.type != LocationType::Pick)
            return makeError(
                ErrorCode::InvalidArgument,
                QT_TRANSLATE_NOOP("wh::Refusal", "Only a pick face is replenished; %1 is a %2 location."),
                {location.code, locationTypeName(location.type)});
        if (auto sku = knownSku(location.replenishSku); !sku)
            return sku.error();
        if (location.minQuantity < 0 || location.maxQuantity <= location.minQuantity ||
            location.maxQuantity > kMaxUnitsPerAction)
            return makeError(
                ErrorCode::InvalidArgument,
                QT_TRANSLATE_NOOP("wh::Refusal",
                                  "Pick face %1 needs 0 <= minimum < maximum (%2 and %3 given)."),
                {location.code, QString::number(location.minQuantity),
                 QString::number(location.maxQuantity)});
    } else if (location.minQuantity != 0 || location.maxQuantity != 0) {
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal",
                                           "Location %1 has a minimum and maximum but no SKU to replenish."),
                         {location.code});
    }
    return EventList{event(EventType::LocationDefined, QStringLiteral("location"), location.code,
                           locationToJson(location))};
}

Result<EventList> Inventory::receive(const ReceiveStock& cmd)
{
    if (cmd.quantity <= 0)
        return makeError(ErrorCode::NegativeQuantity,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Received quantity must be at least 1, not %1."),
                         {QString::number(cmd.quantity)});
    if (auto plausible = checkPlausible(cmd.quantity); !plausible)
        return plausible.error();
    auto sku = knownSku(cmd.sku);
    if (!sku)
        return sku.error();
    auto where = ownLocation(cmd.location);
    if (!where)
        return where.error();
    if (where->type == LocationType::Packing || where->type == LocationType::Shipping)
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Stock cannot be received into %1, a %2 area."),
                         {cmd.location, locationTypeName(where->type)});
    if (auto lot = checkLot(*sku, cmd.lot); !lot)
        return lot.error();
    QDate expiry = cmd.expiry;
    if (auto existing = m_state.stock({cmd.sku, cmd.location, cmd.lot});
        existing && existing->level.onHand > 0) {
        if (existing->expiry != cmd.expiry)
            return makeError(
                ErrorCode::InvalidArgument,
                QT_TRANSLATE_NOOP("wh::Refusal", "Lot %1 of %2 in %3 expires on %4, not %5."),
                {cmd.lot, cmd.sku, cmd.location, dateText(existing->expiry), dateText(cmd.expiry)});
    }
    m_lowStock.track(cmd.sku, *where, expiry, cmd.quantity);
    return m_lowStock.appendEvents(
        {event(EventType::StockReceived, QStringLiteral("sku"), cmd.sku,
               {{QStringLiteral("sku"), cmd.sku},
                {QStringLiteral("location"), cmd.location},
                {QStringLiteral("lot"), cmd.lot},
                {QStringLiteral("expiry"), dateText(expiry)},
                {QStringLiteral("quantity"), static_cast<qint64>(cmd.quantity)}})});
}

Result<EventList> Inventory::move(const MoveStock& cmd)
{
    if (cmd.quantity <= 0)
        return makeError(ErrorCode::NegativeQuantity,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Moved quantity must be at least 1, not %1."),
                         {QString::number(cmd.quantity)});
    auto sku = knownSku(cmd.sku);
    if (!sku)
        return sku.error();
    auto from = ownLocation(cmd.from);
    if (!from)
        return from.error();
    auto to = ownLocation(cmd.to);
    if (!to)
        return to.error();
    if (cmd.from == cmd.to)
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "A move needs two different locations."));
    if (auto lot = checkLot(*sku, cmd.lot); !lot)
        return lot.error();
    if (to->type == LocationType::Packing || to->type == LocationType::Shipping)
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Stock reaches %1 by picking, not by a move."),
                         {cmd.to});
    const auto source = m_state.stock({cmd.sku, cmd.from, cmd.lot});
    const std::int64_t available = source ? source->level.available() : 0;
    if (available < cmd.quantity)
        return makeError(ErrorCode::InsufficientStock,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Only %1 of %2%3 is free to move in %4; %5 asked."),
                         {QString::number(available), cmd.sku, lotWords(cmd.lot), cmd.from,
                          QString::number(cmd.quantity)});
    if (auto target = m_state.stock({cmd.sku, cmd.to, cmd.lot});
        target && target->level.onHand > 0 && target->expiry != source->expiry)
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Lot %1 in %2 has another expiry date."),
                         {cmd.lot, cmd.to});
    m_lowStock.track(cmd.sku, *from, source->expiry, -cmd.quantity);
    m_lowStock.track(cmd.sku, *to, source->expiry, cmd.quantity);
    return m_lowStock.appendEvents(
        {event(EventType::StockMoved, QStringLiteral("sku"), cmd.sku,
               {{QStringLiteral("sku"), cmd.sku},
                {QStringLiteral("from"), cmd.from},
                {QStringLiteral("to"), cmd.to},
                {QStringLiteral("lot"), cmd.lot},
                {QStringLiteral("expiry"), dateText(source->expiry)},
                {QStringLiteral("quantity"), static_cast<qint64>(cmd.quantity)}})});
}

Result<EventList> Inventory::adjust(const AdjustStock& cmd)
{
    if (cmd.delta == 0)
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "An adjustment of zero changes nothing."));
    if (auto plausible = checkPlausible(cmd.delta); !plausible)
        return plausible.error();
    auto sku = knownSku(cmd.sku);
    if (!sku)
        return sku.error();
    auto where = ownLocation(cmd.location);
    if (!where)
        return where.error();
    if (auto lot = checkLot(*sku, cmd.lot); !lot)
        return lot.error();
    const auto current = m_state.stock({cmd.sku, cmd.location, cmd.lot});
    QDate expiry = current && current->level.onHand > 0 ? current->expiry : cmd.expiry;
    if (cmd.delta < 0) {
        const std::int64_t available = current ? current->level.available() : 0;
        if (-cmd.delta > available)
            return makeError(
                ErrorCode::InsufficientStock,
                QT_TRANSLATE_NOOP("wh::Refusal",
                                  "Only %1 of %2 in %3 is free; %4 cannot be taken off (reserved stock "
                                  "is released first)."),
                {QString::number(available), cmd.sku, cmd.location, QString::number(-cmd.delta)});
    }
    m_lowStock.track(cmd.sku, *where, expiry, cmd.delta);
    return m_lowStock.appendEvents({event(EventType::StockAdjusted, QStringLiteral("sku"), cmd.sku,
                                          {{QStringLiteral("sku"), cmd.sku},
                                           {QStringLiteral("location"), cmd.location},
                                           {QStringLiteral("lot"), cmd.lot},
                                           {QStringLiteral("expiry"), dateText(expiry)},
                                           {QStringLiteral("delta"), static_cast<qint64>(cmd.delta)},
                                           {QStringLiteral("reason"), adjustReasonName(cmd.reason)}})});
}

Status Inventory::knownSkus(const QString& orderId, const QList<OrderLine>& lines) const
{
    for (const OrderLine& line : lines)
        if (!m_state.sku(line.sku))
            return makeError(ErrorCode::UnknownSku,
                             QT_TRANSLATE_NOOP("wh::Refusal", "Line %1 of order %2: there is no SKU %3."),
                             {QString::number(line.lineNo), orderId, line.sku});
    return {};
}

AllocationPlan Inventory::allocate(const QList<OrderLine>& lines, const QList<Allocation>& freed) const
{
    const auto rowId = [](const StockKey& key) -> QString {
        return key.sku + QChar(0x1f) + key.location + QChar(0x1f) + key.lot;
    };
    QHash<QString, std::int64_t> credit; // units the same action releases from the order's own reservation
    for (const Allocation& a : freed)
        credit[rowId(a.key)] += a.open();
    const QDate today = m_clock.today();
    QHash<QString, QList<StockRecord>> candidates;
    QHash<QString, std::int64_t> taken; // what earlier lines of this order already took, per row
    AllocationPlan plan;
    for (const OrderLine& line : lines) {
        if (!candidates.contains(line.sku)) {
            QList<StockRecord> rows = m_state.allocatableStock(line.sku);
            // A bin the order holds in full has nothing available, yet its units are the order's again.
            for (const Allocation& a : freed) {
                if (a.key.sku != line.sku || a.open() <= 0 ||
                    std::any_of(rows.begin(), rows.end(),
                                [&](const StockRecord& r) { return r.key == a.key; }))
                    continue;
                const auto row = m_state.stock(a.key);
                const auto where = m_state.location(a.key.location);
                if (row && where && where->allocatable())
                    rows.append(*row);
            }
            rows.erase(
                std::remove_if(rows.begin(), rows.end(),
                               [&](const StockRecord& r) { return r.expiry.isValid() && r.expiry < today; }),
                rows.end());
            std::sort(rows.begin(), rows.end(), allocationOrder);
            candidates.insert(line.sku, rows);
        }
        std::int64_t needed = line.quantity;
        for (const StockRecord& row : std::as_const(candidates[line.sku])) {
            if (needed == 0)
                break;
            const QString id = rowId(row.key);
            const std::int64_t free = row.level.available() + credit.value(id) - taken.value(id);
            if (free <= 0)
                continue;
            const std::int64_t take = std::min(free, needed);
            taken[id] += take;
            plan.allocations.append(Allocation{line.lineNo, row.key, row.expiry, take, 0});
            needed -= take;
        }
        if (needed > 0)
            plan.shortLines.append(
                ShortLine{line.lineNo, line.sku, line.quantity, line.quantity - needed, needed});
    }
    return plan;
}

Result<EventList> Inventory::reserve(const Order& order)
{
    if (auto valid = OrderRules::validate(order); !valid)
        return valid.error();
    if (order.status != OrderStatus::Draft && order.status != OrderStatus::PendingPayment &&
        order.status != OrderStatus::Paid)
        return makeError(
            ErrorCode::IllegalTransition,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Order %1 is %2: only an order not yet in processing can be reserved."),
            {order.id, orderStatusName(order.status)});
    if (m_state.order(order.id))
        return makeError(ErrorCode::AlreadyExists,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Order %1 is already known here."), {order.id});
    if (auto known = knownSkus(order.id, order.lines); !known)
        return known.error();

    const AllocationPlan plan = allocate(order.lines);
    if (!plan.shortLines.isEmpty() && (!order.allowPartial || plan.allocations.isEmpty())) {
        QStringList shortText;
        for (const ShortLine& line : plan.shortLines)
            shortText.append(QStringLiteral("line %1 (%2) is short by %3")
                                 .arg(QString::number(line.lineNo), line.sku, QString::number(line.missing)));
        const QString message = QStringLiteral("Order %1 cannot be reserved: %2.")
                                    .arg(order.id, shortText.join(QStringLiteral("; ")));
        // The order is not registered: the saga may ask again (a new command) once stock has come in.
        return makeAnsweredError(
            ErrorCode::InsufficientStock, message,
            {event(EventType::ReservationFailed, QStringLiteral("order"), order.id,
                   {{QStringLiteral("orderId"), order.id},
                    {QStringLiteral("reason"), QStringLiteral("InsufficientStock")},
                    {QStringLiteral("code"), errorCodeName(ErrorCode::InsufficientStock)},
                    {QStringLiteral("message"), message},
                    {QStringLiteral("allowPartial"), order.allowPartial},
                    {QStringLiteral("shortLines"), shortLinesToJson(plan.shortLines)}})});
    }

    QJsonArray allocationJson;
    for (const Allocation& a : plan.allocations) {
        allocationJson.append(allocationToJson(a));
        m_lowStock.trackSellable(a.key.sku, -a.quantity); // allocatable and unexpired by construction
    }
    QJsonObject reserved{{QStringLiteral("orderId"), order.id},
                         {QStringLiteral("allocations"), allocationJson}};
    if (!plan.shortLines.isEmpty()) {
        reserved.insert(QStringLiteral("partial"), true);
        reserved.insert(QStringLiteral("shortLines"), shortLinesToJson(plan.shortLines));
    }
    Order registered = order;
    registered.createdAt = m_clock.now();
    return m_lowStock.appendEvents(
        {event(EventType::OrderRegistered, QStringLiteral("order"), order.id, orderToJson(registered)),
         event(EventType::InventoryReserved, QStringLiteral("order"), order.id, reserved)});
}

Result<EventList> Inventory::release(const ReleaseReservation& cmd)
{
    const auto order = m_state.order(cmd.orderId);
    if (!order)
        return makeError(ErrorCode::UnknownOrder,
                         QT_TRANSLATE_NOOP("wh::Refusal", "There is no order %1 here."), {cmd.orderId});
    const auto reservation = m_state.reservation(cmd.orderId);
    if (!reservation || reservation->status != ReservationStatus::Active)
        return makeError(ErrorCode::NothingToRelease,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Order %1 holds no reservation to release."),
                         {cmd.orderId});
    // Refused before anything is tracked: a refusal half-way would leave sellable changes in the tracker
    // for the next command this handler runs.
    for (const Allocation& a : reservation->allocations)
        if (a.picked > 0)
            return makeError(
                ErrorCode::AlreadyPicked,
                QT_TRANSLATE_NOOP("wh::Refusal",
                                  "Order %1 is partly picked: put the picked items back before its "
                                  "reservation is released."),
                {cmd.orderId});
    QJsonArray released;
    for (const Allocation& a : reservation->allocations) {
        released.append(allocationToJson(a));
        if (auto where = m_state.location(a.key.location))
            m_lowStock.track(a.key.sku, *where, a.expiry, a.quantity);
    }
    return m_lowStock.appendEvents(
        {event(EventType::ReservationReleased, QStringLiteral("order"), cmd.orderId,
               {{QStringLiteral("orderId"), cmd.orderId},
                {QStringLiteral("reason"), cmd.reason},
                {QStringLiteral("allocations"), released}})});
}

Result<EventList> Inventory::pick(const PickLine& cmd)
{
    if (cmd.quantity <= 0)
        return makeError(ErrorCode::NegativeQuantity,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Picked quantity must be at least 1, not %1."),
                         {QString::number(cmd.quantity)});
    const auto order = m_state.order(cmd.orderId);
    if (!order)
        return makeError(ErrorCode::UnknownOrder,
                         QT_TRANSLATE_NOOP("wh::Refusal", "There is no order %1 here."), {cmd.orderId});
    if (order->status != OrderStatus::Paid && order->status != OrderStatus::Processing)
        return makeError(ErrorCode::IllegalTransition,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Order %1 is %2: only a paid order is picked."),
                         {cmd.orderId, orderStatusName(order->status)});
    const auto reservation = m_state.reservation(cmd.orderId);
    if (!reservation || reservation->status != ReservationStatus::Active)
        return makeError(ErrorCode::NothingToRelease,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Order %1 holds no reservation to pick from."),
                         {cmd.orderId});
    const Allocation* allocation = nullptr;
    for (const Allocation& a : reservation->allocations)
        if (a.lineNo == cmd.lineNo && a.key.location == cmd.location && a.key.lot == cmd.lot)
            allocation = &a;
    if (!allocation)
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal", "Line %1 of order %2 is not to be picked from %3%4."),
            {QString::number(cmd.lineNo), cmd.orderId, cmd.location, lotWords(cmd.lot)});
    if (cmd.quantity > allocation->open())
        return makeError(
            ErrorCode::OverPick,
            QT_TRANSLATE_NOOP("wh::Refusal", "Only %1 more of %2 are to be picked from %3; %4 scanned."),
            {QString::number(allocation->open()), allocation->key.sku, cmd.location,
             QString::number(cmd.quantity)});
    EventList events;
    if (order->status == OrderStatus::Paid)
        events.append(event(EventType::OrderStatusChanged, QStringLiteral("order"), cmd.orderId,
                            {{QStringLiteral("orderId"), cmd.orderId},
                             {QStringLiteral("from"), orderStatusName(OrderStatus::Paid)},
                             {QStringLiteral("to"), orderStatusName(OrderStatus::Processing)}}));
    events.append(event(EventType::StockPicked, QStringLiteral("order"), cmd.orderId,
                        {{QStringLiteral("orderId"), cmd.orderId},
                         {QStringLiteral("lineNo"), cmd.lineNo},
                         {QStringLiteral("sku"), allocation->key.sku},
                         {QStringLiteral("location"), cmd.location},
                         {QStringLiteral("lot"), cmd.lot},
                         {QStringLiteral("quantity"), static_cast<qint64>(cmd.quantity)}}));
    return events; // picking reserved stock leaves the sellable quantity as it was
}

Result<EventList> Inventory::changeStatus(const QString& orderId, OrderStatus to)
{
    const auto order = m_state.order(orderId);
    if (!order)
        return makeError(ErrorCode::UnknownOrder,
                         QT_TRANSLATE_NOOP("wh::Refusal", "There is no order %1 here."), {orderId});
    if (auto legal = OrderRules::checkTransition(order->status, to); !legal)
        return legal.error();
    if (to == OrderStatus::Shipped)
        return makeError(
            ErrorCode::IllegalTransition,
            QT_TRANSLATE_NOOP("wh::Refusal", "An order becomes Shipped when its shipment is handed over."));
    EventList events;
    if (to == OrderStatus::Cancelled) {
        const auto reservation = m_state.reservation(orderId);
        if (reservation && reservation->status == ReservationStatus::Active) {
            auto released = release({orderId, QStringLiteral("cancelled")});
            if (!released)
                return released.error();
            events = released.value();
        }
    }
    events.prepend(event(EventType::OrderStatusChanged, QStringLiteral("order"), orderId,
                         {{QStringLiteral("orderId"), orderId},
                          {QStringLiteral("from"), orderStatusName(order->status)},
                          {QStringLiteral("to"), orderStatusName(to)}}));
    return events;
}

} // namespace wh
