// The appliance's backup, restore and export subcommands, run for real in a temporary data folder.
#include "ApplianceRun.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace {

using wh::test::appliance;
using wh::test::headlessEnvironment;
using wh::test::Run;

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("backup, restore and export from the command line", "[app][cli][backup]")
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    REQUIRE(appliance({QStringLiteral("run"), QStringLiteral("--data-dir"), data,
                       QStringLiteral("--headless"), QStringLiteral("--exit-after"), QStringLiteral("1")})
                .exitCode == 0);
    const QString store = QDir(data).filePath(QStringLiteral("warehouse.db"));
    const QString backup = dir.filePath(QStringLiteral("copy.db"));

    const Run made = appliance(
        {QStringLiteral("backup"), QStringLiteral("--data-dir"), data, QStringLiteral("--out"), backup});
    CHECK(made.exitCode == 0);
    CHECK(made.out.contains(QStringLiteral("Backup written")));
    const QByteArray copy = fileBytes(backup);

    const Run again = appliance(
        {QStringLiteral("backup"), QStringLiteral("--data-dir"), data, QStringLiteral("--out"), backup});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("never overwrites")));
    CHECK(fileBytes(backup) == copy);

    const Run verified = appliance({QStringLiteral("verify"), QStringLiteral("--db"), backup});
    CHECK(verified.exitCode == 0);

    const Run restored = appliance(
        {QStringLiteral("restore"), QStringLiteral("--data-dir"), data, QStringLiteral("--from"), backup});
    CHECK(restored.exitCode == 0);
    CHECK(restored.out.contains(QStringLiteral("kept as")));
    const QStringList aside =
        QDir(data).entryList({QStringLiteral("warehouse.db.before-restore-*")}, QDir::Files);
    CHECK(aside.size() == 1);
    CHECK(appliance({QStringLiteral("verify"), QStringLiteral("--data-dir"), data}).exitCode == 0);

    auto opened = wh::db::Store::open(store);
    REQUIRE(opened.ok());
    auto tenants = (*opened)->tenants();
    REQUIRE(tenants.ok());
    REQUIRE(tenants->size() >= 2);
    const QString tenant = tenants->first().id;
    const QString other = tenants->at(1).id;
    opened->reset();
    const QString csv = dir.filePath(QStringLiteral("events.csv"));
    const Run exported =
        appliance({QStringLiteral("export"), QStringLiteral("--data-dir"), data, QStringLiteral("--tenant"),
                   tenant, QStringLiteral("--what"), QStringLiteral("events"), QStringLiteral("--out"), csv});
    CHECK(exported.exitCode == 0);
    const QByteArray rows = fileBytes(csv);
    CHECK(rows.startsWith("seq,time,type,aggregate_type,aggregate_id,user,device,payload\r\n"));
    CHECK_FALSE(
        rows.contains(QString(QStringLiteral("\"tenantId\":\"") + other + QStringLiteral("\"")).toUtf8()));

    const Run badWhat =
        appliance({QStringLiteral("export"), QStringLiteral("--data-dir"), data, QStringLiteral("--tenant"),
                   tenant, QStringLiteral("--what"), QStringLiteral("orders"), QStringLiteral("--out"), csv});
    CHECK(badWhat.exitCode == 2);
}

TEST_CASE("restore is refused while the appliance runs, and the store is left as it was",
          "[app][cli][backup]")
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    REQUIRE(appliance({QStringLiteral("run"), QStringLiteral("--data-dir"), data,
                       QStringLiteral("--headless"), QStringLiteral("--exit-after"), QStringLiteral("1")})
                .exitCode == 0);
    const QString backup = dir.filePath(QStringLiteral("copy.db"));
    REQUIRE(appliance({QStringLiteral("backup"), QStringLiteral("--data-dir"), data, QStringLiteral("--out"),
                       backup})
                .exitCode == 0);

    QProcess running;
    running.setProcessEnvironment(headlessEnvironment());
    running.start(QStringLiteral(WH_APPLIANCE_EXE),
                  {QStringLiteral("run"), QStringLiteral("--data-dir"), data, QStringLiteral("--headless"),
                   QStringLiteral("--exit-after"), QStringLiteral("30")});
    REQUIRE(running.waitForStarted());
    // Up once it has said something (its store is open by then).
    REQUIRE(running.waitForReadyRead(20'000));
    const QString store = QDir(data).filePath(QStringLiteral("warehouse.db"));

    const Run refused = appliance(
        {QStringLiteral("restore"), QStringLiteral("--data-dir"), data, QStringLiteral("--from"), backup});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("in use")));
    CHECK(QDir(data).entryList({QStringLiteral("warehouse.db.before-restore-*")}, QDir::Files).isEmpty());
    CHECK(QDir(data).entryList({QStringLiteral("*restore-partial*")}, QDir::Files).isEmpty());

    // A backup of the running store works meanwhile.
    CHECK(appliance({QStringLiteral("backup"), QStringLiteral("--data-dir"), data, QStringLiteral("--out"),
                     dir.filePath(QStringLiteral("live.db"))})
              .exitCode == 0);
    running.terminate();
    REQUIRE(running.waitForFinished(20'000));
    CHECK(QFileInfo::exists(store));
}

TEST_CASE("the running appliance makes scheduled backups and keeps the newest K", "[app][cli][backup]")
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString backups = dir.filePath(QStringLiteral("backups"));
    // 0.0004 hours: a backup about every 1.4 seconds.
    const Run run =
        appliance({QStringLiteral("run"), QStringLiteral("--data-dir"), data, QStringLiteral("--headless"),
                   QStringLiteral("--backup-dir"), backups, QStringLiteral("--backup-every-hours"),
                   QStringLiteral("0.0004"), QStringLiteral("--backup-keep"), QStringLiteral("2"),
                   QStringLiteral("--exit-after"), QStringLiteral("7")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.count(QStringLiteral("scheduled backup: ")) >= 3);
    CHECK(run.out.contains(QStringLiteral("removed the old backup")));
    const QStringList kept = QDir(backups).entryList({QStringLiteral("warehouse-*Z.db")}, QDir::Files);
    CHECK(kept.size() == 2);
    CHECK(QDir(backups).entryList({QStringLiteral("*.partial")}, QDir::Files).isEmpty());
    for (const QString& name : kept)
        CHECK(appliance({QStringLiteral("verify"), QStringLiteral("--db"), QDir(backups).filePath(name)})
                  .exitCode == 0);
}
