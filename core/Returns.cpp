#include "Returns.h"

#include "EnumNames.h"
#include "Inventory.h"
#include "StockControl.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <map>
#include <tuple>

namespace wh {

namespace {

constexpr EnumNames<ReturnDisposition, 3> kDispositionNames{{{
    {ReturnDisposition::Restock, "restock"},
    {ReturnDisposition::Quarantine, "quarantine"},
    {ReturnDisposition::Scrap, "scrap"},
}}};

bool validId(const QString& id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    return std::all_of(id.begin(), id.end(), [](QChar c) { return c.isPrint() && !c.isSpace(); });
}

DomainEvent returnEvent(const QString& type, const QString& returnId, QJsonObject payload)
{
    payload.insert(QStringLiteral("returnId"), returnId);
    return DomainEvent{type, QStringLiteral("return"), returnId, std::move(payload)};
}

std::int64_t returnedOf(const QList<ReturnedUnits>& units, const QString& sku, const QString& lot)
{
    std::int64_t total = 0;
    for (const ReturnedUnits& u : units)
        if (u.sku == sku && u.lot == lot)
            total += u.quantity;
    return total;
}

} // namespace

QString returnDispositionName(ReturnDisposition disposition)
{
    return kDispositionNames.name(disposition);
}

std::optional<ReturnDisposition> returnDispositionFromName(const QString& name)
{
    return kDispositionNames.value(name);
}

Result<ReturnRecord> Returns::find(const QString& returnId) const
{
    // Another merchant's return reads the same as none.
    if (auto found = m_returns.customerReturn(returnId))
        return *found;
    return makeError(ErrorCode::UnknownReturn,
                     QT_TRANSLATE_NOOP("wh::Refusal", "There is no return %1 for this merchant."),
                     {returnId});
}

bool sameAuthorization(const ReturnAuthorization& a, const ReturnAuthorization& b)
{
    if (a.rmaId != b.rmaId || a.orderId != b.orderId || a.lines.size() != b.lines.size())
        return false;
    auto sorted = [](QList<RmaLine> lines) {
        std::sort(lines.begin(), lines.end(), [](const RmaLine& x, const RmaLine& y) {
            return std::tie(x.sku, x.quantity) < std::tie(y.sku, y.quantity);
        });
        return lines;
    };
    const QList<RmaLine> left = sorted(a.lines);
    const QList<RmaLine> right = sorted(b.lines);
    for (qsizetype i = 0; i < left.size(); ++i)
        if (left[i].sku != right[i].sku || left[i].quantity != right[i].quantity)
            return false;
    return true;
}

Result<EventList> Returns::authorize(const ReturnAuthorization& rma)
{
    if (!validId(rma.rmaId))
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal",
                                           "\"%1\" is not a valid RMA number (1-64 characters, no spaces)."),
                         {rma.rmaId});
    if (!rma.orderId.isEmpty() && !validId(rma.orderId))
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "\"%1\" is not a valid order id."), {rma.orderId});
    if (m_returns.rma(rma.rmaId))
        return makeError(ErrorCode::AlreadyExists,
                         QT_TRANSLATE_NOOP("wh::Refusal", "RMA %1 is already registered."), {rma.rmaId});
    if (rma.reason.size() > kMaxReasonLength)
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal", "The reason of RMA %1 is longer than %2 characters."),
            {rma.rmaId, QString::number(kMaxReasonLength)});
    if (rma.lines.isEmpty())
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal", "RMA %1 authorises nothing: it needs at least one line."),
            {rma.rmaId});
    if (rma.lines.size() > kMaxLines)
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "RMA %1 has too many lines (at most %2)."),
                         {rma.rmaId, QString::number(kMaxLines)});
    QSet<QString> skus;
    QJsonArray lines;
    for (const RmaLine& line : rma.lines) {
        auto sku = StockControl::knownSku(m_state, line.sku);
        if (!sku)
            return sku.error();
        if (skus.contains(line.sku))
            return makeError(ErrorCode::InvalidArgument,
                             QT_TRANSLATE_NOOP("wh::Refusal", "RMA %1 names SKU %2 twice."),
                             {rma.rmaId, line.sku});
        skus.insert(line.sku);
        if (auto valid = StockControl::checkQuantity(
                line.quantity, refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "An authorised quantity")));
            !valid)
            return valid.error();
        lines.append(QJsonObject{{QStringLiteral("sku"), line.sku},
                                 {QStringLiteral("quantity"), static_cast<qint64>(line.quantity)}});
    }
    QJsonObject payload{{QStringLiteral("rmaId"), rma.rmaId},
                        {QStringLiteral("orderId"), rma.orderId},
                        {QStringLiteral("lines"), lines}};
    if (!rma.reason.isEmpty())
        payload.insert(QStringLiteral("reason"), rma.reason);
    return EventList{DomainEvent{EventType::ReturnAuthorized, QStringLiteral("rma"), rma.rmaId, payload}};
}

