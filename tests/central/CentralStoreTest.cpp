// The central store itself, on whichever back end the run asks for (CentralStoreLocation.h): that it is that
// back end, that a failed statement takes its whole transaction back, and that two stores on one database
// (two central-sim instances) neither share a command number nor lose an update.

#include "CentralStore.h"
#include "CentralStoreLocation.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <exception>
#include <string>
#include <thread>

using namespace wh::central;

namespace {

const QString kWarehouse = QStringLiteral("wh-1");
const QString kTenant = QStringLiteral("acme");

CommandRow commandRow(std::int64_t number, const QString& id)
{
    CommandRow c;
    c.warehouse = kWarehouse;
    c.tenant = kTenant;
    c.number = number;
    c.id = id;
    c.type = QStringLiteral("DefineSku");
    c.body = R"({"code":"ACME-1"})";
    return c;
}

// A connection of its own to the store's database, beside the store's.
QSqlDatabase independentConnection(const QString& location, const QString& name)
{
    if (!CentralStore::isPostgresLocation(location)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(location);
        return db;
    }
    const QUrl url(location);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    return db;
}

} // namespace

TEST_CASE("the central store is PostgreSQL when WH_CENTRAL_STORE asks for it, an SQLite file otherwise",
          "[central][postgres]")
{
    QTemporaryDir dir;
    const QString location = wh::test::centralStoreLocation(dir);
    INFO(location.toStdString());
    // Bytes that are not UTF-8, a NUL among them: a payload column must give back what it was given.
    const QByteArray body("\x00\xff{\"events\":[]}\xc3", 17);
    {
        CentralStore store(location);
        Transaction tx(store);
        store.insertBatch(kWarehouse, kTenant, 1, 3, 3, body);
        store.addViolation(
            ViolationRow{42, QStringLiteral("malformed"), kWarehouse, kTenant, QStringLiteral("x")});
        tx.commit();
        CHECK(store.dialect() == (wh::test::centralStoreOnPostgres() ? CentralStore::Dialect::Postgres
                                                                     : CentralStore::Dialect::Sqlite));
    }
    {
        QSqlDatabase db = independentConnection(location, QStringLiteral("proof"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        if (wh::test::centralStoreOnPostgres()) {
            REQUIRE(CentralStore::isPostgresLocation(location));
            // Only a PostgreSQL server answers this so.
            REQUIRE(q.exec(QStringLiteral("SELECT version()")));
            REQUIRE(q.next());
            CHECK(q.value(0).toString().startsWith(QLatin1String("PostgreSQL ")));
            CHECK(db.driverName() == QLatin1String("QPSQL"));
        } else {
            CHECK(QFileInfo(location).isFile());
            REQUIRE(q.exec(QStringLiteral("SELECT sqlite_version()")));
        }
        q.finish();
        REQUIRE(q.exec(QStringLiteral("SELECT at_ms, kind FROM violations")));
        REQUIRE(q.next());
        CHECK(q.value(0).toLongLong() == 42);
        CHECK(q.value(1).toString() == QLatin1String("malformed"));
        q.finish();
        REQUIRE(q.exec(QStringLiteral("SELECT body FROM batches")));
        REQUIRE(q.next());
        CHECK(q.value(0).toByteArray() == body);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("proof"));
}

TEST_CASE("a statement that fails takes its whole transaction back, and the store goes on", "[central]")
{
    QTemporaryDir dir;
    CentralStore store(wh::test::centralStoreLocation(dir));
    {
        Transaction tx(store);
        store.insertCommand(commandRow(1, QStringLiteral("c-1")));
        tx.commit();
    }
    StreamRow stream;
    stream.warehouse = kWarehouse;
    stream.tenant = kTenant;
    stream.cursor = 5;
    {
        Transaction tx(store);
        store.saveStream(stream);
        // The command id is unique: on PostgreSQL this aborts the transaction, on SQLite only the statement.
        CHECK_THROWS_AS(store.insertCommand(commandRow(2, QStringLiteral("c-1"))), StoreError);
    }
    CHECK(store.stream(kWarehouse, kTenant).cursor == 0);
    CHECK(store.lastCommandNumber(kWarehouse, kTenant) == 1);
    // The statements first prepared inside the rolled-back transaction run again.
    {
        Transaction tx(store);
        store.saveStream(stream);
        store.insertCommand(commandRow(2, QStringLiteral("c-2")));
        tx.commit();
    }
    CHECK(store.stream(kWarehouse, kTenant).cursor == 5);
    CHECK(store.lastCommandNumber(kWarehouse, kTenant) == 2);
    CHECK(store.countCommands(QStringLiteral("DefineSku")) == 2);
}

TEST_CASE("two stores on one database number commands and count events without losing one", "[central]")
{
    QTemporaryDir dir;
    const QString location = wh::test::centralStoreLocation(dir);
    {
        CentralStore create(location);
    } // the schema, before two creators race for it
    constexpr int kEach = 40;
    // What central-sim does per message: read the stream and MAX(number), write both back, in one
    // transaction.
    const auto work = [&](const QString& name, std::string* error) {
        try {
            CentralStore store(location);
            for (int i = 0; i < kEach; ++i) {
                Transaction tx(store);
                StreamRow stream = store.stream(kWarehouse, kTenant);
                ++stream.events;
                const std::int64_t number = store.lastCommandNumber(kWarehouse, kTenant) + 1;
                store.insertCommand(commandRow(number, QStringLiteral("%1-%2").arg(name).arg(i)));
                store.saveStream(stream);
                tx.commit();
            }
        } catch (const std::exception& e) {
            *error = e.what();
        }
    };
    std::string firstError;
    std::string secondError;
    std::thread first(work, QStringLiteral("a"), &firstError);
    std::thread second(work, QStringLiteral("b"), &secondError);
    first.join();
    second.join();
    INFO(firstError + secondError);
    CHECK(firstError.empty());
    CHECK(secondError.empty());

    CentralStore store(location);
    CHECK(store.stream(kWarehouse, kTenant).events == 2 * kEach);
    const QList<CommandRow> commands = store.allCommands();
    REQUIRE(commands.size() == 2 * kEach);
    for (int i = 0; i < commands.size(); ++i)
        CHECK(commands[i].number == i + 1);
}
