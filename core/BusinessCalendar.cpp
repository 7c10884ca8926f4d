#include "BusinessCalendar.h"

#include <algorithm>
#include <utility>

namespace wh {

BusinessCalendar::BusinessCalendar(QTimeZone zone, const QList<QDate>& holidays)
    : m_zone(std::move(zone))
{
    for (const QDate& day : holidays)
        if (day.isValid())
            m_holidays.insert(day);
}

QList<QDate> BusinessCalendar::holidays() const
{
    QList<QDate> days(m_holidays.cbegin(), m_holidays.cend());
    std::sort(days.begin(), days.end());
    return days;
}

bool BusinessCalendar::isBusinessDay(QDate date) const
{
    return date.isValid() && date.dayOfWeek() <= 5 && !m_holidays.contains(date);
}

QDate BusinessCalendar::nextBusinessDay(QDate date) const
{
    if (!date.isValid())
        return {};
    // Ends: the holidays are finite, so at most their count plus a weekend is skipped.
    QDate day = date.addDays(1);
    while (!isBusinessDay(day))
        day = day.addDays(1);
    return day;
}

QDate BusinessCalendar::addBusinessDays(QDate from, int days) const
{
    QDate day = from;
    for (int i = 0; i < days && day.isValid(); ++i)
        day = nextBusinessDay(day);
    return day;
}

QDateTime BusinessCalendar::local(const QDateTime& instant) const
{
    return m_zone.isValid() ? instant.toTimeZone(m_zone) : instant;
}

QDate BusinessCalendar::departureDay(const QDateTime& readyAt, std::optional<QTime> cutOff) const
{
    if (!readyAt.isValid())
        return {};
    const QDateTime here = local(readyAt);
    const QDate day = here.date();
    if (isBusinessDay(day) && (!cutOff || here.time() <= *cutOff))
        return day;
    return nextBusinessDay(day);
}

} // namespace wh
