// Packing and shipping end to end on a real store file: reserve, plan, pick, pack, create the shipment, hand
// it over; every refusal with its reason and nothing changed.
#include "TestSupport.h"

#include <QJsonArray>

using namespace wh;
using wh::db::ActionReceipt;
using wh::test::configureShipping;
using wh::test::dumpDatabase;
using wh::test::StoreFixture;
using wh::test::testAddress;

namespace {

const QString kGtin = QStringLiteral("4006381333931");

struct ShippingFixture
{
    StoreFixture f;
    TenantContext acme = f.addTenant(QStringLiteral("acme"));

    explicit ShippingFixture(int rangeSize = 1000, int lowWater = 0)
    {
        Sku heavy;
        heavy.code = QStringLiteral("ACME-SKU2");
        heavy.gtin = kGtin;
        heavy.description = QStringLiteral("Kettle");
        heavy.weightGrams = 500;
        heavy.lengthMm = 200;
        heavy.widthMm = 150;
        heavy.heightMm = 150;
        WH_REQUIRE_OK(store().defineSku(acme, actor(), heavy));
        Sku other;
        other.code = QStringLiteral("ACME-SKU3");
        other.description = QStringLiteral("Teapot");
        other.weightGrams = 400;
        WH_REQUIRE_OK(store().defineSku(acme, actor(), other));
        for (const QString& sku : {QStringLiteral("ACME-SKU1"), heavy.code, other.code})
            WH_REQUIRE_OK(store().receive(acme, actor(), {sku, QStringLiteral("ACME-PICK"), {}, {}, 50}));
        WH_REQUIRE_OK(configureShipping(store(), acme, actor(), rangeSize, lowWater));
    }

    db::Store& store() { return f.store(); }
    const Actor& actor() const { return f.actor(); }
    QString dump() { return dumpDatabase(store().connection()); }

    void order(const QString& id, QList<OrderLine> lines, int promisedInDays = 3,
               const QString& service = QStringLiteral("Standard"))
    {
        Order o;
        o.id = id;
        o.status = OrderStatus::Paid;
        o.lines = std::move(lines);
        o.service = service;
        o.promisedDate = f.clock().today().addDays(promisedInDays);
        o.shipTo = testAddress(QStringLiteral("Customer of ") + id);
        WH_REQUIRE_OK(store().reserve(acme, actor(), o));
    }
    static OrderLine line(int no, const QString& sku, std::int64_t quantity)
    {
        return OrderLine{no, sku, quantity, Money::fromMinor(1000)};
    }
    // Plans a single-order task and confirms every line by scan.
    void pickAll(const QString& orderId)
    {
        auto planned = store().planPicking(acme, actor(), {PickStrategy::Single, 1, {orderId}});
        WH_REQUIRE_OK(planned);
        const QString taskId = planned->events.first().aggregateId;
        const PickTask task = *store().pickTask(acme, taskId);
        for (const PickTaskLine& l : task.lines)
            WH_REQUIRE_OK(store().confirmPick(acme, actor(),
                                              {taskId, l.seqNo, l.key.location,
                                               ScannedItem{l.key.sku, l.key.lot, l.expiry}, l.quantity,
                                               QStringLiteral("TOTE-") + orderId}));
    }
    QString openCarton(const QString& orderId, const QString& type)
    {
        auto opened = store().openCarton(acme, actor(), {orderId, type});
        WH_REQUIRE_OK(opened);
        return opened->events.first().payloadObject().value(QStringLiteral("cartonId")).toString();
    }
    void pack(const QString& cartonId, const QString& code, std::int64_t quantity)
    {
        WH_REQUIRE_OK(store().packItem(acme, actor(), {cartonId, ScannedItem{code, {}, {}}, quantity}));
    }
    QString createShipment(const QString& orderId)
    {
        auto created = store().createShipment(acme, actor(), {orderId});
        WH_REQUIRE_OK(created);
        return created->events.first().payloadObject().value(QStringLiteral("shipmentId")).toString();
    }
    // Units of the order's SKUs still in the building: in bins, or picked and waiting in cartons or totes
    // (the reservation is not consumed until the hand-over).
    std::int64_t unitsInBuilding()
    {
        return store()
            .connection()
            .queryInt("SELECT (SELECT coalesce(sum(on_hand), 0) FROM stock WHERE tenant_id = 'acme') + "
                      "(SELECT coalesce(sum(a.picked), 0) FROM allocations a JOIN reservations r USING "
                      "(tenant_id, order_id) WHERE r.status = 'active')")
            .value_or(-1);
    }
    void checkRebuild()
    {
        QTemporaryDir scratch;
        auto rebuilt = store().rebuildInto(scratch.filePath(QStringLiteral("r.db")));
        WH_REQUIRE_OK(rebuilt);
        CHECK(rebuilt->equal());
    }
};

QStringList types(const ActionReceipt& receipt)
{
    QStringList result;
    for (const RecordedEvent& e : receipt.events)
        result.append(e.type);
    return result;
}

template <typename R>
void checkRefused(ShippingFixture& s, const R& result, ErrorCode code, const QString& before)
{
    REQUIRE_FALSE(result.ok());
    INFO(result.error().toString().toStdString());
    CHECK(result.error().code == code);
    CHECK(s.dump() == before);
}

} // namespace

