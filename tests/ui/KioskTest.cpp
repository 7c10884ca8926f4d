// The kiosk's frame with real widgets on a real store file: login by PIN on the on-screen keypad and by
// badge scan, a wrong PIN refused in red with the tries left, the merchant chosen after login, the station
// chosen after it on a kiosk that serves several, the home screen showing the role's tasks, logout by button
// and after idling, the scan field keeping the focus, and kiosk mode refusing to close.
#include "DemoScannerPanel.h"
#include "Feedback.h"
#include "HomeScreen.h"
#include "KioskWindow.h"
#include "LoginScreen.h"
#include "Session.h"
#include "StaffDirectory.h"
#include "StoreWorker.h"

#include "DemoData.h"
#include "TestSupport.h"
#include "TryMacros.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace wh;

namespace {


// A workflow screen that only has a name: the frame's tests need screens to go to.
struct PlainScreen : ui::Screen
{
    PlainScreen(ui::KioskContext& c, QString name)
        : ui::Screen(c)
        , m_name(std::move(name))
    {}
    QString title() const override { return m_name; }
    QString m_name;
};

struct KioskFixture
{
    test::StoreFixture f;
    std::unique_ptr<ui::StoreWorker> worker;
    std::unique_ptr<ui::KioskWindow> kiosk;

    explicit KioskFixture(const QStringList& stations = {QStringLiteral("station-1")})
    {
        WH_REQUIRE_OK(db::DemoData::seedIfEmpty(f.store()));
        db::StaffDirectory staff(f.store().connection(), f.clock(), test::fastStaffPolicy());
        WH_REQUIRE_OK(staff.save(User{QStringLiteral("1001"), QStringLiteral("Pia Picker"), Role::Picker,
                                      {QStringLiteral("acme")}},
                                 QStringLiteral("4711"), QStringLiteral("BADGE-1001")));
        WH_REQUIRE_OK(staff.save(User{QStringLiteral("9001"), QStringLiteral("Sam Supervisor"), Role::Supervisor,
                                      {QStringLiteral("acme"), QStringLiteral("globex")}},
                                 QStringLiteral("9999"), QStringLiteral("BADGE-9001")));
        auto opened = ui::StoreWorker::open(f.path(), &f.clock());
        WH_REQUIRE_OK(opened);
        worker = std::move(*opened);
        kiosk = std::make_unique<ui::KioskWindow>(*worker, stations);
        kiosk->setStaffPolicy(test::fastStaffPolicy());
        // Two workflow screens stand in for the real ones: the home screen offers what the role may do.
        kiosk->setWorkflowScreens([](ui::KioskWindow& window) {
            for (const auto& [name, permission] : {std::pair{QStringLiteral("pick"), Permission::Pick},
                                                   std::pair{QStringLiteral("pack"), Permission::Pack}})
                window.addScreen(name, new PlainScreen(window.context(), name), ui::KioskTask{name, name, permission});
        });
        kiosk->resize(1024, 700);
        kiosk->show();
        REQUIRE(QTest::qWaitForWindowExposed(kiosk.get()));
    }

    template <typename T> T* find(const QString& name)
    {
        auto* w = kiosk->findChild<T*>(name);
        REQUIRE(w);
        return w;
    }
    void click(const QString& name)
    {
        auto* b = find<QPushButton>(name);
        // A button added to a shown layout is shown on the next pass of the event loop.
        WH_TRY_VERIFY(b->isVisible());
        QTest::mouseClick(b, Qt::LeftButton);
    }
    void typeOnKeypad(const QString& digits)
    {
        for (const QChar d : digits)
            click(QStringLiteral("keypad_") + d);
    }
    void scan(const QString& text)
    {
        auto* input = find<QLineEdit>(QStringLiteral("scanInput"));
        QTest::keyClicks(input, text);
        QTest::keyClick(input, Qt::Key_Return);
    }
    QString banner() { return find<ui::Feedback>(QStringLiteral("feedbackBanner"))->text(); }
    ui::Feedback::Tone tone() { return kiosk->feedback().lastTone(); }
};

} // namespace

