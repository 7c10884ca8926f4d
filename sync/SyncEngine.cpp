#include "SyncEngine.h"

#include "Inbox.h"
#include "Protocol.h"
#include "Store.h"
#include "TcpNoDelay.h"

#include <QHash>
#include <QLoggingCategory>
#include <QUuid>

#include <mqtt/async_client.h>

#include <chrono>
#include <random>

#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcSync, "wh.sync")

namespace wh::sync {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

struct SyncEngine::Incoming
{
    enum class Kind
    {
        Connected,
        ConnectFailed,
        Lost,
        Message,
        Delivered
    };
    Kind kind = Kind::Message;
    std::string topic;
    std::string payload;
    std::string cause;
    int generation = 0; // which connection it belongs to (a late callback of an old one is ignored)
};

// Paho calls these on its own threads: they only queue, never touch the store, a QObject or the engine's
// state, and never wait.
class SyncEngine::Callback : public virtual mqtt::callback, public virtual mqtt::iaction_listener
{
public:
    explicit Callback(SyncEngine& engine)
        : m_engine(engine)
    {}
    std::atomic<int> generation{0};

    void connected(const std::string& cause) override { queue(Incoming::Kind::Connected, {}, {}, cause); }
    void connection_lost(const std::string& cause) override
    {
        queue(Incoming::Kind::Lost, {}, {}, cause.empty() ? std::string("connection lost") : cause);
    }
    void message_arrived(mqtt::const_message_ptr message) override
    {
        queue(Incoming::Kind::Message, message->get_topic(), message->to_string(), {});
    }
    void delivery_complete(mqtt::delivery_token_ptr) override
    {
        queue(Incoming::Kind::Delivered, {}, {}, {});
    }
    // The connect attempt's own listener; connected() reports the same success (the engine takes the first).
    void on_success(const mqtt::token&) override { queue(Incoming::Kind::Connected, {}, {}, "connected"); }
    void on_failure(const mqtt::token& token) override
    {
        queue(Incoming::Kind::ConnectFailed, {}, {},
              "connect failed (MQTT return code " + std::to_string(token.get_return_code()) + ")");
    }

private:
    void queue(Incoming::Kind kind, std::string topic, std::string payload, std::string cause)
    {
        m_engine.post(
            Incoming{kind, std::move(topic), std::move(payload), std::move(cause), generation.load()});
    }
    SyncEngine& m_engine;
};

QString SyncEngineStatus::linkName(Link link)
{
    switch (link) {
    case Link::Stopped:
        return QStringLiteral("stopped");
    case Link::Connecting:
        return QStringLiteral("connecting");
    case Link::Online:
        return QStringLiteral("online");
    case Link::Offline:
        return QStringLiteral("offline");
    }
    return {};
}

SyncEngine::SyncEngine(SyncConfig config)
    : m_config(std::move(config))
{
    if (m_config.clientId.isEmpty())
        m_config.clientId = QStringLiteral("appliance-") + m_config.warehouse;
}

SyncEngine::~SyncEngine()
{
    stop();
}

Status SyncEngine::start()
{
    if (m_thread.joinable())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("The sync engine is already running."));
    if (!protocol::validId(m_config.warehouse))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("The warehouse id \"%1\" is not 1-32 letters, digits, - or _.")
                             .arg(m_config.warehouse));
    if (!m_config.brokerUri.startsWith(QLatin1String("tcp://")) &&
        !m_config.brokerUri.startsWith(QLatin1String("ssl://")))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("The broker address \"%1\" must start with tcp:// or ssl://.")
                             .arg(m_config.brokerUri));
    const int tlsFiles = int(!m_config.caFile.isEmpty()) + int(!m_config.certFile.isEmpty()) +
                         int(!m_config.keyFile.isEmpty());
    if (tlsFiles != 0 && tlsFiles != 3)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("TLS needs the CA file, the certificate and the private key together."));
    if (m_config.brokerUri.startsWith(QLatin1String("ssl://")) && tlsFiles != 3)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("An ssl:// broker needs the CA file, the certificate and the key."));
    m_stopping = false;
    {
        std::lock_guard lock(m_mutex);
        m_status = {};
        m_status.link = SyncEngineStatus::Link::Connecting;
    }
    m_thread = std::thread([this] { run(); });
    return {};
}

