#include "PaymentService.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace wh::central {

namespace {

constexpr std::int64_t kNever = std::numeric_limits<std::int64_t>::max();

QString failureCode(ProviderOutcome outcome)
{
    switch (outcome) {
    case ProviderOutcome::Timeout:
        return QStringLiteral("provider_timeout");
    case ProviderOutcome::Error:
        return QStringLiteral("provider_error");
    default:
        return QStringLiteral("provider_unavailable");
    }
}

// A request that no provider call could make right: refused before it costs an attempt.
QString invalidRequest(const PaymentRequest& r)
{
    if (r.tenant.isEmpty())
        return QStringLiteral("missing_tenant");
    switch (r.op) {
    case PaymentOp::Authorize:
        if (r.cardToken.isEmpty())
            return QStringLiteral("missing_card_token");
        if (r.amountMinor <= 0)
            return QStringLiteral("invalid_amount");
        return {};
    case PaymentOp::Capture:
    case PaymentOp::Refund:
        if (r.authorizationId.isEmpty())
            return QStringLiteral("missing_authorization_id");
        if (r.amountMinor <= 0)
            return QStringLiteral("invalid_amount");
        return {};
    case PaymentOp::Void:
        if (r.authorizationId.isEmpty())
            return QStringLiteral("missing_authorization_id");
        return {};
    }
    return QStringLiteral("unsupported_operation");
}

} // namespace

std::int64_t retryBoundMs(const RetryPolicy& policy, int retry)
{
    std::int64_t bound = std::max<std::int64_t>(0, policy.baseMs);
    for (int i = 0; i < retry && bound < policy.capMs; ++i)
        bound *= 2;
    return std::min(bound, policy.capMs);
}

std::int64_t retryDelayMs(const RetryPolicy& policy, int retry, double unit)
{
    const std::int64_t bound = retryBoundMs(policy, retry);
    const auto delay = static_cast<std::int64_t>(unit * static_cast<double>(bound + 1));
    return std::clamp<std::int64_t>(delay, 0, bound);
}

