#include "TrackingNumber.h"

#include "EnumNames.h"

#include <algorithm>

namespace wh {

namespace {

constexpr EnumNames<TrackingFormat, 5> kNames{{{
    {TrackingFormat::Ups1Z, "ups_1z"},
    {TrackingFormat::FedEx12, "fedex_12"},
    {TrackingFormat::UspsImpb22, "usps_impb_22"},
    {TrackingFormat::Sscc18, "sscc_18"},
    {TrackingFormat::FedEx15, "fedex_15"},
}}};

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isUpperAlnum(QChar c)
{
    return isDigit(c) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool allDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), isDigit);
}

// GS1 mod 10 (GS1 General Specifications, "check digit calculation"): the digit next to the check digit
// weighs 3, the one before it 1, and so on; the check digit tops the sum up to a multiple of 10.
int gs1Mod10(QStringView digits)
{
    int sum = 0;
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        const int digit = digits[i].unicode() - '0';
        sum += ((n - 1 - i) % 2 == 0) ? digit * 3 : digit;
    }
    return (10 - sum % 10) % 10;
}

// UPS 1Z: letters count as (code - 63) mod 10, the 2nd, 4th, ... characters after "1Z" are doubled.
int upsCheck(QStringView afterOneZ)
{
    int sum = 0;
    for (qsizetype i = 0; i < afterOneZ.size(); ++i) {
        const QChar c = afterOneZ[i];
        const int value = isDigit(c) ? c.unicode() - '0' : (c.unicode() - 63) % 10;
        sum += (i % 2 == 1) ? value * 2 : value;
    }
    return (10 - sum % 10) % 10;
}

// FedEx Express 12: weights 3,1,7 from the left over the 11 serial digits, sum mod 11, 10 counts as 0.
int fedExCheck(QStringView serial)
{
    static constexpr int kWeights[] = {3, 1, 7};
    int sum = 0;
    for (qsizetype i = 0; i < serial.size(); ++i)
        sum += (serial[i].unicode() - '0') * kWeights[i % 3];
    return sum % 11 % 10;
}

// "a UPS tracking number", "an SSCC": what the number should have been, for the messages.
RefusalArg expected(TrackingFormat format)
{
    switch (format) {
    case TrackingFormat::Ups1Z:
        return refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "a UPS tracking number"));
    case TrackingFormat::FedEx12:
    case TrackingFormat::FedEx15:
        return refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "a FedEx tracking number"));
    case TrackingFormat::UspsImpb22:
        return refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "a USPS tracking number"));
    case TrackingFormat::Sscc18:
        return refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "an SSCC"));
    }
    return {};
}

// A peer or a scanner can send anything; a message quotes at most this much of it.
RefusalArg quoted(const QString& number)
{
    constexpr qsizetype kMax = 40;
    if (number.isEmpty())
        return refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "An empty number"));
    return number.size() <= kMax ? number : number.left(kMax) + QStringLiteral("...");
}

} // namespace

QString trackingFormatName(TrackingFormat format)
{
    return kNames.name(format);
}

std::optional<TrackingFormat> trackingFormatFromName(const QString& name)
{
    return kNames.value(name);
}

int TrackingNumber::length(TrackingFormat format)
{
    switch (format) {
    case TrackingFormat::Ups1Z:
        return 18;
    case TrackingFormat::FedEx12:
        return 12;
    case TrackingFormat::UspsImpb22:
        return 22;
    case TrackingFormat::Sscc18:
        return 18;
    case TrackingFormat::FedEx15:
        return 15;
    }
    return 0;
}

