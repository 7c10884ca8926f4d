#include "LoginScreen.h"

#include "Feedback.h"
#include "Keypad.h"
#include "Session.h"
#include "StoreWorker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wh::ui {

LoginScreen::LoginScreen(KioskContext& context, QWidget* parent)
    : Screen(context, parent)
{
    setObjectName(QStringLiteral("loginScreen"));
    auto* layout = new QHBoxLayout(this);

    m_credentials = new QWidget(this);
    auto* left = new QVBoxLayout(m_credentials);
    auto* badgeHint = new QLabel(tr("Scan your badge, or enter your staff number and PIN."), m_credentials);
    badgeHint->setObjectName(QStringLiteral("loginHint"));
    badgeHint->setWordWrap(true);
    left->addWidget(badgeHint);

    const auto field = [&](const QString& name, const QString& label, const QString& accessible, QLineEdit*& edit,
                           QPushButton*& select) {
        auto* row = new QHBoxLayout;
        select = new QPushButton(label, m_credentials);
        select->setObjectName(name + QStringLiteral("Select"));
        select->setAccessibleName(tr("Type into: %1").arg(label));
        select->setMinimumSize(200, 64);
        select->setFocusPolicy(Qt::NoFocus);
        select->setCheckable(true);
        edit = new QLineEdit(m_credentials);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setReadOnly(true); // written by the keypad: the scan field keeps the focus
        edit->setFocusPolicy(Qt::NoFocus);
        edit->setMinimumHeight(64);
        row->addWidget(select);
        row->addWidget(edit, 1);
        left->addLayout(row);
    };
    field(QStringLiteral("loginNumber"), tr("Staff number"), tr("Staff number"), m_number, m_numberButton);
    field(QStringLiteral("loginPin"), tr("PIN"), tr("PIN"), m_pin, m_pinButton);
    m_number->setMaxLength(12);
    m_pin->setMaxLength(12);
    m_pin->setEchoMode(QLineEdit::Password);
    connect(m_numberButton, &QPushButton::clicked, this, [this] { selectField(m_number); });
    connect(m_pinButton, &QPushButton::clicked, this, [this] { selectField(m_pin); });

    // Each language names itself, so anyone can find theirs.
    auto* languages = new QHBoxLayout;
    for (const auto& [code, name] : {std::pair{QStringLiteral("en"), QStringLiteral("English")},
                                     std::pair{QStringLiteral("de"), QStringLiteral("Deutsch")}}) {
        auto* button = new QPushButton(name, m_credentials);
        button->setObjectName(QStringLiteral("language_") + code);
        button->setAccessibleName(name);
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, this, [this, code] { Q_EMIT languageRequested(code); });
        languages->addWidget(button);
    }
    left->addLayout(languages);

    m_loginButton = new QPushButton(tr("Log in"), m_credentials);
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_loginButton->setAccessibleName(tr("Log in with staff number and PIN"));
    m_loginButton->setMinimumHeight(80);
    m_loginButton->setFocusPolicy(Qt::NoFocus);
    connect(m_loginButton, &QPushButton::clicked, this, &LoginScreen::submitPin);
    left->addWidget(m_loginButton);
    left->addStretch();
    layout->addWidget(m_credentials, 1);

    m_keypad = new Keypad(this);
    connect(m_keypad, &Keypad::enterPressed, this, [this] {
        if (m_keypad->target() == m_number && m_pin->text().isEmpty())
            selectField(m_pin);
        else
            submitPin();
    });
    layout->addWidget(m_keypad);

    m_tenantPanel = new QWidget(this);
    m_tenantPanel->setObjectName(QStringLiteral("tenantPanel"));
    auto* tenants = new QVBoxLayout(m_tenantPanel);
    m_tenantPrompt = new QLabel(m_tenantPanel);
    m_tenantPrompt->setWordWrap(true);
    tenants->addWidget(m_tenantPrompt);
    tenants->addStretch();
    m_tenantPanel->hide();
    layout->addWidget(m_tenantPanel, 1);
}