TEST_CASE("an order goes from reservation to hand-over on a real store file", "[db][packing][shipping]")
{
    ShippingFixture s;
    s.order(QStringLiteral("SO-1"), {ShippingFixture::line(1, QStringLiteral("ACME-SKU1"), 3),
                                     ShippingFixture::line(2, QStringLiteral("ACME-SKU2"), 2)});
    const std::int64_t inBuilding = s.unitsInBuilding();
    s.pickAll(QStringLiteral("SO-1"));
    CHECK(s.unitsInBuilding() == inBuilding); // picked units wait in a tote

    // The chooser's suggestion for 3 x 0.48 l + 2 x 4.5 l: the medium box.
    auto suggestion = s.store().suggestCarton(s.acme, QStringLiteral("SO-1"));
    WH_REQUIRE_OK(suggestion);
    CHECK(suggestion->carton.code == QStringLiteral("M"));
    auto opened = s.store().openCarton(s.acme, s.actor(), {QStringLiteral("SO-1"), QStringLiteral("M")});
    WH_REQUIRE_OK(opened);
    const QJsonObject openedPayload = opened->events.first().payloadObject();
    CHECK(openedPayload.value(QStringLiteral("suggested")).toString() == QStringLiteral("M"));
    const QString carton = openedPayload.value(QStringLiteral("cartonId")).toString();
    CHECK(carton.startsWith(QLatin1Char('C')));

    s.pack(carton, QStringLiteral("ACME-SKU1"), 3);
    s.pack(carton, QStringLiteral("0") + kGtin, 2); // the kettle by its GTIN-14, as a GS1 scan carries it
    auto closed = s.store().closeCarton(s.acme, s.actor(), {carton, 3 * 250 + 2 * 500 + 200 + 30});
    WH_REQUIRE_OK(closed);
    REQUIRE(types(*closed) == QStringList{EventType::CartonClosed, EventType::Packed});
    const QJsonObject packed = closed->events.last().payloadObject();
    const QJsonObject packedCarton = packed.value(QStringLiteral("cartons")).toArray().at(0).toObject();
    CHECK(packedCarton.value(QStringLiteral("weightGrams")).toInteger() == 1980);
    CHECK(packedCarton.value(QStringLiteral("expectedGrams")).toInteger() == 1950);
    CHECK(packedCarton.value(QStringLiteral("contents")).toArray().size() == 2);
    CHECK(s.unitsInBuilding() == inBuilding);

    // Promised in 3 days (Thursday): Ground takes 5 business days, so Next Day Air is the cheapest on time.
    auto created = s.store().createShipment(s.acme, s.actor(), {QStringLiteral("SO-1")});
    WH_REQUIRE_OK(created);
    REQUIRE(types(*created) == QStringList{EventType::ShipmentCreated});
    const QJsonObject label = created->events.first().payloadObject();
    const QString shipmentId = label.value(QStringLiteral("shipmentId")).toString();
    CHECK(label.value(QStringLiteral("carrier")).toString() == QStringLiteral("UPS"));
    CHECK(label.value(QStringLiteral("service")).toString() == QStringLiteral("Next Day Air"));
    CHECK(label.value(QStringLiteral("expectedDelivery")).toString() == QStringLiteral("2026-03-03"));
    CHECK(label.value(QStringLiteral("costMinor")).toInteger() == 4500);
    CHECK(label.value(QStringLiteral("shipTo")).toObject().value(QStringLiteral("name")).toString() ==
          QStringLiteral("Customer of SO-1"));
    CHECK(label.value(QStringLiteral("shipFrom")).toObject().value(QStringLiteral("city")).toString() ==
          QStringLiteral("Springfield"));
    const QJsonObject package = label.value(QStringLiteral("packages")).toArray().at(0).toObject();
    const QString tracking = package.value(QStringLiteral("trackingNumber")).toString();
    CHECK(tracking.size() == 18);
    CHECK(TrackingNumber::validate(TrackingFormat::Ups1Z, tracking).ok());
    CHECK(package.value(QStringLiteral("cartonType")).toString() == QStringLiteral("M"));
    CHECK(package.value(QStringLiteral("weightGrams")).toInteger() == 1980);
    CHECK(package.value(QStringLiteral("lengthMm")).toInt() == 300);
    CHECK(s.store().trackingRange(s.acme, QStringLiteral("ACME-UPS-1"))->nextSerial == 2);
    // Labelled, not yet handed over: the order is still in the building.
    CHECK(s.store().order(s.acme, QStringLiteral("SO-1"))->status == OrderStatus::Processing);
    CHECK(s.store().reservation(s.acme, QStringLiteral("SO-1"))->status == ReservationStatus::Active);
    CHECK(s.unitsInBuilding() == inBuilding);

    WH_REQUIRE_OK(s.store().reprintLabel(s.acme, s.actor(), shipmentId, QStringLiteral("smudged")));

    auto confirmed = s.store().confirmShipment(s.acme, s.actor(), shipmentId);
    WH_REQUIRE_OK(confirmed);
    REQUIRE(types(*confirmed) == QStringList{EventType::ShipmentConfirmed, EventType::OrderStatusChanged});
    CHECK(
        confirmed->events.first().payloadObject().value(QStringLiteral("trackingNumbers")).toArray().at(0) ==
        tracking);
    CHECK(s.store().order(s.acme, QStringLiteral("SO-1"))->status == OrderStatus::Shipped);
    CHECK(s.store().reservation(s.acme, QStringLiteral("SO-1"))->status == ReservationStatus::Consumed);
    CHECK(s.unitsInBuilding() == inBuilding - 5); // the stock left at the hand-over
    CHECK(s.store().shipment(s.acme, shipmentId)->status == ShipmentStatus::Confirmed);

    auto& c = s.store().connection();
    CHECK(c.queryInt("SELECT count(*) FROM outbox WHERE type IN ('Packed', 'ShipmentCreated', "
                     "'ShipmentConfirmed')") == 3);
    CHECK(
        c.queryInt("SELECT count(*) FROM outbox WHERE type IN ('CartonOpened', 'ItemPacked', 'CartonClosed', "
                   "'LabelReprinted', 'CartonTypeDefined', 'RateCardDefined', 'TrackingRangeAdded', "
                   "'WarehouseProfileDefined')") == 0);
    CHECK(c.queryInt("SELECT count(*) FROM totes WHERE tenant_id = 'acme'") == 0);

    // Handed over once only; a reprint after hand-over has nothing to print.
    const QString before = s.dump();
    checkRefused(s, s.store().confirmShipment(s.acme, s.actor(), shipmentId), ErrorCode::IllegalTransition,
                 before);
    checkRefused(s, s.store().reprintLabel(s.acme, s.actor(), shipmentId, {}), ErrorCode::IllegalTransition,
                 before);
    checkRefused(s, s.store().createShipment(s.acme, s.actor(), {QStringLiteral("SO-1")}),
                 ErrorCode::AlreadyExists, before);
    checkRefused(s, s.store().confirmShipment(s.acme, s.actor(), QStringLiteral("S999")),
                 ErrorCode::UnknownShipment, before);

    auto chain = s.store().verifyChain();
    WH_REQUIRE_OK(chain);
    CHECK(chain->intact());
    s.checkRebuild();
}

