// 100,000 random operations over three tenants, good ones and bad ones mixed. Afterwards no invariant is
// broken, the hash chain is whole, and the projections rebuilt from the log equal the live ones. Every bad
// operation is refused with its own error and leaves no trace in any table.
#include "OrderRules.h"
#include "TestSupport.h"

#include <QHash>
#include <QProcessEnvironment>

#include <random>

#include <sqlite3.h>

using namespace wh;
using wh::test::configureShipping;
using wh::test::packAndShip;
using wh::test::StoreFixture;
using wh::test::testAddress;

namespace {

struct TenantModel
{
    TenantContext ctx;
    QStringList skus;
    QStringList lotTracked;                      // subset of skus
    QStringList allocatable;                     // pick and bulk bins
    QStringList other;                           // receiving and quarantine
    QStringList orders;                          // every order ever reserved
    QHash<QString, std::int64_t> expectedOnHand; // per SKU: received + adjusted - picked
    QSet<QString> touched;                       // SKUs whose sellable stock ever changed
};

class Property
{
public:
    explicit Property(quint32 seed)
        : m_rng(seed)
    {
        db::StoreOptions options;
        // fsync per action is not what this test is about (the durability tests are); NORMAL keeps WAL's
        // atomicity and lets the 100,000 operations run in seconds.
        options.durability = db::StoreOptions::Durability::Normal;
        m_fixture = std::make_unique<StoreFixture>(options);
        for (const char* id : {"north", "south", "east"})
            addTenant(QLatin1String(id));
    }

    void run(int operations)
    {
        for (int i = 0; i < operations; ++i) {
            const qsizetype index = pick(m_tenants.size());
            TenantModel& t = m_tenants[index];
            const int dice = int(pick(100));
            if (dice < 15)
                badOperation(t, m_tenants[(index + 1) % m_tenants.size()], i);
            else if (dice < 35)
                receive(t);
            else if (dice < 43)
                move(t);
            else if (dice < 50)
                adjust(t);
            else if (dice < 62)
                reserve(t, i);
            else if (dice < 66)
                modify(t);
            else if (dice < 69)
                release(t);
            else if (dice < 88)
                pickLine(t);
            else if (dice < 94)
                ship(t);
            else
                changeStatus(t);
        }
    }

    void checkInvariants();

    db::Store& store() { return m_fixture->store(); }
    int refused() const { return m_refused; }
    int applied() const { return m_applied; }
    int modified() const { return m_modified; }
    int tooLate() const { return m_tooLate; }

private:
    qsizetype pick(qsizetype n)
    {
        return qsizetype(std::uniform_int_distribution<qsizetype>(0, n - 1)(m_rng));
    }
    std::int64_t between(std::int64_t lo, std::int64_t hi)
    {
        return std::uniform_int_distribution<std::int64_t>(lo, hi)(m_rng);
    }
    template <typename T> const T& any(const QList<T>& list) { return list[pick(list.size())]; }

    void addTenant(const QString& id)
    {
        auto& s = m_fixture->store();
        const Actor& a = m_fixture->actor();
        WH_REQUIRE_OK(s.registerTenant(Tenant{id, id}, a));
        TenantModel t{TenantContext(id), {}, {}, {}, {}, {}, {}, {}};
        const QString p = id.toUpper();
        for (int b = 0; b < 4; ++b) {
            const Location loc{QStringLiteral("%1-B%2").arg(p).arg(b), QStringLiteral("Z%1").arg(b % 2),
                               b < 2 ? LocationType::Pick : LocationType::Bulk, b};
            WH_REQUIRE_OK(s.defineLocation(t.ctx, a, loc));
            t.allocatable.append(loc.code);
        }
        for (const auto& [suffix, type] :
             {std::pair{"RCV", LocationType::Receiving}, {"QA", LocationType::Quarantine}}) {
            const Location loc{p + QLatin1Char('-') + QLatin1String(suffix), QStringLiteral("DOCK"), type, 0};
            WH_REQUIRE_OK(s.defineLocation(t.ctx, a, loc));
            t.other.append(loc.code);
        }
        for (int k = 0; k < 6; ++k) {
            Sku sku;
            sku.code = QStringLiteral("%1-SKU%2").arg(p).arg(k);
            sku.lotTracked = k >= 4;
            sku.lowStockThreshold = 5 + k * 3;
            sku.weightGrams = 100 + 50 * k;
            WH_REQUIRE_OK(s.defineSku(t.ctx, a, sku));
            t.skus.append(sku.code);
            if (sku.lotTracked)
                t.lotTracked.append(sku.code);
        }
        WH_REQUIRE_OK(configureShipping(s, t.ctx, a));
        m_tenants.append(t);
    }

