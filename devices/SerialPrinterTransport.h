#pragma once

#include "PrinterTransport.h"

#include <QSerialPort>

namespace wh::devices {

// A printer on a serial line (RS-232, or USB presenting a tty) with the spec's baud rate, framing and flow
// control. A write counts as handed over only once the tty's output queue has drained.
class SerialPrinterTransport final : public PrinterTransport
{
public:
    explicit SerialPrinterTransport(PrinterConfig config);

    std::optional<LinkError> open() override;
    void close() override;
    bool isOpen() const override;
    WriteOutcome write(const QByteArray& bytes, int stallMs) override;
    ReadOutcome read(int timeoutMs) override;
    QString describe() const override;

private:
    LinkError lost() const;
    // Bytes written to the tty but not yet sent on the line (TIOCOUTQ); 0 when it cannot be asked.
    qint64 outputQueued() const;
    bool linkBroken() const;

    PrinterConfig m_config;
    QSerialPort m_port;
};

} // namespace wh::devices
