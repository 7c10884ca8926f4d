#pragma once

// The sync backlog over the last minutes, drawn with QPainter: a line of events waiting per sample, the
// newest value written beside it. Small and cheap enough to repaint every second. (Qt Charts would do it,
// but Debian's build of it is GPL-3; the product keeps to LGPL Qt modules.)

#include <QDateTime>
#include <QList>
#include <QWidget>

#include <cstdint>

namespace wh::ui {

class BacklogChart : public QWidget
{
    Q_OBJECT

public:
    struct Sample
    {
        QDateTime at;
        std::int64_t backlog = 0;
    };

    explicit BacklogChart(QWidget* parent = nullptr);

    // Samples older than the window (before the newest sample's time) are dropped.
    void addSample(const QDateTime& at, std::int64_t backlog);
    void setWindowSeconds(int seconds) { m_windowSeconds = seconds; }
    const QList<Sample>& samples() const { return m_samples; }
    std::int64_t peak() const;

    QSize sizeHint() const override { return {600, 220}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<Sample> m_samples;
    int m_windowSeconds = 600;
};

} // namespace wh::ui
