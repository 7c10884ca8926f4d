// The supervisor's Print jobs section with real widgets, a real store file and a real spooler: a label sent
// to a loopback printer that drops the connection half-way becomes uncertain, two more are put in that state
// through the queue's own calls. The supervisor sees each with its order, tracking number, printer, state,
// age and last problem, confirms one as printed, reprints another (it goes back to the queue and the printer
// prints it whole), and cancels a third after the store refused to reprint it (its parcel was handed over).
#include "Feedback.h"
#include "KioskScreens.h"
#include "KioskWindow.h"
#include "PrinterWorker.h"
#include "Session.h"
#include "SqlPrintQueue.h"
#include "StaffDirectory.h"
#include "StoreWorker.h"
#include "SupervisorScreen.h"

#include "FakePrinter.h"
#include "TestSupport.h"
#include "TryMacros.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace wh;

namespace {

// A label in ZPL the fake printer recognises by its marker, long enough to be cut half-way.
QByteArray label(const QString& marker)
{
    return "^XA^FO20,20^A0N,30,30^FD" + marker.toUtf8() + "^FS^FX" + QByteArray(2000, 'x') + "^FS^XZ";
}

struct PrintDeskFixture
{
    test::StoreFixture f;
    TenantContext acme = f.addTenant(QStringLiteral("acme"));
    test::FakePrinter fake;
    std::unique_ptr<db::SqlPrintQueue> queue;
    std::unique_ptr<devices::PrinterWorker> printer;
    std::unique_ptr<ui::StoreWorker> worker;
    std::unique_ptr<ui::KioskWindow> kiosk;
    ui::SupervisorScreen* desk = nullptr;
    QStringList shipments; // SO-1..SO-3's, packed and labelled, not handed over

    PrintDeskFixture()
    {
        db::Store& store = f.store();
        WH_REQUIRE_OK(store.receive(acme, f.actor(),
                                    {QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-PICK"), {}, {}, 20}));
        WH_REQUIRE_OK(test::configureShipping(store, acme, f.actor()));
        for (int i = 1; i <= 3; ++i) {
            Order o;
            o.id = QStringLiteral("SO-%1").arg(i);
            o.status = OrderStatus::Paid;
            o.lines = {OrderLine{1, QStringLiteral("ACME-SKU1"), 1, Money::fromMinor(1000)}};
            o.service = QStringLiteral("Standard");
            o.promisedDate = f.clock().today().addDays(5);
            o.shipTo = test::testAddress(QStringLiteral("Customer of ") + o.id);
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
                                                 QStringLiteral("TOTE-") + o.id}));
            auto shipment = test::packForShipment(store, acme, f.actor(), o.id);
            WH_REQUIRE_OK(shipment);
            shipments.append(*shipment);
        }
        db::StaffDirectory staff(store.connection(), f.clock(), test::fastStaffPolicy());
        WH_REQUIRE_OK(staff.save(User{QStringLiteral("9001"),
                                      QStringLiteral("Sam Supervisor"),
                                      Role::Supervisor,
                                      {QStringLiteral("acme")}},
                                 QStringLiteral("9999"), QStringLiteral("BADGE-9001")));
        auto opened = db::SqlPrintQueue::open(f.path(), db::SqlPrintQueue::Options{&f.clock(), 5000});
        WH_REQUIRE_OK(opened);
        queue = std::move(*opened);

        REQUIRE(fake.listen());
        auto config =
            devices::PrinterConfig::parse(QStringLiteral("tcp://127.0.0.1:%1,name=pack-1").arg(fake.port()));
        WH_REQUIRE_OK(config);
        devices::PrintSpooler::Options options; // short, as in the spooler's own tests
        options.connectTimeoutMs = 2000;
        options.statusTimeoutMs = 500;
        options.stallMs = 1000;
        options.pollMs = 50;
        options.backoffFirstMs = 50;
        options.backoffMaxMs = 200;
        options.idleCheckMs = 0;
        const QString path = f.path();
        printer = std::make_unique<devices::PrinterWorker>(
            *config, options, [path]() -> Result<std::unique_ptr<PrintJobStore>> {
                auto q = db::SqlPrintQueue::open(path);
                if (!q)
                    return q.error();
                return std::unique_ptr<PrintJobStore>(std::move(*q));
            });
        printer->start();

        auto kioskWorker = ui::StoreWorker::open(f.path(), &f.clock());
        WH_REQUIRE_OK(kioskWorker);
        worker = std::move(*kioskWorker);
        kiosk = std::make_unique<ui::KioskWindow>(*worker, QStringLiteral("station-1"));
        kiosk->setStaffPolicy(test::fastStaffPolicy());
        ui::KioskServices services;
        services.printers.append(printer.get());
        kiosk->setServices(services);
        kiosk->setWorkflowScreens(ui::addWorkflowScreens);
        desk = qobject_cast<ui::SupervisorScreen*>(kiosk->screen(QStringLiteral("supervisor")));
        REQUIRE(desk);
        kiosk->resize(1280, 800);
        kiosk->show();
        REQUIRE(QTest::qWaitForWindowExposed(kiosk.get()));
    }
    ~PrintDeskFixture()
    {
        kiosk.reset();
        printer.reset(); // the spooler stops before the printer it talks to goes
    }

