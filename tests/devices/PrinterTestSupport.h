#pragma once

// What the spooler tests share: a store file in a temporary folder, the test's own view of the print queue,
// a spooler on its worker thread with short timeouts, and bounded waits that keep the test's event loop
// (and so the fake printer) running.

#include "FakePrinter.h"
#include "PrinterWorker.h"
#include "SqlPrintQueue.h"

#include <QDeadlineTimer>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

#include <memory>

namespace wh::devices::test {

// Runs the test thread's event loop until `condition` holds or `ms` pass.
template <typename F> bool waitFor(F condition, int ms = 10000)
{
    return QTest::qWaitFor(condition, ms);
}

class SpoolerFixture
{
    QTemporaryDir m_dir; // first: removed after everything that uses the file

public:
    SpoolerFixture()
    {
        auto opened = db::SqlPrintQueue::open(path());
        INFO((opened ? QString() : opened.error().toString()).toStdString());
        REQUIRE(opened.ok());
        queue = std::move(opened).value();
        // Short enough for tests, long enough for a loaded machine: the status timeout is a real wait.
        options.connectTimeoutMs = 2000;
        options.statusTimeoutMs = 500;
        options.stallMs = 1000;
        options.pollMs = 50;
        options.backoffFirstMs = 50;
        options.backoffMaxMs = 200;
        // Job-driven by default, so the tests count only the queries their jobs cause; the idle check has
        // its own test.
        options.idleCheckMs = 0;
    }
    ~SpoolerFixture() { worker.reset(); }

    QString path() const { return m_dir.filePath(QStringLiteral("warehouse.db")); }

    // The spooler's store: its own connection to the same file, opened on the worker thread.
    PrintSpooler::StoreFactory storeFactory() const
    {
        const QString file = path();
        return [file]() -> Result<std::unique_ptr<PrintJobStore>> {
            auto q = db::SqlPrintQueue::open(file);
            if (!q)
                return q.error();
            return std::unique_ptr<PrintJobStore>(std::move(q).value());
        };
    }

    void start(const PrinterConfig& printer)
    {
        config = printer;
        worker = std::make_unique<PrinterWorker>(config, options, storeFactory());
        QObject::connect(worker->spooler(), &PrintSpooler::reported, &m_context,
                         [this](const PrinterReport& r) { reports.append(r); });
        QObject::connect(worker->spooler(), &PrintSpooler::jobUncertain, &m_context,
                         [this](qint64 id, const QString&) { uncertain.append(id); });
        QObject::connect(worker->spooler(), &PrintSpooler::jobPrinted, &m_context,
                         [this](qint64 id) { printed.append(id); });
        worker->start();
    }
    void stop() { worker.reset(); }

    PrintJob enqueue(const QString& key, const QByteArray& payload, const QString& printer = {})
    {
        auto r = queue->enqueue(NewPrintJob{printer.isEmpty() ? config.name : printer, QStringLiteral("acme"),
                                            QStringLiteral("shipping_label"), key, key, payload});
        INFO((r ? QString() : r.error().toString()).toStdString());
        REQUIRE(r.ok());
        if (worker)
            worker->wake();
        return r->job;
    }
    PrintJob job(std::int64_t id) { return queue->job(id).value(); }
    PrintJobState state(std::int64_t id) { return job(id).state; }
    bool waitState(std::int64_t id, PrintJobState s, int ms = 10000)
    {
        if (waitFor([&] { return state(id) == s; }, ms))
            return true;
        // Why not: the job as it stands and what the spooler said last.
        const PrintJob j = job(id);
        WARN("job " << id << " is " << printJobStateName(j.state).toStdString() << " after " << j.attempts
                    << " attempts: " << j.lastError.toStdString() << "; the spooler last said: "
                    << (reports.isEmpty() ? std::string("nothing") : reports.last().lastError.toStdString()));
        return false;
    }
    std::optional<PrinterReport> lastReport() const
    {
        return reports.isEmpty() ? std::nullopt : std::optional<PrinterReport>(reports.last());
    }
    bool reportedFault(PrinterFault fault) const
    {
        for (const PrinterReport& r : reports)
            if (r.faults.contains(fault))
                return true;
        return false;
    }

    std::unique_ptr<db::SqlPrintQueue> queue;
    PrintSpooler::Options options;
    PrinterConfig config;
    std::unique_ptr<PrinterWorker> worker;
    QList<PrinterReport> reports;
    QList<qint64> uncertain;
    QList<qint64> printed;

private:
    QObject m_context; // the receiver of the spooler's queued signals, on the test thread
};

// A label in ZPL with a marker that occurs once in it, so a test can count how often it reached a printer.
inline QByteArray label(const QString& marker, qsizetype padding = 0)
{
    return "^XA^FO50,50^A0N,40,40^FD" + marker.toUtf8() + "^FS" + QByteArray(padding, 'x') + "^XZ";
}

inline PrinterConfig tcpPrinter(const QString& name, quint16 port, const QString& extra = {})
{
    return PrinterConfig::parse(QStringLiteral("tcp://127.0.0.1:%1,name=%2%3").arg(port).arg(name, extra))
        .value();
}

} // namespace wh::devices::test
