#include "FakePrinter.h"

#include <QHostAddress>
#include <QSerialPort>
#include <QTcpServer>
#include <QTcpSocket>

namespace wh::test {

namespace {

constexpr qint64 kReadBuffer = 16 * 1024; // small, so a printer that stops reading fills the line fast

QByteArray frame(const QByteArray& content)
{
    return '\x02' + content + "\x03\r\n";
}

} // namespace

FakePrinter::FakePrinter() = default;

FakePrinter::~FakePrinter()
{
    detach();
    if (m_socket)
        m_socket->abort();
}

bool FakePrinter::listen()
{
    if (!m_server) {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &FakePrinter::newConnection);
    }
    if (!m_server->listen(QHostAddress::LocalHost, m_port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

void FakePrinter::refuseConnections()
{
    if (m_server)
        m_server->close();
    if (m_socket)
        m_socket->abort();
}

bool FakePrinter::acceptConnections()
{
    return listen();
}

bool FakePrinter::attach(const QString& deviceEnd)
{
    detach();
    m_serial = new QSerialPort(deviceEnd, this);
    if (!m_serial->open(QIODevice::ReadWrite)) {
        delete m_serial;
        m_serial = nullptr;
        return false;
    }
    m_serial->setReadBufferSize(kReadBuffer);
    connect(m_serial, &QSerialPort::readyRead, this, [this] { readFrom(m_serial); });
    ++m_connections;
    return true;
}

void FakePrinter::detach()
{
    if (!m_serial)
        return;
    m_serial->close();
    delete m_serial;
    m_serial = nullptr;
}

bool FakePrinter::connected() const
{
    return (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) || m_serial;
}

void FakePrinter::stallAfter(qint64 bytes)
{
    m_stallAfter = bytes;
    m_stalled = bytes == 0;
}

void FakePrinter::resumeReading()
{
    m_stalled = false;
    m_stallAfter = -1;
    if (m_socket)
        readFrom(m_socket);
    if (m_serial)
        readFrom(m_serial);
}

void FakePrinter::newConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        // One connection at a time, as a printer's raw port: a new one replaces the old.
        if (m_socket)
            m_socket->abort();
        m_socket = socket;
        ++m_connections;
        socket->setReadBufferSize(kReadBuffer);
        // A small window only when asked to stall, so the line fills fast; otherwise the kernel's own, or
        // its window updates would pace every transfer at the peer's delayed ACK.
        if (m_stallAfter >= 0 || m_stalled)
            socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // answers go at once, as a printer's

        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        readFrom(socket);
    }
}

void FakePrinter::readFrom(QIODevice* device)
{
    while (!m_stalled && device->bytesAvailable() > 0) {
        qint64 want = device->bytesAvailable();
        if (m_stallAfter >= 0)
            want = std::min(want, m_stallAfter);
        if (m_dropAfter >= 0)
            want = std::min(want, m_dropAfter);
        const QByteArray bytes = device->read(want);
        if (m_stallAfter >= 0) {
            m_stallAfter -= bytes.size();
            if (m_stallAfter == 0)
                m_stalled = true; // from now on the bytes stay in the line
        }
        take(device, bytes);
        if (m_dropAfter >= 0) {
            m_dropAfter -= bytes.size();
            if (m_dropAfter == 0) {
                m_dropAfter = -1;
                if (auto* socket = qobject_cast<QTcpSocket*>(device))
                    socket->abort();
                return;
            }
        }
    }
}

void FakePrinter::take(QIODevice* device, const QByteArray& bytes)
{
    m_received += bytes;
    m_pending += bytes;
    // Tilde commands are answered as they arrive, in stream order: a label before a query is complete
    // (and may have silenced the printer) by the time the query is seen. Everything else is label data.
    static const QByteArray kHost = QByteArrayLiteral("~HS");
    static const QByteArray kExtended = QByteArrayLiteral("~HQES");
    qsizetype at = 0;
    while (at < m_pending.size()) {
        const QByteArrayView rest = QByteArrayView(m_pending).sliced(at);
        if (rest.startsWith(kExtended)) {
            splitLabels();
            ++m_extendedQueries;
            if (!m_silent && m_answersExtended)
                device->write(extendedStatusAnswer());
            at += kExtended.size();
        } else if (rest.startsWith(kHost)) {
            splitLabels();
            ++m_hostQueries;
            const bool quiet = m_zebraQuiet && (m_flags.paperOut || m_flags.headOpen || m_flags.ribbonOut);
            if (!m_silent && !quiet)
                device->write(hostStatusAnswer());
            at += kHost.size();
        } else if (QByteArrayView(kExtended).startsWith(rest) || QByteArrayView(kHost).startsWith(rest)) {
            break; // a query cut between reads: wait for the rest
        } else {
            m_data += m_pending[at];
            ++at;
        }
    }
    m_pending.remove(0, at);
    splitLabels();
}

void FakePrinter::splitLabels()
{
    for (;;) {
        const qsizetype start = m_data.indexOf("^XA");
        if (start < 0)
            break;
        const qsizetype end = m_data.indexOf("^XZ", start + 3);
        if (end < 0)
            break;
        m_labels.append(m_data.mid(start, end + 3 - start));
        m_data.remove(0, end + 3);
        if (m_silentAfterLabel)
            m_silent = true;
        Q_EMIT labelReceived();
    }
}

QByteArray FakePrinter::hostStatusAnswer() const
{
    auto b = [](bool v) {
        return QByteArray(v ? "1" : "0");
    };
    return frame("030," + b(m_flags.paperOut) + ',' + b(m_flags.paused) + ",1218,000," +
                 b(m_flags.bufferFull) + ",0,0,000,0,0,0") +
           frame("001,0," + b(m_flags.headOpen) + ',' + b(m_flags.ribbonOut) + ",0,2,6,0,00000000,1,000") +
           frame("1234,0");
}

QByteArray FakePrinter::extendedStatusAnswer() const
{
    std::uint32_t errors = 0;
    if (m_flags.paperOut)
        errors |= 0x1;
    if (m_flags.ribbonOut)
        errors |= 0x2;
    if (m_flags.headOpen)
        errors |= 0x4;
    const QByteArray group1 = QByteArray::number(errors, 16).toUpper().rightJustified(8, '0');
    return frame("\r\nPRINTER STATUS\r\n   ERRORS:         " + QByteArray(errors ? "1" : "0") + " 00000000 " +
                 group1 + "\r\n   WARNINGS:       0 00000000 00000000\r\n");
}

} // namespace wh::test
