// The reference central service's logic, fed messages directly (no broker): the event chain (extension,
// duplicates, gaps), command numbering and resends (hello, timeout, a reported gap, a restart), the fault
// injection, and every check, each shown to fire on a stream that breaks it and to stay quiet on one that
// does not.
#include "CentralSim.h"
#include "CentralStore.h"
#include "CentralStoreLocation.h"
#include "Protocol.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

using namespace wh::central;
namespace protocol = wh::protocol;

namespace {

const QString kWarehouse = QStringLiteral("wh-1");
const QString kTenant = QStringLiteral("acme");
constexpr std::int64_t kStart = 1772442000000;

Catalog catalog()
{
    QString error;
    auto c = Catalog::fromJson(R"({"tenants": {"acme": {"skus": [{"sku": "ACME-1001", "unitPriceMinor": 1000},
                                                            {"sku": "ACME-1002", "unitPriceMinor": 250}]}}})",
                               &error);
    REQUIRE(c);
    return *c;
}

SimConfig generating(std::int64_t orders)
{
    SimConfig config;
    config.warehouses = {kWarehouse};
    config.catalog = catalog();
    config.orders = orders;
    config.maxOpen = 100;
    config.resendMs = 1000;
    return config;
}

protocol::WireEvent event(std::int64_t seq, std::int64_t prev, const QString& type, const QString& orderId,
                          std::int64_t version, QJsonObject payload = {})
{
    protocol::WireEvent e;
    e.seq = seq;
    e.prev = prev;
    e.id = QStringLiteral("ev-%1").arg(seq);
    e.type = type;
    e.aggregateType = QStringLiteral("order");
    e.aggregateId = orderId;
    e.version = version;
    e.occurredAtMs = kStart;
    e.user = QStringLiteral("system");
    e.station = QStringLiteral("appliance");
    payload.insert(QStringLiteral("orderId"), orderId);
    e.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    return e;
}

protocol::CommandResult result(std::int64_t number, const QString& outcome, std::int64_t firstSeq = 0,
                               std::int64_t lastSeq = 0, const QString& code = {})
{
    protocol::CommandResult r;
    r.number = number;
    r.id = QStringLiteral("c-%1-%2-%3").arg(kWarehouse, kTenant).arg(number);
    r.outcome = protocol::commandOutcomeFromName(outcome).value();
    r.code = code;
    r.firstSeq = firstSeq;
    r.lastSeq = lastSeq;
    return r;
}

struct Harness
{
    explicit Harness(SimConfig config = {})
        : store(std::make_unique<CentralStore>(wh::test::centralStoreLocation(dir)))
        , sim(std::make_unique<CentralSim>(*store, std::move(config), kStart))
    {}

    QList<Publish> events(const QList<protocol::WireEvent>& batch)
    {
        return sim->handle(protocol::topic(kWarehouse, kTenant, protocol::Channel::Events),
                           protocol::encodeEvents(kWarehouse, kTenant, batch), now);
    }
    QList<Publish> commandAck(std::int64_t upTo, const QList<protocol::CommandResult>& results)
    {
        return sim->handle(
            protocol::topic(kWarehouse, kTenant, protocol::Channel::CommandAcks),
            protocol::encodeCommandAck(protocol::CommandAck{kWarehouse, kTenant, upTo, results}), now);
    }
    QList<Publish> hello(std::int64_t commandsApplied, std::int64_t eventsLast = 0,
                         std::int64_t eventsAcked = 0)
    {
        return sim->handle(
            protocol::topic(kWarehouse, kTenant, protocol::Channel::Hello),
            protocol::encodeHello(protocol::Hello{kWarehouse, kTenant, QStringLiteral("s1"), commandsApplied,
                                                  eventsLast, eventsAcked, now}),
            now);
    }
    QStringList violations()
    {
        QStringList kinds;
        for (const ViolationRow& v : store->violations(100))
            kinds.append(v.kind);
        return kinds;
    }
    QStringList finish()
    {
        sim->finish(now);
        return violations();
    }

