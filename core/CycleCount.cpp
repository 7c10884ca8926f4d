#include "CycleCount.h"

#include "EnumNames.h"
#include "Inventory.h"
#include "StockControl.h"

#include <QJsonArray>
#include <QSet>

#include <cstdlib>

namespace wh {

namespace {

constexpr EnumNames<CountStatus, 4> kStatusNames{{{
    {CountStatus::Counting, "counting"},
    {CountStatus::Review, "review"},
    {CountStatus::Posted, "posted"},
    {CountStatus::Cancelled, "cancelled"},
}}};

DomainEvent countEvent(const QString& type, const QString& countId, QJsonObject payload)
{
    payload.insert(QStringLiteral("countId"), countId);
    return DomainEvent{type, QStringLiteral("count"), countId, std::move(payload)};
}

QString rowId(const QString& location, const QString& sku, const QString& lot)
{
    return location + QChar(0x1f) + sku + QChar(0x1f) + lot;
}

QString money(std::int64_t minor)
{
    return QStringLiteral("%1.%2").arg(minor / 100).arg(minor % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

QString countStatusName(CountStatus status)
{
    return kStatusNames.name(status);
}

std::optional<CountStatus> countStatusFromName(const QString& name)
{
    return kStatusNames.value(name);
}

QJsonObject countVarianceToJson(const CountVariance& v)
{
    return QJsonObject{{QStringLiteral("location"), v.location},
                       {QStringLiteral("sku"), v.sku},
                       {QStringLiteral("lot"), v.lot},
                       {QStringLiteral("expiry"), Inventory::dateText(v.expiry)},
                       {QStringLiteral("expected"), static_cast<qint64>(v.expected)},
                       {QStringLiteral("counted"), static_cast<qint64>(v.counted)},
                       {QStringLiteral("variance"), static_cast<qint64>(v.variance)},
                       {QStringLiteral("valueMinor"), static_cast<qint64>(v.valueMinor)},
                       {QStringLiteral("why"), v.why}};
}

CountVariance countVarianceFromJson(const QJsonObject& j)
{
    CountVariance v;
    v.location = j.value(QStringLiteral("location")).toString();
    v.sku = j.value(QStringLiteral("sku")).toString();
    v.lot = j.value(QStringLiteral("lot")).toString();
    v.expiry = QDate::fromString(j.value(QStringLiteral("expiry")).toString(), Qt::ISODate);
    v.expected = j.value(QStringLiteral("expected")).toInteger();
    v.counted = j.value(QStringLiteral("counted")).toInteger();
    v.variance = j.value(QStringLiteral("variance")).toInteger();
    v.valueMinor = j.value(QStringLiteral("valueMinor")).toInteger();
    v.why = j.value(QStringLiteral("why")).toString();
    return v;
}

CountSheet CycleCount::sheetOf(const CountRecord& record)
{
    CountSheet sheet;
    sheet.countId = record.id;
    sheet.status = record.status;
    sheet.round = record.round;
    sheet.note = record.note;
    sheet.locations = record.locations;
    for (const CountRecord::Line& line : record.lines)
        sheet.lines.append(line.counted);
    return sheet;
}

Result<CountRecord> CycleCount::find(const QString& countId) const
{
    // Another merchant's count reads the same as none.
    if (auto found = m_counts.countTask(countId))
        return *found;
    return makeError(ErrorCode::UnknownCount,
                     QT_TRANSLATE_NOOP("wh::Refusal", "There is no count %1 for this merchant."), {countId});
}

Result<CountRecord> CycleCount::inStatus(const QString& countId, CountStatus status,
                                         const RefusalArg& doing) const
{
    auto count = find(countId);
    if (!count)
        return count.error();
    if (count->status != status)
        return makeError(ErrorCode::IllegalTransition,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Count %1 is %2: only a count in %3 can be %4."),
                         {countId, countStatusName(count->status), countStatusName(status), doing});
    return count;
}

Result<EventList> CycleCount::setTolerance(const CountTolerance& tolerance)
{
    if (tolerance.maxUnits < 0 || tolerance.maxValueMinor < 0)
        return makeError(ErrorCode::NegativeQuantity,
                         QT_TRANSLATE_NOOP("wh::Refusal", "A count tolerance cannot be negative."));
    if (tolerance.maxUnits > Inventory::kMaxUnitsPerAction || tolerance.maxValueMinor > 100'000'000'000)
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal", "A count tolerance that large would post any count unseen."));
    return EventList{
        DomainEvent{EventType::CountToleranceSet,
                    QStringLiteral("count_tolerance"),
                    QStringLiteral("tolerance"),
                    {{QStringLiteral("maxUnits"), static_cast<qint64>(tolerance.maxUnits)},
                     {QStringLiteral("maxValueMinor"), static_cast<qint64>(tolerance.maxValueMinor)}}}};
}

Result<EventList> CycleCount::create(const CreateCount& cmd, const QString& countId)
{
    if (cmd.locations.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "A count needs at least one bin."));
    if (cmd.locations.size() > kMaxBins)
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal", "A count of %1 bins is too large (at most %2): split it."),
            {QString::number(cmd.locations.size()), QString::number(kMaxBins)});
    if (cmd.note.size() > 200)
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "The note is too long (at most 200 characters)."));
    QSet<QString> seen;
    QJsonArray locations;
    for (const QString& code : cmd.locations) {
        if (seen.contains(code))
            return makeError(ErrorCode::InvalidArgument,
                             QT_TRANSLATE_NOOP("wh::Refusal", "Bin %1 is named twice."), {code});
        seen.insert(code);
        auto where = StockControl::ownLocation(m_state, code);
        if (!where)
            return where.error();
        if (const QString open = m_counts.openCountOf(code); !open.isEmpty())
            return makeError(
                ErrorCode::BinBeingCounted,
                QT_TRANSLATE_NOOP("wh::Refusal",
                                  "Bin %1 is already being counted (count %2): finish or cancel that "
                                  "count first."),
                {code, open});
        locations.append(code);
    }
    return EventList{
        countEvent(EventType::CountTaskCreated, countId,
                   {{QStringLiteral("locations"), locations}, {QStringLiteral("note"), cmd.note.trimmed()}})};
}

Result<EventList> CycleCount::recordLine(const CountLine& cmd)
{
    auto count = inStatus(cmd.countId, CountStatus::Counting,
                          refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "counted")));
    if (!count)
        return count.error();
    if (cmd.quantity < 0)
        return makeError(
            ErrorCode::NegativeQuantity,
            QT_TRANSLATE_NOOP("wh::Refusal", "A counted quantity cannot be negative (%1 given)."),
            {QString::number(cmd.quantity)});
    if (cmd.quantity > Inventory::kMaxUnitsPerAction)
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal", "%1 units in one bin is not plausible; count again."),
            {QString::number(cmd.quantity)});
    auto where = StockControl::ownLocation(m_state, cmd.location);
    if (!where)
        return where.error();
    if (!count->locations.contains(cmd.location))
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Bin %1 is not part of count %2."),
                         {cmd.location, cmd.countId});
    auto sku = StockControl::knownSku(m_state, cmd.sku);
    if (!sku)
        return sku.error();
    if (auto lot = StockControl::checkLot(*sku, cmd.lot); !lot)
        return lot.error();
    const bool recounted =
        std::any_of(count->lines.cbegin(), count->lines.cend(), [&](const CountRecord::Line& l) {
            return l.counted.location == cmd.location && l.counted.sku == cmd.sku && l.counted.lot == cmd.lot;
        });
    if (!recounted && count->lines.size() >= kMaxLines)
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Count %1 already holds %2 lines: submit it and count the rest in a new "
                              "count."),
            {cmd.countId, QString::number(kMaxLines)});
    const auto row = m_state.stock({cmd.sku, cmd.location, cmd.lot});
    const std::int64_t expected = row ? row->level.onHand : 0;
    const QDate expiry =
        row && row->level.onHand > 0 ? row->expiry : (sku->lotTracked ? cmd.expiry : QDate());
    return EventList{countEvent(EventType::CountLineRecorded, cmd.countId,
                                {{QStringLiteral("round"), count->round},
                                 {QStringLiteral("location"), cmd.location},
                                 {QStringLiteral("sku"), cmd.sku},
                                 {QStringLiteral("lot"), cmd.lot},
                                 {QStringLiteral("expiry"), Inventory::dateText(expiry)},
                                 {QStringLiteral("quantity"), static_cast<qint64>(cmd.quantity)},
                                 {QStringLiteral("expected"), static_cast<qint64>(expected)}})};
}

