// 50,000 random inbound, outbound and stock-control actions over three tenants. Afterwards the stock adds up
// three ways: the test's own tally, the event log read as a ledger (received, returned, shipped, scrapped,
// adjusted), and the projections; the projections rebuilt from the log equal the live ones; and no tenant's
// stock ever moved through another tenant's action.
#include "CsvImport.h"
#include "OrderRules.h"
#include "SqlImport.h"
#include "TestSupport.h"

#include <QHash>
#include <QJsonArray>

#include <random>

using namespace wh;
using wh::test::configureShipping;
using wh::test::packAndShip;
using wh::test::StoreFixture;
using wh::test::testAddress;

namespace {

// Units of one SKU by what happened to them, read from the log alone.
struct Ledger
{
    std::int64_t received = 0; // receipts, opening stock
    std::int64_t returned = 0; // customer returns taken back into stock (restocked or quarantined)
    std::int64_t adjusted = 0; // found, lost, damaged, expired, count corrections (signed)
    std::int64_t scrapped = 0; // destroyed on purpose
    std::int64_t picked = 0;   // taken from bins for orders
    std::int64_t putBack = 0;  // picked units of cancelled orders returned to bins
    std::int64_t shipped = 0;  // units in parcels handed over to the carrier

    // What the bins must hold.
    std::int64_t inBins() const { return received + returned + adjusted - scrapped - picked + putBack; }
    // Picked and not yet out of the door or back in a bin: in totes and cartons.
    std::int64_t inFlight() const { return picked - putBack - shipped; }
};

struct TenantModel
{
    TenantContext ctx{QString()};
    QStringList skus;
    QStringList lotTracked;
    QStringList bins;  // pick and bulk
    QStringList docks; // receiving
    QString quarantine;
    QStringList orders;
    QStringList shippedOrders;
    QHash<QString, std::int64_t> expected; // per SKU: in bins + in flight, by the test's own count
};

using LedgerKey = QPair<QString, QString>; // tenant, SKU

class Reconciliation
{
public:
    explicit Reconciliation(quint32 seed)
        : m_rng(seed)
    {
        db::StoreOptions options;
        options.durability = db::StoreOptions::Durability::Normal; // durability has its own tests
        m_fixture = std::make_unique<StoreFixture>(options);
        for (const char* id : {"alpha", "beta", "gamma"})
            addTenant(QLatin1String(id));
    }

    void run(int actions)
    {
        for (int i = 0; i < actions; ++i) {
            const qsizetype index = pick(m_tenants.size());
            TenantModel& t = m_tenants[index];
            const int dice = int(pick(100));
            if (dice < 6)
                foreign(t, m_tenants[(index + 1) % m_tenants.size()], i);
            else if (dice < 12)
                receive(t);
            else if (dice < 22)
                receipt(t, i);
            else if (dice < 28)
                putaway(t);
            else if (dice < 32)
                move(t);
            else if (dice < 36)
                adjust(t);
            else if (dice < 48)
                reserve(t, i);
            else if (dice < 62)
                pickLine(t);
            else if (dice < 70)
                ship(t);
            else if (dice < 74)
                cancel(t);
            else if (dice < 78)
                putBack(t);
            else if (dice < 82)
                count(t);
            else if (dice < 85)
                scrap(t);
            else if (dice < 88)
                quarantine(t);
            else if (dice < 90)
                release(t);
            else if (dice < 94)
                customerReturn(t);
            else if (dice < 99)
                replenish(t);
            else
                note(store().takeSnapshot(t.ctx, actor()));
        }
    }

