#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace wh::test {

// A real PostgreSQL server for one test process: a cluster made with Debian's initdb in a temporary folder,
// listening on a free loopback port only (its unix socket inside that folder), trust authentication, fsync
// off (a test's data does not need to survive a power cut). Stopped with `pg_ctl stop -m immediate` when the
// object goes. PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user (Debian's
// postgresql package creates it) through runuser, the folder handed over to it.
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer&) = delete;
    PostgresServer& operator=(const PostgresServer&) = delete;

    // Creates the cluster and starts the server; false with error() (and log()) when it could not.
    bool start();
    void stop();

    // A new, empty database on every call, as a connection string
    // (postgresql://postgres@127.0.0.1:<port>/<name>), so tests never see each other's data. Empty with
    // error() on failure.
    QString createDatabase();

    quint16 port() const { return m_port; }
    QString error() const { return m_error; }
    QString log() const;

    // The newest /usr/lib/postgresql/<version>/bin holding initdb and pg_ctl; empty when none does.
    static QString binDir();

private:
    bool runTool(const QString& tool, const QStringList& arguments, int timeoutMs);
    void watchOwner(const QString& data);

    QTemporaryDir m_dir;
    QString m_binDir;
    bool m_asPostgresUser = false;
    bool m_running = false;
    quint16 m_port = 0;
    int m_databases = 0;
    QString m_error;
};

} // namespace wh::test
