// The central-sim executable against a real Mosquitto, with the test playing a scripted appliance through a
// raw Paho client: hello, event batches (with a gap and its fill), command-acks; it checks the commands and
// acks it gets, the exit code and the summary.
#include "CentralStore.h"
#include "CentralStoreLocation.h"
#include "MosquittoBroker.h"
#include "Protocol.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <mqtt/async_client.h>

#include <chrono>

using wh::test::MosquittoBroker;
namespace protocol = wh::protocol;

namespace {

const QString kWarehouse = QStringLiteral("wh-1");
const QString kTenant = QStringLiteral("acme");

// The appliance's side of the link, scripted: everything it receives is kept in arrival order.
class Appliance
{
public:
    explicit Appliance(const MosquittoBroker& broker)
        : m_client(broker.uri().toStdString(), "test-appliance", mqtt::create_options(MQTTVERSION_3_1_1))
    {
        m_client.start_consuming();
        m_client.connect(mqtt::connect_options_builder().clean_session(true).finalize())->wait();
        m_client
            .subscribe(protocol::topic(kWarehouse, kTenant, protocol::Channel::Commands).toStdString(), 1)
            ->wait();
        m_client.subscribe(protocol::topic(kWarehouse, kTenant, protocol::Channel::Acks).toStdString(), 1)
            ->wait();
    }
    ~Appliance()
    {
        try {
            m_client.disconnect()->wait();
        } catch (const mqtt::exception&) {
        }
    }

    void publish(protocol::Channel channel, const QByteArray& payload)
    {
        const QByteArray t = protocol::topic(kWarehouse, kTenant, channel).toUtf8();
        m_client
            .publish(mqtt::make_message(t.toStdString(), payload.constData(), std::size_t(payload.size()), 1,
                                        false))
            ->wait();
    }

    // The next `count` commands (and the acks that come in between), or fewer after `timeout`.
    QList<protocol::Command> commands(int count, std::chrono::seconds timeout = std::chrono::seconds(10))
    {
        QList<protocol::Command> list;
        const auto until = std::chrono::steady_clock::now() + timeout;
        while (list.size() < count && std::chrono::steady_clock::now() < until) {
            mqtt::const_message_ptr message;
            if (!m_client.try_consume_message_for(&message, std::chrono::milliseconds(200)) || !message)
                continue;
            const auto parts = protocol::parseTopic(QString::fromStdString(message->get_topic()));
            REQUIRE(parts);
            const QByteArray bytes = QByteArray::fromStdString(message->to_string());
            if (parts->channel == protocol::Channel::Acks) {
                auto ack = protocol::decodeAck(bytes, *parts);
                REQUIRE(std::holds_alternative<protocol::Ack>(ack));
                m_acks.append(std::get<protocol::Ack>(ack).upTo);
                continue;
            }
            auto command = protocol::decodeCommand(bytes, *parts);
            REQUIRE(std::holds_alternative<protocol::Command>(command));
            list.append(std::get<protocol::Command>(command));
        }
        return list;
    }

