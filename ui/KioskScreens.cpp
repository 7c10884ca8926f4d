#include "KioskScreens.h"

#include "CountScreen.h"
#include "KioskWindow.h"
#include "LookupScreen.h"
#include "ReceiveScreen.h"
#include "ReturnsScreen.h"

namespace wh::ui {

void addWorkflowScreens(KioskWindow& kiosk)
{
    // One block per screen, in the order the home screen shows their tasks.
    Q_UNUSED(kiosk);

    // Inbound: receive and put away, stock look-up, cycle count, returns.
    kiosk.addScreen(QStringLiteral("receive"), new ReceiveScreen(kiosk.context()),
                    KioskTask{QStringLiteral("receive"), ReceiveScreen::tr("Receive"), Permission::Receive});
    kiosk.addScreen(QStringLiteral("lookup"), new LookupScreen(kiosk.context()),
                    KioskTask{QStringLiteral("lookup"), LookupScreen::tr("Stock look-up"), std::nullopt});
    kiosk.addScreen(QStringLiteral("count"), new CountScreen(kiosk.context()),
                    KioskTask{QStringLiteral("count"), CountScreen::tr("Count"), Permission::Count});
    kiosk.addScreen(
        QStringLiteral("returns"), new ReturnsScreen(kiosk.context()),
        KioskTask{QStringLiteral("returns"), ReturnsScreen::tr("Returns"), Permission::ReceiveReturn});
}

} // namespace wh::ui
