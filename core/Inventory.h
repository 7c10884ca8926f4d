#pragma once

#include "Clock.h"
#include "DomainEvent.h"
#include "InventoryState.h"
#include "LowStockTracker.h"
#include "Result.h"

#include <QJsonArray>

namespace wh {

struct ReceiveStock
{
    QString sku;
    QString location;
    QString lot;
    QDate expiry;
    std::int64_t quantity = 0;
};

struct MoveStock
{
    QString sku;
    QString from;
    QString to;
    QString lot;
    std::int64_t quantity = 0;
};

// Reasons an operator may give for changing stock outside an order or a receipt.
enum class AdjustReason
{
    Damaged,
    Lost,
    Found,
    Expired,
    CountCorrection
};
QString adjustReasonName(AdjustReason reason);
std::optional<AdjustReason> adjustReasonFromName(const QString& name);

struct AdjustStock
{
    QString sku;
    QString location;
    QString lot;
    QDate expiry; // only used when a positive adjustment creates a new lot row
    std::int64_t delta = 0;
    AdjustReason reason = AdjustReason::CountCorrection;
};

struct ReleaseReservation
{
    QString orderId;
    QString reason;
};

struct PickLine
{
    QString orderId;
    int lineNo = 0;
    QString location;
    QString lot;
    std::int64_t quantity = 0;
};

// One order line the stock cannot cover in full.
struct ShortLine
{
    int lineNo = 0;
    QString sku;
    std::int64_t ordered = 0;
    std::int64_t reserved = 0; // what the stock could cover
    std::int64_t missing = 0;
};

// Where an order's lines would be allocated, and which lines the stock cannot cover.
struct AllocationPlan
{
    QList<Allocation> allocations;
    QList<ShortLine> shortLines;
};

// The warehouse's rules: each call checks one command against the current state and returns the events that
// record it, or a typed error and no events. Pure: no SQL, no I/O, so the rules are tested without a store.
class Inventory
{
public:
    static constexpr std::int64_t kMaxUnitsPerAction = 1'000'000;

    Inventory(const InventoryState& state, const Clock& clock)
        : m_state(state)
        , m_clock(clock)
        , m_lowStock(state, clock)
    {}

    Result<EventList> defineSku(const Sku& sku);
    Result<EventList> defineLocation(const Location& location);
    Result<EventList> receive(const ReceiveStock& cmd);
    Result<EventList> move(const MoveStock& cmd);
    Result<EventList> adjust(const AdjustStock& cmd);
    // Registers the order and reserves every line (first expiry first, pick faces before bulk, then the pick
    // path): all or nothing, or what there is when the order allows a part shipment. An order the stock
    // cannot meet (or, allowing partial, of which nothing at all is there) is refused with InsufficientStock,
    // answered with ReservationFailed, and not registered. Broken rules are plain refusals.
    Result<EventList> reserve(const Order& order);
    // The allocation rules alone, writing nothing. `freed` is a reservation the same action releases: its
    // units count as available (an order's modification may keep the bins it had).
    AllocationPlan allocate(const QList<OrderLine>& lines, const QList<Allocation>& freed = {}) const;
    Result<EventList> release(const ReleaseReservation& cmd);
    Result<EventList> pick(const PickLine& cmd);
    // A status change told by the central service (payment, delivery) or the warehouse. Cancelling an order
    // with an open reservation releases it in the same action (the saga's compensation).
    Result<EventList> changeStatus(const QString& orderId, OrderStatus to);

    // A date as events carry it: ISO YYYY-MM-DD, empty when there is none.
    static QString dateText(QDate date);
    // Words inside a refusal: " lot L7" after a SKU (nothing without a lot), and "on 2025-12-31" or "never"
    // for an expiry date (they are translated with the refusal).
    static RefusalArg lotWords(const QString& lot);
    static RefusalArg expiryWords(QDate expiry);
    // One allocation as events carry it (reservations, releases).
    static QJsonObject allocationToJson(const Allocation& allocation);
    static QJsonObject skuToJson(const Sku& sku);
    static Sku skuFromJson(const QJsonObject& json);
    static QJsonObject locationToJson(const Location& location);
    static Location locationFromJson(const QJsonObject& json);
    static QJsonObject orderToJson(const Order& order);
    static QJsonArray linesToJson(const QList<OrderLine>& lines);
    static QList<OrderLine> linesFromJson(const QJsonArray& json);
    static QJsonArray shortLinesToJson(const QList<ShortLine>& lines);
    static Order orderFromJson(const QJsonObject& json);

private:
    Result<Location> ownLocation(const QString& code) const;
    Result<Sku> knownSku(const QString& code) const;
    Status checkLot(const Sku& sku, const QString& lot) const;
    static Status checkPlausible(std::int64_t quantity);
    Status knownSkus(const QString& orderId, const QList<OrderLine>& lines) const;

    const InventoryState& m_state;
    const Clock& m_clock;
    LowStockTracker m_lowStock;
};

} // namespace wh