    QTemporaryDir dir;
    std::unique_ptr<CentralStore> store;
    std::unique_ptr<CentralSim> sim;
    std::int64_t now = kStart;
};

QList<std::int64_t> acks(const QList<Publish>& out)
{
    QList<std::int64_t> upTo;
    for (const Publish& p : out) {
        const auto parts = protocol::parseTopic(p.topic);
        if (parts && parts->channel == protocol::Channel::Acks) {
            auto decoded = protocol::decodeAck(p.payload, *parts);
            REQUIRE(std::holds_alternative<protocol::Ack>(decoded));
            upTo.append(std::get<protocol::Ack>(decoded).upTo);
        }
    }
    return upTo;
}

QList<protocol::Command> commands(const QList<Publish>& out)
{
    QList<protocol::Command> list;
    for (const Publish& p : out) {
        const auto parts = protocol::parseTopic(p.topic);
        if (parts && parts->channel == protocol::Channel::Commands) {
            auto decoded = protocol::decodeCommand(p.payload, *parts);
            REQUIRE(std::holds_alternative<protocol::Command>(decoded));
            list.append(std::get<protocol::Command>(decoded));
        }
    }
    return list;
}

QList<std::int64_t> numbers(const QList<Publish>& out)
{
    QList<std::int64_t> n;
    for (const protocol::Command& c : commands(out))
        n.append(c.number);
    return n;
}

QJsonObject body(const protocol::Command& command)
{
    return QJsonDocument::fromJson(command.body).object();
}

} // namespace

TEST_CASE("a batch that links to the cursor extends the chain and is acknowledged", "[central]")
{
    Harness h;
    CHECK(acks(h.events({event(1, 0, QStringLiteral("StockReceived"), QStringLiteral("x"), 1),
                         event(4, 1, QStringLiteral("StockReceived"), QStringLiteral("x"), 2)})) ==
          QList<std::int64_t>{4});
    CHECK(acks(h.events({event(9, 4, QStringLiteral("StockReceived"), QStringLiteral("x"), 3)})) ==
          QList<std::int64_t>{9});
    const StreamRow s = h.store->stream(kWarehouse, kTenant);
    CHECK(s.cursor == 9);
    CHECK(s.events == 3);
    CHECK(s.acksSent == 2);
    CHECK(h.store->eventBySeq(kWarehouse, kTenant, 4).value().id == QStringLiteral("ev-4"));
    CHECK(h.finish().isEmpty());
}

TEST_CASE("a batch sent again is ignored but acknowledged again", "[central]")
{
    Harness h;
    const QList<protocol::WireEvent> batch{
        event(1, 0, QStringLiteral("StockReceived"), QStringLiteral("x"), 1),
        event(2, 1, QStringLiteral("StockReceived"), QStringLiteral("x"), 2)};
    h.events(batch);
    CHECK(acks(h.events(batch)) == QList<std::int64_t>{2});
    // Overlapping: the known part is a duplicate, the rest extends the chain.
    CHECK(acks(h.events({batch[1], event(3, 2, QStringLiteral("StockReceived"), QStringLiteral("x"), 3)})) ==
          QList<std::int64_t>{3});
    const StreamRow s = h.store->stream(kWarehouse, kTenant);
    CHECK(s.duplicates == 3);
    CHECK(s.events == 3);
    CHECK(h.finish().isEmpty());
}

TEST_CASE("a gap is not applied nor acknowledged beyond the cursor until it is filled", "[central]")
{
    Harness h;
    h.events({event(1, 0, QStringLiteral("StockReceived"), QStringLiteral("x"), 1)});
    CHECK(acks(h.events({event(7, 5, QStringLiteral("StockReceived"), QStringLiteral("x"), 3)})) ==
          QList<std::int64_t>{1});
    CHECK(h.store->stream(kWarehouse, kTenant).gaps == 1);
    CHECK_FALSE(h.store->eventBySeq(kWarehouse, kTenant, 7));
    CHECK(acks(h.events({event(5, 1, QStringLiteral("StockReceived"), QStringLiteral("x"), 2),
                         event(7, 5, QStringLiteral("StockReceived"), QStringLiteral("x"), 3)})) ==
          QList<std::int64_t>{7});
    CHECK(h.finish().isEmpty());
}

