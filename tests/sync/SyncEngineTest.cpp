// The sync engine against a real Mosquitto, with the test playing the central service through a raw Paho
// client: the online flow, a long offline period, broker restarts, acknowledgements lost or ahead of the
// stream, commands with duplicates and gaps, and the retained status with its last will.
#include "SyncEngine.h"
#include "ContractCheck.h"
#include "MosquittoBroker.h"
#include "Protocol.h"
#include "TestPki.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>

#include <mqtt/async_client.h>

#include <chrono>

using namespace wh;
using wh::test::MosquittoBroker;
using wh::test::StoreFixture;

namespace {

const QString kWarehouse = QStringLiteral("wh-1");

// The central service's side, minimal: reads everything the appliance publishes, keeps each tenant's chain,
// acknowledges when asked to.
class TestCentral
{
public:
    explicit TestCentral(const QString& uri, bool autoAck = true,
                         std::optional<mqtt::ssl_options> ssl = std::nullopt)
        : m_client(uri.toStdString(), "test-central", mqtt::create_options(MQTTVERSION_3_1_1))
        , m_autoAck(autoAck)
    {
        m_client.start_consuming();
        auto builder = mqtt::connect_options_builder();
        builder.clean_session(true);
        if (ssl)
            builder.ssl(std::move(*ssl));
        m_client.connect(builder.finalize())->wait();
        m_client
            .subscribe(mqtt::string_collection::create({"wh/v1/wh-1/+/events", "wh/v1/wh-1/+/hello",
                                                        "wh/v1/wh-1/+/command-acks", "wh/v1/wh-1/status"}),
                       mqtt::iasync_client::qos_collection{1, 1, 1, 1})
            ->wait();
    }
    ~TestCentral()
    {
        try {
            m_client.disconnect()->wait_for(std::chrono::seconds(2));
        } catch (const mqtt::exception&) {
        }
    }

    // Handles what arrived for up to `ms`, until `done` holds.
    bool pumpUntil(const std::function<bool()>& done, int ms)
    {
        QElapsedTimer timer;
        timer.start();
        while (!done()) {
            if (timer.elapsed() > ms)
                return false;
            mqtt::const_message_ptr message;
            if (m_client.try_consume_message_for(&message, std::chrono::milliseconds(20)) && message)
                handle(*message);
        }
        return true;
    }

    void send(const QString& topic, const QByteArray& payload)
    {
        capture += topic.toUtf8() + '\t' + payload + '\n';
        m_client.publish(topic.toStdString(), payload.constData(), size_t(payload.size()), 1, false)->wait();
    }
    void ack(const QString& tenant, std::int64_t upTo)
    {
        send(protocol::topic(kWarehouse, tenant, protocol::Channel::Acks),
             protocol::encodeAck({tenant, upTo}));
    }

