#pragma once

#include "Clock.h"
#include "CycleCount.h"
#include "DomainEvent.h"
#include "EventLog.h"
#include "Inventory.h"
#include "Outbox.h"
#include "Permissions.h"
#include "Picking.h"
#include "Projector.h"
#include "Replenishment.h"
#include "Returns.h"
#include "Putaway.h"
#include "Receiving.h"
#include "Shipping.h"
#include "SqlImport.h"
#include "Sqlite.h"
#include "StockSnapshot.h"
#include "StockControl.h"
#include "Tenant.h"

#include <functional>
#include <memory>
#include <variant>

namespace wh::db {

class Checkpointer;
class SqlInventoryState;

struct StoreOptions
{
    // FULL: an action the worker saw confirmed survives a power cut (the default, and what the appliance
    // runs). NORMAL trades the last moments before a power cut for speed; only tests and tools use it.
    enum class Durability
    {
        Full,
        Normal
    };

    bool readOnly = false;
    Durability durability = Durability::Full;
    // Checkpoint the write-ahead log on a thread of its own instead of inside whichever commit crosses
    // SQLite's threshold (see Checkpointer). The appliance's main store does; a second store on the same
    // file (the sync engine's, a tool's) leaves it to that one.
    bool backgroundCheckpoint = false;
    int checkpointPages = 1000; // SQLite's own default threshold
    int busyTimeoutMs = 5000;
    const Clock* clock = nullptr; // the system clock when null
};

// What an action wrote.
struct ActionReceipt
{
    std::int64_t firstSeq = 0;
    std::int64_t lastSeq = 0;
    QList<RecordedEvent> events;
};

// What became of an inbound command: applied now, refused with a business reason (recorded too, so a
// redelivery gets the same answer), or a duplicate of one already handled. A refusal answered with an event
// for the central service (ReservationFailed, ModifyRejected) is refused with firstSeq..lastSeq naming the
// answer; every other refusal wrote nothing and has no sequence numbers.
struct CommandOutcome
{
    bool duplicate = false;
    bool applied = false;
    QString errorCode; // when refused
    QString detail;    // when refused
    std::int64_t firstSeq = 0;
    std::int64_t lastSeq = 0;
    // Numbered commands only: the tenant's command cursor after this one, and whether the command came
    // ahead of a gap (nothing written: the central service must send again from cursor + 1).
    std::int64_t cursor = 0;
    bool gap = false;
    bool deadLetter = false; // a duplicate of a command that was dead-lettered (errorCode names why)
};

// The central service's commands as the inbox applies them (sync/Inbox decodes the wire bodies into these).
struct CancelOrderRequest
{
    QString orderId;
    QString reason;
};
// A command refused before any rule runs (a rate card that does not hold together, a command type this
// appliance cannot carry out yet: not_supported): recorded like any other answer.
struct RefuseCommand
{
    ErrorCode code = ErrorCode::InvalidArgument;
    QString message;
};
// A ReturnAuthorization is the central service's CreateRma: applied by Returns::authorizeShipped, the local
// rules plus "an order this warehouse shipped" (authorizeReturn, the local path, keeps the order a
// reference).
using CommandBody = std::variant<Order, CancelOrderRequest, ModifyOrder, ReleaseReservation, Sku, RateCard,
                                 RefuseCommand, Asn, ReturnAuthorization>;

// Command `number` of a tenant's stream from the central service (numbered from 1 without gaps).
struct NumberedCommand
{
    std::int64_t number = 0;
    QString id;
    QString type; // the protocol's name, e.g. ReserveInventory
    CommandBody body;
};

// A command that could not be read or is not this appliance's to apply: kept with its reason so it never
// blocks what follows and a supervisor can see it.
struct DeadLetter
{
    std::int64_t id = 0;
    QString tenantId;
    std::int64_t number = 0; // 0 when even the number could not be read
    QString commandId;       // empty when it could not be read
    QString kind;            // malformed, unsupported_version, unknown_kind, wrong_tenant, unknown_tenant
    QString reason;
    QString topic;
    QByteArray message;
    QDateTime receivedAt;
};

// What the kiosk's alerts screen lists for a merchant (docs/kiosk.md).
struct StoreAlerts
{
    struct LowStock
    {
        QString sku;
        std::int64_t available = 0;
        std::int64_t threshold = 0;
        std::int64_t suggestedReorder = 0;
    };
    struct RangeLow
    {
        QString rangeId;
        QString carrier;
        std::int64_t remaining = 0; // 0: used up, shipments of that carrier stop
        std::int64_t lowWaterMark = 0;
    };
    QList<LowStock> lowStock;    // SKUs flagged low, lowest availability first
    QList<RangeLow> rangesLow;   // tracking ranges at or below their low-water mark
    std::int64_t deadLetters = 0; // commands of the central service that could not be applied (any merchant)
};

// The figures /metrics shows from the store (docs/operations.md, "Metrics and health"): counts only, read in
// one go on a connection of their own.
struct StoreGauges
{
    struct Tenant
    {
        QString tenantId;
        std::int64_t lowStockSkus = 0; // SKUs flagged low
    };
    struct Range
    {
        QString tenantId;
        QString rangeId;
        QString carrier;
        std::int64_t remaining = 0; // tracking numbers left
        std::int64_t lowWaterMark = 0;
    };
    QList<Tenant> tenants; // every tenant, flagged SKUs or not
    QList<Range> ranges;
    std::int64_t deadLetters = 0;
};

struct TableDifference
{
    QString table;
    std::int64_t onlyLive = 0;
    std::int64_t onlyRebuilt = 0;
};

struct RebuildReport
{
    std::int64_t eventsReplayed = 0;
    QList<TableDifference> differences; // empty when the rebuilt projections equal the live ones

