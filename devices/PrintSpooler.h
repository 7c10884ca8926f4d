#pragma once

#include "Clock.h"
#include "PrinterConfig.h"
#include "PrinterStatus.h"
#include "PrinterTransport.h"
#include "PrintJobStore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace wh::devices {

// What a printer's spooler reports after each change: enough for a status line on the screen.
struct PrinterReport
{
    QString printer;
    bool online = false;            // the printer answered (or took a job) at its last contact
    QList<PrinterFault> faults;     // as last reported (Silent when it did not answer in time)
    QStringList warnings;           // ~HQES warnings, plain words
    std::int64_t queueLength = 0;   // jobs waiting (pending or held)
    std::int64_t uncertainJobs = 0; // jobs waiting for an operator's decision
    QString lastError;              // plain words; empty when the last contact went well
    QDateTime at;

    bool operator==(const PrinterReport& other) const
    {
        return printer == other.printer && online == other.online && faults == other.faults &&
               warnings == other.warnings && queueLength == other.queueLength &&
               uncertainJobs == other.uncertainJobs && lastError == other.lastError;
    }
};

// One printer's spooler: takes its jobs from the queue oldest first and sends each exactly once. Lives on a
// worker thread (PrinterWorker puts it there): every call into it is queued, every report leaves by signal.
//
// Each job: ask the printer's status (a blocking fault holds the job and is polled until it clears; no answer
// in time counts as faulty and is retried with backoff), mark the job 'sending' (on disk before the first
// byte), send it all, then ask the status again - an answer proves the printer read every byte before it -
// and only then mark it printed. A failure before any byte left puts the job back to pending; a failure
// after is 'uncertain' and waits for an operator (docs/printers.md, the exactly-once rule).
class PrintSpooler : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int connectTimeoutMs = 3000;
        int statusTimeoutMs = 2000; // a printer that does not answer ~HS within this is faulty
        int stallMs = 10000;        // a write that moves no byte for this long has stalled
        int pollMs = 2000;          // how often an idle queue and a held fault are looked at again
        int backoffFirstMs = 1000;  // after a failed contact; doubles up to backoffMaxMs
        int backoffMaxMs = 60000;
        // With nothing to print, the printer's status is still asked this often (a short connection, closed
        // again), so a printer out of paper or with its head open shows before the next label needs it.
        // 0: only when a job is there.
        int idleCheckMs = 30000;
    };
    using StoreFactory = std::function<Result<std::unique_ptr<PrintJobStore>>()>;
    using TransportFactory = std::function<std::unique_ptr<PrinterTransport>()>;

    // Both factories run on the worker thread, in start(): the store's connection and the socket belong to
    // it.
    PrintSpooler(PrinterConfig config, Options options, StoreFactory store, TransportFactory transport,
                 const Clock* clock = nullptr);
    ~PrintSpooler() override;

    const PrinterConfig& config() const { return m_config; }

    // Opens the store, turns jobs left 'sending' by an earlier run into 'uncertain', and starts the loop.
    void start();
    // A job was queued: look now rather than at the next poll.
    void wake();
    // Ends the loop and closes the printer and the store (on the worker thread).
    void stop();
    // The last report, from any thread (/healthz and /metrics read it): empty until the first one.
    std::optional<PrinterReport> lastReport() const;

Q_SIGNALS:
    void reported(const wh::devices::PrinterReport& report);
    void jobPrinted(qint64 jobId);
    void jobUncertain(qint64 jobId, const QString& reason);
    void jobHeld(qint64 jobId, const QString& reason);

private:
    enum class Contact
    {
        Answered,
        Silent,
        Lost
    };
    struct StatusAnswer
    {
        Contact contact = Contact::Silent;
        QList<PrinterFault> faults;
        QStringList warnings;
        QString problem; // plain words when not Answered
    };

    void step();
    void schedule(int ms);
    int nextBackoff();
    StatusAnswer askStatus();
    void report(bool online, const QList<PrinterFault>& faults, const QStringList& warnings,
                const QString& lastError);
    void checkIdle();   // the status of a printer with nothing to print, now and then
    void closeLink();   // after a failure: the link starts afresh
    void releaseLink(); // between jobs: TCP only

    PrinterConfig m_config;
    Options m_options;
    StoreFactory m_storeFactory;
    TransportFactory m_transportFactory;
    SystemClock m_systemClock;
    const Clock* m_clock;
    std::unique_ptr<PrintJobStore> m_store;
    std::unique_ptr<PrinterTransport> m_transport;
    QTimer* m_timer = nullptr; // created in start(), on the worker thread
    PrinterStatusParser m_parser;
    int m_backoffMs = 0;
    bool m_running = false;
    std::optional<PrinterReport> m_lastReport;
    mutable QMutex m_publishedMutex;
    std::optional<PrinterReport> m_published; // m_lastReport, for other threads
    QStringList m_lastWarnings;
    QElapsedTimer m_sinceContact; // since the printer was last asked anything (invalid: never)
};

} // namespace wh::devices

Q_DECLARE_METATYPE(wh::devices::PrinterReport)
