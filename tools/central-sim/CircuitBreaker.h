#pragma once

// The circuit breaker in front of the payment provider. Consecutive retryable failures (timeouts, errors,
// unavailable answers) open it; while it is open no attempt reaches the provider, so a provider that is down
// is not hammered and waiting operations keep their retry budget. After openMs it is half-open and lets
// halfOpenProbes trial attempts through: a success closes it, a failure opens it again. Time is injected.

#include <cstdint>
#include <optional>

namespace wh::central {

enum class BreakerState
{
    Closed,
    Open,
    HalfOpen
};
const char* breakerStateName(BreakerState state);

struct BreakerConfig
{
    int failureThreshold = 5; // consecutive retryable failures that open it
    std::int64_t openMs = 10000;
    // Trial attempts let through while half-open. With more than one, a probe still out when another failed
    // probe reopened it is taken for a probe of the next half-open period; 1 (the default) has no such case.
    int halfOpenProbes = 1;
};

class CircuitBreaker
{
public:
    explicit CircuitBreaker(BreakerConfig config);

    BreakerState state(std::int64_t nowMs) const;
    // The earliest time an attempt may start, given nothing else happens: nowMs-independent while closed
    // (any time), the end of the open period while open, none while half-open with every probe out.
    std::optional<std::int64_t> nextAllowedMs() const;
    // Takes a slot for one attempt at nowMs; false when none may start. *probe says it is a half-open trial.
    bool tryAcquire(std::int64_t nowMs, bool* probe);
    // The answer of an attempt that tryAcquire let through. A final answer (approved, declined, expired) is a
    // success: the provider is up. Answers of attempts started before the breaker opened change nothing.
    void onSuccess(std::int64_t nowMs, bool probe);
    void onFailure(std::int64_t nowMs, bool probe);

    int opens() const { return m_opens; }
    // From each opening to the closing after it (open and half-open), the current one up to nowMs.
    std::int64_t timeOpenMs(std::int64_t nowMs) const;
    const BreakerConfig& config() const { return m_config; }

private:
    void open(std::int64_t nowMs);
    void settle(std::int64_t nowMs); // open -> half-open once openMs passed

    BreakerConfig m_config;
    BreakerState m_state = BreakerState::Closed;
    int m_failures = 0;
    int m_probesLeft = 0;
    std::int64_t m_openedAtMs = 0; // the current open period's start
    std::int64_t m_notClosedSinceMs = 0;
    std::int64_t m_timeOpenMs = 0; // closed periods of not-closed time
    int m_opens = 0;
};

} // namespace wh::central
