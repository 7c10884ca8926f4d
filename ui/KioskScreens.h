#pragma once

// Every workflow screen of the kiosk, with the task the home screen offers for it. The appliance and the
// tests build the full kiosk through this one function.

namespace wh::ui {

class KioskWindow;

void addWorkflowScreens(KioskWindow& kiosk);

} // namespace wh::ui
