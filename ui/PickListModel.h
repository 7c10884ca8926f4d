#pragma once

// The unfinished pick tasks of the session's merchant, most urgent first (the store's pick list), as a table
// that loads itself a page at a time on the store worker: the view asks for more (canFetchMore/fetchMore)
// when it scrolls near the end, and the next page is read by key after the last row held
// (Store::pickListAfter), so a page deep down costs what the first one costs. Nothing is read on the GUI
// thread, and rows are only ever appended while a page is being read, so the view scrolls on smoothly.

#include "Picking.h"
#include "Tenant.h"

#include <QAbstractTableModel>
#include <QList>

namespace wh::ui {

class StoreWorker;

class PickListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TaskColumn,
        PromisedColumn,
        OrdersColumn,
        LinesColumn,
        StatusColumn,
        ColumnCount
    };

    PickListModel(StoreWorker& store, QObject* parent = nullptr);

    // Starts over for this merchant: empties the table and reads the first page.
    void reload(const TenantContext& tenant);
    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }
    bool loading() const { return m_loading; }
    bool atEnd() const { return m_atEnd; }
    const PickListRow& row(int index) const { return m_rows.at(index); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;

Q_SIGNALS:
    // A page came in (rows appended, maybe none) or could not be read (`error` set).
    void pageLoaded(int rows, const QString& error);

private:
    StoreWorker& m_store;
    std::optional<TenantContext> m_tenant;
    QList<PickListRow> m_rows;
    int m_pageSize = 100;
    bool m_loading = false;
    bool m_atEnd = true;
    quint64 m_generation = 0; // a page read for an earlier reload() is dropped
};

} // namespace wh::ui
