#pragma once

#include "ScanDecoder.h"

#include <QDateTime>
#include <QObject>
#include <QString>

namespace wh::devices {

// One decoded scan and where it came from: the station's screen takes it, the scanner id says which
// scanner on that station read it.
struct StationScan
{
    QString station;
    QString scanner;
    ScanEvent event;  // refused or not: every read becomes exactly one of these
    QDateTime readAt; // when the scan's last byte arrived (the injected clock)
};

enum class ScannerState
{
    Disconnected, // not plugged in (or unplugged): looked for again until it is back
    Connected,
    Error, // there but unusable (no permission, refused settings): looked for again as well
};

QString scannerStateName(ScannerState state);

// A scanner as the rest of the appliance sees it. The serial backend (SerialScanner) reads a device; the test
// backend (StringScanSource) is fed strings, so screens can be tested without a device.
//
// A source lives on the scanner thread (ScannerHub); its signals reach other threads queued.
class ScanSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString scannerId() const = 0;
    virtual QString station() const = 0;
    virtual ScannerState state() const = 0;
    // Plain words for the state: why it is disconnected or in error; empty when connected.
    virtual QString stateReason() const = 0;

    // Opens the device (or starts looking for it) / closes it. Called on the source's own thread.
    virtual void start() = 0;
    virtual void stop() = 0;

Q_SIGNALS:
    // Every read, refused ones included; never a double read.
    void scanned(const wh::devices::StationScan& scan);
    // The same data from the same scanner again within its double-read window: one trigger pull read twice.
    // Reported so a screen can say so, never to be counted as an item.
    void doubleRead(const wh::devices::StationScan& scan);
    void stateChanged(const QString& scannerId, wh::devices::ScannerState state, const QString& reason);
};

} // namespace wh::devices
