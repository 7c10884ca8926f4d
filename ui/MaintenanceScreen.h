#pragma once

// Long work on the store, for an admin at the kiosk: check the event log's hash chain, and rebuild every
// projection from the log into a scratch store and compare it with the live one. Each runs on a store
// worker of its own (its own thread and connection), so the floor's screens keep their answers coming and
// the screen never freezes; a progress bar counts the events done, and the result says what was found.

#include "Screen.h"

#include <QTimer>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace wh::ui {

class StoreWorker;

class MaintenanceScreen : public Screen
{
    Q_OBJECT

public:
    explicit MaintenanceScreen(KioskContext& context, QWidget* parent = nullptr);
    ~MaintenanceScreen() override;

    QString title() const override { return tr("Maintenance"); }
    void activated() override;
    bool busy() const { return m_worker != nullptr; }

Q_SIGNALS:
    // A job ended (its result is on the screen and in the banner).
    void finished(bool ok);

private:
    // How far the running job is, written on its thread and read by the screen's timer.
    struct Progress
    {
        std::atomic<std::int64_t> done{0};
        std::atomic<std::int64_t> total{0};
    };

    void verify();
    void rebuild();
    bool start(const QString& what);
    void end(bool ok, const QString& result);
    void showProgress();

    QPushButton* m_verifyButton;
    QPushButton* m_rebuildButton;
    QProgressBar* m_progressBar;
    QLabel* m_stateLabel;
    QLabel* m_resultLabel;
    QTimer m_progressTimer;
    std::shared_ptr<Progress> m_progress;
    std::unique_ptr<StoreWorker> m_worker; // the running job's: none when idle
};

} // namespace wh::ui
