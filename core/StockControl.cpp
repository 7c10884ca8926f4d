#include "StockControl.h"

#include "EnumNames.h"
#include "Inventory.h"

namespace wh {

namespace {

constexpr EnumNames<ScrapReason, 4> kScrapReasons{{{
    {ScrapReason::Damaged, "damaged"},
    {ScrapReason::Expired, "expired"},
    {ScrapReason::Defective, "defective"},
    {ScrapReason::Returned, "returned"},
}}};

DomainEvent skuEvent(const QString& type, const QString& sku, QJsonObject payload)
{
    return DomainEvent{type, QStringLiteral("sku"), sku, std::move(payload)};
}

} // namespace

QString scrapReasonName(ScrapReason reason)
{
    return kScrapReasons.name(reason);
}

std::optional<ScrapReason> scrapReasonFromName(const QString& name)
{
    return kScrapReasons.value(name);
}

Result<Location> StockControl::ownLocation(const InventoryState& state, const QString& code)
{
    if (auto found = state.location(code))
        return *found;
    if (state.locationOfOtherTenant(code))
        return makeError(ErrorCode::ForeignTenant,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Location %1 belongs to another merchant."),
                         {code});
    return makeError(ErrorCode::UnknownLocation, QT_TRANSLATE_NOOP("wh::Refusal", "There is no location %1."),
                     {code});
}

Result<Sku> StockControl::knownSku(const InventoryState& state, const QString& code)
{
    if (auto found = state.sku(code))
        return *found;
    // Another merchant's SKU reads the same as none: nothing of theirs is told.
    return makeError(ErrorCode::UnknownSku,
                     QT_TRANSLATE_NOOP("wh::Refusal", "There is no SKU %1 for this merchant."), {code});
}

Status StockControl::checkLot(const Sku& sku, const QString& lot)
{
    if (sku.lotTracked && lot.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "SKU %1 is lot-tracked: scan or enter its lot."),
                         {sku.code});
    if (!sku.lotTracked && !lot.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "SKU %1 is not lot-tracked, but lot %2 was given."),
                         {sku.code, lot});
    if (lot.size() > 64 || lot.contains(QLatin1Char(' ')))
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Lot \"%1\" is not a valid lot code."), {lot});
    return {};
}

Status StockControl::checkQuantity(std::int64_t quantity, const RefusalArg& what)
{
    if (quantity <= 0)
        return makeError(ErrorCode::NegativeQuantity,
                         QT_TRANSLATE_NOOP("wh::Refusal", "%1 must be at least 1, not %2."),
                         {what, QString::number(quantity)});
    if (quantity > Inventory::kMaxUnitsPerAction)
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "%1 units in one action is not plausible (at most %2); check the quantity."),
            {QString::number(quantity), QString::number(Inventory::kMaxUnitsPerAction)});
    return {};
}

Status StockControl::checkReason(const QString& reason, const RefusalArg& what)
{
    if (reason.trimmed().isEmpty())
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal", "Say why %1: the reason is what a supervisor reads back later."),
            {what});
    if (reason.size() > 200)
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal", "The reason is too long (at most 200 characters)."));
    return {};
}

RefusalArg StockControl::lotText(const QString& lot)
{
    return Inventory::lotWords(lot);
}

Result<StockRecord> StockControl::freeUnits(const QString& sku, const QString& location, const QString& lot,
                                            std::int64_t quantity) const
{
    const auto row = m_state.stock({sku, location, lot});
    const std::int64_t available = row ? row->level.available() : 0;
    if (!row || available < quantity)
        return makeError(
            ErrorCode::InsufficientStock,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Only %1 of %2%3 in %4 are free; %5 cannot be taken (reserved units "
                              "are released or short-picked first)."),
            {QString::number(available), sku, lotText(lot), location, QString::number(quantity)});
    return *row;
}

Result<EventList> StockControl::scrap(const ScrapStock& cmd)
{
    if (auto valid =
            checkQuantity(cmd.quantity, refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "Scrapped quantity")));
        !valid)
        return valid.error();
    auto sku = knownSku(m_state, cmd.sku);
    if (!sku)
        return sku.error();
    auto where = ownLocation(m_state, cmd.location);
    if (!where)
        return where.error();
    if (auto lot = checkLot(*sku, cmd.lot); !lot)
        return lot.error();
    auto row = freeUnits(cmd.sku, cmd.location, cmd.lot, cmd.quantity);
    if (!row)
        return row.error();
    m_lowStock.track(cmd.sku, *where, row->expiry, -cmd.quantity);
    QJsonObject payload{{QStringLiteral("sku"), cmd.sku},
                        {QStringLiteral("location"), cmd.location},
                        {QStringLiteral("lot"), cmd.lot},
                        {QStringLiteral("expiry"), Inventory::dateText(row->expiry)},
                        {QStringLiteral("quantity"), static_cast<qint64>(cmd.quantity)},
                        {QStringLiteral("reason"), scrapReasonName(cmd.reason)}};
    // What the loss is worth to the merchant, when the SKU has a cost.
    if (sku->unitCostMinor > 0)
        payload.insert(QStringLiteral("valueMinor"), static_cast<qint64>(sku->unitCostMinor * cmd.quantity));
    return m_lowStock.appendEvents({skuEvent(EventType::StockScrapped, cmd.sku, payload)});
}