TEST_CASE("packing refusals give their reason and change nothing", "[db][packing]")
{
    ShippingFixture s;
    s.order(QStringLiteral("SO-1"), {ShippingFixture::line(1, QStringLiteral("ACME-SKU1"), 2),
                                     ShippingFixture::line(2, QStringLiteral("ACME-SKU2"), 1)});
    const TenantContext globex = s.f.addTenant(QStringLiteral("globex"));
    WH_REQUIRE_OK(configureShipping(s.store(), globex, s.actor()));

    QString before = s.dump();
    // Not picked yet.
    auto early = s.store().openCarton(s.acme, s.actor(), {QStringLiteral("SO-1"), QStringLiteral("M")});
    checkRefused(s, early, ErrorCode::NotFullyPicked, before);

    s.pickAll(QStringLiteral("SO-1"));
    before = s.dump();
    checkRefused(s, s.store().openCarton(s.acme, s.actor(), {QStringLiteral("SO-1"), QStringLiteral("XXL")}),
                 ErrorCode::NotConfigured, before);
    // Another merchant cannot see the order.
    checkRefused(s, s.store().openCarton(globex, s.actor(), {QStringLiteral("SO-1"), QStringLiteral("M")}),
                 ErrorCode::UnknownOrder, before);
    // Nothing to ship before packing.
    checkRefused(s, s.store().createShipment(s.acme, s.actor(), {QStringLiteral("SO-1")}),
                 ErrorCode::NotPacked, before);

    const QString carton = s.openCarton(QStringLiteral("SO-1"), QStringLiteral("M"));
    before = s.dump();
    // An item the order does not hold.
    auto extra =
        s.store().packItem(s.acme, s.actor(), {carton, ScannedItem{QStringLiteral("ACME-SKU3"), {}, {}}, 1});
    checkRefused(s, extra, ErrorCode::NotInOrder, before);
    CHECK(extra.error().message.contains(QStringLiteral("extra item")));
    CHECK(s.store()
              .checkPackScan(s.acme, {carton, ScannedItem{QStringLiteral("ACME-SKU3"), {}, {}}, 1})
              .error()
              .code == ErrorCode::NotInOrder);
    // More than was picked.
    auto over =
        s.store().packItem(s.acme, s.actor(), {carton, ScannedItem{QStringLiteral("ACME-SKU1"), {}, {}}, 3});
    checkRefused(s, over, ErrorCode::OverPack, before);
    CHECK(over.error().message.contains(QStringLiteral("2 unit(s)")));
    // Another merchant's carton is named as such, nothing more.
    checkRefused(s,
                 s.store().packItem(globex, s.actor(),
                                    {carton, ScannedItem{QStringLiteral("GLOBEX-SKU1"), {}, {}}, 1}),
                 ErrorCode::ForeignTenant, before);
    checkRefused(s, s.store().closeCarton(s.acme, s.actor(), {carton, 500}), ErrorCode::InvalidArgument,
                 before); // empty

    s.pack(carton, QStringLiteral("ACME-SKU1"), 2);
    before = s.dump();
    // The last open carton does not close with the kettle still outside it.
    auto missing = s.store().closeCarton(s.acme, s.actor(), {carton, 2 * 250 + 200});
    checkRefused(s, missing, ErrorCode::ItemsMissing, before);
    CHECK(missing.error().message.contains(QStringLiteral("line 2 ACME-SKU2: 1")));

    s.pack(carton, QStringLiteral("ACME-SKU2"), 1);
    before = s.dump();
    // 1,200 g expected (500 + 500 + 200 tare), tolerance 60 g: 1,400 g has something extra in it.
    auto heavy = s.store().closeCarton(s.acme, s.actor(), {carton, 1400});
    checkRefused(s, heavy, ErrorCode::WeightOutOfTolerance, before);
    CHECK(heavy.error().message.contains(QStringLiteral("weighs 1400 g, expected 1200 g")));
    checkRefused(
        s,
        s.store().packItem(s.acme, s.actor(), {carton, ScannedItem{QStringLiteral("ACME-SKU2"), {}, {}}, 1}),
        ErrorCode::OverPack, before);

    WH_REQUIRE_OK(s.store().closeCarton(s.acme, s.actor(), {carton, 1210}));
    before = s.dump();
    checkRefused(
        s,
        s.store().packItem(s.acme, s.actor(), {carton, ScannedItem{QStringLiteral("ACME-SKU2"), {}, {}}, 1}),
        ErrorCode::CartonNotOpen, before);
    checkRefused(s, s.store().openCarton(s.acme, s.actor(), {QStringLiteral("SO-1"), QStringLiteral("S")}),
                 ErrorCode::IllegalTransition, before); // already packed
    s.checkRebuild();
}

