#include "SupervisorScreen.h"

#include "PageStack.h"

#include "Feedback.h"
#include "Keypad.h"
#include "KioskWindow.h"
#include "PrinterWorker.h"
#include "ScanLookup.h"
#include "Session.h"
#include "SqlPrintQueue.h"
#include "StoreWorker.h"

#include <QColor>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace wh::ui {

namespace {

QTableView* bigTable(QWidget* parent, const QString& name, const QString& accessible, QStandardItemModel* model)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setModel(model);
    view->setFocusPolicy(Qt::NoFocus);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(52);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QPushButton* bigButton(QWidget* parent, const QString& name, const QString& text, const QString& accessible = {})
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAccessibleName(accessible.isEmpty() ? text : accessible);
    button->setFocusPolicy(Qt::NoFocus);
    button->setMinimumHeight(64);
    return button;
}

QList<QStandardItem*> row(const QStringList& cells)
{
    QList<QStandardItem*> items;
    for (const QString& c : cells) {
        auto* item = new QStandardItem(c);
        item->setEditable(false);
        items.append(item);
    }
    return items;
}

// The print jobs the list shows at most: a merchant has a handful waiting, never hundreds.
constexpr int kPrintJobsShown = 200;

// A print job as the supervisor's list shows it: for a shipment's label, its order and tracking number too.
struct PrintJobRow
{
    PrintJob job;
    QString orderId;
    QString trackingNumber;
};

// What a decision on a print job did, for the banner.
struct PrintDecisionDone
{
    std::int64_t newJobId = 0; // a reprint's job
    QString printer;
};

// A job's reference names what it labels: "S42/C7" is shipment S42's label for carton C7 (the pack screen's
// jobs), "S42#2" a shipment's second label, anything else a template's name (the print command's jobs).
std::pair<QString, QString> shipmentAndCarton(const QString& reference)
{
    const QString head = reference.section(QLatin1Char('/'), 0, 0);
    return {head.section(QLatin1Char('#'), 0, 0),
            reference.contains(QLatin1Char('/')) ? reference.section(QLatin1Char('/'), 1) : QString()};
}

// The print queue on the store worker's thread: its own connection to the store file (as the pack screen's
// print opens it), on the store's clock so that a reprint's time is the kiosk's.
Result<std::unique_ptr<db::SqlPrintQueue>> openQueue(db::Store& store, const QString& path)
{
    db::SqlPrintQueue::Options options;
    options.clock = &store.clock();
    return db::SqlPrintQueue::open(path, options);
}

} // namespace

SupervisorScreen::SupervisorScreen(KioskWindow& kiosk, QWidget* parent)
    : Screen(kiosk.context(), parent)
    , m_kiosk(kiosk)
{
    setObjectName(QStringLiteral("supervisorScreen"));
    auto* layout = new QHBoxLayout(this);
    auto* menu = new QVBoxLayout;
    m_sections = new PageStack(this);
    const QList<std::pair<QString, QString>> sections{
        {QStringLiteral("counts"), tr("Counts to approve")},
        {QStringLiteral("adjust"), tr("Adjust stock")},
        {QStringLiteral("deadLetters"), tr("Commands not applied")},
        {QStringLiteral("printJobs"), tr("Print jobs")},
        {QStringLiteral("kiosk"), tr("The kiosk")}};
    m_sections->addWidget(buildCounts());
    m_sections->addWidget(buildAdjust());
    m_sections->addWidget(buildDeadLetters());
    m_sections->addWidget(buildPrintJobs());
    m_sections->addWidget(buildKiosk());
    for (int i = 0; i < sections.size(); ++i) {
        auto* button = bigButton(this, QStringLiteral("supervisorSection_") + sections[i].first, sections[i].second);
        button->setCheckable(true);
        button->setMinimumWidth(240);
        connect(button, &QPushButton::clicked, this, [this, i] { showSection(i); });
        menu->addWidget(button);
        m_sectionButtons.append(button);
    }
    menu->addStretch();
    layout->addLayout(menu);
    layout->addWidget(m_sections, 1);
}

