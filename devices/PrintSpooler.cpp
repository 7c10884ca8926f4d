#include "PrintSpooler.h"

#include <QDeadlineTimer>

namespace wh::devices {

namespace {

QString faultText(const QList<PrinterFault>& faults)
{
    QStringList words;
    for (PrinterFault fault : faults)
        words.append(printerFaultMessage(fault));
    return words.join(QLatin1Char(' '));
}

} // namespace

PrintSpooler::PrintSpooler(PrinterConfig config, Options options, StoreFactory store,
                           TransportFactory transport, const Clock* clock)
    : m_config(std::move(config))
    , m_options(options)
    , m_storeFactory(std::move(store))
    , m_transportFactory(std::move(transport))
    , m_clock(clock ? clock : &m_systemClock)
{
    qRegisterMetaType<PrinterReport>();
}

PrintSpooler::~PrintSpooler() = default;

void PrintSpooler::start()
{
    if (m_running)
        return;
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &PrintSpooler::step);
    }
    m_running = true;
    schedule(0);
}

void PrintSpooler::wake()
{
    if (m_running)
        schedule(0);
}

void PrintSpooler::stop()
{
    m_running = false;
    if (m_timer)
        m_timer->stop();
    closeLink();
    m_transport.reset();
    m_store.reset();
}

void PrintSpooler::schedule(int ms)
{
    if (m_running && m_timer)
        m_timer->start(ms);
}

int PrintSpooler::nextBackoff()
{
    m_backoffMs =
        m_backoffMs == 0 ? m_options.backoffFirstMs : std::min(m_backoffMs * 2, m_options.backoffMaxMs);
    return m_backoffMs;
}

void PrintSpooler::closeLink()
{
    if (m_transport)
        m_transport->close();
}

void PrintSpooler::releaseLink()
{
    // A network printer serves one connection at a time: free it for others. A serial line is the
    // appliance's alone and stays open (closing a pseudo terminal can end the process behind it).
    if (m_config.link == PrinterConfig::Link::Tcp)
        closeLink();
}

void PrintSpooler::report(bool online, const QList<PrinterFault>& faults, const QStringList& warnings,
                          const QString& lastError)
{
    PrinterReport r;
    r.printer = m_config.name;
    r.online = online;
    r.faults = faults;
    r.warnings = warnings;
    r.lastError = lastError;
    r.at = m_clock->now();
    if (m_store) {
        if (auto length = m_store->queueLength(m_config.name))
            r.queueLength = *length;
        if (auto uncertain = m_store->countInState(m_config.name, PrintJobState::Uncertain))
            r.uncertainJobs = *uncertain;
    }
    if (m_lastReport && *m_lastReport == r)
        return;
    m_lastReport = r;
    {
        QMutexLocker lock(&m_publishedMutex);
        m_published = r;
    }
    Q_EMIT reported(r);
}

std::optional<PrinterReport> PrintSpooler::lastReport() const
{
    QMutexLocker lock(&m_publishedMutex);
    return m_published;
}

void PrintSpooler::checkIdle()
{
    m_sinceContact
        .start(); // counted from the attempt: a printer that is off is tried again after idleCheckMs
    if (!m_transport)
        m_transport = m_transportFactory();
    if (!m_transport->isOpen()) {
        if (auto error = m_transport->open()) {
            report(false, {}, {}, error->message);
            schedule(m_options.pollMs);
            return;
        }
    }
    const StatusAnswer answer = askStatus();
    if (answer.contact == Contact::Lost)
        closeLink();
    else
        releaseLink();
    if (answer.contact != Contact::Answered) {
        report(false, answer.faults, {}, answer.problem);
    } else {
        m_lastWarnings = answer.warnings;
        QList<PrinterFault> blockers;
        for (PrinterFault fault : answer.faults)
            if (blocking(fault))
                blockers.append(fault);
        report(true, answer.faults, answer.warnings, blockers.isEmpty() ? QString() : faultText(blockers));
    }
    schedule(m_options.pollMs);
}

