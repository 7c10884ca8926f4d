#pragma once

#include "Actor.h"

#include <QString>

namespace wh {

// A merchant whose stock the warehouse holds. Several share one warehouse; their data never mixes.
struct Tenant
{
    QString id; // short stable code, e.g. "acme"
    QString name;
};

// Proof that a caller acts for one tenant. Every repository call takes one, so a query without a tenant
// cannot be written by accident; the store hands them out only for tenants it knows.
class TenantContext
{
public:
    explicit TenantContext(QString tenantId)
        : m_tenantId(std::move(tenantId))
    {}
    const QString& id() const { return m_tenantId; }
    bool operator==(const TenantContext&) const = default;

private:
    QString m_tenantId;
};

} // namespace wh
