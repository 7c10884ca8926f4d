#pragma once

// The fraud check before an authorisation: an additive risk score from the card's address and CVV checks,
// the customer's and the card's authorisation velocity, the amount and the shipping destination, each
// signal adding its points (docs/central-payment.md has the table). Below reviewAt the payment is accepted,
// from reviewAt it goes to review, from rejectAt it is rejected. Velocity is counted per tenant: one
// tenant's customers and cards never count towards another's.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace wh::central {

struct FraudInput
{
    QString tenant;
    QString customerId;
    QString cardFingerprint; // the same card under different tokens has one fingerprint
    bool avsMatch = true;
    bool cvvMatch = true;
    std::int64_t amountMinor = 0;
    QString shipCountry;
    QString billCountry;
};

struct FraudConfig
{
    int reviewAt = 30;
    int rejectAt = 70;
    int velocityPerCustomer = 5; // authorisations within the window; the next one is over the limit
    int velocityPerCard = 5;
    std::int64_t velocityWindowMs = 3600000;
    std::int64_t reviewDecisionMs = 5000; // how long the (simulated) analyst takes
    double reviewApproveRate = 0.8;
    // The points of each signal.
    int avsMismatchPoints = 20;
    int cvvMismatchPoints = 30;
    int customerVelocityPoints = 40;
    int cardVelocityPoints = 40;
    std::int64_t highAmountMinor = 300000; // from this amount (3,000.00) the high-amount points apply
    int highAmountPoints = 15;
    int countryMismatchPoints = 15;
};

struct FraudDecision
{
    enum class Verdict
    {
        Accept,
        Review,
        Reject
    } verdict = Verdict::Accept;
    int score = 0;
    QStringList reasons; // the signals that added points: "avs_mismatch", "customer_velocity", ...
};
QString fraudVerdictName(FraudDecision::Verdict verdict);

class FraudChecker
{
public:
    explicit FraudChecker(FraudConfig config);

    // Scores one authorisation and counts it towards the velocity of its customer and its card.
    FraudDecision assess(const FraudInput& input, std::int64_t nowMs);
    const FraudConfig& config() const { return m_config; }

private:
    int countRecent(QList<std::int64_t>& times, std::int64_t nowMs) const;

    FraudConfig m_config;
    QHash<QString, QList<std::int64_t>> m_byCustomer; // tenant + customer -> authorisation times
    QHash<QString, QList<std::int64_t>> m_byCard;     // tenant + card fingerprint -> authorisation times
};

} // namespace wh::central