    bool equal() const { return differences.isEmpty(); }
};

struct StoreCounts
{
    std::int64_t events = 0;
    std::int64_t outboxPending = 0;
    std::int64_t tenants = 0;
    std::int64_t stockRows = 0;
    std::int64_t openOrders = 0;
    std::optional<QDateTime> oldestPending;
};

// Per-tenant totals for the operator's status screen (counts only, no tenant's rows).
struct TenantSummary
{
    Tenant tenant;
    std::int64_t stockRows = 0;
    std::int64_t units = 0;
    std::int64_t openOrders = 0;
    std::int64_t lowStockSkus = 0;
};

// The appliance's store: one SQLite file in WAL mode with the event log, the projections, the outbox and
// the inbox. Every action is one transaction that appends its events (hash-chained), updates the
// projections and queues its outbox rows, or writes nothing at all. One Store per thread: the GUI and the
// sync engine each open their own on the same file.
class Store
{
public:
    using Handler = std::function<Result<EventList>(Inventory&)>;
    using PickingHandler = std::function<Result<EventList>(Picking&)>;

    static Result<std::unique_ptr<Store>> open(const QString& path, StoreOptions options = {});
    ~Store();

    QString path() const { return m_connection.path(); }
    bool isReadOnly() const { return m_readOnly; }
    const Clock& clock() const { return *m_clock; }

    // Tenants are appliance-wide; everything else is reached through a tenant's context.
    Result<ActionReceipt> registerTenant(const Tenant& tenant, const Actor& actor);
    Result<TenantContext> tenant(const QString& id);
    Result<QList<Tenant>> tenants();

    // One action: run the rules, then append, project and queue, in one transaction. A refusal is an error
    // and writes nothing, except a refusal the rules answer for the central service (Error::answer:
    // ReservationFailed, ModifyRejected): its answer events and outbox rows are committed alone, and the
    // error still comes back (with `answer` set, so the caller can tell). In a batch every refusal, answered
    // or not, rolls the whole batch back and comes back without its answer.
    Result<ActionReceipt> execute(const TenantContext& tenant, const Actor& actor, const Handler& handler);
    // Several actions in one transaction (an import, a batch of inbound commands): all or nothing.
    Result<ActionReceipt> executeBatch(const TenantContext& tenant, const Actor& actor,
                                       const QList<Handler>& handlers);
    // An inbound command from the central service, applied at most once: its id is kept in the inbox in the
    // same transaction as its events.
    Result<CommandOutcome> applyCommand(const TenantContext& tenant, const QString& commandId,
                                        const QString& type, const Actor& actor, const Handler& handler);
    // The same for commands the picking rules decide (cancellation, modification).
    Result<CommandOutcome> applyCommand(const TenantContext& tenant, const QString& commandId,
                                        const QString& type, const Actor& actor,
                                        const PickingHandler& handler);

