// wh_bench_receiving: the dock's two hot paths on a store of 10,000 bins, each measured side by side with a
// baseline in the same run: a receiving scan (Store::scanReceipt: the receipt, the item by GTIN, its lot and
// expiry rules, the event and its projection rows, one transaction) against a bare Store::receive of the same
// size (one event, one stock row), alternating rounds; and a putaway suggestion (Store::suggestPutaway: the
// same SKU and lot first, then the first empty bin in the SKU's zone within capacity) against the one bare
// SQLite query a hand-written version could not do without (the first empty bin of the zone), per call, the
// side that goes first alternating. As with the other benches, the ratio is what carries to another machine.

#include "BenchSupport.h"
#include "DemoData.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <vector>

using namespace wh;
using namespace wh::db;
using namespace wh::bench;

namespace {

const Actor& kActor = benchActor();
const QString kTenant = QStringLiteral("bench");
const QString kDock = QStringLiteral("DOCK-1");
constexpr int kBinsPerSkuZoneSlot = 2; // every SKU fills two bins of its zone

// 10,000 bins in 20 zones of 500, walked zone by zone; 2,000 SKUs of 20 x 15 x 10 cm (3,000 cm3) and 1 kg,
// each in two bins of its zone filled to 33 units (99,000 of the bins' 100,000 cm3). So a suggestion always
// passes over the SKU's own (full) bins and 200 filled bins of its zone before the first empty one.
struct Layout
{
    int bins = 10'000;
    int skus = 2'000;
    int zones = 20;

