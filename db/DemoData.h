#pragma once

#include "Store.h"

namespace wh::db {

// The demo warehouse a first start seeds: two merchants sharing the building, their bins, SKUs (one of them
// with lot-tracked, expiring goods), opening stock, a few paid orders waiting to be picked and an advance
// shipping notice for tomorrow's delivery to receive against. Written through the store's own actions, so the
// demo's log verifies and rebuilds like any other.
namespace DemoData {

// Seeds an empty store; leaves a store that already has tenants alone. Returns how many events it wrote.
Result<std::int64_t> seedIfEmpty(Store& store);

// The GS1 mod-10 check digit appended to `digits` (for building valid demo GTINs).
QString withCheckDigit(const QString& digits);

// A barcode the demo scanner's panel offers: what a real scanner would send (AIM identifier included) for a
// staff badge, a bin, an item (its GTIN, with lot and expiry as GS1 element strings for lot-tracked stock),
// an open order, an ASN or a pallet (SSCC) of the merchant, and empty totes for picking (any code the
// merchant has no order in is a free tote: the demo offers six, named after the merchant).
struct ScanCode
{
    QString group; // badges, bins, totes, items, orders, receiving
    QString label; // what the button says
    QString scan;  // what the scanner sends
};
Result<QList<ScanCode>> scanCodes(Store& store, const QString& tenantId);

} // namespace DemoData
} // namespace wh::db
