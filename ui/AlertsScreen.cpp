#include "AlertsScreen.h"

#include "Feedback.h"
#include "PrinterStatus.h"
#include "PrinterWorker.h"
#include "Session.h"
#include "StoreWorker.h"
#include "SyncEngine.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace wh::ui {

AlertsScreen::AlertsScreen(KioskContext& context, QWidget* parent)
    : Screen(context, parent)
{
    setObjectName(QStringLiteral("alertsScreen"));
    auto* layout = new QVBoxLayout(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("alertsView"));
    m_view->setAccessibleName(tr("Alerts, the most urgent first"));
    m_view->setModel(&m_model);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(56);
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
    m_timer.start(10'000);
}

void AlertsScreen::activated()
{
    if (!m_connected) {
        m_connected = true;
        for (devices::PrinterWorker* printer : context().services.printers)
            connect(printer->spooler(), &devices::PrintSpooler::reported, this, &AlertsScreen::printerReported);
    }
    reload();
}

void AlertsScreen::reload()
{
    if (!context().session.active())
        return;
    const TenantContext tenant = context().session.tenant();
    context().store.post(
        this, [tenant](db::Store& store) { return store.alerts(tenant); },
        [this](const Result<db::StoreAlerts>& alerts) {
            if (!alerts) {
                context().feedback.refused(alerts.error().localized());
                return;
            }
            m_store = *alerts;
            rebuild();
        });
}

void AlertsScreen::printerReported(const devices::PrinterReport& report)
{
    m_printers.insert(report.printer, report);
    rebuild();
}

void AlertsScreen::rebuild()
{
    m_model.clear();
    m_model.setHorizontalHeaderLabels({tr("Urgency"), tr("What"), tr("Details")});
    const auto add = [&](bool urgent, const QString& what, const QString& detail) {
        QList<QStandardItem*> row{new QStandardItem(urgent ? tr("urgent") : tr("soon")), new QStandardItem(what),
                                  new QStandardItem(detail)};
        row[0]->setForeground(urgent ? QColor(0xb0, 0x00, 0x20) : QColor(0x8a, 0x5a, 0x00));
        for (QStandardItem* item : row)
            item->setEditable(false);
        m_model.appendRow(row);
    };
    // Printers that stop the pack station.
    QStringList names = m_printers.keys();
    names.sort();
    for (const QString& name : names) {
        const devices::PrinterReport& r = m_printers.value(name);
        // Labels that may or may not be out wait for a person, whatever the printer's state now.
        if (r.uncertainJobs > 0)
            add(true, tr("Uncertain labels on %1").arg(name),
                tr("%n label(s) may or may not have printed: a supervisor decides under Supervisor, Print "
                   "jobs.",
                   "", int(r.uncertainJobs)));
        if (r.faults.isEmpty() && r.online)
            continue;
        QStringList faults;
        for (const devices::PrinterFault f : r.faults)
            faults.append(devices::printerFaultMessage(f));
        add(true, tr("Printer %1").arg(name),
            faults.isEmpty() ? (r.lastError.isEmpty() ? tr("does not answer") : r.lastError)
                             : faults.join(QStringLiteral("; ")));
    }
    // The link to the central service.
    if (const sync::SyncEngine* engine = context().services.engine) {
        const sync::SyncEngineStatus s = engine->status();
        if (s.link != sync::SyncEngineStatus::Link::Online && !s.lastError.isEmpty())
            add(s.backlog > 0, tr("Sync %1").arg(sync::SyncEngineStatus::linkName(s.link)),
                tr("%1. %n event(s) wait; nothing is lost, they go when the link is back.", "", int(s.backlog))
                    .arg(s.lastError));
    }
    if (m_store.deadLetters > 0)
        add(true, tr("Commands not applied"),
            tr("%n command(s) from the central service could not be applied: see the supervisor screen.", "",
               int(m_store.deadLetters)));
    for (const db::StoreAlerts::RangeLow& r : m_store.rangesLow)
        add(r.remaining == 0, tr("Tracking numbers %1 (%2)").arg(r.rangeId, r.carrier),
            r.remaining == 0 ? tr("used up: no more %1 labels until the carrier sends a new range.").arg(r.carrier)
                             : tr("%n number(s) left (warning at %1): ask the carrier for a new range.", "",
                                  int(r.remaining))
                                   .arg(r.lowWaterMark));
    for (const db::StoreAlerts::LowStock& l : m_store.lowStock)
        add(l.available == 0, tr("Low stock %1").arg(l.sku),
            tr("%1 available, threshold %2; suggested reorder %3.")
                .arg(l.available)
                .arg(l.threshold)
                .arg(l.suggestedReorder));
    m_view->resizeColumnsToContents();
    Q_EMIT updated(m_model.rowCount());
}

} // namespace wh::ui
