#include "Config.h"

#include "Migrations.h"
#include "Protocol.h"
#include "Sqlite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

#include <sqlite3.h>

#include <cstdio>
#include <functional>
#include <map>

namespace wh::app {

namespace {

void print(const QString& text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

void printError(const QString& text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
}

Error refuse(const QString& message)
{
    return makeError(ErrorCode::InvalidArgument, message);
}

QString quoted(const QString& value)
{
    return QLatin1Char('"') + value + QLatin1Char('"');
}

bool validKey(const QString& key)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    return pattern.match(key).hasMatch();
}

const QStringList& knownSections()
{
    static const QStringList sections{
        QStringLiteral("store"),    QStringLiteral("broker"),   QStringLiteral("appliance"),
        QStringLiteral("scanners"), QStringLiteral("printers"), QStringLiteral("tenants"),
        QStringLiteral("metrics"),  QStringLiteral("backup"),   QStringLiteral("labels")};
    return sections;
}

QString onOff(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

} // namespace

ConfigFile ConfigFile::read(const QString& path)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        ConfigFile config;
        config.path = path;
        config.errors.append(
            QStringLiteral("%1: the configuration file cannot be read (%2).")
                .arg(path, QFileInfo(path).isDir() ? QStringLiteral("it is a folder") : file.errorString()));
        return config;
    }
    return parse(path, file.readAll());
}

ConfigFile ConfigFile::parse(const QString& path, const QByteArray& text)
{
    ConfigFile config;
    config.path = path;
    QString section;
    std::map<QString, int> sectionLines;                 // section -> its header's line
    std::map<std::pair<QString, QString>, int> keyLines; // (section, key) -> its line
    // A byte order mark (some Windows editors write one) is not part of the first line.
    const QList<QByteArray> lines = (text.startsWith("\xEF\xBB\xBF") ? text.mid(3) : text).split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const int number = i + 1;
        const QString line = QString::fromUtf8(lines[i]).trimmed(); // also drops a CR of CRLF files
        const QString where = QStringLiteral("%1:%2: ").arg(path).arg(number);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']')) || !validKey(line.mid(1, line.size() - 2))) {
                config.errors.append(
                    where + QStringLiteral("%1 is not a section header like [store].").arg(quoted(line)));
                section = QStringLiteral("?"); // its keys are not reported as keys without a section
                continue;
            }
            section = line.mid(1, line.size() - 2);
            if (auto first = sectionLines.find(section); first != sectionLines.end())
                config.errors.append(where + QStringLiteral("section [%1] is given twice (first at line %2).")
                                                 .arg(section)
                                                 .arg(first->second));
            else
                sectionLines.emplace(section, number);
            config.sections.append({section, number});
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals < 0) {
            config.errors.append(
                where +
                QStringLiteral("%1 is not a [section], a key = value line or a comment.").arg(quoted(line)));
            continue;
        }
        const QString key = line.left(equals).trimmed();
        QString value = line.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        if (!validKey(key)) {
            config.errors.append(
                where + QStringLiteral("%1 is not a key (letters, digits, -, _ and .).").arg(quoted(key)));
            continue;
        }
        if (section.isEmpty()) {
            config.errors.append(where + QStringLiteral("key %1 comes before any [section].").arg(key));
            continue;
        }
        if (section == QLatin1String("?"))
            continue;
        const std::pair<QString, QString> id{section, key};
        if (auto first = keyLines.find(id); first != keyLines.end()) {
            config.errors.append(where + QStringLiteral("[%1] %2: given twice (first at line %3).")
                                             .arg(section, key)
                                             .arg(first->second));
            continue;
        }
        keyLines.emplace(id, number);
        config.entries.append({section, key, value, number});
    }
    return config;
}

Status checkBrokerUri(const QString& uri)
{
    // tcp://host:port or ssl://host:port, a host name, an IPv4 address or a bracketed IPv6 address.
    static const QRegularExpression pattern(
        QStringLiteral("^(tcp|ssl)://([A-Za-z0-9._-]+|\\[[0-9A-Fa-f:.]+\\]):([0-9]{1,5})$"));
    const QRegularExpressionMatch match = pattern.match(uri);
    const int port = match.hasMatch() ? match.captured(3).toInt() : 0;
    if (!match.hasMatch() || port < 1 || port > 65535)
        return refuse(QStringLiteral("%1 is not tcp://host:port or ssl://host:port").arg(quoted(uri)));
    return {};
}