TEST_CASE("a gap still open at the end is a violation", "[central]")
{
    Harness h;
    h.events({event(1, 0, QStringLiteral("StockReceived"), QStringLiteral("x"), 1)});
    h.events({event(7, 5, QStringLiteral("StockReceived"), QStringLiteral("x"), 3)});
    CHECK(h.finish() == QStringList{QStringLiteral("gap_at_end")});
}

TEST_CASE("commands are numbered per warehouse and tenant from 1 and stored before they go out", "[central]")
{
    Harness h(generating(3));
    const QList<protocol::Command> sent = commands(h.sim->tick(kStart));
    REQUIRE(sent.size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(sent[i].number == i + 1);
        CHECK(sent[i].id == QStringLiteral("c-wh-1-acme-%1").arg(i + 1));
        CHECK(sent[i].type == protocol::CommandType::ReserveInventory);
        const QJsonObject order = body(sent[i]);
        CHECK(order.value(QStringLiteral("status")).toString() == QStringLiteral("Paid"));
        std::int64_t value = 0;
        for (const QJsonValue& line : order.value(QStringLiteral("lines")).toArray())
            value += line.toObject().value(QStringLiteral("quantity")).toInteger() *
                     line.toObject().value(QStringLiteral("unitPriceMinor")).toInteger();
        CHECK(value >= 500);
        CHECK(value <= 1000000);
        CHECK(h.store->command(kWarehouse, kTenant, i + 1).value().body == sent[i].body);
    }
    CHECK(h.sim->generationDone());
    CHECK(commands(h.sim->tick(kStart + 10)).isEmpty());
}

TEST_CASE("a hello gets every command after the appliance's cursor again, and the event cursor", "[central]")
{
    Harness h(generating(3));
    const QList<protocol::Command> sent = commands(h.sim->tick(kStart));
    h.events({event(1, 0, QStringLiteral("StockReceived"), QStringLiteral("x"), 1)});
    h.commandAck(1, {result(1, QStringLiteral("refused"), 0, 0, QStringLiteral("unknown_sku"))});
    const QList<Publish> out = h.hello(1, 1, 0);
    const QList<protocol::Command> again = commands(out);
    REQUIRE(again.size() == 2);
    CHECK(again[0].number == 2);
    CHECK(again[0].id == sent[1].id);
    CHECK(again[0].body == sent[1].body);
    CHECK(again[1].number == 3);
    CHECK(acks(out) == QList<std::int64_t>{1});
}

TEST_CASE("a command the appliance's cursor does not cover in time is sent again, same number and id",
          "[central]")
{
    Harness h(generating(3));
    h.sim->tick(kStart);
    h.now = kStart + 10;
    h.commandAck(1, {result(1, QStringLiteral("refused"), 0, 0, QStringLiteral("unknown_sku"))});
    CHECK(commands(h.sim->tick(kStart + 999)).isEmpty());
    CHECK(numbers(h.sim->tick(kStart + 1000)) == QList<std::int64_t>{2, 3});
    CHECK(commands(h.sim->tick(kStart + 1500)).isEmpty());
    CHECK(h.store->command(kWarehouse, kTenant, 2).value().sendCount == 2);
}

TEST_CASE("a command whose answer was lost is asked again though the cursor passed it, until it is answered",
          "[central]")
{
    // The appliance applied 1 and 2, was killed before it reported 1, and reported 2 with upTo 2.
    Harness h(generating(3));
    h.sim->tick(kStart);
    h.now = kStart + 10;
    h.commandAck(2, {result(2, QStringLiteral("applied"), 3, 4)});
    CHECK_FALSE(h.sim->allAnswered());
    // Its timeout: 1 (unanswered, below the cursor) and 3 (beyond it) go again, nothing else.
    CHECK(numbers(h.sim->tick(kStart + 1010)) == QList<std::int64_t>{1, 3});
    // A restart's hello: the unanswered one first, then what follows the cursor.
    CHECK(numbers(h.hello(2)) == QList<std::int64_t>{1, 3});
    // The appliance answers 1 as a duplicate repeating the first outcome: answered, numbers kept.
    h.commandAck(3, {result(1, QStringLiteral("duplicate"), 1, 2),
                     result(3, QStringLiteral("refused"), 0, 0, QStringLiteral("unknown_sku"))});
    CHECK(h.sim->allAnswered());
    const CommandRow first = h.store->command(kWarehouse, kTenant, 1).value();
    CHECK(first.outcome == QStringLiteral("duplicate"));
    CHECK(first.firstSeq == 1);
    CHECK(first.lastSeq == 2);
    CHECK(commands(h.sim->tick(kStart + 5000)).isEmpty());
    CHECK(commands(h.hello(3)).isEmpty());
    CHECK_FALSE(h.finish().contains(QStringLiteral("unanswered")));
}