    // Command `number` of the tenant's numbered stream, applied with its inbox row and the tenant's command
    // cursor in one transaction: only the next one (cursor + 1) is applied; one at or below the cursor is a
    // duplicate (the first outcome, nothing written); one beyond is a gap (`gap`, nothing written). A storage
    // failure is an error: nothing is recorded and the command can come again.
    Result<CommandOutcome> applyCommand(const TenantContext& tenant, const Actor& actor,
                                        const NumberedCommand& command);
    // Records a command that cannot be applied (see DeadLetter). When its number is the tenant's next, the
    // cursor moves past it in the same transaction, so what follows is not blocked; a number beyond the next
    // is a gap and writes nothing (it will come again); at or below, a duplicate, recorded for the record.
    Result<CommandOutcome> deadLetter(const DeadLetter& letter);
    // The tenant's command cursor: every command up to it is done (0: none yet).
    Result<std::int64_t> commandCursor(const QString& tenantId);
    Result<QList<DeadLetter>> deadLetters(int limit);
    Result<std::int64_t> deadLetterCount();

    // Shorthands for the common actions.
    Result<ActionReceipt> defineSku(const TenantContext& t, const Actor& a, const Sku& sku);
    Result<ActionReceipt> defineLocation(const TenantContext& t, const Actor& a, const Location& location);
    Result<ActionReceipt> receive(const TenantContext& t, const Actor& a, const ReceiveStock& cmd);
    Result<ActionReceipt> move(const TenantContext& t, const Actor& a, const MoveStock& cmd);
    Result<ActionReceipt> adjust(const TenantContext& t, const Actor& a, const AdjustStock& cmd);
    // Registers and reserves an order (Inventory::reserve). When the stock cannot meet it, the result is the
    // insufficient_stock error naming each short line, and the ReservationFailed answer is committed (the
    // error's `answer`); the order is not registered.
    Result<ActionReceipt> reserve(const TenantContext& t, const Actor& a, const Order& order);
    Result<ActionReceipt> release(const TenantContext& t, const Actor& a, const ReleaseReservation& cmd);
    Result<ActionReceipt> pick(const TenantContext& t, const Actor& a, const PickLine& cmd);
    Result<ActionReceipt> changeStatus(const TenantContext& t, const Actor& a, const QString& orderId,
                                       OrderStatus to);

    // Picking: plan tasks from paid orders, confirm scanned picks, report short picks.
    Result<ActionReceipt> planPicking(const TenantContext& t, const Actor& a, const PlanPicking& cmd);
    Result<ActionReceipt> confirmPick(const TenantContext& t, const Actor& a, const ConfirmPick& cmd);
    Result<ActionReceipt> reportShort(const TenantContext& t, const Actor& a, const ReportShort& cmd);
    // Supervisor overrides: skip a bin that cannot be reached, stop a whole task. Their open lines go back to
    // planning.
    Result<ActionReceipt> skipPickLine(const TenantContext& t, const Actor& a, const SkipPickLine& cmd);
    Result<ActionReceipt> cancelPickTask(const TenantContext& t, const Actor& a, const CancelPickTask& cmd);
    // The central service cancels an order (see Picking::cancelOrder); units of a cancelled order go back.
    Result<ActionReceipt> cancelOrder(const TenantContext& t, const Actor& a, const QString& orderId,
                                      const QString& reason);
    Result<ActionReceipt> putBack(const TenantContext& t, const Actor& a, const PutBack& cmd);
    // The central service changes an order's lines (Picking::modifyOrder). too_late_to_modify and
    // insufficient_stock come back as errors with the ModifyRejected answer committed; nothing else changes.
    Result<ActionReceipt> modifyOrder(const TenantContext& t, const Actor& a, const ModifyOrder& cmd);
    Result<PickTask> pickTask(const TenantContext& t, const QString& taskId);
    // Unfinished tasks by urgency (earliest promise, then task id), `limit` rows from `offset`.
    Result<QList<PickListRow>> pickList(const TenantContext& t, int offset, int limit);
    // The `limit` rows after `after` (the last row on screen), found by key: every screen as fast as the
    // first, however deep. A task finished meanwhile simply drops out; none is shown twice.
    Result<QList<PickListRow>> pickListAfter(const TenantContext& t, const PickListRow& after, int limit);
    // The scan checks alone, for instant feedback on the screen before anything is written.
    Status checkPickBin(const TenantContext& t, const QString& taskId, int seqNo, const QString& bin);
    Status checkPickItem(const TenantContext& t, const QString& taskId, int seqNo, const ScannedItem& item);