TEST_CASE("an order packs into several cartons and ships one tracking number each", "[db][packing][shipping]")
{
    ShippingFixture s;
    s.order(QStringLiteral("SO-1"), {ShippingFixture::line(1, QStringLiteral("ACME-SKU2"), 4)}, 10);
    s.pickAll(QStringLiteral("SO-1"));
    const QString first = s.openCarton(QStringLiteral("SO-1"), QStringLiteral("M"));
    s.pack(first, QStringLiteral("ACME-SKU2"), 2);
    // The first carton is full: the packer opens a second before closing it, so the close is allowed.
    const QString second = s.openCarton(QStringLiteral("SO-1"), QStringLiteral("M"));
    auto firstClosed = s.store().closeCarton(s.acme, s.actor(), {first, 1200});
    WH_REQUIRE_OK(firstClosed);
    CHECK(types(*firstClosed) == QStringList{EventType::CartonClosed});
    s.pack(second, QStringLiteral("ACME-SKU2"), 2);
    auto secondClosed = s.store().closeCarton(s.acme, s.actor(), {second, 1190});
    WH_REQUIRE_OK(secondClosed);
    REQUIRE(types(*secondClosed) == QStringList{EventType::CartonClosed, EventType::Packed});
    CHECK(secondClosed->events.last().payloadObject().value(QStringLiteral("cartons")).toArray().size() == 2);

    // Promised in 10 days: Ground is on time and the cheapest, 12.50 a carton.
    auto created = s.store().createShipment(s.acme, s.actor(), {QStringLiteral("SO-1")});
    WH_REQUIRE_OK(created);
    const QJsonObject label = created->events.first().payloadObject();
    CHECK(label.value(QStringLiteral("service")).toString() == QStringLiteral("Ground"));
    CHECK(label.value(QStringLiteral("costMinor")).toInteger() == 2500);
    const QJsonArray packages = label.value(QStringLiteral("packages")).toArray();
    REQUIRE(packages.size() == 2);
    CHECK(packages[0].toObject().value(QStringLiteral("trackingNumber")) !=
          packages[1].toObject().value(QStringLiteral("trackingNumber")));
    const QString shipmentId = label.value(QStringLiteral("shipmentId")).toString();
    CHECK(s.store().shipment(s.acme, shipmentId)->packages.size() == 2);
    WH_REQUIRE_OK(s.store().confirmShipment(s.acme, s.actor(), shipmentId));
    CHECK(s.store().connection().queryInt("SELECT count(*) FROM pack_cartons WHERE status = 'shipped'") == 2);
    s.checkRebuild();
}

