#include "SqlInventoryState.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace wh::db {

namespace {

// Column lists shared by the queries that fill a StockRecord or a Sku (joined at compile time, so each query
// stays one literal and is cached as one prepared statement).
#define WH_STOCK_SELECT                                                                                      \
    "SELECT s.sku, s.location, s.lot, s.expiry, s.on_hand, s.reserved, l.zone, l.pick_sequence, l.type "     \
    "FROM stock s JOIN locations l ON l.code = s.location "
#define WH_SKU_SELECT                                                                                        \
    "SELECT code, gtin, description, unit, weight_g, length_mm, width_mm, height_mm, low_stock_threshold, "  \
    "reorder_quantity, lot_tracked, unit_cost_minor FROM skus "

#define WH_LOCATION_SELECT "SELECT " WH_LOCATION_COLUMNS "FROM locations "

StockRecord stockRow(const Statement& s)
{
    StockRecord r;
    r.key = StockKey{s.text(0), s.text(1), s.text(2)};
    r.expiry = QDate::fromString(s.text(3), Qt::ISODate);
    r.level = StockLevel{s.int64(4), s.int64(5)};
    r.zone = s.text(6);
    r.pickSequence = int(s.int64(7));
    r.pickFace = s.text(8) == QLatin1String("pick");
    return r;
}

Sku skuRow(const Statement& s)
{
    Sku sku;
    sku.code = s.text(0);
    sku.gtin = s.text(1);
    sku.description = s.text(2);
    sku.unit = s.text(3);
    sku.weightGrams = int(s.int64(4));
    sku.lengthMm = int(s.int64(5));
    sku.widthMm = int(s.int64(6));
    sku.heightMm = int(s.int64(7));
    sku.lowStockThreshold = int(s.int64(8));
    sku.reorderQuantity = int(s.int64(9));
    sku.lotTracked = s.int64(10) != 0;
    sku.unitCostMinor = s.int64(11);
    return sku;
}

} // namespace

Location SqlInventoryState::locationFromRow(const Statement& s)
{
    Location l;
    l.code = s.text(0);
    l.zone = s.text(1);
    l.type = locationTypeFromName(s.text(2)).value_or(LocationType::Bulk);
    l.pickSequence = int(s.int64(3));
    l.maxVolumeCm3 = s.int64(4);
    l.maxWeightGrams = s.int64(5);
    l.replenishSku = s.text(6);
    l.minQuantity = s.int64(7);
    l.maxQuantity = s.int64(8);
    return l;
}

std::optional<Sku> SqlInventoryState::sku(const QString& code) const
{
    Statement s = m_connection.prepare(WH_SKU_SELECT "WHERE tenant_id = ?1 AND code = ?2");
    s.bind(1, m_tenant).bind(2, code);
    if (s.next())
        return skuRow(s);
    return std::nullopt;
}

std::optional<Sku> SqlInventoryState::skuByGtin(const QString& gtin) const
{
    // The index named: without statistics SQLite reads the tenant's whole SKU table through the primary key
    // rather than this partial index, and every scan by GTIN (picking, packing, receiving) paid for it.
    Statement s = m_connection.prepare(
        WH_SKU_SELECT "INDEXED BY skus_by_gtin WHERE tenant_id = ?1 AND gtin = ?2 AND gtin <> ''");
    s.bind(1, m_tenant).bind(2, gtin);
    if (s.next())
        return skuRow(s);
    return std::nullopt;
}

std::optional<Location> SqlInventoryState::location(const QString& code) const
{
    Statement s = m_connection.prepare(WH_LOCATION_SELECT "WHERE tenant_id = ?1 AND code = ?2");
    s.bind(1, m_tenant).bind(2, code);
    if (!s.next())
        return std::nullopt;
    return locationFromRow(s);
}

bool SqlInventoryState::locationOfOtherTenant(const QString& code) const
{
    Statement s = m_connection.prepare("SELECT 1 FROM locations WHERE code = ?1 AND tenant_id <> ?2");
    s.bind(1, code).bind(2, m_tenant);
    return s.next();
}

