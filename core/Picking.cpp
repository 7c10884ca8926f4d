#include "Picking.h"

#include "EnumNames.h"
#include "Gtin.h"
#include "Inventory.h"
#include "LowStockTracker.h"
#include "OrderRules.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace wh {

namespace {

constexpr EnumNames<PickStrategy, 4> kStrategies{{{
    {PickStrategy::Single, "single"},
    {PickStrategy::Batch, "batch"},
    {PickStrategy::Zone, "zone"},
    {PickStrategy::Wave, "wave"},
}}};

constexpr EnumNames<PickTaskStatus, 4> kTaskStatuses{{{
    {PickTaskStatus::Open, "open"},
    {PickTaskStatus::InProgress, "in_progress"},
    {PickTaskStatus::Done, "done"},
    {PickTaskStatus::Cancelled, "cancelled"},
}}};

QString n(std::int64_t value)
{
    return QString::number(value);
}

QJsonObject lineToJson(const PickTaskLine& l)
{
    return QJsonObject{{QStringLiteral("seqNo"), l.seqNo},
                       {QStringLiteral("orderId"), l.orderId},
                       {QStringLiteral("lineNo"), l.lineNo},
                       {QStringLiteral("sku"), l.key.sku},
                       {QStringLiteral("location"), l.key.location},
                       {QStringLiteral("lot"), l.key.lot},
                       {QStringLiteral("expiry"), Inventory::dateText(l.expiry)},
                       {QStringLiteral("zone"), l.zone},
                       {QStringLiteral("pickSequence"), l.pickSequence},
                       {QStringLiteral("quantity"), static_cast<qint64>(l.quantity)}};
}

PickTaskLine lineFromJson(const QJsonObject& j)
{
    PickTaskLine l;
    l.seqNo = j.value(QStringLiteral("seqNo")).toInt();
    l.orderId = j.value(QStringLiteral("orderId")).toString();
    l.lineNo = j.value(QStringLiteral("lineNo")).toInt();
    l.key =
        StockKey{j.value(QStringLiteral("sku")).toString(), j.value(QStringLiteral("location")).toString(),
                 j.value(QStringLiteral("lot")).toString()};
    l.expiry = QDate::fromString(j.value(QStringLiteral("expiry")).toString(), Qt::ISODate);
    l.zone = j.value(QStringLiteral("zone")).toString();
    l.pickSequence = j.value(QStringLiteral("pickSequence")).toInt();
    l.quantity = j.value(QStringLiteral("quantity")).toInteger();
    return l;
}

PickTaskLine lineFrom(const PickCandidate& c)
{
    PickTaskLine l;
    l.orderId = c.orderId;
    l.lineNo = c.lineNo;
    l.key = c.key;
    l.expiry = c.expiry;
    l.zone = c.zone;
    l.pickSequence = c.pickSequence;
    l.quantity = c.quantity;
    return l;
}

bool validTote(const QString& tote)
{
    return !tote.isEmpty() && tote.size() <= 32 &&
           std::all_of(tote.begin(), tote.end(), [](QChar c) { return c.isPrint() && !c.isSpace(); });
}

} // namespace

QString pickStrategyName(PickStrategy strategy)
{
    return kStrategies.name(strategy);
}

std::optional<PickStrategy> pickStrategyFromName(const QString& name)
{
    return kStrategies.value(name);
}

QString pickTaskStatusName(PickTaskStatus status)
{
    return kTaskStatuses.name(status);
}

std::optional<PickTaskStatus> pickTaskStatusFromName(const QString& name)
{
    return kTaskStatuses.value(name);
}

QStringList PickTask::orderIds() const
{
    QStringList ids;
    for (const PickTaskLine& line : lines)
        if (!ids.contains(line.orderId))
            ids.append(line.orderId);
    return ids;
}

bool PickTask::finished() const
{
    return std::all_of(lines.begin(), lines.end(), [](const PickTaskLine& l) { return l.open() <= 0; });
}

void Picking::sortByPickPath(QList<PickTaskLine>& lines)
{
    std::stable_sort(lines.begin(), lines.end(), [](const PickTaskLine& a, const PickTaskLine& b) {
        if (a.pickSequence != b.pickSequence)
            return a.pickSequence < b.pickSequence;
        if (a.key.location != b.key.location)
            return a.key.location < b.key.location;
        if (a.key.sku != b.key.sku)
            return a.key.sku < b.key.sku;
        if (a.key.lot != b.key.lot)
            return a.key.lot < b.key.lot;
        return a.orderId < b.orderId;
    });
}

QJsonObject Picking::taskToJson(const PickTask& task)
{
    QJsonArray lines;
    for (const PickTaskLine& line : task.lines)
        lines.append(lineToJson(line));
    return QJsonObject{{QStringLiteral("taskId"), task.id},
                       {QStringLiteral("strategy"), pickStrategyName(task.strategy)},
                       {QStringLiteral("zone"), task.zone},
                       {QStringLiteral("waveId"), task.waveId},
                       {QStringLiteral("promisedDate"), Inventory::dateText(task.promisedDate)},
                       {QStringLiteral("lines"), lines}};
}

