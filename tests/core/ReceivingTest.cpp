// The receiving rules without a store: ASNs (the parser's field errors, the rules' refusals), receipts opened
// blind or against an ASN, one scan at a time (pallets by SSCC, items by GTIN or code with lot, expiry and
// serial), undo, and what a posting writes: the stock into the receiving location and ReceiptPosted with
// the over, under and unknown discrepancies.
#include "CoreTestSupport.h"
#include "ReceivingFixture.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace wh;
using wh::test::only;
using wh::test::ReceivingFixture;

namespace {

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(text).object();
}

QStringList discrepancies(const DomainEvent& posted)
{
    QStringList out;
    for (const QJsonValue& value : posted.payload.value(QStringLiteral("discrepancies")).toArray()) {
        const QJsonObject d = value.toObject();
        out.append(
            QStringLiteral("%1|%2|%3")
                .arg(d.value(QStringLiteral("kind")).toString(),
                     d.value(QStringLiteral("sku")).toString() + d.value(QStringLiteral("code")).toString(),
                     QString::number(d.value(QStringLiteral("quantity")).toInteger())));
    }
    return out;
}

// "sku|lot|expiry|expected|received|serials" per line of a ReceiptPosted.
QStringList lines(const DomainEvent& posted)
{
    QStringList out;
    for (const QJsonValue& value : posted.payload.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = value.toObject();
        QStringList serials;
        for (const QJsonValue& s : l.value(QStringLiteral("serials")).toArray())
            serials.append(s.toString());
        out.append(QStringLiteral("%1|%2|%3|%4|%5|%6")
                       .arg(l.value(QStringLiteral("sku")).toString(),
                            l.value(QStringLiteral("lot")).toString(),
                            l.value(QStringLiteral("expiry")).toString(),
                            QString::number(l.value(QStringLiteral("expected")).toInteger()),
                            QString::number(l.value(QStringLiteral("received")).toInteger()),
                            serials.join(QLatin1Char(','))));
    }
    return out;
}

} // namespace

