#pragma once

#include "DomainEvent.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <memory>
#include <optional>
#include <utility>
#include <variant>

namespace wh {

// Every failure a caller can meet, across all layers. The domain returns these instead of throwing, and the
// store maps SQLite's result codes onto the Storage* ones, so a widget or the sync engine can tell "the disk
// is full" from "that bin belongs to another merchant" without parsing text.
enum class ErrorCode
{
    InvalidArgument,
    NegativeQuantity,
    UnknownTenant,
    UnknownSku,
    UnknownLocation,
    UnknownOrder,
    ForeignTenant,    // the thing exists, but belongs to another tenant
    PermissionDenied, // the actor's role may never do this
    ApprovalRequired, // an override: allowed once a supervisor approves it
    AlreadyExists,
    InsufficientStock,
    TooManyItems,
    OrderValueOutOfRange,
    IllegalTransition,
    NothingToRelease,
    NotFullyPicked,
    OverPick,
    AlreadyPicked,
    UnknownTask,
    NothingToPick,
    WrongBin,
    WrongItem,
    WrongLot,
    ToteInUse,
    TooLateToModify,        // picking has started (or the order left): the order stays as it is
    TrackingRangeExhausted, // the carrier's range for this tenant is used up: ask the carrier for a new one
    NoRate,                 // no rate card prices the parcel
    PromiseNotMet,          // rates exist, none delivers by the promised date: a supervisor decides
    NoCartonFits,           // no configured carton takes the items: split the parcel
    NotInOrder,             // a packed item that the order does not hold (an extra item)
    OverPack,               // more units of a line packed than were picked
    WeightOutOfTolerance,   // the scale disagrees with the carton's expected weight
    ItemsMissing,           // the last carton closes with picked units still unpacked
    UnknownCarton,
    CartonNotOpen,
    NotPacked,
    UnknownShipment,
    NotConfigured,  // shipping master data (carton types, rate cards, ship-from) is missing
    UnreadableScan, // a scan refused by the decoder (garbage, two codes as one, partial read, bad GS1 data)
    NotSupported,   // a command this appliance knows but cannot carry out in this version
    StorageFull,
    StorageReadOnly,
    StorageBusy,
    StorageCorrupt,
    SchemaTooNew,
    StorageError,
    // Stock control: cycle counts, quarantine and returns.
    UnknownCount,    // no count task of that id for this merchant
    BinBeingCounted, // the bin is already in an open count
    NothingCounted,  // a count submitted without a single counted line
    UnknownReturn,   // no customer return of that id for this merchant
    UnknownRma,      // no return authorisation of that id for this merchant
    OverReturn,      // more units back than were shipped or authorised
    LotExpired,      // an expired lot may not go back into sellable stock
    // Receiving and putaway.
    UnknownAsn,      // no ASN of that id for this tenant
    AsnClosed,       // a receipt against the ASN was posted already
    UnknownReceipt,  // no receipt of that id for this tenant
    ReceiptNotOpen,  // the receipt was posted: nothing more goes into it
    UnknownPallet,   // an SSCC the receipt's ASN does not announce
    DuplicateSerial, // a serial number received before
    OverCapacity,    // the bin cannot take the volume or weight on top of what it holds
    NoBinFits,       // no bin the putaway rules allow takes it: the operator chooses one
    // The kiosk's staff.
    UnknownUser,   // no member of staff with that number or badge on this appliance
    WrongPin,      // the PIN does not match; the message says how many tries are left
    AccountLocked, // too many wrong PINs: locked until the time the message names
};

QString errorCodeName(ErrorCode code);

struct Refusal;

// One argument of a refusal's text: words that stay as they are in every language (a bin, an order id, a
// number already made text) or another refusal, whose text is translated along with the one it sits in.
class RefusalArg
{
public:
    RefusalArg() = default;
    RefusalArg(QString text);
    RefusalArg(const Refusal& refusal);

    QString english() const;
    QString localized() const;

private:
    QString m_text;
    std::shared_ptr<const Refusal> m_refusal;
};

// The English source of a refusal's words and their arguments (%1..%n), kept beside Error::message so that
// the kiosk can show the refusal in its worker's language while the log and the central service read English.
// The source is a string literal marked with QT_TRANSLATE_NOOP("wh::Refusal", ...) at the call site: lupdate
// reads the literal there (it does not expand macros, so a wrapper macro would hide the text from it), and
// the kiosk's .ts files hold its translations (docs/kiosk.md, Languages).
struct Refusal
{
    const char* source = nullptr; // UTF-8, static; null when the refusal has no translatable source
    QList<RefusalArg> args;

    bool isEmpty() const { return source == nullptr; }
    // The source with its arguments, in English.
    QString english() const;
    // The source as the installed translators have it (English when none does), with its arguments.
    QString localized() const;
};

// Words inside a refusal's text that are translated with it (" lot %1", "RMA %1"): an argument of the text.
RefusalArg refusalWords(const char* source, QList<RefusalArg> args = {});

// Several words in a row ("a; b; c"): pair joins two of them, as QT_TRANSLATE_NOOP("wh::Refusal", "%1; %2").
RefusalArg refusalList(const QList<RefusalArg>& items, const char* pair);

// The text with %1..%n replaced by args[0..n-1] in one pass, so an argument holding "%2" stays as it is.
// A placeholder without an argument stays too; two digits (%10) count when there are that many arguments.
QString substituteArgs(QStringView text, const QStringList& args);

struct Error
{
    ErrorCode code = ErrorCode::InvalidArgument;
    // Plain words, fit to show a warehouse worker, in English: the log, the command line and the central
    // service (refusal answers over MQTT) read this, whatever the kiosk's language is.
    QString message;
    // A refusal the central service's saga must hear of even though nothing else changes (ReservationFailed,
    // ModifyRejected): the rules put the answer here, the store records it alone (events and outbox rows, no
    // other change) and still returns the error. Empty for every other refusal, which writes nothing. From
    // the store, a non-empty answer means it was written.
    EventList answer;
    // The message's translatable source and arguments; empty for the messages that stay English (developer
    // and protocol diagnostics, docs/kiosk.md).
    Refusal refusal;

    QString toString() const { return errorCodeName(code) + QStringLiteral(": ") + message; }
    // The message in the language of the installed translators (the kiosk's), for the screen; message itself
    // when the refusal has no translatable source.
    QString localized() const;
};

// A message that stays English in every language (a developer's or a protocol diagnostic).
Error makeError(ErrorCode code, QString message);
// A refusal a worker may read: source is QT_TRANSLATE_NOOP("wh::Refusal", "..."), args fill %1..%n.
Error makeError(ErrorCode code, const char* source, QList<RefusalArg> args = {});
Error makeError(ErrorCode code, Refusal refusal);

Error makeAnsweredError(ErrorCode code, QString message, EventList answer);
Error makeAnsweredError(ErrorCode code, const char* source, QList<RefusalArg> args, EventList answer);
Error makeAnsweredError(ErrorCode code, Refusal refusal, EventList answer);

// A value or a typed error (std::expected is C++23; this is the part of it the project needs).
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace wh
