// SqlInventoryState's side of the ReceivingState port (core/Receiving.h): ASNs, receipts and what putaway
// reads. Every query binds the tenant id, like the rest of SqlInventoryState.
#include "SqlInventoryState.h"

namespace wh::db {

namespace {

#define WH_RECEIPT_ITEM_SELECT                                                                               \
    "SELECT scan_no, kind, sscc, sku, code, gtin, lot, expiry, serial, quantity FROM receipt_items "

#define WH_BIN_SELECT "SELECT " WH_LOCATION_COLUMNS "FROM locations l "

ReceiptItem itemRow(const Statement& s)
{
    ReceiptItem item;
    item.scanNo = int(s.int64(0));
    item.kind = s.text(1);
    item.sscc = s.text(2);
    item.sku = s.text(3);
    item.code = s.text(4);
    item.gtin = s.text(5);
    item.lot = s.text(6);
    item.expiry = QDate::fromString(s.text(7), Qt::ISODate);
    item.serial = s.text(8);
    item.quantity = s.int64(9);
    return item;
}

QList<ReceiptItem> itemRows(Statement& s)
{
    QList<ReceiptItem> items;
    while (s.next())
        items.append(itemRow(s));
    return items;
}

QList<Location> binRows(Statement& s)
{
    QList<Location> bins;
    while (s.next())
        bins.append(SqlInventoryState::locationFromRow(s));
    return bins;
}

} // namespace

std::optional<AsnRecord> SqlInventoryState::asn(const QString& id) const
{
    Statement s = m_connection.prepare(
        "SELECT supplier, expected_date, status, receipt_id FROM asns WHERE tenant_id = ?1 AND asn_id = ?2");
    s.bind(1, m_tenant).bind(2, id);
    if (!s.next())
        return std::nullopt;
    AsnRecord record;
    record.asn.id = id;
    record.asn.supplier = s.text(0);
    record.asn.expectedDate = QDate::fromString(s.text(1), Qt::ISODate);
    record.status = s.text(2) == QLatin1String("closed") ? AsnStatus::Closed : AsnStatus::Open;
    record.receiptId = s.text(3);
    Statement lines = m_connection.prepare("SELECT line_no, sku, quantity, lot, expiry, sscc FROM asn_lines "
                                           "WHERE tenant_id = ?1 AND asn_id = ?2 ORDER BY line_no");
    lines.bind(1, m_tenant).bind(2, id);
    while (lines.next())
        record.asn.lines.append(AsnLine{int(lines.int64(0)), lines.text(1), lines.int64(2), lines.text(3),
                                        QDate::fromString(lines.text(4), Qt::ISODate), lines.text(5)});
    return record;
}

std::optional<QString> SqlInventoryState::openAsnOfPallet(const QString& sscc) const
{
    // The `<> ''` terms here and below let SQLite use the partial indexes (pallets, serials, pick faces).
    Statement s = m_connection.prepare(
        "SELECT l.asn_id FROM asn_lines l WHERE l.tenant_id = ?1 AND l.sscc = ?2 AND l.sscc <> '' AND EXISTS "
        "(SELECT 1 FROM asns a WHERE a.tenant_id = l.tenant_id AND a.asn_id = l.asn_id AND a.status = "
        "'open') "
        "ORDER BY l.asn_id LIMIT 1");
    s.bind(1, m_tenant).bind(2, sscc);
    if (!s.next())
        return std::nullopt;
    return s.text(0);
}

std::optional<Receipt> SqlInventoryState::receipt(const QString& id) const
{
    Statement s = m_connection.prepare(
        "SELECT location, asn_id, status, last_scan FROM receipts WHERE tenant_id = ?1 AND receipt_id = ?2");
    s.bind(1, m_tenant).bind(2, id);
    if (!s.next())
        return std::nullopt;
    return Receipt{id, s.text(0), s.text(1),
                   s.text(2) == QLatin1String("posted") ? ReceiptStatus::Posted : ReceiptStatus::Open,
                   int(s.int64(3))};
}

bool SqlInventoryState::receiptOfOtherTenant(const QString& id) const
{
    Statement s = m_connection.prepare("SELECT 1 FROM receipts WHERE receipt_id = ?2 AND tenant_id <> ?1");
    s.bind(1, m_tenant).bind(2, id);
    return s.next();
}

ReceivedSoFar SqlInventoryState::receivedSoFar(const QString& receiptId, const QString& sku,
                                               const QString& lot) const
{
    Statement s = m_connection.prepare(
        "SELECT coalesce(sum(quantity), 0), coalesce(max(expiry), '') FROM receipt_items "
        "WHERE tenant_id = ?1 AND receipt_id = ?2 AND sku = ?3 AND lot = ?4");
    s.bind(1, m_tenant).bind(2, receiptId).bind(3, sku).bind(4, lot);
    if (!s.next())
        return {};
    return ReceivedSoFar{s.int64(0), QDate::fromString(s.text(1), Qt::ISODate)};
}

int SqlInventoryState::palletScan(const QString& receiptId, const QString& sscc) const
{
    Statement s =
        m_connection.prepare("SELECT scan_no FROM receipt_items WHERE tenant_id = ?1 AND receipt_id = "
                             "?2 AND sscc = ?3 AND sscc <> '' ORDER BY scan_no LIMIT 1");
    s.bind(1, m_tenant).bind(2, receiptId).bind(3, sscc);
    return s.next() ? int(s.int64(0)) : 0;
}

std::optional<QString> SqlInventoryState::serialReceipt(const QString& sku, const QString& serial) const
{
    Statement s = m_connection.prepare("SELECT receipt_id FROM receipt_items WHERE tenant_id = ?1 AND sku = "
                                       "?2 AND serial = ?3 AND serial <> '' "
                                       "LIMIT 1");
    s.bind(1, m_tenant).bind(2, sku).bind(3, serial);
    if (!s.next())
        return std::nullopt;
    return s.text(0);
}

QList<ReceiptItem> SqlInventoryState::lastScan(const QString& receiptId) const
{
    Statement s = m_connection.prepare(
        WH_RECEIPT_ITEM_SELECT
        "WHERE tenant_id = ?1 AND receipt_id = ?2 AND scan_no = (SELECT max(scan_no) FROM "
        "receipt_items WHERE tenant_id = ?1 AND receipt_id = ?2) ORDER BY item_no");
    s.bind(1, m_tenant).bind(2, receiptId);
    return itemRows(s);
}

QList<ReceiptItem> SqlInventoryState::receiptItems(const QString& receiptId) const
{
    Statement s = m_connection.prepare(WH_RECEIPT_ITEM_SELECT
                                       "WHERE tenant_id = ?1 AND receipt_id = ?2 ORDER BY scan_no, item_no");
    s.bind(1, m_tenant).bind(2, receiptId);
    return itemRows(s);
}

std::optional<Sku> SqlInventoryState::skuWithGtin(const QString& gtin) const
{
    return skuByGtin(gtin);
}

QList<StockRecord> SqlInventoryState::skuStock(const QString& sku) const
{
    return stockForSku(sku);
}

QList<StockRecord> SqlInventoryState::binStock(const QString& location) const
{
    return stockInLocation(location);
}

QList<Location> SqlInventoryState::pickFacesOf(const QString& sku) const
{
    Statement s =
        m_connection.prepare(WH_BIN_SELECT "WHERE tenant_id = ?1 AND replenish_sku = ?2 AND replenish_sku "
                                           "<> '' AND type = 'pick' ORDER BY pick_sequence, code");
    s.bind(1, m_tenant).bind(2, sku);
    return binRows(s);
}

QList<Location> SqlInventoryState::emptyBins(const QString& zone, const QString& sku, std::int64_t volumeCm3,
                                             std::int64_t weightGrams, int limit) const
{
    // Two statements rather than one with an optional zone: with the zone bound, the walk follows
    // locations_by_zone in pick sequence and stops at the first bins that qualify.
    if (zone.isEmpty()) {
        Statement s = m_connection.prepare(
            WH_BIN_SELECT
            "WHERE l.tenant_id = ?1 AND l.type IN ('pick', 'bulk') AND l.replenish_sku IN ('', ?2) "
            "AND (l.max_volume_cm3 = 0 OR l.max_volume_cm3 >= ?3) AND (l.max_weight_g = 0 OR "
            "l.max_weight_g >= ?4) AND NOT EXISTS (SELECT 1 FROM stock s WHERE s.tenant_id = "
            "l.tenant_id AND s.location = l.code) ORDER BY l.pick_sequence, l.code LIMIT ?5");
        s.bind(1, m_tenant).bind(2, sku).bind(3, volumeCm3).bind(4, weightGrams).bind(5, limit);
        return binRows(s);
    }
    Statement s = m_connection.prepare(
        WH_BIN_SELECT
        "WHERE l.tenant_id = ?1 AND l.zone = ?6 AND l.type IN ('pick', 'bulk') AND l.replenish_sku "
        "IN ('', ?2) AND (l.max_volume_cm3 = 0 OR l.max_volume_cm3 >= ?3) AND (l.max_weight_g = 0 "
        "OR l.max_weight_g >= ?4) AND NOT EXISTS (SELECT 1 FROM stock s WHERE s.tenant_id = "
        "l.tenant_id AND s.location = l.code) ORDER BY l.pick_sequence, l.code LIMIT ?5");
    s.bind(1, m_tenant).bind(2, sku).bind(3, volumeCm3).bind(4, weightGrams).bind(5, limit).bind(6, zone);
    return binRows(s);
}

} // namespace wh::db
