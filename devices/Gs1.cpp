#include "Gs1.h"

#include <QStringList>

#include <algorithm>
#include <array>

namespace wh::devices {

namespace {

using C = Gs1Component;
using Cs = Gs1Charset;
using K = Gs1Check;

constexpr C fixedN(int length, K check = K::None)
{
    return {Cs::Numeric, static_cast<std::uint8_t>(length), static_cast<std::uint8_t>(length), check};
}
constexpr C upToN(int max)
{
    return {Cs::Numeric, 1, static_cast<std::uint8_t>(max), K::None};
}
constexpr C upToX(int max, int min = 1)
{
    return {Cs::Cset82, static_cast<std::uint8_t>(min), static_cast<std::uint8_t>(max), K::None};
}

constexpr Gs1AiSpec entry(std::string_view prefix, C a, std::string_view title, bool predefined = false)
{
    return {prefix, -1, predefined, 1, {a, {}, {}}, title};
}
constexpr Gs1AiSpec entry2(std::string_view prefix, C a, C b, std::string_view title)
{
    return {prefix, -1, false, 2, {a, b, {}}, title};
}
constexpr Gs1AiSpec entry3(std::string_view prefix, C a, C b, C c, std::string_view title)
{
    return {prefix, -1, false, 3, {a, b, c}, title};
}
// 310n-369n: six digits, n (0-5) is the number of decimals; all are predefined-length (prefixes 31-36).
constexpr Gs1AiSpec measure(std::string_view prefix, std::string_view title)
{
    return {prefix, 5, true, 1, {fixedN(6), {}, {}}, title};
}
// 390n-393n: amounts and prices, n (0-9) the number of decimals, optionally after an ISO 4217 currency.
constexpr Gs1AiSpec amount(std::string_view prefix, bool withCurrency, std::string_view title)
{
    if (withCurrency)
        return {prefix, 9, false, 2, {fixedN(3), upToN(15), {}}, title};
    return {prefix, 9, false, 1, {upToN(15), {}, {}}, title};
}

// The AI table, from the GS1 General Specifications (section 3, "GS1 Application Identifiers") and the GS1
// Barcode Syntax Dictionary the Syntax Engine is built from. Sorted by prefix (checked below) so lookups are
// a binary search; AIs are prefix-free by design, so the first match is the only one. docs/gs1.md lists what
// is covered and what is not.
constexpr Gs1AiSpec kAiTable[] = {
    entry("00", fixedN(18, K::Mod10), "SSCC", true),
    entry("01", fixedN(14, K::Mod10), "GTIN", true),
    entry("02", fixedN(14, K::Mod10), "CONTENT", true),
    entry("03", fixedN(14, K::Mod10), "MTO GTIN", true),
    entry("10", upToX(20), "BATCH/LOT"),
    entry("11", fixedN(6, K::DateZeroDay), "PROD DATE", true),
    entry("12", fixedN(6, K::DateZeroDay), "DUE DATE", true),
    entry("13", fixedN(6, K::DateZeroDay), "PACK DATE", true),
    entry("15", fixedN(6, K::DateZeroDay), "BEST BEFORE or BEST BY", true),
    entry("16", fixedN(6, K::DateZeroDay), "SELL BY", true),
    entry("17", fixedN(6, K::DateZeroDay), "USE BY or EXPIRY", true),
    entry("20", fixedN(2), "VARIANT", true),
    entry("21", upToX(20), "SERIAL"),
    entry("22", upToX(20), "CPV"),
    entry("235", upToX(28), "TPX"),
    entry("240", upToX(30), "ADDITIONAL ID"),
    entry("241", upToX(30), "CUST. PART No."),
    entry("242", upToN(6), "MTO VARIANT"),
    entry("243", upToX(20), "PCN"),
    entry("250", upToX(30), "SECONDARY SERIAL"),
    entry("251", upToX(30), "REF. TO SOURCE"),
    entry2("253", fixedN(13, K::Mod10), upToX(17, 0), "GDTI"),
    entry("254", upToX(20), "GLN EXTENSION COMPONENT"),
    entry2("255", fixedN(13, K::Mod10), {Cs::Numeric, 0, 12, K::None}, "GCN"),
    entry("30", upToN(8), "VAR. COUNT"),
    measure("310", "NET WEIGHT (kg)"),
    measure("311", "LENGTH (m)"),
    measure("312", "WIDTH (m)"),
    measure("313", "HEIGHT (m)"),
    measure("314", "AREA (m2)"),
    measure("315", "NET VOLUME (l)"),
    measure("316", "NET VOLUME (m3)"),
    measure("320", "NET WEIGHT (lb)"),
    measure("321", "LENGTH (in)"),
    measure("322", "LENGTH (ft)"),
    measure("323", "LENGTH (yd)"),
    measure("324", "WIDTH (in)"),
    measure("325", "WIDTH (ft)"),
    measure("326", "WIDTH (yd)"),
    measure("327", "HEIGHT (in)"),
    measure("328", "HEIGHT (ft)"),
    measure("329", "HEIGHT (yd)"),
    measure("330", "GROSS WEIGHT (kg)"),
    measure("331", "LENGTH (m), log"),
    measure("332", "WIDTH (m), log"),
    measure("333", "HEIGHT (m), log"),
    measure("334", "AREA (m2), log"),
    measure("335", "VOLUME (l), log"),
    measure("336", "VOLUME (m3), log"),
    measure("337", "KG PER m2"),
    measure("340", "GROSS WEIGHT (lb)"),
    measure("341", "LENGTH (in), log"),
    measure("342", "LENGTH (ft), log"),
    measure("343", "LENGTH (yd), log"),
    measure("344", "WIDTH (in), log"),
    measure("345", "WIDTH (ft), log"),
    measure("346", "WIDTH (yd), log"),
    measure("347", "HEIGHT (in), log"),
    measure("348", "HEIGHT (ft), log"),
    measure("349", "HEIGHT (yd), log"),
    measure("350", "AREA (in2)"),
    measure("351", "AREA (ft2)"),
    measure("352", "AREA (yd2)"),
    measure("353", "AREA (in2), log"),
    measure("354", "AREA (ft2), log"),
    measure("355", "AREA (yd2), log"),
    measure("356", "NET WEIGHT (troy oz)"),
    measure("357", "NET VOLUME (oz)"),
    measure("360", "NET VOLUME (qt)"),
    measure("361", "NET VOLUME (gal.)"),
    measure("362", "VOLUME (qt), log"),
    measure("363", "VOLUME (gal.), log"),
    measure("364", "VOLUME (in3)"),
    measure("365", "VOLUME (ft3)"),
    measure("366", "VOLUME (yd3)"),
    measure("367", "VOLUME (in3), log"),
    measure("368", "VOLUME (ft3), log"),
    measure("369", "VOLUME (yd3), log"),
    entry("37", upToN(8), "COUNT"),
    amount("390", false, "AMOUNT"),
    amount("391", true, "AMOUNT (with ISO currency)"),
    amount("392", false, "PRICE"),
    amount("393", true, "PRICE (with ISO currency)"),
    entry("400", upToX(30), "ORDER NUMBER"),
    entry("401", upToX(30), "GINC"),
    entry("402", fixedN(17, K::Mod10), "GSIN"),
    entry("403", upToX(30), "ROUTE"),
    entry("410", fixedN(13, K::Mod10), "SHIP TO LOC", true),
    entry("411", fixedN(13, K::Mod10), "BILL TO", true),
    entry("412", fixedN(13, K::Mod10), "PURCHASE FROM", true),
    entry("413", fixedN(13, K::Mod10), "SHIP FOR LOC", true),
    entry("414", fixedN(13, K::Mod10), "LOC No.", true),
    entry("415", fixedN(13, K::Mod10), "PAY TO", true),
    entry("416", fixedN(13, K::Mod10), "PROD/SERV LOC", true),
    entry("417", fixedN(13, K::Mod10), "PARTY", true),
    entry("420", upToX(20), "SHIP TO POST"),
    entry2("421", fixedN(3), upToX(9), "SHIP TO POST (with ISO country)"),
    entry("422", fixedN(3), "ORIGIN"),
    entry("424", fixedN(3), "COUNTRY - PROCESS"),
    entry("426", fixedN(3), "COUNTRY - FULL PROCESS"),
    entry("7003", fixedN(10, K::DateTime), "EXPIRY TIME"),
    entry("7006", fixedN(6, K::Date), "FIRST FREEZE DATE"),
    entry2("8003", fixedN(14, K::Mod10), upToX(16, 0), "GRAI"),
    entry("8004", upToX(30), "GIAI"),
    entry3("8006", fixedN(14, K::Mod10), fixedN(2), fixedN(2), "ITIP"),
    entry("8017", fixedN(18, K::Mod10), "GSRN - PROVIDER"),
    entry("8018", fixedN(18, K::Mod10), "GSRN - RECIPIENT"),
    entry("8020", upToX(25), "REF No."),
    entry3("8026", fixedN(14, K::Mod10), fixedN(2), fixedN(2), "ITIP CONTENT"),
    entry("90", upToX(30), "INTERNAL"),
    entry("91", upToX(90), "INTERNAL"),
    entry("92", upToX(90), "INTERNAL"),
    entry("93", upToX(90), "INTERNAL"),
    entry("94", upToX(90), "INTERNAL"),
    entry("95", upToX(90), "INTERNAL"),
    entry("96", upToX(90), "INTERNAL"),
    entry("97", upToX(90), "INTERNAL"),
    entry("98", upToX(90), "INTERNAL"),
    entry("99", upToX(90), "INTERNAL"),
};

static_assert(std::is_sorted(std::begin(kAiTable), std::end(kAiTable),
                             [](const Gs1AiSpec& a, const Gs1AiSpec& b) { return a.prefix < b.prefix; }),
              "kAiTable must stay sorted: lookups are a binary search");

// An AI that may only appear together with one of `anyOf` (GS1 General Specifications, "mandatory
// associations", as the GS1 Barcode Syntax Dictionary lists them): a lot, a date, a measure or a serial means
// nothing without the item or the logistic unit it belongs to. An `ai` ending in 'n' names a family of
// four-digit AIs (310n: 3100 to 3105).
struct Requirement
{
    std::string_view ai;
    std::array<std::string_view, 5> anyOf;
};

constexpr std::array<std::string_view, 5> kTradeItem{"01", "02", "03", "8006", "8026"};
constexpr std::array<std::string_view, 5> kGtinOrContent{"01", "02", "", "", ""};
constexpr std::array<std::string_view, 5> kLogisticUnit{"00", "01", "", "", ""};

constexpr Requirement kRequirements[] = {
    {"10", kTradeItem},
    {"11", kTradeItem},
    {"12", kTradeItem},
    {"13", kTradeItem},
    {"15", kTradeItem},
    {"16", kTradeItem},
    {"17", kTradeItem},
    {"20", kTradeItem},
    {"21", {"01", "03", "8006", "", ""}},
    {"22", {"01", "", "", "", ""}},
    {"235", {"01", "", "", "", ""}},
    {"240", kTradeItem},
    {"241", kTradeItem},
    {"242", kTradeItem},
    {"243", {"01", "", "", "", ""}},
    {"250", {"01", "8006", "", "", ""}},
    {"251", {"01", "8006", "", "", ""}},
    {"30", kGtinOrContent},
    // Trade measures belong to a trade item; logistic measures to a logistic unit (or the item shipped as
    // one).
    {"310n", kGtinOrContent},
    {"311n", kGtinOrContent},
    {"312n", kGtinOrContent},
    {"313n", kGtinOrContent},
    {"314n", kGtinOrContent},
    {"315n", kGtinOrContent},
    {"316n", kGtinOrContent},
    {"320n", kGtinOrContent},
    {"321n", kGtinOrContent},
    {"322n", kGtinOrContent},
    {"323n", kGtinOrContent},
    {"324n", kGtinOrContent},
    {"325n", kGtinOrContent},
    {"326n", kGtinOrContent},
    {"327n", kGtinOrContent},
    {"328n", kGtinOrContent},
    {"329n", kGtinOrContent},
    {"330n", kLogisticUnit},
    {"331n", kLogisticUnit},
    {"332n", kLogisticUnit},
    {"333n", kLogisticUnit},
    {"334n", kLogisticUnit},
    {"335n", kLogisticUnit},
    {"336n", kLogisticUnit},
    {"337n", {"01", "", "", "", ""}},
    {"340n", kLogisticUnit},
    {"341n", kLogisticUnit},
    {"342n", kLogisticUnit},
    {"343n", kLogisticUnit},
    {"344n", kLogisticUnit},
    {"345n", kLogisticUnit},
    {"346n", kLogisticUnit},
    {"347n", kLogisticUnit},
    {"348n", kLogisticUnit},
    {"349n", kLogisticUnit},
    {"350n", kGtinOrContent},
    {"351n", kGtinOrContent},
    {"352n", kGtinOrContent},
    {"353n", kLogisticUnit},
    {"354n", kLogisticUnit},
    {"355n", kLogisticUnit},
    {"356n", kGtinOrContent},
    {"357n", kGtinOrContent},
    {"360n", kGtinOrContent},
    {"361n", kGtinOrContent},
    {"362n", kLogisticUnit},
    {"363n", kLogisticUnit},
    {"364n", kGtinOrContent},
    {"365n", kGtinOrContent},
    {"366n", kGtinOrContent},
    {"367n", kLogisticUnit},
    {"368n", kLogisticUnit},
    {"369n", kLogisticUnit},
    {"37", {"02", "8026", "", "", ""}},
    {"403", {"00", "", "", "", ""}},
    {"422", {"01", "02", "8006", "8026", ""}},
    {"424", kGtinOrContent},
    {"426", kGtinOrContent},
    {"7003", kGtinOrContent},
    {"7006", kGtinOrContent},
};

// AIs that may not appear together (GS1 General Specifications, "invalid pairs"): a GTIN of the item itself
// and the GTIN of the items a logistic unit contains describe different things, and so on.
constexpr std::pair<std::string_view, std::string_view> kExclusions[] = {
    {"01", "02"},  {"01", "37"},   {"01", "255"},  {"01", "8006"}, {"02", "8026"},
    {"21", "235"}, {"420", "421"}, {"422", "426"}, {"424", "426"}, {"8006", "8026"},
};

constexpr std::array<bool, 128> makeCset82()
{
    std::array<bool, 128> table{};
    for (char c : std::string_view("!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_"
                                   "abcdefghijklmnopqrstuvwxyz"))
        table[static_cast<unsigned char>(c)] = true;
    return table;
}

constexpr std::array<bool, 128> kCset82 = makeCset82();
static_assert(std::count(kCset82.begin(), kCset82.end(), true) == 82);

bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

QString toQString(std::string_view text)
{
    return QLatin1String(text.data(), static_cast<qsizetype>(text.size()));
}

bool equals(std::string_view text, QStringView other)
{
    if (static_cast<qsizetype>(text.size()) != other.size())
        return false;
    for (qsizetype i = 0; i < other.size(); ++i)
        if (other[i].unicode() != static_cast<unsigned char>(text[static_cast<std::size_t>(i)]))
            return false;
    return true;
}

bool equalsPrefix(std::string_view prefix, QStringView other)
{
    return other.size() >= static_cast<qsizetype>(prefix.size()) &&
           equals(prefix, other.left(static_cast<qsizetype>(prefix.size())));
}

bool matchesRule(std::string_view rule, QStringView ai)
{
    if (!rule.empty() && rule.back() == 'n')
        return ai.size() == static_cast<qsizetype>(rule.size()) &&
               equalsPrefix(rule.substr(0, rule.size() - 1), ai);
    return equals(rule, ai);
}

// Two AIs of one measure family (3102 and 3103: the same net weight with another decimal point) say the
// same thing twice, possibly with two values: the GS1 rules allow one of each family.
bool sameMeasureFamily(QStringView a, QStringView b)
{
    if (a.size() != 4 || b.size() != 4 || a == b || a.left(3) != b.left(3))
        return false;
    const QChar first = a[0];
    const QChar second = a[1];
    return (first == QLatin1Char('3') && second >= QLatin1Char('1') && second <= QLatin1Char('6')) ||
           (first == QLatin1Char('3') && second == QLatin1Char('9'));
}

bool lessThan(std::string_view text, QStringView other)
{
    const qsizetype common = std::min(static_cast<qsizetype>(text.size()), other.size());
    for (qsizetype i = 0; i < common; ++i) {
        const char16_t a = static_cast<unsigned char>(text[static_cast<std::size_t>(i)]);
        if (a != other[i].unicode())
            return a < other[i].unicode();
    }
    return static_cast<qsizetype>(text.size()) < other.size();
}

// Scanned data quoted in a message: a peer can send anything, so at most this much of it.
QString quoted(QStringView text)
{
    constexpr qsizetype kMax = 24;
    QString out = text.left(kMax).toString();
    out.replace(QChar(kGs), QStringLiteral("<GS>"));
    return text.size() > kMax ? out + QStringLiteral("...") : out;
}

Gs1Error makeError(Gs1ErrorCategory category, const QString& ai, const char* source, QList<RefusalArg> args,
                   bool truncated = false)
{
    Refusal refusal{source, std::move(args)};
    QString message = refusal.english();
    return Gs1Error{category, ai, std::move(message), truncated, std::move(refusal)};
}

int lastDayOfMonth(int year, int month)
{
    return QDate(year, month, 1).daysInMonth();
}

} // namespace

QString gs1ErrorCategoryName(Gs1ErrorCategory category)
{
    switch (category) {
    case Gs1ErrorCategory::CheckDigit:
        return QStringLiteral("check_digit");
    case Gs1ErrorCategory::BadDate:
        return QStringLiteral("bad_date");
    case Gs1ErrorCategory::BadChar:
        return QStringLiteral("bad_char");
    case Gs1ErrorCategory::BadLength:
        return QStringLiteral("bad_length");
    case Gs1ErrorCategory::MissingRequiredAi:
        return QStringLiteral("missing_required_ai");
    case Gs1ErrorCategory::ConflictingAi:
        return QStringLiteral("conflicting_ai");
    case Gs1ErrorCategory::UnknownAi:
        return QStringLiteral("unknown_ai");
    }
    return {};
}

QString Gs1Message::toString() const
{
    QString out;
    for (const Gs1Element& element : elements)
        out += element.toString();
    return out;
}

bool Gs1::isCset82(QChar c)
{
    const char16_t u = c.unicode();
    return u < 128 && kCset82[u];
}

int Gs1::checkDigit(QStringView digits)
{
    int sum = 0;
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        const int digit = digits[i].unicode() - '0';
        sum += ((n - 1 - i) % 2 == 0) ? digit * 3 : digit;
    }
    return (10 - sum % 10) % 10;
}

