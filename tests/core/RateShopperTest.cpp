#include "CoreTestSupport.h"

#include "RateShopper.h"

#include <QMap>

#include <algorithm>

using wh::BusinessCalendar;
using wh::ErrorCode;
using wh::Money;
using wh::RateCard;
using wh::RateQuote;
using wh::RateRequest;
using wh::RateShopper;
using wh::ServiceLevel;

namespace {

// March 2026: Monday the 2nd ... Friday the 6th, Monday the 9th.
const QDate kMon{2026, 3, 2};
const QDate kTue{2026, 3, 3};
const QDate kWed{2026, 3, 4};
const QDate kFri{2026, 3, 6};
const QDate kNextMon{2026, 3, 9};
const QDate kNextTue{2026, 3, 10};

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

RateCard card(const char* carrier, const char* service, ServiceLevel level, int minDays, int maxDays,
              std::optional<QTime> cutOff, QList<wh::WeightBand> bands)
{
    RateCard c;
    c.carrier = QLatin1String(carrier);
    c.service = QLatin1String(service);
    c.level = level;
    c.transitDaysMin = minDays;
    c.transitDaysMax = maxDays;
    c.cutOff = cutOff;
    c.bands = std::move(bands);
    return c;
}

RateCard upsGround()
{
    return card("UPS", "Ground", ServiceLevel::Standard, 3, 5, QTime(17, 0),
                {{0, 1000, Money::fromMinor(895)},
                 {1001, 5000, Money::fromMinor(1250)},
                 {5001, 30000, Money::fromMinor(1900)}});
}
RateCard upsSecondDay()
{
    return card("UPS", "2nd Day Air", ServiceLevel::Express, 1, 2, QTime(16, 0),
                {{0, 1000, Money::fromMinor(1800)}, {1001, 5000, Money::fromMinor(2400)}});
}
RateCard fedExOvernight()
{
    return card("FedEx", "Priority Overnight", ServiceLevel::Overnight, 1, 1, QTime(15, 0),
                {{0, 5000, Money::fromMinor(4200)}});
}

RateShopper shopper(QList<RateCard> cards, QList<QDate> holidays = {}, QTimeZone zone = QTimeZone::utc())
{
    auto created = RateShopper::create(std::move(cards), BusinessCalendar(zone, holidays));
    INFO(wh::test::describe(created));
    REQUIRE(created.ok());
    return std::move(created).value();
}

RateShopper standardShopper(QList<QDate> holidays = {})
{
    return shopper({upsGround(), upsSecondDay(), fedExOvernight()}, holidays);
}

RateRequest request(int grams, QDate readyDay, QTime readyTime, QDate promised)
{
    return RateRequest{grams, QDateTime(readyDay, readyTime, QTimeZone::utc()), promised};
}

QStringList names(const QList<RateQuote>& quotes)
{
    QStringList out;
    for (const RateQuote& q : quotes)
        out.append(q.cardName + (q.meetsPromise ? QStringLiteral(" (on time)") : QStringLiteral(" (late)")));
    return out;
}

} // namespace

TEST_CASE("the cheapest service that meets the promised date is chosen", "[core][rates]")
{
    const RateShopper s = standardShopper();

    // Ground leaves Monday and takes at most 5 business days: Monday the 9th, exactly the promise.
    const auto ground = s.choose(request(800, kMon, QTime(9, 0), kNextMon));
    CORE_REQUIRE_OK(ground);
    CHECK(ground->carrier == QStringLiteral("UPS"));
    CHECK(ground->service == QStringLiteral("Ground"));
    CHECK(ground->level == ServiceLevel::Standard);
    CHECK(ground->price == Money::fromMinor(895));
    CHECK(iso(ground->departure) == iso(kMon));
    CHECK(iso(ground->expectedDelivery) == iso(kNextMon));
    CHECK(ground->meetsPromise);

    // A day sooner and Ground is late: 2nd Day Air (Wednesday) is the cheapest that makes it.
    const auto express = s.choose(request(800, kMon, QTime(9, 0), kFri));
    CORE_REQUIRE_OK(express);
    CHECK(express->cardName == QStringLiteral("UPS 2nd Day Air"));
    CHECK(express->price == Money::fromMinor(1800));
    CHECK(iso(express->expectedDelivery) == iso(kWed));

    // Promised for tomorrow: only overnight makes it.
    const auto overnight = s.choose(request(800, kMon, QTime(9, 0), kTue));
    CORE_REQUIRE_OK(overnight);
    CHECK(overnight->cardName == QStringLiteral("FedEx Priority Overnight"));
    CHECK(overnight->service == QStringLiteral("Priority Overnight"));
    CHECK(overnight->price == Money::fromMinor(4200));
    CHECK(iso(overnight->expectedDelivery) == iso(kTue));
}