PrintSpooler::StatusAnswer PrintSpooler::askStatus()
{
    m_sinceContact.start();
    StatusAnswer answer;
    // Bytes left over from an earlier answer must not pass for this one.
    for (;;) {
        const auto stale = m_transport->read(0);
        if (stale.error) {
            answer.contact = Contact::Lost;
            answer.problem = stale.error->message;
            return answer;
        }
        if (stale.bytes.isEmpty())
            break;
    }
    m_parser.reset();
    const bool extended = m_config.status == StatusQuery::HostAndErrors;
    const QByteArray query = extended ? QByteArrayLiteral("~HS~HQES") : QByteArrayLiteral("~HS");
    const auto written = m_transport->write(query, m_options.statusTimeoutMs);
    if (written.error) {
        answer.contact = written.error->kind == LinkErrorKind::Stalled ? Contact::Silent : Contact::Lost;
        answer.problem = written.error->message;
        if (answer.contact == Contact::Silent)
            answer.faults.append(PrinterFault::Silent);
        return answer;
    }
    std::optional<HostStatus> host;
    std::optional<ExtendedStatus> ext;
    QStringList refused;
    QDeadlineTimer deadline(m_options.statusTimeoutMs);
    while (!(host && (ext || !extended))) {
        const qint64 remaining = deadline.remainingTime();
        if (remaining <= 0)
            break;
        const auto read = m_transport->read(int(remaining));
        if (read.error) {
            answer.contact = Contact::Lost;
            answer.problem = read.error->message;
            return answer;
        }
        for (const StatusReading& reading : m_parser.feed(read.bytes)) {
            if (const auto* h = std::get_if<HostStatus>(&reading))
                host = *h;
            else if (const auto* e = std::get_if<ExtendedStatus>(&reading))
                ext = *e;
            else
                refused.append(std::get<StatusError>(reading).message);
        }
    }
    if (!host && !ext) {
        for (const StatusReading& reading : m_parser.flush())
            if (const auto* error = std::get_if<StatusError>(&reading))
                refused.append(error->message);
        answer.contact = Contact::Silent;
        answer.faults.append(PrinterFault::Silent);
        answer.problem = QStringLiteral("The printer at %1 did not answer its status query within %2 ms.")
                             .arg(m_transport->describe())
                             .arg(m_options.statusTimeoutMs);
        if (!refused.isEmpty())
            answer.problem += QLatin1Char(' ') + refused.first();
        return answer;
    }
    answer.contact = Contact::Answered;
    if (host)
        answer.faults = host->faults();
    if (ext) {
        for (PrinterFault fault : ext->faults())
            if (!answer.faults.contains(fault))
                answer.faults.append(fault);
        answer.warnings = ext->warnings();
    }
    return answer;
}

