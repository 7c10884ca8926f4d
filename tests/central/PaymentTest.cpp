// The central payment side with a fake clock: the backoff bounds, the circuit breaker's states, outages and
// the deadline, declines and timeouts, idempotency per key, the fraud score and its velocity windows, the
// review path, the 7-day hold and re-authorisation, the amount rules of captures, voids and refunds, token
// masking and determinism for a seed.
#include "Payment.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

#include <limits>
#include <set>

using namespace wh::central;
using Status = PaymentResult::Status;
using Verdict = FraudDecision::Verdict;

namespace {

constexpr std::int64_t kStart = 1772442000000;
constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;
const QString kTenant = QStringLiteral("acme");
const QString kToken = QStringLiteral("tok_1MqLp9Kx7aB4242");

// A provider that answers every attempt after exactly 80 ms and never declines, times out or errs.
ProviderConfig quiet()
{
    ProviderConfig c;
    c.latencyJitterMs = 0;
    c.declineRate = 0;
    c.timeoutRate = 0;
    c.errorRate = 0;
    return c;
}

FraudInput cleanFraud(const QString& customer = QStringLiteral("cust-1"),
                      const QString& card = QStringLiteral("fp-1"))
{
    FraudInput f;
    f.customerId = customer;
    f.cardFingerprint = card;
    f.avsMatch = true;
    f.cvvMatch = true;
    f.shipCountry = QStringLiteral("DE");
    f.billCountry = QStringLiteral("DE");
    return f;
}

PaymentRequest authorize(const QString& key, std::int64_t amount, const QString& token = kToken,
                         const QString& tenant = kTenant)
{
    PaymentRequest r;
    r.key = key;
    r.op = PaymentOp::Authorize;
    r.tenant = tenant;
    r.orderId = QStringLiteral("SO-1");
    r.customerId = QStringLiteral("cust-1");
    r.cardToken = token;
    r.amountMinor = amount;
    r.fraud = cleanFraud();
    return r;
}

PaymentRequest follow(PaymentOp op, const QString& key, const QString& authorizationId, std::int64_t amount,
                      const QString& tenant = kTenant)
{
    PaymentRequest r;
    r.key = key;
    r.op = op;
    r.tenant = tenant;
    r.orderId = QStringLiteral("SO-1");
    r.authorizationId = authorizationId;
    r.amountMinor = amount;
    return r;
}

// The fake clock: steps from one due time to the next, never further than `until`.
struct Clock
{
    explicit Clock(PaymentService& s)
        : service(s)
    {}

    QList<PaymentResult> runUntil(std::int64_t until)
    {
        QList<PaymentResult> out;
        while (auto due = service.nextDueMs()) {
            if (*due > until)
                break;
            now = std::max(now, *due);
            out += service.poll(now);
        }
        now = std::max(now, until);
        out += service.poll(now);
        results += out;
        return out;
    }
    // Runs until the key has its final result (or nothing is left to do) and returns that result.
    PaymentResult finalFor(const QString& key, std::int64_t limitMs = 30 * kDayMs)
    {
        while (auto due = service.nextDueMs()) {
            if (*due > now + limitMs)
                break;
            now = std::max(now, *due);
            results += service.poll(now);
            for (const PaymentResult& r : results) {
                if (r.key == key && r.final())
                    return r;
            }
        }
        for (const PaymentResult& r : results) {
            if (r.key == key && r.final())
                return r;
        }
        FAIL("no final result for " << key.toStdString());
        return {};
    }
    PaymentResult submitAndWait(const PaymentRequest& r)
    {
        REQUIRE(service.submit(r, now));
        return finalFor(r.key);
    }

    PaymentService& service;
    std::int64_t now = kStart;
    QList<PaymentResult> results;
};

QString describe(const PaymentResult& r)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
        .arg(r.key, paymentStatusName(r.status), r.code, r.authorizationId)
        .arg(r.amountMinor)
        .arg(r.attempts)
        .arg(r.submittedAtMs)
        .arg(r.finishedAtMs)
        .arg(r.riskScore);
}

std::int64_t stat(const PaymentService& s, const char* name)
{
    return s.stats().value(QString::fromLatin1(name)).toInteger();
}

} // namespace

