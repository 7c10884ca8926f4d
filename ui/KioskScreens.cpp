#include "KioskScreens.h"

#include "KioskWindow.h"
#include "PackScreen.h"

namespace wh::ui {

void addWorkflowScreens(KioskWindow& kiosk)
{
    // One block per screen, in the order the home screen shows their tasks.
    Q_UNUSED(kiosk);

    // Pack & ship.
    kiosk.addScreen(QStringLiteral("pack"), new PackScreen(kiosk.context()),
                    KioskTask{QStringLiteral("pack"), PackScreen::tr("Pack & ship"), Permission::Pack});
}

} // namespace wh::ui
