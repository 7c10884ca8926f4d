#include "StringScanSource.h"

namespace wh::devices {

StringScanSource::StringScanSource(QString scannerId, QString station, const Clock& clock, int doubleReadMs,
                                   QObject* parent)
    : ScanSource(parent)
    , m_id(std::move(scannerId))
    , m_station(std::move(station))
    , m_clock(clock)
    , m_doubleReads(doubleReadMs)
{}

void StringScanSource::start()
{
    applyState(ScannerState::Connected, {});
}

void StringScanSource::stop()
{
    applyState(ScannerState::Disconnected, QStringLiteral("Stopped."));
}

void StringScanSource::feed(const QString& scan)
{
    QMetaObject::invokeMethod(
        this, [this, scan] { deliver(scan); }, Qt::QueuedConnection);
}

void StringScanSource::setState(ScannerState state, const QString& reason)
{
    QMetaObject::invokeMethod(
        this, [this, state, reason] { applyState(state, reason); }, Qt::QueuedConnection);
}

void StringScanSource::deliver(const QString& scan)
{
    const QDateTime at = m_clock.now();
    StationScan event{m_station, m_id, ScanDecoder::decode(scan, at.date()), at};
    if (m_doubleReads.isDoubleRead(event.event.raw, at))
        Q_EMIT doubleRead(event);
    else
        Q_EMIT scanned(event);
}

void StringScanSource::applyState(ScannerState state, const QString& reason)
{
    if (state == m_state && reason == m_reason)
        return;
    m_state = state;
    m_reason = reason;
    Q_EMIT stateChanged(m_id, state, reason);
}

} // namespace wh::devices
