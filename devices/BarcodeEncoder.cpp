#include "BarcodeEncoder.h"

#include <zint.h>

#include <memory>

namespace wh::devices {

namespace {

struct ZintDeleter
{
    void operator()(zint_symbol* symbol) const { ZBarcode_Delete(symbol); }
};
using ZintSymbol = std::unique_ptr<zint_symbol, ZintDeleter>;

int zintSymbology(BarcodeType type)
{
    switch (type) {
    case BarcodeType::Code128:
        return BARCODE_CODE128;
    case BarcodeType::Gs1_128:
        return BARCODE_GS1_128;
    case BarcodeType::DataMatrix:
    case BarcodeType::Gs1DataMatrix:
        return BARCODE_DATAMATRIX;
    case BarcodeType::Qr:
        return BARCODE_QRCODE;
    case BarcodeType::Ean13:
        return BARCODE_EANX_CHK; // the 13th digit is checked, never computed: a wrong one is refused
    }
    return BARCODE_CODE128;
}

// The error's message starts with the problem's words; problemOf reads them back.
const char* problemWords(BarcodeProblem problem)
{
    switch (problem) {
    case BarcodeProblem::NoData:
        return QT_TRANSLATE_NOOP("wh::Refusal", "has no data");
    case BarcodeProblem::CheckDigit:
        return QT_TRANSLATE_NOOP("wh::Refusal", "has a bad check digit");
    case BarcodeProblem::BadCharacter:
        return QT_TRANSLATE_NOOP("wh::Refusal", "has a character it cannot carry");
    case BarcodeProblem::TooLong:
        return QT_TRANSLATE_NOOP("wh::Refusal", "has too much data");
    case BarcodeProblem::BadData:
        return QT_TRANSLATE_NOOP("wh::Refusal", "has data the symbology refuses");
    }
    return "";
}

Error barcodeError(const LabelBarcode& barcode, BarcodeProblem problem, const QString& detail = {})
{
    const QString role = barcode.role.isEmpty() ? barcodeTypeName(barcode.type) : barcode.role;
    if (detail.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "The %1 barcode %2; nothing was printed."),
                         {role, refusalWords(problemWords(problem))});
    // zint's own detail stays as zint says it.
    return makeError(ErrorCode::InvalidArgument,
                     QT_TRANSLATE_NOOP("wh::Refusal", "The %1 barcode %2 (%3); nothing was printed."),
                     {role, refusalWords(problemWords(problem)), detail});
}

BarcodeProblem classify(int code, const QString& detail)
{
    if (code == ZINT_ERROR_INVALID_CHECK || detail.contains(QLatin1String("checksum"), Qt::CaseInsensitive) ||
        detail.contains(QLatin1String("check digit"), Qt::CaseInsensitive))
        return BarcodeProblem::CheckDigit;
    if (code == ZINT_ERROR_TOO_LONG)
        return BarcodeProblem::TooLong;
    if (detail.contains(QLatin1String("character"), Qt::CaseInsensitive))
        return BarcodeProblem::BadCharacter;
    return BarcodeProblem::BadData;
}

// Creates the symbol and encodes; on success the symbol is ready for an output call.
Result<ZintSymbol> encodeSymbol(const LabelBarcode& barcode, double heightModules)
{
    const QString input = barcode.zintInput();
    if (input.isEmpty() || (isGs1(barcode.type) && barcode.gs1.isEmpty()))
        return barcodeError(barcode, BarcodeProblem::NoData);
    if (barcode.type == BarcodeType::Code128) {
        // zint would carry Latin-1 through FNC4, which printers' own Code 128 does not do the same way: the
        // preview and the print could differ, so only ASCII is taken.
        for (QChar c : input)
            if (c.unicode() < 0x20 || c.unicode() > 0x7E)
                return barcodeError(barcode, BarcodeProblem::BadCharacter,
                                    QStringLiteral("Code 128 here carries printable ASCII only"));
    }
    ZintSymbol symbol(ZBarcode_Create());
    if (!symbol)
        return makeError(ErrorCode::StorageError,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Out of memory while encoding a barcode."));
    symbol->symbology = zintSymbology(barcode.type);
    symbol->input_mode = isGs1(barcode.type) ? GS1_MODE : UNICODE_MODE;
    symbol->warn_level = WARN_FAIL_ALL;
    symbol->output_options = BARCODE_NO_QUIET_ZONES; // the template leaves the quiet zones
    symbol->show_hrt = barcode.humanReadable ? 1 : 0;
    symbol->scale = 0.5f; // zint's vectors count 2 units per module at scale 1: this makes 1 unit a module
    if (isLinear(barcode.type) && heightModules > 0)
        symbol->height = float(heightModules);
    if (barcode.type == BarcodeType::Qr)
        symbol->option_1 = 2; // error correction M
    if (barcode.type == BarcodeType::DataMatrix || barcode.type == BarcodeType::Gs1DataMatrix)
        symbol->option_3 = DM_SQUARE;
    const QByteArray bytes = input.toUtf8();
    const int code = ZBarcode_Encode(symbol.get(), reinterpret_cast<const unsigned char*>(bytes.constData()),
                                     int(bytes.size()));
    if (code != 0) {
        // zint's text says where and what ("AI (00) position 18: Bad checksum '0', expected '7'"): a
        // position and one character at most, never the data.
        QString detail = QString::fromUtf8(symbol->errtxt);
        if (const qsizetype colon = detail.indexOf(QLatin1String(": "));
            detail.startsWith(QLatin1String("Error")) && colon > 0)
            detail = detail.mid(colon + 2);
        return barcodeError(barcode, classify(code, detail), detail);
    }
    return symbol;
}

} // namespace

QString barcodeProblemName(BarcodeProblem problem)
{
    switch (problem) {
    case BarcodeProblem::NoData:
        return QStringLiteral("no_data");
    case BarcodeProblem::CheckDigit:
        return QStringLiteral("check_digit");
    case BarcodeProblem::BadCharacter:
        return QStringLiteral("bad_character");
    case BarcodeProblem::TooLong:
        return QStringLiteral("too_long");
    case BarcodeProblem::BadData:
        return QStringLiteral("bad_data");
    }
    return {};
}

Status BarcodeEncoder::validate(const LabelBarcode& barcode)
{
    auto symbol = encodeSymbol(barcode, barcode.module > 0 ? barcode.height / barcode.module : 0);
    if (!symbol)
        return symbol.error();
    return {};
}

Result<BarcodeSymbol> BarcodeEncoder::encode(const LabelBarcode& barcode, double heightModules)
{
    auto encoded = encodeSymbol(barcode, heightModules);
    if (!encoded)
        return encoded.error();
    zint_symbol* symbol = encoded->get();
    if (const int code = ZBarcode_Buffer_Vector(symbol, 0); code != 0)
        return barcodeError(barcode, BarcodeProblem::BadData, QString::fromUtf8(symbol->errtxt));

    BarcodeSymbol out;
    out.rows = symbol->rows;
    out.columns = symbol->width;
    out.humanReadable = QString::fromUtf8(reinterpret_cast<const char*>(symbol->text));
    double originX = 0;
    bool first = true;
    for (const zint_vector_rect* rect = symbol->vector->rectangles; rect; rect = rect->next) {
        if (rect->colour != -1 && rect->colour != 7) // only the foreground (and black); white is background
            continue;
        if (first || rect->x < originX)
            originX = rect->x;
        first = false;
        out.bars.append(QRectF(rect->x, rect->y, rect->width, rect->height));
    }
    for (QRectF& bar : out.bars)
        bar.translate(-originX, 0);
    for (const zint_vector_hexagon* hex = symbol->vector->hexagons; hex; hex = hex->next)
        out.hexagons.append({QPointF(hex->x - originX, hex->y), hex->diameter});
    for (const zint_vector_string* string = symbol->vector->strings; string; string = string->next) {
        BarcodeSymbol::Text text;
        text.baseline = QPointF(string->x - originX, string->y);
        text.size = string->fsize;
        text.align = string->halign == 1   ? TextAlign::Left
                     : string->halign == 2 ? TextAlign::Right
                                           : TextAlign::Center;
        text.text = QString::fromUtf8(reinterpret_cast<const char*>(string->text), string->length);
        out.texts.append(text);
    }
    return out;
}

BarcodeProblem BarcodeEncoder::problemOf(const Error& error)
{
    for (BarcodeProblem problem : {BarcodeProblem::NoData, BarcodeProblem::CheckDigit,
                                   BarcodeProblem::BadCharacter, BarcodeProblem::TooLong})
        if (error.message.contains(QLatin1String(problemWords(problem))))
            return problem;
    return BarcodeProblem::BadData;
}

} // namespace wh::devices