    // The label of shipment `index` (0-based) for its one carton, queued as the pack screen queues it.
    PrintJob enqueue(int index, const QString& printerName)
    {
        const ShipmentRecord shipment = f.store().shipment(acme, shipments.at(index)).value();
        NewPrintJob job;
        job.printer = printerName;
        job.tenant = acme.id();
        job.kind = QStringLiteral("shipping-4x6");
        job.reference = shipment.id + QLatin1Char('/') + shipment.packages.front().cartonId;
        job.idempotencyKey = QStringLiteral("acme:%1:shipping-4x6:%2").arg(printerName, job.reference);
        job.payload = label(QStringLiteral("label of ") + shipment.orderId);
        auto queued = queue->enqueue(job);
        WH_REQUIRE_OK(queued);
        return queued->job;
    }
    PrintJobState state(std::int64_t id) { return queue->job(id).value().state; }
    QString tracking(int index)
    {
        return f.store().shipment(acme, shipments.at(index)).value().packages.front().trackingNumber;
    }

    void scan(const QString& text)
    {
        auto* input = kiosk->findChild<QLineEdit*>(QStringLiteral("scanInput"));
        REQUIRE(input);
        QTest::keyClicks(input, text);
        QTest::keyClick(input, Qt::Key_Return);
    }
    void click(const QString& name)
    {
        QPushButton* b = desk->findChild<QPushButton*>(name);
        if (!b)
            b = kiosk->findChild<QPushButton*>(name);
        REQUIRE(b);
        WH_TRY_VERIFY(b->isVisible() && b->isEnabled());
        QTest::mouseClick(b, Qt::LeftButton);
    }
    int rowOf(std::int64_t job)
    {
        for (int r = 0; r < desk->printJobs().rowCount(); ++r)
            if (desk->printJobs().item(r, 0)->text() == QString::number(job))
                return r;
        return -1;
    }
    QString cell(std::int64_t job, int column)
    {
        const int r = rowOf(job);
        REQUIRE(r >= 0);
        return desk->printJobs().item(r, column)->text();
    }
    // Taps the job's row in the table, as a finger would.
    void choose(std::int64_t job)
    {
        auto* view = desk->findChild<QTableView*>(QStringLiteral("supervisorPrintJobsView"));
        REQUIRE(view);
        WH_TRY_VERIFY(rowOf(job) >= 0);
        const QModelIndex index = desk->printJobs().index(rowOf(job), 0);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        WH_TRY_COMPARE(desk->selectedPrintJob(), job);
    }
    QString banner() { return kiosk->feedback().text(); }
    ui::Feedback::Tone tone() { return kiosk->feedback().lastTone(); }
};

} // namespace

