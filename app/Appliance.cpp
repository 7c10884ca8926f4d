#include "Appliance.h"
#include "Logging.h"
#include "Config.h"

#include "Backup.h"

#include "Clock.h"
#include "DemoData.h"
#include "LabelPainter.h"
#include "LabelTemplate.h"
#include "ScanReport.h"
#include "Permissions.h"
#include "SqlPrintQueue.h"
#include "StaffDirectory.h"
#include "ZplEncoder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace wh::app {

namespace {

int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &byte, 1);
}

void print(const QString& text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

void printError(const QString& text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
}

} // namespace

std::optional<int> parseArguments(const QStringList& arguments, Options& options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Offline-first warehouse edge appliance: pick, pack, ship, receive, count and return stock; "
        "every action is stored locally first and synced to the central order service.\n\n"
        "Commands:\n"
        "  run              start the appliance (the default)\n"
        "  verify           walk the event log's hash chain; exit 1 at the first broken link\n"
        "  rebuild [FILE]   replay the log into a fresh store and compare its projections with\n"
        "                   the live ones; exit 1 on any difference\n"
        "  status           print what the store holds and what waits to be synced\n"
        "  decode SCAN      print what one scan decodes to: GS1 element strings as (AI)value,\n"
        "                   or the error; a tracking number's carrier and check digit. Type\n"
        "                   <GS> or \\x1d for the FNC1 separator, or the bracketed (01)...(17)...\n"
        "                   form. Exit 1 when refused\n"
        "  print            queue labels for a printer: --to PRINTER --tenant ID --template NAME\n"
        "                   --data FILE.json [--dpi] [--templates DIR]. The running appliance's\n"
        "                   spooler prints them; the same data queued again prints nothing new\n"
        "  jobs             list the print queue (--to PRINTER for one printer)\n"
        "  asn FILE         register an advance shipping notice for --tenant ID from a JSON\n"
        "                   file (the AdvanceShippingNotice command's body); exit 1 when refused\n"
        "  label            draw a label: --template NAME --data FILE.json --format zpl|png|pdf\n"
        "                   [--dpi 203|300] [--templates DIR] --out FILE. The data is a JSON\n"
        "                   object (a ShipmentCreated payload, or the whole event). Exit 1 when\n"
        "                   the data or the template is refused\n"
        "  import FILE      import a CSV file: --tenant ID --kind skus|bins|stock\n"
        "                   [--skip-bad-rows]. Prints every bad row (line, column, reason);\n"
        "                   a file with any bad row imports nothing unless --skip-bad-rows.\n"
        "                   Exit 1 when anything was refused (docs/import.md)\n"
        "  snapshot         send the central service a stock snapshot of --tenant ID now\n"
        "  replenishment    list --tenant ID's open replenishment tasks\n"
        "  staff list       the kiosk's staff (number, name, role, merchants, badge, lock)\n"
        "  staff add ID     add or replace a member: --name, --role picker|packer|receiver|\n"
        "                   counter|supervisor|admin, --tenant ID[,ID...], [--badge CODE]; the PIN\n"
        "                   (4 to 12 digits) is read from the first line of standard input\n"
        "  staff deactivate ID   the member may no longer log in\n"
        "  backup --out FILE    a consistent copy of the store, also while the appliance runs;\n"
        "                   never overwrites FILE. run --backup-dir DIR [--backup-every-hours N]\n"
        "                   [--backup-keep K] makes them on a schedule (docs/operations.md)\n"
        "  restore --from FILE  replace the store with a backup whose event log is whole; the\n"
        "                   old store is kept as warehouse.db.before-restore-<time>. Refused\n"
        "                   while the appliance runs\n"
        "  export --tenant ID --what stock|events --out FILE.csv   one merchant's stock or\n"
        "                   events as CSV (RFC 4180)\n"
        "  provision --warehouse ID --out DIR [--station S]   make this appliance's private key\n"
        "                   (DIR/ID.key, EC P-256, mode 0600) and certificate request (DIR/ID.csr,\n"
        "                   CN=ID) for the fleet CA; never overwrites a key. Prints the next steps\n"
        "  check-config     (or --check-config) check --config FILE with the command line and the\n"
        "                   store's schema, read only; print what run would use. Exit 0 valid,\n"
        "                   1 with every error listed"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Folder of the store (default: the user's data folder)."),
                                     QStringLiteral("dir"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("The store file (default: <data-dir>/warehouse.db)."),
                                QStringLiteral("file"));
    const QCommandLineOption headless(
        QStringLiteral("headless"),
        QStringLiteral("Run the service without a window, even where there is a display."));
    const QCommandLineOption noDemo(QStringLiteral("no-demo"),
                                    QStringLiteral("Do not seed demo data into a new store."));
    const QCommandLineOption exitAfter(QStringLiteral("exit-after"),
                                       QStringLiteral("Stop after this many seconds (smoke tests)."),
                                       QStringLiteral("seconds"));
    const QCommandLineOption broker(
        QStringLiteral("broker"),
        QStringLiteral("MQTT broker of the central service: tcp://host:port, or ssl://host:port with the "
                       "--tls-* files. Without it the appliance buffers every event and says so."),
        QStringLiteral("uri"));
    const QCommandLineOption warehouse(QStringLiteral("warehouse"),
                                       QStringLiteral("This appliance's warehouse id (default wh-1)."),
                                       QStringLiteral("id"));
    const QCommandLineOption tlsCa(QStringLiteral("tls-ca"), QStringLiteral("The broker's CA (PEM)."),
                                   QStringLiteral("file"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     QStringLiteral("This appliance's client certificate (PEM)."),
                                     QStringLiteral("file"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("The client certificate's private key (PEM)."),
                                    QStringLiteral("file"));
    const QCommandLineOption labelTemplate(QStringLiteral("template"),
                                           QStringLiteral("label: the template's name (e.g. shipping-4x6)."),
                                           QStringLiteral("name"));
    const QCommandLineOption labelData(QStringLiteral("data"), QStringLiteral("label: the JSON data file."),
                                       QStringLiteral("file"));
    const QCommandLineOption labelFormat(QStringLiteral("format"), QStringLiteral("label: zpl, png or pdf."),
                                         QStringLiteral("format"));
    const QCommandLineOption labelDpi(
        QStringLiteral("dpi"), QStringLiteral("label: the printer's dpi (203)."), QStringLiteral("dpi"));
    const QCommandLineOption labelTemplates(
        QStringLiteral("templates"),
        QStringLiteral("label, print and run: a folder of templates that override the built-in ones by name "
                       "(run: the pack screen's shipping label)."),
        QStringLiteral("dir"));
    const QCommandLineOption labelOut(QStringLiteral("out"), QStringLiteral("label, backup, export: the file to write; provision: the folder."),
                                      QStringLiteral("file"));
    const QCommandLineOption scanner(
        QStringLiteral("scanner"),
        QStringLiteral("run: a serial scanner, e.g. /dev/ttyACM0,baud=9600,suffix=cr,station=pack-1 "
                       "(docs/scanners.md). Repeat for several."),
        QStringLiteral("spec"));
    const QCommandLineOption printer(
        QStringLiteral("printer"),
        QStringLiteral("run: a label printer, e.g. tcp://10.0.0.5:9100,name=dock-1 or "
                       "serial:/dev/ttyUSB0,baud=9600,name=pack-2 (docs/printers.md). Repeat for several."),
        QStringLiteral("spec"));
    const QCommandLineOption printTo(QStringLiteral("to"), QStringLiteral("print, jobs: the printer's name."),
                                     QStringLiteral("name"));
    const QCommandLineOption printTenant(QStringLiteral("tenant"),
                                         QStringLiteral("print, asn, export: the merchant (labels, ASN, export) it is for."),
                                         QStringLiteral("id"));
    parser.addOptions({printer, printTo, printTenant});
    // Replenishment, stock snapshots and CSV import.
    const QCommandLineOption importKind(
        QStringLiteral("kind"), QStringLiteral("import: skus, bins or stock."), QStringLiteral("kind"));
    const QCommandLineOption skipBadRows(
        QStringLiteral("skip-bad-rows"),
        QStringLiteral("import: import the good rows of a file with bad ones (each still reported)."));
    const QCommandLineOption stockRound(
        QStringLiteral("stock-round-minutes"),
        QStringLiteral("run: minutes between stock rounds (a snapshot per merchant for the central service, "
                       "and replenishment of every pick face); default 15, 0 for none."),
        QStringLiteral("minutes"));
    parser.addOptions({importKind, skipBadRows, stockRound});
    // The kiosk and its staff.
    const QCommandLineOption station(
        QStringLiteral("station"),
        QStringLiteral("run: the station's id, stamped on every action (station-1). A kiosk that serves "
                       "several stations takes them comma-separated (pack-1,pack-2) or the option repeated: "
                       "each user then chooses the station at login."),
        QStringLiteral("id[,id...]"));
    const QCommandLineOption kiosk(
        QStringLiteral("kiosk"),
        QStringLiteral("run: full screen without window decorations; only an admin can close it."));
    const QCommandLineOption idleLogout(
        QStringLiteral("idle-logout-s"),
        QStringLiteral("run: log the kiosk's user out after this many seconds without use (120; 0: never)."),
        QStringLiteral("seconds"));
    const QCommandLineOption noSound(QStringLiteral("no-sound"),
                                     QStringLiteral("run: no accept and refuse tones (the banner stays)."));
    const QCommandLineOption staffName(QStringLiteral("name"), QStringLiteral("staff add: the member's name."),
                                       QStringLiteral("name"));
    const QCommandLineOption staffRole(QStringLiteral("role"), QStringLiteral("staff add: the member's role."),
                                       QStringLiteral("role"));
    const QCommandLineOption staffBadge(QStringLiteral("badge"),
                                        QStringLiteral("staff add: the code on the member's badge."),
                                        QStringLiteral("code"));
    const QCommandLineOption demoScanner(
        QStringLiteral("demo-scanner"),
        QStringLiteral("run: a panel of the store's barcodes (badges, bins, items, orders) to tap beside the kiosk, "
                       "for a demo without a scanner."));
    // Backups, restore and CSV export.
    const QCommandLineOption restoreFrom(QStringLiteral("from"), QStringLiteral("restore: the backup file."),
                                         QStringLiteral("file"));
    const QCommandLineOption exportWhat(QStringLiteral("what"), QStringLiteral("export: stock or events."),
                                        QStringLiteral("what"));
    const QCommandLineOption backupDir(QStringLiteral("backup-dir"),
                                       QStringLiteral("run: make scheduled backups of the store into this folder."),
                                       QStringLiteral("dir"));
    const QCommandLineOption backupEvery(QStringLiteral("backup-every-hours"),
                                         QStringLiteral("run: hours between scheduled backups (24)."),
                                         QStringLiteral("hours"));
    const QCommandLineOption backupKeep(QStringLiteral("backup-keep"),
                                        QStringLiteral("run: how many scheduled backups to keep, newest first (7)."),
                                        QStringLiteral("count"));
    parser.addOptions({restoreFrom, exportWhat, backupDir, backupEvery, backupKeep});
    const QCommandLineOption config(QStringLiteral("config"),
                                    QStringLiteral("The configuration file (docs/operations.md); the command "
                                                   "line overrides what it says."),
                                    QStringLiteral("file"));
    const QCommandLineOption metricsAddress(
        QStringLiteral("metrics-address"),
        QStringLiteral("run: the address /metrics and /healthz listen on (default 127.0.0.1)."),
        QStringLiteral("address"));
    const QCommandLineOption metricsPort(QStringLiteral("metrics-port"),
                                         QStringLiteral("run: the port of /metrics and /healthz (default 0: off)."),
                                         QStringLiteral("port"));
    parser.addOptions({config, metricsAddress, metricsPort});
    const QCommandLineOption checkConfig(
        QStringLiteral("check-config"),
        QStringLiteral("Check the configuration (--config FILE and the command line) and the store's schema "
                       "without changing anything; print what run would use. Exit 0 valid, 1 not."));
    parser.addOption(checkConfig);
    parser.addOptions({station, kiosk, idleLogout, noSound, demoScanner, staffName, staffRole, staffBadge});
    parser.addOptions({dataDir, db, headless, noDemo, exitAfter, broker, warehouse, tlsCa, tlsCert, tlsKey,
                       scanner, labelTemplate, labelData, labelFormat, labelDpi, labelTemplates, labelOut});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("run, verify, rebuild, status, decode, label, print, jobs, asn, backup, restore, export "
                       "or provision"),
        QStringLiteral("[command]"));
    if (!parser.parse(arguments)) {
        printError(parser.errorText() + QStringLiteral("\nTry --help."));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Without a QCoreApplication the parser cannot know the program's name.
        print(parser.helpText().replace(QStringLiteral("<executable_name>"),
                                        QFileInfo(arguments.value(0)).fileName()));
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        print(QCoreApplication::applicationName() + QLatin1Char(' ') +
              QCoreApplication::applicationVersion());
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0, QStringLiteral("run"));
    if (command == QLatin1String("run"))
        options.command = Options::Command::Run;
    else if (command == QLatin1String("verify"))
        options.command = Options::Command::Verify;
    else if (command == QLatin1String("rebuild"))
        options.command = Options::Command::Rebuild;
    else if (command == QLatin1String("status"))
        options.command = Options::Command::Status;
    else if (command == QLatin1String("decode"))
        options.command = Options::Command::Decode;
    else if (command == QLatin1String("label"))
        options.command = Options::Command::Label;
    else if (command == QLatin1String("print"))
        options.command = Options::Command::Print;
    else if (command == QLatin1String("jobs"))
        options.command = Options::Command::Jobs;
    else if (command == QLatin1String("import"))
        options.command = Options::Command::Import;
    else if (command == QLatin1String("snapshot"))
        options.command = Options::Command::Snapshot;
    else if (command == QLatin1String("replenishment"))
        options.command = Options::Command::Replenishment;
    else if (command == QLatin1String("asn"))
        options.command = Options::Command::Asn;
    else if (command == QLatin1String("staff"))
        options.command = Options::Command::Staff;
    else if (command == QLatin1String("backup"))
        options.command = Options::Command::Backup;
    else if (command == QLatin1String("restore"))
        options.command = Options::Command::Restore;
    else if (command == QLatin1String("export"))
        options.command = Options::Command::Export;
    else if (command == QLatin1String("provision"))
        options.command = Options::Command::Provision;
    else if (command == QLatin1String("check-config"))
        options.command = Options::Command::CheckConfig;
    else {
        printError(QStringLiteral("Unknown command \"%1\". Try --help.").arg(command));
        return 2;
    }
    if (parser.isSet(checkConfig)) {
        if (options.command != Options::Command::Run && options.command != Options::Command::CheckConfig) {
            printError(QStringLiteral("--check-config checks run's settings; it takes no other command."));
            return 2;
        }
        options.command = Options::Command::CheckConfig;
    }
    // check-config checks what run would use.
    const bool runs =
        options.command == Options::Command::Run || options.command == Options::Command::CheckConfig;
    // The configuration file first (docs/operations.md, "Configuration"); the command line below overrides.
    options.configPath = parser.value(config);
    if (!options.configPath.isEmpty()) {
        const ConfigFile file = ConfigFile::read(options.configPath);
        const QStringList errors = file.errors + applyConfig(file, options); // every one, not just the first
        if (!errors.isEmpty()) {
            options.configErrors = errors;
            if (options.command != Options::Command::CheckConfig) {
                for (const QString& error : errors)
                    printError(error);
                printError(
                    QStringLiteral("The configuration file %1 was refused: nothing was started or changed.")
                        .arg(options.configPath));
                return 2;
            }
        }
    }
    if (options.command == Options::Command::Decode && positional.size() != 2) {
        printError(QStringLiteral("decode needs exactly one scan. Try --help."));
        return 2;
    }
    options.scan = positional.value(1);
    if (options.command == Options::Command::Print) {
        for (const QCommandLineOption* needed : {&printTo, &printTenant, &labelTemplate, &labelData})
            if (!parser.isSet(*needed)) {
                printError(QStringLiteral("print needs --%1. Try --help.").arg(needed->names().first()));
                return 2;
            }
        options.printTo = parser.value(printTo);
        options.printTenant = parser.value(printTenant);
        options.labelTemplate = parser.value(labelTemplate);
        options.labelData = parser.value(labelData);
        if (parser.isSet(labelTemplates))
            options.labelTemplates = parser.value(labelTemplates);
        options.labelFormat = QStringLiteral("zpl");
    }
    if (options.command == Options::Command::Jobs)
        options.printTo = parser.value(printTo);
    if (runs && parser.isSet(labelTemplates))
        options.labelTemplates = parser.value(labelTemplates);
    if (options.command == Options::Command::Import || options.command == Options::Command::Snapshot ||
        options.command == Options::Command::Replenishment) {
        if (!parser.isSet(printTenant)) {
            printError(QStringLiteral("%1 needs --tenant. Try --help.").arg(command));
            return 2;
        }
        options.printTenant = parser.value(printTenant);
    }
    if (options.command == Options::Command::Import) {
        options.importKind = parser.value(importKind);
        if (!importKindFromName(options.importKind)) {
            printError(QStringLiteral("import needs --kind skus, bins or stock. Try --help."));
            return 2;
        }
        if (positional.size() != 2) {
            printError(QStringLiteral("import needs the CSV file. Try --help."));
            return 2;
        }
        options.importFile = positional.value(1);
        options.skipBadRows = parser.isSet(skipBadRows);
    }
    if (parser.isSet(stockRound)) {
        auto minutes = parseStockRoundMinutes(parser.value(stockRound));
        if (!minutes) {
            printError(QStringLiteral("--stock-round-minutes: %1.").arg(minutes.error().message));
            return 2;
        }
        options.stockRoundMinutes = *minutes;
    }
    if (options.command == Options::Command::Asn) {
        if (positional.size() != 2 || !parser.isSet(printTenant)) {
            printError(QStringLiteral("asn needs --tenant ID and one FILE. Try --help."));
            return 2;
        }
        options.printTenant = parser.value(printTenant);
        options.asnFile = positional.value(1);
    }
    if (options.command == Options::Command::Staff) {
        options.staffAction = positional.value(1);
        options.staffId = positional.value(2);
        const bool needsId = options.staffAction == QLatin1String("add") ||
                             options.staffAction == QLatin1String("deactivate");
        if (options.staffAction != QLatin1String("list") && !needsId) {
            printError(QStringLiteral("staff needs list, add ID or deactivate ID. Try --help."));
            return 2;
        }
        if (needsId != (positional.size() == 3) || (!needsId && positional.size() != 2)) {
            printError(QStringLiteral("staff %1 takes %2. Try --help.")
                           .arg(options.staffAction, needsId ? QStringLiteral("one staff number")
                                                             : QStringLiteral("no argument")));
            return 2;
        }
        if (options.staffAction == QLatin1String("add")) {
            for (const QCommandLineOption* needed : {&staffName, &staffRole, &printTenant})
                if (!parser.isSet(*needed)) {
                    printError(QStringLiteral("staff add needs --%1. Try --help.").arg(needed->names().first()));
                    return 2;
                }
            options.staffName = parser.value(staffName);
            options.staffRole = parser.value(staffRole);
            options.staffBadge = parser.value(staffBadge);
            options.printTenant = parser.value(printTenant);
        }
    }
    if (options.command == Options::Command::Backup) {
        if (!parser.isSet(labelOut)) {
            printError(QStringLiteral("backup needs --out FILE. Try --help."));
            return 2;
        }
        options.labelOut = parser.value(labelOut);
    }
    if (options.command == Options::Command::Restore) {
        if (!parser.isSet(restoreFrom)) {
            printError(QStringLiteral("restore needs --from FILE. Try --help."));
            return 2;
        }
        options.restoreFrom = parser.value(restoreFrom);
    }
    if (options.command == Options::Command::Export) {
        for (const QCommandLineOption* needed : {&printTenant, &exportWhat, &labelOut})
            if (!parser.isSet(*needed)) {
                printError(QStringLiteral("export needs --%1. Try --help.").arg(needed->names().first()));
                return 2;
            }
        options.printTenant = parser.value(printTenant);
        options.exportWhat = parser.value(exportWhat);
        options.labelOut = parser.value(labelOut);
        if (options.exportWhat != QLatin1String("stock") && options.exportWhat != QLatin1String("events")) {
            printError(QStringLiteral("--what is stock or events, not \"%1\".").arg(options.exportWhat));
            return 2;
        }
    }
    if (options.command == Options::Command::Provision) {
        for (const QCommandLineOption* needed : {&warehouse, &labelOut})
            if (!parser.isSet(*needed)) {
                printError(QStringLiteral("provision needs --%1. Try --help.").arg(needed->names().first()));
                return 2;
            }
        options.labelOut = parser.value(labelOut);
        if (parser.values(station).size() > 1) {
            printError(QStringLiteral("provision takes one --station."));
            return 2;
        }
        options.provisionStation = parser.value(station);
    }
    if (parser.isSet(backupDir))
        options.backupDir = parser.value(backupDir);
    if (parser.isSet(metricsAddress)) {
        if (auto valid = checkListenAddress(parser.value(metricsAddress)); !valid) {
            printError(QStringLiteral("--metrics-address: %1.").arg(valid.error().message));
            return 2;
        }
        options.metricsAddress = parser.value(metricsAddress);
    }
    if (parser.isSet(metricsPort)) {
        auto port = parsePort(parser.value(metricsPort));
        if (!port) {
            printError(QStringLiteral("--metrics-port: %1.").arg(port.error().message));
            return 2;
        }
        options.metricsPort = *port;
    }
    if (parser.isSet(backupEvery)) {
        auto hours = parseBackupEveryHours(parser.value(backupEvery));
        if (!hours) {
            printError(QStringLiteral("--backup-every-hours: %1.").arg(hours.error().message));
            return 2;
        }
        options.backupEveryHours = *hours;
    }
    if (parser.isSet(backupKeep)) {
        auto keep = parseBackupKeep(parser.value(backupKeep));
        if (!keep) {
            printError(QStringLiteral("--backup-keep: %1.").arg(keep.error().message));
            return 2;
        }
        options.backupKeep = *keep;
    }
    if (parser.isSet(station)) {
        auto stations = parseStations(parser.values(station));
        if (!stations) {
            printError(QStringLiteral("--station: %1.").arg(stations.error().message));
            return 2;
        }
        options.stations = *stations;
    }
    // Switches only switch on (or, --no-*, off): the file's value stands unless one is given.
    if (parser.isSet(kiosk))
        options.kiosk = true;
    if (parser.isSet(noSound))
        options.sound = false;
    if (parser.isSet(demoScanner))
        options.demoScanner = true;
    if (parser.isSet(idleLogout)) {
        auto seconds = parseIdleLogoutSeconds(parser.value(idleLogout));
        if (!seconds) {
            printError(QStringLiteral("--idle-logout-s: %1.").arg(seconds.error().message));
            return 2;
        }
        options.idleLogoutSeconds = *seconds;
    }
    if (options.command == Options::Command::Print || options.command == Options::Command::Label) {
        if (parser.isSet(labelDpi)) {
            bool ok = false;
            options.labelDpi = parser.value(labelDpi).toInt(&ok);
            if (!ok || !devices::ZplEncoder::supportedDpi(options.labelDpi)) {
                printError(QStringLiteral("--dpi is 152, 203, 300 or 600."));
                return 2;
            }
        }
    }
    if (options.command == Options::Command::Label) {
        for (const QCommandLineOption* needed : {&labelTemplate, &labelData, &labelOut})
            if (!parser.isSet(*needed)) {
                printError(QStringLiteral("label needs --%1. Try --help.").arg(needed->names().first()));
                return 2;
            }
        options.labelTemplate = parser.value(labelTemplate);
        options.labelData = parser.value(labelData);
        options.labelOut = parser.value(labelOut);
        if (parser.isSet(labelTemplates))
            options.labelTemplates = parser.value(labelTemplates);
        if (parser.isSet(labelFormat))
            options.labelFormat = parser.value(labelFormat);
        if (!QStringList{QStringLiteral("zpl"), QStringLiteral("png"), QStringLiteral("pdf")}.contains(
                options.labelFormat)) {
            printError(QStringLiteral("--format is zpl, png or pdf, not \"%1\".").arg(options.labelFormat));
            return 2;
        }
    }
    const qsizetype allowed =
        (options.command == Options::Command::Rebuild || options.command == Options::Command::Decode ||
         options.command == Options::Command::Import || options.command == Options::Command::Asn)
            ? 2
        : options.command == Options::Command::Staff ? 3
                                                     : 1;
    if (positional.size() > allowed) {
        printError(QStringLiteral("Too many arguments. Try --help."));
        return 2;
    }
    // The store: --db, else --data-dir's warehouse.db, else the file's [store] path, else the data folder.
    if (parser.isSet(db))
        options.dbPath = parser.value(db);
    else if (parser.isSet(dataDir))
        options.dbPath = QDir(parser.value(dataDir)).filePath(QStringLiteral("warehouse.db"));
    else if (options.dbPath.isEmpty())
        options.dbPath = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                             .filePath(QStringLiteral("warehouse.db"));
    options.rebuildPath =
        positional.value(1); // empty: a temporary file next to the store, removed afterwards
    if (parser.isSet(headless))
        options.headless = true;
    if (parser.isSet(noDemo))
        options.seedDemo = false;
    if (parser.isSet(warehouse))
        options.warehouse = parser.value(warehouse);
    // The broker's settings: each given one overrides the file's, then they are checked together (before
    // anything is opened, so a typo never leaves a store behind).
    if (parser.isSet(broker))
        options.brokerUri = parser.value(broker);
    if (parser.isSet(tlsCa))
        options.tlsCa = parser.value(tlsCa);
    if (parser.isSet(tlsCert))
        options.tlsCert = parser.value(tlsCert);
    if (parser.isSet(tlsKey))
        options.tlsKey = parser.value(tlsKey);
    if (runs && (parser.isSet(broker) || parser.isSet(tlsCa) || parser.isSet(tlsCert) ||
                 parser.isSet(tlsKey) || parser.isSet(warehouse))) {
        Status checked = options.brokerUri.isEmpty() ? Status{} : checkBrokerUri(options.brokerUri);
        if (checked && !options.brokerUri.isEmpty())
            checked = checkTlsFiles(options.brokerUri, options.tlsCa, options.tlsCert, options.tlsKey);
        if (checked)
            checked = checkWarehouseId(options.warehouse);
        if (!checked) {
            printError(QStringLiteral("--broker/--tls-*/--warehouse: %1.").arg(checked.error().message));
            return 2;
        }
    }
    // Devices given on the command line replace the file's.
    if (parser.isSet(scanner))
        options.scanners.clear();
    for (const QString& spec : parser.values(scanner)) {
        auto config = devices::ScannerConfig::parse(spec);
        if (!config) {
            printError(QStringLiteral("--scanner %1: %2").arg(spec, config.error().message));
            return 2;
        }
        options.scanners.append(*config);
    }
    if (parser.isSet(printer))
        options.printers.clear();
    for (const QString& spec : parser.values(printer)) {
        auto config = devices::PrinterConfig::parse(spec);
        if (!config) {
            printError(QStringLiteral("--printer %1: %2").arg(spec, config.error().message));
            return 2;
        }
        options.printers.append(*config);
        if (auto unique = checkPrinterNames(options.printers); !unique) {
            printError(QStringLiteral("--printer %1: %2.").arg(spec, unique.error().message));
            return 2;
        }
    }
    if (parser.isSet(exitAfter)) {
        bool ok = false;
        options.exitAfterSeconds = parser.value(exitAfter).toInt(&ok);
        if (!ok || options.exitAfterSeconds <= 0) {
            printError(QStringLiteral("--exit-after needs a positive number of seconds."));
            return 2;
        }
    }
    return std::nullopt;
}

Result<std::unique_ptr<db::Store>> openStore(const Options& options)
{
    const QFileInfo file(options.dbPath);
    const bool existed = file.exists();
    if (!existed && options.command != Options::Command::Run)
        return makeError(ErrorCode::StorageError,
                         QStringLiteral("There is no store at %1.").arg(options.dbPath));
    if (!QDir().mkpath(file.absolutePath()))
        return makeError(ErrorCode::StorageReadOnly,
                         QStringLiteral("The data folder %1 cannot be created.").arg(file.absolutePath()));
    db::StoreOptions storeOptions;
    // The running appliance checkpoints off the action path; one-shot commands keep SQLite's own.
    storeOptions.backgroundCheckpoint = options.command == Options::Command::Run;
    auto store = db::Store::open(options.dbPath, storeOptions);
    if (!store)
        return store;
    if (!existed && options.seedDemo) {
        auto seeded = db::DemoData::seedIfEmpty(**store);
        if (!seeded) {
            // A half-seeded demo is worse than none: the file was new, so it goes.
            store->reset();
            for (const char* suffix : {"", "-wal", "-shm"})
                QFile::remove(options.dbPath + QLatin1String(suffix));
            return seeded.error();
        }
        if (auto staff = seedDemoStaff(**store); !staff)
            return staff.error();
        print(QStringLiteral("New store at %1: seeded the demo warehouse (%2 events) and its staff (README).")
                  .arg(options.dbPath)
                  .arg(*seeded));
    }
    // The merchants of the configuration's [tenants] (docs/operations.md, "Configuration").
    if (options.command == Options::Command::Run)
        if (auto tenants = registerConfiguredTenants(**store, options); !tenants)
            return tenants.error();
    return store;
}

int runBackup(const Options& options)
{
    auto report = db::Backup::backup(options.dbPath, options.labelOut);
    if (!report) {
        printError(report.error().message);
        return 1;
    }
    print(QStringLiteral("Backup written to %1: %2 events, %3 bytes.")
              .arg(report->path)
              .arg(report->events)
              .arg(report->bytes));
    return 0;
}

int runRestore(const Options& options)
{
    auto report = db::Backup::restore(options.dbPath, options.restoreFrom, QDateTime::currentDateTimeUtc());
    if (!report) {
        printError(report.error().message);
        return 1;
    }
    print(QStringLiteral("Restored %1 from %2: the event log is whole (%3 events).")
              .arg(options.dbPath, options.restoreFrom)
              .arg(report->events));
    if (!report->previousStore.isEmpty())
        print(QStringLiteral("The store it replaced is kept as %1.").arg(report->previousStore));
    return 0;
}

void runScheduledBackup(const Options& options, const QDateTime& now)
{
    auto report = db::Backup::backupInto(options.dbPath, options.backupDir, now);
    if (!report) {
        qCWarning(lcBackup).noquote() << QStringLiteral("scheduled backup failed: ") + report.error().message;
        return;
    }
    qCInfo(lcBackup).noquote()
        << QStringLiteral("scheduled backup: %1 (%2 events)").arg(report->path).arg(report->events);
    auto removed = db::Backup::rotate(options.backupDir, options.backupKeep);
    if (!removed) {
        qCWarning(lcBackup).noquote() << QStringLiteral("scheduled backup: ") + removed.error().message;
        return;
    }
    for (const QString& path : *removed)
        qCInfo(lcBackup).noquote() << QStringLiteral("scheduled backup: removed the old backup %1").arg(path);
}

int runExport(const Options& options)
{
    const auto kind = options.exportWhat == QLatin1String("stock") ? db::Backup::ExportKind::Stock
                                                                  : db::Backup::ExportKind::Events;
    auto rows = db::Backup::exportCsv(options.dbPath, options.printTenant, kind, options.labelOut);
    if (!rows) {
        printError(rows.error().message);
        return 1;
    }
    print(QStringLiteral("Wrote %1 %2 rows of %3 to %4.")
              .arg(*rows)
              .arg(options.exportWhat, options.printTenant, options.labelOut));
    return 0;
}

int runVerify(db::Store& store)
{
    auto report = store.verifyChain();
    if (!report) {
        printError(report.error().toString());
        return 3;
    }
    if (report->intact()) {
        print(QStringLiteral("The event log is intact: %1 events, every link checked.")
                  .arg(report->eventsChecked));
        return 0;
    }
    printError(QStringLiteral("The event log is broken at event %1: %2.")
                   .arg(report->firstBrokenSeq)
                   .arg(report->problem));
    return 1;
}

int runRebuild(db::Store& store, const QString& requestedTarget)
{
    QTemporaryDir scratch(QFileInfo(store.path()).absolutePath() + QStringLiteral("/rebuild-XXXXXX"));
    const QString target =
        requestedTarget.isEmpty() ? scratch.filePath(QStringLiteral("rebuilt.db")) : requestedTarget;
    if (requestedTarget.isEmpty() && !scratch.isValid()) {
        printError(QStringLiteral("No room for the rebuilt store next to %1.").arg(store.path()));
        return 3;
    }
    auto report = store.rebuildInto(target);
    if (!report) {
        printError(report.error().toString());
        return 3;
    }
    if (report->equal()) {
        print(QStringLiteral("Replayed %1 events into %2: every projection equals the live one.")
                  .arg(report->eventsReplayed)
                  .arg(target));
        return 0;
    }
    for (const db::TableDifference& d : report->differences)
        printError(QStringLiteral("%1: %2 rows only in the live store, %3 only in the rebuilt one.")
                       .arg(d.table)
                       .arg(d.onlyLive)
                       .arg(d.onlyRebuilt));
    return 1;
}

int runStatus(db::Store& store)
{
    auto summaries = store.tenantSummaries();
    if (!summaries) {
        printError(summaries.error().toString());
        return 3;
    }
    for (const db::TenantSummary& t : *summaries)
        print(QStringLiteral("%1 (%2): %3 units in %4 stock rows, %5 open orders, %6 SKUs low on stock")
                  .arg(t.tenant.name, t.tenant.id)
                  .arg(t.units)
                  .arg(t.stockRows)
                  .arg(t.openOrders)
                  .arg(t.lowStockSkus));
    sync::OutboxMonitor monitor(store, nullptr);
    print(monitor.poll().describe(store.clock().now()));
    return 0;
}

QString describeScan(const devices::StationScan& scan)
{
    const devices::ScanEvent& e = scan.event;
    QString what;
    if (e.ok()) {
        what = QStringLiteral("accepted ") + devices::symbologyName(e.symbology) + QLatin1Char(' ');
        if (e.gs1) {
            for (const devices::Gs1Element& element : e.elements)
                what += element.toString();
        } else {
            what += e.data;
        }
    } else {
        what = QStringLiteral("refused (") + devices::scanRefusalName(*e.refusal) + QStringLiteral("): ") +
               e.reason;
    }
    return QStringLiteral("scan at station %1 (scanner %2): %3").arg(scan.station, scan.scanner, what);
}

QString describePrinter(const devices::PrinterReport& report)
{
    // Before its first contact (at start, or never for a printer set to status=none with nothing printed yet)
    // there is nothing to say about a printer.
    const bool contacted = report.online || !report.faults.isEmpty() || !report.lastError.isEmpty();
    QStringList parts{report.online ? QStringLiteral("online")
                      : contacted   ? QStringLiteral("offline")
                                    : QStringLiteral("not contacted yet")};
    QStringList faults;
    for (devices::PrinterFault fault : report.faults)
        faults.append(devices::printerFaultName(fault));
    if (!faults.isEmpty())
        parts.append(QStringLiteral("faults: ") + faults.join(QStringLiteral(", ")));
    if (!report.warnings.isEmpty())
        parts.append(QStringLiteral("warnings: ") + report.warnings.join(QStringLiteral(", ")));
    parts.append(QStringLiteral("%1 waiting").arg(report.queueLength));
    if (report.uncertainJobs > 0)
        parts.append(QStringLiteral("%1 uncertain (an operator decides: reprint, confirm or cancel)")
                         .arg(report.uncertainJobs));
    if (!report.lastError.isEmpty())
        parts.append(report.lastError);
    return QStringLiteral("printer %1: %2").arg(report.printer, parts.join(QStringLiteral("; ")));
}

bool displayAvailable()
{
#ifdef WH_WITH_GUI
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return false;
#endif
}

void quitOnTerminationSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalFds[1], &byte, 1);
        print(QStringLiteral("Stopping: every confirmed action is already on disk."));
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

int runDecode(const QString& scan)
{
    const devices::ScanReport report = devices::ScanReport::of(scan, SystemClock().today());
    for (const QString& line : report.lines)
        print(line);
    return report.exitCode;
}

namespace {

// The label data: an object as is, or the payload of an event (or of the first event of a batch), so support
// staff can paste what the appliance sent.
Result<QJsonObject> readLabelData(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 is not a JSON object: %2")
                                                         .arg(path, error.error != QJsonParseError::NoError
                                                                        ? error.errorString()
                                                                        : QStringLiteral("not an object")));
    QJsonObject data = document.object();
    if (data.value(QStringLiteral("events")).isArray())
        data = data.value(QStringLiteral("events")).toArray().at(0).toObject();
    if (data.value(QStringLiteral("payload")).isObject())
        data = data.value(QStringLiteral("payload")).toObject();
    return data;
}

Status writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path); // all or nothing: a refused label never leaves half a file
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::StorageError,
                         QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

