#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace wh::devices {

// Tells one trigger pull read twice from an item scanned twice. A scanner can report the same code twice
// within a few tens of milliseconds (a retry inside the scanner, a code that stays in the beam); a person
// re-aiming and pulling the trigger again needs well over 150 ms. So the same data as the scanner's previous
// read, less than `windowMs` after it, is a double read; anything later, or different data in between,
// counts. The window runs from the previous read, suppressed or not, so a code left in the beam of a
// scanner in continuous mode is counted once however long it stays there.
class DoubleReadFilter
{
public:
    explicit DoubleReadFilter(int windowMs)
        : m_windowMs(windowMs)
    {}

    // Records the read and says whether it is a double read of the previous one. `data` is the scan as
    // received (after the terminator), so two different codes are never taken for each other.
    bool isDoubleRead(const QString& data, const QDateTime& at)
    {
        const bool same = m_windowMs > 0 && m_last.has_value() && *m_last == data && m_lastAt.isValid();
        const qint64 elapsed = same ? m_lastAt.msecsTo(at) : -1;
        m_last = data;
        m_lastAt = at;
        // A clock set back (elapsed < 0) never turns a new scan into a double read.
        return same && elapsed >= 0 && elapsed < m_windowMs;
    }

    void reset()
    {
        m_last.reset();
        m_lastAt = {};
    }

private:
    int m_windowMs = 0;
    std::optional<QString> m_last;
    QDateTime m_lastAt;
};

} // namespace wh::devices
