#pragma once

#include "Clock.h"
#include "Inventory.h"
#include "InventoryState.h"
#include "Location.h"
#include "Sku.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace wh {

// What a CSV file brings in: SKUs, bins (locations) or opening stock. docs/import.md names the columns.
enum class ImportKind
{
    Skus,
    Bins,
    Stock
};
QString importKindName(ImportKind kind);
std::optional<ImportKind> importKindFromName(const QString& name);

// One problem of a file: the line it starts on (1 is the header), the column it is about ("" when it is
// about the whole row or file) and why, in words the person who wrote the file can act on.
struct ImportRowError
{
    int line = 0;
    QString field;
    QString reason;

    bool operator==(const ImportRowError&) const = default;
    QString toString() const;
};

// One record of the file as RFC 4180 reads it: the line it starts on and its fields, unquoted.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

struct CsvTable
{
    QStringList header;
    QList<CsvRecord> records;     // the data rows, blank lines left out
    QList<ImportRowError> errors; // rows that could not be read (broken quoting, not UTF-8)
};

// RFC 4180: comma separated, fields in double quotes may hold commas, line breaks and doubled quotes; CRLF or
// LF line ends; UTF-8 with or without a byte order mark. Spaces around an unquoted field are trimmed. A row
// that cannot be read is an error of its line and the reader goes on with the next, so every bad row is
// reported. Pure: no file access.
class CsvReader
{
public:
    static constexpr qsizetype kMaxBytes = 64 * 1024 * 1024;
    static CsvTable read(const QByteArray& bytes);
};

// A stock row of the file: opening stock, received into the bin as StockReceived.
struct ImportStockRow
{
    QString sku;
    QString location;
    QString lot;
    QDate expiry;
    std::int64_t quantity = 0;
};

using ImportRecord = std::variant<Sku, Location, ImportStockRow>;

// A row of the file, read into what it defines.
struct ImportRow
{
    int line = 0;
    ImportRecord record;
};

// What reading and checking a file found: the rows that are good and every error, in line order.
struct ImportPlan
{
    ImportKind kind = ImportKind::Skus;
    int dataRows = 0; // rows of data in the file (blank lines not counted)
    QList<ImportRow> good;
    QList<ImportRowError> errors;
    bool fileError = false; // the file as a whole is unusable (header, size, encoding): nothing imports
};

// The rules of an import: the header names the kind's columns (each at most once, no others; the required
// ones present), every field is read by its column's type, a code appears once per file, and each row is
// checked against the tenant's state by the same rules the action applies (Inventory), so a row that passes
// here is one the store accepts. Pure: the state port and the clock, nothing else.
class CsvImport
{
public:
    static constexpr int kMaxRows = 100000;

    // The columns of a kind, required ones first.
    static QStringList columns(ImportKind kind);
    static QStringList requiredColumns(ImportKind kind);

    CsvImport(const InventoryState& state, const Clock& clock)
        : m_state(state)
        , m_clock(clock)
    {}

    ImportPlan plan(ImportKind kind, const QByteArray& bytes) const;

    // The action for one good row (what the store runs, one row per step).
    Result<EventList> apply(Inventory& inventory, const ImportRecord& record) const;

private:
    std::optional<ImportRecord> readRow(ImportKind kind, const QStringList& header, const CsvRecord& record,
                                        QList<ImportRowError>& errors) const;
    void checkAgainstState(const ImportRow& row, QList<ImportRowError>& errors) const;

    const InventoryState& m_state;
    const Clock& m_clock;
};

} // namespace wh