    QHash<QString, std::int64_t> cursor;                 // per tenant: the chain is unbroken up to here
    QHash<QString, QList<protocol::WireEvent>> received; // in chain order, each event once
    std::int64_t duplicates = 0;
    std::int64_t gaps = 0;
    QList<protocol::Hello> hellos;
    QList<protocol::CommandAck> commandAcks;
    QList<protocol::Status> statuses;
    QStringList refused; // anything that did not decode
    QByteArray capture;  // every message seen or sent, as `topic<TAB>json` lines for the contract validator

private:
    void handle(const mqtt::message& message)
    {
        const QString topic = QString::fromStdString(message.get_topic());
        const QByteArray payload = QByteArray::fromStdString(message.to_string());
        capture += topic.toUtf8() + '\t' + payload + '\n';
        const auto parts = protocol::parseTopic(topic);
        if (!parts) {
            refused.append(topic);
            return;
        }
        switch (parts->channel) {
        case protocol::Channel::Events: {
            auto batch = protocol::decodeEvents(payload, *parts);
            if (auto* e = std::get_if<protocol::DecodeError>(&batch)) {
                refused.append(e->message);
                return;
            }
            std::int64_t& c = cursor[parts->tenant];
            for (const protocol::WireEvent& event : std::get<protocol::EventBatch>(batch).events) {
                if (event.seq <= c) {
                    ++duplicates;
                    continue;
                }
                if (event.prev != c) {
                    ++gaps;
                    break; // not applied; the appliance sends again
                }
                received[parts->tenant].append(event);
                c = event.seq;
            }
            if (m_autoAck)
                ack(parts->tenant, c);
            return;
        }
        case protocol::Channel::Hello: {
            auto hello = protocol::decodeHello(payload, *parts);
            if (auto* h = std::get_if<protocol::Hello>(&hello)) {
                hellos.append(*h);
                if (m_autoAck && cursor.value(parts->tenant) > 0)
                    ack(parts->tenant, cursor.value(parts->tenant));
            } else {
                refused.append(std::get<protocol::DecodeError>(hello).message);
            }
            return;
        }
        case protocol::Channel::CommandAcks: {
            auto ack = protocol::decodeCommandAck(payload, *parts);
            if (auto* a = std::get_if<protocol::CommandAck>(&ack))
                commandAcks.append(*a);
            else
                refused.append(std::get<protocol::DecodeError>(ack).message);
            return;
        }
        case protocol::Channel::Status: {
            auto status = protocol::decodeStatus(payload, *parts);
            if (auto* s = std::get_if<protocol::Status>(&status))
                statuses.append(*s);
            else
                refused.append(std::get<protocol::DecodeError>(status).message);
            return;
        }
        default:
            return;
        }
    }

    mqtt::async_client m_client;
    bool m_autoAck;
};

sync::SyncConfig engineConfig(const QString& storePath, const QString& uri)
{
    sync::SyncConfig config;
    config.storePath = storePath;
    config.brokerUri = uri;
    config.warehouse = kWarehouse;
    config.appVersion = QStringLiteral("test");
    config.minBackoffMs = 100;
    config.maxBackoffMs = 400;
    config.ackTimeoutMs = 800;
    config.keepAliveSeconds = 2;
    return config;
}

// Polls a condition the engine's thread makes true, up to `ms`.
bool waitUntil(const std::function<bool()>& condition, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!condition()) {
        if (t.elapsed() > ms)
            return false;
        QThread::msleep(20);
    }
    return true;
}

// Many cloud-bound events quickly: stock received in batches (StockReceived is cloud-bound).
void receiveMany(db::Store& store, const TenantContext& tenant, const Actor& actor, int events)
{
    const int perBatch = 500;
    for (int done = 0; done < events; done += perBatch) {
        QList<db::Store::Handler> handlers;
        for (int i = done; i < std::min(events, done + perBatch); ++i)
            handlers.append([sku = QString(tenant.id().toUpper() + QStringLiteral("-SKU1")),
                             bin = QString(tenant.id().toUpper() + QStringLiteral("-BULK"))](Inventory& inv) {
                return inv.receive({sku, bin, {}, {}, 1});
            });
        WH_REQUIRE_OK(store.executeBatch(tenant, actor, handlers));
    }
}

std::int64_t pending(db::Store& store)
{
    auto state = store.outbox().state();
    REQUIRE(state.ok());
    std::int64_t total = 0;
    for (const auto& t : *state)
        total += t.pending;
    return total;
}

// Every cloud-bound event in the log, per tenant, in order: what the central service must end up with.
QHash<QString, QList<std::int64_t>> cloudBound(db::Store& store)
{
    QHash<QString, QList<std::int64_t>> out;
    for (const RecordedEvent& e : test::loggedEvents(store))
        if (EventType::isCloudBound(e.type))
            out[e.tenantId].append(e.seq);
    return out;
}

QHash<QString, QList<std::int64_t>> receivedSeqs(const TestCentral& central)
{
    QHash<QString, QList<std::int64_t>> out;
    for (auto it = central.received.begin(); it != central.received.end(); ++it)
        for (const protocol::WireEvent& e : it.value())
            out[it.key()].append(e.seq);
    return out;
}

} // namespace

