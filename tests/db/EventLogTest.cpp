#include "EventLog.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QUuid>

using namespace wh;
using wh::test::loggedEvents;
using wh::test::StoreFixture;

namespace {

void fillLog(StoreFixture& f, const TenantContext& t)
{
    for (int i = 1; i <= 5; ++i)
        WH_REQUIRE_OK(f.store().receive(
            t, f.actor(), {QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-BULK"), {}, {}, i}));
}

} // namespace

TEST_CASE("events carry sequence, identity, aggregate version, time, actor and a chained hash",
          "[db][event-log]")
{
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    f.clock().advanceMs(1500);
    fillLog(f, acme);
    const QList<RecordedEvent> events = loggedEvents(f.store());
    REQUIRE(events.size() >= 7);
    QByteArray previous = db::EventLog::genesisHash();
    QSet<QString> ids;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const RecordedEvent& e = events[i];
        CHECK(e.seq == i + 1);
        CHECK(e.prevHash == previous);
        CHECK(e.hash == db::EventLog::computeHash(e));
        CHECK(e.hash.size() == 32);
        CHECK_FALSE(ids.contains(e.id));
        ids.insert(e.id);
        previous = e.hash;
    }
    const QList<RecordedEvent> receipts = [&] {
        QList<RecordedEvent> r;
        for (const RecordedEvent& e : events)
            if (e.type == EventType::StockReceived)
                r.append(e);
        return r;
    }();
    REQUIRE(receipts.size() == 5);
    for (qsizetype i = 0; i < receipts.size(); ++i) {
        CHECK(receipts[i].tenantId == QStringLiteral("acme"));
        CHECK(receipts[i].aggregateType == QStringLiteral("sku"));
        CHECK(receipts[i].aggregateId == QStringLiteral("ACME-SKU1"));
        CHECK(receipts[i].actor.userId == QStringLiteral("tester"));
        CHECK(receipts[i].actor.deviceId == QStringLiteral("test-station"));
        CHECK(receipts[i].occurredAt == wh::test::fixedNow().addMSecs(1500));
        CHECK(receipts[i].payloadObject().value(QStringLiteral("quantity")).toInt() == i + 1);
    }
    // SkuDefined was version 1 of the SKU aggregate; then receipt 1 (2), LowStock (3), receipts 2-4 (4-6),
    // LowStockCleared when the total reached 10 (7), receipt 5 (8).
    CHECK(receipts.first().aggregateVersion == 2);
    CHECK(receipts.last().aggregateVersion == 8);
}

TEST_CASE("the log refuses UPDATE and DELETE", "[db][event-log]")
{
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    fillLog(f, acme);
    auto& c = f.store().connection();
    auto update = c.execScript("UPDATE events SET payload = '{}' WHERE seq = 3");
    REQUIRE_FALSE(update.ok());
    CHECK(update.error().message.contains(QStringLiteral("append-only")));
    auto remove = c.execScript("DELETE FROM events WHERE seq = 3");
    REQUIRE_FALSE(remove.ok());
    CHECK(remove.error().message.contains(QStringLiteral("append-only")));
}

TEST_CASE("verify reports the first broken link of a tampered log", "[db][event-log][verify]")
{
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    fillLog(f, acme);
    auto intact = f.store().verifyChain();
    WH_REQUIRE_OK(intact);
    CHECK(intact->intact());
    CHECK(intact->eventsChecked == f.store().counts()->events);

    auto& c = f.store().connection();
    // Whoever tampers with the file can drop the triggers; the chain still gives them away.
    REQUIRE(
        c.execScript("DROP TRIGGER events_append_only_update; DROP TRIGGER events_append_only_delete;").ok());
    SECTION("an altered payload")
    {
        REQUIRE(
            c.execScript("UPDATE events SET payload = replace(payload, '\"quantity\":2', '\"quantity\":20') "
                         "WHERE seq = 10")
                .ok());
        REQUIRE(c.queryInt(
                    "SELECT count(*) FROM events WHERE seq = 10 AND payload LIKE '%\"quantity\":20%'") == 1);
        auto report = f.store().verifyChain();
        WH_REQUIRE_OK(report);
        CHECK(report->firstBrokenSeq == 10);
        CHECK(report->problem.contains(QStringLiteral("altered")));
    }
    SECTION("a removed event")
    {
        REQUIRE(c.execScript("DELETE FROM events WHERE seq = 8").ok());
        auto report = f.store().verifyChain();
        WH_REQUIRE_OK(report);
        CHECK(report->firstBrokenSeq == 8);
        CHECK(report->problem.contains(QStringLiteral("missing")));
    }
    SECTION("a re-hashed event that no longer links")
    {
        // Recomputing one event's own hash is not enough: the next event still points at the old one.
        RecordedEvent e;
        REQUIRE(f.store()
                    .forEachEvent(9,
                                  [&](const RecordedEvent& r) {
                                      e = r;
                                      return false;
                                  })
                    .ok());
        e.payload = QByteArrayLiteral("{\"forged\":true}");
        e.hash = db::EventLog::computeHash(e);
        db::Statement s = c.prepare("UPDATE events SET payload = ?1, hash = ?2 WHERE seq = 9");
        s.bindText(1, e.payload).bindBlob(2, e.hash);
        REQUIRE(s.exec().ok());
        auto report = f.store().verifyChain();
        WH_REQUIRE_OK(report);
        CHECK(report->firstBrokenSeq == 10);
        CHECK(report->problem.contains(QStringLiteral("does not link")));
    }
}

TEST_CASE("cloud-bound events get an outbox row in the same transaction, others none", "[db][outbox]")
{
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    auto& c = f.store().connection();
    CHECK(c.queryInt("SELECT count(*) FROM outbox") == 0); // master data stays home
    auto receipt = f.store().receive(acme, f.actor(),
                                     {QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-BULK"), {}, {}, 4});
    WH_REQUIRE_OK(receipt);
    // 4 < 10: the receipt also raises LowStock, which goes out too.
    REQUIRE(receipt->events.size() == 2);
    CHECK(receipt->events[1].type == EventType::LowStock);
    db::Statement s = c.prepare("SELECT event_seq, tenant_id, type FROM outbox ORDER BY event_seq");
    QList<std::int64_t> seqs;
    while (s.next()) {
        seqs.append(s.int64(0));
        CHECK(s.text(1) == QStringLiteral("acme"));
    }
    CHECK(seqs == QList<std::int64_t>{receipt->firstSeq, receipt->lastSeq});
}

TEST_CASE("event ids are version-7 UUIDs ordered by time", "[db][event-log]")
{
    const QDateTime t0 = wh::test::fixedNow();
    QStringList ids;
    for (int i = 0; i < 50; ++i)
        ids.append(db::EventLog::newEventId(t0.addMSecs(i * 3)));
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QUuid uuid(ids[i]);
        REQUIRE_FALSE(uuid.isNull());
        CHECK(ids[i][14] == QLatin1Char('7')); // the version nibble (Qt 6.4's QUuid knows versions 1-5 only)
        CHECK(uuid.variant() == QUuid::DCE);
        if (i > 0)
            CHECK(ids[i - 1] < ids[i]); // a later millisecond sorts later
    }
    CHECK(db::EventLog::newEventId(t0) != db::EventLog::newEventId(t0)); // same millisecond, still unique
}

// The kiosk's maintenance screen shows how far a check or a rebuild of a big log is: both report the events
// done against the last event's number, from 0 to the whole log, never going back, every 4096 events.
TEST_CASE("verify and rebuild report their progress through the log", "[db][event-log][verify]")
{
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    // More than one report's worth of events (a receipt is one event).
    for (int i = 0; i < 4200; ++i)
        WH_REQUIRE_OK(f.store().receive(
            acme, f.actor(), {QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-BULK"), {}, {}, 1}));
    const std::int64_t events = f.store().counts()->events;
    REQUIRE(events > 4096);

    const auto checkReports = [&](const QList<std::pair<std::int64_t, std::int64_t>>& reports) {
        REQUIRE(reports.size() >= 3);
        CHECK(reports.first() == std::pair<std::int64_t, std::int64_t>{0, events});
        CHECK(reports.last() == std::pair<std::int64_t, std::int64_t>{events, events});
        for (qsizetype i = 1; i < reports.size(); ++i) {
            CHECK(reports[i].second == events);
            CHECK(reports[i].first >= reports[i - 1].first);
        }
        CHECK(reports[1].first == 4096);
    };
    QList<std::pair<std::int64_t, std::int64_t>> verified;
    auto report = f.store().verifyChain([&](std::int64_t done, std::int64_t total) { verified.append({done, total}); });
    WH_REQUIRE_OK(report);
    CHECK(report->intact());
    checkReports(verified);

    QList<std::pair<std::int64_t, std::int64_t>> replayed;
    auto rebuilt = f.store().rebuildInto(f.dirPath() + QStringLiteral("/rebuilt.db"),
                                         [&](std::int64_t done, std::int64_t total) { replayed.append({done, total}); });
    WH_REQUIRE_OK(rebuilt);
    CHECK(rebuilt->equal());
    checkReports(replayed);
}
