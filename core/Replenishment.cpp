#include "Replenishment.h"

#include "EnumNames.h"
#include "Inventory.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace wh {

namespace {

constexpr EnumNames<ReplenishmentStatus, 5> kStatusNames{{{
    {ReplenishmentStatus::Open, "open"},
    {ReplenishmentStatus::Unfillable, "unfillable"},
    {ReplenishmentStatus::Done, "done"},
    {ReplenishmentStatus::Replaced, "replaced"},
    {ReplenishmentStatus::NotNeeded, "not_needed"},
}}};

QString n(std::int64_t value)
{
    return QString::number(value);
}

// The subject of a refusal's sentence.
RefusalArg lotText(const QString& lot)
{
    return lot.isEmpty() ? refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "The stock"))
                         : refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "Lot %1"), {lot});
}

bool expired(const QDate& expiry, const QDate& today)
{
    return expiry.isValid() && expiry < today;
}

// FEFO: a lot that expires sooner first, lots without expiry last.
bool expiresSooner(const QDate& a, const QDate& b)
{
    if (a.isValid() != b.isValid())
        return a.isValid();
    return a < b;
}

DomainEvent closed(const ReplenishmentTask& task, ReplenishmentStatus why)
{
    return DomainEvent{EventType::ReplenishmentTaskClosed,
                       QStringLiteral("replenishment_task"),
                       task.id,
                       {{QStringLiteral("taskId"), task.id},
                        {QStringLiteral("location"), task.location},
                        {QStringLiteral("sku"), task.sku},
                        {QStringLiteral("status"), replenishmentStatusName(why)}}};
}

} // namespace

QString replenishmentStatusName(ReplenishmentStatus status)
{
    return kStatusNames.name(status);
}

std::optional<ReplenishmentStatus> replenishmentStatusFromName(const QString& name)
{
    return kStatusNames.value(name);
}

QJsonObject Replenishment::lineToJson(const ReplenishmentLine& line)
{
    return QJsonObject{{QStringLiteral("lineNo"), line.lineNo},
                       {QStringLiteral("from"), line.from},
                       {QStringLiteral("lot"), line.lot},
                       {QStringLiteral("expiry"), Inventory::dateText(line.expiry)},
                       {QStringLiteral("quantity"), static_cast<qint64>(line.quantity)}};
}

ReplenishmentLine Replenishment::lineFromJson(const QJsonObject& json)
{
    return ReplenishmentLine{json.value(QStringLiteral("lineNo")).toInt(),
                             json.value(QStringLiteral("from")).toString(),
                             json.value(QStringLiteral("lot")).toString(),
                             QDate::fromString(json.value(QStringLiteral("expiry")).toString(), Qt::ISODate),
                             json.value(QStringLiteral("quantity")).toInteger()};
}

QSet<QString> Replenishment::touchedSkus(const QList<RecordedEvent>& events)
{
    QSet<QString> skus;
    const auto collect = [&skus](const QJsonObject& p) {
        if (const QString sku = p.value(QStringLiteral("sku")).toString(); !sku.isEmpty())
            skus.insert(sku);
    };
    for (const RecordedEvent& e : events) {
        const QJsonObject p = e.payloadObject();
        if (e.type == EventType::LocationDefined) {
            // A face defined (or its minimum raised) may need stock at once.
            if (const QString sku = p.value(QStringLiteral("replenishSku")).toString(); !sku.isEmpty())
                skus.insert(sku);
            continue;
        }
        collect(p);
        for (const char* list : {"allocations", "lines", "items"})
            for (const QJsonValue& v : p.value(QLatin1String(list)).toArray())
                collect(v.toObject());
    }
    return skus;
}

Replenishment::FaceLevel Replenishment::faceLevel(const Location& face) const
{
    FaceLevel level;
    const QDate today = m_clock.today();
    for (const StockRecord& r : m_replenishment.stockAt(face.code, face.replenishSku)) {
        level.onHand += r.level.onHand;
        if (!expired(r.expiry, today))
            level.available += r.level.available();
    }
    return level;
}