void LoginScreen::activated()
{
    m_number->clear();
    m_pin->clear();
    m_pending = User{};
    m_tenantPanel->hide();
    m_credentials->show();
    m_keypad->show();
    selectField(m_number);
    setBusy(false);
    // The merchants' names for the choice after login.
    context().store.post(
        this, [](db::Store& store) { return store.tenants(); },
        [this](const Result<QList<Tenant>>& tenants) {
            if (!tenants)
                return;
            m_tenantNames.clear();
            for (const Tenant& t : *tenants)
                m_tenantNames.insert(t.id, t.name);
        });
}

void LoginScreen::selectField(QLineEdit* field)
{
    m_keypad->setTarget(field);
    m_numberButton->setChecked(field == m_number);
    m_pinButton->setChecked(field == m_pin);
}

void LoginScreen::setBusy(bool busy)
{
    m_busy = busy;
    m_loginButton->setEnabled(!busy);
    m_loginButton->setText(busy ? tr("Checking...") : tr("Log in"));
}

void LoginScreen::scanned(const devices::ScanEvent& scan)
{
    if (m_busy)
        return;
    if (!scan.ok()) {
        context().feedback.refused(tr("Badge not read: %1").arg(scan.localizedReason()));
        return;
    }
    const QString badge = scan.data;
    const db::StaffPolicy policy = m_policy;
    setBusy(true);
    context().store.post(
        this,
        [badge, policy](db::Store& store) {
            db::StaffDirectory staff(store.connection(), store.clock(), policy);
            return staff.loginWithBadge(badge);
        },
        [this](const Result<User>& user) { loggedIn(user); });
}

void LoginScreen::submitPin()
{
    if (m_busy)
        return;
    if (m_number->text().isEmpty()) {
        context().feedback.refused(tr("Enter your staff number first."));
        selectField(m_number);
        return;
    }
    if (m_pin->text().isEmpty()) {
        context().feedback.refused(tr("Enter your PIN."));
        selectField(m_pin);
        return;
    }
    const QString number = m_number->text();
    const QString pin = m_pin->text();
    m_pin->clear();
    const db::StaffPolicy policy = m_policy;
    setBusy(true);
    context().store.post(
        this,
        [number, pin, policy](db::Store& store) {
            db::StaffDirectory staff(store.connection(), store.clock(), policy);
            return staff.loginWithPin(number, pin);
        },
        [this](const Result<User>& user) { loggedIn(user); });
}

void LoginScreen::loggedIn(const Result<User>& user)
{
    setBusy(false);
    if (!user) {
        context().feedback.refused(user.error().localized());
        selectField(user.error().code == ErrorCode::UnknownUser ? m_number : m_pin);
        return;
    }
    if (user->tenantIds.size() == 1) {
        context().feedback.accepted(tr("Welcome, %1.").arg(user->name));
        context().session.start(*user, user->tenantIds.front());
        return;
    }
    chooseTenant(*user);
}

void LoginScreen::chooseTenant(const User& user)
{
    m_pending = user;
    m_credentials->hide();
    m_keypad->hide();
    qDeleteAll(m_tenantButtons);
    m_tenantButtons.clear();
    m_tenantPrompt->setText(tr("Welcome, %1. Which merchant do you work for now?").arg(user.name));
    auto* layout = static_cast<QVBoxLayout*>(m_tenantPanel->layout());
    for (const QString& id : user.tenantIds) {
        auto* button = new QPushButton(m_tenantNames.value(id, id), m_tenantPanel);
        button->setObjectName(QStringLiteral("tenantButton_") + id);
        button->setAccessibleName(tr("Work for %1").arg(m_tenantNames.value(id, id)));
        button->setMinimumHeight(96);
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, this, [this, id] {
            const User chosen = m_pending;
            m_pending = User{};
            context().feedback.accepted(tr("Working for %1.").arg(m_tenantNames.value(id, id)));
            context().session.start(chosen, id);
        });
        layout->insertWidget(layout->count() - 1, button);
        m_tenantButtons.append(button);
    }
    m_tenantPanel->show();
}

} // namespace wh::ui
