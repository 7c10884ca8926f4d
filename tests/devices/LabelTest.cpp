// Labels: templates filled from real payloads, and each label's three outputs (ZPL, PNG preview, PDF) at the
// print heads' resolutions. The preview's bars are compared with zint's own encoding, module by module.
#include "BarcodeEncoder.h"
#include "DevicesTestSupport.h"
#include "LabelPainter.h"
#include "LabelTemplate.h"
#include "ZplEncoder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <zint.h>

#include <catch2/catch.hpp>

using namespace wh;
using namespace wh::devices;

namespace {

// The ShipmentCreated payload exactly as the protocol's example carries it.
QJsonObject shipmentPayload()
{
    QFile file(QStringLiteral(WH_TESTDATA_DIR "/../../docs/protocol/examples/events-ShipmentCreated.msg"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    REQUIRE(lines.size() >= 3);
    const QJsonObject message = QJsonDocument::fromJson(lines[2]).object();
    const QJsonObject payload = message.value(QStringLiteral("events"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("payload"))
                                    .toObject();
    REQUIRE(payload.value(QStringLiteral("shipmentId")).toString() == QStringLiteral("S830"));
    return payload;
}

QJsonObject logisticData()
{
    return QJsonObject{
        {QStringLiteral("sscc"), QStringLiteral("106141411234567897")},
        {QStringLiteral("contentGtin"), QStringLiteral("05012345678900")},
        {QStringLiteral("count"), 12},
        {QStringLiteral("lot"), QStringLiteral("LOT-42")},
        {QStringLiteral("bestBefore"), QStringLiteral("271231")},
        {QStringLiteral("description"), QStringLiteral("Trail mix, 12 x 500 g")},
        {QStringLiteral("shipFrom"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Acme Outdoor")},
                                                 {QStringLiteral("city"), QStringLiteral("Columbus")}}}};
}

QJsonObject binData()
{
    return QJsonObject{{QStringLiteral("location"), QStringLiteral("A-01-03-B")},
                       {QStringLiteral("zone"), QStringLiteral("Z1")}};
}

QJsonObject productData()
{
    return QJsonObject{{QStringLiteral("sku"), QStringLiteral("ACME-TRAIL-500")},
                       {QStringLiteral("description"), QStringLiteral("Trail mix 500 g")},
                       {QStringLiteral("gtin"), QStringLiteral("5012345678900")}};
}

QJsonObject dataFor(const QString& name)
{
    if (name == QLatin1String("shipping-4x6"))
        return shipmentPayload();
    if (name == QLatin1String("gs1-logistic"))
        return logisticData();
    if (name == QLatin1String("bin"))
        return binData();
    return productData();
}

QList<Label> fill(const QString& name, const QJsonObject& data)
{
    auto templ = LabelTemplate::load(name);
    REQUIRE(templ.ok());
    auto labels = templ->fill(data);
    INFO((labels.ok() ? std::string() : labels.error().toString().toStdString()));
    REQUIRE(labels.ok());
    return *labels;
}

Label one(const QString& name, const QJsonObject& data)
{
    const QList<Label> labels = fill(name, data);
    REQUIRE(labels.size() == 1);
    return labels.first();
}

QString zplOf(const Label& label, int dpi)
{
    auto zpl = ZplEncoder::encode(label, dpi);
    INFO((zpl.ok() ? std::string() : zpl.error().toString().toStdString()));
    REQUIRE(zpl.ok());
    return QString::fromUtf8(*zpl);
}

// Every command in the format is one the encoder writes: a ^ or ~ from the data would start another.
void checkCommands(const QString& zpl)
{
    static const QStringList known{QStringLiteral("XA"), QStringLiteral("CI"), QStringLiteral("PW"),
                                   QStringLiteral("LL"), QStringLiteral("LH"), QStringLiteral("FO"),
                                   QStringLiteral("A0"), QStringLiteral("FB"), QStringLiteral("FH"),
                                   QStringLiteral("FD"), QStringLiteral("FS"), QStringLiteral("BY"),
                                   QStringLiteral("BC"), QStringLiteral("BE"), QStringLiteral("BX"),
                                   QStringLiteral("BQ"), QStringLiteral("GB"), QStringLiteral("XZ")};
    CHECK_FALSE(zpl.contains(QLatin1Char('~')));
    const QStringList commands = zpl.split(QLatin1Char('^'), Qt::SkipEmptyParts);
    for (const QString& command : commands) {
        INFO("command: " << command.left(20).toStdString());
        CHECK(known.contains(command.left(2)));
    }
    // Every field starts on the label.
    const QRegularExpression size(QStringLiteral("\\^PW(\\d+)\n\\^LL(\\d+)\n"));
    const auto sizeMatch = size.match(zpl);
    REQUIRE(sizeMatch.hasMatch());
    const QRegularExpression origin(QStringLiteral("\\^FO(\\d+),(\\d+)"));
    for (auto it = origin.globalMatch(zpl); it.hasNext();) {
        const auto match = it.next();
        CHECK(match.captured(1).toInt() < sizeMatch.captured(1).toInt());
        CHECK(match.captured(2).toInt() < sizeMatch.captured(2).toInt());
    }
    CHECK(zpl.startsWith(QStringLiteral("^XA\n^CI28\n")));
    CHECK(zpl.endsWith(QStringLiteral("^XZ\n")));
    CHECK(zpl.count(QStringLiteral("^FO")) == zpl.count(QStringLiteral("^FS"))); // every field closed
}

struct ZintReference
{
    int rows = 0;
    int columns = 0;
    std::vector<std::vector<bool>> modules;
};

// zint's own encoding of the same data, straight from the library (not through BarcodeEncoder).
ZintReference zintReference(int symbology, int inputMode, const QByteArray& data, int option3 = 0,
                            int option1 = 0)
{
    zint_symbol* symbol = ZBarcode_Create();
    symbol->symbology = symbology;
    symbol->input_mode = inputMode;
    symbol->option_1 = option1 > 0 ? option1 : symbol->option_1;
    symbol->option_3 = option3;
    REQUIRE(ZBarcode_Encode(symbol, reinterpret_cast<const unsigned char*>(data.constData()),
                            int(data.size())) == 0);
    ZintReference ref;
    ref.rows = symbol->rows;
    ref.columns = symbol->width;
    for (int r = 0; r < symbol->rows; ++r) {
        std::vector<bool> row;
        for (int c = 0; c < symbol->width; ++c)
            row.push_back((symbol->encoded_data[r][c / 8] >> (c % 8)) & 1);
        ref.modules.push_back(row);
    }
    ZBarcode_Delete(symbol);
    return ref;
}

bool dark(const QImage& image, int x, int y)
{
    return qGray(image.pixel(x, y)) < 128;
}

// Pixels across the middle of a linear code's bars against zint's module row, dot by dot.
int linearMismatches(const QImage& image, const LabelBarcode& barcode, const ZintReference& ref, int dpi)
{
    const int module = moduleDots(barcode.module, dpi);
    const int x0 = dotsFromMm(barcode.x, dpi);
    const int yMid = dotsFromMm(barcode.y + barcode.height / 2, dpi);
    int mismatches = 0;
    for (int c = 0; c < ref.columns; ++c)
        for (int d = 0; d < module; ++d)
            mismatches += dark(image, x0 + c * module + d, yMid) != ref.modules[0][size_t(c)] ? 1 : 0;
    return mismatches;
}

// The centre of every matrix cell against zint's module grid.
int matrixMismatches(const QImage& image, const LabelBarcode& barcode, const ZintReference& ref, int dpi)
{
    const int cell = moduleDots(barcode.module, dpi);
    const int mx = dotsFromMm(barcode.x, dpi);
    const int my = dotsFromMm(barcode.y, dpi);
    int mismatches = 0;
    for (int r = 0; r < ref.rows; ++r)
        for (int c = 0; c < ref.columns; ++c)
            mismatches += dark(image, mx + c * cell + cell / 2, my + r * cell + cell / 2) !=
                                  ref.modules[size_t(r)][size_t(c)]
                              ? 1
                              : 0;
    return mismatches;
}

QList<LabelBarcode> barcodesOf(const Label& label)
{
    QList<LabelBarcode> out;
    for (const LabelElement& element : label.elements)
        if (const auto* barcode = std::get_if<LabelBarcode>(&element))
            out.append(*barcode);
    return out;
}

// Captures every Qt message while alive (and zint's text reaches us only as error messages, checked too).
struct MessageCapture
{
    static inline QMutex mutex;
    static inline QStringList messages;
    QtMessageHandler previous = nullptr;

    MessageCapture()
    {
        QMutexLocker lock(&mutex);
        messages.clear();
        previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString& message) {
            QMutexLocker inner(&mutex);
            messages.append(message);
        });
    }
    ~MessageCapture() { qInstallMessageHandler(previous); }
};

} // namespace

TEST_CASE("every built-in template renders to ZPL, PNG and PDF at 203 and 300 dpi", "[labels]")
{
    const QStringList names = LabelTemplate::builtInNames();
    CHECK(names == QStringList{QStringLiteral("bin"), QStringLiteral("gs1-logistic"),
                               QStringLiteral("product"), QStringLiteral("shipping-4x6")});
    for (const QString& name : names) {
        const Label label = one(name, dataFor(name));
        for (int dpi : {203, 300}) {
            INFO(name.toStdString() << " at " << dpi << " dpi");
            const QString zpl = zplOf(label, dpi);
            checkCommands(zpl);
            CHECK(zpl.contains(QStringLiteral("^PW%1\n").arg(dotsFromMm(label.width, dpi))));
            CHECK(zpl.contains(QStringLiteral("^LL%1\n").arg(dotsFromMm(label.height, dpi))));

            auto image = LabelPainter::renderImage(label, dpi);
            REQUIRE(image.ok());
            CHECK(image->width() == dotsFromMm(label.width, dpi));
            CHECK(image->height() == dotsFromMm(label.height, dpi));
            int black = 0;
            for (int y = 0; y < image->height(); y += 3)
                for (int x = 0; x < image->width(); x += 3)
                    black += dark(*image, x, y) ? 1 : 0;
            CHECK(black > 100); // something was drawn

            auto png = LabelPainter::renderPng(label, dpi);
            REQUIRE(png.ok());
            CHECK(png->startsWith("\x89PNG"));

            auto pdf = LabelPainter::renderPdf(label, dpi);
            REQUIRE(pdf.ok());
            CHECK(pdf->startsWith("%PDF-"));
            // The page is the label: mm -> points (1/72 in).
            const QRegularExpression mediaBox(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
            const auto match = mediaBox.match(QString::fromLatin1(*pdf));
            REQUIRE(match.hasMatch());
            CHECK(std::abs(match.captured(1).toDouble() - label.width / 25.4 * 72) < 1.0);
            CHECK(std::abs(match.captured(2).toDouble() - label.height / 25.4 * 72) < 1.0);
        }
    }
}

TEST_CASE("the shipping label comes from the ShipmentCreated payload as-is, one per package", "[labels]")
{
    QJsonObject payload = shipmentPayload();
    const Label label = one(QStringLiteral("shipping-4x6"), payload);
    const QString zpl = zplOf(label, 203);
    // The printer's own Code 128 (automatic subsets) and Data Matrix draw the package's tracking number.
    CHECK(zpl.contains(QStringLiteral("^BY3^BCN,200,Y,N,N,A^FH_^FD1Z999AA10300000012^FS")));
    CHECK(zpl.contains(QStringLiteral("^BXN,4,200^FH_^FD1Z999AA10300000012^FS")));
    CHECK(zpl.contains(QStringLiteral("^FDJane Doe^FS")));
    CHECK(zpl.contains(QStringLiteral("^FD12 Elm Street\\&Apt 4^FS")));
    CHECK(zpl.contains(QStringLiteral("^FDWEIGHT 1.98 kg^FS")));
    CHECK(zpl.contains(QStringLiteral("^FDCARTON C812   PKG 1 OF 1^FS")));
    CHECK(zpl.contains(QStringLiteral("^FDORDER ACME-SO-5001^FS")));
    CHECK(zpl.contains(QStringLiteral("^FDUPS^FS")));

    // Two packages: two labels, each with its own tracking number, and a PDF of two pages.
    QJsonArray packages = payload.value(QStringLiteral("packages")).toArray();
    QJsonObject second = packages.first().toObject();
    second[QStringLiteral("cartonId")] = QStringLiteral("C813");
    second[QStringLiteral("trackingNumber")] = QStringLiteral("1Z999AA10300000021");
    packages.append(second);
    payload[QStringLiteral("packages")] = packages;
    const QList<Label> labels = fill(QStringLiteral("shipping-4x6"), payload);
    REQUIRE(labels.size() == 2);
    auto both = ZplEncoder::encode(labels, 300);
    REQUIRE(both.ok());
    CHECK(both->count("^XA") == 2);
    CHECK(both->contains("^FDCARTON C813   PKG 2 OF 2^FS"));
    CHECK(both->contains("^FD1Z999AA10300000021^FS"));
    auto pdf = LabelPainter::renderPdf(labels, 203);
    REQUIRE(pdf.ok());
    CHECK(QString::fromLatin1(*pdf).contains(QStringLiteral("/Count 2")));
}

TEST_CASE("the shipping label's ZPL at 203 dpi matches the reviewed golden file", "[labels]")
{
    const QString zpl = zplOf(one(QStringLiteral("shipping-4x6"), shipmentPayload()), 203);
    QFile golden(QStringLiteral(WH_TESTDATA_DIR "/labels/shipping-4x6-203.zpl"));
    REQUIRE(golden.open(QIODevice::ReadOnly));
    CHECK(zpl == QString::fromUtf8(golden.readAll()));
    // Deterministic: the same label gives the same bytes.
    CHECK(zpl == zplOf(one(QStringLiteral("shipping-4x6"), shipmentPayload()), 203));
}

TEST_CASE("GS1 labels use the printer's GS1 modes: ^BC mode D with >8 after a variable value, ^BX with FNC1",
          "[labels][gs1]")
{
    const QString logistic = zplOf(one(QStringLiteral("gs1-logistic"), logisticData()), 203);
    CHECK(logistic.contains(QStringLiteral("^BCN,136,Y,N,N,D^FH_^FD(02)05012345678900(37)12^FS")));
    CHECK(logistic.contains(QStringLiteral("^FD(15)271231(10)LOT-42^FS")));
    // The SSCC is the lowest barcode, with its "(00) ..." interpretation line.
    const qsizetype sscc = logistic.indexOf(QStringLiteral("^FD(00)106141411234567897^FS"));
    REQUIRE(sscc > 0);
    const QRegularExpression origin(QStringLiteral("\\^FO(\\d+),(\\d+)\\^BY\\d+\\^BC"));
    int lowest = -1;
    int ssccY = -1;
    for (auto it = origin.globalMatch(logistic); it.hasNext();) {
        const auto match = it.next();
        lowest = std::max(lowest, match.captured(2).toInt());
        if (logistic.indexOf(QStringLiteral("^FD"), match.capturedEnd()) == sscc)
            ssccY = match.captured(2).toInt();
    }
    CHECK(ssccY == lowest);

    // Without the optional best-before, AI 15 is left out rather than printed empty.
    QJsonObject noDate = logisticData();
    noDate.remove(QStringLiteral("bestBefore"));
    CHECK(
        zplOf(one(QStringLiteral("gs1-logistic"), noDate), 203).contains(QStringLiteral("^FD(10)LOT-42^FS")));

    // A variable-length value followed by another element ends with FNC1 (>8 in ^BC, _1 in ^BX).
    Label label;
    label.width = 100;
    label.height = 50;
    LabelBarcode linear;
    linear.type = BarcodeType::Gs1_128;
    linear.gs1 = {{QStringLiteral("10"), QStringLiteral("AB_1")},
                  {QStringLiteral("17"), QStringLiteral("271231")}};
    linear.module = 0.25;
    LabelBarcode matrix = linear;
    matrix.type = BarcodeType::Gs1DataMatrix;
    matrix.x = 60;
    label.elements = {linear, matrix};
    const QString zpl = zplOf(label, 203);
    CHECK(zpl.contains(QStringLiteral("^FD(10)AB_5F1>8(17)271231^FS")));
    // After ^FH: "_1" FNC1, "10AB", "__" (an underscore to ^BX), "1", "_1" separator, "17271231".
    CHECK(zpl.contains(QStringLiteral("^BXN,2,200^FH_^FD_5F110AB_5F_5F1_5F117271231^FS")));

    const QString product = zplOf(one(QStringLiteral("product"), productData()), 300);
    CHECK(product.contains(
        QStringLiteral("^BY3^BEN,106,Y,N^FH_^FD501234567890^FS"))); // 12 digits: ^BE adds the 13th
    CHECK(product.contains(QStringLiteral("^BXN,6,200^FH_^FD_5F10105012345678900^FS")));
}

TEST_CASE("a bad check digit in an SSCC, GTIN or EAN-13 never reaches any output", "[labels][gs1]")
{
    struct Case
    {
        QString templ;
        QJsonObject data;
    };
    QJsonObject badSscc = logisticData();
    badSscc[QStringLiteral("sscc")] = QStringLiteral("106141411234567890");
    QJsonObject badGtin = logisticData();
    badGtin[QStringLiteral("contentGtin")] = QStringLiteral("05012345678901");
    QJsonObject badEan = productData();
    badEan[QStringLiteral("gtin")] = QStringLiteral("5012345678901");
    for (const Case& c :
         {Case{QStringLiteral("gs1-logistic"), badSscc}, Case{QStringLiteral("gs1-logistic"), badGtin},
          Case{QStringLiteral("product"), badEan}}) {
        const Label label = one(c.templ, c.data);
        for (int dpi : {203, 300}) {
            auto zpl = ZplEncoder::encode(label, dpi);
            REQUIRE_FALSE(zpl.ok());
            CHECK(BarcodeEncoder::problemOf(zpl.error()) == BarcodeProblem::CheckDigit);
            CHECK(zpl.error().message.contains(QStringLiteral("bad check digit")));
            CHECK(zpl.error().message.contains(QStringLiteral("nothing was printed")));
            auto image = LabelPainter::renderImage(label, dpi);
            REQUIRE_FALSE(image.ok());
            CHECK(BarcodeEncoder::problemOf(image.error()) == BarcodeProblem::CheckDigit);
            auto pdf = LabelPainter::renderPdf(label, dpi);
            REQUIRE_FALSE(pdf.ok());
            CHECK(BarcodeEncoder::problemOf(pdf.error()) == BarcodeProblem::CheckDigit);
        }
    }
    // The role says which barcode; zint's detail says where.
    auto zpl = ZplEncoder::encode(one(QStringLiteral("gs1-logistic"), badSscc), 203);
    CHECK(zpl.error().message.startsWith(
        QStringLiteral("The SSCC barcode has a bad check digit (AI (00) position 18")));

    // Other refusals have their own words: a character GS1 does not allow, a date that does not exist.
    QJsonObject badLot = logisticData();
    badLot[QStringLiteral("lot")] = QStringLiteral("LOT~1");
    auto lot = ZplEncoder::encode(one(QStringLiteral("gs1-logistic"), badLot), 203);
    REQUIRE_FALSE(lot.ok());
    CHECK(BarcodeEncoder::problemOf(lot.error()) == BarcodeProblem::BadCharacter);
    QJsonObject badDate = logisticData();
    badDate[QStringLiteral("bestBefore")] = QStringLiteral("271341");
    auto date = LabelPainter::renderImage(one(QStringLiteral("gs1-logistic"), badDate), 203);
    REQUIRE_FALSE(date.ok());
    CHECK(BarcodeEncoder::problemOf(date.error()) == BarcodeProblem::BadData);
    // A lot with a parenthesis is fine for GS1 but not for the printer's mode D: refused, not misprinted.
    QJsonObject paren = logisticData();
    paren[QStringLiteral("lot")] = QStringLiteral("LOT(1)");
    auto parenZpl = ZplEncoder::encode(one(QStringLiteral("gs1-logistic"), paren), 203);
    REQUIRE_FALSE(parenZpl.ok());
    CHECK(parenZpl.error().message.contains(QStringLiteral("AI 10")));
    CHECK(LabelPainter::renderImage(one(QStringLiteral("gs1-logistic"), paren), 203).ok());
}

TEST_CASE("the preview's bars are zint's encoding, module for module, in whole dots", "[labels]")
{
    const Label shipping = one(QStringLiteral("shipping-4x6"), shipmentPayload());
    const QList<LabelBarcode> shippingCodes = barcodesOf(shipping);
    REQUIRE(shippingCodes.size() == 2);
    const LabelBarcode& tracking = shippingCodes[0];
    const LabelBarcode& matrix = shippingCodes[1];
    REQUIRE(tracking.type == BarcodeType::Code128);
    REQUIRE(matrix.type == BarcodeType::DataMatrix);
    const Label product = one(QStringLiteral("product"), productData());
    const QList<LabelBarcode> productCodes = barcodesOf(product);
    REQUIRE(productCodes.size() == 2);
    const Label logistic = one(QStringLiteral("gs1-logistic"), logisticData());
    const QList<LabelBarcode> logisticCodes = barcodesOf(logistic);
    REQUIRE(logisticCodes.size() == 3);

    const ZintReference code128 = zintReference(BARCODE_CODE128, UNICODE_MODE, tracking.data.toUtf8());
    const ZintReference dataMatrix =
        zintReference(BARCODE_DATAMATRIX, UNICODE_MODE, matrix.data.toUtf8(), DM_SQUARE);
    const ZintReference ean13 = zintReference(BARCODE_EANX_CHK, UNICODE_MODE, QByteArray("5012345678900"));
    const ZintReference gs1Matrix =
        zintReference(BARCODE_DATAMATRIX, GS1_MODE, QByteArray("[01]05012345678900"), DM_SQUARE);
    const ZintReference sscc = zintReference(BARCODE_GS1_128, GS1_MODE, QByteArray("[00]106141411234567897"));
    for (int dpi : {203, 300}) {
        INFO("dpi " << dpi);
        auto image = LabelPainter::renderImage(shipping, dpi);
        REQUIRE(image.ok());
        CHECK(linearMismatches(*image, tracking, code128, dpi) == 0);
        // Quiet space on both sides: nothing drawn just outside the symbol.
        const int module = moduleDots(tracking.module, dpi);
        const int x0 = dotsFromMm(tracking.x, dpi);
        const int yMid = dotsFromMm(tracking.y + tracking.height / 2, dpi);
        for (int d = 1; d <= 3 * module; ++d) {
            CHECK_FALSE(dark(*image, x0 - d, yMid));
            CHECK_FALSE(dark(*image, x0 + code128.columns * module + d - 1, yMid));
        }
        CHECK(matrixMismatches(*image, matrix, dataMatrix, dpi) == 0);

        auto productImage = LabelPainter::renderImage(product, dpi);
        REQUIRE(productImage.ok());
        CHECK(linearMismatches(*productImage, productCodes[0], ean13, dpi) == 0);
        CHECK(matrixMismatches(*productImage, productCodes[1], gs1Matrix, dpi) == 0);

        auto logisticImage = LabelPainter::renderImage(logistic, dpi);
        REQUIRE(logisticImage.ok());
        CHECK(linearMismatches(*logisticImage, logisticCodes[2], sscc, dpi) == 0);
    }
    // A different symbol in the same place does not pass: the comparison can fail.
    auto image = LabelPainter::renderImage(shipping, 203);
    REQUIRE(image.ok());
    const ZintReference other =
        zintReference(BARCODE_CODE128, UNICODE_MODE, QByteArray("1Z999AA10300000021"));
    CHECK(linearMismatches(*image, tracking, other, 203) > 0);
}

TEST_CASE("^, ~ and non-ASCII in names survive in ZPL without breaking the format", "[labels]")
{
    QJsonObject payload = shipmentPayload();
    QJsonObject shipTo = payload.value(QStringLiteral("shipTo")).toObject();
    shipTo[QStringLiteral("name")] = QStringLiteral("Zoë Ünal ^XZ~JR_x");
    shipTo[QStringLiteral("lines")] = QJsonArray{QStringLiteral("Flat 2\\B"), QStringLiteral("Straße 7 😀")};
    payload[QStringLiteral("shipTo")] = shipTo;
    const Label label = one(QStringLiteral("shipping-4x6"), payload);
    for (int dpi : {203, 300}) {
        auto zpl = ZplEncoder::encode(label, dpi);
        REQUIRE(zpl.ok());
        // UTF-8 as is (^CI28); ^ ~ _ as ^FH hex; in a field block a backslash is doubled.
        CHECK(zpl->contains("^FDZo\xC3\xAB \xC3\x9Cnal _5EXZ_7EJR_5Fx^FS"));
        CHECK(zpl->contains("^FDFlat 2\\\\B\\&Stra\xC3\x9F"
                            "e 7 \xF0\x9F\x98\x80^FS"));
        checkCommands(QString::fromUtf8(*zpl));
        CHECK(LabelPainter::renderImage(label, dpi).ok());
        CHECK(LabelPainter::renderPdf(label, dpi).ok());
    }
}

TEST_CASE("missing or unusable fields are refused naming the field", "[labels]")
{
    QJsonObject payload = shipmentPayload();
    QJsonObject shipTo = payload.value(QStringLiteral("shipTo")).toObject();
    shipTo.remove(QStringLiteral("name"));
    payload[QStringLiteral("shipTo")] = shipTo;
    auto templ = LabelTemplate::load(QStringLiteral("shipping-4x6"));
    REQUIRE(templ.ok());
    auto missing = templ->fill(payload);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::InvalidArgument);
    CHECK(missing.error().message ==
          QStringLiteral("The label data has no shipTo.name, which template shipping-4x6 needs."));

    QJsonObject noPackages = shipmentPayload();
    noPackages[QStringLiteral("packages")] = QJsonArray();
    auto none = templ->fill(noPackages);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message.contains(QStringLiteral("no packages")));

