#pragma once

#include "DomainEvent.h"
#include "Sqlite.h"

namespace wh::db {

// The receiving events' share of the projector (asns, asn_lines, receipts, receipt_items). Like Projector,
// it reads nothing but the event, so the live path and a rebuild write the same rows.
namespace ReceivingProjector {

bool handles(const QString& type);
Status apply(Connection& connection, const RecordedEvent& event, const QJsonObject& payload);

} // namespace ReceivingProjector
} // namespace wh::db
