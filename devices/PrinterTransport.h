#pragma once

#include "PrinterConfig.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace wh::devices {

// Why the link to a printer failed.
enum class LinkErrorKind
{
    Refused,    // nothing accepts connections there (the printer is off, or another host holds it)
    Timeout,    // connecting took longer than allowed
    OpenFailed, // the serial port cannot be opened (missing, busy, no permission) or set up
    Lost,       // the connection broke (the printer closed it, was switched off, the cable was pulled)
    Stalled,    // the printer stopped taking bytes mid-write
};

QString linkErrorKindName(LinkErrorKind kind);

struct LinkError
{
    LinkErrorKind kind = LinkErrorKind::Lost;
    QString message; // plain words, naming the printer's address
};

// The byte pipe to one printer (a TCP socket to port 9100, a serial port). Blocking calls with bounded
// waits: a transport belongs to a spooler on its own worker thread, never to the GUI thread, and is created,
// used and destroyed there.
class PrinterTransport
{
public:
    virtual ~PrinterTransport() = default;

    // Connects (TCP: within the connect timeout) or opens the port; nullopt when it worked.
    virtual std::optional<LinkError> open() = 0;
    virtual void close() = 0;
    virtual bool isOpen() const = 0;

    struct WriteOutcome
    {
        qint64 handedOver = 0; // bytes that left the appliance (TCP: taken by the kernel; serial: drained)
        std::optional<LinkError> error;
    };
    // Writes every byte, or stops at the first failure, or when nothing moved for `stallMs` (a printer that
    // stopped reading). A slow printer that keeps reading is never cut off.
    virtual WriteOutcome write(const QByteArray& bytes, int stallMs) = 0;

    struct ReadOutcome
    {
        QByteArray bytes; // empty: nothing came in time
        std::optional<LinkError> error;
    };
    // Waits up to `timeoutMs` for bytes from the printer (0: takes what is there).
    virtual ReadOutcome read(int timeoutMs) = 0;
    // "tcp 10.0.0.5:9100", for messages.
    virtual QString describe() const = 0;
};

// The transport a printer's spec asks for; connectTimeoutMs bounds a TCP connect.
std::unique_ptr<PrinterTransport> makePrinterTransport(const PrinterConfig& config, int connectTimeoutMs);

} // namespace wh::devices