const Gs1AiSpec* Gs1::findAi(QStringView data)
{
    // AIs are 2 to 4 digits and prefix-free: try each length, the table answers at most one.
    for (qsizetype length = 2; length <= 4 && length <= data.size(); ++length) {
        if (!isDigit(data[length - 1]) || !isDigit(data[0]))
            return nullptr;
        const QStringView candidate = data.left(length);
        const auto* it = std::lower_bound(
            std::begin(kAiTable), std::end(kAiTable), candidate,
            [](const Gs1AiSpec& spec, QStringView key) { return lessThan(spec.prefix, key); });
        if (it != std::end(kAiTable) && equals(it->prefix, candidate))
            return it;
    }
    return nullptr;
}

const Gs1AiSpec* Gs1::lookupAi(QStringView ai)
{
    const Gs1AiSpec* spec = findAi(ai);
    if (!spec || spec->aiLength() != ai.size())
        return nullptr;
    if (spec->lastDigitMax >= 0 && ai.back().unicode() - '0' > spec->lastDigitMax)
        return nullptr;
    return spec;
}

std::optional<QDate> Gs1::resolveDate(QStringView yymmdd, QDate today, bool zeroDayAllowed)
{
    if (yymmdd.size() != 6 || !std::all_of(yymmdd.begin(), yymmdd.end(), isDigit))
        return std::nullopt;
    const auto two = [&](qsizetype at) {
        return (yymmdd[at].unicode() - '0') * 10 + yymmdd[at + 1].unicode() - '0';
    };
    const int yy = two(0);
    const int month = two(2);
    const int day = two(4);
    // GS1 General Specifications 7.12: a year 51 to 99 ahead of this one is in the previous century, one 50
    // to 99 behind it in the next; otherwise in this century. So a label's date is never more than 49 years
    // ahead.
    const int currentYy = today.year() % 100;
    int century = today.year() - currentYy;
    const int difference = yy - currentYy;
    if (difference >= 51)
        century -= 100;
    else if (difference <= -50)
        century += 100;
    const int year = century + yy;
    if (month < 1 || month > 12)
        return std::nullopt;
    if (day == 0)
        return zeroDayAllowed ? std::optional<QDate>(QDate(year, month, lastDayOfMonth(year, month)))
                              : std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<Gs1Error> Gs1::validateValue(const Gs1AiSpec& spec, const QString& ai, const QString& value,
                                           QDate today, Gs1Element& element)
{
    element = Gs1Element{ai, value, std::nullopt};
    int minLength = 0;
    int maxLength = 0;
    for (int i = 0; i < spec.componentCount; ++i) {
        minLength += spec.components[i].minLength;
        maxLength += spec.components[i].maxLength;
    }
    const QString title = toQString(spec.title);
    if (value.size() < minLength || value.size() > maxLength) {
        const RefusalArg expected =
            minLength == maxLength
                ? RefusalArg(QString::number(minLength))
                : refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "%1 to %2"),
                               {QString::number(std::max(minLength, 1)), QString::number(maxLength)});
        return makeError(
            Gs1ErrorCategory::BadLength, ai,
            QT_TRANSLATE_NOOP("wh::Refusal", "The %1 (AI %2) has %3 characters; it must have %4."),
            {title, ai, QString::number(value.size()), expected});
    }
    qsizetype at = 0;
    for (int i = 0; i < spec.componentCount; ++i) {
        const Gs1Component& part = spec.components[i];
        // Only the last component varies in length (every multi-part AI in the table is built that way).
        const qsizetype length = (i + 1 == spec.componentCount) ? value.size() - at : part.maxLength;
        const QStringView text = QStringView(value).mid(at, length);
        at += length;
        for (qsizetype c = 0; c < text.size(); ++c) {
            const bool fits = part.charset == Gs1Charset::Numeric ? isDigit(text[c]) : isCset82(text[c]);
            if (!fits) {
                const QString shown = text[c].isPrint() ? QString(text[c]) : QStringLiteral("?");
                if (part.charset == Gs1Charset::Numeric)
                    return makeError(Gs1ErrorCategory::BadChar, ai,
                                     QT_TRANSLATE_NOOP("wh::Refusal",
                                                       "The %1 (AI %2) holds the character \"%3\", "
                                                       "which is not a digit."),
                                     {title, ai, shown});
                return makeError(Gs1ErrorCategory::BadChar, ai,
                                 QT_TRANSLATE_NOOP("wh::Refusal",
                                                   "The %1 (AI %2) holds the character \"%3\", which "
                                                   "is not allowed in GS1 barcodes."),
                                 {title, ai, shown});
            }
        }
        switch (part.check) {
        case Gs1Check::None:
            break;
        case Gs1Check::Mod10:
            if (checkDigit(text.chopped(1)) != text.back().unicode() - '0')
                return makeError(Gs1ErrorCategory::CheckDigit, ai,
                                 QT_TRANSLATE_NOOP("wh::Refusal",
                                                   "The %1 (AI %2) %3 has a wrong check digit: it was "
                                                   "misprinted or misread."),
                                 {title, ai, text.toString()});
            break;
        case Gs1Check::DateZeroDay:
        case Gs1Check::Date:
        case Gs1Check::DateTime: {
            std::optional<QDate> date = resolveDate(text.left(6), today, part.check == Gs1Check::DateZeroDay);
            bool valid = date.has_value();
            if (valid && part.check == Gs1Check::DateTime) {
                const int hour = text.mid(6, 2).toInt();
                const int minute = text.mid(8, 2).toInt();
                valid = hour <= 23 && minute <= 59;
            }
            if (!valid && part.check == Gs1Check::DateZeroDay)
                return makeError(Gs1ErrorCategory::BadDate, ai,
                                 QT_TRANSLATE_NOOP("wh::Refusal",
                                                   "The %1 (AI %2) %3 is not a real date (YYMMDD, "
                                                   "day 00 for the month's last day)."),
                                 {title, ai, text.toString()});
            if (!valid && part.check == Gs1Check::DateTime)
                return makeError(
                    Gs1ErrorCategory::BadDate, ai,
                    QT_TRANSLATE_NOOP("wh::Refusal", "The %1 (AI %2) %3 is not a real date (YYMMDDHHMM)."),
                    {title, ai, text.toString()});
            if (!valid)
                return makeError(
                    Gs1ErrorCategory::BadDate, ai,
                    QT_TRANSLATE_NOOP("wh::Refusal", "The %1 (AI %2) %3 is not a real date (YYMMDD)."),
                    {title, ai, text.toString()});
            element.date = date;
            break;
        }
        }
    }
    return std::nullopt;
}

