#include "CentralSim.h"

#include "CustomerBook.h"
#include "SagaHost.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace wh::central {

using protocol::Channel;
using protocol::CommandOutcomeKind;
using protocol::DecodeError;
using protocol::TopicParts;
using protocol::WireEvent;

namespace {

QJsonObject parseObject(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString describe(const DecodeError& error)
{
    return protocol::decodeErrorKindName(error.kind) + QStringLiteral(": ") + error.message;
}

StoredEvent toStored(const WireEvent& e)
{
    return StoredEvent{e.seq, e.prev, e.id, e.type, e.aggregateType, e.aggregateId, e.version, e.payload};
}

} // namespace

std::optional<Catalog> Catalog::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject tenants = document.object().value(QStringLiteral("tenants")).toObject();
    if (parseError.error != QJsonParseError::NoError || tenants.isEmpty()) {
        *error = QStringLiteral("the catalog is not {\"tenants\": {\"<tenant>\": {\"skus\": [...]}}}");
        return std::nullopt;
    }
    Catalog catalog;
    for (auto it = tenants.begin(); it != tenants.end(); ++it) {
        if (!protocol::validId(it.key())) {
            *error = QStringLiteral("tenant \"%1\" is not a valid id").arg(it.key());
            return std::nullopt;
        }
        QList<CatalogSku> skus;
        for (const QJsonValue& value : it.value().toObject().value(QStringLiteral("skus")).toArray()) {
            const QJsonObject sku = value.toObject();
            const QString code = sku.value(QStringLiteral("sku")).toString();
            const std::int64_t price = sku.value(QStringLiteral("unitPriceMinor")).toInteger();
            if (code.isEmpty() || price <= 0 || price > 1000000) {
                *error = QStringLiteral("tenant %1: every SKU needs \"sku\" and a \"unitPriceMinor\" of 1 to "
                                        "1000000")
                             .arg(it.key());
                return std::nullopt;
            }
            skus.append(CatalogSku{code, price, sku});
        }
        if (skus.isEmpty()) {
            *error = QStringLiteral("tenant %1 has no SKUs").arg(it.key());
            return std::nullopt;
        }
        catalog.tenants.insert(it.key(), skus);
    }
    return catalog;
}

CentralSim::CentralSim(CentralStore& store, SimConfig config, std::int64_t nowMs)
    : m_store(store)
    , m_config(std::move(config))
    , m_random(m_config.seed)
    , m_nowMs(nowMs)
    , m_startMs(nowMs)
    , m_lastMessageMs(nowMs)
{
    // A restart goes on where the store stands: the orders generated so far count, the commands keep their
    // numbers and ids and go out again when due.
    m_generated = m_store.countOrders(m_config.origin);
    m_skusDefined = !m_config.defineSkus || m_store.countCommands(QStringLiteral("DefineSku")) > 0;
}

CentralSim::~CentralSim() = default;

void CentralSim::enableSagas(const SagaConfig& config, const CustomerBook& customers)
{
    m_config.sagas = true;
    m_host = std::make_unique<SagaHost>(
        m_store, m_config.catalog, customers, config,
        [this](const QString& warehouse, const QString& tenant, const QString& type, const QByteArray& body,
               const QString& orderId, QList<Publish>& out) {
            newCommand(warehouse, tenant, type, body, orderId, out);
        },
        m_nowMs);
    m_generated = m_host->sagaStore().countRequests();
    for (const QString& tenant : m_config.catalog.tenants.keys())
        for (const Customer& customer : customers.customers(tenant))
            m_customerIds[tenant].append(customer.id);
}

bool CentralSim::sagasQuiet()
{
    return !m_host || m_host->quiet(m_nowMs);
}

bool CentralSim::stockKnown() const
{
    for (const QString& warehouse : m_config.warehouses)
        for (const QString& tenant : m_config.catalog.tenants.keys())
            if (m_host->stock().snapshotTakenAtMs(warehouse, tenant) < 0)
                return false;
    return true;
}

double CentralSim::roll()
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
}

void CentralSim::violation(Violation kind, const QString& warehouse, const QString& tenant,
                           const QString& detail)
{
    m_store.addViolation(ViolationRow{m_nowMs, violationName(kind), warehouse, tenant, detail});
}

void CentralSim::recordViolation(Violation kind, const QString& warehouse, const QString& tenant,
                                 const QString& detail, std::int64_t nowMs)
{
    m_nowMs = nowMs;
    Transaction tx(m_store);
    violation(kind, warehouse, tenant, detail);
    tx.commit();
}

std::int64_t CentralSim::violationCount()
{
    return m_store.countViolations();
}

QList<Publish> CentralSim::handle(const QString& topic, const QByteArray& payload, std::int64_t nowMs)
{
    m_nowMs = nowMs;
    ++m_messages;
    const std::optional<TopicParts> parts = protocol::parseTopic(topic);
    if (!parts)
        return {};
    // Progress is what the idle exit waits on: every message but an event batch, whose events count one by
    // one in applyEvent (a stock snapshot the appliances send on their own schedule is not progress); the
    // chain-only acknowledger counts every batch.
    if (parts->channel != Channel::Events || m_config.chainOnly)
        m_lastMessageMs = nowMs;
    QList<Publish> out;
    switch (parts->channel) {
    case Channel::Events:
        out = onEvents(payload, *parts);
        break;
    case Channel::Hello:
        out = onHello(payload, *parts);
        break;
    case Channel::CommandAcks:
        out = onCommandAck(payload, *parts);
        break;
    case Channel::Status:
        onStatus(payload, *parts);
        break;
    case Channel::Acks:
    case Channel::Commands:
        break; // our own direction: not subscribed, nothing to do
    }
    reorder(out);
    return out;
}

