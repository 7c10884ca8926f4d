#include "KioskScreens.h"

#include "AlertsScreen.h"
#include "DevicesScreen.h"
#include "KioskWindow.h"
#include "PickScreen.h"
#include "SupervisorScreen.h"
#include "SyncScreen.h"

namespace wh::ui {

void addWorkflowScreens(KioskWindow& kiosk)
{
    // One block per screen, in the order the home screen shows their tasks.
    kiosk.addScreen(QStringLiteral("pick"), new PickScreen(kiosk.context()),
                    KioskTask{QStringLiteral("pick"), PickScreen::tr("Pick"), Permission::Pick});
    kiosk.addScreen(QStringLiteral("supervisor"), new SupervisorScreen(kiosk),
                    KioskTask{QStringLiteral("supervisor"), SupervisorScreen::tr("Supervisor"), Permission::Adjust});
    kiosk.addScreen(QStringLiteral("alerts"), new AlertsScreen(kiosk.context()),
                    KioskTask{QStringLiteral("alerts"), AlertsScreen::tr("Alerts"), std::nullopt});
    kiosk.addScreen(QStringLiteral("devices"), new DevicesScreen(kiosk.context()),
                    KioskTask{QStringLiteral("devices"), DevicesScreen::tr("Devices"), std::nullopt});
    kiosk.addScreen(QStringLiteral("sync"), new SyncScreen(kiosk.context()),
                    KioskTask{QStringLiteral("sync"), SyncScreen::tr("Sync"), std::nullopt});
}

} // namespace wh::ui
