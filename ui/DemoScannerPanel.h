#pragma once

// The demo's scanner: a panel of the barcodes a worker would scan here - staff badges, the merchant's bins,
// items (with lot and expiry where the stock is lot-tracked), open orders, ASNs and pallets - as buttons.
// A tap sends exactly what a scanner would (AIM identifier included) through the same decoder and on to the
// screen on show, so the demo runs without hardware. `run --demo-scanner` shows it beside the kiosk.

#include "DemoData.h"

#include <QWidget>

class QTabWidget;

namespace wh::ui {

class KioskWindow;

class DemoScannerPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DemoScannerPanel(KioskWindow& kiosk, QWidget* parent = nullptr);

    // Loads the codes of the logged-in merchant (badges only while nobody is logged in).
    void refresh();
    const QList<db::DemoData::ScanCode>& codes() const { return m_codes; }

Q_SIGNALS:
    void refreshed();

private:
    void show(const QList<db::DemoData::ScanCode>& codes);

    KioskWindow& m_kiosk;
    QTabWidget* m_tabs;
    QList<db::DemoData::ScanCode> m_codes;
};

} // namespace wh::ui