// A template filled from the data file the options name: what `label` draws and `print` queues.
struct FilledLabels
{
    QString templateName;
    QJsonObject data;
    QList<devices::Label> labels;
};

Result<FilledLabels> fillLabels(const Options& options)
{
    auto templ = devices::LabelTemplate::load(options.labelTemplate, options.labelTemplates);
    if (!templ)
        return templ.error();
    auto data = readLabelData(options.labelData);
    if (!data)
        return data.error();
    auto labels = templ->fill(*data);
    if (!labels)
        return labels.error();
    return FilledLabels{templ->name(), *data, *labels};
}

int fail(const Error& error)
{
    printError(error.message);
    return 1;
}

} // namespace

int runLabel(const Options& options)
{
    auto filled = fillLabels(options);
    if (!filled)
        return fail(filled.error());
    const QList<devices::Label>* labels = &filled->labels;
    QList<QPair<QString, QByteArray>> files;
    if (options.labelFormat == QLatin1String("zpl")) {
        auto zpl = devices::ZplEncoder::encode(*labels, options.labelDpi);
        if (!zpl)
            return fail(zpl.error());
        files.append({options.labelOut, *zpl});
    } else if (options.labelFormat == QLatin1String("pdf")) {
        auto pdf = devices::LabelPainter::renderPdf(*labels, options.labelDpi);
        if (!pdf)
            return fail(pdf.error());
        files.append({options.labelOut, *pdf});
    } else {
        // One PNG per label: out.png, or out-1.png, out-2.png ... for a shipment of several packages.
        const QFileInfo out(options.labelOut);
        for (qsizetype i = 0; i < labels->size(); ++i) {
            auto png = devices::LabelPainter::renderPng(labels->at(i), options.labelDpi);
            if (!png)
                return fail(png.error());
            const QString path = labels->size() == 1 ? options.labelOut
                                                     : out.dir().filePath(QStringLiteral("%1-%2.%3")
                                                                              .arg(out.completeBaseName())
                                                                              .arg(i + 1)
                                                                              .arg(out.suffix()));
            files.append({path, *png});
        }
    }
    for (const auto& [path, bytes] : files)
        if (auto written = writeFile(path, bytes); !written)
            return fail(written.error());
    QStringList paths;
    for (const auto& file : files)
        paths.append(file.first);
    // The template, the format and the files: never the label's content (names and addresses).
    print(QStringLiteral("%1 label%2 from template %3 (%4 at %5 dpi): %6")
              .arg(labels->size())
              .arg(labels->size() == 1 ? QString() : QStringLiteral("s"))
              .arg(filled->templateName, options.labelFormat.toUpper())
              .arg(options.labelDpi)
              .arg(paths.join(QStringLiteral(", "))));
    return 0;
}

