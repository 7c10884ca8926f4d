#include "CoreTestSupport.h"

#include "RateCard.h"

#include <QJsonDocument>

using wh::ErrorCode;
using wh::Money;
using wh::RateCard;
using wh::ServiceLevel;
using wh::WeightBand;

namespace {

RateCard ground()
{
    RateCard card;
    card.carrier = QStringLiteral("UPS");
    card.service = QStringLiteral("Ground");
    card.level = ServiceLevel::Standard;
    card.transitDaysMin = 3;
    card.transitDaysMax = 5;
    card.cutOff = QTime(17, 0);
    card.bands = {{0, 1000, Money::fromMinor(895)},
                  {1001, 5000, Money::fromMinor(1250)},
                  {5001, 30000, Money::fromMinor(1900)}};
    return card;
}

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// The card's refusal, for checking the words of the message.
QString refusal(const RateCard& card)
{
    const wh::Status valid = card.validate();
    return valid.ok() ? QString() : valid.error().message;
}

} // namespace

TEST_CASE("a rate card prices a parcel by its weight band, both ends inclusive", "[core][rates]")
{
    const RateCard card = ground();
    CORE_REQUIRE_OK(card.validate());
    CHECK(card.priceFor(0) == Money::fromMinor(895));
    CHECK(card.priceFor(1000) == Money::fromMinor(895));
    CHECK(card.priceFor(1001) == Money::fromMinor(1250));
    CHECK(card.priceFor(5000) == Money::fromMinor(1250));
    CHECK(card.priceFor(5001) == Money::fromMinor(1900));
    CHECK(card.priceFor(30000) == Money::fromMinor(1900));
    CHECK_FALSE(card.priceFor(30001).has_value());
    CHECK_FALSE(card.priceFor(-1).has_value());
}

TEST_CASE("a rate card with broken weight bands is refused with the bands named", "[core][rates]")
{
    RateCard overlapping = ground();
    overlapping.bands[1].fromGrams = 900;
    CHECK(
        refusal(overlapping) ==
        QStringLiteral("Rate card UPS Ground: the weight bands 0-1000 g and 900-5000 g overlap, so a parcel "
                       "would have two prices."));

    RateCard touching = ground(); // 0-1000 and 1000-5000 share 1000 g
    touching.bands[1].fromGrams = 1000;
    CHECK(refusal(touching).contains(QStringLiteral("overlap")));

    RateCard unsorted = ground();
    std::swap(unsorted.bands[0], unsorted.bands[2]);
    CHECK(refusal(unsorted) ==
          QStringLiteral("Rate card UPS Ground: the weight bands are not sorted: 1001-5000 g "
                         "comes after 5001-30000 g."));

    RateCard gap = ground();
    gap.bands[1].fromGrams = 1002;
    CHECK(refusal(gap) ==
          QStringLiteral("Rate card UPS Ground: the weight bands 0-1000 g and 1002-5000 g leave a "
                         "gap, so a parcel in between would have no price."));

    RateCard negative = ground();
    negative.bands[2].price = Money::fromMinor(-1);
    CHECK(
        refusal(negative) ==
        QStringLiteral("Rate card UPS Ground: the weight band 5001-30000 g has a negative price (-$0.01)."));

    RateCard backwards = ground();
    backwards.bands[0] = WeightBand{1000, 0, Money::fromMinor(895)};
    CHECK(refusal(backwards).contains(QStringLiteral("empty or negative")));

    RateCard none = ground();
    none.bands.clear();
    CHECK(refusal(none).contains(QStringLiteral("no weight bands")));

    // A free band is allowed (free shipping over a threshold is a price, not an error).
    RateCard free = ground();
    free.bands[0].price = Money();
    CORE_REQUIRE_OK(free.validate());
}

TEST_CASE("a rate card needs a carrier and sensible transit days", "[core][rates]")
{
    RateCard noCarrier = ground();
    noCarrier.carrier = QStringLiteral("  ");
    CORE_CHECK_REFUSED(noCarrier.validate(), ErrorCode::InvalidArgument);

    for (const auto& [min, max] : {std::pair{0, 1}, std::pair{3, 2}, std::pair{1, 31}, std::pair{-1, 5}}) {
        RateCard card = ground();
        card.transitDaysMin = min;
        card.transitDaysMax = max;
        INFO(min << ".." << max);
        CHECK(refusal(card).contains(QStringLiteral("business days")));
    }
    RateCard overnight = ground();
    overnight.transitDaysMin = overnight.transitDaysMax = 1;
    CORE_REQUIRE_OK(overnight.validate());
    RateCard slow = ground();
    slow.transitDaysMax = RateCard::kMaxTransitDays;
    CORE_REQUIRE_OK(slow.validate());
}

