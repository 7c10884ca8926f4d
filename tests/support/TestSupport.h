#pragma once

#include "Clock.h"
#include "StaffDirectory.h"
#include "Store.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

namespace wh::test {

// 2026-03-02 09:00 UTC: a fixed "now" so expiry dates and event times are deterministic.
QDateTime fixedNow();

// A temporary folder with a store in it, removed after the test; the clock is manual.
class StoreFixture
{
public:
    explicit StoreFixture(db::StoreOptions options = {});

    QString path() const { return m_dir.filePath(QStringLiteral("warehouse.db")); }
    QString dirPath() const { return m_dir.path(); }
    db::Store& store() { return *m_store; }
    ManualClock& clock() { return m_clock; }
    const Actor& actor() const { return m_actor; }
    void reopen(db::StoreOptions options = {});
    void close() { m_store.reset(); }

    // Registers a tenant with a pick face, a bulk bin, receiving and quarantine, and one SKU.
    TenantContext addTenant(const QString& id, bool lotTracked = false);

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    Actor m_actor{QStringLiteral("tester"), QStringLiteral("test-station"), Role::Admin, {}};
    std::unique_ptr<db::Store> m_store;
};

// The log as the file holds it, from `fromSeq` on.
QList<RecordedEvent> loggedEvents(db::Store& store, std::int64_t fromSeq = 1);

// A complete address for orders and the ship-from profile.
Address testAddress(const QString& name);

// Argon2id at libsodium's lowest cost: a test's staff PINs hash in microseconds instead of tenths of a second.
db::StaffPolicy fastStaffPolicy();

// The shipping master data a tenant needs to ship: cartons S, M and L, UPS Ground (Standard) and UPS Next Day
// Air (Overnight) rate cards, a UPS tracking range of `rangeSize` numbers named "<TENANT>-UPS-1" (shipper
// number from the tenant id) with a
// low-water mark of `lowWater`, and a ship-from profile (UTC, no holidays). Returns the first refusal.
Status configureShipping(db::Store& store, const TenantContext& t, const Actor& actor, int rangeSize = 1000,
                         int lowWater = 0);

// "Ship this order" through the real store calls, for tests that need a shipped order rather than testing
// packing: open an L carton, scan in every picked unit still unpacked, close it at the expected weight,
// create the shipment, hand it over. Resumes where an earlier attempt stopped (a packed order goes straight
// to its shipment). Returns the shipment id, or the first refusal. Thread-safe (no Catch2 macros).
Result<QString> packAndShip(db::Store& store, const TenantContext& t, const Actor& actor,
                            const QString& orderId);
// The same up to the label: packed and its shipment created (an existing one is returned), not handed over.
Result<QString> packForShipment(db::Store& store, const TenantContext& t, const Actor& actor,
                                const QString& orderId);

// One pass of the floor for these tenants, as a worker would do it: plan what can be picked (one order per
// task), pick every open line into a tote, pack and ship every order of the task. Refusals are normal in the
// tests that use it (an order cancelled meanwhile, a lock held a moment by another process): the floor moves
// on. Returns how many orders were shipped. Thread-safe (no Catch2 macros).
int pickPackShip(db::Store& store, const Actor& actor, const QStringList& tenants);

// Every row of every table, as text: two snapshots compare equal when nothing was written.
QString dumpDatabase(db::Connection& connection);

// REQUIRE on a Result, printing the error when it failed.
#define WH_REQUIRE_OK(expr)                                                                                  \
    do {                                                                                                     \
        const auto& wh_result_ = (expr);                                                                     \
        INFO((wh_result_.ok() ? QString() : wh_result_.error().toString()).toStdString());                   \
        REQUIRE(wh_result_.ok());                                                                            \
    } while (false)

} // namespace wh::test