TEST_CASE("retry delays grow exponentially within their full-jitter bounds up to the cap",
          "[central][payment]")
{
    RetryPolicy policy; // base 200, cap 10000
    CHECK(retryBoundMs(policy, 0) == 200);
    CHECK(retryBoundMs(policy, 1) == 400);
    CHECK(retryBoundMs(policy, 2) == 800);
    CHECK(retryBoundMs(policy, 5) == 6400);
    CHECK(retryBoundMs(policy, 6) == 10000);
    CHECK(retryBoundMs(policy, 60) == 10000);

    // Full jitter: anywhere from 0 to the bound, both ends reachable.
    CHECK(retryDelayMs(policy, 3, 0.0) == 0);
    CHECK(retryDelayMs(policy, 3, 0.99999999) == 1600);
    std::mt19937_64 random(7);
    for (int retry = 0; retry < 10; ++retry) {
        std::int64_t lowest = std::numeric_limits<std::int64_t>::max();
        std::int64_t highest = 0;
        for (int i = 0; i < 500; ++i) {
            const std::int64_t d =
                retryDelayMs(policy, retry, std::uniform_real_distribution<double>(0, 1)(random));
            REQUIRE(d >= 0);
            REQUIRE(d <= retryBoundMs(policy, retry));
            lowest = std::min(lowest, d);
            highest = std::max(highest, d);
        }
        // Spread over the whole range, not a fixed delay.
        CHECK(lowest < retryBoundMs(policy, retry) / 4);
        CHECK(highest > retryBoundMs(policy, retry) * 3 / 4);
    }

    // In the service: five errors, each retried after at most its bound, then the budget is spent.
    ProviderConfig c = quiet();
    c.errorRate = 1.0;
    BreakerConfig breaker;
    breaker.failureThreshold = 100; // keep the breaker out of this
    PaymentService service(c, policy, breaker, FraudConfig{});
    Clock clock(service);
    const PaymentResult r = clock.submitAndWait(authorize(QStringLiteral("auth:acme:SO-1:1"), 1000));
    CHECK(r.status == Status::Failed);
    CHECK(r.code == QStringLiteral("provider_error"));
    CHECK(r.attempts == 5);
    CHECK(stat(service, "retries") == 4);
    const std::int64_t elapsed = r.finishedAtMs - r.submittedAtMs;
    CHECK(elapsed >= 5 * 80);
    CHECK(elapsed <= 5 * 80 + 200 + 400 + 800 + 1600);
}

TEST_CASE("the breaker opens after the threshold, half-opens after openMs and a probe closes or reopens it",
          "[central][payment]")
{
    BreakerConfig config;
    config.failureThreshold = 3;
    config.openMs = 1000;
    CircuitBreaker breaker(config);
    bool probe = true;
    const std::int64_t t = kStart;

    REQUIRE(breaker.tryAcquire(t, &probe));
    CHECK_FALSE(probe);
    breaker.onFailure(t, false);
    breaker.onFailure(t + 1, false);
    CHECK(breaker.state(t + 1) == BreakerState::Closed);
    breaker.onSuccess(t + 2, false); // a success in between: the failures must be consecutive
    breaker.onFailure(t + 3, false);
    breaker.onFailure(t + 4, false);
    CHECK(breaker.state(t + 4) == BreakerState::Closed);
    breaker.onFailure(t + 5, false);
    CHECK(breaker.state(t + 5) == BreakerState::Open);
    CHECK(breaker.opens() == 1);

    CHECK_FALSE(breaker.tryAcquire(t + 6, &probe));
    CHECK_FALSE(breaker.tryAcquire(t + 1004, &probe));
    CHECK(breaker.state(t + 1004) == BreakerState::Open);
    CHECK(breaker.state(t + 1005) == BreakerState::HalfOpen);

    SECTION("a successful probe closes it")
    {
        REQUIRE(breaker.tryAcquire(t + 1005, &probe));
        CHECK(probe);
        CHECK_FALSE(breaker.tryAcquire(t + 1006, &probe)); // one probe at a time
        breaker.onSuccess(t + 1100, true);
        CHECK(breaker.state(t + 1100) == BreakerState::Closed);
        CHECK(breaker.timeOpenMs(t + 5000) == 1095);
        REQUIRE(breaker.tryAcquire(t + 1101, &probe));
        CHECK_FALSE(probe);
        CHECK(breaker.opens() == 1);
    }
    SECTION("a failed probe opens it again for another openMs")
    {
        REQUIRE(breaker.tryAcquire(t + 1005, &probe));
        breaker.onFailure(t + 1100, true);
        CHECK(breaker.state(t + 1100) == BreakerState::Open);
        CHECK(breaker.opens() == 2);
        CHECK(breaker.state(t + 2099) == BreakerState::Open);
        CHECK(breaker.state(t + 2100) == BreakerState::HalfOpen);
        CHECK(breaker.timeOpenMs(t + 2100) == 2095);
    }
}

TEST_CASE("while the breaker is open no attempt reaches the provider", "[central][payment]")
{
    ProviderConfig c = quiet();
    c.outages = {{kStart, kStart + 3600000}};
    BreakerConfig breaker; // 5 failures, 10 s open
    PaymentService service(c, RetryPolicy{}, breaker, FraudConfig{});
    Clock clock(service);
    REQUIRE(service.submit(authorize(QStringLiteral("auth:acme:SO-1:1"), 1000), clock.now));

    // Up to the opening: five fast unavailable answers.
    for (int i = 0; i < 100 && service.breakerState(clock.now) == BreakerState::Closed && service.nextDueMs();
         ++i)
        clock.runUntil(*service.nextDueMs());
    REQUIRE(service.breakerState(clock.now) == BreakerState::Open);
    CHECK(stat(service, "attempts") == 5);
    CHECK(stat(service, "unavailable") == 5);
    CHECK(stat(service, "breakerOpens") == 1);

    // Nothing is tried for the next 10 s, however often the service is polled.
    const std::int64_t openedAt = clock.now;
    for (std::int64_t t = openedAt; t < openedAt + 9990; t += 100)
        CHECK(service.poll(t).isEmpty());
    CHECK(stat(service, "attempts") == 5);
    CHECK(service.breakerState(openedAt + 9999) == BreakerState::Open);
    CHECK(service.breakerState(openedAt + 10000) == BreakerState::HalfOpen);
    CHECK(*service.nextDueMs() == openedAt + 10000);

    // Then exactly one probe, which fails (still down) and opens it again.
    clock.runUntil(openedAt + 10000 + c.unavailableMs);
    CHECK(stat(service, "attempts") == 6);
    CHECK(stat(service, "breakerOpens") == 2);
    CHECK(service.breakerState(clock.now) == BreakerState::Open);
    CHECK(service.inFlight(kTenant, QStringLiteral("auth:acme:SO-1:1")));
}

