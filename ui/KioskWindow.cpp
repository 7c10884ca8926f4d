#include "KioskWindow.h"

#include "PageStack.h"

#include "DemoScannerPanel.h"
#include "Feedback.h"
#include "LoginScreen.h"
#include "OutboxMonitor.h"
#include "ScanSource.h"
#include "Session.h"
#include "StoreWorker.h"

#include <QApplication>
#include <QCloseEvent>
#include <QTranslator>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace wh::ui {

namespace {

// Large type, high contrast, nothing that needs hover: the floor's rules (docs/kiosk.md).
const char* const kStyle = R"(
QWidget { font-size: 22px; color: #111111; background: #f4f4f4; }
QLabel#screenTitle { font-size: 30px; font-weight: bold; color: #ffffff; background: transparent; }
QWidget#kioskHeader { background: #1b2a3a; }
QWidget#kioskHeader QLabel { color: #ffffff; background: transparent; }
QPushButton { font-size: 24px; min-height: 56px; min-width: 56px; padding: 6px 16px; border: 2px solid #1b2a3a;
              border-radius: 6px; background: #ffffff; }
QPushButton:pressed, QPushButton:checked { background: #1b2a3a; color: #ffffff; }
QPushButton:disabled { color: #8a8a8a; border-color: #b0b0b0; }
QLineEdit { font-size: 26px; min-height: 56px; border: 2px solid #1b2a3a; background: #ffffff; }
QLineEdit#scanInput { border: 3px solid #0050b3; }
)";

} // namespace

KioskWindow::KioskWindow(StoreWorker& store, const QString& station, QWidget* parent)
    : KioskWindow(store, QStringList{station}, parent)
{}

KioskWindow::KioskWindow(StoreWorker& store, const QStringList& stations, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(std::make_unique<Session>(stations))
{
    setObjectName(QStringLiteral("kioskWindow"));
    setStyleSheet(QString::fromLatin1(kStyle));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto* header = new QWidget(this);
    header->setObjectName(QStringLiteral("kioskHeader"));
    header->setAttribute(Qt::WA_StyledBackground);
    auto* top = new QHBoxLayout(header);
    m_homeButton = new QPushButton(header);
    m_homeButton->setObjectName(QStringLiteral("homeButton"));
    m_homeButton->setFocusPolicy(Qt::NoFocus);
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("screenTitle"));
    m_sessionLabel = new QLabel(header);
    m_sessionLabel->setObjectName(QStringLiteral("sessionLabel"));
    // Who, for whom and where can be long: the header's texts wrap onto a second line rather than widen the
    // window past the floor's screen.
    m_sessionLabel->setWordWrap(true);
    m_sessionLabel->setMinimumWidth(300);
    m_sessionLabel->setMaximumWidth(340);
    m_title->setWordWrap(true);
    m_syncLabel = new QLabel(header);
    m_syncLabel->setObjectName(QStringLiteral("syncIndicator"));
    m_syncLabel->setWordWrap(true);
    m_syncLabel->setMinimumWidth(240);
    m_syncLabel->setMaximumWidth(300);
    m_logoutButton = new QPushButton(header);
    m_logoutButton->setObjectName(QStringLiteral("logoutButton"));
    m_logoutButton->setFocusPolicy(Qt::NoFocus);
    top->addWidget(m_homeButton);
    top->addWidget(m_title, 1);
    top->addWidget(m_sessionLabel);
    top->addSpacing(24);
    top->addWidget(m_syncLabel);
    top->addSpacing(24);
    top->addWidget(m_logoutButton);
    layout->addWidget(header);

    m_body = new QHBoxLayout;
    m_stack = new PageStack(this);
    m_stack->setObjectName(QStringLiteral("screenStack"));
    m_body->addWidget(m_stack, 1);
    layout->addLayout(m_body, 1);

    m_feedback = new Feedback(this);
    layout->addWidget(m_feedback);
    connect(m_feedback, &Feedback::shown, this, [this] {
        if (!m_scanInFlight.isValid())
            return;
        const qint64 elapsed = m_scanInFlight.nsecsElapsed();
        m_scanInFlight.invalidate();
        Q_EMIT scanShown(elapsed);
    });
    m_scanInput = new QLineEdit(this);
    m_scanInput->setObjectName(QStringLiteral("scanInput"));
    layout->addWidget(m_scanInput);
    connect(m_scanInput, &QLineEdit::returnPressed, this, &KioskWindow::scanEntered);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) { keepScanFocus(now); });

    m_context = std::make_unique<KioskContext>(KioskContext{m_store, *m_session, *m_feedback, {}, {}});
    setLanguage(QStringLiteral("en")); // English's plural forms come from its translation too
    buildScreens();

    connect(m_homeButton, &QPushButton::clicked, this, [this] { showScreen(QStringLiteral("home")); });
    connect(m_logoutButton, &QPushButton::clicked, this, [this] { m_session->end(tr("Logged out.")); });
    connect(m_session.get(), &Session::started, this, [this] {
        updateHeader();
        showScreen(QStringLiteral("home"));
    });
    connect(m_session.get(), &Session::ended, this, [this](const QString& reason) {
        updateHeader();
        showScreen(QStringLiteral("login"));
        m_feedback->info(reason);
    });
    showScreen(QStringLiteral("login"));
    updateHeader();
}

KioskWindow::~KioskWindow()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator);
}

