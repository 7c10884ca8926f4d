#include "MosquittoBroker.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <unistd.h>

namespace wh::test {

MosquittoBroker::MosquittoBroker(QString extraConfig)
    : m_extraConfig(std::move(extraConfig))
{}

MosquittoBroker::~MosquittoBroker()
{
    kill();
}

quint16 MosquittoBroker::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString MosquittoBroker::uri() const
{
    return QStringLiteral("tcp://127.0.0.1:%1").arg(m_port);
}

bool MosquittoBroker::start()
{
    if (!m_dir.isValid())
        return false;
    if (m_port == 0)
        m_port = freePort(); // kept across restarts, so clients reconnect to the same address
    QString config = QStringLiteral("listener %1 127.0.0.1\n"
                                    "allow_anonymous true\n"
                                    "log_dest file %2/mosquitto.log\n"
                                    "log_type error\nlog_type warning\nlog_type notice\n"
                                    "persistence_location %2/\n")
                         .arg(m_port)
                         .arg(m_dir.path());
    // As root, Mosquitto drops to the "mosquitto" user, which cannot write the test's folder.
    if (::geteuid() == 0)
        config += QStringLiteral("user root\n");
    config += m_extraConfig;
    QFile file(m_dir.filePath(QStringLiteral("mosquitto.conf")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(config.toUtf8()) < 0)
        return false;
    file.close();

    QString program = QStandardPaths::findExecutable(QStringLiteral("mosquitto"));
    if (program.isEmpty())
        program = QStandardPaths::findExecutable(QStringLiteral("mosquitto"), {QStringLiteral("/usr/sbin")});
    if (program.isEmpty())
        return false;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(program, {QStringLiteral("-c"), file.fileName()});
    if (!m_process->waitForStarted(5000))
        return false;
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running)
            return false;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(20);
    }
    return false;
}

void MosquittoBroker::stop()
{
    if (!m_process)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process.reset();
}

void MosquittoBroker::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
    m_process.reset();
}

bool MosquittoBroker::running() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString MosquittoBroker::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("mosquitto.log")));
    QString text;
    if (file.open(QIODevice::ReadOnly))
        text = QString::fromUtf8(file.readAll());
    if (m_process)
        text += QString::fromUtf8(m_process->readAll());
    return text;
}

} // namespace wh::test