TEST_CASE("online: events reach the central service in order and leave the outbox only when acknowledged",
          "[sync][engine]")
{
    MosquittoBroker broker;
    REQUIRE(broker.start());
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    const TenantContext globex = f.addTenant(QStringLiteral("globex"));
    receiveMany(f.store(), acme, f.actor(), 30);
    receiveMany(f.store(), globex, f.actor(), 20);

    TestCentral central(broker.uri(), /*autoAck=*/false);
    sync::SyncEngine engine(engineConfig(f.path(), broker.uri()));
    REQUIRE(engine.start().ok());

    // Everything arrives, but nothing leaves the outbox without an acknowledgement.
    const auto expected = cloudBound(f.store());
    REQUIRE(expected.value(QStringLiteral("acme")).size() >= 30);
    REQUIRE(central.pumpUntil([&] { return receivedSeqs(central) == expected; }, 10000));
    CHECK(central.gaps == 0);
    CHECK(central.refused.isEmpty());
    REQUIRE(central.hellos.size() >= 2);
    CHECK(central.statuses.size() >= 1);
    CHECK(central.statuses.last().online);
    CHECK(pending(f.store()) ==
          expected.value(QStringLiteral("acme")).size() + expected.value(QStringLiteral("globex")).size());

    central.ack(QStringLiteral("acme"), central.cursor.value(QStringLiteral("acme")));
    central.ack(QStringLiteral("globex"), central.cursor.value(QStringLiteral("globex")));
    QElapsedTimer t;
    t.start();
    while (pending(f.store()) > 0 && t.elapsed() < 5000)
        QThread::msleep(20);
    CHECK(pending(f.store()) == 0);
    CHECK(receivedSeqs(central) == cloudBound(f.store()));

    // New work goes out as it is committed.
    receiveMany(f.store(), acme, f.actor(), 5);
    REQUIRE(central.pumpUntil(
        [&] {
            return central.received.value(QStringLiteral("acme")).size() >=
                   expected.value(QStringLiteral("acme")).size() + 5;
        },
        5000));
    const auto status = engine.status();
    CHECK(status.link == sync::SyncEngineStatus::Link::Online);
    // The first events went out long before; the counter may lag a moment behind the last five.
    CHECK(status.eventsPublished >=
          expected.value(QStringLiteral("acme")).size() + expected.value(QStringLiteral("globex")).size());
    CHECK(status.eventsAcknowledged ==
          expected.value(QStringLiteral("acme")).size() + expected.value(QStringLiteral("globex")).size());
    engine.stop();
    REQUIRE(central.pumpUntil([&] { return !central.statuses.last().online; }, 5000));
    CHECK(central.statuses.last().reason == QStringLiteral("shutdown"));
}

TEST_CASE(
    "a long offline period: 100,000 events buffered, then all delivered in order once the broker is there",
    "[sync][engine][offline]")
{
    StoreFixture f(db::StoreOptions{.durability = db::StoreOptions::Durability::Normal});
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    const TenantContext globex = f.addTenant(QStringLiteral("globex"));
    receiveMany(f.store(), acme, f.actor(), 60000);
    receiveMany(f.store(), globex, f.actor(), 40000);

    // The engine starts with no broker: it buffers, retries with backoff, and reports itself offline.
    sync::SyncConfig config = engineConfig(f.path(), QStringLiteral("tcp://127.0.0.1:1")); // nothing listens
    {
        sync::SyncEngine offline(config);
        REQUIRE(offline.start().ok());
        // Until its first attempt failed and it counted the backlog: a loaded machine takes longer than a
        // fixed wait allows.
        QElapsedTimer waited;
        waited.start();
        auto status = offline.status();
        while ((status.lastError.isEmpty() || status.backlog < 100000) && waited.elapsed() < 15000) {
            QThread::msleep(50);
            status = offline.status();
        }
        CHECK(status.link != sync::SyncEngineStatus::Link::Online);
        CHECK_FALSE(status.lastError.isEmpty());
        CHECK(status.backlog >= 100000);
    }
    const auto expected = cloudBound(f.store());
    CHECK(pending(f.store()) ==
          expected.value(QStringLiteral("acme")).size() + expected.value(QStringLiteral("globex")).size());

    MosquittoBroker broker;
    REQUIRE(broker.start());
    TestCentral central(broker.uri());
    config.brokerUri = broker.uri();
    sync::SyncEngine engine(config);
    REQUIRE(engine.start().ok());
    REQUIRE(central.pumpUntil([&] { return receivedSeqs(central) == expected; }, 120000));
    QElapsedTimer t;
    t.start();
    while (pending(f.store()) > 0 && t.elapsed() < 10000)
        QThread::msleep(20);
    CHECK(pending(f.store()) == 0);
    CHECK(central.refused.isEmpty());
    CHECK(receivedSeqs(central) == cloudBound(f.store()));
}