    QJsonObject noWeight = shipmentPayload();
    QJsonArray packages = noWeight.value(QStringLiteral("packages")).toArray();
    QJsonObject package = packages.first().toObject();
    package.remove(QStringLiteral("weightGrams"));
    packages[0] = package;
    noWeight[QStringLiteral("packages")] = packages;
    auto weight = templ->fill(noWeight);
    REQUIRE_FALSE(weight.ok());
    CHECK(weight.error().message.contains(QStringLiteral("package.weightGrams")));

    QJsonObject nameIsList = shipmentPayload();
    QJsonObject to = nameIsList.value(QStringLiteral("shipTo")).toObject();
    to[QStringLiteral("name")] = QJsonArray{QStringLiteral("a")};
    nameIsList[QStringLiteral("shipTo")] = to;
    auto list = templ->fill(nameIsList);
    REQUIRE_FALSE(list.ok());
    CHECK(list.error().message.contains(QStringLiteral("shipTo.name in the label data is a list")));

    auto bin = LabelTemplate::load(QStringLiteral("bin"));
    REQUIRE(bin.ok());
    auto noLocation = bin->fill(QJsonObject{{QStringLiteral("zone"), QStringLiteral("Z1")}});
    REQUIRE_FALSE(noLocation.ok());
    CHECK(noLocation.error().message.contains(QStringLiteral("no location")));
    // Optional fields may be missing.
    CHECK(bin->fill(QJsonObject{{QStringLiteral("location"), QStringLiteral("A-1")}}).ok());
}

