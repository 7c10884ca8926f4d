// Roles on a real store file: a refused role changes nothing, overrides need a supervisor's approval and
// name the approver in their events, and every event records who did it and at which station.
#include "TestSupport.h"

#include <QJsonArray>

using namespace wh;
using wh::test::dumpDatabase;
using wh::test::loggedEvents;
using wh::test::StoreFixture;

namespace {

struct RolesFixture
{
    StoreFixture f;
    TenantContext acme{QStringLiteral("acme")};
    Actor picker{QStringLiteral("pia"), QStringLiteral("station-3"), Role::Picker, {}};
    Actor supervisor{QStringLiteral("sam"), QStringLiteral("station-1"), Role::Supervisor, {}};

    RolesFixture()
    {
        acme = f.addTenant(QStringLiteral("acme"));
        WH_REQUIRE_OK(f.store().receive(
            acme, f.actor(), {QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-PICK"), {}, {}, 10}));
        WH_REQUIRE_OK(f.store().receive(
            acme, f.actor(), {QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-BULK"), {}, {}, 40}));
        Order o;
        o.id = QStringLiteral("SO-1");
        o.status = OrderStatus::Paid;
        o.lines = {OrderLine{1, QStringLiteral("ACME-SKU1"), 14, Money::fromMinor(1000)}};
        o.shipTo = test::testAddress(o.id);
        WH_REQUIRE_OK(f.store().reserve(acme, Actor{}, o)); // the central service's command
        WH_REQUIRE_OK(test::configureShipping(f.store(), acme, f.actor()));
    }

    Actor approved(Actor actor) const
    {
        actor.approval = Approval{supervisor.userId, supervisor.role};
        return actor;
    }

    PickTask plan()
    {
        auto receipt = f.store().planPicking(acme, supervisor, {PickStrategy::Single, 1, {}});
        WH_REQUIRE_OK(receipt);
        REQUIRE(receipt->events.size() == 1);
        auto task = f.store().pickTask(acme, receipt->events.first().aggregateId);
        WH_REQUIRE_OK(task);
        return *task;
    }
};

} // namespace

TEST_CASE("a role that may not act is refused and nothing is written", "[db][roles]")
{
    RolesFixture r;
    const QString before = dumpDatabase(r.f.store().connection());

    const auto adjust = r.f.store().adjust(
        r.acme, r.picker,
        {QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-PICK"), {}, {}, -1, AdjustReason::Damaged});
    REQUIRE_FALSE(adjust.ok());
    CHECK(adjust.error().code == ErrorCode::PermissionDenied);

    const auto plan = r.f.store().planPicking(r.acme, r.picker, {PickStrategy::Single, 1, {}});
    CHECK(plan.error().code == ErrorCode::PermissionDenied);

    const auto command =
        r.f.store().applyCommand(r.acme, QStringLiteral("cmd-1"), QStringLiteral("CancelOrder"), r.picker,
                                 [](Inventory&) { return Result<EventList>(EventList{}); });
    CHECK(command.error().code == ErrorCode::PermissionDenied);

    const auto tenant =
        r.f.store().registerTenant({QStringLiteral("initech"), QStringLiteral("Initech")}, r.supervisor);
    CHECK(tenant.error().code == ErrorCode::PermissionDenied);

    const auto raw =
        r.f.store().execute(r.acme, r.picker, [](Inventory&) { return Result<EventList>(EventList{}); });
    CHECK(raw.error().code == ErrorCode::PermissionDenied);

    CHECK(dumpDatabase(r.f.store().connection()) == before);
}

TEST_CASE("a picker picks, and every event records who and where", "[db][roles]")
{
    RolesFixture r;
    const PickTask task = r.plan();
    const PickTaskLine& first = task.lines.first();
    auto receipt =
        r.f.store().confirmPick(r.acme, r.picker,
                                {task.id, first.seqNo, first.key.location, ScannedItem{first.key.sku, {}, {}},
                                 first.quantity, QStringLiteral("T-1")});
    WH_REQUIRE_OK(receipt);
    REQUIRE_FALSE(receipt->events.isEmpty());
    for (const RecordedEvent& e : receipt->events) {
        CHECK(e.actor.userId == QStringLiteral("pia"));
        CHECK(e.actor.deviceId == QStringLiteral("station-3"));
        CHECK(e.occurredAt == r.f.clock().now());
        CHECK_FALSE(e.payloadObject().contains(QStringLiteral("approvedBy")));
    }
    // And as the log holds them, read back from the file.
    for (const RecordedEvent& e : loggedEvents(r.f.store(), receipt->firstSeq)) {
        CHECK(e.actor.userId == QStringLiteral("pia"));
        CHECK(e.actor.deviceId == QStringLiteral("station-3"));
    }
}

TEST_CASE("a short pick is an override: refused for a picker alone, applied with a supervisor's approval",
          "[db][roles][override]")
{
    RolesFixture r;
    const PickTask task = r.plan();
    const PickTaskLine& first = task.lines.first();
    const ReportShort shortPick{task.id, first.seqNo, first.quantity - 2, QStringLiteral("T-1")};

    const QString before = dumpDatabase(r.f.store().connection());
    const auto alone = r.f.store().reportShort(r.acme, r.picker, shortPick);
    REQUIRE_FALSE(alone.ok());
    CHECK(alone.error().code == ErrorCode::ApprovalRequired);
    Actor byColleague = r.picker;
    byColleague.approval = Approval{QStringLiteral("pete"), Role::Picker};
    CHECK(r.f.store().reportShort(r.acme, byColleague, shortPick).error().code ==
          ErrorCode::ApprovalRequired);
    CHECK(dumpDatabase(r.f.store().connection()) == before);

    auto receipt = r.f.store().reportShort(r.acme, r.approved(r.picker), shortPick);
    WH_REQUIRE_OK(receipt);
    bool sawShort = false;
    for (const RecordedEvent& e : loggedEvents(r.f.store(), receipt->firstSeq)) {
        CHECK(e.actor.userId == QStringLiteral("pia")); // who did it
        CHECK(e.payloadObject().value(QStringLiteral("approvedBy")).toString() == QStringLiteral("sam"));
        sawShort = sawShort || e.type == EventType::PickShort;
    }
    CHECK(sawShort);
}

TEST_CASE("skipping a bin sends its open quantity back to planning", "[db][roles][override]")
{
    RolesFixture r;
    const PickTask task = r.plan();
    REQUIRE(task.lines.size() == 2); // 10 from the pick face, 4 from bulk
    const PickTaskLine& bulk = task.lines.last();

    const QString before = dumpDatabase(r.f.store().connection());
    CHECK(r.f.store()
              .skipPickLine(r.acme, r.picker, {task.id, bulk.seqNo, QStringLiteral("pallet in the way")})
              .error()
              .code == ErrorCode::ApprovalRequired);
    CHECK(r.f.store()
              .skipPickLine(r.acme, r.supervisor, {task.id, bulk.seqNo, QStringLiteral("  ")})
              .error()
              .code == ErrorCode::InvalidArgument);
    CHECK(r.f.store()
              .skipPickLine(r.acme, r.supervisor, {task.id, 9, QStringLiteral("blocked")})
              .error()
              .code == ErrorCode::InvalidArgument);
    CHECK(r.f.store()
              .skipPickLine(r.acme, r.supervisor, {QStringLiteral("T-none"), 1, QStringLiteral("x")})
              .error()
              .code == ErrorCode::UnknownTask);
    CHECK(dumpDatabase(r.f.store().connection()) == before);

    auto skipped = r.f.store().skipPickLine(r.acme, r.approved(r.picker),
                                            {task.id, bulk.seqNo, QStringLiteral("pallet in the way")});
    WH_REQUIRE_OK(skipped);
    REQUIRE(skipped->events.size() == 1);
    const QJsonObject p = skipped->events.first().payloadObject();
    CHECK(skipped->events.first().type == EventType::PickLinesCancelled);
    CHECK(p.value(QStringLiteral("why")).toString() == QStringLiteral("skipped"));
    CHECK(p.value(QStringLiteral("reason")).toString() == QStringLiteral("pallet in the way"));
    CHECK(p.value(QStringLiteral("approvedBy")).toString() == QStringLiteral("sam"));

    auto after = r.f.store().pickTask(r.acme, task.id);
    WH_REQUIRE_OK(after);
    CHECK(after->lines.last().open() == 0);
    CHECK(after->lines.first().open() == 10); // the rest of the task is untouched
    // A second skip of the same stop has nothing left to skip.
    CHECK(r.f.store()
              .skipPickLine(r.acme, r.supervisor, {task.id, bulk.seqNo, QStringLiteral("again")})
              .error()
              .code == ErrorCode::OverPick);

    const PickTask replanned = r.plan(); // the skipped 4 come back on a new task, from the same bin
    REQUIRE(replanned.lines.size() == 1);
    CHECK(replanned.id != task.id);
    CHECK(replanned.lines.first().key.location == QStringLiteral("ACME-BULK"));
    CHECK(replanned.lines.first().quantity == 4);
}

TEST_CASE("cancelling a task keeps what was picked and re-plans the rest", "[db][roles][override]")
{
    RolesFixture r;
    const PickTask task = r.plan();
    const PickTaskLine& first = task.lines.first();
    WH_REQUIRE_OK(
        r.f.store().confirmPick(r.acme, r.picker,
                                {task.id, first.seqNo, first.key.location, ScannedItem{first.key.sku, {}, {}},
                                 first.quantity, QStringLiteral("T-1")}));

    CHECK(r.f.store()
              .cancelPickTask(r.acme, r.picker, {task.id, QStringLiteral("end of shift")})
              .error()
              .code == ErrorCode::ApprovalRequired);
    Actor packer{QStringLiteral("pat"), QStringLiteral("pack-1"), Role::Packer, {}};
    packer.approval = Approval{r.supervisor.userId, Role::Supervisor};
    CHECK(
        r.f.store().cancelPickTask(r.acme, packer, {task.id, QStringLiteral("end of shift")}).error().code ==
        ErrorCode::PermissionDenied);

    auto cancelled =
        r.f.store().cancelPickTask(r.acme, r.supervisor, {task.id, QStringLiteral("end of shift")});
    WH_REQUIRE_OK(cancelled);
    auto after = r.f.store().pickTask(r.acme, task.id);
    WH_REQUIRE_OK(after);
    CHECK(after->finished());
    CHECK(after->status == PickTaskStatus::Done); // something was picked on it
    auto reservation = r.f.store().reservation(r.acme, QStringLiteral("SO-1"));
    WH_REQUIRE_OK(reservation);
    CHECK(reservation->status == ReservationStatus::Active);

    const QString before = dumpDatabase(r.f.store().connection());
    CHECK(r.f.store().cancelPickTask(r.acme, r.supervisor, {task.id, QStringLiteral("again")}).error().code ==
          ErrorCode::IllegalTransition);
    CHECK(dumpDatabase(r.f.store().connection()) == before);

    const PickTask rest = r.plan();
    REQUIRE(rest.lines.size() == 1);
    CHECK(rest.lines.first().quantity == 4);

    auto rebuilt = r.f.store().rebuildInto(r.f.dirPath() + QStringLiteral("/rebuilt.db"));
    WH_REQUIRE_OK(rebuilt);
    CHECK(rebuilt->equal());
}

TEST_CASE("packers pack and ship - a reprint is an override - nobody else packs", "[db][roles][override]")
{
    RolesFixture r;
    const PickTask task = r.plan();
    for (const PickTaskLine& l : task.lines)
        WH_REQUIRE_OK(
            r.f.store().confirmPick(r.acme, r.picker,
                                    {task.id, l.seqNo, l.key.location, ScannedItem{l.key.sku, {}, {}},
                                     l.quantity, QStringLiteral("T-1")}));
    const Actor packer{QStringLiteral("pat"), QStringLiteral("pack-1"), Role::Packer, {}};

    const QString before = dumpDatabase(r.f.store().connection());
    CHECK(r.f.store()
              .openCarton(r.acme, r.picker, {QStringLiteral("SO-1"), QStringLiteral("L")})
              .error()
              .code == ErrorCode::PermissionDenied);
    CHECK(r.f.store().createShipment(r.acme, Actor{}, {QStringLiteral("SO-1")}).error().code ==
          ErrorCode::PermissionDenied); // the appliance itself never ships
    CHECK(dumpDatabase(r.f.store().connection()) == before);

    // Pack by hand (test::packAndShip would hand the parcel over too), create the shipment, reprint, hand
    // over.
    auto opened = r.f.store().openCarton(r.acme, packer, {QStringLiteral("SO-1"), QStringLiteral("L")});
    WH_REQUIRE_OK(opened);
    const QString carton =
        opened->events.first().payloadObject().value(QStringLiteral("cartonId")).toString();
    WH_REQUIRE_OK(r.f.store().packItem(r.acme, packer, {carton, {QStringLiteral("ACME-SKU1"), {}, {}}, 14}));
    auto sku = r.f.store().sku(r.acme, QStringLiteral("ACME-SKU1"));
    WH_REQUIRE_OK(sku);
    WH_REQUIRE_OK(
        r.f.store().closeCarton(r.acme, packer, {carton, 400 + 14 * std::int64_t{sku->weightGrams}}));
    auto created = r.f.store().createShipment(r.acme, packer, {QStringLiteral("SO-1")});
    WH_REQUIRE_OK(created);
    const QString shipment =
        created->events.first().payloadObject().value(QStringLiteral("shipmentId")).toString();

    const QString afterCreating = dumpDatabase(r.f.store().connection());
    CHECK(r.f.store().reprintLabel(r.acme, packer, shipment, QStringLiteral("label torn")).error().code ==
          ErrorCode::ApprovalRequired);
    CHECK(dumpDatabase(r.f.store().connection()) == afterCreating);
    auto reprinted =
        r.f.store().reprintLabel(r.acme, r.approved(packer), shipment, QStringLiteral("label torn"));
    WH_REQUIRE_OK(reprinted);
    REQUIRE(reprinted->events.size() == 1);
    CHECK(reprinted->events.first().type == EventType::LabelReprinted);
    CHECK(reprinted->events.first().actor.userId == QStringLiteral("pat"));
    CHECK(reprinted->events.first().payloadObject().value(QStringLiteral("approvedBy")).toString() ==
          QStringLiteral("sam"));

    WH_REQUIRE_OK(r.f.store().confirmShipment(r.acme, packer, shipment));
    auto order = r.f.store().order(r.acme, QStringLiteral("SO-1"));
    WH_REQUIRE_OK(order);
    CHECK(order->status == OrderStatus::Shipped);
}
