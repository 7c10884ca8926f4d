#include "KioskScreens.h"

#include "KioskWindow.h"
#include "PickScreen.h"

namespace wh::ui {

void addWorkflowScreens(KioskWindow& kiosk)
{
    // One block per screen, in the order the home screen shows their tasks.
    Q_UNUSED(kiosk);
    kiosk.addScreen(QStringLiteral("pick"), new PickScreen(kiosk.context()),
                    KioskTask{QStringLiteral("pick"), PickScreen::tr("Pick"), Permission::Pick});
}

} // namespace wh::ui