void SupervisorScreen::activated()
{
    m_closeButton->setEnabled(context().session.user().role == Role::Admin);
    if (!m_printersConnected) {
        // A job that turns uncertain (or prints) while the list is on show: the list follows. The reports
        // come queued from the spoolers' threads; the list itself is read through the store worker.
        m_printersConnected = true;
        for (devices::PrinterWorker* printer : context().services.printers)
            connect(printer->spooler(), &devices::PrintSpooler::reported, this, [this] {
                if (isVisible() && m_sections->currentIndex() == PrintJobs && !m_printBusy)
                    loadPrintJobs();
            });
    }
    showSection(Counts);
}

void SupervisorScreen::showSection(int index)
{
    m_sections->setCurrentIndex(index);
    for (int i = 0; i < m_sectionButtons.size(); ++i)
        m_sectionButtons[i]->setChecked(i == index);
    if (index == Counts)
        loadCounts();
    else if (index == Adjust)
        resetAdjustment();
    else if (index == DeadLetters)
        loadDeadLetters();
    else if (index == PrintJobs)
        loadPrintJobs();
}

// ---- counts ------------------------------------------------------------------------------------------------

QWidget* SupervisorScreen::buildCounts()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_countsView = bigTable(page, QStringLiteral("supervisorCountsView"), tr("Counts waiting for a decision"),
                            &m_countsModel);
    layout->addWidget(m_countsView, 1);
    m_variancesView = bigTable(page, QStringLiteral("supervisorVariancesView"), tr("The count's variances"),
                               &m_variancesModel);
    layout->addWidget(m_variancesView, 1);
    auto* buttons = new QHBoxLayout;
    m_approveButton = bigButton(page, QStringLiteral("supervisorApproveButton"), tr("Approve and post"));
    m_recountButton = bigButton(page, QStringLiteral("supervisorRecountButton"), tr("Order a recount"));
    connect(m_approveButton, &QPushButton::clicked, this, [this] { decideCount(true); });
    connect(m_recountButton, &QPushButton::clicked, this, [this] { decideCount(false); });
    buttons->addWidget(m_approveButton);
    buttons->addWidget(m_recountButton);
    layout->addLayout(buttons);
    connect(m_countsView, &QTableView::clicked, this, [this](const QModelIndex& index) {
        openCount(m_countsModel.item(index.row(), 0)->text());
    });
    return page;
}

void SupervisorScreen::loadCounts()
{
    m_countId.clear();
    m_variancesModel.clear();
    m_approveButton->setEnabled(false);
    m_recountButton->setEnabled(false);
    const TenantContext tenant = context().session.tenant();
    context().store.post(
        this, [tenant](db::Store& store) { return store.countsInReview(tenant); },
        [this](const Result<QList<CountSheet>>& sheets) {
            m_countsModel.clear();
            m_countsModel.setHorizontalHeaderLabels({tr("Count"), tr("Round"), tr("Bins"), tr("Note")});
            if (!sheets) {
                context().feedback.refused(sheets.error().localized());
                return;
            }
            for (const CountSheet& sheet : *sheets)
                if (sheet.status == CountStatus::Review)
                    m_countsModel.appendRow(row({sheet.countId, QString::number(sheet.round),
                                                 sheet.locations.join(QStringLiteral(", ")), sheet.note}));
            m_countsView->resizeColumnsToContents();
            Q_EMIT countsLoaded();
        });
}

void SupervisorScreen::openCount(const QString& countId)
{
    const TenantContext tenant = context().session.tenant();
    const Actor actor = context().session.actor();
    context().store.post(
        this, [tenant, actor, countId](db::Store& store) { return store.countReview(tenant, actor, countId); },
        [this, countId](const Result<QList<CountVariance>>& variances) {
            if (!variances) {
                context().feedback.refused(variances.error().localized());
                return;
            }
            m_countId = countId;
            m_variancesModel.clear();
            m_variancesModel.setHorizontalHeaderLabels(
                {tr("Bin"), tr("SKU"), tr("Lot"), tr("Expected"), tr("Counted"), tr("Variance")});
            for (const CountVariance& v : *variances)
                m_variancesModel.appendRow(row({v.location, v.sku, v.lot, QString::number(v.expected),
                                                QString::number(v.counted), QString::number(v.variance)}));
            m_variancesView->resizeColumnsToContents();
            m_approveButton->setEnabled(true);
            m_recountButton->setEnabled(true);
            context().feedback.info(tr("Count %1: approve it to post the variances, or order a recount.").arg(countId));
        });
}