    // Shipping master data, per tenant (a merchant's carrier accounts own its rate cards and ranges).
    Result<ActionReceipt> defineCartonType(const TenantContext& t, const Actor& a, const Carton& carton);
    Result<ActionReceipt> defineRateCard(const TenantContext& t, const Actor& a, const RateCard& card);
    Result<ActionReceipt> addTrackingRange(const TenantContext& t, const Actor& a,
                                           const TrackingRange& range);
    Result<ActionReceipt> defineWarehouseProfile(const TenantContext& t, const Actor& a,
                                                 const WarehouseProfile& profile);

    // Packing (see Packing): a carton's id is "C<seq>", in the CartonOpened event of the receipt.
    Result<CartonChoice> suggestCarton(const TenantContext& t, const QString& orderId);
    Result<ActionReceipt> openCarton(const TenantContext& t, const Actor& a, const OpenCarton& cmd);
    Status checkPackScan(const TenantContext& t, const PackScan& cmd);
    Result<ActionReceipt> packItem(const TenantContext& t, const Actor& a, const PackScan& cmd);
    Result<ActionReceipt> closeCarton(const TenantContext& t, const Actor& a, const CloseCarton& cmd);
    Result<QList<PackCarton>> packCartons(const TenantContext& t, const QString& orderId);
    Result<QList<PackedUnits>> unpacked(const TenantContext& t, const QString& orderId);

    // Shipping (see Shipping): a shipment's id is "S<seq>". Create prints the label; confirm is the hand-over
    // (the order becomes Shipped and its stock is gone).
    Result<RateQuote> quoteShipment(const TenantContext& t, const QString& orderId);
    Result<ActionReceipt> createShipment(const TenantContext& t, const Actor& a, const CreateShipment& cmd);
    Result<ActionReceipt> confirmShipment(const TenantContext& t, const Actor& a, const QString& shipmentId);
    Result<ActionReceipt> reprintLabel(const TenantContext& t, const Actor& a, const QString& shipmentId,
                                       const QString& reason);
    Result<ShipmentRecord> shipment(const TenantContext& t, const QString& shipmentId);
    Result<ShipmentRecord> shipmentForOrder(const TenantContext& t, const QString& orderId);
    Result<TrackingRange> trackingRange(const TenantContext& t, const QString& rangeId);

    // Receiving (see Receiving) and putaway (see Putaway). A receipt's id is "RCV<seq>", in the ReceiptOpened
    // event of the receipt. Each scan is one action, so a crash mid-receipt loses no scan.
    Result<ActionReceipt> registerAsn(const TenantContext& t, const Actor& a, const Asn& asn);
    Result<ActionReceipt> openReceipt(const TenantContext& t, const Actor& a, const OpenReceipt& cmd);
    Result<ActionReceipt> scanReceipt(const TenantContext& t, const Actor& a, const ReceiptScan& cmd);
    Result<ActionReceipt> undoReceiptScan(const TenantContext& t, const Actor& a, const QString& receiptId);
    Result<ActionReceipt> postReceipt(const TenantContext& t, const Actor& a, const QString& receiptId);
    Result<AsnRecord> asn(const TenantContext& t, const QString& asnId);
    Result<Receipt> receipt(const TenantContext& t, const QString& receiptId);
    Result<QList<ReceiptItem>> receiptItems(const TenantContext& t, const QString& receiptId);
    Result<PutawaySuggestion> suggestPutaway(const TenantContext& t, const PutawayQuery& query);
    Result<ActionReceipt> confirmPutaway(const TenantContext& t, const Actor& a, const ConfirmPutaway& cmd);