void KioskWindow::retranslateFrame()
{
    setWindowTitle(tr("Warehouse kiosk"));
    m_homeButton->setText(tr("Home"));
    m_homeButton->setAccessibleName(tr("Back to the home screen"));
    m_syncLabel->setText(tr("sync: not configured"));
    m_syncLabel->setAccessibleDescription(tr("Sync state"));
    m_logoutButton->setText(tr("Log out"));
    m_logoutButton->setAccessibleName(tr("Log out"));
    m_scanInput->setAccessibleName(tr("Scan field"));
    m_scanInput->setPlaceholderText(tr("Scan here"));
    m_feedback->setAccessibleDescription(Feedback::tr("Result of the last scan or action"));
}

void KioskWindow::buildScreens()
{
    for (Screen* screen : std::as_const(m_screens)) {
        m_stack->removeWidget(screen);
        screen->deleteLater();
    }
    m_screens.clear();
    m_tasks.clear();
    retranslateFrame();
    m_login = new LoginScreen(*m_context, this);
    // Queued: the change of language deletes the screen whose button asked for it.
    connect(m_login, &LoginScreen::languageRequested, this, &KioskWindow::setLanguage, Qt::QueuedConnection);
    m_home = new HomeScreen(*m_context, this);
    addScreen(QStringLiteral("login"), m_login);
    addScreen(QStringLiteral("home"), m_home);
    if (m_workflowFactory)
        m_workflowFactory(*this);
}

void KioskWindow::setWorkflowScreens(std::function<void(KioskWindow&)> factory)
{
    m_workflowFactory = std::move(factory);
    m_workflowFactory(*this);
}

void KioskWindow::setStaffPolicy(const db::StaffPolicy& policy)
{
    m_context->staffPolicy = policy;
}

QStringList KioskWindow::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

bool KioskWindow::setLanguage(const QString& code)
{
    if (code == m_language)
        return true;
    auto* translator = new QTranslator(this);
    if (!translator->load(QStringLiteral(":/i18n/kiosk_") + code + QStringLiteral(".qm"))) {
        delete translator;
        m_feedback->refused(tr("There is no translation for the language %1.").arg(code));
        return false;
    }
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator);
        delete m_translator;
    }
    QCoreApplication::installTranslator(translator);
    m_translator = translator;
    const bool first = m_language.isEmpty();
    m_language = code;
    if (first)
        return true; // the constructor builds the screens next
    m_session->end(tr("Language changed."));
    buildScreens();
    showScreen(QStringLiteral("login"));
    updateHeader();
    m_feedback->info(tr("The kiosk speaks English now."));
    return true;
}

