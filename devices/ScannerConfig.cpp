#include "ScannerConfig.h"

#include <QFileInfo>
#include <QSet>
#include <QStringList>

#include <optional>

namespace wh::devices {

namespace {

Error bad(const QString& key, const QString& message)
{
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("Scanner setting '%1': %2").arg(key, message));
}

// A whole number in [min, max]; nothing for anything else.
std::optional<int> boundedInt(const QString& text, int min, int max)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

// The prefix may hold bytes a spec line cannot: "\x02" for STX, "\x2C" for a comma, "\\" for a backslash.
std::optional<QString> unescape(const QString& text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != QLatin1Char('\\')) {
            out += text[i];
            continue;
        }
        if (text.mid(i + 1, 1) == QLatin1String("\\")) {
            out += QLatin1Char('\\');
            ++i;
            continue;
        }
        const QString hex = text.mid(i + 2, 2);
        const auto isHex = [](QChar c) {
            const char16_t u = c.unicode();
            return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        };
        if (text.mid(i + 1, 1) != QLatin1String("x") || hex.size() != 2 || !isHex(hex[0]) || !isHex(hex[1]))
            return std::nullopt;
        const int value = hex.toInt(nullptr, 16);
        out += QChar(value);
        i += 3;
    }
    return out;
}

