#include "DemoData.h"

#include "Sqlite.h"

namespace wh::db::DemoData {

QString withCheckDigit(const QString& digits)
{
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const int digit = digits[digits.size() - 1 - i].digitValue();
        sum += (i % 2 == 0) ? digit * 3 : digit;
    }
    return digits + QString::number((10 - sum % 10) % 10);
}

namespace {

struct TenantSeed
{
    Tenant tenant;
    QString prefix;     // location code prefix
    QString gtinPrefix; // 7-digit company prefix for the demo GTINs
    bool lotTracked;
    QStringList products;
};

Location bin(const QString& code, const QString& zone, LocationType type, int sequence)
{
    Location l;
    l.code = code;
    l.zone = zone;
    l.type = type;
    l.pickSequence = sequence;
    return l;
}

// The shipping master data of a demo merchant: three carton sizes, UPS Ground and Next Day Air, a UPS
// tracking range and the warehouse's address as ship-from (the merchant's name at the warehouse's door).
Result<std::int64_t> seedShipping(Store& store, const TenantContext& ctx, const Actor& actor,
                                  const Tenant& tenant)
{
    std::int64_t written = 0;
    const auto count = [&](const Result<ActionReceipt>& r) -> Status {
        if (!r)
            return r.error();
        written += r->events.size();
        return {};
    };
    for (const Carton& c : {Carton{QStringLiteral("S"), 250, 200, 100, 5000, 120},
                            Carton{QStringLiteral("M"), 400, 300, 200, 15000, 250},
                            Carton{QStringLiteral("L"), 600, 400, 400, 30000, 450}})
        if (auto s = count(store.defineCartonType(ctx, actor, c)); !s)
            return s.error();
    RateCard ground;
    ground.carrier = QStringLiteral("UPS");
    ground.service = QStringLiteral("Ground");
    ground.cutOff = QTime(17, 0);
    ground.bands = {{0, 1000, Money::fromMinor(895)}, {1001, 30000, Money::fromMinor(1250)}};
    RateCard nextDay = ground;
    nextDay.service = QStringLiteral("Next Day Air");
    nextDay.level = ServiceLevel::Overnight;
    nextDay.transitDaysMin = nextDay.transitDaysMax = 1;
    nextDay.cutOff = QTime(15, 0);
    nextDay.bands = {{0, 30000, Money::fromMinor(3900)}};
    for (const RateCard& card : {ground, nextDay})
        if (auto s = count(store.defineRateCard(ctx, actor, card)); !s)
            return s.error();
    TrackingRange range;
    range.id = tenant.id.toUpper() + QStringLiteral("-UPS-2026-01");
    range.carrier = QStringLiteral("UPS");
    // Each merchant's own UPS account: the shipper number is its id, padded, so no two tenants share numbers.
    QString shipper;
    for (QChar ch : tenant.id.toUpper())
        if (ch.isDigit() || (ch >= QLatin1Char('A') && ch <= QLatin1Char('Z')))
            shipper.append(ch);
    range.prefix =
        QStringLiteral("1Z") + shipper.leftJustified(6, QLatin1Char('0'), true) + QStringLiteral("01");
    range.firstSerial = range.nextSerial = 1;
    range.lastSerial = 5000;
    range.lowWaterMark = 500;
    if (auto s = count(store.addTrackingRange(ctx, actor, range)); !s)
        return s.error();
    WarehouseProfile profile;
    profile.shipFrom.name = tenant.name + QStringLiteral(" c/o Demo Warehouse");
    profile.shipFrom.lines = QStringList{QStringLiteral("100 Logistics Way")};
    profile.shipFrom.city = QStringLiteral("Columbus");
    profile.shipFrom.postcode = QStringLiteral("43004");
    profile.shipFrom.country = QStringLiteral("US");
    profile.timeZone = QStringLiteral("America/New_York");
    if (auto s = count(store.defineWarehouseProfile(ctx, actor, profile)); !s)
        return s.error();
    return written;
}

} // namespace