void SupervisorScreen::decideCount(bool approve)
{
    if (m_countId.isEmpty())
        return;
    const TenantContext tenant = context().session.tenant();
    const Actor actor = context().session.actor();
    const QString countId = m_countId;
    context().store.post(
        this,
        [tenant, actor, countId, approve](db::Store& store) {
            return approve ? store.approveCount(tenant, actor, countId, QStringLiteral("approved at the kiosk"))
                           : store.recount(tenant, actor, countId, QStringLiteral("recount ordered at the kiosk"));
        },
        [this, countId, approve](const Result<db::ActionReceipt>& done) {
            if (!done) {
                context().feedback.refused(done.error().localized());
                return;
            }
            context().feedback.accepted(approve ? tr("Count %1 approved and posted.").arg(countId)
                                                : tr("Count %1 goes back for a recount.").arg(countId));
            loadCounts();
        });
}

// ---- adjustments ---------------------------------------------------------------------------------------------

QWidget* SupervisorScreen::buildAdjust()
{
    auto* page = new QWidget(this);
    auto* layout = new QHBoxLayout(page);
    auto* left = new QVBoxLayout;
    m_adjustPrompt = new QLabel(page);
    m_adjustPrompt->setObjectName(QStringLiteral("supervisorAdjustPrompt"));
    m_adjustPrompt->setWordWrap(true);
    m_adjustPrompt->setStyleSheet(QStringLiteral("font-size: 28px; font-weight: bold;"));
    left->addWidget(m_adjustPrompt);
    auto* sign = new QHBoxLayout;
    m_removeButton = bigButton(page, QStringLiteral("supervisorAdjustRemove"), tr("Remove units"));
    m_addButton = bigButton(page, QStringLiteral("supervisorAdjustAdd"), tr("Add units"));
    for (QPushButton* b : {m_removeButton, m_addButton})
        b->setCheckable(true);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        m_adjustRemove = true;
        m_removeButton->setChecked(true);
        m_addButton->setChecked(false);
    });
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        m_adjustRemove = false;
        m_removeButton->setChecked(false);
        m_addButton->setChecked(true);
    });
    sign->addWidget(m_removeButton);
    sign->addWidget(m_addButton);
    left->addLayout(sign);
    m_adjustQuantity = new QLineEdit(page);
    m_adjustQuantity->setObjectName(QStringLiteral("supervisorAdjustQuantity"));
    m_adjustQuantity->setAccessibleName(tr("Units to adjust"));
    m_adjustQuantity->setReadOnly(true);
    m_adjustQuantity->setFocusPolicy(Qt::NoFocus);
    m_adjustQuantity->setMaxLength(6);
    left->addWidget(m_adjustQuantity);
    auto* reasons = new QGridLayout; // three to a row: five reasons in one row would not fit in German
    for (const AdjustReason reason :
         {AdjustReason::Damaged, AdjustReason::Lost, AdjustReason::Found, AdjustReason::Expired,
          AdjustReason::CountCorrection}) {
        const QString name = adjustReasonName(reason);
        const QString text = reason == AdjustReason::Damaged ? tr("Damaged")
                             : reason == AdjustReason::Lost  ? tr("Lost")
                             : reason == AdjustReason::Found ? tr("Found")
                             : reason == AdjustReason::Expired ? tr("Expired")
                                                               : tr("Count correction");
        auto* button = bigButton(page, QStringLiteral("supervisorReason_") + name, text);
        button->setCheckable(true);
        connect(button, &QPushButton::clicked, this, [this, reason, button] {
            m_adjustReason = reason;
            for (QPushButton* b : std::as_const(m_reasonButtons))
                b->setChecked(b == button);
        });
        reasons->addWidget(button, int(m_reasonButtons.size()) / 3, int(m_reasonButtons.size()) % 3);
        m_reasonButtons.append(button);
    }
    left->addLayout(reasons);
    m_adjustButton = bigButton(page, QStringLiteral("supervisorAdjustButton"), tr("Adjust"));
    connect(m_adjustButton, &QPushButton::clicked, this, &SupervisorScreen::adjust);
    left->addWidget(m_adjustButton);
    left->addStretch();
    layout->addLayout(left, 1);
    m_keypad = new Keypad(page);
    m_keypad->setTarget(m_adjustQuantity);
    connect(m_keypad, &Keypad::enterPressed, this, &SupervisorScreen::adjust);
    layout->addWidget(m_keypad);
    return page;
}