int runPrint(db::Store& store, const Options& options)
{
    if (auto tenant = store.tenant(options.printTenant); !tenant)
        return fail(tenant.error());
    auto filled = fillLabels(options);
    if (!filled)
        return fail(filled.error());
    const QList<devices::Label>* labels = &filled->labels;
    const QJsonObject* data = &filled->data;
    const QString& templateName = filled->templateName;
    // Every label is encoded before anything is queued: a refused one leaves the queue as it was.
    QList<QByteArray> payloads;
    for (const devices::Label& label : *labels) {
        auto zpl = devices::ZplEncoder::encode({label}, options.labelDpi);
        if (!zpl)
            return fail(zpl.error());
        payloads.append(*zpl);
    }
    auto queue = db::SqlPrintQueue::open(options.dbPath);
    if (!queue)
        return fail(queue.error());
    // The same data for the same printer and template is the same job: running this twice (a retry, a
    // double tap) queues nothing new. The key holds a digest of the data, never the data itself.
    const QByteArray digest = QCryptographicHash::hash(QJsonDocument(*data).toJson(QJsonDocument::Compact),
                                                       QCryptographicHash::Sha256)
                                  .toHex()
                                  .left(32);
    const QString shipment = data->value(QStringLiteral("shipmentId")).toString();
    const QJsonArray packages = data->value(QStringLiteral("packages")).toArray();
    for (qsizetype i = 0; i < payloads.size(); ++i) {
        QString reference = shipment.isEmpty() ? templateName : shipment;
        const QString carton = packages.at(i).toObject().value(QStringLiteral("cartonId")).toString();
        if (!carton.isEmpty())
            reference += QLatin1Char('/') + carton;
        else if (payloads.size() > 1)
            reference += QStringLiteral("#%1").arg(i + 1);
        wh::NewPrintJob job;
        job.printer = options.printTo;
        job.tenant = options.printTenant;
        job.kind = templateName;
        job.reference = reference;
        job.idempotencyKey =
            QStringLiteral("%1:%2:%3:%4:%5")
                .arg(options.printTenant, options.printTo, templateName, QString::fromLatin1(digest))
                .arg(i + 1);
        job.payload = payloads[i];
        auto queued = (*queue)->enqueue(job);
        if (!queued)
            return fail(queued.error());
        if (queued->created)
            print(QStringLiteral("queued job %1 for printer %2: %3")
                      .arg(queued->job.id)
                      .arg(options.printTo, reference));
        else
            print(QStringLiteral("already queued as job %1 for printer %2 (%3): nothing new to print")
                      .arg(queued->job.id)
                      .arg(options.printTo, wh::printJobStateName(queued->job.state)));
    }
    return 0;
}

