// The wire protocol's envelopes: what the appliance writes reads back the same, and every malformed,
// foreign or unknown message is refused with its kind and a reason - never applied, never a crash.
#include "Protocol.h"

#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace wh::protocol;

namespace {

TopicParts on(const QString& tenant, Channel channel)
{
    return TopicParts{QStringLiteral("wh-1"), tenant, channel};
}

template <typename T> DecodeError refusal(const Decoded<T>& decoded)
{
    REQUIRE(std::holds_alternative<DecodeError>(decoded));
    return std::get<DecodeError>(decoded);
}

WireEvent event(std::int64_t seq, std::int64_t prev)
{
    WireEvent e;
    e.seq = seq;
    e.prev = prev;
    e.id = QStringLiteral("0190a3f0-0000-7000-8000-%1").arg(seq, 12, 10, QLatin1Char('0'));
    e.type = QStringLiteral("InventoryReserved");
    e.aggregateType = QStringLiteral("order");
    e.aggregateId = QStringLiteral("SO-1");
    e.version = 2;
    e.occurredAtMs = 1772442000000;
    e.user = QStringLiteral("pia \"the picker\"\\\n"); // quotes, a backslash and a control character
    e.station = QStringLiteral("station-3");
    // As the log holds payloads: compact, keys in QJsonDocument's order.
    e.payload = QJsonDocument::fromJson(R"({"orderId":"SO-1","allocations":[{"sku":"ACME-1","quantity":3}]})")
                    .toJson(QJsonDocument::Compact);
    return e;
}

} // namespace

TEST_CASE("topics name the warehouse, the tenant and the channel, and nothing else parses",
          "[sync][protocol]")
{
    CHECK(topic(QStringLiteral("wh-1"), QStringLiteral("acme"), Channel::Events) ==
          QStringLiteral("wh/v1/wh-1/acme/events"));
    CHECK(statusTopic(QStringLiteral("wh-1")) == QStringLiteral("wh/v1/wh-1/status"));
    for (Channel c :
         {Channel::Events, Channel::Acks, Channel::Commands, Channel::CommandAcks, Channel::Hello}) {
        const auto parts = parseTopic(topic(QStringLiteral("wh-1"), QStringLiteral("acme"), c));
        REQUIRE(parts);
        CHECK(parts->warehouse == QStringLiteral("wh-1"));
        CHECK(parts->tenant == QStringLiteral("acme"));
        CHECK(parts->channel == c);
    }
    const auto status = parseTopic(QStringLiteral("wh/v1/wh-1/status"));
    REQUIRE(status);
    CHECK(status->channel == Channel::Status);
    CHECK(status->tenant.isEmpty());
    for (const char* bad : {"wh/v1/wh-1/acme/nothing", "wh/v2/wh-1/acme/events", "wh/v1/wh-1/acme/events/x",
                            "wh/v1/wh+1/acme/events", "wh/v1//acme/events", "wh/v1/wh-1/#/events",
                            "x/wh-1/status", "wh/v1/wh-1/acme/status"})
        CHECK_FALSE(parseTopic(QLatin1String(bad)).has_value());
    CHECK_FALSE(validId(QString(33, QLatin1Char('a'))));
    CHECK(validId(QString(32, QLatin1Char('a'))));
}

TEST_CASE("an event batch reads back exactly as it was written", "[sync][protocol]")
{
    const QList<WireEvent> events{event(10, 7), event(11, 10), event(15, 11)};
    const QByteArray message = encodeEvents(QStringLiteral("wh-1"), QStringLiteral("acme"), events);
    const auto decoded = decodeEvents(message, on(QStringLiteral("acme"), Channel::Events));
    REQUIRE(std::holds_alternative<EventBatch>(decoded));
    const EventBatch& batch = std::get<EventBatch>(decoded);
    CHECK(batch.warehouse == QStringLiteral("wh-1"));
    CHECK(batch.tenant == QStringLiteral("acme"));
    REQUIRE(batch.events.size() == 3);
    for (qsizetype i = 0; i < 3; ++i) {
        const WireEvent& a = events[i];
        const WireEvent& b = batch.events[i];
        CHECK(b.seq == a.seq);
        CHECK(b.prev == a.prev);
        CHECK(b.id == a.id);
        CHECK(b.type == a.type);
        CHECK(b.aggregateId == a.aggregateId);
        CHECK(b.version == a.version);
        CHECK(b.occurredAtMs == a.occurredAtMs);
        CHECK(b.user == a.user);
        CHECK(b.station == a.station);
        CHECK(b.payload == a.payload);
    }
}

TEST_CASE("malformed event batches are refused with a reason", "[sync][protocol]")
{
    const TopicParts acme = on(QStringLiteral("acme"), Channel::Events);
    const QByteArray good = encodeEvents(QStringLiteral("wh-1"), QStringLiteral("acme"), {event(2, 1)});
    CHECK(refusal(decodeEvents(good, on(QStringLiteral("globex"), Channel::Events))).kind ==
          DecodeError::Kind::WrongTenant);
    CHECK(refusal(
              decodeEvents(good, TopicParts{QStringLiteral("wh-2"), QStringLiteral("acme"), Channel::Events}))
              .kind == DecodeError::Kind::WrongTenant);
    // A batch whose events do not follow each other.
    const QByteArray broken =
        encodeEvents(QStringLiteral("wh-1"), QStringLiteral("acme"), {event(2, 1), event(5, 3)});
    CHECK(refusal(decodeEvents(broken, acme)).message.contains(QStringLiteral("does not follow")));
    for (
        const char* bad : {
            "",
            "[]",
            "not json",
            R"({"v":1,"kind":"events","warehouse":"wh-1","tenant":"acme","events":[]})",
            R"({"v":1,"kind":"events","warehouse":"wh-1","tenant":"acme","events":[1]})",
            R"({"v":1,"kind":"events","warehouse":"wh-1","tenant":"acme","events":[{"seq":2,"prev":2,"id":"x","type":"T","aggregateType":"a","aggregateId":"b","version":1,"occurredAt":1,"payload":{}}]})",
            R"({"v":1,"kind":"events","warehouse":"wh-1","tenant":"acme","events":[{"seq":2.5,"prev":1,"id":"x","type":"T","aggregateType":"a","aggregateId":"b","version":1,"occurredAt":1,"payload":{}}]})",
            R"({"v":1,"kind":"events","warehouse":"wh-1","tenant":"acme","events":[{"seq":2,"prev":1,"id":"x","type":"T","aggregateType":"a","aggregateId":"b","version":1,"occurredAt":1,"payload":"{}"}]})",
        }) {
        INFO(bad);
        CHECK(refusal(decodeEvents(QByteArray(bad), acme)).kind == DecodeError::Kind::Malformed);
    }
}

