// The inbox on a real store file, without the network: numbered commands applied once and in order, what a
// duplicate, a gap and every kind of bad message do (dead letters that never block what follows), and the
// cursor that commits with the command's effects.
#include "Inbox.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace wh;
using wh::protocol::CommandOutcomeKind;
using wh::sync::Inbox;
using wh::test::dumpDatabase;
using wh::test::StoreFixture;

namespace {

const QString kWarehouse = QStringLiteral("wh-1");

QString commandsTopic(const QString& tenant)
{
    return protocol::topic(kWarehouse, tenant, protocol::Channel::Commands);
}

QByteArray command(const QString& tenant, std::int64_t number, const QString& id, const QString& type,
                   const QJsonObject& body)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("v"), 1},
                                     {QStringLiteral("kind"), QStringLiteral("command")},
                                     {QStringLiteral("tenant"), tenant},
                                     {QStringLiteral("number"), qint64(number)},
                                     {QStringLiteral("id"), id},
                                     {QStringLiteral("type"), type},
                                     {QStringLiteral("body"), body}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject order(const QString& id, std::int64_t quantity, const QString& sku = QStringLiteral("ACME-SKU1"))
{
    return QJsonObject{
        {QStringLiteral("orderId"), id},
        {QStringLiteral("status"), QStringLiteral("Paid")},
        {QStringLiteral("service"), QStringLiteral("Standard")},
        {QStringLiteral("promisedDate"), QStringLiteral("2026-03-09")},
        {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("lineNo"), 1},
                                                         {QStringLiteral("sku"), sku},
                                                         {QStringLiteral("quantity"), qint64(quantity)},
                                                         {QStringLiteral("unitPriceMinor"), 1000}}}}};
}

struct InboxFixture
{
    StoreFixture f;
    TenantContext acme{QStringLiteral("acme")};
    Inbox inbox{f.store(), kWarehouse,
                Actor{QStringLiteral("central"), QStringLiteral("sync"), Role::System, {}}};