QList<StockRecord> Replenishment::bulkRows(const QString& sku) const
{
    const QDate today = m_clock.today();
    QList<StockRecord> rows;
    for (const StockRecord& r : m_state.allocatableStock(sku)) {
        if (r.pickFace || expired(r.expiry, today) || r.level.available() <= 0)
            continue;
        const auto where = m_state.location(r.key.location);
        if (where && where->type == LocationType::Bulk)
            rows.append(r);
    }
    std::sort(rows.begin(), rows.end(), [](const StockRecord& a, const StockRecord& b) {
        if (a.expiry != b.expiry)
            return expiresSooner(a.expiry, b.expiry);
        if (a.pickSequence != b.pickSequence)
            return a.pickSequence < b.pickSequence;
        if (a.key.location != b.key.location)
            return a.key.location < b.key.location;
        return a.key.lot < b.key.lot;
    });
    return rows;
}

void Replenishment::planFace(const Location& face, std::int64_t nextSeq, EventList& events) const
{
    if (face.replenishSku.isEmpty() || face.type != LocationType::Pick)
        return;
    const FaceLevel level = faceLevel(face);
    const auto active = m_replenishment.activeReplenishment(face.code);
    if (level.available >= face.minQuantity) {
        // Refilled by other means (a receipt, a move, a put-back): the shortage it recorded is over.
        if (active && active->status == ReplenishmentStatus::Unfillable)
            events.append(closed(*active, ReplenishmentStatus::NotNeeded));
        return;
    }
    if (active && active->status == ReplenishmentStatus::Open)
        return; // once: the face's task is already on its way
    // The face holds up to its maximum on hand; units reserved for orders still take room until picked,
    // and the pick that takes them out finds the face below its minimum again.
    const std::int64_t wanted = face.maxQuantity - level.onHand;
    if (wanted <= 0)
        return;
    QList<ReplenishmentLine> lines;
    std::int64_t planned = 0;
    // A bin holds one expiry per lot (and an untracked SKU is one lot): a bulk row whose expiry differs from
    // what the face (or an earlier line) already has of that lot could not be moved there.
    QHash<QString, QDate> expiryOfLot;
    for (const StockRecord& r : m_replenishment.stockAt(face.code, face.replenishSku))
        if (r.level.onHand > 0)
            expiryOfLot.insert(r.key.lot, r.expiry);
    for (const StockRecord& r : bulkRows(face.replenishSku)) {
        if (planned == wanted)
            break;
        if (const auto it = expiryOfLot.constFind(r.key.lot); it != expiryOfLot.cend() && *it != r.expiry)
            continue;
        expiryOfLot.insert(r.key.lot, r.expiry);
        const std::int64_t take = std::min(r.level.available(), wanted - planned);
        lines.append(ReplenishmentLine{int(lines.size()) + 1, r.key.location, r.key.lot, r.expiry, take});
        planned += take;
    }
    if (lines.isEmpty() && active)
        return; // already recorded as unfillable
    const QString taskId = QStringLiteral("R%1").arg(nextSeq + events.size());
    QJsonArray linesJson;
    for (const ReplenishmentLine& l : std::as_const(lines))
        linesJson.append(lineToJson(l));
    QJsonObject payload{
        {QStringLiteral("taskId"), taskId},
        {QStringLiteral("location"), face.code},
        {QStringLiteral("sku"), face.replenishSku},
        {QStringLiteral("minQuantity"), static_cast<qint64>(face.minQuantity)},
        {QStringLiteral("maxQuantity"), static_cast<qint64>(face.maxQuantity)},
        {QStringLiteral("onHand"), static_cast<qint64>(level.onHand)},
        {QStringLiteral("available"), static_cast<qint64>(level.available)},
        {QStringLiteral("wanted"), static_cast<qint64>(wanted)},
        {QStringLiteral("quantity"), static_cast<qint64>(planned)},
        {QStringLiteral("status"), replenishmentStatusName(lines.isEmpty() ? ReplenishmentStatus::Unfillable
                                                                           : ReplenishmentStatus::Open)},
        {QStringLiteral("lines"), linesJson}};
    if (active)
        payload.insert(QStringLiteral("replaces"), active->id);
    events.append(DomainEvent{EventType::ReplenishmentTaskCreated, QStringLiteral("replenishment_task"),
                              taskId, payload});
}

EventList Replenishment::plan(const QSet<QString>& skus, std::int64_t nextSeq, bool allFaces) const
{
    QList<Location> faces;
    if (allFaces) {
        faces = m_replenishment.pickFaces(QString());
    } else {
        QStringList ordered(skus.cbegin(), skus.cend());
        ordered.sort(); // the same action plans its tasks in the same order
        for (const QString& sku : std::as_const(ordered))
            faces += m_replenishment.pickFaces(sku);
    }
    std::sort(faces.begin(), faces.end(),
              [](const Location& a, const Location& b) { return a.code < b.code; });
    EventList events;
    for (const Location& face : std::as_const(faces))
        planFace(face, nextSeq, events);
    return events;
}

