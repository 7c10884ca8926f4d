#include "ReturnsScreen.h"

#include "PageStack.h"

#include "Feedback.h"
#include "Keypad.h"
#include "Session.h"
#include "StoreWorker.h"
#include "TouchParts.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace wh::ui {

namespace {

struct Opened
{
    QString returnId;
    QString against; // "RMA x" or "order x", in words
};

QString dispositionText(ReturnDisposition d)
{
    switch (d) {
    case ReturnDisposition::Restock:
        return ReturnsScreen::tr("restock");
    case ReturnDisposition::Quarantine:
        return ReturnsScreen::tr("quarantine");
    case ReturnDisposition::Scrap:
        return ReturnsScreen::tr("scrap");
    }
    return {};
}

} // namespace

ReturnsScreen::ReturnsScreen(KioskContext& context, QWidget* parent)
    : Screen(context, parent)
{
    using namespace TouchParts;
    setObjectName(QStringLiteral("returnsScreen"));
    auto* layout = new QVBoxLayout(this);
    m_pages = new PageStack(this);
    m_pages->setObjectName(QStringLiteral("returnsPages"));
    layout->addWidget(m_pages);

    // Open a return.
    m_startPage = new QWidget(m_pages);
    m_startPage->setObjectName(QStringLiteral("returnsStartPage"));
    auto* start = new QVBoxLayout(m_startPage);
    auto* prompt = label(m_startPage, QStringLiteral("returnsPrompt"), tr("What to do"));
    prompt->setText(tr("Scan or type the RMA number, or the order number the parcel came back for."));
    start->addWidget(prompt);
    auto* row = new QHBoxLayout;
    m_reference = textField(m_startPage, QStringLiteral("returnsReferenceInput"), tr("RMA or order number"));
    m_reference->setPlaceholderText(tr("RMA or order number"));
    row->addWidget(m_reference, 1);
    m_openButton = button(m_startPage, QStringLiteral("returnsOpenButton"), tr("Open return"),
                          tr("Open a return for this RMA or order"), 80);
    row->addWidget(m_openButton);
    start->addLayout(row);
    m_startResult = label(m_startPage, QStringLiteral("returnsStartResult"), tr("The last return"), 26);
    start->addWidget(m_startResult);
    start->addStretch();
    connect(m_openButton, &QPushButton::clicked, this, [this] { open(m_reference->text().trimmed()); });
    connect(m_reference, &QLineEdit::returnPressed, this, [this] { open(m_reference->text().trimmed()); });
    m_pages->addWidget(m_startPage);

    // One return: inspect item by item.
    m_returnPage = new QWidget(m_pages);
    m_returnPage->setObjectName(QStringLiteral("returnsItemsPage"));
    auto* page = new QHBoxLayout(m_returnPage);
    auto* left = new QVBoxLayout;
    m_header = label(m_returnPage, QStringLiteral("returnsHeader"), tr("The return"), 26);
    left->addWidget(m_header);
    m_itemLabel = label(m_returnPage, QStringLiteral("returnsItemLabel"), tr("Item being received"), 28);
    left->addWidget(m_itemLabel);
    auto* dispositions = new QHBoxLayout;
    m_dispositions = new QButtonGroup(this);
    m_dispositions->setExclusive(true);
    const auto dispositionButton = [&](const QString& name, const QString& text, const QString& accessible,
                                       ReturnDisposition d) {
        auto* b = button(m_returnPage, name, text, accessible, 120);
        b->setCheckable(true);
        b->setMinimumWidth(180);
        m_dispositions->addButton(b, int(d));
        dispositions->addWidget(b);
        return b;
    };
    m_restockButton =
        dispositionButton(QStringLiteral("returnsRestockButton"), tr("Restock"),
                          tr("Restock: back into a bin, sellable again"), ReturnDisposition::Restock);
    m_quarantineButton = dispositionButton(QStringLiteral("returnsQuarantineButton"), tr("Quarantine"),
                                           tr("Quarantine: into a quarantine location, decided later"),
                                           ReturnDisposition::Quarantine);
    m_scrapButton = dispositionButton(QStringLiteral("returnsScrapButton"), tr("Scrap"),
                                      tr("Scrap: destroyed, never back in stock"), ReturnDisposition::Scrap);
    m_restockButton->setChecked(true);
    left->addLayout(dispositions);
    m_binLabel = label(m_returnPage, QStringLiteral("returnsBinLabel"), tr("Where the item goes"), 28);
    left->addWidget(m_binLabel);
    m_lines = new QStandardItemModel(0, 5, this);
    m_lines->setObjectName(QStringLiteral("returnsLinesModel"));
    m_lines->setHorizontalHeaderLabels({tr("SKU"), tr("Lot"), tr("Units"), tr("Outcome"), tr("Bin")});
    left->addWidget(table(m_returnPage, QStringLiteral("returnsLinesView"), tr("What came back"), m_lines),
                    1);
    m_closeButton = button(m_returnPage, QStringLiteral("returnsCloseButton"), tr("Close return"),
                           tr("Close the return: everything is in"), 80);
    left->addWidget(m_closeButton);
    page->addLayout(left, 1);
    auto* right = new QVBoxLayout;
    auto* caption = label(m_returnPage, QStringLiteral("returnsQuantityCaption"), tr("Units"));
    caption->setText(tr("Units (empty: 1)"));
    right->addWidget(caption);
    m_quantity = keypadField(m_returnPage, QStringLiteral("returnsQuantity"), tr("Units of the item"));
    right->addWidget(m_quantity);
    m_keypad = new Keypad(m_returnPage);
    m_keypad->setObjectName(QStringLiteral("returnsKeypad"));
    m_keypad->setTarget(m_quantity);
    right->addWidget(m_keypad);
    m_receiveButton = button(m_returnPage, QStringLiteral("returnsReceiveButton"), tr("Receive item"),
                             tr("Receive the item as chosen"), 96);
    right->addWidget(m_receiveButton);
    right->addStretch();
    page->addLayout(right);
    connect(m_dispositions, &QButtonGroup::idClicked, this, [this] { showCurrent(); });
    connect(m_keypad, &Keypad::enterPressed, this, &ReturnsScreen::receive);
    connect(m_receiveButton, &QPushButton::clicked, this, &ReturnsScreen::receive);
    connect(m_closeButton, &QPushButton::clicked, this, &ReturnsScreen::close);
    m_pages->addWidget(m_returnPage);
    showStart();
}

