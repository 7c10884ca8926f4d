#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace wh {

// The warehouse's working days for carrier transit: Monday to Friday, less the holidays it is given. Cut-off
// times are wall-clock times at the warehouse, so the calendar carries the warehouse's time zone and reads
// every injected instant (the clock gives UTC) in it.
class BusinessCalendar
{
public:
    explicit BusinessCalendar(QTimeZone zone, const QList<QDate>& holidays = {});

    const QTimeZone& timeZone() const { return m_zone; }
    QList<QDate> holidays() const;

    bool isBusinessDay(QDate date) const;
    // The first business day strictly after `date`.
    QDate nextBusinessDay(QDate date) const;
    // `days` business days after `from` (0: `from` itself). Transit times count this way: leaving on a Friday
    // with 1 day of transit arrives on Monday.
    QDate addBusinessDays(QDate from, int days) const;

    // The business day a parcel ready at `readyAt` leaves the building: that day when it is a business day
    // and the parcel is ready by the cut-off (the cut-off itself still counts), otherwise the next business
    // day.
    QDate departureDay(const QDateTime& readyAt, std::optional<QTime> cutOff) const;

    // `instant` as the warehouse's wall clock shows it.
    QDateTime local(const QDateTime& instant) const;

private:
    QTimeZone m_zone;
    QSet<QDate> m_holidays;
};

} // namespace wh
