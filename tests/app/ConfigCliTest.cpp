// The configuration file through the real binary: check-config on the shipped sample and on bad files, run
// refusing a bad file before it touches anything, the command line over the file, [tenants] registered at
// start, and upgrades and downgrades (a newer store refused and left byte-identical, an older one migrated).
#include "ApplianceRun.h"
#include "Migrations.h"
#include "Sqlite.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace wh;

namespace {

using wh::test::appliance;
using wh::test::Run;

QString writeFile(const QString& path, const QByteArray& text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    return path;
}

QByteArray fileDigest(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

std::int64_t schemaOf(const QString& path)
{
    db::Connection c;
    REQUIRE(c.open(path, SQLITE_OPEN_READONLY).ok());
    return c.queryInt("PRAGMA user_version").value_or(-1);
}

const QString kSample = QStringLiteral(WH_TESTDATA_DIR "/../../packaging/appliance.conf");

} // namespace

TEST_CASE("the shipped sample configuration passes check-config", "[app][cli][config]")
{
    REQUIRE(QFile::exists(kSample));
    const Run check = appliance({QStringLiteral("--check-config"), QStringLiteral("--config"), kSample});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("[store] path = /var/lib/warehouse-appliance/warehouse.db\n")));
    CHECK(check.out.contains(QStringLiteral("[metrics] address = 127.0.0.1\n")));
    CHECK(check.out.contains(QStringLiteral("[metrics] port = 9464\n")));
    CHECK(check.out.contains(QStringLiteral("[appliance] seed-demo = false\n")));
    CHECK(check.out.contains(QStringLiteral("[broker] uri = (none")));
    CHECK(check.out.contains(QStringLiteral("The configuration is valid.")));
    CHECK(check.err.isEmpty());
    // The same with the command's form, and the store elsewhere (not created by the check).
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("wh.db"));
    const Run command = appliance(
        {QStringLiteral("check-config"), QStringLiteral("--config"), kSample, QStringLiteral("--db"), store});
    CHECK(command.exitCode == 0);
    CHECK(command.out.contains(QStringLiteral("store: %1 does not exist yet: run creates it at schema %2.")
                                   .arg(store)
                                   .arg(db::Migrations::latestVersion())));
    CHECK_FALSE(QFile::exists(store));
}

TEST_CASE(
    "check-config lists every error of a bad file and exits 1, run refuses it with exit 2 and creates no "
    "store",
    "[app][cli][config]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("data/warehouse.db"));
    const QString path =
        writeFile(dir.filePath(QStringLiteral("appliance.conf")),
                  QStringLiteral("[store]\npath = %1\n[broker]\nuri = tcp//x\n[metrics]\nport = 99999\n"
                                 "[scanners]\npack-1 = /dev/ttyACM0,suffix=nl\n[colours]\n")
                      .arg(store)
                      .toUtf8());
    const QStringList expected{
        path + QStringLiteral(":4: [broker] uri: \"tcp//x\" is not tcp://host:port or ssl://host:port."),
        path + QStringLiteral(":6: [metrics] port: \"99999\" is not a port number (0 to 65535; 0: off)."),
        path + QStringLiteral(":8: [scanners] pack-1: \"/dev/ttyACM0,suffix=nl\": "),
        path + QStringLiteral(":9: unknown section [colours]"),
    };
    const Run check = appliance({QStringLiteral("--check-config"), QStringLiteral("--config"), path});
    CHECK(check.exitCode == 1);
    for (const QString& line : expected)
        CHECK(check.err.contains(line));
    CHECK(check.err.contains(QStringLiteral("4 error(s): run would refuse to start.")));

    const Run run = appliance({QStringLiteral("run"), QStringLiteral("--config"), path,
                               QStringLiteral("--exit-after"), QStringLiteral("1")});
    CHECK(run.exitCode == 2);
    for (const QString& line : expected)
        CHECK(run.err.contains(line));
    CHECK(run.err.contains(QStringLiteral("was refused: nothing was started or changed.")));
    CHECK_FALSE(QFile::exists(store));
    CHECK_FALSE(QDir(dir.filePath(QStringLiteral("data"))).exists());

    // A file that is not there: the same two exits.
    const QString none = dir.filePath(QStringLiteral("none.conf"));
    const Run missingCheck = appliance({QStringLiteral("check-config"), QStringLiteral("--config"), none});
    CHECK(missingCheck.exitCode == 1);
    CHECK(missingCheck.err.contains(none + QStringLiteral(": the configuration file cannot be read")));
    const Run missingRun = appliance({QStringLiteral("--config"), none, QStringLiteral("--db"), store});
    CHECK(missingRun.exitCode == 2);
    CHECK_FALSE(QFile::exists(store));
}

