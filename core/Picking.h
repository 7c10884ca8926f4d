#pragma once

#include "Clock.h"
#include "DomainEvent.h"
#include "InventoryState.h"
#include "Result.h"

#include <QMap>

namespace wh {

// How released orders become pick work.
//  Single: one task per order. Batch: one walk for several orders, each into its own tote.
//  Zone: one task per zone, the order's lines merged again at packing. Wave: orders promised the same day
//  with the same service are released together, then batched.
enum class PickStrategy
{
    Single,
    Batch,
    Zone,
    Wave
};
QString pickStrategyName(PickStrategy strategy);
std::optional<PickStrategy> pickStrategyFromName(const QString& name);

enum class PickTaskStatus
{
    Open,
    InProgress,
    Done,
    Cancelled
};
QString pickTaskStatusName(PickTaskStatus status);
std::optional<PickTaskStatus> pickTaskStatusFromName(const QString& name);

// One stop on a pick walk: take `quantity` of the SKU (and lot) from the bin for one order line.
struct PickTaskLine
{
    int seqNo = 0; // position on the walk, 1-based
    QString orderId;
    int lineNo = 0;
    StockKey key;
    QDate expiry;
    QString zone;
    int pickSequence = 0;
    std::int64_t quantity = 0;
    std::int64_t picked = 0;
    std::int64_t shortQuantity = 0;     // declared missing by the picker
    std::int64_t cancelledQuantity = 0; // no longer wanted: the order was cancelled

    std::int64_t open() const { return quantity - picked - shortQuantity - cancelledQuantity; }
};

struct PickTask
{
    QString id;
    PickStrategy strategy = PickStrategy::Single;
    QString zone;   // zone tasks only
    QString waveId; // wave tasks only
    PickTaskStatus status = PickTaskStatus::Open;
    QDate promisedDate;           // the earliest promise among its orders
    QList<PickTaskLine> lines;    // in walk order
    QMap<QString, QString> totes; // order id -> tote, as the picker assigned them

    QStringList orderIds() const;
    bool finished() const;
};

// One row of the pick list a picker chooses from: unfinished tasks, the most urgent first.
struct PickListRow
{
    QString taskId;
    PickStrategy strategy = PickStrategy::Single;
    QString zone;
    QString waveId;
    PickTaskStatus status = PickTaskStatus::Open;
    QDate promisedDate;
    int orderCount = 0;
    int openLines = 0;
};

// An allocation not yet on any task, with what planning needs to know of its order and bin.
struct PickCandidate
{
    QString orderId;
    QString service;
    QDate promisedDate;
    int lineNo = 0;
    StockKey key;
    QDate expiry;
    QString zone;
    int pickSequence = 0;
    std::int64_t quantity = 0; // still to pick
};

// Which order (if any) a physical tote holds right now. Totes are shared by the whole building.
struct ToteUse
{
    bool inUse = false;
    bool otherTenant = false; // held by another merchant's order: say so, show nothing of it
    QString orderId;          // the order of this tenant that holds it
};

// What a scan named: a SKU code or a GTIN, with the lot and expiry when the code carried them (GS1).
struct ScannedItem
{
    QString code;
    QString lot;
    QDate expiry;
};

struct PlanPicking
{
    PickStrategy strategy = PickStrategy::Single;
    int maxOrdersPerTask = 8; // batch and wave
    QStringList orderIds;     // empty: every paid order with unplanned allocations
};

struct ConfirmPick
{
    QString taskId;
    int seqNo = 0;
    QString scannedBin;
    ScannedItem item;
    std::int64_t quantity = 0;
    QString tote;
};

struct ReportShort
{
    QString taskId;
    int seqNo = 0;
    std::int64_t found = 0; // units the picker did find (and picks with this report)
    QString tote;
};

// Overrides (a supervisor's): the picker cannot reach a bin, or a whole task must stop. The open quantity
// leaves the task and waits for the next planning run; what was already picked stays in the orders' totes.
struct SkipPickLine
{
    QString taskId;
    int seqNo = 0;
    QString reason; // in the worker's words: "bin blocked by a pallet"
};

struct CancelPickTask
{
    QString taskId;
    QString reason;
};

// Units picked for an order that was then cancelled: they wait in a tote to go back into a bin.
struct PutBackItem
{
    QString sku;
    QString lot;
    QDate expiry;
    QString fromLocation; // where they were picked
    std::int64_t outstanding = 0;
};

struct PutBack
{
    QString orderId;
    QString sku;
    QString lot;
    QString toLocation;
    std::int64_t quantity = 0;
};

// The central service changes an order: lines added, removed or with another quantity.
struct ModifyOrder
{
    QString orderId;
    QList<OrderLine> lines; // the order's new full set of lines
    QString reason;
};

// The read side the picking rules need beyond the inventory's (db/ implements both on one connection).
class PickingState
{
public:
    virtual ~PickingState() = default;
    virtual std::optional<PickTask> pickTask(const QString& id) const = 0;
    virtual QList<PickCandidate> unplannedAllocations() const = 0;
    virtual ToteUse toteUse(const QString& tote) const = 0;
    virtual std::optional<Sku> skuByGtin(const QString& gtin) const = 0;
    // Every task line of the order that still has something to pick.
    virtual QList<QPair<QString, PickTaskLine>> openTaskLines(const QString& orderId) const = 0;
    virtual QList<PutBackItem> putBacks(const QString& orderId) const = 0;
};

// A scan resolved to one of the tenant's SKUs, by its code or by any GTIN form (8/12/13/14 digits). Picking
// and packing both resolve scans this way.
Result<Sku> resolveScannedItem(const InventoryState& state, const PickingState& picking,
                               const ScannedItem& item);

// The picking rules: planning tasks, scan-to-confirm, short picks. Like Inventory, pure: events or a typed
// error with a sentence for the picker, nothing else.
class Picking
{
public:
    Picking(const InventoryState& state, const PickingState& picking, const Clock& clock)
        : m_state(state)
        , m_picking(picking)
        , m_clock(clock)
    {}

