#include "PickScreen.h"

#include "PageStack.h"

#include "ApprovalPanel.h"
#include "Feedback.h"
#include "Keypad.h"
#include "Permissions.h"
#include "PickListModel.h"
#include "Session.h"
#include "StoreWorker.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScroller>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdint>
#include <functional>

namespace wh::ui {

namespace {

// Read at arm's length: the bin is what the picker walks to, so it is the biggest thing on the screen.
const char* const kStyle = R"(
QLabel#pickBinLabel { font-size: 96px; font-weight: bold; }
QLabel#pickItemLabel { font-size: 40px; font-weight: bold; }
QLabel#pickQuantityLabel { font-size: 40px; }
QLabel#pickStepLabel { font-size: 30px; color: #0050b3; }
QLabel#pickOverridePrompt { font-size: 30px; font-weight: bold; }
QLineEdit#pickQuantityInput { font-size: 40px; min-height: 72px; }
QTableView#ordersView { font-size: 24px; }
)";

QString n(std::int64_t value)
{
    return QString::number(value);
}

// What a scan named as an item: a GS1 code's GTIN with its lot and expiry when it carries them, else the code
// as read (a SKU label or a plain EAN/UPC, which the store resolves by any GTIN form).
ScannedItem itemFromScan(const devices::ScanEvent& scan)
{
    ScannedItem item;
    if (scan.gs1) {
        for (const devices::Gs1Element& e : scan.elements) {
            if ((e.ai == QLatin1String("01") || e.ai == QLatin1String("02")) && item.code.isEmpty())
                item.code = e.value;
            else if (e.ai == QLatin1String("10"))
                item.lot = e.value;
            else if (e.ai == QLatin1String("17") && e.date)
                item.expiry = *e.date;
        }
    }
    if (item.code.isEmpty())
        item.code = scan.data;
    return item;
}

QPushButton* bigButton(const QString& name, const QString& text, const QString& accessible, QWidget* parent,
                       int height = 72)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAccessibleName(accessible);
    b->setMinimumHeight(height);
    b->setMinimumWidth(120);
    b->setFocusPolicy(Qt::NoFocus); // the kiosk's scan field keeps the focus
    return b;
}

QLabel* label(const QString& name, const QString& accessible, QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(name);
    l->setAccessibleDescription(accessible);
    l->setWordWrap(true);
    return l;
}

} // namespace