    // The log read as a ledger, per tenant and SKU.
    QHash<LedgerKey, Ledger> ledgerFromLog()
    {
        QHash<LedgerKey, Ledger> ledger;
        // Packed units per order, shipped when its shipment is handed over.
        QHash<LedgerKey, QHash<QString, std::int64_t>> packed; // (tenant, order) -> SKU -> units
        const auto status = store().forEachEvent(1, [&](const RecordedEvent& e) {
            const QJsonObject p = e.payloadObject();
            const auto q = [&](const char* field) {
                return p.value(QLatin1String(field)).toInteger();
            };
            const auto at = [&](const QString& sku) -> Ledger& {
                return ledger[{e.tenantId, sku}];
            };
            const QString sku = p.value(QLatin1String("sku")).toString();
            if (e.type == EventType::StockReceived)
                at(sku).received += q("quantity");
            else if (e.type == EventType::StockAdjusted)
                at(sku).adjusted += q("delta");
            else if (e.type == EventType::StockPicked)
                at(sku).picked += q("quantity");
            else if (e.type == EventType::StockPutBack)
                at(sku).putBack += q("quantity");
            else if (e.type == EventType::StockScrapped)
                at(sku).scrapped += q("quantity");
            else if (e.type == EventType::ReturnItemReceived &&
                     p.value(QLatin1String("disposition")).toString() != QLatin1String("scrap"))
                at(sku).returned += q("quantity");
            else if (e.type == EventType::ItemPacked)
                packed[{e.tenantId, p.value(QLatin1String("orderId")).toString()}][sku] += q("quantity");
            else if (e.type == EventType::ShipmentConfirmed) {
                const auto units = packed.take({e.tenantId, p.value(QLatin1String("orderId")).toString()});
                for (auto it = units.begin(); it != units.end(); ++it)
                    at(it.key()).shipped += it.value();
            }
            return true;
        });
        REQUIRE(status.ok());
        return ledger;
    }

    void check()
    {
        auto& c = store().connection();
        const QHash<LedgerKey, Ledger> ledger = ledgerFromLog();
        std::int64_t checked = 0;
        for (const TenantModel& t : m_tenants) {
            for (const QString& sku : t.skus) {
                INFO(t.ctx.id().toStdString() << " " << sku.toStdString());
                const Ledger l = ledger.value({t.ctx.id(), sku});
                // The projection: units in this tenant's bins.
                db::Statement bins = c.prepare(
                    "SELECT coalesce(sum(on_hand), 0) FROM stock WHERE tenant_id = ?1 AND sku = ?2");
                bins.bind(1, t.ctx.id()).bind(2, sku);
                REQUIRE(bins.next());
                const std::int64_t onHand = bins.int64(0);
                // The projection: units picked for orders that have not left (cancelled ones included, less
                // what was put back).
                db::Statement flight = c.prepare(
                    "SELECT (SELECT coalesce(sum(a.picked), 0) FROM allocations a JOIN orders o USING "
                    "(tenant_id, order_id) WHERE a.tenant_id = ?1 AND a.sku = ?2 AND o.status NOT IN "
                    "('Shipped', 'Delivered')) - (SELECT coalesce(sum(put_back), 0) FROM put_backs WHERE "
                    "tenant_id = ?1 AND sku = ?2)");
                flight.bind(1, t.ctx.id()).bind(2, sku);
                REQUIRE(flight.next());
                const std::int64_t inFlight = flight.int64(0);

                CHECK(onHand == l.inBins());
                CHECK(inFlight == l.inFlight());
                // The reconciliation: on hand (wherever it is inside the building) equals received -
                // shipped - scrapped +/- adjustments, returns counting as received back.
                CHECK(onHand + inFlight == l.received + l.returned - l.shipped - l.scrapped + l.adjusted);
                CHECK(onHand + inFlight == t.expected.value(sku));
                ++checked;
            }
        }
        CHECK(checked == 3 * 8);
        // Nothing of one tenant lies in another's bin or was counted in another's ledger.
        CHECK(c.queryInt("SELECT count(*) FROM stock s JOIN locations l ON l.code = s.location WHERE "
                         "l.tenant_id <> s.tenant_id") == 0);
        for (auto it = ledger.begin(); it != ledger.end(); ++it)
            CHECK(it.key().second.startsWith(it.key().first.toUpper() + QLatin1Char('-')));
    }

    db::Store& store() { return m_fixture->store(); }
    int applied() const { return m_applied; }
    int refused() const { return m_refused; }
    int shipped() const { return m_shipped; }
    int foreignRefused() const { return m_foreign; }

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
    const Actor& actor() const { return m_fixture->actor(); }

