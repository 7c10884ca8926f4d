#include "MosquittoBroker.h"

#include <csignal>

#include <QDeadlineTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <unistd.h>

namespace wh::test {

MosquittoBroker::MosquittoBroker(QString extraConfig)
    : MosquittoBroker(Options{std::move(extraConfig), std::nullopt, std::nullopt})
{}

MosquittoBroker::MosquittoBroker(Options options)
    : m_options(std::move(options))
{}

QStringList MosquittoBroker::tlsSettings()
{
    // use_identity_as_username: the certificate, not a password the client chooses, names the client to
    // the ACL. TLS 1.2 is the oldest version still considered safe; Mosquitto accepts newer ones too.
    return {QStringLiteral("require_certificate true"), QStringLiteral("use_identity_as_username true"),
            QStringLiteral("tls_version tlsv1.2"), QStringLiteral("allow_anonymous false")};
}

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
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(m_options.tls ? QStringLiteral("ssl") : QStringLiteral("tcp"))
        .arg(m_port);
}

bool MosquittoBroker::start()
{
    if (!m_dir.isValid())
        return false;
    if (m_port == 0)
        m_port = freePort(); // kept across restarts, so clients reconnect to the same address
    QString config = QStringLiteral("listener %1 127.0.0.1\n").arg(m_port);
    if (const auto& tls = m_options.tls) {
        config += QStringLiteral("cafile %1\ncertfile %2\nkeyfile %3\n")
                      .arg(tls->caFile, tls->certFile, tls->keyFile);
        config += tlsSettings().join(QLatin1Char('\n')) + QLatin1Char('\n');
    } else {
        config += QStringLiteral("allow_anonymous true\n");
    }
    config += QStringLiteral("log_dest file %1/mosquitto.log\n"
                             "log_type error\nlog_type warning\nlog_type notice\n"
                             "persistence_location %1/\n")
                  .arg(m_dir.path());
    if (const auto& lines = m_options.aclLines) {
        const QString aclPath = m_dir.filePath(QStringLiteral("acl.conf"));
        QFile acl(aclPath);
        if (!acl.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            acl.write((lines->join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8()) < 0)
            return false;
        config += QStringLiteral("acl_file %1\n").arg(aclPath);
    }
    // As root, Mosquitto drops to the "mosquitto" user, which cannot write the test's folder.
    if (::geteuid() == 0)
        config += QStringLiteral("user root\n");
    config += m_options.extraConfig;
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

void MosquittoBroker::pause()
{
    if (m_process)
        ::kill(pid_t(m_process->processId()), SIGSTOP);
}

void MosquittoBroker::resume()
{
    if (m_process)
        ::kill(pid_t(m_process->processId()), SIGCONT);
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
