#include "FraudChecker.h"

#include <algorithm>

namespace wh::central {

QString fraudVerdictName(FraudDecision::Verdict verdict)
{
    switch (verdict) {
    case FraudDecision::Verdict::Accept:
        return QStringLiteral("accept");
    case FraudDecision::Verdict::Review:
        return QStringLiteral("review");
    case FraudDecision::Verdict::Reject:
        return QStringLiteral("reject");
    }
    return {};
}

FraudChecker::FraudChecker(FraudConfig config)
    : m_config(config)
{}

int FraudChecker::countRecent(QList<std::int64_t>& times, std::int64_t nowMs) const
{
    // Within the window: the last velocityWindowMs, this one included.
    times.removeIf([&](std::int64_t t) { return t <= nowMs - m_config.velocityWindowMs; });
    return static_cast<int>(times.size());
}

FraudDecision FraudChecker::assess(const FraudInput& input, std::int64_t nowMs)
{
    FraudDecision decision;
    auto add = [&decision](int points, const char* reason) {
        decision.score += points;
        decision.reasons.append(QString::fromLatin1(reason));
    };
    if (!input.avsMatch)
        add(m_config.avsMismatchPoints, "avs_mismatch");
    if (!input.cvvMatch)
        add(m_config.cvvMismatchPoints, "cvv_mismatch");

    const QChar sep(0x1f);
    if (!input.customerId.isEmpty()) {
        QList<std::int64_t>& times = m_byCustomer[input.tenant + sep + input.customerId];
        times.append(nowMs);
        if (countRecent(times, nowMs) > m_config.velocityPerCustomer)
            add(m_config.customerVelocityPoints, "customer_velocity");
    }
    if (!input.cardFingerprint.isEmpty()) {
        QList<std::int64_t>& times = m_byCard[input.tenant + sep + input.cardFingerprint];
        times.append(nowMs);
        if (countRecent(times, nowMs) > m_config.velocityPerCard)
            add(m_config.cardVelocityPoints, "card_velocity");
    }
    if (input.amountMinor >= m_config.highAmountMinor)
        add(m_config.highAmountPoints, "high_amount");
    if (!input.shipCountry.isEmpty() && !input.billCountry.isEmpty() &&
        input.shipCountry.compare(input.billCountry, Qt::CaseInsensitive) != 0)
        add(m_config.countryMismatchPoints, "country_mismatch");

    if (decision.score >= m_config.rejectAt)
        decision.verdict = FraudDecision::Verdict::Reject;
    else if (decision.score >= m_config.reviewAt)
        decision.verdict = FraudDecision::Verdict::Review;
    return decision;
}

} // namespace wh::central
