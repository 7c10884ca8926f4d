#include "Result.h"

#include <QCoreApplication>

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
    // Stock control.
    case ErrorCode::UnknownCount:
        return QStringLiteral("unknown_count");
    case ErrorCode::BinBeingCounted:
        return QStringLiteral("bin_being_counted");
    case ErrorCode::NothingCounted:
        return QStringLiteral("nothing_counted");
    case ErrorCode::UnknownReturn:
        return QStringLiteral("unknown_return");
    case ErrorCode::UnknownRma:
        return QStringLiteral("unknown_rma");
    case ErrorCode::OverReturn:
        return QStringLiteral("over_return");
    case ErrorCode::LotExpired:
        return QStringLiteral("lot_expired");
    // Receiving and putaway.
    case ErrorCode::UnknownAsn:
        return QStringLiteral("unknown_asn");
    case ErrorCode::AsnClosed:
        return QStringLiteral("asn_closed");
    case ErrorCode::UnknownReceipt:
        return QStringLiteral("unknown_receipt");
    case ErrorCode::ReceiptNotOpen:
        return QStringLiteral("receipt_not_open");
    case ErrorCode::UnknownPallet:
        return QStringLiteral("unknown_pallet");
    case ErrorCode::DuplicateSerial:
        return QStringLiteral("duplicate_serial");
    case ErrorCode::OverCapacity:
        return QStringLiteral("over_capacity");
    case ErrorCode::NoBinFits:
        return QStringLiteral("no_bin_fits");
    case ErrorCode::UnknownUser:
        return QStringLiteral("unknown_user");
    case ErrorCode::WrongPin:
        return QStringLiteral("wrong_pin");
    case ErrorCode::AccountLocked:
        return QStringLiteral("account_locked");
    }
    return QStringLiteral("unknown_error");
}

RefusalArg::RefusalArg(QString text)
    : m_text(std::move(text))
{}

RefusalArg::RefusalArg(const Refusal& refusal)
    : m_text(refusal.english())
    , m_refusal(std::make_shared<const Refusal>(refusal))
{}

QString RefusalArg::english() const
{
    return m_text;
}

QString RefusalArg::localized() const
{
    return m_refusal ? m_refusal->localized() : m_text;
}

RefusalArg refusalWords(const char* source, QList<RefusalArg> args)
{
    return RefusalArg(Refusal{source, std::move(args)});
}

RefusalArg refusalList(const QList<RefusalArg>& items, const char* pair)
{
    if (items.isEmpty())
        return {};
    RefusalArg list = items.first();
    for (qsizetype i = 1; i < items.size(); ++i)
        list = refusalWords(pair, {list, items[i]});
    return list;
}

QString substituteArgs(QStringView text, const QStringList& args)
{
    QString out;
    out.reserve(text.size() + 16 * args.size());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c != QLatin1Char('%') || i + 1 >= n || text[i + 1] < QLatin1Char('1') ||
            text[i + 1] > QLatin1Char('9')) {
            out.append(c);
            ++i;
            continue;
        }
        qsizetype index = text[i + 1].unicode() - '0';
        qsizetype length = 2;
        if (i + 2 < n && text[i + 2].isDigit()) {
            const qsizetype two = index * 10 + (text[i + 2].unicode() - '0');
            if (two <= args.size()) {
                index = two;
                length = 3;
            }
        }
        if (index <= args.size())
            out.append(args[index - 1]);
        else
            out.append(text.mid(i, length));
        i += length;
    }
    return out;
}

QString Refusal::english() const
{
    if (!source)
        return {};
    QStringList words;
    words.reserve(args.size());
    for (const RefusalArg& arg : args)
        words.append(arg.english());
    return substituteArgs(QString::fromUtf8(source), words);
}

QString Refusal::localized() const
{
    if (!source)
        return {};
    QStringList words;
    words.reserve(args.size());
    for (const RefusalArg& arg : args)
        words.append(arg.localized());
    return substituteArgs(QCoreApplication::translate("wh::Refusal", source), words);
}

QString Error::localized() const
{
    return refusal.isEmpty() ? message : refusal.localized();
}

Error makeError(ErrorCode code, QString message)
{
    return makeAnsweredError(code, std::move(message), {});
}

Error makeError(ErrorCode code, const char* source, QList<RefusalArg> args)
{
    return makeAnsweredError(code, Refusal{source, std::move(args)}, {});
}

Error makeError(ErrorCode code, Refusal refusal)
{
    return makeAnsweredError(code, std::move(refusal), {});
}

Error makeAnsweredError(ErrorCode code, QString message, EventList answer)
{
    Error error;
    error.code = code;
    error.message = std::move(message);
    error.answer = std::move(answer);
    return error;
}

Error makeAnsweredError(ErrorCode code, const char* source, QList<RefusalArg> args, EventList answer)
{
    return makeAnsweredError(code, Refusal{source, std::move(args)}, std::move(answer));
}

Error makeAnsweredError(ErrorCode code, Refusal refusal, EventList answer)
{
    Error error;
    error.code = code;
    error.message = refusal.english();
    error.answer = std::move(answer);
    error.refusal = std::move(refusal);
    return error;
}

} // namespace wh