PickTask Picking::taskFromJson(const QJsonObject& j)
{
    PickTask task;
    task.id = j.value(QStringLiteral("taskId")).toString();
    task.strategy =
        pickStrategyFromName(j.value(QStringLiteral("strategy")).toString()).value_or(PickStrategy::Single);
    task.zone = j.value(QStringLiteral("zone")).toString();
    task.waveId = j.value(QStringLiteral("waveId")).toString();
    task.promisedDate = QDate::fromString(j.value(QStringLiteral("promisedDate")).toString(), Qt::ISODate);
    for (const QJsonValue& v : j.value(QStringLiteral("lines")).toArray())
        task.lines.append(lineFromJson(v.toObject()));
    return task;
}

Result<EventList> Picking::plan(const PlanPicking& cmd, const QString& taskIdPrefix)
{
    if (cmd.maxOrdersPerTask < 1 || cmd.maxOrdersPerTask > 50)
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "A task holds 1 to 50 orders, not %1."),
                         {QString::number(cmd.maxOrdersPerTask)});
    const QSet<QString> wanted(cmd.orderIds.begin(), cmd.orderIds.end());
    QList<PickCandidate> candidates = m_picking.unplannedAllocations();
    if (!wanted.isEmpty())
        candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                        [&](const PickCandidate& c) { return !wanted.contains(c.orderId); }),
                         candidates.end());
    if (candidates.isEmpty() && wanted.isEmpty())
        return makeError(ErrorCode::NothingToPick,
                         QT_TRANSLATE_NOOP("wh::Refusal", "No paid order is waiting to be picked."));
    if (candidates.isEmpty())
        return makeError(ErrorCode::NothingToPick,
                         QT_TRANSLATE_NOOP("wh::Refusal", "None of these orders has anything left to pick."));

    // Orders in the sequence they should leave: the earliest promise first, then by order id.
    struct OrderKey
    {
        QDate promised;
        QString service;
        QString id;
    };
    QList<OrderKey> orders;
    QHash<QString, QList<PickCandidate>> byOrder;
    for (const PickCandidate& c : std::as_const(candidates)) {
        if (!byOrder.contains(c.orderId))
            orders.append(OrderKey{c.promisedDate, c.service, c.orderId});
        byOrder[c.orderId].append(c);
    }
    std::sort(orders.begin(), orders.end(), [](const OrderKey& a, const OrderKey& b) {
        if (a.promised.isValid() != b.promised.isValid())
            return a.promised.isValid();
        if (a.promised != b.promised)
            return a.promised < b.promised;
        return a.id < b.id;
    });

    // Groups of orders walked together.
    QList<QPair<QString, QList<OrderKey>>> groups; // (wave id, orders)
    auto chunk = [&](const QString& wave, const QList<OrderKey>& list, int size) {
        for (qsizetype i = 0; i < list.size(); i += size)
            groups.append({wave, list.mid(i, size)});
    };
    switch (cmd.strategy) {
    case PickStrategy::Single:
        chunk(QString(), orders, 1);
        break;
    case PickStrategy::Batch:
    case PickStrategy::Zone:
        chunk(QString(), orders, cmd.maxOrdersPerTask);
        break;
    case PickStrategy::Wave: {
        QMap<QString, QList<OrderKey>> waves; // ordered by promised date, then service
        for (const OrderKey& o : std::as_const(orders)) {
            const QString wave = QStringLiteral("W%1-%2").arg(
                o.promised.isValid() ? o.promised.toString(QStringLiteral("yyyyMMdd"))
                                     : QStringLiteral("open"),
                o.service.isEmpty() ? QStringLiteral("Standard") : o.service);
            waves[wave].append(o);
        }
        for (auto it = waves.cbegin(); it != waves.cend(); ++it)
            chunk(it.key(), it.value(), cmd.maxOrdersPerTask);
        break;
    }
    }

    EventList events;
    int taskNo = 0;
    auto emitTask = [&](PickTask task) {
        for (const PickTaskLine& l : std::as_const(task.lines)) {
            const QDate promised = byOrder.value(l.orderId).first().promisedDate;
            if (promised.isValid() && (!task.promisedDate.isValid() || promised < task.promisedDate))
                task.promisedDate = promised;
        }
        sortByPickPath(task.lines);
        for (qsizetype i = 0; i < task.lines.size(); ++i)
            task.lines[i].seqNo = int(i + 1);
        task.id = QStringLiteral("%1-%2").arg(taskIdPrefix).arg(++taskNo);
        events.append(
            DomainEvent{EventType::PickTaskCreated, QStringLiteral("pick_task"), task.id, taskToJson(task)});
    };
    for (const auto& [wave, members] : std::as_const(groups)) {
        if (cmd.strategy == PickStrategy::Zone) {
            QMap<QString, PickTask> byZone;
            for (const OrderKey& o : members)
                for (const PickCandidate& c : byOrder.value(o.id)) {
                    PickTask& task = byZone[c.zone];
                    task.strategy = PickStrategy::Zone;
                    task.zone = c.zone;
                    task.lines.append(lineFrom(c));
                }
            for (const PickTask& task : std::as_const(byZone))
                emitTask(task);
        } else {
            PickTask task;
            task.strategy = cmd.strategy;
            task.waveId = wave;
            for (const OrderKey& o : members)
                for (const PickCandidate& c : byOrder.value(o.id))
                    task.lines.append(lineFrom(c));
            emitTask(task);
        }
    }
    return events;
}