TEST_CASE("a bare command-ack below what was sent makes everything after it go again", "[central]")
{
    Harness h(generating(3));
    h.sim->tick(kStart);
    CHECK(numbers(h.commandAck(1, {})) == QList<std::int64_t>{2, 3});
    CHECK(numbers(h.commandAck(3, {})).isEmpty());
}

TEST_CASE("a restarted service resends the stored commands, it does not generate them again", "[central]")
{
    Harness h(generating(2));
    const QList<protocol::Command> sent = commands(h.sim->tick(kStart));
    h.sim.reset();
    h.sim = std::make_unique<CentralSim>(*h.store, generating(2), kStart + 5000);
    CHECK(commands(h.sim->tick(kStart + 5000)).size() == 2); // due: never covered by a cursor
    const QList<protocol::Command> again = commands(h.hello(0));
    REQUIRE(again.size() == 2);
    CHECK(again[0].id == sent[0].id);
    CHECK(again[1].body == sent[1].body);
    CHECK(h.store->lastCommandNumber(kWarehouse, kTenant) == 2);
}

TEST_CASE("generation keeps to the window of open orders", "[central]")
{
    SimConfig config = generating(5);
    config.maxOpen = 2;
    Harness h(config);
    CHECK(numbers(h.sim->tick(kStart)) == QList<std::int64_t>{1, 2});
    h.commandAck(1, {result(1, QStringLiteral("refused"), 0, 0, QStringLiteral("unknown_sku"))});
    CHECK(numbers(h.sim->tick(kStart + 1)) == QList<std::int64_t>{3});
    CHECK_FALSE(h.sim->generationDone());
}

TEST_CASE("planned follow-ups: cancel once reserved, and the saga's answers pass the checks", "[central]")
{
    SimConfig config = generating(1);
    config.cancelBefore = 1.0;
    Harness h(config);
    const protocol::Command reserve = commands(h.sim->tick(kStart)).value(0);
    const QString orderId = body(reserve).value(QStringLiteral("orderId")).toString();
    const QList<Publish> out = h.events({event(3, 0, QStringLiteral("InventoryReserved"), orderId, 2)});
    const QList<protocol::Command> cancel = commands(out);
    REQUIRE(cancel.size() == 1);
    CHECK(cancel[0].type == protocol::CommandType::CancelOrder);
    CHECK(cancel[0].number == 2);
    CHECK(body(cancel[0]).value(QStringLiteral("orderId")).toString() == orderId);
    h.commandAck(1, {result(1, QStringLiteral("applied"), 2, 3)});
    h.events({event(5, 3, QStringLiteral("OrderStatusChanged"), orderId, 3,
                    {{QStringLiteral("from"), QStringLiteral("Paid")},
                     {QStringLiteral("to"), QStringLiteral("Cancelled")}}),
              event(6, 5, QStringLiteral("ReservationReleased"), orderId, 4)});
    h.commandAck(2, {result(2, QStringLiteral("applied"), 5, 6)});
    CHECK(h.sim->allAnswered());
    CHECK(h.finish().isEmpty());
    CHECK(h.store->order(kWarehouse, kTenant, orderId).value().state == QStringLiteral("cancelled"));
}