    template <typename R> bool note(const R& result)
    {
        if (result.ok()) {
            ++m_applied;
            return true;
        }
        // A business refusal is part of the mix (not enough stock, wrong state); a storage failure never is.
        INFO(result.error().toString().toStdString());
        REQUIRE(result.error().code != ErrorCode::StorageError);
        REQUIRE(result.error().code != ErrorCode::StorageCorrupt);
        REQUIRE(result.error().code != ErrorCode::StorageBusy);
        REQUIRE(result.error().code != ErrorCode::StorageFull);
        ++m_refused;
        return false;
    }

    void addTenant(const QString& id)
    {
        auto& s = store();
        WH_REQUIRE_OK(s.registerTenant(Tenant{id, id}, actor()));
        TenantModel t;
        t.ctx = TenantContext(id);
        const QString p = id.toUpper();
        for (int b = 0; b < 6; ++b) {
            const Location loc{QStringLiteral("%1-B%2").arg(p).arg(b), QStringLiteral("Z%1").arg(b % 2),
                               b < 3 ? LocationType::Pick : LocationType::Bulk, b};
            WH_REQUIRE_OK(s.defineLocation(t.ctx, actor(), loc));
            t.bins.append(loc.code);
        }
        for (int d = 0; d < 2; ++d) {
            const Location dock{QStringLiteral("%1-RCV%2").arg(p).arg(d), QStringLiteral("DOCK"),
                                LocationType::Receiving, 0};
            WH_REQUIRE_OK(s.defineLocation(t.ctx, actor(), dock));
            t.docks.append(dock.code);
        }
        t.quarantine = p + QStringLiteral("-QA");
        WH_REQUIRE_OK(s.defineLocation(
            t.ctx, actor(), Location{t.quarantine, QStringLiteral("DOCK"), LocationType::Quarantine, 0}));
        for (int k = 0; k < 8; ++k) {
            Sku sku;
            sku.code = QStringLiteral("%1-SKU%2").arg(p).arg(k);
            sku.gtin = QString();
            sku.lotTracked = k >= 6;
            sku.lowStockThreshold = 4 + k;
            sku.weightGrams = 100 + 40 * k;
            sku.lengthMm = sku.widthMm = sku.heightMm = 50;
            sku.unitCostMinor = 250 + 100 * k;
            WH_REQUIRE_OK(s.defineSku(t.ctx, actor(), sku));
            t.skus.append(sku.code);
            if (sku.lotTracked)
                t.lotTracked.append(sku.code);
        }
        // B0 is SKU0's pick face, refilled from bulk below 5 up to 30.
        Location face{t.bins[0], QStringLiteral("Z0"), LocationType::Pick, 0};
        face.replenishSku = t.skus[0];
        face.minQuantity = 5;
        face.maxQuantity = 30;
        WH_REQUIRE_OK(s.defineLocation(t.ctx, actor(), face));
        WH_REQUIRE_OK(s.setCountTolerance(t.ctx, actor(), CountTolerance{2, 1000}));
        WH_REQUIRE_OK(configureShipping(s, t.ctx, actor(), 100000));
        // Opening stock from a CSV file: received stock like any other.
        QByteArray csv = "sku,location,quantity,lot,expiry\n";
        for (int k = 0; k < 6; ++k) {
            csv += QStringLiteral("%1,%2,%3,,\n").arg(t.skus[k], t.bins[3 + k % 3]).arg(20 + k).toUtf8();
            t.expected[t.skus[k]] += 20 + k;
        }
        auto imported = s.importCsv(t.ctx, actor(), ImportKind::Stock, csv);
        WH_REQUIRE_OK(imported);
        REQUIRE(imported->errors.isEmpty());
        REQUIRE(imported->imported == 6);
        m_tenants.append(t);
    }

