#pragma once

#include "Carton.h"
#include "CartonChooser.h"
#include "Clock.h"
#include "DomainEvent.h"
#include "InventoryState.h"
#include "Picking.h"
#include "RateCard.h"
#include "Result.h"
#include "TrackingRange.h"
#include "WeightCheck.h"

#include <QTimeZone>

namespace wh {

// Units of one order line (and lot) in a carton.
struct PackedUnits
{
    int lineNo = 0;
    QString sku;
    QString lot;
    std::int64_t quantity = 0;
};

enum class PackCartonStatus
{
    Open,
    Closed,
    Shipped
};

// A carton at the packing station: opened for one order, filled by scans, weighed and closed.
struct PackCarton
{
    QString id;
    QString orderId;
    Carton type; // the configured box, as it was when the carton was opened
    PackCartonStatus status = PackCartonStatus::Open;
    std::int64_t weightGrams = 0;   // measured at close
    std::int64_t expectedGrams = 0; // contents + tare, at close
    QList<PackedUnits> contents;

    std::int64_t units() const;
};

// Where the packing of an order stands.
enum class PackingStatus
{
    None,    // no carton opened yet
    Packing, // cartons opened, not every picked unit in a closed carton
    Packed,  // every picked unit in a closed carton: ready for its shipment
};

// The warehouse's own details for one merchant's labels: the ship-from address (the merchant's name at the
// warehouse's address, as a 3PL prints it) and the calendar that transit days count by.
struct WarehouseProfile
{
    Address shipFrom;
    QString timeZone = QStringLiteral("UTC"); // IANA id: cut-off times are the warehouse's wall clock
    QList<QDate> holidays;

    QJsonObject toJson() const;
    static WarehouseProfile fromJson(const QJsonObject& json);
};

// A package of a shipment as the label prints it.
struct ShipmentPackage
{
    QString cartonId;
    QString cartonType;
    QString trackingNumber;
    QString rangeId;
    std::int64_t serial = 0;
    std::int64_t weightGrams = 0;
    int lengthMm = 0;
    int widthMm = 0;
    int heightMm = 0;
};

enum class ShipmentStatus
{
    Created,   // label printed, parcels at the dock
    Confirmed, // handed over to the carrier
    Voided,    // the order was cancelled before hand-over: the label is void, the parcels are unpacked
};

struct ShipmentRecord
{
    QString id;
    QString orderId;
    QString carrier;
    QString service;
    ShipmentStatus status = ShipmentStatus::Created;
    QList<ShipmentPackage> packages;
};

// The read side packing and shipping need beyond the inventory's and picking's (db/ implements all three on
// one connection), always for one tenant.
class ShippingState
{
public:
    virtual ~ShippingState() = default;
    virtual QList<Carton> cartonTypes() const = 0;
    virtual QList<RateCard> rateCards() const = 0;
    virtual std::optional<TrackingRange> trackingRange(const QString& id) const = 0;
    // The carrier's ranges held for this tenant, in the order they are used up (by range id).
    virtual QList<TrackingRange> trackingRanges(const QString& carrier) const = 0;
    virtual std::optional<WarehouseProfile> warehouseProfile() const = 0;
    virtual std::optional<PackCarton> packCarton(const QString& id) const = 0;
    // True when the id names a carton of another tenant (so the refusal can say so, without details).
    virtual bool cartonOfOtherTenant(const QString& id) const = 0;
    virtual QList<PackCarton> packCartons(const QString& orderId) const = 0;
    virtual PackingStatus packingStatus(const QString& orderId) const = 0;
    virtual std::optional<ShipmentRecord> shipment(const QString& id) const = 0;
    virtual std::optional<ShipmentRecord> shipmentForOrder(const QString& orderId) const = 0;
};

struct OpenCarton
{
    QString orderId;
    QString cartonType; // the box the packer took (the suggestion, or another that fits)
};

struct PackScan
{
    QString cartonId;
    ScannedItem item;
    std::int64_t quantity = 1;
};

struct CloseCarton
{
    QString cartonId;
    std::int64_t measuredGrams = 0; // what the scale shows, carton and dunnage included
};

// The packing rules: open a carton for a fully picked order, scan its items in, weigh and close it. An item
// the order does not hold, or more units than were picked, is refused at the scan; a carton whose weight
// disagrees with its contents is refused at the close; the last carton does not close while picked units
// are still outside a carton. Pure, like Picking: events or a typed error with a sentence for the packer.
class Packing
{
public:
    Packing(const InventoryState& state, const PickingState& picking, const ShippingState& shipping,
            const Clock& clock)
        : m_state(state)
        , m_picking(picking)
        , m_shipping(shipping)
        , m_clock(clock)
    {}

    // The carton the chooser suggests for what of the order is still unpacked.
    Result<CartonChoice> suggestCarton(const QString& orderId) const;
    // `cartonId` comes from the store (unique on the appliance).
    Result<EventList> openCarton(const OpenCarton& cmd, const QString& cartonId);
    // The scan alone, for instant feedback before anything is written.
    Status checkScan(const PackScan& cmd) const;
    Result<EventList> pack(const PackScan& cmd);
    Result<EventList> close(const CloseCarton& cmd);

    // Units picked for the order and not yet in a carton, per line and lot.
    QList<PackedUnits> unpacked(const QString& orderId) const;

    static QString packCartonStatusName(PackCartonStatus status);
    static std::optional<PackCartonStatus> packCartonStatusFromName(const QString& name);

private:
    Result<Order> packableOrder(const QString& orderId) const;
    Result<PackCarton> openCartonNamed(const QString& cartonId) const;
    // The open carton, of an order still being fulfilled: a cancellation that lands while the packer works
    // (from the central service, through the inbox) stops the packing at the next scan or close.
    Result<PackCarton> packingCarton(const QString& cartonId) const;
    Result<QList<PackedUnits>> placeScan(const PackScan& cmd, const PackCarton& carton) const;

    const InventoryState& m_state;
    const PickingState& m_picking;
    const ShippingState& m_shipping;
    const Clock& m_clock;
};

} // namespace wh
