#include "ReceivingProjector.h"

#include <QJsonArray>
#include <QJsonObject>

namespace wh::db::ReceivingProjector {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

std::int64_t num(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toInteger();
}

Status registerAsn(Connection& c, const RecordedEvent& e, const QJsonObject& p)
{
    const QString asnId = str(p, "asnId");
    Statement asn =
        c.prepare("INSERT INTO asns (tenant_id, asn_id, supplier, expected_date, status, updated_seq) "
                  "VALUES (?1, ?2, ?3, ?4, 'open', ?5)");
    asn.bind(1, e.tenantId).bind(2, asnId).bind(3, str(p, "supplier")).bind(4, str(p, "expectedDate"));
    asn.bind(5, e.seq);
    if (auto status = asn.exec(); !status)
        return status;
    int lineNo = 0;
    for (const QJsonValue& value : p.value(QLatin1String("lines")).toArray()) {
        const QJsonObject l = value.toObject();
        Statement line =
            c.prepare("INSERT INTO asn_lines (tenant_id, asn_id, line_no, sku, quantity, lot, expiry, "
                      "sscc) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        line.bind(1, e.tenantId).bind(2, asnId).bind(3, ++lineNo).bind(4, str(l, "sku"));
        line.bind(5, num(l, "quantity"))
            .bind(6, str(l, "lot"))
            .bind(7, str(l, "expiry"))
            .bind(8, str(l, "sscc"));
        if (auto status = line.exec(); !status)
            return status;
    }
    return {};
}

Status setAsn(Connection& c, const RecordedEvent& e, const QString& asnId, const char* status,
              const QString& receiptId)
{
    Statement s = c.prepare("UPDATE asns SET status = ?3, receipt_id = ?4, updated_seq = ?5 "
                            "WHERE tenant_id = ?1 AND asn_id = ?2");
    s.bind(1, e.tenantId).bind(2, asnId).bind(3, QLatin1String(status)).bind(4, receiptId).bind(5, e.seq);
    return s.exec();
}

Status scanned(Connection& c, const RecordedEvent& e, const QJsonObject& p)
{
    const QString receiptId = str(p, "receiptId");
    const std::int64_t scanNo = num(p, "scanNo");
    Statement header =
        c.prepare("UPDATE receipts SET last_scan = ?3 WHERE tenant_id = ?1 AND receipt_id = ?2");
    header.bind(1, e.tenantId).bind(2, receiptId).bind(3, scanNo);
    if (auto status = header.exec(); !status)
        return status;
    int itemNo = 0;
    for (const QJsonValue& value : p.value(QLatin1String("items")).toArray()) {
        const QJsonObject i = value.toObject();
        Statement item = c.prepare(
            "INSERT INTO receipt_items (tenant_id, receipt_id, scan_no, item_no, kind, sscc, sku, code, "
            "gtin, lot, "
            "expiry, serial, quantity) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
        item.bind(1, e.tenantId).bind(2, receiptId).bind(3, scanNo).bind(4, ++itemNo);
        item.bind(5, str(p, "kind")).bind(6, str(p, "sscc")).bind(7, str(i, "sku")).bind(8, str(i, "code"));
        item.bind(9, str(i, "gtin"))
            .bind(10, str(i, "lot"))
            .bind(11, str(i, "expiry"))
            .bind(12, str(i, "serial"));
        item.bind(13, num(i, "quantity"));
        if (auto status = item.exec(); !status)
            return status;
    }
    return {};
}

} // namespace

bool handles(const QString& type)
{
    return type == EventType::AsnRegistered || type == EventType::ReceiptOpened ||
           type == EventType::ReceiptScanned || type == EventType::ReceiptScanUndone ||
           type == EventType::ReceiptPosted || type == EventType::Putaway;
}

Status apply(Connection& c, const RecordedEvent& e, const QJsonObject& p)
{
    const QString& t = e.type;
    if (t == EventType::AsnRegistered)
        return registerAsn(c, e, p);
    if (t == EventType::ReceiptOpened) {
        Statement s =
            c.prepare("INSERT INTO receipts (tenant_id, receipt_id, location, asn_id, status, opened_at) "
                      "VALUES (?1, ?2, ?3, ?4, 'open', ?5)");
        s.bind(1, e.tenantId)
            .bind(2, str(p, "receiptId"))
            .bind(3, str(p, "location"))
            .bind(4, str(p, "asnId"));
        s.bind(5, e.occurredAt.toMSecsSinceEpoch());
        if (auto status = s.exec(); !status)
            return status;
        if (str(p, "asnId").isEmpty())
            return {};
        return setAsn(c, e, str(p, "asnId"), "open", str(p, "receiptId"));
    }
    if (t == EventType::ReceiptScanned)
        return scanned(c, e, p);
    if (t == EventType::ReceiptScanUndone) {
        // The scan's rows go; the numbering goes on (last_scan stays), so a scan number is never reused.
        Statement s =
            c.prepare("DELETE FROM receipt_items WHERE tenant_id = ?1 AND receipt_id = ?2 AND scan_no = ?3");
        s.bind(1, e.tenantId).bind(2, str(p, "receiptId")).bind(3, num(p, "scanNo"));
        return s.exec();
    }
    if (t == EventType::ReceiptPosted) {
        Statement s = c.prepare(
            "UPDATE receipts SET status = 'posted', posted_at = ?3 WHERE tenant_id = ?1 AND receipt_id = ?2");
        s.bind(1, e.tenantId).bind(2, str(p, "receiptId")).bind(3, e.occurredAt.toMSecsSinceEpoch());
        if (auto status = s.exec(); !status)
            return status;
        if (str(p, "asnId").isEmpty())
            return {};
        return setAsn(c, e, str(p, "asnId"), "closed", str(p, "receiptId"));
    }
    return {}; // Putaway: the log is its record (the stock moved with its StockMoved)
}

} // namespace wh::db::ReceivingProjector