std::optional<StockRecord> SqlInventoryState::stock(const StockKey& key) const
{
    Statement s = m_connection.prepare(
        WH_STOCK_SELECT "WHERE s.tenant_id = ?1 AND s.sku = ?2 AND s.location = ?3 AND s.lot = ?4");
    s.bind(1, m_tenant).bind(2, key.sku).bind(3, key.location).bind(4, key.lot);
    if (s.next())
        return stockRow(s);
    return std::nullopt;
}

QList<StockRecord> SqlInventoryState::allocatableStock(const QString& sku) const
{
    Statement s = m_connection.prepare(
        WH_STOCK_SELECT
        "WHERE s.tenant_id = ?1 AND s.sku = ?2 AND l.type IN ('pick', 'bulk') AND s.on_hand > s.reserved");
    s.bind(1, m_tenant).bind(2, sku);
    QList<StockRecord> rows;
    while (s.next())
        rows.append(stockRow(s));
    return rows;
}

std::int64_t SqlInventoryState::onHandTotal(const QString& sku) const
{
    Statement s =
        m_connection.prepare("SELECT coalesce(sum(on_hand), 0) FROM stock WHERE tenant_id = ?1 AND sku = ?2");
    s.bind(1, m_tenant).bind(2, sku);
    return s.next() ? s.int64(0) : 0;
}

std::int64_t SqlInventoryState::sellable(const QString& sku, QDate today) const
{
    Statement s = m_connection.prepare("SELECT coalesce(sum(s.on_hand - s.reserved), 0) FROM stock s JOIN "
                                       "locations l ON l.code = s.location "
                                       "WHERE s.tenant_id = ?1 AND s.sku = ?2 AND l.type IN ('pick', 'bulk') "
                                       "AND (s.expiry = '' OR s.expiry >= ?3)");
    s.bind(1, m_tenant).bind(2, sku).bind(3, today.toString(Qt::ISODate));
    return s.next() ? s.int64(0) : 0;
}

bool SqlInventoryState::lowStockFlagged(const QString& sku) const
{
    Statement s = m_connection.prepare("SELECT flagged FROM low_stock WHERE tenant_id = ?1 AND sku = ?2");
    s.bind(1, m_tenant).bind(2, sku);
    return s.next() && s.int64(0) != 0;
}

std::optional<Order> SqlInventoryState::order(const QString& id) const
{
    Statement s =
        m_connection.prepare("SELECT status, created_at, service, promised_date, ship_to, allow_partial FROM "
                             "orders WHERE tenant_id = ?1 AND order_id = ?2");
    s.bind(1, m_tenant).bind(2, id);
    if (!s.next())
        return std::nullopt;
    Order order;
    order.id = id;
    order.status = orderStatusFromName(s.text(0)).value_or(OrderStatus::Draft);
    order.createdAt = QDateTime::fromMSecsSinceEpoch(s.int64(1), Qt::UTC);
    order.service = s.text(2);
    order.promisedDate = QDate::fromString(s.text(3), Qt::ISODate);
    if (const QString shipTo = s.text(4); !shipTo.isEmpty())
        order.shipTo = Address::fromJson(QJsonDocument::fromJson(shipTo.toUtf8()).object());
    order.allowPartial = s.int64(5) != 0;
    Statement lines = m_connection.prepare("SELECT line_no, sku, quantity, unit_price_minor FROM order_lines "
                                           "WHERE tenant_id = ?1 AND order_id = ?2 "
                                           "ORDER BY line_no");
    lines.bind(1, m_tenant).bind(2, id);
    while (lines.next())
        order.lines.append(
            OrderLine{int(lines.int64(0)), lines.text(1), lines.int64(2), Money::fromMinor(lines.int64(3))});
    return order;
}