void CentralSim::sendAck(StreamRow& stream, QList<Publish>& out)
{
    if (m_config.dropAcks > 0 && roll() < m_config.dropAcks) {
        ++stream.acksDropped;
        return;
    }
    ++stream.acksSent;
    out.append(Publish{protocol::topic(stream.warehouse, stream.tenant, Channel::Acks),
                       protocol::encodeAck(protocol::Ack{stream.tenant, stream.cursor})});
}

void CentralSim::sendCommand(CommandRow& command, QList<Publish>& out, bool resend)
{
    Q_UNUSED(resend);
    command.lastSentAtMs = m_nowMs;
    ++command.sendCount;
    const std::optional<protocol::CommandType> type = protocol::commandTypeFromName(command.type);
    const QByteArray message = protocol::encodeCommand(
        protocol::Command{command.tenant, command.number, command.id, type.value(), command.body});
    const QString topic = protocol::topic(command.warehouse, command.tenant, Channel::Commands);
    out.append(Publish{topic, message});
    if (m_config.duplicate > 0 && roll() < m_config.duplicate) {
        ++m_duplicatesInjected;
        out.append(Publish{topic, message});
    }
}

// Swaps a command with the next one for the same (warehouse, tenant) at the given rate: the appliance must
// see the gap, answer with its cursor, and get the rest again.
void CentralSim::reorder(QList<Publish>& out)
{
    if (m_config.reorder <= 0)
        return;
    const auto isCommand = [](const Publish& p) {
        return p.topic.endsWith(QStringLiteral("/commands"));
    };
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (!isCommand(out[i]))
            continue;
        for (qsizetype j = i + 1; j < out.size(); ++j) {
            if (out[j].topic != out[i].topic)
                continue;
            if (out[j].payload != out[i].payload && roll() < m_config.reorder) {
                out.swapItemsAt(i, j);
                ++m_reordersInjected;
            }
            break;
        }
    }
}

CommandRow CentralSim::newCommand(const QString& warehouse, const QString& tenant, const QString& type,
                                  const QByteArray& body, const QString& orderId, QList<Publish>& out)
{
    CommandRow command;
    command.warehouse = warehouse;
    command.tenant = tenant;
    // Numbered inside the transaction that stores it, so two instances on one store never share a number:
    // the transaction holds the store's write lock from its start, on SQLite and on PostgreSQL
    // (CentralStore::begin).
    command.number = m_store.lastCommandNumber(warehouse, tenant) + 1;
    command.id = QStringLiteral("c-%1-%2-%3").arg(warehouse, tenant).arg(command.number);
    command.type = type;
    command.body = body;
    command.orderId = orderId;
    command.createdAtMs = m_nowMs;
    sendCommand(command, out, false);
    m_store.insertCommand(command);
    return command;
}

// ---- events -------------------------------------------------------------------------------------------

// The benchmark acknowledger: the chain alone, each batch kept whole. The envelope is read with Qt's parser
// but the payloads are not copied out one by one.
QList<Publish> CentralSim::onEventsChainOnly(const QByteArray& payload, const TopicParts& parts)
{
    const QJsonObject batch = QJsonDocument::fromJson(payload).object();
    const QJsonArray events = batch.value(QStringLiteral("events")).toArray();
    if (batch.value(QStringLiteral("v")).toInteger() != protocol::kVersion ||
        batch.value(QStringLiteral("kind")).toString() != QLatin1String("events") ||
        batch.value(QStringLiteral("tenant")).toString() != parts.tenant || events.isEmpty()) {
        recordViolation(Violation::Malformed, parts.warehouse, parts.tenant,
                        QStringLiteral("events: not an event batch for this topic"), m_nowMs);
        return {};
    }
    QList<Publish> out;
    Transaction tx(m_store);
    StreamRow stream = m_store.stream(parts.warehouse, parts.tenant);
    std::int64_t expectedPrev = stream.cursor;
    std::int64_t firstNew = 0;
    std::int64_t added = 0;
    bool gap = false;
    for (const QJsonValue& value : events) {
        const QJsonObject e = value.toObject();
        const std::int64_t seq = e.value(QStringLiteral("seq")).toInteger();
        const std::int64_t prev = e.value(QStringLiteral("prev")).toInteger();
        stream.highestSeen = std::max(stream.highestSeen, seq);
        if (seq <= stream.cursor) {
            ++stream.duplicates;
            continue;
        }
        if (prev != expectedPrev) {
            if (prev < expectedPrev)
                violation(
                    Violation::ChainFork, parts.warehouse, parts.tenant,
                    QStringLiteral("event %1 names prev %2, behind %3").arg(seq).arg(prev).arg(expectedPrev));
            gap = prev > expectedPrev;
            break;
        }
        if (firstNew == 0)
            firstNew = seq;
        expectedPrev = seq;
        ++added;
    }
    if (gap && added == 0)
        ++stream.gaps;
    if (added > 0) {
        m_store.insertBatch(parts.warehouse, parts.tenant, firstNew, expectedPrev, added, payload);
        stream.cursor = expectedPrev;
        stream.events += added;
        m_eventsApplied += added;
        if (m_firstEventMs == 0)
            m_firstEventMs = m_nowMs;
        m_lastEventMs = m_nowMs;
    }
    sendAck(stream, out);
    m_store.saveStream(stream);
    tx.commit();
    return out;
}

