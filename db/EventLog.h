#pragma once

#include "DomainEvent.h"
#include "Sqlite.h"

#include <functional>

namespace wh::db {

// What `verify` found: the first broken link of the hash chain, if any.
struct ChainReport
{
    std::int64_t eventsChecked = 0;
    std::int64_t firstBrokenSeq = 0; // 0: the chain is whole
    QString problem;

    bool intact() const { return firstBrokenSeq == 0; }
};

// How far a long walk over the log is: called now and then (every few thousand events, and at the end) with
// the events done and the events there are, on the thread doing the work.
using LogProgress = std::function<void(std::int64_t done, std::int64_t total)>;

// The append-only event log. Each event's hash covers its fields and the previous event's hash, so any edit,
// removal or reordering of the log breaks the chain at that point (a tamper-evident audit trail; the
// triggers in the schema refuse UPDATE and DELETE outright).
class EventLog
{
public:
    explicit EventLog(Connection& connection)
        : m_connection(connection)
    {}

    static QByteArray genesisHash() { return QByteArray(32, '\0'); }
    static QByteArray computeHash(const RecordedEvent& event);
    // A time-ordered UUID (version 7) for an event recorded at `at`.
    static QString newEventId(const QDateTime& at);

    // Reads the last sequence number and hash; call inside the action's transaction, before appending.
    Status loadHead();
    std::int64_t headSeq() const { return m_headSeq; }

    Result<RecordedEvent> append(const QString& tenantId, const DomainEvent& event, const QByteArray& payload,
                                 const Actor& actor, const QDateTime& at);
    // Copies an event recorded elsewhere as it is (the rebuild's replay).
    Status insertRecorded(const RecordedEvent& event);

    // Calls `visit` for each event from `fromSeq` on, in order, until it returns false.
    Status forEach(std::int64_t fromSeq, const std::function<bool(const RecordedEvent&)>& visit);
    Result<ChainReport> verify(const LogProgress& progress = {});
    // The number of the last event (0: an empty log): the total a progress report counts to.
    Result<std::int64_t> lastSeq();

private:
    Connection& m_connection;
    std::int64_t m_headSeq = 0;
    QByteArray m_headHash;
};

} // namespace wh::db