int runJobs(const Options& options)
{
    auto queue = db::SqlPrintQueue::open(options.dbPath);
    if (!queue) {
        printError(queue.error().message);
        return 1;
    }
    auto jobs = (*queue)->jobs(options.printTo);
    if (!jobs) {
        printError(jobs.error().message);
        return 1;
    }
    if (jobs->isEmpty())
        print(options.printTo.isEmpty()
                  ? QStringLiteral("The print queue is empty.")
                  : QStringLiteral("No print jobs for printer %1.").arg(options.printTo));
    for (const wh::PrintJob& job : *jobs)
        print(
            QStringLiteral("job %1  %2  %3  %4 (%5)  attempts %6%7%8")
                .arg(job.id)
                .arg(job.printer, wh::printJobStateName(job.state), job.reference, job.kind)
                .arg(job.attempts)
                .arg(job.reprintOf > 0 ? QStringLiteral("  reprint of job %1").arg(job.reprintOf) : QString())
                .arg(job.lastError.isEmpty() ? QString() : QStringLiteral("  ") + job.lastError));
    return 0;
}

// Replenishment, stock snapshots and CSV import.
namespace {

// Who acts for a command typed at the appliance's console: the operator signed in to it, as an admin.
Actor consoleActor()
{
    const QString user = qEnvironmentVariable("USER", QStringLiteral("operator"));
    return Actor{
        user.isEmpty() ? QStringLiteral("operator") : user, QStringLiteral("console"), Role::Admin, {}};
}

} // namespace

