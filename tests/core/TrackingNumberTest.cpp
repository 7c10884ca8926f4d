#include "CoreTestSupport.h"

#include "TrackingNumber.h"

using wh::ErrorCode;
using wh::TrackingFormat;
using wh::TrackingNumber;

namespace {

// Every number below is a published example, not one computed by the code under test:
//  - UPS 1Z999AA10123456784: UPS's own sample; the other four are the valid test numbers of
//    jkeen/tracking_number_data (couriers/ups.json), which also lists 1Z1111111111111111 as invalid.
//  - FedEx: jkeen/tracking_number_data couriers/fedex.json "FedEx Express (12)" (valid and invalid lists);
//    012345678983 was worked by hand (weights 3,1,7 from the left: sum 179, 179 mod 11 = 3).
//  - USPS: jkeen/tracking_number_data couriers/usps.json, the 22-digit ones; 9400111201080805483016 was also
//    worked by hand (GS1 mod 10: sum 94, check 6).
//  - SSCC: 106141411234567897 from this project's shared gs1-vectors.tsv (GS1's example company prefix
//    0614141), 095287654321012346 from the BWIPP SSCC-18 page, 000123450000000027 from
//    tracking_number_data's "FedEx Ground (SSCC-18)".
const QStringList kUps{QStringLiteral("1Z999AA10123456784"), QStringLiteral("1Z5R89390357567127"),
                       QStringLiteral("1Z879E930346834440"), QStringLiteral("1Z410E7W0392751591"),
                       QStringLiteral("1Z8V92A70367203024")};
const QStringList kFedEx{QStringLiteral("986578788855"), QStringLiteral("477179081230"),
                         QStringLiteral("799531274483"), QStringLiteral("790535312317"),
                         QStringLiteral("974367662710"), QStringLiteral("012345678983")};
const QStringList kUsps{QStringLiteral("9400111201080805483016"), QStringLiteral("9505511069605048600624"),
                        QStringLiteral("9101123456789000000013"), QStringLiteral("9361289878700317633795"),
                        QStringLiteral("9405803699300124287899")};
const QStringList kSscc{QStringLiteral("106141411234567897"), QStringLiteral("095287654321012346"),
                        QStringLiteral("000123450000000027"), QStringLiteral("376104250021234569")};

int lastDigit(const QString& number)
{
    return number.back().unicode() - '0';
}

// The number with one digit changed: a single misread digit must always be caught.
QString withDigitChanged(const QString& number, qsizetype at)
{
    QString out = number;
    const int digit = out[at].unicode() - '0';
    out[at] = QLatin1Char(static_cast<char>('0' + (digit + 1) % 10));
    return out;
}

} // namespace

TEST_CASE("published tracking numbers have the check digits the algorithms compute", "[core][tracking]")
{
    const auto checkAll = [](TrackingFormat format, const QStringList& numbers) {
        for (const QString& number : numbers) {
            INFO(number.toStdString());
            const std::optional<int> check =
                TrackingNumber::checkDigit(format, QStringView(number).chopped(1));
            REQUIRE(check.has_value());
            CHECK(*check == lastDigit(number));
            CORE_REQUIRE_OK(TrackingNumber::validate(format, number));
        }
    };
    checkAll(TrackingFormat::Ups1Z, kUps);
    checkAll(TrackingFormat::FedEx12, kFedEx);
    checkAll(TrackingFormat::UspsImpb22, kUsps);
    checkAll(TrackingFormat::Sscc18, kSscc);
}

