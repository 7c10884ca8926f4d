#pragma once

#include "Clock.h"
#include "DomainEvent.h"
#include "InventoryState.h"
#include "LowStockTracker.h"
#include "Result.h"

#include <QStringList>

#include <optional>

namespace wh {

enum class CountStatus
{
    Counting,  // the counter records lines
    Review,    // submitted beyond tolerance: a supervisor orders a recount or approves
    Posted,    // the variances are adjustments now (or there were none)
    Cancelled, // stopped by a supervisor: nothing posted
};
QString countStatusName(CountStatus status);
std::optional<CountStatus> countStatusFromName(const QString& name);

// How far a count may differ from the books, per line (bin, SKU, lot), and still be posted without a
// supervisor. Both limits hold; the value limit only where the SKU has a unit cost.
struct CountTolerance
{
    std::int64_t maxUnits = 0;      // 0: every difference goes to a supervisor
    std::int64_t maxValueMinor = 0; // |variance| x Sku::unitCostMinor
};

struct CreateCount
{
    QStringList locations;
    QString note; // what the counter reads on the task ("monthly A-zone count")
};

// One counted line: what the counter found. Recording the same bin, SKU and lot again replaces it.
struct CountLine
{
    QString countId;
    QString location;
    QString sku;
    QString lot;
    std::int64_t quantity = 0; // 0: looked for, none there
    QDate expiry;              // only for a lot the books do not know in that bin
};

// What a counter reads back: where to count and what they counted. By construction it holds no expected
// quantity, so no screen built on it can show one.
struct CountedLine
{
    QString location;
    QString sku;
    QString lot;
    std::int64_t quantity = 0;
};

struct CountSheet
{
    QString countId;
    CountStatus status = CountStatus::Counting;
    int round = 1;
    QString note;
    QStringList locations;
    QList<CountedLine> lines;
};

// The supervisor's view of one line of a submitted round.
struct CountVariance
{
    QString location;
    QString sku;
    QString lot;
    QDate expiry;
    std::int64_t expected = 0; // on hand (reserved included) when the line was counted
    std::int64_t counted = 0;
    std::int64_t variance = 0;   // counted - expected
    std::int64_t valueMinor = 0; // |variance| x unit cost, 0 when the cost is unknown
    QString why;                 // empty within tolerance, else why a supervisor must look
};

// A count as the rules see it: the counted lines with the quantity the books held when each was counted.
struct CountRecord
{
    QString id;
    CountStatus status = CountStatus::Counting;
    int round = 1;
    QString note;
    QStringList locations;
    struct Line
    {
        CountedLine counted;
        QDate expiry;
        std::int64_t expected = 0;
    };
    QList<Line> lines;              // of the current round
    QList<CountVariance> variances; // of the last submitted round
};

// What the counter learns from a submit: posted or waiting for a supervisor, never the differences.
struct CountSubmitResult
{
    QString countId;
    CountStatus status = CountStatus::Counting;
    int round = 1;
};

// The count's read side, for one tenant (db/ implements it beside InventoryState).
class CountState
{
public:
    virtual ~CountState() = default;
    virtual std::optional<CountRecord> countTask(const QString& id) const = 0;
    // The open (counting or in review) count holding the bin, or empty.
    virtual QString openCountOf(const QString& location) const = 0;
    virtual CountTolerance countTolerance() const = 0;
    // Every stock row in the bin (every SKU and lot, reserved or not).
    virtual QList<StockRecord> stockInBin(const QString& location) const = 0;
};

// Blind cycle counts. A supervisor (or the scheduler) creates a count of one or more bins; the counter
// records one line per SKU and lot found and submits. The expected quantity is fixed at count time: the bin's
// on-hand (reserved-but-unpicked units included) when the line is recorded, and for stock nobody counted,
// when the count is submitted. Every line within the tenant's tolerance: the variances post as StockAdjusted
// (count_correction) in the submit. Any line beyond it, or counted below the units reserved in the bin: the
// count waits for a supervisor, who orders a blind recount or approves the variances. Pure.
class CycleCount
{
public:
    static constexpr int kMaxBins = 200;
    static constexpr int kMaxLines = 2000;

    CycleCount(const InventoryState& state, const CountState& counts, const Clock& clock)
        : m_state(state)
        , m_counts(counts)
        , m_clock(clock)
        , m_lowStock(state, clock)
    {}

    Result<EventList> setTolerance(const CountTolerance& tolerance);
    // `countId` comes from the store (unique on the appliance).
    Result<EventList> create(const CreateCount& cmd, const QString& countId);
    Result<EventList> recordLine(const CountLine& cmd);
    Result<EventList> submit(const QString& countId);
    Result<EventList> recount(const QString& countId, const QString& reason);
    // Posts the last submitted round's variances; `approvedBy` is the supervisor who decided.
    Result<EventList> approve(const QString& countId, const QString& approvedBy, const QString& reason);
    Result<EventList> cancel(const QString& countId, const QString& reason);

    Result<CountRecord> find(const QString& countId) const;
    static CountSheet sheetOf(const CountRecord& record);

private:
    Result<CountRecord> inStatus(const QString& countId, CountStatus status, const RefusalArg& doing) const;
    // StockAdjusted for each variance, tracked for low stock; refused when a bin no longer holds the units.
    Result<EventList> post(const CountRecord& count, const QList<CountVariance>& variances, EventList events);

    const InventoryState& m_state;
    const CountState& m_counts;
    const Clock& m_clock;
    LowStockTracker m_lowStock;
};

QJsonObject countVarianceToJson(const CountVariance& variance);
CountVariance countVarianceFromJson(const QJsonObject& json);

} // namespace wh
