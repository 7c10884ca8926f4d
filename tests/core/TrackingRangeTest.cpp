#include "CoreTestSupport.h"

#include "TrackingRange.h"

#include <QSet>

using wh::ErrorCode;
using wh::TrackingAllocation;
using wh::TrackingFormat;
using wh::TrackingNumber;
using wh::TrackingRange;

namespace {

// UPS's sample 1Z999AA10123456784 is shipper 999AA1, service 01, package 2345678, check 4: a range over those
// package numbers must hand out exactly that number first.
TrackingRange upsRange()
{
    TrackingRange r;
    r.id = QStringLiteral("UPS-2026-01");
    r.carrier = QStringLiteral("UPS");
    r.format = TrackingFormat::Ups1Z;
    r.prefix = QStringLiteral("1Z999AA101");
    r.firstSerial = 2'345'678;
    r.lastSerial = 2'345'680;
    r.nextSerial = 2'345'678;
    r.lowWaterMark = 1;
    return r;
}

TrackingRange range(TrackingFormat format, const QString& prefix, std::int64_t first, std::int64_t last)
{
    TrackingRange r;
    r.id = QStringLiteral("R-1");
    r.carrier = QStringLiteral("Carrier");
    r.format = format;
    r.prefix = prefix;
    r.firstSerial = first;
    r.lastSerial = last;
    r.nextSerial = first;
    r.lowWaterMark = 0;
    return r;
}

} // namespace

TEST_CASE("a UPS range hands out its numbers in order with their check digits", "[core][tracking]")
{
    const TrackingRange start = upsRange();
    CORE_REQUIRE_OK(start.validate());
    CHECK(start.serialWidth() == 7);
    CHECK(start.remaining() == 3);

    const auto first = start.allocate();
    CORE_REQUIRE_OK(first);
    CHECK(first->trackingNumber == QStringLiteral("1Z999AA10123456784")); // UPS's published sample
    CHECK(first->serial == 2'345'678);
    CHECK(first->range.nextSerial == 2'345'679);
    CHECK(first->remaining == 2);
    CHECK_FALSE(first->low);
    CHECK_FALSE(first->crossedLowWater);

    const auto second = first->range.allocate();
    CORE_REQUIRE_OK(second);
    CHECK(second->trackingNumber == QStringLiteral("1Z999AA10123456793"));
    CHECK(second->remaining == 1);
    CHECK(second->low); // at the mark counts
    CHECK(second->crossedLowWater);

    const auto third = second->range.allocate();
    CORE_REQUIRE_OK(third);
    CHECK(third->trackingNumber == QStringLiteral("1Z999AA10123456800"));
    CHECK(third->remaining == 0);
    CHECK(third->low);
    CHECK_FALSE(third->crossedLowWater); // the alert was raised once, at the crossing
    CHECK(third->range.exhausted());
    CHECK(third->range.nextSerial == third->range.lastSerial + 1);

    // The allocation changed nothing but the cursor.
    TrackingRange expected = start;
    expected.nextSerial = start.lastSerial + 1;
    CHECK(third->range == expected);
}

TEST_CASE("a used-up range refuses to hand out a number and says what to do", "[core][tracking]")
{
    TrackingRange used = upsRange();
    used.nextSerial = used.lastSerial + 1;
    CORE_REQUIRE_OK(used.validate()); // used up is a valid state, kept for the record
    CHECK(used.exhausted());
    CHECK(used.low());

    const auto refused = used.allocate();
    CORE_CHECK_REFUSED(refused, ErrorCode::TrackingRangeExhausted);
    CHECK(
        refused.error().message ==
        QStringLiteral("Tracking range UPS-2026-01 is used up: ask the carrier for a new range. Nothing was "
                       "shipped."));
}

TEST_CASE("every number a range hands out lies in the range and validates", "[core][tracking]")
{
    TrackingRange r = range(TrackingFormat::Sscc18, QStringLiteral("10614141"), 123'456'780, 123'456'799);
    QStringList numbers;
    for (;;) {
        const auto next = r.allocate();
        if (!next.ok())
            break;
        CHECK(next->serial >= r.firstSerial);
        CHECK(next->serial <= r.lastSerial);
        CORE_REQUIRE_OK(TrackingNumber::validate(TrackingFormat::Sscc18, next->trackingNumber));
        CHECK(TrackingNumber::identify(next->trackingNumber).value() == TrackingFormat::Sscc18);
        numbers.append(next->trackingNumber);
        r = next->range;
        REQUIRE(numbers.size() <= 20);
    }
    CHECK(numbers.size() == 20);
    CHECK(numbers.contains(QStringLiteral("106141411234567897"))); // GS1's example SSCC is serial 123456789
    CHECK(numbers.first() == QStringLiteral("106141411234567804"));
    CHECK(numbers.last() == QStringLiteral("106141411234567996"));
    CHECK(QSet<QString>(numbers.begin(), numbers.end()).size() == 20);
}

TEST_CASE("FedEx and USPS ranges reproduce published numbers", "[core][tracking]")
{
    const auto fedEx = range(TrackingFormat::FedEx12, QString(), 98'657'878'885, 98'657'878'899).allocate();
    CORE_REQUIRE_OK(fedEx);
    CHECK(fedEx->trackingNumber == QStringLiteral("986578788855"));

    // Serials are zero-padded to the width the prefix leaves.
    const auto padded =
        range(TrackingFormat::FedEx12, QStringLiteral("0123"), 4'567'898, 4'567'899).allocate();
    CORE_REQUIRE_OK(padded);
    CHECK(padded->trackingNumber == QStringLiteral("012345678983"));
    const auto zero = range(TrackingFormat::FedEx12, QString(), 0, 5).allocate();
    CORE_REQUIRE_OK(zero);
    CHECK(zero->trackingNumber == QStringLiteral("000000000000"));

    const auto usps =
        range(TrackingFormat::UspsImpb22, QStringLiteral("9400111201080805"), 48'301, 48'399).allocate();
    CORE_REQUIRE_OK(usps);
    CHECK(usps->trackingNumber == QStringLiteral("9400111201080805483016"));
    CHECK(usps->remaining == 98);
}