    QString lotFor(const TenantModel& t, const QString& sku, int variant)
    {
        return t.lotTracked.contains(sku) ? QStringLiteral("LOT%1").arg(variant) : QString();
    }
    QDate expiryFor(const QString& lot)
    {
        // Each lot has one expiry; LOT0 expired before "today", so it must never be allocated.
        if (lot.isEmpty())
            return {};
        return wh::test::fixedNow().date().addDays(lot == QLatin1String("LOT0") ? -3
                                                                                : 30 * lot.mid(3).toInt());
    }

    template <typename R> bool note(const R& result)
    {
        if (result.ok()) {
            ++m_applied;
            return true;
        }
        // A good-looking operation may still be refused for a business reason (not enough stock, wrong
        // state): that is fine, but never for a storage reason.
        INFO(result.error().toString().toStdString());
        REQUIRE(result.error().code != ErrorCode::StorageError);
        REQUIRE(result.error().code != ErrorCode::StorageFull);
        REQUIRE(result.error().code != ErrorCode::StorageBusy);
        ++m_refused;
        return false;
    }

    void receive(TenantModel& t)
    {
        const QString sku = any(t.skus);
        const QString lot = lotFor(t, sku, int(pick(3)));
        const QString where = pick(4) == 0 ? any(t.other) : any(t.allocatable);
        const std::int64_t q = between(1, 40);
        if (note(store().receive(t.ctx, m_fixture->actor(), {sku, where, lot, expiryFor(lot), q}))) {
            t.expectedOnHand[sku] += q;
            t.touched.insert(sku);
        }
    }

    void move(TenantModel& t)
    {
        const QString sku = any(t.skus);
        const QList<StockRecord> rows = store().stockForSku(t.ctx, sku).value();
        if (rows.isEmpty())
            return;
        const StockRecord& row = any(rows);
        const QString to = pick(5) == 0 ? any(t.other) : any(t.allocatable);
        if (to == row.key.location || row.level.available() <= 0)
            return;
        if (note(store().move(t.ctx, m_fixture->actor(),
                              {sku, row.key.location, to, row.key.lot, between(1, row.level.available())})))
            t.touched.insert(sku);
    }

    void adjust(TenantModel& t)
    {
        const QString sku = any(t.skus);
        const QList<StockRecord> rows = store().stockForSku(t.ctx, sku).value();
        if (rows.isEmpty())
            return;
        const StockRecord& row = any(rows);
        const std::int64_t delta =
            pick(2) == 0 ? between(1, 10) : -between(1, std::max<std::int64_t>(1, row.level.available()));
        const AdjustReason reason = delta > 0 ? AdjustReason::Found : AdjustReason::Damaged;
        if (note(store().adjust(t.ctx, m_fixture->actor(),
                                {sku, row.key.location, row.key.lot, {}, delta, reason}))) {
            t.expectedOnHand[sku] += delta;
            t.touched.insert(sku);
        }
    }

