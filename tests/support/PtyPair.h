#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace wh::test {

// Two pseudo terminals joined back to back by socat, as a serial cable would join a scanner or a printer to
// the appliance: bytes written to one end come out of the other. Each end has a stable path (a symlink the
// test chooses, like a udev name), so a device can be "unplugged" (stop()) and "plugged back in" (start()
// again: the same paths, new terminals behind them).
class PtyPair
{
public:
    PtyPair();
    ~PtyPair();
    PtyPair(const PtyPair&) = delete;
    PtyPair& operator=(const PtyPair&) = delete;

    // Starts socat and waits until both ends exist. False (with error()) if socat is missing or slow.
    bool start();
    // Stops socat: both terminals vanish, as when a USB device is pulled.
    void stop();
    bool running() const;

    // The appliance's end (what a QSerialPort opens) and the device's end (what the test writes to or reads).
    QString applianceEnd() const { return m_dir.filePath(QStringLiteral("appliance")); }
    QString deviceEnd() const { return m_dir.filePath(QStringLiteral("device")); }
    QString error() const { return m_error; }

private:
    QTemporaryDir m_dir;
    QProcess m_socat;
    QString m_error;
};

} // namespace wh::test
