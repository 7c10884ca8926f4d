#include "KioskScreens.h"

#include "KioskWindow.h"

namespace wh::ui {

void addWorkflowScreens(KioskWindow& kiosk)
{
    // One block per screen, in the order the home screen shows their tasks.
    Q_UNUSED(kiosk);
}

} // namespace wh::ui
