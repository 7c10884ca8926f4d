#include "Protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringList>

#include <array>
#include <utility>

namespace wh::protocol {

namespace {

constexpr std::array<std::pair<Channel, const char*>, 6> kChannels{{
    {Channel::Events, "events"},
    {Channel::Acks, "acks"},
    {Channel::Commands, "commands"},
    {Channel::CommandAcks, "command-acks"},
    {Channel::Hello, "hello"},
    {Channel::Status, "status"},
}};

constexpr std::array<std::pair<CommandType, const char*>, 8> kCommandTypes{{
    {CommandType::ReserveInventory, "ReserveInventory"},
    {CommandType::CancelOrder, "CancelOrder"},
    {CommandType::ModifyOrder, "ModifyOrder"},
    {CommandType::ReleaseReservation, "ReleaseReservation"},
    {CommandType::AdvanceShippingNotice, "AdvanceShippingNotice"},
    {CommandType::DefineSku, "DefineSku"},
    {CommandType::DefineRateCard, "DefineRateCard"},
    {CommandType::CreateRma, "CreateRma"},
}};

constexpr std::array<std::pair<CommandOutcomeKind, const char*>, 4> kOutcomes{{
    {CommandOutcomeKind::Applied, "applied"},
    {CommandOutcomeKind::Refused, "refused"},
    {CommandOutcomeKind::DeadLetter, "dead_letter"},
    {CommandOutcomeKind::Duplicate, "duplicate"},
}};

// The wire name of an enum value in one of the tables above, and back.
template <typename E, std::size_t N>
QString nameIn(const std::array<std::pair<E, const char*>, N>& table, E value)
{
    for (const auto& [v, name] : table)
        if (v == value)
            return QLatin1String(name);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueIn(const std::array<std::pair<E, const char*>, N>& table, const QString& name)
{
    for (const auto& [v, text] : table)
        if (name == QLatin1String(text))
            return v;
    return std::nullopt;
}

const QString kPrefix = QStringLiteral("wh/v1/");

// JSON string contents for text we did not write ourselves (ids, actors): quotes, backslashes and control
// characters escaped, everything else copied as UTF-8.
void appendJsonString(QByteArray& out, const QString& text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

void appendField(QByteArray& out, const char* name, const QString& value)
{
    out += '"';
    out += name;
    out += "\":";
    appendJsonString(out, value);
}

void appendField(QByteArray& out, const char* name, std::int64_t value)
{
    out += '"';
    out += name;
    out += "\":";
    out += QByteArray::number(qint64(value));
}

DecodeError error(DecodeError::Kind kind, QString message)
{
    return DecodeError{kind, std::move(message), 0, {}};
}

// The envelope every message shares: an object with a supported "v" and the expected "kind".
std::variant<QJsonObject, DecodeError> envelope(const QByteArray& message, const char* kind)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(message, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return error(
            DecodeError::Kind::Malformed,
            QStringLiteral("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return error(DecodeError::Kind::Malformed, QStringLiteral("not a JSON object"));
    const QJsonObject object = document.object();
    const QJsonValue version = object.value(QLatin1String("v"));
    if (!version.isDouble() || version.toDouble() != double(version.toInteger()))
        return error(DecodeError::Kind::Malformed, QStringLiteral("\"v\" is missing or not an integer"));
    if (version.toInteger() != kVersion)
        return error(DecodeError::Kind::UnsupportedVersion,
                     QStringLiteral("version %1 is not supported (this appliance speaks %2)")
                         .arg(version.toInteger())
                         .arg(kVersion));
    if (object.value(QLatin1String("kind")).toString() != QLatin1String(kind))
        return error(DecodeError::Kind::UnknownKind,
                     QStringLiteral("kind \"%1\" where \"%2\" was expected")
                         .arg(object.value(QLatin1String("kind")).toString(), QLatin1String(kind)));
    return object;
}

// A non-negative integer field that JSON's doubles carry exactly (below 2^53).
std::optional<std::int64_t> integer(const QJsonObject& object, const char* name, std::int64_t min)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    constexpr double kExact = 9007199254740992.0;                    // 2^53
    if (!(d >= double(min) && d < kExact) || d != double(qint64(d))) // range first: the cast needs it
        return std::nullopt;
    return std::int64_t(d);
}

std::optional<DecodeError> checkTenant(const QJsonObject& object, const TopicParts& topic)
{
    const QString tenant = object.value(QLatin1String("tenant")).toString();
    if (!validId(tenant))
        return error(DecodeError::Kind::Malformed, QStringLiteral("\"tenant\" is missing or not a valid id"));
    if (tenant != topic.tenant)
        return error(
            DecodeError::Kind::WrongTenant,
            QStringLiteral("the message names tenant %1 on tenant %2's topic").arg(tenant, topic.tenant));
    return std::nullopt;
}

} // namespace

QString channelName(Channel channel)
{
    return nameIn(kChannels, channel);
}

bool validId(const QString& id)
{
    if (id.isEmpty() || id.size() > 32)
        return false;
    for (QChar c : id)
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
              (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
              (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') ||
              c == QLatin1Char('_')))
            return false;
    return true;
}

QString topic(const QString& warehouse, const QString& tenant, Channel channel)
{
    return kPrefix + warehouse + QLatin1Char('/') + tenant + QLatin1Char('/') + channelName(channel);
}

QString statusTopic(const QString& warehouse)
{
    return kPrefix + warehouse + QStringLiteral("/status");
}

std::optional<TopicParts> parseTopic(const QString& topic)
{
    if (!topic.startsWith(kPrefix))
        return std::nullopt;
    const QStringList parts = topic.mid(kPrefix.size()).split(QLatin1Char('/'));
    if (parts.size() == 2 && validId(parts[0]) && parts[1] == QLatin1String("status"))
        return TopicParts{parts[0], {}, Channel::Status};
    if (parts.size() != 3 || !validId(parts[0]) || !validId(parts[1]))
        return std::nullopt;
    for (const auto& [c, name] : kChannels)
        if (c != Channel::Status && parts[2] == QLatin1String(name))
            return TopicParts{parts[0], parts[1], c};
    return std::nullopt;
}

QString decodeErrorKindName(DecodeError::Kind kind)
{
    switch (kind) {
    case DecodeError::Kind::Malformed:
        return QStringLiteral("malformed");
    case DecodeError::Kind::UnsupportedVersion:
        return QStringLiteral("unsupported_version");
    case DecodeError::Kind::UnknownKind:
        return QStringLiteral("unknown_kind");
    case DecodeError::Kind::WrongTenant:
        return QStringLiteral("wrong_tenant");
    }
    return {};
}

QByteArray encodeEvents(const QString& warehouse, const QString& tenant, const QList<WireEvent>& events)
{
    QByteArray out;
    qsizetype size = 96;
    for (const WireEvent& e : events)
        size += 224 + e.payload.size();
    out.reserve(size);
    out += "{\"v\":1,\"kind\":\"events\",";
    appendField(out, "warehouse", warehouse);
    out += ',';
    appendField(out, "tenant", tenant);
    out += ",\"events\":[";
    for (qsizetype i = 0; i < events.size(); ++i) {
        const WireEvent& e = events[i];
        if (i > 0)
            out += ',';
        out += '{';
        appendField(out, "seq", e.seq);
        out += ',';
        appendField(out, "prev", e.prev);
        out += ',';
        appendField(out, "id", e.id);
        out += ',';
        appendField(out, "type", e.type);
        out += ',';
        appendField(out, "aggregateType", e.aggregateType);
        out += ',';
        appendField(out, "aggregateId", e.aggregateId);
        out += ',';
        appendField(out, "version", e.version);
        out += ',';
        appendField(out, "occurredAt", e.occurredAtMs);
        out += ',';
        appendField(out, "user", e.user);
        out += ',';
        appendField(out, "station", e.station);
        out += ",\"payload\":";
        out += e.payload.isEmpty() ? QByteArray("{}") : e.payload;
        out += '}';
    }
    out += "]}";
    return out;
}

Decoded<EventBatch> decodeEvents(const QByteArray& message, const TopicParts& topic)
{
    auto object = envelope(message, "events");
    if (auto* e = std::get_if<DecodeError>(&object))
        return *e;
    const QJsonObject& o = std::get<QJsonObject>(object);
    if (auto wrong = checkTenant(o, topic))
        return *wrong;
    EventBatch batch;
    batch.warehouse = o.value(QLatin1String("warehouse")).toString();
    batch.tenant = topic.tenant;
    if (batch.warehouse != topic.warehouse)
        return error(DecodeError::Kind::WrongTenant,
                     QStringLiteral("the message names warehouse %1 on %2's topic")
                         .arg(batch.warehouse, topic.warehouse));
    const QJsonValue list = o.value(QLatin1String("events"));
    if (!list.isArray() || list.toArray().isEmpty())
        return error(DecodeError::Kind::Malformed, QStringLiteral("\"events\" is missing or empty"));
    for (const QJsonValue& value : list.toArray()) {
        if (!value.isObject())
            return error(DecodeError::Kind::Malformed, QStringLiteral("an event is not an object"));
        const QJsonObject e = value.toObject();
        WireEvent w;
        const auto seq = integer(e, "seq", 1);
        const auto prev = integer(e, "prev", 0);
        const auto version = integer(e, "version", 1);
        const auto at = integer(e, "occurredAt", 0);
        if (!seq || !prev || !version || !at || *prev >= *seq)
            return error(
                DecodeError::Kind::Malformed,
                QStringLiteral("an event's seq, prev, version or occurredAt is missing or out of range"));
        w.seq = *seq;
        w.prev = *prev;
        w.version = *version;
        w.occurredAtMs = *at;
        w.id = e.value(QLatin1String("id")).toString();
        w.type = e.value(QLatin1String("type")).toString();
        w.aggregateType = e.value(QLatin1String("aggregateType")).toString();
        w.aggregateId = e.value(QLatin1String("aggregateId")).toString();
        w.user = e.value(QLatin1String("user")).toString();
        w.station = e.value(QLatin1String("station")).toString();
        if (w.id.isEmpty() || w.type.isEmpty() || w.aggregateType.isEmpty() || w.aggregateId.isEmpty())
            return error(DecodeError::Kind::Malformed,
                         QStringLiteral("event %1 lacks its id, type or aggregate").arg(w.seq));
        if (!e.value(QLatin1String("payload")).isObject())
            return error(DecodeError::Kind::Malformed,
                         QStringLiteral("event %1's payload is not an object").arg(w.seq));
        w.payload =
            QJsonDocument(e.value(QLatin1String("payload")).toObject()).toJson(QJsonDocument::Compact);
        if (!batch.events.isEmpty() && w.prev != batch.events.last().seq)
            return error(DecodeError::Kind::Malformed,
                         QStringLiteral("event %1 does not follow event %2 in its batch")
                             .arg(w.seq)
                             .arg(batch.events.last().seq));
        batch.events.append(std::move(w));
    }
    return batch;
}

QByteArray encodeAck(const Ack& ack)
{
    QByteArray out = "{\"v\":1,\"kind\":\"ack\",";
    appendField(out, "tenant", ack.tenant);
    out += ',';
    appendField(out, "upTo", ack.upTo);
    out += '}';
    return out;
}

Decoded<Ack> decodeAck(const QByteArray& message, const TopicParts& topic)
{
    auto object = envelope(message, "ack");
    if (auto* e = std::get_if<DecodeError>(&object))
        return *e;
    const QJsonObject& o = std::get<QJsonObject>(object);
    if (auto wrong = checkTenant(o, topic))
        return *wrong;
    const auto upTo = integer(o, "upTo", 0);
    if (!upTo)
        return error(DecodeError::Kind::Malformed,
                     QStringLiteral("\"upTo\" is missing or not a sequence number"));
    return Ack{topic.tenant, *upTo};
}

QString commandTypeName(CommandType type)
{
    return nameIn(kCommandTypes, type);
}

std::optional<CommandType> commandTypeFromName(const QString& name)
{
    return valueIn(kCommandTypes, name);
}

QByteArray encodeCommand(const Command& command)
{
    QByteArray out = "{\"v\":1,\"kind\":\"command\",";
    appendField(out, "tenant", command.tenant);
    out += ',';
    appendField(out, "number", command.number);
    out += ',';
    appendField(out, "id", command.id);
    out += ',';
    appendField(out, "type", commandTypeName(command.type));
    out += ",\"body\":";
    out += command.body.isEmpty() ? QByteArray("{}") : command.body;
    out += '}';
    return out;
}

Decoded<Command> decodeCommand(const QByteArray& message, const TopicParts& topic)
{
    auto object = envelope(message, "command");
    // From here on, whatever is wrong, the number and id are kept when they can be read, so the command
    // can be dead-lettered in its place.
    auto located = [&](DecodeError e, const QJsonObject& o) {
        if (auto number = integer(o, "number", 1))
            e.number = *number;
        const QString id = o.value(QLatin1String("id")).toString();
        if (!id.isEmpty() && id.size() <= 128)
            e.id = id;
        return e;
    };
    if (auto* e = std::get_if<DecodeError>(&object)) {
        // A wrong version or kind still has a readable envelope.
        const QJsonDocument document = QJsonDocument::fromJson(message);
        return document.isObject() ? located(*e, document.object()) : *e;
    }
    const QJsonObject& o = std::get<QJsonObject>(object);
    if (auto wrong = checkTenant(o, topic))
        return located(*wrong, o);
    Command command;
    command.tenant = topic.tenant;
    const auto number = integer(o, "number", 1);
    if (!number)
        return located(error(DecodeError::Kind::Malformed,
                             QStringLiteral("\"number\" is missing or not a positive integer")),
                       o);
    command.number = *number;
    command.id = o.value(QLatin1String("id")).toString();
    if (command.id.trimmed().isEmpty() || command.id.size() > 128)
        return located(error(DecodeError::Kind::Malformed, QStringLiteral("\"id\" must be 1-128 characters")),
                       o);
    const QString type = o.value(QLatin1String("type")).toString();
    const auto known = commandTypeFromName(type);
    if (!known)
        return located(
            error(DecodeError::Kind::UnknownKind, QStringLiteral("command type \"%1\" is unknown").arg(type)),
            o);
    command.type = *known;
    if (!o.value(QLatin1String("body")).isObject())
        return located(error(DecodeError::Kind::Malformed, QStringLiteral("\"body\" is not an object")), o);
    command.body = QJsonDocument(o.value(QLatin1String("body")).toObject()).toJson(QJsonDocument::Compact);
    return command;
}

namespace {

std::optional<DecodeError> checkWarehouse(const QJsonObject& object, const TopicParts& topic)
{
    const QString warehouse = object.value(QLatin1String("warehouse")).toString();
    if (warehouse != topic.warehouse)
        return error(
            DecodeError::Kind::WrongTenant,
            QStringLiteral("the message names warehouse %1 on %2's topic").arg(warehouse, topic.warehouse));
    return std::nullopt;
}

} // namespace

QByteArray encodeHello(const Hello& hello)
{
    QByteArray out = "{\"v\":1,\"kind\":\"hello\",";
    appendField(out, "warehouse", hello.warehouse);
    out += ',';
    appendField(out, "tenant", hello.tenant);
    out += ',';
    appendField(out, "session", hello.session);
    out += ',';
    appendField(out, "commandsApplied", hello.commandsApplied);
    out += ',';
    appendField(out, "eventsLast", hello.eventsLast);
    out += ',';
    appendField(out, "eventsAcked", hello.eventsAcked);
    out += ',';
    appendField(out, "sentAt", hello.sentAtMs);
    out += '}';
    return out;
}

Decoded<Hello> decodeHello(const QByteArray& message, const TopicParts& topic)
{
    auto object = envelope(message, "hello");
    if (auto* e = std::get_if<DecodeError>(&object))
        return *e;
    const QJsonObject& o = std::get<QJsonObject>(object);
    if (auto wrong = checkTenant(o, topic))
        return *wrong;
    if (auto wrong = checkWarehouse(o, topic))
        return *wrong;
    Hello hello;
    hello.warehouse = topic.warehouse;
    hello.tenant = topic.tenant;
    hello.session = o.value(QLatin1String("session")).toString();
    const auto applied = integer(o, "commandsApplied", 0);
    const auto last = integer(o, "eventsLast", 0);
    const auto acked = integer(o, "eventsAcked", 0);
    const auto sentAt = integer(o, "sentAt", 0);
    if (hello.session.isEmpty() || hello.session.size() > 64 || !applied || !last || !acked || !sentAt ||
        *acked > *last)
        return error(
            DecodeError::Kind::Malformed,
            QStringLiteral("a hello needs a session, commandsApplied, eventsLast >= eventsAcked and sentAt"));
    hello.commandsApplied = *applied;
    hello.eventsLast = *last;
    hello.eventsAcked = *acked;
    hello.sentAtMs = *sentAt;
    return hello;
}

QString commandOutcomeName(CommandOutcomeKind kind)
{
    return nameIn(kOutcomes, kind);
}

std::optional<CommandOutcomeKind> commandOutcomeFromName(const QString& name)
{
    return valueIn(kOutcomes, name);
}

QByteArray encodeCommandAck(const CommandAck& ack)
{
    QByteArray out = "{\"v\":1,\"kind\":\"command-ack\",";
    appendField(out, "warehouse", ack.warehouse);
    out += ',';
    appendField(out, "tenant", ack.tenant);
    out += ',';
    appendField(out, "upTo", ack.upTo);
    out += ",\"results\":[";
    bool first = true;
    for (const CommandResult& r : ack.results) {
        if (!first)
            out += ',';
        first = false;
        out += '{';
        appendField(out, "number", r.number);
        out += ',';
        appendField(out, "id", r.id);
        out += ',';
        appendField(out, "outcome", commandOutcomeName(r.outcome));
        out += ',';
        appendField(out, "code", r.code);
        out += ',';
        appendField(out, "message", r.message);
        out += ',';
        appendField(out, "firstSeq", r.firstSeq);
        out += ',';
        appendField(out, "lastSeq", r.lastSeq);
        out += '}';
    }
    out += "]}";
    return out;
}

Decoded<CommandAck> decodeCommandAck(const QByteArray& message, const TopicParts& topic)
{
    auto object = envelope(message, "command-ack");
    if (auto* e = std::get_if<DecodeError>(&object))
        return *e;
    const QJsonObject& o = std::get<QJsonObject>(object);
    if (auto wrong = checkTenant(o, topic))
        return *wrong;
    if (auto wrong = checkWarehouse(o, topic))
        return *wrong;
    CommandAck ack;
    ack.warehouse = topic.warehouse;
    ack.tenant = topic.tenant;
    const auto upTo = integer(o, "upTo", 0);
    if (!upTo)
        return error(DecodeError::Kind::Malformed,
                     QStringLiteral("\"upTo\" is missing or not a command number"));
    ack.upTo = *upTo;
    const QJsonValue results = o.value(QLatin1String("results"));
    if (!results.isArray())
        return error(DecodeError::Kind::Malformed, QStringLiteral("\"results\" is not a list"));
    for (const QJsonValue& value : results.toArray()) {
        const QJsonObject r = value.toObject();
        CommandResult result;
        const auto number = integer(r, "number", 0);
        const auto firstSeq = integer(r, "firstSeq", 0);
        const auto lastSeq = integer(r, "lastSeq", 0);
        const auto outcome = commandOutcomeFromName(r.value(QLatin1String("outcome")).toString());
        if (!value.isObject() || !number || !firstSeq || !lastSeq || !outcome ||
            !r.value(QLatin1String("id")).isString() || !r.value(QLatin1String("code")).isString() ||
            !r.value(QLatin1String("message")).isString())
            return error(
                DecodeError::Kind::Malformed,
                QStringLiteral("a result needs number, id, outcome, code, message, firstSeq and lastSeq"));
        result.number = *number;
        result.id = r.value(QLatin1String("id")).toString();
        result.outcome = *outcome;
        result.code = r.value(QLatin1String("code")).toString();
        result.message = r.value(QLatin1String("message")).toString();
        result.firstSeq = *firstSeq;
        result.lastSeq = *lastSeq;
        ack.results.append(std::move(result));
    }
    return ack;
}

QByteArray encodeStatus(const Status& status)
{
    QByteArray out = "{\"v\":1,\"kind\":\"status\",";
    appendField(out, "warehouse", status.warehouse);
    out += ',';
    appendField(out, "state", status.online ? QStringLiteral("online") : QStringLiteral("offline"));
    out += ',';
    appendField(out, "reason", status.reason);
    out += ',';
    appendField(out, "session", status.session);
    out += ',';
    appendField(out, "since", status.sinceMs);
    out += ',';
    appendField(out, "appVersion", status.appVersion);
    out += '}';
    return out;
}

Decoded<Status> decodeStatus(const QByteArray& message, const TopicParts& topic)
{
    auto object = envelope(message, "status");
    if (auto* e = std::get_if<DecodeError>(&object))
        return *e;
    const QJsonObject& o = std::get<QJsonObject>(object);
    if (auto wrong = checkWarehouse(o, topic))
        return *wrong;
    Status status;
    status.warehouse = topic.warehouse;
    const QString state = o.value(QLatin1String("state")).toString();
    if (state != QLatin1String("online") && state != QLatin1String("offline"))
        return error(DecodeError::Kind::Malformed, QStringLiteral("\"state\" must be online or offline"));
    status.online = state == QLatin1String("online");
    status.reason = o.value(QLatin1String("reason")).toString();
    status.session = o.value(QLatin1String("session")).toString();
    status.appVersion = o.value(QLatin1String("appVersion")).toString();
    const auto since = integer(o, "since", 0);
    if (!since)
        return error(DecodeError::Kind::Malformed, QStringLiteral("\"since\" is not a time"));
    status.sinceMs = *since;
    return status;
}

} // namespace wh::protocol
