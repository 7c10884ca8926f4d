#pragma once

// The tasks of the logged-in member's role, as big buttons: a picker sees Pick, a packer Pack & ship, a
// supervisor everything. A task shows only when the kiosk has its screen and the role's permissions grant it
// (core/Permissions: allowed, or allowed with a supervisor's approval).

#include "Permissions.h"
#include "Screen.h"

#include <QList>

class QGridLayout;
class QLabel;
class QPushButton;

namespace wh::ui {

struct KioskTask
{
    QString screen; // the screen's name in the kiosk
    QString label;  // the button's text
    std::optional<Permission> permission; // none: everyone
};

class HomeScreen : public Screen
{
    Q_OBJECT

public:
    explicit HomeScreen(KioskContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("Home"); }
    void activated() override;

    // The kiosk tells the home screen which screens exist.
    void setTasks(QList<KioskTask> tasks);
    // The buttons now shown, by screen name (for tests and the accessibility tree's order).
    QStringList visibleTasks() const;

private:
    QList<KioskTask> m_tasks;
    QList<QPushButton*> m_buttons;
    QGridLayout* m_grid;
    QLabel* m_greeting;
};

} // namespace wh::ui
