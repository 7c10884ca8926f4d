#pragma once

#include "Clock.h"
#include "DomainEvent.h"
#include "InventoryState.h"
#include "LowStockTracker.h"
#include "Result.h"

#include <optional>

namespace wh {

// A return authorisation (RMA): what the merchant agreed to take back, per SKU, whatever order it came from.
struct RmaLine
{
    QString sku;
    std::int64_t quantity = 0;
};

struct ReturnAuthorization
{
    QString rmaId;
    QString orderId; // for the record; may name an order this warehouse never shipped (not so from the cloud)
    QList<RmaLine> lines;
    // Optional free text, kept on the ReturnAuthorized event. The initializer keeps {id, order, lines} a
    // complete aggregate initialisation (-Wmissing-field-initializers).
    QString reason{};
};

// Whether two authorisations say the same: id, order and lines (in any order). The reason is free text and
// does not count.
bool sameAuthorization(const ReturnAuthorization& a, const ReturnAuthorization& b);

// What the inspector decides for each returned item.
enum class ReturnDisposition
{
    Restock,    // back into a pick face or bulk bin: sellable again
    Quarantine, // into a quarantine location, to be decided later
    Scrap,      // destroyed: never enters the stock
};
QString returnDispositionName(ReturnDisposition disposition);
std::optional<ReturnDisposition> returnDispositionFromName(const QString& name);

// A return is received against exactly one of a shipped order of this merchant or an RMA.
struct OpenReturn
{
    QString orderId;
    QString rmaId;
};

// One scanned and inspected item (or several of the same SKU and lot with one disposition).
struct ReturnItem
{
    QString returnId;
    QString sku;
    QString lot;
    QDate expiry; // from the item's label; only used for an RMA's lot the warehouse does not hold
    std::int64_t quantity = 1;
    ReturnDisposition disposition = ReturnDisposition::Restock;
    QString location; // the bin (restock) or quarantine location; empty for scrap
};

enum class ReturnStatus
{
    Open,
    Received, // closed: ReturnReceived went to the central service
};

struct ReturnLineRecord
{
    QString sku;
    QString lot;
    QDate expiry;
    std::int64_t quantity = 0;
    ReturnDisposition disposition = ReturnDisposition::Restock;
    QString location;
};

struct ReturnRecord
{
    QString id;
    QString orderId;
    QString rmaId;
    ReturnStatus status = ReturnStatus::Open;
    QList<ReturnLineRecord> lines;
};

// Units already back against an order (per SKU and lot) or an RMA (per SKU, lot empty), open returns
// included.
struct ReturnedUnits
{
    QString sku;
    QString lot;
    std::int64_t quantity = 0;
};

// The returns' read side, for one tenant (db/ implements it beside InventoryState).
class ReturnsState
{
public:
    virtual ~ReturnsState() = default;
    virtual std::optional<ReturnAuthorization> rma(const QString& id) const = 0;
    virtual std::optional<ReturnRecord> customerReturn(const QString& id) const = 0;
    virtual QList<ReturnedUnits> returnedForOrder(const QString& orderId) const = 0;
    virtual QList<ReturnedUnits> returnedForRma(const QString& rmaId) const = 0;
    // Units the tenant's RMAs naming this order authorise, per SKU (lot empty).
    virtual QList<ReturnedUnits> authorizedForOrder(const QString& orderId) const = 0;
};

// Customer returns: received against a shipped order (only what was shipped, per SKU and lot, can come back)
// or an RMA (only what it authorises, per SKU); each item is inspected as it is scanned and restocked,
// quarantined or scrapped in the same action (Restocked tells the central service that units are sellable
// again); closing the return sends ReturnReceived with every line's disposition. The refund is the central
// service's business. Pure.
class Returns
{
public:
    static constexpr int kMaxLines = 500;

    Returns(const InventoryState& state, const ReturnsState& returns, const Clock& clock)
        : m_state(state)
        , m_returns(returns)
        , m_clock(clock)
        , m_lowStock(state, clock)
    {}

    static constexpr int kMaxReasonLength = 500;

    // A local registration: the order is only a reference (see ReturnAuthorization).
    Result<EventList> authorize(const ReturnAuthorization& rma);
    // The central service's CreateRma (a cancellation that came too late): the same rules, and the order
    // must be one this warehouse shipped for this merchant, each SKU shipped in it, and what all of the
    // order's RMAs authorise at most what it shipped. The same RMA again (same order and lines) is done
    // already: no events; the id with other content is already_exists.
    Result<EventList> authorizeShipped(const ReturnAuthorization& rma);
    // `returnId` comes from the store (unique on the appliance).
    Result<EventList> open(const OpenReturn& cmd, const QString& returnId);
    Result<EventList> receiveItem(const ReturnItem& item);
    Result<EventList> close(const QString& returnId);

    Result<ReturnRecord> find(const QString& returnId) const;

private:
    // How many more of the SKU (and lot, against an order) may still come back on this return, with the
    // lot's expiry as shipped; or the refusal.
    struct Allowance
    {
        std::int64_t remaining = 0;
        QDate expiry;
    };
    Result<Allowance> allowance(const ReturnRecord& ret, const QString& sku, const QString& lot) const;

    const InventoryState& m_state;
    const ReturnsState& m_returns;
    const Clock& m_clock;
    LowStockTracker m_lowStock;
};

} // namespace wh
