#include "CountScreen.h"

#include "PageStack.h"

#include "Feedback.h"
#include "Keypad.h"
#include "Session.h"
#include "StoreWorker.h"
#include "TouchParts.h"

#include <QHBoxLayout>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace wh::ui {

CountScreen::CountScreen(KioskContext& context, QWidget* parent)
    : Screen(context, parent)
{
    using namespace TouchParts;
    setObjectName(QStringLiteral("countScreen"));
    auto* layout = new QVBoxLayout(this);
    m_pages = new PageStack(this);
    m_pages->setObjectName(QStringLiteral("countPages"));
    layout->addWidget(m_pages);

    // The open counts.
    m_listPage = new QWidget(m_pages);
    m_listPage->setObjectName(QStringLiteral("countListPage"));
    m_listLayout = new QVBoxLayout(m_listPage);
    m_listPrompt = label(m_listPage, QStringLiteral("countListPrompt"), tr("Open counts"), 26);
    m_listLayout->addWidget(m_listPrompt);
    m_result = label(m_listPage, QStringLiteral("countResultLabel"), tr("The last count's result"), 26);
    m_listLayout->addWidget(m_result);
    m_refreshButton = button(m_listPage, QStringLiteral("countRefreshButton"), tr("Refresh"),
                             tr("Read the open counts again"), 64);
    m_listLayout->addWidget(m_refreshButton);
    m_listLayout->addStretch();
    connect(m_refreshButton, &QPushButton::clicked, this, &CountScreen::loadCounts);
    m_pages->addWidget(m_listPage);

    // Counting one task.
    m_countPage = new QWidget(m_pages);
    m_countPage->setObjectName(QStringLiteral("countSheetPage"));
    auto* counting = new QHBoxLayout(m_countPage);
    auto* left = new QVBoxLayout;
    m_header = label(m_countPage, QStringLiteral("countHeader"), tr("The count"), 26);
    left->addWidget(m_header);
    m_binLabel = label(m_countPage, QStringLiteral("countBinLabel"), tr("Bin being counted"), 40);
    left->addWidget(m_binLabel);
    m_itemLabel = label(m_countPage, QStringLiteral("countItemLabel"), tr("Item being counted"), 28);
    left->addWidget(m_itemLabel);
    m_lines = new QStandardItemModel(0, 4, this);
    m_lines->setObjectName(QStringLiteral("countLinesModel"));
    m_lines->setHorizontalHeaderLabels({tr("Bin"), tr("SKU"), tr("Lot"), tr("Counted")});
    left->addWidget(table(m_countPage, QStringLiteral("countLinesView"), tr("What you counted"), m_lines), 1);
    auto* actions = new QHBoxLayout;
    m_backButton = button(m_countPage, QStringLiteral("countBackButton"), tr("Other count"),
                          tr("Back to the open counts"), 80);
    m_submitButton = button(m_countPage, QStringLiteral("countSubmitButton"), tr("Submit count"),
                            tr("Submit the count"), 80);
    actions->addWidget(m_backButton);
    actions->addWidget(m_submitButton);
    left->addLayout(actions);
    counting->addLayout(left, 1);
    auto* right = new QVBoxLayout;
    auto* caption = label(m_countPage, QStringLiteral("countQuantityCaption"), tr("Units counted"));
    caption->setText(tr("Units you counted (0: none there)"));
    right->addWidget(caption);
    m_quantity = keypadField(m_countPage, QStringLiteral("countQuantity"), tr("Units counted"));
    right->addWidget(m_quantity);
    m_keypad = new Keypad(m_countPage);
    m_keypad->setObjectName(QStringLiteral("countKeypad"));
    m_keypad->setTarget(m_quantity);
    right->addWidget(m_keypad);
    m_recordButton = button(m_countPage, QStringLiteral("countRecordButton"), tr("Record"),
                            tr("Record the units counted"), 80);
    right->addWidget(m_recordButton);
    right->addStretch();
    counting->addLayout(right);
    connect(m_keypad, &Keypad::enterPressed, this, &CountScreen::record);
    connect(m_recordButton, &QPushButton::clicked, this, &CountScreen::record);
    connect(m_submitButton, &QPushButton::clicked, this, &CountScreen::submit);
    connect(m_backButton, &QPushButton::clicked, this, &CountScreen::loadCounts);
    m_pages->addWidget(m_countPage);
}

