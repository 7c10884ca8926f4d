// Receiving and putaway on a real store file: an ASN from registration to putaway with what each action
// writes (events, outbox rows, projections), the log rebuilding to the same projections and accounting for
// every unit on hand; scans surviving a restart mid-receipt; refusals that write nothing; tenants kept apart;
// and who may do what.
#include "DemoData.h"
#include "TestSupport.h"

#include <QJsonArray>

using namespace wh;
using wh::test::dumpDatabase;
using wh::test::StoreFixture;

namespace {

const QString kTent = QStringLiteral("ACME-TENT");
const QString kMilk = QStringLiteral("ACME-MILK");
const QString kCamera = QStringLiteral("ACME-CAM");
const QString kDock = QStringLiteral("ACME-RCV");
const QString kTentGtin = db::DemoData::withCheckDigit(QStringLiteral("0614141000011"));
const QString kPallet = db::DemoData::withCheckDigit(QStringLiteral("00614141000000001"));

Actor as(Role role, const QString& user = QStringLiteral("someone"))
{
    return Actor{user, QStringLiteral("dock-1"), role, {}};
}

// Two merchants; acme has a tent (GTIN, 40 x 30 x 20 cm, 2 kg), lot-tracked milk and a serialised camera,
// stock of its fixture SKU in its pick face and bulk bin, and three empty bulk bins in zone Z9 with room for
// 10 tents each.
struct Dock
{
    StoreFixture f;
    TenantContext acme{QStringLiteral("acme")};
    TenantContext globex{QStringLiteral("globex")};
    const Actor receiver = as(Role::Receiver, QStringLiteral("rita"));