    void reserve(TenantModel& t, int i)
    {
        Order order;
        order.id = QStringLiteral("%1-O%2").arg(t.ctx.id()).arg(i);
        order.status = pick(4) == 0 ? OrderStatus::PendingPayment : OrderStatus::Paid;
        order.allowPartial = pick(3) == 0;
        // Now and then an order without an address: it packs, and its shipment is refused.
        if (pick(8) != 0)
            order.shipTo = testAddress(order.id);
        const int lines = int(between(1, 3));
        for (int l = 1; l <= lines; ++l)
            order.lines.append(
                OrderLine{l, any(t.skus), between(1, 8), Money::fromMinor(between(300, 5000))});
        if (!OrderRules::validate(order).ok())
            return;
        auto& c = store().connection();
        const std::int64_t changesBefore = sqlite3_total_changes64(c.handle());
        const auto result = store().reserve(t.ctx, m_fixture->actor(), order);
        if (note(result)) {
            t.orders.append(order.id);
            for (const OrderLine& line : order.lines)
                t.touched.insert(line.sku);
        } else if (result.error().code == ErrorCode::InsufficientStock) {
            checkAnsweredOnly(result.error(), EventType::ReservationFailed, changesBefore);
        }
    }

    // A refusal answered for the central service wrote its one event, its outbox row and the tenant's outbox
    // head, nothing else.
    void checkAnsweredOnly(const Error& error, const QString& type, std::int64_t changesBefore)
    {
        auto& c = store().connection();
        INFO(error.toString().toStdString());
        REQUIRE(error.answer.size() == 1);
        CHECK(error.answer[0].type == type);
        REQUIRE(sqlite3_total_changes64(c.handle()) == changesBefore + 3);
        db::Statement last =
            c.prepare("SELECT e.type, o.event_seq FROM events e LEFT JOIN outbox o ON o.event_seq = "
                      "e.seq ORDER BY e.seq DESC LIMIT 1");
        REQUIRE(last.next());
        CHECK(last.text(0) == type);
        CHECK_FALSE(last.isNull(1));
    }

    // The central service changes an order: allowed before picking, refused (and answered) after it.
    void modify(TenantModel& t)
    {
        if (t.orders.isEmpty())
            return;
        const QString id = any(t.orders);
        const auto before = store().order(t.ctx, id);
        REQUIRE(before.ok());
        ModifyOrder cmd{id, {}, QStringLiteral("customer")};
        const int lines = int(between(1, 3));
        for (int l = 1; l <= lines; ++l)
            cmd.lines.append(OrderLine{l, any(t.skus), between(1, 8), Money::fromMinor(between(300, 5000))});
        Order changed = *before;
        changed.lines = cmd.lines;
        const bool legal = OrderRules::validate(changed).ok();
        const auto reservation = store().reservation(t.ctx, id);
        bool picked = false;
        if (reservation)
            for (const Allocation& a : reservation->allocations)
                picked = picked || a.picked > 0;
        const bool tooLate =
            picked || (before->status != OrderStatus::Draft &&
                       before->status != OrderStatus::PendingPayment && before->status != OrderStatus::Paid);
        auto& c = store().connection();
        const std::int64_t changesBefore = sqlite3_total_changes64(c.handle());
        const QString dumpBefore = (++m_modifies % 1000) == 0 ? wh::test::dumpDatabase(c) : QString();
        const auto result = store().modifyOrder(t.ctx, m_fixture->actor(), cmd);
        if (note(result)) {
            REQUIRE_FALSE(tooLate);
            REQUIRE(legal);
            ++m_modified;
            for (const OrderLine& line : before->lines + cmd.lines)
                t.touched.insert(line.sku);
            CHECK(store().order(t.ctx, id)->lines.size() == cmd.lines.size());
            return;
        }
        const Error& error = result.error();
        INFO(error.toString().toStdString());
        if (tooLate) {
            ++m_tooLate;
            CHECK(error.code == ErrorCode::TooLateToModify);
            checkAnsweredOnly(error, EventType::ModifyRejected, changesBefore);
        } else if (error.code == ErrorCode::InsufficientStock) {
            REQUIRE(legal);
            checkAnsweredOnly(error, EventType::ModifyRejected, changesBefore);
        } else {
            // A broken rule, or lines that change nothing: a plain refusal, not a trace left.
            CHECK((!legal || error.code == ErrorCode::InvalidArgument));
            CHECK(error.answer.isEmpty());
            REQUIRE(sqlite3_total_changes64(c.handle()) == changesBefore);
            if (!dumpBefore.isEmpty())
                REQUIRE(wh::test::dumpDatabase(c) == dumpBefore);
        }
    }

