#include "FleetClients.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

#include <vector>

namespace wh::test {

QString brokerSetupFile(const QString& name)
{
    return QDir(QStringLiteral(WH_SOURCE_DIR)).filePath(QStringLiteral("docs/broker-setup/") + name);
}

QStringList configLines(const QString& path)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    QStringList lines;
    for (const QString& raw : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            lines << line;
    }
    return lines;
}

TestPki& fleetPki()
{
    static TestPki pki;
    static const bool created = pki.create();
    INFO(pki.error().toStdString());
    REQUIRE(created);
    return pki;
}

Fleet::Fleet(std::optional<TestPki::KeyPair> serverKeys, const QString& extraConfig)
{
    const auto server = serverKeys ? *serverKeys : pki.server();
    broker = std::make_unique<MosquittoBroker>(MosquittoBroker::Options{
        extraConfig, MosquittoBroker::TlsListener{pki.caFile(), server.certFile, server.keyFile},
        configLines(brokerSetupFile(QStringLiteral("mosquitto-acl.conf")))});
    const bool started = broker->start();
    INFO(broker->log().toStdString());
    REQUIRE(started);
}

TestPki::KeyPair Fleet::cert(const QString& commonName)
{
    const auto keys = pki.client(commonName);
    INFO(pki.error().toStdString());
    REQUIRE(keys);
    return *keys;
}

mqtt::ssl_options tls(const QString& trustStore, const std::optional<TestPki::KeyPair>& keys)
{
    auto builder = mqtt::ssl_options_builder();
    builder.trust_store(trustStore.toStdString()).enable_server_cert_auth(true).verify(true);
    if (keys)
        builder.key_store(keys->certFile.toStdString()).private_key(keys->keyFile.toStdString());
    return builder.finalize();
}

mqtt::connect_options connectOptions(std::optional<mqtt::ssl_options> ssl)
{
    auto builder = mqtt::connect_options_builder();
    builder.clean_session(true).keep_alive_interval(std::chrono::seconds(5)).connect_timeout(kConnectTimeout);
    if (ssl)
        builder.ssl(std::move(*ssl));
    return builder.finalize();
}

std::unique_ptr<mqtt::async_client> connectWith(Fleet& fleet, const TestPki::KeyPair& keys,
                                                const std::string& clientId)
{
    auto client =
        std::make_unique<mqtt::async_client>(fleet.uri(), clientId, mqtt::create_options(MQTTVERSION_3_1_1));
    client->start_consuming();
    REQUIRE_NOTHROW(client->connect(connectOptions(tls(fleet.pki.caFile(), keys)))->wait());
    return client;
}

std::unique_ptr<mqtt::async_client> connectAs(Fleet& fleet, const QString& commonName,
                                              const std::string& clientId)
{
    return connectWith(fleet, fleet.cert(commonName), clientId);
}

void subscribe(mqtt::async_client& client, const std::string& filter)
{
    const auto granted = client.subscribe(filter, 1)->get_subscribe_response().get_reason_codes();
    REQUIRE(granted == std::vector<mqtt::ReasonCode>{mqtt::GRANTED_QOS_1});
}

void publish(mqtt::async_client& client, const std::string& topic, const std::string& payload)
{
    client.publish(mqtt::make_message(topic, payload, 1, false))->wait();
}

std::optional<std::pair<std::string, std::string>> next(mqtt::async_client& client,
                                                        std::chrono::milliseconds timeout)
{
    mqtt::const_message_ptr message;
    if (!client.try_consume_message_for(&message, timeout) || !message)
        return std::nullopt;
    return std::pair{message->get_topic(), message->to_string()};
}

void expectOnly(mqtt::async_client& client, const std::string& topic, const std::string& payload)
{
    const auto first = next(client, kArrival);
    REQUIRE(first);
    CHECK(first->first == topic);
    CHECK(first->second == payload);
    const auto more = next(client, kSilence);
    CHECK_FALSE(more);
    if (more)
        FAIL_CHECK("also received " << more->first << ": " << more->second);
}

} // namespace wh::test
