#pragma once

#include "Clock.h"
#include "DomainEvent.h"
#include "InventoryState.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace wh {

enum class ReplenishmentStatus
{
    Open,       // stock is to be moved from bulk to the face
    Unfillable, // the face is below its minimum and bulk holds nothing to refill it with
    Done,       // everything planned was moved
    Replaced,   // an unfillable task superseded by a real one once bulk stock came in
    NotNeeded   // an unfillable task whose face rose above its minimum by other means
};
QString replenishmentStatusName(ReplenishmentStatus status);
std::optional<ReplenishmentStatus> replenishmentStatusFromName(const QString& name);

// Where a task suggests taking the stock from: a bulk row, earliest expiry first.
struct ReplenishmentLine
{
    int lineNo = 0;
    QString from;
    QString lot;
    QDate expiry;
    std::int64_t quantity = 0;
};

// A pick face's refill from bulk. Its id is "R<seq>", the sequence number of the event that created it.
struct ReplenishmentTask
{
    QString id;
    QString location; // the pick face
    QString sku;
    std::int64_t quantity = 0; // what the task moves in all (0 for an unfillable task)
    std::int64_t wanted = 0;   // what would bring the face to its maximum
    std::int64_t moved = 0;
    ReplenishmentStatus status = ReplenishmentStatus::Open;
    QList<ReplenishmentLine> lines;

    std::int64_t remaining() const { return quantity - moved; }
    bool active() const
    {
        return status == ReplenishmentStatus::Open || status == ReplenishmentStatus::Unfillable;
    }
};

// The read side replenishment needs, for one tenant, beside InventoryState.
class ReplenishmentState
{
public:
    virtual ~ReplenishmentState() = default;
    // The pick faces kept stocked with the SKU (Location::replenishSku), or every pick face with a SKU to
    // replenish when `sku` is empty.
    virtual QList<Location> pickFaces(const QString& sku) const = 0;
    // Every stock row of the SKU in the location, reserved or not.
    virtual QList<StockRecord> stockAt(const QString& location, const QString& sku) const = 0;
    virtual std::optional<ReplenishmentTask> replenishmentTask(const QString& id) const = 0;
    // The face's open or unfillable task, if it has one (there is never more than one).
    virtual std::optional<ReplenishmentTask> activeReplenishment(const QString& location) const = 0;
};

struct ConfirmReplenishment
{
    QString taskId;
    QString from; // the bulk bin the units were taken from
    QString lot;
    std::int64_t quantity = 0;
};

// Keeps pick faces stocked. A face whose available stock of its SKU (on hand minus reserved, expired lots
// not counted) is below its minimum gets one task to bring its on-hand stock up to its maximum from bulk,
// FEFO: unexpired lots only, earliest expiry first, lots without expiry last, then the pick path; reserved
// bulk stock is never planned or moved. No bulk stock: the task is recorded as unfillable, so the shortage
// is visible, and it is replaced by a real task as soon as bulk stock comes in. docs/replenishment.md.
class Replenishment
{
public:
    Replenishment(const InventoryState& state, const ReplenishmentState& replenishment, const Clock& clock)
        : m_state(state)
        , m_replenishment(replenishment)
        , m_clock(clock)
    {}

    // The tasks to create (and unfillable ones to close) for the faces of these SKUs, or of every face when
    // `allFaces` is set (the scheduled run: lots expire without any action). `nextSeq` is the sequence number
    // the first returned event will get: task ids are taken from it.
    EventList plan(const QSet<QString>& skus, std::int64_t nextSeq, bool allFaces = false) const;
    // The units moved from bulk to the task's face: StockMoved, ReplenishmentConfirmed, and
    // ReplenishmentTaskClosed when the task is done. One action.
    Result<EventList> confirm(const ConfirmReplenishment& cmd) const;

    // The SKUs whose stock an action's events touched, so only their faces are looked at afterwards.
    static QSet<QString> touchedSkus(const QList<RecordedEvent>& events);

    static QJsonObject lineToJson(const ReplenishmentLine& line);
    static ReplenishmentLine lineFromJson(const QJsonObject& json);

private:
    struct FaceLevel
    {
        std::int64_t onHand = 0;
        std::int64_t available = 0;
    };
    FaceLevel faceLevel(const Location& face) const;
    // Unexpired, unreserved bulk rows of the SKU in FEFO order.
    QList<StockRecord> bulkRows(const QString& sku) const;
    void planFace(const Location& face, std::int64_t nextSeq, EventList& events) const;

    const InventoryState& m_state;
    const ReplenishmentState& m_replenishment;
    const Clock& m_clock;
};

} // namespace wh