Result<EventList> Returns::authorizeShipped(const ReturnAuthorization& rma)
{
    if (const auto existing = m_returns.rma(rma.rmaId)) {
        if (sameAuthorization(*existing, rma))
            return EventList{}; // the same RMA again: it stands, nothing new to write
        return makeError(ErrorCode::AlreadyExists,
                         QT_TRANSLATE_NOOP("wh::Refusal",
                                           "RMA %1 is already registered with another order or other lines."),
                         {rma.rmaId});
    }
    if (rma.orderId.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal",
                                           "RMA %1 names no order: a return from the central service is "
                                           "against an order this warehouse shipped."),
                         {rma.rmaId});
    auto events = authorize(rma); // the local rules: ids, lines, known SKUs, quantities
    if (!events)
        return events.error();
    // Another merchant's order reads the same as none.
    const auto order = m_state.order(rma.orderId);
    if (!order)
        return makeError(ErrorCode::UnknownOrder,
                         QT_TRANSLATE_NOOP("wh::Refusal", "There is no order %1 here."), {rma.orderId});
    if (order->status != OrderStatus::Shipped && order->status != OrderStatus::Delivered &&
        order->status != OrderStatus::Returned)
        return makeError(
            ErrorCode::IllegalTransition,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Order %1 is %2: only a shipped order can be authorised for return."),
            {rma.orderId, orderStatusName(order->status)});
    std::map<QString, std::int64_t> shipped;
    if (const auto reservation = m_state.reservation(rma.orderId))
        for (const Allocation& alloc : reservation->allocations)
            shipped[alloc.key.sku] += alloc.picked;
    const QList<ReturnedUnits> authorized = m_returns.authorizedForOrder(rma.orderId);
    for (const RmaLine& line : rma.lines) {
        const std::int64_t out = shipped.contains(line.sku) ? shipped.at(line.sku) : 0;
        if (out == 0)
            return makeError(
                ErrorCode::OverReturn,
                QT_TRANSLATE_NOOP("wh::Refusal", "Order %1 shipped no %2: RMA %3 cannot authorise it."),
                {rma.orderId, line.sku, rma.rmaId});
        const std::int64_t before = returnedOf(authorized, line.sku, QString());
        if (before + line.quantity > out && before == 0)
            return makeError(
                ErrorCode::OverReturn,
                QT_TRANSLATE_NOOP("wh::Refusal", "Order %1 shipped %2 of %3: RMA %4 cannot authorise %5."),
                {rma.orderId, QString::number(out), line.sku, rma.rmaId, QString::number(line.quantity)});
        if (before + line.quantity > out)
            return makeError(ErrorCode::OverReturn,
                             QT_TRANSLATE_NOOP("wh::Refusal",
                                               "Order %1 shipped %2 of %3 and its RMAs authorise %4 already: "
                                               "RMA %5 cannot authorise %6 more."),
                             {rma.orderId, QString::number(out), line.sku, QString::number(before), rma.rmaId,
                              QString::number(line.quantity)});
    }
    return events;
}

Result<EventList> Returns::open(const OpenReturn& cmd, const QString& returnId)
{
    if (cmd.orderId.isEmpty() == cmd.rmaId.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal",
                                           "Scan the order or the RMA the return comes with (one of them)."));
    if (!cmd.orderId.isEmpty()) {
        // Another merchant's order reads the same as none.
        const auto order = m_state.order(cmd.orderId);
        if (!order)
            return makeError(ErrorCode::UnknownOrder,
                             QT_TRANSLATE_NOOP("wh::Refusal", "There is no order %1 here."), {cmd.orderId});
        if (order->status != OrderStatus::Shipped && order->status != OrderStatus::Delivered &&
            order->status != OrderStatus::Returned)
            return makeError(
                ErrorCode::IllegalTransition,
                QT_TRANSLATE_NOOP("wh::Refusal", "Order %1 is %2: only a shipped order can come back."),
                {cmd.orderId, orderStatusName(order->status)});
        return EventList{
            returnEvent(EventType::ReturnOpened, returnId, {{QStringLiteral("orderId"), cmd.orderId}})};
    }
    if (!m_returns.rma(cmd.rmaId))
        return makeError(ErrorCode::UnknownRma,
                         QT_TRANSLATE_NOOP("wh::Refusal", "There is no RMA %1 for this merchant."),
                         {cmd.rmaId});
    return EventList{returnEvent(EventType::ReturnOpened, returnId, {{QStringLiteral("rmaId"), cmd.rmaId}})};
}