    // Waits for an ack; the acks are QoS 1 on one topic, so they come in the order they were sent.
    std::optional<std::int64_t> nextAck(std::chrono::seconds timeout = std::chrono::seconds(10))
    {
        const auto until = std::chrono::steady_clock::now() + timeout;
        while (m_acks.isEmpty() && std::chrono::steady_clock::now() < until)
            commands(1, std::chrono::seconds(1)).isEmpty();
        if (m_acks.isEmpty())
            return std::nullopt;
        return m_acks.takeFirst();
    }

private:
    mqtt::async_client m_client;
    QList<std::int64_t> m_acks;
};

protocol::WireEvent event(std::int64_t seq, std::int64_t prev, const QString& type, const QString& orderId,
                          std::int64_t version)
{
    protocol::WireEvent e;
    e.seq = seq;
    e.prev = prev;
    e.id = QStringLiteral("ev-%1").arg(seq);
    e.type = type;
    e.aggregateType = QStringLiteral("order");
    e.aggregateId = orderId;
    e.version = version;
    e.occurredAtMs = 1772442000000;
    e.user = QStringLiteral("system");
    e.station = QStringLiteral("appliance");
    e.payload =
        QJsonDocument(QJsonObject{{QStringLiteral("orderId"), orderId}}).toJson(QJsonDocument::Compact);
    return e;
}

QByteArray batch(const QList<protocol::WireEvent>& events)
{
    return protocol::encodeEvents(kWarehouse, kTenant, events);
}

struct Run
{
    explicit Run(const MosquittoBroker& broker, QStringList extra, QString store = {},
                 QString clientId = QStringLiteral("central-test"))
    {
        if (store.isEmpty())
            store = wh::test::centralStoreLocation(dir);
        QFile catalog(dir.filePath(QStringLiteral("catalog.json")));
        REQUIRE(catalog.open(QIODevice::WriteOnly));
        catalog.write(R"({"tenants": {"acme": {"skus": [{"sku": "ACME-1001", "unitPriceMinor": 1000}]}}})");
        catalog.close();
        process.setProgram(QStringLiteral(WH_CENTRAL_SIM_EXE));
        process.setArguments(QStringList{QStringLiteral("--broker"), broker.uri(),
                                         QStringLiteral("--catalog"), catalog.fileName(),
                                         QStringLiteral("--store"), store, QStringLiteral("--summary-json"),
                                         summaryPath(), QStringLiteral("--client-id"), clientId} +
                             extra);
        process.start();
        REQUIRE(process.waitForStarted());
    }
    ~Run()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
    }
    QString summaryPath() const { return dir.filePath(QStringLiteral("summary.json")); }
    int finish()
    {
        REQUIRE(process.waitForFinished(60000));
        output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return process.exitCode();
    }
    QJsonObject summary() const
    {
        QFile file(summaryPath());
        REQUIRE(file.open(QIODevice::ReadOnly));
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    QTemporaryDir dir;
    QProcess process;
    QString output;
};

} // namespace

