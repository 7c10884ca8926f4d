// One demo order from the floor's first scan to the hand-over, through the real kiosk: a picker picks it stop by
// stop into a tote on the pick screen, logs out; a packer scans it on the pack screen, packs every unit into the
// suggested carton, weighs it on the keypad, creates the shipment (label preview) and hands it over. The store
// then holds the order Shipped, and its log tells the story with both people and the station.
#include "Feedback.h"
#include "KioskScreens.h"
#include "KioskWindow.h"
#include "PackScreen.h"
#include "PickScreen.h"
#include "Session.h"
#include "StaffDirectory.h"
#include "StoreWorker.h"

#include "DemoData.h"
#include "TestSupport.h"
#include "TryMacros.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>


using namespace wh;

namespace {

const TenantContext kAcme(QStringLiteral("acme"));
const QString kOrder = QStringLiteral("ACME-SO-5001");

struct FloorFixture
{
    test::StoreFixture f;
    std::unique_ptr<ui::StoreWorker> worker;
    std::unique_ptr<ui::KioskWindow> kiosk;

    FloorFixture()
    {
        WH_REQUIRE_OK(db::DemoData::seedIfEmpty(f.store()));
        const db::StaffPolicy fast = test::fastStaffPolicy();
        db::StaffDirectory staff(f.store().connection(), f.clock(), fast);
        const QStringList acme{QStringLiteral("acme")};
        WH_REQUIRE_OK(staff.save(User{QStringLiteral("1001"), QStringLiteral("Pia Picker"), Role::Picker, acme},
                                 QStringLiteral("1111"), QStringLiteral("BADGE-1001")));
        WH_REQUIRE_OK(staff.save(User{QStringLiteral("2001"), QStringLiteral("Pat Packer"), Role::Packer, acme},
                                 QStringLiteral("2222"), QStringLiteral("BADGE-2001")));
        // A supervisor released the order for picking.
        PlanPicking plan;
        plan.orderIds = QStringList{kOrder};
        WH_REQUIRE_OK(f.store().planPicking(kAcme, f.actor(), plan));
        auto opened = ui::StoreWorker::open(f.path(), &f.clock());
        WH_REQUIRE_OK(opened);
        worker = std::move(*opened);
        kiosk = std::make_unique<ui::KioskWindow>(*worker, QStringLiteral("floor-1"));
        kiosk->setStaffPolicy(fast);
        kiosk->setWorkflowScreens(ui::addWorkflowScreens);
        kiosk->resize(1280, 800);
        kiosk->show();
        REQUIRE(QTest::qWaitForWindowExposed(kiosk.get()));
    }

    template <typename T> T* find(const QString& name, QWidget* within = nullptr)
    {
        QWidget* root = within ? within : kiosk->screen(kiosk->currentScreenName());
        T* w = root ? root->findChild<T*>(name) : nullptr;
        if (!w)
            w = kiosk->findChild<T*>(name);
        INFO(name.toStdString());
        REQUIRE(w);
        return w;
    }
    void click(const QString& name)
    {
        auto* b = find<QPushButton>(name);
        WH_TRY_VERIFY(b->isVisible() && b->isEnabled());
        QTest::mouseClick(b, Qt::LeftButton);
    }
    void scan(const QString& text)
    {
        auto* input = kiosk->findChild<QLineEdit*>(QStringLiteral("scanInput"));
        REQUIRE(input);
        QTest::keyClicks(input, text);
        QTest::keyClick(input, Qt::Key_Return);
    }
    void login(const QString& badge, const QString& task)
    {
        scan(badge);
        WH_TRY_COMPARE(kiosk->currentScreenName(), QStringLiteral("home"));
        click(QStringLiteral("task_") + task);
        REQUIRE(kiosk->currentScreenName() == task);
    }
    ui::Feedback::Tone tone() { return kiosk->feedback().lastTone(); }
    QString banner() { return kiosk->feedback().text(); }
};

} // namespace

