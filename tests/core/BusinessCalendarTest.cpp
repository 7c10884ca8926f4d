#include "CoreTestSupport.h"

#include "BusinessCalendar.h"

using wh::BusinessCalendar;

namespace {

// March 2026: Monday the 2nd, Friday the 6th, the weekend of the 7th and 8th, Monday the 9th.
const QDate kMon{2026, 3, 2};
const QDate kThu{2026, 3, 5};
const QDate kFri{2026, 3, 6};
const QDate kSat{2026, 3, 7};
const QDate kSun{2026, 3, 8};
const QDate kNextMon{2026, 3, 9};

// Dates compare as ISO text so a failure prints them readably.
QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

QDateTime utc(QDate date, int hour, int minute, int second = 0)
{
    return QDateTime(date, QTime(hour, minute, second), QTimeZone::utc());
}

} // namespace

TEST_CASE("business days are Monday to Friday less the holidays", "[core][rates]")
{
    const BusinessCalendar calendar(QTimeZone::utc(), {QDate(2026, 3, 4)});
    CHECK(kMon.dayOfWeek() == 1); // the test's own assumption
    CHECK(calendar.isBusinessDay(kMon));
    CHECK_FALSE(calendar.isBusinessDay(QDate(2026, 3, 4))); // the holiday, a Wednesday
    CHECK(calendar.isBusinessDay(kFri));
    CHECK_FALSE(calendar.isBusinessDay(kSat));
    CHECK_FALSE(calendar.isBusinessDay(kSun));
    CHECK_FALSE(calendar.isBusinessDay(QDate()));
    CHECK(calendar.holidays() == QList<QDate>{QDate(2026, 3, 4)});
}

TEST_CASE("business days are counted across weekends and holidays", "[core][rates]")
{
    const BusinessCalendar plain(QTimeZone::utc());
    CHECK(iso(plain.nextBusinessDay(kFri)) == iso(kNextMon));
    CHECK(iso(plain.nextBusinessDay(kSat)) == iso(kNextMon));
    CHECK(iso(plain.nextBusinessDay(kSun)) == iso(kNextMon));
    CHECK(iso(plain.nextBusinessDay(kMon)) == QStringLiteral("2026-03-03"));
    CHECK(iso(plain.addBusinessDays(kFri, 0)) == iso(kFri));
    CHECK(iso(plain.addBusinessDays(kFri, 1)) == iso(kNextMon));
    CHECK(iso(plain.addBusinessDays(kThu, 3)) == QStringLiteral("2026-03-10")); // Fri, Mon, Tue
    CHECK(iso(plain.addBusinessDays(kMon, 5)) == iso(kNextMon));
    CHECK(iso(plain.addBusinessDays(kMon, 10)) == QStringLiteral("2026-03-16"));
    CHECK(iso(plain.addBusinessDays(kSat, 1)) == iso(kNextMon));

    // A Monday holiday after a weekend, and one in the middle of a transit.
    const BusinessCalendar holidays(QTimeZone::utc(), {kNextMon, QDate(2026, 3, 11)});
    CHECK(iso(holidays.nextBusinessDay(kFri)) == QStringLiteral("2026-03-10"));
    CHECK(iso(holidays.addBusinessDays(kFri, 2)) ==
          QStringLiteral("2026-03-12")); // Tue 10, (Wed 11 off), Thu 12
    // New Year on a Thursday, as in 2026: a Wednesday parcel with 2 days of transit arrives on Monday the
    // 5th.
    const BusinessCalendar newYear(QTimeZone::utc(), {QDate(2026, 1, 1)});
    CHECK(iso(newYear.addBusinessDays(QDate(2025, 12, 31), 2)) == QStringLiteral("2026-01-05"));
}

TEST_CASE("a parcel leaves today when it is ready by the cut-off", "[core][rates]")
{
    const BusinessCalendar calendar(QTimeZone::utc());
    const QTime cutOff(17, 0);
    CHECK(iso(calendar.departureDay(utc(kMon, 16, 59), cutOff)) == iso(kMon));
    CHECK(iso(calendar.departureDay(utc(kMon, 17, 0), cutOff)) ==
          iso(kMon)); // the cut-off itself still counts
    CHECK(iso(calendar.departureDay(utc(kMon, 17, 0, 1), cutOff)) == QStringLiteral("2026-03-03"));
    CHECK(iso(calendar.departureDay(utc(kFri, 17, 30), cutOff)) == iso(kNextMon));
    CHECK(iso(calendar.departureDay(utc(kSat, 8, 0), cutOff)) == iso(kNextMon));
    CHECK(iso(calendar.departureDay(utc(kFri, 23, 59), std::nullopt)) == iso(kFri)); // no cut-off configured
    CHECK_FALSE(calendar.departureDay(QDateTime(), cutOff).isValid());
}

TEST_CASE("the cut-off is read on the warehouse's clock, not in UTC", "[core][rates]")
{
    const QTimeZone eastern(-5 * 3600); // a warehouse five hours behind UTC
    const BusinessCalendar local(eastern);
    const BusinessCalendar inUtc(QTimeZone::utc());
    const QTime cutOff(17, 0);

    // 21:30 UTC is 16:30 at the warehouse: still in time.
    CHECK(iso(local.departureDay(utc(kMon, 21, 30), cutOff)) == iso(kMon));
    CHECK(iso(inUtc.departureDay(utc(kMon, 21, 30), cutOff)) == QStringLiteral("2026-03-03"));
    // 03:00 UTC on Saturday is 22:00 on Friday at the warehouse: too late for Friday, so Monday.
    CHECK(iso(local.departureDay(utc(kSat, 3, 0), cutOff)) == iso(kNextMon));
    // Without a cut-off it still leaves on Friday, the warehouse's date, not Saturday's.
    CHECK(iso(local.departureDay(utc(kSat, 3, 0), std::nullopt)) == iso(kFri));
    CHECK(local.local(utc(kSat, 3, 0)).time() == QTime(22, 0));
}
