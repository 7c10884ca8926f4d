#include "DomainEvent.h"

#include <QJsonDocument>
#include <QSet>

namespace wh {

QJsonObject RecordedEvent::payloadObject() const
{
    return QJsonDocument::fromJson(payload).object();
}

bool EventType::isCloudBound(const QString& type)
{
    // Master data comes from the cloud and moves inside the building are the warehouse's own business;
    // everything that changes what the central service can promise or has to do goes out.
    // Stock snapshots: the central service routes orders across warehouses by them.
    if (type == StockSnapshot)
        return true;
    static const QSet<QString> cloudBound{
        StockReceived,        StockAdjusted,    InventoryReserved,  ReservationReleased,
        StockPicked,          ShipmentCreated,  OrderStatusChanged, LowStock,
        LowStockCleared,      PickStarted,      PickShort,          PickCompleted,
        ReservationShortfall, StockPutBack,     CancelRejected,     Packed,
        ShipmentConfirmed,    TrackingRangeLow, ReservationFailed,  OrderModified,
        ModifyRejected,       ShipmentVoided};
    // Stock control: units destroyed, returns received and returned units sellable again. Receiving: the
    // posted receipt is the central service's record of what arrived.
    static const QSet<QString> inbound{StockScrapped, ReturnReceived, Restocked, ReceiptPosted};
    return cloudBound.contains(type) || inbound.contains(type);
}

} // namespace wh