PickScreen::PickScreen(KioskContext& context, QWidget* parent)
    : Screen(context, parent)
    , m_model(new PickListModel(context.store, this))
{
    setObjectName(QStringLiteral("pickScreen"));
    setStyleSheet(QString::fromLatin1(kStyle));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_pages = new PageStack(this);
    m_pages->setObjectName(QStringLiteral("pickPages"));
    layout->addWidget(m_pages);

    // The pick list and Start picking.
    m_listPage = new QWidget(m_pages);
    m_listPage->setObjectName(QStringLiteral("pickListPage"));
    auto* list = new QVBoxLayout(m_listPage);
    auto* top = new QHBoxLayout;
    m_startButton = bigButton(QStringLiteral("pickStartButton"), tr("Start picking"),
                              tr("Start picking the most urgent task"), m_listPage, 96);
    m_startButton->setMinimumWidth(320);
    m_refreshButton = bigButton(QStringLiteral("pickRefreshButton"), tr("Refresh"),
                                tr("Refresh the pick list"), m_listPage);
    top->addWidget(m_startButton, 2);
    top->addWidget(m_refreshButton, 1);
    list->addLayout(top);
    m_listStatus = label(QStringLiteral("pickListStatus"), tr("Pick list state"), m_listPage);
    list->addWidget(m_listStatus);
    m_view = new QTableView(m_listPage);
    m_view->setObjectName(QStringLiteral("ordersView"));
    m_view->setAccessibleName(tr("Open pick tasks, most urgent first"));
    m_view->setModel(m_model);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, so 10,000 of them scroll like 10.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(64);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumHeight(48);
    // A finger drags the list (kinetic, as on a phone); a tap without a drag still takes the task.
    QScroller::grabGesture(m_view->viewport(), QScroller::TouchGesture);
    list->addWidget(m_view, 1);
    m_pages->addWidget(m_listPage);
    connect(m_startButton, &QPushButton::clicked, this, [this] { start({}); });
    connect(m_refreshButton, &QPushButton::clicked, this,
            [this] { m_model->reload(this->context().session.tenant()); });
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            start(m_model->row(index.row()).taskId);
    });
    connect(m_model, &PickListModel::pageLoaded, this, [this](int, const QString& error) {
        if (!error.isEmpty())
            this->context().feedback.refused(error);
        m_listStatus->setText(m_model->rowCount() == 0 && m_model->atEnd()
                                  ? tr("No pick task is waiting.")
                                  : tr("Tasks shown: %1, most urgent first.").arg(m_model->rowCount()));
    });

    // One stop of the task.
    m_stopPage = new QWidget(m_pages);
    m_stopPage->setObjectName(QStringLiteral("pickStopPage"));
    auto* stop = new QHBoxLayout(m_stopPage);
    auto* info = new QVBoxLayout;
    m_progress = label(QStringLiteral("pickProgress"), tr("Progress through the task"), m_stopPage);
    m_binLabel = label(QStringLiteral("pickBinLabel"), tr("Bin to pick from"), m_stopPage);
    m_itemLabel = label(QStringLiteral("pickItemLabel"), tr("Item to pick"), m_stopPage);
    m_quantityLabel = label(QStringLiteral("pickQuantityLabel"), tr("Quantity to pick"), m_stopPage);
    m_toteLabel = label(QStringLiteral("pickToteLabel"), tr("Order and tote"), m_stopPage);
    m_stepLabel = label(QStringLiteral("pickStepLabel"), tr("What to do next"), m_stopPage);
    for (QLabel* l : {m_progress, m_binLabel, m_itemLabel, m_quantityLabel, m_toteLabel, m_stepLabel})
        info->addWidget(l);
    info->addStretch();
    auto* overrides = new QHBoxLayout;
    m_shortButton = bigButton(QStringLiteral("pickShortButton"), tr("Short"),
                              tr("Short pick: the bin holds fewer than expected"), m_stopPage);
    m_skipButton = bigButton(QStringLiteral("pickSkipButton"), tr("Skip bin"),
                             tr("Skip this bin: it cannot be reached"), m_stopPage);
    m_leaveButton = bigButton(QStringLiteral("pickLeaveButton"), tr("Back to list"),
                              tr("Leave the task for now and show the pick list"), m_stopPage);
    overrides->addWidget(m_shortButton);
    overrides->addWidget(m_skipButton);
    overrides->addWidget(m_leaveButton);
    info->addLayout(overrides);
    stop->addLayout(info, 1);
    auto* count = new QVBoxLayout;
    m_quantity = new QLineEdit(m_stopPage);
    m_quantity->setObjectName(QStringLiteral("pickQuantityInput"));
    m_quantity->setAccessibleName(tr("Quantity picked"));
    m_quantity->setReadOnly(true); // written by the keypad: the scan field keeps the focus
    m_quantity->setFocusPolicy(Qt::NoFocus);
    m_quantity->setMaxLength(6);
    m_quantity->setAlignment(Qt::AlignRight);
    count->addWidget(m_quantity);
    m_keypad = new Keypad(m_stopPage);
    m_keypad->setTarget(m_quantity);
    count->addWidget(m_keypad);
    m_confirmButton = bigButton(QStringLiteral("pickConfirmButton"), tr("Confirm quantity"),
                                tr("Confirm the quantity picked"), m_stopPage, 96);
    count->addWidget(m_confirmButton);
    stop->addLayout(count);
    m_pages->addWidget(m_stopPage);
    connect(m_confirmButton, &QPushButton::clicked, this, &PickScreen::confirm);
    connect(m_keypad, &Keypad::enterPressed, this, &PickScreen::confirm);
    connect(m_shortButton, &QPushButton::clicked, this, [this] { askOverride(Override::Short); });
    connect(m_skipButton, &QPushButton::clicked, this, [this] { askOverride(Override::Skip); });
    connect(m_leaveButton, &QPushButton::clicked, this, [this] {
        if (m_busy)
            return;
        m_task.reset();
        showList();
    });

    // An override: the reason (skip), then the supervisor's approval or, for a supervisor, a confirmation.
    m_overridePage = new QWidget(m_pages);
    m_overridePage->setObjectName(QStringLiteral("pickOverridePage"));
    auto* over = new QVBoxLayout(m_overridePage);
    m_overridePrompt =
        label(QStringLiteral("pickOverridePrompt"), tr("The override asked for"), m_overridePage);
    over->addWidget(m_overridePrompt);
    m_reasons = new QWidget(m_overridePage);
    m_reasons->setObjectName(QStringLiteral("pickSkipReasons"));
    auto* reasons = new QHBoxLayout(m_reasons);
    reasons->setContentsMargins(0, 0, 0, 0);
    m_reasonGroup = new QButtonGroup(this);
    m_reasonGroup->setExclusive(true);
    const QList<std::pair<QString, QString>> reasonTexts{
        {QStringLiteral("pickSkipReasonBlocked"), tr("Bin blocked")},
        {QStringLiteral("pickSkipReasonOutOfReach"), tr("Bin out of reach")},
        {QStringLiteral("pickSkipReasonDamaged"), tr("Bin damaged or unsafe")},
    };
    for (const auto& [name, text] : reasonTexts) {
        auto* b = bigButton(name, text, tr("Reason: %1").arg(text), m_reasons);
        b->setCheckable(true);
        m_reasonGroup->addButton(b);
        reasons->addWidget(b);
    }
    over->addWidget(m_reasons);
    m_approval = new ApprovalPanel(context, m_overridePage);
    m_approval->setObjectName(QStringLiteral("pickApprovalPanel"));
    over->addWidget(m_approval, 1);
    auto* decide = new QHBoxLayout;
    m_overrideConfirm = bigButton(QStringLiteral("pickOverrideConfirmButton"), tr("Do it"),
                                  tr("Carry out the override"), m_overridePage, 80);
    m_overrideCancel = bigButton(QStringLiteral("pickOverrideCancelButton"), tr("Cancel"),
                                 tr("Cancel the override"), m_overridePage, 80);
    decide->addWidget(m_overrideConfirm, 2);
    decide->addWidget(m_overrideCancel, 1);
    over->addLayout(decide);
    over->addStretch();
    m_pages->addWidget(m_overridePage);
    connect(m_approval, &ApprovalPanel::approved, this, &PickScreen::runOverride);
    connect(m_approval, &ApprovalPanel::cancelled, this, &PickScreen::closeOverride);
    connect(m_overrideConfirm, &QPushButton::clicked, this, [this] { runOverride({}); });
    connect(m_overrideCancel, &QPushButton::clicked, this, &PickScreen::closeOverride);

    m_pages->setCurrentWidget(m_listPage);
}

