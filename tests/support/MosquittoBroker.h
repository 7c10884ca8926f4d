#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace wh::test {

// A real Mosquitto broker for one test: started on a free loopback port with a configuration the test
// writes (extra lines may be added: listeners, TLS, ACLs, persistence), stopped (or killed) when asked or
// when the object goes. Its log is kept for failure messages.
class MosquittoBroker
{
public:
    explicit MosquittoBroker(QString extraConfig = {});
    ~MosquittoBroker();

    // Starts the broker and waits until it accepts connections. False (with log()) if it did not.
    bool start();
    // Stops it cleanly (SIGTERM: a persistent broker writes its database), or kills it (SIGKILL).
    void stop();
    void kill();
    bool running() const;

    quint16 port() const { return m_port; }
    QString uri() const; // tcp://127.0.0.1:<port>
    QString dataDir() const { return m_dir.path(); }
    QString log() const;

    // A port nobody listens on right now (the kernel picks it; a race with other programs is possible but
    // harmless here: start() fails clearly).
    static quint16 freePort();

private:
    QTemporaryDir m_dir;
    QString m_extraConfig;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
};

} // namespace wh::test
