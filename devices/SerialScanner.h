#pragma once

#include "Clock.h"
#include "DoubleReadFilter.h"
#include "ScannerConfig.h"
#include "ScanSource.h"

#include <QByteArray>
#include <QSerialPort>
#include <QTimer>

namespace wh::devices {

// A serial scanner (USB-CDC /dev/ttyACM*, an RS-232 adapter /dev/ttyUSB*) read through QSerialPort with
// non-blocking I/O on the thread it lives on. The byte stream is cut into scans on the configured suffix; a
// scan may arrive in any number of reads. What cannot be a whole scan is refused with a reason instead of
// decoded: bytes left over when the scanner is unplugged, a partial scan that sat too long before more bytes
// came, a line longer than the cap, bytes that are not valid in the configured encoding, a missing prefix.
//
// Unplugging is noticed from the port's error (ResourceError) and from the device path: it is looked at on
// every reopen tick, and a path that now leads to another device node (unplugged and plugged back between
// two ticks) counts as unplugged too. A scanner that is gone is opened again when its path is back.
class SerialScanner final : public ScanSource
{
    Q_OBJECT
public:
    // `clock` gives each scan's time (double reads, stale partial scans) and the GS1 century's "today"; it
    // must outlive the scanner and be safe to read from the scanner's thread.
    SerialScanner(ScannerConfig config, const Clock& clock, QObject* parent = nullptr);
    ~SerialScanner() override;

    QString scannerId() const override { return m_config.id; }
    QString station() const override { return m_config.station; }
    ScannerState state() const override { return m_state; }
    QString stateReason() const override { return m_stateReason; }
    const ScannerConfig& config() const { return m_config; }
    // Bytes of a scan under way (no suffix yet): what an unplug now would drop.
    qsizetype pendingBytes() const { return m_discarding ? 0 : m_buffer.size(); }

    void start() override;
    void stop() override;

private:
    void tryOpen();
    void poll();
    void onReadyRead();
    void onError(QSerialPort::SerialPortError error);
    // The device is gone or broken: whatever partial scan is held is refused, the port closed, and the
    // reopen timer keeps looking.
    void lose(ScannerState state, const QString& reason);
    void setState(ScannerState state, const QString& reason);

    void consume(const QDateTime& at);
    void deliverLine(const QByteArray& line, const QDateTime& at);
    void refuse(const QByteArray& bytes, ScanRefusal refusal, const Refusal& reason, const QDateTime& at);
    void emitScan(ScanEvent event, const QDateTime& at);

    ScannerConfig m_config;
    const Clock& m_clock;
    QByteArray m_suffix;
    QSerialPort* m_port;
    QTimer* m_pollTimer;
    DoubleReadFilter m_doubleReads;
    ScannerState m_state = ScannerState::Disconnected;
    QString m_stateReason;
    QString m_openedTarget; // the device node the path led to when it was opened
    QByteArray m_buffer;    // bytes of the scan under way (no suffix yet)
    QDateTime m_lastByteAt;
    bool m_discarding = false; // after an over-long line: bytes are dropped until the next suffix
    bool m_running = false;
    bool m_wasLost = false; // disconnected by lose(): its reason stands until the scanner is back
};

} // namespace wh::devices
