#include "ScanDecoder.h"

#include "DigitalLink.h"

#include <algorithm>

namespace wh::devices {

namespace {

struct AimEntry
{
    char16_t code;
    char16_t modifier;
    Symbology symbology;
    bool gs1;
};

// The AIM identifiers the appliance's scanners send (ISO/IEC 15424; the GS1 General Specifications list the
// GS1 ones).
constexpr AimEntry kAim[] = {
    {u'C', u'1', Symbology::Gs1_128, true},       {u'C', u'0', Symbology::Code128, false},
    {u'd', u'2', Symbology::Gs1DataMatrix, true}, {u'd', u'1', Symbology::DataMatrix, false},
    {u'Q', u'3', Symbology::Gs1Qr, true},         {u'Q', u'1', Symbology::Qr, false},
    {u'e', u'0', Symbology::Gs1DataBar, true},    {u'E', u'0', Symbology::Ean13, true},
    {u'E', u'4', Symbology::Ean8, true},
};

const AimEntry* knownAim(QStringView text)
{
    if (text.size() < 3 || text[0] != QLatin1Char(']'))
        return nullptr;
    for (const AimEntry& entry : kAim)
        if (text[1].unicode() == entry.code && text[2].unicode() == entry.modifier)
            return &entry;
    return nullptr;
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z');
}

bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u < 0x20 && u != kGs) || u == 0x7F;
}

ScanEvent refuse(ScanEvent event, ScanRefusal refusal, Refusal reason)
{
    event.refusal = refusal;
    event.reason = reason.english();
    event.reasonWords = std::move(reason);
    event.elements.clear();
    return event;
}

ScanEvent withGs1(ScanEvent event, Gs1Message message)
{
    if (message.ok()) {
        event.elements = std::move(message.elements);
        return event;
    }
    const Gs1Error error = *message.error;
    event.gs1Error = error;
    if (!error.truncated)
        return refuse(std::move(event), ScanRefusal::InvalidGs1, error.refusal);
    return refuse(
        std::move(event), ScanRefusal::PartialRead,
        Refusal{QT_TRANSLATE_NOOP("wh::Refusal", "Only part of the code was read: %1 Scan it again."),
                {error.refusal}});
}

// EAN-13 and EAN-8 carry a GTIN; as an element string it is (01) padded to 14 digits.
ScanEvent decodeEan(ScanEvent event, int length, QDate today)
{
    const QString& data = event.data;
    const bool digits = std::all_of(data.begin(), data.end(), [](QChar c) { return c.isDigit(); });
    if (!digits) {
        // An EAN carries a GTIN (AI 01): a character that is no digit breaks it like any GS1 value.
        const Refusal reason{QT_TRANSLATE_NOOP("wh::Refusal", "An EAN/UPC code holds digits only."), {}};
        event.gs1Error =
            Gs1Error{Gs1ErrorCategory::BadChar, QStringLiteral("01"), reason.english(), false, reason};
        return refuse(std::move(event), ScanRefusal::InvalidGs1, reason);
    }
    if (data.size() < length)
        return refuse(
            std::move(event), ScanRefusal::PartialRead,
            Refusal{QT_TRANSLATE_NOOP("wh::Refusal",
                                      "Only %1 of the %2 digits of the code were read. Scan it again."),
                    {QString::number(data.size()), QString::number(length)}});
    if (data.size() > length)
        return refuse(
            std::move(event), ScanRefusal::TwoCodes,
            Refusal{QT_TRANSLATE_NOOP("wh::Refusal",
                                      "%1 digits came for one %2-digit code: two codes were read as one. "
                                      "Cover the other code and scan again."),
                    {QString::number(data.size()), QString::number(length)}});
    const QString gtin = QString(14 - length, QLatin1Char('0')) + data;
    return withGs1(std::move(event), Gs1::parse(QString(QStringLiteral("01") + gtin), today));
}

} // namespace

