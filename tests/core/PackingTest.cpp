// The packing rules without a store: open a carton for a fully picked order, scan items in, weigh and close.
#include "Packing.h"
#include "InventoryFixture.h"

#include <QJsonArray>

using namespace wh;
using namespace wh::test;

namespace {

const QString kOrder = QStringLiteral("SO-1");
const Carton kBox{QStringLiteral("M"), 300, 250, 200, 10000, 200};

// The packing side of the ports over plain containers, folding packing events the way db/Projector does.
class MemoryShipping final : public PickingState, public ShippingState
{
public:
    // PickingState: packing only resolves GTINs through it.
    std::optional<PickTask> pickTask(const QString&) const override { return std::nullopt; }
    QList<PickCandidate> unplannedAllocations() const override { return {}; }
    ToteUse toteUse(const QString&) const override { return {}; }
    std::optional<Sku> skuByGtin(const QString&) const override { return std::nullopt; }
    QList<QPair<QString, PickTaskLine>> openTaskLines(const QString&) const override { return {}; }
    QList<PutBackItem> putBacks(const QString&) const override { return {}; }

    QList<Carton> cartonTypes() const override { return {kBox}; }
    QList<RateCard> rateCards() const override { return {}; }
    std::optional<TrackingRange> trackingRange(const QString&) const override { return std::nullopt; }
    QList<TrackingRange> trackingRanges(const QString&) const override { return {}; }
    std::optional<WarehouseProfile> warehouseProfile() const override { return std::nullopt; }
    std::optional<PackCarton> packCarton(const QString& id) const override
    {
        const auto it = m_cartons.constFind(id);
        return it == m_cartons.cend() ? std::nullopt : std::optional<PackCarton>(*it);
    }
    bool cartonOfOtherTenant(const QString& id) const override { return id == QStringLiteral("C-OTHER"); }
    QList<PackCarton> packCartons(const QString& orderId) const override
    {
        QList<PackCarton> out;
        for (const PackCarton& c : m_cartons)
            if (c.orderId == orderId)
                out.append(c);
        return out;
    }
    PackingStatus packingStatus(const QString& orderId) const override
    {
        return m_packed.contains(orderId) ? PackingStatus::Packed : PackingStatus::None;
    }
    std::optional<ShipmentRecord> shipment(const QString&) const override { return std::nullopt; }
    std::optional<ShipmentRecord> shipmentForOrder(const QString&) const override { return std::nullopt; }

    void apply(const EventList& events)
    {
        for (const DomainEvent& e : events) {
            const QJsonObject& p = e.payload;
            const QString cartonId = p.value(QStringLiteral("cartonId")).toString();
            if (e.type == EventType::CartonOpened) {
                PackCarton c;
                c.id = cartonId;
                c.orderId = p.value(QStringLiteral("orderId")).toString();
                c.type = *Carton::fromJson(p.value(QStringLiteral("carton")).toObject());
                m_cartons.insert(c.id, c);
            } else if (e.type == EventType::ItemPacked) {
                m_cartons[cartonId].contents.append(PackedUnits{
                    p.value(QStringLiteral("lineNo")).toInt(), p.value(QStringLiteral("sku")).toString(),
                    p.value(QStringLiteral("lot")).toString(),
                    p.value(QStringLiteral("quantity")).toInteger()});
            } else if (e.type == EventType::CartonClosed) {
                PackCarton& c = m_cartons[cartonId];
                c.status = PackCartonStatus::Closed;
                c.weightGrams = p.value(QStringLiteral("weightGrams")).toInteger();
                c.expectedGrams = p.value(QStringLiteral("expectedGrams")).toInteger();
            } else if (e.type == EventType::Packed) {
                m_packed.insert(p.value(QStringLiteral("orderId")).toString());
            }
        }
    }

private:
    QMap<QString, PackCarton> m_cartons;
    QSet<QString> m_packed;
};

struct PackingFixture
{
    InventoryFixture f;
    MemoryShipping shipping;
    int nextCarton = 1;

