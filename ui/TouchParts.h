#pragma once

// Small builders the receiving, look-up, count and returns screens share, so every control they make keeps
// the floor's rules the same way: an object name, an accessible name (a label's is its text, so a screen
// reader reads the value; what it shows is its accessible description), a touch target of at least 48 px
// (primary actions larger), and buttons that never take the focus from the scan field.

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>

#include <algorithm>

namespace wh::ui::TouchParts {

inline QPushButton* button(QWidget* parent, const QString& name, const QString& text,
                           const QString& accessible, int minHeight = 64)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAccessibleName(accessible);
    b->setMinimumSize(120, std::max(48, minHeight));
    // The kiosk's style sheet sets every button's min-height, which wins over setMinimumSize: a primary
    // action says its own (the style sheet's figure excludes the 6 px padding and 2 px border on each side).
    if (minHeight > 72)
        b->setStyleSheet(QStringLiteral("min-height: %1px;").arg(minHeight - 16));
    b->setFocusPolicy(Qt::NoFocus);
    return b;
}

inline QLabel* label(QWidget* parent, const QString& name, const QString& accessible, int pixelSize = 22)
{
    auto* l = new QLabel(parent);
    l->setObjectName(name);
    l->setAccessibleDescription(accessible);
    l->setWordWrap(true);
    if (pixelSize != 22)
        l->setStyleSheet(QStringLiteral("font-size: %1px; font-weight: bold;").arg(pixelSize));
    return l;
}

// A field the keypad writes into: read-only, so the scan field keeps the focus.
inline QLineEdit* keypadField(QWidget* parent, const QString& name, const QString& accessible)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setAccessibleName(accessible);
    e->setReadOnly(true);
    e->setFocusPolicy(Qt::NoFocus);
    e->setMinimumHeight(64);
    e->setMaxLength(7);
    return e;
}

// A field for typing with a keyboard (an on-screen one, or a USB one at a desk): the kiosk lets it keep the
// focus while it has it; scans still go through the scan field.
inline QLineEdit* textField(QWidget* parent, const QString& name, const QString& accessible)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setAccessibleName(accessible);
    e->setProperty("kioskTextInput", true);
    e->setMinimumHeight(64);
    return e;
}

// A read-only table over `model`, rows tall enough to tap, columns stretched over the width.
inline QTableView* table(QWidget* parent, const QString& name, const QString& accessible,
                         QStandardItemModel* model)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setFocusPolicy(Qt::NoFocus);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(48);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    return view;
}

inline QList<QStandardItem*> row(const QStringList& cells)
{
    QList<QStandardItem*> items;
    for (const QString& cell : cells)
        items.append(new QStandardItem(cell));
    return items;
}

inline QString date(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace wh::ui::TouchParts