TEST_CASE("log in with staff number and PIN on the keypad - the home screen shows the role's tasks",
          "[ui][kiosk]")
{
    KioskFixture k;
    CHECK(k.kiosk->currentScreenName() == QStringLiteral("login"));
    CHECK_FALSE(k.find<QPushButton>(QStringLiteral("logoutButton"))->isVisible());
    k.typeOnKeypad(QStringLiteral("1001"));
    k.click(QStringLiteral("keypad_enter")); // moves on to the PIN
    k.typeOnKeypad(QStringLiteral("4711"));
    CHECK(k.find<QLineEdit>(QStringLiteral("loginPin"))->echoMode() == QLineEdit::Password);
    k.click(QStringLiteral("loginButton"));
    WH_TRY_COMPARE(k.kiosk->currentScreenName(), QStringLiteral("home"));
    CHECK(k.tone() == ui::Feedback::Tone::Accepted);
    CHECK(k.banner() == QStringLiteral("Welcome, Pia Picker."));
    CHECK(k.kiosk->session().actor().userId == QStringLiteral("1001"));
    CHECK(k.kiosk->session().actor().deviceId == QStringLiteral("station-1"));
    CHECK(k.kiosk->session().tenantId() == QStringLiteral("acme"));
    // A picker picks; packing is not theirs.
    CHECK(k.kiosk->homeScreen().visibleTasks() == QStringList{QStringLiteral("pick")});
    CHECK(k.find<QLabel>(QStringLiteral("sessionLabel"))->text().contains(QStringLiteral("Pia Picker")));
    k.click(QStringLiteral("task_pick"));
    CHECK(k.kiosk->currentScreenName() == QStringLiteral("pick"));
    k.click(QStringLiteral("homeButton"));
    CHECK(k.kiosk->currentScreenName() == QStringLiteral("home"));
    k.click(QStringLiteral("logoutButton"));
    CHECK(k.kiosk->currentScreenName() == QStringLiteral("login"));
    CHECK_FALSE(k.kiosk->session().active());
    CHECK(k.tone() == ui::Feedback::Tone::Info);
}

TEST_CASE("a wrong PIN is refused in red with the tries left - the staff number stays", "[ui][kiosk]")
{
    KioskFixture k;
    k.typeOnKeypad(QStringLiteral("1001"));
    k.click(QStringLiteral("loginPinSelect"));
    k.typeOnKeypad(QStringLiteral("0000"));
    k.click(QStringLiteral("loginButton"));
    WH_TRY_COMPARE(k.tone(), ui::Feedback::Tone::Refused);
    CHECK(k.banner() == QStringLiteral("Wrong PIN. 4 tries left."));
    CHECK(k.find<ui::Feedback>(QStringLiteral("feedbackBanner"))->property("tone").toString() ==
          QStringLiteral("refused"));
    CHECK(k.kiosk->currentScreenName() == QStringLiteral("login"));
    CHECK(k.find<QLineEdit>(QStringLiteral("loginNumber"))->text() == QStringLiteral("1001"));
    CHECK(k.find<QLineEdit>(QStringLiteral("loginPin"))->text().isEmpty());

    // Nothing entered: said so, nothing checked.
    k.click(QStringLiteral("keypad_clear"));
    k.click(QStringLiteral("loginNumberSelect"));
    k.click(QStringLiteral("keypad_clear"));
    k.click(QStringLiteral("loginButton"));
    CHECK(k.banner() == QStringLiteral("Enter your staff number first."));
}