Result<EventList> CycleCount::submit(const QString& countId)
{
    auto count =
        inStatus(countId, CountStatus::Counting, refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "submitted")));
    if (!count)
        return count.error();
    if (count->lines.isEmpty())
        return makeError(
            ErrorCode::NothingCounted,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Nothing was counted in count %1: scan each item in the bin, or record 0 "
                              "for an item that is not there."),
            {countId});
    QList<CountVariance> variances;
    QSet<QString> counted;
    for (const CountRecord::Line& line : std::as_const(count->lines)) {
        counted.insert(rowId(line.counted.location, line.counted.sku, line.counted.lot));
        variances.append(CountVariance{line.counted.location,
                                       line.counted.sku,
                                       line.counted.lot,
                                       line.expiry,
                                       line.expected,
                                       line.counted.quantity,
                                       0,
                                       0,
                                       {}});
    }
    // Stock the books hold in a counted bin that nobody found: counted as none, expected as it stands now.
    for (const QString& bin : std::as_const(count->locations))
        for (const StockRecord& row : m_counts.stockInBin(bin))
            if (row.level.onHand > 0 && !counted.contains(rowId(bin, row.key.sku, row.key.lot)))
                variances.append(
                    CountVariance{bin, row.key.sku, row.key.lot, row.expiry, row.level.onHand, 0, 0, 0, {}});

    const CountTolerance tolerance = m_counts.countTolerance();
    bool beyond = false;
    QJsonArray lines;
    for (CountVariance& v : variances) {
        v.variance = v.counted - v.expected;
        const std::int64_t units = std::llabs(v.variance);
        const auto sku = m_state.sku(v.sku);
        const std::int64_t cost = sku ? sku->unitCostMinor : 0;
        v.valueMinor = units * cost;
        const auto now = m_state.stock({v.sku, v.location, v.lot});
        const std::int64_t onHand = now ? now->level.onHand : 0;
        const std::int64_t reserved = now ? now->level.reserved : 0;
        if (v.variance != 0 && onHand + v.variance < reserved)
            v.why = QStringLiteral("counted below the %1 units reserved for orders").arg(reserved);
        else if (units > tolerance.maxUnits)
            v.why = QStringLiteral("%1 units off (tolerance %2)").arg(units).arg(tolerance.maxUnits);
        else if (cost > 0 && v.valueMinor > tolerance.maxValueMinor)
            v.why = QStringLiteral("worth %1 (tolerance %2)")
                        .arg(money(v.valueMinor), money(tolerance.maxValueMinor));
        beyond = beyond || !v.why.isEmpty();
        lines.append(countVarianceToJson(v));
    }
    EventList events{countEvent(EventType::CountSubmitted, countId,
                                {{QStringLiteral("round"), count->round},
                                 {QStringLiteral("outcome"), beyond ? countStatusName(CountStatus::Review)
                                                                    : countStatusName(CountStatus::Posted)},
                                 {QStringLiteral("lines"), lines}})};
    if (beyond)
        return events;
    return post(*count, variances, std::move(events));
}

