#pragma once

// What a scan or a typed code names on the stock screens (look-up, count, returns): a bin of the logged-in
// merchant, or one of its items with the lot, expiry and count its label carries. These run on the store
// worker's thread (inside a job) and only call the store's public reads; the screens show the answer.

#include "ReceivingScan.h"
#include "ScanDecoder.h"
#include "Store.h"

namespace wh::ui {

struct ScannedCode
{
    enum class Kind
    {
        Bin,
        Item
    };
    Kind kind = Kind::Item;
    QString code; // as scanned or typed (the GTIN for a GS1 label)
    Location bin;
    Sku sku;
    QString lot;
    QDate expiry;
    std::int64_t quantity = 0; // the label's count (AI 30 or 37), 0 when it has none
};

// What the look-up found: the rows of stock, and what the search matched in words ("SKU ACME-1001").
struct StockLookup
{
    QString matched;
    QList<StockRecord> rows;
};

namespace ScanLookup {

// A refused scan is its decoder's error. A GS1 label is an item by its GTIN (01 or 02); a pallet's SSCC or a
// label without a GTIN is refused. Anything else is tried as a bin, then a SKU code, then a GTIN; another
// merchant's bin is refused as such, and a code that is none of these is unknown_sku.
Result<ScannedCode> resolve(db::Store& store, const TenantContext& tenant, const devices::ScanEvent& scan);

// The stock a scan or a typed search names: an item's rows (only its lot's when the label carries one), a
// bin's rows, or every row of a lot. Nothing found is an error that says what was tried.
Result<StockLookup> lookup(db::Store& store, const TenantContext& tenant, const devices::ScanEvent& scan);

} // namespace ScanLookup

} // namespace wh::ui
