// The machine-checkable wire contract (docs/protocol: JSON Schemas, examples, tools/protocol-validate.py)
// and the C++ codec (sync/Protocol) cannot drift apart: every valid example decodes, every invalid envelope
// is refused with the kind its example names, and what the appliance really writes - events from real
// actions on a real store, and every encoder's output - passes the validator.
#include "Inventory.h"
#include "Picking.h"
#include "Protocol.h"
#include "RateCard.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

using namespace wh;
using namespace wh::protocol;
using wh::test::StoreFixture;

namespace {

const QString kSourceDir = QStringLiteral(WH_SOURCE_DIR);

// One example file: `#` comments, the topic, the compact JSON. Invalid ones say who refuses them in an
// `# expect:` comment: a decode error kind, `topic` (no such topic) or `schema-only` (the envelope decoders
// let it through; the payload or body schema, or the closed envelope, refuses it).
struct Example
{
    QString name;
    QString topic;
    QByteArray json;
    QString expect;
};

QList<Example> examples(const QString& folder)
{
    QList<Example> out;
    const QDir dir(kSourceDir + QStringLiteral("/docs/protocol/examples/") + folder);
    for (const QString& name : dir.entryList({QStringLiteral("*.msg")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        Example e;
        e.name = name;
        QList<QByteArray> body;
        for (const QByteArray& line : file.readAll().split('\n')) {
            if (line.startsWith('#')) {
                const QByteArray comment = line.mid(1).trimmed();
                if (comment.startsWith("expect:"))
                    e.expect = QString::fromUtf8(comment.mid(7).trimmed());
            } else if (!line.trimmed().isEmpty()) {
                body.append(line);
            }
        }
        INFO(name.toStdString());
        REQUIRE(body.size() == 2);
        e.topic = QString::fromUtf8(body[0].trimmed());
        e.json = body[1];
        out.append(e);
    }
    return out;
}

template <typename T> std::optional<DecodeError> refusal(const Decoded<T>& decoded)
{
    if (const auto* e = std::get_if<DecodeError>(&decoded))
        return *e;
    return std::nullopt;
}

// The decoder the receiving side runs for the topic's channel.
std::optional<DecodeError> decode(const QByteArray& json, const TopicParts& topic)
{
    switch (topic.channel) {
    case Channel::Events:
        return refusal(decodeEvents(json, topic));
    case Channel::Acks:
        return refusal(decodeAck(json, topic));
    case Channel::Commands:
        return refusal(decodeCommand(json, topic));
    case Channel::CommandAcks:
        return refusal(decodeCommandAck(json, topic));
    case Channel::Hello:
        return refusal(decodeHello(json, topic));
    case Channel::Status:
        return refusal(decodeStatus(json, topic));
    }
    return DecodeError{};
}

struct Validation
{
    int exitCode = -1;
    QString output;
};

// Runs the validator on a capture file (topic<TAB>json a line), as a central team would.
Validation validate(const QString& capture)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("/usr/bin/python3"),
                  {kSourceDir + QStringLiteral("/tools/protocol-validate.py"), capture});
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return {-1, QStringLiteral("the validator did not finish: ") + process.errorString()};
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE("every valid protocol example decodes with the appliance's decoders", "[sync][contract]")
{
    const QList<Example> valid = examples({});
    REQUIRE(valid.size() >= 40); // one per message kind, event type and command type
    QSet<Channel> channels;
    for (const Example& e : valid) {
        INFO(e.name.toStdString());
        const auto topic = parseTopic(e.topic);
        REQUIRE(topic);
        channels.insert(topic->channel);
        const auto refused = decode(e.json, *topic);
        INFO((refused ? refused->message : QString()).toStdString());
        CHECK_FALSE(refused);
    }
    CHECK(channels.size() == 6);
}

TEST_CASE("every invalid protocol example is refused where its example says", "[sync][contract]")
{
    const QList<Example> invalid = examples(QStringLiteral("invalid"));
    REQUIRE(invalid.size() >= 40);
    int refusedByDecoders = 0;
    for (const Example& e : invalid) {
        INFO(e.name.toStdString() + " expects " + e.expect.toStdString());
        REQUIRE_FALSE(e.expect.isEmpty());
        const auto topic = parseTopic(e.topic);
        if (e.expect == QStringLiteral("topic")) {
            CHECK_FALSE(topic);
            continue;
        }
        REQUIRE(topic);
        const auto refused = decode(e.json, *topic);
        if (e.expect == QStringLiteral("schema-only")) {
            // The envelope decoders let it through: only the schema layer refuses it. When a decoder grows
            // stricter, the example's `expect` changes with it.
            CHECK_FALSE(refused);
            continue;
        }
        REQUIRE(refused);
        INFO(refused->message.toStdString());
        CHECK(decodeErrorKindName(refused->kind) == e.expect);
        ++refusedByDecoders;
    }
    CHECK(refusedByDecoders >= 20);
}

TEST_CASE("what the appliance writes passes the contract: real events and every encoder", "[sync][contract]")
{
    StoreFixture f;
    db::Store& store = f.store();
    const Actor& actor = f.actor();
    const TenantContext acme = f.addTenant(QStringLiteral("acme"));
    const QString sku = QStringLiteral("ACME-SKU1");
    // A range whose low-water mark the first shipment crosses: TrackingRangeLow too.
    WH_REQUIRE_OK(test::configureShipping(store, acme, actor, 1000, 999));

    // Real actions: each writes the payloads the core builds, exactly as the outbox sends them.
    WH_REQUIRE_OK(store.receive(acme, actor, {sku, QStringLiteral("ACME-PICK"), {}, {}, 5}));  // LowStock
    WH_REQUIRE_OK(store.receive(acme, actor, {sku, QStringLiteral("ACME-BULK"), {}, {}, 20})); // cleared
    WH_REQUIRE_OK(
        store.adjust(acme, actor, {sku, QStringLiteral("ACME-BULK"), {}, {}, -1, AdjustReason::Damaged}));
    const auto order = [&](const QString& id, std::int64_t quantity) {
        Order o;
        o.id = id;
        o.status = OrderStatus::Paid;
        o.lines = {OrderLine{1, sku, quantity, Money::fromMinor(1000)}};
        o.service = QStringLiteral("Standard");
        o.promisedDate = test::fixedNow().date().addDays(5);
        o.shipTo = test::testAddress(id);
        return o;
    };
    const auto plan = [&](const QString& orderId) {
        auto planned = store.planPicking(acme, actor, {PickStrategy::Single, 8, {orderId}});
        WH_REQUIRE_OK(planned);
        QList<PickTask> tasks;
        for (const RecordedEvent& e : planned->events)
            if (e.type == EventType::PickTaskCreated)
                tasks.append(store.pickTask(acme, e.aggregateId).value());
        REQUIRE_FALSE(tasks.isEmpty());
        return tasks;
    };
    WH_REQUIRE_OK(store.reserve(acme, actor, order(QStringLiteral("SO-1"), 2)));
    for (const PickTask& task : plan(QStringLiteral("SO-1"))) {
        for (const PickTaskLine& l : task.lines)
            WH_REQUIRE_OK(store.confirmPick(acme, actor,
                                            {task.id, l.seqNo, l.key.location,
                                             ScannedItem{l.key.sku, l.key.lot, l.expiry}, l.open(),
                                             QStringLiteral("TOTE-1")}));
    }
    WH_REQUIRE_OK(test::packAndShip(store, acme, actor, QStringLiteral("SO-1")));
    WH_REQUIRE_OK(
        store.cancelOrder(acme, actor, QStringLiteral("SO-1"), QStringLiteral("too late"))); // CancelRejected
    CHECK_FALSE(store
                    .modifyOrder(acme, actor,
                                 {QStringLiteral("SO-1"),
                                  {OrderLine{1, sku, 3, Money::fromMinor(1000)}},
                                  QStringLiteral("one more")})
                    .ok()); // ModifyRejected
    CHECK_FALSE(
        store.reserve(acme, actor, order(QStringLiteral("SO-2"), 40)).ok()); // 22 left: ReservationFailed
    WH_REQUIRE_OK(store.reserve(acme, actor, order(QStringLiteral("SO-3"), 1)));
    WH_REQUIRE_OK(store.cancelOrder(acme, actor, QStringLiteral("SO-3"),
                                    QStringLiteral("customer changed their mind")));
    WH_REQUIRE_OK(store.reserve(acme, actor, order(QStringLiteral("SO-4"), 1)));
    WH_REQUIRE_OK(store.modifyOrder(acme, actor,
                                    {QStringLiteral("SO-4"),
                                     {OrderLine{1, sku, 2, Money::fromMinor(1000)}},
                                     QStringLiteral("customer wants two")}));
    WH_REQUIRE_OK(store.reserve(acme, actor, order(QStringLiteral("SO-5"), 1)));
    WH_REQUIRE_OK(store.release(acme, actor, {QStringLiteral("SO-5"), QStringLiteral("payment failed")}));

    // A short pick with no stock elsewhere (the central service re-routes the rest), then the order is
    // cancelled and its picked unit goes back to the shelf.
    Sku rare;
    rare.code = QStringLiteral("ACME-RARE");
    rare.weightGrams = 250;
    WH_REQUIRE_OK(store.defineSku(acme, actor, rare));
    WH_REQUIRE_OK(store.receive(acme, actor, {rare.code, QStringLiteral("ACME-PICK"), {}, {}, 3}));
    Order scarce = order(QStringLiteral("SO-6"), 3);
    scarce.lines[0].sku = rare.code;
    WH_REQUIRE_OK(store.reserve(acme, actor, scarce));
    const PickTask shortTask = plan(QStringLiteral("SO-6")).first();
    // Forced by a picker with a supervisor's approval: every event it writes names the approver
    // (approvedBy), and every one of them must pass its schema.
    const Actor approvedPicker{QStringLiteral("pia"), QStringLiteral("station-1"), Role::Picker,
                               Approval{QStringLiteral("sam"), Role::Supervisor}};
    auto forcedShort = store.reportShort(
        acme, approvedPicker, {shortTask.id, shortTask.lines.first().seqNo, 1, QStringLiteral("TOTE-6")});
    WH_REQUIRE_OK(forcedShort);
    int approvedCloudBound = 0;
    for (const RecordedEvent& e : forcedShort->events)
        if (EventType::isCloudBound(e.type) && e.payloadObject().contains(QStringLiteral("approvedBy")))
            ++approvedCloudBound;
    CHECK(approvedCloudBound >= 2); // PickShort and what follows from it (the write-off, the shortfall)
    WH_REQUIRE_OK(
        store.cancelOrder(acme, actor, QStringLiteral("SO-6"), QStringLiteral("cannot ship in full")));
    WH_REQUIRE_OK(
        store.putBack(acme, actor, {QStringLiteral("SO-6"), rare.code, {}, QStringLiteral("ACME-PICK"), 1}));

    // The stock snapshot the central service routes orders by.
    WH_REQUIRE_OK(store.takeSnapshot(acme, actor));
    // Stock control: a count posted with a supervisor's approval (StockAdjusted with countId and approvedBy),
    // a scrap, and a return of the shipped order (Restocked, ReturnReceived).
    {
        const QString bulk = QStringLiteral("ACME-BULK");
        auto count = store.createCount(acme, actor, {{bulk}, {}});
        WH_REQUIRE_OK(count);
        const QString countId = count->events.first().aggregateId;
        const auto onHand = store.stockInLocation(acme, bulk);
        WH_REQUIRE_OK(onHand);
        REQUIRE(onHand->size() == 1);
        const Actor counter{QStringLiteral("cora"), QStringLiteral("station-2"), Role::Counter,
                            Approval{QStringLiteral("sam"), Role::Supervisor}};
        WH_REQUIRE_OK(store.recordCountLine(acme, counter,
                                            {countId, bulk, sku, {}, onHand->first().level.onHand - 3, {}}));
        WH_REQUIRE_OK(store.submitCount(acme, counter, countId)); // beyond the default tolerance of 0
        WH_REQUIRE_OK(store.approveCount(acme, counter, countId, QStringLiteral("recounted")));
        WH_REQUIRE_OK(store.scrap(acme, actor, {sku, bulk, {}, 1, ScrapReason::Damaged}));
        auto opened = store.openReturn(acme, actor, {QStringLiteral("SO-1"), {}});
        WH_REQUIRE_OK(opened);
        const QString returnId = opened->events.first().aggregateId;
        WH_REQUIRE_OK(store.receiveReturnItem(
            acme, actor,
            {returnId, sku, {}, {}, 1, ReturnDisposition::Restock, QStringLiteral("ACME-PICK")}));
        WH_REQUIRE_OK(store.receiveReturnItem(
            acme, actor,
            {returnId, sku, {}, {}, 1, ReturnDisposition::Quarantine, QStringLiteral("ACME-QA")}));
        WH_REQUIRE_OK(store.closeReturn(acme, actor, returnId));
    }
    // Receiving: an ASN received with a pallet, a missing line and an item nobody knows (ReceiptPosted with
    // over, under and unknown, and the StockReceived that carry the receipt's id).
    Asn asn;
    asn.id = QStringLiteral("ASN-1");
    asn.supplier = QStringLiteral("Trail Bottles Ltd");
    asn.expectedDate = test::fixedNow().date();
    const QString pallet = QStringLiteral("340123450000000017");
    asn.lines = {AsnLine{1, sku, 6, {}, {}, pallet}, AsnLine{2, rare.code, 2, {}, {}, {}}};
    WH_REQUIRE_OK(store.registerAsn(acme, Actor{}, asn));
    auto opened = store.openReceipt(acme, actor, {QStringLiteral("ACME-RCV"), asn.id});
    WH_REQUIRE_OK(opened);
    const QString receiptId =
        opened->events.first().payloadObject().value(QStringLiteral("receiptId")).toString();
    WH_REQUIRE_OK(store.scanReceipt(acme, actor, {receiptId, pallet, {}, {}, {}, {}, 1}));
    WH_REQUIRE_OK(store.scanReceipt(acme, actor, {receiptId, {}, sku, {}, {}, QStringLiteral("SN-1"), 1}));
    WH_REQUIRE_OK(
        store.scanReceipt(acme, actor, {receiptId, {}, QStringLiteral("04006381333931"), {}, {}, {}, 2}));
    WH_REQUIRE_OK(store.postReceipt(acme, actor, receiptId));

    auto pending = store.outbox().pendingAfter(0, 1000);
    WH_REQUIRE_OK(pending);
    QSet<QString> types;
    QList<QByteArray> lines;
    const auto line = [&](const QString& where, const QByteArray& json) {
        lines.append(where.toUtf8() + '\t' + json);
    };
    // Batches of up to five, as the engine sends them: each event's prev names the one before it.
    QList<WireEvent> batch;
    const QString eventsTopic = topic(QStringLiteral("wh-1"), QStringLiteral("acme"), Channel::Events);
    for (const db::PendingEvent& p : *pending) {
        types.insert(p.type);
        batch.append(WireEvent{p.seq, p.prevSeq, p.eventId, p.type, p.aggregateType, p.aggregateId, p.version,
                               p.occurredAtMs, p.userId, p.deviceId, p.payload});
        if (batch.size() == 5) {
            line(eventsTopic, encodeEvents(QStringLiteral("wh-1"), QStringLiteral("acme"), batch));
            batch.clear();
        }
    }
    if (!batch.isEmpty())
        line(eventsTopic, encodeEvents(QStringLiteral("wh-1"), QStringLiteral("acme"), batch));
    for (const QString& type :
         {EventType::StockReceived,    EventType::StockAdjusted,        EventType::LowStock,
          EventType::LowStockCleared,  EventType::InventoryReserved,    EventType::ReservationReleased,
          EventType::PickStarted,      EventType::StockPicked,          EventType::PickCompleted,
          EventType::Packed,           EventType::ShipmentCreated,      EventType::ShipmentConfirmed,
          EventType::TrackingRangeLow, EventType::OrderStatusChanged,   EventType::CancelRejected,
          EventType::ModifyRejected,   EventType::ReservationFailed,    EventType::OrderModified,
          EventType::PickShort,        EventType::ReservationShortfall, EventType::StockPutBack,
          EventType::StockSnapshot,    EventType::ReceiptPosted}) {
        INFO(type.toStdString());
        CHECK(types.contains(type));
    }

    // Stock control's cloud-bound events.
    for (const QString& type : {EventType::StockScrapped, EventType::Restocked, EventType::ReturnReceived}) {
        INFO(type.toStdString());
        CHECK(types.contains(type));
    }

    // Every other encoder.
    line(topic(QStringLiteral("wh-1"), QStringLiteral("acme"), Channel::Acks),
         encodeAck(Ack{QStringLiteral("acme"), pending->last().seq}));
    line(topic(QStringLiteral("wh-1"), QStringLiteral("acme"), Channel::Hello),
         encodeHello(Hello{QStringLiteral("wh-1"), QStringLiteral("acme"), QStringLiteral("session-1"), 7,
                           pending->last().seq, pending->first().seq, 1772442000000}));
    line(topic(QStringLiteral("wh-1"), QStringLiteral("acme"), Channel::CommandAcks),
         encodeCommandAck(CommandAck{
             QStringLiteral("wh-1"),
             QStringLiteral("acme"),
             9,
             {CommandResult{7, QStringLiteral("cmd-7"), CommandOutcomeKind::Applied, {}, {}, 40, 41},
              CommandResult{8, QStringLiteral("cmd-8"), CommandOutcomeKind::Refused,
                            QStringLiteral("insufficient_stock"), QStringLiteral("Short by 3."), 42, 42},
              CommandResult{0,
                            {},
                            CommandOutcomeKind::DeadLetter,
                            QStringLiteral("malformed"),
                            QStringLiteral("not JSON"),
                            0,
                            0},
              CommandResult{9, QStringLiteral("cmd-9"), CommandOutcomeKind::Duplicate, {}, {}, 0, 0}}}));
    line(topic(QStringLiteral("wh-1"), QStringLiteral("acme"), Channel::CommandAcks),
         encodeCommandAck(CommandAck{QStringLiteral("wh-1"), QStringLiteral("acme"), 9, {}}));
    line(statusTopic(QStringLiteral("wh-1")), encodeStatus(protocol::Status{QStringLiteral("wh-1"),
                                                                            true,
                                                                            {},
                                                                            QStringLiteral("session-1"),
                                                                            1772442000000,
                                                                            QStringLiteral("0.9.0")}));
    line(statusTopic(QStringLiteral("wh-1")),
         encodeStatus(protocol::Status{QStringLiteral("wh-1"), false, QStringLiteral("connection_lost"),
                                       QStringLiteral("session-1"), 0, QStringLiteral("0.9.0")}));

    // A command of each type, the bodies written by the appliance's own serialisers where it has them.
    Order reserve = order(QStringLiteral("SO-9"), 2);
    QJsonObject reserveBody = Inventory::orderToJson(reserve);
    reserveBody.remove(
        QStringLiteral("valueMinor")); // the appliance computes it; the command has no such field
    Sku definedSku;
    definedSku.code = QStringLiteral("ACME-2002");
    definedSku.gtin = QStringLiteral("04012345000014");
    definedSku.lotTracked = true;
    const auto card = RateCard::fromJson(QJsonDocument::fromJson(R"({"carrier": "UPS", "service": "Ground",
        "level": "Standard", "transitDaysMin": 3, "transitDaysMax": 5, "cutOff": "17:00",
        "bands": [{"fromGrams": 0, "toGrams": 1000, "priceMinor": 895},
                  {"fromGrams": 1001, "toGrams": 5000, "priceMinor": 1250}]})")
                                             .object());
    WH_REQUIRE_OK(card);
    const QList<std::pair<CommandType, QJsonObject>> commands{
        {CommandType::ReserveInventory, reserveBody},
        {CommandType::CancelOrder,
         {{QStringLiteral("orderId"), QStringLiteral("SO-9")},
          {QStringLiteral("reason"), QStringLiteral("fraud")}}},
        {CommandType::ReleaseReservation,
         {{QStringLiteral("orderId"), QStringLiteral("SO-9")},
          {QStringLiteral("reason"), QStringLiteral("unpaid")}}},
        {CommandType::ModifyOrder,
         {{QStringLiteral("orderId"), QStringLiteral("SO-9")},
          {QStringLiteral("lines"), Inventory::linesToJson(reserve.lines)},
          {QStringLiteral("reason"), QStringLiteral("address change")}}},
        {CommandType::DefineSku, Inventory::skuToJson(definedSku)},
        {CommandType::DefineRateCard, card->toJson()},
        {CommandType::AdvanceShippingNotice, Receiving::asnToJson(asn)},
        {CommandType::CreateRma,
         {{QStringLiteral("rmaId"), QStringLiteral("RMA-1")},
          {QStringLiteral("orderId"), QStringLiteral("SO-9")},
          {QStringLiteral("reason"), QStringLiteral("cancelled after shipping")},
          {QStringLiteral("lines"),
           QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("ACME-SKU1")},
                                  {QStringLiteral("quantity"), 2}}}}}},
    };
    std::int64_t number = 0;
    for (const auto& [type, body] : commands) {
        ++number;
        line(topic(QStringLiteral("wh-1"), QStringLiteral("acme"), Channel::Commands),
             encodeCommand(Command{QStringLiteral("acme"), number, QStringLiteral("cmd-%1").arg(number), type,
                                   compact(body)}));
    }

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString capture = dir.filePath(QStringLiteral("capture.txt"));
    QFile file(capture);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(lines.join('\n') + '\n');
    file.close();
    const Validation passed = validate(capture);
    INFO(passed.output.toStdString());
    CHECK(passed.exitCode == 0);
    CHECK(passed.output.trimmed() == QStringLiteral("OK %1 messages").arg(lines.size()));

    // The same capture with one message spoilt: the validator notices, names the line, and fails.
    QJsonObject spoilt = QJsonDocument::fromJson(encodeAck(Ack{QStringLiteral("acme"), 1})).object();
    spoilt.insert(QStringLiteral("upTo"), -1);
    REQUIRE(file.open(QIODevice::Append));
    file.write(topic(QStringLiteral("wh-1"), QStringLiteral("acme"), Channel::Acks).toUtf8() + '\t' +
               compact(spoilt) + '\n');
    file.close();
    const Validation failed = validate(capture);
    INFO(failed.output.toStdString());
    CHECK(failed.exitCode == 1);
    CHECK(failed.output.contains(QStringLiteral(":%1: wh/v1/wh-1/acme/acks: $.upTo:").arg(lines.size() + 1)));
}