std::optional<Reservation> SqlInventoryState::reservation(const QString& orderId) const
{
    Statement s =
        m_connection.prepare("SELECT status FROM reservations WHERE tenant_id = ?1 AND order_id = ?2");
    s.bind(1, m_tenant).bind(2, orderId);
    if (!s.next())
        return std::nullopt;
    Reservation r;
    r.orderId = orderId;
    const QString status = s.text(0);
    r.status = status == QLatin1String("active")     ? ReservationStatus::Active
               : status == QLatin1String("released") ? ReservationStatus::Released
                                                     : ReservationStatus::Consumed;
    Statement a =
        m_connection.prepare("SELECT line_no, sku, location, lot, expiry, quantity, picked FROM allocations "
                             "WHERE tenant_id = ?1 AND order_id = ?2 ORDER BY line_no, location, lot");
    a.bind(1, m_tenant).bind(2, orderId);
    while (a.next())
        r.allocations.append(Allocation{int(a.int64(0)), StockKey{a.text(1), a.text(2), a.text(3)},
                                        QDate::fromString(a.text(4), Qt::ISODate), a.int64(5), a.int64(6)});
    return r;
}

QList<StockRecord> SqlInventoryState::stockForSku(const QString& sku) const
{
    Statement s = m_connection.prepare(WH_STOCK_SELECT "WHERE s.tenant_id = ?1 AND s.sku = ?2 "
                                                       "ORDER BY l.pick_sequence, s.location, s.lot");
    s.bind(1, m_tenant).bind(2, sku);
    QList<StockRecord> rows;
    while (s.next())
        rows.append(stockRow(s));
    return rows;
}

QList<StockRecord> SqlInventoryState::stockInLocation(const QString& location) const
{
    Statement s = m_connection.prepare(WH_STOCK_SELECT "WHERE s.tenant_id = ?1 AND s.location = ?2 "
                                                       "ORDER BY s.sku, s.lot");
    s.bind(1, m_tenant).bind(2, location);
    QList<StockRecord> rows;
    while (s.next())
        rows.append(stockRow(s));
    return rows;
}

std::optional<PickTask> SqlInventoryState::pickTask(const QString& id) const
{
    Statement s = m_connection.prepare(
        "SELECT strategy, zone, wave_id, status FROM pick_tasks WHERE tenant_id = ?1 AND task_id = ?2");
    s.bind(1, m_tenant).bind(2, id);
    if (!s.next())
        return std::nullopt;
    PickTask task;
    task.id = id;
    task.strategy = pickStrategyFromName(s.text(0)).value_or(PickStrategy::Single);
    task.zone = s.text(1);
    task.waveId = s.text(2);
    task.status = pickTaskStatusFromName(s.text(3)).value_or(PickTaskStatus::Open);
    Statement lines = m_connection.prepare(
        "SELECT seq_no, order_id, line_no, sku, location, lot, expiry, zone, pick_sequence, quantity, "
        "picked, "
        "short_quantity, cancelled FROM pick_task_lines WHERE tenant_id = ?1 AND task_id = ?2 ORDER BY "
        "seq_no");
    lines.bind(1, m_tenant).bind(2, id);
    while (lines.next()) {
        PickTaskLine l;
        l.seqNo = int(lines.int64(0));
        l.orderId = lines.text(1);
        l.lineNo = int(lines.int64(2));
        l.key = StockKey{lines.text(3), lines.text(4), lines.text(5)};
        l.expiry = QDate::fromString(lines.text(6), Qt::ISODate);
        l.zone = lines.text(7);
        l.pickSequence = int(lines.int64(8));
        l.quantity = lines.int64(9);
        l.picked = lines.int64(10);
        l.shortQuantity = lines.int64(11);
        l.cancelledQuantity = lines.int64(12);
        task.lines.append(l);
    }
    Statement totes =
        m_connection.prepare("SELECT order_id, tote FROM totes WHERE tenant_id = ?1 AND task_id = ?2");
    totes.bind(1, m_tenant).bind(2, id);
    while (totes.next())
        task.totes.insert(totes.text(0), totes.text(1));
    return task;
}