void CountScreen::activated()
{
    m_result->clear();
    loadCounts();
}

void CountScreen::setBusy(bool busy)
{
    m_busy = busy;
    for (QPushButton* b : {m_recordButton, m_submitButton, m_backButton, m_refreshButton})
        b->setEnabled(!busy);
}

void CountScreen::loadCounts()
{
    m_sheet = CountSheet{};
    m_bin.clear();
    m_item.reset();
    m_pages->setCurrentWidget(m_listPage);
    m_listPrompt->setText(tr("Reading the open counts..."));
    const TenantContext tenant = context().session.tenant();
    context().store.post(
        this, [tenant](db::Store& store) { return store.openCounts(tenant); },
        [this](const Result<QList<CountSheet>>& counts) {
            if (!counts) {
                m_listPrompt->setText(counts.error().localized());
                context().feedback.refused(counts.error().localized());
                return;
            }
            showCounts(*counts);
        });
}

void CountScreen::showCounts(const QList<CountSheet>& counts)
{
    qDeleteAll(m_countButtons);
    m_countButtons.clear();
    QList<CountSheet> counting;
    for (const CountSheet& sheet : counts)
        if (sheet.status == CountStatus::Counting)
            counting.append(sheet);
    m_listPrompt->setText(counting.isEmpty() ? tr("No count is waiting to be counted.")
                                             : tr("Choose a count:"));
    int index = 2;
    for (const CountSheet& sheet : counting) {
        QString text = tr("%1: %2").arg(sheet.countId, sheet.locations.join(QStringLiteral(", ")));
        if (!sheet.note.isEmpty())
            text += QStringLiteral("\n") + sheet.note;
        if (sheet.round > 1)
            text += QStringLiteral("\n") + tr("Recount, round %1").arg(sheet.round);
        auto* b = TouchParts::button(m_listPage, QStringLiteral("countTask_") + sheet.countId, text,
                                     tr("Count %1").arg(sheet.countId), 96);
        connect(b, &QPushButton::clicked, this, [this, sheet] { choose(sheet); });
        m_listLayout->insertWidget(index++, b);
        m_countButtons.append(b);
    }
}

void CountScreen::choose(const CountSheet& sheet)
{
    m_result->clear();
    m_bin.clear();
    m_item.reset();
    m_quantity->clear();
    showSheet(sheet);
    m_pages->setCurrentWidget(m_countPage);
    context().feedback.info(tr("Count %1: scan the first bin.").arg(sheet.countId));
}

void CountScreen::showSheet(const CountSheet& sheet)
{
    m_sheet = sheet;
    QString header = tr("Count %1, bins %2").arg(sheet.countId, sheet.locations.join(QStringLiteral(", ")));
    if (sheet.round > 1)
        header += tr(" (recount, round %1)").arg(sheet.round);
    m_header->setText(header);
    m_binLabel->setText(m_bin.isEmpty() ? tr("Scan a bin") : tr("Bin %1").arg(m_bin));
    m_itemLabel->setText(
        !m_item ? (m_bin.isEmpty() ? QString() : tr("Scan an item"))
        : m_item->lot.isEmpty()
            ? tr("%1 (%2)").arg(m_item->sku.code, m_item->sku.description)
            : tr("%1 (%2), lot %3").arg(m_item->sku.code, m_item->sku.description, m_item->lot));
    m_lines->removeRows(0, m_lines->rowCount());
    for (const CountedLine& line : sheet.lines)
        m_lines->appendRow(
            TouchParts::row({line.location, line.sku, line.lot, QString::number(line.quantity)}));
}

