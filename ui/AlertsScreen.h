#pragma once

// What needs someone's attention, in one list, worst first: printers with a fault, the sync link down or
// commands it could not apply (dead letters), tracking ranges running out, and SKUs flagged low. The store's
// part is read on the store worker when the screen opens and every 10 s while it shows; the devices and the
// sync engine report on their own.

#include "PrintSpooler.h"
#include "Screen.h"
#include "Store.h"

#include <QHash>
#include <QStandardItemModel>
#include <QTimer>

class QTableView;

namespace wh::ui {

class AlertsScreen : public Screen
{
    Q_OBJECT

public:
    explicit AlertsScreen(KioskContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("Alerts"); }
    void activated() override;

    const QStandardItemModel& model() const { return m_model; }
    void printerReported(const devices::PrinterReport& report);
    // Reads the store's alerts again (the timer's tick; tests call it directly).
    void reload();

Q_SIGNALS:
    void updated(int count);

private:
    void rebuild();

    QTableView* m_view;
    QStandardItemModel m_model;
    db::StoreAlerts m_store;
    QHash<QString, devices::PrinterReport> m_printers;
    QTimer m_timer;
    bool m_connected = false;
};

} // namespace wh::ui