int runImport(db::Store& store, const Options& options)
{
    auto tenant = store.tenant(options.printTenant);
    if (!tenant) {
        printError(tenant.error().toString());
        return 1;
    }
    QFile file(options.importFile);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(QStringLiteral("Cannot read %1: %2").arg(options.importFile, file.errorString()));
        return 1;
    }
    const QByteArray bytes = file.read(CsvReader::kMaxBytes + 1);
    auto report = store.importCsv(*tenant, consoleActor(), *importKindFromName(options.importKind), bytes,
                                  {options.skipBadRows, QFileInfo(options.importFile).fileName()});
    if (!report) {
        printError(report.error().toString());
        return 1;
    }
    for (const ImportRowError& e : report->errors)
        print(e.toString());
    print(report->summary());
    return report->applied && (report->errors.isEmpty() || options.skipBadRows) ? 0 : 1;
}

int runSnapshot(db::Store& store, const Options& options)
{
    auto tenant = store.tenant(options.printTenant);
    if (!tenant) {
        printError(tenant.error().toString());
        return 1;
    }
    auto receipt = store.takeSnapshot(*tenant, consoleActor(), SnapshotReason::OnDemand);
    if (!receipt) {
        printError(receipt.error().toString());
        return 1;
    }
    const QJsonArray skus = receipt->events.first().payloadObject().value(QStringLiteral("skus")).toArray();
    print(QStringLiteral("Stock snapshot of %1: %2 SKUs, event %3, queued for the central service")
              .arg(tenant->id())
              .arg(skus.size())
              .arg(receipt->firstSeq));
    return 0;
}