Result<const PickTaskLine*> Picking::openLine(const PickTask& task, int seqNo) const
{
    if (task.status == PickTaskStatus::Done || task.status == PickTaskStatus::Cancelled)
        return makeError(ErrorCode::IllegalTransition, QT_TRANSLATE_NOOP("wh::Refusal", "Task %1 is %2."),
                         {task.id, pickTaskStatusName(task.status)});
    for (const PickTaskLine& line : task.lines)
        if (line.seqNo == seqNo) {
            if (line.open() <= 0)
                return makeError(ErrorCode::OverPick,
                                 QT_TRANSLATE_NOOP("wh::Refusal", "Stop %1 of task %2 is already done."),
                                 {n(seqNo), task.id});
            return &line;
        }
    return makeError(ErrorCode::InvalidArgument, QT_TRANSLATE_NOOP("wh::Refusal", "Task %1 has no stop %2."),
                     {task.id, n(seqNo)});
}

Status Picking::checkBin(const PickTask& task, int seqNo, const QString& scannedBin) const
{
    auto line = openLine(task, seqNo);
    if (!line)
        return line.error();
    if (scannedBin != (*line)->key.location)
        return makeError(ErrorCode::WrongBin,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Wrong bin: this pick is from %1, you scanned %2."),
                         {(*line)->key.location, scannedBin});
    return {};
}

Result<Sku> Picking::resolveItem(const ScannedItem& item) const
{
    return resolveScannedItem(m_state, m_picking, item);
}

Result<Sku> resolveScannedItem(const InventoryState& state, const PickingState& picking,
                               const ScannedItem& item)
{
    if (auto sku = state.sku(item.code))
        return *sku;
    for (const QString& form : Gtin::forms(item.code))
        if (auto sku = picking.skuByGtin(form))
            return *sku;
    if (item.code.isEmpty())
        return makeError(ErrorCode::UnknownSku,
                         QT_TRANSLATE_NOOP("wh::Refusal", "The scan is not an item of this merchant."));
    return makeError(ErrorCode::UnknownSku,
                     QT_TRANSLATE_NOOP("wh::Refusal", "%1 is not an item of this merchant."), {item.code});
}

Status Picking::checkItem(const PickTask& task, int seqNo, const ScannedItem& item) const
{
    auto line = openLine(task, seqNo);
    if (!line)
        return line.error();
    auto sku = resolveItem(item);
    if (!sku)
        return sku.error();
    const PickTaskLine& l = **line;
    if (sku->code != l.key.sku) {
        const auto wanted = m_state.sku(l.key.sku);
        return makeError(
            ErrorCode::WrongItem,
            QT_TRANSLATE_NOOP("wh::Refusal", "Wrong item: this pick is %1 (%2), you scanned %3 (%4)."),
            {l.key.sku, wanted ? wanted->description : QString(), sku->code, sku->description});
    }
    if (!sku->lotTracked)
        return {};
    if (item.lot.isEmpty())
        return makeError(
            ErrorCode::WrongLot,
            QT_TRANSLATE_NOOP("wh::Refusal", "%1 is lot-tracked: scan the code with the lot on it."),
            {sku->code});
    // The allocated lot is the first to expire in this bin's reach (FEFO); taking another could send a
    // later-expiring unit out first or strand the allocated one, so only the allocated lot is picked.
    if (item.lot != l.key.lot && l.expiry.isValid())
        return makeError(ErrorCode::WrongLot,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Wrong lot: this pick is lot %1 (expires %2), you "
                                                          "scanned lot %3. Take lot %1."),
                         {l.key.lot, Inventory::dateText(l.expiry), item.lot});
    if (item.lot != l.key.lot)
        return makeError(
            ErrorCode::WrongLot,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Wrong lot: this pick is lot %1, you scanned lot %2. Take lot %1."),
            {l.key.lot, item.lot});
    if (item.expiry.isValid() && l.expiry.isValid() && item.expiry != l.expiry)
        return makeError(
            ErrorCode::WrongLot,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Lot %1 should expire on %2, but the label says %3: call a supervisor."),
            {l.key.lot, Inventory::dateText(l.expiry), Inventory::dateText(item.expiry)});
    return {};
}

Status Picking::checkTote(const PickTask& task, const QString& orderId, const QString& tote) const
{
    if (!validTote(tote))
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Scan a tote for order %1."), {orderId});
    const ToteUse use = m_picking.toteUse(tote);
    if (use.otherTenant)
        return makeError(
            ErrorCode::ToteInUse,
            QT_TRANSLATE_NOOP("wh::Refusal", "Tote %1 holds another merchant's order: take an empty tote."),
            {tote});
    if (use.inUse && use.orderId != orderId)
        return makeError(
            ErrorCode::ToteInUse,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Tote %1 already holds order %2: take an empty tote for order %3."),
            {tote, use.orderId, orderId});
    // In a batch every order has its own tote: one tote never takes two orders, even before its first pick.
    for (auto it = task.totes.cbegin(); it != task.totes.cend(); ++it)
        if (it.value() == tote && it.key() != orderId)
            return makeError(
                ErrorCode::ToteInUse,
                QT_TRANSLATE_NOOP("wh::Refusal",
                                  "Tote %1 is order %2's in this task: take another tote for order %3."),
                {tote, it.key(), orderId});
    return {};
}

