#include "PackScreen.h"

#include "Feedback.h"
#include "Keypad.h"
#include "LabelPainter.h"
#include "LabelTemplate.h"
#include "Permissions.h"
#include "PrinterWorker.h"
#include "ReceivingScan.h"
#include "Session.h"
#include "SqlInventoryState.h"
#include "SqlPrintQueue.h"
#include "StoreWorker.h"
#include "ZplEncoder.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace wh::ui {

namespace {

const QString kTemplate = QStringLiteral("shipping-4x6");
constexpr int kPreviewDpi = 203;    // the preview shows the bars a 203 dpi printer makes
const QSize kPreviewSize(180, 270); // a 4 x 6 in label, upright

QPushButton* makeButton(const QString& text, const QString& name, const QString& accessible, int minHeight,
                        QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAccessibleName(accessible);
    button->setMinimumHeight(minHeight);
    button->setMinimumWidth(minHeight);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

QLabel* makeLabel(const QString& name, const QString& accessible, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setAccessibleDescription(accessible);
    label->setWordWrap(true);
    return label;
}

QString describeUnits(const PackedUnits& u)
{
    const QString lot = u.lot.isEmpty() ? QString() : PackScreen::tr(", lot %1").arg(u.lot);
    return PackScreen::tr("Line %1: %2 x %3%4").arg(u.lineNo).arg(u.quantity).arg(u.sku, lot);
}

// The printer a job goes to: the station's first configured printer.
struct StationPrinter
{
    QString name;
    int dpi = 203;
    devices::PrinterWorker* worker = nullptr;
};

std::optional<StationPrinter> stationPrinter(const KioskServices& services)
{
    for (devices::PrinterWorker* worker : services.printers)
        if (worker && worker->spooler())
            return StationPrinter{worker->spooler()->config().name, worker->spooler()->config().dpi, worker};
    return std::nullopt;
}

// What a print or save did, for the feedback line.
struct LabelOutput
{
    QStringList jobs;  // "job 7"
    QStringList files; // file names written
    bool queuedBefore = false;
};

// The order the scanned code names: an order id, or a tote that holds one of this merchant's orders.
Result<Order> orderForCode(db::Store& store, const TenantContext& t, const QString& code)
{
    auto order = store.order(t, code);
    if (order || order.error().code != ErrorCode::UnknownOrder)
        return order;
    const ToteUse tote = db::SqlInventoryState(store.connection(), t).toteUse(code);
    if (tote.otherTenant)
        return makeError(
            ErrorCode::ForeignTenant,
            PackScreen::tr("Tote %1 holds another merchant's order: it is not packed here.").arg(code));
    if (tote.inUse && !tote.orderId.isEmpty())
        return store.order(t, tote.orderId);
    return makeError(
        ErrorCode::UnknownOrder,
        PackScreen::tr("%1 is neither an order nor a tote in use here: scan the order's or the tote's "
                       "code.")
            .arg(code));
}

// `known`: a ShipmentCreated payload the screen already holds (from the receipt), so the log is not read.
Result<PackOrderView> readOrder(db::Store& store, const TenantContext& t, const QString& code,
                                const QJsonObject& known)
{
    auto order = orderForCode(store, t, code);
    if (!order)
        return order.error();
    PackOrderView view;
    view.order = *order;
    auto unpacked = store.unpacked(t, view.order.id);
    if (!unpacked)
        return unpacked.error();
    view.unpacked = *unpacked;
    auto cartons = store.packCartons(t, view.order.id);
    if (!cartons)
        return cartons.error();
    view.cartons = *cartons;
    view.cartonTypes = db::SqlInventoryState(store.connection(), t).cartonTypes();
    // Smallest first, as the boxes stand on the shelf.
    std::stable_sort(view.cartonTypes.begin(), view.cartonTypes.end(),
                     [](const Carton& a, const Carton& b) { return a.volumeMm3() < b.volumeMm3(); });
    // Also for an order with nothing packable yet: the store's refusal says why (not fully picked...).
    if (!view.shipment && (!view.unpacked.isEmpty() || view.cartons.isEmpty())) {
        if (auto choice = store.suggestCarton(t, view.order.id))
            view.suggestion = *choice;
        else
            view.suggestionNote = choice.error().localized();
    }
    if (auto shipment = store.shipmentForOrder(t, view.order.id))
        view.shipment = *shipment;
    bool open = false;
    for (const PackCarton& c : std::as_const(view.cartons))
        open = open || c.status == PackCartonStatus::Open;
    if (!view.shipment && view.unpacked.isEmpty() && !view.cartons.isEmpty() && !open) {
        if (auto quote = store.quoteShipment(t, view.order.id))
            view.quote = *quote;
        else
            view.quoteNote = quote.error().localized();
    }
    if (view.shipment && view.shipment->status == ShipmentStatus::Created) {
        // The label's data is the ShipmentCreated event as it was recorded. The store has no look-up of one
        // event, so an order picked up again after its label was made reads the log for it.
        const QString id = view.shipment->id;
        if (known.value(QStringLiteral("shipmentId")).toString() == id) {
            view.labelData = known;
            return view;
        }
        auto walked = store.forEachEvent(1, [&](const RecordedEvent& e) {
            if (e.type == EventType::ShipmentCreated && e.tenantId == t.id()) {
                const QJsonObject payload = e.payloadObject();
                if (payload.value(QStringLiteral("shipmentId")).toString() == id) {
                    view.labelData = payload;
                    return false;
                }
            }
            return true;
        });
        if (!walked)
            return walked.error();
    }
    return view;
}

Status writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path); // all or nothing: never half a label on disk
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(
            ErrorCode::StorageError,
            PackScreen::tr("The label could not be saved as %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

PackScreen::PackScreen(KioskContext& context, QWidget* parent)
    : Screen(context, parent)
{
    setObjectName(QStringLiteral("packScreen"));
    m_storePath = context.store.path();
    auto* layout = new QHBoxLayout(this);

    // Left: the order, then the packing (what is left, the cartons, the close, the shipment) or, while a
    // reprint is asked for, the reprint's panel in its place.
    auto* left = new QVBoxLayout;
    m_orderLabel = makeLabel(QStringLiteral("packOrderLabel"), tr("Order being packed"), this);
    m_orderLabel->setStyleSheet(QStringLiteral("font-size: 26px; font-weight: bold;"));
    left->addWidget(m_orderLabel);
    m_lastScanLabel = makeLabel(QStringLiteral("packLastScanLabel"), tr("Answer to the last scan"), this);
    left->addWidget(m_lastScanLabel);
    m_packPanel = new QWidget(this);
    m_packPanel->setObjectName(QStringLiteral("packPackingPanel"));
    auto* packing = new QVBoxLayout(m_packPanel);
    packing->setContentsMargins(0, 0, 0, 0);
    m_remaining = new QListWidget(m_packPanel);
    m_remaining->setObjectName(QStringLiteral("packRemainingView"));
    m_remaining->setAccessibleName(tr("Units still to pack"));
    m_remaining->setFocusPolicy(Qt::NoFocus);
    m_remaining->setSelectionMode(QAbstractItemView::NoSelection);
    m_remaining->setMinimumHeight(96);
    packing->addWidget(m_remaining, 1);
    m_suggestionLabel = makeLabel(QStringLiteral("packSuggestionLabel"), tr("Suggested carton"), m_packPanel);
    packing->addWidget(m_suggestionLabel);
    m_cartonRow = new QWidget(m_packPanel);
    m_cartonRow->setObjectName(QStringLiteral("packCartonRow"));
    new QHBoxLayout(m_cartonRow);
    m_cartonRow->layout()->setContentsMargins(0, 0, 0, 0);
    packing->addWidget(m_cartonRow);
    m_cartonLabel = makeLabel(QStringLiteral("packCartonLabel"), tr("Open carton"), m_packPanel);
    packing->addWidget(m_cartonLabel);
    auto* closeRow = new QHBoxLayout;
    m_weight = new QLineEdit(m_packPanel);
    m_weight->setObjectName(QStringLiteral("packWeightInput"));
    m_weight->setAccessibleName(tr("Weight on the scale, in grams"));
    m_weight->setPlaceholderText(tr("Weight in g"));
    m_weight->setReadOnly(true); // written by the keypad: the scan field keeps the focus
    m_weight->setFocusPolicy(Qt::NoFocus);
    m_weight->setMaxLength(7);
    m_weight->setMinimumHeight(64);
    closeRow->addWidget(m_weight, 1);
    m_closeButton = makeButton(tr("Close carton"), QStringLiteral("packCloseButton"),
                               tr("Close the carton at this weight"), 72, m_packPanel);
    closeRow->addWidget(m_closeButton);
    packing->addLayout(closeRow);
    auto* shipRow = new QHBoxLayout;
    m_shipButton = makeButton(tr("Create shipment"), QStringLiteral("packShipButton"),
                              tr("Create the shipment and its label"), 80, m_packPanel);
    shipRow->addWidget(m_shipButton, 2);
    m_newOrderButton = makeButton(tr("Next order"), QStringLiteral("packNewOrderButton"),
                                  tr("Put this order aside and scan the next"), 80, m_packPanel);
    shipRow->addWidget(m_newOrderButton, 1);
    packing->addLayout(shipRow);
    left->addWidget(m_packPanel, 1);

    // The reprint's panel: why, and for a packer the supervisor who approves it.
    m_reprintPanel = new QWidget(this);
    m_reprintPanel->setObjectName(QStringLiteral("packReprintPanel"));
    auto* panel = new QVBoxLayout(m_reprintPanel);
    panel->setContentsMargins(0, 0, 0, 0);
    m_reprintPrompt = makeLabel(QStringLiteral("packReprintPrompt"), tr("About the reprint"), m_reprintPanel);
    panel->addWidget(m_reprintPrompt);
    auto* reasons = new QHBoxLayout;
    // Short words on the buttons; the whole reason goes into the record.
    const QList<std::tuple<QString, QString, QString>> reasonList{
        {QStringLiteral("damaged"), tr("Damaged"), tr("Label damaged")},
        {QStringLiteral("jam"), tr("Jammed"), tr("Printer jammed")},
        {QStringLiteral("lost"), tr("Lost"), tr("Label lost")}};
    for (const auto& [key, text, reason] : reasonList) {
        auto* b = makeButton(text, QStringLiteral("packReprintReason_") + key, tr("Reason: %1").arg(reason),
                             64, m_reprintPanel);
        b->setCheckable(true);
        b->setAutoExclusive(true);
        b->setProperty("reason", reason);
        reasons->addWidget(b);
        m_reasonButtons.append(b);
    }
    m_reasonButtons.first()->setChecked(true);
    panel->addLayout(reasons);
    const auto field = [&](const QString& name, const QString& text, const QString& accessible,
                           QLineEdit*& edit, QPushButton*& select) {
        auto* row = new QHBoxLayout;
        select = makeButton(text, name + QStringLiteral("Select"), tr("Type into: %1").arg(accessible), 64,
                            m_reprintPanel);
        select->setStyleSheet(QStringLiteral("min-width: 150px;")); // the kiosk's style sets min-width too
        select->setCheckable(true);
        edit = new QLineEdit(m_reprintPanel);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setReadOnly(true);
        edit->setFocusPolicy(Qt::NoFocus);
        edit->setMaxLength(12);
        edit->setMinimumHeight(64);
        row->addWidget(select);
        row->addWidget(edit, 1);
        panel->addLayout(row);
    };
    field(QStringLiteral("packApproverNumber"), tr("Staff no."), tr("Supervisor's staff number"),
          m_approverNumber, m_approverNumberSelect);
    field(QStringLiteral("packApproverPin"), tr("PIN"), tr("Supervisor's PIN"), m_approverPin,
          m_approverPinSelect);
    m_approverPin->setEchoMode(QLineEdit::Password);
    auto* confirmRow = new QHBoxLayout;
    m_reprintConfirm = makeButton(tr("Reprint"), QStringLiteral("packReprintConfirm"),
                                  tr("Reprint the label now"), 80, m_reprintPanel);
    m_reprintCancel = makeButton(tr("Cancel"), QStringLiteral("packReprintCancel"), tr("Do not reprint"), 80,
                                 m_reprintPanel);
    confirmRow->addWidget(m_reprintConfirm, 2);
    confirmRow->addWidget(m_reprintCancel, 1);
    panel->addLayout(confirmRow);
    panel->addStretch();
    m_reprintPanel->hide();
    left->addWidget(m_reprintPanel, 1);
    layout->addLayout(left, 3);

    // Middle: the keypad, for the weight and a supervisor's staff number and PIN.
    m_keypad = new Keypad(this);
    m_keypad->setTarget(m_weight);
    layout->addWidget(m_keypad);

    // Right: the shipment, its label, print, hand-over, reprint.
    auto* right = new QVBoxLayout;
    m_quoteLabel = makeLabel(QStringLiteral("packQuoteLabel"), tr("Carrier and price"), this);
    m_quoteLabel->setStyleSheet(QStringLiteral("font-size: 18px;"));
    right->addWidget(m_quoteLabel);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("packLabelPreview"));
    m_preview->setAccessibleName(tr("Preview of the shipping label"));
    m_preview->setFixedSize(kPreviewSize);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setStyleSheet(QStringLiteral("background: #ffffff; border: 1px solid #1b2a3a;"));
    right->addWidget(m_preview, 0, Qt::AlignHCenter);
    m_labelInfo = makeLabel(QStringLiteral("packLabelInfo"), tr("About the label"), this);
    m_labelInfo->setStyleSheet(QStringLiteral("font-size: 18px;"));
    right->addWidget(m_labelInfo);
    m_printerLabel = makeLabel(QStringLiteral("packPrinterLabel"), tr("The station's printer"), this);
    m_printerLabel->setStyleSheet(QStringLiteral("font-size: 18px;"));
    right->addWidget(m_printerLabel);
    right->addStretch();
    auto* printRow = new QHBoxLayout;
    m_printButton =
        makeButton(tr("Print label"), QStringLiteral("packPrintButton"), tr("Print the label"), 80, this);
    printRow->addWidget(m_printButton, 2);
    m_reprintButton = makeButton(tr("Reprint"), QStringLiteral("packReprintButton"),
                                 tr("Reprint the label (needs a supervisor's approval)"), 80, this);
    printRow->addWidget(m_reprintButton, 1);
    right->addLayout(printRow);
    m_handOverButton = makeButton(tr("Handed over to the carrier"), QStringLiteral("packHandOverButton"),
                                  tr("Confirm the hand-over to the carrier"), 96, this);
    right->addWidget(m_handOverButton);
    m_handedOverLabel = makeLabel(QStringLiteral("packHandedOverLabel"), tr("Hand-over confirmation"), this);
    m_handedOverLabel->setStyleSheet(QStringLiteral(
        "font-size: 28px; font-weight: bold; color: #ffffff; background: #1e7b34; padding: 12px;"));
    m_handedOverLabel->hide();
    right->addWidget(m_handedOverLabel);
    layout->addLayout(right, 2);

    connect(m_closeButton, &QPushButton::clicked, this, &PackScreen::closeCarton);
    connect(m_shipButton, &QPushButton::clicked, this, &PackScreen::createShipment);
    connect(m_printButton, &QPushButton::clicked, this, [this] { printLabels(false, 0); });
    connect(m_handOverButton, &QPushButton::clicked, this, &PackScreen::handOver);
    connect(m_reprintButton, &QPushButton::clicked, this, [this] { showReprintPanel(true); });
    connect(m_reprintCancel, &QPushButton::clicked, this, [this] { showReprintPanel(false); });
    connect(m_reprintConfirm, &QPushButton::clicked, this, [this] { reprint({}); });
    connect(m_newOrderButton, &QPushButton::clicked, this, [this] {
        reset();
        this->context().feedback.info(tr("Scan the next order or its tote."));
    });
    connect(m_approverNumberSelect, &QPushButton::clicked, this,
            [this] { selectApprovalField(m_approverNumber); });
    connect(m_approverPinSelect, &QPushButton::clicked, this, [this] { selectApprovalField(m_approverPin); });
    connect(m_keypad, &Keypad::enterPressed, this, [this] {
        if (m_keypad->target() == m_weight)
            closeCarton();
        else if (m_keypad->target() == m_approverNumber)
            selectApprovalField(m_approverPin);
        else
            reprint({});
    });
    // Someone else logs in next: nothing of this order stays on the screen.
    connect(&context.session, &Session::ended, this, [this] { reset(); });
    reset();
}

QString PackScreen::labelFolderFor(const QString& storePath)
{
    return QFileInfo(storePath).absoluteDir().filePath(QStringLiteral("labels"));
}

QString PackScreen::labelFolder() const
{
    return labelFolderFor(m_storePath);
}

void PackScreen::reset()
{
    ++m_generation;
    m_busy = 0;
    m_view.reset();
    m_createdLabel = {};
    m_openCarton.clear();
    m_labels.clear();
    m_weight->clear();
    m_lastScanLabel->clear();
    m_lastScanLabel->setProperty("tone", QString());
    m_preview->clear();
    m_labelInfo->clear();
    m_handedOverLabel->hide();
    showReprintPanel(false);
    rebuildCartonButtons();
    refresh();
}

void PackScreen::activated()
{
    // Back from the home screen: the order on show is read again (the floor may have moved on).
    if (m_view)
        loadOrder(m_view->order.id, true);
    else
        refresh();
}

template <typename Job, typename Done> void PackScreen::run(Job job, Done done)
{
    const int generation = m_generation;
    ++m_busy;
    refresh();
    context().store.post(this, std::move(job),
                         [this, generation, done = std::move(done)](const auto& result) mutable {
                             // The screen was cleared meanwhile (logout, next order): the answer is stale.
                             if (generation != m_generation)
                                 return;
                             --m_busy;
                             done(result);
                             refresh();
                         });
}

void PackScreen::accepted(const QString& text)
{
    m_lastScanLabel->setText(text);
    m_lastScanLabel->setProperty("tone", QStringLiteral("accepted"));
    m_lastScanLabel->setStyleSheet(QStringLiteral("color: #ffffff; background: #1e7b34; padding: 6px;"));
    context().feedback.accepted(text);
}

void PackScreen::refused(const QString& text)
{
    m_lastScanLabel->setText(text);
    m_lastScanLabel->setProperty("tone", QStringLiteral("refused"));
    m_lastScanLabel->setStyleSheet(QStringLiteral("color: #ffffff; background: #b3261e; padding: 6px;"));
    context().feedback.refused(text);
}

void PackScreen::scanned(const devices::ScanEvent& scan)
{
    // Items may be scanned as fast as the scanner reads: the worker takes the jobs in the order posted.
    if (m_busy && !(m_reprintPanel->isHidden() && stage() == Stage::Packing && !m_openCarton.isEmpty())) {
        refused(tr("One moment: the last step is still being saved. Scan again."));
        return;
    }
    if (!scan.ok()) {
        refused(tr("Scan not read: %1").arg(scan.localizedReason()));
        return;
    }
    if (m_reprintPanel->isVisible() && !m_approverNumber->isHidden()) {
        reprint(scan.data); // the supervisor's badge
        return;
    }
    switch (stage()) {
    case Stage::Packing:
        if (!m_openCarton.isEmpty()) {
            packScan(scan);
            return;
        }
        // No carton open: the scan may name another order; the store says what it is.
        loadOrder(scan.data, false);
        return;
    default:
        loadOrder(scan.data, false);
        return;
    }
}

void PackScreen::loadOrder(const QString& code, bool quiet)
{
    const TenantContext t = context().session.tenant();
    const QJsonObject known = m_view && !m_view->labelData.isEmpty() ? m_view->labelData : m_createdLabel;
    run([t, code, known](db::Store& store) { return readOrder(store, t, code, known); },
        [this, quiet](const Result<PackOrderView>& view) {
            if (!view) {
                if (m_view && m_openCarton.isEmpty() && stage() == Stage::Packing)
                    refused(
                        tr("No carton is open for order %1: tap a carton type first, then scan the items.")
                            .arg(m_view->order.id));
                else
                    refused(view.error().localized());
                return;
            }
            showView(*view);
            if (quiet)
                return;
            switch (stage()) {
            case Stage::Packing:
                accepted(m_openCarton.isEmpty()
                             ? tr("Order %1: take a carton and tap its type.").arg(view->order.id)
                             : tr("Order %1: carton %2 is open, scan the items.")
                                   .arg(view->order.id, m_openCarton));
                break;
            case Stage::ReadyToShip:
                accepted(tr("Order %1 is packed: create the shipment.").arg(view->order.id));
                break;
            case Stage::Labelled:
                accepted(
                    tr("Order %1 has its label: print it and hand the parcels over.").arg(view->order.id));
                break;
            case Stage::HandedOver:
                context().feedback.info(tr("Order %1 was already handed over.").arg(view->order.id));
                break;
            case Stage::Void:
                refused(tr("Order %1 was cancelled: its shipment is void. Do not hand it over.")
                            .arg(view->order.id));
                break;
            case Stage::NoOrder:
                break;
            }
        });
}

void PackScreen::showView(const PackOrderView& view)
{
    const QString previousShipment = shipmentId();
    m_view = view;
    m_openCarton.clear();
    for (const PackCarton& c : view.cartons)
        if (c.status == PackCartonStatus::Open)
            m_openCarton = c.id;
    if (m_openCarton.isEmpty())
        m_weight->clear();
    if (shipmentId() != previousShipment || view.labelData.isEmpty())
        m_labels.clear();
    if (!view.labelData.isEmpty() && m_labels.isEmpty()) {
        // A label that cannot be drawn (a broken template in the operator's folder) says why in its place.
        m_preview->clear();
        renderLabels();
    } else if (m_labels.isEmpty()) {
        m_preview->clear();
        m_labelInfo->clear();
    }
    m_handedOverLabel->setVisible(stage() == Stage::HandedOver);
    if (stage() == Stage::HandedOver)
        m_handedOverLabel->setText(tr("Handed over: order %1 has shipped.").arg(view.order.id));
    if (stage() != Stage::Labelled)
        showReprintPanel(false);
    rebuildCartonButtons();
    refresh();
}

PackScreen::Stage PackScreen::stage() const
{
    if (!m_view)
        return Stage::NoOrder;
    if (m_view->shipment) {
        switch (m_view->shipment->status) {
        case ShipmentStatus::Created:
            return Stage::Labelled;
        case ShipmentStatus::Confirmed:
            return Stage::HandedOver;
        case ShipmentStatus::Voided:
            return Stage::Void;
        }
    }
    if (m_view->unpacked.isEmpty() && m_openCarton.isEmpty() && !m_view->cartons.isEmpty())
        return Stage::ReadyToShip;
    return Stage::Packing;
}

void PackScreen::rebuildCartonButtons()
{
    qDeleteAll(m_cartonButtons);
    m_cartonButtons.clear();
    if (!m_view)
        return;
    const QString suggested = m_view->suggestion ? m_view->suggestion->carton.code : QString();
    for (const Carton& c : m_view->cartonTypes) {
        const bool isSuggested = c.code == suggested;
        const QString text = isSuggested ? tr("%1 (suggested)").arg(c.code) : c.code;
        auto* b = makeButton(text, QStringLiteral("packCartonButton_") + c.code,
                             tr("Open a carton of type %1, %2 x %3 x %4 mm")
                                 .arg(c.code)
                                 .arg(c.lengthMm)
                                 .arg(c.widthMm)
                                 .arg(c.heightMm),
                             72, m_cartonRow);
        b->setProperty("suggested", isSuggested);
        if (isSuggested)
            b->setStyleSheet(QStringLiteral("font-weight: bold; border: 4px solid #1e7b34;"));
        connect(b, &QPushButton::clicked, this, [this, code = c.code] { openCarton(code); });
        m_cartonRow->layout()->addWidget(b);
        m_cartonButtons.append(b);
    }
}

void PackScreen::refresh()
{
    const Stage s = stage();
    if (!m_view) {
        m_orderLabel->setText(tr("Scan an order or its tote to start packing."));
        m_remaining->clear();
        m_suggestionLabel->clear();
        m_cartonLabel->clear();
        m_quoteLabel->clear();
    } else {
        m_orderLabel->setText(tr("Order %1").arg(m_view->order.id));
        m_remaining->clear();
        for (const PackedUnits& u : m_view->unpacked)
            m_remaining->addItem(describeUnits(u));
        if (m_view->unpacked.isEmpty())
            m_remaining->addItem(tr("Nothing left to pack."));
        if (m_view->suggestion) {
            const CartonChoice& c = *m_view->suggestion;
            m_suggestionLabel->setText(tr("Suggested carton: %1 (%2 x %3 x %4 mm)")
                                           .arg(c.carton.code)
                                           .arg(c.carton.lengthMm)
                                           .arg(c.carton.widthMm)
                                           .arg(c.carton.heightMm));
        } else {
            m_suggestionLabel->setText(m_view->suggestionNote);
        }
        QString carton;
        for (const PackCarton& c : m_view->cartons)
            if (c.id == m_openCarton)
                carton =
                    tr("Carton %1 (%2) is open: %n unit(s) in it. Scan the items, then weigh and close it.",
                       "", int(c.units()))
                        .arg(c.id, c.type.code);
        if (carton.isEmpty() && s == Stage::Packing)
            carton = tr("No carton open: take one and tap its type.");
        m_cartonLabel->setText(carton);
        if (m_view->shipment) {
            const ShipmentRecord& sh = *m_view->shipment;
            QStringList numbers;
            for (const ShipmentPackage& p : sh.packages)
                numbers.append(p.trackingNumber);
            m_quoteLabel->setText(
                tr("Shipment %1: %2 %3, tracking %4")
                    .arg(sh.id, sh.carrier, sh.service, numbers.join(QStringLiteral(", "))));
        } else if (m_view->quote) {
            m_quoteLabel->setText(tr("Ships with %1").arg(m_view->quote->describe()));
        } else {
            m_quoteLabel->setText(m_view->quoteNote);
        }
    }
    const auto printer = stationPrinter(context().services);
    m_printerLabel->setText(
        printer ? tr("Printer: %1").arg(printer->name)
                : tr("No printer is attached to this station. Labels are saved as PNG and PDF "
                     "in the labels folder."));
    m_printButton->setText(printer ? tr("Print label") : tr("Save label"));
    m_printButton->setAccessibleName(printer ? tr("Print the label on %1").arg(printer->name)
                                             : tr("Save the label as PNG and PDF in the labels folder"));

    const bool idle = !m_busy;
    for (QPushButton* b : std::as_const(m_cartonButtons))
        b->setEnabled(idle && s == Stage::Packing &&
                      (!m_view->unpacked.isEmpty() || m_view->cartons.isEmpty()));
    m_closeButton->setEnabled(idle && !m_openCarton.isEmpty());
    m_weight->setEnabled(!m_openCarton.isEmpty());
    m_shipButton->setEnabled(idle && s == Stage::ReadyToShip);
    m_printButton->setEnabled(idle && s == Stage::Labelled && !m_labels.isEmpty());
    m_handOverButton->setEnabled(idle && s == Stage::Labelled);
    m_reprintButton->setEnabled(idle && s == Stage::Labelled && !m_labels.isEmpty());
    m_reprintConfirm->setEnabled(idle);
    m_newOrderButton->setEnabled(idle && m_view.has_value());
}

void PackScreen::openCarton(const QString& type)
{
    if (!m_view || m_busy)
        return;
    const TenantContext t = context().session.tenant();
    const Actor actor = context().session.actor();
    const QString orderId = m_view->order.id;
    run(
        [t, actor, orderId, type](db::Store& store) {
            return store.openCarton(t, actor, OpenCarton{orderId, type});
        },
        [this, orderId](const Result<db::ActionReceipt>& receipt) {
            if (!receipt) {
                refused(receipt.error().localized());
                return;
            }
            const QString carton =
                receipt->events.first().payloadObject().value(QStringLiteral("cartonId")).toString();
            accepted(tr("Carton %1 is open: scan the items into it.").arg(carton));
            m_keypad->setTarget(m_weight);
            loadOrder(orderId, true);
        });
}

void PackScreen::packScan(const devices::ScanEvent& scan)
{
    auto item = devices::receiptScanFrom(scan, {});
    if (!item) {
        refused(item.error().localized());
        return;
    }
    if (!item->sscc.isEmpty()) {
        refused(tr("That is a pallet's label (SSCC): scan the item itself."));
        return;
    }
    const TenantContext t = context().session.tenant();
    const Actor actor = context().session.actor();
    const PackScan cmd{m_openCarton, ScannedItem{item->code, item->lot, item->expiry}, item->quantity};
    const QString orderId = m_view->order.id;
    run(
        [t, actor, cmd](db::Store& store) -> Result<db::ActionReceipt> {
            // The check first: a refused scan is answered without a write.
            if (auto checked = store.checkPackScan(t, cmd); !checked)
                return checked.error();
            return store.packItem(t, actor, cmd);
        },
        [this, cmd, orderId](const Result<db::ActionReceipt>& receipt) {
            if (!receipt) {
                refused(receipt.error().localized());
                return;
            }
            accepted(tr("Packed %1 x %2 into carton %3.").arg(cmd.quantity).arg(cmd.item.code, cmd.cartonId));
            loadOrder(orderId, true);
        });
}

void PackScreen::closeCarton()
{
    if (m_busy || m_openCarton.isEmpty())
        return;
    bool ok = false;
    const qint64 grams = m_weight->text().toLongLong(&ok);
    if (!ok || grams <= 0) {
        refused(tr("Put the carton on the scale and enter its weight in grams on the keypad."));
        m_keypad->setTarget(m_weight);
        return;
    }
    const TenantContext t = context().session.tenant();
    const Actor actor = context().session.actor();
    const CloseCarton cmd{m_openCarton, grams};
    const QString orderId = m_view->order.id;
    run([t, actor, cmd](db::Store& store) { return store.closeCarton(t, actor, cmd); },
        [this, cmd, orderId](const Result<db::ActionReceipt>& receipt) {
            if (!receipt) {
                refused(receipt.error().localized());
                return;
            }
            bool packed = false;
            for (const RecordedEvent& e : receipt->events)
                packed = packed || e.type == EventType::Packed;
            accepted(packed ? tr("Carton %1 closed at %2 g. The order is packed: create the shipment.")
                                  .arg(cmd.cartonId)
                                  .arg(cmd.measuredGrams)
                            : tr("Carton %1 closed at %2 g.").arg(cmd.cartonId).arg(cmd.measuredGrams));
            m_weight->clear();
            loadOrder(orderId, true);
        });
}

void PackScreen::createShipment()
{
    if (m_busy || stage() != Stage::ReadyToShip)
        return;
    const TenantContext t = context().session.tenant();
    const Actor actor = context().session.actor();
    const QString orderId = m_view->order.id;
    run([t, actor, orderId](db::Store& store) { return store.createShipment(t, actor, {orderId}); },
        [this, orderId](const Result<db::ActionReceipt>& receipt) {
            if (!receipt) {
                refused(receipt.error().localized());
                return;
            }
            QString shipment;
            for (const RecordedEvent& e : receipt->events)
                if (e.type == EventType::ShipmentCreated) {
                    m_createdLabel = e.payloadObject();
                    shipment = m_createdLabel.value(QStringLiteral("shipmentId")).toString();
                }
            accepted(tr("Shipment %1 created: check the label, print it, then hand the parcels over.")
                         .arg(shipment));
            loadOrder(orderId, true);
        });
}

void PackScreen::renderLabels()
{
    m_labels.clear();
    // The operator's template folder (run --templates): a shipping-4x6.json there wins over the built-in one.
    auto templ = devices::LabelTemplate::load(kTemplate, context().services.labelTemplates);
    if (!templ) {
        m_labelInfo->setText(templ.error().localized());
        return;
    }
    auto labels = templ->fill(m_view->labelData);
    if (!labels || labels->isEmpty()) {
        m_labelInfo->setText(labels ? tr("The shipment has no package to label.")
                                    : labels.error().localized());
        return;
    }
    // One label is drawn for the preview (a few milliseconds); files and printer data are made off the
    // screen.
    auto image = devices::LabelPainter::renderImage(labels->first(), kPreviewDpi);
    if (!image) {
        m_labelInfo->setText(image.error().localized());
        return;
    }
    m_labels = *labels;
    m_preview->setPixmap(QPixmap::fromImage(
        image->scaled(kPreviewSize - QSize(2, 2), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_labelInfo->setText(tr("Label 1 of %1 (%2).")
                             .arg(m_labels.size())
                             .arg(m_view->labelData.value(QStringLiteral("trackingNumber")).toString()));
}

void PackScreen::printLabels(bool reprint, std::int64_t reprintSeq)
{
    if (m_labels.isEmpty() || !m_view || !m_view->shipment)
        return;
    const QList<devices::Label> labels = m_labels;
    const ShipmentRecord shipment = *m_view->shipment;
    const QString tenant = context().session.tenantId();
    const auto printer = stationPrinter(context().services);
    const QString storePath = context().store.path();
    const QString folder = labelFolder();
    if (printer) {
        const QString name = printer->name;
        const int dpi = printer->dpi;
        run(
            [labels, shipment, tenant, name, dpi, storePath, reprint,
             reprintSeq](db::Store&) -> Result<LabelOutput> {
                // Every label is encoded before anything is queued: a refused one leaves the queue as it was.
                QList<QByteArray> payloads;
                for (const devices::Label& label : labels) {
                    auto zpl = devices::ZplEncoder::encode(label, dpi);
                    if (!zpl)
                        return zpl.error();
                    payloads.append(*zpl);
                }
                auto queue = db::SqlPrintQueue::open(storePath);
                if (!queue)
                    return queue.error();
                LabelOutput out;
                for (qsizetype i = 0; i < payloads.size(); ++i) {
                    const QString carton = i < shipment.packages.size() ? shipment.packages.at(i).cartonId
                                                                        : QString::number(i + 1);
                    NewPrintJob job;
                    job.printer = name;
                    job.tenant = tenant;
                    job.kind = kTemplate;
                    job.reference = shipment.id + QLatin1Char('/') + carton;
                    // The same label for the same printer is the same job (a double tap prints once); a
                    // reprint is a new job, keyed by the event that recorded it.
                    job.idempotencyKey =
                        QStringLiteral("%1:%2:%3:%4").arg(tenant, name, kTemplate, job.reference);
                    if (reprint)
                        job.idempotencyKey += QStringLiteral(":reprint:%1").arg(reprintSeq);
                    job.payload = payloads[i];
                    auto queued = (*queue)->enqueue(job);
                    if (!queued)
                        return queued.error();
                    out.jobs.append(QString::number(queued->job.id));
                    out.queuedBefore = out.queuedBefore || !queued->created;
                }
                return out;
            },
            [this, name, worker = printer->worker](const Result<LabelOutput>& out) {
                if (!out) {
                    refused(out.error().localized());
                    return;
                }
                if (context().services.printers.contains(worker))
                    worker->wake();
                accepted(out->queuedBefore ? tr("The label is already in the queue of printer %1 (job %2): "
                                                "nothing new to print.")
                                                 .arg(name, out->jobs.join(QStringLiteral(", ")))
                                           : tr("Label sent to printer %1 (job %2).")
                                                 .arg(name, out->jobs.join(QStringLiteral(", "))));
            });
        return;
    }
    run(
        [labels, shipment, folder, reprint, reprintSeq](db::Store&) -> Result<LabelOutput> {
            if (!QDir().mkpath(folder))
                return makeError(ErrorCode::StorageError,
                                 PackScreen::tr("The labels folder %1 could not be made.").arg(folder));
            const QString base =
                reprint ? QStringLiteral("%1-reprint-%2").arg(shipment.id).arg(reprintSeq) : shipment.id;
            LabelOutput out;
            QList<std::pair<QString, QByteArray>> files;
            auto pdf = devices::LabelPainter::renderPdf(labels, 203);
            if (!pdf)
                return pdf.error();
            files.append({base + QStringLiteral(".pdf"), *pdf});
            for (qsizetype i = 0; i < labels.size(); ++i) {
                auto png = devices::LabelPainter::renderPng(labels.at(i), 203);
                if (!png)
                    return png.error();
                const QString carton =
                    i < shipment.packages.size() ? shipment.packages.at(i).cartonId : QString::number(i + 1);
                files.append({QStringLiteral("%1-%2.png").arg(base, carton), *png});
            }
            for (const auto& [name, bytes] : files) {
                if (auto written = writeFile(QDir(folder).filePath(name), bytes); !written)
                    return written.error();
                out.files.append(name);
            }
            return out;
        },
        [this](const Result<LabelOutput>& out) {
            if (!out) {
                refused(out.error().localized());
                return;
            }
            accepted(
                tr("No printer is attached to this station: the label was saved as %1 in the labels folder.")
                    .arg(out->files.join(QStringLiteral(", "))));
        });
}

void PackScreen::handOver()
{
    if (m_busy || stage() != Stage::Labelled)
        return;
    const TenantContext t = context().session.tenant();
    const Actor actor = context().session.actor();
    const QString shipment = m_view->shipment->id;
    const QString orderId = m_view->order.id;
    run([t, actor, shipment](db::Store& store) { return store.confirmShipment(t, actor, shipment); },
        [this, shipment, orderId](const Result<db::ActionReceipt>& receipt) {
            if (!receipt) {
                refused(receipt.error().localized());
                return;
            }
            accepted(
                tr("Handed over: shipment %1 of order %2 has left with the carrier.").arg(shipment, orderId));
            loadOrder(orderId, true);
        });
}

void PackScreen::showReprintPanel(bool show)
{
    m_approverNumber->clear();
    m_approverPin->clear();
    if (!show) {
        m_reprintPanel->hide();
        m_packPanel->show();
        m_keypad->setTarget(m_weight);
        return;
    }
    const Grant grant = Permissions::grant(context().session.user().role, Permission::ReprintLabel);
    const bool needsApproval = grant != Grant::Allowed;
    m_reprintPrompt->setText(
        needsApproval
            ? tr("A reprint needs a supervisor's approval: the supervisor scans their badge, or enters "
                 "their staff number and PIN. Then choose why and tap Reprint.")
            : tr("Choose why the label is printed again, then tap Reprint."));
    for (QWidget* w :
         {static_cast<QWidget*>(m_approverNumber), static_cast<QWidget*>(m_approverPin),
          static_cast<QWidget*>(m_approverNumberSelect), static_cast<QWidget*>(m_approverPinSelect)})
        w->setVisible(needsApproval);
    m_packPanel->hide();
    m_reprintPanel->show();
    if (needsApproval)
        selectApprovalField(m_approverNumber);
}

void PackScreen::selectApprovalField(QLineEdit* field)
{
    m_keypad->setTarget(field);
    m_approverNumberSelect->setChecked(field == m_approverNumber);
    m_approverPinSelect->setChecked(field == m_approverPin);
}

void PackScreen::reprint(const QString& badge)
{
    if (m_busy || stage() != Stage::Labelled)
        return;
    QString reason;
    for (QPushButton* b : std::as_const(m_reasonButtons))
        if (b->isChecked())
            reason = b->property("reason").toString();
    const TenantContext t = context().session.tenant();
    const Actor actor = context().session.actor();
    const QString shipment = m_view->shipment->id;
    // A badge scanned while the panel is open is the supervisor's; else the staff number and PIN typed.
    const QString approver = badge.isEmpty() ? m_approverNumber->text() : badge;
    const QString pin = badge.isEmpty() ? m_approverPin->text() : QString();
    if (badge.isEmpty() && !approver.isEmpty() && pin.isEmpty()) {
        refused(tr("Enter the supervisor's PIN too."));
        selectApprovalField(m_approverPin);
        return;
    }
    m_approverPin->clear();
    const db::StaffPolicy policy = context().staffPolicy;
    run(
        [t, actor, shipment, reason, approver, pin, policy](db::Store& store) -> Result<db::ActionReceipt> {
            Actor acting = actor;
            if (!approver.isEmpty()) {
                db::StaffDirectory staff(store.connection(), store.clock(), policy);
                auto approval = staff.approve(approver, pin);
                if (!approval)
                    return approval.error();
                acting.approval = *approval;
            }
            // Without an approval the store decides whether this role may reprint, and says why not.
            return store.reprintLabel(t, acting, shipment, reason);
        },
        [this](const Result<db::ActionReceipt>& receipt) {
            if (!receipt) {
                refused(receipt.error().localized());
                return;
            }
            const RecordedEvent& event = receipt->events.first();
            showReprintPanel(false);
            // An override names its approver in the event itself.
            const QString approvedBy = event.payloadObject().value(QStringLiteral("approvedBy")).toString();
            context().feedback.accepted(approvedBy.isEmpty() ? tr("Reprint recorded.")
                                                             : tr("Reprint approved by %1.").arg(approvedBy));
            printLabels(true, event.seq);
        });
}

} // namespace wh::ui