void SupervisorScreen::resetAdjustment()
{
    m_adjustBin.clear();
    m_adjustSku.clear();
    m_adjustLot.clear();
    m_adjustQuantity->clear();
    m_adjustRemove = true;
    m_removeButton->setChecked(true);
    m_addButton->setChecked(false);
    m_adjustReason = AdjustReason::Damaged;
    for (QPushButton* b : std::as_const(m_reasonButtons))
        b->setChecked(b->objectName().endsWith(adjustReasonName(AdjustReason::Damaged)));
    m_adjustPrompt->setText(tr("Scan the bin."));
}

void SupervisorScreen::scanned(const devices::ScanEvent& scan)
{
    if (m_sections->currentIndex() != Adjust) {
        Screen::scanned(scan);
        return;
    }
    if (!scan.ok()) {
        context().feedback.refused(tr("Scan not read: %1").arg(scan.localizedReason()));
        return;
    }
    // The bin first, then the item: the same reading of a scan as the stock screens (ScanLookup).
    const TenantContext tenant = context().session.tenant();
    context().store.post(
        this, [tenant, scan](db::Store& store) { return ScanLookup::resolve(store, tenant, scan); },
        [this](const Result<ScannedCode>& code) {
            if (!code) {
                context().feedback.refused(code.error().localized());
                return;
            }
            if (m_adjustBin.isEmpty()) {
                if (code->kind != ScannedCode::Kind::Bin) {
                    context().feedback.refused(tr("That is an item: scan the bin first."));
                    return;
                }
                m_adjustBin = code->bin.code;
                context().feedback.accepted(tr("Bin %1.").arg(m_adjustBin));
                m_adjustPrompt->setText(tr("Bin %1: scan the item.").arg(m_adjustBin));
                return;
            }
            if (code->kind != ScannedCode::Kind::Item) {
                context().feedback.refused(tr("That is a bin: scan the item in %1.").arg(m_adjustBin));
                return;
            }
            m_adjustSku = code->sku.code;
            m_adjustLot = code->lot;
            context().feedback.accepted(tr("%1 %2").arg(code->sku.code, code->sku.description));
            m_adjustPrompt->setText(tr("%1 in %2%3: how many units, and why?")
                                        .arg(code->sku.code, m_adjustBin,
                                             code->lot.isEmpty() ? QString() : tr(", lot %1").arg(code->lot)));
        });
}

void SupervisorScreen::adjust()
{
    if (m_adjustBin.isEmpty() || m_adjustSku.isEmpty()) {
        context().feedback.refused(m_adjustBin.isEmpty() ? tr("Scan the bin first.") : tr("Scan the item first."));
        return;
    }
    const std::int64_t units = m_adjustQuantity->text().toLongLong();
    if (units <= 0) {
        context().feedback.refused(tr("Enter how many units on the keypad."));
        return;
    }
    AdjustStock cmd;
    cmd.sku = m_adjustSku;
    cmd.location = m_adjustBin;
    cmd.lot = m_adjustLot;
    cmd.delta = m_adjustRemove ? -units : units;
    cmd.reason = m_adjustReason;
    const TenantContext tenant = context().session.tenant();
    const Actor actor = context().session.actor();
    context().store.post(
        this, [tenant, actor, cmd](db::Store& store) { return store.adjust(tenant, actor, cmd); },
        [this, cmd](const Result<db::ActionReceipt>& done) {
            if (!done) {
                context().feedback.refused(done.error().localized());
                return;
            }
            context().feedback.accepted(tr("%1 %2 units of %3 in %4 (%5).")
                                            .arg(cmd.delta < 0 ? tr("Removed") : tr("Added"))
                                            .arg(std::abs(cmd.delta))
                                            .arg(cmd.sku, cmd.location, adjustReasonName(cmd.reason)));
            resetAdjustment();
        });
}

// ---- dead letters ------------------------------------------------------------------------------------------

QWidget* SupervisorScreen::buildDeadLetters()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* hint = new QLabel(tr("Commands from the central service that could not be applied, with the reason. "
                               "The central service has been told; it sends them again once corrected."),
                            page);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(
        bigTable(page, QStringLiteral("supervisorDeadLettersView"), tr("Commands not applied"), &m_deadModel), 1);
    return page;
}

