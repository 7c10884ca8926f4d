#include "Keypad.h"

#include <QGridLayout>
#include <QList>
#include <QLineEdit>
#include <QPushButton>

namespace wh::ui {

Keypad::Keypad(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("keypad"));
    auto* grid = new QGridLayout(this);
    grid->setSpacing(8);
    // Four rows, as on a till: the digits, then Back and Clear at the right, and a tall OK beside the bottom
    // two rows, where the thumb ends up after the last digit. Keys are at least 100 x 72 (gloves).
    struct Key
    {
        QString key;
        int row, column, rowSpan, columnSpan;
    };
    const QList<Key> keys{{QStringLiteral("1"), 0, 0, 1, 1}, {QStringLiteral("2"), 0, 1, 1, 1},
                          {QStringLiteral("3"), 0, 2, 1, 1}, {QStringLiteral("<"), 0, 3, 1, 1},
                          {QStringLiteral("4"), 1, 0, 1, 1}, {QStringLiteral("5"), 1, 1, 1, 1},
                          {QStringLiteral("6"), 1, 2, 1, 1}, {QStringLiteral("C"), 1, 3, 1, 1},
                          {QStringLiteral("7"), 2, 0, 1, 1}, {QStringLiteral("8"), 2, 1, 1, 1},
                          {QStringLiteral("9"), 2, 2, 1, 1}, {QStringLiteral("0"), 3, 0, 1, 3}};
    const QString keyStyle = QStringLiteral("QPushButton { min-width: 88px; min-height: 56px; padding: 6px 4px; }");
    for (const Key& k : keys) {
        const QString key = k.key;
        auto* button = new QPushButton(key == QLatin1String("C")   ? tr("Clear")
                                       : key == QLatin1String("<") ? tr("Back")
                                                                   : key,
                                       this);
        button->setObjectName(QStringLiteral("keypad_") + (key == QLatin1String("C")   ? QStringLiteral("clear")
                                                           : key == QLatin1String("<") ? QStringLiteral("back")
                                                                                       : key));
        button->setAccessibleName(key == QLatin1String("C")   ? tr("Clear the field")
                                  : key == QLatin1String("<") ? tr("Delete the last digit")
                                                              : tr("Digit %1").arg(key));
        button->setStyleSheet(keyStyle);
        button->setFocusPolicy(Qt::NoFocus); // the scan field keeps the focus
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        connect(button, &QPushButton::clicked, this, [this, key] { press(key); });
        grid->addWidget(button, k.row, k.column, k.rowSpan, k.columnSpan);
    }
    auto* enter = new QPushButton(tr("OK"), this);
    enter->setObjectName(QStringLiteral("keypad_enter"));
    enter->setAccessibleName(tr("Confirm the number"));
    enter->setStyleSheet(keyStyle);
    enter->setFocusPolicy(Qt::NoFocus);
    enter->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    connect(enter, &QPushButton::clicked, this, &Keypad::enterPressed);
    grid->addWidget(enter, 2, 3, 2, 1);
}

void Keypad::setTarget(QLineEdit* target)
{
    m_target = target;
}

void Keypad::press(const QString& key)
{
    if (!m_target)
        return;
    if (key == QLatin1String("C"))
        m_target->clear();
    else if (key == QLatin1String("<"))
        m_target->backspace();
    else if (m_target->maxLength() > m_target->text().size())
        m_target->setText(m_target->text() + key);
}

} // namespace wh::ui