void PrintSpooler::step()
{
    if (!m_running)
        return;
    const QString& name = m_config.name;
    if (!m_store) {
        auto opened = m_storeFactory();
        if (!opened) {
            report(false, {}, {},
                   QStringLiteral("The print queue cannot be opened: ") + opened.error().message);
            schedule(nextBackoff());
            return;
        }
        m_store = std::move(opened).value();
        // Left 'sending' by an earlier run that stopped mid-job: the label may be out. Never sent again
        // without an operator.
        auto recovered = m_store->recoverInterrupted(
            name, QStringLiteral("The appliance stopped while sending this label: it may have printed. Check "
                                 "the printer, then confirm or reprint it."));
        if (!recovered) {
            report(false, {}, {}, recovered.error().message);
            m_store.reset();
            schedule(nextBackoff());
            return;
        }
    }
    const bool lastOnline = m_lastReport && m_lastReport->online;
    const QList<PrinterFault> lastFaults = m_lastReport ? m_lastReport->faults : QList<PrinterFault>();
    auto next = m_store->nextJob(name);
    if (!next) {
        report(lastOnline, lastFaults, m_lastWarnings, next.error().message);
        schedule(nextBackoff());
        return;
    }
    if (!next->has_value()) {
        if (m_config.status != StatusQuery::None && m_options.idleCheckMs > 0 &&
            (!m_sinceContact.isValid() || m_sinceContact.elapsed() >= m_options.idleCheckMs)) {
            checkIdle();
            return;
        }
        releaseLink();
        report(lastOnline, lastFaults, m_lastWarnings, m_lastReport ? m_lastReport->lastError : QString());
        schedule(m_options.pollMs);
        return;
    }
    const PrintJob job = **next;

    if (!m_transport)
        m_transport = m_transportFactory();
    if (!m_transport->isOpen()) {
        if (auto error = m_transport->open()) {
            report(false, {}, {}, error->message);
            schedule(nextBackoff());
            return;
        }
    }

    const bool asks = m_config.status != StatusQuery::None;
    if (asks) {
        const StatusAnswer before = askStatus();
        if (before.contact != Contact::Answered) {
            if (before.contact == Contact::Lost)
                closeLink();
            else
                releaseLink();
            report(false, before.faults, {}, before.problem);
            schedule(nextBackoff());
            return;
        }
        m_lastWarnings = before.warnings;
        QList<PrinterFault> blockers;
        for (PrinterFault fault : before.faults)
            if (blocking(fault))
                blockers.append(fault);
        if (!blockers.isEmpty()) {
            const QString reason = faultText(blockers);
            if (job.state != PrintJobState::Held || job.lastError != reason) {
                if (auto held = m_store->markHeld(job.id, reason); held)
                    Q_EMIT jobHeld(job.id, reason);
            }
            releaseLink();
            report(true, before.faults, before.warnings, reason);
            schedule(m_options.pollMs); // a fault clears by hand: look again soon, not with backoff
            return;
        }
    }

    // The exactly-once rule: on disk as 'sending' before the first byte leaves.
    if (auto sending = m_store->markSending(job.id); !sending) {
        report(lastOnline, lastFaults, m_lastWarnings, sending.error().message);
        schedule(sending.error().code == ErrorCode::IllegalTransition ? 0 : nextBackoff());
        return;
    }
    const auto sent = m_transport->write(job.payload, m_options.stallMs);
    if (sent.error || sent.handedOver != job.payload.size()) {
        QString why =
            sent.error ? sent.error->message : QStringLiteral("The printer took only part of the label.");
        Status marked;
        if (sent.handedOver == 0) {
            marked = m_store->markUnsent(job.id, why); // nothing left: safe to send again
        } else {
            const QString reason =
                QStringLiteral("%1 (%2 of %3 bytes had gone.) It may have printed: check the "
                               "printer, then confirm or reprint it.")
                    .arg(why)
                    .arg(sent.handedOver)
                    .arg(job.payload.size());
            marked = m_store->markUncertain(job.id, reason);
            Q_EMIT jobUncertain(job.id, reason);
        }
        // Unrecorded, the job stays 'sending': never sent again, uncertain after the next start.
        if (!marked)
            why += QLatin1Char(' ') + marked.error().message;
        closeLink();
        report(false, {}, {}, why);
        schedule(nextBackoff());
        return;
    }
    StatusAnswer after;
    if (asks) {
        // The printer answers ~HS only after reading every byte before it: the proof the label arrived whole.
        after = askStatus();
        if (after.contact != Contact::Answered) {
            const QString reason =
                QStringLiteral("The label was sent, but the printer did not confirm it: %1 It "
                               "may have printed: check the printer, then confirm or reprint it.")
                    .arg(after.problem);
            const Status marked = m_store->markUncertain(job.id, reason);
            Q_EMIT jobUncertain(job.id, reason);
            closeLink();
            report(false, after.faults, {},
                   marked ? after.problem : after.problem + QLatin1Char(' ') + marked.error().message);
            schedule(nextBackoff());
            return;
        }
        m_lastWarnings = after.warnings;
    }
    if (auto printed = m_store->markPrinted(job.id); !printed) {
        // Still 'sending' on disk, so never sent again; the next start makes it uncertain.
        report(true, after.faults, after.warnings, printed.error().message);
        schedule(nextBackoff());
        return;
    }
    Q_EMIT jobPrinted(job.id);
    m_backoffMs = 0;
    report(true, after.faults, after.warnings, QString());
    schedule(0);
}

} // namespace wh::devices
