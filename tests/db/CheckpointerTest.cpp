// The background checkpointer: the log is folded back into the database file off the action path, and the
// store's data is whole however the two interleave.
#include "Checkpointer.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QThread>

using namespace wh;
using wh::db::Checkpointer;
using wh::test::StoreFixture;

namespace {

db::StoreOptions background(int pages)
{
    db::StoreOptions o;
    o.backgroundCheckpoint = true;
    o.checkpointPages = pages;
    return o;
}

qint64 walBytes(const QString& path)
{
    return QFileInfo(path + QStringLiteral("-wal")).size();
}

template <typename F> bool eventually(F condition)
{
    for (int i = 0; i < 500; ++i) {
        if (condition())
            return true;
        QThread::msleep(10);
    }
    return false;
}

} // namespace

TEST_CASE("commits never checkpoint - the checkpointer thread does", "[db][checkpoint]")
{
    StoreFixture f(background(8));
    REQUIRE(f.store().checkpointer() != nullptr);
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    std::int64_t copiedBefore = 0;
    for (int i = 0; i < 200; ++i)
        WH_REQUIRE_OK(f.store().receive(
            acme, f.actor(), {QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-PICK"), {}, {}, 1}));
    // The hook only wakes the thread: it is the one that copied pages, and it keeps up.
    REQUIRE(eventually([&] { return f.store().checkpointer()->stats().pagesCopied > copiedBefore; }));
    CHECK(f.store().checkpointer()->stats().checkpoints > 0);

    // A fresh connection reads everything through the database file and the log together.
    f.reopen();
    const auto stock = f.store().stockForSku(acme, QStringLiteral("ACME-SKU1"));
    WH_REQUIRE_OK(stock);
    std::int64_t units = 0;
    for (const StockRecord& r : *stock)
        units += r.level.onHand;
    CHECK(units == 200);
    WH_REQUIRE_OK(f.store().verifyChain());
}

TEST_CASE("without the background checkpointer, SQLite's automatic one stays in place", "[db][checkpoint]")
{
    StoreFixture f;
    CHECK(f.store().checkpointer() == nullptr);
    db::StoreOptions readOnly = background(8);
    readOnly.readOnly = true;
    f.addTenant(QStringLiteral("acme"));
    f.reopen(readOnly);
    CHECK(f.store().checkpointer() == nullptr); // a read-only store never writes the file
}

TEST_CASE("the log stays bounded under writes that never pause", "[db][checkpoint]")
{
    constexpr int kPages = 16;
    StoreFixture f(background(kPages));
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    // About 11 pages a commit: 1,200 commits write some 13,000 pages (over 50 MB) of log without a pause.
    for (int i = 0; i < 1200; ++i)
        WH_REQUIRE_OK(f.store().receive(
            acme, f.actor(), {QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-PICK"), {}, {}, 1}));
    const auto stats = f.store().checkpointer()->stats();
    CHECK(stats.restarts > 0);
    // SQLite writes the log again from its start after a complete checkpoint: it is reused, not grown.
    // Bound: the restart point plus what commits add while one checkpoint runs, far below the 50 MB.
    const qint64 pageSize = 4096;
    CHECK(walBytes(f.path()) < 40 * Checkpointer::kRestartFactor * kPages * pageSize);
}
