#include "Result.h"

namespace wh {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return QStringLiteral("invalid_argument");
    case ErrorCode::NegativeQuantity:
        return QStringLiteral("negative_quantity");
    case ErrorCode::UnknownTenant:
        return QStringLiteral("unknown_tenant");
    case ErrorCode::UnknownSku:
        return QStringLiteral("unknown_sku");
    case ErrorCode::UnknownLocation:
        return QStringLiteral("unknown_location");
    case ErrorCode::UnknownOrder:
        return QStringLiteral("unknown_order");
    case ErrorCode::ForeignTenant:
        return QStringLiteral("foreign_tenant");
    case ErrorCode::PermissionDenied:
        return QStringLiteral("permission_denied");
    case ErrorCode::ApprovalRequired:
        return QStringLiteral("approval_required");
    case ErrorCode::AlreadyExists:
        return QStringLiteral("already_exists");
    case ErrorCode::InsufficientStock:
        return QStringLiteral("insufficient_stock");
    case ErrorCode::TooManyItems:
        return QStringLiteral("too_many_items");
    case ErrorCode::OrderValueOutOfRange:
        return QStringLiteral("order_value_out_of_range");
    case ErrorCode::IllegalTransition:
        return QStringLiteral("illegal_transition");
    case ErrorCode::NothingToRelease:
        return QStringLiteral("nothing_to_release");
    case ErrorCode::NotFullyPicked:
        return QStringLiteral("not_fully_picked");
    case ErrorCode::OverPick:
        return QStringLiteral("over_pick");
    case ErrorCode::AlreadyPicked:
        return QStringLiteral("already_picked");
    case ErrorCode::UnknownTask:
        return QStringLiteral("unknown_task");
    case ErrorCode::NothingToPick:
        return QStringLiteral("nothing_to_pick");
    case ErrorCode::WrongBin:
        return QStringLiteral("wrong_bin");
    case ErrorCode::WrongItem:
        return QStringLiteral("wrong_item");
    case ErrorCode::WrongLot:
        return QStringLiteral("wrong_lot");
    case ErrorCode::ToteInUse:
        return QStringLiteral("tote_in_use");
    case ErrorCode::TooLateToModify:
        return QStringLiteral("too_late_to_modify");
    case ErrorCode::TrackingRangeExhausted:
        return QStringLiteral("tracking_range_exhausted");
    case ErrorCode::NoRate:
        return QStringLiteral("no_rate");
    case ErrorCode::PromiseNotMet:
        return QStringLiteral("promise_not_met");
    case ErrorCode::NoCartonFits:
        return QStringLiteral("no_carton_fits");
    case ErrorCode::NotInOrder:
        return QStringLiteral("not_in_order");
    case ErrorCode::OverPack:
        return QStringLiteral("over_pack");
    case ErrorCode::WeightOutOfTolerance:
        return QStringLiteral("weight_out_of_tolerance");
    case ErrorCode::ItemsMissing:
        return QStringLiteral("items_missing");
    case ErrorCode::UnknownCarton:
        return QStringLiteral("unknown_carton");
    case ErrorCode::CartonNotOpen:
        return QStringLiteral("carton_not_open");
    case ErrorCode::NotPacked:
        return QStringLiteral("not_packed");
    case ErrorCode::UnknownShipment:
        return QStringLiteral("unknown_shipment");
    case ErrorCode::NotConfigured:
        return QStringLiteral("not_configured");
    case ErrorCode::UnreadableScan:
        return QStringLiteral("unreadable_scan");
    case ErrorCode::NotSupported:
        return QStringLiteral("not_supported");
    case ErrorCode::StorageFull:
        return QStringLiteral("storage_full");
    case ErrorCode::StorageReadOnly:
        return QStringLiteral("storage_read_only");
    case ErrorCode::StorageBusy:
        return QStringLiteral("storage_busy");
    case ErrorCode::StorageCorrupt:
        return QStringLiteral("storage_corrupt");
    case ErrorCode::SchemaTooNew:
        return QStringLiteral("schema_too_new");
    case ErrorCode::StorageError:
        return QStringLiteral("storage_error");
    }
    return QStringLiteral("unknown_error");
}

} // namespace wh