std::optional<int> TrackingNumber::checkDigit(TrackingFormat format, QStringView body)
{
    if (body.size() != bodyLength(format))
        return std::nullopt;
    switch (format) {
    case TrackingFormat::Ups1Z: {
        if (!body.startsWith(QLatin1String("1Z")))
            return std::nullopt;
        const QStringView rest = body.mid(2);
        if (!std::all_of(rest.begin(), rest.end(), isUpperAlnum))
            return std::nullopt;
        return upsCheck(rest);
    }
    case TrackingFormat::FedEx12:
        if (!allDigits(body))
            return std::nullopt;
        return fedExCheck(body);
    case TrackingFormat::UspsImpb22:
    case TrackingFormat::Sscc18:
    case TrackingFormat::FedEx15:
        if (!allDigits(body))
            return std::nullopt;
        return gs1Mod10(body);
    }
    return std::nullopt;
}

Status TrackingNumber::validate(TrackingFormat format, const QString& number)
{
    const auto refuse = [&](const RefusalArg& why) {
        return makeError(ErrorCode::InvalidArgument, QT_TRANSLATE_NOOP("wh::Refusal", "%1 is not %2: %3"),
                         {quoted(number), expected(format), why});
    };
    const int size = length(format);
    if (number.size() != size)
        return refuse(refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "it has %1 characters, not %2."),
                                   {QString::number(number.size()), QString::number(size)}));
    const QStringView body = QStringView(number).left(size - 1);
    const QChar last = number.back();
    switch (format) {
    case TrackingFormat::Ups1Z:
        if (!number.startsWith(QLatin1String("1Z")))
            return refuse(refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "it does not start with 1Z.")));
        if (!std::all_of(body.begin() + 2, body.end(), isUpperAlnum) || !isDigit(last))
            return refuse(refusalWords(QT_TRANSLATE_NOOP(
                "wh::Refusal", "after 1Z only capital letters A-Z and digits may follow, and the last "
                               "character is a digit.")));
        break;
    case TrackingFormat::UspsImpb22:
        if (!allDigits(number))
            return refuse(refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "it may hold digits only.")));
        // IMpb numbers start with the application identifier 91 to 95 (96 is FedEx Ground, for one).
        if (number[0] != QLatin1Char('9') || number[1] < QLatin1Char('1') || number[1] > QLatin1Char('5'))
            return refuse(refusalWords(
                QT_TRANSLATE_NOOP("wh::Refusal", "a 22-digit USPS number starts with 91 to 95.")));
        break;
    case TrackingFormat::FedEx12:
    case TrackingFormat::FedEx15:
    case TrackingFormat::Sscc18:
        if (!allDigits(number))
            return refuse(refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "it may hold digits only.")));
        break;
    }
    const std::optional<int> check = checkDigit(format, body);
    if (!check || *check != last.unicode() - '0')
        return refuse(refusalWords(QT_TRANSLATE_NOOP(
            "wh::Refusal", "its check digit does not match, so it was mistyped or misread.")));
    return {};
}

std::optional<TrackingFormat> TrackingNumber::formatByShape(const QString& number)
{
    if (number.startsWith(QLatin1String("1Z")))
        return TrackingFormat::Ups1Z;
    if (!allDigits(number))
        return std::nullopt;
    switch (number.size()) {
    case 12:
        return TrackingFormat::FedEx12;
    case 15:
        return TrackingFormat::FedEx15;
    case 18:
        return TrackingFormat::Sscc18;
    case 22:
        return TrackingFormat::UspsImpb22;
    default:
        return std::nullopt;
    }
}

Result<TrackingFormat> TrackingNumber::identify(const QString& number)
{
    const std::optional<TrackingFormat> format = formatByShape(number);
    if (!format)
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "%1 is not a tracking number the appliance knows (UPS 1Z, FedEx 12 "
                              "or 15 digits, USPS 22 digits, SSCC 18 digits)."),
            {quoted(number)});
    if (Status valid = validate(*format, number); !valid)
        return valid.error();
    return *format;
}

QString TrackingNumber::normalized(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (!c.isSpace())
            out.append(c.toUpper());
    return out;
}

std::optional<QString> TrackingNumber::withCheckDigit(TrackingFormat format, const QString& body)
{
    const std::optional<int> check = checkDigit(format, body);
    if (!check)
        return std::nullopt;
    return body + QChar(QLatin1Char(static_cast<char>('0' + *check)));
}

} // namespace wh
