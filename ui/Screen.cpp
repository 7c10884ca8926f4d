#include "Screen.h"

#include "Feedback.h"

namespace wh::ui {

void Screen::scanned(const devices::ScanEvent& scan)
{
    if (!scan.ok()) {
        m_context.feedback.refused(tr("Scan not read: %1").arg(scan.localizedReason()));
        return;
    }
    m_context.feedback.refused(tr("Nothing to scan on this screen."));
}

} // namespace wh::ui