QList<Publish> CentralSim::onEvents(const QByteArray& payload, const TopicParts& parts)
{
    if (m_config.chainOnly)
        return onEventsChainOnly(payload, parts);
    auto decoded = protocol::decodeEvents(payload, parts);
    if (const auto* error = std::get_if<DecodeError>(&decoded)) {
        recordViolation(Violation::Malformed, parts.warehouse, parts.tenant,
                        QStringLiteral("events: ") + describe(*error), m_nowMs);
        return {};
    }
    const protocol::EventBatch& batch = std::get<protocol::EventBatch>(decoded);
    QList<Publish> out;
    Transaction tx(m_store);
    StreamRow stream = m_store.stream(parts.warehouse, parts.tenant);
    QList<WireEvent> fresh;
    for (const WireEvent& e : batch.events) {
        stream.highestSeen = std::max(stream.highestSeen, e.seq);
        if (e.seq <= stream.cursor) {
            ++stream.duplicates;
            checkDuplicate(parts.warehouse, parts.tenant, e);
        } else {
            fresh.append(e);
        }
    }
    if (!fresh.isEmpty()) {
        const WireEvent& first = fresh.first();
        if (first.prev == stream.cursor) {
            m_batchVersions.clear();
            m_dirtyVersions.clear();
            for (const WireEvent& e : fresh)
                applyEvent(parts.warehouse, parts.tenant, e, out);
            for (auto it = m_dirtyVersions.cbegin(); it != m_dirtyVersions.cend(); ++it)
                m_store.setAggregateVersion(parts.warehouse, parts.tenant, it.value().first,
                                            it.value().second, m_batchVersions.value(it.key()));
            stream.cursor = fresh.last().seq;
            stream.events += fresh.size();
            m_eventsApplied += fresh.size();
            if (m_firstEventMs == 0)
                m_firstEventMs = m_nowMs;
            m_lastEventMs = m_nowMs;
        } else if (first.prev > stream.cursor) {
            // A gap: something between the cursor and `prev` has not arrived. Nothing is applied; the ack
            // below repeats the cursor, and the appliance sends again from there.
            ++stream.gaps;
        } else {
            violation(Violation::ChainFork, parts.warehouse, parts.tenant,
                      QStringLiteral("event %1 names prev %2, behind the cursor %3: the chain already goes "
                                     "another way")
                          .arg(first.seq)
                          .arg(first.prev)
                          .arg(stream.cursor));
        }
    }
    // Acknowledged on every batch, duplicates included: a resent batch means the appliance lost our ack.
    sendAck(stream, out);
    m_store.saveStream(stream);
    tx.commit();
    return out;
}

void CentralSim::checkDuplicate(const QString& warehouse, const QString& tenant, const WireEvent& e)
{
    const std::optional<StoredEvent> stored = m_store.eventBySeq(warehouse, tenant, e.seq);
    if (!stored) {
        violation(Violation::ChainFork, warehouse, tenant,
                  QStringLiteral("event %1 (%2) is at or below the cursor but not in the chain (prev %3)")
                      .arg(e.seq)
                      .arg(e.id)
                      .arg(e.prev));
        return;
    }
    if (stored->id != e.id) {
        violation(Violation::EventIdConflict, warehouse, tenant,
                  QStringLiteral("seq %1 first came as event %2, now as event %3")
                      .arg(e.seq)
                      .arg(stored->id, e.id));
        return;
    }
    if (stored->prev != e.prev || stored->type != e.type || stored->aggregateType != e.aggregateType ||
        stored->aggregateId != e.aggregateId || stored->version != e.version ||
        parseObject(stored->payload) != parseObject(e.payload))
        violation(Violation::EventIdConflict, warehouse, tenant,
                  QStringLiteral("event %1 (seq %2) came again with another content: %3 then %4")
                      .arg(e.id)
                      .arg(e.seq)
                      .arg(QString::fromUtf8(stored->payload), QString::fromUtf8(e.payload)));
}

void CentralSim::applyEvent(const QString& warehouse, const QString& tenant, const WireEvent& e,
                            QList<Publish>& out)
{
    // The aggregate's version as this batch left it: read once per aggregate and batch, written at its end.
    const QString key = e.aggregateType + QLatin1Char('\x1f') + e.aggregateId;
    auto known = m_batchVersions.find(key);
    if (known == m_batchVersions.end())
        known = m_batchVersions.insert(
            key, m_store.aggregateVersion(warehouse, tenant, e.aggregateType, e.aggregateId).value_or(-1));
    const std::int64_t version = known.value();
    if (version >= 0 && e.version <= version)
        violation(Violation::AggregateVersion, warehouse, tenant,
                  QStringLiteral("%1 %2: version %3 (event %4, seq %5) after version %6")
                      .arg(e.aggregateType, e.aggregateId)
                      .arg(e.version)
                      .arg(e.id)
                      .arg(e.seq)
                      .arg(version));
    if (e.version > version) {
        known.value() = e.version;
        m_dirtyVersions.insert(key, {e.aggregateType, e.aggregateId});
    }
    if (!m_store.insertEvent(warehouse, tenant, toStored(e))) {
        const auto seen = m_store.eventById(warehouse, tenant, e.id);
        violation(Violation::EventIdConflict, warehouse, tenant,
                  QStringLiteral("event %1 came as seq %2 and again as seq %3")
                      .arg(e.id)
                      .arg(seen ? seen->seq : 0)
                      .arg(e.seq));
    }

    if (e.type != QLatin1String("StockSnapshot"))
        m_lastMessageMs = m_nowMs;
    const bool forSagas = m_host && (e.aggregateType == QLatin1String("order") ||
                                     e.type == QLatin1String("StockSnapshot") ||
                                     e.type == QLatin1String("ReturnReceived"));
    if (e.type != QLatin1String("PickStarted") && e.aggregateType != QLatin1String("order") && !forSagas)
        return; // nothing of an order's life: no need to read the payload
    const QJsonObject payload = parseObject(e.payload);
    if (forSagas)
        m_host->onEvent(warehouse, tenant, e, payload, m_nowMs, out);
    if (e.type == QLatin1String("PickStarted")) {
        for (const QJsonValue& id : payload.value(QStringLiteral("orderIds")).toArray())
            orderEvent(warehouse, tenant, id.toString(), e, payload, out);
    } else if (e.aggregateType == QLatin1String("order")) {
        orderEvent(warehouse, tenant, e.aggregateId, e, payload, out);
    }
}

