// The shipping rules without a store: which service, which tracking numbers, and the refusals.
#include "InventoryFixture.h"
#include "Shipping.h"

#include <QJsonArray>

using namespace wh;
using namespace wh::test;

namespace {

const QString kOrder = QStringLiteral("SO-1");

RateCard card(const QString& service, ServiceLevel level, int days, int priceMinor)
{
    RateCard c;
    c.carrier = QStringLiteral("UPS");
    c.service = service;
    c.level = level;
    c.transitDaysMin = c.transitDaysMax = days;
    c.bands = {{0, 30000, Money::fromMinor(priceMinor)}};
    return c;
}

TrackingRange range(const QString& id, std::int64_t first, std::int64_t last, std::int64_t lowWater = 0)
{
    TrackingRange r;
    r.id = id;
    r.carrier = QStringLiteral("UPS");
    r.prefix = QStringLiteral("1ZACME0003");
    r.firstSerial = r.nextSerial = first;
    r.lastSerial = last;
    r.lowWaterMark = lowWater;
    return r;
}

// A packed order's side of the shipping port, set up by hand.
class MemoryShippingState final : public ShippingState
{
public:
    QList<RateCard> cards{card(QStringLiteral("Ground"), ServiceLevel::Standard, 5, 900),
                          card(QStringLiteral("2nd Day Air"), ServiceLevel::Express, 2, 1800),
                          card(QStringLiteral("Next Day Air"), ServiceLevel::Overnight, 1, 4000)};
    QList<TrackingRange> ranges{range(QStringLiteral("R1"), 1, 100)};
    std::optional<WarehouseProfile> profile = [] {
        WarehouseProfile p;
        p.shipFrom.name = QStringLiteral("Acme c/o Warehouse");
        p.shipFrom.lines = {QStringLiteral("1 Dock Road")};
        p.shipFrom.city = QStringLiteral("Columbus");
        p.shipFrom.country = QStringLiteral("US");
        return p;
    }();
    QList<PackCarton> cartons;
    PackingStatus packing = PackingStatus::Packed;

    QList<Carton> cartonTypes() const override { return {}; }
    QList<RateCard> rateCards() const override { return cards; }
    std::optional<TrackingRange> trackingRange(const QString& id) const override
    {
        for (const TrackingRange& r : ranges)
            if (r.id == id)
                return r;
        return std::nullopt;
    }
    QList<TrackingRange> trackingRanges(const QString& carrier) const override
    {
        QList<TrackingRange> out;
        for (const TrackingRange& r : ranges)
            if (r.carrier == carrier)
                out.append(r);
        return out;
    }
    std::optional<WarehouseProfile> warehouseProfile() const override { return profile; }
    std::optional<PackCarton> packCarton(const QString&) const override { return std::nullopt; }
    bool cartonOfOtherTenant(const QString&) const override { return false; }
    QList<PackCarton> packCartons(const QString&) const override { return cartons; }
    PackingStatus packingStatus(const QString&) const override { return packing; }
    std::optional<ShipmentRecord> shipment(const QString&) const override { return std::nullopt; }
    std::optional<ShipmentRecord> shipmentForOrder(const QString&) const override { return std::nullopt; }
};

struct ShippingFixture
{
    InventoryFixture f;
    MemoryShippingState shipping;

    // A packed order in processing (Monday 09:00), promised in `days` days, with `cartons` closed cartons.
    explicit ShippingFixture(const QString& service, int days, int cartons = 1)
    {
        Order o = f.order(kOrder, OrderStatus::Processing, {f.line(1, f.kWidget, cartons)});
        o.service = service;
        if (days >= 0)
            o.promisedDate = f.kToday.addDays(days);
        o.shipTo = shipping.profile->shipFrom;
        o.shipTo->name = QStringLiteral("Jane Doe");
        f.state.addOrder(o);
        for (int i = 1; i <= cartons; ++i) {
            PackCarton c;
            c.id = QStringLiteral("C%1").arg(i);
            c.orderId = kOrder;
            c.type = Carton{QStringLiteral("S"), 200, 150, 100, 5000, 100};
            c.status = PackCartonStatus::Closed;
            c.weightGrams = 400;
            c.contents = {PackedUnits{1, f.kWidget, {}, 1}};
            shipping.cartons.append(c);
        }
    }
    Shipping rules() const { return Shipping(f.state, shipping, f.clock); }
};

QJsonObject label(const EventList& events)
{
    return events.first().payload;
}

} // namespace