TEST_CASE("FedEx Ground 15-digit numbers use the GS1 mod 10 check digit", "[core][tracking]")
{
    // jkeen/tracking_number_data couriers/fedex.json "FedEx Ground": three valid, one invalid.
    // 041441760228964 worked by hand: weights 3,1,3,... from the right over 14 digits sum to 116, check 4.
    for (const char* number : {"041441760228964", "568283610012000", "568283610012734"}) {
        INFO(number);
        CORE_REQUIRE_OK(TrackingNumber::validate(TrackingFormat::FedEx15, QLatin1String(number)));
        CHECK(TrackingNumber::identify(QLatin1String(number)).value() == TrackingFormat::FedEx15);
    }
    CORE_CHECK_REFUSED(TrackingNumber::validate(TrackingFormat::FedEx15, QStringLiteral("568283610012732")),
                       ErrorCode::InvalidArgument);
    CHECK(TrackingNumber::formatByShape(QStringLiteral("568283610012732")) == TrackingFormat::FedEx15);
    CHECK(TrackingNumber::formatByShape(QStringLiteral("56828361001273")) == std::nullopt);
    CHECK(wh::trackingFormatName(TrackingFormat::FedEx15) == QStringLiteral("fedex_15"));
    CHECK(wh::trackingFormatFromName(QStringLiteral("fedex_15")) == TrackingFormat::FedEx15);
}

TEST_CASE("UPS letters count as (code - 63) mod 10 and every second character is doubled", "[core][tracking]")
{
    // 1Z999AA1012345678: 9 9 9 A=2 A=2 1 0 1 2 3 4 5 6 7 8; odd places 40, even places 28 x 2 = 56; 96 -> 4.
    CHECK(TrackingNumber::checkDigit(TrackingFormat::Ups1Z, u"1Z999AA1012345678") == 4);
    // I and S count as 0, Z as 7: 1ZIS0000000000000 sums to 0, 1ZZ00000000000000 to 7 -> check 3.
    CHECK(TrackingNumber::checkDigit(TrackingFormat::Ups1Z, u"1ZIS0000000000000") == 0);
    CHECK(TrackingNumber::checkDigit(TrackingFormat::Ups1Z, u"1ZZ00000000000000") == 3);
    // Doubled place: a 1 in second place counts 2 -> check 8.
    CHECK(TrackingNumber::checkDigit(TrackingFormat::Ups1Z, u"1Z010000000000000") == 8);
    CORE_CHECK_REFUSED(TrackingNumber::validate(TrackingFormat::Ups1Z, QStringLiteral("1Z1111111111111111")),
                       ErrorCode::InvalidArgument);
}

TEST_CASE("FedEx weights 3,1,7 from the left, mod 11, and a remainder of 10 gives 0", "[core][tracking]")
{
    CHECK(TrackingNumber::checkDigit(TrackingFormat::FedEx12, u"01234567898") == 3);
    // 0000000001 7: 1 x 3 + 7 x 1 = 10 -> 10 mod 11 = 10 -> 0.
    CHECK(TrackingNumber::checkDigit(TrackingFormat::FedEx12, u"00000000017") == 0);
    CORE_REQUIRE_OK(TrackingNumber::validate(TrackingFormat::FedEx12, QStringLiteral("000000000170")));
    // Published as invalid.
    CORE_CHECK_REFUSED(TrackingNumber::validate(TrackingFormat::FedEx12, QStringLiteral("996578788855")),
                       ErrorCode::InvalidArgument);
    // Weighted 1,7,3 from the right instead, 986578788855 would need check 4, not the published 5.
    CORE_CHECK_REFUSED(TrackingNumber::validate(TrackingFormat::FedEx12, QStringLiteral("986578788854")),
                       ErrorCode::InvalidArgument);
}

TEST_CASE("GS1 mod 10 weighs the digit next to the check digit 3", "[core][tracking]")
{
    CHECK(TrackingNumber::checkDigit(TrackingFormat::Sscc18, u"00000000000000001") == 7);
    CHECK(TrackingNumber::checkDigit(TrackingFormat::Sscc18, u"00000000000000010") == 9);
    CHECK(TrackingNumber::checkDigit(TrackingFormat::Sscc18, u"00000000000000000") == 0);
    CHECK(TrackingNumber::checkDigit(TrackingFormat::UspsImpb22, u"940011120108080548301") == 6);
    CORE_CHECK_REFUSED(TrackingNumber::validate(TrackingFormat::Sscc18, QStringLiteral("106141411234567890")),
                       ErrorCode::InvalidArgument);
}