TEST_CASE("an operation waits out a 30 s outage and completes after it", "[central][payment]")
{
    ProviderConfig c = quiet();
    c.outages = {{kStart, kStart + 30000}};
    PaymentService service(c, RetryPolicy{}, BreakerConfig{}, FraudConfig{});
    Clock clock(service);
    const PaymentResult r = clock.submitAndWait(authorize(QStringLiteral("auth:acme:SO-1:1"), 1000));

    CHECK(r.status == Status::Approved);
    CHECK(r.finishedAtMs >= kStart + 30000);
    CHECK(r.finishedAtMs < kStart + 30000 + 10000 + 200);
    // More provider calls than the retry budget: unavailable answers and the waits did not use it up.
    CHECK(r.attempts > RetryPolicy{}.maxAttempts);
    CHECK(stat(service, "breakerOpens") >= 2);
    CHECK(stat(service, "breakerOpenMs") >= 20000);
    CHECK(service.breakerState(clock.now) == BreakerState::Closed);
    REQUIRE(service.ledger().size() == 1);
}

TEST_CASE("an operation that cannot reach the provider before its deadline fails as unavailable",
          "[central][payment]")
{
    ProviderConfig c = quiet();
    c.outages = {{kStart, kStart + 3600000}};
    RetryPolicy policy;
    policy.giveUpMs = 600000;
    PaymentService service(c, policy, BreakerConfig{}, FraudConfig{});
    Clock clock(service);
    const PaymentResult r = clock.submitAndWait(authorize(QStringLiteral("auth:acme:SO-1:1"), 1000));
    CHECK(r.status == Status::Failed);
    CHECK(r.code == QStringLiteral("provider_unavailable"));
    // At the deadline, or as soon as a probe that was out then comes back.
    CHECK(r.finishedAtMs >= kStart + 600000);
    CHECK(r.finishedAtMs <= kStart + 600000 + c.unavailableMs);
    CHECK(service.ledger().isEmpty());
    CHECK_FALSE(service.nextDueMs());
}

TEST_CASE("declines are final and not retried", "[central][payment]")
{
    SECTION("a card profile that declines")
    {
        PaymentService service(quiet(), RetryPolicy{}, BreakerConfig{}, FraudConfig{});
        Clock clock(service);
        const PaymentResult r = clock.submitAndWait(
            authorize(QStringLiteral("auth:acme:SO-1:1"), 1000, QStringLiteral("tok_card00000009995")));
        CHECK(r.status == Status::Declined);
        CHECK(r.code == QStringLiteral("insufficient_funds"));
        CHECK(r.attempts == 1);
        CHECK(r.finishedAtMs == kStart + 80);
        CHECK(stat(service, "retries") == 0);
        CHECK(service.ledger().isEmpty());
    }
    SECTION("the issuer's decline rate")
    {
        ProviderConfig c = quiet();
        c.declineRate = 1.0;
        PaymentService service(c, RetryPolicy{}, BreakerConfig{}, FraudConfig{});
        Clock clock(service);
        for (int i = 0; i < 10; ++i) {
            PaymentRequest request = authorize(QStringLiteral("auth:acme:SO-%1:1").arg(i), 1000);
            request.fraud = cleanFraud(QStringLiteral("c%1").arg(i), QStringLiteral("f%1").arg(i));
            const PaymentResult r = clock.submitAndWait(request);
            CHECK(r.status == Status::Declined);
            CHECK(
                (r.code == QStringLiteral("insufficient_funds") || r.code == QStringLiteral("do_not_honor")));
            CHECK(r.attempts == 1);
        }
        CHECK(stat(service, "declines") == 10);
        // A decline is an answer: the provider is up, the breaker stays closed.
        CHECK(service.breakerState(clock.now) == BreakerState::Closed);
    }
}

TEST_CASE("timeouts are retried and a lost answer is replayed, never applied twice", "[central][payment]")
{
    ProviderConfig c = quiet();
    c.timeoutRate = 0.3;
    c.timeoutAppliedRate = 1.0; // every timed-out request was processed before its answer was lost
    c.seed = 11;
    PaymentService service(c, RetryPolicy{}, BreakerConfig{}, FraudConfig{});
    Clock clock(service);
    int approved = 0;
    int retriedThenApproved = 0;
    for (int i = 0; i < 40; ++i) {
        PaymentRequest r = authorize(QStringLiteral("auth:acme:SO-%1:1").arg(i), 1000);
        r.orderId = QStringLiteral("SO-%1").arg(i);
        r.fraud = cleanFraud(QStringLiteral("cust-%1").arg(i), QStringLiteral("fp-%1").arg(i));
        const PaymentResult result = clock.submitAndWait(r);
        if (result.status == Status::Approved) {
            ++approved;
            if (result.attempts > 1) {
                ++retriedThenApproved;
                CHECK(result.finishedAtMs - result.submittedAtMs >= c.timeoutMs);
            }
        } else {
            CHECK(result.code == QStringLiteral("provider_timeout"));
        }
    }
    CHECK(stat(service, "timeouts") > 0);
    CHECK(retriedThenApproved > 0);
    CHECK(stat(service, "replays") > 0);
    // One authorisation per order, however many attempts it took; each approved one is in the ledger.
    QSet<QString> orders;
    for (const AuthorizationRecord& record : service.ledger()) {
        CHECK_FALSE(orders.contains(record.orderId));
        orders.insert(record.orderId);
    }
    CHECK(orders.size() >= approved);
    for (const PaymentResult& result : clock.results) {
        if (result.status == Status::Approved)
            CHECK(service.authorization(kTenant, result.authorizationId));
    }
}