TEST_CASE("service levels have their names and the issue's transit days", "[core][rates]")
{
    // The same words as Order::service carries, so an order's promised service maps straight onto a level.
    CHECK(wh::serviceLevelName(ServiceLevel::Standard) == QStringLiteral("Standard"));
    CHECK(wh::serviceLevelName(ServiceLevel::Express) == QStringLiteral("Express"));
    CHECK(wh::serviceLevelName(ServiceLevel::Overnight) == QStringLiteral("Overnight"));
    CHECK(wh::serviceLevelFromName(QStringLiteral("Express")) == ServiceLevel::Express);
    CHECK_FALSE(wh::serviceLevelFromName(QStringLiteral("express")).has_value());
    CHECK(RateCard::defaultTransitDays(ServiceLevel::Standard) == std::pair{3, 5});
    CHECK(RateCard::defaultTransitDays(ServiceLevel::Express) == std::pair{1, 2});
    CHECK(RateCard::defaultTransitDays(ServiceLevel::Overnight) == std::pair{1, 1});

    RateCard unnamed = ground();
    unnamed.service.clear();
    CHECK(unnamed.name() == QStringLiteral("UPS Standard"));
    CHECK(unnamed.serviceName() == QStringLiteral("Standard"));
    CHECK(ground().name() == QStringLiteral("UPS Ground"));
    CHECK(ground().serviceName() == QStringLiteral("Ground"));
}

TEST_CASE("a rate card is saved in the documented JSON format and loads back the same", "[core][rates]")
{
    const RateCard card = ground();
    const QByteArray json = QJsonDocument(card.toJson()).toJson(QJsonDocument::Compact);
    CHECK(QString::fromUtf8(json) ==
          QStringLiteral(R"({"bands":[{"fromGrams":0,"priceMinor":895,"toGrams":1000},)"
                         R"({"fromGrams":1001,"priceMinor":1250,"toGrams":5000},)"
                         R"({"fromGrams":5001,"priceMinor":1900,"toGrams":30000}],)"
                         R"("carrier":"UPS","cutOff":"17:00","level":"Standard","service":"Ground",)"
                         R"("transitDaysMax":5,"transitDaysMin":3})"));
    const auto back = RateCard::fromJson(card.toJson());
    CORE_REQUIRE_OK(back);
    CHECK(*back == card);

    RateCard plain = ground();
    plain.service.clear();
    plain.cutOff.reset();
    const auto plainBack = RateCard::fromJson(plain.toJson());
    CORE_REQUIRE_OK(plainBack);
    CHECK(*plainBack == plain);
    CHECK_FALSE(plain.toJson().contains(QStringLiteral("cutOff")));

    RateCard seconds = ground();
    seconds.cutOff = QTime(16, 30, 15);
    CHECK(seconds.toJson().value(QStringLiteral("cutOff")).toString() == QStringLiteral("16:30:15"));
    CHECK(*RateCard::fromJson(seconds.toJson()) == seconds);
}

TEST_CASE("a card file may leave out the transit days of its level", "[core][rates]")
{
    const auto card = RateCard::fromJson(parse(R"({"carrier": "FedEx", "level": "Express",
        "bands": [{"fromGrams": 1, "toGrams": 500, "priceMinor": 1800}]})"));
    CORE_REQUIRE_OK(card);
    CHECK(card->level == ServiceLevel::Express);
    CHECK(card->transitDaysMin == 1);
    CHECK(card->transitDaysMax == 2);
    CHECK_FALSE(card->cutOff.has_value());
    CHECK(card->service.isEmpty());
    CHECK(card->priceFor(500) == Money::fromMinor(1800));
    CHECK_FALSE(card->priceFor(0).has_value());
}