    QString lotFor(const TenantModel& t, const QString& sku)
    {
        return t.lotTracked.contains(sku) ? QStringLiteral("L%1").arg(pick(3)) : QString();
    }
    static QDate expiryFor(const QString& lot)
    {
        if (lot.isEmpty())
            return {};
        // One expiry per lot; L0 has expired already, so it is never allocated.
        const int n = lot.mid(1).toInt();
        return wh::test::fixedNow().date().addDays(n == 0 ? -2 : 40 * n);
    }

    void receive(TenantModel& t)
    {
        const QString sku = any(t.skus);
        const QString lot = lotFor(t, sku);
        const QString where = pick(3) == 0 ? any(t.docks) : any(t.bins);
        const std::int64_t q = between(1, 30);
        if (note(store().receive(t.ctx, actor(), {sku, where, lot, expiryFor(lot), q})))
            t.expected[sku] += q;
    }

    std::optional<StockRecord> anyRow(TenantModel& t)
    {
        const QList<StockRecord> rows = store().stockForSku(t.ctx, any(t.skus)).value();
        if (rows.isEmpty())
            return std::nullopt;
        return any(rows);
    }

    void move(TenantModel& t)
    {
        const auto row = anyRow(t);
        if (!row || row->level.available() <= 0)
            return;
        const QString to = any(t.bins);
        if (to == row->key.location)
            return;
        note(store().move(
            t.ctx, actor(),
            {row->key.sku, row->key.location, to, row->key.lot, between(1, row->level.available())}));
    }

    void adjust(TenantModel& t)
    {
        const auto row = anyRow(t);
        if (!row)
            return;
        const bool up = pick(2) == 0;
        const std::int64_t delta =
            up ? between(1, 6) : -between(1, std::max<std::int64_t>(1, row->level.available()));
        const AdjustReason reason = up ? AdjustReason::Found : AdjustReason::Damaged;
        if (note(store().adjust(t.ctx, actor(),
                                {row->key.sku, row->key.location, row->key.lot, {}, delta, reason})))
            t.expected[row->key.sku] += delta;
    }

