// The GS1 element string rules one at a time: the AI table (fixed and variable lengths, FNC1/GS), check
// digits, dates and the century rule, the character set 82, and the rules between AIs. Check digits below
// were worked outside the code under test (GS1's own examples, or by hand with the mod 10 rule).
#include "DevicesTestSupport.h"

using namespace wh::devices;
using namespace wh::devices::test;

namespace {

Gs1Message parse(const QString& data, QDate day = today())
{
    return Gs1::parse(scan(data), day);
}

QString result(const Gs1Message& message)
{
    if (message.ok())
        return message.toString();
    const QString category = gs1ErrorCategoryName(message.error->category);
    return message.error->ai.isEmpty() ? category : category + QLatin1Char(':') + message.error->ai;
}

} // namespace

TEST_CASE("the AI table finds 2, 3 and 4 digit AIs and the 310n decimal digit", "[gs1]")
{
    REQUIRE(Gs1::lookupAi(u"01") != nullptr);
    CHECK(Gs1::lookupAi(u"01")->title == "GTIN");
    CHECK(Gs1::lookupAi(u"400") != nullptr);
    CHECK(Gs1::lookupAi(u"8006") != nullptr);
    CHECK(Gs1::lookupAi(u"3103") != nullptr);
    CHECK(Gs1::lookupAi(u"3105") != nullptr);
    CHECK(Gs1::lookupAi(u"3106") == nullptr); // measures have at most 5 decimals
    CHECK(Gs1::lookupAi(u"3929") != nullptr); // amounts up to 9
    CHECK(Gs1::lookupAi(u"23") == nullptr);
    CHECK(Gs1::lookupAi(u"310") == nullptr); // the decimal digit is part of the AI
    for (const char16_t* ai :
         {u"00",   u"02",   u"10",   u"11",   u"12",   u"13",   u"15",   u"16",   u"17",  u"20",   u"21",
          u"22",   u"30",   u"37",   u"240",  u"241",  u"250",  u"251",  u"253",  u"254", u"3300", u"3695",
          u"3900", u"3919", u"3920", u"3939", u"401",  u"402",  u"403",  u"410",  u"417", u"420",  u"421",
          u"422",  u"7003", u"8003", u"8004", u"8017", u"8018", u"8020", u"8026", u"90",  u"91",   u"99"}) {
        INFO(QString::fromUtf16(ai).toStdString());
        CHECK(Gs1::lookupAi(QStringView(ai)) != nullptr);
    }
}

TEST_CASE("variable-length values end at GS (FNC1) or at the end - predefined lengths need none", "[gs1]")
{
    CHECK(result(parse(QStringLiteral("10ABC<GS>0109501101530003"))) ==
          QStringLiteral("(10)ABC(01)09501101530003"));
    // Without the GS the lot swallows the GTIN, which leaves the lot without its item.
    CHECK(result(parse(QStringLiteral("10ABC0109501101530003"))) == QStringLiteral("missing_required_ai:10"));
    // A GS after a predefined-length element is not needed but tolerated, as is a leading one (FNC1 first).
    CHECK(result(parse(QStringLiteral("<GS>0109501101530003<GS>17251231"))) ==
          QStringLiteral("(01)09501101530003(17)251231"));
    // 422 is three digits but not predefined-length: it is read up to the GS.
    CHECK(result(parse(QStringLiteral("0109501101530003422276<GS>10X"))) ==
          QStringLiteral("(01)09501101530003(422)276(10)X"));
    CHECK(result(parse(QStringLiteral("01095011015300034222760<GS>10X"))) ==
          QStringLiteral("bad_length:422"));
    // Multi-part AIs: 421 = ISO country + postal code, 8006 = GTIN + piece + total, 3922 = amount.
    CHECK(result(parse(QStringLiteral("421276D-10115<GS>39225995"))) ==
          QStringLiteral("(421)276D-10115(3922)5995"));
    CHECK(result(parse(QStringLiteral("8006095011015300030102<GS>1012"))) ==
          QStringLiteral("(8006)095011015300030102(10)12"));
    CHECK(result(parse(QStringLiteral("8006095011015300040102"))) == QStringLiteral("check_digit:8006"));
}

