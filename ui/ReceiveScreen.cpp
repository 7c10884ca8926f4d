#include "ReceiveScreen.h"

#include "PageStack.h"

#include "Feedback.h"
#include "Keypad.h"
#include "ReceivingScan.h"
#include "Session.h"
#include "StoreWorker.h"
#include "TouchParts.h"

#include <QHBoxLayout>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <map>

namespace wh::ui {

namespace {

// What a scan on the start page named: the dock, or an ASN.
struct StartScan
{
    std::optional<Location> dock;
    std::optional<AsnRecord> asn;
};

// The id an opening action gave its document (the first event's aggregate, as the store numbers it).
QString openedId(const db::ActionReceipt& receipt, const QString& prefix)
{
    for (const RecordedEvent& e : receipt.events)
        if (!e.aggregateId.isEmpty())
            return e.aggregateId;
    return prefix + QString::number(receipt.firstSeq);
}

} // namespace

ReceiveScreen::ReceiveScreen(KioskContext& context, QWidget* parent)
    : Screen(context, parent)
{
    using namespace TouchParts;
    setObjectName(QStringLiteral("receiveScreen"));
    auto* layout = new QVBoxLayout(this);
    m_pages = new PageStack(this);
    m_pages->setObjectName(QStringLiteral("receivePages"));
    layout->addWidget(m_pages);

    // Start: the dock and the ASN.
    m_startPage = new QWidget(m_pages);
    m_startPage->setObjectName(QStringLiteral("receiveStartPage"));
    auto* start = new QVBoxLayout(m_startPage);
    auto* prompt = label(m_startPage, QStringLiteral("receivePrompt"), tr("What to do"));
    prompt->setText(
        tr("Scan the dock's label, then the ASN number (or type it). A delivery without an ASN is "
           "received blind."));
    start->addWidget(prompt);
    m_dockLabel = label(m_startPage, QStringLiteral("receiveDockLabel"), tr("Dock"), 30);
    start->addWidget(m_dockLabel);
    auto* asnRow = new QHBoxLayout;
    auto* asnCaption = label(m_startPage, QStringLiteral("receiveAsnCaption"), tr("ASN number"));
    asnCaption->setText(tr("ASN"));
    asnRow->addWidget(asnCaption);
    m_asnInput = textField(m_startPage, QStringLiteral("receiveAsnInput"), tr("ASN number"));
    m_asnInput->setPlaceholderText(tr("Scan or type the ASN number"));
    asnRow->addWidget(m_asnInput, 1);
    start->addLayout(asnRow);
    m_asnInfo = label(m_startPage, QStringLiteral("receiveAsnInfo"), tr("The ASN"));
    start->addWidget(m_asnInfo);
    auto* startButtons = new QHBoxLayout;
    m_openButton = button(m_startPage, QStringLiteral("receiveOpenButton"), tr("Receive against ASN"),
                          tr("Start a receipt against the ASN"), 96);
    m_blindButton = button(m_startPage, QStringLiteral("receiveBlindButton"), tr("Blind receipt"),
                           tr("Start a receipt without an ASN"), 96);
    startButtons->addWidget(m_openButton);
    startButtons->addWidget(m_blindButton);
    start->addLayout(startButtons);
    start->addStretch();
    connect(m_openButton, &QPushButton::clicked, this, [this] { openReceipt(false); });
    connect(m_blindButton, &QPushButton::clicked, this, [this] { openReceipt(true); });
    // Typed and entered (or a keyboard-wedge scan while the field has the focus): read like a scan here, so a
    // dock label landing in it still sets the dock.
    connect(m_asnInput, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_asnInput->text().trimmed();
        if (!text.isEmpty() && !m_busy)
            startScanned(devices::ScanDecoder::decode(text, this->context().store.clock().today()));
    });
    m_pages->addWidget(m_startPage);

