#include "PrinterConfig.h"

#include <QHostAddress>
#include <QSet>
#include <QStringList>

namespace wh::devices {

namespace {

Error refuse(const QString& spec, const QString& why)
{
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("Printer \"%1\": %2.").arg(spec, why));
}

// A host name as DNS allows it (letters, digits, - and .), or an IP address.
bool validHost(const QString& host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    if (!QHostAddress(host).isNull())
        return true;
    for (QChar c : host)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('.'))
            return false;
    return !host.startsWith(QLatin1Char('-')) && !host.startsWith(QLatin1Char('.'));
}

bool validName(const QString& name)
{
    if (name.isEmpty() || name.size() > 32)
        return false;
    for (QChar c : name)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('_'))
            return false;
    return true;
}

} // namespace

Result<PrinterConfig> PrinterConfig::parse(const QString& spec)
{
    const QString trimmed = spec.trimmed();
    QStringList parts = trimmed.split(QLatin1Char(','));
    const QString target = parts.takeFirst().trimmed();
    PrinterConfig config;
    if (target.startsWith(QLatin1String("tcp://"))) {
        config.link = Link::Tcp;
        QString rest = target.mid(6);
        QString portText;
        if (rest.startsWith(QLatin1Char('['))) { // [IPv6]:port
            const qsizetype close = rest.indexOf(QLatin1Char(']'));
            if (close < 0)
                return refuse(trimmed, QStringLiteral("the address has a [ without its ]"));
            config.host = rest.mid(1, close - 1);
            rest = rest.mid(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
                return refuse(trimmed, QStringLiteral("expected :port after the address"));
            portText = rest.mid(1);
            if (QHostAddress(config.host).protocol() != QAbstractSocket::IPv6Protocol)
                return refuse(trimmed,
                              QStringLiteral("\"%1\" in [ ] is not an IPv6 address").arg(config.host));
        } else {
            const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
            config.host = colon < 0 ? rest : rest.left(colon);
            portText = colon < 0 ? QString() : rest.mid(colon + 1);
            if (!validHost(config.host))
                return refuse(trimmed,
                              QStringLiteral("\"%1\" is not a host name or IP address").arg(config.host));
        }
        if (!portText.isNull()) {
            bool ok = false;
            const int port = portText.toInt(&ok);
            if (!ok || port < 1 || port > 65535)
                return refuse(
                    trimmed, QStringLiteral("the port \"%1\" is not a number from 1 to 65535").arg(portText));
            config.port = quint16(port);
        }
    } else if (target.startsWith(QLatin1String("serial:"))) {
        config.link = Link::Serial;
        config.device = target.mid(7);
        if (!config.device.startsWith(QLatin1Char('/')) || config.device.size() < 2)
            return refuse(trimmed, QStringLiteral("the serial device must be a path such as /dev/ttyUSB0"));
    } else {
        return refuse(trimmed, QStringLiteral("it must start with tcp://host:port or serial:/dev/..."));
    }

    QSet<QString> seen;
    for (const QString& part : std::as_const(parts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString key = (eq < 0 ? part : part.left(eq)).trimmed();
        const QString value = eq < 0 ? QString() : part.mid(eq + 1).trimmed();
        if (key.isEmpty())
            return refuse(trimmed, QStringLiteral("an empty setting (two commas in a row?)"));
        if (eq < 0 || value.isEmpty())
            return refuse(trimmed, QStringLiteral("%1 needs a value (%1=...)").arg(key));
        if (seen.contains(key))
            return refuse(trimmed, QStringLiteral("%1 is given twice").arg(key));
        seen.insert(key);
        auto number = [&](int low, int high) -> std::optional<int> {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok || n < low || n > high)
                return std::nullopt;
            return n;
        };
        const bool serial = config.link == Link::Serial;
        auto serialOnly = [&]() {
            return refuse(trimmed,
                          QStringLiteral("%1 is a serial setting; this is a network printer").arg(key));
        };
        if (key == QLatin1String("name")) {
            if (!validName(value))
                return refuse(trimmed,
                              QStringLiteral("name \"%1\" must be 1-32 letters, digits, - or _").arg(value));
            config.name = value;
        } else if (key == QLatin1String("dpi")) {
            const auto dpi = number(1, 1200);
            if (!dpi || (*dpi != 152 && *dpi != 203 && *dpi != 300 && *dpi != 600))
                return refuse(trimmed, QStringLiteral("dpi \"%1\" must be 152, 203, 300 or 600").arg(value));
            config.dpi = *dpi;
        } else if (key == QLatin1String("status")) {
            if (value == QLatin1String("hs"))
                config.status = StatusQuery::HostStatus;
            else if (value == QLatin1String("hqes"))
                config.status = StatusQuery::HostAndErrors;
            else if (value == QLatin1String("none"))
                config.status = StatusQuery::None;
            else
                return refuse(trimmed, QStringLiteral("status \"%1\" must be hs, hqes or none").arg(value));
        } else if (key == QLatin1String("baud")) {
            if (!serial)
                return serialOnly();
            static const QList<int> rates{1200, 2400, 4800, 9600, 14400, 19200, 28800, 38400, 57600, 115200};
            const auto baud = number(1, 10000000);
            if (!baud || !rates.contains(*baud))
                return refuse(trimmed,
                              QStringLiteral("baud \"%1\" must be one of 1200, 2400, 4800, 9600, 14400, "
                                             "19200, 28800, 38400, 57600, 115200")
                                  .arg(value));
            config.baud = *baud;
        } else if (key == QLatin1String("databits")) {
            if (!serial)
                return serialOnly();
            if (value != QLatin1String("7") && value != QLatin1String("8"))
                return refuse(trimmed, QStringLiteral("databits \"%1\" must be 7 or 8").arg(value));
            config.dataBits = value == QLatin1String("7") ? QSerialPort::Data7 : QSerialPort::Data8;
        } else if (key == QLatin1String("parity")) {
            if (!serial)
                return serialOnly();
            if (value == QLatin1String("none"))
                config.parity = QSerialPort::NoParity;
            else if (value == QLatin1String("even"))
                config.parity = QSerialPort::EvenParity;
            else if (value == QLatin1String("odd"))
                config.parity = QSerialPort::OddParity;
            else
                return refuse(trimmed, QStringLiteral("parity \"%1\" must be none, even or odd").arg(value));
        } else if (key == QLatin1String("stopbits")) {
            if (!serial)
                return serialOnly();
            if (value != QLatin1String("1") && value != QLatin1String("2"))
                return refuse(trimmed, QStringLiteral("stopbits \"%1\" must be 1 or 2").arg(value));
            config.stopBits = value == QLatin1String("1") ? QSerialPort::OneStop : QSerialPort::TwoStop;
        } else if (key == QLatin1String("flow")) {
            if (!serial)
                return serialOnly();
            if (value == QLatin1String("none"))
                config.flow = QSerialPort::NoFlowControl;
            else if (value == QLatin1String("rtscts"))
                config.flow = QSerialPort::HardwareControl;
            else if (value == QLatin1String("xonxoff"))
                config.flow = QSerialPort::SoftwareControl;
            else
                return refuse(trimmed,
                              QStringLiteral("flow \"%1\" must be none, rtscts or xonxoff").arg(value));
        } else {
            return refuse(trimmed,
                          QStringLiteral("unknown setting \"%1\" (known: name, dpi, status%2)")
                              .arg(key, serial ? QStringLiteral(", baud, databits, parity, stopbits, flow")
                                               : QString()));
        }
    }
    if (config.name.isEmpty())
        return refuse(trimmed,
                      QStringLiteral("name is missing (name=dock-1): jobs are queued by printer name"));
    return config;
}

QString PrinterConfig::address() const
{
    if (link == Link::Serial)
        return device;
    const bool v6 = QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol;
    return (v6 ? QLatin1Char('[') + host + QLatin1Char(']') : host) + QLatin1Char(':') +
           QString::number(port);
}

QString PrinterConfig::toSpec() const
{
    QStringList parts;
    parts.append(link == Link::Tcp ? QStringLiteral("tcp://") + address()
                                   : QStringLiteral("serial:") + device);
    parts.append(QStringLiteral("name=") + name);
    parts.append(QStringLiteral("dpi=%1").arg(dpi));
    parts.append(QStringLiteral("status=") + (status == StatusQuery::HostStatus ? QStringLiteral("hs")
                                              : status == StatusQuery::HostAndErrors
                                                  ? QStringLiteral("hqes")
                                                  : QStringLiteral("none")));
    if (link == Link::Serial) {
        parts.append(QStringLiteral("baud=%1").arg(baud));
        parts.append(QStringLiteral("databits=%1").arg(dataBits == QSerialPort::Data7 ? 7 : 8));
        parts.append(QStringLiteral("parity=") + (parity == QSerialPort::EvenParity ? QStringLiteral("even")
                                                  : parity == QSerialPort::OddParity
                                                      ? QStringLiteral("odd")
                                                      : QStringLiteral("none")));
        parts.append(QStringLiteral("stopbits=%1").arg(stopBits == QSerialPort::TwoStop ? 2 : 1));
        parts.append(QStringLiteral("flow=") +
                     (flow == QSerialPort::HardwareControl   ? QStringLiteral("rtscts")
                      : flow == QSerialPort::SoftwareControl ? QStringLiteral("xonxoff")
                                                             : QStringLiteral("none")));
    }
    return parts.join(QLatin1Char(','));
}

} // namespace wh::devices
