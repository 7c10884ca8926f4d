// Pictures of the kiosk's main screens, as the appliance builds it (addWorkflowScreens) at 1280 x 800 on a
// real store with the demo warehouse, logged in as a supervisor so every task shows. Each screen is given
// some realistic content first (a started pick, a looked-up SKU, a dock and an ASN) and grabbed into a PNG.
// WH_SCREENSHOT_DIR names the folder to write to (the README's pictures come from docs/screenshots);
// without it the pictures go to a temporary folder and only their checks count.
#include "Feedback.h"
#include "KioskScreens.h"
#include "KioskWindow.h"
#include "OutboxMonitor.h"
#include "Session.h"
#include "StaffDirectory.h"
#include "StoreWorker.h"
#include "SyncScreen.h"

#include "DemoData.h"
#include "TestSupport.h"
#include "TryMacros.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

#include <functional>

using namespace wh;

namespace {

const QSize kScreenSize(1280, 800);

db::StaffPolicy fastPolicy()
{
    db::StaffPolicy p;
    p.opsLimit = crypto_pwhash_OPSLIMIT_MIN;
    p.memLimit = crypto_pwhash_MEMLIMIT_MIN;
    return p;
}

struct ScreenshotFixture
{
    test::StoreFixture f;
    std::unique_ptr<ui::StoreWorker> worker;
    std::unique_ptr<sync::OutboxMonitor> monitor;
    std::unique_ptr<ui::KioskWindow> kiosk;