Result<EventList> StockControl::quarantine(const QuarantineStock& cmd)
{
    if (auto valid = checkQuantity(cmd.quantity,
                                   refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "Quarantined quantity")));
        !valid)
        return valid.error();
    if (auto reason = checkReason(
            cmd.reason, refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "the stock goes to quarantine")));
        !reason)
        return reason.error();
    auto sku = knownSku(m_state, cmd.sku);
    if (!sku)
        return sku.error();
    auto from = ownLocation(m_state, cmd.from);
    if (!from)
        return from.error();
    auto to = ownLocation(m_state, cmd.to);
    if (!to)
        return to.error();
    if (from->type == LocationType::Quarantine)
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "%1 is already a quarantine location."),
                         {cmd.from});
    if (to->type != LocationType::Quarantine)
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "%1 is a %2 location, not a quarantine location."),
                         {cmd.to, locationTypeName(to->type)});
    if (auto lot = checkLot(*sku, cmd.lot); !lot)
        return lot.error();
    auto row = freeUnits(cmd.sku, cmd.from, cmd.lot, cmd.quantity);
    if (!row)
        return row.error();
    if (auto target = m_state.stock({cmd.sku, cmd.to, cmd.lot});
        target && target->level.onHand > 0 && target->expiry != row->expiry)
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Lot %1 in %2 has another expiry date."),
                         {cmd.lot, cmd.to});
    m_lowStock.track(cmd.sku, *from, row->expiry, -cmd.quantity);
    return m_lowStock.appendEvents({skuEvent(EventType::StockQuarantined, cmd.sku,
                                             {{QStringLiteral("sku"), cmd.sku},
                                              {QStringLiteral("from"), cmd.from},
                                              {QStringLiteral("to"), cmd.to},
                                              {QStringLiteral("lot"), cmd.lot},
                                              {QStringLiteral("expiry"), Inventory::dateText(row->expiry)},
                                              {QStringLiteral("quantity"), static_cast<qint64>(cmd.quantity)},
                                              {QStringLiteral("reason"), cmd.reason.trimmed()}})});
}

Result<EventList> StockControl::release(const ReleaseFromQuarantine& cmd)
{
    if (auto valid =
            checkQuantity(cmd.quantity, refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "Released quantity")));
        !valid)
        return valid.error();
    if (auto reason = checkReason(
            cmd.reason, refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "the stock leaves quarantine")));
        !reason)
        return reason.error();
    auto sku = knownSku(m_state, cmd.sku);
    if (!sku)
        return sku.error();
    auto from = ownLocation(m_state, cmd.from);
    if (!from)
        return from.error();
    auto to = ownLocation(m_state, cmd.to);
    if (!to)
        return to.error();
    if (from->type != LocationType::Quarantine)
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal", "%1 is not a quarantine location: move the stock instead."),
            {cmd.from});
    if (!to->allocatable())
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Released stock goes to a pick face or bulk bin; %1 is a %2 location."),
            {cmd.to, locationTypeName(to->type)});
    if (auto lot = checkLot(*sku, cmd.lot); !lot)
        return lot.error();
    auto row = freeUnits(cmd.sku, cmd.from, cmd.lot, cmd.quantity);
    if (!row)
        return row.error();
    // An expired lot would be sellable again in the bin's totals: it leaves by scrap or an `expired`
    // adjustment.
    if (row->expiry.isValid() && row->expiry < m_clock.today())
        return makeError(
            ErrorCode::LotExpired,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Lot %1 of %2 expired on %3: it cannot go back on the shelf. Scrap it."),
            {cmd.lot, cmd.sku, Inventory::dateText(row->expiry)});
    if (auto target = m_state.stock({cmd.sku, cmd.to, cmd.lot});
        target && target->level.onHand > 0 && target->expiry != row->expiry)
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Lot %1 in %2 has another expiry date."),
                         {cmd.lot, cmd.to});
    m_lowStock.track(cmd.sku, *to, row->expiry, cmd.quantity);
    return m_lowStock.appendEvents({skuEvent(EventType::QuarantineReleased, cmd.sku,
                                             {{QStringLiteral("sku"), cmd.sku},
                                              {QStringLiteral("from"), cmd.from},
                                              {QStringLiteral("to"), cmd.to},
                                              {QStringLiteral("lot"), cmd.lot},
                                              {QStringLiteral("expiry"), Inventory::dateText(row->expiry)},
                                              {QStringLiteral("quantity"), static_cast<qint64>(cmd.quantity)},
                                              {QStringLiteral("reason"), cmd.reason.trimmed()}})});
}

} // namespace wh