TEST_CASE("price decides before speed, and the price follows the weight band", "[core][rates]")
{
    const RateShopper s = standardShopper();
    const QDate farAway(2026, 4, 30);
    CHECK(s.choose(request(1000, kMon, QTime(9, 0), farAway))->price == Money::fromMinor(895));
    CHECK(s.choose(request(1001, kMon, QTime(9, 0), farAway))->price == Money::fromMinor(1250));
    CHECK(s.choose(request(30000, kMon, QTime(9, 0), farAway))->price == Money::fromMinor(1900));

    const auto all = s.quotes(request(800, kMon, QTime(9, 0), farAway));
    CORE_REQUIRE_OK(all);
    CHECK(names(*all) == QStringList{QStringLiteral("UPS Ground (on time)"),
                                     QStringLiteral("UPS 2nd Day Air (on time)"),
                                     QStringLiteral("FedEx Priority Overnight (on time)")});
}

TEST_CASE("when nothing meets the promise the best available option is named for a supervisor",
          "[core][rates]")
{
    const RateShopper s = standardShopper();
    // Ready at 15:30: overnight's 15:00 cut-off has passed, so it leaves Tuesday and arrives Wednesday, the
    // same day as 2nd Day Air (cut-off 16:00, leaves Monday), which costs less.
    const RateRequest late = request(800, kMon, QTime(15, 30), kTue);
    const auto refused = s.choose(late);
    CORE_CHECK_REFUSED(refused, ErrorCode::PromiseNotMet);
    CHECK(refused.error().message ==
          QStringLiteral(
              "No service delivers by Tue 2026-03-03 as promised. The best available is UPS 2nd Day "
              "Air: $18.00, expected Wed 2026-03-04. A supervisor must decide whether to ship late."));

    const auto all = s.quotes(late);
    CORE_REQUIRE_OK(all);
    CHECK(names(*all) == QStringList{QStringLiteral("UPS 2nd Day Air (late)"),
                                     QStringLiteral("FedEx Priority Overnight (late)"),
                                     QStringLiteral("UPS Ground (late)")});
    CHECK(iso(all->at(1).departure) == iso(kTue));
    CHECK(iso(all->at(1).expectedDelivery) == iso(kWed));

    // 6 kg: only Ground prices it, and it is late; it is still named.
    const auto heavy = s.choose(request(6000, kMon, QTime(9, 0), kTue));
    REQUIRE_FALSE(heavy.ok());
    CHECK(heavy.error().message.contains(QStringLiteral("UPS Ground: $19.00, expected Mon 2026-03-09")));
}

TEST_CASE("on-time options are listed before late ones, whatever their price", "[core][rates]")
{
    const RateShopper s = standardShopper();
    const auto all = s.quotes(request(800, kMon, QTime(9, 0), kWed));
    CORE_REQUIRE_OK(all);
    CHECK(names(*all) == QStringList{QStringLiteral("UPS 2nd Day Air (on time)"),
                                     QStringLiteral("FedEx Priority Overnight (on time)"),
                                     QStringLiteral("UPS Ground (late)")});
}

