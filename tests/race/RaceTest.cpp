// Eight pickers on eight threads, each with its own connection to one store file, work 2,000 orders against
// scarce stock: reserve, plan, pick, pack and ship. The write lock each action takes up front (BEGIN
// IMMEDIATE) is what must make this safe: no over-reservation, no negative stock, every order ends shipped or
// refused with a reason (and a ReservationFailed answer), and the projections rebuilt from the log equal the
// live ones.
#include "TestSupport.h"

#include <QMutex>

#include <atomic>
#include <thread>

using namespace wh;
using namespace wh::test;

namespace {

constexpr int kThreads = 8;
constexpr int kOrders = 2000;
constexpr int kSkus = 10;

struct Outcome
{
    QString orderId;
    bool shipped = false;
    QString refusal; // error code and words when not shipped
};

QString skuCode(int i)
{
    return QStringLiteral("ACME-R%1").arg(i);
}

} // namespace

TEST_CASE("8 pickers on 8 threads never over-reserve scarce stock", "[race][db]")
{
    db::StoreOptions options;
    options.durability = db::StoreOptions::Durability::Normal; // the race, not fsync, is under test
    options.busyTimeoutMs = 30'000;
    test::StoreFixture f(options);
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    std::int64_t totalStock = 0;
    for (int i = 0; i < kSkus; ++i) {
        Sku sku;
        sku.code = skuCode(i);
        sku.weightGrams = 200;
        WH_REQUIRE_OK(f.store().defineSku(acme, f.actor(), sku));
        // Scarce: about half of what the orders will ask for.
        const std::int64_t units = 150 + 10 * i;
        WH_REQUIRE_OK(
            f.store().receive(acme, f.actor(), {sku.code, QStringLiteral("ACME-PICK"), {}, {}, units / 3}));
        WH_REQUIRE_OK(f.store().receive(acme, f.actor(),
                                        {sku.code, QStringLiteral("ACME-BULK"), {}, {}, units - units / 3}));
        totalStock += units;
    }

    WH_REQUIRE_OK(configureShipping(f.store(), acme, f.actor(), 10 * kOrders));

    std::atomic<int> next{0};
    QMutex mutex;
    QList<Outcome> outcomes;
    QStringList failures; // anything that is not a business refusal
    auto picker = [&](int worker) {
        auto opened = db::Store::open(f.path(), [&] {
            db::StoreOptions o = options;
            o.clock = &f.clock();
            return o;
        }());
        if (!opened) {
            QMutexLocker lock(&mutex);
            failures.append(opened.error().toString());
            return;
        }
        db::Store& store = **opened;
        // Each worker's station plays every part, each in its own role: the central service's request (the
        // appliance's system actor), a supervisor releasing the order, a picker, a packer.
        const QString station = QStringLiteral("station-%1").arg(worker);
        const Actor central{QStringLiteral("system"), station, Role::System, {}};
        const Actor supervisor{QStringLiteral("supervisor-%1").arg(worker), station, Role::Supervisor, {}};
        const Actor pickerActor{QStringLiteral("picker-%1").arg(worker), station, Role::Picker, {}};
        const Actor actor{QStringLiteral("packer-%1").arg(worker), station, Role::Packer, {}};
        for (int i = next++; i < kOrders; i = next++) {
            Outcome outcome;
            outcome.orderId = QStringLiteral("SO-%1").arg(i);
            auto fail = [&](const Error& e) {
                outcome.refusal = e.toString();
                if (e.code == ErrorCode::StorageError || e.code == ErrorCode::StorageBusy ||
                    e.code == ErrorCode::StorageCorrupt) {
                    QMutexLocker lock(&mutex);
                    failures.append(outcome.orderId + QStringLiteral(": ") + e.toString());
                }
            };
            Order order;
            order.id = outcome.orderId;
            order.status = OrderStatus::Paid;
            order.shipTo = testAddress(outcome.orderId);
            order.lines = {OrderLine{1, skuCode(i % kSkus), 1 + i % 3, Money::fromMinor(1000)},
                           OrderLine{2, skuCode((i * 7 + 3) % kSkus), 1 + i % 2, Money::fromMinor(1000)}};
            if (order.lines[0].sku == order.lines[1].sku)
                order.lines.removeLast();
            auto reserved = store.reserve(acme, central, order);
            if (!reserved) {
                fail(reserved.error());
            } else if (auto planned =
                           store.planPicking(acme, supervisor, {PickStrategy::Single, 1, {order.id}});
                       !planned) {
                fail(planned.error());
            } else {
                const QString taskId = planned->events.first().aggregateId;
                bool ok = true;
                auto task = store.pickTask(acme, taskId);
                if (!task) {
                    fail(task.error());
                    ok = false;
                }
                for (qsizetype k = 0; ok && k < task->lines.size(); ++k) {
                    const PickTaskLine& l = task->lines[k];
                    auto r =
                        store.confirmPick(acme, pickerActor,
                                          {taskId, l.seqNo, l.key.location, ScannedItem{l.key.sku, {}, {}},
                                           l.quantity, QStringLiteral("TOTE-%1").arg(worker)});
                    if (!r) {
                        fail(r.error());
                        ok = false;
                    }
                }
                if (ok) {
                    // Pack, create the shipment (a tracking number from the shared range), hand it over.
                    auto shipped = packAndShip(store, acme, actor, order.id);
                    if (shipped)
                        outcome.shipped = true;
                    else
                        fail(shipped.error());
                }
            }
            QMutexLocker lock(&mutex);
            outcomes.append(outcome);
        }
    };
    std::vector<std::thread> threads;
    for (int w = 0; w < kThreads; ++w)
        threads.emplace_back(picker, w);
    for (std::thread& t : threads)
        t.join();

    INFO(failures.join(QLatin1Char('\n')).toStdString());
    REQUIRE(failures.isEmpty());
    REQUIRE(outcomes.size() == kOrders);
    int shipped = 0;
    for (const Outcome& o : std::as_const(outcomes)) {
        if (o.shipped) {
            ++shipped;
            continue;
        }
        // Refused orders were refused at reservation, for want of stock, and say so.
        INFO(o.orderId.toStdString() << ": " << o.refusal.toStdString());
        CHECK(o.refusal.startsWith(QStringLiteral("insufficient_stock")));
        CHECK(o.refusal.contains(QStringLiteral("short by")));
    }
    CHECK(shipped > kOrders / 10);
    CHECK(shipped < kOrders); // the stock really was scarce

    auto& c = f.store().connection();
    CHECK(c.queryInt("SELECT count(*) FROM stock WHERE on_hand < 0 OR reserved < 0 OR reserved > on_hand") ==
          0);
    CHECK(c.queryInt("SELECT count(*) FROM reservations WHERE status = 'active'") ==
          0); // all shipped or never made
    CHECK(c.queryInt("SELECT coalesce(sum(reserved), 0) FROM stock") == 0);
    // Conservation: what left equals what was shipped, and what is left plus what left is what came in.
    const std::int64_t left = c.queryInt("SELECT coalesce(sum(picked), 0) FROM allocations").value_or(-1);
    const std::int64_t onHand = c.queryInt("SELECT coalesce(sum(on_hand), 0) FROM stock").value_or(-1);
    CHECK(left + onHand == totalStock);
    CHECK(c.queryInt("SELECT count(*) FROM orders WHERE status = 'Shipped'") == shipped);
    // Refused orders were not registered; each left its ReservationFailed answer, queued for the central
    // service, and nothing else.
    CHECK(c.queryInt("SELECT count(*) FROM orders") == shipped);
    CHECK(c.queryInt("SELECT count(*) FROM events WHERE type = 'ReservationFailed'") == kOrders - shipped);
    CHECK(c.queryInt("SELECT count(*) FROM outbox WHERE type = 'ReservationFailed'") == kOrders - shipped);
    // Every shipment took its own tracking number from the one range, none twice, none skipped.
    CHECK(c.queryInt("SELECT count(DISTINCT tracking_number) FROM shipment_packages") == shipped);
    CHECK(c.queryInt("SELECT next_serial - 1 FROM tracking_ranges") == shipped);

    auto chain = f.store().verifyChain();
    WH_REQUIRE_OK(chain);
    CHECK(chain->intact());
    QTemporaryDir scratch;
    auto rebuilt = f.store().rebuildInto(scratch.filePath(QStringLiteral("rebuilt.db")));
    WH_REQUIRE_OK(rebuilt);
    CHECK(rebuilt->equal());
}