TEST_CASE("a range running low alerts once - a used-up range refuses with nothing changed",
          "[db][shipping][tracking]")
{
    ShippingFixture s(3, 1); // three numbers; alert when one is left
    QStringList lows;
    for (int i = 1; i <= 4; ++i) {
        const QString id = QStringLiteral("SO-%1").arg(i);
        s.order(id, {ShippingFixture::line(1, QStringLiteral("ACME-SKU1"), 1)}, 10);
        s.pickAll(id);
        const QString carton = s.openCarton(id, QStringLiteral("S"));
        s.pack(carton, QStringLiteral("ACME-SKU1"), 1);
        WH_REQUIRE_OK(s.store().closeCarton(s.acme, s.actor(), {carton, 350}));
    }
    for (int i = 1; i <= 3; ++i) {
        auto created = s.store().createShipment(s.acme, s.actor(), {QStringLiteral("SO-%1").arg(i)});
        WH_REQUIRE_OK(created);
        for (const RecordedEvent& e : created->events)
            if (e.type == EventType::TrackingRangeLow)
                lows.append(QStringLiteral("SO-%1 remaining %2")
                                .arg(i)
                                .arg(e.payloadObject().value(QStringLiteral("remaining")).toInteger()));
    }
    CHECK(lows == QStringList{QStringLiteral("SO-2 remaining 1")});
    CHECK(s.store().connection().queryInt("SELECT count(*) FROM outbox WHERE type = 'TrackingRangeLow'") ==
          1);

    const QString before = s.dump();
    auto refused = s.store().createShipment(s.acme, s.actor(), {QStringLiteral("SO-4")});
    checkRefused(s, refused, ErrorCode::TrackingRangeExhausted, before);
    CHECK(refused.error().message.contains(QStringLiteral("ACME-UPS-1 is used up")));

    // A new block from the carrier and the order ships.
    TrackingRange more = *s.store().trackingRange(s.acme, QStringLiteral("ACME-UPS-1"));
    more.id = QStringLiteral("ACME-UPS-2");
    more.firstSerial = more.nextSerial = 1001;
    more.lastSerial = 2000;
    WH_REQUIRE_OK(s.store().addTrackingRange(s.acme, s.actor(), more));
    WH_REQUIRE_OK(s.store().createShipment(s.acme, s.actor(), {QStringLiteral("SO-4")}));
    CHECK(s.store().trackingRange(s.acme, QStringLiteral("ACME-UPS-2"))->nextSerial == 1002);
    s.checkRebuild();
}