void SupervisorScreen::loadDeadLetters()
{
    context().store.post(
        this, [](db::Store& store) { return store.deadLetters(200); },
        [this](const Result<QList<db::DeadLetter>>& letters) {
            m_deadModel.clear();
            m_deadModel.setHorizontalHeaderLabels(
                {tr("Received"), tr("Merchant"), tr("Number"), tr("Kind"), tr("Reason")});
            if (!letters) {
                context().feedback.refused(letters.error().localized());
                return;
            }
            for (const db::DeadLetter& d : *letters)
                m_deadModel.appendRow(row({d.receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                           d.tenantId, QString::number(d.number), d.kind, d.reason}));
            Q_EMIT deadLettersLoaded();
        });
}

// ---- print jobs ------------------------------------------------------------------------------------------

QWidget* SupervisorScreen::buildPrintJobs()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_printView = bigTable(page, QStringLiteral("supervisorPrintJobsView"),
                           tr("Print jobs that need a decision"), &m_printModel);
    m_printView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_printView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_printView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the last problem is cut, shown below
    layout->addWidget(m_printView, 1);
    connect(m_printView, &QTableView::clicked, this,
            [this](const QModelIndex& index) { selectPrintJob(index.row()); });
    m_printHint = new QLabel(page);
    m_printHint->setObjectName(QStringLiteral("supervisorPrintJobHint"));
    m_printHint->setAccessibleName(tr("About the chosen print job"));
    m_printHint->setWordWrap(true);
    layout->addWidget(m_printHint);
    auto* buttons = new QHBoxLayout;
    m_confirmPrintedButton =
        bigButton(page, QStringLiteral("supervisorConfirmPrinted"), tr("Confirm printed"),
                  tr("Confirm the label of the chosen job was printed"));
    m_reprintButton = bigButton(page, QStringLiteral("supervisorReprintJob"), tr("Reprint"),
                                tr("Print the chosen job's label again"));
    m_cancelJobButton = bigButton(page, QStringLiteral("supervisorCancelJob"), tr("Cancel job"),
                                  tr("Cancel the chosen print job"));
    connect(m_confirmPrintedButton, &QPushButton::clicked, this,
            [this] { decidePrintJob(PrintDecision::ConfirmPrinted); });
    connect(m_reprintButton, &QPushButton::clicked, this, [this] { decidePrintJob(PrintDecision::Reprint); });
    connect(m_cancelJobButton, &QPushButton::clicked, this,
            [this] { decidePrintJob(PrintDecision::Cancel); });
    buttons->addWidget(m_confirmPrintedButton);
    buttons->addWidget(m_reprintButton);
    buttons->addWidget(m_cancelJobButton);
    layout->addLayout(buttons);
    updatePrintButtons();
    return page;
}

void SupervisorScreen::loadPrintJobs()
{
    if (!context().session.active())
        return;
    const TenantContext tenant = context().session.tenant();
    const QString path = context().store.path();
    context().store.post(
        this,
        [tenant, path](db::Store& store) -> Result<QList<PrintJobRow>> {
            auto queue = openQueue(store, path);
            if (!queue)
                return queue.error();
            auto jobs = (*queue)->jobsNeedingAttention(tenant, kPrintJobsShown);
            if (!jobs)
                return jobs.error();
            QList<PrintJobRow> rows;
            for (const PrintJob& job : std::as_const(*jobs)) {
                PrintJobRow r{job, {}, {}};
                const auto [shipmentId, carton] = shipmentAndCarton(job.reference);
                if (auto shipment = store.shipment(tenant, shipmentId)) {
                    r.orderId = shipment->orderId;
                    for (const ShipmentPackage& package : std::as_const(shipment->packages))
                        if (package.cartonId == carton || shipment->packages.size() == 1)
                            r.trackingNumber = package.trackingNumber;
                }
                rows.append(r);
            }
            return rows;
        },
        [this](const Result<QList<PrintJobRow>>& rows) {
            m_printModel.clear();
            m_printModel.setHorizontalHeaderLabels({tr("Job"), tr("Order"), tr("Label"), tr("Printer"),
                                                    tr("State"), tr("Age"), tr("Last problem")});
            const std::int64_t chosen = m_printJobId;
            m_printJobId = 0;
            if (!rows) {
                context().feedback.refused(rows.error().localized());
                updatePrintButtons();
                return;
            }
            const QDateTime now = context().store.clock().now();
            for (const PrintJobRow& r : *rows) {
                const PrintJob& job = r.job;
                const QString state = job.state == PrintJobState::Uncertain ? tr("Uncertain")
                                      : job.state == PrintJobState::Held    ? tr("Held")
                                                                            : tr("Not sent yet");
                const qint64 minutes = std::max<qint64>(0, job.createdAt.secsTo(now) / 60);
                const QString age = minutes < 1         ? tr("under a minute")
                                    : minutes < 60      ? tr("%1 min").arg(minutes)
                                    : minutes < 48 * 60 ? tr("%1 h").arg(minutes / 60)
                                                        : tr("%1 days").arg(minutes / (24 * 60));
                QList<QStandardItem*> items =
                    row({QString::number(job.id), r.orderId.isEmpty() ? QStringLiteral("-") : r.orderId,
                         r.trackingNumber.isEmpty() ? job.reference : r.trackingNumber, job.printer, state,
                         age, job.lastError});
                items[0]->setData(QVariant::fromValue<qlonglong>(job.id), Qt::UserRole);
                items[0]->setData(printJobStateName(job.state), Qt::UserRole + 1);
                if (job.state == PrintJobState::Uncertain)
                    items[4]->setForeground(QColor(0xb0, 0x00, 0x20));
                m_printModel.appendRow(items);
                if (job.id == chosen)
                    m_printJobId = chosen; // still waiting: the choice stays
            }
            // The last problem takes the room left (the hint below shows it whole): no sideways scrolling.
            for (int column = 0; column + 1 < m_printModel.columnCount(); ++column)
                m_printView->resizeColumnToContents(column);
            if (m_printJobId != 0) {
                for (int i = 0; i < m_printModel.rowCount(); ++i)
                    if (m_printModel.item(i, 0)->data(Qt::UserRole).toLongLong() == m_printJobId)
                        selectPrintJob(i);
            } else {
                m_printView->clearSelection();
                updatePrintButtons();
            }
            Q_EMIT printJobsLoaded();
        });
}

