#include "PrinterTransport.h"

#include "SerialPrinterTransport.h"
#include "TcpPrinterTransport.h"

namespace wh::devices {

QString linkErrorKindName(LinkErrorKind kind)
{
    switch (kind) {
    case LinkErrorKind::Refused:
        return QStringLiteral("refused");
    case LinkErrorKind::Timeout:
        return QStringLiteral("timeout");
    case LinkErrorKind::OpenFailed:
        return QStringLiteral("open_failed");
    case LinkErrorKind::Lost:
        return QStringLiteral("lost");
    case LinkErrorKind::Stalled:
        return QStringLiteral("stalled");
    }
    return QStringLiteral("unknown");
}

std::unique_ptr<PrinterTransport> makePrinterTransport(const PrinterConfig& config, int connectTimeoutMs)
{
    if (config.link == PrinterConfig::Link::Tcp)
        return std::make_unique<TcpPrinterTransport>(config.host, config.port, connectTimeoutMs);
    return std::make_unique<SerialPrinterTransport>(config);
}

} // namespace wh::devices