TEST_CASE("transit counts business days across the weekend and holidays", "[core][rates]")
{
    const RateShopper s = standardShopper();
    const RateRequest friday = request(800, kFri, QTime(9, 0), QDate(2026, 3, 31));
    const auto all = s.quotes(friday);
    CORE_REQUIRE_OK(all);
    REQUIRE(all->size() == 3);
    QMap<QString, QString> delivery;
    for (const RateQuote& q : *all)
        delivery.insert(q.cardName, iso(q.expectedDelivery));
    CHECK(delivery.value(QStringLiteral("FedEx Priority Overnight")) == iso(kNextMon));
    CHECK(delivery.value(QStringLiteral("UPS 2nd Day Air")) == iso(kNextTue));
    CHECK(delivery.value(QStringLiteral("UPS Ground")) == QStringLiteral("2026-03-13"));

    // Promised for Monday: overnight is the only one; for Tuesday 2nd Day Air is cheaper.
    CHECK(s.choose(request(800, kFri, QTime(9, 0), kNextMon))->cardName ==
          QStringLiteral("FedEx Priority Overnight"));
    CHECK(s.choose(request(800, kFri, QTime(9, 0), kNextTue))->cardName == QStringLiteral("UPS 2nd Day Air"));

    // After the cut-off on Friday everything leaves on Monday.
    const auto lateFriday = s.choose(request(800, kFri, QTime(17, 30), kNextTue));
    CORE_REQUIRE_OK(lateFriday);
    CHECK(lateFriday->cardName == QStringLiteral("FedEx Priority Overnight"));
    CHECK(iso(lateFriday->departure) == iso(kNextMon));
    CHECK(iso(lateFriday->expectedDelivery) == iso(kNextTue));

    // With Monday a holiday, overnight from Friday arrives on Tuesday and nothing makes Monday.
    const RateShopper holiday = standardShopper({kNextMon});
    const auto tuesday = holiday.choose(request(800, kFri, QTime(9, 0), kNextTue));
    CORE_REQUIRE_OK(tuesday);
    CHECK(tuesday->cardName == QStringLiteral("FedEx Priority Overnight"));
    CHECK(iso(tuesday->expectedDelivery) == iso(kNextTue));
    CHECK_FALSE(holiday.choose(request(800, kFri, QTime(9, 0), kNextMon)).ok());
}

TEST_CASE("equal prices are decided by the earlier delivery, then by carrier name", "[core][rates]")
{
    const QList<wh::WeightBand> bands{{0, 5000, Money::fromMinor(895)}};
    const RateCard ups = card("UPS", "Ground", ServiceLevel::Standard, 3, 5, std::nullopt, bands);
    const RateCard fedEx = card("FedEx", "Ground", ServiceLevel::Standard, 3, 5, std::nullopt, bands);
    const RateCard fasterUps = card("UPS", "Ground", ServiceLevel::Standard, 2, 4, std::nullopt, bands);
    const RateRequest parcel = request(800, kMon, QTime(9, 0), QDate(2026, 3, 31));

    // Same price, same day: FedEx before UPS, whichever order the cards are in.
    CHECK(shopper({ups, fedEx}).choose(parcel)->carrier == QStringLiteral("FedEx"));
    CHECK(shopper({fedEx, ups}).choose(parcel)->carrier == QStringLiteral("FedEx"));
    // Same price, UPS a day sooner: UPS, though its name sorts later.
    CHECK(shopper({fedEx, fasterUps}).choose(parcel)->carrier == QStringLiteral("UPS"));
    CHECK(shopper({fasterUps, fedEx}).choose(parcel)->carrier == QStringLiteral("UPS"));
    // Same carrier, price and day: by the service's name.
    const RateCard uspsA =
        card("USPS", "Ground Advantage", ServiceLevel::Standard, 3, 5, std::nullopt, bands);
    const RateCard uspsB = card("USPS", "Parcel Select", ServiceLevel::Standard, 3, 5, std::nullopt, bands);
    CHECK(shopper({uspsB, uspsA}).choose(parcel)->service == QStringLiteral("Ground Advantage"));

    // Late options with equal days: the cheaper is best available.
    const RateCard dearFedEx = card("FedEx", "Ground", ServiceLevel::Standard, 3, 5, std::nullopt,
                                    {{0, 5000, Money::fromMinor(900)}});
    const auto late = shopper({dearFedEx, ups}).choose(request(800, kMon, QTime(9, 0), kTue));
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().message.contains(QStringLiteral("best available is UPS Ground: $8.95")));
}

