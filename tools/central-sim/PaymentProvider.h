#pragma once

// A simulated card payment provider: authorisations, captures, voids and refunds against its own ledger,
// with the latency, declines, timeouts, errors and outages a real one has. Every call is decided when it
// arrives (the time given) and answered after its duration; the caller waits that long before it sees the
// answer. Seeded, so a run is reproduced exactly. It sees card tokens only, never card numbers, and keeps
// only their masked form (maskToken).
//
// Like a real provider it is idempotent per request key: a request whose answer was lost (a timeout after
// the provider had processed it) is answered again from what it stored, so a retry never moves money twice.

#include <QDebug>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <cstdint>
#include <optional>
#include <random>
#include <utility>

namespace wh::central {

// The longest an issuer holds authorised funds: a capture must come within 7 days of the approval.
constexpr std::int64_t kAuthorizationHoldMs = 7LL * 24 * 3600 * 1000;

enum class PaymentOp
{
    Authorize,
    Capture,
    Void,
    Refund
};
QString paymentOpName(PaymentOp op);

// "tok_****4242": the type prefix and the last 4 characters, never more. Anything shorter than 8 characters
// after its prefix shows no tail at all, so no short token is ever shown (nearly) whole.
QString maskToken(const QString& token);

struct ProviderConfig
{
    std::int64_t latencyMs = 80; // an answered attempt takes latencyMs +- latencyJitterMs (at least 1)
    std::int64_t latencyJitterMs = 40;
    double declineRate = 0.02; // authorisations declined by the issuer (final)
    double timeoutRate = 0.01; // attempts that get no answer within timeoutMs (retryable)
    std::int64_t timeoutMs = 2000;
    double errorRate = 0.0; // attempts answered with a server error (retryable)
    // [fromMs, toMs): every attempt arriving then fails fast as unavailable (retryable)
    QList<std::pair<std::int64_t, std::int64_t>> outages;
    std::int64_t unavailableMs = 5; // how fast an unavailable answer comes
    // Of the timed-out attempts, those the provider had processed before the answer was lost: the money moved
    // and the retry (same key) is answered from the stored outcome.
    double timeoutAppliedRate = 0.0;
    // Fault injection for checkers: captures on an expired authorisation are taken instead of refused.
    bool faultCaptureAfterExpiry = false;
    std::uint64_t seed = 1;
};

enum class ProviderOutcome
{
    Approved,
    Declined,    // final: the issuer or the ledger said no (code says why)
    Expired,     // final: a capture on an authorisation past its hold
    Timeout,     // retryable: no answer within timeoutMs
    Error,       // retryable: a server error
    Unavailable, // retryable: the provider is down (an outage), answered at once
};
QString providerOutcomeName(ProviderOutcome outcome);
inline bool retryable(ProviderOutcome o)
{
    return o == ProviderOutcome::Timeout || o == ProviderOutcome::Error || o == ProviderOutcome::Unavailable;
}

struct ProviderCall
{
    QString key; // the idempotency key: the same key is processed once
    PaymentOp op = PaymentOp::Authorize;
    QString tenant;
    QString orderId;
    QString cardToken; // authorize
    std::int64_t amountMinor = 0;
    QString authorizationId; // capture, void, refund
    bool avsMatch = true;    // the card profile: what the issuer's address and CVV checks will say
    bool cvvMatch = true;
};

struct ProviderResponse
{
    ProviderOutcome outcome = ProviderOutcome::Error;
    QString code; // decline or refusal code; empty when approved
    std::int64_t durationMs = 0;
    QString authorizationId;
    std::int64_t amountMinor = 0; // authorised, captured, released or refunded
    std::int64_t expiresAtMs = 0; // the authorisation's
    bool avsMatch = false;
    bool cvvMatch = false;
    bool replayed = false; // answered from the stored outcome of an earlier attempt with the same key
};

// The provider's view of one authorisation: what the saga's checks compare with what was shipped. Money moved
// is capturedMinor - refundedMinor; voidedMinor is the hold released without moving money.
struct AuthorizationRecord
{
    QString authorizationId;
    QString tenant;
    QString orderId;
    QString cardTokenMasked;
    std::int64_t authorizedMinor = 0;
    std::int64_t capturedMinor = 0;
    std::int64_t voidedMinor = 0;
    std::int64_t refundedMinor = 0;
    std::int64_t authorizedAtMs = 0;
    std::int64_t expiresAtMs = 0;
    bool capturedAfterExpiry = false; // never, unless faultCaptureAfterExpiry: the invariant a checker guards
    bool voided = false;
};

class PaymentProvider
{
public:
    explicit PaymentProvider(ProviderConfig config);

    // One attempt arriving at nowMs. Draws from the random source whatever its outcome, so the same calls at
    // the same times give the same answers.
    ProviderResponse call(const ProviderCall& call, std::int64_t nowMs);

    bool inOutage(std::int64_t nowMs) const;
    const AuthorizationRecord* find(const QString& authorizationId) const; // whatever its tenant
    QList<AuthorizationRecord> ledger() const;                             // by authorisation id
    // A restart: the ledger as it was persisted; new ids continue after the highest restored.
    void restore(const QList<AuthorizationRecord>& ledger);

private:
    ProviderResponse process(const ProviderCall& call, std::int64_t nowMs);
    ProviderResponse authorize(const ProviderCall& call, std::int64_t nowMs);
    std::int64_t latency();
    double roll();

    ProviderConfig m_config;
    std::mt19937_64 m_random;
    std::int64_t m_nextId = 1;
    QMap<QString, AuthorizationRecord> m_ledger;  // authorisation id -> record
    QHash<QString, ProviderResponse> m_processed; // tenant + key -> the stored outcome
};

QDebug operator<<(QDebug debug, const ProviderCall& call);

} // namespace wh::central