    InboxFixture()
    {
        acme = f.addTenant(QStringLiteral("acme"));
        f.addTenant(QStringLiteral("globex"));
        WH_REQUIRE_OK(f.store().receive(
            acme, f.actor(), {QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-PICK"), {}, {}, 20}));
    }

    sync::InboxResult handle(const QString& tenant, const QByteArray& message)
    {
        auto result = inbox.handle(commandsTopic(tenant), message);
        INFO((result.ok() ? QString() : result.error().toString()).toStdString());
        REQUIRE(result.ok());
        return *result;
    }
    std::int64_t cursor(const QString& tenant)
    {
        auto c = f.store().commandCursor(tenant);
        REQUIRE(c.ok());
        return *c;
    }
};

} // namespace

TEST_CASE("numbered commands apply in order, and a redelivery is a duplicate that writes nothing",
          "[sync][inbox]")
{
    InboxFixture x;
    const auto first =
        x.handle(QStringLiteral("acme"),
                 command(QStringLiteral("acme"), 1, QStringLiteral("c-1"), QStringLiteral("ReserveInventory"),
                         order(QStringLiteral("SO-1"), 3)));
    CHECK(first.result.outcome == CommandOutcomeKind::Applied);
    CHECK(first.cursor == 1);
    CHECK(first.result.firstSeq > 0);
    CHECK_FALSE(first.gap);
    auto reservation = x.f.store().reservation(x.acme, QStringLiteral("SO-1"));
    REQUIRE(reservation.ok());

    const QString before = dumpDatabase(x.f.store().connection());
    const auto again =
        x.handle(QStringLiteral("acme"),
                 command(QStringLiteral("acme"), 1, QStringLiteral("c-1"), QStringLiteral("ReserveInventory"),
                         order(QStringLiteral("SO-1"), 3)));
    CHECK(again.result.outcome == CommandOutcomeKind::Duplicate);
    CHECK(again.result.firstSeq == first.result.firstSeq); // the first answer, told again
    CHECK(again.cursor == 1);
    CHECK(dumpDatabase(x.f.store().connection()) == before);

    const auto second =
        x.handle(QStringLiteral("acme"),
                 command(QStringLiteral("acme"), 2, QStringLiteral("c-2"), QStringLiteral("CancelOrder"),
                         QJsonObject{{QStringLiteral("orderId"), QStringLiteral("SO-1")},
                                     {QStringLiteral("reason"), QStringLiteral("customer")}}));
    CHECK(second.result.outcome == CommandOutcomeKind::Applied);
    CHECK(x.cursor(QStringLiteral("acme")) == 2);
    CHECK(x.cursor(QStringLiteral("globex")) == 0); // each tenant has its own stream
    auto cancelled = x.f.store().order(x.acme, QStringLiteral("SO-1"));
    REQUIRE(cancelled.ok());
    CHECK(cancelled->status == OrderStatus::Cancelled);
}

TEST_CASE("a command ahead of a gap writes nothing and asks for the missing ones", "[sync][inbox]")
{
    InboxFixture x;
    const QString before = dumpDatabase(x.f.store().connection());
    const auto ahead =
        x.handle(QStringLiteral("acme"),
                 command(QStringLiteral("acme"), 3, QStringLiteral("c-3"), QStringLiteral("ReserveInventory"),
                         order(QStringLiteral("SO-3"), 1)));
    CHECK(ahead.gap);
    CHECK(ahead.cursor == 0);
    CHECK(dumpDatabase(x.f.store().connection()) == before);
}

TEST_CASE("a refusal is the command's answer: recorded, the cursor moves on, a redelivery gets it again",
          "[sync][inbox]")
{
    InboxFixture x;
    const auto refused =
        x.handle(QStringLiteral("acme"),
                 command(QStringLiteral("acme"), 1, QStringLiteral("c-1"), QStringLiteral("ReserveInventory"),
                         order(QStringLiteral("SO-9"), 1, QStringLiteral("NO-SUCH-SKU"))));
    CHECK(refused.result.outcome == CommandOutcomeKind::Refused);
    CHECK(refused.result.code == QStringLiteral("unknown_sku"));
    CHECK(refused.cursor == 1);
    const auto again =
        x.handle(QStringLiteral("acme"),
                 command(QStringLiteral("acme"), 1, QStringLiteral("c-1"), QStringLiteral("ReserveInventory"),
                         order(QStringLiteral("SO-9"), 1, QStringLiteral("NO-SUCH-SKU"))));
    CHECK(again.result.outcome == CommandOutcomeKind::Duplicate);
    CHECK(again.result.code == QStringLiteral("unknown_sku"));

    // An answered refusal: ReservationFailed goes out, recorded with the command.
    const auto failed =
        x.handle(QStringLiteral("acme"),
                 command(QStringLiteral("acme"), 2, QStringLiteral("c-2"), QStringLiteral("ReserveInventory"),
                         order(QStringLiteral("SO-10"), 30)));
    CHECK(failed.result.outcome == CommandOutcomeKind::Refused);
    CHECK(failed.result.code == QStringLiteral("insufficient_stock"));
    CHECK(failed.result.firstSeq > 0);
}

TEST_CASE("every kind of bad command is dead-lettered with its reason and never blocks the next",
          "[sync][inbox]")
{
    InboxFixture x;
    struct Case
    {
        const char* name;
        QByteArray message;
        QString kind;
        std::int64_t number; // 0: the number cannot be read, so the cursor cannot move
    };
    const QJsonObject anOrder = order(QStringLiteral("SO-X"), 1);
    QByteArray wrongVersion = command(QStringLiteral("acme"), 2, QStringLiteral("c-2"),
                                      QStringLiteral("ReserveInventory"), anOrder);
    wrongVersion.replace("\"v\":1", "\"v\":2");
    const QList<Case> cases{
        {"not JSON", QByteArray("{\"v\":1,\"kind\":\"command\",\"number\":"), QStringLiteral("malformed"), 0},
        {"a known envelope with a bad body",
         command(QStringLiteral("acme"), 1, QStringLiteral("c-1"), QStringLiteral("ReserveInventory"),
                 QJsonObject{{QStringLiteral("orderId"), 42}}),
         QStringLiteral("malformed"), 1},
        {"another version", wrongVersion, QStringLiteral("unsupported_version"), 2},
        {"an unknown command type",
         command(QStringLiteral("acme"), 3, QStringLiteral("c-3"), QStringLiteral("TeleportStock"), anOrder),
         QStringLiteral("unknown_kind"), 3},
        {"another tenant's envelope on this tenant's topic",
         command(QStringLiteral("globex"), 4, QStringLiteral("c-4"), QStringLiteral("ReserveInventory"),
                 anOrder),
         QStringLiteral("wrong_tenant"), 4},
        {"a line quantity that is not a number",
         command(QStringLiteral("acme"), 5, QStringLiteral("c-5"), QStringLiteral("ModifyOrder"),
                 QJsonObject{{QStringLiteral("orderId"), QStringLiteral("SO-1")},
                             {QStringLiteral("lines"),
                              QJsonArray{QJsonObject{{QStringLiteral("lineNo"), 1},
                                                     {QStringLiteral("sku"), QStringLiteral("ACME-SKU1")},
                                                     {QStringLiteral("quantity"), QStringLiteral("two")}}}}}),
         QStringLiteral("malformed"), 5},
    };
    std::int64_t expectedLetters = 0;
    for (const Case& c : cases) {
        INFO(c.name);
        const auto result = x.handle(QStringLiteral("acme"), c.message);
        CHECK(result.result.outcome == CommandOutcomeKind::DeadLetter);
        CHECK(result.result.code == c.kind);
        CHECK_FALSE(result.result.message.isEmpty());
        CHECK(result.result.number == c.number);
        ++expectedLetters;
        if (c.number > 0)
            CHECK(x.cursor(QStringLiteral("acme")) == c.number);
    }
    auto letters = x.f.store().deadLetters(100);
    REQUIRE(letters.ok());
    CHECK(letters->size() == expectedLetters);
    CHECK(letters->first().topic == commandsTopic(QStringLiteral("acme")));
    CHECK_FALSE(letters->first().message.isEmpty());

    // What follows the dead letters applies.
    const auto next = x.handle(QStringLiteral("acme"),
                               command(QStringLiteral("acme"), 6, QStringLiteral("c-6"),
                                       QStringLiteral("ReserveInventory"), order(QStringLiteral("SO-6"), 2)));
    CHECK(next.result.outcome == CommandOutcomeKind::Applied);
    CHECK(next.cursor == 6);
    // A redelivery of a dead-lettered number is a duplicate that says why it was dead-lettered.
    const auto redelivered = x.handle(QStringLiteral("acme"), cases[3].message);
    CHECK(redelivered.result.outcome == CommandOutcomeKind::Duplicate);
}

TEST_CASE("a command for a tenant this appliance does not serve is dead-lettered", "[sync][inbox]")
{
    InboxFixture x;
    const auto result =
        x.handle(QStringLiteral("initech"),
                 command(QStringLiteral("initech"), 1, QStringLiteral("i-1"),
                         QStringLiteral("ReserveInventory"), order(QStringLiteral("SO-1"), 1)));
    CHECK(result.result.outcome == CommandOutcomeKind::DeadLetter);
    CHECK(result.result.code == QStringLiteral("unknown_tenant"));
    auto tenant = x.f.store().tenant(QStringLiteral("initech"));
    CHECK_FALSE(tenant.ok()); // nothing of it was created
}

TEST_CASE("a command id already used by another tenant is refused in that tenant's stream", "[sync][inbox]")
{
    InboxFixture x;
    x.handle(QStringLiteral("acme"),
             command(QStringLiteral("acme"), 1, QStringLiteral("shared-id"),
                     QStringLiteral("ReserveInventory"), order(QStringLiteral("SO-1"), 1)));
    const auto other = x.handle(QStringLiteral("globex"),
                                command(QStringLiteral("globex"), 1, QStringLiteral("shared-id"),
                                        QStringLiteral("CancelOrder"),
                                        QJsonObject{{QStringLiteral("orderId"), QStringLiteral("SO-1")}}));
    CHECK(other.result.outcome == CommandOutcomeKind::Refused);
    CHECK(other.result.code == QStringLiteral("foreign_tenant"));
    CHECK(other.cursor == 1);
    auto order = x.f.store().order(x.acme, QStringLiteral("SO-1"));
    REQUIRE(order.ok());
    CHECK(order->status != OrderStatus::Cancelled); // acme's order is untouched
}

TEST_CASE("master data and advance shipping notices arrive as commands", "[sync][inbox]")
{
    InboxFixture x;
    const auto sku =
        x.handle(QStringLiteral("acme"),
                 command(QStringLiteral("acme"), 1, QStringLiteral("c-1"), QStringLiteral("DefineSku"),
                         QJsonObject{{QStringLiteral("code"), QStringLiteral("ACME-NEW")},
                                     {QStringLiteral("description"), QStringLiteral("New item")},
                                     {QStringLiteral("weightGrams"), 120}}));
    CHECK(sku.result.outcome == CommandOutcomeKind::Applied);
    auto defined = x.f.store().sku(x.acme, QStringLiteral("ACME-NEW"));
    REQUIRE(defined.ok());
    CHECK(defined->unit == QStringLiteral("each"));
    CHECK(defined->weightGrams == 120);

    const auto asnBody = [](const QString& id, const QJsonValue& quantity, const QString& sku) {
        return QJsonObject{
            {QStringLiteral("asnId"), id},
            {QStringLiteral("supplier"), QStringLiteral("Trail Bottles Ltd")},
            {QStringLiteral("expectedDate"), QStringLiteral("2026-03-10")},
            {QStringLiteral("lines"),
             QJsonArray{QJsonObject{{QStringLiteral("sku"), sku}, {QStringLiteral("quantity"), quantity}},
                        QJsonObject{{QStringLiteral("sku"), QStringLiteral("ACME-NEW")},
                                    {QStringLiteral("quantity"), 5},
                                    {QStringLiteral("sscc"), QStringLiteral("106141410000000019")}}}}};
    };
    const auto asn = x.handle(QStringLiteral("acme"),
                              command(QStringLiteral("acme"), 2, QStringLiteral("c-2"),
                                      QStringLiteral("AdvanceShippingNotice"),
                                      asnBody(QStringLiteral("ASN-1"), 48, QStringLiteral("ACME-SKU1"))));
    CHECK(asn.result.outcome == CommandOutcomeKind::Applied);
    CHECK(asn.result.firstSeq > 0);
    auto registered = x.f.store().asn(x.acme, QStringLiteral("ASN-1"));
    REQUIRE(registered.ok());
    REQUIRE(registered->asn.lines.size() == 2);
    CHECK(registered->asn.lines[0].quantity == 48);
    CHECK(registered->asn.lines[1].sscc == QStringLiteral("106141410000000019"));
    CHECK(x.f.store().asn(x.acme, QStringLiteral("ASN-1"))->status == AsnStatus::Open);

    // The same notice under a new command: refused, the first one stands.
    const auto again = x.handle(QStringLiteral("acme"),
                                command(QStringLiteral("acme"), 3, QStringLiteral("c-3"),
                                        QStringLiteral("AdvanceShippingNotice"),
                                        asnBody(QStringLiteral("ASN-1"), 7, QStringLiteral("ACME-SKU1"))));
    CHECK(again.result.outcome == CommandOutcomeKind::Refused);
    CHECK(again.result.code == QStringLiteral("already_exists"));
    CHECK(x.f.store().asn(x.acme, QStringLiteral("ASN-1"))->asn.lines[0].quantity == 48);
    const auto unknown = x.handle(
        QStringLiteral("acme"),
        command(QStringLiteral("acme"), 4, QStringLiteral("c-4"), QStringLiteral("AdvanceShippingNotice"),
                asnBody(QStringLiteral("ASN-2"), 7, QStringLiteral("GLOBEX-SKU1"))));
    CHECK(unknown.result.outcome == CommandOutcomeKind::Refused);
    CHECK(unknown.result.code == QStringLiteral("unknown_sku"));
    CHECK(unknown.result.message.contains(QStringLiteral("Line 1 of ASN ASN-2")));
    CHECK(x.f.store().asn(x.acme, QStringLiteral("ASN-2")).error().code == ErrorCode::UnknownAsn);
    // A body of the wrong shape is dead-lettered with the field named; the stream goes on.
    const auto malformed = x.handle(
        QStringLiteral("acme"),
        command(QStringLiteral("acme"), 5, QStringLiteral("c-5"), QStringLiteral("AdvanceShippingNotice"),
                asnBody(QStringLiteral("ASN-3"), QStringLiteral("48"), QStringLiteral("ACME-SKU1"))));
    CHECK(malformed.result.outcome == CommandOutcomeKind::DeadLetter);
    CHECK(malformed.result.code == QStringLiteral("malformed"));
    CHECK(malformed.result.message.contains(QStringLiteral("lines[1].\"quantity\" must be a whole number")));
    CHECK(malformed.cursor == 5);
    // Another tenant's stream knows nothing of acme's notice.
    CHECK(x.f.store().asn(TenantContext(QStringLiteral("globex")), QStringLiteral("ASN-1")).error().code ==
          ErrorCode::UnknownAsn);
}

TEST_CASE("a cancellation through the inbox voids a printed label like the floor's cancel", "[sync][inbox]")
{
    InboxFixture x;
    WH_REQUIRE_OK(test::configureShipping(x.f.store(), x.acme, x.f.actor()));
    QJsonObject o = order(QStringLiteral("SO-L"), 2);
    o.insert(QStringLiteral("shipTo"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("Jane Doe")},
                         {QStringLiteral("lines"), QJsonArray{QStringLiteral("1 Elm St")}},
                         {QStringLiteral("city"), QStringLiteral("Springfield")},
                         {QStringLiteral("postcode"), QStringLiteral("62701")},
                         {QStringLiteral("country"), QStringLiteral("US")}});
    REQUIRE(x.handle(QStringLiteral("acme"), command(QStringLiteral("acme"), 1, QStringLiteral("c-1"),
                                                     QStringLiteral("ReserveInventory"), o))
                .result.outcome == CommandOutcomeKind::Applied);
    auto planned =
        x.f.store().planPicking(x.acme, x.f.actor(), {PickStrategy::Single, 1, {QStringLiteral("SO-L")}});
    WH_REQUIRE_OK(planned);
    const QString taskId = planned->events.first().aggregateId;
    const PickTask task = *x.f.store().pickTask(x.acme, taskId);
    for (const PickTaskLine& l : task.lines)
        WH_REQUIRE_OK(x.f.store().confirmPick(x.acme, x.f.actor(),
                                              {taskId, l.seqNo, l.key.location,
                                               ScannedItem{l.key.sku, l.key.lot, l.expiry}, l.quantity,
                                               QStringLiteral("TOTE-1")}));
    auto opened = x.f.store().openCarton(x.acme, x.f.actor(), {QStringLiteral("SO-L"), QStringLiteral("L")});
    WH_REQUIRE_OK(opened);
    const QString carton =
        opened->events.first().payloadObject().value(QStringLiteral("cartonId")).toString();
    WH_REQUIRE_OK(x.f.store().packItem(x.acme, x.f.actor(),
                                       {carton, ScannedItem{QStringLiteral("ACME-SKU1"), {}, {}}, 2}));
    WH_REQUIRE_OK(x.f.store().closeCarton(x.acme, x.f.actor(), {carton, 400 + 2 * 250})); // tare + contents
    auto created = x.f.store().createShipment(x.acme, x.f.actor(), {QStringLiteral("SO-L")});
    WH_REQUIRE_OK(created);

    const auto cancel =
        x.handle(QStringLiteral("acme"),
                 command(QStringLiteral("acme"), 2, QStringLiteral("c-2"), QStringLiteral("CancelOrder"),
                         QJsonObject{{QStringLiteral("orderId"), QStringLiteral("SO-L")},
                                     {QStringLiteral("reason"), QStringLiteral("customer")}}));
    CHECK(cancel.result.outcome == CommandOutcomeKind::Applied);
    const auto events = test::loggedEvents(x.f.store(), cancel.result.firstSeq);
    QStringList types;
    for (const RecordedEvent& e : events)
        types.append(e.type);
    CHECK(types.contains(EventType::OrderStatusChanged));
    CHECK(types.last() == EventType::ShipmentVoided);
}

namespace {

QJsonObject rmaBody(const QString& rmaId, const QString& orderId, const QString& sku,
                    const QJsonValue& quantity)
{
    return QJsonObject{
        {QStringLiteral("rmaId"), rmaId},
        {QStringLiteral("orderId"), orderId},
        {QStringLiteral("reason"), QStringLiteral("cancelled after shipping")},
        {QStringLiteral("lines"),
         QJsonArray{QJsonObject{{QStringLiteral("sku"), sku}, {QStringLiteral("quantity"), quantity}}}}};
}

// Reserves `orderId` through the inbox (command `number`), then picks, packs and hands it over on the floor.
void shipThroughInbox(InboxFixture& x, std::int64_t number, const QString& orderId, std::int64_t quantity)
{
    QJsonObject o = order(orderId, quantity);
    o.insert(QStringLiteral("shipTo"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("Jane Doe")},
                         {QStringLiteral("lines"), QJsonArray{QStringLiteral("1 Elm St")}},
                         {QStringLiteral("city"), QStringLiteral("Springfield")},
                         {QStringLiteral("postcode"), QStringLiteral("62701")},
                         {QStringLiteral("country"), QStringLiteral("US")}});
    REQUIRE(x.handle(QStringLiteral("acme"),
                     command(QStringLiteral("acme"), number, QStringLiteral("c-%1").arg(number),
                             QStringLiteral("ReserveInventory"), o))
                .result.outcome == CommandOutcomeKind::Applied);
    auto planned = x.f.store().planPicking(x.acme, x.f.actor(), {PickStrategy::Single, 1, {orderId}});
    WH_REQUIRE_OK(planned);
    const QString taskId = planned->events.first().aggregateId;
    const PickTask task = *x.f.store().pickTask(x.acme, taskId);
    for (const PickTaskLine& l : task.lines)
        WH_REQUIRE_OK(x.f.store().confirmPick(x.acme, x.f.actor(),
                                              {taskId, l.seqNo, l.key.location,
                                               ScannedItem{l.key.sku, l.key.lot, l.expiry}, l.quantity,
                                               QStringLiteral("TOTE-") + orderId}));
    WH_REQUIRE_OK(test::packAndShip(x.f.store(), x.acme, x.f.actor(), orderId));
    REQUIRE(x.f.store().order(x.acme, orderId)->status == OrderStatus::Shipped);
}

} // namespace