Result<std::int64_t> seedIfEmpty(Store& store)
{
    auto existing = store.tenants();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return std::int64_t(0);
    const Actor actor{QStringLiteral("demo-seed"), QStringLiteral("appliance"), Role::Admin, {}};
    const QList<TenantSeed> seeds{
        {{QStringLiteral("acme"), QStringLiteral("Acme Outdoor")},
         QStringLiteral("A"),
         QStringLiteral("0614141"),
         false,
         {QStringLiteral("Trail tent 2p"), QStringLiteral("Sleeping bag -5C"), QStringLiteral("Camp stove"),
          QStringLiteral("Headlamp 300lm"), QStringLiteral("Water filter"), QStringLiteral("Trekking poles"),
          QStringLiteral("Dry bag 20L"), QStringLiteral("Camp mug")}},
        {{QStringLiteral("globex"), QStringLiteral("Globex Health")},
         QStringLiteral("G"),
         QStringLiteral("0412345"),
         true,
         {QStringLiteral("Vitamin D 1000IU"), QStringLiteral("Omega-3 caps"), QStringLiteral("Zinc lozenges"),
          QStringLiteral("Electrolyte tabs"), QStringLiteral("Probiotic 30ct")}},
    };
    std::int64_t written = 0;
    const QDate today = store.clock().today();
    for (const TenantSeed& seed : seeds) {
        auto registered = store.registerTenant(seed.tenant, actor);
        if (!registered)
            return registered.error();
        written += registered->events.size();
        const TenantContext ctx(seed.tenant.id);
        QList<Store::Handler> actions;
        const QString p = seed.prefix;
        QList<Location> locations{
            bin(p + QStringLiteral("-RCV"), QStringLiteral("dock"), LocationType::Receiving, 0),
            bin(p + QStringLiteral("-QA"), QStringLiteral("dock"), LocationType::Quarantine, 0),
            bin(p + QStringLiteral("-PACK"), QStringLiteral("pack"), LocationType::Packing, 0),
            bin(p + QStringLiteral("-SHIP"), QStringLiteral("dock"), LocationType::Shipping, 0)};
        for (int i = 0; i < seed.products.size(); ++i) {
            locations.append(bin(QStringLiteral("%1-01-%2").arg(p).arg(i + 1, 2, 10, QLatin1Char('0')),
                                 p + QStringLiteral("1"), LocationType::Pick, 10 + i));
            locations.append(bin(QStringLiteral("%1-90-%2").arg(p).arg(i + 1, 2, 10, QLatin1Char('0')),
                                 p + QStringLiteral("9"), LocationType::Bulk, 100 + i));
        }
        for (const Location& location : locations)
            actions.append([location](Inventory& inv) { return inv.defineLocation(location); });
        for (int i = 0; i < seed.products.size(); ++i) {
            Sku sku;
            sku.code = QStringLiteral("%1-%2").arg(seed.tenant.id.toUpper()).arg(1001 + i);
            sku.gtin = withCheckDigit(seed.gtinPrefix +
                                      QStringLiteral("%1").arg(10001 + i, 5, 10, QLatin1Char('0')));
            sku.description = seed.products[i];
            sku.weightGrams = 150 + 90 * i;
            sku.lengthMm = 100 + 20 * i;
            sku.widthMm = 80 + 10 * i;
            sku.heightMm = 40 + 5 * i;
            sku.lotTracked = seed.lotTracked;
            actions.append([sku](Inventory& inv) { return inv.defineSku(sku); });
            const QString lot = seed.lotTracked ? QStringLiteral("L%1A").arg(2601 + i) : QString();
            const QDate expiry = seed.lotTracked ? today.addMonths(6 + i) : QDate();
            const ReceiveStock face{sku.code,
                                    QStringLiteral("%1-01-%2").arg(p).arg(i + 1, 2, 10, QLatin1Char('0')),
                                    lot, expiry, 12 + 3 * i};
            const ReceiveStock bulk{sku.code,
                                    QStringLiteral("%1-90-%2").arg(p).arg(i + 1, 2, 10, QLatin1Char('0')),
                                    lot, expiry, 60 + 10 * i};
            actions.append([face](Inventory& inv) { return inv.receive(face); });
            actions.append([bulk](Inventory& inv) { return inv.receive(bulk); });
        }
        for (int n = 0; n < 3; ++n) {
            Order order;
            order.id = QStringLiteral("%1-SO-%2").arg(seed.tenant.id.toUpper()).arg(5001 + n);
            order.status = OrderStatus::Paid;
            order.service = QStringLiteral("Standard");
            order.promisedDate = today.addDays(10);
            Address to;
            to.name = QStringLiteral("Demo Customer %1").arg(n + 1);
            to.lines = QStringList{QStringLiteral("%1 Elm Street").arg(10 + n)};
            to.city = QStringLiteral("Springfield");
            to.postcode = QStringLiteral("62701");
            to.country = QStringLiteral("US");
            order.shipTo = to;
            order.lines = {OrderLine{1, QStringLiteral("%1-%2").arg(seed.tenant.id.toUpper()).arg(1001 + n),
                                     2, Money::fromMinor(1999 + 500 * n)},
                           OrderLine{2,
                                     QStringLiteral("%1-%2")
                                         .arg(seed.tenant.id.toUpper())
                                         .arg(1001 + (n + 3) % seed.products.size()),
                                     1, Money::fromMinor(4500)}};
            actions.append([order](Inventory& inv) { return inv.reserve(order); });
        }
        auto batch = store.executeBatch(ctx, actor, actions);
        if (!batch)
            return batch.error();
        written += batch->events.size();
        auto shipping = seedShipping(store, ctx, actor, seed.tenant);
        if (!shipping)
            return shipping.error();
        written += *shipping;
        // Receiving: tomorrow's delivery, announced as the central service would: two products on a pallet
        // (one SSCC) and one in loose cartons, to receive against at the dock.
        Asn asn;
        asn.id = seed.tenant.id.toUpper() + QStringLiteral("-ASN-1");
        asn.supplier =
            seed.lotTracked ? QStringLiteral("Nordic Nutrition AB") : QStringLiteral("Trail Gear Ltd");
        asn.expectedDate = today.addDays(1);
        const QString sscc =
            withCheckDigit(QStringLiteral("3") + seed.gtinPrefix + QStringLiteral("000000001"));
        for (int i : {0, 1, 4}) {
            AsnLine line;
            line.lineNo = int(asn.lines.size()) + 1;
            line.sku = QStringLiteral("%1-%2").arg(seed.tenant.id.toUpper()).arg(1001 + i);
            line.quantity = i == 4 ? 6 : 24;
            if (seed.lotTracked) {
                line.lot = QStringLiteral("L%1B").arg(2701 + i);
                line.expiry = today.addMonths(12 + i);
            }
            line.sscc = i == 4 ? QString() : sscc;
            asn.lines.append(line);
        }
        auto announced = store.registerAsn(ctx, actor, asn);
        if (!announced)
            return announced.error();
        written += announced->events.size();
    }
    return written;
}

