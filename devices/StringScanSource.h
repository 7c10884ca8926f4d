#pragma once

#include "Clock.h"
#include "DoubleReadFilter.h"
#include "ScanSource.h"

namespace wh::devices {

// The test backend of ScanSource: scans are fed as strings (what a scanner would send, without its suffix)
// and go through the same decoder and double-read rule as a serial scanner's, so a screen can be tested
// against scans and scanner states without a device.
class StringScanSource final : public ScanSource
{
    Q_OBJECT
public:
    StringScanSource(QString scannerId, QString station, const Clock& clock, int doubleReadMs = 150,
                     QObject* parent = nullptr);

    QString scannerId() const override { return m_id; }
    QString station() const override { return m_station; }
    ScannerState state() const override { return m_state; }
    QString stateReason() const override { return m_reason; }

    void start() override;
    void stop() override;

    // Both may be called from any thread: the work is done on the source's own thread, in call order.
    void feed(const QString& scan);
    void setState(ScannerState state, const QString& reason);

private:
    void deliver(const QString& scan);
    void applyState(ScannerState state, const QString& reason);

    QString m_id;
    QString m_station;
    const Clock& m_clock;
    DoubleReadFilter m_doubleReads;
    ScannerState m_state = ScannerState::Disconnected;
    QString m_reason = QStringLiteral("Not started.");
};

} // namespace wh::devices
