#include "LoginScreen.h"

#include "Feedback.h"
#include "Keypad.h"
#include "Session.h"
#include "StoreWorker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace wh::ui {

namespace {

// The station chosen last on this kiosk, kept beside the store file: a kiosk serving several stations offers
// it first. Read and written on the store worker's thread, as any file.
QString lastStationFile(const QString& storePath)
{
    return QFileInfo(storePath).absoluteDir().filePath(QStringLiteral("last-station"));
}

} // namespace

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

    // The stations, three to a row, so that a kiosk serving many still fits its screen.
    m_stationPanel = new QWidget(this);
    m_stationPanel->setObjectName(QStringLiteral("stationPanel"));
    auto* stations = new QVBoxLayout(m_stationPanel);
    m_stationPrompt = new QLabel(m_stationPanel);
    m_stationPrompt->setObjectName(QStringLiteral("stationPrompt"));
    m_stationPrompt->setWordWrap(true);
    stations->addWidget(m_stationPrompt);
    stations->addLayout(new QGridLayout);
    stations->addStretch();
    m_stationPanel->hide();
    layout->addWidget(m_stationPanel, 1);
}

void LoginScreen::activated()
{
    m_number->clear();
    m_pin->clear();
    m_pending = User{};
    m_pendingTenant.clear();
    m_tenantPanel->hide();
    m_stationPanel->hide();
    m_credentials->show();
    m_keypad->show();
    selectField(m_number);
    setBusy(false);
    if (context().session.stations().size() > 1) {
        const QString file = lastStationFile(context().store.path());
        context().store.post(
            this,
            [file](db::Store&) {
                QFile f(file);
                return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.read(256)).trimmed() : QString();
            },
            [this](const QString& station) { m_lastStation = station; });
    }
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
    const db::StaffPolicy policy = context().staffPolicy;
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
    const db::StaffPolicy policy = context().staffPolicy;
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
    m_pending = *user;
    m_pendingTenant.clear();
    if (user->tenantIds.size() == 1) {
        tenantChosen(user->tenantIds.front());
        return;
    }
    chooseTenant(*user);
}

void LoginScreen::tenantChosen(const QString& tenantId)
{
    m_pendingTenant = tenantId;
    if (context().session.stations().size() > 1)
        chooseStation();
    else
        startSession(QString());
}

void LoginScreen::startSession(const QString& station)
{
    const User user = m_pending;
    const QString tenant = m_pendingTenant;
    m_pending = User{};
    m_pendingTenant.clear();
    const QString tenantName = m_tenantNames.value(tenant, tenant);
    if (!station.isEmpty())
        context().feedback.accepted(tr("Working for %1 at station %2.").arg(tenantName, station));
    else if (user.tenantIds.size() > 1)
        context().feedback.accepted(tr("Working for %1.").arg(tenantName));
    else
        context().feedback.accepted(tr("Welcome, %1.").arg(user.name));
    if (!station.isEmpty() && station != m_lastStation) {
        m_lastStation = station;
        const QString file = lastStationFile(context().store.path());
        // Remembered for the next login; a kiosk that cannot write it only loses the order of the buttons.
        context().store.post(
            this,
            [file, station](db::Store&) {
                QSaveFile f(file);
                return f.open(QIODevice::WriteOnly) && f.write(station.toUtf8()) >= 0 && f.commit();
            },
            [](bool) {});
    }
    if (!context().session.start(user, tenant, station))
        context().feedback.refused(tr("Station %1 is not one of this kiosk's.").arg(station));
}

void LoginScreen::chooseStation()
{
    m_credentials->hide();
    m_keypad->hide();
    m_tenantPanel->hide();
    qDeleteAll(m_stationButtons);
    m_stationButtons.clear();
    m_stationPrompt->setText(tr("Welcome, %1. At which station do you work now?").arg(m_pending.name));
    // The last station used here first: most often the worker stands where the one before them stood.
    QStringList stations = context().session.stations();
    if (stations.removeOne(m_lastStation))
        stations.prepend(m_lastStation);
    auto* grid = static_cast<QGridLayout*>(m_stationPanel->layout()->itemAt(1)->layout());
    for (const QString& station : std::as_const(stations)) {
        const bool last = station == m_lastStation;
        auto* button =
            new QPushButton(last ? tr("%1 (last used here)").arg(station) : station, m_stationPanel);
        button->setObjectName(QStringLiteral("stationButton_") + station);
        button->setAccessibleName(tr("Work at station %1").arg(station));
        button->setFocusPolicy(Qt::NoFocus);
        // The kiosk's style sheet sets a button's min-height, which wins over setMinimumHeight(): a big
        // target is asked for in the style sheet too (80 px of content, 96 px with padding and border).
        button->setStyleSheet(
            last ? QStringLiteral("min-height: 80px; font-weight: bold; border: 4px solid #1e7b34;")
                 : QStringLiteral("min-height: 80px;"));
        connect(button, &QPushButton::clicked, this, [this, station] {
            if (m_pending.id.isEmpty())
                return;
            m_stationPanel->hide();
            startSession(station);
        });
        const int index = int(m_stationButtons.size());
        grid->addWidget(button, index / 3, index % 3);
        m_stationButtons.append(button);
    }
    m_stationPanel->show();
}

void LoginScreen::chooseTenant(const User& user)
{
    m_pending = user;
    m_credentials->hide();
    m_keypad->hide();
    m_stationPanel->hide();
    qDeleteAll(m_tenantButtons);
    m_tenantButtons.clear();
    m_tenantPrompt->setText(tr("Welcome, %1. Which merchant do you work for now?").arg(user.name));
    auto* layout = static_cast<QVBoxLayout*>(m_tenantPanel->layout());
    for (const QString& id : user.tenantIds) {
        auto* button = new QPushButton(m_tenantNames.value(id, id), m_tenantPanel);
        button->setObjectName(QStringLiteral("tenantButton_") + id);
        button->setAccessibleName(tr("Work for %1").arg(m_tenantNames.value(id, id)));
        // 96 px in all: the kiosk's style sheet sets a button's min-height, which wins over
        // setMinimumHeight() (its figure leaves out the padding and border).
        button->setStyleSheet(QStringLiteral("min-height: 80px;"));
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, this, [this, id] {
            if (m_pending.id.isEmpty())
                return;
            m_tenantPanel->hide();
            tenantChosen(id);
        });
        layout->insertWidget(layout->count() - 1, button);
        m_tenantButtons.append(button);
    }
    m_tenantPanel->show();
}

} // namespace wh::ui
