#pragma once

#include "InventoryFixture.h"

#include "CycleCount.h"
#include "Returns.h"
#include "StockControl.h"

#include <QSet>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace wh::test {

// The count and returns ports (CountState, ReturnsState) over plain containers, beside a MemoryInventoryState
// that keeps the stock. apply() folds stock control's events in the way db/ProjectorStockControl does and
// hands every other event to the inventory state, so a test runs one command after another on the state the
// earlier ones left.
class MemoryStockControlState final : public CountState, public ReturnsState
{
public:
    explicit MemoryStockControlState(MemoryInventoryState& inventory)
        : m_inventory(inventory)
    {}

    // Set-up: stock the bin listings know of (MemoryInventoryState cannot list a bin).
    void putStock(const StockKey& key, QDate expiry, std::int64_t onHand, std::int64_t reserved = 0)
    {
        m_inventory.putStock(key, expiry, onHand, reserved);
        m_keys.insert(rowKey(key));
    }
    void setTolerance(CountTolerance tolerance) { m_tolerance = tolerance; }

    std::optional<CountRecord> countTask(const QString& id) const override
    {
        const auto it = m_counts.constFind(id);
        return it == m_counts.cend() ? std::nullopt : std::optional<CountRecord>(*it);
    }
    QString openCountOf(const QString& location) const override
    {
        for (const CountRecord& c : m_counts)
            if ((c.status == CountStatus::Counting || c.status == CountStatus::Review) &&
                c.locations.contains(location))
                return c.id;
        return {};
    }
    CountTolerance countTolerance() const override { return m_tolerance; }
    QList<StockRecord> stockInBin(const QString& location) const override
    {
        QList<StockRecord> rows;
        for (const auto& [sku, where, lot] : m_keys)
            if (where == location)
                if (auto row = m_inventory.stock({sku, where, lot}); row && row->level.onHand > 0)
                    rows.append(*row);
        return rows;
    }

    std::optional<ReturnAuthorization> rma(const QString& id) const override
    {
        const auto it = m_rmas.constFind(id);
        return it == m_rmas.cend() ? std::nullopt : std::optional<ReturnAuthorization>(*it);
    }
    std::optional<ReturnRecord> customerReturn(const QString& id) const override
    {
        const auto it = m_returns.constFind(id);
        return it == m_returns.cend() ? std::nullopt : std::optional<ReturnRecord>(*it);
    }
    QList<ReturnedUnits> returnedForOrder(const QString& orderId) const override
    {
        QList<ReturnedUnits> out;
        for (const ReturnRecord& r : m_returns)
            if (!orderId.isEmpty() && r.orderId == orderId)
                for (const ReturnLineRecord& l : r.lines)
                    out.append(ReturnedUnits{l.sku, l.lot, l.quantity});
        return out;
    }
    QList<ReturnedUnits> authorizedForOrder(const QString& orderId) const override
    {
        QList<ReturnedUnits> out;
        for (const ReturnAuthorization& rma : m_rmas)
            if (!orderId.isEmpty() && rma.orderId == orderId)
                for (const RmaLine& l : rma.lines)
                    out.append(ReturnedUnits{l.sku, QString(), l.quantity});
        return out;
    }
    QList<ReturnedUnits> returnedForRma(const QString& rmaId) const override
    {
        QList<ReturnedUnits> out;
        for (const ReturnRecord& r : m_returns)
            if (!rmaId.isEmpty() && r.rmaId == rmaId)
                for (const ReturnLineRecord& l : r.lines)
                    out.append(ReturnedUnits{l.sku, QString(), l.quantity});
        return out;
    }

