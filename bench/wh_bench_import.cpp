// wh_bench_import: CSV imports of SKUs, bins and opening stock through the store (rows/s), and a stock
// snapshot of every SKU (ms), each side by side with bare SQLite in the same run: the same rows inserted in
// one transaction with prepared statements, and a bare grouped SELECT over the same stock table.

#include "BenchSupport.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <vector>

using namespace wh;
using namespace wh::db;
using namespace wh::bench;

namespace {

struct Files
{
    QByteArray skus;
    QByteArray bins;
    QByteArray stock;
};

Files makeFiles(int rows)
{
    Files f;
    f.skus = "code,description,weight_g,low_stock_threshold\n";
    f.bins = "code,type,zone,pick_sequence\n";
    f.stock = "sku,location,quantity\n";
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        f.skus += "B-SKU-" + n + ",\"Item " + n + ", boxed\"," + QByteArray::number(100 + i % 900) + ",5\n";
        f.bins += "B-BIN-" + n + ",bulk,Z" + QByteArray::number(i % 20) + "," + n + "\n";
        f.stock += "B-SKU-" + n + ",B-BIN-" + n + "," + QByteArray::number(10 + i % 500) + "\n";
    }
    return f;
}

// The baseline: the same rows into plain tables of the same shape, one transaction, prepared statements,
// values parsed from the same CSV lines (no quoting rules, no checks, no events).
class RawImport
{
public:
    explicit RawImport(const QString& path)
    {
        if (sqlite3_open(path.toUtf8().constData(), &m_db) != SQLITE_OK)
            die(QStringLiteral("cannot open %1").arg(path));
        exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
             "CREATE TABLE skus (tenant_id TEXT, code TEXT, description TEXT, weight_g INTEGER, "
             "threshold INTEGER, PRIMARY KEY (tenant_id, code)) WITHOUT ROWID;"
             "CREATE TABLE locations (code TEXT PRIMARY KEY, tenant_id TEXT, type TEXT, zone TEXT, "
             "pick_sequence INTEGER) WITHOUT ROWID;"
             "CREATE TABLE stock (tenant_id TEXT, sku TEXT, location TEXT, lot TEXT, on_hand INTEGER, "
             "PRIMARY KEY (tenant_id, sku, location, lot)) WITHOUT ROWID;");
    }
    ~RawImport() { sqlite3_close_v2(m_db); }

    void import(const char* sql, const QByteArray& csv)
    {
        sqlite3_stmt* stmt = nullptr;
        exec("BEGIN");
        if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
            die(QString::fromUtf8(sqlite3_errmsg(m_db)));
        const QList<QByteArray> lines = csv.split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (lines[i].isEmpty())
                continue;
            const QList<QByteArray> fields = lines[i].split(',');
            sqlite3_bind_text(stmt, 1, "bench", -1, SQLITE_STATIC);
            for (int f = 0; f < 4 && f < fields.size(); ++f)
                sqlite3_bind_text(stmt, f + 2, fields[f].constData(), int(fields[f].size()),
                                  SQLITE_TRANSIENT);
            if (sqlite3_step(stmt) != SQLITE_DONE)
                die(QString::fromUtf8(sqlite3_errmsg(m_db)));
            sqlite3_reset(stmt);
        }
        sqlite3_finalize(stmt);
        exec("COMMIT");
    }