TEST_CASE("a badge scan logs in - someone who works for two merchants chooses one", "[ui][kiosk]")
{
    KioskFixture k;
    k.scan(QStringLiteral("BADGE-4242"));
    WH_TRY_COMPARE(k.tone(), ui::Feedback::Tone::Refused);
    CHECK(k.banner() == QStringLiteral("This badge is not registered here."));

    k.scan(QStringLiteral("BADGE-9001"));
    WH_TRY_VERIFY(k.kiosk->findChild<QPushButton*>(QStringLiteral("tenantButton_globex")));
    CHECK(k.kiosk->currentScreenName() == QStringLiteral("login"));
    auto* globex = k.find<QPushButton>(QStringLiteral("tenantButton_globex"));
    CHECK(globex->text() == QStringLiteral("Globex Health"));
    WH_TRY_VERIFY(globex->isVisible());
    CHECK(globex->height() >= 96); // a primary choice: larger than the 48 px floor
    k.click(QStringLiteral("tenantButton_globex"));
    CHECK(k.kiosk->currentScreenName() == QStringLiteral("home"));
    CHECK(k.kiosk->session().tenantId() == QStringLiteral("globex"));
    CHECK(k.kiosk->session().actor().role == Role::Supervisor);
    CHECK(k.kiosk->homeScreen().visibleTasks() == (QStringList{QStringLiteral("pick"), QStringLiteral("pack")}));
}

TEST_CASE("a kiosk of one station asks no station at login - its station is the session's",
          "[ui][kiosk][station]")
{
    KioskFixture k;
    CHECK(k.find<QLabel>(QStringLiteral("sessionLabel"))->text() == QStringLiteral("Station station-1"));
    k.scan(QStringLiteral("BADGE-1001"));
    WH_TRY_COMPARE(k.kiosk->currentScreenName(), QStringLiteral("home"));
    CHECK(
        k.kiosk->findChildren<QPushButton*>(QRegularExpression(QStringLiteral("^stationButton_"))).isEmpty());
    CHECK(k.kiosk->session().station() == QStringLiteral("station-1"));
    CHECK(k.kiosk->session().actor().deviceId == QStringLiteral("station-1"));
    CHECK(k.find<QLabel>(QStringLiteral("sessionLabel"))->text().endsWith(QStringLiteral(" at station-1")));
    CHECK(k.banner() == QStringLiteral("Welcome, Pia Picker."));
}