TEST_CASE("CreateRma: the central service authorises a return of a shipped order, once",
          "[sync][inbox][returns]")
{
    InboxFixture x;
    WH_REQUIRE_OK(test::configureShipping(x.f.store(), x.acme, x.f.actor()));
    shipThroughInbox(x, 1, QStringLiteral("SO-R"), 3);
    const auto rma = [&](std::int64_t number, const QJsonObject& body) {
        return x.handle(QStringLiteral("acme"),
                        command(QStringLiteral("acme"), number, QStringLiteral("c-%1").arg(number),
                                QStringLiteral("CreateRma"), body));
    };

    const auto applied =
        rma(2, rmaBody(QStringLiteral("RMA-1"), QStringLiteral("SO-R"), QStringLiteral("ACME-SKU1"), 2));
    CHECK(applied.result.outcome == CommandOutcomeKind::Applied);
    CHECK(applied.cursor == 2);
    REQUIRE(applied.result.firstSeq > 0);
    CHECK(applied.result.lastSeq == applied.result.firstSeq); // one event: ReturnAuthorized
    const auto events = test::loggedEvents(x.f.store(), applied.result.firstSeq);
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == EventType::ReturnAuthorized);
    CHECK(events[0].payloadObject().value(QStringLiteral("reason")).toString() ==
          QStringLiteral("cancelled after shipping"));
    CHECK_FALSE(EventType::isCloudBound(EventType::ReturnAuthorized)); // the command-ack is the answer
    auto registered = x.f.store().rma(x.acme, QStringLiteral("RMA-1"));
    WH_REQUIRE_OK(registered);
    CHECK(registered->orderId == QStringLiteral("SO-R"));
    REQUIRE(registered->lines.size() == 1);
    CHECK(registered->lines[0].quantity == 2);
    // The RMA is what the floor receives against.
    CHECK(x.f.store().openReturn(x.acme, x.f.actor(), OpenReturn{{}, QStringLiteral("RMA-1")}).ok());

    // Redelivered under its number: the first answer, nothing written.
    const QString before = dumpDatabase(x.f.store().connection());
    const auto duplicate =
        rma(2, rmaBody(QStringLiteral("RMA-1"), QStringLiteral("SO-R"), QStringLiteral("ACME-SKU1"), 2));
    CHECK(duplicate.result.outcome == CommandOutcomeKind::Duplicate);
    CHECK(duplicate.result.firstSeq == applied.result.firstSeq);
    CHECK(duplicate.cursor == 2);
    CHECK(dumpDatabase(x.f.store().connection()) == before);

    // The same RMA under a new command: it stands, no new event.
    const std::int64_t head = test::loggedEvents(x.f.store()).size();
    const auto same =
        rma(3, rmaBody(QStringLiteral("RMA-1"), QStringLiteral("SO-R"), QStringLiteral("ACME-SKU1"), 2));
    CHECK(same.result.outcome == CommandOutcomeKind::Applied);
    CHECK(same.result.firstSeq == 0);
    CHECK(same.result.lastSeq == 0);
    CHECK(std::int64_t(test::loggedEvents(x.f.store()).size()) == head);
}

