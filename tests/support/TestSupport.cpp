#include "TestSupport.h"

#include <sodium.h>

#include "Sqlite.h"

#include <QStringList>

#include <sqlite3.h>

namespace wh::test {

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
}

StoreFixture::StoreFixture(db::StoreOptions options)
    : m_clock(fixedNow())
{
    REQUIRE(m_dir.isValid());
    reopen(options);
}

void StoreFixture::reopen(db::StoreOptions options)
{
    m_store.reset();
    options.clock = &m_clock;
    auto opened = db::Store::open(path(), options);
    INFO((opened ? QString() : opened.error().toString()).toStdString());
    REQUIRE(opened.ok());
    m_store = std::move(opened).value();
}

TenantContext StoreFixture::addTenant(const QString& id, bool lotTracked)
{
    WH_REQUIRE_OK(m_store->registerTenant(Tenant{id, id + QStringLiteral(" Ltd")}, m_actor));
    const TenantContext ctx(id);
    const QString p = id.toUpper();
    const QList<Location> locations{
        {p + QStringLiteral("-PICK"), QStringLiteral("Z1"), LocationType::Pick, 1},
        {p + QStringLiteral("-BULK"), QStringLiteral("Z9"), LocationType::Bulk, 50},
        {p + QStringLiteral("-RCV"), QStringLiteral("DOCK"), LocationType::Receiving, 0},
        {p + QStringLiteral("-QA"), QStringLiteral("DOCK"), LocationType::Quarantine, 0},
        {p + QStringLiteral("-PACK"), QStringLiteral("PACK"), LocationType::Packing, 0},
    };
    for (const Location& l : locations)
        WH_REQUIRE_OK(m_store->defineLocation(ctx, m_actor, l));
    Sku sku;
    sku.code = p + QStringLiteral("-SKU1");
    sku.description = QStringLiteral("Test item");
    sku.weightGrams = 250;
    sku.lengthMm = 100;
    sku.widthMm = 80;
    sku.heightMm = 60;
    sku.lotTracked = lotTracked;
    WH_REQUIRE_OK(m_store->defineSku(ctx, m_actor, sku));
    return ctx;
}

db::StaffPolicy fastStaffPolicy()
{
    db::StaffPolicy policy;
    policy.opsLimit = crypto_pwhash_OPSLIMIT_MIN;
    policy.memLimit = crypto_pwhash_MEMLIMIT_MIN;
    return policy;
}

Address testAddress(const QString& name)
{
    Address a;
    a.name = name;
    a.lines = QStringList{QStringLiteral("1 Main Street")};
    a.city = QStringLiteral("Springfield");
    a.postcode = QStringLiteral("12345");
    a.country = QStringLiteral("US");
    return a;
}

Status configureShipping(db::Store& store, const TenantContext& t, const Actor& actor, int rangeSize,
                         int lowWater)
{
    const QList<Carton> cartons{{QStringLiteral("S"), 200, 150, 100, 5000, 100},
                                {QStringLiteral("M"), 300, 250, 200, 10000, 200},
                                {QStringLiteral("L"), 600, 400, 400, 30000, 400}};
    for (const Carton& c : cartons)
        if (auto r = store.defineCartonType(t, actor, c); !r)
            return r.error();
    RateCard ground;
    ground.carrier = QStringLiteral("UPS");
    ground.service = QStringLiteral("Ground");
    ground.level = ServiceLevel::Standard;
    ground.transitDaysMin = 3;
    ground.transitDaysMax = 5;
    ground.bands = {{0, 1000, Money::fromMinor(895)}, {1001, 50000, Money::fromMinor(1250)}};
    RateCard overnight = ground;
    overnight.service = QStringLiteral("Next Day Air");
    overnight.level = ServiceLevel::Overnight;
    overnight.transitDaysMin = 1;
    overnight.transitDaysMax = 1;
    overnight.bands = {{0, 50000, Money::fromMinor(4500)}};
    for (const RateCard& card : {ground, overnight})
        if (auto r = store.defineRateCard(t, actor, card); !r)
            return r.error();
    TrackingRange range;
    range.id = t.id().toUpper() + QStringLiteral("-UPS-1");
    range.carrier = QStringLiteral("UPS");
    range.format = TrackingFormat::Ups1Z;
    // Each merchant ships on its own UPS account: the shipper number comes from the tenant id, so two
    // tenants' numbers never coincide.
    QString shipper;
    for (QChar ch : t.id().toUpper())
        if (ch.isDigit() || (ch >= QLatin1Char('A') && ch <= QLatin1Char('Z')))
            shipper.append(ch);
    shipper = shipper.leftJustified(6, QLatin1Char('0'), true);
    range.prefix = QStringLiteral("1Z") + shipper + QStringLiteral("03");
    range.firstSerial = 1;
    range.lastSerial = rangeSize;
    range.nextSerial = 1;
    range.lowWaterMark = lowWater;
    if (auto r = store.addTrackingRange(t, actor, range); !r)
        return r.error();
    WarehouseProfile profile;
    profile.shipFrom = testAddress(t.id() + QStringLiteral(" c/o Test Warehouse"));
    if (auto r = store.defineWarehouseProfile(t, actor, profile); !r)
        return r.error();
    return {};
}