Result<EventList> Picking::pickEvents(const PickTask& task, const PickTaskLine& line, std::int64_t quantity,
                                      const QString& tote, const QString& lot)
{
    Inventory inventory(m_state, m_clock);
    auto picked = inventory.pick(PickLine{line.orderId, line.lineNo, line.key.location, lot, quantity});
    if (!picked)
        return picked.error();
    EventList events;
    if (task.status == PickTaskStatus::Open)
        events.append(
            DomainEvent{EventType::PickStarted,
                        QStringLiteral("pick_task"),
                        task.id,
                        {{QStringLiteral("taskId"), task.id},
                         {QStringLiteral("strategy"), pickStrategyName(task.strategy)},
                         {QStringLiteral("orderIds"), QJsonArray::fromStringList(task.orderIds())}}});
    for (DomainEvent& e : picked.value()) {
        if (e.type == EventType::StockPicked) {
            e.payload.insert(QStringLiteral("taskId"), task.id);
            e.payload.insert(QStringLiteral("seqNo"), line.seqNo);
            e.payload.insert(QStringLiteral("tote"), tote);
        }
        events.append(e);
    }
    return events;
}

Result<EventList> Picking::confirm(const ConfirmPick& cmd)
{
    const auto task = m_picking.pickTask(cmd.taskId);
    if (!task)
        return makeError(ErrorCode::UnknownTask,
                         QT_TRANSLATE_NOOP("wh::Refusal", "There is no pick task %1."), {cmd.taskId});
    if (auto bin = checkBin(*task, cmd.seqNo, cmd.scannedBin); !bin)
        return bin.error();
    if (auto item = checkItem(*task, cmd.seqNo, cmd.item); !item)
        return item.error();
    const PickTaskLine& line = **openLine(*task, cmd.seqNo);
    if (cmd.quantity <= 0)
        return makeError(ErrorCode::NegativeQuantity,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Picked quantity must be at least 1, not %1."),
                         {QString::number(cmd.quantity)});
    if (cmd.quantity > line.open())
        return makeError(
            ErrorCode::OverPick,
            QT_TRANSLATE_NOOP("wh::Refusal", "Only %1 more of %2 are to be picked here; %3 entered."),
            {n(line.open()), line.key.sku, n(cmd.quantity)});
    if (auto tote = checkTote(*task, line.orderId, cmd.tote); !tote)
        return tote.error();
    auto events = pickEvents(*task, line, cmd.quantity, cmd.tote, line.key.lot);
    if (!events)
        return events;
    PickTask after = *task;
    for (PickTaskLine& l : after.lines)
        if (l.seqNo == line.seqNo)
            l.picked += cmd.quantity;
    if (after.finished())
        events->append(
            DomainEvent{EventType::PickCompleted,
                        QStringLiteral("pick_task"),
                        task->id,
                        {{QStringLiteral("taskId"), task->id},
                         {QStringLiteral("orderIds"), QJsonArray::fromStringList(task->orderIds())}}});
    return events;
}