void PickScreen::activated()
{
    const Session& session = context().session;
    const QString key = session.user().id + QLatin1Char('/') + session.tenantId();
    if (key != m_sessionKey) {
        // Someone else, or another merchant: nothing of the last session's task stays on the screen.
        m_sessionKey = key;
        m_task.reset();
        m_totes.clear();
        m_waiting.clear();
    }
    const Grant overrides = Permissions::grant(session.user().role, Permission::PickOverride);
    m_shortButton->setVisible(overrides != Grant::Denied);
    m_skipButton->setVisible(overrides != Grant::Denied);
    if (m_task)
        showStop();
    else
        showList();
}

void PickScreen::showList()
{
    setStep(Step::NoTask);
    m_pages->setCurrentWidget(m_listPage);
    m_listStatus->setText(tr("Loading the pick list..."));
    m_model->reload(context().session.tenant());
}

void PickScreen::setStep(Step step)
{
    m_step = step;
    if (step == Step::Bin) {
        m_bin.clear();
        m_item = {};
    }
    const PickTaskLine* l = line();
    switch (step) {
    case Step::NoTask:
        m_stepLabel->clear();
        break;
    case Step::Bin:
        m_stepLabel->setText(tr("Scan the bin."));
        break;
    case Step::Item:
        m_stepLabel->setText(tr("Scan the item."));
        break;
    case Step::Tote:
        m_stepLabel->setText(tr("Scan an empty tote for order %1.").arg(l ? l->orderId : QString()));
        break;
    case Step::Quantity:
        m_stepLabel->setText(
            tr("Put %1 in the tote and confirm the quantity.").arg(l ? n(l->open()) : QString()));
        break;
    }
    m_confirmButton->setEnabled(step == Step::Quantity);
}