Session& KioskWindow::session()
{
    return *m_session;
}

Feedback& KioskWindow::feedback()
{
    return *m_feedback;
}

void KioskWindow::addScreen(const QString& name, Screen* screen, const std::optional<KioskTask>& task)
{
    screen->setParent(m_stack);
    m_stack->addWidget(screen);
    m_screens.insert(name, screen);
    connect(screen, &Screen::navigate, this, [this](const QString& target) { showScreen(target); });
    if (task) {
        m_tasks.append(*task);
        m_home->setTasks(m_tasks);
    }
}

bool KioskWindow::showScreen(const QString& name)
{
    Screen* target = m_screens.value(name);
    if (!target)
        return false;
    if (!m_session->active() && target != m_login)
        target = m_login;
    m_stack->setCurrentWidget(target);
    m_title->setText(target->title());
    m_homeButton->setVisible(m_session->active() && target != m_home);
    target->activated();
    m_scanInput->setFocus();
    Q_EMIT screenChanged(m_screens.key(target));
    return true;
}

QString KioskWindow::currentScreenName() const
{
    return m_screens.key(static_cast<Screen*>(m_stack->currentWidget()));
}

void KioskWindow::updateHeader()
{
    const bool in = m_session->active();
    m_logoutButton->setVisible(in);
    m_sessionLabel->setText(in ? tr("%1 (%2) for %3 at %4")
                                     .arg(m_session->user().name, m_session->user().id, m_session->tenantId(),
                                          m_session->station())
                            : m_session->stations().size() == 1
                                ? tr("Station %1").arg(m_session->stations().front())
                                : tr("Stations %1").arg(m_session->stations().join(QStringLiteral(", "))));
}

void KioskWindow::scanEntered()
{
    const QString text = m_scanInput->text();
    m_scanInput->clear();
    if (text.isEmpty())
        return;
    scan(devices::ScanDecoder::decode(text, m_store.clock().today()));
}

void KioskWindow::scan(const devices::ScanEvent& event)
{
    m_scanInFlight.start();
    m_session->touch();
    if (auto* current = static_cast<Screen*>(m_stack->currentWidget()))
        current->scanned(event);
}

void KioskWindow::stationScan(const devices::StationScan& scan)
{
    this->scan(scan.event);
}

void KioskWindow::showSyncStatus(const sync::SyncStatus& status)
{
    const QString link = !status.brokerConfigured ? tr("offline (no broker)")
                         : status.link.isEmpty()  ? tr("starting")
                                                  : status.link;
    m_syncLabel->setText(tr("sync: %1, %n waiting", "", int(std::min<std::int64_t>(status.pending, INT32_MAX)))
                             .arg(link));
}

void KioskWindow::keepScanFocus(QWidget* now)
{
    if (now == m_scanInput || (now && now->property("kioskTextInput").toBool()) || !isVisible())
        return;
    // After the tap that moved it: a button press must finish first.
    QTimer::singleShot(0, this, [this] {
        QWidget* focus = QApplication::focusWidget();
        if (!focus || !focus->property("kioskTextInput").toBool())
            m_scanInput->setFocus();
    });
}

DemoScannerPanel* KioskWindow::enableDemoScanner()
{
    if (!m_demoScanner) {
        m_demoScanner = new DemoScannerPanel(*this, this);
        m_body->addWidget(m_demoScanner);
        m_demoScanner->refresh();
    }
    return m_demoScanner;
}

void KioskWindow::setKioskMode(bool on)
{
    m_kiosk = on;
    if (on) {
        setWindowFlags(Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
        showFullScreen();
    } else {
        setWindowFlags(Qt::Window);
    }
}

void KioskWindow::closeEvent(QCloseEvent* event)
{
    if (m_kiosk && !m_exitAllowed) {
        event->ignore();
        m_feedback->refused(tr("The kiosk stays open: only an admin can close it, from the supervisor screen."));
        return;
    }
    m_session->end(tr("The kiosk closed."));
    event->accept();
}

} // namespace wh::ui
