#pragma once

#include "InventoryFixture.h"
#include "MemoryReceivingState.h"

#include "Putaway.h"
#include "Receiving.h"

namespace wh::test {

// A GS1 code with its check digit appended (GTINs, SSCCs for the tests).
inline QString withGs1Check(const QString& digits)
{
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i)
        sum += digits[digits.size() - 1 - i].digitValue() * (i % 2 == 0 ? 3 : 1);
    return digits + QString::number((10 - sum % 10) % 10);
}

// The inventory fixture's warehouse with receiving on top: a GTIN on every SKU, two receiving docks, a
// serialised SKU, and receipts and ASNs folded in through MemoryReceivingState.
class ReceivingFixture : public InventoryFixture
{
public:
    inline static const QString kDock2 = QStringLiteral("RCV-02");
    inline static const QString kCamera = QStringLiteral("CAMERA"); // untracked, serialised by label
    inline static const QString kWidgetGtin = withGs1Check(QStringLiteral("0950110153000"));
    inline static const QString kMilkGtin = withGs1Check(QStringLiteral("0950110153001"));
    inline static const QString kBoltGtin = withGs1Check(QStringLiteral("0950110153002"));
    inline static const QString kCameraGtin = withGs1Check(QStringLiteral("0950110153003"));
    inline static const QString kPallet1 = withGs1Check(QStringLiteral("09501101500000001"));
    inline static const QString kPallet2 = withGs1Check(QStringLiteral("09501101500000002"));

    ReceivingFixture()
    {
        state.addLocation({kDock2, QStringLiteral("DOCK"), LocationType::Receiving, 0});
        for (auto [code, gtin] :
             {std::pair{kWidget, kWidgetGtin}, std::pair{kMilk, kMilkGtin}, std::pair{kBolt, kBoltGtin}}) {
            Sku sku = *state.sku(code);
            sku.gtin = gtin;
            state.addSku(sku);
        }
        Sku camera;
        camera.code = kCamera;
        camera.gtin = kCameraGtin;
        state.addSku(camera);
    }

    Receiving receiving() const { return Receiving(state, receivingState, clock); }
    Putaway putaway() const { return Putaway(state, receivingState, clock); }

    // The command must succeed; its events are folded into both states.
    EventList commit(const Result<EventList>& result)
    {
        INFO(describe(result));
        REQUIRE(result.ok());
        REQUIRE(receivingState.apply(result.value()));
        REQUIRE(state.consistent());
        return result.value();
    }

    // An ASN of widgets (10 loose, lot-less) and milk (lot L1, on pallet 1), registered.
    Asn asn(const QString& id = QStringLiteral("ASN-1")) const
    {
        Asn a;
        a.id = id;
        a.supplier = QStringLiteral("Trail Bottles Ltd");
        a.expectedDate = kToday;
        a.lines = {AsnLine{1, kWidget, 10, {}, {}, {}},
                   AsnLine{2, kMilk, 24, QStringLiteral("L1"), kSoon, kPallet1}};
        return a;
    }

    // Opens a receipt (its id is what the store would give) and returns the id.
    QString open(const QString& asnId = {}, const QString& dock = kDock)
    {
        const QString id = QStringLiteral("RCV%1").arg(++m_receipts);
        commit(receiving().openReceipt(OpenReceipt{dock, asnId}, id));
        return id;
    }

    EventList scan(const QString& receiptId, const QString& code, std::int64_t quantity = 1,
                   const QString& lot = {}, QDate expiry = {}, const QString& serial = {})
    {
        return commit(receiving().scan(ReceiptScan{receiptId, {}, code, lot, expiry, serial, quantity}));
    }

    MemoryReceivingState receivingState{state};

private:
    int m_receipts = 0;
};

inline const DomainEvent& only(const EventList& events, const QString& type)
{
    const auto it =
        std::find_if(events.begin(), events.end(), [&](const DomainEvent& e) { return e.type == type; });
    REQUIRE(it != events.end());
    return *it;
}

} // namespace wh::test
