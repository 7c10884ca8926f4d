#pragma once

#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>
#include <string_view>

namespace wh::devices {

// The FNC1 separator as scanners transmit it (ASCII GS).
inline constexpr char16_t kGs = 0x1D;

// Why a GS1 element string was refused; the names are what support staff and the test vectors use.
enum class Gs1ErrorCategory
{
    CheckDigit,
    BadDate,
    BadChar,
    BadLength,
    MissingRequiredAi,
    ConflictingAi,
    UnknownAi,
};

// "check_digit", "bad_date", ...
QString gs1ErrorCategoryName(Gs1ErrorCategory category);

struct Gs1Error
{
    Gs1ErrorCategory category = Gs1ErrorCategory::UnknownAi;
    QString ai;      // the AI at fault; empty when the data does not start with a known AI
    QString message; // a plain sentence for a warehouse worker
    // The data ended inside the element (a fixed-length value cut short, an AI cut off): the mark of a
    // partial read rather than of a wrong label.
    bool truncated = false;
    Refusal refusal; // the message's source and arguments, to show it in the kiosk's language
};

struct Gs1Element
{
    QString ai;
    QString value;
    std::optional<QDate> date; // date AIs: the calendar date (DD=00 resolved, GS1 century rule applied)

    QString toString() const { return QLatin1Char('(') + ai + QLatin1Char(')') + value; }
    bool operator==(const Gs1Element&) const = default;
};

using Gs1Elements = QList<Gs1Element>;

// The outcome of decoding one GS1 message: its elements in scan order, or the first error met.
struct Gs1Message
{
    Gs1Elements elements;
    std::optional<Gs1Error> error;

    bool ok() const { return !error.has_value(); }
    // "(01)09501101530003(17)251231": the human-readable form of the whole message.
    QString toString() const;
};

// One row of the AI table (see kAiTable in Gs1.cpp and docs/gs1.md).
enum class Gs1Charset : std::uint8_t
{
    Numeric, // 0-9
    Cset82,  // the GS1 AI encodable character set 82
};

enum class Gs1Check : std::uint8_t
{
    None,
    Mod10,       // GS1 check digit over the component (GTIN, SSCC, GLN, GSRN, ...)
    DateZeroDay, // YYMMDD, DD=00 allowed (the month's last day)
    Date,        // YYMMDD, a real day
    DateTime,    // YYMMDDHHMM
};

struct Gs1Component
{
    Gs1Charset charset = Gs1Charset::Numeric;
    std::uint8_t minLength = 0;
    std::uint8_t maxLength = 0;
    Gs1Check check = Gs1Check::None;
};

struct Gs1AiSpec
{
    // The AI's digits; for AI families with a trailing variable digit (310n, 392n) only the first three.
    std::string_view prefix;
    // Highest value of the trailing digit n (the decimal point position) for 310n-style AIs; -1 for none.
    std::int8_t lastDigitMax = -1;
    // A predefined-length AI (the GS1 General Specifications' table of element strings with predefined
    // length: AIs starting 00-04, 11-20, 31-36, 41): never followed by FNC1.
    bool predefinedLength = false;
    std::uint8_t componentCount = 1;
    Gs1Component components[3] = {};
    std::string_view title;

    int aiLength() const { return static_cast<int>(prefix.size()) + (lastDigitMax >= 0 ? 1 : 0); }
};

class Gs1
{
public:
    // The table entry for the AI at the start of `data` (2 to 4 digits), or nullptr.
    static const Gs1AiSpec* findAi(QStringView data);
    // The table entry for exactly this AI ("01", "3103"), or nullptr.
    static const Gs1AiSpec* lookupAi(QStringView ai);

    // Decodes element strings as a scanner sends them after the AIM identifier: AI, value, and GS (FNC1)
    // after each variable-length value that is not last. `today` fixes the century of YYMMDD dates.
    static Gs1Message parse(QStringView data, QDate today);

    // Checks one value against its AI's format: length, character set, check digit, date. Fills `element`.
    static std::optional<Gs1Error> validateValue(const Gs1AiSpec& spec, const QString& ai,
                                                 const QString& value, QDate today, Gs1Element& element);

    // The rules between elements: an AI repeated with another value, AIs that may not appear together, and
    // AIs that need another (a lot or a date needs the item it belongs to).
    static std::optional<Gs1Error> checkCombination(const Gs1Elements& elements);

    // GS1 check digit (mod 10, weight 3 next to the check digit) over `digits`, which hold digits only.
    static int checkDigit(QStringView digits);

    // YYMMDD to a date per GS1 General Specifications 7.12 (century rule); nothing for an impossible date.
    static std::optional<QDate> resolveDate(QStringView yymmdd, QDate today, bool zeroDayAllowed);

    static bool isCset82(QChar c);
};

} // namespace wh::devices
