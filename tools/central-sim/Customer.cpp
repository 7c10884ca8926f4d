#include "Customer.h"

#include <QRegularExpression>

namespace wh::central {

namespace {

struct CountryRule
{
    const char* country;
    const char* postcode; // anchored, upper case; a lower-case postcode is upper-cased before the match
    const char* example;
};

// The postcode as the national post prints it, with the one optional space people leave out.
constexpr CountryRule kCountries[] = {
    {"DE", "^[0-9]{5}$", "10115"},
    {"FR", "^[0-9]{5}$", "75001"},
    {"GB", "^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$", "SW1A 1AA"},
    {"NL", "^[1-9][0-9]{3} ?[A-Z]{2}$", "1012 AB"},
    {"US", "^[0-9]{5}(-[0-9]{4})?$", "94105 or 94105-1234"},
};

const CountryRule* countryRule(const QString& country)
{
    for (const CountryRule& rule : kCountries)
        if (country == QLatin1String(rule.country))
            return &rule;
    return nullptr;
}

bool blank(const QString& text)
{
    return text.trimmed().isEmpty();
}

} // namespace

QStringList supportedCountries()
{
    QStringList countries;
    for (const CountryRule& rule : kCountries)
        countries.append(QLatin1String(rule.country));
    return countries;
}

QString addressProblem(const Address& address)
{
    if (blank(address.name))
        return QStringLiteral("the address has no name");
    bool anyLine = false;
    for (const QString& line : address.lines)
        anyLine = anyLine || !blank(line);
    if (!anyLine)
        return QStringLiteral("the address has no street line");
    if (blank(address.city))
        return QStringLiteral("the address has no city");
    const CountryRule* rule = countryRule(address.country);
    if (!rule)
        return QStringLiteral("we do not ship to country \"%1\" (we ship to %2)")
            .arg(address.country, supportedCountries().join(QStringLiteral(", ")));
    const QRegularExpression pattern(QLatin1String(rule->postcode));
    if (!pattern.match(address.postcode.trimmed().toUpper()).hasMatch())
        return QStringLiteral("\"%1\" is not a postcode of %2 (for example %3)")
            .arg(address.postcode, address.country, QLatin1String(rule->example));
    return {};
}

} // namespace wh::central