TEST_CASE("a broken rate card file is refused with a message that names the problem", "[core][rates]")
{
    struct Case
    {
        const char* json;
        const char* says;
    };
    const QList<Case> cases{
        {R"({"carrier": "UPS", "level": "economy", "bands": [{"fromGrams": 0, "toGrams": 10, "priceMinor": 1}]})",
         "unknown service level \"economy\""},
        {R"({"carrier": "UPS", "level": "standard", "bands": [{"fromGrams": 0, "toGrams": 10, "priceMinor": 1}]})",
         "unknown service level \"standard\"; it must be Standard, Express or Overnight."},
        {R"({"carrier": "UPS", "bands": [{"fromGrams": 0, "toGrams": 10, "priceMinor": 1}]})",
         "unknown service level \"\""},
        {R"({"level": "Standard", "bands": [{"fromGrams": 0, "toGrams": 10, "priceMinor": 1}]})",
         "\"carrier\" must name the carrier"},
        {R"({"carrier": 7, "level": "Standard", "bands": []})", "\"carrier\" must name the carrier"},
        {R"({"carrier": "UPS", "level": "Standard", "cutoff": "17:00",
             "bands": [{"fromGrams": 0, "toGrams": 10, "priceMinor": 1}]})",
         "unknown field \"cutoff\""},
        {R"({"carrier": "UPS", "level": "Standard", "cutOff": "5pm",
             "bands": [{"fromGrams": 0, "toGrams": 10, "priceMinor": 1}]})",
         "the cut-off \"5pm\" is not a time of day"},
        {R"({"carrier": "UPS", "level": "Standard", "cutOff": "25:00",
             "bands": [{"fromGrams": 0, "toGrams": 10, "priceMinor": 1}]})",
         "is not a time of day"},
        {R"({"carrier": "UPS", "level": "Standard", "bands": [{"fromGrams": 0, "toGrams": 10, "priceMinor": 8.95}]})",
         "\"priceMinor\" must be a whole number"},
        {R"({"carrier": "UPS", "level": "Standard", "bands": [{"fromGrams": 0, "toGrams": 10, "priceMinor": "895"}]})",
         "\"priceMinor\" must be a whole number"},
        {R"({"carrier": "UPS", "level": "Standard", "bands": [{"fromGrams": 0, "toGrams": 10}]})",
         "\"priceMinor\" must be a whole number"},
        {R"({"carrier": "UPS", "level": "Standard", "bands": [{"fromGrams": 0, "toGrams": 10, "priceMinor": -5}]})",
         "negative price"},
        {R"({"carrier": "UPS", "level": "Standard", "bands": [{"fromGrams": -1, "toGrams": 10, "priceMinor": 5}]})",
         "\"fromGrams\" is -1"},
        {R"({"carrier": "UPS", "level": "Standard", "bands": [{"from": 0, "toGrams": 10, "priceMinor": 5}]})",
         "weight band 1: unknown field \"from\""},
        {R"({"carrier": "UPS", "level": "Standard", "bands": {"fromGrams": 0}})", "\"bands\" must list"},
        {R"({"carrier": "UPS", "level": "Standard", "bands": [7]})", "each band is an object"},
        {R"({"carrier": "UPS", "level": "Standard", "bands": []})", "no weight bands"},
        {R"({"carrier": "UPS", "level": "Standard", "transitDaysMin": 2.5,
             "bands": [{"fromGrams": 0, "toGrams": 10, "priceMinor": 1}]})",
         "\"transitDaysMin\" must be a whole number"},
        {R"({"carrier": "UPS", "level": "Standard", "transitDaysMin": 0,
             "bands": [{"fromGrams": 0, "toGrams": 10, "priceMinor": 1}]})",
         "\"transitDaysMin\" is 0; it must be 1 to 30"},
        {R"({"carrier": "UPS", "level": "Overnight", "transitDaysMin": 2,
             "bands": [{"fromGrams": 0, "toGrams": 10, "priceMinor": 1}]})",
         "transit takes 2 to 1 business days"},
        {R"({"carrier": "UPS", "level": "Standard", "bands": [{"fromGrams": 0, "toGrams": 10, "priceMinor": 1},
             {"fromGrams": 5, "toGrams": 20, "priceMinor": 2}]})",
         "overlap"},
    };
    for (const Case& c : cases) {
        INFO(c.json);
        const QJsonObject json = parse(c.json);
        REQUIRE_FALSE(json.isEmpty());
        const auto card = RateCard::fromJson(json);
        REQUIRE_FALSE(card.ok());
        CHECK(card.error().code == ErrorCode::InvalidArgument);
        INFO(card.error().message.toStdString());
        CHECK(card.error().message.contains(QLatin1String(c.says)));
    }
}

TEST_CASE("a list of rate cards loads whole or not at all", "[core][rates]")
{
    RateCard express = ground();
    express.service = QStringLiteral("2nd Day Air");
    express.level = ServiceLevel::Express;
    express.transitDaysMin = 1;
    express.transitDaysMax = 2;
    const QList<RateCard> cards{ground(), express};
    const auto back = RateCard::listFromJson(RateCard::listToJson(cards));
    CORE_REQUIRE_OK(back);
    CHECK(*back == cards);

    QJsonArray broken = RateCard::listToJson(cards);
    QJsonObject second = broken[1].toObject();
    second.insert(QStringLiteral("level"), QStringLiteral("SameDay"));
    broken[1] = second;
    const auto refused = RateCard::listFromJson(broken);
    CORE_CHECK_REFUSED(refused, ErrorCode::InvalidArgument);
    CHECK(refused.error().message.startsWith(QStringLiteral("Entry 2 of the rate card list: ")));

    QJsonArray notObjects{1};
    CHECK(RateCard::listFromJson(notObjects).error().message ==
          QStringLiteral("Entry 1 of the rate card list is not an object."));
}
