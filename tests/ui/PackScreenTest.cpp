// The Pack & ship screen with real widgets on a real store file with shipping configured and a picked order:
// the packer logs in with a badge, scans the order (or its tote), takes the suggested carton, scans the items
// in, weighs and closes the carton on the keypad, creates the shipment, sees the label, prints it (queued for
// the station's printer, or saved as PNG and PDF when there is none) and hands it over. A refused scan and a
// weight out of tolerance change nothing; a packer's reprint needs a supervisor's approval; a logout clears
// the screen and the order picks up where it stopped.
#include "PackScreen.h"
#include "Feedback.h"
#include "KioskScreens.h"
#include "KioskWindow.h"
#include "LoginScreen.h"
#include "Permissions.h"
#include "PrinterWorker.h"
#include "Session.h"
#include "SqlPrintQueue.h"
#include "StaffDirectory.h"
#include "StoreWorker.h"
#include "WeightCheck.h"

#include "TestSupport.h"
#include "TryMacros.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QFile>
#include <QTest>


using namespace wh;

namespace {

const QString kGtin = QStringLiteral("4006381333931");


struct PackFixture
{
    test::StoreFixture f;
    TenantContext acme = f.addTenant(QStringLiteral("acme"));
    std::unique_ptr<devices::PrinterWorker> printer;
    std::unique_ptr<ui::StoreWorker> worker;
    std::unique_ptr<ui::KioskWindow> kiosk;
    ui::PackScreen* pack = nullptr;

    // With a printer: a spooler that is never started, so the queued jobs stay in the store to be looked at.
    // `templates`: the operator's label template folder, as run --templates gives it.
    explicit PackFixture(bool withPrinter = false, const QString& templates = {})
    {
        db::Store& store = f.store();
        Sku kettle;
        kettle.code = QStringLiteral("ACME-SKU2");
        kettle.gtin = kGtin;
        kettle.description = QStringLiteral("Kettle");
        kettle.weightGrams = 500;
        kettle.lengthMm = 200;
        kettle.widthMm = 150;
        kettle.heightMm = 150;
        WH_REQUIRE_OK(store.defineSku(acme, f.actor(), kettle));
        Sku teapot;
        teapot.code = QStringLiteral("ACME-SKU3");
        teapot.description = QStringLiteral("Teapot");
        teapot.weightGrams = 400;
        WH_REQUIRE_OK(store.defineSku(acme, f.actor(), teapot));
        for (const QString& sku : {QStringLiteral("ACME-SKU1"), kettle.code, teapot.code})
            WH_REQUIRE_OK(store.receive(acme, f.actor(), {sku, QStringLiteral("ACME-PICK"), {}, {}, 20}));
        WH_REQUIRE_OK(test::configureShipping(store, acme, f.actor()));

        // SO-1: two of SKU1 and a kettle, reserved, planned and picked into tote TOTE-SO-1.
        Order o;
        o.id = QStringLiteral("SO-1");
        o.status = OrderStatus::Paid;
        o.lines = {OrderLine{1, QStringLiteral("ACME-SKU1"), 2, Money::fromMinor(1000)},
                   OrderLine{2, kettle.code, 1, Money::fromMinor(3000)}};
        o.service = QStringLiteral("Standard");
        o.promisedDate = f.clock().today().addDays(5);
        o.shipTo = test::testAddress(QStringLiteral("Customer of SO-1"));
        WH_REQUIRE_OK(store.reserve(acme, f.actor(), o));
        auto planned = store.planPicking(acme, f.actor(), {PickStrategy::Single, 1, {o.id}});
        WH_REQUIRE_OK(planned);
        const QString taskId = planned->events.first().aggregateId;
        auto task = store.pickTask(acme, taskId);
        WH_REQUIRE_OK(task);
        for (const PickTaskLine& l : task->lines)
            WH_REQUIRE_OK(store.confirmPick(acme, f.actor(),
                                            {taskId, l.seqNo, l.key.location,
                                             ScannedItem{l.key.sku, l.key.lot, l.expiry}, l.quantity,
                                             QStringLiteral("TOTE-SO-1")}));

        db::StaffDirectory staff(store.connection(), f.clock(), test::fastStaffPolicy());
        WH_REQUIRE_OK(staff.save(
            User{
                QStringLiteral("2001"), QStringLiteral("Pat Packer"), Role::Packer, {QStringLiteral("acme")}},
            QStringLiteral("2468"), QStringLiteral("BADGE-2001")));
        WH_REQUIRE_OK(staff.save(User{QStringLiteral("9001"),
                                      QStringLiteral("Sam Supervisor"),
                                      Role::Supervisor,
                                      {QStringLiteral("acme")}},
                                 QStringLiteral("9999"), QStringLiteral("BADGE-9001")));

        auto opened = ui::StoreWorker::open(f.path(), &f.clock());
        WH_REQUIRE_OK(opened);
        worker = std::move(*opened);
        kiosk = std::make_unique<ui::KioskWindow>(*worker, QStringLiteral("pack-1"));
        kiosk->setStaffPolicy(test::fastStaffPolicy());
        if (withPrinter) {
            devices::PrinterConfig config;
            config.name = QStringLiteral("dock-1");
            config.host = QStringLiteral("127.0.0.1");
            const QString path = f.path();
            printer = std::make_unique<devices::PrinterWorker>(
                config, devices::PrintSpooler::Options{}, [path]() -> Result<std::unique_ptr<PrintJobStore>> {
                    auto queue = db::SqlPrintQueue::open(path);
                    if (!queue)
                        return queue.error();
                    return std::unique_ptr<PrintJobStore>(std::move(*queue));
                });
        }
        ui::KioskServices services;
        if (printer)
            services.printers.append(printer.get());
        services.labelTemplates = templates;
        kiosk->setServices(services);
        ui::addWorkflowScreens(*kiosk);
        pack = qobject_cast<ui::PackScreen*>(kiosk->screen(QStringLiteral("pack")));
        REQUIRE(pack);
        kiosk->resize(1280, 800);
        kiosk->show();
        REQUIRE(QTest::qWaitForWindowExposed(kiosk.get()));
    }

