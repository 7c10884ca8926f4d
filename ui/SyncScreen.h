#pragma once

// The link to the central service at a glance: online or not, how many events wait and for how long, the
// last acknowledgement, what the engine did since start, its last problem, and the backlog over the last
// minutes. Read from the sync engine's thread-safe status snapshot once a second (always, so the chart has
// its history when the screen opens); without a broker, from the outbox monitor's reports.

#include "BacklogChart.h"
#include "Screen.h"

#include <QTimer>

class QLabel;

namespace wh::sync {
struct SyncStatus;
}

namespace wh::ui {

class SyncScreen : public Screen
{
    Q_OBJECT

public:
    explicit SyncScreen(KioskContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("Sync"); }
    void activated() override;

    BacklogChart& chart() { return *m_chart; }
    // One sample now (the timer's tick; tests call it directly).
    void sample();

private:
    void showMonitorStatus(const sync::SyncStatus& status);
    QString age(const QDateTime& since) const;

    QLabel* m_link;
    QLabel* m_backlog;
    QLabel* m_oldest;
    QLabel* m_lastAck;
    QLabel* m_counters;
    QLabel* m_error;
    BacklogChart* m_chart;
    QTimer m_timer;
    bool m_monitorConnected = false;
};

} // namespace wh::ui
