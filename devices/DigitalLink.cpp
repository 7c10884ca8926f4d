#include "DigitalLink.h"

#include <QByteArray>
#include <QStringList>

#include <algorithm>
#include <array>

namespace wh::devices {

namespace {

// The AIs a Digital Link path may start with (GS1 Digital Link Standard, "primary keys"), as far as the AI
// table holds them.
constexpr std::array<std::u16string_view, 13> kPrimaryKeys{u"00",   u"01",   u"253", u"255",  u"401",
                                                           u"402",  u"414",  u"417", u"8003", u"8004",
                                                           u"8006", u"8017", u"8018"};

bool isPrimaryKey(QStringView segment)
{
    return std::any_of(kPrimaryKeys.begin(), kPrimaryKeys.end(),
                       [&](std::u16string_view key) { return QStringView(key) == segment; });
}

bool allDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(),
                                          [](QChar c) { return c.unicode() >= '0' && c.unicode() <= '9'; });
}

QString decoded(QStringView text)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text.toUtf8()));
}

Gs1Error unknownAi(const QString& ai)
{
    const Refusal refusal{QT_TRANSLATE_NOOP("wh::Refusal", "The web address names AI %1, which is no GS1 "
                                                           "application identifier the appliance knows."),
                          {ai}};
    return Gs1Error{Gs1ErrorCategory::UnknownAi, ai, refusal.english(), false, refusal};
}

} // namespace

std::optional<Gs1Message> DigitalLink::parse(QStringView uri, QDate today)
{
    qsizetype start = 0;
    if (uri.startsWith(u"https://", Qt::CaseInsensitive))
        start = 8;
    else if (uri.startsWith(u"http://", Qt::CaseInsensitive))
        start = 7;
    else
        return std::nullopt;
    QStringView rest = uri.mid(start);
    if (const qsizetype hash = rest.indexOf(QLatin1Char('#')); hash >= 0)
        rest = rest.left(hash);
    QStringView query;
    if (const qsizetype mark = rest.indexOf(QLatin1Char('?')); mark >= 0) {
        query = rest.mid(mark + 1);
        rest = rest.left(mark);
    }
    const QList<QStringView> segments = rest.split(QLatin1Char('/'));
    // segments[0] is the host; a resolver may put its own path before the key
    // (https://example.com/dl/01/...).
    qsizetype keyAt = -1;
    for (qsizetype i = 1; i + 1 < segments.size(); ++i)
        if (isPrimaryKey(segments[i])) {
            keyAt = i;
            break;
        }
    if (keyAt < 0)
        return std::nullopt;

    Gs1Message message;
    const auto add = [&](const QString& ai, QString value) {
        const Gs1AiSpec* spec = Gs1::lookupAi(ai);
        if (!spec) {
            message.error = unknownAi(ai);
            return false;
        }
        // A Digital Link may carry a GTIN-8, -12 or -13 as it is printed; the element string is always 14.
        if (ai == QLatin1String("01") && allDigits(value) &&
            (value.size() == 8 || value.size() == 12 || value.size() == 13))
            value = QString(14 - value.size(), QLatin1Char('0')) + value;
        Gs1Element element;
        if (std::optional<Gs1Error> error = Gs1::validateValue(*spec, ai, value, today, element)) {
            message.error = std::move(error);
            return false;
        }
        message.elements.append(std::move(element));
        return true;
    };

    if ((segments.size() - keyAt) % 2 != 0 && !segments.back().isEmpty()) {
        // An AI with no value after it: the address was cut off.
        const Refusal refusal{
            QT_TRANSLATE_NOOP("wh::Refusal", "The web address ends with AI %1 and no value for it."),
            {segments.back().toString()}};
        message.error = Gs1Error{Gs1ErrorCategory::BadLength, segments.back().toString(), refusal.english(),
                                 true, refusal};
        return message;
    }
    for (qsizetype i = keyAt; i + 1 < segments.size(); i += 2) {
        const QString ai = segments[i].toString();
        if (!allDigits(ai)) {
            message.error = unknownAi(ai);
            return message;
        }
        if (!add(ai, decoded(segments[i + 1])))
            return message;
    }
    // Query attributes: numeric keys are AIs; others (linkType, a brand's own) are for the resolver.
    for (QStringView pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equal = pair.indexOf(QLatin1Char('='));
        const QStringView key = equal >= 0 ? pair.left(equal) : pair;
        if (!allDigits(key))
            continue;
        if (!add(key.toString(), equal >= 0 ? decoded(pair.mid(equal + 1)) : QString()))
            return message;
    }
    message.error = Gs1::checkCombination(message.elements);
    return message;
}

} // namespace wh::devices