TEST_CASE(
    "lengths: a value shorter or longer than its AI allows is bad_length, a cut value is a partial read",
    "[gs1]")
{
    const Gs1Message cut = parse(QStringLiteral("01095011015300031725"));
    CHECK(result(cut) == QStringLiteral("bad_length:17"));
    CHECK(cut.error->truncated);
    const Gs1Message emptyLot = parse(QStringLiteral("0109501101530003<GS>10<GS>21X"));
    CHECK(result(emptyLot) == QStringLiteral("bad_length:10"));
    CHECK_FALSE(emptyLot.error->truncated);
    CHECK(result(parse(QStringLiteral("0109501101530003<GS>21123456789012345678901"))) ==
          QStringLiteral("bad_length:21"));
    CHECK(result(parse(QStringLiteral("01095011015300032112345678901234567890"))) ==
          QStringLiteral("(01)09501101530003(21)12345678901234567890"));
    CHECK(result(parse(QStringLiteral("01095011<GS>10ABC"))) == QStringLiteral("bad_length:01"));
    CHECK(result(parse(QString())) == QStringLiteral("bad_length"));
}

TEST_CASE("check digits of GTIN, SSCC and GLN", "[gs1]")
{
    CHECK(result(parse(QStringLiteral("0109501101530003"))) == QStringLiteral("(01)09501101530003"));
    CHECK(result(parse(QStringLiteral("00006141411234567890"))) == QStringLiteral("(00)006141411234567890"));
    CHECK(result(parse(QStringLiteral("00006141411234567891"))) == QStringLiteral("check_digit:00"));
    CHECK(result(parse(QStringLiteral("4104012345000009"))) == QStringLiteral("(410)4012345000009"));
    CHECK(result(parse(QStringLiteral("4144012345000008"))) == QStringLiteral("check_digit:414"));
    CHECK(Gs1::checkDigit(u"0950110153000") == 3);
    CHECK(Gs1::checkDigit(u"9638507") == 4); // EAN-8 96385074
}

TEST_CASE("dates: YYMMDD, DD=00 is the month's last day, leap years", "[gs1][dates]")
{
    const Gs1Message zeroDay = parse(QStringLiteral("010950110153000317260200"));
    REQUIRE(zeroDay.ok());
    CHECK(zeroDay.elements[1].value == QStringLiteral("260200")); // the element string keeps what was sent
    CHECK(zeroDay.elements[1].date == QDate(2026, 2, 28));
    CHECK(parse(QStringLiteral("010950110153000317240200")).elements[1].date == QDate(2024, 2, 29));
    CHECK(parse(QStringLiteral("010950110153000317251100")).elements[1].date == QDate(2025, 11, 30));
    CHECK(result(parse(QStringLiteral("010950110153000317251232"))) == QStringLiteral("bad_date:17"));
    CHECK(result(parse(QStringLiteral("010950110153000317250001"))) == QStringLiteral("bad_date:17"));
    CHECK(result(parse(QStringLiteral("01095011015300031725A231"))) == QStringLiteral("bad_char:17"));
    // Only 11-17 allow day 00; 7006 needs a real day, 7003 a real time too.
    CHECK(result(parse(QStringLiteral("01095011015300037006260100"))) == QStringLiteral("bad_date:7006"));
    CHECK(result(parse(QStringLiteral("010950110153000370032612312359"))) ==
          QStringLiteral("(01)09501101530003(7003)2612312359"));
    CHECK(result(parse(QStringLiteral("010950110153000370032612312460"))) == QStringLiteral("bad_date:7003"));
}