TEST_CASE("no service meeting the promise refuses the shipment for a supervisor", "[db][shipping][rates]")
{
    ShippingFixture s;
    // Promised for today: even Next Day Air arrives tomorrow.
    s.order(QStringLiteral("SO-1"), {ShippingFixture::line(1, QStringLiteral("ACME-SKU1"), 1)}, 0);
    // Paid for Overnight, promised in 10 days: Ground would be on time and cheaper, but is below what was
    // paid.
    s.order(QStringLiteral("SO-2"), {ShippingFixture::line(1, QStringLiteral("ACME-SKU1"), 1)}, 10,
            QStringLiteral("Overnight"));
    for (const QString& id : {QStringLiteral("SO-1"), QStringLiteral("SO-2")}) {
        s.pickAll(id);
        const QString carton = s.openCarton(id, QStringLiteral("S"));
        s.pack(carton, QStringLiteral("ACME-SKU1"), 1);
        WH_REQUIRE_OK(s.store().closeCarton(s.acme, s.actor(), {carton, 350}));
    }
    const QString before = s.dump();
    auto late = s.store().createShipment(s.acme, s.actor(), {QStringLiteral("SO-1")});
    checkRefused(s, late, ErrorCode::PromiseNotMet, before);
    CHECK(late.error().message.contains(QStringLiteral("UPS Next Day Air")));
    auto quote = s.store().quoteShipment(s.acme, QStringLiteral("SO-2"));
    WH_REQUIRE_OK(quote);
    CHECK(quote->service == QStringLiteral("Next Day Air"));
    CHECK(s.dump() == before);
}

TEST_CASE("shipping master data is checked and kept per tenant", "[db][shipping][config]")
{
    ShippingFixture s;
    const QString before = s.dump();
    checkRefused(s,
                 s.store().defineCartonType(s.acme, s.actor(), Carton{QStringLiteral("BAD"), 0, 1, 1, 1, 0}),
                 ErrorCode::InvalidArgument, before);
    TrackingRange again = *s.store().trackingRange(s.acme, QStringLiteral("ACME-UPS-1"));
    checkRefused(s, s.store().addTrackingRange(s.acme, s.actor(), again), ErrorCode::AlreadyExists, before);
    WarehouseProfile nowhere;
    checkRefused(s, s.store().defineWarehouseProfile(s.acme, s.actor(), nowhere), ErrorCode::InvalidArgument,
                 before);
    // Another merchant does not see acme's range.
    const TenantContext globex = s.f.addTenant(QStringLiteral("globex"));
    CHECK_FALSE(s.store().trackingRange(globex, QStringLiteral("ACME-UPS-1")).ok());
}