    // Receiving: the scans, what the receipt holds, undo and post.
    m_receivePage = new QWidget(m_pages);
    m_receivePage->setObjectName(QStringLiteral("receiveItemsPage"));
    auto* receiving = new QHBoxLayout(m_receivePage);
    auto* left = new QVBoxLayout;
    m_receiptLabel = label(m_receivePage, QStringLiteral("receiveReceiptLabel"), tr("The receipt"), 26);
    left->addWidget(m_receiptLabel);
    m_items = new QStandardItemModel(0, 6, this);
    m_items->setObjectName(QStringLiteral("receiveItemsModel"));
    m_items->setHorizontalHeaderLabels(
        {tr("Scan"), tr("Kind"), tr("SKU or code"), tr("Lot"), tr("Expiry"), tr("Units")});
    left->addWidget(
        table(m_receivePage, QStringLiteral("receiveItemsView"), tr("What the receipt holds"), m_items), 1);
    auto* actions = new QHBoxLayout;
    m_undoButton = button(m_receivePage, QStringLiteral("receiveUndoButton"), tr("Undo last scan"),
                          tr("Undo the last scan"), 80);
    m_postButton = button(m_receivePage, QStringLiteral("receivePostButton"), tr("Post receipt"),
                          tr("Post the receipt: the stock lands at the dock"), 80);
    actions->addWidget(m_undoButton);
    actions->addWidget(m_postButton);
    left->addLayout(actions);
    receiving->addLayout(left, 1);
    auto* right = new QVBoxLayout;
    auto* quantityCaption =
        label(m_receivePage, QStringLiteral("receiveQuantityCaption"), tr("Units per scan"));
    quantityCaption->setText(tr("Units in the next scan (empty: 1, or the label's count)"));
    right->addWidget(quantityCaption);
    m_quantity = keypadField(m_receivePage, QStringLiteral("receiveQuantity"), tr("Units in the next scan"));
    right->addWidget(m_quantity);
    m_keypad = new Keypad(m_receivePage);
    m_keypad->setObjectName(QStringLiteral("receiveKeypad"));
    m_keypad->setTarget(m_quantity);
    right->addWidget(m_keypad);
    right->addStretch();
    receiving->addLayout(right);
    connect(m_undoButton, &QPushButton::clicked, this, &ReceiveScreen::undo);
    connect(m_postButton, &QPushButton::clicked, this, &ReceiveScreen::post);
    m_pages->addWidget(m_receivePage);

    // Putaway: the suggested bin, large; scanning a bin confirms.
    m_putawayPage = new QWidget(m_pages);
    m_putawayPage->setObjectName(QStringLiteral("receivePutawayPage"));
    auto* putaway = new QVBoxLayout(m_putawayPage);
    m_putawayItem = label(m_putawayPage, QStringLiteral("receivePutawayItem"), tr("What to put away"), 30);
    putaway->addWidget(m_putawayItem);
    m_putawayBin = label(m_putawayPage, QStringLiteral("receivePutawayBin"), tr("Suggested bin"), 72);
    m_putawayBin->setAlignment(Qt::AlignCenter);
    putaway->addWidget(m_putawayBin);
    m_putawayHint = label(m_putawayPage, QStringLiteral("receivePutawayHint"), tr("How to confirm"));
    putaway->addWidget(m_putawayHint);
    auto* putawayButtons = new QHBoxLayout;
    m_skipButton = button(m_putawayPage, QStringLiteral("receiveSkipButton"), tr("Leave at the dock"),
                          tr("Leave these units at the dock and go on"), 80);
    m_newReceiptButton = button(m_putawayPage, QStringLiteral("receiveNewButton"), tr("New receipt"),
                                tr("Start a new receipt"), 80);
    putawayButtons->addWidget(m_skipButton);
    putawayButtons->addWidget(m_newReceiptButton);
    putaway->addLayout(putawayButtons);
    putaway->addStretch();
    connect(m_skipButton, &QPushButton::clicked, this, [this] {
        if (!m_putaway.isEmpty())
            m_putaway.removeFirst();
        showPutaway();
    });
    connect(m_newReceiptButton, &QPushButton::clicked, this, &ReceiveScreen::showStart);
    m_pages->addWidget(m_putawayPage);

    showStart();
}

void ReceiveScreen::activated()
{
    // A receipt in progress stays where it was for the same merchant (it lives in the store, scan by scan);
    // someone working for another merchant starts afresh, dock included.
    if (m_tenantId != context().session.tenantId()) {
        m_tenantId = context().session.tenantId();
        m_dock.clear();
        showStart();
    } else if (m_pages->currentWidget() == m_startPage) {
        showStart();
    }
}

