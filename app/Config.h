#pragma once

#include "Appliance.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace wh::app {

// One `key = value` line of the configuration file and where it stands, so every refusal can name the file,
// the line and the key.
struct ConfigEntry
{
    QString section;
    QString key;
    QString value;
    int line = 0;
};

// The configuration file (docs/operations.md, "Configuration") as read: INI-style sections of `key = value`
// lines, whole-line comments (# or ;). QSettings would lose the line numbers, hence this small reader. Syntax
// errors (a line that is not a section, a key or a comment, a key outside a section, a section or a key given
// twice) land in `errors`, each "FILE:LINE: ..."; the entries are what could be read.
struct ConfigFile
{
    QString path;
    QList<std::pair<QString, int>> sections; // each section header and its line
    QList<ConfigEntry> entries;
    QStringList errors;

    // An unreadable or missing file is one error naming the file.
    static ConfigFile read(const QString& path);
    static ConfigFile parse(const QString& path, const QByteArray& text);
};

// Applies the file to options (which hold the defaults) and returns every refusal, each
// "FILE:LINE: [section] key: why"; a key that is refused leaves its default. The command line is applied
// afterwards and overrides. Relative paths are taken from the file's folder.
QStringList applyConfig(const ConfigFile& file, Options& options);

// The checks the command line and the configuration file share. Each returns the value or why it is refused;
// the caller names the flag, or the file, line and key.
Status checkBrokerUri(const QString& uri);
// The TLS files: all three or none, all three for an ssl:// broker, each one a readable file.
Status checkTlsFiles(const QString& uri, const QString& ca, const QString& cert, const QString& key);
Status checkReadableFile(const QString& path);
Status checkWarehouseId(const QString& id);
// Comma-separated station ids (or several values): none empty, none twice.
Result<QStringList> parseStations(const QStringList& values);
Result<int> parsePort(const QString& value);                 // 0 to 65535; 0: off
Status checkListenAddress(const QString& address);           // an IPv4 or IPv6 address
Result<int> parseIdleLogoutSeconds(const QString& value);    // 0: never
Result<double> parseStockRoundMinutes(const QString& value); // 0: none
Result<double> parseBackupEveryHours(const QString& value);  // above 0, 596 at most (a QTimer's int ms)
Result<int> parseBackupKeep(const QString& value);           // 1 or more
Result<bool> parseBool(const QString& value);                // true/false, yes/no, on/off, 1/0
// Two printers with one name would share one queue by accident.
Status checkPrinterNames(const QList<devices::PrinterConfig>& printers);

// What `run` would use, one line per setting (never a secret; TLS files by path only).
QStringList describeSettings(const Options& options);

// check-config: prints the settings, then the store's schema against this version's, read-only (the store
// is never created or migrated here), and the merchants [tenants] would register. Exit 0 when run would
// start, 1 with every error listed when not.
int runCheckConfig(const Options& options);

// run: registers the merchants of [tenants] the store does not know yet (a TenantRegistered event each),
// and says which merchants the store serves that the file does not list (they stay: their stock and history
// are the store's). Prints what it did.
Status registerConfiguredTenants(db::Store& store, const Options& options);

} // namespace wh::app
