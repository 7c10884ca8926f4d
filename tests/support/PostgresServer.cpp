#include "PostgresServer.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QVersionNumber>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wh::test {

namespace {

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QAtomicInteger<int> s_connections;

} // namespace

PostgresServer::PostgresServer()
    : m_dir(QDir::tempPath() + QStringLiteral("/wh-pg-XXXXXX"))
{}

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::binDir()
{
    // Debian keeps each major version's server programs in its own folder (only the client wrappers are on
    // PATH); the newest installed one is taken.
    QVersionNumber best;
    QString found;
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    for (const QString& version : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = root.filePath(version + QStringLiteral("/bin"));
        if (!QFileInfo(bin + QStringLiteral("/initdb")).isExecutable() ||
            !QFileInfo(bin + QStringLiteral("/pg_ctl")).isExecutable())
            continue;
        const QVersionNumber number = QVersionNumber::fromString(version);
        if (found.isEmpty() || QVersionNumber::compare(number, best) > 0) {
            best = number;
            found = bin;
        }
    }
    return found;
}

QString PostgresServer::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("server.log")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool PostgresServer::runTool(const QString& tool, const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path()); // readable by the postgres user, unlike a root home
    const QString program = m_binDir + QLatin1Char('/') + tool;
    if (m_asPostgresUser)
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                             QStringLiteral("--"), program} +
                                                     arguments);
    else
        process.start(program, arguments);
    if (!process.waitForStarted()) {
        m_error = QStringLiteral("cannot start %1: %2")
                      .arg(m_asPostgresUser ? QStringLiteral("runuser") : program, process.errorString());
        return false;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        m_error = QStringLiteral("%1 did not finish within %2 s").arg(tool).arg(timeoutMs / 1000);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed (exit code %2): %3")
                      .arg(tool)
                      .arg(process.exitCode())
                      .arg(QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool PostgresServer::start()
{
    if (m_running)
        return true;
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    m_binDir = binDir();
    if (m_binDir.isEmpty()) {
        m_error =
            QStringLiteral("no PostgreSQL server installed: /usr/lib/postgresql/<version>/bin/initdb and "
                           "pg_ctl not found (Debian: apt-get install postgresql, or run tools/deps.sh)");
        return false;
    }
    if (::geteuid() == 0) {
        // initdb and postgres stop at once when run as root.
        const passwd* user = ::getpwnam("postgres");
        if (!user) {
            m_error =
                QStringLiteral("running as root, and PostgreSQL will not: there is no 'postgres' user to run "
                               "it as (Debian's postgresql package creates it)");
            return false;
        }
        if (QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty()) {
            m_error =
                QStringLiteral("running as root and runuser (util-linux) is missing: cannot run PostgreSQL "
                               "as the postgres user");
            return false;
        }
        if (::chown(QFile::encodeName(m_dir.path()).constData(), user->pw_uid, user->pw_gid) != 0) {
            m_error = QStringLiteral("cannot hand %1 over to the postgres user").arg(m_dir.path());
            return false;
        }
        m_asPostgresUser = true;
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!runTool(QStringLiteral("initdb"),
                 {QStringLiteral("--pgdata"), data, QStringLiteral("--auth"), QStringLiteral("trust"),
                  QStringLiteral("--username"), QStringLiteral("postgres"), QStringLiteral("--encoding"),
                  QStringLiteral("UTF8"), QStringLiteral("--locale"), QStringLiteral("C"),
                  QStringLiteral("--no-sync")},
                 120000))
        return false;

    // A port picked now may be taken before the server binds it: pick another and try again.
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freeLoopbackPort();
        if (m_port == 0) {
            m_error = QStringLiteral("no free loopback port");
            return false;
        }
        // Settings on the command line, so the cluster's own files stay as initdb wrote them.
        const QString settings =
            QStringLiteral("-c listen_addresses=127.0.0.1 -c port=%1 -c unix_socket_directories=%2 "
                           "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                           "-c shared_buffers=16MB -c max_connections=40")
                .arg(m_port)
                .arg(m_dir.path());
        if (runTool(QStringLiteral("pg_ctl"),
                    {QStringLiteral("--pgdata"), data, QStringLiteral("--log"),
                     m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("--options"), settings,
                     QStringLiteral("--wait"), QStringLiteral("--timeout"), QStringLiteral("60"),
                     QStringLiteral("start")},
                    90000)) {
            m_running = true;
            watchOwner(data);
            return true;
        }
        if (!log().contains(QLatin1String("could not bind")))
            break;
    }
    m_error += QStringLiteral("\n") + log();
    return false;
}

void PostgresServer::watchOwner(const QString& data)
{
    // A test killed at its timeout (or crashing) never runs the destructor: a detached watcher stops the
    // server and removes its folder once this process is gone, so no postmaster outlives its test.
    const QString pgCtl = (m_asPostgresUser ? QStringLiteral("runuser -u postgres -- ") : QString()) +
                          m_binDir + QStringLiteral("/pg_ctl");
    // Its output goes nowhere: an inherited pipe would keep whoever reads the test's output waiting.
    const QString script =
        QStringLiteral("exec </dev/null >/dev/null 2>&1; while kill -0 %1; do sleep 1; done; "
                       "[ -d '%2' ] && %3 --pgdata '%2' --mode immediate stop >/dev/null 2>&1; "
                       "rm -rf '%4'")
            .arg(::getpid())
            .arg(data, pgCtl, m_dir.path());
    QProcess::startDetached(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
}

void PostgresServer::stop()
{
    if (!m_running)
        return;
    m_running = false;
    // Immediate: nothing of a test's data needs a clean shutdown, and the folder goes next.
    runTool(QStringLiteral("pg_ctl"),
            {QStringLiteral("--pgdata"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("--mode"),
             QStringLiteral("immediate"), QStringLiteral("--wait"), QStringLiteral("stop")},
            60000);
}

QString PostgresServer::createDatabase()
{
    if (!m_running) {
        m_error = QStringLiteral("the server is not running");
        return {};
    }
    const QString name = QStringLiteral("test_%1").arg(++m_databases);
    {
        const QString connection =
            QStringLiteral("wh-test-postgres-%1").arg(s_connections.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        if (!db.isValid()) {
            m_error =
                QStringLiteral("the Qt PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)");
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
            return {};
        }
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(QStringLiteral("postgres"));
        bool created = false;
        if (!db.open()) {
            m_error = QStringLiteral("cannot connect to the test server: %1").arg(db.lastError().text());
        } else {
            QSqlQuery q(db);
            created = q.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
            if (!created)
                m_error = QStringLiteral("cannot create database %1: %2").arg(name, q.lastError().text());
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
        if (!created)
            return {};
    }
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(name);
}

} // namespace wh::test
