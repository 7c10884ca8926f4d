#include "SerialPrinterTransport.h"

#include <QElapsedTimer>
#include <QThread>

#include <sys/ioctl.h>
#include <termios.h>

namespace wh::devices {

SerialPrinterTransport::SerialPrinterTransport(PrinterConfig config)
    : m_config(std::move(config))
{}

QString SerialPrinterTransport::describe() const
{
    return QStringLiteral("serial %1").arg(m_config.device);
}

LinkError SerialPrinterTransport::lost() const
{
    return LinkError{LinkErrorKind::Lost, QStringLiteral("The serial line to the printer at %1 failed: %2.")
                                              .arg(m_config.device, m_port.errorString())};
}

bool SerialPrinterTransport::linkBroken() const
{
    const auto error = m_port.error();
    return !m_port.isOpen() || (error != QSerialPort::NoError && error != QSerialPort::TimeoutError);
}

std::optional<LinkError> SerialPrinterTransport::open()
{
    close();
    m_port.setPortName(m_config.device);
    if (!m_port.open(QIODevice::ReadWrite))
        return LinkError{LinkErrorKind::OpenFailed,
                         QStringLiteral("Cannot open the printer's serial port %1: %2.")
                             .arg(m_config.device, m_port.errorString())};
    const bool set = m_port.setBaudRate(m_config.baud) && m_port.setDataBits(m_config.dataBits) &&
                     m_port.setParity(m_config.parity) && m_port.setStopBits(m_config.stopBits) &&
                     m_port.setFlowControl(m_config.flow);
    if (!set) {
        const QString reason = m_port.errorString();
        m_port.close();
        return LinkError{
            LinkErrorKind::OpenFailed,
            QStringLiteral("The serial port %1 does not take the printer's settings (%2 baud): %3.")
                .arg(m_config.device)
                .arg(m_config.baud)
                .arg(reason)};
    }
    m_port.clearError();
    return std::nullopt;
}

void SerialPrinterTransport::close()
{
    if (m_port.isOpen())
        m_port.close();
}

bool SerialPrinterTransport::isOpen() const
{
    return m_port.isOpen();
}

qint64 SerialPrinterTransport::outputQueued() const
{
    int queued = 0;
    if (!m_port.isOpen() || ::ioctl(int(m_port.handle()), TIOCOUTQ, &queued) != 0)
        return 0;
    return queued;
}

PrinterTransport::WriteOutcome SerialPrinterTransport::write(const QByteArray& bytes, int stallMs)
{
    WriteOutcome outcome;
    if (!m_port.isOpen()) {
        outcome.error = lost();
        return outcome;
    }
    // Counted from what is left in Qt's buffer: QSerialPort reports bytesWritten one write late, so the
    // signal cannot be summed. Should a failure clear the buffer, this counts too much, never too little:
    // the job then counts as maybe printed, never as safe to send again.
    const qint64 before = m_port.bytesToWrite();
    auto stalled = [&] {
        return LinkError{LinkErrorKind::Stalled,
                         QStringLiteral("The printer at %1 took no data for %2 ms in the middle of a label.")
                             .arg(describe())
                             .arg(stallMs)};
    };
    if (m_port.write(bytes) != bytes.size())
        outcome.error = lost();
    while (!outcome.error && m_port.bytesToWrite() > before) {
        const qint64 pending = m_port.bytesToWrite();
        if (m_port.waitForBytesWritten(stallMs) || m_port.bytesToWrite() < pending)
            continue;
        outcome.error = linkBroken() ? lost() : stalled();
    }
    const qint64 taken = bytes.size() - std::max<qint64>(0, m_port.bytesToWrite() - before);
    // Drained: the tty's output queue empties as the line (or the terminal's other end) takes the bytes.
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    qint64 queued = outputQueued();
    while (!outcome.error && queued > 0) {
        QThread::msleep(2);
        const qint64 now = outputQueued();
        if (now < queued)
            sinceProgress.restart();
        queued = now;
        if (queued > 0 && sinceProgress.elapsed() > stallMs)
            outcome.error = stalled();
    }
    outcome.handedOver = std::clamp<qint64>(taken - outputQueued(), 0, bytes.size());
    return outcome;
}

PrinterTransport::ReadOutcome SerialPrinterTransport::read(int timeoutMs)
{
    ReadOutcome outcome;
    if (m_port.bytesAvailable() == 0 && m_port.isOpen())
        (void)m_port.waitForReadyRead(timeoutMs);
    outcome.bytes = m_port.readAll();
    if (outcome.bytes.isEmpty() && linkBroken())
        outcome.error = lost();
    return outcome;
}

} // namespace wh::devices
