#include "Logging.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <vector>

#include <sys/stat.h>
#include <sys/uio.h>
#include <systemd/sd-journal.h>

namespace wh::app {

Q_LOGGING_CATEGORY(lcApp, "wh.app")
Q_LOGGING_CATEGORY(lcStore, "wh.store")
Q_LOGGING_CATEGORY(lcSync, "wh.sync")
Q_LOGGING_CATEGORY(lcScanner, "wh.scanner")
Q_LOGGING_CATEGORY(lcPrinter, "wh.printer")
Q_LOGGING_CATEGORY(lcBackup, "wh.backup")
Q_LOGGING_CATEGORY(lcStock, "wh.stock")

namespace {

int syslogPriority(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 7;
    case QtInfoMsg:
        return 6;
    case QtWarningMsg:
        return 4;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 2;
    }
    return 6;
}

void consoleHandler(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    FILE* out = type == QtDebugMsg || type == QtInfoMsg ? stdout : stderr;
    const QByteArray line = message.toLocal8Bit() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), out);
    std::fflush(out);
    if (type == QtFatalMsg)
        std::abort();
}

void journalHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QByteArrayList fields = journalFields(type, context, message);
    std::vector<iovec> vector;
    vector.reserve(size_t(fields.size()));
    for (const QByteArray& field : fields)
        vector.push_back({const_cast<char*>(field.constData()), size_t(field.size())});
    // Should the journal refuse (its socket gone), the message still reaches standard error, which systemd
    // also collects.
    if (sd_journal_sendv(vector.data(), int(vector.size())) < 0)
        consoleHandler(type == QtFatalMsg ? QtCriticalMsg : type, context, message);
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

LogTarget detectLogTarget()
{
    const QByteArray forced = qgetenv("WH_LOG");
    if (forced == "journal")
        return LogTarget::Journal;
    if (forced == "console")
        return LogTarget::Console;
    // JOURNAL_STREAM is "<device>:<inode>" of the stream systemd connected; a child whose standard error was
    // redirected elsewhere inherits the variable but not the stream, hence the comparison.
    const QByteArray stream = qgetenv("JOURNAL_STREAM");
    const qsizetype colon = stream.indexOf(':');
    if (colon <= 0)
        return LogTarget::Console;
    struct stat st = {};
    if (::fstat(2, &st) != 0)
        return LogTarget::Console;
    bool deviceOk = false;
    bool inodeOk = false;
    const qulonglong device = stream.left(colon).toULongLong(&deviceOk);
    const qulonglong inode = stream.mid(colon + 1).toULongLong(&inodeOk);
    return deviceOk && inodeOk && device == qulonglong(st.st_dev) && inode == qulonglong(st.st_ino)
               ? LogTarget::Journal
               : LogTarget::Console;
}

void installLogHandler(LogTarget target)
{
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("wh.*.debug=false"));
    qInstallMessageHandler(target == LogTarget::Journal ? journalHandler : consoleHandler);
}

QByteArrayList journalFields(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    QByteArrayList fields;
    fields.append("MESSAGE=" + message.toUtf8());
    fields.append("PRIORITY=" + QByteArray::number(syslogPriority(type)));
    fields.append(QByteArrayLiteral("SYSLOG_IDENTIFIER=warehouse-appliance"));
    fields.append(QByteArrayLiteral("WH_CATEGORY=") + (context.category ? context.category : "default"));
    if (context.file) {
        fields.append(QByteArrayLiteral("CODE_FILE=") + context.file);
        fields.append("CODE_LINE=" + QByteArray::number(context.line));
    }
    if (context.function)
        fields.append(QByteArrayLiteral("CODE_FUNC=") + context.function);
    return fields;
}

} // namespace wh::app