QString symbologyName(Symbology symbology)
{
    switch (symbology) {
    case Symbology::Unknown:
        return QStringLiteral("unknown (no AIM identifier)");
    case Symbology::Gs1_128:
        return QStringLiteral("GS1-128");
    case Symbology::Code128:
        return QStringLiteral("Code 128");
    case Symbology::Gs1DataMatrix:
        return QStringLiteral("GS1 DataMatrix");
    case Symbology::DataMatrix:
        return QStringLiteral("DataMatrix");
    case Symbology::Gs1Qr:
        return QStringLiteral("GS1 QR Code");
    case Symbology::Qr:
        return QStringLiteral("QR Code");
    case Symbology::Gs1DataBar:
        return QStringLiteral("GS1 DataBar");
    case Symbology::Ean13:
        return QStringLiteral("EAN-13");
    case Symbology::Ean8:
        return QStringLiteral("EAN-8");
    case Symbology::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString scanRefusalName(ScanRefusal refusal)
{
    switch (refusal) {
    case ScanRefusal::Empty:
        return QStringLiteral("empty");
    case ScanRefusal::ControlCharacters:
        return QStringLiteral("control_characters");
    case ScanRefusal::TwoCodes:
        return QStringLiteral("two_codes");
    case ScanRefusal::PartialRead:
        return QStringLiteral("partial_read");
    case ScanRefusal::InvalidGs1:
        return QStringLiteral("invalid_gs1");
    case ScanRefusal::TooLong:
        return QStringLiteral("too_long");
    case ScanRefusal::BadEncoding:
        return QStringLiteral("bad_encoding");
    }
    return {};
}

Status ScanEvent::status() const
{
    if (!refusal)
        return {};
    Error error = makeError(ErrorCode::UnreadableScan, reason);
    error.refusal = reasonWords;
    return error;
}

QString ScanEvent::localizedReason() const
{
    return reasonWords.isEmpty() ? reason : reasonWords.localized();
}

ScanEvent ScanDecoder::decode(const QString& scan, QDate today)
{
    ScanEvent event;
    QStringView text(scan);
    // Scanners end each read with CR, LF or CRLF (a keyboard wedge's Enter): it is no part of the code.
    if (text.endsWith(u"\r\n"))
        text.chop(2);
    else if (text.endsWith(u'\r') || text.endsWith(u'\n'))
        text.chop(1);
    event.raw = text.toString();
    if (text.isEmpty())
        return refuse(std::move(event), ScanRefusal::Empty,
                      Refusal{QT_TRANSLATE_NOOP("wh::Refusal", "Nothing was read."), {}});

    if (text[0] == QLatin1Char(']')) {
        if (text.size() < 3 || !isAsciiAlnum(text[1]) || !isAsciiAlnum(text[2]))
            return refuse(
                std::move(event), ScanRefusal::PartialRead,
                Refusal{QT_TRANSLATE_NOOP("wh::Refusal",
                                          "The code's type (its AIM identifier) was cut off. Scan it again."),
                        {}});
        event.aimId = text.left(3).toString();
        const AimEntry* aim = knownAim(text);
        event.symbology = aim ? aim->symbology : Symbology::Other;
        event.gs1 = aim && aim->gs1;
        text = text.mid(3);
    }
    event.data = text.toString();

    const auto control = std::find_if(text.begin(), text.end(), isControl);
    if (control != text.end())
        return refuse(std::move(event), ScanRefusal::ControlCharacters,
                      Refusal{QT_TRANSLATE_NOOP(
                                  "wh::Refusal",
                                  "The scan holds control character 0x%1 at position %2: that is line noise "
                                  "or a scanner set up wrongly, not a barcode."),
                              {QString::number(control->unicode(), 16).rightJustified(2, QLatin1Char('0')),
                               QString::number(control - text.begin() + event.aimId.size() + 1)}});
    // A second AIM identifier inside the data: the scanner joined two reads (GS1 data cannot hold ']').
    for (qsizetype at = text.indexOf(QLatin1Char(']')); at >= 0; at = text.indexOf(QLatin1Char(']'), at + 1))
        if (knownAim(text.mid(at)))
            return refuse(
                std::move(event), ScanRefusal::TwoCodes,
                Refusal{
                    QT_TRANSLATE_NOOP("wh::Refusal",
                                      "Two codes were read as one (a second %1 at position %2). Cover the "
                                      "other code and scan again."),
                    {text.mid(at, 3).toString(), QString::number(at + event.aimId.size() + 1)}});
    if (text.isEmpty())
        return refuse(std::move(event), ScanRefusal::PartialRead,
                      Refusal{QT_TRANSLATE_NOOP("wh::Refusal",
                                                "Only the code's type was read, no data. Scan it again."),
                              {}});

    switch (event.symbology) {
    case Symbology::Ean13:
        return decodeEan(std::move(event), 13, today);
    case Symbology::Ean8:
        return decodeEan(std::move(event), 8, today);
    default:
        break;
    }
    if (event.gs1)
        return withGs1(std::move(event), Gs1::parse(text, today));
    // Without a GS1 symbology: a leading GS is a transmitted FNC1 (GS1 data), a URI may be a Digital Link.
    if (event.symbology == Symbology::Unknown && text[0] == QChar(kGs)) {
        event.gs1 = true;
        return withGs1(std::move(event), Gs1::parse(text, today));
    }
    if (std::optional<Gs1Message> link = DigitalLink::parse(text, today)) {
        event.gs1 = true;
        event.digitalLink = true;
        return withGs1(std::move(event), std::move(*link));
    }
    return event;
}

} // namespace wh::devices