const PickTaskLine* PickScreen::line() const
{
    if (!m_task)
        return nullptr;
    for (const PickTaskLine& l : m_task->lines)
        if (l.seqNo == m_seqNo)
            return &l;
    return nullptr;
}

QString PickScreen::toteFor(const QString& orderId) const
{
    if (m_task && m_task->totes.contains(orderId))
        return m_task->totes.value(orderId);
    return m_totes.value(orderId);
}

void PickScreen::start(const QString& taskId)
{
    if (m_busy)
        return;
    const Session& session = context().session;
    const TenantContext tenant = session.tenant();
    const Actor actor = session.actor();
    // Releasing orders as tasks is a supervisor's duty (plan_picking): a picker takes what is released.
    const bool mayPlan = taskId.isEmpty() &&
                         Permissions::grant(session.user().role, Permission::PlanPicking) == Grant::Allowed;
    const PickStrategy strategy = m_strategy;
    setBusy(true);
    context().store.post(
        this,
        [taskId, tenant, actor, mayPlan, strategy](db::Store& store) -> Result<Loaded> {
            QString id = taskId;
            if (id.isEmpty()) {
                std::optional<Error> planError;
                if (mayPlan) {
                    PlanPicking plan;
                    plan.strategy = strategy;
                    auto planned = store.planPicking(tenant, actor, plan);
                    if (!planned && planned.error().code != ErrorCode::NothingToPick)
                        planError = planned.error();
                }
                auto rows = store.pickList(tenant, 0, 1);
                if (!rows)
                    return rows.error();
                if (rows->isEmpty()) {
                    if (planError)
                        return *planError;
                    return makeError(ErrorCode::NothingToPick,
                                     mayPlan ? tr("No order is waiting to be picked.")
                                             : tr("No pick task is waiting. A supervisor releases orders "
                                                  "for picking."));
                }
                id = rows->first().taskId;
            }
            auto task = store.pickTask(tenant, id);
            if (!task)
                return task.error();
            Loaded loaded{*task, {}};
            for (const PickTaskLine& l : task->lines)
                if (!loaded.descriptions.contains(l.key.sku))
                    if (auto sku = store.sku(tenant, l.key.sku))
                        loaded.descriptions.insert(l.key.sku, sku->description);
            return loaded;
        },
        [this](const Result<Loaded>& loaded) {
            setBusy(false);
            m_totes.clear();
            m_waiting.clear(); // scans before the task was on screen were not meant for it
            taskLoaded(loaded, {});
            Q_EMIT settled();
        });
}

void PickScreen::taskLoaded(const Result<Loaded>& loaded, const QString& done)
{
    if (!loaded) {
        context().feedback.refused(loaded.error().localized());
        if (!m_task)
            showList();
        return;
    }
    m_task = loaded->task;
    for (auto it = loaded->descriptions.cbegin(); it != loaded->descriptions.cend(); ++it)
        m_descriptions.insert(it.key(), it.value());
    // The first stop on the walk with something left to pick.
    m_seqNo = 0;
    for (const PickTaskLine& l : m_task->lines)
        if (l.open() > 0) {
            m_seqNo = l.seqNo;
            break;
        }
    if (m_seqNo == 0) {
        std::int64_t picked = 0;
        for (const PickTaskLine& l : m_task->lines)
            picked += l.picked;
        const QString id = m_task->id;
        m_task.reset();
        m_totes.clear();
        context().feedback.accepted((done.isEmpty() ? QString() : done + QLatin1Char(' ')) +
                                    tr("Task %1 is done. Units picked: %2.").arg(id, n(picked)));
        showList();
        return;
    }
    if (!done.isEmpty())
        context().feedback.accepted(done);
    showStop();
}