    Dock()
    {
        acme = f.addTenant(QStringLiteral("acme"));
        globex = f.addTenant(QStringLiteral("globex"));
        Sku tent;
        tent.code = kTent;
        tent.gtin = kTentGtin;
        tent.lengthMm = 400;
        tent.widthMm = 300;
        tent.heightMm = 200;
        tent.weightGrams = 2000;
        WH_REQUIRE_OK(store().defineSku(acme, f.actor(), tent));
        Sku milk;
        milk.code = kMilk;
        milk.lotTracked = true;
        WH_REQUIRE_OK(store().defineSku(acme, f.actor(), milk));
        Sku camera;
        camera.code = kCamera;
        WH_REQUIRE_OK(store().defineSku(acme, f.actor(), camera));
        // The fixture's own SKU fills the pick face and the bulk bin: they are not empty.
        WH_REQUIRE_OK(store().receive(acme, f.actor(),
                                      {QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-PICK"), {}, {}, 5}));
        WH_REQUIRE_OK(store().receive(acme, f.actor(),
                                      {QStringLiteral("ACME-SKU1"), QStringLiteral("ACME-BULK"), {}, {}, 5}));
        for (int i = 1; i <= 3; ++i)
            WH_REQUIRE_OK(
                store().defineLocation(acme, f.actor(),
                                       Location{QStringLiteral("ACME-B%1").arg(i), QStringLiteral("Z9"),
                                                LocationType::Bulk, 60 + i, 240'000, 20'000}));
    }

    db::Store& store() { return f.store(); }

    Asn asn(const QString& id = QStringLiteral("ASN-1"))
    {
        Asn a;
        a.id = id;
        a.supplier = QStringLiteral("Trail Gear Ltd");
        a.expectedDate = test::fixedNow().date();
        a.lines = {AsnLine{1, kTent, 12, {}, {}, kPallet},
                   AsnLine{2, kMilk, 6, QStringLiteral("L1"), QDate(2026, 9, 30), {}}};
        return a;
    }

    QString open(const QString& asnId = {}, const TenantContext* tenant = nullptr,
                 const QString& dock = kDock)
    {
        auto opened = store().openReceipt(tenant ? *tenant : acme, receiver, {dock, asnId});
        WH_REQUIRE_OK(opened);
        return opened->events.first().payloadObject().value(QStringLiteral("receiptId")).toString();
    }

    void scan(const QString& receiptId, const ReceiptScan& scan)
    {
        ReceiptScan s = scan;
        s.receiptId = receiptId;
        WH_REQUIRE_OK(store().scanReceipt(acme, receiver, s));
    }

    void requireRebuildEqual()
    {
        QTemporaryDir scratch;
        auto rebuilt = store().rebuildInto(scratch.filePath(QStringLiteral("r.db")));
        WH_REQUIRE_OK(rebuilt);
        for (const db::TableDifference& d : rebuilt->differences)
            INFO(d.table.toStdString()
                 << ": " << d.onlyLive << " only live, " << d.onlyRebuilt << " only rebuilt");
        CHECK(rebuilt->equal());
    }
};

std::int64_t outboxCount(db::Store& store, const QString& type)
{
    db::Statement s = store.connection().prepare("SELECT count(*) FROM outbox o WHERE o.type = ?1");
    s.bind(1, type);
    return s.next() ? s.int64(0) : -1;
}

// on_hand per SKU from the log alone: received - picked -/+ adjustments (moves net out).
QMap<QString, std::int64_t> onHandFromLog(db::Store& store, const QString& tenant)
{
    QMap<QString, std::int64_t> units;
    for (const RecordedEvent& e : test::loggedEvents(store)) {
        if (e.tenantId != tenant)
            continue;
        const QJsonObject p = e.payloadObject();
        const QString sku = p.value(QStringLiteral("sku")).toString();
        if (e.type == EventType::StockReceived)
            units[sku] += p.value(QStringLiteral("quantity")).toInteger();
        else if (e.type == EventType::StockAdjusted)
            units[sku] += p.value(QStringLiteral("delta")).toInteger();
        else if (e.type == EventType::StockPicked)
            units[sku] -= p.value(QStringLiteral("quantity")).toInteger();
    }
    return units;
}

QMap<QString, std::int64_t> onHandInStock(db::Store& store, const QString& tenant)
{
    QMap<QString, std::int64_t> units;
    db::Statement s =
        store.connection().prepare("SELECT sku, sum(on_hand) FROM stock WHERE tenant_id = ?1 GROUP BY sku");
    s.bind(1, tenant);
    while (s.next())
        units[s.text(0)] = s.int64(1);
    return units;
}

} // namespace

TEST_CASE("an ASN from registration to putaway: one action per step, the log accounts for every unit",
          "[receiving][db]")
{
    Dock d;
    auto registered = d.store().registerAsn(d.acme, Actor{}, d.asn()); // the central service's command
    WH_REQUIRE_OK(registered);
    CHECK(registered->events.first().type == EventType::AsnRegistered);
    CHECK(outboxCount(d.store(), EventType::AsnRegistered) == 0);
    auto asn = d.store().asn(d.acme, QStringLiteral("ASN-1"));
    WH_REQUIRE_OK(asn);
    CHECK(asn->status == AsnStatus::Open);
    CHECK(asn->asn.lines.size() == 2);
    CHECK(asn->asn.lines[0].sscc == kPallet);

    const QString r = d.open(QStringLiteral("ASN-1"));
    CHECK(r.startsWith(QStringLiteral("RCV")));
    CHECK(d.store().asn(d.acme, QStringLiteral("ASN-1"))->receiptId == r);
    d.scan(r, {{}, kPallet, {}, {}, {}, {}, 1});                                 // 12 tents
    d.scan(r, {{}, {}, kMilk, QStringLiteral("L1"), QDate(2026, 9, 30), {}, 4}); // 4 of 6 milk
    d.scan(r, {{}, {}, QLatin1Char('0') + kTentGtin, {}, {}, {}, 2});            // 2 more tents: over
    d.scan(r, {{}, {}, kCamera, {}, {}, QStringLiteral("SN-7"), 1});             // not announced
    d.scan(r, {{}, {}, QStringLiteral("04006381333931"), {}, {}, {}, 1});        // someone else's
    d.scan(r, {{}, {}, QStringLiteral("04006381333931"), {}, {}, {}, 1});
    WH_REQUIRE_OK(d.store().undoReceiptScan(d.acme, d.receiver, r)); // the second stranger was a double scan
    auto items = d.store().receiptItems(d.acme, r);
    WH_REQUIRE_OK(items);
    CHECK(items->size() == 5); // the pallet (one line), milk, tents, the camera, one stranger
    CHECK(d.store().receipt(d.acme, r)->lastScanNo == 6);

    auto posted = d.store().postReceipt(d.acme, d.receiver, r);
    WH_REQUIRE_OK(posted);
    QStringList types;
    for (const RecordedEvent& e : posted->events)
        types.append(e.type);
    CHECK(types == QStringList{EventType::StockReceived, EventType::StockReceived, EventType::StockReceived,
                               EventType::ReceiptPosted});
    const QJsonObject receipt = posted->events.last().payloadObject();
    CHECK(receipt.value(QStringLiteral("asnId")).toString() == QStringLiteral("ASN-1"));
    QStringList discrepancies;
    for (const QJsonValue& v : receipt.value(QStringLiteral("discrepancies")).toArray())
        discrepancies.append(v.toObject().value(QStringLiteral("kind")).toString() + QLatin1Char('|') +
                             v.toObject().value(QStringLiteral("sku")).toString() +
                             v.toObject().value(QStringLiteral("code")).toString() + QLatin1Char('|') +
                             QString::number(v.toObject().value(QStringLiteral("quantity")).toInteger()));
    CHECK(discrepancies == QStringList{QStringLiteral("over|ACME-CAM|1"), QStringLiteral("under|ACME-MILK|2"),
                                       QStringLiteral("over|ACME-TENT|2"),
                                       QStringLiteral("unknown|04006381333931|1")});
    // What goes to the central service: the stock that landed, and the receipt.
    CHECK(outboxCount(d.store(), EventType::StockReceived) >= 3);
    CHECK(outboxCount(d.store(), EventType::ReceiptPosted) == 1);
    CHECK(outboxCount(d.store(), EventType::ReceiptScanned) == 0);
    CHECK(d.store().asn(d.acme, QStringLiteral("ASN-1"))->status == AsnStatus::Closed);
    CHECK(d.store().receipt(d.acme, r)->status == ReceiptStatus::Posted);
    auto docked = d.store().stockInLocation(d.acme, kDock);
    WH_REQUIRE_OK(docked);
    REQUIRE(docked->size() == 3);
    CHECK(docked->at(0).key.sku == kCamera);
    CHECK(docked->at(1).key.sku == kMilk);
    CHECK(docked->at(1).expiry == QDate(2026, 9, 30));
    CHECK(docked->at(2).level.onHand == 14);
    CHECK(*d.store().sellable(d.acme, kTent) == 0); // at the dock: on hand, not sellable

    // Putaway: a tent is 24,000 cm3 and 2 kg; a bulk bin takes 240,000 cm3 and 20 kg, 10 tents. The tents
    // have no zone yet: the first empty bin anywhere. Once 10 lie in ACME-B1 (full), their zone is Z9.
    auto first = d.store().suggestPutaway(d.acme, {kTent, {}, 10, kDock});
    WH_REQUIRE_OK(first);
    CHECK(first->bin == QStringLiteral("ACME-B1"));
    CHECK(first->rule == PutawayRule::EmptyAnyZone); // a new SKU: no zone yet
    const Actor counter = as(Role::Counter, QStringLiteral("carl"));
    WH_REQUIRE_OK(
        d.store().confirmPutaway(d.acme, counter, {kTent, {}, kDock, 10, QStringLiteral("ACME-B1")}));
    auto next = d.store().suggestPutaway(d.acme, {kTent, {}, 4, kDock});
    WH_REQUIRE_OK(next);
    CHECK(next->bin == QStringLiteral("ACME-B2"));
    CHECK(next->rule == PutawayRule::EmptyInZone);
    CHECK(next->zone == QStringLiteral("Z9"));
    // The operator takes the pick face instead: allowed, and recorded with who chose it.
    auto chosen =
        d.store().confirmPutaway(d.acme, counter, {kTent, {}, kDock, 4, QStringLiteral("ACME-PICK")});
    WH_REQUIRE_OK(chosen);
    const RecordedEvent& record = chosen->events.at(1);
    CHECK(record.type == EventType::Putaway);
    CHECK(record.actor.userId == QStringLiteral("carl"));
    CHECK(record.payloadObject().value(QStringLiteral("suggested")).toString() == QStringLiteral("ACME-B2"));
    CHECK_FALSE(record.payloadObject().value(QStringLiteral("followed")).toBool());
    CHECK(*d.store().sellable(d.acme, kTent) == 14);

    CHECK(onHandFromLog(d.store(), QStringLiteral("acme")) ==
          onHandInStock(d.store(), QStringLiteral("acme")));
    d.requireRebuildEqual();
    auto chain = d.store().verifyChain();
    WH_REQUIRE_OK(chain);
}

TEST_CASE("every scan is its own action: a restart mid-receipt loses none", "[receiving][db]")
{
    Dock d;
    const QString r = d.open();
    d.scan(r, {{}, {}, kTentGtin, {}, {}, {}, 3});
    d.scan(r, {{}, {}, kMilk, QStringLiteral("L7"), QDate(2026, 12, 1), {}, 2});
    d.f.reopen(); // the power went between two scans
    auto receipt = d.store().receipt(d.acme, r);
    WH_REQUIRE_OK(receipt);
    CHECK(receipt->status == ReceiptStatus::Open);
    CHECK(receipt->lastScanNo == 2);
    CHECK(d.store().receiptItems(d.acme, r)->size() == 2);
    d.scan(r, {{}, {}, kTentGtin, {}, {}, {}, 1});
    WH_REQUIRE_OK(d.store().postReceipt(d.acme, d.receiver, r));
    auto tents = d.store().stockInLocation(d.acme, kDock);
    WH_REQUIRE_OK(tents);
    REQUIRE(tents->size() == 2);
    CHECK(tents->at(1).level.onHand == 4);
    d.requireRebuildEqual();
}

TEST_CASE("receiving and putaway refusals write nothing", "[receiving][db]")
{
    Dock d;
    WH_REQUIRE_OK(d.store().registerAsn(d.acme, Actor{}, d.asn()));
    const QString r = d.open(QStringLiteral("ASN-1"));
    d.scan(r, {{}, {}, kCamera, {}, {}, QStringLiteral("SN-1"), 1});
    const QString posted = d.open({}, nullptr, kDock);
    d.scan(posted, {{}, {}, kTentGtin, {}, {}, {}, 30});
    WH_REQUIRE_OK(d.store().postReceipt(d.acme, d.receiver, posted));

    const QString before = dumpDatabase(d.store().connection());
    const auto refused = [&](const auto& result, ErrorCode code) {
        INFO((result.ok() ? QString() : result.error().toString()).toStdString());
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == code);
        CHECK(dumpDatabase(d.store().connection()) == before);
    };
    refused(d.store().registerAsn(d.acme, Actor{}, d.asn()), ErrorCode::AlreadyExists);
    refused(d.store().openReceipt(d.acme, d.receiver, {kDock, QStringLiteral("ASN-1")}),
            ErrorCode::AlreadyExists);
    refused(d.store().openReceipt(d.acme, d.receiver, {QStringLiteral("ACME-BULK"), {}}),
            ErrorCode::InvalidArgument);
    refused(d.store().scanReceipt(d.acme, d.receiver, {r, {}, kCamera, {}, {}, QStringLiteral("SN-1"), 1}),
            ErrorCode::DuplicateSerial);
    refused(d.store().scanReceipt(d.acme, d.receiver, {r, {}, kMilk, {}, {}, {}, 1}),
            ErrorCode::InvalidArgument);
    refused(d.store().scanReceipt(d.acme, d.receiver, {posted, {}, kTentGtin, {}, {}, {}, 1}),
            ErrorCode::ReceiptNotOpen);
    refused(d.store().postReceipt(d.acme, d.receiver, posted), ErrorCode::ReceiptNotOpen);
    refused(d.store().undoReceiptScan(d.acme, d.receiver, posted), ErrorCode::ReceiptNotOpen);
    refused(d.store().scanReceipt(d.acme, d.receiver, {QStringLiteral("RCV1"), {}, kTentGtin, {}, {}, {}, 1}),
            ErrorCode::UnknownReceipt);
    // 30 tents are 720,000 cm3: a bulk bin takes 240,000.
    refused(d.store().confirmPutaway(d.acme, d.receiver, {kTent, {}, kDock, 30, QStringLiteral("ACME-B1")}),
            ErrorCode::OverCapacity);
    refused(d.store().confirmPutaway(d.acme, d.receiver, {kTent, {}, kDock, 1, QStringLiteral("ACME-PACK")}),
            ErrorCode::InvalidArgument);
    refused(d.store().confirmPutaway(d.acme, d.receiver, {kTent, {}, kDock, 31, QStringLiteral("ACME-BULK")}),
            ErrorCode::InsufficientStock);
    refused(d.store().suggestPutaway(d.acme, {kTent, {}, 0, kDock}), ErrorCode::NegativeQuantity);
}

TEST_CASE("receiving is tenant-scoped: another merchant's ASN, receipt, dock and bins are out of reach",
          "[receiving][db][tenant]")
{
    Dock d;
    WH_REQUIRE_OK(d.store().registerAsn(d.acme, Actor{}, d.asn()));
    const QString r = d.open(QStringLiteral("ASN-1"));
    d.scan(r, {{}, {}, kTentGtin, {}, {}, {}, 5});
    const Actor theirs = as(Role::Supervisor, QStringLiteral("gus"));

    const QString before = dumpDatabase(d.store().connection());
    CHECK(d.store().asn(d.globex, QStringLiteral("ASN-1")).error().code == ErrorCode::UnknownAsn);
    CHECK(d.store().receipt(d.globex, r).error().code == ErrorCode::ForeignTenant);
    CHECK(d.store().receiptItems(d.globex, r).error().code == ErrorCode::ForeignTenant);
    CHECK(d.store()
              .openReceipt(d.globex, theirs, {QStringLiteral("GLOBEX-RCV"), QStringLiteral("ASN-1")})
              .error()
              .code == ErrorCode::UnknownAsn);
    CHECK(d.store().openReceipt(d.globex, theirs, {kDock, {}}).error().code == ErrorCode::ForeignTenant);
    CHECK(d.store()
              .scanReceipt(d.globex, theirs, {r, {}, QStringLiteral("GLOBEX-SKU1"), {}, {}, {}, 1})
              .error()
              .code == ErrorCode::ForeignTenant);
    CHECK(d.store().undoReceiptScan(d.globex, theirs, r).error().code == ErrorCode::ForeignTenant);
    CHECK(d.store().postReceipt(d.globex, theirs, r).error().code == ErrorCode::ForeignTenant);
    CHECK(d.store()
              .confirmPutaway(d.globex, theirs,
                              {QStringLiteral("GLOBEX-SKU1"), {}, kDock, 1, QStringLiteral("GLOBEX-BULK")})
              .error()
              .code == ErrorCode::ForeignTenant);
    CHECK(dumpDatabase(d.store().connection()) == before);

    // The same ASN id is the other merchant's own; its SKUs are its own (acme's tent is unknown there).
    Asn theirsAsn = d.asn();
    theirsAsn.lines = {AsnLine{1, QStringLiteral("GLOBEX-SKU1"), 3, {}, {}, kPallet}};
    WH_REQUIRE_OK(d.store().registerAsn(d.globex, Actor{}, theirsAsn));
    CHECK(d.store().registerAsn(d.globex, Actor{}, d.asn(QStringLiteral("ASN-2"))).error().code ==
          ErrorCode::UnknownSku);
    const QString g = d.open(QStringLiteral("ASN-1"), &d.globex, QStringLiteral("GLOBEX-RCV"));
    // Acme's tent GTIN means nothing to globex: an unknown item there, not acme's stock.
    WH_REQUIRE_OK(d.store().scanReceipt(d.globex, theirs, {g, {}, kTentGtin, {}, {}, {}, 1}));
    WH_REQUIRE_OK(d.store().scanReceipt(d.globex, theirs, {g, kPallet, {}, {}, {}, {}, 1}));
    WH_REQUIRE_OK(d.store().postReceipt(d.globex, theirs, g));
    CHECK(d.store().stockInLocation(d.globex, QStringLiteral("GLOBEX-RCV"))->size() == 1);
    CHECK(d.store().stockInLocation(d.acme, kDock)->isEmpty());
    CHECK(d.store().asn(d.acme, QStringLiteral("ASN-1"))->status == AsnStatus::Open);
    d.requireRebuildEqual();
}

TEST_CASE("receiving needs `receive`, putaway `move`, an ASN the central service's `order_commands`",
          "[receiving][db][roles]")
{
    Dock d;
    d.f.store().receive(d.acme, d.f.actor(), {kTent, kDock, {}, {}, 2}).value();
    const QString r = d.open();
    const auto code = [](const auto& result) {
        return result.ok() ? std::optional<ErrorCode>() : result.error().code;
    };
    const ReceiptScan tent{r, {}, kTentGtin, {}, {}, {}, 1};
    const ConfirmPutaway away{kTent, {}, kDock, 1, QStringLiteral("ACME-B1")};

    CHECK(code(d.store().scanReceipt(d.acme, as(Role::Picker), tent)) == ErrorCode::PermissionDenied);
    CHECK(code(d.store().scanReceipt(d.acme, as(Role::Counter), tent)) == ErrorCode::PermissionDenied);
    CHECK(code(d.store().scanReceipt(d.acme, Actor{}, tent)) == ErrorCode::PermissionDenied); // no floor work
    CHECK(code(d.store().openReceipt(d.acme, as(Role::Packer), {kDock, {}})) == ErrorCode::PermissionDenied);
    CHECK(code(d.store().postReceipt(d.acme, as(Role::Picker), r)) == ErrorCode::PermissionDenied);
    CHECK(code(d.store().undoReceiptScan(d.acme, as(Role::Packer), r)) == ErrorCode::PermissionDenied);
    CHECK_FALSE(code(d.store().scanReceipt(d.acme, as(Role::Receiver), tent)));
    CHECK_FALSE(code(d.store().scanReceipt(d.acme, as(Role::Supervisor), tent)));

    CHECK(code(d.store().confirmPutaway(d.acme, as(Role::Picker), away)) == ErrorCode::PermissionDenied);
    CHECK(code(d.store().confirmPutaway(d.acme, Actor{}, away)) == ErrorCode::PermissionDenied);
    CHECK_FALSE(code(d.store().confirmPutaway(d.acme, as(Role::Counter), away)));
    CHECK_FALSE(code(d.store().confirmPutaway(d.acme, as(Role::Receiver), away)));

    CHECK(code(d.store().registerAsn(d.acme, as(Role::Receiver), d.asn())) == ErrorCode::PermissionDenied);
    CHECK(code(d.store().registerAsn(d.acme, as(Role::Supervisor), d.asn())) == ErrorCode::PermissionDenied);
    CHECK_FALSE(code(d.store().registerAsn(d.acme, Actor{}, d.asn())));
}

TEST_CASE("the demo announces a delivery per merchant that the dock can receive against", "[receiving][db]")
{
    StoreFixture f;
    WH_REQUIRE_OK(db::DemoData::seedIfEmpty(f.store()));
    for (const QString& tenant : {QStringLiteral("acme"), QStringLiteral("globex")}) {
        const TenantContext t(tenant);
        auto asn = f.store().asn(t, tenant.toUpper() + QStringLiteral("-ASN-1"));
        WH_REQUIRE_OK(asn);
        REQUIRE(asn->asn.lines.size() == 3);
        const QString pallet = asn->asn.lines[0].sscc;
        CHECK(Receiving::validSscc(pallet));
        const Actor receiver{QStringLiteral("rita"), QStringLiteral("dock-1"), Role::Receiver, {}};
        auto opened = f.store().openReceipt(t, receiver,
                                            {tenant.toUpper().left(1) + QStringLiteral("-RCV"), asn->asn.id});
        WH_REQUIRE_OK(opened);
        const QString r =
            opened->events.first().payloadObject().value(QStringLiteral("receiptId")).toString();
        WH_REQUIRE_OK(f.store().scanReceipt(t, receiver, {r, pallet, {}, {}, {}, {}, 1}));
        auto posted = f.store().postReceipt(t, receiver, r);
        WH_REQUIRE_OK(posted);
        const QJsonArray discrepancies =
            posted->events.last().payloadObject().value(QStringLiteral("discrepancies")).toArray();
        REQUIRE(discrepancies.size() == 1); // the loose cartons did not come
        CHECK(discrepancies[0].toObject().value(QStringLiteral("kind")).toString() ==
              QStringLiteral("under"));
    }
    QTemporaryDir scratch;
    auto rebuilt = f.store().rebuildInto(scratch.filePath(QStringLiteral("r.db")));
    WH_REQUIRE_OK(rebuilt);
    CHECK(rebuilt->equal());
}
