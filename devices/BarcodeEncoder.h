#pragma once

#include "Label.h"
#include "Result.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace wh::devices {

// Why zint refused a barcode's data.
enum class BarcodeProblem
{
    NoData,
    CheckDigit,   // a GTIN, SSCC or EAN whose check digit is wrong: it never prints
    BadCharacter, // a character the symbology (or GS1's character set) cannot carry
    TooLong,
    BadData, // anything else zint refuses: a bad GS1 date, an unknown AI, a value of the wrong length
};

QString barcodeProblemName(BarcodeProblem problem);

// zint's vector output for one symbol, in modules (one unit = one X-dimension), with the symbol's first bar
// or cell at x = 0 (an EAN-13's leading digit hangs to the left, at negative x).
struct BarcodeSymbol
{
    struct Hexagon
    {
        QPointF centre;
        double diameter = 0;
    };
    struct Text
    {
        QPointF baseline; // where zint puts the text's baseline: its centre, start or end (see align)
        double size = 0;  // font size in modules
        TextAlign align = TextAlign::Center;
        QString text;
    };
    int rows = 0;    // zint's rows and width in modules: the encoded pattern
    int columns = 0; //
    QList<QRectF> bars;
    QList<Hexagon> hexagons;
    QList<Text> texts;
    QString humanReadable; // the interpretation line zint made, e.g. "(00)106141411234567897"
};

// A thin wrapper over libzint. Every call runs with warn_level = WARN_FAIL_ALL, so what zint only warns about
// (a GS1 value that breaks the GS1 rules, a non-compliant symbol) is refused too, and GS1 symbologies are
// encoded in GS1_MODE from the bracketed element strings, so zint checks every check digit, date and
// character set. Errors name the barcode's role and the problem, never the data itself.
class BarcodeEncoder
{
public:
    // Encodes and builds the vector output; `heightModules` sets a linear code's bar height.
    static Result<BarcodeSymbol> encode(const LabelBarcode& barcode, double heightModules);
    // Encodes only (no output): the check every output runs before anything is drawn or sent.
    static Status validate(const LabelBarcode& barcode);
    // The problem behind an error from encode or validate (BadData when it came from elsewhere).
    static BarcodeProblem problemOf(const Error& error);
};

} // namespace wh::devices
