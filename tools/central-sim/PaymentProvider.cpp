#include "PaymentProvider.h"

#include <algorithm>

namespace wh::central {

namespace {

QString processedKey(const QString& tenant, const QString& key)
{
    return tenant + QChar(0x1f) + key;
}

ProviderResponse refused(const QString& code, const QString& authorizationId = {})
{
    ProviderResponse r;
    r.outcome = ProviderOutcome::Declined;
    r.code = code;
    r.authorizationId = authorizationId;
    return r;
}

// Card profiles by the token's last 4 characters, as providers' test cards do, so a test or a demo can ask
// for a decline without depending on the decline rate.
std::optional<QString> profileDecline(const QString& token)
{
    if (token.endsWith(QStringLiteral("9995")))
        return QStringLiteral("insufficient_funds");
    if (token.endsWith(QStringLiteral("0002")))
        return QStringLiteral("do_not_honor");
    if (token.endsWith(QStringLiteral("0069")))
        return QStringLiteral("expired_card");
    return std::nullopt;
}

} // namespace

QString paymentOpName(PaymentOp op)
{
    switch (op) {
    case PaymentOp::Authorize:
        return QStringLiteral("authorize");
    case PaymentOp::Capture:
        return QStringLiteral("capture");
    case PaymentOp::Void:
        return QStringLiteral("void");
    case PaymentOp::Refund:
        return QStringLiteral("refund");
    }
    return {};
}

QString providerOutcomeName(ProviderOutcome outcome)
{
    switch (outcome) {
    case ProviderOutcome::Approved:
        return QStringLiteral("approved");
    case ProviderOutcome::Declined:
        return QStringLiteral("declined");
    case ProviderOutcome::Expired:
        return QStringLiteral("expired");
    case ProviderOutcome::Timeout:
        return QStringLiteral("timeout");
    case ProviderOutcome::Error:
        return QStringLiteral("error");
    case ProviderOutcome::Unavailable:
        return QStringLiteral("unavailable");
    }
    return {};
}

QString maskToken(const QString& token)
{
    const qsizetype underscore = token.indexOf(QLatin1Char('_'));
    QString prefix;
    QString rest = token;
    // Only a short alphabetic type prefix ("tok_", "pm_", "card_") is shown; anything else is secret.
    if (underscore > 0 && underscore <= 8 &&
        std::all_of(token.begin(), token.begin() + underscore, [](QChar c) { return c.isLetter(); })) {
        prefix = token.left(underscore + 1);
        rest = token.mid(underscore + 1);
    }
    const QString tail = rest.size() >= 8 ? rest.right(4) : QString();
    return prefix + QStringLiteral("****") + tail;
}

PaymentProvider::PaymentProvider(ProviderConfig config)
    : m_config(std::move(config))
    , m_random(m_config.seed)
{}

double PaymentProvider::roll()
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
}

std::int64_t PaymentProvider::latency()
{
    const std::int64_t jitter = std::max<std::int64_t>(0, m_config.latencyJitterMs);
    const std::int64_t offset = std::uniform_int_distribution<std::int64_t>(-jitter, jitter)(m_random);
    return std::max<std::int64_t>(1, m_config.latencyMs + offset);
}

bool PaymentProvider::inOutage(std::int64_t nowMs) const
{
    return std::any_of(m_config.outages.begin(), m_config.outages.end(),
                       [nowMs](const auto& o) { return nowMs >= o.first && nowMs < o.second; });
}

ProviderResponse PaymentProvider::call(const ProviderCall& call, std::int64_t nowMs)
{
    // The same three draws for every attempt, whatever it turns out to be, so one attempt's outcome never
    // shifts the random stream of the attempts after it.
    const std::int64_t answerMs = latency();
    const double fate = roll();
    const double applied = roll();

    if (inOutage(nowMs)) {
        ProviderResponse r;
        r.outcome = ProviderOutcome::Unavailable;
        r.code = QStringLiteral("provider_unavailable");
        r.durationMs = m_config.unavailableMs;
        return r;
    }
    if (fate < m_config.timeoutRate) {
        // The answer is lost; whether the request was processed is only known to the provider.
        if (applied < m_config.timeoutAppliedRate &&
            !m_processed.contains(processedKey(call.tenant, call.key)))
            m_processed.insert(processedKey(call.tenant, call.key), process(call, nowMs));
        ProviderResponse r;
        r.outcome = ProviderOutcome::Timeout;
        r.code = QStringLiteral("provider_timeout");
        r.durationMs = m_config.timeoutMs;
        return r;
    }
    if (fate < m_config.timeoutRate + m_config.errorRate) {
        ProviderResponse r;
        r.outcome = ProviderOutcome::Error;
        r.code = QStringLiteral("provider_error");
        r.durationMs = answerMs;
        return r;
    }
    const QString key = processedKey(call.tenant, call.key);
    ProviderResponse response;
    if (auto it = m_processed.constFind(key); it != m_processed.constEnd()) {
        response = *it;
        response.replayed = true;
    } else {
        response = process(call, nowMs);
        m_processed.insert(key, response);
    }
    response.durationMs = answerMs;
    return response;
}