    // The pack screen's own controls first: the login screen has a keypad of its own.
    template <typename T> T* find(const QString& name)
    {
        auto* w = pack->findChild<T*>(name);
        if (!w)
            w = kiosk->findChild<T*>(name);
        REQUIRE(w);
        return w;
    }
    void click(const QString& name)
    {
        auto* b = find<QPushButton>(name);
        WH_TRY_VERIFY(b->isVisible() && b->isEnabled());
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
    // A scan or a tap that goes to the store: waits for its answer on the banner and the screen's reload.
    template <typename Action> void answered(Action action)
    {
        QSignalSpy shown(&kiosk->feedback(), &ui::Feedback::shown);
        action();
        WH_TRY_VERIFY(!shown.isEmpty());
        WH_TRY_VERIFY(!pack->busy());
    }
    QString banner() { return find<ui::Feedback>(QStringLiteral("feedbackBanner"))->text(); }
    ui::Feedback::Tone tone() { return kiosk->feedback().lastTone(); }

    void loginPacker()
    {
        scan(QStringLiteral("BADGE-2001"));
        WH_TRY_COMPARE(kiosk->currentScreenName(), QStringLiteral("home"));
        CHECK(kiosk->homeScreen().visibleTasks().contains(QStringLiteral("pack")));
        click(QStringLiteral("task_pack"));
        REQUIRE(kiosk->currentScreenName() == QStringLiteral("pack"));
    }
    // Order scanned, carton M open, every item scanned in, closed at its weight: ready for the shipment.
    void packOrder(const QString& startScan)
    {
        answered([&] { scan(startScan); });
        REQUIRE(tone() == ui::Feedback::Tone::Accepted);
        REQUIRE(pack->orderId() == QStringLiteral("SO-1"));
        answered([&] { click(QStringLiteral("packCartonButton_M")); });
        REQUIRE(!pack->openCartonId().isEmpty());
        for (const QString& code : {QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-SKU1"), kGtin}) {
            answered([&] { scan(code); });
            REQUIRE(tone() == ui::Feedback::Tone::Accepted);
        }
        typeOnKeypad(QStringLiteral("1210")); // 1,200 g expected: tare 200 + 2 x 250 + 500
        answered([&] { click(QStringLiteral("packCloseButton")); });
        REQUIRE(tone() == ui::Feedback::Tone::Accepted);
        REQUIRE(pack->openCartonId().isEmpty());
    }
    QString createShipment()
    {
        answered([&] { click(QStringLiteral("packShipButton")); });
        REQUIRE(tone() == ui::Feedback::Tone::Accepted);
        auto shipment = f.store().shipmentForOrder(acme, QStringLiteral("SO-1"));
        WH_REQUIRE_OK(shipment);
        REQUIRE(pack->shipmentId() == shipment->id);
        return shipment->id;
    }
    QStringList loggedTypes()
    {
        QStringList types;
        for (const RecordedEvent& e : test::loggedEvents(f.store()))
            types.append(e.type);
        return types;
    }
    QList<PrintJob> jobs()
    {
        auto queue = db::SqlPrintQueue::open(f.path());
        REQUIRE(queue.ok());
        auto list = (*queue)->jobs(QStringLiteral("dock-1"));
        REQUIRE(list.ok());
        return *list;
    }
};

// Pixels darker than mid-grey: the label's text and bars.
int darkPixels(const QPixmap& pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_RGB32);
    int dark = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    return dark;
}

} // namespace

TEST_CASE("a packer packs and ships an order from the scan to the hand-over and the label is saved without a "
          "printer",
          "[ui][pack]")
{
    PackFixture k;
    k.loginPacker();
    CHECK(k.find<QLabel>(QStringLiteral("packOrderLabel"))->text().contains(QStringLiteral("Scan an order")));

    k.answered([&] { k.scan(QStringLiteral("SO-1")); });
    CHECK(k.tone() == ui::Feedback::Tone::Accepted);
    CHECK(k.find<QLabel>(QStringLiteral("packOrderLabel"))->text() == QStringLiteral("Order SO-1"));
    auto* remaining = k.find<QListWidget>(QStringLiteral("packRemainingView"));
    REQUIRE(remaining->count() == 2);
    CHECK(remaining->item(0)->text() == QStringLiteral("Line 1: 2 x ACME-SKU1"));
    CHECK(remaining->item(1)->text() == QStringLiteral("Line 2: 1 x ACME-SKU2"));
    // The store's suggestion for these items is M; every configured carton type can be taken.
    auto* m = k.find<QPushButton>(QStringLiteral("packCartonButton_M"));
    CHECK(m->property("suggested").toBool());
    CHECK_FALSE(k.find<QPushButton>(QStringLiteral("packCartonButton_S"))->property("suggested").toBool());
    CHECK(k.find<QPushButton>(QStringLiteral("packCartonButton_L"))->isEnabled());
    CHECK(m->minimumHeight() >= 48);
    CHECK(m->focusPolicy() == Qt::NoFocus);
    CHECK_FALSE(m->accessibleName().isEmpty());
    CHECK_FALSE(k.find<QPushButton>(QStringLiteral("packShipButton"))->isEnabled());
    CHECK_FALSE(k.find<QPushButton>(QStringLiteral("packCloseButton"))->isEnabled());

    k.answered([&] { k.click(QStringLiteral("packCartonButton_M")); });
    CHECK(k.tone() == ui::Feedback::Tone::Accepted);
    const QString carton = k.pack->openCartonId();
    REQUIRE_FALSE(carton.isEmpty());
    auto cartons = k.f.store().packCartons(k.acme, QStringLiteral("SO-1"));
    WH_REQUIRE_OK(cartons);
    REQUIRE(cartons->size() == 1);
    CHECK(cartons->first().id == carton);
    CHECK(cartons->first().type.code == QStringLiteral("M"));

    // Items in by SKU code and by GTIN; what is left shrinks with each.
    k.answered([&] { k.scan(QStringLiteral("ACME-SKU1")); });
    CHECK(k.tone() == ui::Feedback::Tone::Accepted);
    CHECK(k.find<QLabel>(QStringLiteral("packLastScanLabel"))->property("tone").toString() ==
          QStringLiteral("accepted"));
    CHECK(remaining->item(0)->text() == QStringLiteral("Line 1: 1 x ACME-SKU1"));
    k.answered([&] { k.scan(QStringLiteral("ACME-SKU1")); });
    k.answered([&] { k.scan(kGtin); });
    CHECK(k.tone() == ui::Feedback::Tone::Accepted);
    REQUIRE(remaining->count() == 1);
    CHECK(remaining->item(0)->text() == QStringLiteral("Nothing left to pack."));
    auto unpacked = k.f.store().unpacked(k.acme, QStringLiteral("SO-1"));
    WH_REQUIRE_OK(unpacked);
    CHECK(unpacked->isEmpty());

    // Weighed on the keypad and closed.
    k.typeOnKeypad(QStringLiteral("1210"));
    CHECK(k.find<QLineEdit>(QStringLiteral("packWeightInput"))->text() == QStringLiteral("1210"));
    k.answered([&] { k.click(QStringLiteral("packCloseButton")); });
    CHECK(k.tone() == ui::Feedback::Tone::Accepted);
    CHECK(k.banner().contains(QStringLiteral("The order is packed")));
    CHECK(k.loggedTypes().contains(QStringLiteral("Packed")));
    CHECK(k.find<QLabel>(QStringLiteral("packQuoteLabel"))
              ->text()
              .startsWith(QStringLiteral("Ships with UPS")));

    // The shipment and its label.
    const QString shipment = k.createShipment();
    auto* preview = k.find<QLabel>(QStringLiteral("packLabelPreview"));
    const QPixmap pixmap = preview->pixmap();
    REQUIRE_FALSE(pixmap.isNull());
    CHECK(pixmap.width() > 100);
    CHECK(darkPixels(pixmap) > 500);
    REQUIRE(k.pack->labels().size() == 1);
    auto record = k.f.store().shipment(k.acme, shipment);
    WH_REQUIRE_OK(record);
    CHECK(record->status == ShipmentStatus::Created);
    CHECK(k.find<QLabel>(QStringLiteral("packQuoteLabel"))
              ->text()
              .contains(record->packages.first().trackingNumber));

    // No printer at this station: said plainly, and the label is saved as PNG and PDF in the labels folder.
    CHECK(
        k.find<QLabel>(QStringLiteral("packPrinterLabel"))->text().startsWith(QStringLiteral("No printer")));
    k.answered([&] { k.click(QStringLiteral("packPrintButton")); });
    CHECK(k.tone() == ui::Feedback::Tone::Accepted);
    CHECK(k.banner().startsWith(QStringLiteral("No printer is attached to this station")));
    const QDir labels(QDir(k.f.dirPath()).filePath(QStringLiteral("labels")));
    CHECK(ui::PackScreen::labelFolderFor(k.f.path()) == labels.absolutePath());
    const QFileInfo pdf(labels.filePath(shipment + QStringLiteral(".pdf")));
    const QFileInfo png(labels.filePath(QStringLiteral("%1-%2.png").arg(shipment, carton)));
    REQUIRE(pdf.exists());
    REQUIRE(png.exists());
    CHECK(pdf.size() > 1000);
    QImage saved(png.filePath());
    CHECK(saved.width() == 812); // 4 in at 203 dpi
    CHECK(saved.height() == 1218);

    // The hand-over.
    CHECK_FALSE(k.find<QLabel>(QStringLiteral("packHandedOverLabel"))->isVisible());
    k.answered([&] { k.click(QStringLiteral("packHandOverButton")); });
    CHECK(k.tone() == ui::Feedback::Tone::Accepted);
    CHECK(k.banner().startsWith(QStringLiteral("Handed over")));
    auto* handed = k.find<QLabel>(QStringLiteral("packHandedOverLabel"));
    WH_TRY_VERIFY(handed->isVisible());
    CHECK(handed->text() == QStringLiteral("Handed over: order SO-1 has shipped."));
    auto order = k.f.store().order(k.acme, QStringLiteral("SO-1"));
    WH_REQUIRE_OK(order);
    CHECK(order->status == OrderStatus::Shipped);
    record = k.f.store().shipment(k.acme, shipment);
    WH_REQUIRE_OK(record);
    CHECK(record->status == ShipmentStatus::Confirmed);
    const QList<RecordedEvent> log = test::loggedEvents(k.f.store());
    const auto confirmed = std::find_if(log.begin(), log.end(), [](const RecordedEvent& e) {
        return e.type == EventType::ShipmentConfirmed;
    });
    REQUIRE(confirmed != log.end());
    CHECK(confirmed->actor.userId == QStringLiteral("2001"));
    CHECK(confirmed->actor.deviceId == QStringLiteral("pack-1"));
    CHECK_FALSE(k.find<QPushButton>(QStringLiteral("packHandOverButton"))->isEnabled());
    CHECK_FALSE(k.find<QPushButton>(QStringLiteral("packReprintButton"))->isEnabled());
}

TEST_CASE("an item the order does not hold is refused in red with the store's reason and nothing changes",
          "[ui][pack]")
{
    PackFixture k;
    k.loginPacker();
    k.answered([&] { k.scan(QStringLiteral("SO-1")); });
    k.answered([&] { k.click(QStringLiteral("packCartonButton_M")); });
    const QString carton = k.pack->openCartonId();
    REQUIRE_FALSE(carton.isEmpty());
    const PackScan extra{carton, ScannedItem{QStringLiteral("ACME-SKU3"), {}, {}}, 1};
    const Status expected = k.f.store().checkPackScan(k.acme, extra);
    REQUIRE_FALSE(expected.ok());
    CHECK(expected.error().code == ErrorCode::NotInOrder);
    const QString before = test::dumpDatabase(k.f.store().connection());

    k.answered([&] { k.scan(QStringLiteral("ACME-SKU3")); });
    CHECK(k.tone() == ui::Feedback::Tone::Refused);
    CHECK(k.banner() == expected.error().message);
    auto* last = k.find<QLabel>(QStringLiteral("packLastScanLabel"));
    CHECK(last->property("tone").toString() == QStringLiteral("refused"));
    CHECK(last->text() == expected.error().message);
    CHECK(test::dumpDatabase(k.f.store().connection()) == before);
    CHECK(k.find<QListWidget>(QStringLiteral("packRemainingView"))->count() == 2);

    // A code that is neither order nor tote, before any order: the screen says what to scan.
    k.click(QStringLiteral("packNewOrderButton"));
    k.answered([&] { k.scan(QStringLiteral("NO-SUCH-THING")); });
    CHECK(k.tone() == ui::Feedback::Tone::Refused);
    CHECK(k.banner().contains(QStringLiteral("neither an order nor a tote")));
    CHECK(k.pack->orderId().isEmpty());
    CHECK(test::dumpDatabase(k.f.store().connection()) == before);

    // An order reserved but not picked: shown, but no carton opens for it, in the store's words.
    Order unpicked;
    unpicked.id = QStringLiteral("SO-2");
    unpicked.status = OrderStatus::Paid;
    unpicked.lines = {OrderLine{1, QStringLiteral("ACME-SKU3"), 1, Money::fromMinor(2000)}};
    unpicked.service = QStringLiteral("Standard");
    unpicked.shipTo = test::testAddress(QStringLiteral("Customer of SO-2"));
    WH_REQUIRE_OK(k.f.store().reserve(k.acme, k.f.actor(), unpicked));
    const Result<db::ActionReceipt> rule = k.f.store().openCarton(
        k.acme, k.kiosk->session().actor(), {QStringLiteral("SO-2"), QStringLiteral("S")});
    REQUIRE_FALSE(rule.ok());
    const QString withSo2 = test::dumpDatabase(k.f.store().connection());
    k.answered([&] { k.scan(QStringLiteral("SO-2")); });
    CHECK(k.pack->orderId() == QStringLiteral("SO-2"));
    const Result<CartonChoice> suggestion = k.f.store().suggestCarton(k.acme, QStringLiteral("SO-2"));
    REQUIRE_FALSE(suggestion.ok());
    CHECK(k.find<QLabel>(QStringLiteral("packSuggestionLabel"))->text() == suggestion.error().message);
    k.answered([&] { k.click(QStringLiteral("packCartonButton_S")); });
    CHECK(k.tone() == ui::Feedback::Tone::Refused);
    CHECK(k.banner() == rule.error().message);
    CHECK(k.pack->openCartonId().isEmpty());
    CHECK(test::dumpDatabase(k.f.store().connection()) == withSo2);
}

TEST_CASE("a supervisor reprints without anyone's approval", "[ui][pack]")
{
    PackFixture k(true);
    k.scan(QStringLiteral("BADGE-9001"));
    WH_TRY_COMPARE(k.kiosk->currentScreenName(), QStringLiteral("home"));
    k.click(QStringLiteral("task_pack"));
    k.packOrder(QStringLiteral("SO-1"));
    k.createShipment();
    k.answered([&] { k.click(QStringLiteral("packPrintButton")); });
    REQUIRE(k.jobs().size() == 1);

    k.click(QStringLiteral("packReprintButton"));
    WH_TRY_VERIFY(k.find<QWidget>(QStringLiteral("packReprintPanel"))->isVisible());
    CHECK_FALSE(k.find<QLineEdit>(QStringLiteral("packApproverNumber"))->isVisible());
    k.click(QStringLiteral("packReprintReason_lost"));
    k.answered([&] { k.click(QStringLiteral("packReprintConfirm")); });
    WH_TRY_COMPARE(k.jobs().size(), 2);
    WH_TRY_VERIFY(!k.pack->busy());
    CHECK(k.tone() == ui::Feedback::Tone::Accepted);
    QList<RecordedEvent> reprints;
    for (const RecordedEvent& e : test::loggedEvents(k.f.store()))
        if (e.type == EventType::LabelReprinted)
            reprints.append(e);
    REQUIRE(reprints.size() == 1);
    CHECK(reprints.first().actor.userId == QStringLiteral("9001"));
    CHECK_FALSE(reprints.first().payloadObject().contains(QStringLiteral("approvedBy")));
    CHECK(reprints.first().payloadObject().value(QStringLiteral("reason")).toString() ==
          QStringLiteral("Label lost"));
}

TEST_CASE("a carton whose weight is out of tolerance does not close and the right weight closes it",
          "[ui][pack]")
{
    PackFixture k;
    k.loginPacker();
    k.answered([&] { k.scan(QStringLiteral("SO-1")); });
    k.answered([&] { k.click(QStringLiteral("packCartonButton_M")); });
    // Scanned as fast as a scanner reads, without waiting for each answer: every scan is taken, in order.
    QSignalSpy shown(&k.kiosk->feedback(), &ui::Feedback::shown);
    for (const QString& code : {QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-SKU1"), kGtin})
        k.scan(code);
    WH_TRY_COMPARE(shown.size(), 3);
    WH_TRY_VERIFY(!k.pack->busy());
    for (const QList<QVariant>& answer : std::as_const(shown))
        CHECK(answer.at(0).value<ui::Feedback::Tone>() == ui::Feedback::Tone::Accepted);
    auto unpacked = k.f.store().unpacked(k.acme, QStringLiteral("SO-1"));
    WH_REQUIRE_OK(unpacked);
    CHECK(unpacked->isEmpty());
    CHECK(k.find<QListWidget>(QStringLiteral("packRemainingView"))->item(0)->text() ==
          QStringLiteral("Nothing left to pack."));
    const QString carton = k.pack->openCartonId();
    REQUIRE_FALSE(carton.isEmpty());
    const QString before = test::dumpDatabase(k.f.store().connection());

    // No weight entered: said so, nothing sent to the store.
    k.click(QStringLiteral("packCloseButton"));
    CHECK(k.tone() == ui::Feedback::Tone::Refused);
    CHECK(k.banner().contains(QStringLiteral("enter its weight")));

    k.typeOnKeypad(QStringLiteral("1500"));
    k.answered([&] { k.click(QStringLiteral("packCloseButton")); });
    CHECK(k.tone() == ui::Feedback::Tone::Refused);
    // The store's sentence: the carton, both figures, and the scale check's hint.
    CHECK(k.banner().startsWith(QStringLiteral("Carton %1 weighs 1").arg(carton)));
    CHECK(k.banner().endsWith(WeightCheck::compare(1200, 1500).message()));
    CHECK(k.banner().contains(QStringLiteral("too heavy")));
    CHECK(test::dumpDatabase(k.f.store().connection()) == before);
    CHECK(k.pack->openCartonId() == carton);
    CHECK_FALSE(k.find<QPushButton>(QStringLiteral("packShipButton"))->isEnabled());

    // Weighed again, on the keypad's OK.
    k.click(QStringLiteral("keypad_clear"));
    k.typeOnKeypad(QStringLiteral("1180"));
    k.answered([&] { k.click(QStringLiteral("keypad_enter")); });
    CHECK(k.tone() == ui::Feedback::Tone::Accepted);
    auto cartons = k.f.store().packCartons(k.acme, QStringLiteral("SO-1"));
    WH_REQUIRE_OK(cartons);
    REQUIRE(cartons->size() == 1);
    CHECK(cartons->first().status == PackCartonStatus::Closed);
    CHECK(cartons->first().weightGrams == 1180);
    CHECK(k.find<QPushButton>(QStringLiteral("packShipButton"))->isEnabled());
}

TEST_CASE(
    "the label goes to the station's printer queue and a packer's reprint needs a supervisor's approval",
    "[ui][pack]")
{
    PackFixture k(true);
    k.loginPacker();
    CHECK(k.find<QLabel>(QStringLiteral("packPrinterLabel"))->text() == QStringLiteral("Printer: dock-1"));
    k.packOrder(QStringLiteral("TOTE-SO-1")); // the tote names the order it holds
    const QString shipment = k.createShipment();
    const QString carton = k.f.store().shipment(k.acme, shipment)->packages.first().cartonId;

    k.answered([&] { k.click(QStringLiteral("packPrintButton")); });
    CHECK(k.tone() == ui::Feedback::Tone::Accepted);
    CHECK(k.banner().startsWith(QStringLiteral("Label sent to printer dock-1")));
    QList<PrintJob> jobs = k.jobs();
    REQUIRE(jobs.size() == 1);
    CHECK(jobs.first().state == PrintJobState::Pending);
    CHECK(jobs.first().tenant == QStringLiteral("acme"));
    CHECK(jobs.first().reference == shipment + QLatin1Char('/') + carton);
    CHECK(jobs.first().payload.startsWith("^XA"));
    // A second tap is the same job: nothing new to print.
    k.answered([&] { k.click(QStringLiteral("packPrintButton")); });
    CHECK(k.banner().contains(QStringLiteral("already in the queue")));
    CHECK(k.jobs().size() == 1);

    // A packer asks for a reprint without a supervisor: the store refuses with its reason, nothing is
    // written.
    k.click(QStringLiteral("packReprintButton"));
    WH_TRY_VERIFY(k.find<QWidget>(QStringLiteral("packReprintPanel"))->isVisible());
    CHECK(k.find<QLineEdit>(QStringLiteral("packApproverNumber"))->isVisible());
    Actor packer = k.kiosk->session().actor();
    const Status rule = Permissions::check(packer, Permission::ReprintLabel);
    REQUIRE_FALSE(rule.ok());
    const QString before = test::dumpDatabase(k.f.store().connection());
    k.answered([&] { k.click(QStringLiteral("packReprintConfirm")); });
    CHECK(k.tone() == ui::Feedback::Tone::Refused);
    CHECK(k.banner() == rule.error().message);
    CHECK(test::dumpDatabase(k.f.store().connection()) == before);
    CHECK_FALSE(k.loggedTypes().contains(QStringLiteral("LabelReprinted")));

    // A wrong supervisor PIN is refused too.
    k.click(QStringLiteral("packApproverNumberSelect"));
    k.typeOnKeypad(QStringLiteral("9001"));
    k.click(QStringLiteral("packApproverPinSelect"));
    k.typeOnKeypad(QStringLiteral("1111"));
    k.answered([&] { k.click(QStringLiteral("packReprintConfirm")); });
    CHECK(k.tone() == ui::Feedback::Tone::Refused);
    CHECK(k.banner().startsWith(QStringLiteral("Wrong PIN")));
    CHECK_FALSE(k.loggedTypes().contains(QStringLiteral("LabelReprinted")));
    CHECK(k.jobs().size() == 1);

    // With the supervisor's staff number and PIN: recorded with the approval, and a new job queued.
    k.click(QStringLiteral("packApproverPinSelect"));
    k.typeOnKeypad(QStringLiteral("9999"));
    k.answered([&] { k.click(QStringLiteral("packReprintConfirm")); });
    WH_TRY_COMPARE(k.jobs().size(), 2);
    WH_TRY_VERIFY(!k.pack->busy());
    CHECK(k.tone() == ui::Feedback::Tone::Accepted);
    jobs = k.jobs();
    CHECK(jobs.last().reference == jobs.first().reference);
    CHECK(jobs.last().payload == jobs.first().payload);
    CHECK_FALSE(k.find<QWidget>(QStringLiteral("packReprintPanel"))->isVisible());
    QList<RecordedEvent> reprints;
    for (const RecordedEvent& e : test::loggedEvents(k.f.store()))
        if (e.type == EventType::LabelReprinted)
            reprints.append(e);
    REQUIRE(reprints.size() == 1);
    CHECK(reprints.first().actor.userId == QStringLiteral("2001"));
    // An override names its approver in the event itself.
    CHECK(reprints.first().payloadObject().value(QStringLiteral("approvedBy")).toString() ==
          QStringLiteral("9001"));
    CHECK(k.banner().contains(QStringLiteral("Label sent to printer dock-1")));
    CHECK(reprints.first().payloadObject().value(QStringLiteral("reason")).toString() ==
          QStringLiteral("Label damaged"));

    // The supervisor's badge scanned while the panel is open approves the next one.
    k.click(QStringLiteral("packReprintButton"));
    WH_TRY_VERIFY(k.find<QWidget>(QStringLiteral("packReprintPanel"))->isVisible());
    k.click(QStringLiteral("packReprintReason_jam"));
    k.answered([&] { k.scan(QStringLiteral("BADGE-9001")); });
    WH_TRY_COMPARE(k.jobs().size(), 3);
    WH_TRY_VERIFY(!k.pack->busy());
    reprints.clear();
    for (const RecordedEvent& e : test::loggedEvents(k.f.store()))
        if (e.type == EventType::LabelReprinted)
            reprints.append(e);
    REQUIRE(reprints.size() == 2);
    CHECK(reprints.last().payloadObject().value(QStringLiteral("approvedBy")).toString() ==
          QStringLiteral("9001"));
    CHECK(reprints.last().payloadObject().value(QStringLiteral("reason")).toString() ==
          QStringLiteral("Printer jammed"));

    // Handed over: shipped, and the label is no longer reprinted here.
    k.answered([&] { k.click(QStringLiteral("packHandOverButton")); });
    CHECK(k.banner().startsWith(QStringLiteral("Handed over")));
    auto order = k.f.store().order(k.acme, QStringLiteral("SO-1"));
    WH_REQUIRE_OK(order);
    CHECK(order->status == OrderStatus::Shipped);
    CHECK(k.loggedTypes().contains(QStringLiteral("ShipmentConfirmed")));
    CHECK_FALSE(k.find<QPushButton>(QStringLiteral("packReprintButton"))->isEnabled());
}

TEST_CASE(
    "logging out clears the pack screen and the order scanned again later shows its label and is handed over",
    "[ui][pack]")
{
    PackFixture k;
    k.loginPacker();
    k.packOrder(QStringLiteral("SO-1"));
    const QString shipment = k.createShipment();
    k.click(QStringLiteral("logoutButton"));
    WH_TRY_COMPARE(k.kiosk->currentScreenName(), QStringLiteral("login"));
    CHECK(k.pack->orderId().isEmpty());
    CHECK(k.pack->labels().isEmpty());
    CHECK(k.find<QLabel>(QStringLiteral("packLabelPreview"))->pixmap().isNull());

    // The label's data is read back from the log: the same label as before.
    k.loginPacker();
    CHECK(k.find<QLabel>(QStringLiteral("packOrderLabel"))->text().contains(QStringLiteral("Scan an order")));
    k.answered([&] { k.scan(QStringLiteral("SO-1")); });
    CHECK(k.tone() == ui::Feedback::Tone::Accepted);
    CHECK(k.banner().contains(QStringLiteral("has its label")));
    CHECK(k.pack->shipmentId() == shipment);
    REQUIRE(k.pack->labels().size() == 1);
    const QPixmap pixmap = k.find<QLabel>(QStringLiteral("packLabelPreview"))->pixmap();
    REQUIRE_FALSE(pixmap.isNull());
    CHECK(darkPixels(pixmap) > 500);
    CHECK_FALSE(k.find<QPushButton>(QStringLiteral("packShipButton"))->isEnabled());
    k.answered([&] { k.click(QStringLiteral("packHandOverButton")); });
    CHECK(k.banner().startsWith(QStringLiteral("Handed over")));
    auto order = k.f.store().order(k.acme, QStringLiteral("SO-1"));
    WH_REQUIRE_OK(order);
    CHECK(order->status == OrderStatus::Shipped);

    // Scanned once more: already handed over, said so, nothing to do.
    k.answered([&] { k.scan(QStringLiteral("SO-1")); });
    CHECK(k.tone() == ui::Feedback::Tone::Info);
    CHECK(k.banner() == QStringLiteral("Order SO-1 was already handed over."));
    CHECK_FALSE(k.find<QPushButton>(QStringLiteral("packHandOverButton"))->isEnabled());
}

// The operator's template folder (run --templates) reaches the pack screen: a shipping-4x6.json there wins
// over the built-in one. One that cannot be drawn says why in the label's place.
TEST_CASE("the pack screen draws the label from the operator's template folder", "[ui][pack]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    QFile builtIn(QStringLiteral(":/labels/shipping-4x6.json"));
    REQUIRE(builtIn.open(QIODevice::ReadOnly));
    QByteArray json = builtIn.readAll();
    const QByteArray size = "\"size\": {\"width\": 101.6, \"height\": 152.4}";
    REQUIRE(json.contains(size));
    bool square = false;
    SECTION("a 6 x 6 in label")
    {
        json.replace(size, "\"size\": {\"width\": 152.4, \"height\": 152.4}");
        square = true;
    }
    SECTION("a 4 x 4 in label too small for its elements")
    {
        json.replace(size, "\"size\": {\"width\": 101.6, \"height\": 101.6}");
    }
    QFile file(QDir(folder.path()).filePath(QStringLiteral("shipping-4x6.json")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(json) == json.size());
    file.close();

    PackFixture k(false, folder.path());
    k.loginPacker();
    k.packOrder(QStringLiteral("SO-1"));
    k.createShipment();
    const QPixmap pixmap = k.find<QLabel>(QStringLiteral("packLabelPreview"))->pixmap();
    const QString info = k.find<QLabel>(QStringLiteral("packLabelInfo"))->text();
    INFO(info.toStdString());
    if (square) {
        REQUIRE_FALSE(pixmap.isNull());
        INFO(pixmap.width() << " x " << pixmap.height());
        CHECK(std::abs(pixmap.width() - pixmap.height()) <= pixmap.width() / 20);
        CHECK(info.startsWith(QStringLiteral("Label 1 of 1")));
    } else {
        CHECK(pixmap.isNull());
        CHECK(info.startsWith(QStringLiteral("Label template ")));
        CHECK(info.contains(QStringLiteral("element 1 (box)")));
    }
}
