#include "RateShopper.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <utility>

namespace wh {

namespace {

// Codes of their own, so the screen can send the second to a supervisor.
constexpr ErrorCode kNoRate = ErrorCode::NoRate;
constexpr ErrorCode kPromiseNotMet = ErrorCode::PromiseNotMet;

QString dayText(QDate date)
{
    return QLocale::c().toString(date, QStringLiteral("ddd yyyy-MM-dd"));
}

// Cheapest first; among equal prices the earlier delivery, then by name so the answer never depends on the
// order of the cards in the file.
bool cheaper(const RateQuote& a, const RateQuote& b)
{
    if (a.price != b.price)
        return a.price < b.price;
    if (a.expectedDelivery != b.expectedDelivery)
        return a.expectedDelivery < b.expectedDelivery;
    if (a.carrier != b.carrier)
        return a.carrier < b.carrier;
    return a.service < b.service;
}

// For late options the supervisor wants the least late first; price breaks ties.
bool earlier(const RateQuote& a, const RateQuote& b)
{
    if (a.expectedDelivery != b.expectedDelivery)
        return a.expectedDelivery < b.expectedDelivery;
    if (a.price != b.price)
        return a.price < b.price;
    if (a.carrier != b.carrier)
        return a.carrier < b.carrier;
    return a.service < b.service;
}

} // namespace

QString RateQuote::describe() const
{
    return QStringLiteral("%1: %2, expected %3").arg(cardName, price.toString(), dayText(expectedDelivery));
}

RateShopper::RateShopper(QList<RateCard> cards, BusinessCalendar calendar)
    : m_cards(std::move(cards))
    , m_calendar(std::move(calendar))
{}

Result<RateShopper> RateShopper::create(QList<RateCard> cards, BusinessCalendar calendar)
{
    QSet<QString> seen;
    for (const RateCard& card : cards) {
        if (Status valid = card.validate(); !valid)
            return valid.error();
        // Carrier and service as the shipment records them: two cards with the same pair are ambiguous.
        const QString key = card.carrier + QChar(0) + card.serviceName();
        if (seen.contains(key))
            return makeError(ErrorCode::AlreadyExists,
                             QT_TRANSLATE_NOOP("wh::Refusal", "Rate card %1 is configured twice; keep one."),
                             {card.name()});
        seen.insert(key);
    }
    return RateShopper(std::move(cards), std::move(calendar));
}

Result<QList<RateQuote>> RateShopper::quotes(const RateRequest& request) const
{
    if (request.weightGrams <= 0)
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal", "The parcel weighs %1 g: weigh it before choosing a carrier."),
            {QString::number(request.weightGrams)});
    if (!request.readyAt.isValid())
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "The time the parcel is ready is missing, so no departure day can be "
                              "worked out."));
    if (!request.promisedDate.isValid())
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "The order has no promised delivery date to choose a service by."));

    QList<RateQuote> onTime;
    QList<RateQuote> late;
    for (const RateCard& card : m_cards) {
        const std::optional<Money> price = card.priceFor(request.weightGrams);
        if (!price)
            continue;
        RateQuote quote;
        quote.carrier = card.carrier;
        quote.service = card.serviceName();
        quote.level = card.level;
        quote.cardName = card.name();
        quote.price = *price;
        quote.departure = m_calendar.departureDay(request.readyAt, card.cutOff);
        quote.expectedDelivery = m_calendar.addBusinessDays(quote.departure, card.transitDaysMax);
        quote.meetsPromise = quote.expectedDelivery <= request.promisedDate;
        (quote.meetsPromise ? onTime : late).append(quote);
    }
    std::sort(onTime.begin(), onTime.end(), cheaper);
    std::sort(late.begin(), late.end(), earlier);
    return onTime + late;
}

Result<RateQuote> RateShopper::choose(const RateRequest& request) const
{
    const Result<QList<RateQuote>> all = quotes(request);
    if (!all)
        return all.error();
    if (all->isEmpty())
        return makeError(kNoRate,
                         QT_TRANSLATE_NOOP("wh::Refusal",
                                           "No rate card prices a parcel of %1 g: split it or add a card "
                                           "for that weight."),
                         {QString::number(request.weightGrams)});
    const RateQuote& best = all->first();
    if (best.meetsPromise)
        return best;
    return makeError(kPromiseNotMet,
                     QT_TRANSLATE_NOOP("wh::Refusal",
                                       "No service delivers by %1 as promised. The best available is "
                                       "%2. A supervisor must decide whether to ship late."),
                     {dayText(request.promisedDate), best.describe()});
}

} // namespace wh