TEST_CASE(
    "a kiosk of two stations asks which one at login - the header, the session and the next login know it",
    "[ui][kiosk][station]")
{
    KioskFixture k({QStringLiteral("pack-1"), QStringLiteral("pack-2")});
    auto* header = k.find<QLabel>(QStringLiteral("sessionLabel"));
    CHECK(header->text() == QStringLiteral("Stations pack-1, pack-2"));
    CHECK(k.kiosk->session().station().isEmpty());

    // One merchant: the station is the only question.
    k.scan(QStringLiteral("BADGE-1001"));
    WH_TRY_VERIFY(k.kiosk->findChild<QPushButton*>(QStringLiteral("stationButton_pack-2")) &&
                  k.kiosk->findChild<QPushButton*>(QStringLiteral("stationButton_pack-2"))->isVisible());
    CHECK(k.kiosk->currentScreenName() == QStringLiteral("login"));
    CHECK_FALSE(k.kiosk->session().active());
    for (const QString& station : {QStringLiteral("pack-1"), QStringLiteral("pack-2")}) {
        auto* button = k.find<QPushButton>(QStringLiteral("stationButton_") + station);
        CHECK(button->text() == station);
        CHECK(button->accessibleName() == QStringLiteral("Work at station ") + station);
        CHECK(button->height() >= 90); // a big target, as the merchant's
        CHECK(button->focusPolicy() == Qt::NoFocus);
    }
    k.click(QStringLiteral("stationButton_pack-2"));
    WH_TRY_COMPARE(k.kiosk->currentScreenName(), QStringLiteral("home"));
    CHECK(k.kiosk->session().station() == QStringLiteral("pack-2"));
    CHECK(k.kiosk->session().actor().deviceId == QStringLiteral("pack-2"));
    CHECK(k.kiosk->session().tenantId() == QStringLiteral("acme"));
    CHECK(header->text().endsWith(QStringLiteral(" at pack-2")));
    CHECK(k.tone() == ui::Feedback::Tone::Accepted);
    CHECK(k.banner().endsWith(QStringLiteral(" at station pack-2.")));

    // Logged out, the header lists the stations again; the kiosk remembers the last one beside the store.
    k.click(QStringLiteral("logoutButton"));
    WH_TRY_COMPARE(k.kiosk->currentScreenName(), QStringLiteral("login"));
    CHECK(header->text() == QStringLiteral("Stations pack-1, pack-2"));
    CHECK(k.kiosk->session().station().isEmpty());
    QFile remembered(QDir(k.f.dirPath()).filePath(QStringLiteral("last-station")));
    WH_TRY_VERIFY(remembered.exists());

    // Two merchants: the merchant first, then the station, the last one used here first and marked.
    k.scan(QStringLiteral("BADGE-9001"));
    WH_TRY_VERIFY(k.kiosk->findChild<QPushButton*>(QStringLiteral("tenantButton_globex")) &&
                  k.kiosk->findChild<QPushButton*>(QStringLiteral("tenantButton_globex"))->isVisible());
    CHECK_FALSE(k.find<QWidget>(QStringLiteral("stationPanel"))->isVisible());
    k.click(QStringLiteral("tenantButton_globex"));
    WH_TRY_VERIFY(k.find<QWidget>(QStringLiteral("stationPanel"))->isVisible());
    CHECK(k.kiosk->currentScreenName() == QStringLiteral("login"));
    auto* last = k.find<QPushButton>(QStringLiteral("stationButton_pack-2"));
    auto* other = k.find<QPushButton>(QStringLiteral("stationButton_pack-1"));
    WH_TRY_VERIFY(last->isVisible() && other->isVisible());
    CHECK(last->text() == QStringLiteral("pack-2 (last used here)"));
    CHECK(other->text() == QStringLiteral("pack-1"));
    CHECK(last->geometry().left() < other->geometry().left());
    k.click(QStringLiteral("stationButton_pack-1"));
    WH_TRY_COMPARE(k.kiosk->currentScreenName(), QStringLiteral("home"));
    CHECK(k.kiosk->session().tenantId() == QStringLiteral("globex"));
    CHECK(k.kiosk->session().station() == QStringLiteral("pack-1"));
    CHECK(k.kiosk->session().actor().deviceId == QStringLiteral("pack-1"));
    CHECK(header->text().endsWith(QStringLiteral(" at pack-1")));
    CHECK(k.banner() == QStringLiteral("Working for Globex Health at station pack-1."));
}

TEST_CASE("nobody touching the kiosk logs the session out - any input keeps it", "[ui][kiosk]")
{
    KioskFixture k;
    k.kiosk->session().setIdleTimeoutMs(400);
    k.scan(QStringLiteral("BADGE-1001"));
    WH_TRY_COMPARE(k.kiosk->currentScreenName(), QStringLiteral("home"));
    QSignalSpy ended(&k.kiosk->session(), &ui::Session::ended);
    // Taps keep the session alive past the timeout.
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(150);
        QTest::mouseClick(k.find<QPushButton>(QStringLiteral("task_pick")), Qt::LeftButton);
        k.click(QStringLiteral("homeButton"));
    }
    CHECK(ended.isEmpty());
    WH_TRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 3000);
    CHECK(k.kiosk->currentScreenName() == QStringLiteral("login"));
    CHECK(k.banner().startsWith(QStringLiteral("Logged out after")));
    // Only the login screen shows while nobody is logged in.
    CHECK(k.kiosk->showScreen(QStringLiteral("pick")));
    CHECK(k.kiosk->currentScreenName() == QStringLiteral("login"));
}

TEST_CASE("the scan field keeps the focus - kiosk mode refuses to close until an admin allows it", "[ui][kiosk]")
{
    KioskFixture k;
    auto* input = k.find<QLineEdit>(QStringLiteral("scanInput"));
    k.kiosk->activateWindow();
    WH_TRY_VERIFY(input->hasFocus());
    k.click(QStringLiteral("keypad_5"));
    k.click(QStringLiteral("loginPinSelect"));
    WH_TRY_VERIFY(input->hasFocus());

    k.kiosk->setKioskMode(true);
    CHECK(k.kiosk->windowFlags().testFlag(Qt::FramelessWindowHint));
    CHECK_FALSE(k.kiosk->close());
    CHECK(k.tone() == ui::Feedback::Tone::Refused);
    CHECK(k.banner().contains(QStringLiteral("only an admin can close it")));
    k.kiosk->allowExit();
    CHECK(k.kiosk->close());
}

