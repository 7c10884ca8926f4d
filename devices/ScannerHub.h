#pragma once

#include "Clock.h"
#include "Result.h"
#include "ScannerConfig.h"
#include "ScanSource.h"

#include <QHash>
#include <QList>
#include <QThread>

#include <memory>

namespace wh::devices {

// Every scanner of the appliance, each tied to a station, all on one scanner thread of their own (never the
// GUI thread): a slow or vanished device never stalls the screen. The hub itself lives on the thread that
// made it (the GUI thread); decoded scans and state changes reach it, and whoever listens to it, queued.
class ScannerHub : public QObject
{
    Q_OBJECT
public:
    // `clock` is read on the scanner thread; it must outlive the hub.
    explicit ScannerHub(const Clock& clock, QObject* parent = nullptr);
    ~ScannerHub() override;

    // A serial scanner for this config. Refused: a second scanner with the same id or on the same path.
    Status addScanner(const ScannerConfig& config);
    // Any source (the test backend, StringScanSource): the hub takes it and moves it to the scanner thread.
    // Refused: a second source with the same id, a source that has a parent.
    Status addSource(std::unique_ptr<ScanSource> source);

    // Starts the scanner thread and every source (sources added later start at once).
    void start();
    // Stops every source and the thread; waits for both. The sources are kept: start() again resumes them.
    void stop();
    bool running() const { return m_thread.isRunning(); }

    QStringList scannerIds() const;
    // The last state a scanner reported (as seen on the hub's thread), and its reason.
    ScannerState state(const QString& scannerId) const;
    QString stateReason(const QString& scannerId) const;
    // The thread the scanners live on, so a caller (or a test) can tell it from its own.
    const QThread* scannerThread() const { return &m_thread; }

Q_SIGNALS:
    void scanned(const wh::devices::StationScan& scan);
    void doubleRead(const wh::devices::StationScan& scan);
    void scannerStateChanged(const QString& scannerId, wh::devices::ScannerState state,
                             const QString& reason);

private:
    Status adopt(ScanSource* source, const QString& path);
    void runOnScannerThread(ScanSource* source, void (ScanSource::*method)());

    const Clock& m_clock;
    QThread m_thread;
    QList<ScanSource*> m_sources; // owned; deleted on the scanner thread
    QStringList m_paths;
    QHash<QString, std::pair<ScannerState, QString>> m_states;
};

} // namespace wh::devices