TEST_CASE("broker restarts mid-drain lose nothing and reorder nothing", "[sync][engine][restart]")
{
    MosquittoBroker broker(QStringLiteral("persistence true\n"));
    REQUIRE(broker.start());
    StoreFixture f(db::StoreOptions{.durability = db::StoreOptions::Durability::Normal});
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    receiveMany(f.store(), acme, f.actor(), 20000);

    auto central = std::make_unique<TestCentral>(broker.uri());
    sync::SyncConfig config = engineConfig(f.path(), broker.uri());
    config.eventsPerMessage = 100; // many messages, so the restart lands in the middle
    config.window = 4;
    sync::SyncEngine engine(config);
    REQUIRE(engine.start().ok());
    REQUIRE(central->pumpUntil([&] { return central->received.value(QStringLiteral("acme")).size() >= 2000; },
                               20000));
    // Restart twice, once cleanly and once killed; the central service's consumer reconnects too and keeps
    // its cursor (it is its store's).
    const auto cursor = central->cursor;
    const auto received = central->received;
    central.reset();
    broker.stop();
    REQUIRE(broker.start());
    central = std::make_unique<TestCentral>(broker.uri());
    central->cursor = cursor;
    central->received = received;
    REQUIRE(central->pumpUntil([&] { return central->received.value(QStringLiteral("acme")).size() >= 8000; },
                               30000));
    const auto cursor2 = central->cursor;
    const auto received2 = central->received;
    central.reset();
    broker.kill();
    REQUIRE(broker.start());
    central = std::make_unique<TestCentral>(broker.uri());
    central->cursor = cursor2;
    central->received = received2;
    REQUIRE(central->pumpUntil([&] { return receivedSeqs(*central) == cloudBound(f.store()); }, 60000));
    QElapsedTimer t;
    t.start();
    while (pending(f.store()) > 0 && t.elapsed() < 10000) {
        central->pumpUntil([] { return false; }, 50);
    }
    CHECK(pending(f.store()) == 0);
    CHECK(receivedSeqs(*central) == cloudBound(f.store()));
    CHECK(engine.status().reconnects >= 2);
}

TEST_CASE("a lost acknowledgement is repaired: the engine sends again from the last one it has",
          "[sync][engine]")
{
    MosquittoBroker broker;
    REQUIRE(broker.start());
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    receiveMany(f.store(), acme, f.actor(), 10);
    TestCentral central(broker.uri(), /*autoAck=*/false);
    sync::SyncEngine engine(engineConfig(f.path(), broker.uri()));
    REQUIRE(engine.start().ok());
    const auto expected = cloudBound(f.store());
    const qsizetype total = expected.value(QStringLiteral("acme")).size();
    REQUIRE(total >= 10);
    REQUIRE(central.pumpUntil([&] { return receivedSeqs(central) == expected; }, 10000));
    // No ack: after the ack timeout the same events come again (the central side counts them as duplicates).
    REQUIRE(central.pumpUntil([&] { return central.duplicates >= total; }, 5000));
    CHECK(engine.status().resends >= 1);
    // An ack beyond what was ever sent is refused and reported, and changes nothing.
    central.ack(QStringLiteral("acme"), 1000000);
    CHECK(waitUntil([&] { return engine.status().lastError.contains(QStringLiteral("refused")); }, 5000));
    CHECK(pending(f.store()) == total);
    central.ack(QStringLiteral("acme"), central.cursor.value(QStringLiteral("acme")));
    QElapsedTimer t;
    t.start();
    while (pending(f.store()) > 0 && t.elapsed() < 5000)
        QThread::msleep(20);
    CHECK(pending(f.store()) == 0);
    // A malformed ack is reported and ignored.
    central.send(protocol::topic(kWarehouse, QStringLiteral("acme"), protocol::Channel::Acks),
                 "{\"v\":1,\"kind\":\"ack\"");
    CHECK(waitUntil([&] { return engine.status().lastError.contains(QStringLiteral("malformed")); }, 5000));
    CHECK(engine.status().link == sync::SyncEngineStatus::Link::Online);
}