    // The read side, always for one tenant. A failed read is an error, never an empty answer; a missing SKU,
    // location or order is its unknown_* error.
    Result<Sku> sku(const TenantContext& t, const QString& code);
    Result<Sku> skuByGtin(const TenantContext& t, const QString& gtin);
    Result<Location> location(const TenantContext& t, const QString& code);
    Result<QList<StockRecord>> stockForSku(const TenantContext& t, const QString& sku);
    Result<QList<StockRecord>> stockInLocation(const TenantContext& t, const QString& location);
    Result<std::int64_t> sellable(const TenantContext& t, const QString& sku);
    Result<Order> order(const TenantContext& t, const QString& id);
    Result<Reservation> reservation(const TenantContext& t, const QString& orderId);
    Result<bool> lowStockFlagged(const TenantContext& t, const QString& sku);
    Result<StoreAlerts> alerts(const TenantContext& t);
    // Every tenant's low-stock count, every tracking range's numbers left and the dead letters (/metrics).
    Result<StoreGauges> gauges();

    // Stock control (CycleCount, StockControl, Returns; docs/stock-control.md). A count's id is "K<seq>", a
    // return's "R<seq>". The counter's calls (recordCountLine, submitCount, countSheet, openCounts) answer
    // with what was counted and the outcome, never with an expected quantity; the variances are read with
    // countReview, which needs approve_count.
    Result<ActionReceipt> setCountTolerance(const TenantContext& t, const Actor& a,
                                            const CountTolerance& tolerance);
    Result<ActionReceipt> createCount(const TenantContext& t, const Actor& a, const CreateCount& cmd);
    Result<CountSheet> recordCountLine(const TenantContext& t, const Actor& a, const CountLine& cmd);
    Result<CountSubmitResult> submitCount(const TenantContext& t, const Actor& a, const QString& countId);
    Result<ActionReceipt> recount(const TenantContext& t, const Actor& a, const QString& countId,
                                  const QString& reason);
    // Posts a count in review as counted; the event names who approved (the supervisor acting, or the one
    // whose approval the counter carries).
    Result<ActionReceipt> approveCount(const TenantContext& t, const Actor& a, const QString& countId,
                                       const QString& reason);
    Result<ActionReceipt> cancelCount(const TenantContext& t, const Actor& a, const QString& countId,
                                      const QString& reason);
    Result<CountSheet> countSheet(const TenantContext& t, const QString& countId);
    Result<QList<CountSheet>> openCounts(const TenantContext& t);
    Result<QList<CountSheet>> countsInReview(const TenantContext& t); // waiting for a supervisor
    Result<QList<CountVariance>> countReview(const TenantContext& t, const Actor& a, const QString& countId);
    Result<CountTolerance> countTolerance(const TenantContext& t);
    Result<ActionReceipt> scrap(const TenantContext& t, const Actor& a, const ScrapStock& cmd);
    Result<ActionReceipt> quarantine(const TenantContext& t, const Actor& a, const QuarantineStock& cmd);
    Result<ActionReceipt> releaseFromQuarantine(const TenantContext& t, const Actor& a,
                                                const ReleaseFromQuarantine& cmd);
    Result<ActionReceipt> authorizeReturn(const TenantContext& t, const Actor& a,
                                          const ReturnAuthorization& rma);
    Result<ActionReceipt> openReturn(const TenantContext& t, const Actor& a, const OpenReturn& cmd);
    Result<ActionReceipt> receiveReturnItem(const TenantContext& t, const Actor& a, const ReturnItem& item);
    Result<ActionReceipt> closeReturn(const TenantContext& t, const Actor& a, const QString& returnId);
    Result<ReturnRecord> customerReturn(const TenantContext& t, const QString& returnId);
    Result<ReturnAuthorization> rma(const TenantContext& t, const QString& rmaId);

    // The log.
    Status forEachEvent(std::int64_t fromSeq, const std::function<bool(const RecordedEvent&)>& visit);
    // `progress` (optional) hears how far the walk over the log is, on this store's thread.
    Result<ChainReport> verifyChain(const LogProgress& progress = {});
    // Replays the whole log into a new store at `path` (which must not exist) and compares its projections
    // with this one's. `progress` counts the events replayed.
    Result<RebuildReport> rebuildInto(const QString& path, const LogProgress& progress = {});
    Result<StoreCounts> counts();
    Result<QList<TenantSummary>> tenantSummaries();

    // The sync engine's view of the outbox, on this store's connection.
    Outbox outbox() { return Outbox(m_connection, *m_clock); }

    Connection& connection() { return m_connection; } // for tests and tools that inspect the file
    const Checkpointer* checkpointer() const { return m_checkpointer.get(); } // null unless in background

