#pragma once

#include "Clock.h"
#include "DomainEvent.h"
#include "Inventory.h"
#include "InventoryState.h"
#include "Result.h"

#include <QJsonObject>

#include <optional>

namespace wh {

// One line of an advance shipping notice: what the supplier says is coming, on which pallet (SSCC).
struct AsnLine
{
    int lineNo = 0; // 1-based position in the notice
    QString sku;
    std::int64_t quantity = 0;
    QString lot;  // may be empty for a lot-tracked SKU: the lot is then scanned on arrival
    QDate expiry; // invalid when the notice gives none
    QString sscc; // 18 digits, empty when the line is not on an announced pallet
};

// An advance shipping notice (ASN): a delivery the central service (or a file) announces for one tenant.
struct Asn
{
    QString id;
    QString supplier;
    QDate expectedDate;
    QList<AsnLine> lines;
};

enum class AsnStatus
{
    Open,  // waiting, or being received
    Closed // a receipt against it was posted: what did not come is reported, not awaited
};

struct AsnRecord
{
    Asn asn;
    AsnStatus status = AsnStatus::Open;
    QString receiptId; // the receipt receiving it, then the one that closed it; empty before
};

enum class ReceiptStatus
{
    Open,
    Posted
};

// A receipt's header: where it is received, against which ASN (empty: blind).
struct Receipt
{
    QString id;
    QString location;
    QString asnId;
    ReceiptStatus status = ReceiptStatus::Open;
    int lastScanNo = 0; // scans are numbered on, undone ones included
};

// What a scan recorded. An empty sku is an item the merchant does not know: a discrepancy, never stock.
struct ReceiptItem
{
    int scanNo = 0;
    QString kind; // "item", "pallet" or "unknown"
    QString sscc;
    QString sku;
    QString code; // what was scanned (a GTIN, a SKU code); the SKU code for pallet lines
    QString gtin;
    QString lot;
    QDate expiry;
    QString serial;
    std::int64_t quantity = 0;
};

// What the receipt holds so far of one SKU and lot (undone scans left out).
struct ReceivedSoFar
{
    std::int64_t quantity = 0;
    QDate expiry;
};

// Commands.
struct OpenReceipt
{
    QString location; // a receiving location of the tenant
    QString asnId;    // empty: a blind receipt
};

// One scan at the dock: a pallet's SSCC (the ASN's lines for that pallet), or an item by GTIN or SKU code
// with what its label carries (lot, expiry, serial) and how many units it stands for.
struct ReceiptScan
{
    QString receiptId;
    QString sscc;
    QString code;
    QString lot;
    QDate expiry;
    QString serial;
    std::int64_t quantity = 1;
};

// The read side receiving and putaway need beyond the inventory's, for one tenant (db/ implements it on the
// same connection as the others; tests over containers).
class ReceivingState
{
public:
    virtual ~ReceivingState() = default;

    virtual std::optional<AsnRecord> asn(const QString& id) const = 0;
    // The open ASN of this tenant that announces the pallet, if any.
    virtual std::optional<QString> openAsnOfPallet(const QString& sscc) const = 0;
    virtual std::optional<Receipt> receipt(const QString& id) const = 0;
    // True when the id names a receipt of another tenant (so the refusal can say so, without details).
    virtual bool receiptOfOtherTenant(const QString& id) const = 0;
    virtual ReceivedSoFar receivedSoFar(const QString& receiptId, const QString& sku,
                                        const QString& lot) const = 0;
    // The scan on this receipt that received the pallet, or 0.
    virtual int palletScan(const QString& receiptId, const QString& sscc) const = 0;
    // The receipt (open or posted) of this tenant on which the SKU's serial was received, if any.
    virtual std::optional<QString> serialReceipt(const QString& sku, const QString& serial) const = 0;
    // The items of the receipt's latest scan that was not undone (empty: nothing to undo).
    virtual QList<ReceiptItem> lastScan(const QString& receiptId) const = 0;
    // Every item on the receipt, undone scans left out, by scan.
    virtual QList<ReceiptItem> receiptItems(const QString& receiptId) const = 0;
    // The SKU of this tenant that carries the GTIN (as stored: 8, 12, 13 or 14 digits).
    virtual std::optional<Sku> skuWithGtin(const QString& gtin) const = 0;

