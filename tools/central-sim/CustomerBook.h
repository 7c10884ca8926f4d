#pragma once

// The customers of the simulation: a population per tenant generated from a seed, the same for the same
// seed on every machine (its own generator arithmetic, no library distribution or process-seeded hash). Most
// customers pass intake; exact, configurable shares of them do not (unverified email, unusable address, no
// payment method; disjoint, so each such customer fails for one reason), some fail the payment saga's
// address or CVV verification, and a few share a card fingerprint so velocity checks have something to find.

#include "Customer.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace wh::central {

struct CustomerMix
{
    int perTenant = 200;
    // Shares of perTenant, rounded to whole customers.
    double unverifiedEmail = 0.02;
    double invalidAddress = 0.02;
    double noPaymentMethod = 0.02;
    double avsMismatch = 0.02;
    double cvvMismatch = 0.01;
    double sharedCard = 0.03; // customers whose card fingerprint is also another customer's
    int sharedCardPool = 2;   // how many fingerprints they share among them
    std::uint64_t seed = 1;
};

class CustomerBook
{
public:
    static CustomerBook generate(const QStringList& tenants, const CustomerMix& mix);
    // One tenant's population: depends on the seed and the tenant's id only, not on which other tenants
    // exist.
    static QList<Customer> generateTenant(const QString& tenant, const CustomerMix& mix);

    void add(const Customer& customer) { m_customers.insert(customer.id, customer); }
    // By id, whatever its tenant: intake tells a foreign customer from an unknown one.
    const Customer* find(const QString& id) const;
    QList<Customer> customers(const QString& tenant) const; // by id
    qsizetype size() const { return m_customers.size(); }

    // {"customers": [{"id", "tenant", "email", "emailVerified", "shipTo": {"name", "lines", "city",
    // "postcode", "country"}, "billCountry", "paymentToken", "cardFingerprint", "avsMatch", "cvvMatch"}]}
    QByteArray toJson() const;
    static std::optional<CustomerBook> fromJson(const QByteArray& json, QString* error);

private:
    QMap<QString, Customer> m_customers; // id -> customer
};

} // namespace wh::central