TEST_CASE("submit is idempotent per key", "[central][payment]")
{
    PaymentService service(quiet(), RetryPolicy{}, BreakerConfig{}, FraudConfig{});
    Clock clock(service);
    const QString key = QStringLiteral("auth:acme:SO-1:1");
    REQUIRE(service.submit(authorize(key, 1000), clock.now));
    CHECK_FALSE(service.submit(authorize(key, 1000), clock.now));     // in flight
    CHECK_FALSE(service.submit(authorize(key, 5000), clock.now + 1)); // other fields change nothing
    clock.runUntil(kStart + 1000);
    REQUIRE(clock.results.size() == 1);
    CHECK(clock.results.first().amountMinor == 1000);

    CHECK_FALSE(service.submit(authorize(key, 1000), clock.now)); // finished
    CHECK(clock.runUntil(kStart + 5000).isEmpty());
    CHECK(service.ledger().size() == 1);
    CHECK(stat(service, "attempts") == 1);
    CHECK(stat(service, "duplicateSubmits") == 3);

    // The same key of another tenant is another request.
    CHECK(service.submit(authorize(key, 1000, kToken, QStringLiteral("globex")), clock.now));
    CHECK(clock.runUntil(kStart + 9000).size() == 1);
    CHECK(service.ledger().size() == 2);

    // After a restart, what the caller persisted keeps the key answered.
    PaymentService restarted(quiet(), RetryPolicy{}, BreakerConfig{}, FraudConfig{});
    restarted.restore(service.ledger(), clock.results);
    CHECK_FALSE(restarted.submit(authorize(key, 1000), clock.now));
    CHECK(restarted.submit(authorize(QStringLiteral("auth:acme:SO-2:1"), 1000), clock.now));
    Clock second(restarted);
    second.now = clock.now;
    const PaymentResult next = second.finalFor(QStringLiteral("auth:acme:SO-2:1"));
    CHECK(next.status == Status::Approved);
    CHECK(next.authorizationId == QStringLiteral("au_00000003"));
}

TEST_CASE("the fraud score accepts, reviews and rejects at its thresholds", "[central][payment]")
{
    FraudChecker checker(FraudConfig{}); // review at 30, reject at 70
    std::int64_t t = kStart;
    int customer = 0;
    auto assess = [&](bool avs, bool cvv, std::int64_t amount, const char* ship) {
        ++customer;
        FraudInput in =
            cleanFraud(QStringLiteral("c-%1").arg(customer), QStringLiteral("f-%1").arg(customer));
        in.tenant = kTenant;
        in.avsMatch = avs;
        in.cvvMatch = cvv;
        in.amountMinor = amount;
        in.shipCountry = QString::fromLatin1(ship);
        return checker.assess(in, t += 1000);
    };
    FraudDecision d = assess(true, true, 1000, "DE");
    CHECK(d.verdict == Verdict::Accept);
    CHECK(d.score == 0);
    CHECK(d.reasons.isEmpty());

    d = assess(false, true, 1000, "DE");
    CHECK(d.verdict == Verdict::Accept);
    CHECK(d.score == 20);
    CHECK(d.reasons == QStringList{QStringLiteral("avs_mismatch")});

    d = assess(true, false, 1000, "DE");
    CHECK(d.verdict == Verdict::Review);
    CHECK(d.score == 30);

    d = assess(false, false, 1000, "FR");
    CHECK(d.verdict == Verdict::Review);
    CHECK(d.score == 65);

    d = assess(false, false, 300000, "FR");
    CHECK(d.verdict == Verdict::Reject);
    CHECK(d.score == 80);
    CHECK(d.reasons == QStringList{QStringLiteral("avs_mismatch"), QStringLiteral("cvv_mismatch"),
                                   QStringLiteral("high_amount"), QStringLiteral("country_mismatch")});

    d = assess(true, true, 299999, "DE");
    CHECK(d.verdict == Verdict::Accept);
}