TEST_CASE("the supervisor confirms, reprints and cancels the printers' uncertain jobs - a refusal says why",
          "[ui][supervisor][printer]")
{
    PrintDeskFixture d;
    // SO-1's label to the loopback printer, which drops the connection after the status query and 200 bytes
    // of the label: bytes reached the printer, so the job is uncertain and is never sent again by itself.
    d.fake.dropAfter(3 + 200);
    const PrintJob dropped = d.enqueue(0, QStringLiteral("pack-1"));
    d.printer->wake();
    WH_TRY_COMPARE_WITH_TIMEOUT(d.state(dropped.id), PrintJobState::Uncertain, 15000);
    CHECK(d.fake.labels().isEmpty());
    // SO-2's and SO-3's on a second printer, put in the same state through the queue's own calls.
    QList<PrintJob> others;
    for (int i : {1, 2}) {
        const PrintJob job = d.enqueue(i, QStringLiteral("dock-2"));
        WH_REQUIRE_OK(d.queue->markSending(job.id));
        WH_REQUIRE_OK(
            d.queue->markUncertain(job.id, QStringLiteral("The connection broke after 900 bytes.")));
        others.append(job);
    }
    const PrintJob found = others[0];
    const PrintJob shipped = others[1];
    // SO-3's parcel has left with the carrier meanwhile.
    WH_REQUIRE_OK(d.f.store().confirmShipment(d.acme, d.f.actor(), d.shipments.at(2)));
    d.f.clock().advanceMs(12 * 60 * 1000);

    d.scan(QStringLiteral("BADGE-9001"));
    WH_TRY_COMPARE(d.kiosk->currentScreenName(), QStringLiteral("home"));
    d.click(QStringLiteral("task_supervisor"));
    d.click(QStringLiteral("supervisorSection_printJobs"));
    WH_TRY_COMPARE(d.desk->printJobs().rowCount(), 3);
    CHECK(d.desk->printJobs().horizontalHeaderItem(0)->text() == QStringLiteral("Job"));
    CHECK(d.cell(dropped.id, 1) == QStringLiteral("SO-1"));
    CHECK(d.cell(dropped.id, 2) == d.tracking(0));
    CHECK(d.cell(dropped.id, 3) == QStringLiteral("pack-1"));
    CHECK(d.cell(dropped.id, 4) == QStringLiteral("Uncertain"));
    CHECK(d.cell(dropped.id, 5) == QStringLiteral("12 min"));
    CHECK(d.cell(dropped.id, 6).contains(QStringLiteral("may have printed")));
    CHECK(d.cell(found.id, 1) == QStringLiteral("SO-2"));
    CHECK(d.cell(found.id, 3) == QStringLiteral("dock-2"));
    // Nothing chosen yet: no decision can be taken, and the hint says what to do.
    CHECK_FALSE(d.desk->findChild<QPushButton*>(QStringLiteral("supervisorConfirmPrinted"))->isEnabled());
    CHECK_FALSE(d.desk->findChild<QPushButton*>(QStringLiteral("supervisorCancelJob"))->isEnabled());
    CHECK(d.desk->findChild<QLabel*>(QStringLiteral("supervisorPrintJobHint"))
              ->text()
              .contains(QStringLiteral("Alerts")));

    // SO-2's label was found on the printer: confirmed, audited under the supervisor and the station.
    d.choose(found.id);
    CHECK(d.desk->findChild<QLabel*>(QStringLiteral("supervisorPrintJobHint"))
              ->text()
              .contains(QStringLiteral("dock-2")));
    d.click(QStringLiteral("supervisorConfirmPrinted"));
    WH_TRY_COMPARE(d.banner(), QStringLiteral("Print job %1 confirmed as printed.").arg(found.id));
    CHECK(d.tone() == ui::Feedback::Tone::Accepted);
    CHECK(d.state(found.id) == PrintJobState::Printed);
    const auto confirmed = d.queue->audit(found.id).value();
    REQUIRE(confirmed.size() == 1);
    CHECK(confirmed.front().action == QStringLiteral("confirm_printed"));
    CHECK(confirmed.front().userId == QStringLiteral("9001"));
    CHECK(confirmed.front().deviceId == QStringLiteral("station-1"));
    WH_TRY_COMPARE(d.desk->printJobs().rowCount(), 2);

    // SO-1's never came out whole: reprinted. The shipment records the reprint, the old job is closed, the
    // new one goes back to the queue and the printer prints it, whole, once.
    const std::int64_t lastSeq = test::loggedEvents(d.f.store()).constLast().seq;
    d.choose(dropped.id);
    d.click(QStringLiteral("supervisorReprintJob"));
    WH_TRY_VERIFY(d.banner().startsWith(
        QStringLiteral("Print job %1 goes to printer pack-1 again, as job ").arg(dropped.id)));
    CHECK(d.tone() == ui::Feedback::Tone::Accepted);
    CHECK(d.state(dropped.id) == PrintJobState::Failed);
    const auto reprinted = d.queue->audit(dropped.id).value();
    REQUIRE(reprinted.size() == 1);
    CHECK(reprinted.front().action == QStringLiteral("reprint"));
    const std::int64_t again = reprinted.front().newJobId;
    CHECK(d.queue->job(again).value().reprintOf == dropped.id);
    WH_TRY_COMPARE_WITH_TIMEOUT(d.state(again), PrintJobState::Printed, 15000);
    REQUIRE(d.fake.labels().size() == 1);
    CHECK(d.fake.labels().front().contains("label of SO-1"));
    const QList<RecordedEvent> log = test::loggedEvents(d.f.store(), lastSeq + 1);
    REQUIRE(log.size() == 1);
    CHECK(log.front().type == QStringLiteral("LabelReprinted"));
    CHECK(log.front().actor.userId == QStringLiteral("9001"));
    CHECK(log.front().actor.deviceId == QStringLiteral("station-1"));
    WH_TRY_COMPARE(d.desk->printJobs().rowCount(), 1);

    // SO-3's parcel has left: the store refuses its reprint and says why; nothing is written.
    d.choose(shipped.id);
    d.click(QStringLiteral("supervisorReprintJob"));
    WH_TRY_COMPARE(d.tone(), ui::Feedback::Tone::Refused);
    CHECK(d.banner() == QStringLiteral("Shipment %1 was handed over: its label is no longer printed here.")
                            .arg(d.shipments.at(2)));
    CHECK(d.state(shipped.id) == PrintJobState::Uncertain);
    CHECK(d.queue->audit(shipped.id).value().isEmpty());
    CHECK(test::loggedEvents(d.f.store(), lastSeq + 2).isEmpty());
    // It is cancelled instead.
    WH_TRY_COMPARE(d.desk->selectedPrintJob(), shipped.id); // still the choice after the list was read again
    d.click(QStringLiteral("supervisorCancelJob"));
    WH_TRY_COMPARE(d.banner(), QStringLiteral("Print job %1 cancelled: it is not printed.").arg(shipped.id));
    CHECK(d.state(shipped.id) == PrintJobState::Cancelled);
    CHECK(d.queue->audit(shipped.id).value().front().action == QStringLiteral("cancel"));
    WH_TRY_COMPARE(d.desk->printJobs().rowCount(), 0);
    CHECK(d.desk->findChild<QLabel*>(QStringLiteral("supervisorPrintJobHint"))->text() ==
          QStringLiteral("No print job needs a decision."));
}

