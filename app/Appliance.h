#pragma once

#include "OutboxMonitor.h"
#include "PrintSpooler.h"
#include "ScannerConfig.h"
#include "ScanSource.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QObject>

#include <memory>

namespace wh::app {

// What the command line asked for, parsed before any QCoreApplication exists (so --help and --version work
// on a machine with no display).
struct Options
{
    enum class Command
    {
        Run,
        Verify,
        Rebuild,
        Status,
        Decode,
        Label,
        Print,
        Jobs,
        // Replenishment, stock snapshots and CSV import.
        Import,
        Snapshot,
        Replenishment,
        Asn,
        Staff, // the kiosk's staff: list, add, deactivate
        // Backups, restore and CSV export (docs/operations.md, "Backups").
        Backup,
        Restore,
        Export,
        Provision,  // a new appliance's key and certificate request (docs/operations.md, "Fleet")
        CheckConfig // --check-config: the configuration and the store's schema, checked (app/Config.h)
    };
    Command command = Command::Run;
    QString dbPath;
    QString rebuildPath;
    QString scan; // decode: the scan as typed
    // label: a template filled from a JSON file, written as ZPL, PNG or PDF
    QString labelTemplate;
    QString labelData;
    QString labelFormat = QStringLiteral("zpl");
    int labelDpi = 203;
    QString labelTemplates; // the operator's folder of templates that override the built-in ones
    QString labelOut;
    bool headless = false;
    bool seedDemo = true;
    // run: the link to the central service (none: the appliance buffers everything and says so)
    QString brokerUri;
    QString warehouse = QStringLiteral("wh-1");
    QString tlsCa;
    QString tlsCert;
    QString tlsKey;
    int exitAfterSeconds = 0;
    // run: serial scanners, one spec each (docs/scanners.md), checked before anything starts
    QList<devices::ScannerConfig> scanners;
    // run: label printers, one spec each (docs/printers.md); their queue is in the store
    QList<devices::PrinterConfig> printers;
    // print: the printer (by name) whose queue takes the labels, and the merchant they belong to
    QString printTo;
    QString printTenant;
    // Replenishment, stock snapshots and CSV import: import's kind, file and whether bad rows are left out
    // (the tenant is --tenant, in printTenant); run's minutes between stock rounds (a snapshot per tenant
    // and a replenishment run over every pick face; 0: none).
    QString importKind;
    QString importFile;
    bool skipBadRows = false;
    double stockRoundMinutes = 15;
    // asn: the ASN file (the AdvanceShippingNotice body as JSON); the tenant is --tenant, as for print
    QString asnFile;
    // run: the kiosk - the stations it serves (the session's is stamped on every action; with several, the
    // user chooses at login), full-screen kiosk mode, the idle logout and the feedback tones
    QStringList stations{QStringLiteral("station-1")};
    bool kiosk = false;
    int idleLogoutSeconds = 120;
    bool sound = true;
    bool demoScanner = false; // a panel of the demo's barcodes to tap beside the kiosk
    // staff: list | add ID | deactivate ID; add takes --name, --role, --tenant (comma-separated), --badge and
    // reads the PIN from the first line of standard input (never from the command line: ps shows that)
    QString staffAction;
    QString staffId;
    QString staffName;
    QString staffRole;
    QString staffBadge;
    // Backups, restore and CSV export: backup's --out (in labelOut), restore's --from, export's --what and
    // --out (the tenant is --tenant, in printTenant); run's scheduled backups (none without --backup-dir).
    QString restoreFrom;
    QString exportWhat;
    QString backupDir;
    double backupEveryHours = 24;
    int backupKeep = 7;
    // The configuration file (docs/operations.md, "Configuration"): read before the command line, which
    // overrides it. Empty: none (the embedded defaults).
    QString configPath;
    QStringList configErrors; // check-config: the file's refusals, each "FILE:LINE: [section] key: why"
    // The merchants this warehouse serves ([tenants]): run registers those the store does not know yet.
    QList<Tenant> tenants;
    // run: Prometheus /metrics and /healthz (docs/operations.md, "Metrics and health"); port 0: off.
    QString metricsAddress = QStringLiteral("127.0.0.1");
    int metricsPort = 0;
    // provision: --warehouse is the certificate's common name, --out (in labelOut) the folder; --station
    // (optional, one) goes into the request's subject for the CA's records.
    QString provisionStation;
};

// Parses argv. Returns an exit code when the program should stop at once (help, version, a usage error).
std::optional<int> parseArguments(const QStringList& arguments, Options& options);

// Opens the store (creating its folder), seeds the demo on first start, and prints what it did.
Result<std::unique_ptr<db::Store>> openStore(const Options& options);

int runVerify(db::Store& store);
int runRebuild(db::Store& store, const QString& target);
int runStatus(db::Store& store);
// Prints what one scan decodes to (support staff use it); needs no store.
int runDecode(const QString& scan);
// Renders a label from a template and a JSON data file (support staff and demos); needs no store. Needs a
// QGuiApplication (fonts).
int runLabel(const Options& options);

// One line for a scan as the headless appliance prints it: the station, the scanner and what the scan
// decoded to (or why it was refused). Product codes only: scans carry no names or addresses.
QString describeScan(const devices::StationScan& scan);

// One line for a printer's report: online or not, its faults and queue, never a label's content.
QString describePrinter(const devices::PrinterReport& report);

// Renders a template's labels as ZPL and queues one print job per label in the store's print queue for the
// printer named by --to; the running appliance's spooler prints them. The same data queued again is the same
// jobs (nothing prints twice); a second label is a reprint, an audited decision.
int runPrint(db::Store& store, const Options& options);
// Lists the print queue (every printer, or --to's): job, printer, state, attempts, what it labels, last
// error.
int runJobs(const Options& options);
// Registers an advance shipping notice from a JSON file (the AdvanceShippingNotice command's body) for
// --tenant, by the same rules as the central service's command. Exit 1 when the file or the ASN is refused.
int runAsn(db::Store& store, const Options& options);

// The kiosk's staff (docs/kiosk.md): list them, add one (PIN from standard input), or deactivate one.
int runStaff(db::Store& store, const Options& options);
// The demo's staff, one per role, on a store the demo seeded (README lists their PINs and badges).
Status seedDemoStaff(db::Store& store);

// Replenishment, stock snapshots and CSV import (docs/import.md, docs/replenishment.md). Each prints what it
// did; exit 1 when refused (an import with bad rows prints every one and imports nothing unless
// --skip-bad-rows).
int runImport(db::Store& store, const Options& options);
int runSnapshot(db::Store& store, const Options& options);
int runReplenishment(db::Store& store, const Options& options);
// The running appliance's stock round, on the store's thread: a scheduled snapshot for every tenant, then a
// replenishment run over every pick face (a lot that expired overnight leaves a face short without any
// action). A failure for one tenant is printed and the others go on.
void runStockRound(db::Store& store);

// Backups, restore and CSV export (docs/operations.md): each works on the store's file with connections of
// its own (never through openStore, which would create or migrate it). backup and export run beside a
// running appliance; restore refuses while anything has the store open. Exit 0 done, 1 refused, 2 usage.
int runBackup(const Options& options);
int runRestore(const Options& options);
int runExport(const Options& options);
// The running appliance's scheduled backup: one into --backup-dir named after the time, then the oldest
// beyond --backup-keep removed. Prints what it did; a failure is printed and the appliance goes on.
void runScheduledBackup(const Options& options, const QDateTime& now);

// Makes this appliance's private key and certificate request for the fleet broker (app/Provision.h) and
// prints the next steps. Exit 0 done, 1 refused.
int runProvision(const Options& options);

// True when a window can be shown: a GUI build with a display (or an explicit Qt platform plugin).
bool displayAvailable();

// Stops the event loop cleanly on SIGINT and SIGTERM.
void quitOnTerminationSignals();

} // namespace wh::app