Result<QList<ScanCode>> scanCodes(Store& store, const QString& tenantId)
{
    Connection& c = store.connection();
    QList<ScanCode> codes;
    {
        Statement s = c.prepare("SELECT user_id, name, badge FROM staff WHERE badge <> '' AND active = 1 "
                                "ORDER BY user_id");
        while (s.next())
            codes.append(ScanCode{QStringLiteral("badges"), s.text(1), s.text(2)});
    }
    {
        Statement s = c.prepare("SELECT code, type FROM locations WHERE tenant_id = ?1 ORDER BY pick_sequence, code");
        s.bind(1, tenantId);
        while (s.next())
            codes.append(ScanCode{QStringLiteral("bins"), s.text(0) + QStringLiteral(" (") + s.text(1) + QLatin1Char(')'),
                                  QStringLiteral("]C0") + s.text(0)});
    }
    if (!tenantId.isEmpty())
        for (int i = 1; i <= 6; ++i) {
            const QString tote = tenantId.toUpper() + QStringLiteral("-TOTE-0") + QString::number(i);
            codes.append(ScanCode{QStringLiteral("totes"), QStringLiteral("Tote ") + tote, QStringLiteral("]C0") + tote});
        }
    {
        // One code per SKU and lot in stock: a lot-tracked item carries its lot and expiry, as on the carton.
        Statement s = c.prepare(
            "SELECT k.code, k.gtin, k.description, COALESCE(t.lot, ''), COALESCE(t.expiry, '') FROM skus k "
            "LEFT JOIN (SELECT DISTINCT sku, lot, expiry FROM stock WHERE tenant_id = ?1 AND lot <> '') t "
            "ON t.sku = k.code WHERE k.tenant_id = ?1 ORDER BY k.code, t.lot");
        s.bind(1, tenantId);
        while (s.next()) {
            const QString gtin = s.text(1);
            const QString lot = s.text(3);
            const QDate expiry = QDate::fromString(s.text(4), Qt::ISODate);
            QString label = s.text(0) + QStringLiteral(" ") + s.text(2);
            QString scan;
            if (gtin.isEmpty()) {
                scan = QStringLiteral("]C0") + s.text(0);
            } else if (lot.isEmpty()) {
                scan = QStringLiteral("]E0") + gtin.right(13);
            } else {
                // GS1-128: (01) GTIN-14, (17) expiry, (10) lot last (variable length, no separator needed).
                scan = QStringLiteral("]C101") + gtin.rightJustified(14, QLatin1Char('0')) + QStringLiteral("17") +
                       expiry.toString(QStringLiteral("yyMMdd")) + QStringLiteral("10") + lot;
                label += QStringLiteral(" lot ") + lot;
            }
            codes.append(ScanCode{QStringLiteral("items"), label, scan});
        }
    }
    {
        Statement s = c.prepare("SELECT order_id, status FROM orders WHERE tenant_id = ?1 AND status IN "
                                "('Paid', 'Processing') ORDER BY order_id LIMIT 50");
        s.bind(1, tenantId);
        while (s.next())
            codes.append(ScanCode{QStringLiteral("orders"), s.text(0) + QStringLiteral(" (") + s.text(1) + QLatin1Char(')'),
                                  QStringLiteral("]C0") + s.text(0)});
    }
    {
        Statement s = c.prepare("SELECT asn_id FROM asns WHERE tenant_id = ?1 AND status = 'open' ORDER BY asn_id");
        s.bind(1, tenantId);
        while (s.next())
            codes.append(ScanCode{QStringLiteral("receiving"), QStringLiteral("ASN ") + s.text(0),
                                  QStringLiteral("]C0") + s.text(0)});
        Statement p = c.prepare("SELECT DISTINCT l.sscc FROM asn_lines l JOIN asns a ON a.tenant_id = l.tenant_id "
                                "AND a.asn_id = l.asn_id WHERE l.tenant_id = ?1 AND a.status = 'open' AND "
                                "l.sscc <> '' ORDER BY l.sscc");
        p.bind(1, tenantId);
        while (p.next())
            codes.append(ScanCode{QStringLiteral("receiving"), QStringLiteral("Pallet ") + p.text(0),
                                  QStringLiteral("]C100") + p.text(0)});
    }
    if (auto error = c.takeError())
        return *error;
    return codes;
}

} // namespace wh::db::DemoData