    std::optional<Reservation> activeReservation(TenantModel& t)
    {
        if (t.orders.isEmpty())
            return std::nullopt;
        auto r = store().reservation(t.ctx, any(t.orders));
        if (!r || r->status != ReservationStatus::Active)
            return std::nullopt;
        return std::move(r).value();
    }

    void release(TenantModel& t)
    {
        if (auto r = activeReservation(t);
            r && note(store().release(t.ctx, m_fixture->actor(), {r->orderId, QStringLiteral("test")})))
            for (const Allocation& a : r->allocations)
                t.touched.insert(a.key.sku);
    }

    void pickLine(TenantModel& t)
    {
        auto r = activeReservation(t);
        if (!r)
            return;
        QList<Allocation> open;
        for (const Allocation& a : r->allocations)
            if (a.open() > 0)
                open.append(a);
        if (open.isEmpty())
            return;
        const Allocation& a = any(open);
        const std::int64_t q = between(1, a.open());
        if (note(store().pick(t.ctx, m_fixture->actor(),
                              {r->orderId, a.lineNo, a.key.location, a.key.lot, q})))
            t.expectedOnHand[a.key.sku] -= q;
    }

    void ship(TenantModel& t)
    {
        if (t.orders.isEmpty())
            return;
        const QString id = any(t.orders);
        // The real path: pack (refused until fully picked), create the shipment, hand it over.
        note(packAndShip(store(), t.ctx, m_fixture->actor(), id));
    }

    void changeStatus(TenantModel& t)
    {
        if (t.orders.isEmpty())
            return;
        const QString id = any(t.orders);
        const auto order = store().order(t.ctx, id);
        REQUIRE(order.ok());
        const OrderStatus to = order->status == OrderStatus::PendingPayment ? OrderStatus::Paid
                               : order->status == OrderStatus::Shipped      ? OrderStatus::Delivered
                               : pick(3) == 0                               ? OrderStatus::Cancelled
                                                                            : OrderStatus::Paid;
        if (note(store().changeStatus(t.ctx, m_fixture->actor(), id, to)) && to == OrderStatus::Cancelled)
            for (const OrderLine& line : order->lines)
                t.touched.insert(line.sku);
    }

    void badOperation(TenantModel& t, const TenantModel& other, int i);

