#pragma once

// The wire protocol between an appliance and the central order service (docs/protocol.md): topics, the
// envelopes, and their strict decoding. Qt Core only, so the reference central service links this and
// nothing else of the appliance.

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>
#include <variant>

namespace wh::protocol {

constexpr int kVersion = 1;

// wh/v1/<warehouse>/<tenant>/<channel>, and wh/v1/<warehouse>/status for the appliance as a whole. Both ids
// are 1-32 characters of [A-Za-z0-9_-], so they never hold a topic separator or a wildcard.
enum class Channel
{
    Events,      // edge -> cloud: batches of events, in sequence order
    Acks,        // cloud -> edge: events received, up to a sequence number
    Commands,    // cloud -> edge: numbered commands
    CommandAcks, // edge -> cloud: commands applied (or refused, or dead-lettered), up to a number
    Hello,       // edge -> cloud on every connect: where the appliance stands
    Status       // edge -> cloud, retained, with a last will saying offline (no tenant)
};
QString channelName(Channel channel);

bool validId(const QString& id);
QString topic(const QString& warehouse, const QString& tenant, Channel channel);
QString statusTopic(const QString& warehouse);

struct TopicParts
{
    QString warehouse;
    QString tenant; // empty for the status topic
    Channel channel = Channel::Status;
};
std::optional<TopicParts> parseTopic(const QString& topic);

// One event as it travels. `prev` is the sequence number of the tenant's previous cloud-bound event (0 for
// its first): the receiver sees a gap at once, whatever MQTT did to the order of messages.
struct WireEvent
{
    std::int64_t seq = 0;
    std::int64_t prev = 0;
    QString id;
    QString type;
    QString aggregateType;
    QString aggregateId;
    std::int64_t version = 0;
    std::int64_t occurredAtMs = 0;
    QString user;
    QString station;
    QByteArray payload; // compact JSON object, as the log holds it
};

// Builds the batch without a JSON DOM: the payloads are already compact JSON and are copied as they are.
QByteArray encodeEvents(const QString& warehouse, const QString& tenant, const QList<WireEvent>& events);

// Why a message was not accepted; the text is for the dead-letter table and the logs.
struct DecodeError
{
    enum class Kind
    {
        Malformed,          // not JSON, not an object, a field of the wrong type or out of range
        UnsupportedVersion, // a "v" this appliance does not speak
        UnknownKind,        // a message kind or command type it does not know
        WrongTenant         // the envelope names another tenant or warehouse than its topic
    };
    Kind kind = Kind::Malformed;
    QString message;
    std::int64_t number = 0; // a command's number when it could still be read (0: not even that)
    QString id;              // likewise its id
};
QString decodeErrorKindName(DecodeError::Kind kind);

template <typename T> using Decoded = std::variant<T, DecodeError>;

struct EventBatch
{
    QString warehouse;
    QString tenant;
    QList<WireEvent> events;
};
Decoded<EventBatch> decodeEvents(const QByteArray& message, const TopicParts& topic);

struct Ack
{
    QString tenant;
    std::int64_t upTo = 0; // every event of the tenant with seq <= upTo was received, in order
};
QByteArray encodeAck(const Ack& ack);
Decoded<Ack> decodeAck(const QByteArray& message, const TopicParts& topic);

// The command types the appliance applies.
enum class CommandType
{
    ReserveInventory,
    CancelOrder,
    ModifyOrder,
    ReleaseReservation,
    AdvanceShippingNotice,
    DefineSku,
    DefineRateCard,
    CreateRma // a return the central service authorises after a cancellation came too late
};
QString commandTypeName(CommandType type);
std::optional<CommandType> commandTypeFromName(const QString& name);

struct Command
{
    QString tenant;
    std::int64_t number = 0; // per warehouse and tenant, from 1, no gaps
    QString id;              // unique, 1-128 characters: the inbox key
    CommandType type = CommandType::ReserveInventory;
    QByteArray body; // compact JSON object, validated by the command's own decoder
};
QByteArray encodeCommand(const Command& command);
// Checks the envelope only; a command whose envelope is sound but whose body is not is still numbered and
// can be dead-lettered in its place, so it never blocks what follows.
Decoded<Command> decodeCommand(const QByteArray& message, const TopicParts& topic);

// Edge -> cloud on every connect, one per tenant: where the appliance stands. The central service answers
// by sending again every command after `commandsApplied` and by acknowledging the events it already holds
// (an ack may have been lost with the link).
struct Hello
{
    QString warehouse;
    QString tenant;
    QString session;                  // new on every connect: tells a reconnect from a duplicate hello
    std::int64_t commandsApplied = 0; // the tenant's command cursor: every number up to it is done
    std::int64_t eventsLast = 0;      // the tenant's newest cloud-bound event
    std::int64_t eventsAcked = 0;     // the highest acknowledgement the appliance has recorded
    std::int64_t sentAtMs = 0;
};
QByteArray encodeHello(const Hello& hello);
Decoded<Hello> decodeHello(const QByteArray& message, const TopicParts& topic);

// What became of one command.
enum class CommandOutcomeKind
{
    Applied,    // its effects are committed; firstSeq..lastSeq are its events (0 when it wrote none)
    Refused,    // a rule refused it; code and message say why (an answered refusal has its events)
    DeadLetter, // it could not be read or is not this appliance's to apply; kept with the reason
    Duplicate   // already done: the first outcome stands and nothing happened now
};
QString commandOutcomeName(CommandOutcomeKind kind);
std::optional<CommandOutcomeKind> commandOutcomeFromName(const QString& name);

struct CommandResult
{
    std::int64_t number = 0; // 0 for a dead letter whose number could not be read
    QString id;
    CommandOutcomeKind outcome = CommandOutcomeKind::Applied;
    QString code;    // error code when refused, decode error kind when dead-lettered
    QString message; // plain sentence
    std::int64_t firstSeq = 0;
    std::int64_t lastSeq = 0;
};

// Edge -> cloud: the tenant's command cursor (every command up to `upTo` is done, whatever its outcome) and
// the outcomes since the last report. A report with no results just states the cursor (an answer to a
// command that arrived ahead of a gap: send again from upTo + 1).
struct CommandAck
{
    QString warehouse;
    QString tenant;
    std::int64_t upTo = 0;
    QList<CommandResult> results;
};
QByteArray encodeCommandAck(const CommandAck& ack);
Decoded<CommandAck> decodeCommandAck(const QByteArray& message, const TopicParts& topic);

// The appliance as a whole, retained on wh/v1/<warehouse>/status. The last will (registered at connect)
// says offline with reason "connection_lost"; a clean stop says offline with reason "shutdown".
struct Status
{
    QString warehouse;
    bool online = false;
    QString reason; // offline only: connection_lost, shutdown
    QString session;
    std::int64_t sinceMs = 0; // online: when the link came up; 0 in the last will
    QString appVersion;
};
QByteArray encodeStatus(const Status& status);
Decoded<Status> decodeStatus(const QByteArray& message, const TopicParts& topic);

} // namespace wh::protocol