void SupervisorScreen::selectPrintJob(int index)
{
    QStandardItem* item = m_printModel.item(index, 0);
    if (!item)
        return;
    m_printJobId = item->data(Qt::UserRole).toLongLong();
    m_printJobState =
        printJobStateFromName(item->data(Qt::UserRole + 1).toString()).value_or(PrintJobState::Pending);
    m_printView->selectRow(index);
    updatePrintButtons();
}

void SupervisorScreen::updatePrintButtons()
{
    const bool chosen = m_printJobId != 0;
    const bool uncertain = chosen && m_printJobState == PrintJobState::Uncertain;
    m_confirmPrintedButton->setEnabled(uncertain && !m_printBusy);
    m_reprintButton->setEnabled(uncertain && !m_printBusy);
    m_cancelJobButton->setEnabled(chosen && !m_printBusy);
    // What the chosen job's state means, and where a printer's fault is shown: the buttons that stay grey
    // are explained here rather than refused on a tap.
    // The chosen job's printer and last problem (the table's column may cut the problem short).
    QString printer;
    QString problem;
    for (int i = 0; i < m_printModel.rowCount(); ++i)
        if (m_printModel.item(i, 0)->data(Qt::UserRole).toLongLong() == m_printJobId) {
            printer = m_printModel.item(i, 3)->text();
            problem = m_printModel.item(i, 6)->text();
        }
    const QString lastProblem =
        problem.isEmpty() ? QString() : QLatin1Char(' ') + tr("Last problem: %1").arg(problem);
    if (!chosen)
        m_printHint->setText(
            m_printModel.rowCount() == 0
                ? tr("No print job needs a decision.")
                : tr("Tap a job to decide on it. A printer's faults (head open, paper out) are on the Alerts "
                     "screen."));
    else if (uncertain)
        m_printHint->setText(
            tr("Job %1 may or may not have printed: look at printer %2, then Confirm printed, "
               "Reprint or Cancel job.")
                .arg(m_printJobId)
                .arg(printer) +
            lastProblem);
    else
        m_printHint->setText(
            tr("Job %1 waits for printer %2 and prints by itself once the printer is back (its "
               "faults are on the Alerts screen). Not needed any more: Cancel job.")
                .arg(m_printJobId)
                .arg(printer) +
            lastProblem);
}

