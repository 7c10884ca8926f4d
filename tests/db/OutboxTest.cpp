// The outbox as the sync engine sees it: pending events in sequence order, each linked to its tenant's
// previous one, leaving only on the central service's acknowledgement - never another tenant's, never
// events that were not sent.
#include "TestSupport.h"

using namespace wh;
using wh::test::dumpDatabase;
using wh::test::StoreFixture;

namespace {

void receive(StoreFixture& f, const TenantContext& t, std::int64_t units)
{
    const QString prefix = t.id().toUpper();
    WH_REQUIRE_OK(f.store().receive(
        t, f.actor(), {prefix + QStringLiteral("-SKU1"), prefix + QStringLiteral("-BULK"), {}, {}, units}));
}

} // namespace

TEST_CASE("pending events come in sequence order, each linked to its tenant's previous one", "[db][outbox]")
{
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    const TenantContext globex = f.addTenant(QStringLiteral("globex"));
    for (int i = 1; i <= 5; ++i) {
        receive(f, acme, i);
        receive(f, globex, i);
    }
    auto pending = f.store().outbox().pendingAfter(0, 1000);
    WH_REQUIRE_OK(pending);
    REQUIRE(pending->size() >= 10);
    QHash<QString, std::int64_t> last;
    std::int64_t previous = 0;
    for (const db::PendingEvent& e : *pending) {
        CHECK(e.seq > previous); // the outbox's order is the log's
        previous = e.seq;
        CHECK(e.prevSeq == last.value(e.tenantId, 0)); // the tenant's chain has no holes
        last[e.tenantId] = e.seq;
        CHECK_FALSE(e.eventId.isEmpty());
        CHECK(e.payload.startsWith('{'));
        CHECK(e.userId == f.actor().userId);
        CHECK(e.deviceId == f.actor().deviceId);
    }
    // Paging continues where the last page stopped.
    auto firstPage = f.store().outbox().pendingAfter(0, 3);
    WH_REQUIRE_OK(firstPage);
    REQUIRE(firstPage->size() == 3);
    auto rest = f.store().outbox().pendingAfter(firstPage->last().seq, 1000);
    WH_REQUIRE_OK(rest);
    CHECK(firstPage->size() + rest->size() == pending->size());
}

TEST_CASE("an acknowledgement removes the tenant's rows up to it, once", "[db][outbox]")
{
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    const TenantContext globex = f.addTenant(QStringLiteral("globex"));
    for (int i = 1; i <= 4; ++i) {
        receive(f, acme, i);
        receive(f, globex, i);
    }
    auto pending = f.store().outbox().pendingAfter(0, 1000);
    WH_REQUIRE_OK(pending);
    QList<std::int64_t> acmeSeqs;
    for (const db::PendingEvent& e : *pending)
        if (e.tenantId == QStringLiteral("acme"))
            acmeSeqs.append(e.seq);
    REQUIRE(acmeSeqs.size() >= 4); // receipts, and low-stock alerts as stock crosses the threshold
    const qsizetype globexPending = pending->size() - acmeSeqs.size();

    auto removed = f.store().outbox().acknowledge(QStringLiteral("acme"), acmeSeqs[1]);
    WH_REQUIRE_OK(removed);
    CHECK(*removed == 2);
    auto state = f.store().outbox().state();
    WH_REQUIRE_OK(state);
    REQUIRE(state->size() == 2);
    CHECK(state->at(0).tenantId == QStringLiteral("acme"));
    CHECK(state->at(0).pending == acmeSeqs.size() - 2);
    CHECK(state->at(0).ackedSeq == acmeSeqs[1]);
    CHECK(state->at(0).lastSeq == acmeSeqs.last());
    CHECK(state->at(0).ackedAt == f.clock().now());
    CHECK(state->at(1).pending == globexPending); // another tenant's rows stay

    // A duplicate or an older acknowledgement changes nothing.
    const QString before = dumpDatabase(f.store().connection());
    auto again = f.store().outbox().acknowledge(QStringLiteral("acme"), acmeSeqs[1]);
    WH_REQUIRE_OK(again);
    CHECK(*again == 0);
    auto older = f.store().outbox().acknowledge(QStringLiteral("acme"), acmeSeqs[0]);
    WH_REQUIRE_OK(older);
    CHECK(*older == 0);
    CHECK(dumpDatabase(f.store().connection()) == before);

    // Beyond what was sent, or for a tenant that sent nothing: refused, nothing changed.
    CHECK(f.store().outbox().acknowledge(QStringLiteral("acme"), acmeSeqs.last() + 1000).error().code ==
          ErrorCode::InvalidArgument);
    CHECK(f.store().outbox().acknowledge(QStringLiteral("initech"), 1).error().code ==
          ErrorCode::UnknownTenant);
    CHECK(dumpDatabase(f.store().connection()) == before);

    // New events keep the chain across the acknowledged part.
    receive(f, acme, 9);
    auto after = f.store().outbox().pendingAfter(acmeSeqs.last(), 1000);
    WH_REQUIRE_OK(after);
    std::int64_t prev = acmeSeqs.last();
    for (const db::PendingEvent& e : *after)
        if (e.tenantId == QStringLiteral("acme")) {
            CHECK(e.prevSeq == prev);
            prev = e.seq;
        }
    CHECK(prev > acmeSeqs.last());
}
