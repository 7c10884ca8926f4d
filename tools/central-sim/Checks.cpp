#include "Checks.h"

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

const QList<OutcomeRule>& outcomeRules()
{
    const QString any = QStringLiteral("*");
    const QString applied = QStringLiteral("applied");
    const QString refused = QStringLiteral("refused");
    const QString reserve = QStringLiteral("ReserveInventory");
    const QString cancel = QStringLiteral("CancelOrder");
    const QString modify = QStringLiteral("ModifyOrder");
    const QString release = QStringLiteral("ReleaseReservation");
    static const QList<OutcomeRule> rules{
        // Whatever the command
        {any,
         QStringLiteral("dead_letter"),
         any,
         OrderContext::Any,
         true,
         {},
         QStringLiteral("a dead letter (unreadable, not this appliance's): nothing written")},
        {any,
         QStringLiteral("duplicate"),
         any,
         OrderContext::Any,
         false,
         {},
         QStringLiteral("only `duplicate` came back (the first answer was lost): the first outcome stands "
                        "and is not known here")},
        // ReserveInventory
        {reserve,
         applied,
         any,
         OrderContext::Any,
         false,
         {{QStringLiteral("InventoryReserved"), {}, {}}},
         QStringLiteral("ReserveInventory applied: OrderRegistered + InventoryReserved (possibly `partial`, "
                        "possibly with ReservationShortfall)")},
        {reserve,
         refused,
         QStringLiteral("insufficient_stock"),
         OrderContext::Any,
         false,
         {{QStringLiteral("ReservationFailed"), QStringLiteral("reason"),
           QStringLiteral("InsufficientStock")}},
         QStringLiteral("ReserveInventory the stock cannot meet: ReservationFailed (InsufficientStock); the "
                        "order is not registered")},
        {reserve,
         refused,
         any,
         OrderContext::Any,
         true,
         {},
         QStringLiteral("ReserveInventory refused by a rule (too_many_items, unknown_sku, "
                        "order_value_out_of_range, ...): a plain refusal, nothing written")},
        // CancelOrder
        {cancel,
         refused,
         any,
         OrderContext::Shipped,
         false,
         {{QStringLiteral("CancelRejected"), QStringLiteral("reason"), QStringLiteral("AlreadyShipped")}},
         QStringLiteral("CancelOrder after ShipmentConfirmed: refused, answered with CancelRejected (reason "
                        "AlreadyShipped); never applied")},
        {cancel,
         applied,
         any,
         OrderContext::NotShipped,
         false,
         {{QStringLiteral("OrderStatusChanged"), QStringLiteral("to"), QStringLiteral("Cancelled")}},
         QStringLiteral(
             "CancelOrder before shipping: OrderStatusChanged to Cancelled (+ ReservationReleased, "
             "ShipmentVoided when a label was printed)")},
        {cancel,
         refused,
         any,
         OrderContext::NotShipped,
         true,
         {},
         QStringLiteral(
             "CancelOrder refused by a rule (unknown_order, illegal_transition): nothing written")},
        // ModifyOrder
        {modify,
         applied,
         any,
         OrderContext::Any,
         false,
         {{QStringLiteral("OrderModified"), {}, {}}},
         QStringLiteral("ModifyOrder applied: OrderModified (+ ReservationReleased and InventoryReserved, "
                        "reason modified)")},
        {modify,
         refused,
         QStringLiteral("too_late_to_modify"),
         OrderContext::Any,
         false,
         {{QStringLiteral("ModifyRejected"), QStringLiteral("code"), QStringLiteral("too_late_to_modify")}},
         QStringLiteral("ModifyOrder too late (PickingStarted, AlreadyShipped, Cancelled): ModifyRejected, "
                        "code too_late_to_modify")},
        {modify,
         refused,
         QStringLiteral("insufficient_stock"),
         OrderContext::Any,
         false,
         {{QStringLiteral("ModifyRejected"), QStringLiteral("code"), QStringLiteral("insufficient_stock")}},
         QStringLiteral("ModifyOrder the stock cannot cover: ModifyRejected, code insufficient_stock")},
        {modify,
         refused,
         any,
         OrderContext::Any,
         true,
         {},
         QStringLiteral("ModifyOrder refused by a rule (unknown_order, unknown_sku, invalid_argument): "
                        "nothing written")},
        // ReleaseReservation, master data
        {release,
         applied,
         any,
         OrderContext::Any,
         false,
         {},
         QStringLiteral("ReleaseReservation applied: ReservationReleased when the order held stock")},
        {QStringLiteral("DefineSku"),
         applied,
         any,
         OrderContext::Any,
         false,
         {},
         QStringLiteral("DefineSku applied: SkuDefined stays in the warehouse")},
        {QStringLiteral("DefineRateCard"),
         applied,
         any,
         OrderContext::Any,
         false,
         {},
         QStringLiteral("DefineRateCard applied: RateCardDefined stays in the warehouse")},
        {QStringLiteral("AdvanceShippingNotice"),
         applied,
         any,
         OrderContext::Any,
         false,
         {},
         QStringLiteral("AdvanceShippingNotice applied")},
        {any,
         refused,
         any,
         OrderContext::Any,
         true,
         {},
         QStringLiteral("any other refusal: nothing written")},
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