TEST_CASE("the low-water mark is reached at, not below, the mark", "[core][tracking]")
{
    TrackingRange r = range(TrackingFormat::FedEx12, QString(), 100, 109); // 10 numbers
    r.lowWaterMark = 7;
    CHECK_FALSE(r.low());
    auto a = r.allocate(); // 9 left
    CORE_REQUIRE_OK(a);
    CHECK_FALSE(a->low);
    auto b = a->range.allocate(); // 8 left
    CORE_REQUIRE_OK(b);
    CHECK_FALSE(b->low);
    auto c = b->range.allocate(); // 7 left: at the mark
    CORE_REQUIRE_OK(c);
    CHECK(c->remaining == 7);
    CHECK(c->low);
    CHECK(c->crossedLowWater);
    auto d = c->range.allocate();
    CORE_REQUIRE_OK(d);
    CHECK(d->low);
    CHECK_FALSE(d->crossedLowWater);

    // A range configured at or below its mark is low from the start: the store alerts on load, not on a
    // crossing.
    TrackingRange small = range(TrackingFormat::FedEx12, QString(), 1, 3);
    small.lowWaterMark = 5;
    CHECK(small.low());
    const auto first = small.allocate();
    CORE_REQUIRE_OK(first);
    CHECK(first->low);
    CHECK_FALSE(first->crossedLowWater);
}

TEST_CASE("a range that does not fit its format hands out nothing", "[core][tracking]")
{
    struct Case
    {
        const char* what;
        TrackingRange range;
        const char* says;
    };
    const auto with = [](auto change) {
        TrackingRange r = upsRange();
        change(r);
        return r;
    };
    const QList<Case> cases{
        {"no name", with([](TrackingRange& r) { r.id.clear(); }), "needs a name"},
        {"no carrier", with([](TrackingRange& r) { r.carrier = QStringLiteral(" "); }), "names no carrier"},
        {"UPS prefix without service code",
         with([](TrackingRange& r) { r.prefix = QStringLiteral("1Z999AA1"); }), "service code"},
        {"UPS prefix in lower case", with([](TrackingRange& r) { r.prefix = QStringLiteral("1z999aa101"); }),
         "1Z"},
        {"UPS prefix with letters in the serial part",
         with([](TrackingRange& r) { r.prefix = QStringLiteral("1Z999AA101A"); }), "digits only"},
        {"prefix fills the whole body",
         with([](TrackingRange& r) { r.prefix = QStringLiteral("1Z999AA1012345678"); }), "0 digits"},
        {"last serial wider than the serial digits",
         with([](TrackingRange& r) { r.lastSerial = 10'000'000; }), "within 0 to 9999999"},
        {"first after last", with([](TrackingRange& r) { r.firstSerial = r.lastSerial + 1; }), "upwards"},
        {"negative first", with([](TrackingRange& r) { r.firstSerial = -1; }), "upwards"},
        {"next before first", with([](TrackingRange& r) { r.nextSerial = r.firstSerial - 1; }), "outside"},
        {"next two past the end", with([](TrackingRange& r) { r.nextSerial = r.lastSerial + 2; }), "outside"},
        {"negative low-water mark", with([](TrackingRange& r) { r.lowWaterMark = -1; }), "low-water"},
        {"USPS prefix of FedEx Ground",
         range(TrackingFormat::UspsImpb22, QStringLiteral("9611020987654"), 0, 10), "91 to 95"},
        {"SSCC prefix without company prefix", range(TrackingFormat::Sscc18, QStringLiteral("106"), 0, 10),
         "company prefix"},
        {"FedEx prefix with a letter", range(TrackingFormat::FedEx12, QStringLiteral("12A"), 0, 10),
         "digits only"},
        {"serial wider than 64 bits hold", range(TrackingFormat::UspsImpb22, QStringLiteral("92"), 0, 10),
         "1 to 18"},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        const wh::Status valid = c.range.validate();
        REQUIRE_FALSE(valid.ok());
        CHECK(valid.error().code == ErrorCode::InvalidArgument);
        CHECK(valid.error().message.contains(QLatin1String(c.says)));
        const auto allocated = c.range.allocate();
        REQUIRE_FALSE(allocated.ok());
        CHECK(allocated.error().message == valid.error().message);
    }
}

TEST_CASE("a range at the widest serial still validates its numbers", "[core][tracking]")
{
    // A 3-digit USPS prefix leaves 18 serial digits, the widest a 64-bit serial allows.
    TrackingRange wide = range(TrackingFormat::UspsImpb22, QStringLiteral("940"), 999'999'999'999'999'990,
                               999'999'999'999'999'999);
    CHECK(wide.serialWidth() == 18);
    const auto a = wide.allocate();
    CORE_REQUIRE_OK(a);
    CHECK(a->trackingNumber.left(21) == QStringLiteral("940999999999999999990"));
    CORE_REQUIRE_OK(TrackingNumber::validate(TrackingFormat::UspsImpb22, a->trackingNumber));
    CHECK(a->remaining == 9);
}