Result<EventList> Picking::reportShort(const ReportShort& cmd)
{
    const auto task = m_picking.pickTask(cmd.taskId);
    if (!task)
        return makeError(ErrorCode::UnknownTask,
                         QT_TRANSLATE_NOOP("wh::Refusal", "There is no pick task %1."), {cmd.taskId});
    auto found = openLine(*task, cmd.seqNo);
    if (!found)
        return found.error();
    const PickTaskLine line = **found;
    if (cmd.found < 0 || cmd.found >= line.open())
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "A short pick finds fewer than the %1 expected (0 to %2), not %3."),
            {n(line.open()), n(line.open() - 1), n(cmd.found)});
    const auto where = m_state.location(line.key.location);
    const auto row = m_state.stock(line.key);
    if (!where || !row)
        return makeError(ErrorCode::InsufficientStock,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Bin %1 holds no %2 any more."),
                         {line.key.location, line.key.sku});

    EventList events;
    PickTask after = *task;
    if (cmd.found > 0) {
        if (auto tote = checkTote(*task, line.orderId, cmd.tote); !tote)
            return tote.error();
        auto picked = pickEvents(*task, line, cmd.found, cmd.tote, line.key.lot);
        if (!picked)
            return picked;
        events += *picked;
        after.status = PickTaskStatus::InProgress;
    }
    // What the bin really holds of this lot: the other orders' reservations, nothing free. The shortage of
    // this line is released, and the rest of the free stock the system believed in is written off.
    const std::int64_t shortQuantity = line.open() - cmd.found;
    const std::int64_t onHandAfterPick = row->level.onHand - cmd.found;
    const std::int64_t reservedAfter = row->level.reserved - cmd.found - shortQuantity;
    const std::int64_t writeOff = onHandAfterPick - reservedAfter;
    events.append(DomainEvent{EventType::PickShort,
                              QStringLiteral("order"),
                              line.orderId,
                              {{QStringLiteral("taskId"), task->id},
                               {QStringLiteral("seqNo"), line.seqNo},
                               {QStringLiteral("orderId"), line.orderId},
                               {QStringLiteral("lineNo"), line.lineNo},
                               {QStringLiteral("sku"), line.key.sku},
                               {QStringLiteral("location"), line.key.location},
                               {QStringLiteral("lot"), line.key.lot},
                               {QStringLiteral("expiry"), Inventory::dateText(line.expiry)},
                               {QStringLiteral("shortQuantity"), static_cast<qint64>(shortQuantity)}}});
    LowStockTracker lowStock(m_state, m_clock);
    lowStock.track(line.key.sku, *where, line.expiry, shortQuantity);
    if (writeOff > 0) {
        events.append(
            DomainEvent{EventType::StockAdjusted,
                        QStringLiteral("sku"),
                        line.key.sku,
                        {{QStringLiteral("sku"), line.key.sku},
                         {QStringLiteral("location"), line.key.location},
                         {QStringLiteral("lot"), line.key.lot},
                         {QStringLiteral("expiry"), Inventory::dateText(line.expiry)},
                         {QStringLiteral("delta"), static_cast<qint64>(-writeOff)},
                         {QStringLiteral("reason"), adjustReasonName(AdjustReason::CountCorrection)}}});
        lowStock.track(line.key.sku, *where, line.expiry, -writeOff);
    }

    // Re-allocate the shortage from other bins by the same rules as a reservation.
    const QDate today = m_clock.today();
    QList<StockRecord> rows = m_state.allocatableStock(line.key.sku);
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [&](const StockRecord& r) {
                                  return r.key == line.key || (r.expiry.isValid() && r.expiry < today);
                              }),
               rows.end());
    std::sort(rows.begin(), rows.end(), [](const StockRecord& a, const StockRecord& b) {
        if (a.expiry.isValid() != b.expiry.isValid())
            return a.expiry.isValid();
        if (a.expiry != b.expiry)
            return a.expiry < b.expiry;
        if (a.pickFace != b.pickFace)
            return a.pickFace;
        return a.pickSequence < b.pickSequence;
    });
    std::int64_t missing = shortQuantity;
    QJsonArray allocations;
    QList<PickTaskLine> added;
    int nextSeq = 0;
    for (const PickTaskLine& l : task->lines)
        nextSeq = std::max(nextSeq, l.seqNo);
    for (const StockRecord& r : std::as_const(rows)) {
        if (missing == 0)
            break;
        const std::int64_t take = std::min(missing, r.level.available());
        if (take <= 0)
            continue;
        missing -= take;
        allocations.append(Inventory::allocationToJson(Allocation{line.lineNo, r.key, r.expiry, take, 0}));
        lowStock.trackSellable(r.key.sku, -take);
        PickTaskLine extra;
        extra.orderId = line.orderId;
        extra.lineNo = line.lineNo;
        extra.key = r.key;
        extra.expiry = r.expiry;
        extra.zone = r.zone;
        extra.pickSequence = r.pickSequence;
        extra.quantity = take;
        added.append(extra);
    }
    if (!allocations.isEmpty()) {
        sortByPickPath(added);
        QJsonArray addedJson;
        for (PickTaskLine& l : added) {
            l.seqNo = ++nextSeq;
            addedJson.append(lineToJson(l));
        }
        events.append(DomainEvent{EventType::InventoryReserved,
                                  QStringLiteral("order"),
                                  line.orderId,
                                  {{QStringLiteral("orderId"), line.orderId},
                                   {QStringLiteral("reason"), QStringLiteral("short_pick")},
                                   {QStringLiteral("allocations"), allocations}}});
        events.append(
            DomainEvent{EventType::PickTaskLinesAdded,
                        QStringLiteral("pick_task"),
                        task->id,
                        {{QStringLiteral("taskId"), task->id}, {QStringLiteral("lines"), addedJson}}});
        after.lines += added;
    }
    if (missing > 0)
        events.append(DomainEvent{
            EventType::ReservationShortfall,
            QStringLiteral("order"),
            line.orderId,
            {{QStringLiteral("orderId"), line.orderId},
             {QStringLiteral("lines"),
              QJsonArray{QJsonObject{{QStringLiteral("lineNo"), line.lineNo},
                                     {QStringLiteral("sku"), line.key.sku},
                                     {QStringLiteral("missing"), static_cast<qint64>(missing)}}}}}});
    for (PickTaskLine& l : after.lines)
        if (l.seqNo == line.seqNo) {
            l.picked += cmd.found;
            l.shortQuantity += shortQuantity;
        }
    if (after.finished())
        events.append(
            DomainEvent{EventType::PickCompleted,
                        QStringLiteral("pick_task"),
                        task->id,
                        {{QStringLiteral("taskId"), task->id},
                         {QStringLiteral("orderIds"), QJsonArray::fromStringList(task->orderIds())}}});
    return lowStock.appendEvents(events);
}

