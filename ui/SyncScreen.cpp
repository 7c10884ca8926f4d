#include "SyncScreen.h"

#include "OutboxMonitor.h"
#include "StoreWorker.h"
#include "SyncEngine.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace wh::ui {

SyncScreen::SyncScreen(KioskContext& context, QWidget* parent)
    : Screen(context, parent)
{
    setObjectName(QStringLiteral("syncScreen"));
    auto* layout = new QVBoxLayout(this);
    auto* grid = new QGridLayout;
    const auto row = [&](int r, const QString& name, const QString& caption) {
        auto* key = new QLabel(caption, this);
        auto* value = new QLabel(this);
        value->setObjectName(name);
        // A screen reader reads a label's text as its name and what it is from its description: an
        // accessible name would hide the figure (so would a buddy caption: Qt names a label after it).
        value->setAccessibleDescription(caption);
        value->setStyleSheet(QStringLiteral("font-size: 26px; font-weight: bold;"));
        grid->addWidget(key, r, 0);
        grid->addWidget(value, r, 1);
        return value;
    };
    m_link = row(0, QStringLiteral("syncLinkLabel"), tr("Link"));
    m_backlog = row(1, QStringLiteral("syncBacklogLabel"), tr("Events waiting"));
    m_oldest = row(2, QStringLiteral("syncOldestLabel"), tr("Oldest waiting"));
    m_lastAck = row(3, QStringLiteral("syncLastAckLabel"), tr("Last acknowledgement"));
    m_counters = row(4, QStringLiteral("syncCountersLabel"), tr("Since start"));
    m_error = row(5, QStringLiteral("syncErrorLabel"), tr("Last problem"));
    m_error->setWordWrap(true);
    layout->addLayout(grid);
    m_chart = new BacklogChart(this);
    layout->addWidget(m_chart, 1);

    connect(&m_timer, &QTimer::timeout, this, &SyncScreen::sample);
    m_timer.start(1000);
}

void SyncScreen::activated()
{
    sample();
}

QString SyncScreen::age(const QDateTime& since) const
{
    const qint64 seconds = since.secsTo(context().store.clock().now());
    if (seconds < 60)
        return tr("%n second(s) ago", "", int(std::max<qint64>(0, seconds)));
    if (seconds < 3600)
        return tr("%n minute(s) ago", "", int(seconds / 60));
    return tr("%n hour(s) ago", "", int(seconds / 3600));
}

void SyncScreen::sample()
{
    const KioskServices& services = context().services;
    if (!services.engine) {
        // No broker: the outbox monitor's reports (on this thread) carry the backlog.
        if (services.monitor && !m_monitorConnected) {
            connect(services.monitor, &sync::OutboxMonitor::statusChanged, this, &SyncScreen::showMonitorStatus);
            m_monitorConnected = true;
            // The monitor reports changes only: what it saw last, until the next change.
            if (const auto last = services.monitor->lastStatus())
                showMonitorStatus(*last);
        }
        if (!services.monitor)
            m_link->setText(tr("not configured: the appliance keeps every event until a broker is set"));
        return;
    }
    const sync::SyncEngineStatus s = services.engine->status();
    m_link->setText(sync::SyncEngineStatus::linkName(s.link));
    m_link->setStyleSheet(s.link == sync::SyncEngineStatus::Link::Online
                              ? QStringLiteral("font-size: 26px; font-weight: bold; color: #0a7a2f;")
                              : QStringLiteral("font-size: 26px; font-weight: bold; color: #b00020;"));
    m_backlog->setText(QString::number(s.backlog));
    m_oldest->setText(s.oldestPending ? age(*s.oldestPending) : tr("none"));
    m_lastAck->setText(s.lastAck ? age(*s.lastAck) : tr("none yet"));
    m_counters->setText(tr("%1 published, %2 acknowledged, %3 commands, %4 reconnects, %5 dead letters")
                            .arg(s.eventsPublished)
                            .arg(s.eventsAcknowledged)
                            .arg(s.commandsApplied)
                            .arg(s.reconnects)
                            .arg(s.deadLetters));
    m_error->setText(s.lastError.isEmpty() ? tr("none") : s.lastError);
    m_chart->addSample(context().store.clock().now(), s.backlog);
}

void SyncScreen::showMonitorStatus(const sync::SyncStatus& status)
{
    m_link->setText(status.brokerConfigured ? status.link : tr("offline: no broker configured (buffering)"));
    m_backlog->setText(QString::number(status.pending));
    m_oldest->setText(status.oldestPending ? age(*status.oldestPending) : tr("none"));
    m_lastAck->setText(tr("none: no broker"));
    m_counters->setText(tr("%1 events in the log").arg(status.events));
    m_error->setText(status.lastError.isEmpty() ? tr("none") : status.lastError);
    m_chart->addSample(context().store.clock().now(), status.pending);
}

} // namespace wh::ui
