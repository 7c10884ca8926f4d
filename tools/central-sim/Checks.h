#pragma once

// The central side's checks, in one place, worded as docs/protocol.md words them: what counts as a
// violation, and how each command may end. docs/central-sim.md prints the same two tables.

#include <QList>
#include <QString>

namespace wh::central {

enum class Violation
{
    Malformed,              // a message on our topics that does not decode
    ChainFork,              // an event that contradicts the chain already built
    EventIdConflict,        // an event id seen again with another seq or payload
    AggregateVersion,       // an aggregate's versions not strictly increasing along the chain
    GapAtEnd,               // a chain still broken at the end
    AnswerUnknownCommand,   // a result for a number never sent
    AnswerIdMismatch,       // a result whose id is not the id sent with that number
    AnsweredDifferently,    // a second (non-duplicate) result with another outcome
    CommandAckBeyondSent,   // a command cursor beyond the last number sent
    Unanswered,             // a command with no result at the end
    UnexpectedOutcome,      // an outcome the command may not have (table below)
    AnswerEventsMismatch,   // the answer's events are not the ones its outcome requires
    AnswerEventsMissing,    // the answer's events never reached the chain
    EventAfterCancel,       // an event for an order after its cancellation, other than the put-back ones
    ShippedAfterCancel,     // ShipmentConfirmed for a cancelled order
    CancelledAfterShipment, // an order cancelled after its ShipmentConfirmed
    Timeout,                // --timeout-s passed before the run was done
    Saga                    // an order saga's rule broken (SagaHost::check, docs/central-sagas.md)
};

struct ViolationSpec
{
    Violation violation;
    const char* name; // snake_case, as the summary prints it
    const char* rule; // the sentence the check enforces
};
const QList<ViolationSpec>& violationSpecs();
QString violationName(Violation violation);

// After an order's OrderStatusChanged to Cancelled, only these may still be written for it: the release of
// its stock, the void of its label, and answers to late commands.
bool allowedAfterCancel(const QString& eventType);

// An answer's events: one of these (type, and a payload field's value when given) must be among the
// order's events in the answer's firstSeq..lastSeq.
struct EventMatch
{
    QString type;
    QString field; // empty: any payload
    QString value;
};

enum class OrderContext
{
    Any,
    Shipped,   // the order's ShipmentConfirmed came before this answer
    NotShipped // it did not
};

struct OutcomeRule
{
    QString command; // command type name
    QString outcome; // applied, refused, dead_letter, duplicate; "*" any
    QString code;    // "*" any
    OrderContext context = OrderContext::Any;
    bool noEvents = false;   // the answer writes nothing (a plain refusal)
    QList<EventMatch> oneOf; // empty and !noEvents: any events
    QString doc;             // the rule as docs/protocol.md states it
};
// First match wins, so the specific rows come before the general ones.
const QList<OutcomeRule>& outcomeRules();
const OutcomeRule* findOutcomeRule(const QString& command, const QString& outcome, const QString& code,
                                   bool shipped);

} // namespace wh::central
