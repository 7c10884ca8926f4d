#include "CustomerBook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <random>

namespace wh::central {

namespace {

// FNV-1a over the UTF-8 bytes: stable across runs and machines, unlike qHash.
std::uint64_t stableHash(const QString& text)
{
    std::uint64_t hash = 14695981039346656037ull;
    for (char byte : text.toUtf8()) {
        hash ^= std::uint8_t(byte);
        hash *= 1099511628211ull;
    }
    return hash;
}

// mt19937_64's sequence is fixed by the standard; std::uniform_int_distribution's mapping is not.
std::uint64_t below(std::mt19937_64& random, std::uint64_t n)
{
    return n == 0 ? 0 : random() % n;
}

QList<int> shuffled(int n, std::mt19937_64& random)
{
    QList<int> indices(n);
    for (int i = 0; i < n; ++i)
        indices[i] = i;
    for (int i = n - 1; i > 0; --i)
        std::swap(indices[i], indices[int(below(random, std::uint64_t(i) + 1))]);
    return indices;
}

int share(double fraction, int n)
{
    return std::clamp(int(std::llround(std::max(0.0, fraction) * n)), 0, n);
}

struct Place
{
    const char* country;
    const char* city;
    const char* postcode;
    const char* street;
};

constexpr Place kPlaces[] = {
    {"US", "Springfield", "62704", "1200 Oak Street"}, {"US", "Austin", "78701-1234", "300 Congress Ave"},
    {"GB", "London", "SW1A 1AA", "10 Downing Street"}, {"GB", "Leeds", "LS1 4AP", "22 Park Row"},
    {"DE", "Berlin", "10115", "Invalidenstrasse 12"},  {"FR", "Paris", "75001", "5 Rue de Rivoli"},
    {"NL", "Amsterdam", "1012 AB", "Damrak 1"},
};

constexpr const char* kNames[] = {"Alex Morgan",  "Sam Lee",      "Maria Garcia", "Jan de Vries",
                                  "Anna Schmidt", "Louis Martin", "Priya Patel",  "Tom Baker",
                                  "Eva Jansen",   "Noah Brown"};

QString hex(std::uint64_t value)
{
    return QString::number(value, 16).rightJustified(16, QLatin1Char('0'));
}

// An address that fails exactly one rule, a different one by turn.
void spoil(Address& address, int variant)
{
    switch (variant % 4) {
    case 0:
        address.postcode = QStringLiteral("ABC");
        break;
    case 1:
        address.city.clear();
        break;
    case 2:
        address.country = QStringLiteral("ZZ");
        break;
    default:
        address.lines.clear();
        break;
    }
}

QJsonObject toJson(const Customer& c)
{
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("tenant"), c.tenant},
                       {QStringLiteral("email"), c.email},
                       {QStringLiteral("emailVerified"), c.emailVerified},
                       {QStringLiteral("shipTo"),
                        QJsonObject{{QStringLiteral("name"), c.shipTo.name},
                                    {QStringLiteral("lines"), QJsonArray::fromStringList(c.shipTo.lines)},
                                    {QStringLiteral("city"), c.shipTo.city},
                                    {QStringLiteral("postcode"), c.shipTo.postcode},
                                    {QStringLiteral("country"), c.shipTo.country}}},
                       {QStringLiteral("billCountry"), c.billCountry},
                       {QStringLiteral("paymentToken"), c.paymentToken},
                       {QStringLiteral("cardFingerprint"), c.cardFingerprint},
                       {QStringLiteral("avsMatch"), c.avsMatch},
                       {QStringLiteral("cvvMatch"), c.cvvMatch}};
}

} // namespace