void PickScreen::showStop()
{
    const PickTaskLine* l = line();
    if (!l) {
        showList();
        return;
    }
    m_pages->setCurrentWidget(m_stopPage);
    int index = 0;
    std::int64_t units = 0;
    std::int64_t done = 0;
    for (int i = 0; i < m_task->lines.size(); ++i) {
        const PickTaskLine& each = m_task->lines[i];
        if (each.seqNo == m_seqNo)
            index = i + 1;
        units += each.quantity - each.cancelledQuantity;
        done += each.picked + each.shortQuantity;
    }
    m_progress->setText(tr("Task %1: stop %2 of %3, %4 of %5 units done")
                            .arg(m_task->id, n(index), n(m_task->lines.size()), n(done), n(units)));
    m_binLabel->setText(l->key.location);
    QString item = l->key.sku;
    if (const QString description = m_descriptions.value(l->key.sku); !description.isEmpty())
        item += QStringLiteral(" - ") + description;
    if (!l->key.lot.isEmpty())
        item += QLatin1Char('\n') + tr("Lot %1").arg(l->key.lot);
    m_itemLabel->setText(item);
    m_quantityLabel->setText(tr("Take %1").arg(n(l->open())));
    const QString tote = toteFor(l->orderId);
    m_toteLabel->setText(tote.isEmpty() ? tr("Order %1, no tote yet").arg(l->orderId)
                                        : tr("Order %1 into tote %2").arg(l->orderId, tote));
    m_quantity->setText(n(l->open()));
    setStep(Step::Bin);
}

void PickScreen::setBusy(bool busy)
{
    m_busy = busy;
    m_startButton->setEnabled(!busy);
    m_shortButton->setEnabled(!busy);
    m_skipButton->setEnabled(!busy);
    m_overrideConfirm->setEnabled(!busy);
    m_confirmButton->setEnabled(!busy && m_step == Step::Quantity);
}

void PickScreen::scanned(const devices::ScanEvent& scan)
{
    if (m_approval->busy())
        return; // a supervisor's badge or PIN is being checked: one approval at a time
    if (m_busy) {
        m_waiting.append(scan);
        return;
    }
    handleScan(scan);
}

void PickScreen::finishScan(bool accepted)
{
    setBusy(false);
    if (!accepted)
        m_waiting.clear();
    Q_EMIT settled();
    if (!m_waiting.isEmpty() && !m_busy)
        handleScan(m_waiting.takeFirst());
}

void PickScreen::handleScan(const devices::ScanEvent& scan)
{
    if (!scan.ok()) {
        context().feedback.refused(tr("Scan not read: %1").arg(scan.localizedReason()));
        m_waiting.clear();
        return;
    }
    if (m_pages->currentWidget() == m_overridePage) {
        if (!m_approval->isHidden())
            m_approval->badgeScanned(scan.data);
        else
            context().feedback.refused(tr("Tap Do it or Cancel first."));
        return;
    }
    switch (m_step) {
    case Step::NoTask:
        context().feedback.refused(tr("Start picking first: tap Start picking or a task in the list."));
        m_waiting.clear();
        return;
    case Step::Bin:
        scanBin(scan.data);
        return;
    case Step::Item:
        scanItem(itemFromScan(scan));
        return;
    case Step::Tote:
        scanTote(scan.data);
        return;
    case Step::Quantity:
        context().feedback.refused(
            tr("Confirm the quantity first: tap Confirm quantity, or type another on the keypad."));
        m_waiting.clear();
        return;
    }
}