TEST_CASE("planned follow-ups: modify once reserved - cancel after shipping ends as CancelRejected",
          "[central]")
{
    const bool modify = GENERATE(true, false);
    SimConfig config = generating(1);
    (modify ? config.modify : config.cancelAfter) = 1.0;
    Harness h(config);
    const protocol::Command reserve = commands(h.sim->tick(kStart)).value(0);
    const QString orderId = body(reserve).value(QStringLiteral("orderId")).toString();
    std::int64_t seq = 0;
    const auto next = [&](const QString& type, std::int64_t version, QJsonObject p = {}) {
        const std::int64_t prev = seq;
        seq += 2;
        return h.events({event(seq, prev, type, orderId, version, p)});
    };
    QList<protocol::Command> followUps = commands(next(QStringLiteral("InventoryReserved"), 2));
    h.commandAck(1, {result(1, QStringLiteral("applied"), seq, seq)});
    followUps += commands(next(QStringLiteral("ShipmentConfirmed"), 7));
    REQUIRE(followUps.size() == 1);
    const protocol::Command& command = followUps[0];
    CHECK(command.number == 2);
    CHECK(body(command).value(QStringLiteral("orderId")).toString() == orderId);
    if (modify) {
        REQUIRE(command.type == protocol::CommandType::ModifyOrder);
        const QJsonArray lines = body(command).value(QStringLiteral("lines")).toArray();
        const QJsonArray before = body(reserve).value(QStringLiteral("lines")).toArray();
        CHECK(lines.size() == before.size());
        CHECK(lines[0].toObject().value(QStringLiteral("quantity")).toInteger() ==
              before[0].toObject().value(QStringLiteral("quantity")).toInteger() + 1);
        next(QStringLiteral("ModifyRejected"), 8,
             {{QStringLiteral("reason"), QStringLiteral("AlreadyShipped")},
              {QStringLiteral("code"), QStringLiteral("too_late_to_modify")}});
        h.commandAck(2,
                     {result(2, QStringLiteral("refused"), seq, seq, QStringLiteral("too_late_to_modify"))});
    } else {
        REQUIRE(command.type == protocol::CommandType::CancelOrder);
        next(QStringLiteral("CancelRejected"), 8,
             {{QStringLiteral("reason"), QStringLiteral("AlreadyShipped")}});
        h.commandAck(2, {result(2, QStringLiteral("applied"), seq, seq)});
    }
    CHECK(h.finish().isEmpty());
    CHECK(h.store->order(kWarehouse, kTenant, orderId).value().state == QStringLiteral("shipped"));
}

TEST_CASE("planned follow-ups: cancel once a pick task names the order", "[central]")
{
    SimConfig config = generating(1);
    config.cancelDuring = 1.0;
    Harness h(config);
    const protocol::Command reserve = commands(h.sim->tick(kStart)).value(0);
    const QString orderId = body(reserve).value(QStringLiteral("orderId")).toString();
    CHECK(commands(h.events({event(1, 0, QStringLiteral("InventoryReserved"), orderId, 2)})).isEmpty());
    h.commandAck(1, {result(1, QStringLiteral("applied"), 1, 1)});
    protocol::WireEvent started = event(2, 1, QStringLiteral("PickStarted"), QStringLiteral("T-1"), 1,
                                        {{QStringLiteral("orderIds"), QJsonArray{orderId}}});
    started.aggregateType = QStringLiteral("pick_task");
    const QList<protocol::Command> cancel = commands(h.events({started}));
    REQUIRE(cancel.size() == 1);
    CHECK(cancel[0].type == protocol::CommandType::CancelOrder);
    CHECK(h.store->order(kWarehouse, kTenant, orderId).value().state == QStringLiteral("picking"));
    h.events({event(3, 2, QStringLiteral("OrderStatusChanged"), orderId, 3,
                    {{QStringLiteral("from"), QStringLiteral("Processing")},
                     {QStringLiteral("to"), QStringLiteral("Cancelled")}})});
    h.commandAck(2, {result(2, QStringLiteral("applied"), 3, 3)});
    CHECK(h.finish().isEmpty());
    CHECK(h.store->order(kWarehouse, kTenant, orderId).value().state == QStringLiteral("cancelled"));
}

