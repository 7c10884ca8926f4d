#pragma once

#include "Tenant.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace wh {

// What a command decided, before the store gives it a sequence number, time and place in the hash chain.
struct DomainEvent
{
    QString type;
    QString aggregateType;
    QString aggregateId;
    QJsonObject payload;
};

using EventList = QList<DomainEvent>;

// An event as the log holds it.
struct RecordedEvent
{
    std::int64_t seq = 0; // per-appliance, monotonic, never reused
    QString id;           // UUID
    QString type;
    QString tenantId; // "" for appliance-wide events
    QString aggregateType;
    QString aggregateId;
    std::int64_t aggregateVersion = 0;
    QDateTime occurredAt;
    QByteArray payload; // compact JSON, exactly the bytes that were hashed
    Actor actor;
    QByteArray prevHash;
    QByteArray hash;

    QJsonObject payloadObject() const;
};

// The event types, and which of them the central order service receives through the outbox.
namespace EventType {
inline const QString TenantRegistered = QStringLiteral("TenantRegistered");
inline const QString SkuDefined = QStringLiteral("SkuDefined");
inline const QString LocationDefined = QStringLiteral("LocationDefined");
inline const QString StockReceived = QStringLiteral("StockReceived");
inline const QString StockMoved = QStringLiteral("StockMoved");
inline const QString StockAdjusted = QStringLiteral("StockAdjusted");
inline const QString OrderRegistered = QStringLiteral("OrderRegistered");
inline const QString OrderStatusChanged = QStringLiteral("OrderStatusChanged");
inline const QString InventoryReserved = QStringLiteral("InventoryReserved");
inline const QString ReservationReleased = QStringLiteral("ReservationReleased");
inline const QString StockPicked = QStringLiteral("StockPicked");
inline const QString ShipmentCreated = QStringLiteral("ShipmentCreated");
inline const QString ShipmentVoided = QStringLiteral("ShipmentVoided");
inline const QString PickTaskCreated = QStringLiteral("PickTaskCreated");
inline const QString PickTaskLinesAdded = QStringLiteral("PickTaskLinesAdded");
inline const QString PickStarted = QStringLiteral("PickStarted");
inline const QString PickShort = QStringLiteral("PickShort");
inline const QString PickCompleted = QStringLiteral("PickCompleted");
inline const QString ReservationShortfall = QStringLiteral("ReservationShortfall");
inline const QString PickLinesCancelled = QStringLiteral("PickLinesCancelled");
inline const QString PutBackRequired = QStringLiteral("PutBackRequired");
inline const QString StockPutBack = QStringLiteral("StockPutBack");
inline const QString CancelRejected = QStringLiteral("CancelRejected");
inline const QString ReservationFailed = QStringLiteral("ReservationFailed");
inline const QString OrderModified = QStringLiteral("OrderModified");
inline const QString ModifyRejected = QStringLiteral("ModifyRejected");
inline const QString LowStock = QStringLiteral("LowStock");
inline const QString LowStockCleared = QStringLiteral("LowStockCleared");
// Shipping master data: local, kept in the log so it is rebuildable (the cloud will send it later).
inline const QString CartonTypeDefined = QStringLiteral("CartonTypeDefined");
inline const QString RateCardDefined = QStringLiteral("RateCardDefined");
inline const QString TrackingRangeAdded = QStringLiteral("TrackingRangeAdded");
inline const QString WarehouseProfileDefined = QStringLiteral("WarehouseProfileDefined");
// Packing at the station: local steps, then Packed for the central service.
inline const QString CartonOpened = QStringLiteral("CartonOpened");
inline const QString ItemPacked = QStringLiteral("ItemPacked");
inline const QString CartonClosed = QStringLiteral("CartonClosed");
inline const QString Packed = QStringLiteral("Packed");
// Shipping.
inline const QString TrackingRangeLow = QStringLiteral("TrackingRangeLow");
inline const QString ShipmentConfirmed = QStringLiteral("ShipmentConfirmed");
inline const QString LabelReprinted = QStringLiteral("LabelReprinted");
// Replenishment, stock snapshots and CSV import: tasks and imports stay in the warehouse (the log is their
// record); the snapshot is for the central service.
inline const QString ReplenishmentTaskCreated = QStringLiteral("ReplenishmentTaskCreated");
inline const QString ReplenishmentConfirmed = QStringLiteral("ReplenishmentConfirmed");
inline const QString ReplenishmentTaskClosed = QStringLiteral("ReplenishmentTaskClosed");
inline const QString StockSnapshot = QStringLiteral("StockSnapshot");
inline const QString CsvImported = QStringLiteral("CsvImported");
// Stock control: cycle counts (local; their corrections are StockAdjusted), scrap, quarantine, returns.
inline const QString CountToleranceSet = QStringLiteral("CountToleranceSet");
inline const QString CountTaskCreated = QStringLiteral("CountTaskCreated");
inline const QString CountLineRecorded = QStringLiteral("CountLineRecorded");
inline const QString CountSubmitted = QStringLiteral("CountSubmitted");
inline const QString CountRecountRequested = QStringLiteral("CountRecountRequested");
inline const QString CountApproved = QStringLiteral("CountApproved");
inline const QString CountCancelled = QStringLiteral("CountCancelled");
inline const QString StockScrapped = QStringLiteral("StockScrapped");
inline const QString StockQuarantined = QStringLiteral("StockQuarantined");
inline const QString QuarantineReleased = QStringLiteral("QuarantineReleased");
inline const QString ReturnAuthorized = QStringLiteral("ReturnAuthorized");
inline const QString ReturnOpened = QStringLiteral("ReturnOpened");
inline const QString ReturnItemReceived = QStringLiteral("ReturnItemReceived");
inline const QString Restocked = QStringLiteral("Restocked");
inline const QString ReturnReceived = QStringLiteral("ReturnReceived");
// Receiving and putaway: the ASN, the receipt's steps and the putaway decision stay in the warehouse;
// ReceiptPosted (with the StockReceived of what landed) goes to the central service.
inline const QString AsnRegistered = QStringLiteral("AsnRegistered");
inline const QString ReceiptOpened = QStringLiteral("ReceiptOpened");
inline const QString ReceiptScanned = QStringLiteral("ReceiptScanned");
inline const QString ReceiptScanUndone = QStringLiteral("ReceiptScanUndone");
inline const QString ReceiptPosted = QStringLiteral("ReceiptPosted");
inline const QString Putaway = QStringLiteral("Putaway");

bool isCloudBound(const QString& type);
} // namespace EventType

} // namespace wh