void SyncEngine::stop()
{
    if (!m_thread.joinable())
        return;
    m_stopping = true;
    m_wake.notify_all();
    m_thread.join();
}

void SyncEngine::poke()
{
    {
        std::lock_guard lock(m_mutex);
        m_poked = true;
    }
    m_wake.notify_all();
}

SyncEngineStatus SyncEngine::status() const
{
    std::lock_guard lock(m_mutex);
    return m_status;
}

void SyncEngine::post(Incoming incoming)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(incoming));
    }
    m_wake.notify_all();
}

namespace {

std::int64_t nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Whether something accepts TCP connections at the broker's address right now (within `timeoutMs`). A
// refused or unanswered connection means the broker is down, not merely slow to answer MQTT.
bool tcpReachable(const QString& uri, int timeoutMs)
{
    const QString rest = uri.mid(uri.indexOf(QLatin1String("://")) + 3);
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    const QByteArray host = rest.left(colon).toUtf8();
    const QByteArray port = rest.mid(colon + 1).toUtf8();
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    if (::getaddrinfo(host.constData(), port.constData(), &hints, &found) != 0 || !found)
        return false;
    bool reachable = false;
    const int fd = ::socket(found->ai_family, found->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd >= 0) {
        if (::connect(fd, found->ai_addr, found->ai_addrlen) == 0) {
            reachable = true;
        } else if (errno == EINPROGRESS) {
            pollfd p{fd, POLLOUT, 0};
            int error = 0;
            socklen_t length = sizeof(error);
            reachable = ::poll(&p, 1, timeoutMs) == 1 &&
                        ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) == 0 && error == 0;
        }
        ::close(fd);
    }
    ::freeaddrinfo(found);
    return reachable;
}

// Per tenant: how far the central service has acknowledged, and the command answers not yet reported.
struct TenantLink
{
    std::int64_t ackedSeq = 0;
    std::int64_t pendingAck = 0; // the highest ack received and not yet applied to the store
    QList<protocol::CommandResult> results;
    bool reportCursor = false; // a gap was seen: tell the cursor so the central service sends again
    Clock::time_point lastGapReport{};
    // A restored store (db/Backup): nothing is sent until the central service's cursor is known to be at or
    // below `heldUpTo`, the tenant's newest event when the store was restored.
    bool held = false;
    std::int64_t heldUpTo = 0;
    bool cursorSeen = false;          // an acknowledgement came on this connection
    std::int64_t centralCursor = 0;   // the highest one
    bool heldReported = false;
    Clock::time_point helloAt{};
};

} // namespace

