#pragma once

// What the worker sees and hears after every scan or tap that does something: a banner across the screen,
// green with a short high tone when accepted, red with a low double buzz when refused (with the reason in
// plain words), so the answer is clear without looking closely, in gloves, at arm's length. The tones are
// generated once (16-bit PCM WAV in a temporary folder) and played through Qt Multimedia; without a sound
// device the banner alone carries the answer.

#include <QLabel>
#include <QTemporaryDir>

#include <memory>

class QSoundEffect;

namespace wh::ui {

class Feedback : public QLabel
{
    Q_OBJECT

public:
    enum class Tone
    {
        None,
        Accepted,
        Refused,
        Info,
    };
    Q_ENUM(Tone)

    explicit Feedback(QWidget* parent = nullptr);
    ~Feedback() override;

    void accepted(const QString& text);
    void refused(const QString& text);
    void info(const QString& text);
    void clearMessage();

    void setSoundEnabled(bool enabled);
    bool soundEnabled() const { return m_soundEnabled; }
    Tone lastTone() const { return m_last; }

Q_SIGNALS:
    void shown(wh::ui::Feedback::Tone tone, const QString& text);

private:
    void show(Tone tone, const QString& text);
    void play(Tone tone);

    Tone m_last = Tone::None;
    bool m_soundEnabled = false;
    std::unique_ptr<QTemporaryDir> m_toneDir;
    QSoundEffect* m_acceptSound = nullptr;
    QSoundEffect* m_refuseSound = nullptr;
};

} // namespace wh::ui
