#pragma once

#include "Receiving.h"
#include "ScanDecoder.h"

namespace wh::devices {

// One decoded scan as a receipt at the dock takes it (core's ReceiptScan). A GS1 logistic label's SSCC (00)
// receives the pallet as its ASN lists it (whatever else the label carries: the ASN is the pallet's content);
// a trade item's GTIN (01, or 02 for the content of a logistic unit) comes with its lot (10), expiry (17, or
// the best-before date 15 when there is no 17), serial (21) and count (30 or 37; 1 without). A code that is
// not GS1 (an EAN-13 or UPC on the item, a SKU label in Code 128) is the item's code as it reads. A scan the
// decoder refused stays refused, and a GS1 code that names neither a pallet nor an item is refused too.
Result<ReceiptScan> receiptScanFrom(const ScanEvent& scan, const QString& receiptId);

} // namespace wh::devices
