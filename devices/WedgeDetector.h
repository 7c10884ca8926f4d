#pragma once

#include <QChar>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace wh::devices {

// How keyboard-wedge scans are told from typing. A wedge scanner types a whole code in a burst, a few ms
// per key, and ends it with Enter (or Tab); a person needs 80 ms or more per key even when typing fast.
struct WedgeConfig
{
    // Keys this close (ms) belong to one burst. Scanners type at 1-15 ms per key; 30 ms leaves room for a
    // busy host's jitter and stays far below a person's pace (and below a held key's auto-repeat, 33 ms
    // and up).
    int maxGapMs = 30;
    // A burst shorter than this (data characters, prefix and suffix not counted) is typing: two keys rolled
    // over by a fast typist can come 5 ms apart, four in a row do not.
    int minLength = 4;
    // The keys that end a scan: "\r" is Enter (a '\n' counts as Enter too), "\t" is Tab.
    QString terminators = QStringLiteral("\r");
    // Characters the scanner is set to send before and after each code (matched as they arrive on this
    // host); both must be there for a burst to be a scan, and are stripped. A prefix also lets typing
    // through at once: a key that cannot start the prefix is typing, no need to wait for the gap.
    QString prefix;
    QString suffix;
    // A wedge cannot type GS (the GS1 FNC1 separator); scanners can be set to type another character in its
    // place. That character (as it arrives) becomes GS again in a scan. Null: none. A GS that arrives as
    // such (Ctrl+]) is kept either way.
    QChar gsStandIn;
    // Characters as they arrive -> the characters the scanner meant, applied to scans only (typing is the
    // person's own layout, and correct). See usScannerOnGermanHost().
    QHash<QChar, QChar> remap;
    // The scanners send AIM identifiers: a scan must start with ']' (after the remap). One that starts with
    // another character gets a layoutProblem, naming what ']' arrived as.
    bool expectAim = false;

    // A scanner set to a US keyboard on a host with a German layout types keys by position: 'z' arrives as
    // 'y', ']' as '+', '/' as '-', and so on. This maps what arrives back to what was meant. The keys that
    // are dead keys on a German layout ('^', '`', and the accents: US '=' and '+' land there) cannot be
    // mapped back, as the host swallows or merges them: set such scanners to the host's layout instead.
    static QHash<QChar, QChar> usScannerOnGermanHost();
};

// What the detector settles: a stretch of typing, handed back untouched, or one scan.
struct WedgeOutput
{
    enum class Kind
    {
        Typed,
        Scan,
    };
    Kind kind = Kind::Typed;
    QString keys;       // the characters exactly as they were fed, terminator included
    QString text;       // Typed: the same as keys. Scan: the code's data (prefix, suffix and terminator
                        // gone, remapped, GS restored), ready for ScanDecoder
    qint64 firstMs = 0; // the first and last key's time
    qint64 lastMs = 0;
    QString layoutProblem; // Scan only: why the scan looks typed through the wrong keyboard layout
};

// Fed key by key (a character and its time in ms, as QKeyEvent gives them), it tells scanner bursts from
// typing. Keys are held while their burst is undecided (at most maxGapMs after the last key: call expire()
// from a timer at deadline()), then handed back as typing or as a scan. Every key fed comes back exactly
// once, in order. Pure: no QObject, no clock of its own.
class WedgeDetector
{
public:
    explicit WedgeDetector(WedgeConfig config = {});

    // One key; returns what it settled, in order (often nothing: the key is held).
    QList<WedgeOutput> feed(QChar key, qint64 timestampMs);
    // Held keys whose burst ended without a terminator are typing: returned once `nowMs` is past the gap.
    QList<WedgeOutput> expire(qint64 nowMs);
    // Every held key back as typing at once (the input lost focus, the screen changes).
    QList<WedgeOutput> flush();
    // When expire() has something to settle; nothing when no key is held.
    std::optional<qint64> deadline() const;
    const QString& pending() const { return m_pending; }
    const WedgeConfig& config() const { return m_config; }

private:
    bool isTerminator(QChar key) const;
    bool canStillBeScan() const;
    void releaseTyped(QList<WedgeOutput>& out);
    WedgeOutput settle() const;

    WedgeConfig m_config;
    QString m_pending;
    qint64 m_firstMs = 0;
    qint64 m_lastMs = 0;
};

} // namespace wh::devices