TEST_CASE("a template with malformed JSON or an unknown field is refused with its file and the reason",
          "[labels]")
{
    auto bad = [](const QByteArray& json) {
        auto parsed = LabelTemplate::parse(json, QStringLiteral("custom.json"));
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().code == ErrorCode::NotConfigured);
        CHECK(parsed.error().message.startsWith(QStringLiteral("Label template custom.json: ")));
        return parsed.error().message;
    };
    const QByteArray head =
        R"({"name": "custom", "data": "Bin", "size": {"width": 100, "height": 50}, "elements": [)";
    CHECK(bad(R"({"name": "custom", "data": )").contains(QStringLiteral("not valid JSON at byte")));
    CHECK(bad(head + R"({"type": "text", "x": 1, "y": 1, "text": "{locaton}"}]})")
              .contains(
                  QStringLiteral("element 1 (text): {locaton} refers to a field Bin data does not have")));
    CHECK(bad(head + R"({"type": "text", "x": 1, "y": 1, "text": "{zone|kilos}"}]})")
              .contains(QStringLiteral("unknown format")));
    CHECK(bad(head + R"({"type": "text", "x": 1, "y": 1, "text": "{zone"}]})")
              .contains(QStringLiteral("without its }")));
    CHECK(bad(head + R"({"type": "text", "x": 1, "y": 1, "heigth": 3, "text": "x"}]})")
              .contains(QStringLiteral("unknown key \"heigth\"")));
    CHECK(bad(head + R"({"type": "text", "x": 120, "y": 1, "text": "x"}]})")
              .contains(QStringLiteral("\"x\" must be a number from 0 to 100")));
    CHECK(bad(head +
              R"({"type": "barcode", "symbology": "code39", "x": 1, "y": 1, "module": 0.3, "data": "x"}]})")
              .contains(QStringLiteral("unknown symbology \"code39\"")));
    CHECK(
        bad(head + R"({"type": "barcode", "symbology": "gs1-128", "x": 1, "y": 1, "module": 0.3, "height": 10,
                         "gs1": [{"ai": "999", "value": "{location}"}]}]})")
            .contains(QStringLiteral("\"999\" is not a GS1 application identifier")));
    CHECK(bad(R"({"name": "custom", "data": "Gs1Logistic", "size": {"width": 100, "height": 50},
                  "elements": [{"type": "text", "x": 1, "y": 1, "text": "{shipTo.lines}"}]})")
              .contains(QStringLiteral("use {shipTo.lines|lines}")));
    CHECK(bad(head + R"({"type": "line", "x1": 1, "y1": 1, "x2": 5, "y2": 5}]})")
              .contains(QStringLiteral("horizontal")));
    CHECK(bad(head + R"({"type": "circle", "x": 1, "y": 1}]})")
              .contains(QStringLiteral("unknown type \"circle\"")));
    CHECK(bad(R"({"name": "custom", "data": "Bin", "repeat": "packages", "size": {"width": 100, "height": 50},
                  "elements": [{"type": "text", "x": 1, "y": 1, "text": "x"}]})")
              .contains(QStringLiteral("no list to repeat")));
    CHECK(
        bad(R"({"name": "custom", "data": "Invoice", "size": {"width": 100, "height": 50}, "elements": []})")
            .contains(QStringLiteral("\"data\" must be")));
    // A repeated entry's fields need the repeat.
    CHECK(bad(R"({"name": "custom", "data": "ShipmentCreated", "size": {"width": 100, "height": 50},
                  "elements": [{"type": "text", "x": 1, "y": 1, "text": "{package.cartonId}"}]})")
              .contains(QStringLiteral("needs \"repeat\"")));
}