    std::mt19937 m_rng;
    std::unique_ptr<StoreFixture> m_fixture;
    QList<TenantModel> m_tenants;
    int m_applied = 0;
    int m_refused = 0;
    int m_bad = 0;
    int m_modifies = 0;
    int m_modified = 0;
    int m_tooLate = 0;
};

void Property::badOperation(TenantModel& t, const TenantModel& other, int i)
{
    const Actor& a = m_fixture->actor();
    auto& c = store().connection();
    const std::int64_t changesBefore = sqlite3_total_changes64(c.handle());
    const std::int64_t headBefore = c.queryInt("SELECT coalesce(max(seq), 0) FROM events").value_or(-1);
    const bool fullCheck = (++m_bad % 500) == 0;
    const QString dumpBefore = fullCheck ? wh::test::dumpDatabase(c) : QString();

    ErrorCode expected = ErrorCode::InvalidArgument;
    Status outcome;
    QString answeredWith; // the event a refusal answered with, for the central service
    auto keep = [&](const auto& r) {
        outcome = r.ok() ? Status() : Status(r.error());
    };
    switch (pick(7)) {
    case 0: // negative quantity
        expected = ErrorCode::NegativeQuantity;
        keep(store().receive(t.ctx, a, {any(t.skus), any(t.allocatable), {}, {}, -between(0, 50)}));
        break;
    case 1: // unknown SKU
        expected = ErrorCode::UnknownSku;
        keep(store().receive(t.ctx, a, {QStringLiteral("NO-SUCH-%1").arg(i), any(t.allocatable), {}, {}, 5}));
        break;
    case 2: // another tenant's bin
        expected = ErrorCode::ForeignTenant;
        keep(store().receive(t.ctx, a, {t.skus[0], any(other.allocatable), {}, {}, 5}));
        break;
    case 3: { // over-reserve: more than the tenant holds in total
        expected = ErrorCode::InsufficientStock;
        Order order;
        order.id = QStringLiteral("%1-X%2").arg(t.ctx.id()).arg(i);
        order.status = OrderStatus::Paid;
        const QString sku = any(t.skus);
        const std::int64_t have = store().sellable(t.ctx, sku).value();
        if (have + 1 > OrderRules::kMaxItems)
            return; // cannot over-reserve within one legal order; another case next time
        order.lines = {
            OrderLine{1, sku, have + 1, Money::fromMinor(OrderRules::kMaxValue.minor() / (have + 1))}};
        keep(store().reserve(t.ctx, a, order));
        answeredWith = EventType::ReservationFailed;
        break;
    }
    case 4: { // over-pick
        expected = ErrorCode::OverPick;
        auto r = activeReservation(t);
        if (!r || r->allocations.isEmpty())
            return;
        const auto order = store().order(t.ctx, r->orderId);
        if (order->status != OrderStatus::Paid && order->status != OrderStatus::Processing)
            return;
        const Allocation& al = any(r->allocations);
        keep(store().pick(t.ctx, a,
                          {r->orderId, al.lineNo, al.key.location, al.key.lot, al.open() + between(1, 5)}));
        break;
    }
    case 5: { // changing an order of another tenant: unknown here
        if (other.orders.isEmpty())
            return;
        expected = ErrorCode::UnknownOrder;
        const QString id = any(other.orders);
        if (t.orders.contains(id))
            return;
        keep(store().modifyOrder(t.ctx, a, {id, {OrderLine{1, any(t.skus), 1, Money::fromMinor(900)}}, {}}));
        break;
    }
    default: // an order over the item limit
        expected = ErrorCode::TooManyItems;
        Order order;
        order.id = QStringLiteral("%1-Y%2").arg(t.ctx.id()).arg(i);
        order.status = OrderStatus::Paid;
        order.lines = {OrderLine{1, any(t.skus), 30, Money::fromMinor(100)},
                       OrderLine{2, any(t.skus), 21, Money::fromMinor(100)}};
        keep(store().reserve(t.ctx, a, order));
        break;
    }
    INFO("bad operation " << i);
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.error().code == expected);
    CHECK_FALSE(outcome.error().message.isEmpty());
    if (!answeredWith.isEmpty()) {
        // The answer and its outbox row, and nothing else.
        CHECK(outcome.error().answer.size() == 1);
        REQUIRE(sqlite3_total_changes64(c.handle()) == changesBefore + 3);
        REQUIRE(c.queryInt("SELECT coalesce(max(seq), 0) FROM events") == headBefore + 1);
        ++m_refused;
        return;
    }
    CHECK(outcome.error().answer.isEmpty());
    // No trace: not one row inserted, updated or deleted, the log's head unchanged.
    REQUIRE(sqlite3_total_changes64(c.handle()) == changesBefore);
    REQUIRE(c.queryInt("SELECT coalesce(max(seq), 0) FROM events") == headBefore);
    if (fullCheck)
        REQUIRE(wh::test::dumpDatabase(c) == dumpBefore);
    ++m_refused;
}