QList<PickCandidate> SqlInventoryState::unplannedAllocations() const
{
    // What each allocation still needs picked, less what open task lines already cover.
    Statement s = m_connection.prepare(
        "SELECT a.order_id, o.service, o.promised_date, a.line_no, a.sku, a.location, a.lot, a.expiry, "
        "l.zone, "
        "l.pick_sequence, a.quantity - a.picked - coalesce((SELECT sum(t.quantity - t.picked - "
        "t.short_quantity - t.cancelled) "
        "FROM pick_task_lines t JOIN pick_tasks pt ON pt.tenant_id = t.tenant_id AND pt.task_id = t.task_id "
        "WHERE t.tenant_id = a.tenant_id AND t.order_id = a.order_id AND t.line_no = a.line_no "
        "AND t.location = a.location AND t.lot = a.lot AND pt.status <> 'cancelled'), 0) AS unplanned "
        "FROM allocations a "
        "JOIN reservations r ON r.tenant_id = a.tenant_id AND r.order_id = a.order_id AND r.status = "
        "'active' "
        "JOIN orders o ON o.tenant_id = a.tenant_id AND o.order_id = a.order_id AND o.status IN ('Paid', "
        "'Processing') "
        "JOIN locations l ON l.code = a.location "
        "WHERE a.tenant_id = ?1 AND unplanned > 0 ORDER BY a.order_id, a.line_no, a.location, a.lot");
    s.bind(1, m_tenant);
    QList<PickCandidate> result;
    while (s.next()) {
        PickCandidate c;
        c.orderId = s.text(0);
        c.service = s.text(1);
        c.promisedDate = QDate::fromString(s.text(2), Qt::ISODate);
        c.lineNo = int(s.int64(3));
        c.key = StockKey{s.text(4), s.text(5), s.text(6)};
        c.expiry = QDate::fromString(s.text(7), Qt::ISODate);
        c.zone = s.text(8);
        c.pickSequence = int(s.int64(9));
        c.quantity = s.int64(10);
        result.append(c);
    }
    return result;
}

ToteUse SqlInventoryState::toteUse(const QString& tote) const
{
    Statement s = m_connection.prepare("SELECT tenant_id, order_id FROM totes WHERE tote = ?1");
    s.bind(1, tote);
    ToteUse use;
    if (!s.next())
        return use;
    use.inUse = true;
    if (s.text(0) != m_tenant)
        use.otherTenant = true; // and nothing more of it leaves this function
    else
        use.orderId = s.text(1);
    return use;
}

QList<QPair<QString, PickTaskLine>> SqlInventoryState::openTaskLines(const QString& orderId) const
{
    Statement s = m_connection.prepare(
        "SELECT task_id, seq_no, quantity, picked, short_quantity, cancelled FROM pick_task_lines "
        "WHERE tenant_id = ?1 AND order_id = ?2 AND quantity > picked + short_quantity + cancelled "
        "ORDER BY task_id, seq_no");
    s.bind(1, m_tenant).bind(2, orderId);
    QList<QPair<QString, PickTaskLine>> result;
    while (s.next()) {
        PickTaskLine l;
        l.orderId = orderId;
        l.seqNo = int(s.int64(1));
        l.quantity = s.int64(2);
        l.picked = s.int64(3);
        l.shortQuantity = s.int64(4);
        l.cancelledQuantity = s.int64(5);
        result.append({s.text(0), l});
    }
    return result;
}

QList<PutBackItem> SqlInventoryState::putBacks(const QString& orderId) const
{
    Statement s = m_connection.prepare(
        "SELECT sku, lot, expiry, from_location, quantity - put_back FROM put_backs "
        "WHERE tenant_id = ?1 AND order_id = ?2 AND quantity > put_back ORDER BY sku, lot, from_location");
    s.bind(1, m_tenant).bind(2, orderId);
    QList<PutBackItem> result;
    while (s.next())
        result.append(PutBackItem{s.text(0), s.text(1), QDate::fromString(s.text(2), Qt::ISODate), s.text(3),
                                  s.int64(4)});
    return result;
}

