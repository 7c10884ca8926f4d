#pragma once

#include "OutboxMonitor.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace wh::ui {

// The appliance's first screen until the kiosk workflows land: which merchants the store holds, what stock
// and open orders it has, and how much waits to be synced. Large type, readable from a step away.
class StatusWindow : public QWidget
{
    Q_OBJECT

public:
    explicit StatusWindow(db::Store& store, QWidget* parent = nullptr);

    void refresh();
    void showSyncStatus(const sync::SyncStatus& status);

private:
    db::Store& m_store;
    QLabel* m_syncLabel;
    QLabel* m_storeLabel;
    QTableWidget* m_tenantTable;
};

} // namespace wh::ui
