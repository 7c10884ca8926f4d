#pragma once

#include "Clock.h"
#include "DomainEvent.h"
#include "InventoryState.h"
#include "LowStockTracker.h"
#include "Result.h"

#include <optional>

namespace wh {

// Why units are destroyed. A scrap is never undone: the units leave the books (StockScrapped).
enum class ScrapReason
{
    Damaged,
    Expired,
    Defective,
    Returned // a customer return found unsellable after it was first quarantined
};
QString scrapReasonName(ScrapReason reason);
std::optional<ScrapReason> scrapReasonFromName(const QString& name);

struct ScrapStock
{
    QString sku;
    QString location;
    QString lot;
    std::int64_t quantity = 0;
    ScrapReason reason = ScrapReason::Damaged;
};

// Units out of sellable stock into a quarantine location, with the reason in the worker's words.
struct QuarantineStock
{
    QString sku;
    QString from;
    QString to; // a quarantine location
    QString lot;
    std::int64_t quantity = 0;
    QString reason;
};

// Quarantined units back into a bin where they can be sold again (a supervisor's decision).
struct ReleaseFromQuarantine
{
    QString sku;
    QString from; // the quarantine location
    QString to;   // a pick face or bulk bin
    QString lot;
    std::int64_t quantity = 0;
    QString reason;
};

// The stock control rules beside Inventory::adjust: scrap, quarantine and release. Each is checked against
// the tenant's state and returns its events (with LowStock or LowStockCleared when sellable stock crosses its
// threshold) or a typed error and no events. Pure, like Inventory. The helpers at the end are shared with the
// count and returns rules, so every path refuses another tenant's bins and unknown SKUs in the same words.
class StockControl
{
public:
    StockControl(const InventoryState& state, const Clock& clock)
        : m_state(state)
        , m_clock(clock)
        , m_lowStock(state, clock)
    {}

    Result<EventList> scrap(const ScrapStock& cmd);
    Result<EventList> quarantine(const QuarantineStock& cmd);
    Result<EventList> release(const ReleaseFromQuarantine& cmd);

    static Result<Location> ownLocation(const InventoryState& state, const QString& code);
    static Result<Sku> knownSku(const InventoryState& state, const QString& code);
    static Status checkLot(const Sku& sku, const QString& lot);
    // 1..Inventory::kMaxUnitsPerAction units, in the words of `what` ("Scrapped quantity").
    static Status checkQuantity(std::int64_t quantity, const RefusalArg& what);
    // A reason a supervisor can read back in the audit trail: 1-200 characters, not only spaces.
    static Status checkReason(const QString& reason, const RefusalArg& what);
    static RefusalArg lotText(const QString& lot);

private:
    // The row the units leave, with enough free (unreserved) units.
    Result<StockRecord> freeUnits(const QString& sku, const QString& location, const QString& lot,
                                  std::int64_t quantity) const;

    const InventoryState& m_state;
    const Clock& m_clock;
    LowStockTracker m_lowStock;
};

} // namespace wh
