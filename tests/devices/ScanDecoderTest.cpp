// One scan -> one decoded event: the symbology from the AIM identifier, the raw data, the GS1 elements, or
// a refusal with its reason (control-character garbage, two codes read as one, a partial read).
#include "DevicesTestSupport.h"

#include "ScanReport.h"

using namespace wh::devices;
using namespace wh::devices::test;

TEST_CASE("AIM identifiers name the symbology and say whether the data is GS1", "[gs1][aim]")
{
    const struct
    {
        const char* scan;
        Symbology symbology;
        bool gs1;
        const char* outcome;
    } cases[] = {
        {"]C10109501101530003", Symbology::Gs1_128, true, "(01)09501101530003"},
        {"]d20109501101530003", Symbology::Gs1DataMatrix, true, "(01)09501101530003"},
        {"]Q30109501101530003", Symbology::Gs1Qr, true, "(01)09501101530003"},
        {"]e00109501101530003", Symbology::Gs1DataBar, true, "(01)09501101530003"},
        {"]E09501101530003", Symbology::Ean13, true, "(01)09501101530003"},
        {"]E496385074", Symbology::Ean8, true, "(01)00000096385074"},
        {"]C00109501101530003", Symbology::Code128, false, ""},
        {"]d1BIN-A-01-03", Symbology::DataMatrix, false, ""},
        {"]Q1hello", Symbology::Qr, false, ""},
        {"]A0PLAIN39", Symbology::Other, false, ""},
        {"0109501101530003", Symbology::Unknown, false, ""},
    };
    for (const auto& c : cases) {
        INFO(c.scan);
        const ScanEvent event = decode(QLatin1String(c.scan));
        CHECK(event.ok());
        CHECK(event.symbology == c.symbology);
        CHECK(event.gs1 == c.gs1);
        CHECK(outcome(event) == QLatin1String(c.outcome));
        CHECK(event.raw == QLatin1String(c.scan));
    }
    const ScanEvent withAim = decode(QStringLiteral("]C10109501101530003"));
    CHECK(withAim.aimId == QStringLiteral("]C1"));
    CHECK(withAim.data == QStringLiteral("0109501101530003"));
    const ScanEvent plain = decode(QStringLiteral("BIN-A-01"));
    CHECK(plain.aimId.isEmpty());
    CHECK(plain.data == QStringLiteral("BIN-A-01"));
    CHECK(plain.elements.isEmpty());
    // Without an AIM identifier a leading GS is the transmitted FNC1: GS1 data.
    const ScanEvent fnc1First = decode(QStringLiteral("<GS>0109501101530003<GS>10ABC"));
    CHECK(fnc1First.gs1);
    CHECK(outcome(fnc1First) == QStringLiteral("(01)09501101530003(10)ABC"));
    CHECK(outcome(decode(QStringLiteral("]E09501101530004"))) == QStringLiteral("check_digit:01"));
}

TEST_CASE("the scanner's line terminator is no part of the code", "[gs1][aim]")
{
    for (const char* terminator : {"\r\n", "\r", "\n"}) {
        const ScanEvent event = decode(QStringLiteral("]C10109501101530003") + QLatin1String(terminator));
        CHECK(event.ok());
        CHECK(event.raw == QStringLiteral("]C10109501101530003"));
    }
}

TEST_CASE("control-character garbage is refused, not decoded", "[gs1][refusal]")
{
    for (const QString& garbage :
         {QStringLiteral("]C10109501101530003\x07"), QStringLiteral("\x1b[2J"), QStringLiteral("]Q1abc\x7f"),
          QString(QStringLiteral("01") + QChar(0) + QStringLiteral("0950"))}) {
        INFO(garbage.toStdString());
        const ScanEvent event = ScanDecoder::decode(garbage, today());
        REQUIRE_FALSE(event.ok());
        CHECK(*event.refusal == ScanRefusal::ControlCharacters);
        CHECK(event.elements.isEmpty());
        CHECK(event.reason.contains(QStringLiteral("control character")));
    }
    const ScanEvent empty = decode(QStringLiteral("\r\n"));
    CHECK(*empty.refusal == ScanRefusal::Empty);
}

TEST_CASE("two codes read as one are refused", "[gs1][refusal]")
{
    const ScanEvent twoAim = decode(QStringLiteral("]C10109501101530003]C100106141411234567897"));
    REQUIRE_FALSE(twoAim.ok());
    CHECK(*twoAim.refusal == ScanRefusal::TwoCodes);
    CHECK(twoAim.reason.contains(QStringLiteral("]C1")));
    const ScanEvent twoEans = decode(QStringLiteral("]E095011015300039501101530003"));
    CHECK(*twoEans.refusal == ScanRefusal::TwoCodes);
    // Two GS1 labels with the same AI but different values, read as one message.
    const ScanEvent merged = decode(QStringLiteral("]C1010950110153000317251231<GS>0109501101530010"));
    CHECK(*merged.refusal == ScanRefusal::InvalidGs1);
    CHECK(outcome(merged) == QStringLiteral("conflicting_ai:01"));
}

