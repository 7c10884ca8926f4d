// A full disk, a read-only store and a locked database: each gives the caller a clear, typed error and
// leaves nothing half-written.
#include "TestSupport.h"

#include <QFile>

#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace wh;
using wh::test::dumpDatabase;
using wh::test::StoreFixture;

namespace {

ReceiveStock receiveOne(int n)
{
    return ReceiveStock{QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-BULK"), {}, {}, 1 + n % 7};
}

} // namespace

TEST_CASE("a full disk refuses the action with storage_full and writes nothing", "[db][failure][disk-full]")
{
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    auto& c = f.store().connection();
    // The store may not grow past its current size: SQLite answers SQLITE_FULL exactly as on a full disk.
    const std::int64_t pages = c.queryInt("PRAGMA page_count").value_or(0);
    REQUIRE(c.execScript(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)).ok());

    std::optional<Error> failure;
    QString before;
    int succeeded = 0;
    for (int i = 0; i < 5000 && !failure; ++i) {
        before = dumpDatabase(c);
        auto result = f.store().receive(acme, f.actor(), receiveOne(i));
        if (result)
            ++succeeded;
        else
            failure = result.error();
    }
    REQUIRE(failure.has_value());
    CHECK(failure->code == ErrorCode::StorageFull);
    CHECK(failure->message.contains(QStringLiteral("disk is full")));
    CHECK(dumpDatabase(c) == before); // not one row of the failed action

    // Space again: the same action goes through, and the log is whole.
    REQUIRE(c.execScript("PRAGMA max_page_count = 1073741823").ok());
    WH_REQUIRE_OK(f.store().receive(acme, f.actor(), receiveOne(0)));
    auto chain = f.store().verifyChain();
    WH_REQUIRE_OK(chain);
    CHECK(chain->intact());
    QTemporaryDir scratch;
    auto rebuilt = f.store().rebuildInto(scratch.filePath(QStringLiteral("r.db")));
    WH_REQUIRE_OK(rebuilt);
    CHECK(rebuilt->equal());
}

TEST_CASE("a store opened read-only reads but refuses every action", "[db][failure][read-only]")
{
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    WH_REQUIRE_OK(f.store().receive(acme, f.actor(), receiveOne(3)));
    f.close();
    db::StoreOptions options;
    options.readOnly = true;
    f.reopen(options);
    const QString before = dumpDatabase(f.store().connection());
    CHECK(f.store().isReadOnly());
    CHECK(f.store().stockForSku(acme, QStringLiteral("ACME-SKU1"))->size() == 1);

    auto result = f.store().receive(acme, f.actor(), receiveOne(1));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::StorageReadOnly);
    auto tenant = f.store().registerTenant(Tenant{QStringLiteral("new"), QStringLiteral("New")}, f.actor());
    REQUIRE_FALSE(tenant.ok());
    CHECK(tenant.error().code == ErrorCode::StorageReadOnly);
    auto command = f.store().applyCommand(acme, QStringLiteral("cmd-1"), QStringLiteral("Test"), f.actor(),
                                          [](Inventory&) -> Result<EventList> { return EventList{}; });
    REQUIRE_FALSE(command.ok());
    CHECK(command.error().code == ErrorCode::StorageReadOnly);
    CHECK(dumpDatabase(f.store().connection()) == before);
}

TEST_CASE("a store file the process may not write is detected as read-only", "[db][failure][read-only]")
{
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    f.close(); // a clean close checkpoints the WAL into the file
    const QString path = f.path();
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0444) == 0);
    REQUIRE(::chmod(QFile::encodeName(f.dirPath()).constData(), 0555) == 0);

    // Root ignores file permissions, so the check runs in a child that drops to an unprivileged user: the
    // same situation as a store on a medium mounted read-only.
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0))
            ::_exit(10);
        auto store = db::Store::open(path);
        if (!store)
            ::_exit(store.error().code == ErrorCode::StorageReadOnly ? 0 : 11);
        if (!(*store)->isReadOnly())
            ::_exit(12);
        auto result = (*store)->receive(
            acme, Actor{QStringLiteral("r1"), QStringLiteral("dock"), Role::Receiver, {}}, receiveOne(1));
        if (result.ok())
            ::_exit(13);
        ::_exit(result.error().code == ErrorCode::StorageReadOnly ? 0 : 14);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    ::chmod(QFile::encodeName(f.dirPath()).constData(), 0755);
    ::chmod(QFile::encodeName(path).constData(), 0644);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);

    f.reopen();
    CHECK(f.store().stockForSku(acme, QStringLiteral("ACME-SKU1"))->isEmpty()); // nothing was received
}