namespace {
QJsonObject jsonObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}
} // namespace

QList<Carton> SqlInventoryState::cartonTypes() const
{
    Statement s =
        m_connection.prepare("SELECT code, length_mm, width_mm, height_mm, max_weight_g, tare_g FROM "
                             "carton_types WHERE tenant_id = ?1 ORDER BY code");
    s.bind(1, m_tenant);
    QList<Carton> result;
    while (s.next())
        result.append(Carton{s.text(0), int(s.int64(1)), int(s.int64(2)), int(s.int64(3)), int(s.int64(4)),
                             int(s.int64(5))});
    return result;
}

QList<RateCard> SqlInventoryState::rateCards() const
{
    Statement s =
        m_connection.prepare("SELECT card FROM rate_cards WHERE tenant_id = ?1 ORDER BY carrier, service");
    s.bind(1, m_tenant);
    QList<RateCard> result;
    while (s.next())
        if (auto card = RateCard::fromJson(jsonObject(s.text(0))))
            result.append(*card); // the projector stored only cards that read back
    return result;
}

namespace {
TrackingRange rangeFrom(Statement& s)
{
    TrackingRange r;
    r.id = s.text(0);
    r.carrier = s.text(1);
    r.format = trackingFormatFromName(s.text(2)).value_or(TrackingFormat::Ups1Z);
    r.prefix = s.text(3);
    r.firstSerial = s.int64(4);
    r.lastSerial = s.int64(5);
    r.nextSerial = s.int64(6);
    r.lowWaterMark = s.int64(7);
    return r;
}
} // namespace

std::optional<TrackingRange> SqlInventoryState::trackingRange(const QString& id) const
{
    Statement s = m_connection.prepare(
        "SELECT range_id, carrier, format, prefix, first_serial, last_serial, next_serial, low_water_mark "
        "FROM tracking_ranges WHERE tenant_id = ?1 AND range_id = ?2");
    s.bind(1, m_tenant).bind(2, id);
    if (!s.next())
        return std::nullopt;
    return rangeFrom(s);
}

QList<TrackingRange> SqlInventoryState::trackingRanges(const QString& carrier) const
{
    Statement s = m_connection.prepare(
        "SELECT range_id, carrier, format, prefix, first_serial, last_serial, next_serial, low_water_mark "
        "FROM tracking_ranges WHERE tenant_id = ?1 AND carrier = ?2 ORDER BY range_id");
    s.bind(1, m_tenant).bind(2, carrier);
    QList<TrackingRange> result;
    while (s.next())
        result.append(rangeFrom(s));
    return result;
}

std::optional<WarehouseProfile> SqlInventoryState::warehouseProfile() const
{
    Statement s = m_connection.prepare("SELECT profile FROM warehouse_profiles WHERE tenant_id = ?1");
    s.bind(1, m_tenant);
    if (!s.next())
        return std::nullopt;
    return WarehouseProfile::fromJson(jsonObject(s.text(0)));
}

QList<PackCarton> SqlInventoryState::cartonsWhere(const char* sql, const QString& key) const
{
    Statement s = m_connection.prepare(sql);
    s.bind(1, m_tenant).bind(2, key);
    QList<PackCarton> result;
    while (s.next()) {
        PackCarton c;
        c.id = s.text(0);
        c.orderId = s.text(1);
        if (auto type = Carton::fromJson(jsonObject(s.text(2))))
            c.type = *type;
        c.status = Packing::packCartonStatusFromName(s.text(3)).value_or(PackCartonStatus::Open);
        c.weightGrams = s.int64(4);
        c.expectedGrams = s.int64(5);
        result.append(c);
    }
    for (PackCarton& c : result) {
        Statement contents =
            m_connection.prepare("SELECT line_no, sku, lot, quantity FROM pack_contents WHERE "
                                 "tenant_id = ?1 AND carton_id = ?2 ORDER BY line_no, lot");
        contents.bind(1, m_tenant).bind(2, c.id);
        while (contents.next())
            c.contents.append(
                PackedUnits{int(contents.int64(0)), contents.text(1), contents.text(2), contents.int64(3)});
    }
    return result;
}

