#include "ScannerHub.h"

#include "SerialScanner.h"

namespace wh::devices {

ScannerHub::ScannerHub(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_thread.setObjectName(QStringLiteral("scanners"));
}

ScannerHub::~ScannerHub()
{
    stop();
    // Not running now: nothing else touches the sources, so they can go from here.
    qDeleteAll(m_sources);
}

Status ScannerHub::addScanner(const ScannerConfig& config)
{
    if (m_paths.contains(config.path))
        return makeError(
            ErrorCode::AlreadyExists,
            QStringLiteral("A scanner at %1 is set up already; one device is one scanner.").arg(config.path));
    return adopt(new SerialScanner(config, m_clock), config.path);
}

Status ScannerHub::addSource(std::unique_ptr<ScanSource> source)
{
    if (!source || source->parent())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("A scan source must be given to the hub whole, without a parent."));
    return adopt(source.release(), {});
}

Status ScannerHub::adopt(ScanSource* source, const QString& path)
{
    if (m_states.contains(source->scannerId())) {
        const QString id = source->scannerId();
        delete source;
        return makeError(
            ErrorCode::AlreadyExists,
            QStringLiteral("There is a scanner named %1 already; give each scanner its own id.").arg(id));
    }
    m_sources.append(source);
    if (!path.isEmpty())
        m_paths.append(path);
    m_states.insert(source->scannerId(), {source->state(), source->stateReason()});
    // The hub's own signals re-emit the source's on the hub's thread: listeners never see the scanner thread.
    connect(source, &ScanSource::scanned, this, &ScannerHub::scanned);
    connect(source, &ScanSource::doubleRead, this, &ScannerHub::doubleRead);
    connect(source, &ScanSource::stateChanged, this,
            [this](const QString& id, ScannerState state, const QString& reason) {
                m_states.insert(id, {state, reason});
                Q_EMIT scannerStateChanged(id, state, reason);
            });
    source->moveToThread(&m_thread);
    if (m_thread.isRunning())
        runOnScannerThread(source, &ScanSource::start);
    return {};
}

void ScannerHub::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    for (ScanSource* source : std::as_const(m_sources))
        runOnScannerThread(source, &ScanSource::start);
}

void ScannerHub::stop()
{
    if (!m_thread.isRunning())
        return;
    // Blocking: the sources must be closed before the thread ends (their ports and timers belong to it).
    for (ScanSource* source : std::as_const(m_sources))
        QMetaObject::invokeMethod(
            source, [source] { source->stop(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ScannerHub::runOnScannerThread(ScanSource* source, void (ScanSource::*method)())
{
    QMetaObject::invokeMethod(
        source, [source, method] { (source->*method)(); }, Qt::QueuedConnection);
}

QStringList ScannerHub::scannerIds() const
{
    QStringList ids;
    for (const ScanSource* source : m_sources)
        ids.append(source->scannerId());
    return ids;
}

ScannerState ScannerHub::state(const QString& scannerId) const
{
    return m_states.value(scannerId, {ScannerState::Disconnected, QString()}).first;
}

QString ScannerHub::stateReason(const QString& scannerId) const
{
    return m_states.value(scannerId).second;
}

} // namespace wh::devices
