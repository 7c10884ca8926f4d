#include "Checks.h"

#include <QStringList>

namespace wh::central {

const QList<ViolationSpec>& violationSpecs()
{
    static const QList<ViolationSpec> specs{
        {Violation::Malformed, "malformed",
         "a message on an edge -> cloud topic decodes strictly (sync/Protocol.h), or it is recorded and "
         "dropped"},
        {Violation::ChainFork, "chain_fork",
         "a tenant's stream is one chain: an event at or below the cursor is one already in it, and a new "
         "event links to the cursor or beyond it, never behind it"},
        {Violation::EventIdConflict, "event_id_conflict",
         "an event id is the consumer's idempotency key: seen again, it has the same seq and the same "
         "payload"},
        {Violation::AggregateVersion, "aggregate_version",
         "per aggregate (tenant, aggregateType, aggregateId) versions strictly increase along the chain"},
        {Violation::GapAtEnd, "gap_at_end",
         "at the end no gap is left in any tenant's chain: the cursor is the highest seq seen"},
        {Violation::AnswerUnknownCommand, "answer_unknown_command",
         "a command-ack result names a command number that was sent"},
        {Violation::AnswerIdMismatch, "answer_id_mismatch",
         "a result's id is the id sent with that number (same number, same id on every resend)"},
        {Violation::AnsweredDifferently, "answered_differently",
         "every command is answered once with one outcome; a redelivery gets `duplicate` or the first "
         "answer again"},
        {Violation::CommandAckBeyondSent, "command_ack_beyond_sent",
         "a command cursor (command-ack upTo, hello commandsApplied) is never beyond the last number sent"},
        {Violation::Unanswered, "unanswered",
         "every command sent is answered (applied, refused or dead_letter) by the end"},
        {Violation::UnexpectedOutcome, "unexpected_outcome",
         "a command ends only as the outcome table allows"},
        {Violation::AnswerEventsMismatch, "answer_events_mismatch",
         "the events of an answer (firstSeq..lastSeq) are the ones its outcome requires; a plain refusal "
         "writes none"},
        {Violation::AnswerEventsMissing, "answer_events_missing",
         "the events an answer names reach the central service's chain"},
        {Violation::EventAfterCancel, "event_after_cancel",
         "no event for an order after its OrderStatusChanged to Cancelled except ReservationReleased, "
         "ShipmentVoided and the answers CancelRejected / ModifyRejected"},
        {Violation::ShippedAfterCancel, "shipped_after_cancel", "no ShipmentConfirmed for a cancelled order"},
        {Violation::CancelledAfterShipment, "cancelled_after_shipment",
         "CancelOrder after ShipmentConfirmed ends as CancelRejected (AlreadyShipped), never as Cancelled"},
        {Violation::Timeout, "timeout",
         "the run ends (all commands answered, chains closed) within --timeout-s"},
        {Violation::Saga, "saga",
         "every order's saga ends terminal or in a documented waiting state, moves only along the status "
         "table, captures what its shipped parts owe and never on an expired authorisation, and writes each "
         "notification with the status change it tells of"},
    };
    return specs;
}

QString violationName(Violation violation)
{
    for (const ViolationSpec& spec : violationSpecs())
        if (spec.violation == violation)
            return QLatin1String(spec.name);
    return {};
}

bool allowedAfterCancel(const QString& eventType)
{
    // The cancellation's own OrderStatusChanged is checked before the order counts as cancelled, so it is
    // not on this list: a later status change of a cancelled order is a violation.
    static const QList<QString> allowed{
        QStringLiteral("ReservationReleased"),
        QStringLiteral("ShipmentVoided"),
        QStringLiteral("CancelRejected"),
        QStringLiteral("ModifyRejected"),
    };
    return allowed.contains(eventType);
}

namespace {

// One row of the outcome table. `events`: "*" any, "-" none, else "Type" or "Type field=value".
OutcomeRule row(const char* command, const char* outcome, const char* code, OrderContext context,
                const char* events, const char* doc)
{
    OutcomeRule rule;
    rule.command = QLatin1String(command);
    rule.outcome = QLatin1String(outcome);
    rule.code = QLatin1String(code);
    rule.context = context;
    rule.doc = QLatin1String(doc);
    const QString spec = QLatin1String(events);
    if (spec == QLatin1String("-")) {
        rule.noEvents = true;
    } else if (spec != QLatin1String("*")) {
        const QStringList parts = spec.split(QLatin1Char(' '));
        EventMatch match{parts[0], {}, {}};
        if (parts.size() == 2) {
            match.field = parts[1].section(QLatin1Char('='), 0, 0);
            match.value = parts[1].section(QLatin1Char('='), 1);
        }
        rule.oneOf.append(match);
    }
    return rule;
}

} // namespace

const QList<OutcomeRule>& outcomeRules()
{
    using C = OrderContext;
    // Read as the specification: command, outcome, code, when, the order's events in the answer, the rule.
    static const QList<OutcomeRule> rules{
        row("*", "dead_letter", "*", C::Any, "-",
            "a dead letter (unreadable, not this appliance's): nothing written"),
        row("*", "duplicate", "*", C::Any, "*",
            "only `duplicate` came back (the first answer was lost): the first outcome stands and is not "
            "known here"),
        row("ReserveInventory", "applied", "*", C::Any, "InventoryReserved",
            "ReserveInventory applied: OrderRegistered + InventoryReserved (possibly `partial`, possibly "
            "with ReservationShortfall)"),
        row("ReserveInventory", "refused", "insufficient_stock", C::Any,
            "ReservationFailed reason=InsufficientStock",
            "ReserveInventory the stock cannot meet: ReservationFailed (InsufficientStock); the order is not "
            "registered"),
        row("ReserveInventory", "refused", "*", C::Any, "-",
            "ReserveInventory refused by a rule (too_many_items, unknown_sku, order_value_out_of_range, "
            "...): nothing written"),
        row("CancelOrder", "applied", "*", C::Shipped, "CancelRejected reason=AlreadyShipped",
            "CancelOrder after ShipmentConfirmed: not an error but the saga's answer, CancelRejected "
            "(AlreadyShipped); the order stays shipped"),
        row("CancelOrder", "applied", "*", C::NotShipped, "OrderStatusChanged to=Cancelled",
            "CancelOrder before shipping: OrderStatusChanged to Cancelled (+ ReservationReleased, "
            "ShipmentVoided when a label was printed)"),
        row("CancelOrder", "refused", "*", C::NotShipped, "-",
            "CancelOrder refused by a rule (unknown_order, illegal_transition): nothing written"),
        row("ModifyOrder", "applied", "*", C::Any, "OrderModified",
            "ModifyOrder applied: OrderModified (+ ReservationReleased and InventoryReserved, reason "
            "modified)"),
        row("ModifyOrder", "refused", "too_late_to_modify", C::Any, "ModifyRejected code=too_late_to_modify",
            "ModifyOrder too late (PickingStarted, AlreadyShipped, Cancelled): ModifyRejected, code "
            "too_late_to_modify"),
        row("ModifyOrder", "refused", "insufficient_stock", C::Any, "ModifyRejected code=insufficient_stock",
            "ModifyOrder the stock cannot cover: ModifyRejected, code insufficient_stock"),
        row("ModifyOrder", "refused", "*", C::Any, "-",
            "ModifyOrder refused by a rule (unknown_order, unknown_sku, invalid_argument): nothing written"),
        row("ReleaseReservation", "applied", "*", C::Any, "*",
            "ReleaseReservation applied: ReservationReleased when the order held stock"),
        row("ReleaseReservation", "refused", "*", C::Any, "-",
            "ReleaseReservation refused by a rule: nothing written"),
        row("DefineSku", "applied", "*", C::Any, "*", "DefineSku applied: SkuDefined stays in the warehouse"),
        row("DefineSku", "refused", "*", C::Any, "-", "DefineSku refused by a rule: nothing written"),
        row("DefineRateCard", "applied", "*", C::Any, "*",
            "DefineRateCard applied: RateCardDefined stays in the warehouse"),
        row("DefineRateCard", "refused", "*", C::Any, "-",
            "DefineRateCard refused by a rule: nothing written"),
        row("AdvanceShippingNotice", "applied", "*", C::Any, "*", "AdvanceShippingNotice applied"),
        row("AdvanceShippingNotice", "refused", "*", C::Any, "-",
            "AdvanceShippingNotice refused by a rule: nothing written"),
        row("CreateRma", "applied", "*", C::Any, "*",
            "CreateRma applied: ReturnAuthorized stays in the warehouse; the return answers with ReturnReceived"),
        row("CreateRma", "refused", "*", C::Any, "-", "CreateRma refused by a rule: nothing written"),
    };
    return rules;
}

const OutcomeRule* findOutcomeRule(const QString& command, const QString& outcome, const QString& code,
                                   bool shipped)
{
    const QString any = QStringLiteral("*");
    for (const OutcomeRule& rule : outcomeRules()) {
        if (rule.command != any && rule.command != command)
            continue;
        if (rule.outcome != any && rule.outcome != outcome)
            continue;
        if (rule.code != any && rule.code != code)
            continue;
        if (rule.context == OrderContext::Shipped && !shipped)
            continue;
        if (rule.context == OrderContext::NotShipped && shipped)
            continue;
        return &rule;
    }
    return nullptr;
}

} // namespace wh::central