void ReturnsScreen::activated()
{
    // An open return stays on screen for the same merchant; someone working for another starts afresh.
    if (m_tenantId != context().session.tenantId()) {
        m_tenantId = context().session.tenantId();
        m_startResult->clear();
        showStart();
    } else if (m_pages->currentWidget() == m_startPage) {
        showStart();
    }
}

void ReturnsScreen::showStart()
{
    m_returnId.clear();
    m_item.reset();
    m_bin.clear();
    m_reference->clear();
    m_lines->removeRows(0, m_lines->rowCount());
    m_pages->setCurrentWidget(m_startPage);
    setBusy(false);
}

void ReturnsScreen::setBusy(bool busy)
{
    m_busy = busy;
    for (QPushButton* b : {m_openButton, m_receiveButton, m_closeButton})
        b->setEnabled(!busy);
}

ReturnDisposition ReturnsScreen::disposition() const
{
    return ReturnDisposition(m_dispositions->checkedId());
}

void ReturnsScreen::scanned(const devices::ScanEvent& scan)
{
    if (m_busy) {
        context().feedback.refused(tr("Wait a moment: the last action is still being saved."));
        return;
    }
    if (!scan.ok()) {
        context().feedback.refused(tr("Scan not read: %1").arg(scan.localizedReason()));
        return;
    }
    if (m_pages->currentWidget() == m_startPage) {
        m_reference->setText(scan.data.trimmed());
        open(scan.data.trimmed());
    } else {
        itemOrBinScanned(scan);
    }
}

void ReturnsScreen::open(const QString& reference)
{
    if (m_busy)
        return;
    if (reference.isEmpty()) {
        context().feedback.refused(tr("Scan or type the RMA or order number first."));
        return;
    }
    const TenantContext tenant = context().session.tenant();
    const Actor actor = context().session.actor();
    setBusy(true);
    context().store.post(
        this,
        [tenant, actor, reference](db::Store& store) -> Result<Opened> {
            OpenReturn cmd;
            QString against;
            auto rma = store.rma(tenant, reference);
            if (rma) {
                cmd.rmaId = reference;
                against = ReturnsScreen::tr("RMA %1").arg(reference);
            } else if (rma.error().code != ErrorCode::UnknownRma) {
                return rma.error();
            } else {
                auto order = store.order(tenant, reference);
                if (!order && order.error().code == ErrorCode::UnknownOrder)
                    return makeError(ErrorCode::UnknownRma,
                                     ReturnsScreen::tr("%1 is neither an RMA nor an order of this merchant.")
                                         .arg(reference));
                if (!order)
                    return order.error();
                cmd.orderId = reference;
                against = ReturnsScreen::tr("order %1").arg(reference);
            }
            auto opened = store.openReturn(tenant, actor, cmd);
            if (!opened)
                return opened.error();
            QString id = QStringLiteral("R%1").arg(opened->firstSeq);
            for (const RecordedEvent& e : opened->events)
                if (!e.aggregateId.isEmpty()) {
                    id = e.aggregateId;
                    break;
                }
            return Opened{id, against};
        },
        [this](const Result<Opened>& opened) {
            setBusy(false);
            if (!opened) {
                context().feedback.refused(opened.error().localized());
                return;
            }
            m_returnId = opened->returnId;
            m_against = opened->against;
            m_item.reset();
            m_bin.clear();
            m_quantity->clear();
            m_restockButton->setChecked(true);
            m_startResult->clear();
            showReturn(ReturnRecord{});
            m_pages->setCurrentWidget(m_returnPage);
            context().feedback.accepted(
                tr("Return %1 for %2 open: scan the first item.").arg(m_returnId, m_against));
        });
}

