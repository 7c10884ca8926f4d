#pragma once

#include "DomainEvent.h"
#include "Order.h"
#include "Sqlite.h"

#include <optional>

class QJsonArray;

namespace wh::db {

// The CQRS write-to-read step: applies one recorded event to the projections (stock, orders, reservations,
// allocations, shipments, low-stock state, master data). The live path and the rebuild both go through
// here, and it reads nothing but the event, so replaying the log gives the same read models.
class Projector
{
public:
    explicit Projector(Connection& connection)
        : m_connection(connection)
    {}

    Status apply(const RecordedEvent& event, const QJsonObject& payload);

private:
    // Units of an event's sku/lot from its `from` to its `to` location (a move, a quarantine, a release).
    Status moveStock(const RecordedEvent& e, const QJsonObject& p);
    Status changeStock(const QString& tenant, const QString& sku, const QString& location, const QString& lot,
                       const QString& expiry, std::int64_t onHand, std::int64_t reserved, std::int64_t seq);
    Status applyPicking(const RecordedEvent& event, const QJsonObject& payload);
    Status applyShipping(const RecordedEvent& event, const QJsonObject& payload);
    Status applyTaskPick(const RecordedEvent& event, const QJsonObject& payload);
    Status insertTaskLines(const RecordedEvent& event, const QString& taskId, const QJsonArray& lines);
    Status shrinkAllocation(const RecordedEvent& event, const QString& orderId, std::int64_t lineNo,
                            const QString& location, const QString& lot, std::int64_t by);
    Status countOpenLines(const RecordedEvent& event, const QString& taskId);
    Status setTaskStatus(const RecordedEvent& event, const QString& taskId, const char* status);
    Status insertOrderLines(const RecordedEvent& event, const QString& orderId,
                            const QList<OrderLine>& lines);
    Status applyAllocations(const RecordedEvent& event, const QJsonObject& payload, int direction);
    // Stock control (ProjectorStockControl.cpp): counts, scrap, quarantine, returns; nullopt for other
    // events.
    std::optional<Status> applyStockControl(const RecordedEvent& event, const QJsonObject& payload);
    Status setCountStatus(const RecordedEvent& event, const QString& countId, const QString& status);

    Connection& m_connection;
};

} // namespace wh::db