std::optional<Gs1Error> Gs1::checkCombination(const Gs1Elements& elements)
{
    const auto has = [&](std::string_view ai) {
        return std::any_of(elements.begin(), elements.end(),
                           [&](const Gs1Element& e) { return equals(ai, e.ai); });
    };
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const Gs1Element& element = elements[i];
        for (qsizetype j = 0; j < i; ++j) {
            if (sameMeasureFamily(elements[j].ai, element.ai))
                return makeError(Gs1ErrorCategory::ConflictingAi, element.ai,
                                 QT_TRANSLATE_NOOP("wh::Refusal",
                                                   "AI %1 and AI %2 are the same measure twice: one "
                                                   "barcode carries each measure once."),
                                 {elements[j].ai, element.ai});
            if (elements[j].ai == element.ai && elements[j].value != element.value)
                return makeError(Gs1ErrorCategory::ConflictingAi, element.ai,
                                 QT_TRANSLATE_NOOP("wh::Refusal",
                                                   "AI %1 appears twice with different values (%2 and "
                                                   "%3): two labels were read as one, or the label is "
                                                   "wrong."),
                                 {element.ai, quoted(elements[j].value), quoted(element.value)});
        }
        for (const auto& [first, second] : kExclusions) {
            const std::string_view other = equals(first, element.ai)    ? second
                                           : equals(second, element.ai) ? first
                                                                        : std::string_view();
            // Reported at the one met second: up to it, the message was consistent.
            const bool otherBefore =
                !other.empty() && std::any_of(elements.begin(), elements.begin() + i,
                                              [&](const Gs1Element& e) { return equals(other, e.ai); });
            if (otherBefore)
                return makeError(
                    Gs1ErrorCategory::ConflictingAi, element.ai,
                    QT_TRANSLATE_NOOP("wh::Refusal", "AI %1 and AI %2 may not appear in one barcode."),
                    {toQString(other), element.ai});
        }
    }
    for (const Gs1Element& element : elements) {
        for (const Requirement& rule : kRequirements) {
            if (!matchesRule(rule.ai, element.ai))
                continue;
            const bool satisfied =
                std::any_of(rule.anyOf.begin(), rule.anyOf.end(),
                            [&](std::string_view partner) { return !partner.empty() && has(partner); });
            if (satisfied)
                continue;
            QStringList partners;
            for (std::string_view partner : rule.anyOf)
                if (!partner.empty())
                    partners.append(toQString(partner));
            const Gs1AiSpec* spec = lookupAi(element.ai);
            return makeError(
                Gs1ErrorCategory::MissingRequiredAi, element.ai,
                QT_TRANSLATE_NOOP("wh::Refusal",
                                  "The %1 (AI %2) needs the item it belongs to: AI %3 is missing."),
                {spec ? toQString(spec->title) : element.ai, element.ai,
                 partners.join(QStringLiteral(", "))});
        }
    }
    return std::nullopt;
}