TEST_CASE("central-sim serves a scripted appliance: commands, resends on hello, acks across a gap",
          "[central][broker]")
{
    MosquittoBroker broker;
    INFO(broker.log().toStdString());
    REQUIRE(broker.start());
    Appliance appliance(broker);
    Run run(broker,
            {QStringLiteral("--warehouse"), kWarehouse, QStringLiteral("--orders"), QStringLiteral("2"),
             QStringLiteral("--resend-ms"), QStringLiteral("60000"), QStringLiteral("--idle-exit-ms"),
             QStringLiteral("1500"), QStringLiteral("--timeout-s"), QStringLiteral("60")});

    const QList<protocol::Command> sent = appliance.commands(2);
    INFO(run.output.toStdString());
    REQUIRE(sent.size() == 2);
    CHECK(sent[0].number == 1);
    CHECK(sent[1].number == 2);
    CHECK(sent[0].id == QStringLiteral("c-wh-1-acme-1"));
    CHECK(sent[0].type == protocol::CommandType::ReserveInventory);
    const QString order1 =
        QJsonDocument::fromJson(sent[0].body).object().value(QStringLiteral("orderId")).toString();
    const QString order2 =
        QJsonDocument::fromJson(sent[1].body).object().value(QStringLiteral("orderId")).toString();

    // The first is answered; a reconnect that applied only it: the second comes again, with the event
    // cursor.
    protocol::CommandAck first{kWarehouse, kTenant, 1, {}};
    first.results.append({1, sent[0].id, protocol::CommandOutcomeKind::Applied, {}, {}, 1, 1});
    appliance.publish(protocol::Channel::CommandAcks, protocol::encodeCommandAck(first));
    appliance.publish(protocol::Channel::Hello,
                      protocol::encodeHello({kWarehouse, kTenant, QStringLiteral("s1"), 1, 0, 0, 0}));
    const QList<protocol::Command> again = appliance.commands(1);
    REQUIRE(again.size() == 1);
    CHECK(again[0].number == 2);
    CHECK(again[0].id == sent[1].id);
    CHECK(again[0].body == sent[1].body);
    CHECK(appliance.nextAck() == 0);

    appliance.publish(protocol::Channel::Events,
                      batch({event(1, 0, QStringLiteral("InventoryReserved"), order1, 2),
                             event(3, 1, QStringLiteral("InventoryReserved"), order2, 2)}));
    CHECK(appliance.nextAck() == 3);
    // A gap: not acknowledged beyond the cursor; then the fill, and the chain runs on.
    appliance.publish(protocol::Channel::Events,
                      batch({event(8, 6, QStringLiteral("StockReceived"), order1, 3)}));
    CHECK(appliance.nextAck() == 3);
    appliance.publish(protocol::Channel::Events,
                      batch({event(6, 3, QStringLiteral("StockReceived"), order2, 3),
                             event(8, 6, QStringLiteral("StockReceived"), order1, 3)}));
    CHECK(appliance.nextAck() == 8);

    protocol::CommandAck ack{kWarehouse, kTenant, 2, {}};
    ack.results.append({2, sent[1].id, protocol::CommandOutcomeKind::Applied, {}, {}, 3, 3});
    appliance.publish(protocol::Channel::CommandAcks, protocol::encodeCommandAck(ack));

    CHECK(run.finish() == 0);
    INFO(run.output.toStdString());
    const QJsonObject summary = run.summary();
    CHECK(summary.value(QStringLiteral("violationCount")).toInteger() == 0);
    const QJsonObject stream = summary.value(QStringLiteral("streams")).toArray().at(0).toObject();
    CHECK(stream.value(QStringLiteral("cursor")).toInteger() == 8);
    CHECK(stream.value(QStringLiteral("eventsReceived")).toInteger() == 4);
    CHECK(stream.value(QStringLiteral("gapsSeen")).toInteger() == 1);
    CHECK(stream.value(QStringLiteral("duplicatesIgnored")).toInteger() == 0);
    CHECK(stream.value(QStringLiteral("commandsSent")).toInteger() == 2);
    CHECK(stream.value(QStringLiteral("commandsResent")).toInteger() == 1);
    CHECK(stream.value(QStringLiteral("answers")).toObject().value(QStringLiteral("applied")).toInteger() ==
          2);
    CHECK(summary.value(QStringLiteral("orders")).toObject().value(QStringLiteral("reserved")).toInteger() ==
          2);
}

TEST_CASE("central-sim exits 1 with the violations listed when the appliance breaks the protocol",
          "[central][broker]")
{
    MosquittoBroker broker;
    INFO(broker.log().toStdString());
    REQUIRE(broker.start());
    Appliance appliance(broker);
    Run run(broker, {QStringLiteral("--warehouse"), kWarehouse, QStringLiteral("--orders"),
                     QStringLiteral("1"), QStringLiteral("--idle-exit-ms"), QStringLiteral("1000"),
                     QStringLiteral("--timeout-s"), QStringLiteral("60")});
    const QList<protocol::Command> sent = appliance.commands(1);
    REQUIRE(sent.size() == 1);
    // Applied, but the answer names no events; and a gap is left open.
    protocol::CommandAck ack{kWarehouse, kTenant, 1, {}};
    ack.results.append({1, sent[0].id, protocol::CommandOutcomeKind::Applied, {}, {}, 0, 0});
    appliance.publish(protocol::Channel::CommandAcks, protocol::encodeCommandAck(ack));
    appliance.publish(protocol::Channel::Events,
                      batch({event(5, 2, QStringLiteral("StockReceived"), QStringLiteral("x"), 1)}));
    CHECK(run.finish() == 1);
    INFO(run.output.toStdString());
    QStringList kinds;
    for (const QJsonValue& v : run.summary().value(QStringLiteral("violations")).toArray())
        kinds.append(v.toObject().value(QStringLiteral("kind")).toString());
    kinds.sort();
    CHECK(kinds == QStringList{QStringLiteral("answer_events_mismatch"), QStringLiteral("gap_at_end")});
    CHECK(run.output.contains(QStringLiteral("gap_at_end")));
}