TEST_CASE("the cut-off is read on the warehouse's clock", "[core][rates]")
{
    // 21:30 UTC is 16:30 in a warehouse five hours behind: too late for 2nd Day Air (16:00), in time for
    // Ground.
    const RateShopper s = shopper({upsGround(), upsSecondDay()}, {}, QTimeZone(-5 * 3600));
    const auto all = s.quotes(request(800, kMon, QTime(21, 30), QDate(2026, 3, 31)));
    CORE_REQUIRE_OK(all);
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).cardName == QStringLiteral("UPS Ground"));
    CHECK(iso(all->at(0).departure) == iso(kMon));
    CHECK(all->at(1).cardName == QStringLiteral("UPS 2nd Day Air"));
    CHECK(iso(all->at(1).departure) == iso(kTue));
    CHECK(iso(all->at(1).expectedDelivery) == QStringLiteral("2026-03-05"));
}

TEST_CASE("a parcel no card prices, or a request without its facts, is refused", "[core][rates]")
{
    const RateShopper s = standardShopper();
    const auto tooHeavy = s.choose(request(30001, kMon, QTime(9, 0), kNextMon));
    CORE_CHECK_REFUSED(tooHeavy, ErrorCode::NoRate);
    CHECK(tooHeavy.error().message ==
          QStringLiteral("No rate card prices a parcel of 30001 g: split it or add a card for that weight."));
    CHECK(s.quotes(request(30001, kMon, QTime(9, 0), kNextMon))->isEmpty());

    const auto unweighed = s.choose(request(0, kMon, QTime(9, 0), kNextMon));
    CORE_CHECK_REFUSED(unweighed, ErrorCode::InvalidArgument);
    CHECK(unweighed.error().message.contains(QStringLiteral("weigh it")));
    CORE_CHECK_REFUSED(s.choose(request(-5, kMon, QTime(9, 0), kNextMon)), ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(s.choose(RateRequest{800, QDateTime(), kNextMon}), ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(s.choose(request(800, kMon, QTime(9, 0), QDate())), ErrorCode::InvalidArgument);

    // No cards at all: nothing prices anything.
    CHECK_FALSE(shopper({}).choose(request(800, kMon, QTime(9, 0), kNextMon)).ok());
}

TEST_CASE("the shopper refuses a broken or ambiguous set of cards", "[core][rates]")
{
    const BusinessCalendar calendar(QTimeZone::utc());
    const auto twice = RateShopper::create({upsGround(), fedExOvernight(), upsGround()}, calendar);
    CORE_CHECK_REFUSED(twice, ErrorCode::AlreadyExists);
    CHECK(twice.error().message == QStringLiteral("Rate card UPS Ground is configured twice; keep one."));

    RateCard broken = upsSecondDay();
    broken.bands.append({4000, 6000, Money::fromMinor(3000)});
    const auto invalid = RateShopper::create({upsGround(), broken}, calendar);
    CORE_CHECK_REFUSED(invalid, ErrorCode::InvalidArgument);
    CHECK(invalid.error().message.contains(QStringLiteral("UPS 2nd Day Air")));
    CHECK(invalid.error().message.contains(QStringLiteral("overlap")));

    // The same carrier may offer two services of one level under different names.
    RateCard saver = upsSecondDay();
    saver.service = QStringLiteral("3 Day Select");
    CORE_REQUIRE_OK(RateShopper::create({upsSecondDay(), saver}, calendar));
}