TEST_CASE("the GS1 century rule (General Specifications 7.12)", "[gs1][dates]")
{
    // In 2026: up to 50 years ahead stays in this century, 51 ahead is the previous one.
    CHECK(Gs1::resolveDate(u"760101", QDate(2026, 11, 25), true) == QDate(2076, 1, 1));
    CHECK(Gs1::resolveDate(u"770101", QDate(2026, 11, 25), true) == QDate(1977, 1, 1));
    CHECK(Gs1::resolveDate(u"000229", QDate(2026, 11, 25), true) == QDate(2000, 2, 29));
    // In 2090, 40 is 50 years behind: the next century; 41 (49 behind) stays. In 2080, 00 means 2100, which
    // is no leap year.
    CHECK(Gs1::resolveDate(u"390101", QDate(2090, 1, 1), true) == QDate(2139, 1, 1));
    CHECK(Gs1::resolveDate(u"400101", QDate(2090, 1, 1), true) == QDate(2140, 1, 1));
    CHECK(Gs1::resolveDate(u"410101", QDate(2090, 1, 1), true) == QDate(2041, 1, 1));
    CHECK_FALSE(Gs1::resolveDate(u"000229", QDate(2080, 6, 1), true).has_value());
    CHECK(result(parse(QStringLiteral("010950110153000311000229"), QDate(2080, 6, 1))) ==
          QStringLiteral("bad_date:11"));
    CHECK(result(parse(QStringLiteral("010950110153000311000229"), QDate(2026, 11, 25))) ==
          QStringLiteral("(01)09501101530003(11)000229"));
    CHECK_FALSE(Gs1::resolveDate(u"250100", QDate(2026, 1, 1), false).has_value());
}

TEST_CASE("the character set 82: all 82 pass, nothing else does", "[gs1]")
{
    const QString cset82 = QStringLiteral("!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_"
                                          "abcdefghijklmnopqrstuvwxyz");
    REQUIRE(cset82.size() == 82);
    int allowed = 0;
    for (char16_t c = 0; c < 256; ++c)
        allowed += Gs1::isCset82(QChar(c)) ? 1 : 0;
    CHECK(allowed == 82);
    for (qsizetype at = 0; at < cset82.size(); at += 20) {
        const QString value = cset82.mid(at, 20);
        INFO(value.toStdString());
        CHECK(result(parse(QStringLiteral("0109501101530003") + QStringLiteral("91") + value)) ==
              QStringLiteral("(01)09501101530003(91)") + value);
    }
    for (const QString& bad : {QStringLiteral("A#B"), QStringLiteral("A B"), QStringLiteral("A~B"),
                               QStringLiteral("\u00e9t\u00e9")}) {
        INFO(bad.toStdString());
        CHECK(result(parse(QStringLiteral("010950110153000310") + bad)) == QStringLiteral("bad_char:10"));
    }
    CHECK(result(parse(QStringLiteral("01095011015300033012A"))) == QStringLiteral("bad_char:30"));
}

TEST_CASE("rules between AIs: required partners, pairs that conflict, repeats", "[gs1][pairing]")
{
    for (const char* ai : {"10", "11", "15", "17"}) {
        const QString value =
            QLatin1String(ai) == QLatin1String("10") ? QStringLiteral("L1") : QStringLiteral("260101");
        INFO(ai);
        CHECK(result(parse(QString(QLatin1String(ai) + value))) ==
              QString(QStringLiteral("missing_required_ai:") + QLatin1String(ai)));
        // Any of 01, 02, 03, 8006, 8026 satisfies it.
        CHECK(parse(QStringLiteral("0109501101530003") + QLatin1String(ai) + value).ok());
        CHECK(
            parse(QStringLiteral("0209501101530003") + QLatin1String(ai) + value + QStringLiteral("<GS>3712"))
                .ok());
        CHECK(parse(QStringLiteral("0309501101530003") + QLatin1String(ai) + value).ok());
        CHECK(parse(QStringLiteral("8006095011015300030102<GS>") + QLatin1String(ai) + value).ok());
        CHECK(parse(QStringLiteral("8026095011015300030102<GS>") + QLatin1String(ai) + value).ok());
    }
    CHECK(result(parse(QStringLiteral("010950110153000302095011015300033712"))) ==
          QStringLiteral("conflicting_ai:02"));
    CHECK(result(parse(QStringLiteral("02095011015300030109501101530003"))) ==
          QStringLiteral("conflicting_ai:01"));
    CHECK(result(parse(QStringLiteral("3710<GS>00106141411234567897"))) ==
          QStringLiteral("missing_required_ai:37"));
    CHECK(result(parse(QStringLiteral("0109501101530003<GS>21A"))) ==
          QStringLiteral("(01)09501101530003(21)A"));
    CHECK(result(parse(QStringLiteral("00106141411234567897<GS>21A"))) ==
          QStringLiteral("missing_required_ai:21"));
    // A repeat with the same value is allowed (the same data in two places); a different value is not.
    CHECK(result(parse(QStringLiteral("01095011015300031725123117251231"))) ==
          QStringLiteral("(01)09501101530003(17)251231(17)251231"));
    CHECK(result(parse(QStringLiteral("0109501101530003<GS>10A<GS>10B"))) ==
          QStringLiteral("conflicting_ai:10"));
    // Company-internal and logistic AIs stand alone.
    CHECK(result(parse(QStringLiteral("00106141411234567897<GS>4104012345000009<GS>9212345"))) ==
          QStringLiteral("(00)106141411234567897(410)4012345000009(92)12345"));
}