Result<Returns::Allowance> Returns::allowance(const ReturnRecord& ret, const QString& sku,
                                              const QString& lot) const
{
    if (!ret.orderId.isEmpty()) {
        std::int64_t shipped = 0;
        Allowance a;
        if (const auto reservation = m_state.reservation(ret.orderId))
            for (const Allocation& alloc : reservation->allocations)
                if (alloc.key.sku == sku && alloc.key.lot == lot && alloc.picked > 0) {
                    shipped += alloc.picked;
                    a.expiry = alloc.expiry;
                }
        if (shipped == 0)
            return makeError(
                ErrorCode::OverReturn,
                QT_TRANSLATE_NOOP("wh::Refusal",
                                  "Order %1 shipped no %2%3: it cannot come back against this order."),
                {ret.orderId, sku, StockControl::lotText(lot)});
        const std::int64_t back = returnedOf(m_returns.returnedForOrder(ret.orderId), sku, lot);
        a.remaining = shipped - back;
        if (a.remaining <= 0)
            return makeError(
                ErrorCode::OverReturn,
                QT_TRANSLATE_NOOP("wh::Refusal", "All %1 of %2%3 that order %4 shipped are back already."),
                {QString::number(shipped), sku, StockControl::lotText(lot), ret.orderId});
        return a;
    }
    const auto rma = m_returns.rma(ret.rmaId);
    std::int64_t authorized = 0;
    if (rma)
        for (const RmaLine& line : rma->lines)
            if (line.sku == sku)
                authorized += line.quantity;
    if (authorized == 0)
        return makeError(
            ErrorCode::OverReturn,
            QT_TRANSLATE_NOOP("wh::Refusal", "RMA %1 does not authorise %2: it cannot come back against it."),
            {ret.rmaId, sku});
    Allowance a;
    a.remaining = authorized - returnedOf(m_returns.returnedForRma(ret.rmaId), sku, QString());
    if (a.remaining <= 0)
        return makeError(
            ErrorCode::OverReturn,
            QT_TRANSLATE_NOOP("wh::Refusal", "All %1 of %2 that RMA %3 authorises are back already."),
            {QString::number(authorized), sku, ret.rmaId});
    return a;
}

