#pragma once

#include "Clock.h"
#include "DomainEvent.h"
#include "InventoryState.h"
#include "LowStockTracker.h"
#include "Result.h"

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
    // Registers the order and reserves every line, all or nothing (first expiry first, pick faces before
    // bulk, then the pick path).
    Result<EventList> reserve(const Order& order);
    Result<EventList> release(const ReleaseReservation& cmd);
    Result<EventList> pick(const PickLine& cmd);
    // A status change told by the central service (payment, delivery) or the warehouse. Cancelling an order
    // with an open reservation releases it in the same action (the saga's compensation).
    Result<EventList> changeStatus(const QString& orderId, OrderStatus to);

    // A date as events carry it: ISO YYYY-MM-DD, empty when there is none.
    static QString dateText(QDate date);
    // One allocation as events carry it (reservations, releases).
    static QJsonObject allocationToJson(const Allocation& allocation);
    static QJsonObject skuToJson(const Sku& sku);
    static Sku skuFromJson(const QJsonObject& json);
    static QJsonObject locationToJson(const Location& location);
    static Location locationFromJson(const QJsonObject& json);
    static QJsonObject orderToJson(const Order& order);
    static Order orderFromJson(const QJsonObject& json);

private:
    Result<Location> ownLocation(const QString& code) const;
    Result<Sku> knownSku(const QString& code) const;
    Status checkLot(const Sku& sku, const QString& lot) const;
    static Status checkPlausible(std::int64_t quantity);

    const InventoryState& m_state;
    const Clock& m_clock;
    LowStockTracker m_lowStock;
};

} // namespace wh