TEST_CASE("CreateRma refusals are answered with a code and a message, and the stream goes on",
          "[sync][inbox][returns]")
{
    InboxFixture x;
    WH_REQUIRE_OK(test::configureShipping(x.f.store(), x.acme, x.f.actor()));
    shipThroughInbox(x, 1, QStringLiteral("SO-R"), 3);
    REQUIRE(x.handle(QStringLiteral("acme"),
                     command(QStringLiteral("acme"), 2, QStringLiteral("c-2"),
                             QStringLiteral("ReserveInventory"), order(QStringLiteral("SO-OPEN"), 1)))
                .result.outcome == CommandOutcomeKind::Applied);
    Sku other;
    other.code = QStringLiteral("ACME-OTHER");
    WH_REQUIRE_OK(x.f.store().defineSku(x.acme, x.f.actor(), other));
    // Globex has an order of its own; acme's stream must not reach it.
    const TenantContext globex{QStringLiteral("globex")};
    WH_REQUIRE_OK(x.f.store().receive(
        globex, x.f.actor(), {QStringLiteral("GLOBEX-SKU1"), QStringLiteral("GLOBEX-PICK"), {}, {}, 5}));
    REQUIRE(x.handle(QStringLiteral("globex"),
                     command(QStringLiteral("globex"), 1, QStringLiteral("g-1"),
                             QStringLiteral("ReserveInventory"),
                             order(QStringLiteral("GX-1"), 1, QStringLiteral("GLOBEX-SKU1"))))
                .result.outcome == CommandOutcomeKind::Applied);
    const OrderStatus globexStatus = x.f.store().order(globex, QStringLiteral("GX-1"))->status;
    REQUIRE(x.handle(QStringLiteral("acme"),
                     command(QStringLiteral("acme"), 3, QStringLiteral("c-3"), QStringLiteral("CreateRma"),
                             rmaBody(QStringLiteral("RMA-1"), QStringLiteral("SO-R"),
                                     QStringLiteral("ACME-SKU1"), 2)))
                .result.outcome == CommandOutcomeKind::Applied);

    struct Case
    {
        const char* name;
        QJsonObject body;
        QString code;
    };
    const QList<Case> cases{
        {"the RMA id again with other lines",
         rmaBody(QStringLiteral("RMA-1"), QStringLiteral("SO-R"), QStringLiteral("ACME-SKU1"), 1),
         QStringLiteral("already_exists")},
        {"an unknown order",
         rmaBody(QStringLiteral("RMA-2"), QStringLiteral("SO-NONE"), QStringLiteral("ACME-SKU1"), 1),
         QStringLiteral("unknown_order")},
        {"another tenant's order",
         rmaBody(QStringLiteral("RMA-3"), QStringLiteral("GX-1"), QStringLiteral("ACME-SKU1"), 1),
         QStringLiteral("unknown_order")},
        {"an order not shipped",
         rmaBody(QStringLiteral("RMA-4"), QStringLiteral("SO-OPEN"), QStringLiteral("ACME-SKU1"), 1),
         QStringLiteral("illegal_transition")},
        {"an unknown SKU",
         rmaBody(QStringLiteral("RMA-5"), QStringLiteral("SO-R"), QStringLiteral("NO-SUCH-SKU"), 1),
         QStringLiteral("unknown_sku")},
        {"another tenant's SKU",
         rmaBody(QStringLiteral("RMA-5"), QStringLiteral("SO-R"), QStringLiteral("GLOBEX-SKU1"), 1),
         QStringLiteral("unknown_sku")},
        {"a SKU the order did not ship",
         rmaBody(QStringLiteral("RMA-6"), QStringLiteral("SO-R"), QStringLiteral("ACME-OTHER"), 1),
         QStringLiteral("over_return")},
        {"more than shipped, counting RMA-1",
         rmaBody(QStringLiteral("RMA-7"), QStringLiteral("SO-R"), QStringLiteral("ACME-SKU1"), 2),
         QStringLiteral("over_return")},
        {"more than shipped at once",
         rmaBody(QStringLiteral("RMA-8"), QStringLiteral("SO-R"), QStringLiteral("ACME-SKU1"), 4),
         QStringLiteral("over_return")},
        {"no units", rmaBody(QStringLiteral("RMA-9"), QStringLiteral("SO-R"), QStringLiteral("ACME-SKU1"), 0),
         QStringLiteral("negative_quantity")},
        {"an RMA id with a space",
         rmaBody(QStringLiteral("RMA 10"), QStringLiteral("SO-R"), QStringLiteral("ACME-SKU1"), 1),
         QStringLiteral("invalid_argument")},
    };
    std::int64_t number = 3;
    for (const Case& c : cases) {
        INFO(c.name);
        ++number;
        const QString before = dumpDatabase(x.f.store().connection());
        const auto refused = x.handle(QStringLiteral("acme"), command(QStringLiteral("acme"), number,
                                                                      QStringLiteral("c-%1").arg(number),
                                                                      QStringLiteral("CreateRma"), c.body));
        CHECK(refused.result.outcome == CommandOutcomeKind::Refused);
        CHECK(refused.result.code == c.code);
        CHECK_FALSE(refused.result.message.isEmpty());
        CHECK(refused.result.firstSeq == 0); // a plain refusal: no event
        CHECK(refused.cursor == number);
        const auto again = x.handle(QStringLiteral("acme"), command(QStringLiteral("acme"), number,
                                                                    QStringLiteral("c-%1").arg(number),
                                                                    QStringLiteral("CreateRma"), c.body));
        CHECK(again.result.outcome == CommandOutcomeKind::Duplicate);
        CHECK(again.result.code == c.code);
        CHECK(again.result.message == refused.result.message);
        CHECK(before != dumpDatabase(x.f.store().connection())); // the answer is recorded (inbox, cursor)
    }
    // RMA-1 is as it was; none of the refused ones exists; globex has no RMA and its order is as it was.
    CHECK(x.f.store().rma(x.acme, QStringLiteral("RMA-1"))->lines[0].quantity == 2);
    for (const char* id : {"RMA-2", "RMA-3", "RMA-4", "RMA-5", "RMA-6", "RMA-7", "RMA-8", "RMA-9"})
        CHECK(x.f.store().rma(x.acme, QLatin1String(id)).error().code == ErrorCode::UnknownRma);
    CHECK(x.f.store().rma(globex, QStringLiteral("RMA-3")).error().code == ErrorCode::UnknownRma);
    CHECK(x.f.store().order(globex, QStringLiteral("GX-1"))->status == globexStatus);
    // What is left of the shipment can still be authorised.
    ++number;
    const auto rest = x.handle(
        QStringLiteral("acme"),
        command(QStringLiteral("acme"), number, QStringLiteral("c-%1").arg(number),
                QStringLiteral("CreateRma"),
                rmaBody(QStringLiteral("RMA-7"), QStringLiteral("SO-R"), QStringLiteral("ACME-SKU1"), 1)));
    CHECK(rest.result.outcome == CommandOutcomeKind::Applied);
}