TEST_CASE("an operator's template of the same name wins over the built-in one", "[labels]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // Not there: the built-in one.
    auto builtIn = LabelTemplate::load(QStringLiteral("bin"), dir.path());
    REQUIRE(builtIn.ok());
    CHECK(builtIn->file() == QStringLiteral(":/labels/bin.json"));

    QFile file(dir.filePath(QStringLiteral("bin.json")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"name": "bin", "data": "Bin", "size": {"width": 50.8, "height": 25.4}, "elements": [
        {"type": "text", "x": 2, "y": 2, "width": 26, "maxLines": 3, "size": 4, "text": "BIN {location}"},
        {"type": "barcode", "symbology": "qr", "x": 30, "y": 2, "module": 0.5, "data": "{location}"}]})");
    file.close();
    auto custom = LabelTemplate::load(QStringLiteral("bin"), dir.path());
    REQUIRE(custom.ok());
    CHECK(custom->file() == dir.filePath(QStringLiteral("bin.json")));
    auto labels = custom->fill(binData());
    REQUIRE(labels.ok());
    const QString zpl = zplOf(labels->first(), 203);
    CHECK(zpl.contains(QStringLiteral("^PW406\n")));
    CHECK(zpl.contains(QStringLiteral("^FDBIN A-01-03-B^FS")));
    CHECK(zpl.contains(QStringLiteral("^BQN,2,4^FH_^FDMA,A-01-03-B^FS")));
    // The QR in the preview is zint's (error correction M), cell for cell.
    auto image = LabelPainter::renderImage(labels->first(), 203);
    REQUIRE(image.ok());
    CHECK(image->width() == 406);
    const ZintReference qr = zintReference(BARCODE_QRCODE, UNICODE_MODE, QByteArray("A-01-03-B"), 0, 2);
    CHECK(matrixMismatches(*image, barcodesOf(labels->first()).first(), qr, 203) == 0);

    // A broken override is refused, never silently replaced by the built-in one.
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{ not json");
    file.close();
    auto broken = LabelTemplate::load(QStringLiteral("bin"), dir.path());
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().message.contains(dir.filePath(QStringLiteral("bin.json"))));

    auto unknown = LabelTemplate::load(QStringLiteral("pallet"), dir.path());
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("no label template named pallet")));
    auto traversal = LabelTemplate::load(QStringLiteral("../etc/passwd"), dir.path());
    REQUIRE_FALSE(traversal.ok());
}

