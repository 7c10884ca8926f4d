#pragma once

// The running appliance's log (docs/operations.md, "Logs"): messages by category (wh.app, wh.store, wh.sync,
// wh.scanner, wh.printer, wh.backup, wh.stock) and priority, written to the systemd journal when the service
// runs under systemd, to standard output and standard error otherwise. What is logged: ids, product codes,
// counts, states and reasons; never a name, an address or card data (a test greps a run's log for the
// customers' data).

#include <QByteArrayList>
#include <QLoggingCategory>
#include <QString>

namespace wh::app {

Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcScanner)
Q_DECLARE_LOGGING_CATEGORY(lcPrinter)
Q_DECLARE_LOGGING_CATEGORY(lcBackup)
Q_DECLARE_LOGGING_CATEGORY(lcStock)

enum class LogTarget
{
    Console, // info and debug on standard output, warnings and worse on standard error: one line each
    Journal, // the systemd journal, with the priority and the category as fields of their own
};

// The journal when standard error is the journal's stream (systemd sets JOURNAL_STREAM to its device and
// inode for a service whose output goes there); WH_LOG=console or WH_LOG=journal decides otherwise.
LogTarget detectLogTarget();

// Routes every Qt message (qCInfo, qCWarning, ...) to the target for the rest of the process. Debug messages
// are off unless QT_LOGGING_RULES turns them on (e.g. "wh.sync.debug=true").
void installLogHandler(LogTarget target);

// The journal's fields of one message: MESSAGE, PRIORITY (syslog: 7 debug, 6 info, 4 warning, 3 critical,
// 2 fatal), SYSLOG_IDENTIFIER, WH_CATEGORY, and CODE_FILE / CODE_LINE / CODE_FUNC when the message has them.
QByteArrayList journalFields(QtMsgType type, const QMessageLogContext& context, const QString& message);

} // namespace wh::app
