#pragma once

#include "MemoryInventoryState.h"
#include "Receiving.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace wh::test {

// core's ReceivingState port over plain containers, beside a MemoryInventoryState that holds the stock and
// master data. It answers as db/SqlReceivingState does, and apply() folds receiving events in as
// db/ReceivingProjector does, handing every other event to the inventory state, so a test can feed one
// command's events back and run the next against what they leave.
class MemoryReceivingState final : public ReceivingState
{
public:
    explicit MemoryReceivingState(MemoryInventoryState& inventory)
        : m_inventory(inventory)
    {}

    void addForeignReceipt(const QString& id) { m_foreignReceipts.insert(id); }

    std::optional<AsnRecord> asn(const QString& id) const override
    {
        const auto it = m_asns.constFind(id);
        return it == m_asns.cend() ? std::nullopt : std::optional<AsnRecord>(*it);
    }
    std::optional<QString> openAsnOfPallet(const QString& sscc) const override
    {
        for (const AsnRecord& record : m_asns)
            if (record.status == AsnStatus::Open)
                for (const AsnLine& line : record.asn.lines)
                    if (line.sscc == sscc)
                        return record.asn.id;
        return std::nullopt;
    }
    std::optional<Receipt> receipt(const QString& id) const override
    {
        const auto it = m_receipts.constFind(id);
        return it == m_receipts.cend() ? std::nullopt : std::optional<Receipt>(*it);
    }
    bool receiptOfOtherTenant(const QString& id) const override { return m_foreignReceipts.contains(id); }
    ReceivedSoFar receivedSoFar(const QString& receiptId, const QString& sku,
                                const QString& lot) const override
    {
        ReceivedSoFar soFar;
        for (const ReceiptItem& item : m_items.value(receiptId))
            if (item.sku == sku && item.lot == lot) {
                soFar.quantity += item.quantity;
                soFar.expiry = item.expiry;
            }
        return soFar;
    }
    int palletScan(const QString& receiptId, const QString& sscc) const override
    {
        for (const ReceiptItem& item : m_items.value(receiptId))
            if (item.sscc == sscc)
                return item.scanNo;
        return 0;
    }
    std::optional<QString> serialReceipt(const QString& sku, const QString& serial) const override
    {
        for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
            for (const ReceiptItem& item : it.value())
                if (item.sku == sku && item.serial == serial)
                    return it.key();
        return std::nullopt;
    }
    QList<ReceiptItem> lastScan(const QString& receiptId) const override
    {
        const QList<ReceiptItem> items = m_items.value(receiptId);
        if (items.isEmpty())
            return {};
        QList<ReceiptItem> last;
        for (const ReceiptItem& item : items)
            if (item.scanNo == items.last().scanNo)
                last.append(item);
        return last;
    }
    QList<ReceiptItem> receiptItems(const QString& receiptId) const override
    {
        return m_items.value(receiptId);
    }
    std::optional<Sku> skuWithGtin(const QString& gtin) const override
    {
        for (const Sku& sku : m_inventory.skus())
            if (!sku.gtin.isEmpty() && sku.gtin == gtin)
                return sku;
        return std::nullopt;
    }
    QList<StockRecord> skuStock(const QString& sku) const override
    {
        QList<StockRecord> rows;
        for (const StockRecord& row : m_inventory.stockRows())
            if (row.key.sku == sku)
                rows.append(row);
        return rows;
    }
    QList<StockRecord> binStock(const QString& location) const override
    {
        QList<StockRecord> rows;
        for (const StockRecord& row : m_inventory.stockRows())
            if (row.key.location == location)
                rows.append(row);
        return rows;
    }
    QList<Location> pickFacesOf(const QString& sku) const override
    {
        QList<Location> faces;
        for (const Location& l : m_inventory.locations())
            if (l.type == LocationType::Pick && l.replenishSku == sku)
                faces.append(l);
        std::sort(faces.begin(), faces.end(), pathOrder);
        return faces;
    }
    QList<Location> emptyBins(const QString& zone, const QString& sku, std::int64_t volumeCm3,
                              std::int64_t weightGrams, int limit) const override
    {
        QSet<QString> used;
        for (const StockRecord& row : m_inventory.stockRows())
            used.insert(row.key.location);
        QList<Location> bins;
        for (const Location& l : m_inventory.locations())
            if (l.allocatable() && (zone.isEmpty() || l.zone == zone) &&
                (l.replenishSku.isEmpty() || l.replenishSku == sku) &&
                (l.maxVolumeCm3 == 0 || l.maxVolumeCm3 >= volumeCm3) &&
                (l.maxWeightGrams == 0 || l.maxWeightGrams >= weightGrams) && !used.contains(l.code))
                bins.append(l);
        std::sort(bins.begin(), bins.end(), pathOrder);
        return bins.mid(0, limit);
    }