void ReturnsScreen::showReturn(const ReturnRecord& record)
{
    m_header->setText(tr("Return %1 for %2").arg(m_returnId, m_against));
    m_lines->removeRows(0, m_lines->rowCount());
    for (const ReturnLineRecord& line : record.lines)
        m_lines->appendRow(TouchParts::row({line.sku, line.lot, QString::number(line.quantity),
                                            dispositionText(line.disposition), line.location}));
    showCurrent();
}

void ReturnsScreen::showCurrent()
{
    m_itemLabel->setText(
        !m_item ? tr("Scan an item")
        : m_item->lot.isEmpty()
            ? tr("%1 (%2)").arg(m_item->sku.code, m_item->sku.description)
            : tr("%1 (%2), lot %3").arg(m_item->sku.code, m_item->sku.description, m_item->lot));
    switch (disposition()) {
    case ReturnDisposition::Scrap:
        m_binLabel->setText(tr("Scrap: no bin"));
        break;
    case ReturnDisposition::Quarantine:
        m_binLabel->setText(m_bin.isEmpty() ? tr("Scan the quarantine location") : tr("Into %1").arg(m_bin));
        break;
    case ReturnDisposition::Restock:
        m_binLabel->setText(m_bin.isEmpty() ? tr("Scan the bin to restock into") : tr("Into %1").arg(m_bin));
        break;
    }
}

void ReturnsScreen::itemOrBinScanned(const devices::ScanEvent& scan)
{
    const TenantContext tenant = context().session.tenant();
    setBusy(true);
    context().store.post(
        this, [tenant, scan](db::Store& store) { return ScanLookup::resolve(store, tenant, scan); },
        [this](const Result<ScannedCode>& code) {
            setBusy(false);
            if (!code) {
                context().feedback.refused(code.error().localized());
                return;
            }
            if (code->kind == ScannedCode::Kind::Bin) {
                m_bin = code->bin.code;
                showCurrent();
                context().feedback.accepted(tr("Bin %1.").arg(m_bin));
                return;
            }
            m_item = *code;
            m_quantity->setText(code->quantity > 0 ? QString::number(code->quantity) : QString());
            showCurrent();
            context().feedback.accepted(
                tr("%1: choose what becomes of it, then Receive item.").arg(code->sku.code));
        });
}

void ReturnsScreen::receive()
{
    if (m_busy || m_returnId.isEmpty())
        return;
    if (!m_item) {
        context().feedback.refused(tr("Scan the item first."));
        return;
    }
    const ReturnDisposition d = disposition();
    if (d != ReturnDisposition::Scrap && m_bin.isEmpty()) {
        context().feedback.refused(d == ReturnDisposition::Restock
                                       ? tr("Scan the bin to restock into first.")
                                       : tr("Scan the quarantine location first."));
        return;
    }
    ReturnItem item;
    item.returnId = m_returnId;
    item.sku = m_item->sku.code;
    item.lot = m_item->lot;
    item.expiry = m_item->expiry;
    item.quantity = m_quantity->text().isEmpty() ? 1 : m_quantity->text().toLongLong();
    item.disposition = d;
    item.location = d == ReturnDisposition::Scrap ? QString() : m_bin;
    const TenantContext tenant = context().session.tenant();
    const Actor actor = context().session.actor();
    setBusy(true);
    context().store.post(
        this,
        [tenant, actor, item](db::Store& store) -> Result<ReturnRecord> {
            auto done = store.receiveReturnItem(tenant, actor, item);
            if (!done)
                return done.error();
            return store.customerReturn(tenant, item.returnId);
        },
        [this, item](const Result<ReturnRecord>& record) {
            setBusy(false);
            if (!record) {
                context().feedback.refused(record.error().localized());
                return;
            }
            m_item.reset();
            m_quantity->clear();
            showReturn(*record);
            context().feedback.accepted(
                item.disposition == ReturnDisposition::Scrap
                    ? tr("%1 x %2 scrapped.").arg(item.quantity).arg(item.sku)
                    : tr("%1 x %2: %3 into %4.")
                          .arg(item.quantity)
                          .arg(item.sku, dispositionText(item.disposition), item.location));
        });
}

void ReturnsScreen::close()
{
    if (m_busy || m_returnId.isEmpty())
        return;
    const QString returnId = m_returnId;
    const TenantContext tenant = context().session.tenant();
    const Actor actor = context().session.actor();
    setBusy(true);
    context().store.post(
        this,
        [tenant, actor, returnId](db::Store& store) { return store.closeReturn(tenant, actor, returnId); },
        [this, returnId](const Result<db::ActionReceipt>& done) {
            setBusy(false);
            if (!done) {
                context().feedback.refused(done.error().localized());
                return;
            }
            const QString text = tr("Return %1 closed.").arg(returnId);
            showStart();
            m_startResult->setText(text);
            context().feedback.accepted(text);
        });
}

} // namespace wh::ui