// The order's life as the chain tells it, the lifecycle checks, and the follow-up commands the run planned.
void CentralSim::orderEvent(const QString& warehouse, const QString& tenant, const QString& orderId,
                            const WireEvent& e, const QJsonObject& payload, QList<Publish>& out)
{
    if (orderId.isEmpty())
        return;
    OrderRow order = m_store.order(warehouse, tenant, orderId)
                         .value_or(OrderRow{warehouse,
                                            tenant,
                                            orderId,
                                            {},
                                            QStringLiteral("none"),
                                            false,
                                            {},
                                            QStringLiteral("seen"),
                                            0,
                                            0,
                                            0});
    const bool cancelled = order.cancelledSeq != 0;
    if (cancelled && e.type != QLatin1String("PickStarted") && !allowedAfterCancel(e.type))
        violation(Violation::EventAfterCancel, warehouse, tenant,
                  QStringLiteral("order %1: %2 (seq %3) after its cancellation (seq %4)")
                      .arg(orderId, e.type)
                      .arg(e.seq)
                      .arg(order.cancelledSeq));
    if (e.type == QLatin1String("InventoryReserved")) {
        if (order.reservedSeq == 0)
            order.reservedSeq = e.seq;
        if (order.state == QLatin1String("requested") || order.state == QLatin1String("seen"))
            order.state = QStringLiteral("reserved");
    } else if (e.type == QLatin1String("ReservationFailed")) {
        if (order.reservedSeq == 0)
            order.state = QStringLiteral("failed");
    } else if (e.type == QLatin1String("PickStarted")) {
        if (cancelled)
            violation(Violation::EventAfterCancel, warehouse, tenant,
                      QStringLiteral("order %1: picking started (task %2, seq %3) after its cancellation")
                          .arg(orderId, payload.value(QStringLiteral("taskId")).toString())
                          .arg(e.seq));
        else if (order.state == QLatin1String("reserved"))
            order.state = QStringLiteral("picking");
    } else if (e.type == QLatin1String("ShipmentConfirmed")) {
        if (cancelled)
            violation(Violation::ShippedAfterCancel, warehouse, tenant,
                      QStringLiteral("order %1: ShipmentConfirmed (seq %2) after its cancellation (seq %3)")
                          .arg(orderId)
                          .arg(e.seq)
                          .arg(order.cancelledSeq));
        order.shippedSeq = e.seq;
        order.state = QStringLiteral("shipped");
    } else if (e.type == QLatin1String("OrderStatusChanged") &&
               payload.value(QStringLiteral("to")).toString() == QLatin1String("Cancelled")) {
        if (order.shippedSeq != 0)
            violation(Violation::CancelledAfterShipment, warehouse, tenant,
                      QStringLiteral("order %1: cancelled (seq %2) after its ShipmentConfirmed (seq %3)")
                          .arg(orderId)
                          .arg(e.seq)
                          .arg(order.shippedSeq));
        if (order.cancelledSeq == 0)
            order.cancelledSeq = e.seq;
        order.state = QStringLiteral("cancelled");
    }
    followUp(order, out);
    m_store.saveOrder(order);
}

void CentralSim::followUp(OrderRow& order, QList<Publish>& out)
{
    if (order.planDone || order.plan == QLatin1String("none") || order.cancelledSeq != 0)
        return;
    const bool reserved = order.reservedSeq != 0;
    const bool picking = order.state == QLatin1String("picking");
    const bool shipped = order.shippedSeq != 0;
    const auto cancel = [&](const QString& reason) {
        newCommand(order.warehouse, order.tenant, QStringLiteral("CancelOrder"),
                   compact({{QStringLiteral("orderId"), order.orderId}, {QStringLiteral("reason"), reason}}),
                   order.orderId, out);
        order.planDone = true;
    };
    if (order.plan == QLatin1String("cancel_before") && reserved) {
        cancel(QStringLiteral("customer_request"));
    } else if (order.plan == QLatin1String("cancel_during") && picking) {
        cancel(QStringLiteral("customer_request"));
    } else if (order.plan == QLatin1String("cancel_after") && shipped) {
        cancel(QStringLiteral("customer_request"));
    } else if (order.plan == QLatin1String("modify") && reserved) {
        QJsonArray lines = parseObject(order.order).value(QStringLiteral("lines")).toArray();
        QJsonObject first = lines.at(0).toObject();
        first.insert(QStringLiteral("quantity"), first.value(QStringLiteral("quantity")).toInteger() + 1);
        lines.replace(0, first);
        newCommand(order.warehouse, order.tenant, QStringLiteral("ModifyOrder"),
                   compact({{QStringLiteral("orderId"), order.orderId},
                            {QStringLiteral("lines"), lines},
                            {QStringLiteral("reason"), QStringLiteral("customer added one unit")}}),
                   order.orderId, out);
        order.planDone = true;
    }
}

// ---- hello, command-acks, status -------------------------------------------------------------------------

QList<Publish> CentralSim::onHello(const QByteArray& payload, const TopicParts& parts)
{
    auto decoded = protocol::decodeHello(payload, parts);
    if (const auto* error = std::get_if<DecodeError>(&decoded)) {
        recordViolation(Violation::Malformed, parts.warehouse, parts.tenant,
                        QStringLiteral("hello: ") + describe(*error), m_nowMs);
        return {};
    }
    const protocol::Hello& hello = std::get<protocol::Hello>(decoded);
    ++m_hellos;
    QList<Publish> out;
    Transaction tx(m_store);
    StreamRow stream = m_store.stream(parts.warehouse, parts.tenant);
    const std::int64_t lastNumber = m_store.lastCommandNumber(parts.warehouse, parts.tenant);
    if (hello.commandsApplied > lastNumber)
        violation(Violation::CommandAckBeyondSent, parts.warehouse, parts.tenant,
                  QStringLiteral("hello says commands up to %1 are applied; the last one sent is %2")
                      .arg(hello.commandsApplied)
                      .arg(lastNumber));
    // The hello is the appliance's cursor as it stands now (even below an earlier report, after a restore).
    stream.commandsUpTo = hello.commandsApplied;
    // Applied but never answered (the appliance died between its commit and its report): asked again, the
    // appliance answers `duplicate` with the first outcome. Then everything after its cursor, in order.
    QList<CommandRow> again = m_store.unansweredUpTo(parts.warehouse, parts.tenant, hello.commandsApplied);
    again += m_store.commandsAfter(parts.warehouse, parts.tenant, hello.commandsApplied);
    for (CommandRow& command : again) {
        sendCommand(command, out, true);
        m_store.updateCommand(command);
    }
    sendAck(stream, out);
    m_store.saveStream(stream);
    tx.commit();
    return out;
}