    PackingFixture()
    {
        // Weighed and measured versions of the fixture's items.
        Sku widget = *f.state.sku(f.kWidget);
        widget.weightGrams = 300;
        widget.lengthMm = widget.widthMm = widget.heightMm = 50;
        f.state.addSku(widget);
        Sku bolt = *f.state.sku(f.kBolt);
        bolt.weightGrams = 100;
        bolt.lengthMm = bolt.widthMm = bolt.heightMm = 20;
        f.state.addSku(bolt);
        f.state.putStock({f.kWidget, f.kPick1, {}}, {}, 30);
        f.state.putStock({f.kBolt, f.kPick2, {}}, {}, 30);
    }
    Packing packing() const { return Packing(f.state, shipping, shipping, f.clock); }
    void reserveAndPick(std::int64_t widgets, std::int64_t bolts)
    {
        f.reserved(
            f.order(kOrder, OrderStatus::Paid, {f.line(1, f.kWidget, widgets), f.line(2, f.kBolt, bolts)}));
        f.commit(f.inventory().pick({kOrder, 1, f.kPick1, {}, widgets}));
        f.commit(f.inventory().pick({kOrder, 2, f.kPick2, {}, bolts}));
    }
    EventList commit(const Result<EventList>& result)
    {
        INFO(describe(result));
        REQUIRE(result.ok());
        shipping.apply(result.value());
        return result.value();
    }
    QString open()
    {
        const QString id = QStringLiteral("C%1").arg(nextCarton++);
        commit(packing().openCarton({kOrder, kBox.code}, id));
        return id;
    }
    PackScan scan(const QString& carton, const QString& code, std::int64_t quantity)
    {
        return PackScan{carton, ScannedItem{code, {}, {}}, quantity};
    }
};

} // namespace

TEST_CASE("an order is packed only when what was reserved is picked", "[core][packing]")
{
    PackingFixture p;
    p.f.reserved(
        p.f.order(kOrder, OrderStatus::Paid, {p.f.line(1, p.f.kWidget, 2), p.f.line(2, p.f.kBolt, 3)}));
    CORE_CHECK_REFUSED(p.packing().openCarton({kOrder, kBox.code}, QStringLiteral("C1")),
                       ErrorCode::NotFullyPicked);
    p.f.commit(p.f.inventory().pick({kOrder, 1, p.f.kPick1, {}, 2}));
    p.f.commit(p.f.inventory().pick({kOrder, 2, p.f.kPick2, {}, 1}));
    const auto partly = p.packing().openCarton({kOrder, kBox.code}, QStringLiteral("C1"));
    CORE_CHECK_REFUSED(partly, ErrorCode::NotFullyPicked);
    CHECK(partly.error().message.contains(QStringLiteral("1 of 3")));
    CORE_CHECK_REFUSED(
        p.packing().openCarton({QStringLiteral("SO-OTHER-TENANT"), kBox.code}, QStringLiteral("C1")),
        ErrorCode::UnknownOrder);
    p.f.commit(p.f.inventory().pick({kOrder, 2, p.f.kPick2, {}, 2}));
    CORE_CHECK_REFUSED(p.packing().openCarton({kOrder, QStringLiteral("XXL")}, QStringLiteral("C1")),
                       ErrorCode::NotConfigured);
    CORE_REQUIRE_OK(p.packing().openCarton({kOrder, kBox.code}, QStringLiteral("C1")));
}

TEST_CASE("a line reserved in part packs what was reserved", "[core][packing]")
{
    PackingFixture p;
    // Ordered 5, reserved 3 (a partial reservation): 3 picked is fully picked.
    p.f.state.addOrder(p.f.order(kOrder, OrderStatus::Paid, {p.f.line(1, p.f.kWidget, 5)}));
    REQUIRE(p.f.state.apply(DomainEvent{
        EventType::InventoryReserved,
        QStringLiteral("order"),
        kOrder,
        {{QStringLiteral("orderId"), kOrder},
         {QStringLiteral("allocations"), QJsonArray{QJsonObject{{QStringLiteral("lineNo"), 1},
                                                                {QStringLiteral("sku"), p.f.kWidget},
                                                                {QStringLiteral("location"), p.f.kPick1},
                                                                {QStringLiteral("lot"), QString()},
                                                                {QStringLiteral("expiry"), QString()},
                                                                {QStringLiteral("quantity"), 3}}}}}}));
    p.f.commit(p.f.inventory().pick({kOrder, 1, p.f.kPick1, {}, 3}));
    const QString carton = p.open();
    p.commit(p.packing().pack(p.scan(carton, p.f.kWidget, 3)));
    const EventList closed = p.commit(p.packing().close({carton, 3 * 300 + 200}));
    CHECK(eventTypes(closed) == QStringList{EventType::CartonClosed, EventType::Packed});
}

