#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace wh::test {

// A real Mosquitto broker for one test: started on a free loopback port with a configuration the test
// writes (extra lines may be added: listeners, TLS, ACLs, persistence), stopped (or killed) when asked or
// when the object goes. Its log is kept for failure messages.
class MosquittoBroker
{
public:
    // The broker's one listener speaks TLS and asks every client for a certificate from caFile; the
    // certificate's common name becomes the username the ACL sees. Anonymous clients are refused.
    struct TlsListener
    {
        QString caFile;
        QString certFile;
        QString keyFile;
    };

    struct Options
    {
        QString extraConfig;
        std::optional<TlsListener> tls;
        // Lines of a Mosquitto ACL file (acl_file); without them every client may use every topic.
        std::optional<QStringList> aclLines;
    };

    explicit MosquittoBroker(QString extraConfig = {});
    explicit MosquittoBroker(Options options);
    ~MosquittoBroker();

    // Starts the broker and waits until it accepts connections. False (with log()) if it did not.
    bool start();
    // Stops it cleanly (SIGTERM: a persistent broker writes its database), or kills it (SIGKILL).
    void stop();
    void kill();
    // Freezes it (SIGSTOP) and thaws it (SIGCONT): its sockets stay open but nothing answers, like a broker
    // behind a dead link.
    void pause();
    void resume();
    bool running() const;

    quint16 port() const { return m_port; }
    QString uri() const; // tcp://127.0.0.1:<port>, or ssl://127.0.0.1:<port> with TLS
    QString dataDir() const { return m_dir.path(); }
    QString log() const;

    // A port nobody listens on right now (the kernel picks it; a race with other programs is possible but
    // harmless here: start() fails clearly).
    static quint16 freePort();

    // The settings a TLS listener gets besides its three files, as "option value" lines in the order
    // written. docs/broker-setup/mosquitto-tls.conf must carry the same, and a test holds it to that.
    static QStringList tlsSettings();

private:
    QTemporaryDir m_dir;
    Options m_options;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
};

} // namespace wh::test