std::optional<PackCarton> SqlInventoryState::packCarton(const QString& id) const
{
    const QList<PackCarton> found = cartonsWhere(
        "SELECT carton_id, order_id, carton_type, status, weight_g, expected_g FROM pack_cartons "
        "WHERE tenant_id = ?1 AND carton_id = ?2",
        id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

bool SqlInventoryState::cartonOfOtherTenant(const QString& id) const
{
    Statement s = m_connection.prepare("SELECT 1 FROM pack_cartons WHERE carton_id = ?2 AND tenant_id <> ?1");
    s.bind(1, m_tenant).bind(2, id);
    return s.next();
}

QList<PackCarton> SqlInventoryState::packCartons(const QString& orderId) const
{
    return cartonsWhere(
        "SELECT carton_id, order_id, carton_type, status, weight_g, expected_g FROM pack_cartons "
        "WHERE tenant_id = ?1 AND order_id = ?2 ORDER BY carton_id",
        orderId);
}

PackingStatus SqlInventoryState::packingStatus(const QString& orderId) const
{
    Statement s = m_connection.prepare("SELECT status FROM packing WHERE tenant_id = ?1 AND order_id = ?2");
    s.bind(1, m_tenant).bind(2, orderId);
    if (!s.next())
        return PackingStatus::None;
    return s.text(0) == QLatin1String("packed") ? PackingStatus::Packed : PackingStatus::Packing;
}

std::optional<ShipmentRecord> SqlInventoryState::shipmentWhere(const char* sql, const QString& key) const
{
    Statement s = m_connection.prepare(sql);
    s.bind(1, m_tenant).bind(2, key);
    if (!s.next())
        return std::nullopt;
    ShipmentRecord r;
    r.id = s.text(0);
    r.orderId = s.text(1);
    r.carrier = s.text(2);
    r.service = s.text(3);
    const QString status = s.text(4);
    r.status = status == QLatin1String("created")  ? ShipmentStatus::Created
               : status == QLatin1String("voided") ? ShipmentStatus::Voided
                                                   : ShipmentStatus::Confirmed;
    Statement packages = m_connection.prepare(
        "SELECT carton_id, carton_type, tracking_number, range_id, weight_g, length_mm, width_mm, height_mm "
        "FROM shipment_packages WHERE tenant_id = ?1 AND shipment_id = ?2 ORDER BY carton_id");
    packages.bind(1, m_tenant).bind(2, r.id);
    while (packages.next()) {
        ShipmentPackage p;
        p.cartonId = packages.text(0);
        p.cartonType = packages.text(1);
        p.trackingNumber = packages.text(2);
        p.rangeId = packages.text(3);
        p.weightGrams = packages.int64(4);
        p.lengthMm = int(packages.int64(5));
        p.widthMm = int(packages.int64(6));
        p.heightMm = int(packages.int64(7));
        r.packages.append(p);
    }
    return r;
}

std::optional<ShipmentRecord> SqlInventoryState::shipment(const QString& id) const
{
    return shipmentWhere("SELECT shipment_id, order_id, carrier, service, status FROM shipments WHERE "
                         "tenant_id = ?1 AND shipment_id = ?2",
                         id);
}

std::optional<ShipmentRecord> SqlInventoryState::shipmentForOrder(const QString& orderId) const
{
    return shipmentWhere("SELECT shipment_id, order_id, carrier, service, status FROM shipments WHERE "
                         "tenant_id = ?1 AND order_id = ?2 ORDER BY shipment_id LIMIT 1",
                         orderId);
}

} // namespace wh::db