Result<EventList> Returns::receiveItem(const ReturnItem& item)
{
    auto ret = find(item.returnId);
    if (!ret)
        return ret.error();
    if (ret->status != ReturnStatus::Open)
        return makeError(
            ErrorCode::IllegalTransition,
            QT_TRANSLATE_NOOP("wh::Refusal", "Return %1 is closed: open a new return for this item."),
            {item.returnId});
    if (auto valid = StockControl::checkQuantity(
            item.quantity, refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "A returned quantity")));
        !valid)
        return valid.error();
    auto sku = StockControl::knownSku(m_state, item.sku);
    if (!sku)
        return sku.error();
    if (auto lot = StockControl::checkLot(*sku, item.lot); !lot)
        return lot.error();
    if (ret->lines.size() >= kMaxLines)
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal", "Return %1 holds %2 lines already: close it and open another."),
            {item.returnId, QString::number(kMaxLines)});
    auto allowed = allowance(*ret, item.sku, item.lot);
    if (!allowed)
        return allowed.error();
    if (item.quantity > allowed->remaining)
        return makeError(
            ErrorCode::OverReturn,
            QT_TRANSLATE_NOOP("wh::Refusal", "Only %1 more of %2%3 can come back against %4; %5 scanned."),
            {QString::number(allowed->remaining), item.sku, StockControl::lotText(item.lot),
             ret->orderId.isEmpty()
                 ? refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "RMA %1"), {ret->rmaId})
                 : refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "order %1"), {ret->orderId}),
             QString::number(item.quantity)});
    QDate expiry = allowed->expiry.isValid() ? allowed->expiry : (sku->lotTracked ? item.expiry : QDate());
    std::optional<Location> where;
    if (item.disposition == ReturnDisposition::Scrap) {
        if (!item.location.isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             QT_TRANSLATE_NOOP("wh::Refusal",
                                               "A scrapped item goes to no bin: leave the location empty."));
    } else {
        if (item.location.isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             QT_TRANSLATE_NOOP("wh::Refusal", "Scan the bin the item goes to."));
        auto own = StockControl::ownLocation(m_state, item.location);
        if (!own)
            return own.error();
        where = *own;
        if (item.disposition == ReturnDisposition::Restock && !where->allocatable())
            return makeError(
                ErrorCode::InvalidArgument,
                QT_TRANSLATE_NOOP("wh::Refusal",
                                  "A restocked item goes to a pick face or bulk bin; %1 is a %2 location."),
                {item.location, locationTypeName(where->type)});
        if (item.disposition == ReturnDisposition::Quarantine && where->type != LocationType::Quarantine)
            return makeError(
                ErrorCode::InvalidArgument,
                QT_TRANSLATE_NOOP("wh::Refusal", "%1 is a %2 location, not a quarantine location."),
                {item.location, locationTypeName(where->type)});
        const auto target = m_state.stock({item.sku, item.location, item.lot});
        if (target && target->level.onHand > 0) {
            if (!expiry.isValid())
                expiry = target->expiry;
            else if (target->expiry != expiry)
                return makeError(ErrorCode::InvalidArgument,
                                 QT_TRANSLATE_NOOP("wh::Refusal", "Lot %1 in %2 has another expiry date."),
                                 {item.lot, item.location});
        }
        if (item.disposition == ReturnDisposition::Restock && expiry.isValid() && expiry < m_clock.today())
            return makeError(
                ErrorCode::LotExpired,
                QT_TRANSLATE_NOOP("wh::Refusal",
                                  "Lot %1 of %2 expired on %3: quarantine or scrap it, never restock it."),
                {item.lot, item.sku, Inventory::dateText(expiry)});
    }
    EventList events{returnEvent(EventType::ReturnItemReceived, item.returnId,
                                 {{QStringLiteral("sku"), item.sku},
                                  {QStringLiteral("lot"), item.lot},
                                  {QStringLiteral("expiry"), Inventory::dateText(expiry)},
                                  {QStringLiteral("quantity"), static_cast<qint64>(item.quantity)},
                                  {QStringLiteral("disposition"), returnDispositionName(item.disposition)},
                                  {QStringLiteral("location"), item.location}})};
    if (item.disposition == ReturnDisposition::Restock) {
        m_lowStock.track(item.sku, *where, expiry, item.quantity);
        events.append(returnEvent(EventType::Restocked, item.returnId,
                                  {{QStringLiteral("sku"), item.sku},
                                   {QStringLiteral("lot"), item.lot},
                                   {QStringLiteral("location"), item.location},
                                   {QStringLiteral("quantity"), static_cast<qint64>(item.quantity)}}));
    }
    return m_lowStock.appendEvents(std::move(events));
}

Result<EventList> Returns::close(const QString& returnId)
{
    auto ret = find(returnId);
    if (!ret)
        return ret.error();
    if (ret->status != ReturnStatus::Open)
        return makeError(ErrorCode::IllegalTransition,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Return %1 is closed already."), {returnId});
    if (ret->lines.isEmpty())
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Return %1 holds no items yet: scan what came back before closing it."),
            {returnId});
    // One line per SKU, lot and disposition, in a stable order.
    std::map<std::tuple<QString, QString, int>, std::int64_t> totals;
    for (const ReturnLineRecord& line : std::as_const(ret->lines))
        totals[{line.sku, line.lot, int(line.disposition)}] += line.quantity;
    QJsonArray lines;
    for (const auto& [key, quantity] : totals)
        lines.append(QJsonObject{
            {QStringLiteral("sku"), std::get<0>(key)},
            {QStringLiteral("lot"), std::get<1>(key)},
            {QStringLiteral("quantity"), static_cast<qint64>(quantity)},
            {QStringLiteral("disposition"), returnDispositionName(ReturnDisposition(std::get<2>(key)))}});
    QJsonObject payload{{QStringLiteral("lines"), lines}};
    if (!ret->orderId.isEmpty())
        payload.insert(QStringLiteral("orderId"), ret->orderId);
    else
        payload.insert(QStringLiteral("rmaId"), ret->rmaId);
    return EventList{returnEvent(EventType::ReturnReceived, returnId, payload)};
}

} // namespace wh