Gs1Message Gs1::parse(QStringView data, QDate today)
{
    Gs1Message message;
    qsizetype pos = 0;
    const qsizetype n = data.size();
    // Some scanners send the leading FNC1 (the GS1 marker) as a GS instead of an AIM identifier.
    while (pos < n && data[pos] == QChar(kGs))
        ++pos;
    if (pos == n) {
        message.error =
            makeError(Gs1ErrorCategory::BadLength, QString(),
                      QT_TRANSLATE_NOOP("wh::Refusal", "The barcode holds no GS1 data."), {}, true);
        return message;
    }
    while (pos < n) {
        const QStringView rest = data.mid(pos);
        const Gs1AiSpec* spec = findAi(rest);
        const bool lastDigitOk =
            spec && (spec->lastDigitMax < 0 ||
                     (rest.size() > spec->aiLength() - 1 && isDigit(rest[spec->aiLength() - 1]) &&
                      rest[spec->aiLength() - 1].unicode() - '0' <= spec->lastDigitMax));
        if (!spec || !lastDigitOk) {
            const bool cutShort = rest.size() < 4 && std::all_of(rest.begin(), rest.end(), isDigit);
            message.error =
                makeError(Gs1ErrorCategory::UnknownAi, QString(),
                          QT_TRANSLATE_NOOP("wh::Refusal", "The data \"%1\" does not start with a GS1 "
                                                           "application identifier the appliance knows."),
                          {quoted(rest)}, cutShort);
            return message;
        }
        const qsizetype aiLength = spec->aiLength();
        const QString ai = rest.left(aiLength).toString();
        pos += aiLength;
        QString value;
        bool truncated = false;
        if (spec->predefinedLength) {
            // A predefined-length element is never followed by FNC1, so its value is exactly that long.
            const qsizetype length = spec->components[0].maxLength;
            const QStringView taken = data.mid(pos, length);
            const qsizetype gsAt = taken.indexOf(QChar(kGs));
            const QStringView valueView = gsAt >= 0 ? taken.left(gsAt) : taken;
            value = valueView.toString();
            truncated = gsAt < 0 && taken.size() < length;
            pos += valueView.size();
            if (pos < n && data[pos] == QChar(kGs))
                ++pos; // tolerated, though not needed
        } else {
            qsizetype end = data.indexOf(QChar(kGs), pos);
            if (end < 0)
                end = n;
            value = data.mid(pos, end - pos).toString();
            pos = end < n ? end + 1 : n;
        }
        Gs1Element element;
        if (std::optional<Gs1Error> error = validateValue(*spec, ai, value, today, element)) {
            error->truncated = truncated;
            message.error = std::move(error);
            return message;
        }
        message.elements.append(std::move(element));
    }
    message.error = checkCombination(message.elements);
    return message;
}

} // namespace wh::devices
