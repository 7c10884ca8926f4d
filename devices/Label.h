#pragma once

#include <QList>
#include <QString>

#include <variant>

namespace wh::devices {

// A label as the three outputs (ZPL, PNG preview, PDF) draw it. Every length is in millimetres from the
// label's top-left corner; each output turns millimetres into its own dots (dotsFromMm) at its resolution,
// so a template never depends on the printer's dpi. Barcode modules are rounded to whole dots, as a thermal
// printer does, so the preview at a printer's dpi shows the bars that printer makes.

enum class TextAlign
{
    Left,
    Center,
    Right,
};

enum class BarcodeType
{
    Code128,
    Gs1_128,
    DataMatrix,
    Gs1DataMatrix,
    Qr,
    Ean13,
};

// "code128", "gs1-128", "datamatrix", "gs1-datamatrix", "qr", "ean13" (the names templates use).
QString barcodeTypeName(BarcodeType type);
bool isGs1(BarcodeType type);
bool isLinear(BarcodeType type);

struct LabelText
{
    double x = 0;
    double y = 0;
    double width = 0;  // the text box; 0: one line as long as the text, left-aligned
    double size = 3;   // character height in mm (1 pt is about 0.35 mm)
    bool bold = false; // the preview and PDF only: the printer's scalable font 0 is already bold
    TextAlign align = TextAlign::Left;
    int maxLines = 1; // wraps at word boundaries inside `width`; text beyond the last line is cut off
    QString text;     // "\n" starts a new line
};

// One GS1 element string: the AI ("00") and its value as printed, without brackets.
struct Gs1Field
{
    QString ai;
    QString value;
};

struct LabelBarcode
{
    double x = 0; // the top-left corner of the symbol itself (a linear code's first bar)
    double y = 0;
    BarcodeType type = BarcodeType::Code128;
    QString data;         // the data of non-GS1 symbologies
    QList<Gs1Field> gs1;  // the element strings of GS1 symbologies, in print order
    double module = 0.33; // X-dimension (narrowest bar, or one matrix cell) in mm
    double height = 15;   // bar height in mm (linear codes only)
    bool humanReadable = true;
    QString role; // what the code is for ("tracking number", "SSCC"), used in error messages

    // What zint encodes: the data, or the element strings in bracket form "[00]...[02]...".
    QString zintInput() const;
    // The element strings as people read them: "(00)106141411234567897".
    QString gs1Text() const;
};

struct LabelLine
{
    double x1 = 0;
    double y1 = 0;
    double x2 = 0; // a line is horizontal (y1 == y2) or vertical (x1 == x2)
    double y2 = 0;
    double thickness = 0.3;
};

struct LabelBox
{
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    double thickness = 0.3; // border; ignored when filled
    bool fill = false;
};

using LabelElement = std::variant<LabelText, LabelBarcode, LabelLine, LabelBox>;

struct Label
{
    QString name; // the template it came from
    double width = 101.6;
    double height = 152.4;
    QList<LabelElement> elements;
};

// Millimetres to dots at `dpi`, rounded to the nearest dot: the one conversion every output uses.
int dotsFromMm(double mm, int dpi);
// A barcode module in whole dots at `dpi`, never less than one.
int moduleDots(double moduleMm, int dpi);

} // namespace wh::devices