TEST_CASE("central-sim gives up at its timeout with the unanswered commands listed", "[central][broker]")
{
    MosquittoBroker broker;
    INFO(broker.log().toStdString());
    REQUIRE(broker.start());
    Run run(broker, {QStringLiteral("--warehouse"), kWarehouse, QStringLiteral("--orders"),
                     QStringLiteral("1"), QStringLiteral("--idle-exit-ms"), QStringLiteral("500"),
                     QStringLiteral("--timeout-s"), QStringLiteral("2")});
    CHECK(run.finish() == 1);
    INFO(run.output.toStdString());
    QStringList kinds;
    for (const QJsonValue& v : run.summary().value(QStringLiteral("violations")).toArray())
        kinds.append(v.toObject().value(QStringLiteral("kind")).toString());
    kinds.sort();
    CHECK(kinds == QStringList{QStringLiteral("timeout"), QStringLiteral("unanswered")});
}

TEST_CASE("central-sim --ack-only acknowledges until the expected events and prints the rate",
          "[central][broker]")
{
    MosquittoBroker broker;
    INFO(broker.log().toStdString());
    REQUIRE(broker.start());
    Appliance appliance(broker);
    Run run(broker, {QStringLiteral("--ack-only"), QStringLiteral("--expect-events"), QStringLiteral("3"),
                     QStringLiteral("--timeout-s"), QStringLiteral("30")});
    // The service subscribes after it starts: say hello until its ack shows it listens.
    std::optional<std::int64_t> first;
    for (int i = 0; i < 50 && !first; ++i) {
        appliance.publish(protocol::Channel::Hello,
                          protocol::encodeHello({kWarehouse, kTenant, QStringLiteral("s1"), 0, 0, 0, 0}));
        first = appliance.nextAck(std::chrono::seconds(1));
    }
    REQUIRE(first == 0);
    appliance.publish(protocol::Channel::Events,
                      batch({event(1, 0, QStringLiteral("StockReceived"), QStringLiteral("x"), 1),
                             event(2, 1, QStringLiteral("StockReceived"), QStringLiteral("x"), 2)}));
    appliance.publish(protocol::Channel::Events,
                      batch({event(4, 2, QStringLiteral("StockReceived"), QStringLiteral("x"), 3)}));
    CHECK(run.finish() == 0);
    INFO(run.output.toStdString());
    CHECK(run.output.contains(QStringLiteral("events/s")));
    CHECK(run.summary()
              .value(QStringLiteral("throughput"))
              .toObject()
              .value(QStringLiteral("eventsApplied"))
              .toInteger() == 3);
}

