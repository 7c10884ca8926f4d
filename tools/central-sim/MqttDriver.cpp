#include "MqttDriver.h"

#include "TcpNoDelay.h"

namespace wh::central {

MqttDriver::MqttDriver(const QString& brokerUri, const QString& clientId, QStringList subscriptions)
    : m_client(brokerUri.toStdString(), clientId.toStdString(),
               mqtt::create_options(MQTTVERSION_3_1_1, 100000))
    , m_subscriptions(std::move(subscriptions))
{
    m_client.set_callback(*this);
}

MqttDriver::~MqttDriver()
{
    disconnect();
}

bool MqttDriver::connect(std::chrono::seconds timeout, QString* error)
{
    const auto options = mqtt::connect_options_builder()
                             .clean_session(false)
                             .keep_alive_interval(std::chrono::seconds(10))
                             .connect_timeout(timeout)
                             .automatic_reconnect(std::chrono::seconds(1), std::chrono::seconds(10))
                             .max_inflight(1000)
                             .finalize();
    try {
        m_client.connect(options)->wait();
        if (!subscribe(timeout)) {
            *error = QStringLiteral("the broker did not confirm the subscriptions");
            return false;
        }
    } catch (const mqtt::exception& e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
    return true;
}

bool MqttDriver::subscribe(std::chrono::milliseconds timeout)
{
    // After every (re)connect: a new socket, without TCP_NODELAY unless we set it (TcpNoDelay.h).
    protocol::disableNagleTowards(QString::fromStdString(m_client.get_server_uri()));
    // A bounded wait: a SUBSCRIBE sent just before the link goes again is never confirmed, and an unbounded
    // wait would keep the main loop from ever seeing the next reconnect.
    try {
        for (const QString& filter : m_subscriptions)
            if (!m_client.subscribe(filter.toStdString(), 1)->wait_for(timeout))
                return false;
    } catch (const mqtt::exception&) {
        return false;
    }
    return true;
}

bool MqttDriver::publish(const QString& topic, const QByteArray& payload, int qos)
{
    try {
        m_client.publish(mqtt::make_message(topic.toStdString(), payload.constData(),
                                            std::size_t(payload.size()), qos, false));
        return true;
    } catch (const mqtt::exception&) {
        return false;
    }
}

std::optional<Incoming> MqttDriver::next(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    if (!m_ready.wait_for(lock, timeout, [this] { return !m_queue.empty(); }))
        return std::nullopt;
    Incoming incoming = std::move(m_queue.front());
    m_queue.pop_front();
    return incoming;
}

void MqttDriver::disconnect()
{
    try {
        if (m_client.is_connected())
            m_client.disconnect(std::chrono::seconds(2))->wait();
    } catch (const mqtt::exception&) {
        // Going away either way; the broker keeps the session.
    }
}

void MqttDriver::connected(const std::string& cause)
{
    push(Incoming{Incoming::Kind::Connected, {}, {}, QString::fromStdString(cause)});
}

void MqttDriver::connection_lost(const std::string& cause)
{
    push(Incoming{Incoming::Kind::Lost, {}, {}, QString::fromStdString(cause)});
}

void MqttDriver::message_arrived(mqtt::const_message_ptr message)
{
    const mqtt::binary& bytes = message->get_payload();
    push(Incoming{Incoming::Kind::Message,
                  QString::fromStdString(message->get_topic()),
                  QByteArray(bytes.data(), qsizetype(bytes.size())),
                  {}});
}

void MqttDriver::push(Incoming incoming)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(incoming));
    }
    m_ready.notify_one();
}

} // namespace wh::central
