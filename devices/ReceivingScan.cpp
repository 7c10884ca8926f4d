#include "ReceivingScan.h"

namespace wh::devices {

namespace {

const Gs1Element* element(const Gs1Elements& elements, const char* ai)
{
    for (const Gs1Element& e : elements)
        if (e.ai == QLatin1String(ai))
            return &e;
    return nullptr;
}

} // namespace

Result<ReceiptScan> receiptScanFrom(const ScanEvent& scan, const QString& receiptId)
{
    if (!scan.ok())
        return scan.status().error();
    ReceiptScan receipt;
    receipt.receiptId = receiptId;
    if (!scan.gs1) {
        receipt.code = scan.data;
        return receipt;
    }
    if (const Gs1Element* sscc = element(scan.elements, "00")) {
        receipt.sscc = sscc->value;
        return receipt;
    }
    const Gs1Element* gtin = element(scan.elements, "01");
    if (!gtin)
        gtin = element(scan.elements, "02");
    if (!gtin)
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "%1 names no item or pallet (no GTIN and no SSCC): scan the item's own "
                              "code."),
            {scan.data});
    receipt.code = gtin->value;
    if (const Gs1Element* lot = element(scan.elements, "10"))
        receipt.lot = lot->value;
    const Gs1Element* expiry = element(scan.elements, "17");
    if (!expiry)
        expiry = element(scan.elements, "15");
    if (expiry && expiry->date)
        receipt.expiry = *expiry->date;
    if (const Gs1Element* serial = element(scan.elements, "21"))
        receipt.serial = serial->value;
    const Gs1Element* count = element(scan.elements, "37");
    if (!count)
        count = element(scan.elements, "30");
    if (count)
        receipt.quantity = count->value.toLongLong(); // digits only (the decoder checked), at most 8
    return receipt;
}

} // namespace wh::devices