TEST_CASE("a garbled scan at login is refused with the decoder's reason", "[ui][kiosk]")
{
    KioskFixture k;
    k.scan(QStringLiteral("]C1")); // an AIM identifier and nothing after it
    WH_TRY_COMPARE(k.tone(), ui::Feedback::Tone::Refused);
    CHECK(k.banner().startsWith(QStringLiteral("Badge not read: ")));
    CHECK(k.kiosk->currentScreenName() == QStringLiteral("login"));
}

TEST_CASE("the demo scanner's panel offers the store's barcodes - a tap scans like a scanner", "[ui][kiosk][demo]")
{
    KioskFixture k;
    auto* panel = k.kiosk->enableDemoScanner();
    QSignalSpy refreshed(panel, &ui::DemoScannerPanel::refreshed);
    WH_TRY_VERIFY(!panel->codes().isEmpty());
    // Logged out: only badges.
    for (const db::DemoData::ScanCode& code : panel->codes())
        CHECK(code.group == QStringLiteral("badges"));
    k.click(QStringLiteral("demoScan_BADGE-1001"));
    WH_TRY_COMPARE(k.kiosk->currentScreenName(), QStringLiteral("home"));
    CHECK(k.kiosk->session().user().id == QStringLiteral("1001"));
    // Logged in for acme: its bins, items and open orders, every one a scan the decoder takes.
    WH_TRY_VERIFY(std::any_of(panel->codes().cbegin(), panel->codes().cend(),
                            [](const db::DemoData::ScanCode& c) { return c.group == QStringLiteral("orders"); }));
    QStringList groups;
    for (const db::DemoData::ScanCode& code : panel->codes()) {
        if (!groups.contains(code.group))
            groups.append(code.group);
        const devices::ScanEvent decoded = devices::ScanDecoder::decode(code.scan, k.f.clock().today());
        INFO(code.scan.toStdString());
        CHECK(decoded.ok());
        if (code.group == QStringLiteral("bins") || code.group == QStringLiteral("orders"))
            CHECK(decoded.data.startsWith(QStringLiteral("A")));
    }
    CHECK(groups == (QStringList{QStringLiteral("badges"), QStringLiteral("bins"), QStringLiteral("totes"),
                                 QStringLiteral("items"), QStringLiteral("orders"), QStringLiteral("receiving")}));
    // Empty totes for picking, named after the merchant.
    CHECK(std::any_of(panel->codes().cbegin(), panel->codes().cend(), [](const db::DemoData::ScanCode& c) {
        return c.group == QStringLiteral("totes") && c.scan == QStringLiteral("]C0ACME-TOTE-01");
    }));
    CHECK(std::any_of(panel->codes().cbegin(), panel->codes().cend(), [](const db::DemoData::ScanCode& c) {
        return c.scan == QStringLiteral("]C0ACME-SO-5001");
    }));
}

TEST_CASE("the demo scanner gives lot-tracked items their lot and expiry as GS1 data", "[ui][kiosk][demo]")
{
    KioskFixture k;
    k.scan(QStringLiteral("BADGE-9001"));
    WH_TRY_VERIFY(k.kiosk->findChild<QPushButton*>(QStringLiteral("tenantButton_globex")));
    k.click(QStringLiteral("tenantButton_globex"));
    auto* panel = k.kiosk->enableDemoScanner();
    WH_TRY_VERIFY(std::any_of(panel->codes().cbegin(), panel->codes().cend(),
                            [](const db::DemoData::ScanCode& c) { return c.group == QStringLiteral("items"); }));
    int lots = 0;
    for (const db::DemoData::ScanCode& code : panel->codes()) {
        if (code.group != QStringLiteral("items"))
            continue;
        const devices::ScanEvent decoded = devices::ScanDecoder::decode(code.scan, k.f.clock().today());
        REQUIRE(decoded.ok());
        CHECK(decoded.gs1);
        const auto has = [&](const char* ai) {
            return std::any_of(decoded.elements.cbegin(), decoded.elements.cend(),
                               [&](const devices::Gs1Element& e) { return e.ai == QLatin1String(ai); });
        };
        if (!has("10"))
            continue;
        ++lots;
        CHECK(has("17"));
    }
    CHECK(lots >= 5);
}

