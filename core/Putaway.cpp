#include "Putaway.h"

#include "EnumNames.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>
#include <map>

namespace wh {

namespace {

constexpr EnumNames<PutawayRule, 3> kRules{{{
    {PutawayRule::SameLot, "same_lot"},
    {PutawayRule::EmptyInZone, "empty_in_zone"},
    {PutawayRule::EmptyAnyZone, "empty_any_zone"},
}}};

// Empty bins asked of the store per zone: the first that fits is taken, the rest only guard against a
// capacity the store and the rule would judge apart.
constexpr int kCandidates = 8;

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

std::int64_t saturatingMultiply(std::int64_t a, std::int64_t b)
{
    if (a <= 0 || b <= 0)
        return 0;
    return a > kMax / b ? kMax : a * b;
}

std::int64_t saturatingAdd(std::int64_t a, std::int64_t b)
{
    return a > kMax - b ? kMax : a + b;
}

std::int64_t unitVolumeMm3(const Sku& sku)
{
    return saturatingMultiply(saturatingMultiply(sku.lengthMm, sku.widthMm), sku.heightMm);
}

// Cubic centimetres, rounded up: what a bin's capacity must at least be.
std::int64_t cm3(std::int64_t mm3)
{
    return mm3 / 1000 + (mm3 % 1000 != 0 ? 1 : 0);
}

bool pickPathOrder(const StockRecord& a, const StockRecord& b)
{
    if (a.pickSequence != b.pickSequence)
        return a.pickSequence < b.pickSequence;
    return a.key.location < b.key.location;
}

} // namespace

QString putawayRuleName(PutawayRule rule)
{
    return kRules.name(rule);
}

BinLoad Putaway::loadOf(const Sku& sku, std::int64_t quantity)
{
    return BinLoad{saturatingMultiply(unitVolumeMm3(sku), quantity),
                   saturatingMultiply(sku.weightGrams, quantity)};
}

BinLoad Putaway::loadIn(const QString& bin) const
{
    return loadOf(m_receiving.binStock(bin));
}

BinLoad Putaway::loadOf(const QList<StockRecord>& rows) const
{
    BinLoad load;
    QHash<QString, std::optional<Sku>> skus;
    for (const StockRecord& row : rows) {
        auto it = skus.find(row.key.sku);
        if (it == skus.end())
            it = skus.insert(row.key.sku, m_state.sku(row.key.sku));
        if (!*it)
            continue;
        const BinLoad rowLoad = loadOf(**it, row.level.onHand);
        load.volumeMm3 = saturatingAdd(load.volumeMm3, rowLoad.volumeMm3);
        load.weightGrams = saturatingAdd(load.weightGrams, rowLoad.weightGrams);
    }
    return load;
}

bool Putaway::fits(const Location& bin, const BinLoad& current, const BinLoad& add)
{
    if (bin.maxVolumeCm3 > 0 &&
        saturatingAdd(current.volumeMm3, add.volumeMm3) > saturatingMultiply(bin.maxVolumeCm3, 1000))
        return false;
    if (bin.maxWeightGrams > 0 && saturatingAdd(current.weightGrams, add.weightGrams) > bin.maxWeightGrams)
        return false;
    return true;
}

Result<Sku> Putaway::checkedSku(const QString& code, const QString& lot, std::int64_t quantity) const
{
    if (quantity <= 0)
        return makeError(ErrorCode::NegativeQuantity,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Put away at least 1 unit, not %1."),
                         {QString::number(quantity)});
    if (quantity > Inventory::kMaxUnitsPerAction)
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "%1 units in one action is not plausible (at most %2); check the quantity."),
            {QString::number(quantity), QString::number(Inventory::kMaxUnitsPerAction)});
    const std::optional<Sku> sku = m_state.sku(code);
    if (!sku)
        return makeError(ErrorCode::UnknownSku,
                         QT_TRANSLATE_NOOP("wh::Refusal", "There is no SKU %1 for this merchant."), {code});
    if (sku->lotTracked && lot.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "SKU %1 is lot-tracked: scan or enter its lot."),
                         {code});
    if (!sku->lotTracked && !lot.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "SKU %1 is not lot-tracked, but lot %2 was given."),
                         {code, lot});
    return *sku;
}

const std::optional<Location>& Putaway::binOf(const QString& code, BinCache& cache) const
{
    auto it = cache.find(code);
    if (it == cache.end())
        it = cache.insert(code, m_state.location(code));
    return *it;
}