void PickScreen::scanBin(const QString& bin)
{
    const TenantContext tenant = context().session.tenant();
    const QString taskId = m_task->id;
    const int seqNo = m_seqNo;
    setBusy(true);
    context().store.post(
        this, [=](db::Store& store) { return store.checkPickBin(tenant, taskId, seqNo, bin); },
        [this, bin, taskId, seqNo](const Status& ok) {
            if (!m_task || m_task->id != taskId || m_seqNo != seqNo) {
                finishScan(false);
                return;
            }
            if (!ok) {
                context().feedback.refused(ok.error().localized());
                finishScan(false);
                return;
            }
            context().feedback.accepted(tr("Bin %1.").arg(bin));
            m_bin = bin;
            setStep(Step::Item);
            finishScan(true);
        });
}

void PickScreen::scanItem(const ScannedItem& item)
{
    const TenantContext tenant = context().session.tenant();
    const QString taskId = m_task->id;
    const int seqNo = m_seqNo;
    setBusy(true);
    context().store.post(
        this, [=](db::Store& store) { return store.checkPickItem(tenant, taskId, seqNo, item); },
        [this, item, taskId, seqNo](const Status& ok) {
            const PickTaskLine* l = line();
            if (!l || m_task->id != taskId || m_seqNo != seqNo) {
                finishScan(false);
                return;
            }
            if (!ok) {
                context().feedback.refused(ok.error().localized());
                finishScan(false);
                return;
            }
            context().feedback.accepted(tr("Item %1.").arg(l->key.sku));
            m_item = item;
            setStep(toteFor(l->orderId).isEmpty() ? Step::Tote : Step::Quantity);
            finishScan(true);
        });
}

void PickScreen::scanTote(const QString& tote)
{
    const PickTaskLine* l = line();
    if (!l)
        return;
    // Whether the tote is free is the store's rule, checked with the pick itself.
    m_totes.insert(l->orderId, tote);
    m_toteLabel->setText(tr("Order %1 into tote %2").arg(l->orderId, tote));
    context().feedback.accepted(tr("Tote %1 for order %2.").arg(tote, l->orderId));
    setStep(Step::Quantity);
    finishScan(true);
}

void PickScreen::confirm()
{
    if (m_busy || m_step != Step::Quantity)
        return;
    const PickTaskLine* l = line();
    if (!l)
        return;
    bool isNumber = false;
    const std::int64_t quantity = m_quantity->text().toLongLong(&isNumber);
    if (!isNumber || quantity <= 0) {
        context().feedback.refused(tr("Type the quantity you picked on the keypad."));
        return;
    }
    const TenantContext tenant = context().session.tenant();
    const Actor actor = context().session.actor();
    const ConfirmPick cmd{m_task->id, m_seqNo, m_bin, m_item, quantity, toteFor(l->orderId)};
    const QString done = tr("%1 x %2 picked into tote %3.").arg(n(quantity), l->key.sku, cmd.tote);
    setBusy(true);
    context().store.post(
        this,
        [tenant, actor, cmd](db::Store& store) -> Result<Loaded> {
            auto picked = store.confirmPick(tenant, actor, cmd);
            if (!picked)
                return picked.error();
            auto task = store.pickTask(tenant, cmd.taskId);
            if (!task)
                return task.error();
            return Loaded{*task, {}};
        },
        [this, cmd, done, orderId = l->orderId](const Result<Loaded>& loaded) {
            if (!loaded) {
                context().feedback.refused(loaded.error().localized());
                if (loaded.error().code == ErrorCode::ToteInUse) {
                    m_totes.remove(orderId);
                    m_toteLabel->setText(tr("Order %1, no tote yet").arg(orderId));
                    setStep(Step::Tote);
                }
                finishScan(false);
                return;
            }
            taskLoaded(loaded, done);
            finishScan(true);
        });
}

