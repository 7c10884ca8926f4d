#pragma once

#include "Result.h"

#include <QSerialPort>
#include <QString>

namespace wh::devices {

// Which status a printer is asked for before each job (and after it, to prove it read every byte).
enum class StatusQuery
{
    HostStatus,    // ~HS (every Zebra ZPL printer)
    HostAndErrors, // ~HS and ~HQES (newer printers: ~HQES still answers when ~HS goes quiet on media out)
    None,          // a printer that answers nothing: jobs count as printed once sent
};

// One printer, from its one-line spec:
//   tcp://10.0.0.5:9100,name=dock-1,dpi=203
//   serial:/dev/ttyUSB0,baud=9600,parity=none,flow=rtscts,name=pack-2
// Keys (all but name optional): name, dpi (152, 203, 300, 600), status (hs, hqes, none); serial only: baud,
// databits (7, 8), parity (none, even, odd), stopbits (1, 2), flow (none, rtscts, xonxoff): the same names
// as a scanner's spec.
struct PrinterConfig
{
    enum class Link
    {
        Tcp,
        Serial
    };

    Link link = Link::Tcp;
    QString name;
    QString host;
    quint16 port = 9100;
    QString device; // serial
    qint32 baud = 9600;
    QSerialPort::DataBits dataBits = QSerialPort::Data8;
    QSerialPort::Parity parity = QSerialPort::NoParity;
    QSerialPort::StopBits stopBits = QSerialPort::OneStop;
    QSerialPort::FlowControl flow = QSerialPort::NoFlowControl;
    int dpi = 203;
    StatusQuery status = StatusQuery::HostStatus;

    // A refusal names the key at fault and what it accepts.
    static Result<PrinterConfig> parse(const QString& spec);
    QString toSpec() const;  // parse(toSpec()) gives the same config
    QString address() const; // "10.0.0.5:9100" or "/dev/ttyUSB0"
};

} // namespace wh::devices
