#include "Migrations.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>

#include <sqlite3.h>

using namespace wh;
using wh::test::StoreFixture;

namespace {

QByteArray fileDigest(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void rawExec(const QString& path, const QString& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace

TEST_CASE("a new store is created at the latest schema version", "[db][migrations]")
{
    StoreFixture f;
    auto& c = f.store().connection();
    CHECK(c.queryInt("PRAGMA user_version") == db::Migrations::latestVersion());
    CHECK(c.queryInt("PRAGMA application_id") == db::Migrations::kApplicationId);
    CHECK(c.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'events'") == 1);
    f.reopen(); // opening again runs no step twice
    CHECK(f.store().connection().queryInt("PRAGMA user_version") == db::Migrations::latestVersion());
}

TEST_CASE("the store runs in WAL mode with synchronous=FULL", "[db][durability]")
{
    StoreFixture f;
    auto& c = f.store().connection();
    db::Statement mode = c.prepare("PRAGMA journal_mode");
    REQUIRE(mode.next());
    CHECK(mode.text(0) == QStringLiteral("wal"));
    CHECK(c.queryInt("PRAGMA synchronous") == 2); // FULL
}

TEST_CASE("a store written by a newer version is refused and left untouched", "[db][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.db"));
    rawExec(path, QStringLiteral(
                      "PRAGMA application_id = %1; CREATE TABLE future_things (x); PRAGMA user_version = 99;")
                      .arg(db::Migrations::kApplicationId));
    const QByteArray before = fileDigest(path);

    auto store = db::Store::open(path);
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().code == ErrorCode::SchemaTooNew);
    CHECK(store.error().message.contains(QStringLiteral("newer version")));
    CHECK(fileDigest(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("another program's SQLite file is refused and left untouched", "[db][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    rawExec(path, QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); "
                                 "INSERT INTO customers VALUES (1, 'x');"));
    const QByteArray before = fileDigest(path);
    auto store = db::Store::open(path);
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().code == ErrorCode::StorageCorrupt);
    CHECK(fileDigest(path) == before);
}

TEST_CASE("a file that is not a database at all is refused with a clear error", "[db][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garbage.db"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    const QByteArray before = fileDigest(path);
    auto store = db::Store::open(path);
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().code == ErrorCode::StorageCorrupt);
    CHECK(fileDigest(path) == before);
}
