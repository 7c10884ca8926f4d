#include "LookupScreen.h"

#include "Feedback.h"
#include "ScanLookup.h"
#include "Session.h"
#include "StoreWorker.h"
#include "TouchParts.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

namespace wh::ui {

LookupScreen::LookupScreen(KioskContext& context, QWidget* parent)
    : Screen(context, parent)
{
    using namespace TouchParts;
    setObjectName(QStringLiteral("lookupScreen"));
    auto* layout = new QVBoxLayout(this);
    auto* prompt = label(this, QStringLiteral("lookupPrompt"), tr("What to do"));
    prompt->setText(tr("Scan an item or a bin, or type a SKU, GTIN, bin or lot."));
    layout->addWidget(prompt);
    auto* row = new QHBoxLayout;
    m_search = textField(this, QStringLiteral("lookupSearchInput"), tr("Search for a SKU, GTIN, bin or lot"));
    m_search->setPlaceholderText(tr("SKU, GTIN, bin or lot"));
    row->addWidget(m_search, 1);
    m_searchButton = button(this, QStringLiteral("lookupSearchButton"), tr("Search"), tr("Search"), 64);
    m_clearButton =
        button(this, QStringLiteral("lookupClearButton"), tr("Clear"), tr("Clear the search"), 64);
    row->addWidget(m_searchButton);
    row->addWidget(m_clearButton);
    layout->addLayout(row);
    m_summary = label(this, QStringLiteral("lookupSummary"), tr("What was found"), 26);
    layout->addWidget(m_summary);
    m_model = new QStandardItemModel(0, 6, this);
    m_model->setObjectName(QStringLiteral("lookupModel"));
    m_model->setHorizontalHeaderLabels(
        {tr("SKU"), tr("Bin"), tr("Lot"), tr("Expiry"), tr("On hand"), tr("Available")});
    layout->addWidget(table(this, QStringLiteral("lookupResultsView"), tr("Stock found"), m_model), 1);
    connect(m_searchButton, &QPushButton::clicked, this, &LookupScreen::search);
    connect(m_search, &QLineEdit::returnPressed, this, &LookupScreen::search);
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        m_search->clear();
        m_summary->clear();
        m_model->removeRows(0, m_model->rowCount());
    });
}

void LookupScreen::activated()
{
    m_search->clear();
    m_summary->clear();
    m_model->removeRows(0, m_model->rowCount());
}

void LookupScreen::scanned(const devices::ScanEvent& scan)
{
    if (!scan.ok()) {
        context().feedback.refused(tr("Scan not read: %1").arg(scan.localizedReason()));
        return;
    }
    m_search->setText(scan.gs1 ? scan.raw : scan.data);
    lookUp(scan);
}

void LookupScreen::search()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        context().feedback.refused(tr("Type a SKU, GTIN, bin or lot first, or scan."));
        return;
    }
    // Typed text is read like a scan without a symbology identifier: a GS1 string in brackets works too.
    lookUp(devices::ScanDecoder::decode(text, context().store.clock().today()));
}

void LookupScreen::lookUp(const devices::ScanEvent& scan)
{
    const TenantContext tenant = context().session.tenant();
    m_summary->setText(tr("Searching..."));
    context().store.post(
        this, [tenant, scan](db::Store& store) { return ScanLookup::lookup(store, tenant, scan); },
        [this](const Result<StockLookup>& found) {
            m_model->removeRows(0, m_model->rowCount());
            if (!found) {
                m_summary->setText(found.error().localized());
                context().feedback.refused(found.error().localized());
                return;
            }
            std::int64_t onHand = 0;
            std::int64_t available = 0;
            for (const StockRecord& r : found->rows) {
                m_model->appendRow(
                    TouchParts::row({r.key.sku, r.key.location, r.key.lot, TouchParts::date(r.expiry),
                                     QString::number(r.level.onHand), QString::number(r.level.available())}));
                onHand += r.level.onHand;
                available += r.level.available();
            }
            const QString text = found->rows.isEmpty() ? tr("%1: no stock.").arg(found->matched)
                                                       : tr("%1: %2 on hand, %3 available, in %n row(s).", "",
                                                            int(found->rows.size()))
                                                             .arg(found->matched)
                                                             .arg(onHand)
                                                             .arg(available);
            m_summary->setText(text);
            if (found->rows.isEmpty())
                context().feedback.info(text);
            else
                context().feedback.accepted(text);
        });
}

} // namespace wh::ui