QList<Publish> CentralSim::onCommandAck(const QByteArray& payload, const TopicParts& parts)
{
    auto decoded = protocol::decodeCommandAck(payload, parts);
    if (const auto* error = std::get_if<DecodeError>(&decoded)) {
        recordViolation(Violation::Malformed, parts.warehouse, parts.tenant,
                        QStringLiteral("command-ack: ") + describe(*error), m_nowMs);
        return {};
    }
    const protocol::CommandAck& ack = std::get<protocol::CommandAck>(decoded);
    QList<Publish> out;
    Transaction tx(m_store);
    StreamRow stream = m_store.stream(parts.warehouse, parts.tenant);
    const std::int64_t lastNumber = m_store.lastCommandNumber(parts.warehouse, parts.tenant);
    if (ack.upTo > lastNumber)
        violation(
            Violation::CommandAckBeyondSent, parts.warehouse, parts.tenant,
            QStringLiteral("command-ack upTo %1; the last command sent is %2").arg(ack.upTo).arg(lastNumber));
    for (const protocol::CommandResult& result : ack.results) {
        if (result.number == 0) {
            ++m_unnumberedDeadLetters; // unreadable even its number: nothing of ours to match
            continue;
        }
        std::optional<CommandRow> command = m_store.command(parts.warehouse, parts.tenant, result.number);
        if (!command) {
            violation(
                Violation::AnswerUnknownCommand, parts.warehouse, parts.tenant,
                QStringLiteral("a result for command %1 (%2), never sent").arg(result.number).arg(result.id));
            continue;
        }
        if (command->id != result.id) {
            violation(Violation::AnswerIdMismatch, parts.warehouse, parts.tenant,
                      QStringLiteral("command %1 was sent as %2, answered as %3")
                          .arg(result.number)
                          .arg(command->id, result.id));
            continue;
        }
        ++command->answers;
        bool refusedReservation = false;
        const QString outcome = protocol::commandOutcomeName(result.outcome);
        if (result.outcome == CommandOutcomeKind::Duplicate) {
            // The first answer was lost (the appliance died between its commit and its publish, or the
            // report went with the link): the duplicate repeats its code and numbers.
            if (command->outcome.isEmpty()) {
                command->outcome = outcome;
                command->code = result.code;
                command->message = result.message;
                command->firstSeq = result.firstSeq;
                command->lastSeq = result.lastSeq;
                refusedReservation = !result.code.isEmpty();
            }
        } else if (command->outcome.isEmpty() || command->outcome == QLatin1String("duplicate")) {
            command->outcome = outcome;
            command->code = result.code;
            command->message = result.message;
            command->firstSeq = result.firstSeq;
            command->lastSeq = result.lastSeq;
            refusedReservation = result.outcome != CommandOutcomeKind::Applied;
        } else if (command->outcome != outcome || command->code != result.code) {
            violation(
                Violation::AnsweredDifferently, parts.warehouse, parts.tenant,
                QStringLiteral("command %1 (%2, %3) answered %4 %5, then %6 %7")
                    .arg(command->number)
                    .arg(command->id, command->type, command->outcome, command->code, outcome, result.code));
        }
        if (refusedReservation && command->type == QLatin1String("ReserveInventory") && m_host &&
            result.code != QLatin1String("insufficient_stock"))
            m_host->onReservationRefused(parts.warehouse, parts.tenant, command->orderId, m_nowMs, out);
        // A ModifyOrder refused by a rule has no ModifyRejected to end the saga's change: the code does.
        if (refusedReservation && command->type == QLatin1String("ModifyOrder") && m_host &&
            result.code != QLatin1String("too_late_to_modify") &&
            result.code != QLatin1String("insufficient_stock"))
            m_host->onModifyRefused(parts.warehouse, parts.tenant, command->orderId, result.code, m_nowMs,
                                    out);
        if (refusedReservation && command->type == QLatin1String("ReserveInventory")) {
            if (auto order = m_store.order(parts.warehouse, parts.tenant, command->orderId)) {
                if (order->reservedSeq == 0) {
                    order->state = result.code == QLatin1String("insufficient_stock") ? QStringLiteral("failed")
                                                                                     : QStringLiteral("refused");
                    m_store.saveOrder(*order);
                }
            }
        }
        m_store.updateCommand(*command);
    }
    stream.commandsUpTo = std::max(stream.commandsUpTo, ack.upTo);
    // A bare cursor below what was sent: the appliance saw a gap (a command lost or overtaken). Everything
    // after its cursor goes again, in number order.
    if (ack.results.isEmpty() && ack.upTo < lastNumber) {
        for (CommandRow& command : m_store.commandsAfter(parts.warehouse, parts.tenant, ack.upTo)) {
            sendCommand(command, out, true);
            m_store.updateCommand(command);
        }
    }
    m_store.saveStream(stream);
    tx.commit();
    return out;
}

void CentralSim::onStatus(const QByteArray& payload, const TopicParts& parts)
{
    auto decoded = protocol::decodeStatus(payload, parts);
    if (const auto* error = std::get_if<DecodeError>(&decoded)) {
        recordViolation(Violation::Malformed, parts.warehouse, {},
                        QStringLiteral("status: ") + describe(*error), m_nowMs);
        return;
    }
    const protocol::Status& status = std::get<protocol::Status>(decoded);
    m_status.insert(parts.warehouse, QJsonObject{{QStringLiteral("online"), status.online},
                                                 {QStringLiteral("reason"), status.reason},
                                                 {QStringLiteral("session"), status.session},
                                                 {QStringLiteral("appVersion"), status.appVersion}});
}