TEST_CASE("the command line overrides the configuration file", "[app][cli][config]")
{
    QTemporaryDir dir;
    const QString path =
        writeFile(dir.filePath(QStringLiteral("appliance.conf")),
                  QStringLiteral("[store]\npath = %1\n[appliance]\nwarehouse = wh-7\nstations = a,b\n"
                                 "sound = true\n[metrics]\nport = 9464\n"
                                 "[printers]\ndock-1 = tcp://10.0.0.5:9100\n")
                      .arg(dir.filePath(QStringLiteral("file.db")))
                      .toUtf8());
    const Run fromFile = appliance({QStringLiteral("--check-config"), QStringLiteral("--config"), path});
    REQUIRE(fromFile.exitCode == 0);
    CHECK(fromFile.out.contains(QStringLiteral("[appliance] warehouse = wh-7\n")));
    CHECK(fromFile.out.contains(QStringLiteral("[appliance] stations = a, b\n")));
    CHECK(fromFile.out.contains(QStringLiteral("[printers] dock-1 = tcp://10.0.0.5:9100,name=dock-1")));
    CHECK(fromFile.out.contains(
        QStringLiteral("[store] path = %1\n").arg(dir.filePath(QStringLiteral("file.db")))));

    const QString other = dir.filePath(QStringLiteral("other.db"));
    const Run overridden =
        appliance({QStringLiteral("--check-config"), QStringLiteral("--config"), path,
                   QStringLiteral("--warehouse"), QStringLiteral("wh-9"), QStringLiteral("--station"),
                   QStringLiteral("c"), QStringLiteral("--no-sound"), QStringLiteral("--metrics-port"),
                   QStringLiteral("0"), QStringLiteral("--printer"),
                   QStringLiteral("tcp://10.0.0.6,name=dock-2"), QStringLiteral("--db"), other});
    REQUIRE(overridden.exitCode == 0);
    CHECK(overridden.out.contains(QStringLiteral("[appliance] warehouse = wh-9\n")));
    CHECK(overridden.out.contains(QStringLiteral("[appliance] stations = c\n")));
    CHECK(overridden.out.contains(QStringLiteral("[appliance] sound = false\n")));
    CHECK(overridden.out.contains(QStringLiteral("[metrics] port = 0 (off)\n")));
    CHECK(overridden.out.contains(QStringLiteral("[printers] dock-2 = tcp://10.0.0.6:9100,name=dock-2")));
    CHECK_FALSE(overridden.out.contains(QStringLiteral("dock-1")));
    CHECK(overridden.out.contains(QStringLiteral("[store] path = %1\n").arg(other)));

    // A bad value on the command line is a usage error (2), as is another command with --check-config.
    const Run badFlag = appliance({QStringLiteral("--check-config"), QStringLiteral("--config"), path,
                                   QStringLiteral("--metrics-port"), QStringLiteral("65536")});
    CHECK(badFlag.exitCode == 2);
    CHECK(badFlag.err.contains(QStringLiteral("--metrics-port: \"65536\" is not a port number")));
    const Run withStatus = appliance({QStringLiteral("--check-config"), QStringLiteral("status")});
    CHECK(withStatus.exitCode == 2);
}