QList<Customer> CustomerBook::generateTenant(const QString& tenant, const CustomerMix& mix)
{
    const int n = std::max(0, mix.perTenant);
    std::mt19937_64 random(mix.seed ^ stableHash(tenant));
    QList<Customer> customers;
    customers.reserve(n);
    for (int i = 0; i < n; ++i) {
        Customer c;
        c.id = QStringLiteral("%1-C%2").arg(tenant).arg(i + 1, 5, 10, QLatin1Char('0'));
        c.tenant = tenant;
        c.email = QStringLiteral("c%1@%2.example").arg(i + 1, 5, 10, QLatin1Char('0')).arg(tenant);
        c.emailVerified = true;
        const Place& place = kPlaces[below(random, std::size(kPlaces))];
        c.shipTo = Address{QLatin1String(kNames[below(random, std::size(kNames))]),
                           {QLatin1String(place.street)},
                           QLatin1String(place.city),
                           QLatin1String(place.postcode),
                           QLatin1String(place.country)};
        c.billCountry = c.shipTo.country;
        c.paymentToken = QStringLiteral("tok_") + hex(random());
        c.cardFingerprint = QStringLiteral("fp_") + hex(random());
        customers.append(c);
    }

    // Intake failures: disjoint, so a flawed customer's rejection code is known.
    const QList<int> order = shuffled(n, random);
    int next = 0;
    const int unverified = share(mix.unverifiedEmail, n);
    for (int k = 0; k < unverified && next < n; ++k)
        customers[order[next++]].emailVerified = false;
    const int badAddress = share(mix.invalidAddress, n);
    for (int k = 0; k < badAddress && next < n; ++k)
        spoil(customers[order[next++]].shipTo, k);
    const int noPayment = share(mix.noPaymentMethod, n);
    for (int k = 0; k < noPayment && next < n; ++k) {
        customers[order[next]].paymentToken.clear();
        customers[order[next++]].cardFingerprint.clear();
    }

    // Payment-saga signals, among everyone who has a card.
    QList<int> carded;
    for (int i : shuffled(n, random))
        if (!customers[i].paymentToken.isEmpty())
            carded.append(i);
    for (int k = 0; k < std::min<qsizetype>(share(mix.avsMismatch, n), carded.size()); ++k)
        customers[carded[k]].avsMatch = false;
    carded = {};
    for (int i : shuffled(n, random))
        if (!customers[i].paymentToken.isEmpty())
            carded.append(i);
    for (int k = 0; k < std::min<qsizetype>(share(mix.cvvMismatch, n), carded.size()); ++k)
        customers[carded[k]].cvvMatch = false;
    carded = {};
    for (int i : shuffled(n, random))
        if (!customers[i].paymentToken.isEmpty())
            carded.append(i);
    const int shared = std::min<int>(share(mix.sharedCard, n), int(carded.size()));
    const int pool =
        std::max(1, std::min(mix.sharedCardPool, shared / 2)); // each shared print is held twice+
    if (shared >= 2) {
        QStringList prints;
        for (int p = 0; p < pool; ++p)
            prints.append(QStringLiteral("fp_shared_%1_").arg(p) + hex(random()));
        for (int k = 0; k < shared; ++k)
            customers[carded[k]].cardFingerprint = prints[k % pool];
    }
    return customers;
}

CustomerBook CustomerBook::generate(const QStringList& tenants, const CustomerMix& mix)
{
    CustomerBook book;
    for (const QString& tenant : tenants)
        for (const Customer& customer : generateTenant(tenant, mix))
            book.add(customer);
    return book;
}

const Customer* CustomerBook::find(const QString& id) const
{
    const auto found = m_customers.constFind(id);
    return found == m_customers.cend() ? nullptr : &*found;
}

QList<Customer> CustomerBook::customers(const QString& tenant) const
{
    QList<Customer> result;
    for (const Customer& customer : m_customers)
        if (customer.tenant == tenant)
            result.append(customer);
    return result;
}

QByteArray CustomerBook::toJson() const
{
    QJsonArray customers;
    for (const Customer& customer : m_customers)
        customers.append(wh::central::toJson(customer));
    return QJsonDocument(QJsonObject{{QStringLiteral("customers"), customers}})
        .toJson(QJsonDocument::Compact);
}

std::optional<CustomerBook> CustomerBook::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError ||
        !document.object().value(QStringLiteral("customers")).isArray()) {
        *error = QStringLiteral("the customers are not {\"customers\": [...]}");
        return std::nullopt;
    }
    CustomerBook book;
    for (const QJsonValue& value : document.object().value(QStringLiteral("customers")).toArray()) {
        const QJsonObject o = value.toObject();
        Customer c;
        c.id = o.value(QStringLiteral("id")).toString();
        c.tenant = o.value(QStringLiteral("tenant")).toString();
        if (c.id.isEmpty() || c.tenant.isEmpty()) {
            *error = QStringLiteral("every customer needs an \"id\" and a \"tenant\"");
            return std::nullopt;
        }
        if (book.find(c.id)) {
            *error = QStringLiteral("customer %1 is given twice").arg(c.id);
            return std::nullopt;
        }
        c.email = o.value(QStringLiteral("email")).toString();
        c.emailVerified = o.value(QStringLiteral("emailVerified")).toBool();
        const QJsonObject shipTo = o.value(QStringLiteral("shipTo")).toObject();
        c.shipTo.name = shipTo.value(QStringLiteral("name")).toString();
        for (const QJsonValue& line : shipTo.value(QStringLiteral("lines")).toArray())
            c.shipTo.lines.append(line.toString());
        c.shipTo.city = shipTo.value(QStringLiteral("city")).toString();
        c.shipTo.postcode = shipTo.value(QStringLiteral("postcode")).toString();
        c.shipTo.country = shipTo.value(QStringLiteral("country")).toString();
        c.billCountry = o.value(QStringLiteral("billCountry")).toString();
        c.paymentToken = o.value(QStringLiteral("paymentToken")).toString();
        c.cardFingerprint = o.value(QStringLiteral("cardFingerprint")).toString();
        c.avsMatch = o.value(QStringLiteral("avsMatch")).toBool(true);
        c.cvvMatch = o.value(QStringLiteral("cvvMatch")).toBool(true);
        book.add(c);
    }
    return book;
}

} // namespace wh::central