ProviderResponse PaymentProvider::process(const ProviderCall& call, std::int64_t nowMs)
{
    if (call.op == PaymentOp::Authorize)
        return authorize(call, nowMs);

    auto it = m_ledger.find(call.authorizationId);
    // Another tenant's authorisation does not exist for this one.
    if (it == m_ledger.end() || it->tenant != call.tenant)
        return refused(QStringLiteral("unknown_authorization"), call.authorizationId);
    AuthorizationRecord& record = *it;
    ProviderResponse r;
    r.authorizationId = record.authorizationId;
    r.expiresAtMs = record.expiresAtMs;
    const bool expired = nowMs >= record.expiresAtMs;

    switch (call.op) {
    case PaymentOp::Authorize:
        break;
    case PaymentOp::Capture:
        if (record.voided)
            return refused(QStringLiteral("already_voided"), record.authorizationId);
        if (expired && !m_config.faultCaptureAfterExpiry) {
            r.outcome = ProviderOutcome::Expired;
            r.code = QStringLiteral("authorization_expired");
            return r;
        }
        if (call.amountMinor > record.authorizedMinor - record.capturedMinor)
            return refused(QStringLiteral("amount_exceeds_authorization"), record.authorizationId);
        record.capturedMinor += call.amountMinor;
        record.capturedAfterExpiry = record.capturedAfterExpiry || expired;
        r.outcome = ProviderOutcome::Approved;
        r.amountMinor = call.amountMinor;
        return r;
    case PaymentOp::Void:
        if (record.voided)
            return refused(QStringLiteral("already_voided"), record.authorizationId);
        if (record.capturedMinor >= record.authorizedMinor)
            return refused(QStringLiteral("nothing_to_void"), record.authorizationId);
        // An expired hold is already gone at the issuer; voiding it still closes it here, so the ledger says
        // no capture can follow.
        record.voided = true;
        record.voidedMinor = record.authorizedMinor - record.capturedMinor;
        r.outcome = ProviderOutcome::Approved;
        r.amountMinor = record.voidedMinor;
        return r;
    case PaymentOp::Refund:
        if (call.amountMinor > record.capturedMinor - record.refundedMinor)
            return refused(QStringLiteral("amount_exceeds_capture"), record.authorizationId);
        record.refundedMinor += call.amountMinor;
        r.outcome = ProviderOutcome::Approved;
        r.amountMinor = call.amountMinor;
        return r;
    }
    return refused(QStringLiteral("unsupported_operation"));
}

ProviderResponse PaymentProvider::authorize(const ProviderCall& call, std::int64_t nowMs)
{
    const double decline = roll();
    const std::int64_t pick = std::uniform_int_distribution<std::int64_t>(0, 1)(m_random);
    ProviderResponse r;
    r.avsMatch = call.avsMatch;
    r.cvvMatch = call.cvvMatch;
    if (auto code = profileDecline(call.cardToken)) {
        r.outcome = ProviderOutcome::Declined;
        r.code = *code;
        return r;
    }
    if (decline < m_config.declineRate) {
        r.outcome = ProviderOutcome::Declined;
        r.code = pick == 0 ? QStringLiteral("insufficient_funds") : QStringLiteral("do_not_honor");
        return r;
    }
    AuthorizationRecord record;
    record.authorizationId = QStringLiteral("au_%1").arg(m_nextId++, 8, 10, QLatin1Char('0'));
    record.tenant = call.tenant;
    record.orderId = call.orderId;
    record.cardTokenMasked = maskToken(call.cardToken);
    record.authorizedMinor = call.amountMinor;
    record.authorizedAtMs = nowMs;
    record.expiresAtMs = nowMs + kAuthorizationHoldMs;
    m_ledger.insert(record.authorizationId, record);
    r.outcome = ProviderOutcome::Approved;
    r.authorizationId = record.authorizationId;
    r.amountMinor = record.authorizedMinor;
    r.expiresAtMs = record.expiresAtMs;
    return r;
}

const AuthorizationRecord* PaymentProvider::find(const QString& authorizationId) const
{
    auto it = m_ledger.constFind(authorizationId);
    return it == m_ledger.constEnd() ? nullptr : &*it;
}

QList<AuthorizationRecord> PaymentProvider::ledger() const
{
    return m_ledger.values();
}

void PaymentProvider::restore(const QList<AuthorizationRecord>& ledger)
{
    for (const AuthorizationRecord& record : ledger) {
        m_ledger.insert(record.authorizationId, record);
        const std::int64_t number = record.authorizationId.mid(3).toLongLong();
        m_nextId = std::max(m_nextId, number + 1);
    }
}

QDebug operator<<(QDebug debug, const ProviderCall& call)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "ProviderCall(" << paymentOpName(call.op) << ' ' << call.tenant << ' ' << call.key
                    << ' ' << call.orderId << ' ' << maskToken(call.cardToken) << ' ' << call.amountMinor
                    << ' ' << call.authorizationId << ')';
    return debug;
}

} // namespace wh::central
