#include "ApprovalPanel.h"

#include "Feedback.h"
#include "Keypad.h"
#include "Screen.h"
#include "StoreWorker.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wh::ui {

ApprovalPanel::ApprovalPanel(KioskContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("approvalPanel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0); // it sits in a page that has its own margins
    auto* left = new QVBoxLayout;
    m_prompt = new QLabel(this);
    m_prompt->setObjectName(QStringLiteral("approvalPrompt"));
    m_prompt->setAccessibleDescription(tr("What the supervisor approves"));
    m_prompt->setWordWrap(true);
    left->addWidget(m_prompt);
    auto* hint = new QLabel(tr("Supervisor: scan your badge, or enter your staff number and PIN."), this);
    hint->setObjectName(QStringLiteral("approvalHint"));
    hint->setAccessibleDescription(tr("How to approve"));
    hint->setWordWrap(true);
    left->addWidget(hint);

    // One grid for both rows, so the two buttons that choose the field are the same width.
    auto* fields = new QGridLayout;
    const auto field = [&](int row, const QString& name, const QString& label, QLineEdit*& edit,
                           QPushButton*& select) {
        select = new QPushButton(label, this);
        select->setObjectName(name + QStringLiteral("Select"));
        select->setAccessibleName(tr("Type into: %1").arg(label));
        select->setMinimumSize(200, 64);
        select->setFocusPolicy(Qt::NoFocus);
        select->setCheckable(true);
        edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(tr("Supervisor's %1").arg(label));
        edit->setReadOnly(true); // written by the keypad: the scan field keeps the focus
        edit->setFocusPolicy(Qt::NoFocus);
        edit->setMinimumHeight(64);
        edit->setMaxLength(12);
        fields->addWidget(select, row, 0);
        fields->addWidget(edit, row, 1);
    };
    field(0, QStringLiteral("approvalNumber"), tr("Staff number"), m_number, m_numberButton);
    field(1, QStringLiteral("approvalPin"), tr("PIN"), m_pin, m_pinButton);
    fields->setColumnStretch(1, 1);
    left->addLayout(fields);
    m_pin->setEchoMode(QLineEdit::Password);
    connect(m_numberButton, &QPushButton::clicked, this, [this] { selectField(m_number); });
    connect(m_pinButton, &QPushButton::clicked, this, [this] { selectField(m_pin); });

    auto* buttons = new QHBoxLayout;
    m_approveButton = new QPushButton(tr("Approve"), this);
    m_approveButton->setObjectName(QStringLiteral("approvalButton"));
    m_approveButton->setAccessibleName(tr("Approve with staff number and PIN"));
    m_approveButton->setMinimumHeight(80);
    m_approveButton->setFocusPolicy(Qt::NoFocus);
    connect(m_approveButton, &QPushButton::clicked, this, &ApprovalPanel::submitPin);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("approvalCancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel, no approval"));
    m_cancelButton->setMinimumHeight(80);
    m_cancelButton->setFocusPolicy(Qt::NoFocus);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (!m_busy)
            Q_EMIT cancelled();
    });
    buttons->addWidget(m_approveButton, 2);
    buttons->addWidget(m_cancelButton, 1);
    left->addLayout(buttons);
    left->addStretch();
    layout->addLayout(left, 1);

    m_keypad = new Keypad(this);
    connect(m_keypad, &Keypad::enterPressed, this, [this] {
        if (m_keypad->target() == m_number && m_pin->text().isEmpty())
            selectField(m_pin);
        else
            submitPin();
    });
    layout->addWidget(m_keypad);
}

void ApprovalPanel::ask(const QString& what)
{
    m_prompt->setText(what);
    m_prompt->setVisible(!what.isEmpty()); // the screen may say it above the panel instead
    m_number->clear();
    m_pin->clear();
    selectField(m_number);
    setBusy(false);
}

void ApprovalPanel::selectField(QLineEdit* field)
{
    m_keypad->setTarget(field);
    m_numberButton->setChecked(field == m_number);
    m_pinButton->setChecked(field == m_pin);
}

void ApprovalPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_approveButton->setEnabled(!busy);
    m_cancelButton->setEnabled(!busy);
    m_approveButton->setText(busy ? tr("Checking...") : tr("Approve"));
}

void ApprovalPanel::badgeScanned(const QString& badge)
{
    if (m_busy)
        return;
    check(badge, {});
}

void ApprovalPanel::submitPin()
{
    if (m_busy)
        return;
    if (m_number->text().isEmpty()) {
        m_context.feedback.refused(tr("Supervisor: enter your staff number first, or scan your badge."));
        selectField(m_number);
        return;
    }
    if (m_pin->text().isEmpty()) {
        m_context.feedback.refused(tr("Supervisor: enter your PIN."));
        selectField(m_pin);
        return;
    }
    const QString pin = m_pin->text();
    m_pin->clear();
    check(m_number->text(), pin);
}

void ApprovalPanel::check(const QString& who, const QString& pin)
{
    setBusy(true);
    const db::StaffPolicy policy = m_context.staffPolicy;
    m_context.store.post(
        this,
        [who, pin, policy](db::Store& store) {
            db::StaffDirectory staff(store.connection(), store.clock(), policy);
            return staff.approve(who, pin);
        },
        [this](const Result<Approval>& approval) {
            setBusy(false);
            if (!approval) {
                m_context.feedback.refused(approval.error().localized());
                selectField(m_pin->text().isEmpty() && !m_number->text().isEmpty() ? m_pin : m_number);
                return;
            }
            Q_EMIT approved(*approval);
        });
}

} // namespace wh::ui