TEST_CASE("fault injection: commands twice, swapped neighbours, dropped acks", "[central]")
{
    SimConfig config = generating(2);
    config.duplicate = 1.0;
    {
        Harness h(config);
        CHECK(numbers(h.sim->tick(kStart)) == QList<std::int64_t>{1, 1, 2, 2});
    }
    config.duplicate = 0;
    config.reorder = 1.0;
    {
        Harness h(config);
        CHECK(numbers(h.sim->tick(kStart)) == QList<std::int64_t>{2, 1});
    }
    config.reorder = 0;
    config.dropAcks = 1.0;
    {
        Harness h(config);
        CHECK(
            acks(h.events({event(1, 0, QStringLiteral("StockReceived"), QStringLiteral("x"), 1)})).isEmpty());
        CHECK(h.store->stream(kWarehouse, kTenant).acksDropped == 1);
        CHECK(h.store->stream(kWarehouse, kTenant).cursor == 1);
    }
}

// ---- each check fires on a stream that breaks it ------------------------------------------------------

TEST_CASE("check: a message that does not decode", "[central]")
{
    Harness h;
    h.sim->handle(protocol::topic(kWarehouse, kTenant, protocol::Channel::Events), "{not json", kStart);
    h.sim->handle(protocol::topic(kWarehouse, kTenant, protocol::Channel::CommandAcks),
                  R"({"v":2,"kind":"command-ack"})", kStart);
    CHECK(h.violations() == QStringList{QStringLiteral("malformed"), QStringLiteral("malformed")});
}

TEST_CASE("check: an event that contradicts the chain", "[central]")
{
    Harness h;
    h.events({event(1, 0, QStringLiteral("StockReceived"), QStringLiteral("x"), 1),
              event(3, 1, QStringLiteral("StockReceived"), QStringLiteral("x"), 2)});
    SECTION("a new event linking behind the cursor")
    {
        CHECK(acks(h.events({event(5, 1, QStringLiteral("StockReceived"), QStringLiteral("x"), 3)})) ==
              QList<std::int64_t>{3});
        CHECK(h.violations() == QStringList{QStringLiteral("chain_fork")});
        CHECK_FALSE(h.store->eventBySeq(kWarehouse, kTenant, 5));
    }
    SECTION("an event below the cursor that is not in the chain")
    {
        h.events({event(2, 1, QStringLiteral("StockReceived"), QStringLiteral("x"), 2)});
        CHECK(h.violations() == QStringList{QStringLiteral("chain_fork")});
    }
}

TEST_CASE("check: an event id seen again with another seq or payload", "[central]")
{
    Harness h;
    h.events({event(1, 0, QStringLiteral("StockReceived"), QStringLiteral("x"), 1)});
    SECTION("same seq, another id")
    {
        protocol::WireEvent e = event(1, 0, QStringLiteral("StockReceived"), QStringLiteral("x"), 1);
        e.id = QStringLiteral("other");
        h.events({e});
    }
    SECTION("same id, another payload")
    {
        h.events({event(1, 0, QStringLiteral("StockReceived"), QStringLiteral("x"), 1,
                        {{QStringLiteral("quantity"), 5}})});
    }
    SECTION("same id, another seq")
    {
        protocol::WireEvent e = event(2, 1, QStringLiteral("StockReceived"), QStringLiteral("x"), 2);
        e.id = QStringLiteral("ev-1");
        h.events({e});
    }
    CHECK(h.violations() == QStringList{QStringLiteral("event_id_conflict")});
}

TEST_CASE("check: an aggregate's versions go back along the chain", "[central]")
{
    Harness h;
    h.events({event(1, 0, QStringLiteral("StockPicked"), QStringLiteral("SO-1"), 4),
              event(2, 1, QStringLiteral("StockPicked"), QStringLiteral("SO-2"), 1),
              event(3, 2, QStringLiteral("StockPicked"), QStringLiteral("SO-1"), 5)});
    CHECK(h.violations().isEmpty());
    h.events({event(4, 3, QStringLiteral("StockPicked"), QStringLiteral("SO-1"), 5)});
    CHECK(h.violations() == QStringList{QStringLiteral("aggregate_version")});
}

