#pragma once

// The customer as the central service knows it at order intake: who it is, whose customer (tenants never
// mix), where the parcel goes and whether a payment method is on file. The card's fingerprint and the
// address and CVV verification results are not intake's business; the payment saga's fraud checks read them.

#include <QString>
#include <QStringList>

namespace wh::central {

struct Address
{
    QString name;
    QStringList lines; // street, building, ...: one printed line each
    QString city;
    QString postcode;
    QString country; // ISO 3166-1 alpha-2, upper case
};

// The countries the service ships to: US, GB, DE, FR, NL.
QStringList supportedCountries();
// Empty when the address is one a label can be printed with and a carrier can deliver to: a name, at least
// one line that is not blank, a city, a supported country given as its upper-case ISO code, and a postcode
// of that country's form. Otherwise what is wrong, in plain words.
QString addressProblem(const Address& address);
inline bool validAddress(const Address& address)
{
    return addressProblem(address).isEmpty();
}

struct Customer
{
    QString id;
    QString tenant;
    QString email;
    bool emailVerified = false;
    Address shipTo;
    QString billCountry;
    QString paymentToken; // empty: no payment method on file
    QString cardFingerprint;
    bool avsMatch = true; // the card issuer's address verification agreed with the billing address
    bool cvvMatch = true;
};

} // namespace wh::central