int runReplenishment(db::Store& store, const Options& options)
{
    auto tenant = store.tenant(options.printTenant);
    if (!tenant) {
        printError(tenant.error().toString());
        return 1;
    }
    auto tasks = store.replenishmentTasks(*tenant);
    if (!tasks) {
        printError(tasks.error().toString());
        return 1;
    }
    for (const ReplenishmentTask& task : *tasks) {
        QStringList from;
        for (const ReplenishmentLine& line : task.lines)
            from.append(
                QStringLiteral("%1 from %2%3")
                    .arg(line.quantity)
                    .arg(line.from, line.lot.isEmpty() ? QString() : QStringLiteral(" lot ") + line.lot));
        print(QStringLiteral("%1 %2: %3 to %4, %5 of %6 moved%7")
                  .arg(task.id, replenishmentStatusName(task.status), task.sku, task.location)
                  .arg(task.moved)
                  .arg(task.quantity)
                  .arg(from.isEmpty()
                           ? QStringLiteral(" (no bulk stock)")
                           : QStringLiteral(" (") + from.join(QStringLiteral(", ")) + QLatin1Char(')')));
    }
    print(QStringLiteral("%1 open replenishment tasks").arg(tasks->size()));
    return 0;
}

void runStockRound(db::Store& store)
{
    // The appliance's own scheduled work: the system acts, never a person.
    const Actor scheduler{QStringLiteral("scheduler"), QStringLiteral("appliance"), Role::System, {}};
    auto tenants = store.tenants();
    if (!tenants) {
        qCWarning(lcStock).noquote() << QStringLiteral("stock round: ") + tenants.error().toString();
        return;
    }
    for (const Tenant& t : *tenants) {
        const TenantContext tenant(t.id);
        if (auto snapshot = store.takeSnapshot(tenant, scheduler, SnapshotReason::Scheduled); !snapshot)
            qCWarning(lcStock).noquote()
                << QStringLiteral("stock round: snapshot of %1: %2").arg(t.id, snapshot.error().toString());
        if (auto planned = store.planReplenishment(tenant, scheduler); !planned)
            qCWarning(lcStock).noquote()
                << QStringLiteral("stock round: replenishment of %1: %2").arg(t.id, planned.error().toString());
    }
}