TEST_CASE("a decision on a print job that changed meanwhile is refused with the queue's reason",
          "[ui][supervisor][printer]")
{
    PrintDeskFixture d;
    const PrintJob job = d.enqueue(0, QStringLiteral("dock-2"));
    WH_REQUIRE_OK(d.queue->markSending(job.id));
    WH_REQUIRE_OK(d.queue->markUncertain(job.id, QStringLiteral("The printer stopped reading.")));
    d.scan(QStringLiteral("BADGE-9001"));
    WH_TRY_COMPARE(d.kiosk->currentScreenName(), QStringLiteral("home"));
    d.click(QStringLiteral("task_supervisor"));
    d.click(QStringLiteral("supervisorSection_printJobs"));
    WH_TRY_COMPARE(d.desk->printJobs().rowCount(), 1);
    d.choose(job.id);
    // Someone else decided first (the jobs command's operator, another kiosk).
    WH_REQUIRE_OK(d.queue->cancel(d.acme, job.id, d.f.actor(), QStringLiteral("printed elsewhere")));
    d.click(QStringLiteral("supervisorConfirmPrinted"));
    WH_TRY_COMPARE(d.tone(), ui::Feedback::Tone::Refused);
    CHECK(
        d.banner() ==
        QStringLiteral("Print job %1 is cancelled: only an uncertain one is confirmed by hand.").arg(job.id));
    CHECK(d.state(job.id) == PrintJobState::Cancelled);
    WH_TRY_COMPARE(d.desk->printJobs().rowCount(), 0); // the list shows it as it is now
    CHECK(d.desk->selectedPrintJob() == 0);
}
