#pragma once

// The station's scanners and label printers with their state: connected or not (and why), a printer's
// faults in plain words (head open, paper out...), its queue and jobs waiting for a decision. Updated from
// the devices' own signals, which arrive on the GUI thread; nothing here talks to a device.

#include "PrintSpooler.h"
#include "Screen.h"
#include "ScanSource.h"

#include <QHash>
#include <QStandardItemModel>

class QTableView;

namespace wh::ui {

class DevicesScreen : public Screen
{
    Q_OBJECT

public:
    explicit DevicesScreen(KioskContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("Devices"); }
    void activated() override;

    const QStandardItemModel& model() const { return m_model; }
    // A printer's report as its spooler sends it (connected in activated(); tests call it directly).
    void printerReported(const devices::PrinterReport& report);

private:
    void connectServices();
    void rebuild();

    QTableView* m_view;
    QStandardItemModel m_model;
    QHash<QString, devices::PrinterReport> m_printers; // by printer name
    bool m_connected = false;
};

} // namespace wh::ui
