#include "DemoScannerPanel.h"

#include "Feedback.h"
#include "KioskWindow.h"
#include "Session.h"
#include "StoreWorker.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace wh::ui {

DemoScannerPanel::DemoScannerPanel(KioskWindow& kiosk, QWidget* parent)
    : QWidget(parent)
    , m_kiosk(kiosk)
{
    setObjectName(QStringLiteral("demoScannerPanel"));
    setAccessibleName(tr("Demo scanner: barcodes to tap"));
    setMinimumWidth(300);
    setMaximumWidth(380);
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Demo scanner: tap a barcode to scan it"), this);
    title->setWordWrap(true);
    layout->addWidget(title);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("demoScannerTabs"));
    m_tabs->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_tabs, 1);
    auto* reload = new QPushButton(tr("Refresh"), this);
    reload->setObjectName(QStringLiteral("demoScannerRefresh"));
    reload->setAccessibleName(tr("Load the barcodes again"));
    reload->setFocusPolicy(Qt::NoFocus);
    connect(reload, &QPushButton::clicked, this, &DemoScannerPanel::refresh);
    layout->addWidget(reload);
    connect(&kiosk, &KioskWindow::screenChanged, this, &DemoScannerPanel::refresh);
}

void DemoScannerPanel::refresh()
{
    const QString tenant = m_kiosk.session().active() ? m_kiosk.session().tenantId() : QString();
    m_kiosk.context().store.post(
        this, [tenant](db::Store& store) { return db::DemoData::scanCodes(store, tenant); },
        [this](const Result<QList<db::DemoData::ScanCode>>& codes) {
            if (!codes) {
                m_kiosk.feedback().refused(codes.error().localized());
                return;
            }
            show(*codes);
        });
}

void DemoScannerPanel::show(const QList<db::DemoData::ScanCode>& codes)
{
    m_codes = codes;
    const int current = m_tabs->currentIndex();
    while (m_tabs->count() > 0) {
        QWidget* page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        page->deleteLater();
    }
    const QList<std::pair<QString, QString>> groups{{QStringLiteral("badges"), tr("Badges")},
                                                    {QStringLiteral("orders"), tr("Orders")},
                                                    {QStringLiteral("bins"), tr("Bins")},
                                                    {QStringLiteral("totes"), tr("Totes")},
                                                    {QStringLiteral("items"), tr("Items")},
                                                    {QStringLiteral("receiving"), tr("Receiving")}};
    for (const auto& [group, caption] : groups) {
        auto* scroll = new QScrollArea;
        auto* page = new QWidget;
        auto* list = new QVBoxLayout(page);
        int n = 0;
        for (const db::DemoData::ScanCode& code : codes) {
            if (code.group != group)
                continue;
            auto* button = new QPushButton(code.label, page);
            button->setObjectName(QStringLiteral("demoScan_") + code.scan);
            button->setAccessibleName(tr("Scan %1").arg(code.label));
            button->setToolTip(code.scan);
            button->setFocusPolicy(Qt::NoFocus);
            button->setStyleSheet(QStringLiteral("text-align: left; font-size: 18px;"));
            connect(button, &QPushButton::clicked, this, [this, scan = code.scan] {
                m_kiosk.scan(devices::ScanDecoder::decode(scan, m_kiosk.context().store.clock().today()));
            });
            list->addWidget(button);
            ++n;
        }
        if (n == 0)
            continue;
        list->addStretch();
        scroll->setWidget(page);
        scroll->setWidgetResizable(true);
        m_tabs->addTab(scroll, caption);
    }
    if (current >= 0 && current < m_tabs->count())
        m_tabs->setCurrentIndex(current);
    Q_EMIT refreshed();
}

} // namespace wh::ui
