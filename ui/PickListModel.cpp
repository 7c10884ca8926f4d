#include "PickListModel.h"

#include "StoreWorker.h"

#include <QLocale>

namespace wh::ui {

PickListModel::PickListModel(StoreWorker& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{}

void PickListModel::reload(const TenantContext& tenant)
{
    beginResetModel();
    m_tenant = tenant;
    m_rows.clear();
    m_atEnd = false;
    m_loading = false;
    ++m_generation;
    endResetModel();
    fetchMore();
}

int PickListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PickListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PickListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PickListRow& r = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == OrdersColumn || index.column() == LinesColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case TaskColumn:
        return r.taskId;
    case PromisedColumn:
        return QLocale().toString(r.promisedDate, QLocale::ShortFormat);
    case OrdersColumn:
        return r.orderCount;
    case LinesColumn:
        return r.openLines;
    case StatusColumn:
        return r.status == PickTaskStatus::InProgress ? tr("started") : tr("waiting");
    default:
        return {};
    }
}

QVariant PickListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TaskColumn:
        return tr("Task");
    case PromisedColumn:
        return tr("Promised");
    case OrdersColumn:
        return tr("Orders");
    case LinesColumn:
        return tr("Stops");
    case StatusColumn:
        return tr("State");
    default:
        return {};
    }
}

bool PickListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_tenant && !m_atEnd && !m_loading;
}

void PickListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    const TenantContext tenant = *m_tenant;
    const int limit = m_pageSize;
    const std::optional<PickListRow> after = m_rows.isEmpty() ? std::nullopt : std::optional(m_rows.last());
    const quint64 generation = m_generation;
    m_store.post(
        this,
        [tenant, limit, after](db::Store& store) {
            return after ? store.pickListAfter(tenant, *after, limit) : store.pickList(tenant, 0, limit);
        },
        [this, generation, limit](const Result<QList<PickListRow>>& page) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!page) {
                // Stays fetchable: the view asks again when it next scrolls to the end.
                Q_EMIT pageLoaded(0, page.error().localized());
                return;
            }
            if (page->size() < limit)
                m_atEnd = true;
            if (!page->isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
                m_rows.append(*page);
                endInsertRows();
            }
            Q_EMIT pageLoaded(int(page->size()), {});
        });
}

} // namespace wh::ui