TEST_CASE("two central-sim instances sharing a group and a store split the stream - resends close the chain",
          "[central][broker]")
{
    MosquittoBroker broker;
    INFO(broker.log().toStdString());
    REQUIRE(broker.start());
    Appliance appliance(broker);
    QTemporaryDir shared;
    const QString store = wh::test::centralStoreLocation(shared);
    const QStringList options{QStringLiteral("--ack-only"), QStringLiteral("--share-group"),
                              QStringLiteral("central"),    QStringLiteral("--idle-exit-ms"),
                              QStringLiteral("3000"),       QStringLiteral("--timeout-s"),
                              QStringLiteral("60")};
    Run first(broker, options, store, QStringLiteral("central-a"));
    Run second(broker, options, store, QStringLiteral("central-b"));
    // Both listen once each has answered a hello (the group hands each hello to one of them).
    int answered = 0;
    for (int i = 0; i < 100 && answered < 6; ++i) {
        appliance.publish(protocol::Channel::Hello,
                          protocol::encodeHello({kWarehouse, kTenant, QStringLiteral("s1"), 0, 0, 0, 0}));
        if (appliance.nextAck(std::chrono::seconds(1)))
            ++answered;
    }
    REQUIRE(answered == 6);

    // Twenty one-event batches at once: the instances may take them out of order (a gap for the one that
    // is ahead); the appliance resends after its cursor until the acks reach the end, as its engine does.
    constexpr std::int64_t kLast = 20;
    const auto eventAt = [](std::int64_t seq) {
        return event(seq, seq - 1, QStringLiteral("StockReceived"), QStringLiteral("x"), seq);
    };
    for (std::int64_t seq = 1; seq <= kLast; ++seq)
        appliance.publish(protocol::Channel::Events, batch({eventAt(seq)}));
    std::int64_t acked = 0;
    for (int round = 0; round < 50 && acked < kLast; ++round) {
        while (const auto ack = appliance.nextAck(std::chrono::seconds(1)))
            acked = std::max(acked, *ack);
        if (acked < kLast) {
            QList<protocol::WireEvent> rest;
            for (std::int64_t seq = acked + 1; seq <= kLast; ++seq)
                rest.append(eventAt(seq));
            appliance.publish(protocol::Channel::Events, batch(rest));
        }
    }
    CHECK(acked == kLast);
    CHECK(first.finish() == 0);
    CHECK(second.finish() == 0);
    INFO(first.output.toStdString() + second.output.toStdString());
    const auto applied = [](const Run& run) {
        return run.summary()
            .value(QStringLiteral("throughput"))
            .toObject()
            .value(QStringLiteral("eventsApplied"))
            .toInteger();
    };
    CHECK(applied(first) + applied(second) == kLast);
    // The group split the stream: each instance was handed event batches. Which of them applied which events
    // is a race (one ahead of the chain sees a gap and leaves the batch to the resend), so it is not checked.
    const auto batches = [](const Run& run) {
        const QJsonObject t = run.summary().value(QStringLiteral("throughput")).toObject();
        return t.value(QStringLiteral("messages")).toInteger() - t.value(QStringLiteral("hellos")).toInteger();
    };
    CHECK(batches(first) > 0);
    CHECK(batches(second) > 0);
    wh::central::CentralStore reader(store);
    const wh::central::StreamRow stream = reader.stream(kWarehouse, kTenant);
    CHECK(stream.cursor == kLast);
    CHECK(stream.events == kLast);
}

TEST_CASE("central-sim exits 2 on a usage error or when no broker listens", "[central]")
{
    QProcess process;
    process.start(QStringLiteral(WH_CENTRAL_SIM_EXE), {QStringLiteral("--orders"), QStringLiteral("3")});
    REQUIRE(process.waitForFinished(30000));
    CHECK(process.exitCode() == 2);
    CHECK(process.readAllStandardError().contains("--warehouse"));

    QTemporaryDir dir;
    process.start(
        QStringLiteral(WH_CENTRAL_SIM_EXE),
        {QStringLiteral("--broker"), QStringLiteral("tcp://127.0.0.1:%1").arg(MosquittoBroker::freePort()),
         QStringLiteral("--store"), wh::test::centralStoreLocation(dir), QStringLiteral("--ack-only")});
    REQUIRE(process.waitForFinished(30000));
    CHECK(process.exitCode() == 2);
    CHECK(process.readAllStandardError().contains("cannot connect"));

    // A PostgreSQL store that is not one, or that does not answer: exit 2 naming it, the password left out.
    process.start(QStringLiteral(WH_CENTRAL_SIM_EXE),
                  {QStringLiteral("--store"), QStringLiteral("postgresql://central@127.0.0.1:5432/"),
                   QStringLiteral("--ack-only")});
    REQUIRE(process.waitForFinished(30000));
    CHECK(process.exitCode() == 2);
    CHECK(process.readAllStandardError().contains("not a PostgreSQL connection string"));
    process.start(
        QStringLiteral(WH_CENTRAL_SIM_EXE),
        {QStringLiteral("--store"),
         QStringLiteral("postgres://central:s3cret@127.0.0.1:%1/orders").arg(MosquittoBroker::freePort()),
         QStringLiteral("--ack-only")});
    REQUIRE(process.waitForFinished(30000));
    CHECK(process.exitCode() == 2);
    const QByteArray error = process.readAllStandardError();
    INFO(error.toStdString());
    CHECK(error.contains("cannot open the store postgres://central@127.0.0.1:"));
    CHECK_FALSE(error.contains("s3cret"));
}
