#include "Keypad.h"

#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>

namespace wh::ui {

Keypad::Keypad(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("keypad"));
    auto* grid = new QGridLayout(this);
    grid->setSpacing(8);
    const QStringList keys{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                           QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"),
                           QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9"),
                           QStringLiteral("C"), QStringLiteral("0"), QStringLiteral("<")};
    for (int i = 0; i < keys.size(); ++i) {
        const QString key = keys[i];
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
        button->setStyleSheet(QStringLiteral("QPushButton { min-width: 96px; min-height: 72px; }"));
        button->setFocusPolicy(Qt::NoFocus); // the scan field keeps the focus
        connect(button, &QPushButton::clicked, this, [this, key] { press(key); });
        grid->addWidget(button, i / 3, i % 3);
    }
    auto* enter = new QPushButton(tr("OK"), this);
    enter->setObjectName(QStringLiteral("keypad_enter"));
    enter->setAccessibleName(tr("Confirm the number"));
    enter->setStyleSheet(QStringLiteral("QPushButton { min-width: 96px; min-height: 72px; }"));
    enter->setFocusPolicy(Qt::NoFocus);
    connect(enter, &QPushButton::clicked, this, &Keypad::enterPressed);
    grid->addWidget(enter, 4, 0, 1, 3);
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