QString escape(const QString& text)
{
    QString out;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\\')
            out += QStringLiteral("\\\\");
        else if (u < 0x20 || u == u',' || u == u'=' || u == 0x7F)
            out += QStringLiteral("\\x") + QString::number(u, 16).rightJustified(2, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace

QString scanSuffixName(ScanSuffix suffix)
{
    switch (suffix) {
    case ScanSuffix::Cr:
        return QStringLiteral("cr");
    case ScanSuffix::Lf:
        return QStringLiteral("lf");
    case ScanSuffix::CrLf:
        return QStringLiteral("crlf");
    case ScanSuffix::Tab:
        return QStringLiteral("tab");
    }
    return {};
}

QString scanEncodingName(ScanEncoding encoding)
{
    switch (encoding) {
    case ScanEncoding::Utf8:
        return QStringLiteral("utf8");
    case ScanEncoding::Latin1:
        return QStringLiteral("latin1");
    case ScanEncoding::Ascii:
        return QStringLiteral("ascii");
    }
    return {};
}

QByteArray ScannerConfig::suffixBytes() const
{
    switch (suffix) {
    case ScanSuffix::Cr:
        return QByteArrayLiteral("\r");
    case ScanSuffix::Lf:
        return QByteArrayLiteral("\n");
    case ScanSuffix::CrLf:
        return QByteArrayLiteral("\r\n");
    case ScanSuffix::Tab:
        return QByteArrayLiteral("\t");
    }
    return {};
}

QString ScannerConfig::toSpec() const
{
    QString parity;
    switch (this->parity) {
    case QSerialPort::EvenParity:
        parity = QStringLiteral("even");
        break;
    case QSerialPort::OddParity:
        parity = QStringLiteral("odd");
        break;
    case QSerialPort::MarkParity:
        parity = QStringLiteral("mark");
        break;
    case QSerialPort::SpaceParity:
        parity = QStringLiteral("space");
        break;
    default:
        parity = QStringLiteral("none");
        break;
    }
    const QString stop = stopBits == QSerialPort::OneAndHalfStop ? QStringLiteral("1.5")
                         : stopBits == QSerialPort::TwoStop      ? QStringLiteral("2")
                                                                 : QStringLiteral("1");
    QStringList parts{path,
                      QStringLiteral("id=") + id,
                      QStringLiteral("station=") + station,
                      QStringLiteral("baud=") + QString::number(baud),
                      QStringLiteral("databits=") + QString::number(int(dataBits)),
                      QStringLiteral("parity=") + parity,
                      QStringLiteral("stopbits=") + stop,
                      QStringLiteral("suffix=") + scanSuffixName(suffix),
                      QStringLiteral("encoding=") + scanEncodingName(encoding),
                      QStringLiteral("double-read-ms=") + QString::number(doubleReadMs),
                      QStringLiteral("max-scan-bytes=") + QString::number(maxScanBytes),
                      QStringLiteral("stale-partial-ms=") + QString::number(stalePartialMs),
                      QStringLiteral("reopen-ms=") + QString::number(reopenIntervalMs)};
    if (!prefix.isEmpty())
        parts.append(QStringLiteral("prefix=") + escape(prefix));
    return parts.join(QLatin1Char(','));
}

Result<ScannerConfig> ScannerConfig::parse(const QString& spec)
{
    const QStringList parts = spec.split(QLatin1Char(','));
    ScannerConfig config;
    config.path = parts.first().trimmed();
    if (config.path.isEmpty())
        return bad(QStringLiteral("path"),
                   QStringLiteral("the spec must start with the scanner's device path, "
                                  "such as /dev/ttyACM0."));
    if (config.path.contains(QLatin1Char('=')))
        return bad(QStringLiteral("path"),
                   QStringLiteral("'%1' is a setting, but the spec must start with the device path.")
                       .arg(config.path));
    QSet<QString> seen;
    bool idGiven = false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString part = parts[i].trimmed();
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return bad(part.isEmpty() ? QStringLiteral("(empty)") : part,
                       QStringLiteral("settings are written key=value, separated by commas."));
        const QString key = part.left(eq).trimmed().toLower();
        const QString value = part.mid(eq + 1).trimmed();
        if (seen.contains(key))
            return bad(key, QStringLiteral("given twice; give each setting once."));
        seen.insert(key);
        if (key == QLatin1String("baud")) {
            const std::optional<int> baud = boundedInt(value, 50, 4000000);
            if (!baud)
                return bad(
                    key,
                    QStringLiteral("'%1' is not a speed between 50 and 4000000 bits per second.").arg(value));
            config.baud = *baud;
        } else if (key == QLatin1String("databits")) {
            const std::optional<int> bits = boundedInt(value, 5, 8);
            if (!bits)
                return bad(key, QStringLiteral("'%1' is not 5, 6, 7 or 8.").arg(value));
            config.dataBits = QSerialPort::DataBits(*bits);
        } else if (key == QLatin1String("parity")) {
            const QString v = value.toLower();
            if (v == QLatin1String("none"))
                config.parity = QSerialPort::NoParity;
            else if (v == QLatin1String("even"))
                config.parity = QSerialPort::EvenParity;
            else if (v == QLatin1String("odd"))
                config.parity = QSerialPort::OddParity;
            else if (v == QLatin1String("mark"))
                config.parity = QSerialPort::MarkParity;
            else if (v == QLatin1String("space"))
                config.parity = QSerialPort::SpaceParity;
            else
                return bad(key, QStringLiteral("'%1' is not none, even, odd, mark or space.").arg(value));
        } else if (key == QLatin1String("stopbits")) {
            if (value == QLatin1String("1"))
                config.stopBits = QSerialPort::OneStop;
            else if (value == QLatin1String("1.5"))
                config.stopBits = QSerialPort::OneAndHalfStop;
            else if (value == QLatin1String("2"))
                config.stopBits = QSerialPort::TwoStop;
            else
                return bad(key, QStringLiteral("'%1' is not 1, 1.5 or 2.").arg(value));
        } else if (key == QLatin1String("suffix")) {
            const QString v = value.toLower();
            if (v == QLatin1String("cr"))
                config.suffix = ScanSuffix::Cr;
            else if (v == QLatin1String("lf"))
                config.suffix = ScanSuffix::Lf;
            else if (v == QLatin1String("crlf"))
                config.suffix = ScanSuffix::CrLf;
            else if (v == QLatin1String("tab"))
                config.suffix = ScanSuffix::Tab;
            else
                return bad(key, QStringLiteral("'%1' is not cr, lf, crlf or tab.").arg(value));
        } else if (key == QLatin1String("encoding")) {
            const QString v = value.toLower();
            if (v == QLatin1String("utf8") || v == QLatin1String("utf-8"))
                config.encoding = ScanEncoding::Utf8;
            else if (v == QLatin1String("latin1") || v == QLatin1String("iso-8859-1"))
                config.encoding = ScanEncoding::Latin1;
            else if (v == QLatin1String("ascii"))
                config.encoding = ScanEncoding::Ascii;
            else
                return bad(key, QStringLiteral("'%1' is not utf8, latin1 or ascii.").arg(value));
        } else if (key == QLatin1String("prefix")) {
            const std::optional<QString> prefix = unescape(part.mid(eq + 1));
            if (!prefix || prefix->isEmpty())
                return bad(key, QStringLiteral("'%1' is not text; write a control byte as \\x02, a comma "
                                               "as \\x2C, a backslash as \\\\.")
                                    .arg(value));
            config.prefix = *prefix;
        } else if (key == QLatin1String("station")) {
            if (value.isEmpty())
                return bad(key, QStringLiteral("a station id is needed, such as pack-1."));
            config.station = value;
        } else if (key == QLatin1String("id")) {
            if (value.isEmpty())
                return bad(key,
                           QStringLiteral("an id must not be empty; leave it out to use the path's name."));
            config.id = value;
            idGiven = true;
        } else if (key == QLatin1String("double-read-ms")) {
            const std::optional<int> ms = boundedInt(value, 0, 5000);
            if (!ms)
                return bad(
                    key,
                    QStringLiteral("'%1' is not a number of milliseconds from 0 (off) to 5000.").arg(value));
            config.doubleReadMs = *ms;
        } else if (key == QLatin1String("max-scan-bytes")) {
            const std::optional<int> bytes = boundedInt(value, 16, 1 << 20);
            if (!bytes)
                return bad(key,
                           QStringLiteral("'%1' is not a number of bytes from 16 to 1048576.").arg(value));
            config.maxScanBytes = *bytes;
        } else if (key == QLatin1String("stale-partial-ms")) {
            const std::optional<int> ms = boundedInt(value, 0, 60000);
            if (!ms)
                return bad(key,
                           QStringLiteral("'%1' is not a number of milliseconds from 0 (never) to 60000.")
                               .arg(value));
            config.stalePartialMs = *ms;
        } else if (key == QLatin1String("reopen-ms")) {
            const std::optional<int> ms = boundedInt(value, 10, 60000);
            if (!ms)
                return bad(
                    key, QStringLiteral("'%1' is not a number of milliseconds from 10 to 60000.").arg(value));
            config.reopenIntervalMs = *ms;
        } else {
            return bad(key,
                       QStringLiteral("unknown; the settings are id, station, baud, databits, parity, "
                                      "stopbits, suffix, encoding, prefix, double-read-ms, max-scan-bytes, "
                                      "stale-partial-ms and reopen-ms."));
        }
    }
    if (config.station.isEmpty())
        return bad(QStringLiteral("station"),
                   QStringLiteral("missing; every scanner belongs to a station, such "
                                  "as station=pack-1."));
    if (!idGiven)
        config.id = QFileInfo(config.path).fileName();
    return config;
}

} // namespace wh::devices
