// Backups, restore and CSV export (db/Backup): copies of a store being written, refusals that leave
// nothing behind, restore's checks, one tenant's rows in the export.
#include "Backup.h"
#include "CsvImport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <sqlite3.h>

#include <atomic>
#include <csignal>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>

using namespace wh;
using namespace wh::test;

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void receiveSome(StoreFixture& f, const TenantContext& t, const QString& prefix, int times)
{
    for (int i = 0; i < times; ++i)
        WH_REQUIRE_OK(f.store().receive(
            t, f.actor(),
            {prefix + QStringLiteral("-SKU1"), prefix + QStringLiteral("-PICK"), {}, {}, 1 + i}));
}

QStringList leftovers(const QString& dir)
{
    return QDir(dir).entryList({QStringLiteral("*.partial*"), QStringLiteral("*restore-partial*")},
                               QDir::Files);
}

} // namespace

TEST_CASE("a backup of a store being written is a whole store, consistent with itself", "[db][backup]")
{
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    receiveSome(f, acme, QStringLiteral("ACME"), 5);

    std::atomic<bool> stop{false};
    std::atomic<int> written{0};
    std::thread writer([&] {
        db::StoreOptions options;
        options.durability = db::StoreOptions::Durability::Normal;
        auto store = db::Store::open(f.path(), options);
        if (!store)
            return;
        auto t = (*store)->tenant(QStringLiteral("acme"));
        if (!t)
            return;
        while (!stop) {
            if ((*store)->receive(*t, f.actor(),
                                  {QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-BULK"), {}, {}, 1}))
                ++written;
        }
    });
    while (written < 3)
        std::this_thread::yield();
    const QString out = f.dirPath() + QStringLiteral("/during.db");
    auto report = db::Backup::backup(f.path(), out);
    stop = true;
    writer.join();
    WH_REQUIRE_OK(report);
    CHECK(written >= 3);
    CHECK(leftovers(f.dirPath()).isEmpty());

    db::StoreOptions readOnly;
    readOnly.readOnly = true;
    {
        auto copy = db::Store::open(out, readOnly);
        WH_REQUIRE_OK(copy);
        auto chain = (*copy)->verifyChain();
        WH_REQUIRE_OK(chain);
        CHECK(chain->intact());
        auto counts = (*copy)->counts();
        WH_REQUIRE_OK(counts);
        CHECK(counts->events == report->events);
        CHECK(counts->events == chain->eventsChecked);
        // The projections in the copy are those of its own log: one snapshot, not a mix of two moments.
        auto rebuilt = (*copy)->rebuildInto(f.dirPath() + QStringLiteral("/rebuilt.db"));
        WH_REQUIRE_OK(rebuilt);
        CHECK(rebuilt->equal());
    }
    // Once the writer is done, a backup holds exactly what the store holds: staff, outbox and all.
    const QString quiet = f.dirPath() + QStringLiteral("/quiet.db");
    WH_REQUIRE_OK(db::Backup::backup(f.path(), quiet));
    auto copy = db::Store::open(quiet, readOnly);
    WH_REQUIRE_OK(copy);
    auto live = f.store().counts();
    auto copied = (*copy)->counts();
    WH_REQUIRE_OK(live);
    WH_REQUIRE_OK(copied);
    CHECK(copied->events == live->events);
    CHECK(copied->outboxPending == live->outboxPending);
    CHECK(copied->tenants == live->tenants);
    CHECK(copied->stockRows == live->stockRows);
    CHECK(dumpDatabase((*copy)->connection()) == dumpDatabase(f.store().connection()));
}

TEST_CASE("a backup never overwrites a file", "[db][backup]")
{
    StoreFixture f;
    f.addTenant(QStringLiteral("acme"));
    const QString out = f.dirPath() + QStringLiteral("/existing.db");
    {
        QFile file(out);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("precious");
    }
    auto report = db::Backup::backup(f.path(), out);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == ErrorCode::AlreadyExists);
    CHECK(report.error().message.contains(QStringLiteral("never overwrites")));
    CHECK(fileBytes(out) == QByteArrayLiteral("precious"));
    CHECK(leftovers(f.dirPath()).isEmpty());
}

TEST_CASE("a backup into a folder that cannot be written fails cleanly with no partial file", "[db][backup]")
{
    StoreFixture f;
    f.addTenant(QStringLiteral("acme"));
    QString folder;
    if (::geteuid() == 0) {
        folder = QStringLiteral("/proc"); // root writes anywhere a permission bit forbids; not here
    } else {
        folder = f.dirPath() + QStringLiteral("/locked");
        REQUIRE(QDir().mkpath(folder));
        REQUIRE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    }
    const QString out = folder + QStringLiteral("/wh-backup-test.db");
    auto report = db::Backup::backup(f.path(), out);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().message.contains(QStringLiteral("nothing was kept")));
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK_FALSE(QFileInfo::exists(out + QStringLiteral(".partial")));
}

TEST_CASE("a backup that fills the disk fails cleanly with no partial file", "[db][backup]")
{
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    receiveSome(f, acme, QStringLiteral("ACME"), 20);
    const QString out = f.dirPath() + QStringLiteral("/full.db");
    // A file size limit stands in for a full disk: writes past it fail with EFBIG, as ENOSPC would.
    rlimit before{};
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &before) == 0);
    auto* oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = before;
    small.rlim_cur = 8192;
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
    auto report = db::Backup::backup(f.path(), out);
    ::setrlimit(RLIMIT_FSIZE, &before);
    std::signal(SIGXFSZ, oldHandler);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().message.contains(QStringLiteral("nothing was kept")));
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK(leftovers(f.dirPath()).isEmpty());
}