TEST_CASE("velocity counts per customer and per card within the window, per tenant", "[central][payment]")
{
    FraudConfig config; // 5 per customer, 5 per card, one hour
    FraudChecker checker(config);
    auto input = [](const QString& tenant, const QString& customer, const QString& card) {
        FraudInput in = cleanFraud(customer, card);
        in.tenant = tenant;
        in.amountMinor = 1000;
        return in;
    };

    SECTION("per customer, with a new card each time")
    {
        for (int i = 0; i < 5; ++i)
            CHECK(
                checker.assess(input(kTenant, QStringLiteral("c"), QStringLiteral("f%1").arg(i)), kStart + i)
                    .verdict == Verdict::Accept);
        FraudDecision sixth =
            checker.assess(input(kTenant, QStringLiteral("c"), QStringLiteral("f9")), kStart + 10);
        CHECK(sixth.verdict == Verdict::Review);
        CHECK(sixth.reasons == QStringList{QStringLiteral("customer_velocity")});
        // Another tenant's customer of the same id is not affected.
        CHECK(checker
                  .assess(input(QStringLiteral("globex"), QStringLiteral("c"), QStringLiteral("g1")),
                          kStart + 11)
                  .score == 0);
        // Once the first ones leave the window, the customer is under the limit again.
        CHECK(checker.assess(input(kTenant, QStringLiteral("c"), QStringLiteral("f10")), kStart + 3600000 + 5)
                  .score == 0);
    }
    SECTION("per card, with a new customer each time")
    {
        for (int i = 0; i < 5; ++i)
            CHECK(
                checker
                    .assess(input(kTenant, QStringLiteral("c%1").arg(i), QStringLiteral("card")), kStart + i)
                    .score == 0);
        FraudDecision sixth =
            checker.assess(input(kTenant, QStringLiteral("c9"), QStringLiteral("card")), kStart + 10);
        CHECK(sixth.score == 40);
        CHECK(sixth.reasons == QStringList{QStringLiteral("card_velocity")});
        CHECK(checker
                  .assess(input(QStringLiteral("globex"), QStringLiteral("x"), QStringLiteral("card")),
                          kStart + 11)
                  .score == 0);
        // Just inside the window it still counts; the same customer and card over both limits is rejected.
        FraudDecision both = checker.assess(input(kTenant, QStringLiteral("c9"), QStringLiteral("card")),
                                            kStart + 3600000 - 1);
        CHECK(both.reasons.contains(QStringLiteral("card_velocity")));
        CHECK(
            checker
                .assess(input(kTenant, QStringLiteral("c10"), QStringLiteral("card")), kStart + 3600000 + 11)
                .score == 0);
    }
    SECTION("customer and card both over the limit reject")
    {
        for (int i = 0; i < 5; ++i)
            checker.assess(input(kTenant, QStringLiteral("c"), QStringLiteral("card")), kStart + i);
        FraudDecision d =
            checker.assess(input(kTenant, QStringLiteral("c"), QStringLiteral("card")), kStart + 10);
        CHECK(d.verdict == Verdict::Reject);
        CHECK(d.score == 80);
    }
}

TEST_CASE("a fraud review gives an interim result, then the analyst's decision", "[central][payment]")
{
    FraudConfig fraud;
    const QString key = QStringLiteral("auth:acme:SO-1:1");
    PaymentRequest request = authorize(key, 1000);
    request.fraud.cvvMatch = false; // 30: review

    SECTION("approved by the analyst: the authorisation proceeds")
    {
        fraud.reviewApproveRate = 1.0;
        PaymentService service(quiet(), RetryPolicy{}, BreakerConfig{}, fraud);
        Clock clock(service);
        REQUIRE(service.submit(request, clock.now));
        const QList<PaymentResult> first = clock.runUntil(kStart + 4999);
        REQUIRE(first.size() == 1);
        CHECK(first.first().status == Status::Review);
        CHECK(first.first().code == QStringLiteral("fraud_review"));
        CHECK(first.first().riskScore == 30);
        CHECK(stat(service, "attempts") == 0);
        const PaymentResult r = clock.finalFor(key);
        CHECK(r.status == Status::Approved);
        CHECK(r.finishedAtMs == kStart + 5000 + 80);
        CHECK(r.riskScore == 30);
        CHECK_FALSE(r.cvvMatch);
        CHECK(stat(service, "fraudReview") == 1);
    }
    SECTION("declined by the analyst: rejected, the provider never asked")
    {
        fraud.reviewApproveRate = 0.0;
        PaymentService service(quiet(), RetryPolicy{}, BreakerConfig{}, fraud);
        Clock clock(service);
        REQUIRE(service.submit(request, clock.now));
        const PaymentResult r = clock.finalFor(key);
        CHECK(r.status == Status::Rejected);
        CHECK(r.code == QStringLiteral("fraud_review_declined"));
        CHECK(r.finishedAtMs == kStart + 5000);
        CHECK(r.attempts == 0);
        CHECK(clock.results.size() == 2);
        CHECK(service.ledger().isEmpty());
    }
    SECTION("a score over rejectAt is rejected at once with its reasons")
    {
        request.fraud.avsMatch = false;
        request.fraud.shipCountry = QStringLiteral("US");
        request.amountMinor = 500000;
        PaymentService service(quiet(), RetryPolicy{}, BreakerConfig{}, fraud);
        Clock clock(service);
        const PaymentResult r = clock.submitAndWait(request);
        CHECK(r.status == Status::Rejected);
        CHECK(r.code == QStringLiteral("fraud_reject"));
        CHECK(r.riskScore == 80);
        CHECK(r.reasons.contains(QStringLiteral("country_mismatch")));
        CHECK(r.attempts == 0);
        CHECK(clock.results.size() == 1);
        CHECK(stat(service, "fraudReject") == 1);
    }
}

