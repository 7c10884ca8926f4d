#include "ScanLookup.h"

#include "Gtin.h"
#include "SqlInventoryState.h"

#include <QCoreApplication>

namespace wh::ui {

namespace {

// The messages' context is the one lupdate records for them: ScanLookup is a namespace, not a QObject, so
// each call names it (lupdate reads the literal; a helper taking the text would hide it from lupdate).
const devices::Gs1Element* element(const devices::Gs1Elements& elements, const char* ai)
{
    for (const devices::Gs1Element& e : elements)
        if (e.ai == QLatin1String(ai))
            return &e;
    return nullptr;
}

// The merchant's SKU with this GTIN in any of its forms; unknown_sku when none.
Result<Sku> skuByGtin(db::Store& store, const TenantContext& tenant, const QString& code)
{
    for (const QString& form : Gtin::forms(code)) {
        auto sku = store.skuByGtin(tenant, form);
        if (sku || sku.error().code != ErrorCode::UnknownSku)
            return sku;
    }
    return makeError(
        ErrorCode::UnknownSku,
        QCoreApplication::translate("wh::ui::ScanLookup", "No SKU of this merchant has GTIN %1.").arg(code));
}

Result<ScannedCode> fromGs1(db::Store& store, const TenantContext& tenant, const devices::ScanEvent& scan)
{
    const devices::Gs1Element* gtin = element(scan.elements, "01");
    if (!gtin)
        gtin = element(scan.elements, "02");
    if (!gtin) {
        if (element(scan.elements, "00"))
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("wh::ui::ScanLookup",
                                                         "That is a pallet label: scan an item's own code."));
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("wh::ui::ScanLookup",
                                                     "%1 names no item (no GTIN): scan the item's own code.")
                             .arg(scan.data));
    }
    auto sku = skuByGtin(store, tenant, gtin->value);
    if (!sku)
        return sku.error();
    ScannedCode code;
    code.code = gtin->value;
    code.sku = *sku;
    if (const devices::Gs1Element* lot = element(scan.elements, "10"))
        code.lot = lot->value;
    const devices::Gs1Element* expiry = element(scan.elements, "17");
    if (!expiry)
        expiry = element(scan.elements, "15");
    if (expiry && expiry->date)
        code.expiry = *expiry->date;
    const devices::Gs1Element* count = element(scan.elements, "37");
    if (!count)
        count = element(scan.elements, "30");
    if (count)
        code.quantity = count->value.toLongLong();
    return code;
}

// A bin, a SKU code or a GTIN; empty when the text is none of them (storage failures and another merchant's
// bin are errors).
Result<std::optional<ScannedCode>> plain(db::Store& store, const TenantContext& tenant, const QString& text)
{
    ScannedCode code;
    code.code = text;
    auto bin = store.location(tenant, text);
    if (bin) {
        code.kind = ScannedCode::Kind::Bin;
        code.bin = *bin;
        return std::optional<ScannedCode>(code);
    }
    if (bin.error().code != ErrorCode::UnknownLocation)
        return bin.error();
    for (const bool byGtin : {false, true}) {
        auto sku = byGtin ? skuByGtin(store, tenant, text) : store.sku(tenant, text);
        if (sku) {
            code.sku = *sku;
            return std::optional<ScannedCode>(code);
        }
        if (sku.error().code != ErrorCode::UnknownSku)
            return sku.error();
    }
    return std::optional<ScannedCode>();
}

} // namespace

Result<ScannedCode> ScanLookup::resolve(db::Store& store, const TenantContext& tenant,
                                        const devices::ScanEvent& scan)
{
    if (!scan.ok())
        return scan.status().error();
    if (scan.gs1)
        return fromGs1(store, tenant, scan);
    const QString text = scan.data.trimmed();
    auto found = plain(store, tenant, text);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(
            ErrorCode::UnknownSku,
            QCoreApplication::translate("wh::ui::ScanLookup", "%1 is no item and no bin of this merchant.")
                .arg(text));
    return **found;
}

Result<StockLookup> ScanLookup::lookup(db::Store& store, const TenantContext& tenant,
                                       const devices::ScanEvent& scan)
{
    if (!scan.ok())
        return scan.status().error();
    std::optional<ScannedCode> code;
    if (scan.gs1) {
        auto item = fromGs1(store, tenant, scan);
        if (!item)
            return item.error();
        code = *item;
    } else {
        auto found = plain(store, tenant, scan.data.trimmed());
        if (!found)
            return found.error();
        code = *found;
    }
    StockLookup result;
    if (code && code->kind == ScannedCode::Kind::Bin) {
        auto rows = store.stockInLocation(tenant, code->bin.code);
        if (!rows)
            return rows.error();
        result.matched = QCoreApplication::translate("wh::ui::ScanLookup", "bin %1").arg(code->bin.code);
        result.rows = *rows;
        return result;
    }
    if (code) {
        auto rows = store.stockForSku(tenant, code->sku.code);
        if (!rows)
            return rows.error();
        result.matched = code->lot.isEmpty()
                             ? QCoreApplication::translate("wh::ui::ScanLookup", "SKU %1 (%2)")
                                   .arg(code->sku.code, code->sku.description)
                             : QCoreApplication::translate("wh::ui::ScanLookup", "SKU %1 (%2), lot %3")
                                   .arg(code->sku.code, code->sku.description, code->lot);
        for (const StockRecord& row : *rows)
            if (code->lot.isEmpty() || row.key.lot == code->lot)
                result.rows.append(row);
        return result;
    }
    // A lot: every SKU of the merchant that holds it. The store has no read by lot yet, so each SKU's rows
    // are read and filtered (a few hundred SKUs per merchant on an appliance).
    const QString lot = scan.data.trimmed();
    (void)store.connection().takeError();
    const QList<SkuStock> skus =
        db::SqlInventoryState(store.connection(), tenant).stockBySku(store.clock().today());
    if (auto error = store.connection().takeError())
        return *error;
    for (const SkuStock& sku : skus) {
        if (sku.onHand == 0)
            continue;
        auto rows = store.stockForSku(tenant, sku.sku);
        if (!rows)
            return rows.error();
        for (const StockRecord& row : *rows)
            if (row.key.lot == lot)
                result.rows.append(row);
    }
    if (result.rows.isEmpty())
        return makeError(ErrorCode::UnknownSku,
                         QCoreApplication::translate(
                             "wh::ui::ScanLookup",
                             "Nothing found for %1: it is no SKU, GTIN, bin or lot of this merchant.")
                             .arg(lot));
    result.matched = QCoreApplication::translate("wh::ui::ScanLookup", "lot %1").arg(lot);
    return result;
}

} // namespace wh::ui
