#include "Gtin.h"

#include <algorithm>

namespace wh::Gtin {

namespace {

bool allDigits(const QString& text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
}

} // namespace

bool checkDigitValid(const QString& digits)
{
    if (!allDigits(digits) || digits.size() < 2)
        return false;
    int sum = 0;
    // Weights 3, 1, 3, ... from the digit next to the check digit.
    for (qsizetype i = digits.size() - 2, weight = 3; i >= 0; --i, weight = 4 - weight)
        sum += digits[i].digitValue() * int(weight);
    return (10 - sum % 10) % 10 == digits.back().digitValue();
}

bool valid(const QString& gtin)
{
    const qsizetype size = gtin.size();
    return (size == 8 || size == 12 || size == 13 || size == 14) && checkDigitValid(gtin);
}

QStringList forms(const QString& code)
{
    if (!allDigits(code))
        return {};
    QString digits = code;
    while (digits.size() > 8 && digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    QStringList out;
    for (int width : {8, 12, 13, 14})
        if (digits.size() <= width)
            out.append(digits.rightJustified(width, QLatin1Char('0')));
    return out;
}

} // namespace wh::Gtin