TEST_CASE("run registers the configured merchants and check-config says which it would",
          "[app][cli][config]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("warehouse.db"));
    const QString path = writeFile(dir.filePath(QStringLiteral("appliance.conf")),
                                   QStringLiteral("[store]\npath = %1\n[appliance]\nseed-demo = false\n"
                                                  "[tenants]\ninitech = Initech Supplies\n")
                                       .arg(store)
                                       .toUtf8());
    const Run check = appliance({QStringLiteral("check-config"), QStringLiteral("--config"), path});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("tenant initech (Initech Supplies): run registers it.")));
    const Run run =
        appliance({QStringLiteral("--config"), path, QStringLiteral("--exit-after"), QStringLiteral("1")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(
        QStringLiteral("Registered tenant initech (Initech Supplies) from the configuration.")));
    CHECK_FALSE(run.out.contains(QStringLiteral("seeded the demo")));
    const Run status = appliance({QStringLiteral("status"), QStringLiteral("--config"), path});
    CHECK(status.exitCode == 0);
    CHECK(status.out.contains(QStringLiteral("Initech Supplies (initech)")));
    // The appliance stopped cleanly: the store is one file, and the check reads it without leaving the -wal
    // and -shm files a read-only connection would create (owned by whoever ran the check).
    REQUIRE_FALSE(QFile::exists(store + QStringLiteral("-wal")));
    const QByteArray before = fileDigest(store);
    const Run again = appliance({QStringLiteral("check-config"), QStringLiteral("--config"), path});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("tenant initech (Initech Supplies): registered.")));
    CHECK(fileDigest(store) == before);
    CHECK_FALSE(QFile::exists(store + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(store + QStringLiteral("-shm")));
    CHECK(again.out.contains(
        QStringLiteral("is at schema %1, this version's.").arg(db::Migrations::latestVersion())));
}

TEST_CASE("a store from a newer version is refused by run and by check-config and left byte-identical",
          "[app][cli][config][migrations]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("warehouse.db"));
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(store.toUtf8().constData(), &db) == SQLITE_OK);
    const int newer = db::Migrations::latestVersion() + 1;
    REQUIRE(sqlite3_exec(db,
                         QStringLiteral("PRAGMA application_id = %1; CREATE TABLE tenants (tenant_id, name); "
                                        "CREATE TABLE future_things (x); PRAGMA user_version = %2;")
                             .arg(db::Migrations::kApplicationId)
                             .arg(newer)
                             .toUtf8()
                             .constData(),
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    const QByteArray before = fileDigest(store);
    const QString expected =
        QStringLiteral(
            "written by a newer version of the appliance (schema %1, this version knows %2): install "
            "that version or restore a backup; the store was left untouched.")
            .arg(newer)
            .arg(db::Migrations::latestVersion());
    const QString path = writeFile(dir.filePath(QStringLiteral("appliance.conf")),
                                   QStringLiteral("[store]\npath = %1\n").arg(store).toUtf8());

    const Run check = appliance({QStringLiteral("--check-config"), QStringLiteral("--config"), path});
    CHECK(check.exitCode == 1);
    CHECK(check.err.contains(expected));
    CHECK(fileDigest(store) == before);

    const Run run = appliance({QStringLiteral("run"), QStringLiteral("--config"), path,
                               QStringLiteral("--exit-after"), QStringLiteral("1")});
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(expected));
    CHECK(fileDigest(store) == before);
    for (const char* sidecar : {"-wal", "-shm", "-journal"})
        CHECK_FALSE(QFile::exists(store + QLatin1String(sidecar)));
    CHECK(schemaOf(store) == newer);
}

TEST_CASE("a store from an older version is reported by check-config untouched, then migrated by run",
          "[app][cli][config][migrations]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("warehouse.db"));
    const int older = db::Migrations::latestVersion() - 1;
    REQUIRE(older >= 1);
    {
        db::Connection c;
        REQUIRE(c.open(store, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE).ok());
        REQUIRE(db::Migrations::migrate(c, older).ok());
        REQUIRE(
            c.execScript(
                 "INSERT INTO tenants (tenant_id, name, registered_at) VALUES ('acme', 'Acme Outdoor', 0)")
                .ok());
    }
    REQUIRE(schemaOf(store) == older);
    const QByteArray before = fileDigest(store);
    const QStringList data{QStringLiteral("--db"), store};

    const Run check = appliance(QStringList{QStringLiteral("--check-config")} + data);
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("is at schema %1, this version knows %2: run migrates it")
                                 .arg(older)
                                 .arg(db::Migrations::latestVersion())));
    CHECK(fileDigest(store) == before);
    CHECK(schemaOf(store) == older);

    const Run run = appliance(data + QStringList{QStringLiteral("--exit-after"), QStringLiteral("1")});
    CHECK(run.exitCode == 0);
    CHECK(schemaOf(store) == db::Migrations::latestVersion());
    const Run status = appliance(data + QStringList{QStringLiteral("status")});
    CHECK(status.exitCode == 0);
    CHECK(status.out.contains(QStringLiteral("Acme Outdoor (acme)")));
}