void Property::checkInvariants()
{
    auto& c = store().connection();
    // The stock invariant, row by row (the schema's CHECK guards it too; this proves nothing slipped by).
    CHECK(c.queryInt("SELECT count(*) FROM stock WHERE on_hand < 0 OR reserved < 0 OR reserved > on_hand") ==
          0);
    CHECK(c.queryInt("SELECT count(*) FROM stock WHERE available <> on_hand - reserved") == 0);
    // Reserved stock is exactly what active reservations still hold.
    CHECK(
        c.queryInt(
            "SELECT count(*) FROM stock s WHERE s.reserved <> (SELECT coalesce(sum(a.quantity - a.picked), "
            "0) "
            "FROM allocations a JOIN reservations r ON r.tenant_id = a.tenant_id AND r.order_id = a.order_id "
            "WHERE r.status = 'active' AND a.tenant_id = s.tenant_id AND a.sku = s.sku "
            "AND a.location = s.location AND a.lot = s.lot)") == 0);
    CHECK(c.queryInt(
              "SELECT count(*) FROM allocations a JOIN reservations r USING (tenant_id, order_id) "
              "WHERE r.status = 'active' AND a.quantity > a.picked AND NOT EXISTS (SELECT 1 FROM stock s "
              "WHERE s.tenant_id = a.tenant_id AND s.sku = a.sku AND s.location = a.location AND s.lot = "
              "a.lot)") == 0);
    // Every row lies in a bin of its own tenant.
    CHECK(c.queryInt("SELECT count(*) FROM stock s JOIN locations l ON l.code = s.location WHERE l.tenant_id "
                     "<> s.tenant_id") == 0);
    CHECK(c.queryInt("SELECT count(*) FROM allocations a JOIN locations l ON l.code = a.location WHERE "
                     "l.tenant_id <> a.tenant_id") == 0);
    // Expired lots were never allocated.
    CHECK(c.queryInt("SELECT count(*) FROM allocations WHERE lot = 'LOT0'") == 0);
    // Shipped orders were picked in full (a part shipment: what was reserved) and consumed their reservation.
    CHECK(c.queryInt(
              "SELECT count(*) FROM orders o WHERE o.status IN ('Shipped', 'Delivered') AND (SELECT status "
              "FROM "
              "reservations r WHERE r.tenant_id = o.tenant_id AND r.order_id = o.order_id) <> 'consumed'") ==
          0);
    CHECK(
        c.queryInt(
            "SELECT count(*) FROM order_lines l JOIN orders o USING (tenant_id, order_id) WHERE o.status IN "
            "('Shipped', 'Delivered') AND (CASE o.allow_partial WHEN 0 THEN l.quantity ELSE (SELECT "
            "coalesce(sum(quantity), 0) FROM allocations a WHERE a.tenant_id = l.tenant_id AND a.order_id = "
            "l.order_id AND a.line_no = l.line_no) END) <> (SELECT coalesce(sum(picked), 0) FROM allocations "
            "a "
            "WHERE a.tenant_id = l.tenant_id AND a.order_id = l.order_id AND a.line_no = l.line_no)") == 0);
    // An order's projection carries its current lines: the count and value follow the last modification.
    CHECK(c.queryInt("SELECT count(*) FROM orders o WHERE o.item_count <> (SELECT sum(quantity) FROM "
                     "order_lines l WHERE l.tenant_id = o.tenant_id AND l.order_id = o.order_id)") == 0);
    // Shipped orders went through the real path: a confirmed shipment, and cartons holding exactly the
    // picked units; no tracking number was handed out twice.
    CHECK(c.queryInt(
              "SELECT count(*) FROM orders o WHERE o.status IN ('Shipped', 'Delivered') AND NOT EXISTS "
              "(SELECT 1 FROM shipments s WHERE s.tenant_id = o.tenant_id AND s.order_id = o.order_id AND "
              "s.status = 'confirmed')") == 0);
    CHECK(c.queryInt(
              "SELECT count(*) FROM orders o WHERE o.status IN ('Shipped', 'Delivered') AND "
              "(SELECT coalesce(sum(picked), 0) FROM allocations a WHERE a.tenant_id = o.tenant_id AND "
              "a.order_id = o.order_id) <> (SELECT coalesce(sum(k.quantity), 0) FROM pack_contents k JOIN "
              "pack_cartons p USING (tenant_id, carton_id) WHERE p.tenant_id = o.tenant_id AND p.order_id = "
              "o.order_id)") == 0);
    CHECK(c.queryInt("SELECT count(*) - count(DISTINCT tracking_number) FROM shipment_packages") == 0);
    CHECK(c.queryInt("SELECT count(*) FROM shipments WHERE status = 'confirmed'") > 0);
    // The outbox holds exactly the cloud-bound events.
    const std::int64_t cloudBound =
        c.queryInt("SELECT count(*) FROM events WHERE type IN ('StockReceived', "
                   "'StockAdjusted', 'InventoryReserved', 'ReservationReleased', "
                   "'StockPicked', 'ShipmentCreated', 'OrderStatusChanged', 'LowStock', "
                   "'LowStockCleared', 'ReservationFailed', 'OrderModified', 'ModifyRejected', 'Packed', "
                   "'ShipmentConfirmed', 'TrackingRangeLow', 'ShipmentVoided')")
            .value_or(-1);
    CHECK(c.queryInt("SELECT count(*) FROM outbox") == cloudBound);
    CHECK(c.queryInt("SELECT count(*) FROM outbox o JOIN events e ON e.seq = o.event_seq WHERE e.tenant_id "
                     "<> o.tenant_id") == 0);

    for (const TenantModel& t : m_tenants) {
        for (const QString& sku : t.skus) {
            INFO(sku.toStdString());
            // Conservation: what is on hand is what came in, minus what left, plus corrections.
            std::int64_t onHand = 0;
            const auto rows = store().stockForSku(t.ctx, sku);
            REQUIRE(rows.ok());
            for (const StockRecord& r : *rows)
                onHand += r.level.onHand;
            CHECK(onHand == t.expectedOnHand.value(sku));
            // Low-stock state matches the sellable quantity for every SKU that has moved.
            const auto threshold = store().sku(t.ctx, sku)->lowStockThreshold;
            const bool low = store().sellable(t.ctx, sku).value() < threshold;
            if (t.touched.contains(sku))
                CHECK(store().lowStockFlagged(t.ctx, sku).value() == low);
        }
    }
}

} // namespace

