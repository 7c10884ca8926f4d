#include "CircuitBreaker.h"

#include <algorithm>
#include <limits>

namespace wh::central {

const char* breakerStateName(BreakerState state)
{
    switch (state) {
    case BreakerState::Closed:
        return "closed";
    case BreakerState::Open:
        return "open";
    case BreakerState::HalfOpen:
        return "half-open";
    }
    return "";
}

CircuitBreaker::CircuitBreaker(BreakerConfig config)
    : m_config(config)
{
    m_config.failureThreshold = std::max(1, m_config.failureThreshold);
    m_config.halfOpenProbes = std::max(1, m_config.halfOpenProbes);
    m_config.openMs = std::max<std::int64_t>(0, m_config.openMs);
}

BreakerState CircuitBreaker::state(std::int64_t nowMs) const
{
    if (m_state == BreakerState::Open && nowMs >= m_openedAtMs + m_config.openMs)
        return BreakerState::HalfOpen;
    return m_state;
}

std::optional<std::int64_t> CircuitBreaker::nextAllowedMs() const
{
    switch (m_state) {
    case BreakerState::Closed:
        return std::numeric_limits<std::int64_t>::min();
    case BreakerState::Open:
        return m_openedAtMs + m_config.openMs;
    case BreakerState::HalfOpen:
        if (m_probesLeft > 0)
            return std::numeric_limits<std::int64_t>::min();
        return std::nullopt;
    }
    return std::nullopt;
}

void CircuitBreaker::settle(std::int64_t nowMs)
{
    if (m_state == BreakerState::Open && nowMs >= m_openedAtMs + m_config.openMs) {
        m_state = BreakerState::HalfOpen;
        m_probesLeft = m_config.halfOpenProbes;
    }
}

bool CircuitBreaker::tryAcquire(std::int64_t nowMs, bool* probe)
{
    settle(nowMs);
    *probe = false;
    switch (m_state) {
    case BreakerState::Closed:
        return true;
    case BreakerState::Open:
        return false;
    case BreakerState::HalfOpen:
        if (m_probesLeft <= 0)
            return false;
        --m_probesLeft;
        *probe = true;
        return true;
    }
    return false;
}

void CircuitBreaker::open(std::int64_t nowMs)
{
    if (m_state == BreakerState::Closed)
        m_notClosedSinceMs = nowMs;
    m_state = BreakerState::Open;
    m_openedAtMs = nowMs;
    m_probesLeft = 0;
    ++m_opens;
}

void CircuitBreaker::onSuccess(std::int64_t nowMs, bool probe)
{
    settle(nowMs);
    if (m_state == BreakerState::Closed) {
        m_failures = 0;
    } else if (probe && m_state == BreakerState::HalfOpen) {
        m_timeOpenMs += nowMs - m_notClosedSinceMs;
        m_state = BreakerState::Closed;
        m_failures = 0;
    }
}

void CircuitBreaker::onFailure(std::int64_t nowMs, bool probe)
{
    settle(nowMs);
    if (m_state == BreakerState::Closed) {
        if (++m_failures >= m_config.failureThreshold)
            open(nowMs);
    } else if (probe && m_state == BreakerState::HalfOpen) {
        open(nowMs);
    }
}

std::int64_t CircuitBreaker::timeOpenMs(std::int64_t nowMs) const
{
    if (m_state == BreakerState::Closed)
        return m_timeOpenMs;
    return m_timeOpenMs + std::max<std::int64_t>(0, nowMs - m_notClosedSinceMs);
}

} // namespace wh::central