QStringList Putaway::zonesOf(const QString& sku, const QList<StockRecord>& rows, BinCache& cache) const
{
    QStringList zones;
    for (const Location& face : m_receiving.pickFacesOf(sku))
        if (!zones.contains(face.zone))
            zones.append(face.zone);
    std::map<QString, std::int64_t> units;
    for (const StockRecord& row : rows) {
        const std::optional<Location>& where = binOf(row.key.location, cache);
        if (where && where->allocatable())
            units[row.zone] += row.level.onHand;
    }
    std::vector<std::pair<QString, std::int64_t>> byUnits(units.begin(), units.end());
    std::stable_sort(byUnits.begin(), byUnits.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    for (const auto& [zone, count] : byUnits)
        if (!zones.contains(zone))
            zones.append(zone);
    return zones;
}

Status Putaway::checkExpiry(const QString& bin, const QList<StockRecord>& rows, const QString& sku,
                            const QString& lot, QDate expiry) const
{
    for (const StockRecord& row : rows)
        if (row.key.sku == sku && row.level.onHand > 0 && row.expiry != expiry)
            return makeError(
                ErrorCode::InvalidArgument,
                QT_TRANSLATE_NOOP("wh::Refusal",
                                  "%1 holds %2%3 expiring %4; these units (%2%5) expire %6. Lots that "
                                  "expire on different dates do not share a bin: choose another."),
                {bin, sku, Inventory::lotWords(row.key.lot), Inventory::expiryWords(row.expiry),
                 Inventory::lotWords(lot), Inventory::expiryWords(expiry)});
    return {};
}

QDate Putaway::expiryOf(const PutawayQuery& query, const QList<StockRecord>& rows) const
{
    for (const StockRecord& row : rows) // where they wait first, then anywhere the lot lies
        if (row.key.location == query.from && row.key.lot == query.lot && row.level.onHand > 0)
            return row.expiry;
    for (const StockRecord& row : rows)
        if (row.key.lot == query.lot && row.level.onHand > 0)
            return row.expiry;
    return {};
}

Result<PutawaySuggestion> Putaway::suggest(const PutawayQuery& query) const
{
    auto sku = checkedSku(query.sku, query.lot, query.quantity);
    if (!sku)
        return sku.error();
    QList<StockRecord> rows = m_receiving.skuStock(query.sku);
    const QDate expiry = expiryOf(query, rows);
    const BinLoad need = loadOf(*sku, query.quantity);
    BinCache bins;

    // 1. Where the same SKU and lot already lie, walked in pick sequence order.
    std::sort(rows.begin(), rows.end(), pickPathOrder);
    QSet<QString> tried;
    for (const StockRecord& row : std::as_const(rows)) {
        if (row.key.lot != query.lot || row.level.onHand <= 0 || tried.contains(row.key.location))
            continue;
        tried.insert(row.key.location);
        const std::optional<Location>& bin = binOf(row.key.location, bins);
        if (!bin || !bin->allocatable() || (!bin->replenishSku.isEmpty() && bin->replenishSku != query.sku))
            continue;
        const QList<StockRecord> inBin = m_receiving.binStock(bin->code);
        if (!checkExpiry(bin->code, inBin, query.sku, query.lot, expiry))
            continue;
        if (fits(*bin, loadOf(inBin), need))
            return PutawaySuggestion{bin->code, bin->zone, PutawayRule::SameLot};
    }

    // 2. An empty bin in the SKU's zone; only a SKU that has no zone at all may go anywhere.
    const QStringList zones = zonesOf(query.sku, rows, bins);
    const auto emptyIn = [&](const QString& zone) -> std::optional<Location> {
        for (const Location& bin :
             m_receiving.emptyBins(zone, query.sku, cm3(need.volumeMm3), need.weightGrams, kCandidates))
            if (fits(bin, {}, need))
                return bin;
        return std::nullopt;
    };
    for (const QString& zone : zones)
        if (auto bin = emptyIn(zone))
            return PutawaySuggestion{bin->code, bin->zone, PutawayRule::EmptyInZone};
    if (zones.isEmpty()) {
        if (auto bin = emptyIn(QString()))
            return PutawaySuggestion{bin->code, bin->zone, PutawayRule::EmptyAnyZone};
        return makeError(
            ErrorCode::NoBinFits,
            QT_TRANSLATE_NOOP("wh::Refusal", "No empty bin can take %1 of %2%3: choose a bin and scan it."),
            {QString::number(query.quantity), query.sku, Inventory::lotWords(query.lot)});
    }
    return makeError(
        ErrorCode::NoBinFits,
        QT_TRANSLATE_NOOP("wh::Refusal", "No bin in zone %1 can take %2 of %3%4: choose a bin and scan it."),
        {zones.join(QStringLiteral(", ")), QString::number(query.quantity), query.sku,
         Inventory::lotWords(query.lot)});
}

Result<EventList> Putaway::confirm(const ConfirmPutaway& cmd)
{
    auto sku = checkedSku(cmd.sku, cmd.lot, cmd.quantity);
    if (!sku)
        return sku.error();
    const auto own = [this](const QString& code) -> Result<Location> {
        if (auto found = m_state.location(code))
            return *found;
        if (m_state.locationOfOtherTenant(code))
            return makeError(ErrorCode::ForeignTenant,
                             QT_TRANSLATE_NOOP("wh::Refusal", "Location %1 belongs to another merchant."),
                             {code});
        return makeError(ErrorCode::UnknownLocation,
                         QT_TRANSLATE_NOOP("wh::Refusal", "There is no location %1."), {code});
    };
    auto from = own(cmd.from);
    if (!from)
        return from.error();
    if (from->type != LocationType::Receiving)
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Putaway takes stock from a receiving location; %1 is a %2 location: "
                              "move it instead."),
            {cmd.from, locationTypeName(from->type)});
    auto bin = own(cmd.bin);
    if (!bin)
        return bin.error();
    if (bin->type != LocationType::Pick && bin->type != LocationType::Bulk &&
        bin->type != LocationType::Quarantine)
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "%1 is a %2 area: put stock away into a pick, bulk or quarantine bin."),
            {cmd.bin, locationTypeName(bin->type)});
    if (!bin->replenishSku.isEmpty() && bin->replenishSku != cmd.sku)
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal", "%1 is the pick face of %2: choose another bin for %3."),
            {cmd.bin, bin->replenishSku, cmd.sku});
    const auto source = m_state.stock({cmd.sku, cmd.from, cmd.lot});
    const std::int64_t available = source ? source->level.available() : 0;
    if (available < cmd.quantity)
        return makeError(
            ErrorCode::InsufficientStock,
            QT_TRANSLATE_NOOP("wh::Refusal", "Only %1 of %2%3 is waiting in %4; %5 to put away."),
            {QString::number(available), cmd.sku, Inventory::lotWords(cmd.lot), cmd.from,
             QString::number(cmd.quantity)});
    const QList<StockRecord> binRows = m_receiving.binStock(cmd.bin);
    if (auto mixed = checkExpiry(cmd.bin, binRows, cmd.sku, cmd.lot, source->expiry); !mixed)
        return mixed.error();
    const BinLoad current = loadOf(binRows);
    const BinLoad need = loadOf(*sku, cmd.quantity);
    if (!fits(*bin, current, need)) {
        const bool volume = bin->maxVolumeCm3 > 0 && saturatingAdd(current.volumeMm3, need.volumeMm3) >
                                                         saturatingMultiply(bin->maxVolumeCm3, 1000);
        const RefusalArg detail =
            volume ? refusalWords(
                         QT_TRANSLATE_NOOP("wh::Refusal", "%1 cm3 (it holds %2 cm3, these need %3 cm3)"),
                         {QString::number(bin->maxVolumeCm3), QString::number(cm3(current.volumeMm3)),
                          QString::number(cm3(need.volumeMm3))})
                   : refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "%1 g (it holds %2 g, these weigh %3 g)"),
                                  {QString::number(bin->maxWeightGrams), QString::number(current.weightGrams),
                                   QString::number(need.weightGrams)});
        return makeError(
            ErrorCode::OverCapacity,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "%1 cannot take %2 of %3: it takes at most %4. Choose another bin."),
            {cmd.bin, QString::number(cmd.quantity), cmd.sku, detail});
    }
    // The suggestion as it stands in this same transaction, so the record says what the rules offered.
    const auto suggestion = suggest({cmd.sku, cmd.lot, cmd.quantity, cmd.from});
    auto moved = Inventory(m_state, m_clock).move({cmd.sku, cmd.from, cmd.bin, cmd.lot, cmd.quantity});
    if (!moved)
        return moved.error();
    QJsonObject payload{{QStringLiteral("sku"), cmd.sku},
                        {QStringLiteral("lot"), cmd.lot},
                        {QStringLiteral("expiry"), Inventory::dateText(source->expiry)},
                        {QStringLiteral("from"), cmd.from},
                        {QStringLiteral("to"), cmd.bin},
                        {QStringLiteral("quantity"), static_cast<qint64>(cmd.quantity)},
                        {QStringLiteral("suggested"), suggestion ? suggestion->bin : QString()},
                        {QStringLiteral("rule"), suggestion ? putawayRuleName(suggestion->rule) : QString()},
                        {QStringLiteral("followed"), suggestion && suggestion->bin == cmd.bin}};
    EventList events = std::move(moved).value();
    events.insert(1, DomainEvent{EventType::Putaway, QStringLiteral("sku"), cmd.sku, payload});
    return events;
}

} // namespace wh