// ---- generation and resends ------------------------------------------------------------------------------

QList<Publish> CentralSim::tick(std::int64_t nowMs)
{
    m_nowMs = nowMs;
    QList<Publish> out;
    {
        Transaction tx(m_store);
        for (CommandRow& command : m_store.commandsDue(nowMs - m_config.resendMs)) {
            sendCommand(command, out, true);
            m_store.updateCommand(command);
        }
        tx.commit();
    }
    if (!m_skusDefined)
        defineSkus(out);
    if (m_host) {
        Transaction tx(m_store);
        m_host->tick(nowMs, out);
        tx.commit();
    }
    while (m_generated < m_config.orders) {
        if (m_config.rate > 0 &&
            double(m_generated) >= double(nowMs - m_startMs) * m_config.rate / 1000.0 + 1.0)
            break;
        if (m_host) {
            // Customers order what the appliances' snapshots say is there: none before the first ones.
            if (!stockKnown() || m_host->openSagas() >= m_config.maxOpen)
                break;
            generateCustomerOrder(out);
            continue;
        }
        if (m_store.openOrders(m_config.origin) >= m_config.maxOpen)
            break;
        generateOrder(out);
    }
    reorder(out);
    return out;
}

void CentralSim::defineSkus(QList<Publish>& out)
{
    Transaction tx(m_store);
    for (const QString& warehouse : m_config.warehouses) {
        for (auto it = m_config.catalog.tenants.cbegin(); it != m_config.catalog.tenants.cend(); ++it) {
            for (const CatalogSku& sku : it.value()) {
                // Defaults an appliance accepts; a catalog entry may give any of these fields itself.
                QJsonObject body{{QStringLiteral("code"), sku.code},
                                 {QStringLiteral("gtin"), QString()},
                                 {QStringLiteral("description"), sku.code},
                                 {QStringLiteral("unit"), QStringLiteral("each")},
                                 {QStringLiteral("weightGrams"), 500},
                                 {QStringLiteral("lengthMm"), 200},
                                 {QStringLiteral("widthMm"), 150},
                                 {QStringLiteral("heightMm"), 100},
                                 {QStringLiteral("lowStockThreshold"), 10},
                                 {QStringLiteral("reorderQuantity"), 0},
                                 {QStringLiteral("lotTracked"), false}};
                for (auto field = body.begin(); field != body.end(); ++field)
                    if (sku.definition.contains(field.key()))
                        field.value() = sku.definition.value(field.key());
                newCommand(warehouse, it.key(), QStringLiteral("DefineSku"), compact(body), {}, out);
            }
        }
    }
    tx.commit();
    m_skusDefined = true;
}

void CentralSim::generateOrder(QList<Publish>& out)
{
    const QStringList tenants = m_config.catalog.tenants.keys();
    const std::int64_t k = m_generated;
    const QString warehouse = m_config.warehouses.at(int(k % m_config.warehouses.size()));
    const QString tenant = tenants.at(int((k / m_config.warehouses.size()) % tenants.size()));
    QList<CatalogSku> skus = m_config.catalog.tenants.value(tenant);
    std::shuffle(skus.begin(), skus.end(), m_random);
    const int lineCount =
        int(std::uniform_int_distribution<int>(1, int(std::min<qsizetype>(3, skus.size())))(m_random));

    QJsonArray lines;
    std::int64_t value = 0;
    for (int i = 0; i < lineCount; ++i) {
        std::int64_t quantity = std::uniform_int_distribution<int>(1, 3)(m_random);
        quantity = std::max<std::int64_t>(1, std::min(quantity, (1000000 - value) / skus[i].unitPriceMinor));
        if (i > 0 && value + quantity * skus[i].unitPriceMinor > 1000000)
            break;
        value += quantity * skus[i].unitPriceMinor;
        lines.append(QJsonObject{{QStringLiteral("lineNo"), i + 1},
                                 {QStringLiteral("sku"), skus[i].code},
                                 {QStringLiteral("quantity"), qint64(quantity)},
                                 {QStringLiteral("unitPriceMinor"), qint64(skus[i].unitPriceMinor)}});
    }
    if (value < 500) {
        // Below the order value floor: raise the first line until it is met.
        QJsonObject first = lines.at(0).toObject();
        const std::int64_t price = first.value(QStringLiteral("unitPriceMinor")).toInteger();
        const std::int64_t quantity = first.value(QStringLiteral("quantity")).toInteger();
        first.insert(QStringLiteral("quantity"), qint64(quantity + (500 - value + price - 1) / price));
        lines.replace(0, first);
    }
    static const char* const services[] = {"Standard", "Express", "Overnight"};
    const QString service = QLatin1String(services[std::uniform_int_distribution<int>(0, 2)(m_random)]);
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_nowMs, Qt::UTC).date();
    const QString orderId = QStringLiteral("SO-%1-%2").arg(m_config.origin).arg(k + 1);
    const QJsonObject body{
        {QStringLiteral("orderId"), orderId},
        {QStringLiteral("status"), QStringLiteral("Paid")},
        {QStringLiteral("service"), service},
        {QStringLiteral("promisedDate"),
         today.addDays(std::uniform_int_distribution<int>(3, 7)(m_random)).toString(Qt::ISODate)},
        {QStringLiteral("allowPartial"), roll() < m_config.allowPartial},
        {QStringLiteral("shipTo"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("Customer %1").arg(k + 1)},
                     {QStringLiteral("lines"), QJsonArray{QStringLiteral("%1 Main Street").arg(k % 900 + 1)}},
                     {QStringLiteral("city"), QStringLiteral("Springfield")},
                     {QStringLiteral("postcode"), QStringLiteral("62701")},
                     {QStringLiteral("country"), QStringLiteral("US")}}},
        {QStringLiteral("lines"), lines}};

    QString plan = QStringLiteral("none");
    const double r = roll();
    double edge = m_config.cancelBefore;
    if (r < edge)
        plan = QStringLiteral("cancel_before");
    else if (r < (edge += m_config.cancelDuring))
        plan = QStringLiteral("cancel_during");
    else if (r < (edge += m_config.cancelAfter))
        plan = QStringLiteral("cancel_after");
    else if (r < (edge += m_config.modify))
        plan = QStringLiteral("modify");

    Transaction tx(m_store);
    const QByteArray order = compact(body);
    m_store.saveOrder(OrderRow{warehouse, tenant, orderId, m_config.origin, plan, false, order,
                               QStringLiteral("requested"), 0, 0, 0});
    newCommand(warehouse, tenant, QStringLiteral("ReserveInventory"), order, orderId, out);
    tx.commit();
    ++m_generated;
}

