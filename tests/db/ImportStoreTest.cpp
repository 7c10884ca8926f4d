// CSV import through the store with the files in tests/data/import: one transaction, nothing written when a
// row is bad (unless bad rows are skipped), every bad row reported, another merchant's bins refused, opening
// stock counted as received, and the projections rebuildable from the log afterwards.
#include "TestSupport.h"

#include <QFile>

using namespace wh;
using wh::test::StoreFixture;

namespace {

QByteArray importFile(const char* name)
{
    QFile file(QStringLiteral(WH_TESTDATA_DIR "/import/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

std::string describe(const db::ImportReport& report)
{
    std::string text = report.summary().toStdString() + "\n";
    for (const ImportRowError& e : report.errors)
        text += e.toString().toStdString() + "\n";
    return text;
}

bool hasError(const db::ImportReport& report, int line, const QString& field)
{
    return std::any_of(report.errors.cbegin(), report.errors.cend(),
                       [&](const ImportRowError& e) { return e.line == line && e.field == field; });
}

db::ImportReport imported(db::Store& store, const TenantContext& t, const Actor& actor, ImportKind kind,
                          const char* file, bool skipBadRows = false)
{
    auto report = store.importCsv(t, actor, kind, importFile(file), {skipBadRows, QLatin1String(file)});
    WH_REQUIRE_OK(report);
    INFO(describe(*report));
    return *report;
}

std::int64_t count(db::Store& store, const char* sql)
{
    return store.connection().queryInt(sql).value_or(-1);
}

} // namespace

TEST_CASE("an import of SKUs, bins and opening stock from good files", "[import]")
{
    StoreFixture f;
    db::Store& store = f.store();
    const TenantContext imp = f.addTenant(QStringLiteral("imp"));
    const auto eventsBefore = store.counts()->events;

    const db::ImportReport skus = imported(store, imp, f.actor(), ImportKind::Skus, "skus-good.csv");
    CHECK(skus.applied);
    CHECK(skus.imported == 3);
    CHECK(skus.errors.isEmpty());
    const Sku pen = store.sku(imp, QStringLiteral("IMP-PEN")).value();
    CHECK(pen.description == QStringLiteral("Pen, blue"));
    CHECK(pen.lowStockThreshold == 20);
    CHECK(pen.reorderQuantity == 100);
    CHECK(pen.unitCostMinor == 150);
    CHECK(store.sku(imp, QStringLiteral("IMP-INK"))->description == QStringLiteral("Ink \"black\" 50ml"));
    CHECK(store.sku(imp, QStringLiteral("IMP-INK"))->lotTracked);
    CHECK(store.sku(imp, QStringLiteral("IMP-PAD"))->description == QStringLiteral("Notepad\r\nA5, lined"));
    CHECK(store.sku(imp, QStringLiteral("IMP-PAD"))->lowStockThreshold == kDefaultLowStockThreshold);
    // One action: the three SkuDefined and the import's audit record, in one run of sequence numbers.
    CHECK(skus.lastSeq - skus.firstSeq == 3);
    CHECK(store.counts()->events == eventsBefore + 4);

    const db::ImportReport bins = imported(store, imp, f.actor(), ImportKind::Bins, "bins-good.csv");
    CHECK(bins.applied);
    CHECK(bins.imported == 4);
    CHECK(store.location(imp, QStringLiteral("IMP-FACE-1"))->maxQuantity == 40);
    CHECK(store.location(imp, QStringLiteral("IMP-QA"))->type == LocationType::Quarantine);
    // The new face has no stock and bulk has none either: its shortage is on record, unfillable.
    auto tasks = store.replenishmentTasks(imp);
    WH_REQUIRE_OK(tasks);
    REQUIRE(tasks->size() == 1);
    CHECK(tasks->first().status == ReplenishmentStatus::Unfillable);

    const db::ImportReport stock = imported(store, imp, f.actor(), ImportKind::Stock, "stock-good.csv");
    CHECK(stock.applied);
    CHECK(stock.imported == 4);
    CHECK(store.sellable(imp, QStringLiteral("IMP-PEN")).value() == 300);
    CHECK(store.stockForSku(imp, QStringLiteral("IMP-INK"))->size() == 2);
    // Opening stock is received stock: on hand = received - shipped - scrapped +/- adjustments holds.
    std::int64_t received = 0;
    for (const RecordedEvent& e : test::loggedEvents(store))
        if (e.tenantId == imp.id() && e.type == EventType::StockReceived &&
            e.payloadObject().value(QStringLiteral("sku")).toString() == QStringLiteral("IMP-PEN"))
            received += e.payloadObject().value(QStringLiteral("quantity")).toInteger();
    CHECK(received == 300);
    // ... and they go to the central service like any receipt.
    CHECK(count(store, "SELECT count(*) FROM outbox WHERE type = 'StockReceived'") == 4);
    // Bulk stock for the face came in: a real task replaced the unfillable one, in the import's action.
    tasks = store.replenishmentTasks(imp);
    REQUIRE(tasks->size() == 1);
    CHECK(tasks->first().status == ReplenishmentStatus::Open);
    CHECK(tasks->first().quantity == 40);
    const std::int64_t taskSeq = tasks->first().id.mid(1).toLongLong();
    CHECK(taskSeq >= stock.firstSeq);
    CHECK(taskSeq <= stock.lastSeq);

    const auto rebuilt = store.rebuildInto(f.dirPath() + QStringLiteral("/rebuilt.db"));
    WH_REQUIRE_OK(rebuilt);
    CHECK(rebuilt->equal());
}

TEST_CASE("a file with bad rows imports nothing and reports every one of them", "[import]")
{
    StoreFixture f;
    db::Store& store = f.store();
    const TenantContext imp = f.addTenant(QStringLiteral("imp"));
    const QString before = test::dumpDatabase(store.connection());

    const db::ImportReport report = imported(store, imp, f.actor(), ImportKind::Skus, "skus-bad.csv");
    CHECK_FALSE(report.applied);
    CHECK(report.imported == 0);
    CHECK(report.dataRows == 5);
    CHECK(hasError(report, 3, QStringLiteral("gtin")));
    CHECK(hasError(report, 4, QStringLiteral("weight_g")));
    CHECK(hasError(report, 5, QStringLiteral("code")));
    CHECK(report.errors.size() == 3);
    CHECK(test::dumpDatabase(store.connection()) == before); // nothing written, not even an audit record

    SECTION("skipping bad rows imports the good ones and still reports the bad")
    {
        const db::ImportReport skipped =
            imported(store, imp, f.actor(), ImportKind::Skus, "skus-bad.csv", true);
        CHECK(skipped.applied);
        CHECK(skipped.imported == 2);
        CHECK(skipped.skipped == 3);
        CHECK(skipped.errors.size() == 3);
        CHECK(store.sku(imp, QStringLiteral("IMP-A")).ok());
        CHECK(store.sku(imp, QStringLiteral("IMP-D")).ok());
        CHECK(store.sku(imp, QStringLiteral("IMP-B")).error().code == ErrorCode::UnknownSku);
        CHECK(store.sku(imp, QStringLiteral("IMP-C")).error().code == ErrorCode::UnknownSku);
        // The audit record says what was imported and what was left out.
        const RecordedEvent last = test::loggedEvents(store).last();
        CHECK(last.type == EventType::CsvImported);
        CHECK(last.payloadObject().value(QStringLiteral("skipped")).toInt() == 3);
        CHECK(last.payloadObject().value(QStringLiteral("fileName")).toString() ==
              QStringLiteral("skus-bad.csv"));
    }
}

TEST_CASE("stock rows: unknown SKUs, another merchant's bins, lots and quantities are refused by line",
          "[import]")
{
    StoreFixture f;
    db::Store& store = f.store();
    const TenantContext imp = f.addTenant(QStringLiteral("imp"));
    const TenantContext beta = f.addTenant(QStringLiteral("beta"));
    (void)imported(store, imp, f.actor(), ImportKind::Skus, "skus-good.csv");
    (void)imported(store, imp, f.actor(), ImportKind::Bins, "bins-good.csv");
    const QString before = test::dumpDatabase(store.connection());

    const db::ImportReport report = imported(store, imp, f.actor(), ImportKind::Stock, "stock-bad.csv");
    CHECK_FALSE(report.applied);
    CHECK(hasError(report, 3, QStringLiteral("sku")));      // no such SKU
    CHECK(hasError(report, 4, QStringLiteral("location"))); // beta's bin
    CHECK(hasError(report, 5, QStringLiteral("lot")));      // a lot-tracked SKU without its lot
    CHECK(hasError(report, 6, QStringLiteral("quantity")));
    CHECK(report.errors.size() == 4);
    CHECK(test::dumpDatabase(store.connection()) == before);
    for (const ImportRowError& e : report.errors)
        CHECK_FALSE(e.reason.contains(QStringLiteral("beta"))); // nothing of the other merchant is told
    // beta's bin holds nothing of imp's.
    CHECK(store.stockInLocation(beta, QStringLiteral("BETA-BULK"))->isEmpty());

    const db::ImportReport skipped =
        imported(store, imp, f.actor(), ImportKind::Stock, "stock-bad.csv", true);
    CHECK(skipped.imported == 2);
    CHECK(store.sellable(imp, QStringLiteral("IMP-PEN")).value() == 10);
    CHECK(store.stockInLocation(beta, QStringLiteral("BETA-BULK"))->isEmpty());
}

TEST_CASE("bin rows: another merchant's code and a code twice in one file are row errors", "[import]")
{
    StoreFixture f;
    db::Store& store = f.store();
    const TenantContext imp = f.addTenant(QStringLiteral("imp"));
    (void)f.addTenant(QStringLiteral("beta"));
    const db::ImportReport report = imported(store, imp, f.actor(), ImportKind::Bins, "bins-foreign.csv");
    CHECK_FALSE(report.applied);
    CHECK(hasError(report, 3, QStringLiteral("code"))); // BETA-BULK is beta's
    CHECK(hasError(report, 4, QStringLiteral("type")));
    CHECK(hasError(report, 5, QStringLiteral("code"))); // IMP-BIN-1 again
    CHECK(report.errors.size() == 3);
    CHECK(store.location(imp, QStringLiteral("IMP-BIN-1")).error().code == ErrorCode::UnknownLocation);
    // Beta's bin is still beta's.
    CHECK(store.location(imp, QStringLiteral("BETA-BULK")).error().code == ErrorCode::ForeignTenant);
}

TEST_CASE("an unknown column refuses the whole file", "[import]")
{
    StoreFixture f;
    const TenantContext imp = f.addTenant(QStringLiteral("imp"));
    const db::ImportReport report =
        imported(f.store(), imp, f.actor(), ImportKind::Stock, "stock-unknown-column.csv", true);
    CHECK_FALSE(report.applied);
    CHECK(hasError(report, 1, QStringLiteral("qty")));
    CHECK(hasError(report, 1, QStringLiteral("quantity")));
}

TEST_CASE("imports are for those who may run tools, into a tenant that exists", "[import]")
{
    StoreFixture f;
    db::Store& store = f.store();
    const TenantContext imp = f.addTenant(QStringLiteral("imp"));
    const QString before = test::dumpDatabase(store.connection());
    const Actor supervisor{QStringLiteral("sam"), QStringLiteral("station-1"), Role::Supervisor, {}};
    auto refused = store.importCsv(imp, supervisor, ImportKind::Skus, importFile("skus-good.csv"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    auto unknown = store.importCsv(TenantContext(QStringLiteral("ghost")), f.actor(), ImportKind::Skus,
                                   importFile("skus-good.csv"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::UnknownTenant);
    CHECK(test::dumpDatabase(store.connection()) == before);
}