// Receiving: an ASN from a file stands in for the central service's command (a delivery note typed up, a
// supplier's export), checked by the same rules and recorded as the same AsnRegistered event.
int runAsn(db::Store& store, const Options& options)
{
    auto tenant = store.tenant(options.printTenant);
    if (!tenant)
        return fail(tenant.error());
    QFile file(options.asnFile);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(QStringLiteral("Cannot read %1: %2").arg(options.asnFile, file.errorString()));
        return 1;
    }
    auto asn = Receiving::parseAsnDocument(file.readAll());
    if (!asn) {
        printError(QStringLiteral("%1: %2").arg(options.asnFile, asn.error().message));
        return 1;
    }
    const Actor importer{QStringLiteral("asn-file"), QStringLiteral("appliance"), Role::System, {}};
    auto registered = store.registerAsn(*tenant, importer, *asn);
    if (!registered) {
        printError(registered.error().toString());
        return 1;
    }
    std::int64_t units = 0;
    for (const AsnLine& line : asn->lines)
        units += line.quantity;
    print(QStringLiteral("ASN %1 from %2 registered for %3: %4 lines, %5 units expected on %6.")
              .arg(asn->id, asn->supplier, options.printTenant)
              .arg(asn->lines.size())
              .arg(units)
              .arg(asn->expectedDate.toString(Qt::ISODate)));
    return 0;
}

