#pragma once

// The checker's stock rule for the sagas (docs/central-sagas.md): per warehouse, the units an appliance holds
// reserved for the service's orders equal what the open orders routed there still demand.
//
// Both sides come from different records. The appliance's side is rebuilt from the events it sent, as its own
// projection counts them: units reserved (InventoryReserved allocations), less units released
// (ReservationReleased), less units picked (StockPicked: a pick consumes its reservation). The demand side is
// the sagas' own: each part's lines at its warehouse, after re-routing, shortfalls and modifications. A part
// that is open (reserved, not shipped) demands its lines less what was picked of them; a part that shipped,
// failed, was cancelled or returned demands nothing; a warehouse holding no part of the order must hold nothing
// for it. A part whose command is still unanswered (asked to reserve, or to cancel) is in flight: it is left out.

#include "CentralStore.h"
#include "SagaStore.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace wh::central {

struct ReservationTotals
{
    QString warehouse;
    QString tenant;
    std::int64_t reserved = 0; // units the appliance holds reserved for the sagas' orders (from its events)
    std::int64_t demanded = 0; // units the open orders routed there still demand
    std::int64_t orders = 0;   // orders with an open part there
};

struct ReservationReport
{
    QStringList problems; // each broken rule in plain words
    QList<ReservationTotals> totals;
    std::int64_t inFlight = 0; // parts left out: their command is unanswered
    QJsonObject toJson() const;
};

ReservationReport checkReservations(CentralStore& store, const QList<SagaRow>& sagas);

} // namespace wh::central