Result<EventList> Replenishment::confirm(const ConfirmReplenishment& cmd) const
{
    const auto task = m_replenishment.replenishmentTask(cmd.taskId);
    if (!task)
        return makeError(ErrorCode::UnknownTask,
                         QT_TRANSLATE_NOOP("wh::Refusal", "There is no replenishment task %1."),
                         {cmd.taskId});
    if (task->status == ReplenishmentStatus::Unfillable)
        return makeError(
            ErrorCode::IllegalTransition,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Replenishment task %1 is waiting for bulk stock of %2: there is nothing "
                              "to move yet."),
            {task->id, task->sku});
    if (task->status != ReplenishmentStatus::Open)
        return makeError(
            ErrorCode::IllegalTransition,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Replenishment task %1 is finished (%2): nothing is left to move."),
            {task->id, replenishmentStatusName(task->status)});
    if (cmd.quantity <= 0)
        return makeError(ErrorCode::NegativeQuantity,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Moved quantity must be at least 1, not %1."),
                         {n(cmd.quantity)});
    if (cmd.quantity > task->remaining())
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal", "Only %1 more of %2 are to go to %3; %4 is too many."),
            {n(task->remaining()), task->sku, task->location, n(cmd.quantity)});
    const auto from = m_state.location(cmd.from);
    if (!from) {
        if (m_state.locationOfOtherTenant(cmd.from))
            return makeError(ErrorCode::ForeignTenant,
                             QT_TRANSLATE_NOOP("wh::Refusal", "Location %1 belongs to another merchant."),
                             {cmd.from});
        return makeError(ErrorCode::UnknownLocation,
                         QT_TRANSLATE_NOOP("wh::Refusal", "There is no location %1."), {cmd.from});
    }
    if (from->type != LocationType::Bulk)
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal", "A pick face is refilled from bulk; %1 is a %2 location."),
            {cmd.from, locationTypeName(from->type)});
    const QDate today = m_clock.today();
    if (const auto row = m_state.stock({task->sku, cmd.from, cmd.lot}); row) {
        if (expired(row->expiry, today))
            return makeError(
                ErrorCode::WrongLot,
                QT_TRANSLATE_NOOP("wh::Refusal", "%1 in %2 expired on %3: it does not go to a pick face."),
                {lotText(cmd.lot), cmd.from, Inventory::dateText(row->expiry)});
        // FEFO among what could go to the face: a lot the face holds with another expiry cannot.
        QHash<QString, QDate> expiryOfLot;
        for (const StockRecord& r : m_replenishment.stockAt(task->location, task->sku))
            if (r.level.onHand > 0)
                expiryOfLot.insert(r.key.lot, r.expiry);
        for (const StockRecord& sooner : bulkRows(task->sku)) {
            if (!expiresSooner(sooner.expiry, row->expiry))
                break;
            if (const auto it = expiryOfLot.constFind(sooner.key.lot);
                it != expiryOfLot.cend() && *it != sooner.expiry)
                continue;
            return makeError(
                ErrorCode::WrongLot,
                QT_TRANSLATE_NOOP("wh::Refusal", "%1 in %2 expires sooner (%3): take that first."),
                {lotText(sooner.key.lot), sooner.key.location, Inventory::dateText(sooner.expiry)});
        }
    }
    // The move itself by the move's rules: reserved bulk stock is never moved, lots and expiry must agree.
    Inventory inventory(m_state, m_clock);
    auto moved = inventory.move(MoveStock{task->sku, cmd.from, task->location, cmd.lot, cmd.quantity});
    if (!moved)
        return moved.error();
    EventList events = *moved;
    events.append(DomainEvent{EventType::ReplenishmentConfirmed,
                              QStringLiteral("replenishment_task"),
                              task->id,
                              {{QStringLiteral("taskId"), task->id},
                               {QStringLiteral("location"), task->location},
                               {QStringLiteral("sku"), task->sku},
                               {QStringLiteral("from"), cmd.from},
                               {QStringLiteral("lot"), cmd.lot},
                               {QStringLiteral("quantity"), static_cast<qint64>(cmd.quantity)}}});
    if (cmd.quantity == task->remaining())
        events.append(closed(*task, ReplenishmentStatus::Done));
    return events;
}

} // namespace wh
