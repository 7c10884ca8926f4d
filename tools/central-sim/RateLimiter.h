#pragma once

// How many orders each tenant may place: a token bucket per tenant, `burst` tokens deep, refilled at
// `perSecond`. An order takes one token; with none left it is refused (rate_limited) and told when one will
// be there. Buckets are separate, so one merchant's rush never slows another's orders. Driven by the caller's
// clock (milliseconds): a clock that steps back refills nothing.

#include <QHash>
#include <QString>

#include <cstdint>

namespace wh::central {

class RateLimiter
{
public:
    // perSecond > 0; burst >= 1 (less is raised to 1: a bucket that never holds a whole token admits
    // nothing).
    RateLimiter(double perSecond, double burst);

    // Takes a token for the tenant if there is one.
    bool admit(const QString& tenant, std::int64_t nowMs);
    // 0 when admit would succeed now; otherwise the milliseconds until it will.
    std::int64_t retryAfterMs(const QString& tenant, std::int64_t nowMs) const;
    double tokens(const QString& tenant, std::int64_t nowMs) const;

private:
    struct Bucket
    {
        double tokens = 0;
        std::int64_t atMs = 0;
    };
    Bucket refilled(const QString& tenant, std::int64_t nowMs) const;

    double m_perSecond;
    double m_burst;
    QHash<QString, Bucket> m_buckets; // a tenant not in it has a full bucket
};

} // namespace wh::central