Result<EventList> Picking::cancelOrder(const QString& orderId, const QString& reason)
{
    const auto order = m_state.order(orderId);
    if (!order)
        return makeError(ErrorCode::UnknownOrder,
                         QT_TRANSLATE_NOOP("wh::Refusal", "There is no order %1 here."), {orderId});
    if (order->status == OrderStatus::Shipped || order->status == OrderStatus::Delivered ||
        order->status == OrderStatus::Returned)
        // Not an error: the answer the saga needs. The order stays as it is; a return follows.
        return EventList{DomainEvent{EventType::CancelRejected,
                                     QStringLiteral("order"),
                                     orderId,
                                     {{QStringLiteral("orderId"), orderId},
                                      {QStringLiteral("reason"), QStringLiteral("AlreadyShipped")},
                                      {QStringLiteral("status"), orderStatusName(order->status)}}}};
    if (auto legal = OrderRules::checkTransition(order->status, OrderStatus::Cancelled); !legal)
        return legal.error();

    EventList events{DomainEvent{EventType::OrderStatusChanged,
                                 QStringLiteral("order"),
                                 orderId,
                                 {{QStringLiteral("orderId"), orderId},
                                  {QStringLiteral("from"), orderStatusName(order->status)},
                                  {QStringLiteral("to"), orderStatusName(OrderStatus::Cancelled)},
                                  {QStringLiteral("reason"), reason}}}};
    LowStockTracker lowStock(m_state, m_clock);
    const auto reservation = m_state.reservation(orderId);
    if (reservation && reservation->status == ReservationStatus::Active) {
        QJsonArray released;
        QMap<QString, PutBackItem> picked; // by sku, lot and bin
        for (const Allocation& a : reservation->allocations) {
            if (a.open() > 0) {
                released.append(
                    Inventory::allocationToJson(Allocation{a.lineNo, a.key, a.expiry, a.open(), 0}));
                if (auto where = m_state.location(a.key.location))
                    lowStock.track(a.key.sku, *where, a.expiry, a.open());
            }
            if (a.picked > 0) {
                PutBackItem& item =
                    picked[a.key.sku + QChar(0x1f) + a.key.lot + QChar(0x1f) + a.key.location];
                item.sku = a.key.sku;
                item.lot = a.key.lot;
                item.expiry = a.expiry;
                item.fromLocation = a.key.location;
                item.outstanding += a.picked;
            }
        }
        if (!released.isEmpty())
            events.append(DomainEvent{EventType::ReservationReleased,
                                      QStringLiteral("order"),
                                      orderId,
                                      {{QStringLiteral("orderId"), orderId},
                                       {QStringLiteral("reason"), QStringLiteral("cancelled")},
                                       {QStringLiteral("allocations"), released}}});
        if (!picked.isEmpty()) {
            QJsonArray items;
            for (const PutBackItem& item : std::as_const(picked))
                items.append(
                    QJsonObject{{QStringLiteral("sku"), item.sku},
                                {QStringLiteral("lot"), item.lot},
                                {QStringLiteral("expiry"), Inventory::dateText(item.expiry)},
                                {QStringLiteral("fromLocation"), item.fromLocation},
                                {QStringLiteral("quantity"), static_cast<qint64>(item.outstanding)}});
            events.append(
                DomainEvent{EventType::PutBackRequired,
                            QStringLiteral("order"),
                            orderId,
                            {{QStringLiteral("orderId"), orderId}, {QStringLiteral("items"), items}}});
        }
    }
    appendStoppedLines(events, orderId, m_picking.openTaskLines(orderId));
    return lowStock.appendEvents(events);
}

void Picking::appendStoppedLines(EventList& events, const QString& orderId,
                                 const QList<QPair<QString, PickTaskLine>>& taskLines)
{
    QJsonArray stopped;
    for (const auto& [taskId, line] : taskLines)
        stopped.append(QJsonObject{{QStringLiteral("taskId"), taskId},
                                   {QStringLiteral("seqNo"), line.seqNo},
                                   {QStringLiteral("quantity"), static_cast<qint64>(line.open())}});
    if (!stopped.isEmpty())
        events.append(
            DomainEvent{EventType::PickLinesCancelled,
                        QStringLiteral("order"),
                        orderId,
                        {{QStringLiteral("orderId"), orderId}, {QStringLiteral("lines"), stopped}}});
}

Result<PickTask> Picking::ownTask(const QString& taskId) const
{
    auto task = m_picking.pickTask(taskId);
    if (!task)
        return makeError(ErrorCode::UnknownTask,
                         QT_TRANSLATE_NOOP("wh::Refusal", "There is no pick task %1."), {taskId});
    return std::move(*task);
}

Result<EventList> Picking::returnToPlanning(const PickTask& task, const QList<PickTaskLine>& lines,
                                            const QString& why, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Say why, for the record."));
    QJsonArray stopped;
    for (const PickTaskLine& line : lines)
        stopped.append(QJsonObject{{QStringLiteral("taskId"), task.id},
                                   {QStringLiteral("seqNo"), line.seqNo},
                                   {QStringLiteral("orderId"), line.orderId},
                                   {QStringLiteral("lineNo"), line.lineNo},
                                   {QStringLiteral("location"), line.key.location},
                                   {QStringLiteral("quantity"), static_cast<qint64>(line.open())}});
    // The allocations stay active: lines cancelled on a task count as unplanned, so the next planning run
    // puts them on a new task.
    return EventList{DomainEvent{EventType::PickLinesCancelled,
                                 QStringLiteral("pick_task"),
                                 task.id,
                                 {{QStringLiteral("taskId"), task.id},
                                  {QStringLiteral("why"), why},
                                  {QStringLiteral("reason"), reason.trimmed()},
                                  {QStringLiteral("lines"), stopped}}}};
}

Result<EventList> Picking::skipLine(const SkipPickLine& cmd)
{
    auto task = ownTask(cmd.taskId);
    if (!task)
        return task.error();
    auto line = openLine(*task, cmd.seqNo);
    if (!line)
        return line.error();
    return returnToPlanning(*task, {**line}, QStringLiteral("skipped"), cmd.reason);
}