TEST_CASE("restore swaps in a good backup and keeps the old store aside", "[db][backup][restore]")
{
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    receiveSome(f, acme, QStringLiteral("ACME"), 2);
    const QString backupPath = f.dirPath() + QStringLiteral("/b.db");
    WH_REQUIRE_OK(db::Backup::backup(f.path(), backupPath));
    const std::int64_t eventsInBackup = f.store().counts()->events;
    std::int64_t acmeLastInBackup = 0;
    auto streams = f.store().outbox().state();
    WH_REQUIRE_OK(streams);
    for (const db::OutboxTenantState& t : *streams)
        if (t.tenantId == QLatin1String("acme"))
            acmeLastInBackup = t.lastSeq;
    REQUIRE(acmeLastInBackup > 0);
    receiveSome(f, acme, QStringLiteral("ACME"), 3); // after the backup: gone once it is restored
    const std::int64_t eventsLater = f.store().counts()->events;
    REQUIRE(eventsLater > eventsInBackup);

    SECTION("refused while the store is open")
    {
        const QString before = dumpDatabase(f.store().connection());
        auto report = db::Backup::restore(f.path(), backupPath, fixedNow());
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().code == ErrorCode::StorageBusy);
        CHECK(dumpDatabase(f.store().connection()) == before);
        CHECK(leftovers(f.dirPath()).isEmpty());
    }
    SECTION("done once the store is closed")
    {
        f.close();
        auto report = db::Backup::restore(f.path(), backupPath, fixedNow());
        WH_REQUIRE_OK(report);
        CHECK(report->events == eventsInBackup);
        CHECK(report->previousStore == f.path() + QStringLiteral(".before-restore-20260302T090000Z"));
        f.reopen();
        CHECK(f.store().counts()->events == eventsInBackup);
        CHECK(f.store().verifyChain()->intact());
        // Its stream waits for the central service's cursor (the old store's later events may be there).
        auto held = f.store().outbox().heldTenants();
        WH_REQUIRE_OK(held);
        CHECK(held->value(QStringLiteral("acme"), -1) == acmeLastInBackup);
        db::StoreOptions readOnly;
        readOnly.readOnly = true;
        auto old = db::Store::open(report->previousStore, readOnly);
        WH_REQUIRE_OK(old);
        CHECK((*old)->counts()->events == eventsLater);
        CHECK(leftovers(f.dirPath()).isEmpty());
    }
}

TEST_CASE("restore refuses a tampered backup, a newer schema and a file that is no store",
          "[db][backup][restore]")
{
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    receiveSome(f, acme, QStringLiteral("ACME"), 3);
    const QString backupPath = f.dirPath() + QStringLiteral("/b.db");
    WH_REQUIRE_OK(db::Backup::backup(f.path(), backupPath));
    f.close();
    const QByteArray storeBefore = fileBytes(f.path());
    QString reason;
    SECTION("an altered event")
    {
        db::Connection c;
        WH_REQUIRE_OK(c.open(backupPath, SQLITE_OPEN_READWRITE));
        REQUIRE(c.execScript("DROP TRIGGER events_append_only_update; DROP TRIGGER events_append_only_delete;"
                             "UPDATE events SET payload = '{\"forged\":true}' WHERE seq = 3")
                    .ok());
        REQUIRE(c.changes() == 1);
        reason = QStringLiteral("broken at event 3");
    }
    SECTION("a newer schema")
    {
        db::Connection c;
        WH_REQUIRE_OK(c.open(backupPath, SQLITE_OPEN_READWRITE));
        REQUIRE(c.execScript("PRAGMA user_version = 9999").ok());
        reason = QStringLiteral("newer version");
    }
    SECTION("not a store")
    {
        QFile::remove(backupPath);
        QFile file(backupPath);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(10000, 'x'));
        reason = QStringLiteral("refused");
    }
    const QByteArray backupBefore = fileBytes(backupPath);
    auto report = db::Backup::restore(f.path(), backupPath, fixedNow());
    REQUIRE_FALSE(report.ok());
    INFO(report.error().message.toStdString());
    CHECK(report.error().message.contains(reason));
    CHECK(fileBytes(f.path()) == storeBefore);
    CHECK(fileBytes(backupPath) == backupBefore);
    CHECK(leftovers(f.dirPath()).isEmpty());
    CHECK_FALSE(QFileInfo::exists(f.path() + QStringLiteral(".before-restore-20260302T090000Z")));
}