TEST_CASE("the cheapest service at or above the paid level that meets the promise", "[core][shipping][rates]")
{
    SECTION("Standard paid, promised in a week: Ground")
    {
        ShippingFixture s(QStringLiteral("Standard"), 7);
        CHECK(s.rules().quote(kOrder)->service == QStringLiteral("Ground"));
    }
    SECTION("Standard paid, promised in 3 days: Ground is late, 2nd Day Air is on time")
    {
        ShippingFixture s(QStringLiteral("Standard"), 3);
        CHECK(s.rules().quote(kOrder)->service == QStringLiteral("2nd Day Air"));
    }
    SECTION("Express paid, promised in a week: Ground would do, but Express was paid for")
    {
        ShippingFixture s(QStringLiteral("Express"), 7);
        CHECK(s.rules().quote(kOrder)->service == QStringLiteral("2nd Day Air"));
    }
    SECTION("Overnight paid, no promised date: the cheapest overnight")
    {
        ShippingFixture s(QStringLiteral("Overnight"), -1);
        CHECK(s.rules().quote(kOrder)->service == QStringLiteral("Next Day Air"));
    }
    SECTION("Overnight paid, no overnight card")
    {
        ShippingFixture s(QStringLiteral("Overnight"), 7);
        s.shipping.cards.removeLast();
        CORE_CHECK_REFUSED(s.rules().quote(kOrder), ErrorCode::NoRate);
    }
    SECTION("promised today: nothing is on time")
    {
        ShippingFixture s(QStringLiteral("Standard"), 0);
        CORE_CHECK_REFUSED(s.rules().quote(kOrder), ErrorCode::PromiseNotMet);
    }
}

TEST_CASE("each carton is a parcel: priced one by one, a tracking number each", "[core][shipping][tracking]")
{
    ShippingFixture s(QStringLiteral("Standard"), 7, 3);
    // R1 has one number left (and was at its mark already); R2 takes over inside the same shipment.
    s.shipping.ranges = {range(QStringLiteral("R1"), 1, 1, 1), range(QStringLiteral("R2"), 10, 20, 9)};
    const auto created = s.rules().create({kOrder}, QStringLiteral("S1"));
    CORE_REQUIRE_OK(created);
    REQUIRE(eventTypes(*created) == QStringList{EventType::ShipmentCreated, EventType::TrackingRangeLow});
    const QJsonObject l = label(*created);
    CHECK(l.value(QStringLiteral("costMinor")).toInteger() == 3 * 900);
    const QJsonArray packages = l.value(QStringLiteral("packages")).toArray();
    REQUIRE(packages.size() == 3);
    QStringList used;
    for (const QJsonValue& p : packages) {
        const QString number = p.toObject().value(QStringLiteral("trackingNumber")).toString();
        CHECK(TrackingNumber::validate(TrackingFormat::Ups1Z, number).ok());
        used.append(p.toObject().value(QStringLiteral("rangeId")).toString() + QLatin1Char('/') +
                    QString::number(p.toObject().value(QStringLiteral("serial")).toInteger()));
    }
    CHECK(used == QStringList{QStringLiteral("R1/1"), QStringLiteral("R2/10"), QStringLiteral("R2/11")});
    // R2 had 11 numbers and a mark of 9: the second of them took it there.
    const QJsonObject low = created->last().payload;
    CHECK(low.value(QStringLiteral("rangeId")).toString() == QStringLiteral("R2"));
    CHECK(low.value(QStringLiteral("remaining")).toInteger() == 9);
}

TEST_CASE("a shipment is refused without what its label needs", "[core][shipping]")
{
    SECTION("not packed")
    {
        ShippingFixture s(QStringLiteral("Standard"), 7);
        s.shipping.packing = PackingStatus::Packing;
        CORE_CHECK_REFUSED(s.rules().create({kOrder}, QStringLiteral("S1")), ErrorCode::NotPacked);
    }
    SECTION("no ship-from")
    {
        ShippingFixture s(QStringLiteral("Standard"), 7);
        s.shipping.profile.reset();
        CORE_CHECK_REFUSED(s.rules().create({kOrder}, QStringLiteral("S1")), ErrorCode::NotConfigured);
    }
    SECTION("no rate cards")
    {
        ShippingFixture s(QStringLiteral("Standard"), 7);
        s.shipping.cards.clear();
        CORE_CHECK_REFUSED(s.rules().create({kOrder}, QStringLiteral("S1")), ErrorCode::NotConfigured);
    }
    SECTION("no range for the carrier")
    {
        ShippingFixture s(QStringLiteral("Standard"), 7);
        s.shipping.ranges.clear();
        CORE_CHECK_REFUSED(s.rules().create({kOrder}, QStringLiteral("S1")),
                           ErrorCode::TrackingRangeExhausted);
    }
    SECTION("an unknown order")
    {
        ShippingFixture s(QStringLiteral("Standard"), 7);
        CORE_CHECK_REFUSED(s.rules().create({QStringLiteral("SO-404")}, QStringLiteral("S1")),
                           ErrorCode::UnknownOrder);
    }
    SECTION("bad master data")
    {
        ShippingFixture s(QStringLiteral("Standard"), 7);
        CORE_CHECK_REFUSED(s.rules().addTrackingRange(range(QStringLiteral("R1"), 1, 5)),
                           ErrorCode::AlreadyExists);
        RateCard twice = s.shipping.cards.first();
        twice.bands = {{0, 10, Money::fromMinor(1)}, {20, 30, Money::fromMinor(2)}}; // a gap
        CORE_CHECK_REFUSED(s.rules().defineRateCard(twice), ErrorCode::InvalidArgument);
        WarehouseProfile badZone = *s.shipping.profile;
        badZone.timeZone = QStringLiteral("Mars/Olympus");
        CORE_CHECK_REFUSED(s.rules().defineWarehouseProfile(badZone), ErrorCode::InvalidArgument);
        CORE_REQUIRE_OK(s.rules().defineRateCard(s.shipping.cards.first())); // the same card again replaces
    }
}