    // Turns unplanned allocations into tasks; `taskIdPrefix` keeps ids unique per planning run.
    Result<EventList> plan(const PlanPicking& cmd, const QString& taskIdPrefix);
    // The scan of a bin, checked alone (the screen gives instant feedback before the item is scanned).
    Status checkBin(const PickTask& task, int seqNo, const QString& scannedBin) const;
    // The scan of an item, checked alone: the right SKU, and a lot the rules allow.
    Status checkItem(const PickTask& task, int seqNo, const ScannedItem& item) const;
    // Bin, item, quantity and tote together: one confirmed pick.
    Result<EventList> confirm(const ConfirmPick& cmd);
    // The bin does not hold what the task expects: record the shortage, write off the bin's free remainder,
    // re-allocate from another bin or tell the central service the order is short.
    Result<EventList> reportShort(const ReportShort& cmd);

    Result<EventList> skipLine(const SkipPickLine& cmd);
    Result<EventList> cancelTask(const CancelPickTask& cmd);

    // The central service cancels an order: before picking its stock is released; during picking its open
    // lines stop and what was picked becomes put-back work; after shipping the cancellation is rejected
    // (CancelRejected, AlreadyShipped) and the central service starts a return instead.
    Result<EventList> cancelOrder(const QString& orderId, const QString& reason);
    // The central service changes an order's lines. Before picking, the order's reservation is released and
    // the new lines reserved in one action (the order's own units count as free), its lines on tasks not yet
    // started stop and the new allocations wait for planning. Once a unit is picked or a task holding it has
    // started, and for orders shipped or cancelled, it is refused with TooLateToModify and answered with
    // ModifyRejected; new lines the stock cannot cover are refused with InsufficientStock, also answered,
    // and the old reservation stays. Broken order rules are plain refusals.
    Result<EventList> modifyOrder(const ModifyOrder& cmd);
    // Puts units of a cancelled order back into a bin.
    Result<EventList> putBack(const PutBack& cmd);

    // The pick path: walk order of a set of lines (pick sequence, bin, SKU, lot).
    static void sortByPickPath(QList<PickTaskLine>& lines);

    static QJsonObject taskToJson(const PickTask& task);
    static PickTask taskFromJson(const QJsonObject& json);

private:
    Result<const PickTaskLine*> openLine(const PickTask& task, int seqNo) const;
    Result<PickTask> ownTask(const QString& taskId) const;
    // The order's open task lines stop (cancellation, modification): one PickLinesCancelled, if any.
    static void appendStoppedLines(EventList& events, const QString& orderId,
                                   const QList<QPair<QString, PickTaskLine>>& taskLines);
    static Result<EventList> returnToPlanning(const PickTask& task, const QList<PickTaskLine>& lines,
                                              const QString& why, const QString& reason);
    Result<Sku> resolveItem(const ScannedItem& item) const;
    Status checkTote(const PickTask& task, const QString& orderId, const QString& tote) const;
    Result<EventList> pickEvents(const PickTask& task, const PickTaskLine& line, std::int64_t quantity,
                                 const QString& tote, const QString& lot);

    const InventoryState& m_state;
    const PickingState& m_picking;
    const Clock& m_clock;
};

} // namespace wh