void CentralSim::generateCustomerOrder(QList<Publish>& out)
{
    const QStringList tenants = m_config.catalog.tenants.keys();
    const std::int64_t k = m_generated;
    const QString tenant = tenants.at(int(k % tenants.size()));
    const QStringList& customers = m_customerIds[tenant];
    QList<CatalogSku> skus = m_config.catalog.tenants.value(tenant);
    std::shuffle(skus.begin(), skus.end(), m_random);
    const int lineCount =
        int(std::uniform_int_distribution<int>(1, int(std::min<qsizetype>(3, skus.size())))(m_random));
    OrderRequest request;
    request.tenant = tenant;
    request.requestId = QStringLiteral("req-%1-%2").arg(m_config.origin).arg(k + 1);
    request.customerId =
        customers.isEmpty()
            ? QString()
            : customers.at(std::uniform_int_distribution<qsizetype>(0, customers.size() - 1)(m_random));
    static const char* const services[] = {"Standard", "Express", "Overnight"};
    request.service = QLatin1String(services[std::uniform_int_distribution<int>(0, 2)(m_random)]);
    request.allowSplit = roll() >= 0.2;
    std::int64_t value = 0;
    for (int i = 0; i < lineCount; ++i) {
        const std::int64_t quantity = std::uniform_int_distribution<int>(1, 3)(m_random);
        request.lines.append(OrderLineRequest{skus[i].code, quantity});
        value += quantity * skus[i].unitPriceMinor;
    }
    if (value < 500) // the order value floor: more of the first line
        request.lines[0].quantity += (500 - value + skus[0].unitPriceMinor - 1) / skus[0].unitPriceMinor;

    QString plan;
    const double r = roll();
    double edge = m_config.cancelBefore;
    if (r < edge)
        plan = QStringLiteral("Paid");
    else if (r < (edge += m_config.cancelDuring))
        plan = QStringLiteral("Processing");
    else if (r < (edge += m_config.cancelAfter))
        plan = QStringLiteral("Shipped");
    QString modifyPlan; // the same roll: an order's customer cancels or changes it, not both
    if (plan.isEmpty() && r < (edge += m_config.sagasModify))
        modifyPlan = QStringLiteral("Processing");

    Transaction tx(m_store);
    QString orderId;
    const IntakeDecision decision = m_host->placeOrder(request, m_nowMs, &orderId, out, plan, modifyPlan);
    tx.commit();
    if (!decision.accepted)
        ++m_rejectedAtIntake;
    ++m_generated;
}

bool CentralSim::allAnswered()
{
    return m_store.countUnanswered() == 0;
}

// ---- the end -------------------------------------------------------------------------------------------

void CentralSim::finish(std::int64_t nowMs)
{
    if (m_finished)
        return;
    m_finished = true;
    m_nowMs = nowMs;
    Transaction tx(m_store);
    if (m_host)
        for (const QString& problem : m_host->check(nowMs))
            violation(Violation::Saga, {}, {}, problem);
    QHash<QString, std::int64_t> cursors;
    for (const StreamRow& stream : m_store.streams()) {
        cursors.insert(stream.warehouse + QLatin1Char('/') + stream.tenant, stream.cursor);
        if (stream.cursor < stream.highestSeen)
            violation(Violation::GapAtEnd, stream.warehouse, stream.tenant,
                      QStringLiteral("the chain stops at %1; events up to %2 arrived")
                          .arg(stream.cursor)
                          .arg(stream.highestSeen));
    }
    for (const CommandRow& command : m_store.allCommands()) {
        const QString what =
            QStringLiteral("command %1 (%2, %3%4)")
                .arg(command.number)
                .arg(command.id, command.type,
                     command.orderId.isEmpty() ? QString() : QStringLiteral(" ") + command.orderId);
        if (command.outcome.isEmpty()) {
            violation(Violation::Unanswered, command.warehouse, command.tenant,
                      what + QStringLiteral(": no answer after %1 sends").arg(command.sendCount));
            continue;
        }
        const std::optional<OrderRow> order =
            command.orderId.isEmpty() ? std::nullopt
                                      : m_store.order(command.warehouse, command.tenant, command.orderId);
        const bool shipped = order && order->shippedSeq != 0 &&
                             (command.firstSeq == 0 || order->shippedSeq < command.firstSeq);
        const OutcomeRule* rule = findOutcomeRule(command.type, command.outcome, command.code, shipped);
        if (!rule) {
            violation(Violation::UnexpectedOutcome, command.warehouse, command.tenant,
                      what + QStringLiteral(" ended %1 %2%3")
                                 .arg(command.outcome, command.code,
                                      shipped ? QStringLiteral(" after the order shipped") : QString()));
            continue;
        }
        if (rule->noEvents) {
            if (command.firstSeq != 0 || command.lastSeq != 0)
                violation(Violation::AnswerEventsMismatch, command.warehouse, command.tenant,
                          what + QStringLiteral(" ended %1 %2 with events %3..%4; rule: %5")
                                     .arg(command.outcome, command.code)
                                     .arg(command.firstSeq)
                                     .arg(command.lastSeq)
                                     .arg(rule->doc));
            continue;
        }
        if (rule->oneOf.isEmpty())
            continue;
        if (command.firstSeq == 0 || command.lastSeq < command.firstSeq) {
            violation(Violation::AnswerEventsMismatch, command.warehouse, command.tenant,
                      what + QStringLiteral(" ended %1 %2 without events; rule: %3")
                                 .arg(command.outcome, command.code, rule->doc));
            continue;
        }
        if (command.lastSeq > cursors.value(command.warehouse + QLatin1Char('/') + command.tenant)) {
            violation(Violation::AnswerEventsMissing, command.warehouse, command.tenant,
                      what + QStringLiteral(": its events %1..%2 are not all in the chain")
                                 .arg(command.firstSeq)
                                 .arg(command.lastSeq));
            continue;
        }
        bool matched = false;
        QStringList seen;
        for (const StoredEvent& e :
             m_store.eventsBetween(command.warehouse, command.tenant, command.firstSeq, command.lastSeq)) {
            if (e.aggregateType != QLatin1String("order") || e.aggregateId != command.orderId)
                continue;
            seen.append(e.type);
            const QJsonObject payload = parseObject(e.payload);
            for (const EventMatch& match : rule->oneOf)
                if (e.type == match.type &&
                    (match.field.isEmpty() || payload.value(match.field).toString() == match.value))
                    matched = true;
        }
        if (!matched)
            violation(
                Violation::AnswerEventsMismatch, command.warehouse, command.tenant,
                what + QStringLiteral(" ended %1 %2 with [%3]; rule: %4")
                           .arg(command.outcome, command.code, seen.join(QStringLiteral(", ")), rule->doc));
    }
    tx.commit();
}

