#include "KioskScreens.h"

#include "AlertsScreen.h"
#include "CountScreen.h"
#include "DevicesScreen.h"
#include "KioskWindow.h"
#include "LookupScreen.h"
#include "MaintenanceScreen.h"
#include "PackScreen.h"
#include "PickScreen.h"
#include "ReceiveScreen.h"
#include "ReturnsScreen.h"
#include "SupervisorScreen.h"
#include "SyncScreen.h"

namespace wh::ui {

void addWorkflowScreens(KioskWindow& kiosk)
{
    // One block per screen, in the order the home screen shows their tasks.
    kiosk.addScreen(QStringLiteral("pick"), new PickScreen(kiosk.context()),
                    KioskTask{QStringLiteral("pick"), PickScreen::tr("Pick"), Permission::Pick});
    kiosk.addScreen(QStringLiteral("pack"), new PackScreen(kiosk.context()),
                    KioskTask{QStringLiteral("pack"), PackScreen::tr("Pack & ship"), Permission::Pack});
    // Inbound: receive and put away, stock look-up, cycle count, returns.
    kiosk.addScreen(QStringLiteral("receive"), new ReceiveScreen(kiosk.context()),
                    KioskTask{QStringLiteral("receive"), ReceiveScreen::tr("Receive"), Permission::Receive});
    kiosk.addScreen(QStringLiteral("lookup"), new LookupScreen(kiosk.context()),
                    KioskTask{QStringLiteral("lookup"), LookupScreen::tr("Stock look-up"), std::nullopt});
    kiosk.addScreen(QStringLiteral("count"), new CountScreen(kiosk.context()),
                    KioskTask{QStringLiteral("count"), CountScreen::tr("Count"), Permission::Count});
    kiosk.addScreen(QStringLiteral("returns"), new ReturnsScreen(kiosk.context()),
                    KioskTask{QStringLiteral("returns"), ReturnsScreen::tr("Returns"), Permission::ReceiveReturn});
    kiosk.addScreen(QStringLiteral("supervisor"), new SupervisorScreen(kiosk),
                    KioskTask{QStringLiteral("supervisor"), SupervisorScreen::tr("Supervisor"), Permission::Adjust});
    kiosk.addScreen(QStringLiteral("alerts"), new AlertsScreen(kiosk.context()),
                    KioskTask{QStringLiteral("alerts"), AlertsScreen::tr("Alerts"), std::nullopt});
    kiosk.addScreen(QStringLiteral("devices"), new DevicesScreen(kiosk.context()),
                    KioskTask{QStringLiteral("devices"), DevicesScreen::tr("Devices"), std::nullopt});
    kiosk.addScreen(QStringLiteral("sync"), new SyncScreen(kiosk.context()),
                    KioskTask{QStringLiteral("sync"), SyncScreen::tr("Sync"), std::nullopt});
    kiosk.addScreen(QStringLiteral("maintenance"), new MaintenanceScreen(kiosk.context()),
                    KioskTask{QStringLiteral("maintenance"), MaintenanceScreen::tr("Maintenance"), Permission::RunTools});
}

} // namespace wh::ui