TEST_CASE("the language is chosen at login: the screens are built anew in German and back in English",
          "[ui][kiosk][i18n]")
{
    KioskFixture k;
    CHECK(k.kiosk->language() == QStringLiteral("en"));
    CHECK(k.find<QPushButton>(QStringLiteral("loginButton"))->text() == QStringLiteral("Log in"));
    k.click(QStringLiteral("language_de"));
    WH_TRY_COMPARE(k.kiosk->language(), QStringLiteral("de"));
    CHECK(k.kiosk->currentScreenName() == QStringLiteral("login"));
    WH_TRY_COMPARE(k.find<QPushButton>(QStringLiteral("loginButton"))->text(), QStringLiteral("Anmelden"));
    CHECK(k.banner() == QStringLiteral("Der Kiosk spricht jetzt Deutsch."));
    CHECK(k.find<QPushButton>(QStringLiteral("logoutButton"))->text() == QStringLiteral("Abmelden"));
    // The workflow screens were built anew too, and a login still works (the PIN policy carried over).
    CHECK(k.kiosk->screen(QStringLiteral("pick")));
    k.kiosk->setStaffPolicy(test::fastStaffPolicy());
    k.typeOnKeypad(QStringLiteral("1001"));
    k.click(QStringLiteral("keypad_enter"));
    k.typeOnKeypad(QStringLiteral("4711"));
    k.click(QStringLiteral("loginButton"));
    WH_TRY_COMPARE(k.kiosk->currentScreenName(), QStringLiteral("home"));
    CHECK(k.banner() == QStringLiteral("Willkommen, Pia Picker."));
    // German plurals: one minute, not "Minute(n)".
    k.kiosk->session().setIdleTimeoutMs(60'000);
    k.kiosk->session().end(ui::Session::tr("Logged out after %n minute(s) without use.", "", 1));
    CHECK(k.banner() == QStringLiteral("Nach 1 Minute ohne Nutzung abgemeldet."));
    k.click(QStringLiteral("language_en"));
    WH_TRY_COMPARE(k.find<QPushButton>(QStringLiteral("loginButton"))->text(), QStringLiteral("Log in"));
    CHECK(k.banner() == QStringLiteral("The kiosk speaks English now."));
    CHECK(ui::Session::tr("Logged out after %n minute(s) without use.", "", 2) ==
          QStringLiteral("Logged out after 2 minutes without use."));
}

TEST_CASE("touch targets - the keypad's keys and the home screen's tasks are as large as the floor rules say",
          "[ui][kiosk]")
{
    KioskFixture k;
    auto* five = k.find<QPushButton>(QStringLiteral("keypad_5"));
    CHECK(five->height() >= 72);
    CHECK(five->width() >= 96);
    k.scan(QStringLiteral("BADGE-1001"));
    WH_TRY_COMPARE(k.kiosk->currentScreenName(), QStringLiteral("home"));
    auto* pick = k.find<QPushButton>(QStringLiteral("task_pick"));
    WH_TRY_VERIFY(pick->isVisible());
    WH_TRY_VERIFY(pick->height() >= 112);
    CHECK(pick->width() >= 220);
    // Every visible button of the frame and the login screen is at least 48 px both ways.
    for (QPushButton* b : k.kiosk->findChildren<QPushButton*>())
        if (b->isVisible()) {
            INFO(b->objectName().toStdString());
            CHECK(b->height() >= 48);
            CHECK(b->width() >= 48);
        }
}