TEST_CASE("extra items and over-packing are refused at the scan", "[core][packing]")
{
    PackingFixture p;
    p.reserveAndPick(2, 1);
    const QString carton = p.open();
    const auto extra = p.packing().pack(p.scan(carton, p.f.kMilk, 1));
    CORE_CHECK_REFUSED(extra, ErrorCode::NotInOrder);
    CHECK(extra.error().message.contains(QStringLiteral("extra item")));
    CORE_CHECK_REFUSED(p.packing().pack(p.scan(carton, QStringLiteral("NOPE"), 1)), ErrorCode::UnknownSku);
    CORE_CHECK_REFUSED(p.packing().pack(p.scan(carton, p.f.kWidget, 3)), ErrorCode::OverPack);
    CORE_CHECK_REFUSED(p.packing().pack(p.scan(carton, p.f.kWidget, 0)), ErrorCode::InvalidArgument);
    p.commit(p.packing().pack(p.scan(carton, p.f.kWidget, 2)));
    CORE_CHECK_REFUSED(p.packing().pack(p.scan(carton, p.f.kWidget, 1)), ErrorCode::OverPack);
    CORE_CHECK_REFUSED(p.packing().checkScan(p.scan(carton, p.f.kWidget, 1)), ErrorCode::OverPack);
    CORE_CHECK_REFUSED(p.packing().pack(p.scan(QStringLiteral("C-OTHER"), p.f.kBolt, 1)),
                       ErrorCode::ForeignTenant);
    CORE_CHECK_REFUSED(p.packing().pack(p.scan(QStringLiteral("C404"), p.f.kBolt, 1)),
                       ErrorCode::UnknownCarton);
}

TEST_CASE("the scale and the last carton catch what the scans did not", "[core][packing]")
{
    PackingFixture p;
    p.reserveAndPick(2, 3);
    const QString carton = p.open();
    p.commit(p.packing().pack(p.scan(carton, p.f.kWidget, 2)));

    const auto missing = p.packing().close({carton, 2 * 300 + 200});
    CORE_CHECK_REFUSED(missing, ErrorCode::ItemsMissing);
    CHECK(missing.error().message.contains(QStringLiteral("line 2 BOLT: 3")));

    p.commit(p.packing().pack(p.scan(carton, p.f.kBolt, 3)));
    // Expected 600 + 300 + 200 = 1,100 g, tolerance 55 g.
    const auto light = p.packing().close({carton, 1000});
    CORE_CHECK_REFUSED(light, ErrorCode::WeightOutOfTolerance);
    CHECK(light.error().message.contains(QStringLiteral("weighs 1000 g, expected 1100 g")));
    CORE_CHECK_REFUSED(p.packing().close({carton, 1156}), ErrorCode::WeightOutOfTolerance);
    const EventList closed = p.commit(p.packing().close({carton, 1155}));
    REQUIRE(eventTypes(closed) == QStringList{EventType::CartonClosed, EventType::Packed});
    const QJsonArray cartons = closed.last().payload.value(QStringLiteral("cartons")).toArray();
    REQUIRE(cartons.size() == 1);
    CHECK(cartons[0].toObject().value(QStringLiteral("weightGrams")).toInteger() == 1155);
    CORE_CHECK_REFUSED(p.packing().close({carton, 1155}), ErrorCode::CartonNotOpen);
}

TEST_CASE("an order packs into several cartons, packed when the last one closes", "[core][packing]")
{
    PackingFixture p;
    p.reserveAndPick(2, 2);
    const QString first = p.open();
    p.commit(p.packing().pack(p.scan(first, p.f.kWidget, 2)));
    const QString second = p.open();
    // Another carton is open, so the first may close with the bolts still outside it.
    CHECK(eventTypes(p.commit(p.packing().close({first, 800}))) == QStringList{EventType::CartonClosed});
    p.commit(p.packing().pack(p.scan(second, p.f.kBolt, 2)));
    const EventList last = p.commit(p.packing().close({second, 400}));
    REQUIRE(eventTypes(last) == QStringList{EventType::CartonClosed, EventType::Packed});
    CHECK(last.last().payload.value(QStringLiteral("cartons")).toArray().size() == 2);
    CHECK(p.packing().unpacked(kOrder).isEmpty());
    CORE_CHECK_REFUSED(p.packing().openCarton({kOrder, kBox.code}, QStringLiteral("C9")),
                       ErrorCode::IllegalTransition);
}

TEST_CASE("a cancellation that lands mid-packing stops the next scan and the close", "[core][packing]")
{
    PackingFixture p;
    p.reserveAndPick(2, 2);
    const QString carton = p.open();
    p.commit(p.packing().pack(p.scan(carton, p.f.kWidget, 2)));
    // The central service's CancelOrder came through the inbox while the packer was at the bench.
    Order order = *p.f.state.order(kOrder);
    order.status = OrderStatus::Cancelled;
    p.f.state.addOrder(order);
    CORE_CHECK_REFUSED(p.packing().pack(p.scan(carton, p.f.kBolt, 2)), ErrorCode::IllegalTransition);
    CORE_CHECK_REFUSED(p.packing().close({carton, 800}), ErrorCode::IllegalTransition);
    const auto refused = p.packing().close({carton, 800});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Cancelled")));
}