TEST_CASE("a CreateRma body that does not read is dead-lettered with the field named",
          "[sync][inbox][returns]")
{
    InboxFixture x;
    const QJsonObject good =
        rmaBody(QStringLiteral("RMA-1"), QStringLiteral("SO-1"), QStringLiteral("ACME-SKU1"), 1);
    QJsonObject withLot = good;
    withLot.insert(QStringLiteral("lines"),
                   QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("ACME-SKU1")},
                                          {QStringLiteral("quantity"), 1},
                                          {QStringLiteral("lot"), QStringLiteral("L-1")}}});
    QJsonObject extra = good;
    extra.insert(QStringLiteral("refundMinor"), 1000);
    QJsonObject noReason = good;
    noReason.remove(QStringLiteral("reason"));
    QJsonObject noOrder = good;
    noOrder.remove(QStringLiteral("orderId"));
    QJsonObject linesNotList = good;
    linesNotList.insert(QStringLiteral("lines"), QStringLiteral("ACME-SKU1 x1"));
    QJsonObject lineNotObject = good;
    lineNotObject.insert(QStringLiteral("lines"), QJsonArray{QStringLiteral("ACME-SKU1")});
    QJsonObject rmaIdNumber = good;
    rmaIdNumber.insert(QStringLiteral("rmaId"), 7001);
    const QList<std::pair<QJsonObject, QString>> cases{
        {rmaBody(QStringLiteral("RMA-1"), QStringLiteral("SO-1"), QStringLiteral("ACME-SKU1"),
                 QStringLiteral("2")),
         QStringLiteral("lines[1].\"quantity\" must be a whole number")},
        {rmaBody(QStringLiteral("RMA-1"), QStringLiteral("SO-1"), QStringLiteral("ACME-SKU1"), 1.5),
         QStringLiteral("lines[1].\"quantity\" must be a whole number")},
        {withLot, QStringLiteral("lines[1].\"lot\" is not a field of this body")},
        {extra, QStringLiteral("\"refundMinor\" is not a field of this body")},
        {noReason, QStringLiteral("\"reason\" must be text")},
        {noOrder, QStringLiteral("\"orderId\" must be text")},
        {linesNotList, QStringLiteral("\"lines\" must be a list")},
        {lineNotObject, QStringLiteral("\"lines\" must hold objects")},
        {rmaIdNumber, QStringLiteral("\"rmaId\" must be text")},
    };
    std::int64_t number = 0;
    for (const auto& [body, why] : cases) {
        ++number;
        INFO(why.toStdString());
        const auto result = x.handle(QStringLiteral("acme"), command(QStringLiteral("acme"), number,
                                                                     QStringLiteral("c-%1").arg(number),
                                                                     QStringLiteral("CreateRma"), body));
        CHECK(result.result.outcome == CommandOutcomeKind::DeadLetter);
        CHECK(result.result.code == QStringLiteral("malformed"));
        CHECK(result.result.message.contains(QStringLiteral("CreateRma body")));
        CHECK(result.result.message.contains(why));
        CHECK(result.cursor == number); // never blocks what follows
    }
    CHECK(x.f.store().rma(x.acme, QStringLiteral("RMA-1")).error().code == ErrorCode::UnknownRma);
    auto letters = x.f.store().deadLetterCount();
    REQUIRE(letters.ok());
    CHECK(*letters == number);
}