TEST_CASE("an ASN is parsed field by field, and a bad field is named", "[receiving][asn]")
{
    ReceivingFixture f;
    const Asn asn = f.asn();
    auto back = Receiving::parseAsn(Receiving::asnToJson(asn));
    CORE_REQUIRE_OK(back);
    CHECK(back->id == asn.id);
    CHECK(back->supplier == asn.supplier);
    CHECK(back->expectedDate == asn.expectedDate);
    REQUIRE(back->lines.size() == 2);
    CHECK(back->lines[1].lineNo == 2);
    CHECK(back->lines[1].sku == ReceivingFixture::kMilk);
    CHECK(back->lines[1].quantity == 24);
    CHECK(back->lines[1].lot == QStringLiteral("L1"));
    CHECK(back->lines[1].expiry == ReceivingFixture::kSoon);
    CHECK(back->lines[1].sscc == ReceivingFixture::kPallet1);
    CHECK(back->lines[0].lot.isEmpty());
    CHECK_FALSE(back->lines[0].expiry.isValid());

    const QList<std::pair<const char*, const char*>> bad{
        {R"({"supplier": "S", "expectedDate": "2026-03-10", "lines": []})", "\"asnId\" is missing"},
        {R"({"asnId": 7, "supplier": "S", "expectedDate": "2026-03-10", "lines": []})",
         "\"asnId\" must be text"},
        {R"({"asnId": "A", "supplier": " ", "expectedDate": "2026-03-10", "lines": []})",
         "\"supplier\" must not be empty"},
        {R"({"asnId": "A", "supplier": "S", "expectedDate": "10.03.2026", "lines": []})",
         "\"expectedDate\" is not a YYYY-MM-DD date"},
        {R"({"asnId": "A", "supplier": "S", "expectedDate": "2026-02-30", "lines": []})",
         "\"expectedDate\" is not a YYYY-MM-DD date"},
        {R"({"asnId": "A", "supplier": "S", "expectedDate": "2026-03-10", "lines": {}})",
         "\"lines\" must be a list"},
        {R"({"asnId": "A", "supplier": "S", "expectedDate": "2026-03-10", "lines": [3]})",
         "lines[1] must be an object"},
        {R"({"asnId": "A", "supplier": "S", "expectedDate": "2026-03-10", "lines": [{"sku": "X", "quantity": "4"}]})",
         "lines[1].\"quantity\" must be a whole number"},
        {R"({"asnId": "A", "supplier": "S", "expectedDate": "2026-03-10", "lines": [{"sku": "X", "quantity": 2.5}]})",
         "lines[1].\"quantity\" must be a whole number"},
        {R"({"asnId": "A", "supplier": "S", "expectedDate": "2026-03-10", "lines": [{"sku": "X", "quantity": 1},
            {"quantity": 1}]})",
         "lines[2].\"sku\" is missing"},
        {R"({"asnId": "A", "supplier": "S", "expectedDate": "2026-03-10", "lines": [{"sku": "X", "quantity": 1,
            "expiry": "2027-13-01"}]})",
         "lines[1].\"expiry\" is not a YYYY-MM-DD date"},
        {R"({"asnId": "A", "supplier": "S", "expectedDate": "2026-03-10", "lines": [{"sku": "X", "qty": 1}]})",
         "lines[1].\"qty\" is not a field of an ASN line"},
        {R"({"asnId": "A", "supplier": "S", "expectedDate": "2026-03-10", "lines": [], "carrier": "DHL"})",
         "\"carrier\" is not a field of an ASN"},
    };
    for (const auto& [text, problem] : bad) {
        INFO(text);
        const auto parsed = Receiving::parseAsn(json(text));
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().code == ErrorCode::InvalidArgument);
        CHECK(parsed.error().message.contains(QLatin1String(problem)));
    }
    const auto notJson = Receiving::parseAsnDocument("{\"asnId\": ");
    REQUIRE_FALSE(notJson.ok());
    CHECK(notJson.error().message.contains(QStringLiteral("not JSON")));
    const auto list = Receiving::parseAsnDocument("[1, 2]");
    REQUIRE_FALSE(list.ok());
    CHECK(list.error().message.contains(QStringLiteral("one JSON object")));
}