TEST_CASE("acks: version, kind, tenant and number are all checked", "[sync][protocol]")
{
    const TopicParts acme = on(QStringLiteral("acme"), Channel::Acks);
    const auto ok = decodeAck(encodeAck(Ack{QStringLiteral("acme"), 42}), acme);
    REQUIRE(std::holds_alternative<Ack>(ok));
    CHECK(std::get<Ack>(ok).upTo == 42);
    CHECK(refusal(decodeAck(R"({"v":2,"kind":"ack","tenant":"acme","upTo":1})", acme)).kind ==
          DecodeError::Kind::UnsupportedVersion);
    CHECK(refusal(decodeAck(R"({"v":1,"kind":"nack","tenant":"acme","upTo":1})", acme)).kind ==
          DecodeError::Kind::UnknownKind);
    CHECK(refusal(decodeAck(R"({"v":1,"kind":"ack","tenant":"globex","upTo":1})", acme)).kind ==
          DecodeError::Kind::WrongTenant);
    for (const char* bad :
         {R"({"v":1,"kind":"ack","tenant":"acme","upTo":-1})",
          R"({"v":1,"kind":"ack","tenant":"acme","upTo":"5"})",
          R"({"v":1,"kind":"ack","tenant":"acme","upTo":9007199254740992})",
          R"({"v":1,"kind":"ack","tenant":"acme"})", R"({"v":"1","kind":"ack","tenant":"acme","upTo":1})",
          R"({"v":1,"kind":"ack","tenant":"ac/me","upTo":1})"}) {
        INFO(bad);
        CHECK(refusal(decodeAck(QByteArray(bad), acme)).kind == DecodeError::Kind::Malformed);
    }
}

TEST_CASE("commands: sound envelopes decode, broken ones keep their number for the dead-letter table",
          "[sync][protocol]")
{
    const TopicParts acme = on(QStringLiteral("acme"), Channel::Commands);
    Command command;
    command.tenant = QStringLiteral("acme");
    command.number = 7;
    command.id = QStringLiteral("cmd-7");
    command.type = CommandType::CancelOrder;
    command.body = R"({"orderId":"SO-1","reason":"customer"})";
    const auto decoded = decodeCommand(encodeCommand(command), acme);
    REQUIRE(std::holds_alternative<Command>(decoded));
    const Command& c = std::get<Command>(decoded);
    CHECK(c.number == 7);
    CHECK(c.id == QStringLiteral("cmd-7"));
    CHECK(c.type == CommandType::CancelOrder);
    CHECK(c.body == command.body);

    const auto unknown = refusal(decodeCommand(
        R"({"v":1,"kind":"command","tenant":"acme","number":8,"id":"cmd-8","type":"Teleport","body":{}})",
        acme));
    CHECK(unknown.kind == DecodeError::Kind::UnknownKind);
    CHECK(unknown.number == 8);
    CHECK(unknown.id == QStringLiteral("cmd-8"));
    const auto foreign = refusal(decodeCommand(
        R"({"v":1,"kind":"command","tenant":"globex","number":9,"id":"cmd-9","type":"CancelOrder","body":{}})",
        acme));
    CHECK(foreign.kind == DecodeError::Kind::WrongTenant);
    CHECK(foreign.number == 9);
    const auto future = refusal(decodeCommand(
        R"({"v":3,"kind":"command","tenant":"acme","number":10,"id":"cmd-10","type":"CancelOrder","body":{}})",
        acme));
    CHECK(future.kind == DecodeError::Kind::UnsupportedVersion);
    CHECK(future.number == 10);
    const auto noBody = refusal(decodeCommand(
        R"({"v":1,"kind":"command","tenant":"acme","number":11,"id":"cmd-11","type":"CancelOrder","body":[]})",
        acme));
    CHECK(noBody.kind == DecodeError::Kind::Malformed);
    CHECK(noBody.number == 11);
    const auto garbage = refusal(decodeCommand(QByteArray("\x01\x02\xff", 3), acme));
    CHECK(garbage.kind == DecodeError::Kind::Malformed);
    CHECK(garbage.number == 0); // not even its number can be read
    for (CommandType t : {CommandType::ReserveInventory, CommandType::CancelOrder, CommandType::ModifyOrder,
                          CommandType::ReleaseReservation, CommandType::AdvanceShippingNotice,
                          CommandType::DefineSku, CommandType::DefineRateCard, CommandType::CreateRma})
        CHECK(commandTypeFromName(commandTypeName(t)) == t);
    CHECK(decodeErrorKindName(DecodeError::Kind::WrongTenant) == QStringLiteral("wrong_tenant"));
}
