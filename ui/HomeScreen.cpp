#include "HomeScreen.h"

#include "Session.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wh::ui {

HomeScreen::HomeScreen(KioskContext& context, QWidget* parent)
    : Screen(context, parent)
{
    setObjectName(QStringLiteral("homeScreen"));
    auto* layout = new QVBoxLayout(this);
    m_greeting = new QLabel(this);
    m_greeting->setObjectName(QStringLiteral("homeGreeting"));
    layout->addWidget(m_greeting);
    m_grid = new QGridLayout;
    m_grid->setSpacing(16);
    layout->addLayout(m_grid);
    layout->addStretch();
}

void HomeScreen::setTasks(QList<KioskTask> tasks)
{
    m_tasks = std::move(tasks);
    if (isVisible())
        activated();
}

void HomeScreen::activated()
{
    const Session& session = context().session;
    m_greeting->setText(tr("%1, what is next?").arg(session.user().name));
    qDeleteAll(m_buttons);
    m_buttons.clear();
    int index = 0;
    for (const KioskTask& task : m_tasks) {
        if (task.permission && Permissions::grant(session.user().role, *task.permission) == Grant::Denied)
            continue;
        // "&" in a label ("Pack & ship") is shown as it is, not taken for a shortcut's mnemonic.
        auto* button =
            new QPushButton(QString(task.label).replace(QLatin1Char('&'), QStringLiteral("&&")), this);
        button->setObjectName(QStringLiteral("task_") + task.screen);
        button->setAccessibleName(task.label);
        // The kiosk's style sheet sets every button's minimum height; a primary task is larger.
        button->setStyleSheet(QStringLiteral("QPushButton { min-width: 220px; min-height: 96px; font-size: 28px; }"));
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, this,
                [this, screen = task.screen] { Q_EMIT navigate(screen); });
        // Four to a row: a supervisor's ten tasks in three rows, above the banner and the scan field.
        m_grid->addWidget(button, index / 4, index % 4);
        m_buttons.append(button);
        ++index;
    }
}

QStringList HomeScreen::visibleTasks() const
{
    QStringList names;
    for (const QPushButton* b : m_buttons)
        names.append(b->objectName().mid(5));
    return names;
}

} // namespace wh::ui