void SyncEngine::run()
{
    auto setError = [this](const QString& message) {
        qCWarning(lcSync).noquote() << message;
        std::lock_guard lock(m_mutex);
        m_status.lastError = message;
    };
    auto setLink = [this](SyncEngineStatus::Link link) {
        std::lock_guard lock(m_mutex);
        m_status.link = link;
    };

    db::StoreOptions options;
    options.busyTimeoutMs = 10000;
    auto opened = db::Store::open(m_config.storePath, options);
    if (!opened) {
        setError(QStringLiteral("The sync engine cannot open the store: %1").arg(opened.error().message));
        setLink(SyncEngineStatus::Link::Stopped);
        return;
    }
    db::Store& store = **opened;
    db::Outbox outbox = store.outbox();
    Inbox inbox(store, m_config.warehouse, m_config.commandActor);

    const QString session = QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        std::lock_guard lock(m_mutex);
        m_status.session = session;
    }
    const std::string statusTopic = protocol::statusTopic(m_config.warehouse).toStdString();
    const std::string acksFilter = QStringLiteral("wh/v1/%1/+/acks").arg(m_config.warehouse).toStdString();
    const std::string commandsFilter =
        QStringLiteral("wh/v1/%1/+/commands").arg(m_config.warehouse).toStdString();

    Callback callback(*this);
    std::unique_ptr<mqtt::async_client> client;
    try {
        client = std::make_unique<mqtt::async_client>(m_config.brokerUri.toStdString(),
                                                      m_config.clientId.toStdString(),
                                                      mqtt::create_options(MQTTVERSION_3_1_1));
    } catch (const mqtt::exception& e) {
        setError(
            QStringLiteral("The broker address is not usable: %1").arg(QString::fromStdString(e.what())));
        setLink(SyncEngineStatus::Link::Stopped);
        return;
    }
    client->set_callback(callback);

    protocol::Status willStatus{m_config.warehouse, false, QStringLiteral("connection_lost"), session, 0,
                                m_config.appVersion};
    auto connectOptions =
        mqtt::connect_options_builder()
            .clean_session(false)
            .keep_alive_interval(std::chrono::seconds(m_config.keepAliveSeconds))
            .connect_timeout(std::chrono::seconds(m_config.connectTimeoutSeconds))
            .max_inflight(std::max(m_config.window * 2, 64))
            .will(mqtt::message(statusTopic, protocol::encodeStatus(willStatus).toStdString(), 1, true))
            .finalize();
    if (!m_config.caFile.isEmpty()) {
        auto ssl = mqtt::ssl_options_builder()
                       .trust_store(m_config.caFile.toStdString())
                       .key_store(m_config.certFile.toStdString())
                       .private_key(m_config.keyFile.toStdString())
                       .enable_server_cert_auth(true)
                       .verify(true)
                       .error_handler([this](const std::string& message) {
                           // Paho's thread: queue it like everything else.
                           post(Incoming{Incoming::Kind::ConnectFailed, {}, {}, "TLS: " + message, -1});
                       })
                       .finalize();
        connectOptions.set_ssl(ssl);
    }

    std::mt19937_64 random(std::random_device{}());
    int backoffMs = m_config.minBackoffMs;
    auto nextConnect = Clock::now();
    // When the broker's port refused us, a cheap TCP probe tells the moment it is back, so a long backoff
    // does not keep the backlog waiting; when the port answered (TLS, authentication, an overloaded broker)
    // only the backoff decides.
    bool probe = false;
    auto nextProbe = Clock::now();
    bool connecting = false;
    bool online = false;
    bool everConnected = false;
    int generation = 0;
    int inflight = 0;               // messages published and not yet PUBACKed on this connection
    std::int64_t publishedUpTo = 0; // the highest seq published on this connection
    std::int64_t unacked = 0;       // events published and not yet acknowledged
    std::int64_t lastAckProgressSeq = 0;
    auto lastAckProgress = Clock::now();
    auto lastStatusRefresh = Clock::time_point{};
    QHash<QString, TenantLink> tenants;

    auto publish = [&](const std::string& topic, const QByteArray& payload, bool retained) {
        try {
            client->publish(topic, payload.constData(), size_t(payload.size()), 1, retained);
            ++inflight;
            return true;
        } catch (const mqtt::exception& e) {
            setError(QStringLiteral("A publish failed: %1").arg(QString::fromStdString(e.what())));
            return false;
        }
    };

    auto scheduleReconnect = [&](const QString& why) {
        online = false;
        connecting = false;
        ++generation;
        callback.generation = generation;
        inflight = 0;
        // Full jitter above the floor: a fleet that lost its broker together does not come back together.
        std::uniform_int_distribution<int> jitter(m_config.minBackoffMs,
                                                  std::max(backoffMs, m_config.minBackoffMs));
        nextConnect = Clock::now() + std::chrono::milliseconds(jitter(random));
        backoffMs = std::min(backoffMs * 2, m_config.maxBackoffMs);
        probe = !tcpReachable(m_config.brokerUri, 200);
        nextProbe = Clock::now() + 250ms;
        setLink(SyncEngineStatus::Link::Offline);
        setError(why);
    };

    // Where the store stands, per tenant, for the hello and the status.
    auto refreshStatus = [&]() {
        auto state = outbox.state();
        auto dead = store.deadLetterCount();
        if (!state || !dead) {
            setError(QStringLiteral("The sync engine cannot read the outbox: %1")
                         .arg(!state ? state.error().message : dead.error().message));
            return;
        }
        std::int64_t backlog = 0;
        std::optional<QDateTime> oldest;
        std::optional<QDateTime> lastAck;
        for (const db::OutboxTenantState& t : *state) {
            backlog += t.pending;
            if (t.oldestPending && (!oldest || *t.oldestPending < *oldest))
                oldest = t.oldestPending;
            if (t.ackedAt && (!lastAck || *t.ackedAt > *lastAck))
                lastAck = t.ackedAt;
        }
        std::lock_guard lock(m_mutex);
        m_status.backlog = backlog;
        m_status.oldestPending = oldest;
        m_status.lastAck = lastAck;
        m_status.deadLetters = *dead;
    };

    auto sayHello = [&]() {
        auto state = outbox.state();
        auto known = store.tenants();
        if (!state || !known) {
            setError(QStringLiteral("The sync engine cannot read the store for its hello."));
            return false;
        }
        QHash<QString, db::OutboxTenantState> streams;
        for (const db::OutboxTenantState& t : *state)
            streams.insert(t.tenantId, t);
        auto held = outbox.heldTenants();
        if (!held) {
            setError(QStringLiteral("The sync engine cannot read the store for its hello."));
            return false;
        }
        for (const Tenant& tenant : *known) {
            TenantLink& link = tenants[tenant.id];
            link.held = held->contains(tenant.id);
            link.heldUpTo = held->value(tenant.id);
            link.cursorSeen = false;
            link.centralCursor = 0;
            link.helloAt = Clock::now();
            auto cursor = store.commandCursor(tenant.id);
            if (!cursor)
                return false;
            const db::OutboxTenantState stream = streams.value(tenant.id);
            tenants[tenant.id].ackedSeq = stream.ackedSeq;
            protocol::Hello hello{m_config.warehouse, tenant.id,       session, *cursor,
                                  stream.lastSeq,     stream.ackedSeq, nowMs()};
            if (!publish(
                    protocol::topic(m_config.warehouse, tenant.id, protocol::Channel::Hello).toStdString(),
                    protocol::encodeHello(hello), false))
                return false;
        }
        return true;
    };
    // A held stream whose hello got no answer (a lost acknowledgement): the hello again, every 3 s.
    auto resayHello = [&](const QString& tenantId) {
        tenants[tenantId].helloAt = Clock::now();
        auto state = outbox.state();
        auto cursor = store.commandCursor(tenantId);
        if (!state || !cursor)
            return;
        db::OutboxTenantState stream;
        for (const db::OutboxTenantState& t : *state)
            if (t.tenantId == tenantId)
                stream = t;
        protocol::Hello hello{m_config.warehouse, tenantId,        session, *cursor,
                              stream.lastSeq,     stream.ackedSeq, nowMs()};
        publish(protocol::topic(m_config.warehouse, tenantId, protocol::Channel::Hello).toStdString(),
                protocol::encodeHello(hello), false);
    };

    auto handleMessage = [&](const Incoming& in) {
        const QString topic = QString::fromStdString(in.topic);
        const auto parts = protocol::parseTopic(topic);
        if (!parts || parts->warehouse != m_config.warehouse) {
            setError(QStringLiteral("A message on %1 is not for this appliance; ignored.").arg(topic));
            return;
        }
        const QByteArray payload = QByteArray::fromStdString(in.payload);
        if (parts->channel == protocol::Channel::Acks) {
            auto ack = protocol::decodeAck(payload, *parts);
            if (auto* error = std::get_if<protocol::DecodeError>(&ack)) {
                setError(QStringLiteral("An acknowledgement on %1 was refused (%2): %3")
                             .arg(topic, protocol::decodeErrorKindName(error->kind), error->message));
                return;
            }
            TenantLink& link = tenants[parts->tenant];
            const std::int64_t upTo = std::get<protocol::Ack>(ack).upTo;
            link.pendingAck = std::max(link.pendingAck, upTo);
            link.cursorSeen = true;
            link.centralCursor = std::max(link.centralCursor, upTo);
            return;
        }
        if (parts->channel == protocol::Channel::Commands) {
            auto handled = inbox.handle(topic, payload);
            if (!handled) {
                // Nothing was recorded: the central service sends it again after the next hello.
                setError(QStringLiteral("A command could not be recorded: %1").arg(handled.error().message));
                tenants[parts->tenant].reportCursor = true;
                return;
            }
            TenantLink& link = tenants[handled->tenant];
            if (handled->gap) {
                link.reportCursor = true;
                return;
            }
            if (handled->result.outcome == protocol::CommandOutcomeKind::Applied ||
                handled->result.outcome == protocol::CommandOutcomeKind::Refused) {
                std::lock_guard lock(m_mutex);
                ++m_status.commandsApplied;
            }
            link.results.append(handled->result);
            return;
        }
        setError(QStringLiteral("A message on %1 is not one this appliance reads; ignored.").arg(topic));
    };

    // Acknowledgements received since the last turn: applied to the store, one transaction per tenant.
    auto applyAcks = [&]() {
        for (auto it = tenants.begin(); it != tenants.end(); ++it) {
            TenantLink& link = it.value();
            if (link.held && link.cursorSeen) {
                if (link.centralCursor <= link.heldUpTo) {
                    // The central service has nothing this store lacks: the stream goes on from its cursor.
                    if (auto released = outbox.release(it.key()); !released) {
                        setError(QStringLiteral("The restored stream of %1 could not be released: %2")
                                     .arg(it.key(), released.error().message));
                        continue;
                    }
                    link.held = false;
                    publishedUpTo = 0; // everything not acknowledged goes, in order
                    qCInfo(lcSync).noquote()
                        << QStringLiteral("restored store: the central service's cursor for %1 is %2, at or "
                                          "below this store's %3; sending again")
                               .arg(it.key())
                               .arg(link.centralCursor)
                               .arg(link.heldUpTo);
                } else if (!link.heldReported) {
                    link.heldReported = true;
                    setError(QStringLiteral(
                                 "Restored store: the central service has %1's events up to %2, this store only "
                                 "up to %3. Its events are held here, not sent (the central service would take "
                                 "them for the ones it has). See docs/operations.md, \"Restore and the central "
                                 "service\".")
                                 .arg(it.key())
                                 .arg(link.centralCursor)
                                 .arg(link.heldUpTo));
                }
            }
            if (online && link.held && !link.cursorSeen && Clock::now() - link.helloAt > 3s)
                resayHello(it.key());
            if (link.held) {
                link.pendingAck = link.ackedSeq; // nothing acknowledged while held: it was never sent
                continue;
            }
            if (link.pendingAck <= link.ackedSeq)
                continue;
            auto removed = outbox.acknowledge(it.key(), link.pendingAck);
            if (!removed) {
                setError(QStringLiteral("The acknowledgement up to %1 for %2 was refused: %3")
                             .arg(link.pendingAck)
                             .arg(it.key(), removed.error().message));
                link.pendingAck = link.ackedSeq;
                continue;
            }
            link.ackedSeq = link.pendingAck;
            unacked = std::max<std::int64_t>(0, unacked - *removed);
            lastAckProgress = Clock::now();
            std::lock_guard lock(m_mutex);
            m_status.eventsAcknowledged += *removed;
            m_status.backlog = std::max<std::int64_t>(0, m_status.backlog - *removed);
            m_status.lastAck = QDateTime::currentDateTimeUtc();
        }
        QStringList held;
        for (auto it = tenants.cbegin(); it != tenants.cend(); ++it)
            if (it.value().held)
                held.append(it.key());
        held.sort();
        std::lock_guard lock(m_mutex);
        m_status.heldTenants = held;
    };

    // The answers since the last report; then, when a command came ahead of a gap, a report with no
    // answers: "everything up to here is done, send again from the next one".
    auto reportCommands = [&]() {
        for (auto it = tenants.begin(); it != tenants.end(); ++it) {
            TenantLink& link = it.value();
            const bool gapReportDue = link.reportCursor && Clock::now() - link.lastGapReport > 500ms;
            if (link.results.isEmpty() && !gapReportDue)
                continue;
            auto cursor = store.commandCursor(it.key());
            if (!cursor)
                continue;
            const std::string topic =
                protocol::topic(m_config.warehouse, it.key(), protocol::Channel::CommandAcks).toStdString();
            if (!link.results.isEmpty()) {
                if (!publish(
                        topic,
                        protocol::encodeCommandAck({m_config.warehouse, it.key(), *cursor, link.results}),
                        false))
                    return;
                link.results.clear();
            }
            if (gapReportDue) {
                if (!publish(topic, protocol::encodeCommandAck({m_config.warehouse, it.key(), *cursor, {}}),
                             false))
                    return;
                link.reportCursor = false;
                link.lastGapReport = Clock::now();
            }
        }
    };

    // Publishes the next events while the window allows: read in sequence order, one message per run of
    // one tenant's events (each tenant is its own topic, ordered by MQTT within it).
    auto drain = [&]() {
        while (online && inflight < m_config.window && unacked < m_config.maxUnacked) {
            const int room = m_config.window - inflight;
            // A few messages' worth at a time: the first message leaves as soon as it is read, not after
            // the whole window's rows.
            auto rows = outbox.pendingAfter(publishedUpTo, std::min(room, 4) * m_config.eventsPerMessage);
            if (!rows) {
                setError(QStringLiteral("The outbox cannot be read: %1").arg(rows.error().message));
                return;
            }
            if (rows->isEmpty())
                return;
            // Group by tenant, keeping each tenant's order.
            QHash<QString, QList<const db::PendingEvent*>> byTenant;
            QStringList order;
            for (const db::PendingEvent& row : *rows) {
                auto& list = byTenant[row.tenantId];
                if (list.isEmpty())
                    order.append(row.tenantId);
                list.append(&row);
            }
            std::int64_t sent = 0;
            for (const QString& tenant : order) {
                if (tenants.value(tenant).held)
                    continue; // a restored store's stream, until the central service's cursor is known
                const auto& list = byTenant[tenant];
                const std::string topic =
                    protocol::topic(m_config.warehouse, tenant, protocol::Channel::Events).toStdString();
                QList<protocol::WireEvent> batch;
                qsizetype bytes = 0;
                auto flush = [&]() {
                    if (batch.isEmpty())
                        return true;
                    if (!publish(topic, protocol::encodeEvents(m_config.warehouse, tenant, batch), false))
                        return false;
                    sent += batch.size();
                    batch.clear();
                    bytes = 0;
                    return true;
                };
                for (const db::PendingEvent* row : list) {
                    batch.append(protocol::WireEvent{
                        row->seq, row->prevSeq, row->eventId, row->type, row->aggregateType, row->aggregateId,
                        row->version, row->occurredAtMs, row->userId, row->deviceId, row->payload});
                    bytes += row->payload.size() + 256;
                    if (batch.size() >= m_config.eventsPerMessage || bytes >= m_config.bytesPerMessage)
                        if (!flush())
                            return;
                }
                if (!flush())
                    return;
            }
            publishedUpTo = rows->last().seq;
            unacked += sent;
            std::lock_guard lock(m_mutex);
            m_status.eventsPublished += sent;
        }
    };

    bool freshClient = true;
    auto connect = [&]() {
        connecting = true;
        setLink(SyncEngineStatus::Link::Connecting);
        try {
            // After a failed or lost connection Paho C's threads pick a new socket up only on their next
            // internal timer (about a second); with the last client gone they stop, and a new client starts
            // them afresh and connects at once. Nothing of the session lives in the client object (no
            // persistence): the broker keeps it by client id, the store keeps everything else.
            if (!freshClient) {
                client->disable_callbacks();
                client.reset();
                client = std::make_unique<mqtt::async_client>(m_config.brokerUri.toStdString(),
                                                              m_config.clientId.toStdString(),
                                                              mqtt::create_options(MQTTVERSION_3_1_1));
                client->set_callback(callback);
            }
            freshClient = false;
            client->connect(connectOptions, nullptr, callback);
        } catch (const mqtt::exception& e) {
            scheduleReconnect(QStringLiteral("Cannot connect to %1: %2")
                                  .arg(m_config.brokerUri, QString::fromStdString(e.what())));
        }
    };

    refreshStatus();
    while (!m_stopping) {
        if (!online && !connecting && probe && Clock::now() >= nextProbe && Clock::now() < nextConnect) {
            if (tcpReachable(m_config.brokerUri, 100)) {
                // Back: connect soon, with a little jitter so a fleet does not arrive in one burst.
                std::uniform_int_distribution<int> spread(0, 300);
                nextConnect = std::min(nextConnect, Clock::now() + std::chrono::milliseconds(spread(random)));
                probe = false;
            } else {
                nextProbe = Clock::now() + 250ms;
            }
        }
        if (!online && !connecting && Clock::now() >= nextConnect)
            connect();

        std::deque<Incoming> incoming;
        {
            std::unique_lock lock(m_mutex);
            const bool idle = m_queue.empty() && !m_poked;
            if (idle) {
                auto wakeAt = Clock::now() + std::chrono::milliseconds(m_config.pollMs);
                if (!online && !connecting)
                    wakeAt = std::min({wakeAt + 50ms, nextConnect, probe ? nextProbe : nextConnect});
                m_wake.wait_until(lock, wakeAt, [&] { return !m_queue.empty() || m_poked || m_stopping; });
            }
            incoming.swap(m_queue);
            m_poked = false;
        }
        for (const Incoming& in : incoming) {
            if (in.generation >= 0 && in.generation != generation && in.kind != Incoming::Kind::Message)
                continue; // a callback from an earlier connection
            switch (in.kind) {
            case Incoming::Kind::Connected: {
                if (online)
                    break; // the listener and connected() both report one connection
                connecting = false;
                online = true;
                protocol::disableNagleTowards(m_config.brokerUri); // see TcpNoDelay.h
                backoffMs = m_config.minBackoffMs;
                inflight = 0;
                publishedUpTo = 0; // everything not acknowledged goes again, in order
                unacked = 0;
                lastAckProgress = Clock::now();
                {
                    std::lock_guard lock(m_mutex);
                    m_status.link = SyncEngineStatus::Link::Online;
                    m_status.lastError.clear();
                    if (everConnected)
                        ++m_status.reconnects;
                }
                try {
                    client->subscribe(mqtt::string_collection::create({acksFilter, commandsFilter}),
                                      mqtt::iasync_client::qos_collection{1, 1});
                } catch (const mqtt::exception& e) {
                    scheduleReconnect(
                        QStringLiteral("Subscribing failed: %1").arg(QString::fromStdString(e.what())));
                    break;
                }
                everConnected = true;
                protocol::Status up{m_config.warehouse, true, {}, session, nowMs(), m_config.appVersion};
                publish(statusTopic, protocol::encodeStatus(up), true);
                sayHello();
                break;
            }
            case Incoming::Kind::ConnectFailed:
            case Incoming::Kind::Lost:
                scheduleReconnect(QString::fromStdString(in.cause));
                break;
            case Incoming::Kind::Delivered:
                inflight = std::max(0, inflight - 1);
                break;
            case Incoming::Kind::Message:
                handleMessage(in);
                break;
            }
        }
        applyAcks();
        if (online) {
            reportCommands();
            // No acknowledgement progress for a while with events out: the central service missed some
            // (a gap on its side, a lost ack): send again from the last acknowledgement.
            std::int64_t acked = 0;
            for (const TenantLink& link : tenants)
                acked += link.ackedSeq;
            if (acked != lastAckProgressSeq) {
                lastAckProgressSeq = acked;
                lastAckProgress = Clock::now();
            } else if (unacked > 0 &&
                       Clock::now() - lastAckProgress > std::chrono::milliseconds(m_config.ackTimeoutMs)) {
                publishedUpTo = 0;
                unacked = 0;
                lastAckProgress = Clock::now();
                std::lock_guard lock(m_mutex);
                ++m_status.resends;
            }
            drain();
        }
        if (Clock::now() - lastStatusRefresh > std::chrono::milliseconds(m_config.statusRefreshMs)) {
            refreshStatus();
            lastStatusRefresh = Clock::now();
        }
    }

    // A clean stop: say so (retained), then leave.
    if (online) {
        protocol::Status down{m_config.warehouse, false, QStringLiteral("shutdown"), session, nowMs(),
                              m_config.appVersion};
        try {
            client->publish(statusTopic, protocol::encodeStatus(down).toStdString(), 1, true)->wait_for(2s);
            client->disconnect()->wait_for(2s);
        } catch (const mqtt::exception&) {
            // the link is gone anyway; the last will says offline
        }
    }
    try {
        client->disable_callbacks();
    } catch (const mqtt::exception&) {
    }
    refreshStatus();
    setLink(SyncEngineStatus::Link::Stopped);
}

} // namespace wh::sync
