#include "PtyPair.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

namespace wh::test {

PtyPair::PtyPair() = default;

PtyPair::~PtyPair()
{
    stop();
}

bool PtyPair::start()
{
    stop();
    m_error.clear();
    // raw, no echo: the line discipline passes every byte through untouched, as a real serial line does.
    const QString options = QStringLiteral(",raw,echo=0,link=");
    m_socat.setProcessChannelMode(QProcess::MergedChannels);
    m_socat.start(QStringLiteral("socat"),
                  {QStringLiteral("-d"), QStringLiteral("pty") + options + applianceEnd(),
                   QStringLiteral("pty") + options + deviceEnd()});
    if (!m_socat.waitForStarted(5000)) {
        m_error = QStringLiteral("socat did not start (is it installed? tools/deps.sh): ") + m_socat.errorString();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 5000) {
        if (QFileInfo::exists(applianceEnd()) && QFileInfo::exists(deviceEnd()))
            return true;
        if (m_socat.state() != QProcess::Running) {
            m_error = QStringLiteral("socat ended: ") + QString::fromLocal8Bit(m_socat.readAll());
            return false;
        }
        QThread::msleep(5);
    }
    m_error = QStringLiteral("socat made no terminals within 5 s: ") + QString::fromLocal8Bit(m_socat.readAll());
    stop();
    return false;
}

void PtyPair::stop()
{
    if (m_socat.state() == QProcess::NotRunning)
        return;
    m_socat.terminate();
    if (!m_socat.waitForFinished(3000)) {
        m_socat.kill();
        m_socat.waitForFinished(3000);
    }
}

bool PtyPair::running() const
{
    return m_socat.state() == QProcess::Running;
}

} // namespace wh::test
