#pragma once

// The central payment service around the simulated provider: fraud check, retries with exponential backoff
// and full jitter, the circuit breaker, the 7-day authorisation hold, idempotency per request key. Driven by
// injected time: submit() takes a request, poll(now) runs everything due up to now in time order and returns
// the results it produced; nextDueMs() says when to poll next. It keeps nothing on disk: the caller (the
// order saga) persists each result it gets, and restore() takes it back after a restart.
//
// Results do not depend on how often poll() is called: every step runs at its own due time, ties in
// submission order, so the same requests at the same times give the same results for a seed.

#include "CircuitBreaker.h"
#include "FraudChecker.h"
#include "PaymentProvider.h"

#include <QDebug>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <random>

namespace wh::central {

// How long before its expiry an open authorisation should be renewed: a day, so an order shipped on the
// last day is captured against a fresh hold rather than racing the old one's end.
constexpr std::int64_t kReauthorizationMarginMs = 24LL * 3600 * 1000;

struct RetryPolicy
{
    int maxAttempts = 5; // provider calls that timed out or errored; unavailable answers do not use it up
    std::int64_t baseMs = 200;
    std::int64_t capMs = 10000;
    std::int64_t giveUpMs = 600000; // an operation not finished this long after submission fails
};

// The wait before retry number retry (0: the first retry): uniform over [0, min(cap, base * 2^retry)],
// unit being a draw in [0, 1).
std::int64_t retryDelayMs(const RetryPolicy& policy, int retry, double unit);
std::int64_t retryBoundMs(const RetryPolicy& policy, int retry);

struct PaymentRequest
{
    QString key; // the idempotency key chosen by the caller, e.g. "auth:acme:SO-1:1"
    PaymentOp op = PaymentOp::Authorize;
    QString tenant;
    QString orderId;
    QString customerId;
    QString cardToken; // a provider token, never a card number
    std::int64_t amountMinor = 0;
    QString authorizationId; // capture, void, refund
    FraudInput fraud;        // authorize; its tenant and customer default to the request's
};

struct PaymentResult
{
    enum class Status
    {
        Approved,
        Declined, // final: the issuer or the ledger said no (code)
        Rejected, // fraud: fraud_reject or fraud_review_declined
        Review,   // interim: a fraud review is open; the final result follows
        Failed,   // gave up: retries used up or the deadline passed (provider_timeout, provider_unavailable,
                  // ...)
        Expired   // a capture on an expired authorisation: no money moved
    };
    QString key;
    PaymentOp op = PaymentOp::Authorize;
    QString tenant;
    QString orderId;
    Status status = Status::Failed;
    QString code;
    QString authorizationId;
    std::int64_t amountMinor = 0; // authorised, captured, released (void) or refunded
    std::int64_t expiresAtMs = 0; // the authorisation's hold end
    int attempts = 0;             // provider calls made
    std::int64_t submittedAtMs = 0;
    std::int64_t finishedAtMs = 0;
    int riskScore = 0;
    QStringList reasons; // the fraud signals behind riskScore
    bool avsMatch = false;
    bool cvvMatch = false;

    bool final() const { return status != Status::Review; }
};
QString paymentStatusName(PaymentResult::Status status);

class PaymentService
{
public:
    PaymentService(ProviderConfig provider, RetryPolicy retry, BreakerConfig breaker, FraudConfig fraud);

    // Takes a request at nowMs. Idempotent per (tenant, key): a key in flight or finished is ignored (false),
    // and no second result comes for it. A request without a key is ignored too.
    bool submit(const PaymentRequest& request, std::int64_t nowMs);
    // Runs every step due at or before nowMs; the results produced, in time order.
    QList<PaymentResult> poll(std::int64_t nowMs);
    std::optional<std::int64_t> nextDueMs() const;
    bool inFlight(const QString& tenant, const QString& key) const;

    BreakerState breakerState(std::int64_t nowMs) const { return m_breaker.state(nowMs); }
    QJsonObject stats() const;
    QList<AuthorizationRecord> ledger() const { return m_provider.ledger(); }
    std::optional<AuthorizationRecord> authorization(const QString& tenant,
                                                     const QString& authorizationId) const;
    // True when the authorisation still holds uncaptured money and expires within marginMs of nowMs (or has
    // expired): the saga authorises the rest again under a new key, then voids this one.
    bool needsReauthorization(const QString& authorizationId, std::int64_t nowMs,
                              std::int64_t marginMs = kReauthorizationMarginMs) const;

    // After a restart: the provider's ledger and the final results the caller persisted, so their keys stay
    // answered. Requests that were in flight are submitted again by the caller under the same keys.
    void restore(const QList<AuthorizationRecord>& ledger, const QList<PaymentResult>& finished);

private:
    enum class Stage
    {
        New,      // checks and fraud at submission time
        Review,   // waiting for the analyst
        Ready,    // waiting to attempt (backoff, breaker)
        InFlight, // an attempt is out; its answer is due
    };
    struct Operation
    {
        PaymentRequest request;
        std::int64_t seq = 0;
        Stage stage = Stage::New;
        std::int64_t dueMs = 0;
        std::int64_t submittedAtMs = 0;
        std::int64_t deadlineMs = 0;
        int attempts = 0;
        int budgetUsed = 0;
        int consecutiveFailures = 0;
        bool probe = false;
        ProviderResponse pending;
        ProviderOutcome lastFailure = ProviderOutcome::Unavailable;
        int riskScore = 0;
        QStringList reasons;
    };

    std::int64_t effectiveDue(const Operation& op) const;
    void step(Operation& op, std::int64_t nowMs, QList<PaymentResult>& out);
    void attempt(Operation& op, std::int64_t nowMs, QList<PaymentResult>& out);
    void answered(Operation& op, std::int64_t nowMs, QList<PaymentResult>& out);
    PaymentResult resultFor(const Operation& op, PaymentResult::Status status, const QString& code,
                            std::int64_t nowMs) const;
    void finish(Operation& op, PaymentResult result, QList<PaymentResult>& out);
    static QString idKey(const QString& tenant, const QString& key);
    double roll();

    PaymentProvider m_provider;
    RetryPolicy m_retry;
    CircuitBreaker m_breaker;
    FraudChecker m_fraud;
    std::mt19937_64 m_random; // retry jitter and review decisions; the provider has its own
    std::int64_t m_nowMs = 0;
    std::int64_t m_nextSeq = 1;
    QMap<std::int64_t, Operation> m_ops;  // by submission order
    QHash<QString, std::int64_t> m_byKey; // tenant + key -> seq, in flight
    QSet<QString> m_finished;             // tenant + key, answered for good
    QList<std::int64_t> m_durationsMs;    // of finished operations, for the p95
    struct Counters
    {
        std::int64_t submitted = 0, duplicates = 0, attempts = 0, approvals = 0, declines = 0, expired = 0;
        std::int64_t timeouts = 0, errors = 0, unavailable = 0, retries = 0, replays = 0;
        std::int64_t fraudAccept = 0, fraudReview = 0, fraudReject = 0, reviewApproved = 0,
                     reviewDeclined = 0;
        std::int64_t resultsApproved = 0, resultsDeclined = 0, resultsRejected = 0, resultsFailed = 0,
                     resultsExpired = 0;
    } m_count;
};

QDebug operator<<(QDebug debug, const PaymentRequest& request);
QDebug operator<<(QDebug debug, const PaymentResult& result);

} // namespace wh::central