    int binsPerZone() const { return bins / zones; }
    QString zone(int z) const { return QStringLiteral("Z%1").arg(z, 2, 10, QLatin1Char('0')); }
    QString binCode(int z, int i) const
    {
        return QStringLiteral("%1-B%2").arg(zone(z)).arg(i, 4, 10, QLatin1Char('0'));
    }
    int zoneOf(int sku) const { return sku % zones; }
    QString skuCode(int i) const { return QStringLiteral("SKU-%1").arg(i, 5, 10, QLatin1Char('0')); }
    QString gtin(int i) const
    {
        return DemoData::withCheckDigit(QStringLiteral("0614143%1").arg(i, 5, 10, QLatin1Char('0')));
    }
    // The index in its zone of the SKU's n-th bin.
    int binIndex(int sku, int n) const { return (sku / zones) * kBinsPerSkuZoneSlot + n; }
};

void fill(Store& store, const Layout& layout, int batchSize)
{
    check(store.registerTenant(Tenant{kTenant, QStringLiteral("Bench Ltd")}, kActor),
          QStringLiteral("register tenant"));
    const TenantContext tenant = check(store.tenant(kTenant), QStringLiteral("tenant"));
    QList<Store::Handler> handlers;
    auto flush = [&](const QString& what) {
        if (handlers.isEmpty())
            return;
        check(store.executeBatch(tenant, kActor, handlers), what);
        handlers.clear();
    };
    const Location dock{kDock, QStringLiteral("DOCK"), LocationType::Receiving, 0};
    handlers.append([dock](Inventory& inventory) { return inventory.defineLocation(dock); });
    for (int z = 0; z < layout.zones; ++z)
        for (int i = 0; i < layout.binsPerZone(); ++i) {
            const Location bin{
                layout.binCode(z, i), layout.zone(z), i < 50 ? LocationType::Pick : LocationType::Bulk,
                z * 1000 + i,         100'000,        50'000};
            handlers.append([bin](Inventory& inventory) { return inventory.defineLocation(bin); });
            if (handlers.size() == batchSize)
                flush(QStringLiteral("bins"));
        }
    for (int s = 0; s < layout.skus; ++s) {
        Sku sku;
        sku.code = layout.skuCode(s);
        sku.gtin = layout.gtin(s);
        sku.lengthMm = 200;
        sku.widthMm = 150;
        sku.heightMm = 100;
        sku.weightGrams = 1000;
        sku.lowStockThreshold = 0; // no low-stock events on either timed path
        handlers.append([sku](Inventory& inventory) { return inventory.defineSku(sku); });
        for (int n = 0; n < kBinsPerSkuZoneSlot; ++n) {
            const ReceiveStock stock{
                sku.code, layout.binCode(layout.zoneOf(s), layout.binIndex(s, n)), {}, {}, 33};
            handlers.append([stock](Inventory& inventory) { return inventory.receive(stock); });
        }
        if (handlers.size() >= batchSize)
            flush(QStringLiteral("SKUs and stock"));
    }
    flush(QStringLiteral("SKUs and stock"));
    check(store.connection().execScript("PRAGMA wal_checkpoint(TRUNCATE)"), QStringLiteral("checkpoint"));
}

// ---------------------------------------------------------------------------------------------------------
// 1. Receiving scans against Store::receive

struct ScanFigures
{
    std::vector<double> scan; // microseconds per action, sorted
    std::vector<double> receive;
};

ScanFigures measureScans(const QString& path, StoreOptions::Durability durability, const Layout& layout,
                         int perSide, int rounds, int warmUp, quint32 seed)
{
    auto store = check(Store::open(path, optionsFor(durability)), QStringLiteral("open store"));
    const TenantContext tenant = check(store->tenant(kTenant), QStringLiteral("tenant"));
    const ActionReceipt opened =
        check(store->openReceipt(tenant, kActor, {kDock, {}}), QStringLiteral("open receipt"));
    const QString receiptId =
        opened.events.first().payloadObject().value(QStringLiteral("receiptId")).toString();
    const auto unitsInDock = [&] {
        std::int64_t units = 0;
        for (const StockRecord& row :
             check(store->stockInLocation(tenant, kDock), QStringLiteral("dock stock")))
            units += row.level.onHand;
        return units;
    };
    const std::int64_t dockBefore = unitsInDock();
    QRandomGenerator random(seed);
    struct Item
    {
        int sku = 0;
        std::int64_t quantity = 1;
    };
    const int total = warmUp + perSide;
    std::vector<Item> items(static_cast<std::size_t>(total));
    for (Item& item : items)
        item = Item{int(random.bounded(layout.skus)), 1 + random.bounded(3)};
    std::int64_t scannedUnits = 0;
    std::int64_t receivedUnits = 0;
    ScanFigures f;
    auto runScans = [&](int from, int to, bool timed) {
        for (int i = from; i < to; ++i) {
            const Item& item = items[std::size_t(i)];
            // The GTIN-14 a GS1 scanner sends for the item.
            const ReceiptScan scan{receiptId, {},           QLatin1Char('0') + layout.gtin(item.sku), {}, {},
                                   {},        item.quantity};
            const auto start = Stopwatch::now();
            auto receipt = store->scanReceipt(tenant, kActor, scan);
            const double micros = microsSince(start);
            if (!receipt || receipt->events.size() != 1)
                die(QStringLiteral("scan %1: %2")
                        .arg(i)
                        .arg(receipt ? QStringLiteral("not one event") : receipt.error().toString()));
            scannedUnits += item.quantity;
            if (timed)
                f.scan.push_back(micros);
        }
    };
    auto runReceives = [&](int from, int to, bool timed) {
        for (int i = from; i < to; ++i) {
            const Item& item = items[std::size_t(i)];
            const ReceiveStock cmd{layout.skuCode(item.sku), kDock, {}, {}, item.quantity};
            const auto start = Stopwatch::now();
            auto receipt = store->receive(tenant, kActor, cmd);
            const double micros = microsSince(start);
            if (!receipt || receipt->events.size() != 1)
                die(QStringLiteral("receive %1: %2")
                        .arg(i)
                        .arg(receipt ? QStringLiteral("not one event") : receipt.error().toString()));
            receivedUnits += item.quantity;
            if (timed)
                f.receive.push_back(micros);
        }
    };
    runScans(0, warmUp, false);
    runReceives(0, warmUp, false);
    const int perRound = perSide / rounds;
    for (int round = 0; round < rounds; ++round) {
        const int from = warmUp + round * perRound;
        if (round % 2 == 0) {
            runScans(from, from + perRound, true);
            runReceives(from, from + perRound, true);
        } else {
            runReceives(from, from + perRound, true);
            runScans(from, from + perRound, true);
        }
    }
    // Both sides did the same work: every scan is on the receipt, every unit received is in the dock.
    const auto scanned = check(store->receiptItems(tenant, receiptId), QStringLiteral("receipt items"));
    std::int64_t onReceipt = 0;
    for (const ReceiptItem& item : scanned)
        onReceipt += item.quantity;
    const std::int64_t inDock = unitsInDock() - dockBefore;
    if (onReceipt != scannedUnits || inDock != receivedUnits || scannedUnits != receivedUnits)
        die(QStringLiteral("the scans hold %1 units (%2 scanned), the dock %3 (%4 received)")
                .arg(onReceipt)
                .arg(scannedUnits)
                .arg(inDock)
                .arg(receivedUnits));
    std::sort(f.scan.begin(), f.scan.end());
    std::sort(f.receive.begin(), f.receive.end());
    return f;
}

// ---------------------------------------------------------------------------------------------------------
// 2. Putaway suggestions against the bare empty-bin query

class RawEmptyBin
{
public:
    ~RawEmptyBin()
    {
        sqlite3_finalize(m_stmt);
        sqlite3_close_v2(m_db);
    }
    void open(const QString& path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
            die(QStringLiteral("baseline: cannot open %1").arg(path));
        const char* sql =
            "SELECT code FROM locations l WHERE l.tenant_id = ?1 AND l.zone = ?2 AND l.type IN ('pick', "
            "'bulk') "
            "AND l.replenish_sku IN ('', ?3) AND (l.max_volume_cm3 = 0 OR l.max_volume_cm3 >= ?4) AND "
            "(l.max_weight_g = 0 OR l.max_weight_g >= ?5) AND NOT EXISTS (SELECT 1 FROM stock s WHERE "
            "s.tenant_id = l.tenant_id AND s.location = l.code) ORDER BY l.pick_sequence, l.code LIMIT 1";
        if (sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            die(QStringLiteral("baseline: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    }
    QByteArray firstEmpty(const QByteArray& tenant, const QByteArray& zone, const QByteArray& sku,
                          std::int64_t volumeCm3, std::int64_t weightGrams)
    {
        sqlite3_bind_text(m_stmt, 1, tenant.constData(), int(tenant.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_stmt, 2, zone.constData(), int(zone.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_stmt, 3, sku.constData(), int(sku.size()), SQLITE_STATIC);
        sqlite3_bind_int64(m_stmt, 4, volumeCm3);
        sqlite3_bind_int64(m_stmt, 5, weightGrams);
        QByteArray code;
        if (sqlite3_step(m_stmt) == SQLITE_ROW)
            code = QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, 0)),
                              sqlite3_column_bytes(m_stmt, 0));
        sqlite3_reset(m_stmt);
        return code;
    }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

struct SuggestFigures
{
    std::vector<double> store;
    std::vector<double> raw;
};

SuggestFigures measureSuggestions(const QString& path, const Layout& layout, int calls, int warmUp,
                                  quint32 seed)
{
    auto store = check(Store::open(path), QStringLiteral("open store"));
    const TenantContext tenant = check(store->tenant(kTenant), QStringLiteral("tenant"));
    RawEmptyBin raw;
    raw.open(path);
    const QByteArray tenantUtf8 = kTenant.toUtf8();
    constexpr std::int64_t kQuantity = 10; // 30,000 cm3 and 10 kg: more than a SKU's own bins have room for
    QRandomGenerator random(seed);
    SuggestFigures f;
    for (int i = 0; i < warmUp + calls; ++i) {
        const int sku = int(random.bounded(layout.skus));
        const QString code = layout.skuCode(sku);
        const QByteArray zone = layout.zone(layout.zoneOf(sku)).toUtf8();
        const QByteArray skuUtf8 = code.toUtf8();
        QString suggested;
        QByteArray expected;
        double storeMicros = 0;
        double rawMicros = 0;
        auto timeStore = [&] {
            const auto start = Stopwatch::now();
            auto s = store->suggestPutaway(tenant, {code, {}, kQuantity, kDock});
            storeMicros = microsSince(start);
            if (!s)
                die(QStringLiteral("suggest %1: %2").arg(code, s.error().toString()));
            if (s->rule != PutawayRule::EmptyInZone)
                die(QStringLiteral("suggest %1: rule %2, not the zone's empty bin")
                        .arg(code, putawayRuleName(s->rule)));
            suggested = s->bin;
        };
        auto timeRaw = [&] {
            const auto start = Stopwatch::now();
            expected = raw.firstEmpty(tenantUtf8, zone, skuUtf8, kQuantity * 3000, kQuantity * 1000);
            rawMicros = microsSince(start);
        };
        if (i % 2 == 0) {
            timeStore();
            timeRaw();
        } else {
            timeRaw();
            timeStore();
        }
        if (suggested.toUtf8() != expected)
            die(QStringLiteral("suggest %1: the store says %2, the baseline %3")
                    .arg(code, suggested, QString::fromUtf8(expected)));
        if (i >= warmUp) {
            f.store.push_back(storeMicros);
            f.raw.push_back(rawMicros);
        }
    }
    std::sort(f.store.begin(), f.store.end());
    std::sort(f.raw.begin(), f.raw.end());
    return f;
}

void printRow(const QString& what, int calls, const std::vector<double>& side,
              const std::vector<double>& base, const QList<int>& widths)
{
    row({what, num(calls), num(percentile(side, 50), 1), num(percentile(side, 99), 1), num(side.back(), 0),
         num(percentile(base, 50), 1), num(percentile(base, 99), 1), num(base.back(), 0),
         ratio(percentile(side, 50) / percentile(base, 50)),
         ratio(percentile(side, 99) / percentile(base, 99))},
        widths, 3);
}

int run(QCoreApplication& app)
{
    QCoreApplication::setApplicationName(QStringLiteral("wh_bench_receiving"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures receiving scans and putaway suggestions side by side with their baselines."));
    parser.addHelpOption();
    auto option = [](const char* name, const char* help, const char* value) {
        return QCommandLineOption(QLatin1String(name), QLatin1String(help), QStringLiteral("n"),
                                  QLatin1String(value));
    };
    const QCommandLineOption binsOption = option("bins", "Bins, in 20 zones (default 10000).", "10000");
    const QCommandLineOption skusOption = option("skus", "SKUs, two full bins each (default 2000).", "2000");
    const QCommandLineOption fullOption =
        option("scans-full", "Timed scans per side at synchronous=FULL (default 2000).", "2000");
    const QCommandLineOption normalOption =
        option("scans-normal", "Timed scans per side at synchronous=NORMAL (default 4000).", "4000");
    const QCommandLineOption suggestOption =
        option("suggestions", "Timed putaway suggestions per side (default 5000).", "5000");
    const QCommandLineOption roundsOption =
        option("rounds", "Alternating rounds for the scans (default 10).", "10");
    const QCommandLineOption warmOption =
        option("warm-up", "Untimed calls per side first (default 100).", "100");
    const QCommandLineOption seedOption = option("seed", "Seed of the random items (default 1).", "1");
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("Folder for the store file (default: a temporary folder)."),
        QStringLiteral("path"));
    parser.addOptions({binsOption, skusOption, fullOption, normalOption, suggestOption, roundsOption,
                       warmOption, seedOption, dirOption});
    parser.process(app);
    auto positive = [&](const QCommandLineOption& o) {
        bool ok = false;
        const int value = parser.value(o).toInt(&ok);
        if (!ok || value <= 0)
            die(QStringLiteral("--%1 needs a positive number").arg(o.names().constFirst()));
        return value;
    };
    Layout layout;
    layout.bins = positive(binsOption);
    layout.skus = positive(skusOption);
    if (layout.binsPerZone() < (layout.skus / layout.zones + 1) * kBinsPerSkuZoneSlot + 1)
        die(QStringLiteral("--bins must leave empty bins in every zone: at least %1 for %2 SKUs")
                .arg((layout.skus / layout.zones + 1) * kBinsPerSkuZoneSlot * layout.zones + layout.zones)
                .arg(layout.skus));
    const int rounds = positive(roundsOption);
    const int warmUp = positive(warmOption);
    const quint32 seed = quint32(positive(seedOption));

    const auto temporary = parser.isSet(dirOption)
                               ? std::make_unique<QTemporaryDir>(parser.value(dirOption) +
                                                                 QStringLiteral("/wh_bench_receiving-XXXXXX"))
                               : std::make_unique<QTemporaryDir>();
    if (!temporary->isValid())
        die(QStringLiteral("cannot create a folder for the store"));
    const QString path = temporary->filePath(QStringLiteral("receiving.db"));

    QElapsedTimer timer;
    timer.start();
    {
        auto store =
            check(Store::open(path, optionsFor(StoreOptions::Durability::Normal)), QStringLiteral("open"));
        fill(*store, layout, 5000);
    }
    out() << "wh_bench_receiving: " << layout.bins << " bins in " << layout.zones << " zones, " << layout.skus
          << " SKUs in " << layout.skus * kBinsPerSkuZoneSlot << " full bins; filled in "
          << num(double(timer.nsecsElapsed()) / 1e9, 1) << " s" << Qt::endl;

    const QList<int> widths{28, 6, 9, 9, 9, 9, 9, 9, 9, 9};
    out() << Qt::endl
          << "   1. A receiving scan (Store::scanReceipt) against Store::receive, one event each (us)"
          << Qt::endl;
    row({QStringLiteral("synchronous"), QStringLiteral("calls"), QStringLiteral("scan p50"),
         QStringLiteral("scan p99"), QStringLiteral("scan max"), QStringLiteral("recv p50"),
         QStringLiteral("recv p99"), QStringLiteral("recv max"), QStringLiteral("ratio p50"),
         QStringLiteral("ratio p99")},
        widths, 3);
    const int full = positive(fullOption);
    const ScanFigures atFull =
        measureScans(path, StoreOptions::Durability::Full, layout, full, rounds, warmUp, seed);
    printRow(QStringLiteral("FULL (the appliance's)"), full, atFull.scan, atFull.receive, widths);
    const int normal = positive(normalOption);
    const ScanFigures atNormal =
        measureScans(path, StoreOptions::Durability::Normal, layout, normal, rounds, warmUp, seed + 1);
    printRow(QStringLiteral("NORMAL"), normal, atNormal.scan, atNormal.receive, widths);

    out() << Qt::endl
          << "   2. A putaway suggestion (Store::suggestPutaway) against the bare first-empty-bin query (us)"
          << Qt::endl;
    row({QStringLiteral("suggestion"), QStringLiteral("calls"), QStringLiteral("store p50"),
         QStringLiteral("store p99"), QStringLiteral("store max"), QStringLiteral("raw p50"),
         QStringLiteral("raw p99"), QStringLiteral("raw max"), QStringLiteral("ratio p50"),
         QStringLiteral("ratio p99")},
        widths, 3);
    const int suggestions = positive(suggestOption);
    const SuggestFigures suggest = measureSuggestions(path, layout, suggestions, warmUp, seed);
    printRow(QStringLiteral("empty bin in the SKU's zone"), suggestions, suggest.store, suggest.raw, widths);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    return guarded([&] { return run(app); });
}