TEST_CASE("unknown AIs: no AI is reported when the data starts with none the table knows", "[gs1]")
{
    CHECK(result(parse(QStringLiteral("2312345"))) == QStringLiteral("unknown_ai"));
    CHECK(result(parse(QStringLiteral("0109501101530003<GS>3106000500"))) == QStringLiteral("unknown_ai"));
    CHECK(result(parse(QStringLiteral("0109501101530003ABC"))) == QStringLiteral("unknown_ai"));
    const Gs1Message cutAi = parse(QStringLiteral("01095011015300033"));
    CHECK(result(cutAi) == QStringLiteral("unknown_ai"));
    CHECK(cutAi.error->truncated); // "3" could have been the start of 310n: the read stopped there
    CHECK_FALSE(parse(QStringLiteral("2312345")).error->message.isEmpty());
}

TEST_CASE("rules between AIs from the syntax dictionary: measures, extra identifiers, invalid pairs",
          "[gs1][pairing]")
{
    // A trade measure needs its item (01 or 02); a logistic measure its unit (00 or 01).
    CHECK(result(parse(QStringLiteral("3103000500"))) == QStringLiteral("missing_required_ai:3103"));
    CHECK(result(parse(QStringLiteral("01095011015300033103000500"))) ==
          QStringLiteral("(01)09501101530003(3103)000500"));
    CHECK(result(parse(QStringLiteral("001061414112345678973302001250"))) ==
          QStringLiteral("(00)106141411234567897(3302)001250"));
    CHECK(result(parse(QStringLiteral("001061414112345678973103000500"))) ==
          QStringLiteral("missing_required_ai:3103"));
    CHECK(result(parse(QStringLiteral("3302001250"))) == QStringLiteral("missing_required_ai:3302"));
    // One measure of a family: 3102 and 3103 are the same net weight twice.
    CHECK(result(parse(QStringLiteral("010950110153000331020005003103000050"))) ==
          QStringLiteral("conflicting_ai:3103"));
    // Different measures side by side are fine.
    CHECK(parse(QStringLiteral("010950110153000331030005003122000300")).ok());
    // Extra identifiers need the item; a route needs the logistic unit.
    CHECK(result(parse(QStringLiteral("2012"))) == QStringLiteral("missing_required_ai:20"));
    CHECK(result(parse(QStringLiteral("240ABC"))) == QStringLiteral("missing_required_ai:240"));
    CHECK(result(parse(QStringLiteral("403ROUTE7"))) == QStringLiteral("missing_required_ai:403"));
    CHECK(parse(QStringLiteral("00106141411234567897403ROUTE7")).ok());
    CHECK(result(parse(QStringLiteral("30100"))) == QStringLiteral("missing_required_ai:30"));
    CHECK(result(parse(QStringLiteral("422276"))) == QStringLiteral("missing_required_ai:422"));
    CHECK(parse(QStringLiteral("0109501101530003422276")).ok());
    // Invalid pairs: a count belongs to contained items, not to the item itself; an item and its piece.
    CHECK(result(parse(QStringLiteral("0109501101530003375"))) == QStringLiteral("conflicting_ai:37"));
    CHECK(result(parse(QStringLiteral("01095011015300038006095011015300030102"))) ==
          QStringLiteral("conflicting_ai:8006"));
    CHECK(result(parse(QStringLiteral("0109501101530003422276<GS>426276"))) ==
          QStringLiteral("conflicting_ai:426"));
    const Gs1Message pair = parse(QStringLiteral("010950110153000331020005003103000050"));
    REQUIRE_FALSE(pair.ok());
    CHECK(pair.error->message.contains(QStringLiteral("3102")));
}