    // Putaway.
    // Every row of the SKU's stock (any location), and every row in one location.
    virtual QList<StockRecord> skuStock(const QString& sku) const = 0;
    virtual QList<StockRecord> binStock(const QString& location) const = 0;
    // The pick faces kept stocked with the SKU (Location::replenishSku).
    virtual QList<Location> pickFacesOf(const QString& sku) const = 0;
    // Pick and bulk bins of the tenant holding nothing at all, in `zone` (any zone when empty), that are no
    // other SKU's pick face and whose capacity (0 = unlimited) takes at least this volume and weight; in pick
    // sequence order, then by code, at most `limit`.
    virtual QList<Location> emptyBins(const QString& zone, const QString& sku, std::int64_t volumeCm3,
                                      std::int64_t weightGrams, int limit) const = 0;
};

// The receiving rules: ASNs, receipts (open, one action per scan, undo, post) and what a posting writes.
// Like Inventory, pure: events or a typed error with a sentence for the receiver, nothing else.
class Receiving
{
public:
    Receiving(const InventoryState& state, const ReceivingState& receiving, const Clock& clock)
        : m_state(state)
        , m_receiving(receiving)
        , m_clock(clock)
    {}

    Result<EventList> registerAsn(const Asn& asn);
    // `receiptId` comes from the store (unique on the appliance).
    Result<EventList> openReceipt(const OpenReceipt& cmd, const QString& receiptId);
    Result<EventList> scan(const ReceiptScan& cmd);
    // Takes back the receipt's latest scan (a pallet scan as a whole), before posting.
    Result<EventList> undoLastScan(const QString& receiptId);
    // StockReceived into the receipt's location for every SKU and lot received, then ReceiptPosted with the
    // lines (expected and received) and the discrepancies; the ASN closes.
    Result<EventList> post(const QString& receiptId);

    // The ASN in the body format of the AdvanceShippingNotice command (the AsnRegistered payload too).
    static QJsonObject asnToJson(const Asn& asn);
    // Reads that format: every field typed, unknown fields refused, line numbers given by position. Only the
    // shape is checked here (a field missing, of the wrong type, a date that is not YYYY-MM-DD: the error
    // names the field); whether the notice holds together is the rules' (registerAsn).
    static Result<Asn> parseAsn(const QJsonObject& json);
    // The same from a JSON file's bytes.
    static Result<Asn> parseAsnDocument(const QByteArray& json);

    static QString receiptStatusName(ReceiptStatus status);
    static QString asnStatusName(AsnStatus status);
    // GS1 mod-10 check over a whole code (GTIN, SSCC): the last digit is the check digit.
    static bool gs1CheckDigitValid(const QString& digits);
    static bool validSscc(const QString& sscc);

private:
    Result<Receipt> openReceiptOf(const QString& receiptId) const;
    Result<EventList> scanPallet(const Receipt& receipt, const ReceiptScan& cmd, int scanNo);
    Result<EventList> scanItem(const Receipt& receipt, const ReceiptScan& cmd, int scanNo);
    // The expiry a new unit of the SKU and lot takes on this receipt: the scanned one, or, when the scan
    // carries none, the one already known (earlier scans, the receiving location's stock, the ASN); a
    // scanned expiry that differs from one already there is refused (one expiry per lot and location).
    Result<QDate> expiryFor(const Receipt& receipt, const Sku& sku, const QString& lot, QDate scanned,
                            const ReceivedSoFar& soFar) const;

    const InventoryState& m_state;
    const ReceivingState& m_receiving;
    const Clock& m_clock;
};

} // namespace wh