Result<EventList> CycleCount::post(const CountRecord& count, const QList<CountVariance>& variances,
                                   EventList events)
{
    for (const CountVariance& v : variances) {
        if (v.variance == 0)
            continue;
        const auto where = m_state.location(v.location);
        if (!where)
            return makeError(ErrorCode::UnknownLocation,
                             QT_TRANSLATE_NOOP("wh::Refusal", "There is no location %1."), {v.location});
        const auto now = m_state.stock({v.sku, v.location, v.lot});
        const std::int64_t onHand = now ? now->level.onHand : 0;
        const std::int64_t reserved = now ? now->level.reserved : 0;
        if (onHand + v.variance < reserved)
            return makeError(
                ErrorCode::InsufficientStock,
                QT_TRANSLATE_NOOP("wh::Refusal",
                                  "%1 of %2%3 in %4 are reserved for orders, and the count leaves %5. "
                                  "Have those picks reported short first, or order a recount."),
                {QString::number(reserved), v.sku, StockControl::lotText(v.lot), v.location,
                 QString::number(std::max<std::int64_t>(0, onHand + v.variance))});
        const QDate expiry = now && now->level.onHand > 0 ? now->expiry : v.expiry;
        m_lowStock.track(v.sku, *where, expiry, v.variance);
        events.append(
            DomainEvent{EventType::StockAdjusted,
                        QStringLiteral("sku"),
                        v.sku,
                        {{QStringLiteral("sku"), v.sku},
                         {QStringLiteral("location"), v.location},
                         {QStringLiteral("lot"), v.lot},
                         {QStringLiteral("expiry"), Inventory::dateText(expiry)},
                         {QStringLiteral("delta"), static_cast<qint64>(v.variance)},
                         {QStringLiteral("reason"), adjustReasonName(AdjustReason::CountCorrection)},
                         {QStringLiteral("countId"), count.id}}});
    }
    return m_lowStock.appendEvents(std::move(events));
}

Result<EventList> CycleCount::recount(const QString& countId, const QString& reason)
{
    auto count =
        inStatus(countId, CountStatus::Review, refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "recounted")));
    if (!count)
        return count.error();
    if (auto why = StockControl::checkReason(
            reason, refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "it is counted again")));
        !why)
        return why.error();
    return EventList{countEvent(
        EventType::CountRecountRequested, countId,
        {{QStringLiteral("round"), count->round + 1}, {QStringLiteral("reason"), reason.trimmed()}})};
}

Result<EventList> CycleCount::approve(const QString& countId, const QString& approvedBy,
                                      const QString& reason)
{
    auto count =
        inStatus(countId, CountStatus::Review, refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "approved")));
    if (!count)
        return count.error();
    if (auto why = StockControl::checkReason(
            reason, refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "the count is posted as it is")));
        !why)
        return why.error();
    return post(*count, count->variances,
                {countEvent(EventType::CountApproved, countId,
                            {{QStringLiteral("round"), count->round},
                             {QStringLiteral("approvedBy"), approvedBy},
                             {QStringLiteral("reason"), reason.trimmed()}})});
}

Result<EventList> CycleCount::cancel(const QString& countId, const QString& reason)
{
    auto count = find(countId);
    if (!count)
        return count.error();
    if (count->status != CountStatus::Counting && count->status != CountStatus::Review)
        return makeError(ErrorCode::IllegalTransition,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Count %1 is %2: it can no longer be cancelled."),
                         {countId, countStatusName(count->status)});
    if (auto why = StockControl::checkReason(
            reason, refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "the count is cancelled")));
        !why)
        return why.error();
    return EventList{
        countEvent(EventType::CountCancelled, countId, {{QStringLiteral("reason"), reason.trimmed()}})};
}

} // namespace wh