TEST_CASE("export writes only the asked tenant's rows, quoted as RFC 4180", "[db][backup][export]")
{
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    const TenantContext globex = f.addTenant(QStringLiteral("globex"));
    receiveSome(f, acme, QStringLiteral("ACME"), 2);
    receiveSome(f, globex, QStringLiteral("GLOBEX"), 3);
    const QString stockCsv = f.dirPath() + QStringLiteral("/stock.csv");
    const QString eventsCsv = f.dirPath() + QStringLiteral("/events.csv");
    auto stockRows =
        db::Backup::exportCsv(f.path(), QStringLiteral("acme"), db::Backup::ExportKind::Stock, stockCsv);
    WH_REQUIRE_OK(stockRows);
    auto eventRows =
        db::Backup::exportCsv(f.path(), QStringLiteral("acme"), db::Backup::ExportKind::Events, eventsCsv);
    WH_REQUIRE_OK(eventRows);

    const CsvTable stock = CsvReader::read(fileBytes(stockCsv));
    CHECK(stock.errors.isEmpty());
    CHECK(stock.header == QStringList{QStringLiteral("sku"), QStringLiteral("bin"), QStringLiteral("lot"),
                                      QStringLiteral("expiry"), QStringLiteral("on_hand"),
                                      QStringLiteral("reserved"), QStringLiteral("available")});
    REQUIRE(stock.records.size() == *stockRows);
    REQUIRE(*stockRows == 1);
    CHECK(stock.records[0].fields == QStringList{QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-PICK"),
                                                 QString(), QString(), QStringLiteral("3"),
                                                 QStringLiteral("0"), QStringLiteral("3")});

    const CsvTable events = CsvReader::read(fileBytes(eventsCsv));
    CHECK(events.errors.isEmpty());
    REQUIRE(events.records.size() == *eventRows);
    std::int64_t acmeEvents = 0;
    for (const RecordedEvent& e : loggedEvents(f.store()))
        if (e.tenantId == QLatin1String("acme"))
            ++acmeEvents;
    CHECK(*eventRows == acmeEvents);
    const QByteArray raw = fileBytes(eventsCsv);
    CHECK_FALSE(raw.contains("GLOBEX"));
    CHECK_FALSE(raw.contains("globex"));
    // The payload is JSON, full of commas and quotes: it reads back byte for byte.
    const QList<RecordedEvent> logged = loggedEvents(f.store());
    for (const CsvRecord& record : events.records) {
        const std::int64_t seq = record.fields.value(0).toLongLong();
        REQUIRE(seq >= 1);
        CHECK(record.fields.value(7).toUtf8() == logged.at(seq - 1).payload);
    }

    SECTION("an unknown tenant is refused and writes nothing")
    {
        const QString none = f.dirPath() + QStringLiteral("/none.csv");
        auto r =
            db::Backup::exportCsv(f.path(), QStringLiteral("nobody"), db::Backup::ExportKind::Stock, none);
        REQUIRE_FALSE(r.ok());
        CHECK_FALSE(QFileInfo::exists(none));
    }
}

TEST_CASE("csv fields are quoted when they hold a comma, a quote or a line break", "[db][backup][export]")
{
    CHECK(db::Backup::csvField(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(db::Backup::csvField(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(db::Backup::csvField(QStringLiteral("say \"hi\"")) == QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(db::Backup::csvField(QStringLiteral("two\nlines")) == QStringLiteral("\"two\nlines\""));
    CHECK(db::Backup::csvField(QStringLiteral("cr\rhere")) == QStringLiteral("\"cr\rhere\""));
}

TEST_CASE("rotation keeps the newest K scheduled backups and nothing else is touched", "[db][backup][rotate]")
{
    QTemporaryDir dir;
    const QDateTime start(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::utc());
    QStringList names;
    for (int i = 0; i < 5; ++i) {
        const QString name = db::Backup::scheduledName(start.addSecs(3600 * 6 * i));
        names.append(name);
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    CHECK(names.first() == QStringLiteral("warehouse-20261201T000000Z.db"));
    QFile other(dir.filePath(QStringLiteral("notes.txt")));
    REQUIRE(other.open(QIODevice::WriteOnly));
    other.close();
    auto removed = db::Backup::rotate(dir.path(), 2);
    WH_REQUIRE_OK(removed);
    CHECK(removed->size() == 3);
    const QStringList left = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    CHECK(left == QStringList{QStringLiteral("notes.txt"), names[3], names[4]});
    CHECK_FALSE(db::Backup::rotate(dir.path(), 0).ok());
}