    [[nodiscard]] bool apply(const DomainEvent& e)
    {
        const QJsonObject& p = e.payload;
        const QString& t = e.type;
        const QString countId = str(p, "countId");
        const QString returnId = str(p, "returnId");
        if (t == EventType::CountToleranceSet) {
            m_tolerance = CountTolerance{num(p, "maxUnits"), num(p, "maxValueMinor")};
        } else if (t == EventType::CountTaskCreated) {
            CountRecord c;
            c.id = countId;
            c.note = str(p, "note");
            for (const QJsonValue& v : p.value(QStringLiteral("locations")).toArray())
                c.locations.append(v.toString());
            m_counts.insert(countId, c);
        } else if (t == EventType::CountLineRecorded) {
            if (!m_counts.contains(countId))
                return false;
            auto& lines = m_counts[countId].lines;
            const CountRecord::Line line{
                CountedLine{str(p, "location"), str(p, "sku"), str(p, "lot"), num(p, "quantity")},
                QDate::fromString(str(p, "expiry"), Qt::ISODate), num(p, "expected")};
            lines.erase(std::remove_if(lines.begin(), lines.end(),
                                       [&](const CountRecord::Line& l) {
                                           return l.counted.location == line.counted.location &&
                                                  l.counted.sku == line.counted.sku &&
                                                  l.counted.lot == line.counted.lot;
                                       }),
                        lines.end());
            lines.append(line);
        } else if (t == EventType::CountSubmitted) {
            if (!m_counts.contains(countId))
                return false;
            CountRecord& c = m_counts[countId];
            c.variances.clear();
            for (const QJsonValue& v : p.value(QStringLiteral("lines")).toArray())
                c.variances.append(countVarianceFromJson(v.toObject()));
            c.status = countStatusFromName(str(p, "outcome")).value_or(CountStatus::Cancelled);
        } else if (t == EventType::CountRecountRequested) {
            CountRecord& c = m_counts[countId];
            c.lines.clear();
            c.round = int(num(p, "round"));
            c.status = CountStatus::Counting;
        } else if (t == EventType::CountApproved) {
            m_counts[countId].status = CountStatus::Posted;
        } else if (t == EventType::CountCancelled) {
            m_counts[countId].status = CountStatus::Cancelled;
        } else if (t == EventType::StockScrapped) {
            change({str(p, "sku"), str(p, "location"), str(p, "lot")}, str(p, "expiry"), -num(p, "quantity"));
        } else if (t == EventType::StockQuarantined || t == EventType::QuarantineReleased) {
            const std::int64_t q = num(p, "quantity");
            change({str(p, "sku"), str(p, "from"), str(p, "lot")}, str(p, "expiry"), -q);
            change({str(p, "sku"), str(p, "to"), str(p, "lot")}, str(p, "expiry"), q);
        } else if (t == EventType::ReturnAuthorized) {
            ReturnAuthorization rma{str(p, "rmaId"), str(p, "orderId"), {}};
            for (const QJsonValue& v : p.value(QStringLiteral("lines")).toArray())
                rma.lines.append(RmaLine{str(v.toObject(), "sku"), num(v.toObject(), "quantity")});
            m_rmas.insert(rma.rmaId, rma);
        } else if (t == EventType::ReturnOpened) {
            m_returns.insert(
                returnId, ReturnRecord{returnId, str(p, "orderId"), str(p, "rmaId"), ReturnStatus::Open, {}});
        } else if (t == EventType::ReturnItemReceived) {
            if (!m_returns.contains(returnId))
                return false;
            const auto disposition = returnDispositionFromName(str(p, "disposition"));
            if (!disposition)
                return false;
            m_returns[returnId].lines.append(ReturnLineRecord{
                str(p, "sku"), str(p, "lot"), QDate::fromString(str(p, "expiry"), Qt::ISODate),
                num(p, "quantity"), *disposition, str(p, "location")});
            if (*disposition != ReturnDisposition::Scrap)
                change({str(p, "sku"), str(p, "location"), str(p, "lot")}, str(p, "expiry"),
                       num(p, "quantity"));
        } else if (t == EventType::Restocked) {
            // The stock came in with ReturnItemReceived.
        } else if (t == EventType::ReturnReceived) {
            if (!m_returns.contains(returnId))
                return false;
            m_returns[returnId].status = ReturnStatus::Received;
        } else {
            for (const char* field : {"location", "from", "to"})
                if (p.contains(QLatin1String(field)) && p.contains(QStringLiteral("sku")))
                    m_keys.insert({str(p, "sku"), str(p, field), str(p, "lot")});
            return m_inventory.apply(e);
        }
        return true;
    }

    [[nodiscard]] bool apply(const EventList& events)
    {
        return std::all_of(events.cbegin(), events.cend(), [this](const DomainEvent& e) { return apply(e); });
    }

private:
    using RowKey = std::tuple<QString, QString, QString>;
    static RowKey rowKey(const StockKey& key) { return {key.sku, key.location, key.lot}; }
    static QString str(const QJsonObject& o, const char* key)
    {
        return o.value(QLatin1String(key)).toString();
    }
    static std::int64_t num(const QJsonObject& o, const char* key)
    {
        return o.value(QLatin1String(key)).toInteger();
    }

    void change(const StockKey& key, const QString& expiry, std::int64_t delta)
    {
        const auto row = m_inventory.stock(key);
        const QDate date =
            expiry.isEmpty() ? (row ? row->expiry : QDate()) : QDate::fromString(expiry, Qt::ISODate);
        m_inventory.putStock(key, date, (row ? row->level.onHand : 0) + delta, row ? row->level.reserved : 0);
        m_keys.insert(rowKey(key));
    }

    MemoryInventoryState& m_inventory;
    std::set<RowKey> m_keys;
    CountTolerance m_tolerance;
    QMap<QString, CountRecord> m_counts;
    QMap<QString, ReturnAuthorization> m_rmas;
    QMap<QString, ReturnRecord> m_returns;
};

// InventoryFixture with stock control's state beside it: commit() folds every event of a command in.
class StockControlFixture : public InventoryFixture
{
public:
    StockControlFixture()
    {
        Sku widget = *state.sku(kWidget);
        widget.unitCostMinor = 250; // $2.50 a unit
        state.addSku(widget);
    }

    CycleCount counting() const { return CycleCount(state, control, clock); }
    StockControl stockControl() const { return StockControl(state, clock); }
    Returns returns() const { return Returns(state, control, clock); }

    EventList commit(const Result<EventList>& result)
    {
        INFO(describe(result));
        REQUIRE(result.ok());
        REQUIRE(control.apply(result.value()));
        REQUIRE(state.consistent());
        return result.value();
    }
    void put(const QString& sku, const QString& bin, std::int64_t onHand, std::int64_t reserved = 0,
             const QString& lot = {}, QDate expiry = {})
    {
        control.putStock({sku, bin, lot}, expiry, onHand, reserved);
    }

    MemoryStockControlState control{state};
};

} // namespace wh::test