    void reserve(TenantModel& t, int i)
    {
        Order order;
        order.id = QStringLiteral("%1-O%2").arg(t.ctx.id()).arg(i);
        order.status = OrderStatus::Paid;
        order.allowPartial = pick(4) == 0;
        order.shipTo = testAddress(order.id);
        const int lines = int(between(1, 3));
        for (int l = 1; l <= lines; ++l)
            order.lines.append(
                OrderLine{l, any(t.skus), between(1, 6), Money::fromMinor(between(500, 4000))});
        if (!OrderRules::validate(order).ok())
            return;
        if (note(store().reserve(t.ctx, actor(), order)))
            t.orders.append(order.id);
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

    void pickLine(TenantModel& t)
    {
        const auto r = activeReservation(t);
        if (!r)
            return;
        const auto order = store().order(t.ctx, r->orderId);
        if (!order || (order->status != OrderStatus::Paid && order->status != OrderStatus::Processing))
            return;
        for (const Allocation& a : r->allocations) {
            if (a.open() <= 0)
                continue;
            // Mostly the whole line, so orders reach the packing bench.
            const std::int64_t q = pick(4) == 0 ? between(1, a.open()) : a.open();
            note(store().pick(t.ctx, actor(), {r->orderId, a.lineNo, a.key.location, a.key.lot, q}));
            return;
        }
    }

    void ship(TenantModel& t)
    {
        if (t.orders.isEmpty())
            return;
        const QString id = any(t.orders);
        const auto order = store().order(t.ctx, id);
        if (!order || order->status != OrderStatus::Processing)
            return;
        const auto r = store().reservation(t.ctx, id);
        if (!r)
            return;
        if (!note(packAndShip(store(), t.ctx, actor(), id)))
            return;
        ++m_shipped;
        t.shippedOrders.append(id);
        for (const Allocation& a : r->allocations) // every picked unit leaves in the parcels
            t.expected[a.key.sku] -= a.picked;
    }

    // The central service cancels: a reserved order lets its stock go, a picked one leaves put-back work.
    void cancel(TenantModel& t)
    {
        if (t.orders.isEmpty())
            return;
        const QString id = any(t.orders);
        const auto order = store().order(t.ctx, id);
        if (!order || order->status == OrderStatus::Cancelled || order->status == OrderStatus::Shipped ||
            order->status == OrderStatus::Delivered)
            return;
        note(store().cancelOrder(t.ctx, actor(), id, QStringLiteral("customer")));
    }

    void putBack(TenantModel& t)
    {
        auto& c = store().connection();
        db::Statement open = c.prepare("SELECT order_id, sku, lot, quantity - put_back FROM put_backs WHERE "
                                       "tenant_id = ?1 AND quantity > put_back LIMIT 1");
        open.bind(1, t.ctx.id());
        if (!open.next())
            return;
        const PutBack cmd{open.text(0), open.text(1), open.text(2), any(t.bins), between(1, open.int64(3))};
        note(store().putBack(t.ctx, actor(), cmd));
    }

    // Units a store action put into or took out of stock by adjustment, read from the events it wrote.
    void absorbAdjustments(TenantModel& t, std::int64_t afterSeq)
    {
        const auto status = store().forEachEvent(afterSeq + 1, [&](const RecordedEvent& e) {
            if (e.type == EventType::StockAdjusted)
                t.expected[e.payloadObject().value(QLatin1String("sku")).toString()] +=
                    e.payloadObject().value(QLatin1String("delta")).toInteger();
            return true;
        });
        REQUIRE(status.ok());
    }
    std::int64_t head()
    {
        return store().connection().queryInt("SELECT coalesce(max(seq), 0) FROM events").value_or(-1);
    }

    // A receipt at the dock, blind: a few scans (now and then an item nobody knows), then posted.
    void receipt(TenantModel& t, int i)
    {
        auto opened = store().openReceipt(t.ctx, actor(), {any(t.docks), {}});
        if (!note(opened))
            return;
        const QString receiptId =
            opened->events.first().payloadObject().value(QLatin1String("receiptId")).toString();
        QHash<QString, std::int64_t> scanned;
        const int scans = int(between(1, 3));
        for (int n = 0; n < scans; ++n) {
            if (pick(10) == 0) { // an unknown item: a discrepancy, never stock
                note(store().scanReceipt(
                    t.ctx, actor(),
                    {receiptId, {}, QStringLiteral("NEW-%1-%2").arg(i).arg(n), {}, {}, {}, 1}));
                continue;
            }
            const QString sku = any(t.skus);
            const QString lot = lotFor(t, sku);
            const std::int64_t q = between(1, 12);
            if (note(store().scanReceipt(t.ctx, actor(), {receiptId, {}, sku, lot, expiryFor(lot), {}, q})))
                scanned[sku] += q;
        }
        if (note(store().postReceipt(t.ctx, actor(), receiptId)))
            for (auto it = scanned.begin(); it != scanned.end(); ++it)
                t.expected[it.key()] += it.value();
    }

    // Stock at a dock goes to the suggested bin (or, now and then, another one the worker chose).
    void putaway(TenantModel& t)
    {
        const QList<StockRecord> rows = store().stockInLocation(t.ctx, any(t.docks)).value();
        if (rows.isEmpty())
            return;
        const StockRecord& row = any(rows);
        if (row.level.available() <= 0)
            return;
        const std::int64_t q = between(1, row.level.available());
        auto suggestion = store().suggestPutaway(t.ctx, {row.key.sku, row.key.lot, q, row.key.location});
        const QString bin = suggestion.ok() && pick(4) != 0 ? suggestion->bin : any(t.bins);
        note(store().confirmPutaway(t.ctx, actor(), {row.key.sku, row.key.lot, row.key.location, q, bin}));
    }

    // A blind count of one bin: each row counted a little off now and then; beyond the tolerance a supervisor
    // approves it (or, when it cannot be approved, cancels it).
    void count(TenantModel& t)
    {
        const QString bin = any(t.bins);
        const QList<StockRecord> rows = store().stockInLocation(t.ctx, bin).value();
        auto created = store().createCount(t.ctx, actor(), {{bin}, QStringLiteral("reconciliation")});
        if (!note(created))
            return;
        const QString countId = created->events.first().aggregateId;
        const std::int64_t before = head();
        for (const StockRecord& row : rows) {
            const std::int64_t counted = std::max<std::int64_t>(0, row.level.onHand + between(-4, 3));
            note(store().recordCountLine(t.ctx, actor(),
                                         {countId, bin, row.key.sku, row.key.lot, counted, row.expiry}));
        }
        auto submitted = store().submitCount(t.ctx, actor(), countId);
        if (!note(submitted)) // an empty bin: nothing counted, so the count is called off
            note(store().cancelCount(t.ctx, actor(), countId, QStringLiteral("empty bin")));
        else if (submitted->status == CountStatus::Review &&
                 !note(store().approveCount(t.ctx, actor(), countId, QStringLiteral("checked"))))
            note(store().cancelCount(t.ctx, actor(), countId, QStringLiteral("open picks")));
        absorbAdjustments(t, before);
    }

    void scrap(TenantModel& t)
    {
        const auto row = anyRow(t);
        if (!row || row->level.available() <= 0)
            return;
        const std::int64_t q = between(1, std::min<std::int64_t>(3, row->level.available()));
        if (note(store().scrap(t.ctx, actor(),
                               {row->key.sku, row->key.location, row->key.lot, q, ScrapReason::Damaged})))
            t.expected[row->key.sku] -= q;
    }

    void quarantine(TenantModel& t)
    {
        const auto row = anyRow(t);
        if (!row || row->level.available() <= 0 || row->key.location == t.quarantine)
            return;
        note(store().quarantine(t.ctx, actor(),
                                {row->key.sku, row->key.location, t.quarantine, row->key.lot,
                                 between(1, row->level.available()), QStringLiteral("torn packaging")}));
    }

    void release(TenantModel& t)
    {
        const QList<StockRecord> rows = store().stockInLocation(t.ctx, t.quarantine).value();
        if (rows.isEmpty())
            return;
        const StockRecord& row = any(rows);
        note(store().releaseFromQuarantine(t.ctx, actor(),
                                           {row.key.sku, t.quarantine, any(t.bins), row.key.lot,
                                            between(1, row.level.onHand), QStringLiteral("inspected")}));
    }

    // A customer sends back part of a shipped order: each item restocked, quarantined or scrapped.
    void customerReturn(TenantModel& t)
    {
        if (t.shippedOrders.isEmpty())
            return;
        const QString orderId = any(t.shippedOrders);
        const auto reservation = store().reservation(t.ctx, orderId);
        if (!reservation || reservation->allocations.isEmpty())
            return;
        auto opened = store().openReturn(t.ctx, actor(), {orderId, {}});
        if (!note(opened))
            return;
        const QString returnId = opened->events.first().aggregateId;
        const Allocation& a = any(reservation->allocations);
        const int dice = int(pick(3));
        const ReturnDisposition disposition = dice == 0   ? ReturnDisposition::Restock
                                              : dice == 1 ? ReturnDisposition::Quarantine
                                                          : ReturnDisposition::Scrap;
        const QString where = disposition == ReturnDisposition::Restock      ? any(t.bins)
                              : disposition == ReturnDisposition::Quarantine ? t.quarantine
                                                                             : QString();
        const std::int64_t q = between(1, std::max<std::int64_t>(1, a.picked));
        if (note(store().receiveReturnItem(
                t.ctx, actor(), {returnId, a.key.sku, a.key.lot, a.expiry, q, disposition, where})) &&
            disposition != ReturnDisposition::Scrap)
            t.expected[a.key.sku] += q;
        note(store().closeReturn(t.ctx, actor(), returnId));
    }

    void replenish(TenantModel& t)
    {
        const auto tasks = store().replenishmentTasks(t.ctx);
        REQUIRE(tasks.ok());
        for (const ReplenishmentTask& task : *tasks) {
            if (task.lines.isEmpty())
                continue;
            const auto& line = task.lines.first();
            note(store().confirmReplenishment(
                t.ctx, actor(),
                {task.id, line.from, line.lot, std::min(line.quantity, task.quantity - task.moved)}));
            return;
        }
    }

    // One tenant's actor reaching for another tenant's bins, orders or SKUs: refused, nothing written.
    void foreign(TenantModel& t, const TenantModel& other, int i)
    {
        auto& c = store().connection();
        const std::int64_t head = c.queryInt("SELECT coalesce(max(seq), 0) FROM events").value_or(-1);
        Status outcome;
        auto keep = [&](const auto& r) {
            outcome = r.ok() ? Status() : Status(r.error());
        };
        ErrorCode expected = ErrorCode::ForeignTenant;
        switch (pick(3)) {
        case 0:
            keep(store().receive(t.ctx, actor(), {t.skus[0], any(other.bins), {}, {}, 3}));
            break;
        case 1:
            expected = ErrorCode::UnknownSku;
            keep(store().receive(t.ctx, actor(), {any(other.skus), any(t.bins), {}, {}, 3}));
            break;
        default:
            if (other.orders.isEmpty())
                return;
            expected = ErrorCode::UnknownOrder;
            keep(store().cancelOrder(t.ctx, actor(), any(other.orders), QStringLiteral("not mine")));
            break;
        }
        INFO("foreign action " << i);
        REQUIRE_FALSE(outcome.ok());
        CHECK(outcome.error().code == expected);
        REQUIRE(c.queryInt("SELECT coalesce(max(seq), 0) FROM events") == head);
        ++m_foreign;
    }

    std::mt19937 m_rng;
    std::unique_ptr<StoreFixture> m_fixture;
    QList<TenantModel> m_tenants;
    int m_applied = 0;
    int m_refused = 0;
    int m_shipped = 0;
    int m_foreign = 0;
};

} // namespace

TEST_CASE("50,000 random inbound, outbound and control actions reconcile per SKU and tenant",
          "[property][reconciliation][db]")
{
    const QString seedText = qEnvironmentVariable("WH_PROPERTY_SEED");
    const quint32 seed = seedText.isEmpty() ? std::random_device{}() : seedText.toUInt();
    const int actions = qEnvironmentVariableIntValue("WH_RECONCILIATION_ACTIONS") > 0
                            ? qEnvironmentVariableIntValue("WH_RECONCILIATION_ACTIONS")
                            : 50'000;
    INFO("seed " << seed << " (WH_PROPERTY_SEED=" << seed << " repeats this run)");
    std::printf("reconciliation: seed %u, %d actions\n", seed, actions);
    Reconciliation r(seed);
    r.run(actions);
    std::printf("reconciliation: %d applied, %d refused, %d orders shipped, %d foreign actions refused\n",
                r.applied(), r.refused(), r.shipped(), r.foreignRefused());
    CHECK(r.applied() > actions / 3);
    CHECK(r.shipped() > 0);
    // Every path of the mix really ran, not only its refusals.
    for (const QString& type :
         {EventType::ReceiptPosted, EventType::Putaway, EventType::CountSubmitted, EventType::StockScrapped,
          EventType::StockQuarantined, EventType::QuarantineReleased, EventType::ReturnItemReceived,
          EventType::ReturnReceived, EventType::ReplenishmentConfirmed, EventType::StockSnapshot,
          EventType::CsvImported, EventType::ShipmentConfirmed, EventType::StockPutBack}) {
        db::Statement n = r.store().connection().prepare("SELECT count(*) FROM events WHERE type = ?1");
        n.bind(1, type);
        REQUIRE(n.next());
        INFO(type.toStdString());
        CHECK(n.int64(0) > 0);
    }
    r.check();

    auto chain = r.store().verifyChain();
    WH_REQUIRE_OK(chain);
    CHECK(chain->intact());
    QTemporaryDir scratch;
    auto rebuilt = r.store().rebuildInto(scratch.filePath(QStringLiteral("rebuilt.db")));
    WH_REQUIRE_OK(rebuilt);
    for (const db::TableDifference& d : rebuilt->differences)
        UNSCOPED_INFO(d.table.toStdString()
                      << ": " << d.onlyLive << " live-only, " << d.onlyRebuilt << " rebuilt-only");
    CHECK(rebuilt->equal());
}
