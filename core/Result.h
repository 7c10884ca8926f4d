#pragma once

#include "DomainEvent.h"

#include <QString>

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

struct Error
{
    ErrorCode code = ErrorCode::InvalidArgument;
    QString message; // plain words, fit to show a warehouse worker
    // A refusal the central service's saga must hear of even though nothing else changes (ReservationFailed,
    // ModifyRejected): the rules put the answer here, the store records it alone (events and outbox rows, no
    // other change) and still returns the error. Empty for every other refusal, which writes nothing. From
    // the store, a non-empty answer means it was written.
    EventList answer;

    QString toString() const { return errorCodeName(code) + QStringLiteral(": ") + message; }
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message), {}};
}

inline Error makeAnsweredError(ErrorCode code, QString message, EventList answer)
{
    return Error{code, std::move(message), std::move(answer)};
}

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