TEST_CASE("100,000 random operations over three tenants keep every invariant", "[property][db]")
{
    const QString seedText = qEnvironmentVariable("WH_PROPERTY_SEED");
    const quint32 seed = seedText.isEmpty() ? std::random_device{}() : seedText.toUInt();
    const int operations = qEnvironmentVariableIntValue("WH_PROPERTY_OPERATIONS") > 0
                               ? qEnvironmentVariableIntValue("WH_PROPERTY_OPERATIONS")
                               : 100'000;
    INFO("seed " << seed << " (WH_PROPERTY_SEED=" << seed << " repeats this run)");
    std::printf("property test: seed %u, %d operations\n", seed, operations);
    Property property(seed);
    property.run(operations);
    std::printf("property test: %d applied, %d refused\n", property.applied(), property.refused());
    std::printf("property test: %d modifications applied, %d too late\n", property.modified(),
                property.tooLate());
    CHECK(property.applied() > operations / 3);
    if (operations >= 10'000) { // enough for the mix to reach both sides of a modification
        CHECK(property.modified() > 0);
        CHECK(property.tooLate() > 0);
    }
    property.checkInvariants();

    auto chain = property.store().verifyChain();
    WH_REQUIRE_OK(chain);
    CHECK(chain->intact());
    QTemporaryDir scratch;
    auto rebuilt = property.store().rebuildInto(scratch.filePath(QStringLiteral("rebuilt.db")));
    WH_REQUIRE_OK(rebuilt);
    for (const db::TableDifference& d : rebuilt->differences)
        UNSCOPED_INFO(d.table.toStdString()
                      << ": " << d.onlyLive << " live-only, " << d.onlyRebuilt << " rebuilt-only");
    CHECK(rebuilt->equal());
    CHECK(rebuilt->eventsReplayed == chain->eventsChecked);
}
