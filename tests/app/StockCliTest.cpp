// The appliance's import, snapshot and replenishment subcommands and the running appliance's stock round,
// run for real in a temporary data folder.
#include "ApplianceRun.h"
#include "TestSupport.h"

#include <QProcess>

namespace {

using wh::test::appliance;
using wh::test::Run;

QString importFile(const char* name)
{
    return QStringLiteral(WH_TESTDATA_DIR "/import/") + QLatin1String(name);
}

int eventsOfType(const QString& dbPath, const QString& type)
{
    auto store = wh::db::Store::open(dbPath);
    REQUIRE(store.ok());
    int n = 0;
    for (const wh::RecordedEvent& e : wh::test::loggedEvents(**store))
        if (e.type == type)
            ++n;
    return n;
}

} // namespace

TEST_CASE("import prints every bad row, imports nothing, and with --skip-bad-rows the good ones",
          "[app][cli][import]")
{
    QTemporaryDir dir;
    const QString data = dir.path();
    REQUIRE(appliance({QStringLiteral("run"), QStringLiteral("--data-dir"), data,
                       QStringLiteral("--exit-after"), QStringLiteral("1")})
                .exitCode == 0);
    const QStringList base{QStringLiteral("import"),   QStringLiteral("--data-dir"), data,
                           QStringLiteral("--tenant"), QStringLiteral("acme"),       QStringLiteral("--kind"),
                           QStringLiteral("skus")};

    const Run refused = appliance(base + QStringList{importFile("skus-bad.csv")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.contains(QStringLiteral("line 3, gtin:")));
    CHECK(refused.out.contains(QStringLiteral("line 4, weight_g:")));
    CHECK(refused.out.contains(QStringLiteral("line 5, code:")));
    CHECK(refused.out.contains(QStringLiteral("nothing was imported")));
    CHECK(eventsOfType(data + QStringLiteral("/warehouse.db"), wh::EventType::CsvImported) == 0);

    const Run skipped =
        appliance(base + QStringList{QStringLiteral("--skip-bad-rows"), importFile("skus-bad.csv")});
    CHECK(skipped.exitCode == 0);
    CHECK(skipped.out.contains(QStringLiteral("2 imported")));
    CHECK(eventsOfType(data + QStringLiteral("/warehouse.db"), wh::EventType::CsvImported) == 1);

    const Run unknownTenant =
        appliance({QStringLiteral("import"), QStringLiteral("--data-dir"), data, QStringLiteral("--tenant"),
                   QStringLiteral("nobody"), QStringLiteral("--kind"), QStringLiteral("skus"),
                   importFile("skus-good.csv")});
    CHECK(unknownTenant.exitCode == 1);
    CHECK(unknownTenant.err.contains(QStringLiteral("unknown_tenant")));
    const Run noKind =
        appliance({QStringLiteral("import"), QStringLiteral("--data-dir"), data, QStringLiteral("--tenant"),
                   QStringLiteral("acme"), importFile("skus-good.csv")});
    CHECK(noKind.exitCode == 2);
    const Run noFile = appliance(base);
    CHECK(noFile.exitCode == 2);
}

TEST_CASE("snapshot sends one on demand - the running appliance takes one per tenant on its schedule",
          "[app][cli][snapshot]")
{
    QTemporaryDir dir;
    const QString data = dir.path();
    const QString db = data + QStringLiteral("/warehouse.db");
    // A stock round every 0.02 minutes (1.2 s, the shortest is 1 s) for 4 seconds: demo tenants acme, globex.
    const Run service = appliance({QStringLiteral("run"), QStringLiteral("--data-dir"), data,
                                   QStringLiteral("--stock-round-minutes"), QStringLiteral("0.02"),
                                   QStringLiteral("--exit-after"), QStringLiteral("4")});
    REQUIRE(service.exitCode == 0);
    const int scheduled = eventsOfType(db, wh::EventType::StockSnapshot);
    CHECK(scheduled >= 2);
    CHECK(scheduled % 2 == 0); // one per tenant in each round

    const Run onDemand = appliance({QStringLiteral("snapshot"), QStringLiteral("--data-dir"), data,
                                    QStringLiteral("--tenant"), QStringLiteral("acme")});
    CHECK(onDemand.exitCode == 0);
    CHECK(onDemand.out.contains(QStringLiteral("Stock snapshot of acme")));
    CHECK(eventsOfType(db, wh::EventType::StockSnapshot) == scheduled + 1);

    const Run tasks = appliance({QStringLiteral("replenishment"), QStringLiteral("--data-dir"), data,
                                 QStringLiteral("--tenant"), QStringLiteral("acme")});
    CHECK(tasks.exitCode == 0);
    CHECK(tasks.out.contains(QStringLiteral("open replenishment tasks")));
    const Run noTenant = appliance({QStringLiteral("snapshot"), QStringLiteral("--data-dir"), data});
    CHECK(noTenant.exitCode == 2);
    const Run off = appliance({QStringLiteral("run"), QStringLiteral("--data-dir"), data,
                               QStringLiteral("--stock-round-minutes"), QStringLiteral("0"),
                               QStringLiteral("--exit-after"), QStringLiteral("2")});
    CHECK(off.exitCode == 0);
    CHECK(eventsOfType(db, wh::EventType::StockSnapshot) == scheduled + 1);
}