Result<QString> packAndShip(db::Store& store, const TenantContext& t, const Actor& actor,
                            const QString& orderId)
{
    auto shipment = packForShipment(store, t, actor, orderId);
    if (!shipment)
        return shipment.error();
    if (auto r = store.confirmShipment(t, actor, *shipment); !r)
        return r.error();
    return *shipment;
}

Result<QString> packForShipment(db::Store& store, const TenantContext& t, const Actor& actor,
                                const QString& orderId)
{
    if (auto existing = store.shipmentForOrder(t, orderId))
        return existing->id;
    auto open = store.unpacked(t, orderId);
    if (!open)
        return open.error();
    auto cartons = store.packCartons(t, orderId);
    if (!cartons)
        return cartons.error();
    const bool packed = open->isEmpty() && !cartons->isEmpty();
    if (!packed) {
        auto opened = store.openCarton(t, actor, {orderId, QStringLiteral("L")});
        if (!opened)
            return opened.error();
        const QString cartonId =
            opened->events.first().payloadObject().value(QStringLiteral("cartonId")).toString();
        std::int64_t expected = 400; // L's tare
        for (const PackedUnits& u : std::as_const(*open)) {
            if (auto r = store.packItem(t, actor, {cartonId, {u.sku, u.lot, {}}, u.quantity}); !r)
                return r.error();
            auto sku = store.sku(t, u.sku);
            if (!sku)
                return sku.error();
            expected += std::int64_t{sku->weightGrams} * u.quantity;
        }
        if (auto r = store.closeCarton(t, actor, {cartonId, expected}); !r)
            return r.error();
    }
    auto created = store.createShipment(t, actor, {orderId});
    if (!created)
        return created.error();
    return created->events.first().payloadObject().value(QStringLiteral("shipmentId")).toString();
}

QString dumpDatabase(db::Connection& connection)
{
    // Raw cell bytes, each prefixed with its length so no two different contents read alike; widened to a
    // QString only once at the end. Property tests take this snapshot of a large file many times.
    QByteArray out;
    QStringList tables;
    {
        db::Statement s = connection.prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
        while (s.next())
            tables.append(s.text(0));
    }
    for (const QString& table : tables) {
        out += "## " + table.toUtf8() + '\n';
        sqlite3_stmt* stmt = nullptr;
        const QByteArray sql = QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2, 3").arg(table).toUtf8();
        if (sqlite3_prepare_v2(connection.handle(), sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
            continue;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
                if (!text) {
                    out += "N|";
                    continue;
                }
                const int bytes = sqlite3_column_bytes(stmt, c);
                out += QByteArray::number(bytes);
                out += ':';
                out.append(text, bytes);
                out += '|';
            }
            out += '\n';
        }
        sqlite3_finalize(stmt);
    }
    return QString::fromLatin1(out);
}

QList<RecordedEvent> loggedEvents(db::Store& store, std::int64_t fromSeq)
{
    QList<RecordedEvent> events;
    REQUIRE(store
                .forEachEvent(fromSeq,
                              [&](const RecordedEvent& e) {
                                  events.append(e);
                                  return true;
                              })
                .ok());
    return events;
}

int pickPackShip(db::Store& store, const Actor& actor, const QStringList& tenants)
{
    int shipped = 0;
    for (const QString& id : tenants) {
        const TenantContext t(id);
        (void)store.planPicking(t, actor, {PickStrategy::Single, 1, {}});
        auto rows = store.pickList(t, 0, 50);
        if (!rows)
            continue;
        for (const PickListRow& row : *rows) {
            auto task = store.pickTask(t, row.taskId);
            if (!task)
                continue;
            for (const PickTaskLine& l : task->lines)
                if (l.open() > 0)
                    (void)store.confirmPick(t, actor,
                                            {row.taskId, l.seqNo, l.key.location,
                                             ScannedItem{l.key.sku, l.key.lot, l.expiry}, l.open(),
                                             QStringLiteral("TOTE-") + row.taskId});
            for (const QString& orderId : task->orderIds())
                if (packAndShip(store, t, actor, orderId))
                    ++shipped;
        }
    }
    return shipped;
}

} // namespace wh::test
