#include "StatusWindow.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wh::ui {

StatusWindow::StatusWindow(db::Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_syncLabel(new QLabel(this))
    , m_storeLabel(new QLabel(this))
    , m_tenantTable(new QTableWidget(0, 3, this))
{
    setObjectName(QStringLiteral("statusWindow"));
    setWindowTitle(tr("Warehouse appliance"));
    QFont big = font();
    big.setPointSize(18);
    setFont(big);
    m_syncLabel->setObjectName(QStringLiteral("syncStatusLabel"));
    m_storeLabel->setObjectName(QStringLiteral("storeStatusLabel"));
    m_syncLabel->setWordWrap(true);
    m_tenantTable->setObjectName(QStringLiteral("tenantTable"));
    m_tenantTable->setHorizontalHeaderLabels({tr("Merchant"), tr("Stock rows"), tr("Open orders")});
    m_tenantTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tenantTable->verticalHeader()->setVisible(false);
    m_tenantTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_storeLabel);
    layout->addWidget(m_syncLabel);
    layout->addWidget(m_tenantTable, 1);
    refresh();
}

void StatusWindow::refresh()
{
    auto counts = m_store.counts();
    if (!counts) {
        m_storeLabel->setText(tr("Store error: %1").arg(counts.error().message));
        return;
    }
    m_storeLabel->setText(
        tr("%n event(s) in the log, %1 stock rows", nullptr, int(counts->events)).arg(counts->stockRows));
    auto summaries = m_store.tenantSummaries();
    if (!summaries) {
        m_storeLabel->setText(tr("Store error: %1").arg(summaries.error().message));
        return;
    }
    m_tenantTable->setRowCount(int(summaries->size()));
    for (int row = 0; row < summaries->size(); ++row) {
        const db::TenantSummary& t = summaries->at(row);
        m_tenantTable->setItem(row, 0, new QTableWidgetItem(t.tenant.name));
        m_tenantTable->setItem(row, 1, new QTableWidgetItem(QString::number(t.stockRows)));
        m_tenantTable->setItem(row, 2, new QTableWidgetItem(QString::number(t.openOrders)));
    }
}

void StatusWindow::showSyncStatus(const sync::SyncStatus& status)
{
    m_syncLabel->setText(status.describe(m_store.clock().now()));
    refresh();
}

} // namespace wh::ui