private:
    void exec(const char* sql)
    {
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            die(QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    sqlite3* m_db = nullptr;
};

// The snapshot's baseline: a bare grouped SELECT over the store's own stock table, rows read, no JSON.
double bareSelectMs(const QString& path)
{
    sqlite3* db = nullptr;
    sqlite3_stmt* stmt = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    const auto start = Stopwatch::now();
    if (sqlite3_prepare_v2(
            db,
            "SELECT sku, sum(on_hand), sum(on_hand - reserved) FROM stock WHERE tenant_id = ?1 "
            "GROUP BY sku ORDER BY sku",
            -1, &stmt, nullptr) != SQLITE_OK)
        die(QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_bind_text(stmt, 1, "bench", -1, SQLITE_STATIC);
    std::int64_t total = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        total += sqlite3_column_int64(stmt, 1);
    const double ms = microsSince(start) / 1000.0;
    sqlite3_finalize(stmt);
    sqlite3_close_v2(db);
    if (total <= 0)
        die(QStringLiteral("the bare SELECT read no stock"));
    return ms;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CSV import and stock snapshot, beside bare SQLite."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows per file (10000)."),
                                        QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Import rounds (3)."),
                                          QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption snapshotsOption(QStringLiteral("snapshots"),
                                             QStringLiteral("Snapshots timed (20)."), QStringLiteral("n"),
                                             QStringLiteral("20"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("Folder for the files (a temporary one)."),
                                       QStringLiteral("dir"));
    parser.addOptions({rowsOption, roundsOption, snapshotsOption, dirOption});
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    const int rounds = parser.value(roundsOption).toInt();
    const int snapshots = parser.value(snapshotsOption).toInt();

    return guarded([&] {
        QTemporaryDir dir(parser.isSet(dirOption)
                              ? parser.value(dirOption) + QStringLiteral("/wh-bench-import-XXXXXX")
                              : QDir::tempPath() + QStringLiteral("/wh-bench-import-XXXXXX"));
        if (!dir.isValid())
            die(QStringLiteral("no temporary folder"));
        const Files files = makeFiles(rows);
        out() << "CSV import of " << rows << " rows per file, " << rounds
              << " rounds (median), durability FULL, one transaction per file" << Qt::endl;

        std::vector<double> store[3], raw[3];
        QString lastStore;
        for (int round = 0; round < rounds; ++round) {
            const QString path = dir.filePath(QStringLiteral("store-%1.db").arg(round));
            {
                auto opened = check(Store::open(path, optionsFor(StoreOptions::Durability::Full)),
                                    QStringLiteral("open"));
                check(opened->registerTenant(Tenant{QStringLiteral("bench"), QStringLiteral("Bench")},
                                             benchActor()),
                      QStringLiteral("tenant"));
                const TenantContext t(QStringLiteral("bench"));
                const QList<QPair<ImportKind, const QByteArray*>> kinds{{ImportKind::Skus, &files.skus},
                                                                        {ImportKind::Bins, &files.bins},
                                                                        {ImportKind::Stock, &files.stock}};
                for (int k = 0; k < 3; ++k) {
                    const auto start = Stopwatch::now();
                    const ImportReport report =
                        check(opened->importCsv(t, benchActor(), kinds[k].first, *kinds[k].second),
                              QStringLiteral("import"));
                    store[k].push_back(microsSince(start));
                    if (!report.applied || report.imported != rows)
                        die(QStringLiteral("import %1: %2")
                                .arg(importKindName(kinds[k].first), report.summary()));
                }
            }
            RawImport baseline(dir.filePath(QStringLiteral("raw-%1.db").arg(round)));
            const char* sql[3] = {
                "INSERT INTO skus (tenant_id, code, description, weight_g, threshold) VALUES (?1, ?2, ?3, "
                "?4, ?5)",
                "INSERT INTO locations (tenant_id, code, type, zone, pick_sequence) VALUES (?1, ?2, ?3, ?4, "
                "?5)",
                "INSERT INTO stock (tenant_id, sku, location, on_hand, lot) VALUES (?1, ?2, ?3, ?4, '')"};
            const QByteArray* csv[3] = {&files.skus, &files.bins, &files.stock};
            for (int k = 0; k < 3; ++k) {
                const auto start = Stopwatch::now();
                baseline.import(sql[k], *csv[k]);
                raw[k].push_back(microsSince(start));
            }
            lastStore = path;
        }
        const QList<int> widths{14, 14, 14, 14, 12};
        row({QStringLiteral("file"), QStringLiteral("store rows/s"), QStringLiteral("raw rows/s"),
             QStringLiteral("store ms"), QStringLiteral("ratio")},
            widths);
        const char* names[3] = {"skus", "bins", "stock"};
        for (int k = 0; k < 3; ++k) {
            const double s = median(store[k]);
            const double r = median(raw[k]);
            row({QLatin1String(names[k]), num(rows / (s / 1e6)), num(rows / (r / 1e6)), num(s / 1000.0, 1),
                 ratio(s / r)},
                widths);
        }

        // Snapshots of every SKU of the last round's store (rows SKUs, each in stock).
        auto opened =
            check(Store::open(lastStore, optionsFor(StoreOptions::Durability::Full)), QStringLiteral("open"));
        const TenantContext t(QStringLiteral("bench"));
        std::vector<double> snap, bare;
        qsizetype bytes = 0;
        for (int i = 0; i < snapshots; ++i) {
            const auto start = Stopwatch::now();
            auto receipt = check(opened->takeSnapshot(t, benchActor()), QStringLiteral("snapshot"));
            snap.push_back(microsSince(start) / 1000.0);
            bytes = receipt.events.first().payload.size();
            bare.push_back(bareSelectMs(lastStore));
        }
        out() << Qt::endl
              << "Stock snapshot of " << rows << " SKUs (" << num(bytes / 1024.0) << " KiB event), "
              << snapshots << " times (median)" << Qt::endl;
        row({QStringLiteral("snapshot ms"), QStringLiteral("SELECT ms"), QStringLiteral("ratio")},
            {14, 14, 12});
        row({num(median(snap), 1), num(median(bare), 1), ratio(median(snap) / median(bare))}, {14, 14, 12});
        return 0;
    });
}