TEST_CASE("an authorisation holds for 7 days: a capture after that is refused and moves no money",
          "[central][payment]")
{
    PaymentService service(quiet(), RetryPolicy{}, BreakerConfig{}, FraudConfig{});
    Clock clock(service);
    const PaymentResult auth = clock.submitAndWait(authorize(QStringLiteral("auth:acme:SO-1:1"), 1000));
    REQUIRE(auth.status == Status::Approved);
    // The hold counts from the provider's approval, which the answer reaches a latency (80 ms) later.
    CHECK(auth.expiresAtMs == auth.finishedAtMs - 80 + kAuthorizationHoldMs);
    CHECK(service.authorization(kTenant, auth.authorizationId)->authorizedAtMs == auth.finishedAtMs - 80);
    const PaymentResult auth2 = clock.submitAndWait(authorize(QStringLiteral("auth:acme:SO-2:1"), 1000));

    clock.runUntil(auth.finishedAtMs + 6 * kDayMs);
    const PaymentResult day6 = clock.submitAndWait(
        follow(PaymentOp::Capture, QStringLiteral("cap:acme:SO-1:1"), auth.authorizationId, 1000));
    CHECK(day6.status == Status::Approved);
    CHECK(day6.amountMinor == 1000);

    clock.runUntil(auth2.expiresAtMs); // it reaches the provider exactly at the expiry
    const PaymentResult late = clock.submitAndWait(
        follow(PaymentOp::Capture, QStringLiteral("cap:acme:SO-2:1"), auth2.authorizationId, 1000));
    CHECK(late.status == Status::Expired);
    CHECK(late.code == QStringLiteral("authorization_expired"));
    CHECK(late.amountMinor == 0);
    CHECK(late.attempts == 1); // final, not retried
    const auto record = service.authorization(kTenant, auth2.authorizationId);
    REQUIRE(record);
    CHECK(record->capturedMinor == 0);
    CHECK_FALSE(record->capturedAfterExpiry);
    CHECK(stat(service, "resultsExpired") == 1);
}

TEST_CASE("needsReauthorization is true within the margin before expiry while money is uncaptured",
          "[central][payment]")
{
    PaymentService service(quiet(), RetryPolicy{}, BreakerConfig{}, FraudConfig{});
    Clock clock(service);
    const PaymentResult auth = clock.submitAndWait(authorize(QStringLiteral("auth:acme:SO-1:1"), 1000));
    const QString id = auth.authorizationId;
    const std::int64_t expiry = auth.expiresAtMs;
    CHECK_FALSE(service.needsReauthorization(id, expiry - kDayMs - 1));
    CHECK(service.needsReauthorization(id, expiry - kDayMs));
    CHECK(service.needsReauthorization(id, expiry + 1));
    CHECK_FALSE(service.needsReauthorization(id, expiry - 2 * kDayMs, kDayMs));
    CHECK(service.needsReauthorization(id, expiry - 2 * kDayMs, 3 * kDayMs));
    CHECK_FALSE(service.needsReauthorization(QStringLiteral("au_99999999"), expiry));

    // The renewal: a new authorisation under a new key, the old one voided; the capture goes to the new one.
    clock.runUntil(expiry - kDayMs);
    const PaymentResult renewed = clock.submitAndWait(authorize(QStringLiteral("auth:acme:SO-1:2"), 1000));
    REQUIRE(renewed.status == Status::Approved);
    const PaymentResult voided =
        clock.submitAndWait(follow(PaymentOp::Void, QStringLiteral("void:acme:SO-1:1"), id, 0));
    CHECK(voided.status == Status::Approved);
    CHECK(voided.amountMinor == 1000);
    CHECK_FALSE(service.needsReauthorization(id, expiry)); // voided: nothing left to renew
    CHECK_FALSE(service.needsReauthorization(renewed.authorizationId, expiry));

    const PaymentResult captured = clock.submitAndWait(
        follow(PaymentOp::Capture, QStringLiteral("cap:acme:SO-1:1"), renewed.authorizationId, 1000));
    CHECK(captured.status == Status::Approved);
    CHECK_FALSE(service.needsReauthorization(renewed.authorizationId, renewed.expiresAtMs)); // all captured
}

