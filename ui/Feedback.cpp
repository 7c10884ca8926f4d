#include "Feedback.h"

#include <QFile>
#include <QSoundEffect>
#include <QUrl>
#include <QtEndian>

#include <cmath>
#include <numbers>

namespace wh::ui {

namespace {

// A mono 16-bit WAV of tones: (frequency Hz, duration ms) pairs, 0 Hz is silence.
QByteArray toneWav(const QList<std::pair<int, int>>& parts)
{
    constexpr int rate = 22050;
    QByteArray pcm;
    for (const auto& [hz, ms] : parts) {
        const int samples = rate * ms / 1000;
        for (int i = 0; i < samples; ++i) {
            // A short fade at both ends keeps the speaker from clicking.
            const double fade = std::min({1.0, i / 200.0, (samples - i) / 200.0});
            const double v = hz == 0 ? 0.0 : 0.6 * fade * std::sin(2.0 * std::numbers::pi * hz * i / rate);
            const qint16 sample = qToLittleEndian(static_cast<qint16>(v * 32767));
            pcm.append(reinterpret_cast<const char*>(&sample), 2);
        }
    }
    QByteArray wav;
    const auto u32 = [&](quint32 v) {
        v = qToLittleEndian(v);
        wav.append(reinterpret_cast<const char*>(&v), 4);
    };
    const auto u16 = [&](quint16 v) {
        v = qToLittleEndian(v);
        wav.append(reinterpret_cast<const char*>(&v), 2);
    };
    wav.append("RIFF");
    u32(36 + quint32(pcm.size()));
    wav.append("WAVEfmt ");
    u32(16);
    u16(1); // PCM
    u16(1); // mono
    u32(rate);
    u32(rate * 2);
    u16(2);
    u16(16);
    wav.append("data");
    u32(quint32(pcm.size()));
    wav.append(pcm);
    return wav;
}

} // namespace

Feedback::Feedback(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("feedbackBanner"));
    setAccessibleDescription(tr("Result of the last scan or action"));
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setMinimumHeight(64);
    clearMessage();
}

Feedback::~Feedback() = default;

void Feedback::accepted(const QString& text)
{
    show(Tone::Accepted, text);
}

void Feedback::refused(const QString& text)
{
    show(Tone::Refused, text);
}

void Feedback::info(const QString& text)
{
    show(Tone::Info, text);
}

void Feedback::clearMessage()
{
    setText(QString());
    setProperty("tone", QStringLiteral("none"));
    setStyleSheet(QStringLiteral("QLabel { background: #20252b; color: #ffffff; }"));
}

void Feedback::show(Tone tone, const QString& text)
{
    m_last = tone;
    setText(text);
    const char* name = tone == Tone::Accepted ? "accepted" : tone == Tone::Refused ? "refused" : "info";
    setProperty("tone", QString::fromLatin1(name));
    // High contrast: white on a saturated green or red, black on amber for information.
    const QString style = tone == Tone::Accepted  ? QStringLiteral("background: #0a7a2f; color: #ffffff;")
                          : tone == Tone::Refused ? QStringLiteral("background: #b00020; color: #ffffff;")
                                                  : QStringLiteral("background: #ffc400; color: #000000;");
    setStyleSheet(QStringLiteral("QLabel { %1 font-size: 26px; font-weight: bold; padding: 8px; }").arg(style));
    play(tone);
    Q_EMIT shown(tone, text);
}

void Feedback::setSoundEnabled(bool enabled)
{
    m_soundEnabled = enabled;
    if (!enabled || m_acceptSound)
        return;
    m_toneDir = std::make_unique<QTemporaryDir>();
    if (!m_toneDir->isValid())
        return;
    const auto make = [&](const QString& name, const QByteArray& wav) -> QSoundEffect* {
        QFile file(m_toneDir->filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(wav) != wav.size())
            return nullptr;
        file.close();
        auto* effect = new QSoundEffect(this);
        effect->setSource(QUrl::fromLocalFile(file.fileName()));
        effect->setVolume(1.0);
        return effect;
    };
    m_acceptSound = make(QStringLiteral("accepted.wav"), toneWav({{1760, 90}}));
    m_refuseSound = make(QStringLiteral("refused.wav"), toneWav({{220, 160}, {0, 70}, {220, 220}}));
}

void Feedback::play(Tone tone)
{
    if (!m_soundEnabled)
        return;
    QSoundEffect* effect = tone == Tone::Accepted ? m_acceptSound : tone == Tone::Refused ? m_refuseSound : nullptr;
    if (effect)
        effect->play();
}

} // namespace wh::ui