void ReceiveScreen::showStart()
{
    m_receiptId.clear();
    m_putaway.clear();
    m_items->removeRows(0, m_items->rowCount());
    m_asnInput->clear();
    m_asnInfo->clear();
    m_dockLabel->setText(m_dock.isEmpty() ? tr("Dock: scan its label") : tr("Dock: %1").arg(m_dock));
    m_pages->setCurrentWidget(m_startPage);
    setBusy(false);
}

void ReceiveScreen::setBusy(bool busy)
{
    m_busy = busy;
    for (QPushButton* b : {m_openButton, m_blindButton, m_undoButton, m_postButton, m_skipButton})
        b->setEnabled(!busy);
}

void ReceiveScreen::scanned(const devices::ScanEvent& scan)
{
    if (m_busy) {
        context().feedback.refused(tr("Wait a moment: the last action is still being saved."));
        return;
    }
    if (!scan.ok()) {
        context().feedback.refused(tr("Scan not read: %1").arg(scan.localizedReason()));
        return;
    }
    if (m_pages->currentWidget() == m_startPage)
        startScanned(scan);
    else if (m_pages->currentWidget() == m_receivePage)
        itemScanned(scan);
    else
        putawayScanned(scan);
}

void ReceiveScreen::startScanned(const devices::ScanEvent& scan)
{
    if (!scan.ok()) {
        context().feedback.refused(tr("Scan not read: %1").arg(scan.localizedReason()));
        return;
    }
    const QString code = scan.data.trimmed();
    const TenantContext tenant = context().session.tenant();
    setBusy(true);
    context().store.post(
        this,
        [code, tenant](db::Store& store) -> Result<StartScan> {
            auto location = store.location(tenant, code);
            if (location) {
                if (location->type != LocationType::Receiving)
                    return makeError(
                        ErrorCode::InvalidArgument,
                        ReceiveScreen::tr("%1 is not a receiving location: scan the dock's label.")
                            .arg(code));
                return StartScan{*location, std::nullopt};
            }
            if (location.error().code != ErrorCode::UnknownLocation)
                return location.error();
            auto asn = store.asn(tenant, code);
            if (!asn)
                return asn.error();
            return StartScan{std::nullopt, *asn};
        },
        [this](const Result<StartScan>& result) {
            setBusy(false);
            if (!result) {
                context().feedback.refused(result.error().localized());
                return;
            }
            if (result->dock) {
                m_dock = result->dock->code;
                m_dockLabel->setText(tr("Dock: %1").arg(m_dock));
                context().feedback.accepted(tr("Receiving at %1.").arg(m_dock));
                return;
            }
            const AsnRecord& asn = *result->asn;
            m_asnInput->setText(asn.asn.id);
            m_asnInfo->setText(
                tr("%1 from %2, expected %3, %n line(s)", "", int(asn.asn.lines.size()))
                    .arg(asn.asn.id, asn.asn.supplier, TouchParts::date(asn.asn.expectedDate)));
            if (asn.status == AsnStatus::Closed)
                context().feedback.refused(
                    tr("ASN %1 was received already (receipt %2).").arg(asn.asn.id, asn.receiptId));
            else if (m_dock.isEmpty())
                context().feedback.info(tr("ASN %1. Now scan the dock's label.").arg(asn.asn.id));
            else
                context().feedback.accepted(tr("ASN %1: tap Receive against ASN.").arg(asn.asn.id));
        });
}

void ReceiveScreen::openReceipt(bool blind)
{
    if (m_busy)
        return;
    if (m_dock.isEmpty()) {
        context().feedback.refused(tr("Scan the dock's label first."));
        return;
    }
    const QString asnId = blind ? QString() : m_asnInput->text().trimmed();
    if (!blind && asnId.isEmpty()) {
        context().feedback.refused(tr("Scan or type the ASN number, or start a blind receipt."));
        return;
    }
    const TenantContext tenant = context().session.tenant();
    const Actor actor = context().session.actor();
    const OpenReceipt cmd{m_dock, asnId};
    setBusy(true);
    context().store.post(
        this, [tenant, actor, cmd](db::Store& store) { return store.openReceipt(tenant, actor, cmd); },
        [this, asnId](const Result<db::ActionReceipt>& opened) {
            setBusy(false);
            if (!opened) {
                context().feedback.refused(opened.error().localized());
                return;
            }
            m_receiptId = openedId(*opened, QStringLiteral("RCV"));
            m_receiptLabel->setText(asnId.isEmpty()
                                        ? tr("Receipt %1 (blind) at %2").arg(m_receiptId, m_dock)
                                        : tr("Receipt %1 for ASN %2 at %3").arg(m_receiptId, asnId, m_dock));
            m_items->removeRows(0, m_items->rowCount());
            m_quantity->clear();
            m_pages->setCurrentWidget(m_receivePage);
            context().feedback.accepted(tr("Receipt %1 open: scan the pallets and items.").arg(m_receiptId));
        });
}

