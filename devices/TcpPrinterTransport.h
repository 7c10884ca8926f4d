#pragma once

#include "PrinterTransport.h"

#include <QTcpSocket>

namespace wh::devices {

// A network printer's raw port (9100). The spooler opens it per batch of jobs and closes it when the queue
// is empty, since most printers serve one connection at a time.
class TcpPrinterTransport final : public PrinterTransport
{
public:
    TcpPrinterTransport(QString host, quint16 port, int connectTimeoutMs);

    std::optional<LinkError> open() override;
    void close() override;
    bool isOpen() const override;
    WriteOutcome write(const QByteArray& bytes, int stallMs) override;
    ReadOutcome read(int timeoutMs) override;
    QString describe() const override;

private:
    LinkError lost() const;

    QString m_host;
    quint16 m_port;
    int m_connectTimeoutMs;
    QTcpSocket m_socket;
};

} // namespace wh::devices
