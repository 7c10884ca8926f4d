// The test broker itself, through Paho as the sync engine will use it: a QoS 1 round trip, and a persistent
// session that keeps a subscriber's messages across the broker's restart. Everything the sync tests build
// on, proven first.
#include "MosquittoBroker.h"

#include <catch2/catch.hpp>

#include <mqtt/async_client.h>

#include <chrono>

using wh::test::MosquittoBroker;

namespace {

mqtt::connect_options persistentSession()
{
    return mqtt::connect_options_builder()
        .clean_session(false)
        .keep_alive_interval(std::chrono::seconds(5))
        .connect_timeout(std::chrono::seconds(5))
        .finalize();
}

} // namespace

TEST_CASE("the test broker carries a QoS 1 message from a publisher to a subscriber", "[sync][broker]")
{
    MosquittoBroker broker;
    INFO(broker.log().toStdString());
    REQUIRE(broker.start());
    CHECK(broker.port() > 0);

    mqtt::async_client subscriber(broker.uri().toStdString(), "test-sub",
                                  mqtt::create_options(MQTTVERSION_3_1_1));
    subscriber.start_consuming();
    subscriber.connect(persistentSession())->wait();
    subscriber.subscribe("wh/test/+", 1)->wait();

    mqtt::async_client publisher(broker.uri().toStdString(), "test-pub",
                                 mqtt::create_options(MQTTVERSION_3_1_1));
    publisher.connect(persistentSession())->wait();
    publisher.publish(mqtt::make_message("wh/test/a", "hello", 1, false))->wait();

    mqtt::const_message_ptr received;
    REQUIRE(subscriber.try_consume_message_for(&received, std::chrono::seconds(5)));
    REQUIRE(received);
    CHECK(received->get_topic() == "wh/test/a");
    CHECK(received->to_string() == "hello");
    CHECK(received->get_qos() == 1);

    publisher.disconnect()->wait();
    subscriber.disconnect()->wait();
}

TEST_CASE("a persistent session keeps a subscriber's messages across a broker restart", "[sync][broker]")
{
    MosquittoBroker broker(QStringLiteral("persistence true\n"));
    INFO(broker.log().toStdString());
    REQUIRE(broker.start());
    {
        // Subscribe once, then go away: the broker keeps the session (clean session off).
        mqtt::async_client subscriber(broker.uri().toStdString(), "test-sub-2",
                                      mqtt::create_options(MQTTVERSION_3_1_1));
        subscriber.connect(persistentSession())->wait();
        subscriber.subscribe("wh/queued", 1)->wait();
        subscriber.disconnect()->wait();
    }
    {
        mqtt::async_client publisher(broker.uri().toStdString(), "test-pub-2",
                                     mqtt::create_options(MQTTVERSION_3_1_1));
        publisher.connect(persistentSession())->wait();
        publisher.publish(mqtt::make_message("wh/queued", "kept", 1, false))->wait();
        publisher.disconnect()->wait();
    }
    broker.stop(); // SIGTERM: the broker writes its persistence file
    REQUIRE_FALSE(broker.running());
    REQUIRE(broker.start()); // same port, same folder

    mqtt::async_client subscriber(broker.uri().toStdString(), "test-sub-2",
                                  mqtt::create_options(MQTTVERSION_3_1_1));
    subscriber.start_consuming();
    const auto response = subscriber.connect(persistentSession())->get_connect_response();
    CHECK(response.is_session_present());
    mqtt::const_message_ptr received;
    REQUIRE(subscriber.try_consume_message_for(&received, std::chrono::seconds(5)));
    REQUIRE(received);
    CHECK(received->to_string() == "kept");
    subscriber.disconnect()->wait();
}

TEST_CASE("a client gets a clear error when no broker listens", "[sync][broker]")
{
    const quint16 port = MosquittoBroker::freePort();
    mqtt::async_client client("tcp://127.0.0.1:" + std::to_string(port), "test-nobody",
                              mqtt::create_options(MQTTVERSION_3_1_1));
    auto options = persistentSession();
    options.set_connect_timeout(std::chrono::seconds(2));
    CHECK_THROWS_AS(client.connect(options)->wait(), mqtt::exception);
    CHECK_FALSE(client.is_connected());
}
