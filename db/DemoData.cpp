#include "DemoData.h"

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
    }
    return written;
}

} // namespace wh::db::DemoData
