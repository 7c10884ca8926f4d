#include "DevicesScreen.h"

#include "PrinterStatus.h"
#include "PrinterWorker.h"
#include "ScannerHub.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace wh::ui {

DevicesScreen::DevicesScreen(KioskContext& context, QWidget* parent)
    : Screen(context, parent)
{
    setObjectName(QStringLiteral("devicesScreen"));
    auto* layout = new QVBoxLayout(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("devicesView"));
    m_view->setAccessibleName(tr("Scanners and printers"));
    m_view->setModel(&m_model);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(56);
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view);
}

void DevicesScreen::activated()
{
    connectServices();
    rebuild();
}

void DevicesScreen::connectServices()
{
    if (m_connected)
        return;
    m_connected = true;
    const KioskServices& services = context().services;
    if (services.scanners)
        connect(services.scanners, &devices::ScannerHub::scannerStateChanged, this, [this] { rebuild(); });
    for (devices::PrinterWorker* printer : services.printers) {
        m_printers.insert(printer->spooler()->config().name, devices::PrinterReport{});
        connect(printer->spooler(), &devices::PrintSpooler::reported, this, &DevicesScreen::printerReported);
    }
}

void DevicesScreen::printerReported(const devices::PrinterReport& report)
{
    m_printers.insert(report.printer, report);
    if (isVisible())
        rebuild();
}

void DevicesScreen::rebuild()
{
    m_model.clear();
    m_model.setHorizontalHeaderLabels({tr("Device"), tr("Name"), tr("State"), tr("Details")});
    const auto add = [&](const QString& kind, const QString& name, const QString& state, const QString& detail,
                         bool ok) {
        QList<QStandardItem*> row{new QStandardItem(kind), new QStandardItem(name), new QStandardItem(state),
                                  new QStandardItem(detail)};
        row[2]->setForeground(ok ? QColor(0x0a, 0x7a, 0x2f) : QColor(0xb0, 0x00, 0x20));
        for (QStandardItem* item : row)
            item->setEditable(false);
        m_model.appendRow(row);
    };
    if (devices::ScannerHub* hub = context().services.scanners) {
        for (const QString& id : hub->scannerIds()) {
            const devices::ScannerState state = hub->state(id);
            add(tr("Scanner"), id, devices::scannerStateName(state), hub->stateReason(id),
                state == devices::ScannerState::Connected);
        }
    }
    QStringList names = m_printers.keys();
    names.sort();
    for (const QString& name : names) {
        const devices::PrinterReport& r = m_printers.value(name);
        if (!r.at.isValid()) {
            add(tr("Printer"), name, tr("no report yet"), QString(), false);
            continue;
        }
        QStringList faults;
        for (const devices::PrinterFault f : r.faults)
            faults.append(devices::printerFaultMessage(f));
        QStringList detail;
        if (!faults.isEmpty())
            detail.append(faults.join(QStringLiteral("; ")));
        detail.append(tr("%n job(s) waiting", "", int(r.queueLength)));
        if (r.uncertainJobs > 0)
            detail.append(tr("%n job(s) need a decision (supervisor)", "", int(r.uncertainJobs)));
        if (!r.lastError.isEmpty())
            detail.append(r.lastError);
        const bool ok = r.online && r.faults.isEmpty();
        add(tr("Printer"), name, ok ? tr("ready") : r.online ? tr("fault") : tr("offline"),
            detail.join(QStringLiteral(". ")), ok);
    }
    if (m_model.rowCount() == 0)
        add(tr("None"), QString(), tr("no scanner or printer configured"),
            tr("Serial scanners and printers are set with run --scanner and --printer; a keyboard-wedge scanner "
               "types into the scan field."),
            true);
    m_view->resizeColumnsToContents();
}

} // namespace wh::ui