TEST_CASE("a shipment needs an address, a priced weight and the tenant's own shipment", "[db][shipping]")
{
    ShippingFixture s;
    Sku anvil;
    anvil.code = QStringLiteral("ACME-ANVIL");
    anvil.weightGrams = 2000;
    WH_REQUIRE_OK(s.store().defineSku(s.acme, s.actor(), anvil));
    WH_REQUIRE_OK(s.store().receive(s.acme, s.actor(), {anvil.code, QStringLiteral("ACME-PICK"), {}, {}, 5}));
    s.order(QStringLiteral("SO-HEAVY"), {ShippingFixture::line(1, anvil.code, 3)}, 10);
    Order nowhere;
    nowhere.id = QStringLiteral("SO-NOWHERE");
    nowhere.status = OrderStatus::Paid;
    nowhere.lines = {ShippingFixture::line(1, QStringLiteral("ACME-SKU1"), 1)};
    WH_REQUIRE_OK(s.store().reserve(s.acme, s.actor(), nowhere));
    for (const QString& id : {QStringLiteral("SO-HEAVY"), QStringLiteral("SO-NOWHERE")})
        s.pickAll(id);

    // S takes 5 kg: the third anvil needs a carton of its own.
    const QString first = s.openCarton(QStringLiteral("SO-HEAVY"), QStringLiteral("S"));
    s.pack(first, anvil.code, 2);
    QString before = s.dump();
    auto tooHeavy = s.store().packItem(s.acme, s.actor(), {first, ScannedItem{anvil.code, {}, {}}, 1});
    checkRefused(s, tooHeavy, ErrorCode::NoCartonFits, before);
    CHECK(tooHeavy.error().message.contains(QStringLiteral("6000 g")));
    const QString second = s.openCarton(QStringLiteral("SO-HEAVY"), QStringLiteral("S"));
    s.pack(second, anvil.code, 1);
    WH_REQUIRE_OK(s.store().closeCarton(s.acme, s.actor(), {first, 4100}));
    WH_REQUIRE_OK(s.store().closeCarton(s.acme, s.actor(), {second, 2100}));
    const QString light = s.openCarton(QStringLiteral("SO-NOWHERE"), QStringLiteral("S"));
    s.pack(light, QStringLiteral("ACME-SKU1"), 1);
    WH_REQUIRE_OK(s.store().closeCarton(s.acme, s.actor(), {light, 350}));

    // The merchant's cards now price parcels up to 1 kg only (a redefinition replaces the card).
    RateCard ground;
    ground.carrier = QStringLiteral("UPS");
    ground.service = QStringLiteral("Ground");
    ground.bands = {{0, 1000, Money::fromMinor(895)}};
    RateCard overnight = ground;
    overnight.service = QStringLiteral("Next Day Air");
    overnight.level = ServiceLevel::Overnight;
    overnight.transitDaysMin = overnight.transitDaysMax = 1;
    overnight.bands = {{0, 1000, Money::fromMinor(4500)}};
    WH_REQUIRE_OK(s.store().defineRateCard(s.acme, s.actor(), ground));
    WH_REQUIRE_OK(s.store().defineRateCard(s.acme, s.actor(), overnight));
    CHECK(s.store().connection().queryInt("SELECT count(*) FROM rate_cards WHERE tenant_id = 'acme'") == 2);
    before = s.dump();
    // Cartons of 4.1 and 2.1 kg: no card's bands reach that far.
    auto unpriced = s.store().createShipment(s.acme, s.actor(), {QStringLiteral("SO-HEAVY")});
    checkRefused(s, unpriced, ErrorCode::NoRate, before);
    CHECK(unpriced.error().message.contains(QStringLiteral("4100 g, 2100 g")));
    // Packed, but the central service sent no address: no label can be printed.
    checkRefused(s, s.store().createShipment(s.acme, s.actor(), {QStringLiteral("SO-NOWHERE")}),
                 ErrorCode::InvalidArgument, before);

    // Another merchant can neither confirm nor reprint acme's shipment.
    s.order(QStringLiteral("SO-1"), {ShippingFixture::line(1, QStringLiteral("ACME-SKU1"), 1)}, 10);
    s.pickAll(QStringLiteral("SO-1"));
    const QString carton = s.openCarton(QStringLiteral("SO-1"), QStringLiteral("S"));
    s.pack(carton, QStringLiteral("ACME-SKU1"), 1);
    WH_REQUIRE_OK(s.store().closeCarton(s.acme, s.actor(), {carton, 350}));
    const QString shipmentId = s.createShipment(QStringLiteral("SO-1"));
    const TenantContext globex = s.f.addTenant(QStringLiteral("globex"));
    const QString again = s.dump();
    checkRefused(s, s.store().confirmShipment(globex, s.actor(), shipmentId), ErrorCode::UnknownShipment,
                 again);
    checkRefused(s, s.store().reprintLabel(globex, s.actor(), shipmentId, {}), ErrorCode::UnknownShipment,
                 again);
    // A cancelled order's label is never handed over.
    WH_REQUIRE_OK(
        s.store().cancelOrder(s.acme, s.actor(), QStringLiteral("SO-1"), QStringLiteral("customer")));
    const QString cancelled = s.dump();
    checkRefused(s, s.store().confirmShipment(s.acme, s.actor(), shipmentId), ErrorCode::IllegalTransition,
                 cancelled);
    s.checkRebuild();
}