void ReceiveScreen::itemScanned(const devices::ScanEvent& scan)
{
    auto cmd = devices::receiptScanFrom(scan, m_receiptId);
    if (!cmd) {
        context().feedback.refused(cmd.error().localized());
        return;
    }
    // The keypad's figure stands for a carton of loose units; a label's own count (or a pallet) wins.
    const std::int64_t typed = m_quantity->text().toLongLong();
    if (typed > 0 && cmd->sscc.isEmpty() && cmd->quantity == 1)
        cmd->quantity = typed;
    m_quantity->clear();
    const TenantContext tenant = context().session.tenant();
    const Actor actor = context().session.actor();
    const ReceiptScan receiptScan = *cmd;
    context().store.post(
        this,
        [tenant, actor, receiptScan](db::Store& store) -> Result<QList<ReceiptItem>> {
            auto done = store.scanReceipt(tenant, actor, receiptScan);
            if (!done)
                return done.error();
            return store.receiptItems(tenant, receiptScan.receiptId);
        },
        [this](const Result<QList<ReceiptItem>>& items) {
            if (!items) {
                context().feedback.refused(items.error().localized());
                return;
            }
            showItems(*items);
            int last = 0;
            for (const ReceiptItem& item : *items)
                last = std::max(last, item.scanNo);
            QStringList what;
            bool unknown = false;
            for (const ReceiptItem& item : *items) {
                if (item.scanNo != last)
                    continue;
                unknown = unknown || item.kind == QLatin1String("unknown");
                what.append(tr("%1 x %2").arg(item.quantity).arg(item.sku.isEmpty() ? item.code : item.sku));
            }
            if (unknown)
                context().feedback.info(
                    tr("%1 is no item of this merchant: recorded as unknown, reported when "
                       "the receipt is posted.")
                        .arg(what.join(QStringLiteral(", "))));
            else
                context().feedback.accepted(tr("Received %1.").arg(what.join(QStringLiteral(", "))));
        });
}

void ReceiveScreen::showItems(const QList<ReceiptItem>& items)
{
    m_items->removeRows(0, m_items->rowCount());
    for (const ReceiptItem& item : items)
        m_items->appendRow(TouchParts::row({QString::number(item.scanNo),
                                            item.kind == QLatin1String("pallet")    ? tr("pallet")
                                            : item.kind == QLatin1String("unknown") ? tr("unknown")
                                                                                    : tr("item"),
                                            item.sku.isEmpty() ? item.code : item.sku, item.lot,
                                            TouchParts::date(item.expiry), QString::number(item.quantity)}));
}

void ReceiveScreen::undo()
{
    if (m_busy || m_receiptId.isEmpty())
        return;
    const TenantContext tenant = context().session.tenant();
    const Actor actor = context().session.actor();
    const QString receiptId = m_receiptId;
    setBusy(true);
    context().store.post(
        this,
        [tenant, actor, receiptId](db::Store& store) -> Result<QList<ReceiptItem>> {
            auto done = store.undoReceiptScan(tenant, actor, receiptId);
            if (!done)
                return done.error();
            return store.receiptItems(tenant, receiptId);
        },
        [this](const Result<QList<ReceiptItem>>& items) {
            setBusy(false);
            if (!items) {
                context().feedback.refused(items.error().localized());
                return;
            }
            showItems(*items);
            context().feedback.accepted(tr("Last scan undone."));
        });
}