QString paymentStatusName(PaymentResult::Status status)
{
    switch (status) {
    case PaymentResult::Status::Approved:
        return QStringLiteral("approved");
    case PaymentResult::Status::Declined:
        return QStringLiteral("declined");
    case PaymentResult::Status::Rejected:
        return QStringLiteral("rejected");
    case PaymentResult::Status::Review:
        return QStringLiteral("review");
    case PaymentResult::Status::Failed:
        return QStringLiteral("failed");
    case PaymentResult::Status::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

PaymentService::PaymentService(ProviderConfig provider, RetryPolicy retry, BreakerConfig breaker,
                               FraudConfig fraud)
    : m_provider(provider)
    , m_retry(retry)
    , m_breaker(breaker)
    , m_fraud(fraud)
    // Its own stream, so the provider's answers stay the same whatever the retries and reviews draw.
    , m_random(provider.seed ^ 0x9e3779b97f4a7c15ULL)
{
    m_retry.maxAttempts = std::max(1, m_retry.maxAttempts);
}

QString PaymentService::idKey(const QString& tenant, const QString& key)
{
    return tenant + QChar(0x1f) + key;
}

double PaymentService::roll()
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
}

bool PaymentService::submit(const PaymentRequest& request, std::int64_t nowMs)
{
    const QString id = idKey(request.tenant, request.key);
    if (request.key.isEmpty())
        return false;
    if (m_byKey.contains(id) || m_finished.contains(id)) {
        ++m_count.duplicates;
        return false;
    }
    Operation op;
    op.request = request;
    op.seq = m_nextSeq++;
    op.submittedAtMs = std::max(nowMs, m_nowMs);
    op.dueMs = op.submittedAtMs;
    op.deadlineMs = op.submittedAtMs + m_retry.giveUpMs;
    m_byKey.insert(id, op.seq);
    m_ops.insert(op.seq, op);
    ++m_count.submitted;
    return true;
}

bool PaymentService::inFlight(const QString& tenant, const QString& key) const
{
    return m_byKey.contains(idKey(tenant, key));
}

std::int64_t PaymentService::effectiveDue(const Operation& op) const
{
    if (op.stage != Stage::Ready)
        return op.dueMs;
    // Waiting for the breaker spends no attempt, only time: the deadline still ends the wait.
    const std::optional<std::int64_t> allowed = m_breaker.nextAllowedMs();
    const std::int64_t start = allowed ? std::max(op.dueMs, *allowed) : kNever;
    return std::min(start, op.deadlineMs);
}

std::optional<std::int64_t> PaymentService::nextDueMs() const
{
    std::int64_t best = kNever;
    for (const Operation& op : m_ops)
        best = std::min(best, effectiveDue(op));
    if (best == kNever)
        return std::nullopt;
    return std::max(best, m_nowMs);
}

QList<PaymentResult> PaymentService::poll(std::int64_t nowMs)
{
    QList<PaymentResult> out;
    for (;;) {
        // The earliest step of all, ties in submission order (m_ops is ordered by seq), so the shared breaker
        // and random streams see the steps in the same order however the polls fall.
        Operation* next = nullptr;
        std::int64_t best = kNever;
        for (Operation& op : m_ops) {
            const std::int64_t due = effectiveDue(op);
            if (due < best) {
                best = due;
                next = &op;
            }
        }
        if (!next || best > nowMs)
            break;
        m_nowMs = std::max(m_nowMs, best);
        step(*next, m_nowMs, out);
    }
    m_nowMs = std::max(m_nowMs, nowMs);
    return out;
}

void PaymentService::step(Operation& op, std::int64_t nowMs, QList<PaymentResult>& out)
{
    switch (op.stage) {
    case Stage::New: {
        if (const QString invalid = invalidRequest(op.request); !invalid.isEmpty()) {
            finish(op, resultFor(op, PaymentResult::Status::Declined, invalid, nowMs), out);
            return;
        }
        op.stage = Stage::Ready;
        op.dueMs = nowMs;
        if (op.request.op != PaymentOp::Authorize)
            return;
        FraudInput input = op.request.fraud;
        input.tenant = op.request.tenant; // velocity never crosses tenants, whatever the input says
        if (input.customerId.isEmpty())
            input.customerId = op.request.customerId;
        if (input.amountMinor == 0)
            input.amountMinor = op.request.amountMinor;
        const FraudDecision decision = m_fraud.assess(input, nowMs);
        op.riskScore = decision.score;
        op.reasons = decision.reasons;
        switch (decision.verdict) {
        case FraudDecision::Verdict::Accept:
            ++m_count.fraudAccept;
            return;
        case FraudDecision::Verdict::Reject:
            ++m_count.fraudReject;
            finish(op, resultFor(op, PaymentResult::Status::Rejected, QStringLiteral("fraud_reject"), nowMs),
                   out);
            return;
        case FraudDecision::Verdict::Review:
            ++m_count.fraudReview;
            out.append(resultFor(op, PaymentResult::Status::Review, QStringLiteral("fraud_review"), nowMs));
            op.stage = Stage::Review;
            op.dueMs = nowMs + m_fraud.config().reviewDecisionMs;
            return;
        }
        return;
    }
    case Stage::Review:
        if (roll() < m_fraud.config().reviewApproveRate) {
            ++m_count.reviewApproved;
            op.stage = Stage::Ready;
            op.dueMs = nowMs;
            return;
        }
        ++m_count.reviewDeclined;
        finish(op,
               resultFor(op, PaymentResult::Status::Rejected, QStringLiteral("fraud_review_declined"), nowMs),
               out);
        return;
    case Stage::Ready:
        attempt(op, nowMs, out);
        return;
    case Stage::InFlight:
        answered(op, nowMs, out);
        return;
    }
}

void PaymentService::attempt(Operation& op, std::int64_t nowMs, QList<PaymentResult>& out)
{
    if (nowMs >= op.deadlineMs) {
        finish(op,
               resultFor(op, PaymentResult::Status::Failed, QStringLiteral("provider_unavailable"), nowMs),
               out);
        return;
    }
    bool probe = false;
    if (!m_breaker.tryAcquire(nowMs, &probe)) {
        // effectiveDue() only offers a step the breaker lets through; should the two ever disagree, wait a
        // little rather than spin.
        op.dueMs = nowMs + 1;
        return;
    }
    const PaymentRequest& r = op.request;
    ProviderCall call;
    call.key = r.key;
    call.op = r.op;
    call.tenant = r.tenant;
    call.orderId = r.orderId;
    call.cardToken = r.cardToken;
    call.amountMinor = r.amountMinor;
    call.authorizationId = r.authorizationId;
    call.avsMatch = r.fraud.avsMatch;
    call.cvvMatch = r.fraud.cvvMatch;
    op.pending = m_provider.call(call, nowMs);
    op.probe = probe;
    ++op.attempts;
    ++m_count.attempts;
    op.stage = Stage::InFlight;
    op.dueMs = nowMs + op.pending.durationMs;
}

void PaymentService::answered(Operation& op, std::int64_t nowMs, QList<PaymentResult>& out)
{
    const ProviderResponse& r = op.pending;
    if (r.replayed)
        ++m_count.replays;
    if (!retryable(r.outcome)) {
        m_breaker.onSuccess(nowMs, op.probe);
        PaymentResult result;
        switch (r.outcome) {
        case ProviderOutcome::Approved:
            ++m_count.approvals;
            result = resultFor(op, PaymentResult::Status::Approved, {}, nowMs);
            break;
        case ProviderOutcome::Expired:
            ++m_count.expired;
            result = resultFor(op, PaymentResult::Status::Expired, r.code, nowMs);
            break;
        default:
            ++m_count.declines;
            result = resultFor(op, PaymentResult::Status::Declined, r.code, nowMs);
            break;
        }
        if (!r.authorizationId.isEmpty())
            result.authorizationId = r.authorizationId;
        result.amountMinor = r.amountMinor;
        result.expiresAtMs = r.expiresAtMs;
        if (op.request.op == PaymentOp::Authorize) {
            result.avsMatch = r.avsMatch;
            result.cvvMatch = r.cvvMatch;
        }
        finish(op, result, out);
        return;
    }

    m_breaker.onFailure(nowMs, op.probe);
    switch (r.outcome) {
    case ProviderOutcome::Timeout:
        ++m_count.timeouts;
        break;
    case ProviderOutcome::Error:
        ++m_count.errors;
        break;
    default:
        ++m_count.unavailable;
        break;
    }
    op.lastFailure = r.outcome;
    ++op.consecutiveFailures;
    // An unavailable answer says the provider is down and did nothing: it spends time, not the retry budget.
    // A timeout or an error may have reached the issuer, and those are what maxAttempts bounds.
    if (r.outcome != ProviderOutcome::Unavailable && ++op.budgetUsed >= m_retry.maxAttempts) {
        finish(op, resultFor(op, PaymentResult::Status::Failed, failureCode(r.outcome), nowMs), out);
        return;
    }
    ++m_count.retries;
    op.stage = Stage::Ready;
    op.dueMs = nowMs + retryDelayMs(m_retry, op.consecutiveFailures - 1, roll());
}

PaymentResult PaymentService::resultFor(const Operation& op, PaymentResult::Status status,
                                        const QString& code, std::int64_t nowMs) const
{
    PaymentResult result;
    result.key = op.request.key;
    result.op = op.request.op;
    result.tenant = op.request.tenant;
    result.orderId = op.request.orderId;
    result.status = status;
    result.code = code;
    result.authorizationId = op.request.authorizationId;
    result.amountMinor = status == PaymentResult::Status::Approved ? op.request.amountMinor : 0;
    result.attempts = op.attempts;
    result.submittedAtMs = op.submittedAtMs;
    result.finishedAtMs = nowMs;
    result.riskScore = op.riskScore;
    result.reasons = op.reasons;
    if (op.request.op == PaymentOp::Authorize) {
        result.avsMatch = op.request.fraud.avsMatch;
        result.cvvMatch = op.request.fraud.cvvMatch;
    }
    return result;
}

void PaymentService::finish(Operation& op, PaymentResult result, QList<PaymentResult>& out)
{
    switch (result.status) {
    case PaymentResult::Status::Approved:
        ++m_count.resultsApproved;
        break;
    case PaymentResult::Status::Declined:
        ++m_count.resultsDeclined;
        break;
    case PaymentResult::Status::Rejected:
        ++m_count.resultsRejected;
        break;
    case PaymentResult::Status::Failed:
        ++m_count.resultsFailed;
        break;
    case PaymentResult::Status::Expired:
        ++m_count.resultsExpired;
        break;
    case PaymentResult::Status::Review:
        break;
    }
    m_durationsMs.append(result.finishedAtMs - result.submittedAtMs);
    const QString id = idKey(op.request.tenant, op.request.key);
    m_finished.insert(id);
    m_byKey.remove(id);
    out.append(std::move(result));
    m_ops.remove(op.seq); // op is gone from here on
}

std::optional<AuthorizationRecord> PaymentService::authorization(const QString& tenant,
                                                                 const QString& authorizationId) const
{
    const AuthorizationRecord* record = m_provider.find(authorizationId);
    if (!record || record->tenant != tenant)
        return std::nullopt;
    return *record;
}

bool PaymentService::needsReauthorization(const QString& authorizationId, std::int64_t nowMs,
                                          std::int64_t marginMs) const
{
    const AuthorizationRecord* record = m_provider.find(authorizationId);
    if (!record || record->voided || record->capturedMinor >= record->authorizedMinor)
        return false;
    return nowMs >= record->expiresAtMs - marginMs;
}

void PaymentService::restore(const QList<AuthorizationRecord>& ledger, const QList<PaymentResult>& finished)
{
    m_provider.restore(ledger);
    for (const PaymentResult& result : finished) {
        if (result.final())
            m_finished.insert(idKey(result.tenant, result.key));
    }
}

QJsonObject PaymentService::stats() const
{
    std::int64_t p95 = 0;
    if (!m_durationsMs.isEmpty()) {
        QList<std::int64_t> sorted = m_durationsMs;
        std::sort(sorted.begin(), sorted.end());
        // Nearest rank: the smallest duration at or above 95% of them.
        const auto rank = static_cast<qsizetype>(std::ceil(0.95 * static_cast<double>(sorted.size())));
        p95 = sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
    }
    const Counters& c = m_count;
    return QJsonObject{
        {QStringLiteral("submitted"), qint64(c.submitted)},
        {QStringLiteral("duplicateSubmits"), qint64(c.duplicates)},
        {QStringLiteral("inFlight"), qint64(m_ops.size())},
        {QStringLiteral("attempts"), qint64(c.attempts)},
        {QStringLiteral("approvals"), qint64(c.approvals)},
        {QStringLiteral("declines"), qint64(c.declines)},
        {QStringLiteral("expired"), qint64(c.expired)},
        {QStringLiteral("timeouts"), qint64(c.timeouts)},
        {QStringLiteral("errors"), qint64(c.errors)},
        {QStringLiteral("unavailable"), qint64(c.unavailable)},
        {QStringLiteral("retries"), qint64(c.retries)},
        {QStringLiteral("replays"), qint64(c.replays)},
        {QStringLiteral("breakerState"), QString::fromLatin1(breakerStateName(m_breaker.state(m_nowMs)))},
        {QStringLiteral("breakerOpens"), m_breaker.opens()},
        {QStringLiteral("breakerOpenMs"), qint64(m_breaker.timeOpenMs(m_nowMs))},
        {QStringLiteral("fraudAccept"), qint64(c.fraudAccept)},
        {QStringLiteral("fraudReview"), qint64(c.fraudReview)},
        {QStringLiteral("fraudReject"), qint64(c.fraudReject)},
        {QStringLiteral("reviewApproved"), qint64(c.reviewApproved)},
        {QStringLiteral("reviewDeclined"), qint64(c.reviewDeclined)},
        {QStringLiteral("resultsApproved"), qint64(c.resultsApproved)},
        {QStringLiteral("resultsDeclined"), qint64(c.resultsDeclined)},
        {QStringLiteral("resultsRejected"), qint64(c.resultsRejected)},
        {QStringLiteral("resultsFailed"), qint64(c.resultsFailed)},
        {QStringLiteral("resultsExpired"), qint64(c.resultsExpired)},
        {QStringLiteral("completed"), qint64(m_durationsMs.size())},
        {QStringLiteral("p95LatencyMs"), qint64(p95)},
    };
}

QDebug operator<<(QDebug debug, const PaymentRequest& r)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "PaymentRequest(" << r.key << ' ' << paymentOpName(r.op) << ' ' << r.tenant << ' '
                    << r.orderId << ' ' << maskToken(r.cardToken) << ' ' << r.amountMinor << ' '
                    << r.authorizationId << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const PaymentResult& r)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "PaymentResult(" << r.key << ' ' << paymentOpName(r.op) << ' '
                    << paymentStatusName(r.status) << ' ' << r.code << ' ' << r.authorizationId << ' '
                    << r.amountMinor << " attempts=" << r.attempts << " risk=" << r.riskScore << ')';
    return debug;
}

} // namespace wh::central