    // Replenishment, stock snapshots and CSV import (docs/replenishment.md, docs/import.md).
    // Every action runs the replenishment check on the pick faces of the SKUs it touched, in its own
    // transaction (see executeSteps); planReplenishment looks at every face (the schedule: lots expire
    // without any action).
    Result<ActionReceipt> planReplenishment(const TenantContext& t, const Actor& a);
    Result<ActionReceipt> confirmReplenishment(const TenantContext& t, const Actor& a,
                                               const ConfirmReplenishment& cmd);
    // The open and unfillable tasks, oldest first.
    Result<QList<ReplenishmentTask>> replenishmentTasks(const TenantContext& t);
    Result<ReplenishmentTask> replenishmentTask(const TenantContext& t, const QString& taskId);
    // One StockSnapshot event (cloud-bound) with every SKU of the tenant.
    Result<ActionReceipt> takeSnapshot(const TenantContext& t, const Actor& a,
                                       SnapshotReason reason = SnapshotReason::OnDemand);
    // Reads the file, checks every row, and imports the good rows in one transaction: none when any row is
    // bad, unless options.skipBadRows. Row problems are in the report; a refusal of the whole call
    // (permission, tenant, storage) is the error.
    Result<ImportReport> importCsv(const TenantContext& t, const Actor& a, ImportKind kind,
                                   const QByteArray& bytes, const ImportOptions& options = {});

private:
    // The replenishment tasks an action's events call for, appended to the same action.
    Result<ActionReceipt> replenishAfter(const TenantContext& tenant, const Actor& actor,
                                         ActionReceipt receipt);
    Store(StoreOptions options);
    Status openFile(const QString& path);
    using StateHandler = std::function<Result<EventList>(SqlInventoryState&)>;
    Result<ActionReceipt> runHandler(const TenantContext& tenant, const Actor& actor,
                                     const StateHandler& handler, ActionReceipt receipt);
    // Every action names the permission it needs; the actor's role (or a supervisor's approval) must grant
    // it.
    Result<ActionReceipt> executeSteps(const TenantContext& tenant, const Actor& actor, Permission permission,
                                       const QList<StateHandler>& steps);
    Result<ActionReceipt> runSteps(const TenantContext& tenant, const Actor& actor, Permission permission,
                                   const QList<StateHandler>& steps);
    Result<ActionReceipt> run(const TenantContext& tenant, const Actor& actor, Permission permission,
                              const Handler& handler);
    StateHandler withInventory(const Handler& handler) const;
    StateHandler withPicking(const PickingHandler& handler) const;
    // A cancellation from the central service, by the floor's shorthand or through the inbox: the same steps.
    QList<StateHandler> cancelOrderSteps(const QString& orderId, const QString& reason) const;
    Result<CommandOutcome> applyStep(const TenantContext& tenant, std::int64_t number,
                                     const QString& commandId, const QString& type, const Actor& actor,
                                     Permission permission, const QList<StateHandler>& steps);
    Result<CommandOutcome> runCommand(const TenantContext& tenant, std::int64_t number,
                                      const QString& commandId, const QString& type, const Actor& actor,
                                      Permission permission, const QList<StateHandler>& steps);
    Status advanceCursor(const QString& tenantId, std::int64_t number);
    Result<ActionReceipt> appendEvents(const QString& tenantId, const Actor& actor, const EventList& events,
                                       ActionReceipt receipt);
    Status checkWritable() const;
    // Runs a read and turns a failure kept by the connection into the result's error.
    template <typename F> auto read(F&& query) -> Result<decltype(query())>
    {
        (void)m_connection.takeError(); // nothing stale may be blamed on this read
        auto value = query();
        if (auto error = m_connection.takeError())
            return *error;
        return value;
    }
    template <typename T> Result<T> found(Result<std::optional<T>> value, ErrorCode missing, Refusal message)
    {
        if (!value)
            return value.error();
        if (!value->has_value())
            return makeError(missing, std::move(message));
        return std::move(**value);
    }

    StoreOptions m_options;
    SystemClock m_systemClock;
    const Clock* m_clock;
    Connection m_connection;
    EventLog m_log;
    Projector m_projector;
    bool m_readOnly = false;
    std::unique_ptr<Checkpointer> m_checkpointer; // declared last: stops before the connection closes
};

} // namespace wh::db