QJsonObject CentralSim::summary(std::int64_t nowMs)
{
    QJsonArray streams;
    const QList<CommandRow> commands = m_store.allCommands();
    QMap<std::pair<QString, QString>, StreamRow> rows;
    for (const StreamRow& s : m_store.streams())
        rows.insert({s.warehouse, s.tenant}, s);
    for (const CommandRow& c : commands)
        if (!rows.contains({c.warehouse, c.tenant}))
            rows.insert({c.warehouse, c.tenant}, StreamRow{c.warehouse, c.tenant});
    for (const StreamRow& s : rows) {
        QJsonObject outcomes;
        std::int64_t sent = 0;
        std::int64_t resent = 0;
        std::int64_t unanswered = 0;
        for (const CommandRow& c : commands) {
            if (c.warehouse != s.warehouse || c.tenant != s.tenant)
                continue;
            ++sent;
            resent += std::max<std::int64_t>(0, c.sendCount - 1);
            if (c.outcome.isEmpty())
                ++unanswered;
            else
                outcomes.insert(c.outcome, outcomes.value(c.outcome).toInteger() + 1);
        }
        streams.append(QJsonObject{{QStringLiteral("warehouse"), s.warehouse},
                                   {QStringLiteral("tenant"), s.tenant},
                                   {QStringLiteral("cursor"), qint64(s.cursor)},
                                   {QStringLiteral("highestSeen"), qint64(s.highestSeen)},
                                   {QStringLiteral("eventsReceived"), qint64(s.events)},
                                   {QStringLiteral("duplicatesIgnored"), qint64(s.duplicates)},
                                   {QStringLiteral("gapsSeen"), qint64(s.gaps)},
                                   {QStringLiteral("acksSent"), qint64(s.acksSent)},
                                   {QStringLiteral("acksDropped"), qint64(s.acksDropped)},
                                   {QStringLiteral("commandsUpTo"), qint64(s.commandsUpTo)},
                                   {QStringLiteral("commandsSent"), qint64(sent)},
                                   {QStringLiteral("commandsResent"), qint64(resent)},
                                   {QStringLiteral("commandsUnanswered"), qint64(unanswered)},
                                   {QStringLiteral("answers"), outcomes}});
    }
    QJsonObject orders;
    for (const auto& [state, count] : m_store.ordersByState())
        orders.insert(state, qint64(count));
    QJsonArray violations;
    for (const ViolationRow& v : m_store.violations(20))
        violations.append(QJsonObject{{QStringLiteral("kind"), v.kind},
                                      {QStringLiteral("warehouse"), v.warehouse},
                                      {QStringLiteral("tenant"), v.tenant},
                                      {QStringLiteral("detail"), v.detail}});
    const double eventSeconds = double(m_lastEventMs - m_firstEventMs) / 1000.0;
    QJsonObject status;
    for (auto it = m_status.cbegin(); it != m_status.cend(); ++it)
        status.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("streams"), streams},
                       {QStringLiteral("orders"), orders},
                       {QStringLiteral("ordersGenerated"), qint64(m_generated)},
                       {QStringLiteral("violationCount"), qint64(m_store.countViolations())},
                       {QStringLiteral("violations"), violations},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("injected"),
                        QJsonObject{{QStringLiteral("duplicateCommands"), qint64(m_duplicatesInjected)},
                                    {QStringLiteral("reorderedCommands"), qint64(m_reordersInjected)}}},
                       {QStringLiteral("throughput"),
                        QJsonObject{{QStringLiteral("messages"), qint64(m_messages)},
                                    {QStringLiteral("hellos"), qint64(m_hellos)},
                                    {QStringLiteral("eventsApplied"), qint64(m_eventsApplied)},
                                    {QStringLiteral("runSeconds"), double(nowMs - m_startMs) / 1000.0},
                                    {QStringLiteral("eventsPerSecond"),
                                     eventSeconds > 0 ? double(m_eventsApplied) / eventSeconds : 0.0}}},
                       {QStringLiteral("unnumberedDeadLetters"), qint64(m_unnumberedDeadLetters)},
                       {QStringLiteral("sagas"), m_host ? m_host->summary(nowMs) : QJsonObject()}};
}

} // namespace wh::central