TEST_CASE("a cancellation after the label voids the shipment - the parcel is never handed over",
          "[db][shipping][cancel]")
{
    ShippingFixture s;
    s.order(QStringLiteral("SO-V"), {ShippingFixture::line(1, QStringLiteral("ACME-SKU2"), 2)});
    s.pickAll(QStringLiteral("SO-V"));
    const QString carton = s.openCarton(QStringLiteral("SO-V"), QStringLiteral("L"));
    s.pack(carton, QStringLiteral("ACME-SKU2"), 2);
    WH_REQUIRE_OK(s.store().closeCarton(s.acme, s.actor(), {carton, 400 + 2 * 500}));
    const QString shipment = s.createShipment(QStringLiteral("SO-V"));
    const std::int64_t before = s.unitsInBuilding();

    auto cancelled =
        s.store().cancelOrder(s.acme, s.actor(), QStringLiteral("SO-V"), QStringLiteral("customer"));
    WH_REQUIRE_OK(cancelled);
    const QStringList written = types(*cancelled);
    CHECK(written.contains(EventType::OrderStatusChanged));
    CHECK(written.contains(EventType::PutBackRequired)); // the packed units go back to a bin
    REQUIRE(written.last() == EventType::ShipmentVoided);
    const QJsonObject voided = cancelled->events.last().payloadObject();
    CHECK(voided.value(QStringLiteral("shipmentId")).toString() == shipment);
    CHECK(voided.value(QStringLiteral("reason")).toString() == QStringLiteral("order_cancelled"));
    CHECK(voided.value(QStringLiteral("trackingNumbers")).toArray().size() == 1);
    CHECK(EventType::isCloudBound(EventType::ShipmentVoided));

    auto record = s.store().shipment(s.acme, shipment);
    WH_REQUIRE_OK(record);
    CHECK(record->status == ShipmentStatus::Voided);
    CHECK(s.unitsInBuilding() == before); // nothing left the building

    // The void parcel cannot be handed over, nor its label printed again.
    const QString after = s.dump();
    checkRefused(s, s.store().confirmShipment(s.acme, s.actor(), shipment), ErrorCode::IllegalTransition,
                 after);
    checkRefused(s, s.store().reprintLabel(s.acme, s.actor(), shipment, QStringLiteral("again")),
                 ErrorCode::IllegalTransition, after);
    s.checkRebuild();
}