// The kiosk's staff. The PIN comes from standard input so it never shows in a process list or a shell's
// history; only its Argon2id hash is stored.
int runStaff(db::Store& store, const Options& options)
{
    db::StaffDirectory staff(store.connection(), store.clock());
    if (options.staffAction == QLatin1String("list")) {
        auto members = staff.members();
        if (!members)
            return fail(members.error());
        const qint64 now = store.clock().now().toMSecsSinceEpoch();
        for (const db::StaffMember& m : *members)
            print(QStringLiteral("%1  %2  %3  merchants %4%5%6%7")
                      .arg(m.user.id, m.user.name, roleName(m.user.role), m.user.tenantIds.join(QLatin1Char(',')))
                      .arg(m.badge.isEmpty() ? QString() : QStringLiteral("  badge ") + m.badge)
                      .arg(m.active ? QString() : QStringLiteral("  inactive"))
                      .arg(m.lockedUntilMs > now ? QStringLiteral("  locked") : QString()));
        if (members->isEmpty())
            print(QStringLiteral("No staff yet: add one with staff add."));
        return 0;
    }
    if (options.staffAction == QLatin1String("deactivate")) {
        if (auto done = staff.setActive(options.staffId, false); !done)
            return fail(done.error());
        print(QStringLiteral("Staff %1 may no longer log in.").arg(options.staffId));
        return 0;
    }
    const auto role = roleFromName(options.staffRole);
    if (!role || *role == Role::System) {
        printError(QStringLiteral("--role is picker, packer, receiver, counter, supervisor or admin, not \"%1\".")
                       .arg(options.staffRole));
        return 2;
    }
    const QStringList tenants = options.printTenant.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& id : tenants)
        if (auto known = store.tenant(id); !known)
            return fail(known.error());
    QTextStream in(stdin);
    const QString pin = in.readLine().trimmed();
    auto saved = staff.save(User{options.staffId, options.staffName, *role, tenants}, pin, options.staffBadge);
    if (!saved)
        return fail(saved.error());
    print(QStringLiteral("Staff %1 (%2, %3) may log in for %4.")
              .arg(options.staffId, options.staffName, roleName(*role), tenants.join(QStringLiteral(", "))));
    return 0;
}

Status seedDemoStaff(db::Store& store)
{
    db::StaffDirectory staff(store.connection(), store.clock());
    auto existing = staff.members();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return {};
    const QStringList both{QStringLiteral("acme"), QStringLiteral("globex")};
    struct Seed
    {
        const char* id;
        const char* name;
        Role role;
        const char* pin;
    };
    // Demo only: README lists these. A real appliance's staff come from `staff add`.
    for (const Seed& seed : {Seed{"1001", "Pia Picker", Role::Picker, "1111"},
                             Seed{"2001", "Pat Packer", Role::Packer, "2222"},
                             Seed{"3001", "Rik Receiver", Role::Receiver, "3333"},
                             Seed{"4001", "Cy Counter", Role::Counter, "4444"},
                             Seed{"9001", "Sam Supervisor", Role::Supervisor, "9999"},
                             Seed{"9901", "Ada Admin", Role::Admin, "0000"}}) {
        const QString id = QString::fromLatin1(seed.id);
        if (auto saved = staff.save(User{id, QString::fromLatin1(seed.name), seed.role, both},
                                    QString::fromLatin1(seed.pin), QStringLiteral("BADGE-") + id);
            !saved)
            return saved;
    }
    return {};
}

} // namespace wh::app
