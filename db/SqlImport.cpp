// The store's CSV import: the file is read and every row checked (core/CsvImport), then the good rows are
// applied as one transaction, one step per row so each row's rules see the rows before it.
#include "SqlImport.h"

#include "SqlInventoryState.h"
#include "Store.h"

#include <QSet>

namespace wh::db {

QString ImportReport::summary() const
{
    QString text = QStringLiteral("%1 import: %2 rows, %3 imported")
                       .arg(importKindName(kind), QString::number(dataRows), QString::number(imported));
    if (!errors.isEmpty())
        text += QStringLiteral(", %1 with errors").arg(QString::number(errors.size()));
    if (skipped > 0)
        text += QStringLiteral(" (%1 rows skipped)").arg(QString::number(skipped));
    if (!applied)
        text += QStringLiteral("; nothing was imported");
    return text;
}

namespace {

bool storageFailure(ErrorCode code)
{
    switch (code) {
    case ErrorCode::StorageFull:
    case ErrorCode::StorageReadOnly:
    case ErrorCode::StorageBusy:
    case ErrorCode::StorageCorrupt:
    case ErrorCode::SchemaTooNew:
    case ErrorCode::StorageError:
    case ErrorCode::PermissionDenied:
    case ErrorCode::ApprovalRequired:
    case ErrorCode::UnknownTenant:
        return true;
    default:
        return false;
    }
}

} // namespace

Result<ImportReport> Store::importCsv(const TenantContext& t, const Actor& a, ImportKind kind,
                                      const QByteArray& bytes, const ImportOptions& options)
{
    // Checked before the file is read against the tenant's state: a report of another's rows tells too much.
    if (auto allowed = Permissions::check(a, Permission::RunTools); !allowed)
        return allowed.error();
    if (auto known = tenant(t.id()); !known)
        return known.error();
    auto planned = read([&] {
        SqlInventoryState state(m_connection, t);
        return CsvImport(state, *m_clock).plan(kind, bytes);
    });
    if (!planned)
        return planned.error();
    const ImportPlan& plan = *planned;
    ImportReport report;
    report.kind = kind;
    report.dataRows = plan.dataRows;
    report.errors = plan.errors;
    if (plan.fileError || plan.good.isEmpty() || (!plan.errors.isEmpty() && !options.skipBadRows))
        return report;

    // The rules run again row by row inside the transaction: a row that something else changed meanwhile
    // is refused there, and the whole import with it.
    int failedLine = 0;
    QList<StateHandler> steps;
    steps.reserve(plan.good.size() + 1);
    for (const ImportRow& row : plan.good)
        steps.append([this, &row, &failedLine](SqlInventoryState& state) -> Result<EventList> {
            Inventory inventory(state, *m_clock);
            auto events = CsvImport(state, *m_clock).apply(inventory, row.record);
            if (!events)
                failedLine = row.line;
            return events;
        });
    QSet<int> badLines;
    for (const ImportRowError& e : plan.errors)
        badLines.insert(e.line);
    const int skipped = int(badLines.size());
    steps.append([&](SqlInventoryState&) -> Result<EventList> {
        return EventList{DomainEvent{EventType::CsvImported,
                                     QStringLiteral("tenant"),
                                     t.id(),
                                     {{QStringLiteral("kind"), importKindName(kind)},
                                      {QStringLiteral("fileName"), options.fileName},
                                      {QStringLiteral("rows"), plan.dataRows},
                                      {QStringLiteral("imported"), int(plan.good.size())},
                                      {QStringLiteral("skipped"), skipped}}}};
    });
    auto receipt = executeSteps(t, a, Permission::RunTools, steps);
    if (!receipt) {
        if (storageFailure(receipt.error().code) || failedLine == 0)
            return receipt.error();
        QString reason = receipt.error().message;
        if (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        report.errors.append(ImportRowError{failedLine, QString(), reason});
        return report;
    }
    report.applied = true;
    report.imported = int(plan.good.size());
    report.skipped = skipped;
    report.firstSeq = receipt->firstSeq;
    report.lastSeq = receipt->lastSeq;
    return report;
}

} // namespace wh::db
