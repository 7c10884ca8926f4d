#pragma once

// The appliance's link to the central order service over MQTT (docs/protocol.md): drains the outbox in
// sequence order, applies inbound commands through the inbox, and keeps the broker informed of the
// appliance's status. It runs on a thread of its own with its own store connection; Paho's callbacks only
// queue what happened, and the engine's thread does everything else.

#include "Actor.h"
#include "Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace wh::sync {

struct SyncConfig
{
    QString storePath;
    QString brokerUri; // tcp://host:port, or ssl://host:port with the TLS files below
    QString warehouse;
    QString clientId; // fixed per appliance; "appliance-<warehouse>" when empty
    QString appVersion;

    // TLS with a client certificate (all three, or none): the broker's CA, this appliance's certificate and
    // its private key (PEM files).
    QString caFile;
    QString certFile;
    QString keyFile;

    // Paho sends a PINGREQ after one quiet interval and gives the link up when it goes unanswered for
    // another; measured against a frozen broker, Paho C gives it up 2.5-2.8 intervals after the last
    // traffic (16.6 s at 6 s), so 5 s keeps a dead link noticed within 15 s.
    int keepAliveSeconds = 5;
    int minBackoffMs = 500;    // reconnect: exponential with full jitter between these
    int maxBackoffMs = 30000;
    int connectTimeoutSeconds = 5;

    int eventsPerMessage = 1000;      // several events share one MQTT message
    int bytesPerMessage = 512 * 1024; // ... up to this size
    int window = 32;                  // messages published but not yet PUBACKed
    std::int64_t maxUnacked = 200000; // events published but not acknowledged by the central service
    int ackTimeoutMs = 3000;          // no acknowledgement progress this long: send again from the last ack
    int pollMs = 5;                   // how often an idle engine looks for new outbox rows
    int statusRefreshMs = 500;        // how often the backlog figures are read again

    // Who the central service's commands act as: the appliance's own process, never a person.
    Actor commandActor{QStringLiteral("central"), QStringLiteral("sync"), Role::System, {}};
};

// What the engine is doing; a snapshot, safe to read from any thread.
struct SyncEngineStatus
{
    enum class Link
    {
        Stopped,
        Connecting,
        Online,
        Offline // waiting to connect again
    };
    Link link = Link::Stopped;
    std::int64_t backlog = 0; // events waiting for the central service's acknowledgement
    std::optional<QDateTime> oldestPending;
    std::optional<QDateTime> lastAck;
    std::int64_t deadLetters = 0;
    std::int64_t eventsPublished = 0; // since start, resends included
    std::int64_t eventsAcknowledged = 0;
    std::int64_t commandsApplied = 0; // since start: applied or refused (an answer either way)
    std::int64_t reconnects = 0;
    std::int64_t resends = 0; // times the engine went back to the last acknowledgement
    QString lastError;        // the latest problem, in words (empty: none)
    // A restored store's tenants whose events wait for the central service's cursor (docs/operations.md,
    // "Restore and the central service"); they stay here while that cursor is beyond the restored store.
    QStringList heldTenants;
    QString session;

    static QString linkName(Link link);
};

class SyncEngine
{
public:
    explicit SyncEngine(SyncConfig config);
    ~SyncEngine(); // stops
    SyncEngine(const SyncEngine&) = delete;
    SyncEngine& operator=(const SyncEngine&) = delete;

    // Checks the configuration and starts the engine's thread; the store is opened there. Connecting and
    // everything after happens in the background; status() tells how it goes.
    Status start();
    // A clean stop: publishes the offline status, disconnects, joins the thread.
    void stop();
    // New events were committed: look at the outbox now instead of at the next poll.
    void poke();

    SyncEngineStatus status() const;

    // The engine's thread and Paho's callbacks talk through this queue (defined in the .cpp).
    struct Incoming;

private:
    class Callback;
    void run();
    void post(Incoming incoming);

    SyncConfig m_config;
    std::thread m_thread;
    std::atomic<bool> m_stopping{false};

    mutable std::mutex m_mutex; // guards everything below
    std::condition_variable m_wake;
    std::deque<Incoming> m_queue;
    bool m_poked = false;
    SyncEngineStatus m_status;
};

} // namespace wh::sync
