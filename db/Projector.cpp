#include "Projector.h"

#include "Inventory.h"
#include "RateCard.h"
#include "ReceivingProjector.h"

#include <QJsonDocument>

#include <QJsonArray>
#include <QSet>

namespace wh::db {

namespace {
QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}
std::int64_t num(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toInteger();
}
} // namespace

Status Projector::changeStock(const QString& tenant, const QString& sku, const QString& location,
                              const QString& lot, const QString& expiry, std::int64_t onHand,
                              std::int64_t reserved, std::int64_t seq)
{
    // UPDATE, then INSERT when there was no row: an UPSERT would check the CHECK constraint against the bare
    // delta before finding the row it updates.
    {
        Statement update =
            m_connection.prepare("UPDATE stock SET on_hand = on_hand + ?5, reserved = reserved + ?6, "
                                 "expiry = CASE WHEN ?7 <> '' THEN ?7 ELSE expiry END, updated_seq = ?8 "
                                 "WHERE tenant_id = ?1 AND sku = ?2 AND location = ?3 AND lot = ?4");
        update.bind(1, tenant).bind(2, sku).bind(3, location).bind(4, lot);
        update.bind(5, onHand).bind(6, reserved).bind(7, expiry).bind(8, seq);
        if (auto status = update.exec(); !status)
            return status;
    }
    if (m_connection.changes() == 0) {
        Statement insert = m_connection.prepare(
            "INSERT INTO stock (tenant_id, sku, location, lot, expiry, on_hand, reserved, updated_seq) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        insert.bind(1, tenant).bind(2, sku).bind(3, location).bind(4, lot).bind(5, expiry);
        insert.bind(6, onHand).bind(7, reserved).bind(8, seq);
        return insert.exec();
    }
    if (onHand < 0 || reserved < 0) {
        // An emptied row goes, so the projection holds only stock that is there.
        Statement prune = m_connection.prepare(
            "DELETE FROM stock WHERE tenant_id = ?1 AND sku = ?2 AND location = ?3 AND lot = ?4 "
            "AND on_hand = 0 AND reserved = 0");
        prune.bind(1, tenant).bind(2, sku).bind(3, location).bind(4, lot);
        return prune.exec();
    }
    return {};
}

Status Projector::insertOrderLines(const RecordedEvent& e, const QString& orderId,
                                   const QList<OrderLine>& lines)
{
    for (const OrderLine& line : lines) {
        Statement l = m_connection.prepare(
            "INSERT INTO order_lines (tenant_id, order_id, line_no, sku, quantity, unit_price_minor) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        l.bind(1, e.tenantId).bind(2, orderId).bind(3, line.lineNo).bind(4, line.sku);
        l.bind(5, line.quantity).bind(6, line.unitPrice.minor());
        if (auto status = l.exec(); !status)
            return status;
    }
    return {};
}

Status Projector::applyAllocations(const RecordedEvent& e, const QJsonObject& p, int direction)
{
    const QJsonArray allocations = p.value(QLatin1String("allocations")).toArray();
    const QString orderId = str(p, "orderId");
    for (const QJsonValue& value : allocations) {
        const QJsonObject a = value.toObject();
        const std::int64_t quantity = num(a, "quantity");
        if (direction > 0) {
            Statement insert =
                m_connection.prepare("INSERT INTO allocations (tenant_id, order_id, line_no, "
                                     "sku, location, lot, expiry, quantity, picked) "
                                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0) "
                                     "ON CONFLICT (tenant_id, order_id, line_no, location, lot) "
                                     "DO UPDATE SET quantity = quantity + excluded.quantity");
            insert.bind(1, e.tenantId).bind(2, orderId).bind(3, num(a, "lineNo")).bind(4, str(a, "sku"));
            insert.bind(5, str(a, "location"))
                .bind(6, str(a, "lot"))
                .bind(7, str(a, "expiry"))
                .bind(8, quantity);
            if (auto status = insert.exec(); !status)
                return status;
        }
        if (direction < 0) {
            if (auto status = shrinkAllocation(e, orderId, num(a, "lineNo"), str(a, "location"),
                                               str(a, "lot"), quantity);
                !status)
                return status;
        }
        if (auto status = changeStock(e.tenantId, str(a, "sku"), str(a, "location"), str(a, "lot"),
                                      str(a, "expiry"), 0, direction * quantity, e.seq);
            !status)
            return status;
    }
    Statement reservation = m_connection.prepare(
        "INSERT INTO reservations (tenant_id, order_id, status, updated_seq) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT (tenant_id, order_id) DO UPDATE SET status = excluded.status, updated_seq = "
        "excluded.updated_seq");
    reservation.bind(1, e.tenantId).bind(2, orderId);
    reservation.bind(3, direction > 0 ? QStringLiteral("active") : QStringLiteral("released")).bind(4, e.seq);
    return reservation.exec();
}

Status Projector::shrinkAllocation(const RecordedEvent& e, const QString& orderId, std::int64_t lineNo,
                                   const QString& location, const QString& lot, std::int64_t by)
{
    // An allocation keeps what was picked from it; one left with nothing at all goes.
    Statement shrink =
        m_connection.prepare("UPDATE allocations SET quantity = quantity - ?6 WHERE tenant_id = ?1 AND "
                             "order_id = ?2 AND line_no = ?3 "
                             "AND location = ?4 AND lot = ?5 AND quantity > ?6 AND quantity - ?6 >= picked");
    shrink.bind(1, e.tenantId).bind(2, orderId).bind(3, lineNo).bind(4, location).bind(5, lot).bind(6, by);
    if (auto status = shrink.exec(); !status)
        return status;
    if (m_connection.changes() == 1)
        return {};
    Statement remove = m_connection.prepare(
        "DELETE FROM allocations WHERE tenant_id = ?1 AND order_id = ?2 AND line_no = ?3 AND location = ?4 "
        "AND lot = ?5 AND quantity = ?6 AND picked = 0");
    remove.bind(1, e.tenantId).bind(2, orderId).bind(3, lineNo).bind(4, location).bind(5, lot).bind(6, by);
    if (auto status = remove.exec(); !status)
        return status;
    if (m_connection.changes() != 1)
        return makeError(ErrorCode::StorageCorrupt,
                         QStringLiteral("Event %1 takes more from an allocation than it holds.").arg(e.seq));
    return {};
}

Status Projector::insertTaskLines(const RecordedEvent& e, const QString& taskId, const QJsonArray& lines)
{
    for (const QJsonValue& value : lines) {
        const QJsonObject l = value.toObject();
        Statement s = m_connection.prepare(
            "INSERT INTO pick_task_lines (tenant_id, task_id, seq_no, order_id, line_no, sku, location, lot, "
            "expiry, "
            "zone, pick_sequence, quantity) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
        s.bind(1, e.tenantId).bind(2, taskId).bind(3, num(l, "seqNo")).bind(4, str(l, "orderId"));
        s.bind(5, num(l, "lineNo")).bind(6, str(l, "sku")).bind(7, str(l, "location")).bind(8, str(l, "lot"));
        s.bind(9, str(l, "expiry")).bind(10, str(l, "zone")).bind(11, num(l, "pickSequence"));
        s.bind(12, num(l, "quantity"));
        if (auto status = s.exec(); !status)
            return status;
    }
    return {};
}

Status Projector::countOpenLines(const RecordedEvent& e, const QString& taskId)
{
    Statement s = m_connection.prepare(
        "UPDATE pick_tasks SET open_lines = (SELECT count(*) FROM pick_task_lines l WHERE l.tenant_id = ?1 "
        "AND l.task_id = ?2 AND l.quantity > l.picked + l.short_quantity + l.cancelled) WHERE tenant_id = ?1 "
        "AND task_id = "
        "?2");
    s.bind(1, e.tenantId).bind(2, taskId);
    return s.exec();
}

Status Projector::setTaskStatus(const RecordedEvent& e, const QString& taskId, const char* status)
{
    Statement s = m_connection.prepare(
        "UPDATE pick_tasks SET status = ?3, updated_seq = ?4 WHERE tenant_id = ?1 AND task_id = ?2");
    s.bind(1, e.tenantId).bind(2, taskId).bind(3, QLatin1String(status)).bind(4, e.seq);
    return s.exec();
}

Status Projector::applyTaskPick(const RecordedEvent& e, const QJsonObject& p)
{
    Statement line = m_connection.prepare("UPDATE pick_task_lines SET picked = picked + ?4 WHERE tenant_id = "
                                          "?1 AND task_id = ?2 AND seq_no = ?3");
    line.bind(1, e.tenantId).bind(2, str(p, "taskId")).bind(3, num(p, "seqNo")).bind(4, num(p, "quantity"));
    if (auto status = line.exec(); !status)
        return status;
    if (auto status = countOpenLines(e, str(p, "taskId")); !status)
        return status;
    if (str(p, "tote").isEmpty())
        return {};
    Statement tote =
        m_connection.prepare("INSERT INTO totes (tote, tenant_id, order_id, task_id) VALUES (?1, ?2, ?3, ?4) "
                             "ON CONFLICT (tote) DO UPDATE SET task_id = excluded.task_id "
                             "WHERE tenant_id = excluded.tenant_id AND order_id = excluded.order_id");
    tote.bind(1, str(p, "tote")).bind(2, e.tenantId).bind(3, str(p, "orderId")).bind(4, str(p, "taskId"));
    return tote.exec();
}

Status Projector::applyPicking(const RecordedEvent& e, const QJsonObject& p)
{
    const QString& t = e.type;
    const QString taskId = str(p, "taskId");
    if (t == EventType::PickTaskCreated) {
        const QJsonArray lines = p.value(QLatin1String("lines")).toArray();
        QSet<QString> orders;
        for (const QJsonValue& l : lines)
            orders.insert(l.toObject().value(QLatin1String("orderId")).toString());
        const QString promised = str(p, "promisedDate");
        Statement s = m_connection.prepare(
            "INSERT INTO pick_tasks (tenant_id, task_id, strategy, zone, wave_id, status, promised, "
            "order_count, "
            "open_lines, updated_seq) VALUES (?1, ?2, ?3, ?4, ?5, 'open', ?6, ?7, 0, ?8)");
        s.bind(1, e.tenantId).bind(2, taskId).bind(3, str(p, "strategy")).bind(4, str(p, "zone"));
        s.bind(5, str(p, "waveId")).bind(6, promised.isEmpty() ? QStringLiteral("9999-12-31") : promised);
        s.bind(7, orders.size()).bind(8, e.seq);
        if (auto status = s.exec(); !status)
            return status;
        if (auto status = insertTaskLines(e, taskId, lines); !status)
            return status;
        return countOpenLines(e, taskId);
    }
    if (t == EventType::PickTaskLinesAdded) {
        if (auto status = insertTaskLines(e, taskId, p.value(QLatin1String("lines")).toArray()); !status)
            return status;
        return countOpenLines(e, taskId);
    }
    if (t == EventType::PickStarted)
        return setTaskStatus(e, taskId, "in_progress");
    if (t == EventType::PickCompleted)
        return setTaskStatus(e, taskId, "done");
    if (t == EventType::PickShort) {
        const std::int64_t shortQuantity = num(p, "shortQuantity");
        Statement line =
            m_connection.prepare("UPDATE pick_task_lines SET short_quantity = short_quantity + ?4 "
                                 "WHERE tenant_id = ?1 AND task_id = ?2 AND seq_no = ?3");
        line.bind(1, e.tenantId).bind(2, taskId).bind(3, num(p, "seqNo")).bind(4, shortQuantity);
        if (auto status = line.exec(); !status)
            return status;
        // The allocation shrinks by what was not there.
        if (auto status = shrinkAllocation(e, str(p, "orderId"), num(p, "lineNo"), str(p, "location"),
                                           str(p, "lot"), shortQuantity);
            !status)
            return status;
        if (auto status = countOpenLines(e, taskId); !status)
            return status;
        return changeStock(e.tenantId, str(p, "sku"), str(p, "location"), str(p, "lot"), QString(), 0,
                           -shortQuantity, e.seq);
    }
    if (t == EventType::PickLinesCancelled) {
        QSet<QString> tasks;
        for (const QJsonValue& value : p.value(QLatin1String("lines")).toArray()) {
            const QJsonObject l = value.toObject();
            Statement s = m_connection.prepare(
                "UPDATE pick_task_lines SET cancelled = cancelled + ?4 WHERE tenant_id = ?1 AND task_id = ?2 "
                "AND seq_no = ?3");
            s.bind(1, e.tenantId)
                .bind(2, str(l, "taskId"))
                .bind(3, num(l, "seqNo"))
                .bind(4, num(l, "quantity"));
            if (auto status = s.exec(); !status)
                return status;
            tasks.insert(str(l, "taskId"));
        }
        for (const QString& task : std::as_const(tasks)) {
            if (auto status = countOpenLines(e, task); !status)
                return status;
            // A task with nothing left ends: done if anything was picked on it, else cancelled.
            Statement end = m_connection.prepare(
                "UPDATE pick_tasks SET status = CASE WHEN status = 'open' THEN 'cancelled' ELSE 'done' END, "
                "updated_seq = ?3 WHERE tenant_id = ?1 AND task_id = ?2 AND open_lines = 0 "
                "AND status IN ('open', 'in_progress')");
            end.bind(1, e.tenantId).bind(2, task).bind(3, e.seq);
            if (auto status = end.exec(); !status)
                return status;
        }
        return {};
    }
    if (t == EventType::PutBackRequired) {
        for (const QJsonValue& value : p.value(QLatin1String("items")).toArray()) {
            const QJsonObject i = value.toObject();
            Statement s = m_connection.prepare(
                "INSERT INTO put_backs (tenant_id, order_id, sku, lot, from_location, expiry, quantity) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
            s.bind(1, e.tenantId).bind(2, str(p, "orderId")).bind(3, str(i, "sku")).bind(4, str(i, "lot"));
            s.bind(5, str(i, "fromLocation")).bind(6, str(i, "expiry")).bind(7, num(i, "quantity"));
            if (auto status = s.exec(); !status)
                return status;
        }
        return {};
    }
    if (t == EventType::StockPutBack) {
        // Booked against the order's put-back rows in a fixed order (by origin bin).
        std::int64_t left = num(p, "quantity");
        Statement rows = m_connection.prepare(
            "SELECT from_location, quantity - put_back FROM put_backs WHERE tenant_id = ?1 AND order_id = ?2 "
            "AND sku = ?3 AND lot = ?4 AND quantity > put_back ORDER BY from_location");
        rows.bind(1, e.tenantId).bind(2, str(p, "orderId")).bind(3, str(p, "sku")).bind(4, str(p, "lot"));
        QList<QPair<QString, std::int64_t>> open;
        while (rows.next())
            open.append({rows.text(0), rows.int64(1)});
        for (const auto& [from, outstanding] : std::as_const(open)) {
            const std::int64_t take = std::min(left, outstanding);
            Statement s = m_connection.prepare("UPDATE put_backs SET put_back = put_back + ?6 WHERE "
                                               "tenant_id = ?1 AND order_id = ?2 AND sku = ?3 "
                                               "AND lot = ?4 AND from_location = ?5");
            s.bind(1, e.tenantId).bind(2, str(p, "orderId")).bind(3, str(p, "sku")).bind(4, str(p, "lot"));
            s.bind(5, from).bind(6, take);
            if (auto status = s.exec(); !status)
                return status;
            left -= take;
            if (left == 0)
                break;
        }
        if (left != 0)
            return makeError(ErrorCode::StorageCorrupt,
                             QStringLiteral("Event %1 puts back more than was waiting.").arg(e.seq));
        return changeStock(e.tenantId, str(p, "sku"), str(p, "location"), str(p, "lot"), str(p, "expiry"),
                           num(p, "quantity"), 0, e.seq);
    }
    return {}; // ReservationShortfall, CancelRejected: for the central service; no read model here keeps it
}

Status Projector::applyShipping(const RecordedEvent& e, const QJsonObject& p)
{
    const QString& t = e.type;
    if (t == EventType::CartonTypeDefined) {
        Statement s = m_connection.prepare(
            "INSERT INTO carton_types (tenant_id, code, length_mm, width_mm, height_mm, max_weight_g, "
            "tare_g) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (tenant_id, code) DO UPDATE SET "
            "length_mm = excluded.length_mm, width_mm = excluded.width_mm, height_mm = excluded.height_mm, "
            "max_weight_g = excluded.max_weight_g, tare_g = excluded.tare_g");
        s.bind(1, e.tenantId).bind(2, str(p, "code")).bind(3, num(p, "lengthMm")).bind(4, num(p, "widthMm"));
        s.bind(5, num(p, "heightMm")).bind(6, num(p, "maxWeightGrams")).bind(7, num(p, "tareGrams"));
        return s.exec();
    }
    if (t == EventType::RateCardDefined) {
        auto card = RateCard::fromJson(p);
        if (!card)
            return makeError(ErrorCode::StorageCorrupt,
                             QStringLiteral("Event %1 holds a rate card that does not read back: %2")
                                 .arg(QString::number(e.seq), card.error().message));
        Statement s = m_connection.prepare(
            "INSERT INTO rate_cards (tenant_id, carrier, service, card) VALUES (?1, ?2, ?3, ?4) "
            "ON CONFLICT (tenant_id, carrier, service) DO UPDATE SET card = excluded.card");
        s.bind(1, e.tenantId).bind(2, card->carrier).bind(3, card->serviceName()).bind(4, compact(p));
        return s.exec();
    }
    if (t == EventType::TrackingRangeAdded) {
        Statement s = m_connection.prepare(
            "INSERT INTO tracking_ranges (tenant_id, range_id, carrier, format, prefix, first_serial, "
            "last_serial, next_serial, low_water_mark, updated_seq) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
        s.bind(1, e.tenantId).bind(2, str(p, "rangeId")).bind(3, str(p, "carrier")).bind(4, str(p, "format"));
        s.bind(5, str(p, "prefix")).bind(6, num(p, "firstSerial")).bind(7, num(p, "lastSerial"));
        s.bind(8, num(p, "nextSerial")).bind(9, num(p, "lowWaterMark")).bind(10, e.seq);
        return s.exec();
    }
    if (t == EventType::WarehouseProfileDefined) {
        Statement s =
            m_connection.prepare("INSERT INTO warehouse_profiles (tenant_id, profile) VALUES (?1, ?2) "
                                 "ON CONFLICT (tenant_id) DO UPDATE SET profile = excluded.profile");
        s.bind(1, e.tenantId).bind(2, compact(p));
        return s.exec();
    }
    const QString orderId = str(p, "orderId");
    const auto setPacking = [&](const char* status) {
        Statement s = m_connection.prepare(
            "INSERT INTO packing (tenant_id, order_id, status, updated_seq) VALUES (?1, ?2, ?3, ?4) "
            "ON CONFLICT (tenant_id, order_id) DO UPDATE SET status = excluded.status, "
            "updated_seq = excluded.updated_seq");
        s.bind(1, e.tenantId).bind(2, orderId).bind(3, QString::fromLatin1(status)).bind(4, e.seq);
        return s.exec();
    };
    if (t == EventType::CartonOpened) {
        Statement s = m_connection.prepare(
            "INSERT INTO pack_cartons (tenant_id, carton_id, order_id, carton_type, status, suggested) "
            "VALUES (?1, ?2, ?3, ?4, 'open', ?5)");
        s.bind(1, e.tenantId).bind(2, str(p, "cartonId")).bind(3, orderId);
        s.bind(4, compact(p.value(QLatin1String("carton")).toObject())).bind(5, str(p, "suggested"));
        if (auto status = s.exec(); !status)
            return status;
        return setPacking("packing");
    }
    if (t == EventType::ItemPacked) {
        Statement s = m_connection.prepare(
            "INSERT INTO pack_contents (tenant_id, carton_id, line_no, lot, sku, quantity) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (tenant_id, carton_id, line_no, lot) "
            "DO UPDATE SET quantity = quantity + excluded.quantity");
        s.bind(1, e.tenantId).bind(2, str(p, "cartonId")).bind(3, num(p, "lineNo")).bind(4, str(p, "lot"));
        s.bind(5, str(p, "sku")).bind(6, num(p, "quantity"));
        return s.exec();
    }
    if (t == EventType::CartonClosed) {
        Statement s =
            m_connection.prepare("UPDATE pack_cartons SET status = 'closed', weight_g = ?3, expected_g = ?4 "
                                 "WHERE tenant_id = ?1 AND carton_id = ?2");
        s.bind(1, e.tenantId).bind(2, str(p, "cartonId")).bind(3, num(p, "weightGrams"));
        s.bind(4, num(p, "expectedGrams"));
        return s.exec();
    }
    if (t == EventType::Packed)
        return setPacking("packed");
    if (t == EventType::ShipmentCreated) {
        Statement s = m_connection.prepare(
            "INSERT INTO shipments (tenant_id, shipment_id, order_id, carrier, service, tracking_number, "
            "shipped_at, status, expected_delivery, cost_minor) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'created', ?8, ?9)");
        s.bind(1, e.tenantId).bind(2, str(p, "shipmentId")).bind(3, orderId).bind(4, str(p, "carrier"));
        s.bind(5, str(p, "service"))
            .bind(6, str(p, "trackingNumber"))
            .bind(7, e.occurredAt.toMSecsSinceEpoch());
        s.bind(8, str(p, "expectedDelivery")).bind(9, num(p, "costMinor"));
        if (auto status = s.exec(); !status)
            return status;
        for (const QJsonValue& value : p.value(QLatin1String("packages")).toArray()) {
            const QJsonObject k = value.toObject();
            Statement package = m_connection.prepare(
                "INSERT INTO shipment_packages (tenant_id, shipment_id, carton_id, carton_type, "
                "tracking_number, range_id, weight_g, length_mm, width_mm, height_mm) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
            package.bind(1, e.tenantId).bind(2, str(p, "shipmentId")).bind(3, str(k, "cartonId"));
            package.bind(4, str(k, "cartonType"))
                .bind(5, str(k, "trackingNumber"))
                .bind(6, str(k, "rangeId"));
            package.bind(7, num(k, "weightGrams")).bind(8, num(k, "lengthMm")).bind(9, num(k, "widthMm"));
            package.bind(10, num(k, "heightMm"));
            if (auto status = package.exec(); !status)
                return status;
            // The range moves past the number the event handed out: replaying the log gives the same state.
            Statement range = m_connection.prepare(
                "UPDATE tracking_ranges SET next_serial = max(next_serial, ?3 + 1), updated_seq = ?4 "
                "WHERE tenant_id = ?1 AND range_id = ?2");
            range.bind(1, e.tenantId).bind(2, str(k, "rangeId")).bind(3, num(k, "serial")).bind(4, e.seq);
            if (auto status = range.exec(); !status)
                return status;
        }
        return {};
    }
    if (t == EventType::ShipmentConfirmed) {
        // Hand-over: the parcels leave the building, so the order's cartons are gone, its totes are free and
        // its reservation is used up.
        Statement s = m_connection.prepare(
            "UPDATE shipments SET status = 'confirmed', confirmed_at = ?3 WHERE tenant_id = ?1 AND "
            "shipment_id = ?2");
        s.bind(1, e.tenantId).bind(2, str(p, "shipmentId")).bind(3, e.occurredAt.toMSecsSinceEpoch());
        if (auto status = s.exec(); !status)
            return status;
        Statement cartons = m_connection.prepare(
            "UPDATE pack_cartons SET status = 'shipped' WHERE tenant_id = ?1 AND order_id = ?2 AND status = "
            "'closed'");
        cartons.bind(1, e.tenantId).bind(2, orderId);
        if (auto status = cartons.exec(); !status)
            return status;
        Statement totes = m_connection.prepare("DELETE FROM totes WHERE tenant_id = ?1 AND order_id = ?2");
        totes.bind(1, e.tenantId).bind(2, orderId);
        if (auto status = totes.exec(); !status)
            return status;
        Statement r = m_connection.prepare("UPDATE reservations SET status = 'consumed', updated_seq = ?3 "
                                           "WHERE tenant_id = ?1 AND order_id = ?2");
        r.bind(1, e.tenantId).bind(2, orderId).bind(3, e.seq);
        return r.exec();
    }
    if (t == EventType::ShipmentVoided) {
        Statement s = m_connection.prepare(
            "UPDATE shipments SET status = 'voided' WHERE tenant_id = ?1 AND shipment_id = ?2");
        s.bind(1, e.tenantId).bind(2, str(p, "shipmentId"));
        return s.exec();
    }
    return {}; // TrackingRangeLow (for the central service), LabelReprinted (audit): the log is their record
}

namespace {

// Replenishment tasks: created (open or unfillable, possibly replacing the face's unfillable one), units
// confirmed, closed.
Status applyReplenishment(Connection& connection, const RecordedEvent& e, const QJsonObject& p)
{
    const QString taskId = str(p, "taskId");
    if (e.type == EventType::ReplenishmentTaskCreated) {
        if (const QString replaces = str(p, "replaces"); !replaces.isEmpty()) {
            Statement old =
                connection.prepare("UPDATE replenishment_tasks SET status = 'replaced', updated_seq "
                                   "= ?3 WHERE tenant_id = ?1 AND task_id = ?2");
            old.bind(1, e.tenantId).bind(2, replaces).bind(3, e.seq);
            if (auto status = old.exec(); !status)
                return status;
        }
        Statement s = connection.prepare(
            "INSERT INTO replenishment_tasks (tenant_id, task_id, location, sku, quantity, wanted, moved, "
            "status, created_seq, updated_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7, ?8, ?8)");
        s.bind(1, e.tenantId).bind(2, taskId).bind(3, str(p, "location")).bind(4, str(p, "sku"));
        s.bind(5, num(p, "quantity")).bind(6, num(p, "wanted")).bind(7, str(p, "status")).bind(8, e.seq);
        if (auto status = s.exec(); !status)
            return status;
        for (const QJsonValue& value : p.value(QLatin1String("lines")).toArray()) {
            const QJsonObject l = value.toObject();
            Statement line = connection.prepare("INSERT INTO replenishment_task_lines (tenant_id, task_id, "
                                                "line_no, from_location, lot, expiry, "
                                                "quantity) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
            line.bind(1, e.tenantId).bind(2, taskId).bind(3, num(l, "lineNo")).bind(4, str(l, "from"));
            line.bind(5, str(l, "lot")).bind(6, str(l, "expiry")).bind(7, num(l, "quantity"));
            if (auto status = line.exec(); !status)
                return status;
        }
        return {};
    }
    if (e.type == EventType::ReplenishmentConfirmed) {
        Statement s =
            connection.prepare("UPDATE replenishment_tasks SET moved = moved + ?3, updated_seq = ?4 "
                               "WHERE tenant_id = ?1 AND task_id = ?2");
        s.bind(1, e.tenantId).bind(2, taskId).bind(3, num(p, "quantity")).bind(4, e.seq);
        return s.exec();
    }
    Statement s = connection.prepare(
        "UPDATE replenishment_tasks SET status = ?3, updated_seq = ?4 WHERE tenant_id = ?1 AND task_id = ?2");
    s.bind(1, e.tenantId).bind(2, taskId).bind(3, str(p, "status")).bind(4, e.seq);
    return s.exec();
}

} // namespace

Status Projector::moveStock(const RecordedEvent& e, const QJsonObject& p)
{
    const std::int64_t q = num(p, "quantity");
    if (auto status = changeStock(e.tenantId, str(p, "sku"), str(p, "from"), str(p, "lot"), str(p, "expiry"),
                                  -q, 0, e.seq);
        !status)
        return status;
    return changeStock(e.tenantId, str(p, "sku"), str(p, "to"), str(p, "lot"), str(p, "expiry"), q, 0, e.seq);
}

Status Projector::apply(const RecordedEvent& e, const QJsonObject& p)
{
    const QString& t = e.type;
    if (t == EventType::TenantRegistered) {
        Statement s =
            m_connection.prepare("INSERT INTO tenants (tenant_id, name, registered_at) VALUES (?1, ?2, ?3) "
                                 "ON CONFLICT (tenant_id) DO UPDATE SET name = excluded.name");
        s.bind(1, e.tenantId).bind(2, str(p, "name")).bind(3, e.occurredAt.toMSecsSinceEpoch());
        return s.exec();
    }
    if (t == EventType::SkuDefined) {
        const Sku sku = Inventory::skuFromJson(p);
        Statement s = m_connection.prepare(
            "INSERT INTO skus (tenant_id, code, gtin, description, unit, weight_g, length_mm, width_mm, "
            "height_mm, "
            "low_stock_threshold, reorder_quantity, lot_tracked, unit_cost_minor) VALUES (?1, ?2, ?3, ?4, "
            "?5, "
            "?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) ON CONFLICT (tenant_id, code) DO UPDATE SET gtin = "
            "excluded.gtin, "
            "description = excluded.description, unit = excluded.unit, weight_g = excluded.weight_g, "
            "length_mm = excluded.length_mm, width_mm = excluded.width_mm, height_mm = excluded.height_mm, "
            "low_stock_threshold = excluded.low_stock_threshold, reorder_quantity = "
            "excluded.reorder_quantity, "
            "lot_tracked = excluded.lot_tracked, unit_cost_minor = excluded.unit_cost_minor");
        s.bind(1, e.tenantId).bind(2, sku.code).bind(3, sku.gtin).bind(4, sku.description).bind(5, sku.unit);
        s.bind(6, sku.weightGrams).bind(7, sku.lengthMm).bind(8, sku.widthMm).bind(9, sku.heightMm);
        s.bind(10, sku.lowStockThreshold).bind(11, sku.reorderQuantity).bind(12, sku.lotTracked ? 1 : 0);
        s.bind(13, sku.unitCostMinor);
        return s.exec();
    }
    if (t == EventType::LocationDefined) {
        const Location l = Inventory::locationFromJson(p);
        Statement s = m_connection.prepare(
            "INSERT INTO locations (code, tenant_id, zone, type, pick_sequence, max_volume_cm3, "
            "max_weight_g, "
            "replenish_sku, min_quantity, max_quantity) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
            "ON CONFLICT (code) DO UPDATE SET zone = excluded.zone, type = excluded.type, "
            "pick_sequence = excluded.pick_sequence, max_volume_cm3 = excluded.max_volume_cm3, "
            "max_weight_g = excluded.max_weight_g, replenish_sku = excluded.replenish_sku, "
            "min_quantity = excluded.min_quantity, max_quantity = excluded.max_quantity "
            "WHERE tenant_id = excluded.tenant_id");
        s.bind(1, l.code).bind(2, e.tenantId).bind(3, l.zone).bind(4, str(p, "type"));
        s.bind(5, l.pickSequence).bind(6, l.maxVolumeCm3).bind(7, l.maxWeightGrams).bind(8, l.replenishSku);
        s.bind(9, l.minQuantity).bind(10, l.maxQuantity);
        return s.exec();
    }
    if (t == EventType::StockReceived)
        return changeStock(e.tenantId, str(p, "sku"), str(p, "location"), str(p, "lot"), str(p, "expiry"),
                           num(p, "quantity"), 0, e.seq);
    if (t == EventType::StockAdjusted)
        return changeStock(e.tenantId, str(p, "sku"), str(p, "location"), str(p, "lot"), str(p, "expiry"),
                           num(p, "delta"), 0, e.seq);
    if (t == EventType::StockMoved)
        return moveStock(e, p);
    if (t == EventType::OrderRegistered) {
        const Order order = Inventory::orderFromJson(p);
        Statement s =
            m_connection.prepare("INSERT INTO orders (tenant_id, order_id, status, value_minor, item_count, "
                                 "created_at, updated_seq, "
                                 "service, promised_date, ship_to, allow_partial) VALUES (?1, ?2, ?3, ?4, "
                                 "?5, ?6, ?7, ?8, ?9, ?10, ?11)");
        s.bind(1, e.tenantId).bind(2, order.id).bind(3, orderStatusName(order.status));
        s.bind(4, order.value().minor()).bind(5, order.itemCount()).bind(6, e.occurredAt.toMSecsSinceEpoch());
        s.bind(7, e.seq).bind(8, order.service).bind(9, str(p, "promisedDate"));
        s.bind(10, order.shipTo ? compact(order.shipTo->toJson()) : QString());
        s.bind(11, order.allowPartial ? 1 : 0);
        if (auto status = s.exec(); !status)
            return status;
        return insertOrderLines(e, order.id, order.lines);
    }
    if (t == EventType::OrderModified) {
        const QString orderId = str(p, "orderId");
        Statement s =
            m_connection.prepare("UPDATE orders SET value_minor = ?3, item_count = ?4, updated_seq = ?5 "
                                 "WHERE tenant_id = ?1 AND order_id = ?2");
        s.bind(1, e.tenantId).bind(2, orderId).bind(3, num(p, "valueMinor")).bind(4, num(p, "itemCount"));
        s.bind(5, e.seq);
        if (auto status = s.exec(); !status)
            return status;
        Statement clear =
            m_connection.prepare("DELETE FROM order_lines WHERE tenant_id = ?1 AND order_id = ?2");
        clear.bind(1, e.tenantId).bind(2, orderId);
        if (auto status = clear.exec(); !status)
            return status;
        return insertOrderLines(e, orderId,
                                Inventory::linesFromJson(p.value(QLatin1String("lines")).toArray()));
    }
    if (t == EventType::ReservationFailed || t == EventType::ModifyRejected)
        return {}; // answers for the central service: the order's read models stay as they were
    if (t == EventType::OrderStatusChanged) {
        Statement s = m_connection.prepare(
            "UPDATE orders SET status = ?3, updated_seq = ?4 WHERE tenant_id = ?1 AND order_id = ?2");
        s.bind(1, e.tenantId).bind(2, str(p, "orderId")).bind(3, str(p, "to")).bind(4, e.seq);
        return s.exec();
    }
    if (t == EventType::InventoryReserved)
        return applyAllocations(e, p, +1);
    if (t == EventType::ReservationReleased)
        return applyAllocations(e, p, -1);
    if (t == EventType::StockPicked) {
        const std::int64_t q = num(p, "quantity");
        Statement s = m_connection.prepare("UPDATE allocations SET picked = picked + ?6 WHERE tenant_id = ?1 "
                                           "AND order_id = ?2 AND line_no = ?3 "
                                           "AND location = ?4 AND lot = ?5");
        s.bind(1, e.tenantId)
            .bind(2, str(p, "orderId"))
            .bind(3, num(p, "lineNo"))
            .bind(4, str(p, "location"));
        s.bind(5, str(p, "lot")).bind(6, q);
        if (auto status = s.exec(); !status)
            return status;
        if (p.contains(QLatin1String("taskId"))) {
            if (auto status = applyTaskPick(e, p); !status)
                return status;
        }
        return changeStock(e.tenantId, str(p, "sku"), str(p, "location"), str(p, "lot"), QString(), -q, -q,
                           e.seq);
    }
    if (t == EventType::PickTaskCreated || t == EventType::PickTaskLinesAdded ||
        t == EventType::PickStarted || t == EventType::PickShort || t == EventType::PickCompleted ||
        t == EventType::ReservationShortfall || t == EventType::PickLinesCancelled ||
        t == EventType::PutBackRequired || t == EventType::StockPutBack || t == EventType::CancelRejected)
        return applyPicking(e, p);
    if (t == EventType::CartonTypeDefined || t == EventType::RateCardDefined ||
        t == EventType::TrackingRangeAdded || t == EventType::WarehouseProfileDefined ||
        t == EventType::CartonOpened || t == EventType::ItemPacked || t == EventType::CartonClosed ||
        t == EventType::Packed || t == EventType::ShipmentCreated || t == EventType::TrackingRangeLow ||
        t == EventType::ShipmentConfirmed || t == EventType::LabelReprinted || t == EventType::ShipmentVoided)
        return applyShipping(e, p);
    if (t == EventType::LowStock || t == EventType::LowStockCleared) {
        Statement s = m_connection.prepare(
            "INSERT INTO low_stock (tenant_id, sku, flagged, available, threshold, suggested_reorder, "
            "changed_seq) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (tenant_id, sku) DO UPDATE SET "
            "flagged = excluded.flagged, available = excluded.available, threshold = excluded.threshold, "
            "suggested_reorder = excluded.suggested_reorder, changed_seq = excluded.changed_seq");
        s.bind(1, e.tenantId).bind(2, str(p, "sku")).bind(3, t == EventType::LowStock ? 1 : 0);
        s.bind(4, num(p, "available"))
            .bind(5, num(p, "threshold"))
            .bind(6, num(p, "suggestedReorderQuantity"));
        s.bind(7, e.seq);
        return s.exec();
    }
    // Replenishment, stock snapshots and CSV import.
    if (t == EventType::ReplenishmentTaskCreated || t == EventType::ReplenishmentConfirmed ||
        t == EventType::ReplenishmentTaskClosed)
        return applyReplenishment(m_connection, e, p);
    if (t == EventType::StockSnapshot || t == EventType::CsvImported)
        return {}; // the log (and for the snapshot the outbox) is their record
    // Stock control: cycle counts, scrap, quarantine, returns.
    if (auto handled = applyStockControl(e, p))
        return *handled;
    // Receiving and putaway.
    if (ReceivingProjector::handles(t))
        return ReceivingProjector::apply(m_connection, e, p);
    return makeError(
        ErrorCode::StorageCorrupt,
        QStringLiteral("Event %1 has a type this version does not know: %2.").arg(e.seq).arg(e.type));
}

} // namespace wh::db