Status checkReadableFile(const QString& path)
{
    const QFileInfo file(path);
    if (!file.exists())
        return refuse(QStringLiteral("%1: no such file").arg(path));
    if (!file.isFile())
        return refuse(QStringLiteral("%1 is not a file").arg(path));
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        return refuse(QStringLiteral("%1 cannot be read (%2)").arg(path, probe.errorString()));
    return {};
}

Status checkTlsFiles(const QString& uri, const QString& ca, const QString& cert, const QString& key)
{
    const int given = int(!ca.isEmpty()) + int(!cert.isEmpty()) + int(!key.isEmpty());
    if (given != 0 && given != 3)
        return refuse(QStringLiteral("TLS needs the CA file, the certificate and the private key together"));
    if (uri.startsWith(QLatin1String("ssl://")) && given != 3)
        return refuse(QStringLiteral("an ssl:// broker needs the CA file, the certificate and the key"));
    for (const QString& path : {ca, cert, key})
        if (!path.isEmpty())
            if (auto readable = checkReadableFile(path); !readable)
                return readable;
    return {};
}

Status checkWarehouseId(const QString& id)
{
    if (!protocol::validId(id))
        return refuse(
            QStringLiteral("%1 is not a warehouse id (1-32 letters, digits, - or _)").arg(quoted(id)));
    return {};
}

Result<QStringList> parseStations(const QStringList& values)
{
    QStringList stations;
    for (const QString& value : values)
        for (const QString& piece : value.split(QLatin1Char(','))) {
            const QString id = piece.trimmed();
            if (id.isEmpty())
                return refuse(QStringLiteral("%1: a station id is empty. Give ids separated by commas, e.g. "
                                             "pack-1,pack-2")
                                  .arg(quoted(value)));
            if (stations.contains(id))
                return refuse(QStringLiteral("station %1 is given twice").arg(id));
            stations.append(id);
        }
    if (stations.isEmpty())
        return refuse(QStringLiteral("no station given"));
    return stations;
}

Result<int> parsePort(const QString& value)
{
    bool ok = false;
    const int port = value.toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return refuse(QStringLiteral("%1 is not a port number (0 to 65535; 0: off)").arg(quoted(value)));
    return port;
}

Status checkListenAddress(const QString& address)
{
    QHostAddress parsed;
    if (!parsed.setAddress(address))
        return refuse(
            QStringLiteral("%1 is not an IP address (e.g. 127.0.0.1, 0.0.0.0 or ::1)").arg(quoted(address)));
    return {};
}

Result<int> parseIdleLogoutSeconds(const QString& value)
{
    bool ok = false;
    const int seconds = value.toInt(&ok);
    // The kiosk's timer counts milliseconds in an int.
    if (!ok || seconds < 0 || seconds > 2'000'000)
        return refuse(QStringLiteral("%1 is not a number of seconds (0: never)").arg(quoted(value)));
    return seconds;
}

