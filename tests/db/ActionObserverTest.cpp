// The store's hook for /metrics: every action and every command reports its kind, its outcome and its time
// once, from the thread that ran it; with no observer nothing is reported. And the store's gauges.
#include "ActionObserver.h"
#include "TestSupport.h"

#include <mutex>
#include <thread>

using namespace wh;
using wh::test::StoreFixture;

namespace {

struct Seen
{
    Permission kind;
    ActionOutcome outcome;
    std::chrono::nanoseconds elapsed;
};

class RecordingObserver : public ActionObserver
{
public:
    RecordingObserver() { setActionObserver(this); }
    ~RecordingObserver() override { setActionObserver(nullptr); }

    void actionFinished(Permission kind, ActionOutcome outcome, std::chrono::nanoseconds elapsed) override
    {
        std::lock_guard lock(m_mutex);
        m_seen.push_back({kind, outcome, elapsed});
    }
    std::vector<Seen> take()
    {
        std::lock_guard lock(m_mutex);
        return std::exchange(m_seen, {});
    }

private:
    std::mutex m_mutex;
    std::vector<Seen> m_seen;
};

Order smallOrder(const QString& id, std::int64_t quantity)
{
    Order order;
    order.id = id;
    order.status = OrderStatus::Paid;
    order.lines = {OrderLine{1, QStringLiteral("ACME-SKU1"), quantity, Money::fromMinor(1000)}};
    return order;
}

} // namespace

TEST_CASE("every store action reports its kind, outcome and time to the observer once", "[db][metrics]")
{
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    RecordingObserver observer;

    WH_REQUIRE_OK(f.store().receive(acme, f.actor(),
                                    {QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-PICK"), {}, {}, 40}));
    std::vector<Seen> seen = observer.take();
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].kind == Permission::Receive);
    CHECK(seen[0].outcome == ActionOutcome::Committed);
    CHECK(seen[0].elapsed.count() > 0);

    // A business rule says no: refused (the store is as it was).
    CHECK_FALSE(f.store().receive(acme, f.actor(),
                                  {QStringLiteral("NO-SUCH-SKU"), QStringLiteral("ACME-PICK"), {}, {}, 1}));
    seen = observer.take();
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].kind == Permission::Receive);
    CHECK(seen[0].outcome == ActionOutcome::Refused);

    // A role without the permission: refused under the action's kind.
    const Actor picker{QStringLiteral("pia"), QStringLiteral("test-station"), Role::Picker, {}};
    CHECK_FALSE(f.store().receive(acme, picker,
                                  {QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-PICK"), {}, {}, 1}));
    seen = observer.take();
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].outcome == ActionOutcome::Refused);

    // The central service's commands: applied, the same again (a duplicate), refused.
    const Order order = smallOrder(QStringLiteral("SO-1"), 3);
    auto reserve = [&](Inventory& inv) {
        return inv.reserve(order);
    };
    WH_REQUIRE_OK(f.store().applyCommand(acme, QStringLiteral("cmd-1"), QStringLiteral("ReserveInventory"),
                                         f.actor(), reserve));
    WH_REQUIRE_OK(f.store().applyCommand(acme, QStringLiteral("cmd-1"), QStringLiteral("ReserveInventory"),
                                         f.actor(), reserve));
    const Order tooBig = smallOrder(QStringLiteral("SO-2"), 500);
    auto refused = f.store().applyCommand(acme, QStringLiteral("cmd-2"), QStringLiteral("ReserveInventory"),
                                          f.actor(), [&](Inventory& inv) { return inv.reserve(tooBig); });
    WH_REQUIRE_OK(refused);
    CHECK_FALSE(refused->applied);
    seen = observer.take();
    REQUIRE(seen.size() == 3);
    for (const Seen& s : seen)
        CHECK(s.kind == Permission::OrderCommands);
    CHECK(seen[0].outcome == ActionOutcome::Committed);
    CHECK(seen[1].outcome == ActionOutcome::Duplicate);
    CHECK(seen[2].outcome == ActionOutcome::Refused);

    // The store cannot write: failed, not refused.
    f.reopen(db::StoreOptions{.readOnly = true});
    CHECK_FALSE(f.store().receive(acme, f.actor(),
                                  {QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-PICK"), {}, {}, 1}));
    seen = observer.take();
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].outcome == ActionOutcome::Failed);
    CHECK(actionOutcomeName(ActionOutcome::Failed) == QStringLiteral("failed"));
}

TEST_CASE("with no observer set, actions report nothing - and a store on another thread reports from there",
          "[db][metrics]")
{
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    {
        RecordingObserver observer;
        std::thread worker([&] {
            auto other = db::Store::open(f.path());
            REQUIRE(other);
            for (int i = 0; i < 5; ++i)
                REQUIRE((*other)->receive(
                    acme, f.actor(), {QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-PICK"), {}, {}, 1}));
        });
        WH_REQUIRE_OK(f.store().receive(
            acme, f.actor(), {QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-PICK"), {}, {}, 1}));
        worker.join();
        CHECK(observer.take().size() == 6);
    }
    CHECK(actionObserver() == nullptr);
    WH_REQUIRE_OK(f.store().receive(acme, f.actor(),
                                    {QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-PICK"), {}, {}, 1}));
    RecordingObserver later;
    CHECK(later.take().empty()); // the action before it was set reached nobody
}

TEST_CASE("the store's gauges: low stock per tenant, tracking numbers left per range, dead letters",
          "[db][metrics]")
{
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    const TenantContext globex = f.addTenant(QStringLiteral("globex"));
    WH_REQUIRE_OK(wh::test::configureShipping(f.store(), acme, f.actor(), 1000, 10));

    auto gauges = f.store().gauges();
    WH_REQUIRE_OK(gauges);
    REQUIRE(gauges->tenants.size() == 2);
    CHECK(gauges->tenants[0].tenantId == QStringLiteral("acme"));
    CHECK(gauges->tenants[1].tenantId == QStringLiteral("globex"));
    const std::int64_t lowBefore = gauges->tenants[0].lowStockSkus;
    REQUIRE(gauges->ranges.size() == 1);
    CHECK(gauges->ranges[0].tenantId == QStringLiteral("acme"));
    CHECK(gauges->ranges[0].carrier == QStringLiteral("UPS"));
    CHECK(gauges->ranges[0].remaining == 1000);
    CHECK(gauges->ranges[0].lowWaterMark == 10);
    CHECK(gauges->deadLetters == 0);

    // The counts follow the projection's rows: two SKUs flagged, one not, and a dead letter.
    REQUIRE(
        f.store()
            .connection()
            .execScript(QStringLiteral(
                "INSERT INTO low_stock VALUES ('acme', 'LOW-1', 1, 0, 5, 10, 1), ('acme', 'LOW-2', 1, 1, 5, "
                "10, 1), ('acme', 'FINE-1', 0, 50, 5, 10, 1)"))
            .ok());
    db::DeadLetter letter;
    letter.tenantId = globex.id();
    letter.commandId = QStringLiteral("cmd-bad");
    letter.kind = QStringLiteral("malformed");
    letter.reason = QStringLiteral("not JSON");
    letter.topic = QStringLiteral("wh/wh-1/globex/commands");
    letter.message = "{";
    WH_REQUIRE_OK(f.store().deadLetter(letter));
    gauges = f.store().gauges();
    WH_REQUIRE_OK(gauges);
    CHECK(gauges->tenants[0].lowStockSkus == lowBefore + 2);
    CHECK(gauges->tenants[1].lowStockSkus == 0);
    CHECK(gauges->deadLetters == 1);
}
