#pragma once

#include "MosquittoBroker.h"
#include "TestPki.h"

#include <QString>
#include <QStringList>

#include <mqtt/async_client.h>

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <utility>

namespace wh::test {

// The fleet's broker as deployed, for tests: Mosquitto with the TLS listener and the ACL of docs/broker-setup
// (read from there, so the documented files are the tested ones), and raw Paho clients that stand in for
// appliances (CN = warehouse id) and central consumers (CN = central-<tenant>).
//
// Every "does not arrive" is bounded and paired with a message that does arrive: one publisher's messages
// reach a subscriber in the order sent, so once the control message published after a denied one is in, the
// denied one would have come before it.

inline constexpr std::chrono::milliseconds kArrival{5000}; // a message that must arrive does so within this
inline constexpr std::chrono::milliseconds kSilence{
    500}; // after the control message: nothing else may follow
// Paho C 1.3 takes about two seconds to connect each client after the first in a process (measured, with and
// without TLS): leave room for that on a loaded machine.
inline constexpr std::chrono::seconds kConnectTimeout{8};

// docs/broker-setup/<name>.
QString brokerSetupFile(const QString& name);
// The file's option lines, comments and blank lines left out.
QStringList configLines(const QString& path);

// One PKI for the whole test run (a CA and its certificates take openssl runs; a certificate is made once per
// name); each test starts a fresh broker.
TestPki& fleetPki();

// A broker as deployed: the documented TLS settings and ACL, the server certificate from fleetPki().
struct Fleet
{
    TestPki& pki = fleetPki();
    std::unique_ptr<MosquittoBroker> broker;

    // extraConfig: lines added to the listener (e.g. crlfile).
    explicit Fleet(std::optional<TestPki::KeyPair> serverKeys = std::nullopt,
                   const QString& extraConfig = {});

    std::string uri() const { return broker->uri().toStdString(); }
    std::string tcpUri() const { return "tcp://127.0.0.1:" + std::to_string(broker->port()); }
    // A client certificate of the fleet CA with this common name.
    TestPki::KeyPair cert(const QString& commonName);
};

// What the appliance's engine sets: trust only the fleet CA, check the broker's certificate and that it names
// the host connected to (127.0.0.1 is matched against the certificate's IP subjectAltName).
mqtt::ssl_options tls(const QString& trustStore, const std::optional<TestPki::KeyPair>& keys);
mqtt::connect_options connectOptions(std::optional<mqtt::ssl_options> ssl);

// A client connected with these keys (or the fleet CA's certificate for `commonName`), consuming from the
// start so nothing delivered is missed.
std::unique_ptr<mqtt::async_client> connectWith(Fleet& fleet, const TestPki::KeyPair& keys,
                                                const std::string& clientId);
std::unique_ptr<mqtt::async_client> connectAs(Fleet& fleet, const QString& commonName,
                                              const std::string& clientId);

// Subscribes at QoS 1 and asserts the grant (which Mosquitto gives even where its ACL denies the filter).
void subscribe(mqtt::async_client& client, const std::string& filter);
// Publishes at QoS 1: returns on the broker's PUBACK, so the message is in the broker before the next.
void publish(mqtt::async_client& client, const std::string& topic, const std::string& payload);
// The next message (topic, payload) within the timeout, or nullopt.
std::optional<std::pair<std::string, std::string>> next(mqtt::async_client& client,
                                                        std::chrono::milliseconds timeout);
// Receives exactly the control message, then nothing more within kSilence.
void expectOnly(mqtt::async_client& client, const std::string& topic, const std::string& payload);

} // namespace wh::test