void SupervisorScreen::decidePrintJob(PrintDecision decision)
{
    if (m_printBusy)
        return;
    if (m_printJobId == 0) {
        context().feedback.refused(tr("Tap a print job in the list first."));
        return;
    }
    const std::int64_t id = m_printJobId;
    const TenantContext tenant = context().session.tenant();
    const Actor actor = context().session.actor();
    const QString path = context().store.path();
    m_printBusy = true;
    updatePrintButtons();
    context().store.post(
        this,
        [tenant, actor, path, id, decision](db::Store& store) -> Result<PrintDecisionDone> {
            auto queue = openQueue(store, path);
            if (!queue)
                return queue.error();
            // The reasons are records in the queue's audit (and a reprint's event), kept in one language.
            if (decision == PrintDecision::ConfirmPrinted) {
                if (auto done = (*queue)->confirmPrinted(
                        tenant, id, actor,
                        QStringLiteral("label found at the printer (supervisor, at the kiosk)"));
                    !done)
                    return done.error();
                return PrintDecisionDone{};
            }
            if (decision == PrintDecision::Cancel) {
                if (auto done = (*queue)->cancel(
                        tenant, id, actor, QStringLiteral("label not needed (supervisor, at the kiosk)"));
                    !done)
                    return done.error();
                return PrintDecisionDone{};
            }
            const QString reason = QStringLiteral("no label came out (supervisor, at the kiosk)");
            auto job = (*queue)->job(id);
            if (!job)
                return job.error();
            // A shipment's label is reprinted under the shipping rules too, as at the pack station: the
            // store records LabelReprinted, and refuses a shipment handed over or void. Only for a job the
            // queue would reprint, so that a refusal of the queue's leaves no event behind; the queue
            // refuses another merchant's job without saying what it labels.
            const bool reprintable = job->tenant == tenant.id() && (job->state == PrintJobState::Uncertain ||
                                                                    job->state == PrintJobState::Printed ||
                                                                    job->state == PrintJobState::Failed);
            if (reprintable) {
                const QString shipmentId = shipmentAndCarton(job->reference).first;
                if (store.shipment(tenant, shipmentId))
                    if (auto recorded = store.reprintLabel(tenant, actor, shipmentId, reason); !recorded)
                        return recorded.error();
            }
            auto again = (*queue)->reprint(tenant, id, actor, reason);
            if (!again)
                return again.error();
            return PrintDecisionDone{again->id, again->printer};
        },
        [this, id, decision](const Result<PrintDecisionDone>& done) {
            m_printBusy = false;
            if (!done) {
                context().feedback.refused(done.error().localized());
                loadPrintJobs(); // the job may have changed meanwhile: show it as it is
                return;
            }
            m_printJobId = 0;
            if (decision == PrintDecision::ConfirmPrinted) {
                context().feedback.accepted(tr("Print job %1 confirmed as printed.").arg(id));
            } else if (decision == PrintDecision::Cancel) {
                context().feedback.accepted(tr("Print job %1 cancelled: it is not printed.").arg(id));
            } else {
                devices::PrinterWorker* worker = nullptr;
                for (devices::PrinterWorker* w : context().services.printers)
                    if (w && w->spooler() && w->spooler()->config().name == done->printer)
                        worker = w;
                if (worker) {
                    worker->wake();
                    context().feedback.accepted(tr("Print job %1 goes to printer %2 again, as job %3.")
                                                    .arg(id)
                                                    .arg(done->printer)
                                                    .arg(done->newJobId));
                } else {
                    context().feedback.accepted(tr("Print job %1 is queued again as job %2. Printer %3 is "
                                                   "not attached to this kiosk: "
                                                   "the job waits in its queue.")
                                                    .arg(id)
                                                    .arg(done->newJobId)
                                                    .arg(done->printer));
                }
            }
            loadPrintJobs();
        });
}

// ---- the kiosk --------------------------------------------------------------------------------------------------

QWidget* SupervisorScreen::buildKiosk()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* hint = new QLabel(tr("Only an admin may close the kiosk. It starts again by itself when the appliance's "
                               "service restarts it."),
                            page);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_closeButton = bigButton(page, QStringLiteral("supervisorCloseKiosk"), tr("Close the kiosk"));
    connect(m_closeButton, &QPushButton::clicked, this, [this] {
        if (context().session.user().role != Role::Admin) {
            context().feedback.refused(tr("Only an admin may close the kiosk."));
            return;
        }
        m_kiosk.allowExit();
        m_kiosk.close();
    });
    layout->addWidget(m_closeButton);
    layout->addStretch();
    return page;
}

} // namespace wh::ui