    ScreenshotFixture()
    {
        WH_REQUIRE_OK(db::DemoData::seedIfEmpty(f.store()));
        db::StaffDirectory staff(f.store().connection(), f.clock(), fastPolicy());
        WH_REQUIRE_OK(staff.save(User{QStringLiteral("9001"),
                                      QStringLiteral("Sam Supervisor"),
                                      Role::Supervisor,
                                      {QStringLiteral("acme"), QStringLiteral("globex")}},
                                 QStringLiteral("9999"), QStringLiteral("BADGE-9001")));
        auto opened = ui::StoreWorker::open(f.path(), &f.clock());
        WH_REQUIRE_OK(opened);
        worker = std::move(*opened);
        // No broker, as in the demo: the outbox monitor reports the backlog to the header and the sync
        // screen.
        monitor = std::make_unique<sync::OutboxMonitor>(f.store(), nullptr);
        kiosk = std::make_unique<ui::KioskWindow>(*worker, QStringLiteral("station-1"));
        kiosk->setStaffPolicy(fastPolicy());
        kiosk->setServices(ui::KioskServices{nullptr, {}, nullptr, monitor.get(), {}});
        kiosk->setWorkflowScreens(ui::addWorkflowScreens);
        QObject::connect(monitor.get(), &sync::OutboxMonitor::statusChanged, kiosk.get(),
                         &ui::KioskWindow::showSyncStatus);
        kiosk->resize(kScreenSize);
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
        WH_TRY_VERIFY(b->isVisible());
        WH_TRY_VERIFY(b->isEnabled());
        QTest::mouseClick(b, Qt::LeftButton);
    }
    void scan(const QString& text)
    {
        kiosk->feedback().clearMessage();
        auto* input = find<QLineEdit>(QStringLiteral("scanInput"));
        QTest::keyClicks(input, text);
        QTest::keyClick(input, Qt::Key_Return);
    }
    QString banner() { return find<ui::Feedback>(QStringLiteral("feedbackBanner"))->text(); }
    // The maintenance screen is an admin's: the supervisor hands over to the demo's admin.
    void asAdmin()
    {
        kiosk->session().start(User{QStringLiteral("9901"), QStringLiteral("Ada Admin"), Role::Admin,
                                    {QStringLiteral("acme"), QStringLiteral("globex")}},
                               QStringLiteral("acme"));
        WH_TRY_COMPARE(kiosk->currentScreenName(), QStringLiteral("home"));
    }
    void open(const QString& task)
    {
        kiosk->feedback().clearMessage(); // the banner of the screen before is not this screen's
        if (kiosk->currentScreenName() != QStringLiteral("home"))
            click(QStringLiteral("homeButton"));
        WH_TRY_COMPARE(kiosk->currentScreenName(), QStringLiteral("home"));
        click(QStringLiteral("task_") + task);
        WH_TRY_COMPARE(kiosk->currentScreenName(), task);
    }
};

// Grabs the whole window into `dir`/`name`.png and checks the picture: the window's size, not blank.
void shoot(ScreenshotFixture& s, const QDir& dir, const QString& name)
{
    const QPixmap pixmap = s.kiosk->grab();
    INFO("screen " << name.toStdString());
    REQUIRE_FALSE(pixmap.isNull());
    const QImage image = pixmap.toImage();
    CHECK(image.size() == s.kiosk->size() * pixmap.devicePixelRatio());
    // Not one colour all over: something was drawn.
    const QRgb first = image.pixel(0, 0);
    bool drawn = false;
    for (int y = 0; y < image.height() && !drawn; y += 7)
        for (int x = 0; x < image.width() && !drawn; x += 7)
            drawn = image.pixel(x, y) != first;
    CHECK(drawn);
    const QString path = dir.filePath(name + QStringLiteral(".png"));
    REQUIRE(image.save(path, "PNG", 0)); // lossless, compressed hardest: the pictures are kept in git
    CHECK(QFileInfo(path).size() > 0);
}

// Logs in as the supervisor and shows every main screen in turn with some content, calling `atScreen` on
// each once it has settled.
void visitMainScreens(ScreenshotFixture& s, const std::function<void(const QString&)>& atScreen)
{
    const auto settled = [&](const QString& name) {
        // Back to the floor's size (the window grows when a screen needs more: never smaller than its
        // minimum), then let the last answers and layouts settle.
        s.kiosk->resize(kScreenSize);
        QTest::qWait(50);
        QApplication::processEvents();
        atScreen(name);
    };
    s.monitor->poll();
    REQUIRE(s.kiosk->currentScreenName() == QStringLiteral("login"));
    settled(QStringLiteral("login"));

    // A badge scan; the supervisor works for two merchants and chooses one.
    s.scan(QStringLiteral("BADGE-9001"));
    WH_TRY_VERIFY(s.kiosk->findChild<QPushButton*>(QStringLiteral("tenantButton_acme")));
    s.click(QStringLiteral("tenantButton_acme"));
    WH_TRY_COMPARE(s.kiosk->currentScreenName(), QStringLiteral("home"));
    CHECK(s.find<QLabel>(QStringLiteral("sessionLabel"))->text().contains(QStringLiteral("Sam Supervisor")));
    settled(QStringLiteral("home"));

    // Pick: Start picking releases the paid orders and shows the first stop's bin.
    s.open(QStringLiteral("pick"));
    s.click(QStringLiteral("pickStartButton"));
    WH_TRY_COMPARE(s.find<QStackedWidget>(QStringLiteral("pickPages"))->currentWidget()->objectName(),
                   QStringLiteral("pickStopPage"));
    WH_TRY_VERIFY(!s.find<QLabel>(QStringLiteral("pickBinLabel"))->text().isEmpty());
    settled(QStringLiteral("pick"));

    s.open(QStringLiteral("pack"));
    settled(QStringLiteral("pack"));

    // Receive: the dock and the ASN scanned, ready to open the receipt.
    s.open(QStringLiteral("receive"));
    s.scan(QStringLiteral("A-RCV"));
    WH_TRY_COMPARE(s.find<QLabel>(QStringLiteral("receiveDockLabel"))->text(), QStringLiteral("Dock: A-RCV"));
    s.scan(QStringLiteral("ACME-ASN-1"));
    WH_TRY_COMPARE(s.find<QLineEdit>(QStringLiteral("receiveAsnInput"))->text(),
                   QStringLiteral("ACME-ASN-1"));
    WH_TRY_VERIFY(!s.find<QLabel>(QStringLiteral("receiveAsnInfo"))->text().isEmpty());
    settled(QStringLiteral("receive"));

    // Look-up: every bin holding a SKU.
    s.open(QStringLiteral("lookup"));
    s.scan(QStringLiteral("ACME-1002"));
    WH_TRY_VERIFY(
        s.find<QLabel>(QStringLiteral("lookupSummary"))->text().startsWith(QStringLiteral("SKU ACME-1002")));
    settled(QStringLiteral("lookup"));

    for (const char* name : {"count", "returns", "supervisor", "alerts", "devices"}) {
        const QString screen = QString::fromLatin1(name);
        s.open(screen);
        settled(screen);
    }

    // Sync: ten minutes offline on the test's clock, a delivery received each minute, so the backlog grows
    // and the chart has its history.
    s.open(QStringLiteral("sync"));
    auto* sync = static_cast<ui::SyncScreen*>(s.kiosk->screen(QStringLiteral("sync")));
    for (int minute = 0; minute < 10; ++minute) {
        s.f.clock().advanceMs(60'000);
        WH_REQUIRE_OK(
            s.f.store().receive(TenantContext(QStringLiteral("acme")), s.f.actor(),
                                {QStringLiteral("ACME-1001"), QStringLiteral("A-01-01"), {}, {}, 5}));
        s.monitor->poll();
    }
    CHECK(sync->chart().samples().size() >= 10);
    WH_TRY_VERIFY(!s.find<QLabel>(QStringLiteral("syncBacklogLabel"))->text().isEmpty());
    settled(QStringLiteral("sync"));

    // Maintenance, an admin's: the event log checked.
    s.asAdmin();
    s.open(QStringLiteral("maintenance"));
    s.click(QStringLiteral("maintenanceVerifyButton"));
    WH_TRY_VERIFY_WITH_TIMEOUT(
        s.find<QLabel>(QStringLiteral("maintenanceResult"))->text().startsWith(QStringLiteral("The event log is whole")),
        30'000);
    settled(QStringLiteral("maintenance"));
}

const QStringList kMainScreens{
    QStringLiteral("login"),  QStringLiteral("home"),    QStringLiteral("pick"),
    QStringLiteral("pack"),   QStringLiteral("receive"), QStringLiteral("lookup"),
    QStringLiteral("count"),  QStringLiteral("returns"), QStringLiteral("supervisor"),
    QStringLiteral("alerts"), QStringLiteral("devices"), QStringLiteral("sync"),
    QStringLiteral("maintenance")};

// What of screen `name`, on show, is larger than the floor's screen: the window (it grows when a screen
// needs more), or a page of one of the screen's stacks, out of sight now or not (a receipt's line with its
// keypad, a count, a return's inspection): its minimum size must fit the room its stack has.
QStringList oversized(ScreenshotFixture& s, const QString& name)
{
    QStringList tooBig;
    if (s.kiosk->size() != kScreenSize)
        tooBig.append(QStringLiteral("%1 (%2 x %3)").arg(name).arg(s.kiosk->width()).arg(s.kiosk->height()));
    auto* screen = s.kiosk->screen(name);
    REQUIRE(screen);
    for (auto* stack : screen->findChildren<QStackedWidget*>()) {
        if (!stack->isVisible())
            continue;
        for (int i = 0; i < stack->count(); ++i) {
            const QSize need = stack->widget(i)->minimumSizeHint();
            if (need.width() > stack->width() || need.height() > stack->height())
                tooBig.append(QStringLiteral("%1's page %2 (needs %3 x %4, has %5 x %6)")
                                  .arg(name, stack->widget(i)->objectName())
                                  .arg(need.width())
                                  .arg(need.height())
                                  .arg(stack->width())
                                  .arg(stack->height()));
        }
    }
    return tooBig;
}

} // namespace

TEST_CASE("every main screen of the kiosk is grabbed into a PNG", "[ui][screenshots]")
{
    QTemporaryDir scratch;
    REQUIRE(scratch.isValid());
    const QString wanted = qEnvironmentVariable("WH_SCREENSHOT_DIR");
    QDir dir(wanted.isEmpty() ? scratch.path() : wanted);
    REQUIRE(dir.mkpath(QStringLiteral(".")));

    ScreenshotFixture s;
    QStringList shot;
    visitMainScreens(s, [&](const QString& name) {
        shoot(s, dir, name);
        shot.append(name);
    });
    CHECK(shot == kMainScreens);
}

// The floor's screens are 1280 x 800: every main screen fits, and so does every page of a screen that has
// several (a receipt's line with its keypad, a count, a return's inspection), though the tour shows only the
// first: each page's minimum size fits the room its stack has on the floor's screen.
TEST_CASE("every main screen of the kiosk fits 1280 x 800", "[ui][screenshots]")
{
    ScreenshotFixture s;
    QStringList tooBig;
    visitMainScreens(s, [&](const QString& name) {
        tooBig.append(oversized(s, name));
    });
    INFO("too large for 1280 x 800: " << tooBig.join(QStringLiteral(", ")).toStdString());
    CHECK(tooBig.isEmpty());
}

// German words are longer: every screen and page the supervisor can open still fits in German.
TEST_CASE("every screen of the kiosk fits 1280 x 800 in German too", "[ui][screenshots]")
{
    ScreenshotFixture s;
    s.kiosk->setLanguage(QStringLiteral("de"));
    QStringList tooBig = oversized(s, QStringLiteral("login"));
    s.scan(QStringLiteral("BADGE-9001"));
    WH_TRY_VERIFY(s.kiosk->findChild<QPushButton*>(QStringLiteral("tenantButton_acme")));
    s.click(QStringLiteral("tenantButton_acme"));
    WH_TRY_COMPARE(s.kiosk->currentScreenName(), QStringLiteral("home"));
    for (const QString& name : kMainScreens) {
        if (name == QStringLiteral("login"))
            continue;
        if (name == QStringLiteral("maintenance"))
            s.asAdmin();
        if (name != QStringLiteral("home"))
            s.open(name);
        s.kiosk->resize(kScreenSize);
        QTest::qWait(50);
        QApplication::processEvents();
        tooBig.append(oversized(s, name));
    }
    INFO("too large for 1280 x 800 in German: " << tooBig.join(QStringLiteral(", ")).toStdString());
    CHECK(tooBig.isEmpty());
}