TEST_CASE("captures, voids and refunds keep to the authorised and captured amounts", "[central][payment]")
{
    PaymentService service(quiet(), RetryPolicy{}, BreakerConfig{}, FraudConfig{});
    Clock clock(service);
    const QString id =
        clock.submitAndWait(authorize(QStringLiteral("auth:acme:SO-1:1"), 1000)).authorizationId;
    int n = 0;
    auto run = [&](PaymentOp op, const QString& authId, std::int64_t amount,
                   const QString& tenant = kTenant) {
        return clock.submitAndWait(follow(op, QStringLiteral("k%1").arg(++n), authId, amount, tenant));
    };
    auto record = [&] {
        return *service.authorization(kTenant, id);
    };

    PaymentResult r = run(PaymentOp::Capture, id, 1001);
    CHECK(r.status == Status::Declined);
    CHECK(r.code == QStringLiteral("amount_exceeds_authorization"));
    CHECK(record().capturedMinor == 0);

    // Part shipments: two partial captures up to the authorised amount, not one minor unit more.
    CHECK(run(PaymentOp::Capture, id, 600).status == Status::Approved);
    r = run(PaymentOp::Capture, id, 401);
    CHECK(r.code == QStringLiteral("amount_exceeds_authorization"));
    CHECK(run(PaymentOp::Capture, id, 300).status == Status::Approved);
    CHECK(record().capturedMinor == 900);

    r = run(PaymentOp::Refund, id, 901);
    CHECK(r.code == QStringLiteral("amount_exceeds_capture"));
    CHECK(run(PaymentOp::Refund, id, 500).status == Status::Approved);
    r = run(PaymentOp::Refund, id, 401);
    CHECK(r.code == QStringLiteral("amount_exceeds_capture"));
    CHECK(run(PaymentOp::Refund, id, 400).status == Status::Approved);
    CHECK(record().refundedMinor == 900);

    // The void releases the uncaptured rest; after it nothing more is captured or voided.
    r = run(PaymentOp::Void, id, 0);
    CHECK(r.status == Status::Approved);
    CHECK(r.amountMinor == 100);
    CHECK(record().voidedMinor == 100);
    CHECK(run(PaymentOp::Capture, id, 50).code == QStringLiteral("already_voided"));
    CHECK(run(PaymentOp::Void, id, 0).code == QStringLiteral("already_voided"));
    CHECK(record().capturedMinor == 900);

    CHECK(run(PaymentOp::Capture, QStringLiteral("au_77777777"), 10).code ==
          QStringLiteral("unknown_authorization"));
    // Another tenant cannot touch this tenant's authorisation.
    CHECK(run(PaymentOp::Refund, id, 10, QStringLiteral("globex")).code ==
          QStringLiteral("unknown_authorization"));
    CHECK(run(PaymentOp::Capture, id, 0).code == QStringLiteral("invalid_amount"));
    CHECK(run(PaymentOp::Capture, QString(), 10).code == QStringLiteral("missing_authorization_id"));
    CHECK(record().refundedMinor == 900);

    // A fully captured authorisation has nothing to void.
    const QString full =
        clock.submitAndWait(authorize(QStringLiteral("auth:acme:SO-2:1"), 500)).authorizationId;
    CHECK(run(PaymentOp::Capture, full, 500).status == Status::Approved);
    CHECK(run(PaymentOp::Void, full, 0).code == QStringLiteral("nothing_to_void"));
}

TEST_CASE("card tokens are masked to their last 4 characters everywhere", "[central][payment]")
{
    CHECK(maskToken(QStringLiteral("tok_1MqLp9Kx7aB4242")) == QStringLiteral("tok_****4242"));
    CHECK(maskToken(QStringLiteral("pm_abcdefgh1881")) == QStringLiteral("pm_****1881"));
    CHECK(maskToken(QStringLiteral("4242424242424242")) == QStringLiteral("****4242"));
    CHECK(maskToken(QStringLiteral("tok_1234")) == QStringLiteral("tok_****"));
    CHECK(maskToken(QStringLiteral("4242")) == QStringLiteral("****"));
    CHECK(maskToken(QString()) == QStringLiteral("****"));
    CHECK(maskToken(QStringLiteral("12345678_abcdefghijk")) == QStringLiteral("****hijk"));

    PaymentService service(quiet(), RetryPolicy{}, BreakerConfig{}, FraudConfig{});
    Clock clock(service);
    const PaymentRequest request = authorize(QStringLiteral("auth:acme:SO-1:1"), 1000);
    const PaymentResult r = clock.submitAndWait(request);
    REQUIRE(service.ledger().size() == 1);
    CHECK(service.ledger().first().cardTokenMasked == QStringLiteral("tok_****4242"));

    QString text;
    QDebug(&text) << request << r;
    ProviderCall call;
    call.cardToken = kToken;
    QDebug(&text) << call;
    text += QString::fromUtf8(QJsonDocument(service.stats()).toJson());
    for (const AuthorizationRecord& record : service.ledger())
        text += record.cardTokenMasked + record.authorizationId + record.orderId;
    CHECK(text.contains(QStringLiteral("tok_****4242")));
    CHECK_FALSE(text.contains(kToken));
    CHECK_FALSE(text.contains(QStringLiteral("1MqLp9Kx7aB")));
}