TEST_CASE("a locked database refuses the action with storage_busy, then works", "[db][failure][locked]")
{
    db::StoreOptions options;
    options.busyTimeoutMs = 50;
    StoreFixture f(options);
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    const QString before = dumpDatabase(f.store().connection());

    sqlite3* other = nullptr;
    REQUIRE(sqlite3_open(f.path().toUtf8().constData(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK);
    auto result = f.store().receive(acme, f.actor(), receiveOne(2));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::StorageBusy);
    CHECK(result.error().message.contains(QStringLiteral("locked")));
    REQUIRE(sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(other);

    CHECK(dumpDatabase(f.store().connection()) == before);
    WH_REQUIRE_OK(f.store().receive(acme, f.actor(), receiveOne(2)));
}

TEST_CASE("the transaction guard rolls back an action that fails half-way", "[db][transaction]")
{
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    WH_REQUIRE_OK(f.store().receive(acme, f.actor(), receiveOne(3)));
    const QString before = dumpDatabase(f.store().connection());

    SECTION("the second event of an action breaks a constraint")
    {
        // A hand-made event list whose second event picks stock that is not there: the first event was
        // already appended and projected when the second fails.
        auto result = f.store().execute(acme, f.actor(), [](Inventory&) -> Result<EventList> {
            return EventList{DomainEvent{EventType::StockReceived,
                                         QStringLiteral("sku"),
                                         QStringLiteral("ACME-SKU1"),
                                         {{QStringLiteral("sku"), QStringLiteral("ACME-SKU1")},
                                          {QStringLiteral("location"), QStringLiteral("ACME-PICK")},
                                          {QStringLiteral("lot"), QString()},
                                          {QStringLiteral("expiry"), QString()},
                                          {QStringLiteral("quantity"), 5}}},
                             DomainEvent{EventType::StockPicked,
                                         QStringLiteral("order"),
                                         QStringLiteral("NOPE"),
                                         {{QStringLiteral("orderId"), QStringLiteral("NOPE")},
                                          {QStringLiteral("lineNo"), 1},
                                          {QStringLiteral("sku"), QStringLiteral("ACME-SKU1")},
                                          {QStringLiteral("location"), QStringLiteral("ACME-QA")},
                                          {QStringLiteral("lot"), QString()},
                                          {QStringLiteral("quantity"), 3}}}};
        });
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::StorageError);
    }
    SECTION("the second action of a batch is refused by the rules")
    {
        auto result = f.store().executeBatch(
            acme, f.actor(),
            {[](Inventory& inv) { return inv.receive(receiveOne(1)); },
             [](Inventory& inv) {
                 return inv.receive({QStringLiteral("NO-SUCH-SKU"), QStringLiteral("ACME-BULK"), {}, {}, 1});
             }});
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::UnknownSku);
    }
    CHECK(dumpDatabase(f.store().connection()) == before);
    auto chain = f.store().verifyChain();
    WH_REQUIRE_OK(chain);
    CHECK(chain->intact());
}

TEST_CASE("a read that fails is an error, never an empty answer", "[db][failure][read]")
{
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    WH_REQUIRE_OK(f.store().receive(acme, f.actor(), receiveOne(3)));
    // A damaged schema stands in for a damaged file: the stock table is gone.
    REQUIRE(f.store().connection().execScript("ALTER TABLE stock RENAME TO stock_elsewhere").ok());
    auto stock = f.store().stockForSku(acme, QStringLiteral("ACME-SKU1"));
    REQUIRE_FALSE(stock.ok());
    CHECK(stock.error().code == ErrorCode::StorageError);
    auto sellable = f.store().sellable(acme, QStringLiteral("ACME-SKU1"));
    REQUIRE_FALSE(sellable.ok());
    // The failure is not left behind for the next call to trip over.
    auto sku = f.store().sku(acme, QStringLiteral("ACME-SKU1"));
    WH_REQUIRE_OK(sku);
    CHECK(sku->code == QStringLiteral("ACME-SKU1"));
    CHECK(f.store().sku(acme, QStringLiteral("NOPE")).error().code == ErrorCode::UnknownSku);
    CHECK(f.store().location(acme, QStringLiteral("NOPE")).error().code == ErrorCode::UnknownLocation);
    CHECK(f.store().order(acme, QStringLiteral("NOPE")).error().code == ErrorCode::UnknownOrder);
}