TEST_CASE("a single changed digit anywhere is refused", "[core][tracking]")
{
    const auto corruptAll = [](TrackingFormat format, const QStringList& numbers) {
        for (const QString& number : numbers)
            for (qsizetype at = 0; at < number.size(); ++at) {
                if (!number[at].isDigit())
                    continue;
                const QString bad = withDigitChanged(number, at);
                INFO(bad.toStdString());
                CHECK_FALSE(TrackingNumber::validate(format, bad).ok());
            }
    };
    // A digit one higher (9 -> 0) moves a mod 10 sum by 1, 2 or 3 (weight 1, UPS's doubling, GS1's 3): never
    // by a multiple of 10. The USPS application identifier 95 -> 96 is refused as a prefix instead.
    corruptAll(TrackingFormat::Ups1Z, kUps);
    corruptAll(TrackingFormat::UspsImpb22, kUsps);
    corruptAll(TrackingFormat::Sscc18, kSscc);
    // FedEx weight 1 positions and weight 3 and 7 are all units mod 11: a changed digit always changes the
    // remainder, but remainders 0 and 10 both give check 0, so check only digits that cannot land there.
    CHECK_FALSE(TrackingNumber::validate(TrackingFormat::FedEx12, QStringLiteral("986578788856")).ok());
    CHECK_FALSE(TrackingNumber::validate(TrackingFormat::FedEx12, QStringLiteral("086578788855")).ok());
}

TEST_CASE("swapped neighbouring digits are refused", "[core][tracking]")
{
    // 1Z999AA10123456784 -> ...21 instead of 12 (the package number), 986578788855 -> 896578788855.
    CHECK_FALSE(TrackingNumber::validate(TrackingFormat::Ups1Z, QStringLiteral("1Z999AA10213456784")).ok());
    CHECK_FALSE(TrackingNumber::validate(TrackingFormat::FedEx12, QStringLiteral("896578788855")).ok());
    CHECK_FALSE(TrackingNumber::validate(TrackingFormat::Sscc18, QStringLiteral("106141411234567987")).ok());
    CHECK_FALSE(
        TrackingNumber::validate(TrackingFormat::UspsImpb22, QStringLiteral("9400111201080805843016")).ok());
}

TEST_CASE("tracking numbers of the wrong shape are refused with the reason", "[core][tracking]")
{
    struct Case
    {
        TrackingFormat format;
        QString number;
        QString says;
    };
    const QList<Case> cases{
        {TrackingFormat::Ups1Z, QStringLiteral("2Z5R89390357567127"),
         QStringLiteral("does not start with 1Z")},
        {TrackingFormat::Ups1Z, QStringLiteral("1A5R89390357567127"),
         QStringLiteral("does not start with 1Z")},
        {TrackingFormat::Ups1Z, QStringLiteral("1Z999AA1012345678"), QStringLiteral("17 characters, not 18")},
        {TrackingFormat::Ups1Z, QStringLiteral("1Z999aa10123456784"), QStringLiteral("capital letters A-Z")},
        {TrackingFormat::Ups1Z, QStringLiteral("1Z999AA1012345678X"),
         QStringLiteral("last character is a digit")},
        {TrackingFormat::FedEx12, QStringLiteral("98657878885"), QStringLiteral("11 characters, not 12")},
        {TrackingFormat::FedEx12, QStringLiteral("98657878885A"), QStringLiteral("digits only")},
        {TrackingFormat::UspsImpb22, QStringLiteral("9611020987654312345672"), QStringLiteral("91 to 95")},
        {TrackingFormat::UspsImpb22, QStringLiteral("940011120108080548301"), QStringLiteral("not 22")},
        {TrackingFormat::Sscc18, QStringLiteral("(00)10614141123456"), QStringLiteral("digits only")},
        {TrackingFormat::Sscc18, QStringLiteral("00106141411234567897"), QStringLiteral("20 characters")},
        {TrackingFormat::Sscc18, QString(), QStringLiteral("0 characters")},
        {TrackingFormat::Sscc18, QStringLiteral("106141411234567890"), QStringLiteral("check digit")},
    };
    for (const Case& c : cases) {
        INFO(c.number.toStdString());
        const wh::Status status = TrackingNumber::validate(c.format, c.number);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == ErrorCode::InvalidArgument);
        CHECK(status.error().message.contains(c.says));
    }
}

