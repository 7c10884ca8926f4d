#pragma once

#include "TestSupport.h"

#include <QTemporaryDir>

namespace wh::test {

// Two merchants on one store (acme and globex, each with the bins and SKU of StoreFixture::addTenant), the
// floor's people for stock control, and the checks every stock control test repeats: a refusal writes
// nothing, and the projections rebuilt from the log equal the live ones.
struct StockControlStore
{
    StoreFixture f;
    TenantContext acme{QStringLiteral("acme")};
    TenantContext globex{QStringLiteral("globex")};
    const QString sku = QStringLiteral("ACME-SKU1");
    const QString pick = QStringLiteral("ACME-PICK");
    const QString bulk = QStringLiteral("ACME-BULK");
    const QString qa = QStringLiteral("ACME-QA");
    Actor counter{QStringLiteral("cora"), QStringLiteral("station-2"), Role::Counter, {}};
    Actor receiver{QStringLiteral("ravi"), QStringLiteral("dock-1"), Role::Receiver, {}};
    Actor picker{QStringLiteral("pia"), QStringLiteral("station-3"), Role::Picker, {}};
    Actor supervisor{QStringLiteral("sam"), QStringLiteral("station-1"), Role::Supervisor, {}};
    Actor scheduler; // the appliance's own processes

    StockControlStore()
    {
        acme = f.addTenant(QStringLiteral("acme"));
        globex = f.addTenant(QStringLiteral("globex"));
    }

    db::Store& store() { return f.store(); }
    const Actor& admin() const { return f.actor(); }

    Actor approved(Actor actor) const
    {
        actor.approval = Approval{supervisor.userId, supervisor.role};
        return actor;
    }

    void receive(const QString& location, std::int64_t quantity, const QString& code = {})
    {
        WH_REQUIRE_OK(
            store().receive(acme, admin(), {code.isEmpty() ? sku : code, location, {}, {}, quantity}));
    }

    StockLevel level(const QString& location, const QString& code = {}, const QString& lot = {})
    {
        auto rows = store().stockInLocation(acme, location);
        WH_REQUIRE_OK(rows);
        for (const StockRecord& r : *rows)
            if (r.key.sku == (code.isEmpty() ? sku : code) && r.key.lot == lot)
                return r.level;
        return {};
    }

    QStringList typesFrom(std::int64_t seq)
    {
        QStringList types;
        for (const RecordedEvent& e : loggedEvents(store(), seq))
            types.append(e.type);
        return types;
    }

    std::int64_t head()
    {
        return store().connection().queryInt("SELECT coalesce(max(seq), 0) FROM events").value_or(-1);
    }

    QStringList outboxTypes()
    {
        QStringList types;
        db::Statement s = store().connection().prepare("SELECT type FROM outbox ORDER BY event_seq");
        while (s.next())
            types.append(s.text(0));
        return types;
    }

    void rebuildEquals()
    {
        QTemporaryDir scratch;
        REQUIRE(scratch.isValid());
        auto report = store().rebuildInto(scratch.filePath(QStringLiteral("rebuilt.db")));
        WH_REQUIRE_OK(report);
        QStringList differences;
        for (const db::TableDifference& d : report->differences)
            differences.append(QStringLiteral("%1: %2 only live, %3 only rebuilt")
                                   .arg(d.table)
                                   .arg(d.onlyLive)
                                   .arg(d.onlyRebuilt));
        INFO(differences.join(QStringLiteral("; ")).toStdString());
        CHECK(report->equal());
    }
};

} // namespace wh::test

// Refused with this code and a message, and not one row of the file changed.
#define WH_CHECK_REFUSED_UNCHANGED(fixture, expr, expectedCode)                                              \
    do {                                                                                                     \
        const QString wh_before_ = ::wh::test::dumpDatabase((fixture).store().connection());                 \
        const auto& wh_refused_ = (expr);                                                                    \
        INFO(                                                                                                \
            (wh_refused_.ok() ? QStringLiteral("accepted") : wh_refused_.error().toString()).toStdString()); \
        REQUIRE_FALSE(wh_refused_.ok());                                                                     \
        CHECK(wh_refused_.error().code == (expectedCode));                                                   \
        CHECK_FALSE(wh_refused_.error().message.isEmpty());                                                  \
        CHECK(::wh::test::dumpDatabase((fixture).store().connection()) == wh_before_);                       \
    } while (false)
