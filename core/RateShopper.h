#pragma once

#include "BusinessCalendar.h"
#include "Money.h"
#include "RateCard.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace wh {

// What rate shopping needs to know of one parcel.
struct RateRequest
{
    int weightGrams = 0;
    QDateTime readyAt;  // when the parcel is ready to leave: from the injected clock, never the system's
    QDate promisedDate; // the latest delivery date promised to the customer (a date at the warehouse)
};

// One card's answer for a parcel.
struct RateQuote
{
    QString carrier;
    QString service; // as recorded on the shipment (RateCard::serviceName)
    ServiceLevel level = ServiceLevel::Standard;
    QString cardName; // "UPS Ground", for screens and messages
    Money price;
    QDate departure;        // the business day it leaves the building
    QDate expectedDelivery; // departure + the card's maximum transit days, in business days
    bool meetsPromise = false;

    // "UPS Ground: $8.95, expected Thu 2026-03-05".
    QString describe() const;
};

// Offline rate shopping over the configured rate cards: the cheapest service that delivers by the promised
// date, ties broken by the earlier delivery, then the carrier's and the service's name, so the same parcel
// always gets the same answer.
class RateShopper
{
public:
    // Checks every card and that no carrier has two cards for one service (which price would apply?).
    static Result<RateShopper> create(QList<RateCard> cards, BusinessCalendar calendar);

    // Every card that prices the parcel's weight, best first: the services that meet the promise by price,
    // then the late ones by delivery date (the least late first), then price. The supervisor's screen lists
    // these when nothing meets the promise.
    Result<QList<RateQuote>> quotes(const RateRequest& request) const;

    // The first of quotes() when it meets the promise. Otherwise a refusal that names the best available
    // option (the earliest delivery), so a supervisor can decide whether to ship late.
    Result<RateQuote> choose(const RateRequest& request) const;

    const QList<RateCard>& cards() const { return m_cards; }
    const BusinessCalendar& calendar() const { return m_calendar; }

private:
    RateShopper(QList<RateCard> cards, BusinessCalendar calendar);

    QList<RateCard> m_cards;
    BusinessCalendar m_calendar;
};

} // namespace wh
