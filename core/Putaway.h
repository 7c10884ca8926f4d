#pragma once

#include "Receiving.h"

#include <QHash>

namespace wh {

// Which rule found the bin, in the order they are tried.
enum class PutawayRule
{
    SameLot,     // a bin already holding the same SKU and lot, with room
    EmptyInZone, // an empty bin in the SKU's zone
    EmptyAnyZone // an empty bin anywhere: the SKU has no zone yet (no stock, no pick face)
};
QString putawayRuleName(PutawayRule rule);

// Where to put `quantity` units of a SKU and lot that arrived. `from` is the receiving location they are in
// (their expiry is read there); empty when asking before they are received.
struct PutawayQuery
{
    QString sku;
    QString lot;
    std::int64_t quantity = 0;
    QString from;
};

struct PutawaySuggestion
{
    QString bin;
    QString zone;
    PutawayRule rule = PutawayRule::SameLot;
};

// The operator scanned `bin`: the units move there from the receiving location in one action.
struct ConfirmPutaway
{
    QString sku;
    QString lot;
    QString from;
    std::int64_t quantity = 0;
    QString bin;
};

// A bin's fill as putaway measures it: volume in cubic millimetres (SKU dimensions are in mm), weight in
// grams. Sums saturate instead of overflowing.
struct BinLoad
{
    std::int64_t volumeMm3 = 0;
    std::int64_t weightGrams = 0;
};

// The putaway rules: a pure suggestion (the same SKU and lot where there is room, then an empty bin in the
// SKU's zone, within each bin's volume and weight capacity, in pick sequence order), and the confirmed move
// with a record of what was suggested and what was chosen.
class Putaway
{
public:
    Putaway(const InventoryState& state, const ReceivingState& receiving, const Clock& clock)
        : m_state(state)
        , m_receiving(receiving)
        , m_clock(clock)
    {}

    Result<PutawaySuggestion> suggest(const PutawayQuery& query) const;
    // StockMoved (with the low-stock events the move causes) and a Putaway event naming the suggestion and
    // the bin chosen; the actor on the events is who chose. A bin other than the suggestion is allowed if
    // the rules allow it there.
    Result<EventList> confirm(const ConfirmPutaway& cmd);

    // What the units take, and what a bin holds now (or what these rows of it hold).
    static BinLoad loadOf(const Sku& sku, std::int64_t quantity);
    BinLoad loadIn(const QString& bin) const;
    BinLoad loadOf(const QList<StockRecord>& rows) const;
    // True when `add` fits on top of `current` within the bin's capacity (0: not limited that way).
    static bool fits(const Location& bin, const BinLoad& current, const BinLoad& add);

private:
    Result<Sku> checkedSku(const QString& code, const QString& lot, std::int64_t quantity) const;
    using BinCache = QHash<QString, std::optional<Location>>;
    const std::optional<Location>& binOf(const QString& code, BinCache& cache) const;
    // The SKU's zones, most fitting first: its pick faces' zones, then the zones holding most of its units
    // (`rows`: the SKU's stock).
    QStringList zonesOf(const QString& sku, const QList<StockRecord>& rows, BinCache& cache) const;
    // A refusal when the bin holds the SKU with another expiry date (lots that expire apart stay apart).
    Status checkExpiry(const QString& bin, const QList<StockRecord>& rows, const QString& sku,
                       const QString& lot, QDate expiry) const;
    QDate expiryOf(const PutawayQuery& query, const QList<StockRecord>& rows) const;

    const InventoryState& m_state;
    const ReceivingState& m_receiving;
    const Clock& m_clock;
};

} // namespace wh