    // The projection; other events go to the inventory state. False for an event neither knows.
    [[nodiscard]] bool apply(const DomainEvent& e)
    {
        const QJsonObject& p = e.payload;
        const QString& t = e.type;
        if (t == EventType::AsnRegistered) {
            auto asn = Receiving::parseAsn(p);
            if (!asn)
                return false;
            m_asns.insert(asn->id, AsnRecord{*asn, AsnStatus::Open, {}});
        } else if (t == EventType::ReceiptOpened) {
            const QString id = str(p, "receiptId");
            m_receipts.insert(id, Receipt{id, str(p, "location"), str(p, "asnId"), ReceiptStatus::Open, 0});
            if (!str(p, "asnId").isEmpty())
                m_asns[str(p, "asnId")].receiptId = id;
        } else if (t == EventType::ReceiptScanned) {
            const QString id = str(p, "receiptId");
            if (!m_receipts.contains(id))
                return false;
            const int scanNo = int(p.value(QStringLiteral("scanNo")).toInteger());
            m_receipts[id].lastScanNo = scanNo;
            for (const QJsonValue& value : p.value(QStringLiteral("items")).toArray()) {
                const QJsonObject i = value.toObject();
                m_items[id].append(ReceiptItem{
                    scanNo, str(p, "kind"), str(p, "sscc"), str(i, "sku"), str(i, "code"), str(i, "gtin"),
                    str(i, "lot"), QDate::fromString(str(i, "expiry"), Qt::ISODate), str(i, "serial"),
                    i.value(QStringLiteral("quantity")).toInteger()});
            }
        } else if (t == EventType::ReceiptScanUndone) {
            const int scanNo = int(p.value(QStringLiteral("scanNo")).toInteger());
            QList<ReceiptItem>& items = m_items[str(p, "receiptId")];
            items.erase(std::remove_if(items.begin(), items.end(),
                                       [&](const ReceiptItem& item) { return item.scanNo == scanNo; }),
                        items.end());
        } else if (t == EventType::ReceiptPosted) {
            const QString id = str(p, "receiptId");
            if (!m_receipts.contains(id))
                return false;
            m_receipts[id].status = ReceiptStatus::Posted;
            if (!str(p, "asnId").isEmpty()) {
                m_asns[str(p, "asnId")].status = AsnStatus::Closed;
                m_asns[str(p, "asnId")].receiptId = id;
            }
        } else if (t == EventType::Putaway) {
            // The record of a decision; the stock moved with its StockMoved.
        } else {
            return m_inventory.apply(e);
        }
        return true;
    }
    [[nodiscard]] bool apply(const EventList& events)
    {
        return std::all_of(events.cbegin(), events.cend(), [this](const DomainEvent& e) { return apply(e); });
    }

private:
    static QString str(const QJsonObject& o, const char* key)
    {
        return o.value(QLatin1String(key)).toString();
    }
    static bool pathOrder(const Location& a, const Location& b)
    {
        return a.pickSequence != b.pickSequence ? a.pickSequence < b.pickSequence : a.code < b.code;
    }

    MemoryInventoryState& m_inventory;
    QMap<QString, AsnRecord> m_asns;
    QMap<QString, Receipt> m_receipts;
    QMap<QString, QList<ReceiptItem>> m_items; // receipt id -> items of the scans not undone, by scan
    QSet<QString> m_foreignReceipts;
};

} // namespace wh::test