Result<EventList> Picking::cancelTask(const CancelPickTask& cmd)
{
    auto task = ownTask(cmd.taskId);
    if (!task)
        return task.error();
    if (task->finished() || task->status == PickTaskStatus::Done || task->status == PickTaskStatus::Cancelled)
        return makeError(ErrorCode::IllegalTransition,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Task %1 is %2: there is nothing left to cancel."),
                         {task->id, pickTaskStatusName(task->status)});
    QList<PickTaskLine> open;
    for (const PickTaskLine& line : task->lines)
        if (line.open() > 0)
            open.append(line);
    return returnToPlanning(*task, open, QStringLiteral("task_cancelled"), cmd.reason);
}

Result<EventList> Picking::modifyOrder(const ModifyOrder& cmd)
{
    const auto order = m_state.order(cmd.orderId);
    if (!order)
        return makeError(ErrorCode::UnknownOrder,
                         QT_TRANSLATE_NOOP("wh::Refusal", "There is no order %1 here."), {cmd.orderId});
    const auto reservation = m_state.reservation(cmd.orderId);
    const bool active = reservation && reservation->status == ReservationStatus::Active;
    const auto rejected = [&](ErrorCode code, const QString& reason, const QString& message,
                              const QList<ShortLine>& shortLines) {
        QJsonObject payload{{QStringLiteral("orderId"), cmd.orderId},
                            {QStringLiteral("reason"), reason},
                            {QStringLiteral("code"), errorCodeName(code)},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("status"), orderStatusName(order->status)}};
        if (!shortLines.isEmpty())
            payload.insert(QStringLiteral("shortLines"), Inventory::shortLinesToJson(shortLines));
        return makeAnsweredError(
            code, message,
            {DomainEvent{EventType::ModifyRejected, QStringLiteral("order"), cmd.orderId, payload}});
    };

    // Too late: the saga hears why (like CancelRejected) and the order stays as it is.
    QString tooLate;
    switch (order->status) {
    case OrderStatus::Processing:
        tooLate = QStringLiteral("PickingStarted");
        break;
    case OrderStatus::Shipped:
    case OrderStatus::Delivered:
    case OrderStatus::Returned:
        tooLate = QStringLiteral("AlreadyShipped");
        break;
    case OrderStatus::Cancelled:
        tooLate = QStringLiteral("Cancelled");
        break;
    default:
        break;
    }
    if (tooLate.isEmpty() && active &&
        std::any_of(reservation->allocations.begin(), reservation->allocations.end(),
                    [](const Allocation& a) { return a.picked > 0; }))
        tooLate = QStringLiteral("PickingStarted");
    const auto taskLines = m_picking.openTaskLines(cmd.orderId);
    // A started task is a picker walking with the order's lines on the list: they are not taken away.
    for (const auto& [taskId, line] : taskLines) {
        if (!tooLate.isEmpty())
            break;
        if (const auto task = m_picking.pickTask(taskId); task && task->status == PickTaskStatus::InProgress)
            tooLate = QStringLiteral("PickingStarted");
    }
    if (!tooLate.isEmpty())
        return rejected(
            ErrorCode::TooLateToModify, tooLate,
            order->status == OrderStatus::Paid || order->status == OrderStatus::Processing
                ? QStringLiteral("Order %1 is being picked: it can no longer be changed.").arg(cmd.orderId)
                : QStringLiteral("Order %1 is %2: it can no longer be changed.")
                      .arg(cmd.orderId, orderStatusName(order->status)),
            {});

    Order modified = *order;
    modified.lines = cmd.lines;
    if (auto valid = OrderRules::validate(modified); !valid)
        return valid.error();
    const auto sameLine = [](const OrderLine& a, const OrderLine& b) {
        return a.lineNo == b.lineNo && a.sku == b.sku && a.quantity == b.quantity &&
               a.unitPrice == b.unitPrice;
    };
    auto sortedLines = [](QList<OrderLine> lines) {
        std::sort(lines.begin(), lines.end(),
                  [](const OrderLine& a, const OrderLine& b) { return a.lineNo < b.lineNo; });
        return lines;
    };
    const QList<OrderLine> oldLines = sortedLines(order->lines);
    const QList<OrderLine> newLines = sortedLines(cmd.lines);
    if (std::equal(oldLines.begin(), oldLines.end(), newLines.begin(), newLines.end(), sameLine))
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "The change to order %1 changes nothing."),
                         {cmd.orderId});
    Inventory inventory(m_state, m_clock);
    for (const OrderLine& line : newLines)
        if (!m_state.sku(line.sku))
            return makeError(ErrorCode::UnknownSku,
                             QT_TRANSLATE_NOOP("wh::Refusal", "Line %1 of order %2: there is no SKU %3."),
                             {n(line.lineNo), cmd.orderId, line.sku});

    const QList<Allocation> freed = active ? reservation->allocations : QList<Allocation>{};
    const AllocationPlan plan = inventory.allocate(newLines, freed);
    if (!plan.shortLines.isEmpty() && (!order->allowPartial || plan.allocations.isEmpty())) {
        QStringList shortText;
        for (const ShortLine& line : plan.shortLines)
            shortText.append(
                QStringLiteral("line %1 (%2) is short by %3").arg(n(line.lineNo), line.sku, n(line.missing)));
        return rejected(ErrorCode::InsufficientStock, QStringLiteral("InsufficientStock"),
                        QStringLiteral("Order %1 cannot be changed: %2; it stays as it was.")
                            .arg(cmd.orderId, shortText.join(QStringLiteral("; "))),
                        plan.shortLines);
    }

    LowStockTracker lowStock(m_state, m_clock);
    EventList events{
        DomainEvent{EventType::OrderModified,
                    QStringLiteral("order"),
                    cmd.orderId,
                    {{QStringLiteral("orderId"), cmd.orderId},
                     {QStringLiteral("reason"), cmd.reason},
                     {QStringLiteral("oldLines"), Inventory::linesToJson(oldLines)},
                     {QStringLiteral("lines"), Inventory::linesToJson(newLines)},
                     {QStringLiteral("valueMinor"), static_cast<qint64>(modified.value().minor())},
                     {QStringLiteral("itemCount"), static_cast<qint64>(modified.itemCount())}}}};
    appendStoppedLines(events, cmd.orderId, taskLines);
    QJsonArray released;
    for (const Allocation& a : freed) {
        released.append(Inventory::allocationToJson(a));
        if (auto where = m_state.location(a.key.location))
            lowStock.track(a.key.sku, *where, a.expiry, a.quantity);
    }
    if (!released.isEmpty())
        events.append(DomainEvent{EventType::ReservationReleased,
                                  QStringLiteral("order"),
                                  cmd.orderId,
                                  {{QStringLiteral("orderId"), cmd.orderId},
                                   {QStringLiteral("reason"), QStringLiteral("modified")},
                                   {QStringLiteral("allocations"), released}}});
    QJsonArray allocations;
    for (const Allocation& a : plan.allocations) {
        allocations.append(Inventory::allocationToJson(a));
        lowStock.trackSellable(a.key.sku, -a.quantity);
    }
    QJsonObject reserved{{QStringLiteral("orderId"), cmd.orderId},
                         {QStringLiteral("reason"), QStringLiteral("modified")},
                         {QStringLiteral("allocations"), allocations}};
    if (!plan.shortLines.isEmpty()) {
        reserved.insert(QStringLiteral("partial"), true);
        reserved.insert(QStringLiteral("shortLines"), Inventory::shortLinesToJson(plan.shortLines));
    }
    events.append(DomainEvent{EventType::InventoryReserved, QStringLiteral("order"), cmd.orderId, reserved});
    return lowStock.appendEvents(events);
}

