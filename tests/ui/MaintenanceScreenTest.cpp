// The maintenance screen with a real store: the event log checked and the projections rebuilt on a store
// worker of the screen's own, with their progress, their result in plain words, and a tampered log named.
#include "Feedback.h"
#include "KioskScreens.h"
#include "KioskWindow.h"
#include "MaintenanceScreen.h"
#include "Session.h"
#include "StoreWorker.h"

#include "DemoData.h"
#include "TestSupport.h"
#include "TryMacros.h"

#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace wh;

namespace {

struct MaintenanceFixture
{
    test::StoreFixture f;
    std::unique_ptr<ui::StoreWorker> worker;
    std::unique_ptr<ui::KioskWindow> kiosk;
    ui::MaintenanceScreen* screen = nullptr;

    explicit MaintenanceFixture(Role role = Role::Admin)
    {
        WH_REQUIRE_OK(db::DemoData::seedIfEmpty(f.store()));
        auto opened = ui::StoreWorker::open(f.path(), &f.clock());
        WH_REQUIRE_OK(opened);
        worker = std::move(*opened);
        kiosk = std::make_unique<ui::KioskWindow>(*worker, QStringLiteral("station-1"));
        kiosk->setWorkflowScreens(ui::addWorkflowScreens);
        kiosk->resize(1280, 800);
        kiosk->show();
        REQUIRE(QTest::qWaitForWindowExposed(kiosk.get()));
        kiosk->session().start(User{QStringLiteral("9901"), QStringLiteral("Ada"), role, {QStringLiteral("acme")}},
                               QStringLiteral("acme"));
        screen = qobject_cast<ui::MaintenanceScreen*>(kiosk->screen(QStringLiteral("maintenance")));
        REQUIRE(screen);
    }
    template <typename T> T* find(const QString& name)
    {
        auto* w = kiosk->findChild<T*>(name);
        INFO(name.toStdString());
        REQUIRE(w);
        return w;
    }
    // Clicks `button` and waits for the job it starts to end; returns whether it found everything well.
    bool run(const QString& button)
    {
        QSignalSpy finished(screen, &ui::MaintenanceScreen::finished);
        QTest::mouseClick(find<QPushButton>(button), Qt::LeftButton);
        CHECK(screen->busy());
        CHECK_FALSE(find<QPushButton>(QStringLiteral("maintenanceVerifyButton"))->isEnabled());
        WH_TRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60'000);
        CHECK_FALSE(screen->busy());
        CHECK(find<QPushButton>(QStringLiteral("maintenanceVerifyButton"))->isEnabled());
        return finished.first().first().toBool();
    }
    QString result() { return find<QLabel>(QStringLiteral("maintenanceResult"))->text(); }
};

} // namespace

TEST_CASE("the maintenance screen checks the event log and rebuilds the projections with their progress",
          "[ui][maintenance]")
{
    MaintenanceFixture m;
    REQUIRE(m.kiosk->showScreen(QStringLiteral("maintenance")));
    const std::int64_t events = m.f.store().counts()->events;

    CHECK(m.run(QStringLiteral("maintenanceVerifyButton")));
    CHECK(m.result().startsWith(QStringLiteral("The event log is whole: %1 events checked").arg(events)));
    CHECK(m.kiosk->feedback().lastTone() == ui::Feedback::Tone::Accepted);
    auto* bar = m.find<QProgressBar>(QStringLiteral("maintenanceProgress"));
    CHECK(bar->maximum() == events);
    CHECK(bar->value() == events);

    CHECK(m.run(QStringLiteral("maintenanceRebuildButton")));
    CHECK(m.result() == QStringLiteral("%1 events replayed: every projection equals the live one.").arg(events));
    CHECK(bar->value() == events);
    // The scratch store is gone.
    CHECK(QDir(m.f.dirPath()).entryList({QStringLiteral("rebuild-check-*")}, QDir::Files).isEmpty());
}

TEST_CASE("the maintenance screen names the first broken link of a tampered log", "[ui][maintenance]")
{
    MaintenanceFixture m;
    REQUIRE(m.kiosk->showScreen(QStringLiteral("maintenance")));
    auto& c = m.f.store().connection();
    REQUIRE(c.execScript("DROP TRIGGER events_append_only_update; DROP TRIGGER events_append_only_delete;").ok());
    REQUIRE(c.execScript("UPDATE events SET payload = payload || ' ' WHERE seq = 7").ok());
    CHECK_FALSE(m.run(QStringLiteral("maintenanceVerifyButton")));
    INFO(m.result().toStdString());
    CHECK(m.result().startsWith(QStringLiteral("The event log is broken at event 7:")));
    CHECK(m.kiosk->feedback().lastTone() == ui::Feedback::Tone::Refused);
}

TEST_CASE("only a member who may run tools sees the maintenance task", "[ui][maintenance]")
{
    MaintenanceFixture admin(Role::Admin);
    REQUIRE(admin.kiosk->showScreen(QStringLiteral("home")));
    WH_TRY_VERIFY(admin.kiosk->findChild<QPushButton*>(QStringLiteral("task_maintenance")) != nullptr);
    MaintenanceFixture picker(Role::Picker);
    REQUIRE(picker.kiosk->showScreen(QStringLiteral("home")));
    QTest::qWait(50);
    CHECK(picker.kiosk->findChild<QPushButton*>(QStringLiteral("task_maintenance")) == nullptr);
}