TEST_CASE("an ASN is registered, or refused with the line and the reason", "[receiving][asn]")
{
    ReceivingFixture f;
    const EventList registered = f.commit(f.receiving().registerAsn(f.asn()));
    REQUIRE(registered.size() == 1);
    CHECK(registered[0].type == EventType::AsnRegistered);
    CHECK(registered[0].aggregateType == QStringLiteral("asn"));
    CHECK(registered[0].payload == Receiving::asnToJson(f.asn()));
    CHECK_FALSE(EventType::isCloudBound(EventType::AsnRegistered)); // it came from the cloud

    CORE_CHECK_REFUSED(f.receiving().registerAsn(f.asn()), ErrorCode::AlreadyExists);

    const auto refusedLine = [&](AsnLine line, ErrorCode code, const QString& words) {
        Asn a = f.asn(QStringLiteral("ASN-X"));
        a.lines = {line};
        const auto result = f.receiving().registerAsn(a);
        CORE_CHECK_REFUSED(result, code);
        if (!result.ok())
            CHECK(result.error().message.contains(words));
    };
    refusedLine(AsnLine{1, QStringLiteral("NOPE"), 5, {}, {}, {}}, ErrorCode::UnknownSku,
                QStringLiteral("Line 1 of ASN ASN-X: there is no SKU NOPE"));
    refusedLine(AsnLine{1, ReceivingFixture::kWidget, 0, {}, {}, {}}, ErrorCode::NegativeQuantity,
                QStringLiteral("at least 1"));
    refusedLine(AsnLine{1, ReceivingFixture::kWidget, -3, {}, {}, {}}, ErrorCode::NegativeQuantity,
                QStringLiteral("not -3"));
    refusedLine(AsnLine{1, ReceivingFixture::kWidget, Inventory::kMaxUnitsPerAction + 1, {}, {}, {}},
                ErrorCode::InvalidArgument, QStringLiteral("not plausible"));
    refusedLine(AsnLine{1, ReceivingFixture::kWidget, 5, QStringLiteral("L9"), {}, {}},
                ErrorCode::InvalidArgument, QStringLiteral("not lot-tracked"));
    refusedLine(AsnLine{1, ReceivingFixture::kMilk, 5, QStringLiteral("L 9"), {}, {}},
                ErrorCode::InvalidArgument, QStringLiteral("not a valid lot code"));
    refusedLine(AsnLine{1, ReceivingFixture::kWidget, 5, {}, {}, QStringLiteral("340123450000000014")},
                ErrorCode::InvalidArgument, QStringLiteral("not an SSCC"));
    refusedLine(AsnLine{1, ReceivingFixture::kWidget, 5, {}, {}, QStringLiteral("12345")},
                ErrorCode::InvalidArgument, QStringLiteral("not an SSCC"));
    // The pallet is on ASN-1, still open: one pallet is announced once.
    refusedLine(AsnLine{1, ReceivingFixture::kWidget, 5, {}, {}, ReceivingFixture::kPallet1},
                ErrorCode::AlreadyExists, QStringLiteral("already announced on ASN ASN-1"));

    Asn twice = f.asn(QStringLiteral("ASN-2"));
    twice.lines = {AsnLine{1, ReceivingFixture::kWidget, 5, {}, {}, {}},
                   AsnLine{2, ReceivingFixture::kWidget, 3, {}, {}, {}}};
    CORE_CHECK_REFUSED(f.receiving().registerAsn(twice), ErrorCode::InvalidArgument);
    Asn empty = f.asn(QStringLiteral("ASN-3"));
    empty.lines.clear();
    CORE_CHECK_REFUSED(f.receiving().registerAsn(empty), ErrorCode::InvalidArgument);
    Asn nobody = f.asn(QStringLiteral("ASN-4"));
    nobody.supplier = QStringLiteral("  ");
    CORE_CHECK_REFUSED(f.receiving().registerAsn(nobody), ErrorCode::InvalidArgument);
    Asn undated = f.asn(QStringLiteral("ASN-5"));
    undated.expectedDate = {};
    CORE_CHECK_REFUSED(f.receiving().registerAsn(undated), ErrorCode::InvalidArgument);
    Asn spaced = f.asn(QStringLiteral("ASN 6"));
    CORE_CHECK_REFUSED(f.receiving().registerAsn(spaced), ErrorCode::InvalidArgument);
}

