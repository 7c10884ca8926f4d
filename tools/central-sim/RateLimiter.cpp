#include "RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace wh::central {

namespace {

// Refills are computed in floating point; a token that is a rounding error short of whole is whole, so a
// caller who waits exactly retryAfterMs is admitted.
constexpr double kEpsilon = 1e-9;

} // namespace

RateLimiter::RateLimiter(double perSecond, double burst)
    : m_perSecond(perSecond > 0 ? perSecond : 1e-9)
    , m_burst(std::max(1.0, burst))
{}

RateLimiter::Bucket RateLimiter::refilled(const QString& tenant, std::int64_t nowMs) const
{
    const auto found = m_buckets.constFind(tenant);
    if (found == m_buckets.cend())
        return Bucket{m_burst, nowMs};
    Bucket bucket = *found;
    if (nowMs > bucket.atMs) {
        bucket.tokens = std::min(m_burst, bucket.tokens + double(nowMs - bucket.atMs) * m_perSecond / 1000.0);
        bucket.atMs = nowMs;
    }
    return bucket;
}

bool RateLimiter::admit(const QString& tenant, std::int64_t nowMs)
{
    Bucket bucket = refilled(tenant, nowMs);
    const bool admitted = bucket.tokens >= 1.0 - kEpsilon;
    if (admitted)
        bucket.tokens = std::max(0.0, bucket.tokens - 1.0);
    m_buckets.insert(tenant, bucket);
    return admitted;
}

std::int64_t RateLimiter::retryAfterMs(const QString& tenant, std::int64_t nowMs) const
{
    const Bucket bucket = refilled(tenant, nowMs);
    if (bucket.tokens >= 1.0 - kEpsilon)
        return 0;
    return std::int64_t(std::ceil((1.0 - bucket.tokens) * 1000.0 / m_perSecond - kEpsilon));
}

double RateLimiter::tokens(const QString& tenant, std::int64_t nowMs) const
{
    return refilled(tenant, nowMs).tokens;
}

} // namespace wh::central
