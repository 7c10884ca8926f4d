#pragma once

#include "Packing.h"
#include "RateShopper.h"

namespace wh {

struct CreateShipment
{
    QString orderId;
};

// The shipping rules: for a packed order, choose the carrier service from the tenant's rate cards, take one
// tracking number a carton from the tenant's range for that carrier, and record everything a label needs
// (ShipmentCreated); at hand-over, confirm it (ShipmentConfirmed, the order Shipped, its stock gone). Also
// the shipping master data: carton types, rate cards, tracking ranges and the warehouse profile. Pure.
class Shipping
{
public:
    Shipping(const InventoryState& state, const ShippingState& shipping, const Clock& clock)
        : m_state(state)
        , m_shipping(shipping)
        , m_clock(clock)
    {}

    Result<EventList> defineCartonType(const Carton& carton);
    // A card for a carrier and service already held replaces it.
    Result<EventList> defineRateCard(const RateCard& card);
    Result<EventList> addTrackingRange(const TrackingRange& range);
    Result<EventList> defineWarehouseProfile(const WarehouseProfile& profile);

    // The quote the shipment would get, without writing anything (for the packer's screen).
    Result<RateQuote> quote(const QString& orderId) const;
    // `shipmentId` comes from the store (unique on the appliance).
    Result<EventList> create(const CreateShipment& cmd, const QString& shipmentId);
    Result<EventList> confirm(const QString& shipmentId);
    Result<EventList> reprintLabel(const QString& shipmentId, const QString& reason);
    // After a cancellation: a shipment created but not handed over is void (ShipmentVoided). Nothing when
    // the order is not cancelled or has no such shipment.
    Result<EventList> voidForCancelledOrder(const QString& orderId);

    static QJsonObject trackingRangeToJson(const TrackingRange& range);
    static TrackingRange trackingRangeFromJson(const QJsonObject& json);
    static QString shipmentStatusName(ShipmentStatus status);

private:
    struct Plan
    {
        RateQuote quote; // price: all cartons together
        QList<PackCarton> cartons;
    };
    Result<Plan> plan(const QString& orderId) const;

    const InventoryState& m_state;
    const ShippingState& m_shipping;
    const Clock& m_clock;
};

} // namespace wh