TEST_CASE("a scanned number is identified by its shape and then validated", "[core][tracking]")
{
    CHECK(TrackingNumber::identify(QStringLiteral("1Z999AA10123456784")).value() == TrackingFormat::Ups1Z);
    CHECK(TrackingNumber::identify(QStringLiteral("986578788855")).value() == TrackingFormat::FedEx12);
    CHECK(TrackingNumber::identify(QStringLiteral("9400111201080805483016")).value() ==
          TrackingFormat::UspsImpb22);
    CHECK(TrackingNumber::identify(QStringLiteral("106141411234567897")).value() == TrackingFormat::Sscc18);

    const auto bad = TrackingNumber::identify(QStringLiteral("1Z999AA10123456785"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("check digit")));
    const auto unknown = TrackingNumber::identify(QStringLiteral("12345"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("not a tracking number the appliance knows")));
    CORE_CHECK_REFUSED(TrackingNumber::identify(QString()), ErrorCode::InvalidArgument);
}

TEST_CASE("printed groups and lower case are normalized before validation", "[core][tracking]")
{
    CHECK(TrackingNumber::normalized(QStringLiteral(" 9400 1112 0108 0805 4830 16 ")) ==
          QStringLiteral("9400111201080805483016"));
    CHECK(TrackingNumber::normalized(QStringLiteral("1z 999 aa1 01 2345 6784")) ==
          QStringLiteral("1Z999AA10123456784"));
    CORE_REQUIRE_OK(
        TrackingNumber::identify(TrackingNumber::normalized(QStringLiteral("1z 999 aa1 01 2345 6784"))));
}

TEST_CASE("the check digit is only computed over a body of the format's shape", "[core][tracking]")
{
    CHECK_FALSE(TrackingNumber::checkDigit(TrackingFormat::Ups1Z, u"1Z999AA101234567").has_value());
    CHECK_FALSE(TrackingNumber::checkDigit(TrackingFormat::Ups1Z, u"2Z999AA1012345678").has_value());
    CHECK_FALSE(TrackingNumber::checkDigit(TrackingFormat::Ups1Z, u"1Z999-A1012345678").has_value());
    CHECK_FALSE(TrackingNumber::checkDigit(TrackingFormat::FedEx12, u"0123456789A").has_value());
    CHECK_FALSE(TrackingNumber::checkDigit(TrackingFormat::Sscc18, u"").has_value());
    CHECK(TrackingNumber::withCheckDigit(TrackingFormat::Sscc18, QStringLiteral("10614141123456789")) ==
          QStringLiteral("106141411234567897"));
    CHECK_FALSE(TrackingNumber::withCheckDigit(TrackingFormat::Sscc18, QStringLiteral("1061414112345678"))
                    .has_value());
}

TEST_CASE("tracking formats have stable names both ways", "[core][tracking]")
{
    for (const TrackingFormat format :
         {TrackingFormat::Ups1Z, TrackingFormat::FedEx12, TrackingFormat::UspsImpb22, TrackingFormat::Sscc18})
        CHECK(wh::trackingFormatFromName(wh::trackingFormatName(format)) == format);
    CHECK(wh::trackingFormatName(TrackingFormat::Ups1Z) == QStringLiteral("ups_1z"));
    CHECK(wh::trackingFormatName(TrackingFormat::FedEx12) == QStringLiteral("fedex_12"));
    CHECK(wh::trackingFormatName(TrackingFormat::UspsImpb22) == QStringLiteral("usps_impb_22"));
    CHECK(wh::trackingFormatName(TrackingFormat::Sscc18) == QStringLiteral("sscc_18"));
    CHECK_FALSE(wh::trackingFormatFromName(QStringLiteral("UPS")).has_value());
    CHECK(TrackingNumber::length(TrackingFormat::Ups1Z) == 18);
    CHECK(TrackingNumber::length(TrackingFormat::FedEx12) == 12);
    CHECK(TrackingNumber::length(TrackingFormat::UspsImpb22) == 22);
    CHECK(TrackingNumber::length(TrackingFormat::Sscc18) == 18);
}