TEST_CASE("check: results that do not match what was sent", "[central]")
{
    Harness h(generating(2));
    h.sim->tick(kStart);
    SECTION("a number never sent")
    {
        h.commandAck(2, {result(9, QStringLiteral("applied"))});
        CHECK(h.violations() == QStringList{QStringLiteral("answer_unknown_command")});
    }
    SECTION("another id for the number")
    {
        protocol::CommandResult r = result(1, QStringLiteral("refused"), 0, 0, QStringLiteral("unknown_sku"));
        r.id = QStringLiteral("c-elsewhere");
        h.commandAck(1, {r});
        CHECK(h.violations() == QStringList{QStringLiteral("answer_id_mismatch")});
    }
    SECTION("a second answer with another outcome; a duplicate is fine")
    {
        h.commandAck(1, {result(1, QStringLiteral("refused"), 0, 0, QStringLiteral("unknown_sku"))});
        h.commandAck(1, {result(1, QStringLiteral("duplicate"))});
        h.commandAck(1, {result(1, QStringLiteral("refused"), 0, 0, QStringLiteral("unknown_sku"))});
        CHECK(h.violations().isEmpty());
        h.commandAck(1, {result(1, QStringLiteral("dead_letter"), 0, 0, QStringLiteral("malformed"))});
        CHECK(h.violations() == QStringList{QStringLiteral("answered_differently")});
    }
    SECTION("a cursor beyond the last number sent")
    {
        h.commandAck(3, {});
        h.hello(4);
        CHECK(h.violations() == QStringList{QStringLiteral("command_ack_beyond_sent"),
                                            QStringLiteral("command_ack_beyond_sent")});
    }
}

TEST_CASE("check: a command never answered", "[central]")
{
    Harness h(generating(2));
    h.sim->tick(kStart);
    h.commandAck(1, {result(1, QStringLiteral("refused"), 0, 0, QStringLiteral("unknown_sku"))});
    CHECK_FALSE(h.sim->allAnswered());
    CHECK(h.finish() == QStringList{QStringLiteral("unanswered")});
}

TEST_CASE("check: answers that do not end as the outcome table says", "[central]")
{
    Harness h(generating(1));
    const protocol::Command reserve = commands(h.sim->tick(kStart)).value(0);
    const QString orderId = body(reserve).value(QStringLiteral("orderId")).toString();
    SECTION("applied, but the answer is a ReservationFailed")
    {
        h.events({event(1, 0, QStringLiteral("ReservationFailed"), orderId, 1,
                        {{QStringLiteral("reason"), QStringLiteral("InsufficientStock")}})});
        h.commandAck(1, {result(1, QStringLiteral("applied"), 1, 1)});
        CHECK(h.finish() == QStringList{QStringLiteral("answer_events_mismatch")});
    }
    SECTION("refused for stock, without its ReservationFailed")
    {
        h.commandAck(1, {result(1, QStringLiteral("refused"), 0, 0, QStringLiteral("insufficient_stock"))});
        CHECK(h.finish() == QStringList{QStringLiteral("answer_events_mismatch")});
    }
    SECTION("a plain refusal that wrote events")
    {
        h.events({event(1, 0, QStringLiteral("InventoryReserved"), orderId, 2)});
        h.commandAck(1, {result(1, QStringLiteral("refused"), 1, 1, QStringLiteral("unknown_sku"))});
        CHECK(h.finish() == QStringList{QStringLiteral("answer_events_mismatch")});
    }
    SECTION("applied, its events never in the chain")
    {
        h.commandAck(1, {result(1, QStringLiteral("applied"), 4, 5)});
        CHECK(h.finish() == QStringList{QStringLiteral("answer_events_missing")});
    }
    SECTION("the same answers as the doc says pass")
    {
        h.events({event(1, 0, QStringLiteral("InventoryReserved"), orderId, 2,
                        {{QStringLiteral("partial"), true}}),
                  event(2, 1, QStringLiteral("ReservationShortfall"), orderId, 3)});
        h.commandAck(1, {result(1, QStringLiteral("applied"), 1, 2)});
        CHECK(h.finish().isEmpty());
    }
}