TEST_CASE("the same requests at the same times give the same results for a seed", "[central][payment]")
{
    ProviderConfig c;
    c.declineRate = 0.1;
    c.timeoutRate = 0.1;
    c.errorRate = 0.1;
    c.timeoutAppliedRate = 0.5;
    c.outages = {{kStart + 20000, kStart + 35000}};
    FraudConfig fraud;
    fraud.reviewApproveRate = 0.5;

    // fine: poll at every due time; coarse: poll once a second; the results must not depend on it.
    auto run = [&](std::uint64_t seed, bool fine) {
        c.seed = seed;
        PaymentService service(c, RetryPolicy{}, BreakerConfig{}, fraud);
        QStringList out;
        std::int64_t now = kStart;
        for (int i = 0; i < 60; ++i) {
            PaymentRequest r = authorize(QStringLiteral("auth:acme:SO-%1:1").arg(i), 1000 + i);
            r.fraud.cvvMatch = i % 4 != 0;
            r.fraud.customerId = QStringLiteral("cust-%1").arg(i % 7);
            service.submit(r, kStart + i * 700);
            const std::int64_t until = kStart + (i + 1) * 700;
            if (fine) {
                while (auto due = service.nextDueMs()) {
                    if (*due >= until)
                        break;
                    for (const PaymentResult& result : service.poll(*due))
                        out.append(describe(result));
                }
            } else {
                while (now + 1000 < until) {
                    now += 1000;
                    for (const PaymentResult& result : service.poll(now))
                        out.append(describe(result));
                }
            }
        }
        for (const PaymentResult& result : service.poll(kStart + 3600000))
            out.append(describe(result));
        out.append(QString::fromUtf8(QJsonDocument(service.stats()).toJson(QJsonDocument::Compact)));
        return out;
    };
    const QStringList a = run(42, true);
    CHECK(a.size() > 60);
    CHECK(a == run(42, true));
    CHECK(a == run(42, false));
    CHECK(a != run(43, true));
    std::set<QString> statuses;
    for (const QString& line : a)
        statuses.insert(line.section(QLatin1Char('|'), 1, 1));
    // The run went through the interesting paths, not only approvals.
    CHECK(statuses.count(QStringLiteral("approved")) == 1);
    CHECK(statuses.count(QStringLiteral("declined")) == 1);
    CHECK(statuses.count(QStringLiteral("review")) == 1);
}

TEST_CASE("stats count attempts by outcome and the p95 of finished operations", "[central][payment]")
{
    ProviderConfig c = quiet();
    c.latencyJitterMs = 0;
    PaymentService service(c, RetryPolicy{}, BreakerConfig{}, FraudConfig{});
    Clock clock(service);
    for (int i = 0; i < 19; ++i) {
        PaymentRequest r = authorize(QStringLiteral("auth:acme:SO-%1:1").arg(i), 1000);
        r.fraud = cleanFraud(QStringLiteral("c%1").arg(i), QStringLiteral("f%1").arg(i));
        clock.submitAndWait(r);
    }
    // One slow operation (a review) among twenty: the p95 is the 19th of 20 sorted, still 80 ms.
    PaymentRequest slow = authorize(QStringLiteral("auth:acme:SO-99:1"), 1000);
    slow.fraud = cleanFraud(QStringLiteral("c99"), QStringLiteral("f99"));
    slow.fraud.cvvMatch = false;
    clock.submitAndWait(slow);
    const QJsonObject s = service.stats();
    CHECK(s.value(QStringLiteral("attempts")).toInteger() == 20);
    CHECK(s.value(QStringLiteral("completed")).toInteger() == 20);
    CHECK(s.value(QStringLiteral("fraudAccept")).toInteger() == 19);
    CHECK(s.value(QStringLiteral("fraudReview")).toInteger() == 1);
    CHECK(s.value(QStringLiteral("p95LatencyMs")).toInteger() == 80);
    CHECK(s.value(QStringLiteral("breakerState")).toString() == QStringLiteral("closed"));
}

TEST_CASE(
    "an expired authorisation is closed by a void, and the fault switch shows a late capture in the ledger",
    "[central][payment]")
{
    SECTION("a void after expiry closes it: no capture follows")
    {
        PaymentService service(quiet(), RetryPolicy{}, BreakerConfig{}, FraudConfig{});
        Clock clock(service);
        const PaymentResult auth = clock.submitAndWait(authorize(QStringLiteral("auth:acme:SO-1:1"), 1000));
        clock.runUntil(auth.expiresAtMs + kDayMs);
        const PaymentResult voided = clock.submitAndWait(
            follow(PaymentOp::Void, QStringLiteral("void:acme:SO-1:1"), auth.authorizationId, 0));
        CHECK(voided.status == Status::Approved);
        CHECK(voided.amountMinor == 1000);
        CHECK_FALSE(service.needsReauthorization(auth.authorizationId, clock.now));
        const PaymentResult late = clock.submitAndWait(
            follow(PaymentOp::Capture, QStringLiteral("cap:acme:SO-1:1"), auth.authorizationId, 1000));
        CHECK(late.code == QStringLiteral("already_voided"));
        CHECK(service.authorization(kTenant, auth.authorizationId)->capturedMinor == 0);
    }
    SECTION("with faultCaptureAfterExpiry the provider takes it and the ledger says so")
    {
        ProviderConfig c = quiet();
        c.faultCaptureAfterExpiry = true;
        PaymentService service(c, RetryPolicy{}, BreakerConfig{}, FraudConfig{});
        Clock clock(service);
        const PaymentResult auth = clock.submitAndWait(authorize(QStringLiteral("auth:acme:SO-1:1"), 1000));
        clock.runUntil(auth.expiresAtMs + 1);
        const PaymentResult late = clock.submitAndWait(
            follow(PaymentOp::Capture, QStringLiteral("cap:acme:SO-1:1"), auth.authorizationId, 1000));
        CHECK(late.status == Status::Approved);
        REQUIRE(service.ledger().size() == 1);
        CHECK(service.ledger().first().capturedAfterExpiry);
        CHECK(service.ledger().first().capturedMinor == 1000);
    }
}
