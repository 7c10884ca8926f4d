#include "TcpPrinterTransport.h"

namespace wh::devices {

TcpPrinterTransport::TcpPrinterTransport(QString host, quint16 port, int connectTimeoutMs)
    : m_host(std::move(host))
    , m_port(port)
    , m_connectTimeoutMs(connectTimeoutMs)
{}

QString TcpPrinterTransport::describe() const
{
    return QStringLiteral("tcp %1:%2").arg(m_host).arg(m_port);
}

LinkError TcpPrinterTransport::lost() const
{
    return LinkError{LinkErrorKind::Lost, QStringLiteral("The connection to the printer at %1 broke: %2.")
                                              .arg(describe(), m_socket.errorString())};
}

std::optional<LinkError> TcpPrinterTransport::open()
{
    close();
    m_socket.connectToHost(m_host, m_port);
    if (m_socket.waitForConnected(m_connectTimeoutMs)) {
        // The small ~HS after a label must not wait for the label's acknowledgement (Nagle against delayed
        // ACK: about 40 ms per label).
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        return std::nullopt;
    }
    const auto error = m_socket.error();
    const QString reason = m_socket.errorString();
    m_socket.abort();
    if (error == QAbstractSocket::SocketTimeoutError)
        return LinkError{
            LinkErrorKind::Timeout,
            QStringLiteral("The printer at %1 did not accept a connection within %2 ms: is it on "
                           "and on the network?")
                .arg(describe())
                .arg(m_connectTimeoutMs)};
    if (error == QAbstractSocket::ConnectionRefusedError)
        return LinkError{
            LinkErrorKind::Refused,
            QStringLiteral("The printer at %1 refused the connection: it is off, starting up, or "
                           "busy with another computer.")
                .arg(describe())};
    return LinkError{LinkErrorKind::Refused,
                     QStringLiteral("Cannot connect to the printer at %1: %2.").arg(describe(), reason)};
}

void TcpPrinterTransport::close()
{
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        return;
    // Bytes still in Qt's buffer would never be known to have left: close() after a complete write only.
    m_socket.abort();
}

bool TcpPrinterTransport::isOpen() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

PrinterTransport::WriteOutcome TcpPrinterTransport::write(const QByteArray& bytes, int stallMs)
{
    WriteOutcome outcome;
    if (!isOpen()) {
        outcome.error = lost();
        return outcome;
    }
    // Counted as the kernel takes them (Qt's bytesWritten): a connection that breaks may drop Qt's buffer,
    // so what is left in it says nothing about what went out.
    qint64 taken = 0;
    const auto counter =
        QObject::connect(&m_socket, &QTcpSocket::bytesWritten, &m_socket, [&taken](qint64 n) { taken += n; });
    if (m_socket.write(bytes) != bytes.size())
        outcome.error = lost();
    while (!outcome.error && m_socket.bytesToWrite() > 0) {
        const qint64 before = taken;
        if (m_socket.waitForBytesWritten(stallMs) || taken > before)
            continue;
        if (m_socket.state() != QAbstractSocket::ConnectedState ||
            m_socket.error() != QAbstractSocket::SocketTimeoutError)
            outcome.error = lost();
        else
            outcome.error =
                LinkError{LinkErrorKind::Stalled,
                          QStringLiteral("The printer at %1 took no data for %2 ms in the middle of a "
                                         "label.")
                              .arg(describe())
                              .arg(stallMs)};
    }
    QObject::disconnect(counter);
    outcome.handedOver = std::min<qint64>(taken, bytes.size());
    return outcome;
}

PrinterTransport::ReadOutcome TcpPrinterTransport::read(int timeoutMs)
{
    ReadOutcome outcome;
    if (m_socket.bytesAvailable() == 0 && m_socket.state() == QAbstractSocket::ConnectedState)
        (void)m_socket.waitForReadyRead(timeoutMs);
    outcome.bytes = m_socket.readAll();
    if (outcome.bytes.isEmpty() && m_socket.state() != QAbstractSocket::ConnectedState)
        outcome.error = lost();
    return outcome;
}

} // namespace wh::devices