TEST_CASE("partial reads are refused with the element that was cut", "[gs1][refusal]")
{
    const ScanEvent cutGtin = decode(QStringLiteral("]C1010950110153000"));
    REQUIRE_FALSE(cutGtin.ok());
    CHECK(*cutGtin.refusal == ScanRefusal::PartialRead);
    CHECK(outcome(cutGtin) == QStringLiteral("bad_length:01"));
    CHECK(cutGtin.reason.contains(QStringLiteral("Only part of the code was read")));
    const ScanEvent cutSscc = decode(QStringLiteral("]C1001061414112345"));
    CHECK(*cutSscc.refusal == ScanRefusal::PartialRead);
    CHECK(*decode(QStringLiteral("]C")).refusal == ScanRefusal::PartialRead);
    CHECK(*decode(QStringLiteral("]C1")).refusal == ScanRefusal::PartialRead);
    CHECK(*decode(QStringLiteral("]E0950110153")).refusal == ScanRefusal::PartialRead);
    // A value too long for its AI is a wrong label, not a partial read.
    CHECK(*decode(QStringLiteral("]C1010950110153000310ABCDEFGHIJKLMNOPQRSTU")).refusal ==
          ScanRefusal::InvalidGs1);
}

TEST_CASE("a refused scan answers in the project's error style", "[gs1][refusal]")
{
    const ScanEvent refused = decode(QStringLiteral("]C10109501101530004"));
    const wh::Status status = refused.status();
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == wh::ErrorCode::UnreadableScan);
    CHECK(status.error().message == refused.reason);
    CHECK(decode(QStringLiteral("]C10109501101530003")).status().ok());
}

TEST_CASE("the decode report prints element strings, errors with category and AI, and carriers", "[gs1][cli]")
{
    const ScanReport ok = ScanReport::of(QStringLiteral("]C1010950110153000310ABC123<GS>17251231"), today());
    CHECK(ok.exitCode == 0);
    CHECK(ok.lines == QStringList{QStringLiteral("symbology: GS1-128 (]C1)"),
                                  QStringLiteral("(01)09501101530003"), QStringLiteral("(10)ABC123"),
                                  QStringLiteral("(17)251231")});
    // Typed separators: <GS> and \x1d.
    CHECK(ScanReport::of(QStringLiteral("]C10109501101530003\\x1D17251231"), today()).lines.value(2) ==
          QStringLiteral("(17)251231"));
    // The bracketed form printed under a barcode, as support staff read it off a label.
    const ScanReport typed =
        ScanReport::of(QStringLiteral("(01)09501101530003(10)AB(C)1(17)251231"), today());
    CHECK(typed.exitCode == 0);
    CHECK(typed.lines.mid(1) == QStringList{QStringLiteral("(01)09501101530003"),
                                            QStringLiteral("(10)AB(C)1"), QStringLiteral("(17)251231")});
    CHECK(ScanReport::of(QStringLiteral("(17)251231"), today())
              .lines.value(1)
              .startsWith(QStringLiteral("error: missing_required_ai (AI 17): ")));
    CHECK(ScanReport::fromHumanReadable(QStringLiteral("(hello)")) == QStringLiteral("(hello)"));
    const ScanReport bad = ScanReport::of(QStringLiteral("]C10109501101530004"), today());
    CHECK(bad.exitCode == 1);
    CHECK(bad.lines.value(1).startsWith(QStringLiteral("error: check_digit (AI 01): ")));
    const ScanReport unknown = ScanReport::of(QStringLiteral("]C12312345"), today());
    CHECK(unknown.lines.value(1).startsWith(QStringLiteral("error: unknown_ai: ")));
    const ScanReport garbage = ScanReport::of(QStringLiteral("]C101\x07"), today());
    CHECK(garbage.lines.value(1).startsWith(QStringLiteral("error: control_characters: ")));
    CHECK(ScanReport::of(QStringLiteral("]Q1hello"), today()).lines.value(1) ==
          QStringLiteral("data: hello"));

    const struct
    {
        const char* number;
        const char* line;
        int exitCode;
    } tracking[] = {
        {"1Z999AA10123456784", "carrier: UPS, check digit: ok", 0},
        {"1Z999AA10123456785", "carrier: UPS, check digit: bad", 1},
        {"986578788855", "carrier: FedEx, check digit: ok", 0},
        {"0414 4176 0228 964", "carrier: FedEx, check digit: ok", 0},
        {"568283610012732", "carrier: FedEx, check digit: bad", 1},
        {"9400111201080805483016", "carrier: USPS, check digit: ok", 0},
        {"9400111201080805483017", "carrier: USPS, check digit: bad", 1},
        {"106141411234567897", "carrier: SSCC, check digit: ok", 0},
        {"106141411234567890", "carrier: SSCC, check digit: bad", 1},
    };
    for (const auto& t : tracking) {
        INFO(t.number);
        const ScanReport report = ScanReport::of(QLatin1String(t.number), today());
        CHECK(report.lines.value(0) == QLatin1String(t.line));
        CHECK(report.exitCode == t.exitCode);
    }
}

TEST_CASE("an EAN with a character that is no digit is a GS1 error on its GTIN", "[gs1][refusal]")
{
    // Found by the gs1 fuzz target: the refusal carried no GS1 error to say which rule broke.
    const ScanEvent event = decode(QStringLiteral("]E00950110153A03"));
    REQUIRE_FALSE(event.ok());
    CHECK(*event.refusal == ScanRefusal::InvalidGs1);
    REQUIRE(event.gs1Error.has_value());
    CHECK(outcome(event) == QStringLiteral("bad_char:01"));
    CHECK(event.reason.contains(QStringLiteral("digits only")));
}