TEST_CASE("names and addresses never reach the logs, nor the errors", "[labels][privacy]")
{
    const QString name = QStringLiteral("Zoë Ünal-Privacy");
    const QString street = QStringLiteral("17 Secret Lane");
    QJsonObject payload = shipmentPayload();
    QJsonObject shipTo = payload.value(QStringLiteral("shipTo")).toObject();
    shipTo[QStringLiteral("name")] = name;
    shipTo[QStringLiteral("lines")] = QJsonArray{street};
    payload[QStringLiteral("shipTo")] = shipTo;

    QStringList errors;
    {
        MessageCapture capture;
        qWarning("label capture check"); // the handler is live: this one must be seen
        const Label label = one(QStringLiteral("shipping-4x6"), payload);
        for (int dpi : {203, 300}) {
            CHECK(ZplEncoder::encode(label, dpi).ok());
            CHECK(LabelPainter::renderPng(label, dpi).ok());
            CHECK(LabelPainter::renderPdf(label, dpi).ok());
        }
        // Failures too: a tracking number zint refuses, a missing field next to the name.
        QJsonObject badTracking = payload;
        QJsonArray packages = badTracking.value(QStringLiteral("packages")).toArray();
        QJsonObject package = packages.first().toObject();
        package[QStringLiteral("trackingNumber")] = QString(QStringLiteral("1Z€") + name);
        packages[0] = package;
        badTracking[QStringLiteral("packages")] = packages;
        const Label bad = one(QStringLiteral("shipping-4x6"), badTracking);
        auto zpl = ZplEncoder::encode(bad, 203);
        REQUIRE_FALSE(zpl.ok());
        errors.append(zpl.error().message);
        auto image = LabelPainter::renderImage(bad, 203);
        REQUIRE_FALSE(image.ok());
        errors.append(image.error().message);
        QJsonObject noCity = payload;
        QJsonObject to = shipTo;
        to.remove(QStringLiteral("city"));
        noCity[QStringLiteral("shipTo")] = to;
        auto templ = LabelTemplate::load(QStringLiteral("shipping-4x6"));
        REQUIRE(templ.ok());
        auto filled = templ->fill(noCity);
        REQUIRE_FALSE(filled.ok());
        errors.append(filled.error().message);
    }
    QMutexLocker lock(&MessageCapture::mutex);
    CHECK(MessageCapture::messages.contains(QStringLiteral("label capture check")));
    for (const QString& text : MessageCapture::messages + errors) {
        INFO(text.toStdString());
        CHECK_FALSE(text.contains(QStringLiteral("Privacy")));
        CHECK_FALSE(text.contains(QStringLiteral("Zoë")));
        CHECK_FALSE(text.contains(QStringLiteral("Secret")));
    }
}

TEST_CASE("the outputs refuse what they cannot do", "[labels]")
{
    const Label label = one(QStringLiteral("bin"), binData());
    auto zpl = ZplEncoder::encode(label, 250);
    REQUIRE_FALSE(zpl.ok());
    CHECK(zpl.error().message.contains(QStringLiteral("152, 203, 300 or 600 dpi")));
    CHECK_FALSE(LabelPainter::renderImage(label, 10).ok());
    CHECK_FALSE(LabelPainter::renderPdf(QList<Label>{}, 203).ok());
    LabelBarcode empty;
    empty.role = QStringLiteral("location");
    auto refused = BarcodeEncoder::validate(empty);
    REQUIRE_FALSE(refused.ok());
    CHECK(BarcodeEncoder::problemOf(refused.error()) == BarcodeProblem::NoData);
    CHECK(refused.error().message ==
          QStringLiteral("The location barcode has no data; nothing was printed."));
}
