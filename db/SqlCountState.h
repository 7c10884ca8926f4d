#pragma once

#include "CycleCount.h"
#include "Returns.h"
#include "Sqlite.h"
#include "Tenant.h"

namespace wh::db {

// The read side of cycle counts and customer returns over SQLite, for one tenant: every query binds the
// tenant id, so another merchant's counts, bins and returns cannot be read through it. Used beside
// SqlInventoryState on the same connection, inside the same action's transaction.
class SqlCountState final : public CountState, public ReturnsState
{
public:
    SqlCountState(Connection& connection, const TenantContext& tenant)
        : m_connection(connection)
        , m_tenant(tenant.id())
    {}

    std::optional<CountRecord> countTask(const QString& id) const override;
    QString openCountOf(const QString& location) const override;
    CountTolerance countTolerance() const override;
    QList<StockRecord> stockInBin(const QString& location) const override;

    std::optional<ReturnAuthorization> rma(const QString& id) const override;
    std::optional<ReturnRecord> customerReturn(const QString& id) const override;
    QList<ReturnedUnits> returnedForOrder(const QString& orderId) const override;
    QList<ReturnedUnits> returnedForRma(const QString& rmaId) const override;
    QList<ReturnedUnits> authorizedForOrder(const QString& orderId) const override;

    // The counts a counter may work on (counting), oldest first.
    QList<CountSheet> openCounts() const;
    // Submitted rounds beyond tolerance, waiting for a supervisor (the kiosk\'s supervisor screen).
    QList<CountSheet> countsInReview() const;

private:
    QList<CountSheet> countsWithStatus(const QString& status) const;
    Connection& m_connection;
    QString m_tenant;
};

} // namespace wh::db