TEST_CASE("check: a cancellation after the shipment that is not a CancelRejected", "[central]")
{
    SimConfig config = generating(1);
    config.cancelAfter = 1.0;
    Harness h(config);
    const protocol::Command reserve = commands(h.sim->tick(kStart)).value(0);
    const QString orderId = body(reserve).value(QStringLiteral("orderId")).toString();
    h.events({event(1, 0, QStringLiteral("InventoryReserved"), orderId, 2)});
    h.commandAck(1, {result(1, QStringLiteral("applied"), 1, 1)});
    const QList<protocol::Command> cancel =
        commands(h.events({event(2, 1, QStringLiteral("ShipmentConfirmed"), orderId, 6)}));
    REQUIRE(cancel.size() == 1);
    SECTION("applied as a cancellation")
    {
        h.events({event(3, 2, QStringLiteral("OrderStatusChanged"), orderId, 7,
                        {{QStringLiteral("to"), QStringLiteral("Cancelled")}})});
        h.commandAck(2, {result(2, QStringLiteral("applied"), 3, 3)});
        CHECK(h.finish() == QStringList{QStringLiteral("answer_events_mismatch"),
                                        QStringLiteral("cancelled_after_shipment")});
    }
    SECTION("refused without an answer for the saga")
    {
        h.commandAck(2, {result(2, QStringLiteral("refused"), 0, 0, QStringLiteral("illegal_transition"))});
        CHECK(h.finish() == QStringList{QStringLiteral("unexpected_outcome")});
    }
}

TEST_CASE("check: events for an order after its cancellation", "[central]")
{
    Harness h;
    const QString order = QStringLiteral("SO-9");
    h.events({event(1, 0, QStringLiteral("InventoryReserved"), order, 2),
              event(2, 1, QStringLiteral("OrderStatusChanged"), order, 3,
                    {{QStringLiteral("to"), QStringLiteral("Cancelled")}}),
              event(3, 2, QStringLiteral("ReservationReleased"), order, 4),
              event(4, 3, QStringLiteral("ShipmentVoided"), order, 5)});
    CHECK(h.violations().isEmpty());
    SECTION("a pick")
    {
        h.events({event(5, 4, QStringLiteral("StockPicked"), order, 6)});
        CHECK(h.violations() == QStringList{QStringLiteral("event_after_cancel")});
    }
    SECTION("a shipment")
    {
        h.events({event(5, 4, QStringLiteral("ShipmentConfirmed"), order, 6)});
        CHECK(h.violations() ==
              QStringList{QStringLiteral("event_after_cancel"), QStringLiteral("shipped_after_cancel")});
    }
    SECTION("a status change")
    {
        h.events({event(5, 4, QStringLiteral("OrderStatusChanged"), order, 6,
                        {{QStringLiteral("from"), QStringLiteral("Cancelled")},
                         {QStringLiteral("to"), QStringLiteral("Paid")}})});
        CHECK(h.violations() == QStringList{QStringLiteral("event_after_cancel")});
    }
    SECTION("a pick task started for it")
    {
        protocol::WireEvent e = event(5, 4, QStringLiteral("PickStarted"), QStringLiteral("T-1"), 1,
                                      {{QStringLiteral("orderIds"), QJsonArray{order}}});
        e.aggregateType = QStringLiteral("pick_task");
        h.events({e});
        CHECK(h.violations() == QStringList{QStringLiteral("event_after_cancel")});
    }
}

TEST_CASE("every check kind has a name and a rule", "[central]")
{
    QStringList names;
    for (const ViolationSpec& spec : violationSpecs()) {
        CHECK_FALSE(QString::fromLatin1(spec.rule).isEmpty());
        names.append(QLatin1String(spec.name));
    }
    names.removeDuplicates();
    CHECK(names.size() == violationSpecs().size());
    CHECK(findOutcomeRule(QStringLiteral("CancelOrder"), QStringLiteral("refused"), {}, true) == nullptr);
}