TEST_CASE("a restored store sends nothing until the central service's cursor is known to be within it",
          "[sync][engine][restore]")
{
    MosquittoBroker broker;
    REQUIRE(broker.start());
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    receiveMany(f.store(), acme, f.actor(), 5);
    const auto expected = cloudBound(f.store());
    const qsizetype total = expected.value(QStringLiteral("acme")).size();
    REQUIRE(total >= 5);
    WH_REQUIRE_OK(f.store().outbox().holdAll()); // as db::Backup::restore leaves it
    TestCentral central(broker.uri());

    SECTION("the central service has more than the restored store: its events stay held, and it says so")
    {
        central.cursor.insert(QStringLiteral("acme"), 1'000'000); // answered to the hello
        sync::SyncEngine engine(engineConfig(f.path(), broker.uri()));
        REQUIRE(engine.start().ok());
        // The test central answers the hello with its cursor while it reads what comes.
        CHECK(central.pumpUntil(
            [&] { return engine.status().lastError.contains(QStringLiteral("Restored store")); }, 10'000));
        CHECK(engine.status().heldTenants == QStringList{QStringLiteral("acme")});
        central.pumpUntil([] { return false; }, 1500);
        CHECK(central.received.value(QStringLiteral("acme")).isEmpty()); // nothing sent
        CHECK(pending(f.store()) == total);                                // nothing lost
        CHECK(f.store().outbox().heldTenants()->contains(QStringLiteral("acme")));
    }
    SECTION("the central service's cursor is within the restored store: held until it says so, then sent")
    {
        sync::SyncEngine engine(engineConfig(f.path(), broker.uri()));
        REQUIRE(engine.start().ok());
        // The test central answers a hello only once it has something; until then nothing may go out.
        REQUIRE(central.pumpUntil([&] { return !central.hellos.isEmpty(); }, 10'000));
        central.pumpUntil([] { return false; }, 1500);
        CHECK(central.received.value(QStringLiteral("acme")).isEmpty());
        CHECK(engine.status().heldTenants == QStringList{QStringLiteral("acme")});
        central.ack(QStringLiteral("acme"), 0); // "I have nothing of acme's"
        REQUIRE(central.pumpUntil([&] { return receivedSeqs(central) == expected; }, 10'000));
        CHECK(waitUntil([&] { return pending(f.store()) == 0; }, 5'000));
        CHECK(engine.status().heldTenants.isEmpty());
        CHECK(f.store().outbox().heldTenants()->isEmpty());
    }
}

TEST_CASE("commands over MQTT: applied once, duplicates and gaps answered, bad ones dead-lettered, cursor in "
          "the hello",
          "[sync][engine][commands]")
{
    MosquittoBroker broker;
    REQUIRE(broker.start());
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    WH_REQUIRE_OK(f.store().receive(acme, f.actor(),
                                    {QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-PICK"), {}, {}, 50}));
    TestCentral central(broker.uri());
    sync::SyncEngine engine(engineConfig(f.path(), broker.uri()));
    REQUIRE(engine.start().ok());
    REQUIRE(central.pumpUntil([&] { return !central.hellos.isEmpty(); }, 10000));
    CHECK(central.hellos.first().commandsApplied == 0);

    auto reserve = [](std::int64_t number, const QString& orderId) {
        const QJsonObject body{{QStringLiteral("orderId"), orderId},
                               {QStringLiteral("service"), QStringLiteral("Standard")},
                               {QStringLiteral("promisedDate"), QStringLiteral("2026-03-09")},
                               {QStringLiteral("lines"),
                                QJsonArray{QJsonObject{{QStringLiteral("lineNo"), 1},
                                                       {QStringLiteral("sku"), QStringLiteral("ACME-SKU1")},
                                                       {QStringLiteral("quantity"), 2},
                                                       {QStringLiteral("unitPriceMinor"), 1000}}}}};
        return protocol::encodeCommand({QStringLiteral("acme"), number, QStringLiteral("cmd-%1").arg(number),
                                        protocol::CommandType::ReserveInventory,
                                        QJsonDocument(body).toJson(QJsonDocument::Compact)});
    };
    const QString topic = protocol::topic(kWarehouse, QStringLiteral("acme"), protocol::Channel::Commands);
    central.send(topic, reserve(1, QStringLiteral("SO-1")));
    central.send(topic, reserve(1, QStringLiteral("SO-1"))); // a duplicate
    central.send(topic, reserve(3, QStringLiteral("SO-3"))); // ahead of a gap
    central.send(topic, "this is not json");
    central.send(topic, reserve(2, QStringLiteral("SO-2")));

    auto results = [&] {
        QList<protocol::CommandResult> all;
        for (const auto& a : central.commandAcks)
            all += a.results;
        return all;
    };
    REQUIRE(central.pumpUntil([&] { return results().size() >= 4; }, 10000));
    const auto all = results();
    CHECK(all[0].number == 1);
    CHECK(all[0].outcome == protocol::CommandOutcomeKind::Applied);
    CHECK(all[1].outcome == protocol::CommandOutcomeKind::Duplicate);
    CHECK(all[2].outcome == protocol::CommandOutcomeKind::DeadLetter);
    CHECK(all[2].number == 0);
    CHECK(all[3].number == 2);
    CHECK(all[3].outcome == protocol::CommandOutcomeKind::Applied);
    // Number 3 came ahead of 2: a report with no results says "everything up to here, send again after it".
    CHECK(central.pumpUntil(
        [&] {
            for (const auto& a : central.commandAcks)
                if (a.results.isEmpty() && a.upTo < 3)
                    return true;
            return false;
        },
        5000));
    // The reservation's events go out, and the order is reserved once.
    REQUIRE(central.pumpUntil(
        [&] {
            int reserved = 0;
            for (const auto& e : central.received.value(QStringLiteral("acme")))
                reserved += e.type == EventType::InventoryReserved ? 1 : 0;
            return reserved == 2;
        },
        5000));
    // The central service sends 3 again (as it would after the cursor report): applied now.
    central.send(topic, reserve(3, QStringLiteral("SO-3")));
    REQUIRE(central.pumpUntil([&] { return f.store().commandCursor(QStringLiteral("acme")).value() == 3; },
                              5000));
    auto letters = f.store().deadLetters(10);
    REQUIRE(letters.ok());
    CHECK(letters->size() == 1);
    QElapsedTimer t;
    t.start();
    while (engine.status().deadLetters != 1 && t.elapsed() < 3000)
        QThread::msleep(20);
    CHECK(engine.status().deadLetters == 1);

    // After a restart the hello announces the cursor.
    engine.stop();
    central.hellos.clear();
    sync::SyncEngine again(engineConfig(f.path(), broker.uri()));
    REQUIRE(again.start().ok());
    REQUIRE(central.pumpUntil([&] { return !central.hellos.isEmpty(); }, 10000));
    CHECK(central.hellos.last().commandsApplied == 3);

    // Everything on the wire in this test - the appliance's events, hellos, command-acks and status, the
    // central side's commands and acks - holds to the contract, except the one message sent to be refused.
    QByteArray capture;
    for (const QByteArray& line : central.capture.split('\n'))
        if (!line.isEmpty() && !line.endsWith("\tthis is not json"))
            capture += line + '\n';
    const auto [code, output] = test::validateCapture(capture);
    INFO(output.toStdString());
    CHECK(code == 0);
    CHECK(output.contains(QStringLiteral("OK")));
    // And the validator is not a check that cannot fail: the refused message is refused.
    CHECK(test::validateCapture(central.capture).first != 0);
}

TEST_CASE("the status is retained: online while connected, offline with its reason after a clean stop",
          "[sync][engine]")
{
    MosquittoBroker broker;
    REQUIRE(broker.start());
    StoreFixture f;
    f.addTenant(QStringLiteral("acme"));
    {
        sync::SyncConfig config = engineConfig(f.path(), broker.uri());
        sync::SyncEngine engine(config);
        REQUIRE(engine.start().ok());
        TestCentral central(broker.uri());
        REQUIRE(central.pumpUntil(
            [&] { return !central.statuses.isEmpty() && central.statuses.last().online; }, 10000));
        // A consumer that comes later still sees it: it is retained.
        TestCentral late(broker.uri());
        REQUIRE(late.pumpUntil([&] { return !late.statuses.isEmpty(); }, 5000));
        CHECK(late.statuses.first().online);
        CHECK(late.statuses.first().appVersion == QStringLiteral("test"));
    }
    TestCentral after(broker.uri());
    REQUIRE(after.pumpUntil([&] { return !after.statuses.isEmpty(); }, 5000));
    CHECK_FALSE(after.statuses.first().online);
    CHECK(after.statuses.first().reason == QStringLiteral("shutdown"));
}

TEST_CASE("the engine refuses a configuration it cannot use, with the reason", "[sync][engine]")
{
    StoreFixture f;
    sync::SyncConfig config = engineConfig(f.path(), QStringLiteral("http://127.0.0.1:1883"));
    sync::SyncEngine wrongScheme(config);
    auto started = wrongScheme.start();
    REQUIRE_FALSE(started.ok());
    CHECK(started.error().message.contains(QStringLiteral("tcp://")));

    config = engineConfig(f.path(), QStringLiteral("ssl://127.0.0.1:8883"));
    config.caFile = QStringLiteral("ca.pem");
    sync::SyncEngine halfTls(config);
    CHECK_FALSE(halfTls.start().ok());

    config = engineConfig(f.path(), QStringLiteral("tcp://127.0.0.1:1883"));
    config.warehouse = QStringLiteral("wh/1");
    sync::SyncEngine badWarehouse(config);
    CHECK_FALSE(badWarehouse.start().ok());
}

TEST_CASE("over TLS with client certificates, and a broker ACL that keeps the appliance in its warehouse",
          "[sync][engine][tls]")
{
    test::TestPki pki;
    INFO(pki.error().toStdString());
    REQUIRE(pki.create());
    const auto server = pki.server();
    QStringList acl;
    {
        QFile file(QStringLiteral(WH_SOURCE_DIR "/docs/broker-setup/mosquitto-acl.conf"));
        REQUIRE(file.open(QIODevice::ReadOnly));
        for (const QByteArray& line : file.readAll().split('\n'))
            acl.append(QString::fromUtf8(line));
    }
    MosquittoBroker broker(MosquittoBroker::Options{
        {}, MosquittoBroker::TlsListener{pki.caFile(), server.certFile, server.keyFile}, acl});
    INFO(broker.log().toStdString());
    REQUIRE(broker.start());
    const auto wh1 = pki.client(kWarehouse);
    const auto central = pki.client(QStringLiteral("central-acme"));
    const auto foreign = pki.foreignClient(kWarehouse);
    REQUIRE(wh1);
    REQUIRE(central);
    REQUIRE(foreign);

    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    receiveMany(f.store(), acme, f.actor(), 20);

    auto ssl = mqtt::ssl_options_builder()
                   .trust_store(pki.caFile().toStdString())
                   .key_store(central->certFile.toStdString())
                   .private_key(central->keyFile.toStdString())
                   .enable_server_cert_auth(true)
                   .verify(true)
                   .finalize();
    TestCentral consumer(broker.uri(), true, ssl);

    // A certificate from another CA: refused, the engine says so and keeps its backlog.
    sync::SyncConfig config = engineConfig(f.path(), broker.uri());
    config.caFile = pki.caFile();
    config.certFile = foreign->certFile;
    config.keyFile = foreign->keyFile;
    {
        sync::SyncEngine refused(config);
        REQUIRE(refused.start().ok());
        QElapsedTimer waited;
        waited.start();
        while (refused.status().lastError.isEmpty() && waited.elapsed() < 10000)
            QThread::msleep(50);
        const auto status = refused.status();
        CHECK(status.link != sync::SyncEngineStatus::Link::Online);
        CHECK_FALSE(status.lastError.isEmpty());
        CHECK(status.eventsPublished == 0);
    }

    config.certFile = wh1->certFile;
    config.keyFile = wh1->keyFile;
    sync::SyncEngine engine(config);
    REQUIRE(engine.start().ok());
    const auto expected = cloudBound(f.store());
    REQUIRE(consumer.pumpUntil([&] { return receivedSeqs(consumer) == expected; }, 15000));
    QElapsedTimer t;
    t.start();
    while (pending(f.store()) > 0 && t.elapsed() < 5000)
        consumer.pumpUntil([] { return false; }, 50);
    CHECK(pending(f.store()) == 0);

    // The same appliance configured as another warehouse: the ACL drops what it publishes there, so nothing
    // reaches the central service and nothing leaves its outbox.
    engine.stop();
    receiveMany(f.store(), acme, f.actor(), 5);
    config.warehouse = QStringLiteral("wh-2");
    config.clientId = QStringLiteral("appliance-wh-1-as-wh-2");
    const qsizetype before = consumer.received.value(QStringLiteral("acme")).size();
    sync::SyncEngine impostor(config);
    REQUIRE(impostor.start().ok());
    QElapsedTimer waited;
    waited.start();
    while (impostor.status().eventsPublished == 0 && waited.elapsed() < 10000)
        QThread::msleep(50);
    consumer.pumpUntil([] { return false; }, 1000);
    CHECK(consumer.received.value(QStringLiteral("acme")).size() == before);
    CHECK(impostor.status().eventsPublished > 0); // it did try
    CHECK(pending(f.store()) > 0);
}

TEST_CASE("a dead link is noticed within 15 s and the engine comes back when the broker answers again",
          "[sync][engine][keepalive]")
{
    MosquittoBroker broker;
    REQUIRE(broker.start());
    StoreFixture f;
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    sync::SyncConfig config = engineConfig(f.path(), broker.uri());
    config.keepAliveSeconds =
        sync::SyncConfig{}.keepAliveSeconds; // the appliance's own, not the tests' shorter one
    sync::SyncEngine engine(config);
    REQUIRE(engine.start().ok());
    QElapsedTimer t;
    t.start();
    while (engine.status().link != sync::SyncEngineStatus::Link::Online && t.elapsed() < 10000)
        QThread::msleep(20);
    REQUIRE(engine.status().link == sync::SyncEngineStatus::Link::Online);

    // The broker stops answering but its socket stays open: only the keepalive can tell.
    broker.pause();
    t.restart();
    while (engine.status().link == sync::SyncEngineStatus::Link::Online && t.elapsed() < 20000)
        QThread::msleep(50);
    const qint64 noticedMs = t.elapsed();
    INFO("noticed after " << noticedMs << " ms");
    CHECK(engine.status().link != sync::SyncEngineStatus::Link::Online);
    CHECK(noticedMs <= 15500);
    // Work done meanwhile is buffered and goes out once the broker answers again.
    receiveMany(f.store(), acme, f.actor(), 3);
    broker.resume();
    TestCentral central(broker.uri());
    const auto expected = cloudBound(f.store());
    REQUIRE(central.pumpUntil([&] { return receivedSeqs(central) == expected; }, 30000));
}
