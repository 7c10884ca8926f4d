#pragma once

// The link to the broker for central-sim, through Paho's async client. Paho's callbacks run on Paho's
// thread and only push what happened into a queue (never wait(), never touch the logic); the main thread
// takes it from there, feeds CentralSim and publishes its answers.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <mqtt/async_client.h>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace wh::central {

struct Incoming
{
    enum class Kind
    {
        Message,
        Connected, // (re)connected: subscribe again
        Lost
    };
    Kind kind = Kind::Message;
    QString topic;
    QByteArray payload;
    QString cause;
};

class MqttDriver : public virtual mqtt::callback
{
public:
    MqttDriver(const QString& brokerUri, const QString& clientId, QStringList subscriptions);
    ~MqttDriver() override;

    // Blocking, on the main thread: connects (persistent session, automatic reconnect) and subscribes.
    bool connect(std::chrono::seconds timeout, QString* error);
    // Main thread: subscribes again after a reconnect (the session normally keeps them; this is cheap). False
    // when the broker did not confirm within `timeout` (the link went again meanwhile): the caller tries
    // again instead of waiting for a confirmation that will never come.
    bool subscribe(std::chrono::milliseconds timeout = std::chrono::seconds(5));
    // Queued in Paho (offline buffering while the link is down); false when Paho refused it. The protocol
    // repairs a lost message (resend timers, hello), so nothing waits here.
    bool publish(const QString& topic, const QByteArray& payload, int qos);
    std::optional<Incoming> next(std::chrono::milliseconds timeout);
    void disconnect();

private:
    void connected(const std::string& cause) override;
    void connection_lost(const std::string& cause) override;
    void message_arrived(mqtt::const_message_ptr message) override;
    void delivery_complete(mqtt::delivery_token_ptr) override {}
    void push(Incoming incoming);

    mqtt::async_client m_client;
    QStringList m_subscriptions;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<Incoming> m_queue;
};

} // namespace wh::central