void PickScreen::askOverride(Override kind)
{
    const PickTaskLine* l = line();
    if (m_busy || !l)
        return;
    const Session& session = context().session;
    const Grant grant = Permissions::grant(session.user().role, Permission::PickOverride);
    if (grant == Grant::Denied) {
        context().feedback.refused(
            Permissions::check(session.actor(), Permission::PickOverride).error().localized());
        return;
    }
    m_override = kind;
    QString what;
    if (kind == Override::Short) {
        bool isNumber = false;
        const std::int64_t found = m_quantity->text().toLongLong(&isNumber);
        if (!isNumber || found < 0 || found >= l->open()) {
            context().feedback.refused(tr("Type the units you found on the keypad (0 to %1), then tap Short.")
                                           .arg(n(l->open() - 1)));
            return;
        }
        if (found > 0 && toteFor(l->orderId).isEmpty()) {
            context().feedback.refused(
                tr("Scan the bin, the item and a tote for order %1 first: the units found go into it.")
                    .arg(l->orderId));
            return;
        }
        what = tr("Short pick at bin %1: %2 of %3 x %4 found.")
                   .arg(l->key.location, n(found), n(l->open()), l->key.sku);
    } else {
        what = tr("Skip bin %1: %2 x %3 go back to planning.").arg(l->key.location, n(l->open()), l->key.sku);
        if (!m_reasonGroup->checkedButton())
            m_reasonGroup->buttons().first()->setChecked(true);
    }
    m_overridePrompt->setText(what);
    m_reasons->setVisible(kind == Override::Skip);
    const bool direct = grant == Grant::Allowed;
    m_approval->setVisible(!direct);
    m_overrideConfirm->setVisible(direct);
    m_overrideCancel->setVisible(direct); // the approval panel has its own Cancel
    if (!direct) {
        m_approval->ask({});
        // The store's own sentence: why the approval is asked for.
        context().feedback.info(
            Permissions::check(session.actor(), Permission::PickOverride).error().localized());
    }
    m_pages->setCurrentWidget(m_overridePage);
}

void PickScreen::closeOverride()
{
    if (m_busy)
        return;
    if (m_task)
        showStop();
    else
        showList();
}

void PickScreen::runOverride(const Approval& approval)
{
    const PickTaskLine* l = line();
    if (m_busy || !l)
        return;
    const TenantContext tenant = context().session.tenant();
    Actor actor = context().session.actor();
    actor.approval = approval;
    const QString taskId = m_task->id;
    const int seqNo = m_seqNo;
    QString done;
    std::function<Result<db::ActionReceipt>(db::Store&)> action;
    if (m_override == Override::Short) {
        const ReportShort cmd{taskId, seqNo, m_quantity->text().toLongLong(), toteFor(l->orderId)};
        done = tr("Short pick recorded at bin %1: %2 found.").arg(l->key.location, n(cmd.found));
        action = [tenant, actor, cmd](db::Store& store) {
            return store.reportShort(tenant, actor, cmd);
        };
    } else {
        QAbstractButton* reason = m_reasonGroup->checkedButton();
        const SkipPickLine cmd{taskId, seqNo, reason ? reason->text() : tr("Bin blocked")};
        done = tr("Bin %1 skipped: %2.").arg(l->key.location, cmd.reason);
        action = [tenant, actor, cmd](db::Store& store) {
            return store.skipPickLine(tenant, actor, cmd);
        };
    }
    setBusy(true);
    context().store.post(
        this,
        [tenant, taskId, action](db::Store& store) -> Result<Loaded> {
            auto receipt = action(store);
            if (!receipt)
                return receipt.error();
            auto task = store.pickTask(tenant, taskId);
            if (!task)
                return task.error();
            Loaded loaded{*task, {}};
            // A short pick may add stops from other bins: their items' descriptions too.
            for (const PickTaskLine& l : task->lines)
                if (!loaded.descriptions.contains(l.key.sku))
                    if (auto sku = store.sku(tenant, l.key.sku))
                        loaded.descriptions.insert(l.key.sku, sku->description);
            return loaded;
        },
        [this, done](const Result<Loaded>& loaded) {
            if (!loaded) {
                // Nothing was written: the override stays on screen to try again or cancel.
                context().feedback.refused(loaded.error().localized());
                if (!m_approval->isHidden())
                    m_approval->ask({});
                finishScan(false);
                return;
            }
            taskLoaded(loaded, done);
            finishScan(true);
        });
}

} // namespace wh::ui