TEST_CASE("one demo order picked - packed - labelled and handed over through the kiosk's screens", "[ui][floor]")
{
    FloorFixture k;
    auto* pick = qobject_cast<ui::PickScreen*>(k.kiosk->screen(QStringLiteral("pick")));
    REQUIRE(pick);
    k.login(QStringLiteral("BADGE-1001"), QStringLiteral("pick"));
    {
        QSignalSpy settled(pick, &ui::PickScreen::settled);
        k.click(QStringLiteral("pickStartButton"));
        WH_TRY_VERIFY(!settled.isEmpty());
    }
    REQUIRE(pick->task().has_value());
    const PickTask task = *pick->task();
    // Stop by stop: the bin the screen names, the item, a tote the first time, the quantity confirmed.
    int stops = 0;
    while (pick->task().has_value()) {
        REQUIRE(++stops <= 10);
        const QString bin = k.find<QLabel>(QStringLiteral("pickBinLabel"))->text();
        const PickTaskLine* line = nullptr;
        for (const PickTaskLine& l : task.lines)
            if (l.key.location == bin && l.picked < l.quantity)
                line = &l;
        REQUIRE(line);
        const auto answered = [&](const std::function<void()>& act) {
            QSignalSpy settled(pick, &ui::PickScreen::settled);
            act();
            WH_TRY_VERIFY(!settled.isEmpty());
            REQUIRE(k.tone() == ui::Feedback::Tone::Accepted);
        };
        answered([&] { k.scan(QStringLiteral("]C0") + bin); });
        answered([&] { k.scan(QStringLiteral("]C0") + line->key.sku); });
        if (pick->step() == ui::PickScreen::Step::Tote) {
            k.scan(QStringLiteral("]C0TOTE-1"));
            WH_TRY_COMPARE(pick->step(), ui::PickScreen::Step::Quantity);
        }
        REQUIRE(pick->step() == ui::PickScreen::Step::Quantity);
        answered([&] { k.click(QStringLiteral("pickConfirmButton")); });
    }
    CHECK(stops == int(task.lines.size()));
    CHECK(k.f.store().order(kAcme, kOrder)->status == OrderStatus::Processing);
    k.click(QStringLiteral("logoutButton"));
    REQUIRE(k.kiosk->currentScreenName() == QStringLiteral("login"));

    // The packer: the tote's order, the suggested carton, every unit scanned, the weight, the label, the hand-over.
    auto* pack = qobject_cast<ui::PackScreen*>(k.kiosk->screen(QStringLiteral("pack")));
    REQUIRE(pack);
    k.login(QStringLiteral("BADGE-2001"), QStringLiteral("pack"));
    const auto answered = [&](const std::function<void()>& act) {
        QSignalSpy shown(&k.kiosk->feedback(), &ui::Feedback::shown);
        act();
        WH_TRY_VERIFY(!shown.isEmpty());
        WH_TRY_VERIFY(!pack->busy());
        INFO(k.banner().toStdString());
        REQUIRE(k.tone() == ui::Feedback::Tone::Accepted);
    };
    answered([&] { k.scan(QStringLiteral("]C0") + kOrder); });
    REQUIRE(pack->orderId() == kOrder);
    auto suggestion = k.f.store().suggestCarton(kAcme, kOrder);
    WH_REQUIRE_OK(suggestion);
    const QString carton = suggestion->carton.code;
    CHECK(k.find<QPushButton>(QStringLiteral("packCartonButton_") + carton)->property("suggested").toBool());
    answered([&] { k.click(QStringLiteral("packCartonButton_") + carton); });
    std::int64_t grams = suggestion->carton.tareGrams;
    const Order order = *k.f.store().order(kAcme, kOrder);
    for (const OrderLine& line : order.lines) {
        grams += line.quantity * k.f.store().sku(kAcme, line.sku)->weightGrams;
        for (std::int64_t n = 0; n < line.quantity; ++n)
            answered([&] { k.scan(QStringLiteral("]C0") + line.sku); });
    }
    CHECK(grams == suggestion->expectedGrossGrams); // the scale's reading, typed in
    for (const QChar digit : QString::number(grams))
        k.click(QStringLiteral("keypad_") + digit);
    answered([&] { k.click(QStringLiteral("packCloseButton")); });
    answered([&] { k.click(QStringLiteral("packShipButton")); });
    REQUIRE_FALSE(pack->shipmentId().isEmpty());
    CHECK_FALSE(k.find<QLabel>(QStringLiteral("packLabelPreview"))->pixmap().isNull());
    answered([&] { k.click(QStringLiteral("packHandOverButton")); });
    CHECK(k.banner().startsWith(QStringLiteral("Handed over")));

    // The store: shipped, and the log names who did what where.
    CHECK(k.f.store().order(kAcme, kOrder)->status == OrderStatus::Shipped);
    QStringList story;
    for (const RecordedEvent& e : test::loggedEvents(k.f.store())) {
        if (e.aggregateId != kOrder)
            continue;
        if (e.type == EventType::StockPicked)
            CHECK(e.actor.userId == QStringLiteral("1001"));
        if (e.type == EventType::Packed || e.type == EventType::ShipmentConfirmed)
            CHECK(e.actor.userId == QStringLiteral("2001"));
        CHECK((e.actor.deviceId == QStringLiteral("floor-1") || e.actor.userId == k.f.actor().userId ||
               e.actor.userId == QStringLiteral("demo-seed")));
        if (story.isEmpty() || story.constLast() != e.type)
            story.append(e.type);
    }
    INFO(story.join(QStringLiteral(", ")).toStdString());
    for (const QString& type : {QStringLiteral("StockPicked"), QStringLiteral("Packed"),
                                QStringLiteral("ShipmentCreated"), QStringLiteral("ShipmentConfirmed")})
        CHECK(story.contains(type));
    CHECK(story.indexOf(QStringLiteral("StockPicked")) < story.indexOf(QStringLiteral("Packed")));
    CHECK(story.indexOf(QStringLiteral("Packed")) < story.indexOf(QStringLiteral("ShipmentConfirmed")));
}