Result<double> parseStockRoundMinutes(const QString& value)
{
    bool ok = false;
    const double minutes = value.toDouble(&ok);
    if (!ok || minutes < 0 || minutes > 35'000)
        return refuse(
            QStringLiteral("%1 is not a number of minutes (0 for none; 35000 at most)").arg(quoted(value)));
    return minutes;
}

Result<double> parseBackupEveryHours(const QString& value)
{
    bool ok = false;
    const double hours = value.toDouble(&ok);
    // A QTimer's interval is an int of milliseconds: 596 hours at most.
    if (!ok || hours <= 0 || hours > 596)
        return refuse(QStringLiteral("%1 is not a number of hours above 0 (596 at most)").arg(quoted(value)));
    return hours;
}

Result<int> parseBackupKeep(const QString& value)
{
    bool ok = false;
    const int keep = value.toInt(&ok);
    if (!ok || keep < 1)
        return refuse(QStringLiteral("%1 is not a number of backups, 1 or more").arg(quoted(value)));
    return keep;
}

Result<bool> parseBool(const QString& value)
{
    const QString v = value.toLower();
    if (v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("on") ||
        v == QLatin1String("1"))
        return true;
    if (v == QLatin1String("false") || v == QLatin1String("no") || v == QLatin1String("off") ||
        v == QLatin1String("0"))
        return false;
    return refuse(QStringLiteral("%1 is not true or false").arg(quoted(value)));
}

Status checkPrinterNames(const QList<devices::PrinterConfig>& printers)
{
    QStringList names;
    for (const devices::PrinterConfig& printer : printers) {
        if (names.contains(printer.name))
            return refuse(QStringLiteral("another printer is named %1 already").arg(printer.name));
        names.append(printer.name);
    }
    return {};
}

QStringList applyConfig(const ConfigFile& file, Options& options)
{
    QStringList errors;
    const QDir folder = QFileInfo(file.path).absoluteDir();
    const auto resolve = [&folder](const QString& path) {
        return QDir::isRelativePath(path) ? QDir::cleanPath(folder.absoluteFilePath(path)) : path;
    };
    for (const auto& [section, line] : file.sections)
        if (!knownSections().contains(section))
            errors.append(QStringLiteral("%1:%2: unknown section [%3] (known: [%4]).")
                              .arg(file.path)
                              .arg(line)
                              .arg(section, knownSections().join(QStringLiteral("], ["))));

    // Each key's reader: takes the value, sets the option or says why not.
    using Reader = std::function<Status(const QString&)>;
    const auto path = [&resolve](QString& target) {
        return [&target, &resolve](const QString& value) -> Status {
            target = resolve(value);
            return {};
        };
    };
    const auto flag = [](bool& target) {
        return [&target](const QString& value) -> Status {
            auto parsed = parseBool(value);
            if (!parsed)
                return parsed.error();
            target = *parsed;
            return {};
        };
    };
    const auto parsed = [](auto& target, auto parse) {
        return [&target, parse](const QString& value) -> Status {
            auto result = parse(value);
            if (!result)
                return result.error();
            target = *result;
            return {};
        };
    };
    const auto tlsFile = [&resolve](QString& target) {
        return [&target, &resolve](const QString& value) -> Status {
            const QString full = resolve(value);
            if (auto readable = checkReadableFile(full); !readable)
                return readable;
            target = full;
            return {};
        };
    };
    const std::map<QString, std::map<QString, Reader>> keys{
        {QStringLiteral("store"), {{QStringLiteral("path"), path(options.dbPath)}}},
        {QStringLiteral("broker"),
         {{QStringLiteral("uri"),
           [&options](const QString& value) -> Status {
               if (auto valid = checkBrokerUri(value); !valid)
                   return valid;
               options.brokerUri = value;
               return {};
           }},
          {QStringLiteral("tls-ca"), tlsFile(options.tlsCa)},
          {QStringLiteral("tls-cert"), tlsFile(options.tlsCert)},
          {QStringLiteral("tls-key"), tlsFile(options.tlsKey)}}},
        {QStringLiteral("appliance"),
         {{QStringLiteral("warehouse"),
           [&options](const QString& value) -> Status {
               if (auto valid = checkWarehouseId(value); !valid)
                   return valid;
               options.warehouse = value;
               return {};
           }},
          {QStringLiteral("stations"),
           parsed(options.stations, [](const QString& value) { return parseStations({value}); })},
          {QStringLiteral("kiosk"), flag(options.kiosk)},
          {QStringLiteral("idle-logout-s"), parsed(options.idleLogoutSeconds, parseIdleLogoutSeconds)},
          {QStringLiteral("sound"), flag(options.sound)},
          {QStringLiteral("demo-scanner"), flag(options.demoScanner)},
          {QStringLiteral("seed-demo"), flag(options.seedDemo)},
          {QStringLiteral("headless"), flag(options.headless)},
          {QStringLiteral("stock-round-minutes"),
           parsed(options.stockRoundMinutes, parseStockRoundMinutes)}}},
        {QStringLiteral("metrics"),
         {{QStringLiteral("address"),
           [&options](const QString& value) -> Status {
               if (auto valid = checkListenAddress(value); !valid)
                   return valid;
               options.metricsAddress = value;
               return {};
           }},
          {QStringLiteral("port"), parsed(options.metricsPort, parsePort)}}},
        {QStringLiteral("backup"),
         {{QStringLiteral("dir"), path(options.backupDir)},
          {QStringLiteral("every-hours"), parsed(options.backupEveryHours, parseBackupEveryHours)},
          {QStringLiteral("keep"), parsed(options.backupKeep, parseBackupKeep)}}},
        {QStringLiteral("labels"),
         {{QStringLiteral("templates"),
           [&options, &resolve](const QString& value) -> Status {
               const QString full = resolve(value);
               if (!QFileInfo(full).isDir())
                   return refuse(QStringLiteral("%1: no such folder").arg(full));
               options.labelTemplates = full;
               return {};
           }}}},
    };

    bool scannersGiven = false;
    bool printersGiven = false;
    bool tenantsGiven = false;
    int brokerLine = 0;
    for (const ConfigEntry& entry : file.entries) {
        if (!knownSections().contains(entry.section))
            continue; // said once, at its header
        const QString where =
            QStringLiteral("%1:%2: [%3] %4: ").arg(file.path).arg(entry.line).arg(entry.section, entry.key);
        if (entry.section == QLatin1String("scanners") || entry.section == QLatin1String("printers")) {
            const bool scanner = entry.section == QLatin1String("scanners");
            if (entry.value.isEmpty()) {
                errors.append(where + QStringLiteral("no spec given (docs/%1.md)").arg(entry.section));
                continue;
            }
            // The key names the device; a spec may repeat the name, never contradict it.
            const QString nameKey = scanner ? QStringLiteral("id=") : QStringLiteral("name=");
            QString given;
            for (const QString& part : entry.value.split(QLatin1Char(',')).mid(1))
                if (part.trimmed().startsWith(nameKey))
                    given = part.trimmed().mid(nameKey.size());
            if (!given.isEmpty() && given != entry.key) {
                errors.append(
                    where +
                    QStringLiteral("the spec's %1%2 differs from the key %3").arg(nameKey, given, entry.key));
                continue;
            }
            const QString spec =
                given.isEmpty() ? entry.value + QLatin1Char(',') + nameKey + entry.key : entry.value;
            if (scanner) {
                auto config = devices::ScannerConfig::parse(spec);
                if (!config) {
                    errors.append(where +
                                  QStringLiteral("%1: %2").arg(quoted(entry.value), config.error().message));
                    continue;
                }
                if (!scannersGiven)
                    options.scanners.clear();
                scannersGiven = true;
                options.scanners.append(*config);
            } else {
                auto config = devices::PrinterConfig::parse(spec);
                if (!config) {
                    errors.append(where +
                                  QStringLiteral("%1: %2").arg(quoted(entry.value), config.error().message));
                    continue;
                }
                if (!printersGiven)
                    options.printers.clear();
                printersGiven = true;
                options.printers.append(*config);
            }
            continue;
        }
        if (entry.section == QLatin1String("tenants")) {
            if (!protocol::validId(entry.key)) {
                errors.append(where + QStringLiteral("%1 is not a merchant id (1-32 letters, digits, - or _)")
                                          .arg(quoted(entry.key)));
                continue;
            }
            if (entry.value.isEmpty()) {
                errors.append(where + QStringLiteral("the merchant needs a name (acme = Acme Outdoor)"));
                continue;
            }
            if (!tenantsGiven)
                options.tenants.clear();
            tenantsGiven = true;
            options.tenants.append(Tenant{entry.key, entry.value});
            continue;
        }
        const auto& sectionKeys = keys.at(entry.section);
        const auto reader = sectionKeys.find(entry.key);
        if (reader == sectionKeys.end()) {
            QStringList known;
            for (const auto& [name, unused] : sectionKeys)
                known.append(name);
            errors.append(QStringLiteral("%1:%2: [%3] unknown key %4 (known: %5).")
                              .arg(file.path)
                              .arg(entry.line)
                              .arg(entry.section, quoted(entry.key), known.join(QStringLiteral(", "))));
            continue;
        }
        if (entry.section == QLatin1String("broker") && brokerLine == 0)
            brokerLine = entry.line;
        if (entry.value.isEmpty())
            continue; // an empty value keeps the default
        if (auto applied = reader->second(entry.value); !applied)
            errors.append(where + applied.error().message + QLatin1Char('.'));
    }
    // The broker's keys together: TLS files go with an ssl:// broker, all three or none.
    if (brokerLine > 0 && errors.filter(QStringLiteral("[broker]")).isEmpty())
        if (auto tls = checkTlsFiles(options.brokerUri, options.tlsCa, options.tlsCert, options.tlsKey); !tls)
            errors.append(QStringLiteral("%1:%2: [broker]: %3.")
                              .arg(file.path)
                              .arg(brokerLine)
                              .arg(tls.error().message));
    return errors;
}

QStringList describeSettings(const Options& options)
{
    QStringList lines;
    const auto line = [&lines](const QString& section, const QString& key, const QString& value) {
        lines.append(QStringLiteral("[%1] %2 = %3").arg(section, key, value));
    };
    const auto orNone = [](const QString& value, const QString& none) {
        return value.isEmpty() ? none : value;
    };
    line(QStringLiteral("store"), QStringLiteral("path"), options.dbPath);
    line(
        QStringLiteral("broker"), QStringLiteral("uri"),
        orNone(options.brokerUri, QStringLiteral("(none: every event waits in the store until one is set)")));
    line(QStringLiteral("broker"), QStringLiteral("tls-ca"), orNone(options.tlsCa, QStringLiteral("(none)")));
    line(QStringLiteral("broker"), QStringLiteral("tls-cert"),
         orNone(options.tlsCert, QStringLiteral("(none)")));
    line(QStringLiteral("broker"), QStringLiteral("tls-key"),
         orNone(options.tlsKey, QStringLiteral("(none)")));
    line(QStringLiteral("appliance"), QStringLiteral("warehouse"), options.warehouse);
    line(QStringLiteral("appliance"), QStringLiteral("stations"),
         options.stations.join(QStringLiteral(", ")));
    line(QStringLiteral("appliance"), QStringLiteral("kiosk"), onOff(options.kiosk));
    line(QStringLiteral("appliance"), QStringLiteral("idle-logout-s"),
         QString::number(options.idleLogoutSeconds));
    line(QStringLiteral("appliance"), QStringLiteral("sound"), onOff(options.sound));
    line(QStringLiteral("appliance"), QStringLiteral("demo-scanner"), onOff(options.demoScanner));
    line(QStringLiteral("appliance"), QStringLiteral("seed-demo"), onOff(options.seedDemo));
    line(QStringLiteral("appliance"), QStringLiteral("headless"), onOff(options.headless));
    line(QStringLiteral("appliance"), QStringLiteral("stock-round-minutes"),
         number(options.stockRoundMinutes));
    for (const devices::ScannerConfig& scanner : options.scanners)
        line(QStringLiteral("scanners"), scanner.id, scanner.toSpec());
    if (options.scanners.isEmpty())
        lines.append(QStringLiteral("[scanners] (none)"));
    for (const devices::PrinterConfig& printer : options.printers)
        line(QStringLiteral("printers"), printer.name, printer.toSpec());
    if (options.printers.isEmpty())
        lines.append(QStringLiteral("[printers] (none)"));
    for (const Tenant& tenant : options.tenants)
        line(QStringLiteral("tenants"), tenant.id, tenant.name);
    if (options.tenants.isEmpty())
        lines.append(QStringLiteral("[tenants] (none listed)"));
    line(QStringLiteral("metrics"), QStringLiteral("address"), options.metricsAddress);
    line(QStringLiteral("metrics"), QStringLiteral("port"),
         options.metricsPort == 0 ? QStringLiteral("0 (off)") : QString::number(options.metricsPort));
    line(QStringLiteral("backup"), QStringLiteral("dir"),
         orNone(options.backupDir, QStringLiteral("(none: no scheduled backups)")));
    line(QStringLiteral("backup"), QStringLiteral("every-hours"), number(options.backupEveryHours));
    line(QStringLiteral("backup"), QStringLiteral("keep"), QString::number(options.backupKeep));
    line(QStringLiteral("labels"), QStringLiteral("templates"),
         orNone(options.labelTemplates, QStringLiteral("(the built-in templates)")));
    return lines;
}

int runCheckConfig(const Options& options)
{
    print(options.configPath.isEmpty()
              ? QStringLiteral("No configuration file (--config FILE): the defaults and the command line.")
              : QStringLiteral("Configuration file: %1").arg(options.configPath));
    if (!options.configErrors.isEmpty()) {
        for (const QString& error : options.configErrors)
            printError(error);
        printError(
            QStringLiteral("%1 error(s): run would refuse to start.").arg(options.configErrors.size()));
        return 1;
    }
    for (const QString& line : describeSettings(options))
        print(line);

    // The store, read only: never created, never migrated here.
    const int known = db::Migrations::latestVersion();
    const QFileInfo store(options.dbPath);
    QStringList errors;
    QList<Tenant> registered;
    if (!store.exists()) {
        const QFileInfo folder(store.absolutePath());
        if (folder.exists() && (!folder.isDir() || !folder.isWritable()))
            errors.append(
                QStringLiteral("store: the data folder %1 is not a writable folder.").arg(folder.filePath()));
        else
            print(QStringLiteral("store: %1 does not exist yet: run creates it at schema %2%3.")
                      .arg(options.dbPath)
                      .arg(known)
                      .arg(options.seedDemo ? QStringLiteral(" and seeds the demo warehouse") : QString()));
    } else {
        // A read-only connection to a WAL store creates its -wal and -shm files when they are missing (the
        // appliance stopped cleanly) and leaves them behind, owned by whoever ran the check (root, say),
        // which the service's user could then not open. Without a -wal file the main file is the whole store,
        // so it is read as immutable: no locks, no files beside it. With one, the appliance runs (or stopped
        // uncleanly) and the existing files are read.
        const bool walPresent = QFileInfo::exists(options.dbPath + QStringLiteral("-wal"));
        const QString uri = QUrl::fromLocalFile(store.absoluteFilePath()).toString(QUrl::FullyEncoded) +
                            (walPresent ? QString() : QStringLiteral("?immutable=1"));
        const auto named = [&](QString message) {
            return QStringLiteral("store: ") + message.replace(uri, options.dbPath);
        };
        db::Connection probe;
        if (auto opened = probe.open(uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI); !opened) {
            errors.append(named(opened.error().message));
        } else if (auto compatible = db::Migrations::checkCompatible(probe); !compatible) {
            errors.append(named(compatible.error().message));
        } else {
            const std::int64_t version = probe.queryInt("PRAGMA user_version").value_or(0);
            if (version < known)
                print(QStringLiteral("store: %1 is at schema %2, this version knows %3: run migrates it "
                                     "(backup --out FILE first keeps a way back).")
                          .arg(options.dbPath)
                          .arg(version)
                          .arg(known));
            else
                print(QStringLiteral("store: %1 is at schema %2, this version's.")
                          .arg(options.dbPath)
                          .arg(version));
            if (version >= 1) {
                db::Statement tenants =
                    probe.prepare("SELECT tenant_id, name FROM tenants ORDER BY tenant_id");
                while (tenants.next())
                    registered.append(Tenant{tenants.text(0), tenants.text(1)});
                if (auto error = probe.takeError())
                    errors.append(named(error->message));
            }
        }
        probe.close();
    }
    for (const Tenant& tenant : options.tenants) {
        const auto found = std::find_if(registered.begin(), registered.end(),
                                        [&tenant](const Tenant& t) { return t.id == tenant.id; });
        if (found == registered.end())
            print(QStringLiteral("tenant %1 (%2): run registers it.").arg(tenant.id, tenant.name));
        else if (found->name != tenant.name)
            print(QStringLiteral("tenant %1: registered as \"%2\"; the file's \"%3\" does not rename it.")
                      .arg(tenant.id, found->name, tenant.name));
        else
            print(QStringLiteral("tenant %1 (%2): registered.").arg(tenant.id, tenant.name));
    }
    if (!options.tenants.isEmpty())
        for (const Tenant& tenant : registered)
            if (std::none_of(options.tenants.begin(), options.tenants.end(),
                             [&tenant](const Tenant& t) { return t.id == tenant.id; }))
                print(QStringLiteral("tenant %1 (%2): in the store but not in [tenants]; still served.")
                          .arg(tenant.id, tenant.name));
    if (!errors.isEmpty()) {
        for (const QString& error : errors)
            printError(error);
        printError(QStringLiteral("%1 error(s): run would refuse to start.").arg(errors.size()));
        return 1;
    }
    print(QStringLiteral("The configuration is valid."));
    return 0;
}

Status registerConfiguredTenants(db::Store& store, const Options& options)
{
    if (options.tenants.isEmpty())
        return {};
    auto known = store.tenants();
    if (!known)
        return known.error();
    const Actor actor{QStringLiteral("configuration"), QStringLiteral("appliance"), Role::Admin, {}};
    for (const Tenant& tenant : options.tenants) {
        const auto found = std::find_if(known->begin(), known->end(),
                                        [&tenant](const Tenant& t) { return t.id == tenant.id; });
        if (found == known->end()) {
            auto registered = store.registerTenant(tenant, actor);
            if (!registered)
                return registered.error();
            print(QStringLiteral("Registered tenant %1 (%2) from the configuration.")
                      .arg(tenant.id, tenant.name));
        } else if (found->name != tenant.name) {
            print(QStringLiteral(
                      "tenant %1 is registered as \"%2\"; the configuration's \"%3\" does not rename it.")
                      .arg(tenant.id, found->name, tenant.name));
        }
    }
    for (const Tenant& tenant : *known)
        if (std::none_of(options.tenants.begin(), options.tenants.end(),
                         [&tenant](const Tenant& t) { return t.id == tenant.id; }))
            print(QStringLiteral("tenant %1 (%2) is in the store but not in [tenants]: it is still served.")
                      .arg(tenant.id, tenant.name));
    return {};
}

} // namespace wh::app
