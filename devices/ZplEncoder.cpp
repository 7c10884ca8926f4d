#include "ZplEncoder.h"

#include "BarcodeEncoder.h"
#include "Gs1.h"

#include <algorithm>

namespace wh::devices {

namespace {

// Field data for ^FH_: the characters ZPL would read as a command prefix (^ ~), the hex indicator itself (_)
// and control characters become _XX; everything else is sent as UTF-8 (^CI28).
void appendHex(QByteArray& out, char16_t c)
{
    static const char digits[] = "0123456789ABCDEF";
    out += '_';
    out += digits[(c >> 4) & 0xF];
    out += digits[c & 0xF];
}

QByteArray fieldData(const QString& text)
{
    QByteArray out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'^' || c == u'~' || c == u'_' || c < 0x20)
            appendHex(out, c);
        else if (c < 0x80)
            out += char(c);
        else if (QChar::isHighSurrogate(c) && i + 1 < text.size())
            out += text.mid(i++, 2).toUtf8();
        else
            out += QString(text[i]).toUtf8();
    }
    return out;
}

QByteArray num(int value)
{
    return QByteArray::number(value);
}

char alignCode(TextAlign align)
{
    switch (align) {
    case TextAlign::Left:
        return 'L';
    case TextAlign::Center:
        return 'C';
    case TextAlign::Right:
        return 'R';
    }
    return 'L';
}

void encodeText(QByteArray& out, const LabelText& text, int dpi)
{
    const int height = std::max(1, dotsFromMm(text.size, dpi));
    out += "^FO" + num(dotsFromMm(text.x, dpi)) + ',' + num(dotsFromMm(text.y, dpi));
    out += "^A0N," + num(height) + ',' + num(height);
    QString value = text.text;
    if (text.width > 0) {
        out += "^FB" + num(dotsFromMm(text.width, dpi)) + ',' + num(std::max(1, text.maxLines)) + ",0," +
               alignCode(text.align) + ",0";
        // In a field block \& breaks the line and \\ is a backslash.
        value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        value.replace(QLatin1Char('\n'), QStringLiteral("\\&"));
    } else {
        value.replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    out += "^FH_^FD" + fieldData(value) + "^FS\n";
}

void encodeLine(QByteArray& out, const LabelLine& line, int dpi)
{
    const int thickness = std::max(1, dotsFromMm(line.thickness, dpi));
    const int x = dotsFromMm(std::min(line.x1, line.x2), dpi);
    const int y = dotsFromMm(std::min(line.y1, line.y2), dpi);
    int width = dotsFromMm(std::abs(line.x2 - line.x1), dpi);
    int height = dotsFromMm(std::abs(line.y2 - line.y1), dpi);
    // The line's centre runs along its coordinates: ^GB draws from the corner, so step back half a thickness.
    if (height == 0) {
        out += "^FO" + num(x) + ',' + num(std::max(0, y - thickness / 2));
        height = thickness;
        width = std::max(width, thickness);
    } else {
        out += "^FO" + num(std::max(0, x - thickness / 2)) + ',' + num(y);
        width = thickness;
    }
    out += "^GB" + num(width) + ',' + num(height) + ',' + num(thickness) + ",B,0^FS\n";
}

void encodeBox(QByteArray& out, const LabelBox& box, int dpi)
{
    const int width = std::max(1, dotsFromMm(box.width, dpi));
    const int height = std::max(1, dotsFromMm(box.height, dpi));
    const int thickness = box.fill ? std::min(width, height) : std::max(1, dotsFromMm(box.thickness, dpi));
    out += "^FO" + num(dotsFromMm(box.x, dpi)) + ',' + num(dotsFromMm(box.y, dpi));
    out += "^GB" + num(width) + ',' + num(height) + ',' + num(thickness) + ",B,0^FS\n";
}

bool variableLength(const QString& ai)
{
    const Gs1AiSpec* spec = Gs1::lookupAi(ai);
    return !spec || !spec->predefinedLength;
}

Result<QByteArray> barcodeData(const LabelBarcode& barcode)
{
    switch (barcode.type) {
    case BarcodeType::Code128: {
        // In ^BC, '>' starts an invocation code; ">0" is the character itself.
        QString data = barcode.data;
        data.replace(QLatin1Char('>'), QStringLiteral(">0"));
        return fieldData(data);
    }
    case BarcodeType::Gs1_128: {
        // Mode D: the printer starts with FNC1, strips the parentheses, prints them in the interpretation
        // line; ">8" (FNC1) ends a variable-length value that another element follows.
        QString data;
        for (qsizetype i = 0; i < barcode.gs1.size(); ++i) {
            const Gs1Field& field = barcode.gs1[i];
            for (QChar c : field.value)
                if (c == u'(' || c == u')' || c == u'>' || c == u' ')
                    return makeError(
                        ErrorCode::InvalidArgument,
                        QT_TRANSLATE_NOOP("wh::Refusal",
                                          "The %1 barcode has a value with ( ) > or a space, which the "
                                          "printer's GS1-128 mode reads as markup (AI %2); nothing "
                                          "was printed."),
                        {barcode.role.isEmpty() ? QStringLiteral("GS1-128") : barcode.role, field.ai});
            data += QLatin1Char('(') + field.ai + QLatin1Char(')') + field.value;
            if (i + 1 < barcode.gs1.size() && variableLength(field.ai))
                data += QStringLiteral(">8");
        }
        return fieldData(data);
    }
    case BarcodeType::Ean13:
        return barcode.data.left(12).toLatin1(); // ^BE takes 12 digits and adds the check digit zint verified
    case BarcodeType::DataMatrix: {
        // ^FH runs before ^BX's own escapes (underscore): an underscore in the data is "__" after ^FH.
        QByteArray out = fieldData(barcode.data);
        out.replace("_5F", "_5F_5F");
        return out;
    }
    case BarcodeType::Gs1DataMatrix: {
        // "_1" (FNC1) after ^FH: first to mark GS1 data, then as the separator after a variable-length value.
        QByteArray out = "_5F1";
        for (qsizetype i = 0; i < barcode.gs1.size(); ++i) {
            const Gs1Field& field = barcode.gs1[i];
            QByteArray value = fieldData(field.value);
            value.replace("_5F", "_5F_5F");
            out += field.ai.toLatin1() + value;
            if (i + 1 < barcode.gs1.size() && variableLength(field.ai))
                out += "_5F1";
        }
        return out;
    }
    case BarcodeType::Qr:
        return QByteArray(QByteArray("MA,") + fieldData(barcode.data)); // error correction M, automatic input
    }
    return QByteArray();
}

Status encodeBarcode(QByteArray& out, const LabelBarcode& barcode, int dpi)
{
    if (auto valid = BarcodeEncoder::validate(barcode); !valid)
        return valid.error();
    auto data = barcodeData(barcode);
    if (!data)
        return data.error();
    const int module = moduleDots(barcode.module, dpi);
    const int height = std::max(1, dotsFromMm(barcode.height, dpi));
    const char hrt = barcode.humanReadable ? 'Y' : 'N';
    out += "^FO" + num(dotsFromMm(barcode.x, dpi)) + ',' + num(dotsFromMm(barcode.y, dpi));
    switch (barcode.type) {
    case BarcodeType::Code128:
        out += "^BY" + num(module) + "^BCN," + num(height) + ',' + hrt + ",N,N,A";
        break;
    case BarcodeType::Gs1_128:
        out += "^BY" + num(module) + "^BCN," + num(height) + ',' + hrt + ",N,N,D";
        break;
    case BarcodeType::Ean13:
        out += "^BY" + num(module) + "^BEN," + num(height) + ',' + hrt + ",N";
        break;
    case BarcodeType::DataMatrix:
    case BarcodeType::Gs1DataMatrix:
        out += "^BXN," + num(module) + ",200";
        break;
    case BarcodeType::Qr:
        out += "^BQN,2," + num(std::min(module, 10));
        break;
    }
    out += "^FH_^FD" + *data + "^FS\n";
    return {};
}

} // namespace

