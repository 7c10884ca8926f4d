#pragma once

// The reference central order service, without a network: fed each message as it arrived (topic and bytes)
// and the time, it returns what to publish. Per (warehouse, tenant) it keeps the event chain (cursor,
// duplicates, gaps) and acknowledges it, numbers and stores the commands it sends (orders it generates,
// their planned cancellations and modifications), resends what is not answered, and records every
// violation of docs/protocol.md it sees (Checks.h). Every message is one store transaction; what it returns
// is published only after that commit, so a restart resends the same numbers and ids.

#include "CentralStore.h"
#include "Checks.h"
#include "Protocol.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <random>

namespace wh::central {

class SagaHost;
struct SagaConfig;
class CustomerBook;

struct CatalogSku
{
    QString code;
    std::int64_t unitPriceMinor = 0;
    QJsonObject definition; // the catalog entry as given: DefineSku fields it carries override the defaults
};

struct Catalog
{
    QMap<QString, QList<CatalogSku>> tenants; // tenant -> its SKUs
    // {"tenants": {"acme": {"skus": [{"sku": "ACME-1001", "unitPriceMinor": 1000}, ...]}, ...}}
    static std::optional<Catalog> fromJson(const QByteArray& json, QString* error);
};

struct SimConfig
{
    QStringList warehouses; // where generated orders go
    Catalog catalog;
    QString origin = QStringLiteral("central-sim"); // the client id: marks the orders this instance generates
    std::int64_t orders = 0;                        // total to generate
    double rate = 0;                                // orders per second, 0: as fast as the window allows
    std::int64_t maxOpen = 20;                      // orders with an unanswered command
    double cancelBefore = 0;                        // cancel once InventoryReserved is seen
    double cancelDuring = 0;                        // once PickStarted names the order
    double cancelAfter = 0;                         // once ShipmentConfirmed is seen
    double modify = 0;                              // modify once InventoryReserved is seen
    double allowPartial = 0.25;                     // orders that accept a part shipment
    bool defineSkus = false;                        // send DefineSku for the catalog before the orders
    std::uint64_t seed = 1;
    std::int64_t resendMs = 5000; // a command unanswered or beyond the appliance's cursor this long goes again
    double dropAcks = 0;          // fault injection: acks not published
    double duplicate = 0;         // commands published twice
    double reorder = 0;           // consecutive commands swapped
    // --ack-only (benchmarks): check each tenant's chain (seq and prev, no gap, no fork) and keep every batch
    // whole as it came, without the per-event lifecycle checks - the acknowledger a drain is measured with.
    bool chainOnly = false;
    // Orders come as customers' orders through the gateway and run the central sagas (docs/central-sagas.md):
    // intake, payment, routing over the appliances' snapshots. Set with enableSagas(); cancelBefore,
    // cancelDuring and cancelAfter then plan the customer's cancellation once Paid, Processing, Shipped.
    bool sagas = false;
    double sagasModify = 0; // with sagas: the customer adds one unit to line 1 once the order is Processing
};

struct Publish
{
    QString topic;
    QByteArray payload;
    int qos = 1;
};

class CentralSim
{
public:
    CentralSim(CentralStore& store, SimConfig config, std::int64_t nowMs);
    ~CentralSim();
    // Turns on the sagas (SimConfig::sagas): the gateway, the payment service, the router, the customers.
    void enableSagas(const SagaConfig& config, const CustomerBook& customers);
    SagaHost* sagaHost() { return m_host.get(); }

    // One message from the broker. Throws StoreError when the store fails (nothing of the message is kept).
    QList<Publish> handle(const QString& topic, const QByteArray& payload, std::int64_t nowMs);
    // Generation and resends that are due.
    QList<Publish> tick(std::int64_t nowMs);

    bool generationDone() const { return m_generated >= m_config.orders && m_skusDefined; }
    // Nothing the sagas still do by themselves (payments in flight, deliveries due); true without sagas.
    bool sagasQuiet();
    bool allAnswered();
    std::int64_t lastMessageMs() const { return m_lastMessageMs; }
    std::int64_t eventsApplied() const { return m_eventsApplied; }

    // The end-of-run checks (gaps left, unanswered commands, the outcome table); once.
    void finish(std::int64_t nowMs);
    void recordViolation(Violation violation, const QString& warehouse, const QString& tenant,
                         const QString& detail, std::int64_t nowMs);
    std::int64_t violationCount();
    QJsonObject summary(std::int64_t nowMs);

private:
    QList<Publish> onEvents(const QByteArray& payload, const protocol::TopicParts& parts);
    QList<Publish> onEventsChainOnly(const QByteArray& payload, const protocol::TopicParts& parts);
    QList<Publish> onHello(const QByteArray& payload, const protocol::TopicParts& parts);
    QList<Publish> onCommandAck(const QByteArray& payload, const protocol::TopicParts& parts);
    void onStatus(const QByteArray& payload, const protocol::TopicParts& parts);
    void violation(Violation violation, const QString& warehouse, const QString& tenant,
                   const QString& detail);
    void sendAck(StreamRow& stream, QList<Publish>& out);
    void sendCommand(CommandRow& command, QList<Publish>& out, bool resend);
    CommandRow newCommand(const QString& warehouse, const QString& tenant, const QString& type,
                          const QByteArray& body, const QString& orderId, QList<Publish>& out);
    void applyEvent(const QString& warehouse, const QString& tenant, const protocol::WireEvent& event,
                    QList<Publish>& out);
    void orderEvent(const QString& warehouse, const QString& tenant, const QString& orderId,
                    const protocol::WireEvent& event, const QJsonObject& payload, QList<Publish>& out);
    void followUp(OrderRow& order, QList<Publish>& out);
    void checkDuplicate(const QString& warehouse, const QString& tenant, const protocol::WireEvent& event);
    void generateOrder(QList<Publish>& out);
    void generateCustomerOrder(QList<Publish>& out);
    bool stockKnown() const;
    void defineSkus(QList<Publish>& out);
    void reorder(QList<Publish>& out);
    double roll();

    CentralStore& m_store;
    SimConfig m_config;
    std::mt19937_64 m_random;
    std::int64_t m_nowMs = 0;
    std::int64_t m_startMs = 0;
    std::int64_t m_lastMessageMs = 0;
    std::int64_t m_generated = 0;
    bool m_skusDefined = true;
    std::int64_t m_eventsApplied = 0;
    std::int64_t m_firstEventMs = 0;
    std::int64_t m_lastEventMs = 0;
    std::int64_t m_duplicatesInjected = 0;
    std::int64_t m_reordersInjected = 0;
    std::int64_t m_messages = 0;
    std::int64_t m_hellos = 0;
    std::int64_t m_unnumberedDeadLetters = 0;
    bool m_finished = false;
    QMap<QString, QJsonObject> m_status; // warehouse -> its last retained status
    // Within one event batch: each aggregate's version (-1: none yet) and those to write back at its end.
    QHash<QString, std::int64_t> m_batchVersions;
    QHash<QString, std::pair<QString, QString>> m_dirtyVersions;
    std::unique_ptr<SagaHost> m_host;
    std::int64_t m_rejectedAtIntake = 0;
    QHash<QString, QStringList> m_customerIds; // tenant -> its customers, for generated orders
};

} // namespace wh::central