void ReceiveScreen::post()
{
    if (m_busy || m_receiptId.isEmpty())
        return;
    const TenantContext tenant = context().session.tenant();
    const Actor actor = context().session.actor();
    const QString receiptId = m_receiptId;
    setBusy(true);
    context().store.post(
        this,
        [tenant, actor, receiptId](db::Store& store) -> Result<QList<ReceiptItem>> {
            auto done = store.postReceipt(tenant, actor, receiptId);
            if (!done)
                return done.error();
            return store.receiptItems(tenant, receiptId);
        },
        [this](const Result<QList<ReceiptItem>>& items) {
            setBusy(false);
            if (!items) {
                context().feedback.refused(items.error().localized());
                return;
            }
            // One putaway per SKU and lot received (unknown items never became stock).
            std::map<std::pair<QString, QString>, std::int64_t> received;
            std::int64_t units = 0;
            for (const ReceiptItem& item : *items) {
                if (item.sku.isEmpty())
                    continue;
                received[{item.sku, item.lot}] += item.quantity;
                units += item.quantity;
            }
            m_putaway.clear();
            for (const auto& [key, quantity] : received)
                m_putaway.append(PutawayLine{key.first, key.second, quantity});
            context().feedback.accepted(tr("Receipt %1 posted: %n unit(s) at the dock.", "",
                                           int(std::min<std::int64_t>(units, INT32_MAX)))
                                            .arg(m_receiptId));
            m_pages->setCurrentWidget(m_putawayPage);
            showPutaway();
        });
}

void ReceiveScreen::showPutaway()
{
    m_pages->setCurrentWidget(m_putawayPage);
    if (m_putaway.isEmpty()) {
        m_putawayItem->setText(tr("Receipt %1 is put away.").arg(m_receiptId));
        m_putawayBin->clear();
        m_putawayHint->setText(tr("Tap New receipt for the next delivery."));
        m_skipButton->setEnabled(false);
        return;
    }
    m_skipButton->setEnabled(true);
    const PutawayLine line = m_putaway.first();
    m_putawayItem->setText(line.lot.isEmpty()
                               ? tr("%1 x %2").arg(line.quantity).arg(line.sku)
                               : tr("%1 x %2, lot %3").arg(line.quantity).arg(line.sku, line.lot));
    m_putawayBin->setText(tr("..."));
    m_putawayHint->setText(tr("Finding a bin..."));
    const TenantContext tenant = context().session.tenant();
    const PutawayQuery query{line.sku, line.lot, line.quantity, m_dock};
    context().store.post(
        this, [tenant, query](db::Store& store) { return store.suggestPutaway(tenant, query); },
        [this, query](const Result<PutawaySuggestion>& suggestion) {
            if (m_putaway.isEmpty() || m_putaway.first().sku != query.sku ||
                m_putaway.first().lot != query.lot)
                return; // skipped meanwhile
            if (!suggestion) {
                m_putawayBin->setText(tr("?"));
                m_putawayHint->setText(tr("%1 Scan the bin you choose.").arg(suggestion.error().localized()));
                context().feedback.info(suggestion.error().localized());
                return;
            }
            m_putawayBin->setText(suggestion->bin);
            m_putawayHint->setText(
                tr("Put them in %1 and scan the bin to confirm (another bin that takes them "
                   "is fine too).")
                    .arg(suggestion->bin));
        });
}

void ReceiveScreen::putawayScanned(const devices::ScanEvent& scan)
{
    if (m_putaway.isEmpty()) {
        context().feedback.refused(tr("Nothing left to put away: tap New receipt."));
        return;
    }
    const PutawayLine line = m_putaway.first();
    const ConfirmPutaway cmd{line.sku, line.lot, m_dock, line.quantity, scan.data.trimmed()};
    const TenantContext tenant = context().session.tenant();
    const Actor actor = context().session.actor();
    setBusy(true);
    context().store.post(
        this, [tenant, actor, cmd](db::Store& store) { return store.confirmPutaway(tenant, actor, cmd); },
        [this, cmd](const Result<db::ActionReceipt>& done) {
            setBusy(false);
            if (!done) {
                context().feedback.refused(done.error().localized());
                return;
            }
            context().feedback.accepted(
                tr("Put away %1 x %2 in %3.").arg(cmd.quantity).arg(cmd.sku, cmd.bin));
            if (!m_putaway.isEmpty())
                m_putaway.removeFirst();
            showPutaway();
        });
}

} // namespace wh::ui
