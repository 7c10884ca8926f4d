#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>

class QIODevice;
class QSerialPort;
class QTcpServer;
class QTcpSocket;

namespace wh::test {

// What the fake printer reports in its ~HS and ~HQES answers.
struct FakePrinterFlags
{
    bool paperOut = false;
    bool headOpen = false;
    bool ribbonOut = false;
    bool paused = false;
    bool bufferFull = false;
};

// A Zebra-like label printer for tests, over a real byte stream: a QTcpServer on 127.0.0.1 (a free port,
// as port 9100 would be) or the device end of a socat pty pair (a serial printer). Records every byte,
// splits out the complete ^XA...^XZ formats (the labels it would print), answers ~HS and ~HQES from its
// flags, and misbehaves on request: silent (answers nothing), quiet like a real Zebra (no ~HS answer while
// out of media, ribbon or with its head open), refusing connections (off), dropping the connection or
// stopping reading after some bytes (mid-job). Lives on the test's thread; the test's event loop
// (QTRY_*, QSignalSpy::wait) drives it.
class FakePrinter : public QObject
{
    Q_OBJECT

public:
    FakePrinter();
    ~FakePrinter() override;

    // Network: listens on 127.0.0.1 on a free port.
    bool listen();
    quint16 port() const { return m_port; }
    // The printer is switched off: connections are refused (and the current one is dropped).
    void refuseConnections();
    // Switched on again, on the same port.
    bool acceptConnections();

    // Serial: serves the device end of a pty pair.
    bool attach(const QString& deviceEnd);
    void detach();

    void setFlags(const FakePrinterFlags& flags) { m_flags = flags; }
    FakePrinterFlags flags() const { return m_flags; }
    void setSilent(bool silent) { m_silent = silent; }
    void setZebraQuiet(bool quiet) { m_zebraQuiet = quiet; }
    void setAnswersExtended(bool answers) { m_answersExtended = answers; }
    // Goes silent as soon as it has a complete label (its media ran out while printing it).
    void setSilentAfterLabel(bool silent) { m_silentAfterLabel = silent; }
    // Drops the connection (TCP) once this many more bytes have arrived; -1: never.
    void dropAfter(qint64 bytes) { m_dropAfter = bytes; }
    // Stops reading once this many more bytes have arrived, as a printer that hung mid-job; -1: never.
    void stallAfter(qint64 bytes);
    void resumeReading();

    QByteArray received() const { return m_received; } // every byte, queries included
    QList<QByteArray> labels() const { return m_labels; }
    int statusQueries() const { return m_hostQueries + m_extendedQueries; }
    int hostQueries() const { return m_hostQueries; }
    int connections() const { return m_connections; }
    bool connected() const;

Q_SIGNALS:
    void labelReceived();

private:
    void newConnection();
    void readFrom(QIODevice* device);
    void take(QIODevice* device, const QByteArray& bytes);
    void splitLabels();
    QByteArray hostStatusAnswer() const;
    QByteArray extendedStatusAnswer() const;

    QTcpServer* m_server = nullptr;
    quint16 m_port = 0;
    QPointer<QTcpSocket> m_socket;
    QSerialPort* m_serial = nullptr;

    FakePrinterFlags m_flags;
    bool m_silent = false;
    bool m_zebraQuiet = false;
    bool m_answersExtended = true;
    bool m_silentAfterLabel = false;
    qint64 m_dropAfter = -1;
    qint64 m_stallAfter = -1;
    bool m_stalled = false;

    QByteArray m_received;
    QByteArray m_pending; // bytes not yet told apart as a query or label data
    QByteArray m_data;    // label data, to split into formats
    QList<QByteArray> m_labels;
    int m_hostQueries = 0;
    int m_extendedQueries = 0;
    int m_connections = 0;
};

} // namespace wh::test
