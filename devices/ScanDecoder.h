#pragma once

#include "Gs1.h"
#include "Result.h"

#include <optional>

namespace wh::devices {

// What printed the code, as the scanner's AIM symbology identifier says (ISO/IEC 15424).
enum class Symbology
{
    Unknown, // no AIM identifier (a scanner set up without it, or a keyboard wedge)
    Gs1_128,
    Code128,
    Gs1DataMatrix,
    DataMatrix,
    Gs1Qr,
    Qr,
    Gs1DataBar,
    Ean13, // also UPC-A, sent as EAN-13 with a leading 0
    Ean8,
    Other, // a well-formed AIM identifier the appliance has no name for
};

QString symbologyName(Symbology symbology);

// Why a scan was refused instead of decoded.
enum class ScanRefusal
{
    Empty,
    ControlCharacters, // line noise or a misconfigured scanner: bytes no barcode here carries
    TwoCodes,          // two codes read as one (two AIM identifiers, two EANs back to back)
    PartialRead,       // the data ends inside an element or an identifier
    InvalidGs1,        // GS1 data that breaks a GS1 rule (see gs1Error)
    TooLong,           // a serial scanner sent more than a scan can hold without its suffix
    BadEncoding,       // bytes that are not text in the scanner's configured encoding
};

QString scanRefusalName(ScanRefusal refusal);

// One scan, decoded: every scan becomes exactly one of these, refused or not.
struct ScanEvent
{
    Symbology symbology = Symbology::Unknown;
    QString aimId;    // "]C1", empty when the scanner sent none
    QString raw;      // what the scanner sent, terminator removed
    QString data;     // the data after the AIM identifier
    bool gs1 = false; // the data is GS1 (a GS1 symbology, a leading FNC1, or a Digital Link)
    bool digitalLink = false;
    Gs1Elements elements;
    std::optional<ScanRefusal> refusal;
    std::optional<Gs1Error> gs1Error; // set for InvalidGs1, and for a PartialRead found by the GS1 parser
    QString reason;                   // a plain sentence when refused, in English (logs, the central service)
    Refusal reasonWords;              // the reason's source and arguments, to show it in the kiosk's language

    bool ok() const { return !refusal.has_value(); }
    // The reason in the language of the installed translators (the kiosk's); reason itself without a source.
    QString localizedReason() const;
    // The refusal in the project's error style, for callers that work with Result/Status.
    Status status() const;
};

// Turns a scanner's output into a ScanEvent. Pure: no device, no clock of its own (`today` fixes the century
// of GS1 dates), so the serial and keyboard-wedge backends and the CLI share it.
class ScanDecoder
{
public:
    static ScanEvent decode(const QString& scan, QDate today);
};

} // namespace wh::devices
