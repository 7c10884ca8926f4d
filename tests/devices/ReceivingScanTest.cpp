// Scans at the dock as a receipt takes them: a GS1 item code with lot, expiry, serial and count, a logistic
// label's SSCC, plain EAN and SKU labels, and the scans that cannot stand for anything on a receipt.
#include "ReceivingScan.h"
#include "DevicesTestSupport.h"

using namespace wh;
using namespace wh::devices;
using namespace wh::devices::test;

namespace {

ReceiptScan taken(const QString& text)
{
    const auto scan = receiptScanFrom(decode(text), QStringLiteral("RCV7"));
    INFO(text.toStdString() << (scan ? std::string() : " refused: " + scan.error().toString().toStdString()));
    REQUIRE(scan.ok());
    CHECK(scan->receiptId == QStringLiteral("RCV7"));
    return *scan;
}

} // namespace

TEST_CASE("a GS1 item code brings its GTIN, lot, expiry, serial and count to the receipt", "[receiving][gs1]")
{
    ReceiptScan s =
        taken(QStringLiteral("]C1010950110153000317270131") + QStringLiteral("10LOT-7<GS>21SN-1"));
    CHECK(s.code == QStringLiteral("09501101530003"));
    CHECK(s.lot == QStringLiteral("LOT-7"));
    CHECK(s.expiry == QDate(2027, 1, 31));
    CHECK(s.serial == QStringLiteral("SN-1"));
    CHECK(s.quantity == 1);
    CHECK(s.sscc.isEmpty());

    s = taken(QStringLiteral("]C1010950110153000315261130103A<GS>3024"));
    CHECK(s.expiry == QDate(2026, 11, 30)); // best before, for want of an expiry date
    CHECK(s.lot == QStringLiteral("3A"));
    CHECK(s.quantity == 24);

    // The GS1 DataMatrix on the item carries the same.
    s = taken(QStringLiteral("]d20109501101530003172701311042"));
    CHECK(s.code == QStringLiteral("09501101530003"));
    CHECK(s.lot == QStringLiteral("42"));
}

TEST_CASE("a logistic label's SSCC receives the pallet - its content fields are the ASN's to say",
          "[receiving][gs1]")
{
    const ReceiptScan s = taken(QStringLiteral("]C100106141410000000019"));
    CHECK(s.sscc == QStringLiteral("106141410000000019"));
    CHECK(s.code.isEmpty());
    const ReceiptScan full =
        taken(QStringLiteral("]C100106141410000000019020950110153000337") + QStringLiteral("12"));
    CHECK(full.sscc == QStringLiteral("106141410000000019"));
    CHECK(full.code.isEmpty());
    CHECK(full.quantity == 1);
}

TEST_CASE("an EAN is its GTIN - codes that are not GS1 are the item's code as they read", "[receiving][gs1]")
{
    // The decoder reads an EAN-13 as the GTIN-14 it stands for; the receipt finds the SKU by either form.
    CHECK(taken(QStringLiteral("]E04006381333931")).code == QStringLiteral("04006381333931"));
    CHECK(taken(QStringLiteral("]C0ACME-1001")).code == QStringLiteral("ACME-1001"));
    CHECK(taken(QStringLiteral("ACME-1001")).code == QStringLiteral("ACME-1001")); // a wedge without AIM
}

TEST_CASE("a refused scan, or a GS1 code naming no item or pallet, is refused", "[receiving][gs1]")
{
    const auto misread =
        receiptScanFrom(decode(QStringLiteral("]C10109501101530004")), QStringLiteral("RCV7"));
    REQUIRE_FALSE(misread.ok());
    CHECK(misread.error().code == ErrorCode::UnreadableScan);
    const auto nothing = receiptScanFrom(decode(QStringLiteral("]C1400PO-77")), QStringLiteral("RCV7"));
    REQUIRE_FALSE(nothing.ok());
    CHECK(nothing.error().code == ErrorCode::InvalidArgument);
    CHECK(nothing.error().message.contains(QStringLiteral("no GTIN and no SSCC")));
}
