#include "BacklogChart.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace wh::ui {

BacklogChart::BacklogChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("syncBacklogChart"));
    setAccessibleName(tr("Sync backlog over the last minutes"));
    setMinimumHeight(160);
}

void BacklogChart::addSample(const QDateTime& at, std::int64_t backlog)
{
    m_samples.append(Sample{at, backlog});
    const QDateTime oldest = at.addSecs(-m_windowSeconds);
    while (!m_samples.isEmpty() && m_samples.front().at < oldest)
        m_samples.removeFirst();
    update();
}

std::int64_t BacklogChart::peak() const
{
    std::int64_t top = 0;
    for (const Sample& s : m_samples)
        top = std::max(top, s.backlog);
    return top;
}

void BacklogChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), QColor(0xff, 0xff, 0xff));
    const QRectF plot = QRectF(rect()).adjusted(70, 12, -16, -30);
    p.setPen(QPen(QColor(0x1b, 0x2a, 0x3a), 2));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    QFont small = font();
    small.setPixelSize(16);
    p.setFont(small);
    const std::int64_t top = std::max<std::int64_t>(1, peak());
    p.drawText(QRectF(0, plot.top() - 8, 64, 20), Qt::AlignRight | Qt::AlignVCenter, QString::number(top));
    p.drawText(QRectF(0, plot.bottom() - 12, 64, 20), Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));
    p.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), 22), Qt::AlignLeft,
               tr("%n minute(s) ago", "", m_windowSeconds / 60));
    p.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), 22), Qt::AlignRight, tr("now"));
    if (m_samples.isEmpty()) {
        p.drawText(plot, Qt::AlignCenter, tr("No samples yet"));
        return;
    }
    const QDateTime end = m_samples.back().at;
    const double span = m_windowSeconds * 1000.0;
    QPainterPath line;
    for (qsizetype i = 0; i < m_samples.size(); ++i) {
        const double ageMs = double(m_samples[i].at.msecsTo(end));
        const QPointF point(plot.right() - plot.width() * ageMs / span,
                            plot.bottom() - plot.height() * double(m_samples[i].backlog) / double(top));
        if (i == 0)
            line.moveTo(point);
        else
            line.lineTo(point);
    }
    p.setPen(QPen(QColor(0x00, 0x50, 0xb3), 3));
    p.drawPath(line);
}

} // namespace wh::ui
