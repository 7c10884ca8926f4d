#pragma once

#include <QDateTime>

namespace wh {

// Time is injected wherever behaviour depends on it (event times, expiry, idle timeouts, backoff), so tests
// can set it (KeePassXC's Clock / MockClock).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start)
        : m_now(start.toUTC())
    {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& when) { m_now = when.toUTC(); }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace wh