void CountScreen::scanned(const devices::ScanEvent& scan)
{
    if (m_pages->currentWidget() != m_countPage) {
        context().feedback.refused(tr("Choose a count first."));
        return;
    }
    if (m_busy) {
        context().feedback.refused(tr("Wait a moment: the last action is still being saved."));
        return;
    }
    if (!scan.ok()) {
        context().feedback.refused(tr("Scan not read: %1").arg(scan.localizedReason()));
        return;
    }
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
                if (!m_sheet.locations.contains(code->bin.code)) {
                    context().feedback.refused(tr("Bin %1 is not in count %2: count only %3.")
                                                   .arg(code->bin.code, m_sheet.countId,
                                                        m_sheet.locations.join(QStringLiteral(", "))));
                    return;
                }
                m_bin = code->bin.code;
                m_item.reset();
                m_quantity->clear();
                showSheet(m_sheet);
                context().feedback.accepted(tr("Bin %1: scan each item in it.").arg(m_bin));
                return;
            }
            if (m_bin.isEmpty()) {
                context().feedback.refused(tr("Scan the bin first, then its items."));
                return;
            }
            m_item = *code;
            m_quantity->setText(code->quantity > 0 ? QString::number(code->quantity) : QString());
            showSheet(m_sheet);
            context().feedback.accepted(
                tr("%1: count the units and enter them on the keypad.").arg(code->sku.code));
        });
}

void CountScreen::record()
{
    if (m_busy || m_sheet.countId.isEmpty())
        return;
    if (m_bin.isEmpty() || !m_item) {
        context().feedback.refused(tr("Scan the bin and the item first."));
        return;
    }
    if (m_quantity->text().isEmpty()) {
        context().feedback.refused(tr("Enter the units you counted (0 when there are none)."));
        return;
    }
    const CountLine line{
        m_sheet.countId, m_bin, m_item->sku.code, m_item->lot, m_quantity->text().toLongLong(),
        m_item->expiry};
    const TenantContext tenant = context().session.tenant();
    const Actor actor = context().session.actor();
    setBusy(true);
    context().store.post(
        this, [tenant, actor, line](db::Store& store) { return store.recordCountLine(tenant, actor, line); },
        [this, line](const Result<CountSheet>& sheet) {
            setBusy(false);
            if (!sheet) {
                context().feedback.refused(sheet.error().localized());
                return;
            }
            m_item.reset();
            m_quantity->clear();
            showSheet(*sheet);
            context().feedback.accepted(tr("Counted %1 x %2 in %3. Scan the next item or bin.")
                                            .arg(line.quantity)
                                            .arg(line.sku, line.location));
        });
}

void CountScreen::submit()
{
    if (m_busy || m_sheet.countId.isEmpty())
        return;
    const QString countId = m_sheet.countId;
    const TenantContext tenant = context().session.tenant();
    const Actor actor = context().session.actor();
    setBusy(true);
    context().store.post(
        this,
        [tenant, actor, countId](db::Store& store) { return store.submitCount(tenant, actor, countId); },
        [this](const Result<CountSubmitResult>& result) {
            setBusy(false);
            if (!result) {
                context().feedback.refused(result.error().localized());
                return;
            }
            QString text;
            switch (result->status) {
            case CountStatus::Posted:
                text = tr("Count %1 accepted: the stock now shows what you counted.").arg(result->countId);
                break;
            case CountStatus::Review:
                text = tr("Count %1 needs a supervisor's approval: it differs from the books by more than "
                          "allowed. "
                          "They approve it or order a recount.")
                           .arg(result->countId);
                break;
            case CountStatus::Counting:
                text =
                    tr("Count %1 must be counted again (round %2).").arg(result->countId).arg(result->round);
                break;
            case CountStatus::Cancelled:
                text = tr("Count %1 was cancelled.").arg(result->countId);
                break;
            }
            loadCounts();
            m_result->setText(text);
            if (result->status == CountStatus::Posted)
                context().feedback.accepted(text);
            else
                context().feedback.info(text);
        });
}

} // namespace wh::ui