TEST_CASE("a receipt opens at a receiving location, blind or against an open ASN", "[receiving][receipt]")
{
    ReceivingFixture f;
    f.commit(f.receiving().registerAsn(f.asn()));
    const EventList opened =
        f.commit(f.receiving().openReceipt({ReceivingFixture::kDock, {}}, QStringLiteral("R1")));
    REQUIRE(opened.size() == 1);
    CHECK(opened[0].type == EventType::ReceiptOpened);
    CHECK(test::text(opened[0], "location") == ReceivingFixture::kDock);
    CHECK(test::text(opened[0], "asnId").isEmpty());

    CORE_CHECK_REFUSED(f.receiving().openReceipt({ReceivingFixture::kBulk1, {}}, QStringLiteral("R2")),
                       ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(f.receiving().openReceipt({ReceivingFixture::kPack, {}}, QStringLiteral("R2")),
                       ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(f.receiving().openReceipt({ReceivingFixture::kForeign, {}}, QStringLiteral("R2")),
                       ErrorCode::ForeignTenant);
    CORE_CHECK_REFUSED(f.receiving().openReceipt({QStringLiteral("NOWHERE"), {}}, QStringLiteral("R2")),
                       ErrorCode::UnknownLocation);
    CORE_CHECK_REFUSED(
        f.receiving().openReceipt({ReceivingFixture::kDock, QStringLiteral("ASN-9")}, QStringLiteral("R2")),
        ErrorCode::UnknownAsn);

    f.commit(
        f.receiving().openReceipt({ReceivingFixture::kDock, QStringLiteral("ASN-1")}, QStringLiteral("R2")));
    // One receipt at a time receives an ASN: a second one is pointed to the first.
    const auto second =
        f.receiving().openReceipt({ReceivingFixture::kDock2, QStringLiteral("ASN-1")}, QStringLiteral("R3"));
    CORE_CHECK_REFUSED(second, ErrorCode::AlreadyExists);
    CHECK(second.error().message.contains(QStringLiteral("receipt R2")));
}

TEST_CASE("an item scan resolves the GTIN in any form, keeps lot, expiry and serial, and counts units",
          "[receiving][scan]")
{
    ReceivingFixture f;
    const QString r = f.open();
    // A GTIN-13 scanned as the GTIN-14 a GS1 code carries, and the SKU code typed.
    const EventList first = f.scan(r, QLatin1Char('0') + ReceivingFixture::kWidgetGtin, 4);
    REQUIRE(first.size() == 1);
    CHECK(first[0].type == EventType::ReceiptScanned);
    CHECK(test::number(first[0], "scanNo") == 1);
    CHECK(test::text(first[0], "kind") == QStringLiteral("item"));
    const QJsonObject item = first[0].payload.value(QStringLiteral("items")).toArray().at(0).toObject();
    CHECK(item.value(QStringLiteral("sku")).toString() == ReceivingFixture::kWidget);
    CHECK(item.value(QStringLiteral("gtin")).toString() == ReceivingFixture::kWidgetGtin);
    CHECK(item.value(QStringLiteral("quantity")).toInteger() == 4);
    f.scan(r, ReceivingFixture::kWidget); // one unit by default
    CHECK(f.receivingState.receivedSoFar(r, ReceivingFixture::kWidget, {}).quantity == 5);
    CHECK(f.receivingState.receipt(r)->lastScanNo == 2);

    // Lot-tracked: the lot comes with the scan, and the expiry stays with the lot on the receipt.
    f.scan(r, ReceivingFixture::kMilkGtin, 6, QStringLiteral("L1"), ReceivingFixture::kSoon);
    const EventList typed = f.scan(r, ReceivingFixture::kMilk, 2, QStringLiteral("L1")); // no expiry given
    const QJsonObject inherited = typed[0].payload.value(QStringLiteral("items")).toArray().at(0).toObject();
    CHECK(inherited.value(QStringLiteral("expiry")).toString() ==
          Inventory::dateText(ReceivingFixture::kSoon));
    const auto otherExpiry = f.receiving().scan(
        ReceiptScan{r, {}, ReceivingFixture::kMilk, QStringLiteral("L1"), ReceivingFixture::kLater, {}, 1});
    CORE_CHECK_REFUSED(otherExpiry, ErrorCode::InvalidArgument);
    CHECK(otherExpiry.error().message.contains(QStringLiteral("One lot has one expiry date")));

    // A batch on the label of an item the merchant does not track is not kept.
    const EventList batch = f.scan(r, ReceivingFixture::kWidget, 1, QStringLiteral("B77"));
    CHECK(batch[0]
              .payload.value(QStringLiteral("items"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("lot"))
              .toString()
              .isEmpty());
    CHECK(f.receivingState.receivedSoFar(r, ReceivingFixture::kWidget, {}).quantity == 6);
    // Nothing of it is stock yet.
    CHECK(f.state.onHandTotal(ReceivingFixture::kWidget) == 0);
}

TEST_CASE("a scan is refused when it cannot be taken as it is, and nothing is recorded", "[receiving][scan]")
{
    ReceivingFixture f;
    const QString r = f.open();
    const auto refused = [&](ReceiptScan scan, ErrorCode code) {
        if (scan.receiptId.isEmpty())
            scan.receiptId = r;
        CORE_CHECK_REFUSED(f.receiving().scan(scan), code);
    };
    refused({{}, {}, ReceivingFixture::kMilk, {}, {}, {}, 1},
            ErrorCode::InvalidArgument); // lot-tracked, no lot
    refused({{}, {}, ReceivingFixture::kWidget, {}, {}, {}, 0}, ErrorCode::NegativeQuantity);
    refused({{}, {}, ReceivingFixture::kWidget, {}, {}, {}, -2}, ErrorCode::NegativeQuantity);
    refused({{}, {}, ReceivingFixture::kWidget, {}, {}, {}, Inventory::kMaxUnitsPerAction + 1},
            ErrorCode::InvalidArgument);
    refused({{}, {}, ReceivingFixture::kCamera, {}, {}, QStringLiteral("SN-1"), 2},
            ErrorCode::InvalidArgument);
    refused({{}, {}, ReceivingFixture::kMilk, QStringLiteral("L 1"), {}, {}, 1}, ErrorCode::InvalidArgument);
    refused({{}, {}, QStringLiteral("two words"), {}, {}, {}, 1}, ErrorCode::UnreadableScan);
    refused({{}, {}, {}, {}, {}, {}, 1}, ErrorCode::InvalidArgument); // nothing scanned
    refused({{}, ReceivingFixture::kPallet1, ReceivingFixture::kWidget, {}, {}, {}, 1},
            ErrorCode::InvalidArgument);
    refused({{}, ReceivingFixture::kPallet1, {}, {}, {}, {}, 1},
            ErrorCode::InvalidArgument); // blind: no pallets
    refused({QStringLiteral("RCV99"), {}, ReceivingFixture::kWidget, {}, {}, {}, 1},
            ErrorCode::UnknownReceipt);
    f.receivingState.addForeignReceipt(QStringLiteral("RCV-THEIRS"));
    refused({QStringLiteral("RCV-THEIRS"), {}, ReceivingFixture::kWidget, {}, {}, {}, 1},
            ErrorCode::ForeignTenant);

    // Plausibility counts what the receipt already holds of the SKU and lot.
    f.scan(r, ReceivingFixture::kWidget, Inventory::kMaxUnitsPerAction);
    refused({{}, {}, ReceivingFixture::kWidget, {}, {}, {}, 1}, ErrorCode::InvalidArgument);
    CHECK(f.receivingState.receivedSoFar(r, ReceivingFixture::kWidget, {}).quantity ==
          Inventory::kMaxUnitsPerAction);
}

TEST_CASE("a serial number is received once, on any receipt", "[receiving][scan]")
{
    ReceivingFixture f;
    const QString r1 = f.open();
    f.scan(r1, ReceivingFixture::kCameraGtin, 1, {}, {}, QStringLiteral("SN-1"));
    const auto again =
        f.receiving().scan({r1, {}, ReceivingFixture::kCamera, {}, {}, QStringLiteral("SN-1"), 1});
    CORE_CHECK_REFUSED(again, ErrorCode::DuplicateSerial);
    CHECK(again.error().message.contains(r1));
    f.scan(r1, ReceivingFixture::kCamera, 1, {}, {}, QStringLiteral("SN-2"));
    const QString r2 = f.open({}, ReceivingFixture::kDock2);
    CORE_CHECK_REFUSED(
        f.receiving().scan({r2, {}, ReceivingFixture::kCamera, {}, {}, QStringLiteral("SN-2"), 1}),
        ErrorCode::DuplicateSerial);
    // Undone, the serial is free again.
    f.commit(f.receiving().undoLastScan(r1));
    f.scan(r2, ReceivingFixture::kCamera, 1, {}, {}, QStringLiteral("SN-2"));
    // The same serial on another SKU is another unit.
    f.scan(r2, ReceivingFixture::kWidget, 1, {}, {}, QStringLiteral("SN-1"));
}

TEST_CASE("an item the merchant does not know is recorded as unknown, never as stock", "[receiving][scan]")
{
    ReceivingFixture f;
    const QString r = f.open();
    const QString stranger = test::withGs1Check(QStringLiteral("0400000000001"));
    const EventList scanned = f.scan(r, stranger, 3, QStringLiteral("X1"));
    CHECK(test::text(scanned[0], "kind") == QStringLiteral("unknown"));
    const QJsonObject item = scanned[0].payload.value(QStringLiteral("items")).toArray().at(0).toObject();
    CHECK(item.value(QStringLiteral("sku")).toString().isEmpty());
    CHECK(item.value(QStringLiteral("code")).toString() == stranger);
    CHECK(item.value(QStringLiteral("gtin")).toString() == stranger);
    f.scan(r, QStringLiteral("HANDWRITTEN-42"));
    f.scan(r, ReceivingFixture::kWidget, 2);

    const EventList posted = f.commit(f.receiving().post(r));
    CHECK(test::eventTypes(posted) == QStringList{EventType::StockReceived, EventType::ReceiptPosted});
    const DomainEvent& receipt = only(posted, EventType::ReceiptPosted);
    // A blind receipt has no expectations: only what nobody knows is a discrepancy.
    CHECK(discrepancies(receipt) == QStringList{QStringLiteral("unknown|%1|3").arg(stranger),
                                                QStringLiteral("unknown|HANDWRITTEN-42|1")});
    CHECK(lines(receipt) == QStringList{QStringLiteral("WIDGET|||0|2|")});
    CHECK(f.state.level({ReceivingFixture::kWidget, ReceivingFixture::kDock, {}}).onHand == 2);
    CHECK(f.state.stockRowCount() == 1);
}

TEST_CASE("a pallet's SSCC receives the pallet's lines as the ASN lists them", "[receiving][pallet]")
{
    ReceivingFixture f;
    Asn a = f.asn();
    a.lines.append(AsnLine{3, ReceivingFixture::kBolt, 100, {}, {}, ReceivingFixture::kPallet1});
    a.lines.append(
        AsnLine{4, ReceivingFixture::kMilk, 12, {}, {}, ReceivingFixture::kPallet2}); // no lot given
    f.commit(f.receiving().registerAsn(a));
    const QString r = f.open(QStringLiteral("ASN-1"));
    const EventList pallet = f.commit(f.receiving().scan({r, ReceivingFixture::kPallet1, {}, {}, {}, {}, 1}));
    CHECK(test::text(pallet[0], "kind") == QStringLiteral("pallet"));
    CHECK(test::text(pallet[0], "sscc") == ReceivingFixture::kPallet1);
    CHECK(pallet[0].payload.value(QStringLiteral("items")).toArray().size() == 2);
    CHECK(f.receivingState.receivedSoFar(r, ReceivingFixture::kMilk, QStringLiteral("L1")).quantity == 24);
    CHECK(f.receivingState.receivedSoFar(r, ReceivingFixture::kMilk, QStringLiteral("L1")).expiry ==
          ReceivingFixture::kSoon);
    CHECK(f.receivingState.receivedSoFar(r, ReceivingFixture::kBolt, {}).quantity == 100);

    const auto twice = f.receiving().scan({r, ReceivingFixture::kPallet1, {}, {}, {}, {}, 1});
    CORE_CHECK_REFUSED(twice, ErrorCode::AlreadyExists);
    CHECK(twice.error().message.contains(QStringLiteral("scan 1")));
    // A lot-tracked line the ASN gives no lot for is scanned item by item.
    CORE_CHECK_REFUSED(f.receiving().scan({r, ReceivingFixture::kPallet2, {}, {}, {}, {}, 1}),
                       ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(
        f.receiving().scan({r, test::withGs1Check(QStringLiteral("09501101500000099")), {}, {}, {}, {}, 1}),
        ErrorCode::UnknownPallet);
    CORE_CHECK_REFUSED(f.receiving().scan({r, QStringLiteral("095011015000000010"), {}, {}, {}, {}, 1}),
                       ErrorCode::UnreadableScan); // a wrong check digit: a misread
}

TEST_CASE("the last scan can be undone before posting, a pallet as a whole", "[receiving][undo]")
{
    ReceivingFixture f;
    f.commit(f.receiving().registerAsn(f.asn()));
    const QString r = f.open(QStringLiteral("ASN-1"));
    CORE_CHECK_REFUSED(f.receiving().undoLastScan(r), ErrorCode::InvalidArgument); // nothing yet
    f.scan(r, ReceivingFixture::kWidget, 3);
    f.commit(f.receiving().scan({r, ReceivingFixture::kPallet1, {}, {}, {}, {}, 1}));
    const EventList undone = f.commit(f.receiving().undoLastScan(r));
    REQUIRE(undone.size() == 1);
    CHECK(undone[0].type == EventType::ReceiptScanUndone);
    CHECK(test::number(undone[0], "scanNo") == 2);
    CHECK(test::text(undone[0], "sscc") == ReceivingFixture::kPallet1);
    CHECK(test::number(undone[0], "quantity") == 24);
    CHECK(f.receivingState.receivedSoFar(r, ReceivingFixture::kMilk, QStringLiteral("L1")).quantity == 0);
    // The pallet can come again; numbering goes on.
    const EventList again = f.commit(f.receiving().scan({r, ReceivingFixture::kPallet1, {}, {}, {}, {}, 1}));
    CHECK(test::number(again[0], "scanNo") == 3);
    f.commit(f.receiving().undoLastScan(r));
    f.commit(f.receiving().undoLastScan(r)); // the widgets too
    CORE_CHECK_REFUSED(f.receiving().undoLastScan(r), ErrorCode::InvalidArgument);
}

TEST_CASE("posting against an ASN: stock lands in the dock, over, under and unknown are reported, the ASN "
          "closes",
          "[receiving][post]")
{
    ReceivingFixture f;
    f.commit(f.receiving().registerAsn(f.asn()));
    const QString r = f.open(QStringLiteral("ASN-1"));
    f.scan(r, ReceivingFixture::kWidgetGtin, 7);                                      // 10 announced: under 3
    f.commit(f.receiving().scan({r, ReceivingFixture::kPallet1, {}, {}, {}, {}, 1})); // milk L1: 24
    f.scan(r, ReceivingFixture::kMilk, 2, QStringLiteral("L2"), ReceivingFixture::kLater); // milk: over 2
    f.scan(r, ReceivingFixture::kBolt, 5); // not announced: over 5
    f.scan(r, ReceivingFixture::kCamera, 1, {}, {}, QStringLiteral("SN-9"));
    f.scan(r, QStringLiteral("MYSTERY"), 2);

    const EventList posted = f.commit(f.receiving().post(r));
    CHECK(test::eventTypes(posted) == QStringList{EventType::StockReceived, EventType::StockReceived,
                                                  EventType::StockReceived, EventType::StockReceived,
                                                  EventType::StockReceived, EventType::ReceiptPosted});
    for (const DomainEvent& e : posted)
        if (e.type == EventType::StockReceived) {
            CHECK(test::text(e, "location") == ReceivingFixture::kDock);
            CHECK(test::text(e, "receiptId") == r);
        }
    const DomainEvent& receipt = only(posted, EventType::ReceiptPosted);
    CHECK(receipt.aggregateType == QStringLiteral("receipt"));
    CHECK(test::text(receipt, "asnId") == QStringLiteral("ASN-1"));
    CHECK(lines(receipt) ==
          QStringList{
              QStringLiteral("BOLT|||0|5|"),
              QStringLiteral("CAMERA|||0|1|SN-9"),
              QStringLiteral("MILK|L1|%1|24|24|").arg(Inventory::dateText(ReceivingFixture::kSoon)),
              QStringLiteral("MILK|L2|%1|0|2|").arg(Inventory::dateText(ReceivingFixture::kLater)),
              QStringLiteral("WIDGET|||10|7|"),
          });
    CHECK(discrepancies(receipt) ==
          QStringList{QStringLiteral("over|BOLT|5"), QStringLiteral("over|CAMERA|1"),
                      QStringLiteral("over|MILK|2"), QStringLiteral("under|WIDGET|3"),
                      QStringLiteral("unknown|MYSTERY|2")});
    CHECK(EventType::isCloudBound(EventType::ReceiptPosted));

    // The stock is in the receiving location: on hand, not sellable, so no low-stock alert came.
    CHECK(f.state.level({ReceivingFixture::kMilk, ReceivingFixture::kDock, QStringLiteral("L1")}).onHand ==
          24);
    CHECK(f.state.level({ReceivingFixture::kWidget, ReceivingFixture::kDock, {}}).onHand == 7);
    CHECK(f.state.sellable(ReceivingFixture::kWidget, ReceivingFixture::kToday) == 0);
    CHECK_FALSE(test::eventTypes(posted).contains(EventType::LowStock));
    CHECK(f.receivingState.asn(QStringLiteral("ASN-1"))->status == AsnStatus::Closed);

    CORE_CHECK_REFUSED(f.receiving().post(r), ErrorCode::ReceiptNotOpen);
    CORE_CHECK_REFUSED(f.receiving().scan({r, {}, ReceivingFixture::kWidget, {}, {}, {}, 1}),
                       ErrorCode::ReceiptNotOpen);
    CORE_CHECK_REFUSED(f.receiving().undoLastScan(r), ErrorCode::ReceiptNotOpen);
    // The rest of a closed ASN is not awaited: a later delivery is a new ASN, or received blind.
    CORE_CHECK_REFUSED(
        f.receiving().openReceipt({ReceivingFixture::kDock, QStringLiteral("ASN-1")}, QStringLiteral("R9")),
        ErrorCode::AsnClosed);
    // Its pallets are free to be announced again.
    Asn next = f.asn(QStringLiteral("ASN-2"));
    f.commit(f.receiving().registerAsn(next));
}

TEST_CASE("posting an ASN receipt with nothing scanned reports every line under - a blind one with nothing is "
          "refused",
          "[receiving][post]")
{
    ReceivingFixture f;
    f.commit(f.receiving().registerAsn(f.asn()));
    const QString blind = f.open({}, ReceivingFixture::kDock2);
    CORE_CHECK_REFUSED(f.receiving().post(blind), ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(f.receiving().post(QStringLiteral("RCV77")), ErrorCode::UnknownReceipt);

    const QString r = f.open(QStringLiteral("ASN-1"));
    const EventList posted = f.commit(f.receiving().post(r));
    CHECK(test::eventTypes(posted) == QStringList{EventType::ReceiptPosted});
    CHECK(discrepancies(posted[0]) ==
          QStringList{QStringLiteral("under|MILK|24"), QStringLiteral("under|WIDGET|10")});
    CHECK(f.state.stockRowCount() == 0);
}

TEST_CASE("a lot keeps one expiry in the receiving location across receipts", "[receiving][post]")
{
    ReceivingFixture f;
    f.state.putStock({ReceivingFixture::kMilk, ReceivingFixture::kDock, QStringLiteral("L1")},
                     ReceivingFixture::kSoon, 5);
    const QString r = f.open();
    // The expiry of the lot already at the dock is taken when the scan has none; another one is refused.
    const EventList typed = f.scan(r, ReceivingFixture::kMilk, 1, QStringLiteral("L1"));
    CHECK(typed[0]
              .payload.value(QStringLiteral("items"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("expiry"))
              .toString() == Inventory::dateText(ReceivingFixture::kSoon));
    CORE_CHECK_REFUSED(
        f.receiving().scan(
            {r, {}, ReceivingFixture::kMilk, QStringLiteral("L1"), ReceivingFixture::kLater, {}, 1}),
        ErrorCode::InvalidArgument);
    // At the other dock it is another location: the scan stands, and posting it there is fine.
    const QString r2 = f.open({}, ReceivingFixture::kDock2);
    f.scan(r2, ReceivingFixture::kMilk, 1, QStringLiteral("L1"), ReceivingFixture::kLater);
    f.commit(f.receiving().post(r2));
    CHECK(f.state.level({ReceivingFixture::kMilk, ReceivingFixture::kDock2, QStringLiteral("L1")}).onHand ==
          1);
}
