#pragma once

#include "CsvImport.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace wh::db {

struct ImportOptions
{
    // Import the good rows of a file that has bad ones (each bad row still reported). Off: a file with any
    // error imports nothing.
    bool skipBadRows = false;
    QString fileName; // for the audit record (CsvImported), never read from
};

// What an import did (Store::importCsv): every bad row with its line, column and reason, and what was
// written. `applied` is false when nothing was written (the file had errors and skipBadRows was off, or it
// had no good row at all).
struct ImportReport
{
    ImportKind kind = ImportKind::Skus;
    int dataRows = 0;
    int imported = 0;
    int skipped = 0; // bad rows left out because skipBadRows was set
    QList<ImportRowError> errors;
    bool applied = false;
    std::int64_t firstSeq = 0;
    std::int64_t lastSeq = 0;

    // One line for the operator: how many rows, how many imported, how many bad.
    QString summary() const;
};

} // namespace wh::db