bool ZplEncoder::supportedDpi(int dpi)
{
    return dpi == 152 || dpi == 203 || dpi == 300 || dpi == 600;
}

Result<QByteArray> ZplEncoder::encode(const Label& label, int dpi)
{
    if (!supportedDpi(dpi))
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal", "Printers here have 152, 203, 300 or 600 dpi, not %1."),
            {QString::number(dpi)});
    QByteArray out;
    out.reserve(2048);
    out += "^XA\n^CI28\n^PW" + num(dotsFromMm(label.width, dpi)) + "\n^LL" +
           num(dotsFromMm(label.height, dpi)) + "\n^LH0,0\n";
    for (const LabelElement& element : label.elements) {
        if (const auto* text = std::get_if<LabelText>(&element))
            encodeText(out, *text, dpi);
        else if (const auto* barcode = std::get_if<LabelBarcode>(&element)) {
            if (auto done = encodeBarcode(out, *barcode, dpi); !done)
                return done.error();
        } else if (const auto* line = std::get_if<LabelLine>(&element))
            encodeLine(out, *line, dpi);
        else if (const auto* box = std::get_if<LabelBox>(&element))
            encodeBox(out, *box, dpi);
    }
    out += "^XZ\n";
    return out;
}

Result<QByteArray> ZplEncoder::encode(const QList<Label>& labels, int dpi)
{
    QByteArray out;
    for (const Label& label : labels) {
        auto one = encode(label, dpi);
        if (!one)
            return one.error();
        out += *one;
    }
    return out;
}

} // namespace wh::devices