Result<EventList> Picking::putBack(const PutBack& cmd)
{
    if (cmd.quantity <= 0)
        return makeError(ErrorCode::NegativeQuantity,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Put back at least 1 unit, not %1."),
                         {QString::number(cmd.quantity)});
    const auto order = m_state.order(cmd.orderId);
    if (!order)
        return makeError(ErrorCode::UnknownOrder,
                         QT_TRANSLATE_NOOP("wh::Refusal", "There is no order %1 here."), {cmd.orderId});
    std::optional<PutBackItem> item;
    std::int64_t outstanding = 0;
    for (const PutBackItem& i : m_picking.putBacks(cmd.orderId))
        if (i.sku == cmd.sku && i.lot == cmd.lot) {
            item = i;
            outstanding += i.outstanding;
        }
    if (!item || outstanding <= 0)
        return makeError(
            ErrorCode::NothingToRelease,
            QT_TRANSLATE_NOOP("wh::Refusal", "Nothing of %1%2 waits to be put back for order %3."),
            {cmd.sku, Inventory::lotWords(cmd.lot), cmd.orderId});
    if (cmd.quantity > outstanding)
        return makeError(ErrorCode::OverPick,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Only %1 of %2 wait to be put back; %3 entered."),
                         {n(outstanding), cmd.sku, n(cmd.quantity)});
    const auto where = m_state.location(cmd.toLocation);
    if (!where)
        return makeError(m_state.locationOfOtherTenant(cmd.toLocation) ? ErrorCode::ForeignTenant
                                                                       : ErrorCode::UnknownLocation,
                         QT_TRANSLATE_NOOP("wh::Refusal", "%1 is not a bin of this merchant."),
                         {cmd.toLocation});
    if (where->type == LocationType::Packing || where->type == LocationType::Shipping)
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal", "Put the units back into a storage bin, not into %1."),
            {cmd.toLocation});
    if (auto there = m_state.stock({cmd.sku, cmd.toLocation, cmd.lot});
        there && there->level.onHand > 0 && there->expiry != item->expiry)
        return makeError(
            ErrorCode::WrongLot,
            QT_TRANSLATE_NOOP("wh::Refusal", "Lot %1 in %2 has another expiry date: choose another bin."),
            {cmd.lot, cmd.toLocation});
    LowStockTracker lowStock(m_state, m_clock);
    lowStock.track(cmd.sku, *where, item->expiry, cmd.quantity);
    return lowStock.appendEvents(
        {DomainEvent{EventType::StockPutBack,
                     QStringLiteral("sku"),
                     cmd.sku,
                     {{QStringLiteral("orderId"), cmd.orderId},
                      {QStringLiteral("sku"), cmd.sku},
                      {QStringLiteral("lot"), cmd.lot},
                      {QStringLiteral("expiry"), Inventory::dateText(item->expiry)},
                      {QStringLiteral("location"), cmd.toLocation},
                      {QStringLiteral("quantity"), static_cast<qint64>(cmd.quantity)}}}});
}

} // namespace wh
