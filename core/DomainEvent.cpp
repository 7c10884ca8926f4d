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
    static const QSet<QString> cloudBound{
        StockReceived,        StockAdjusted,    InventoryReserved,  ReservationReleased,
        StockPicked,          ShipmentCreated,  OrderStatusChanged, LowStock,
        LowStockCleared,      PickStarted,      PickShort,          PickCompleted,
        ReservationShortfall, StockPutBack,     CancelRejected,     Packed,
        ShipmentConfirmed,    TrackingRangeLow, ReservationFailed,  OrderModified,
        ModifyRejected,       ShipmentVoided};
    // Receiving: the posted receipt is the central service's record of what arrived.
    if (type == ReceiptPosted)
        return true;
    return cloudBound.contains(type);
}

} // namespace wh
