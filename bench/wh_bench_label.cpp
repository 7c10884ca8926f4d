// wh_bench_label: a shipping label from a ShipmentCreated payload to printer bytes - the template filled,
// every barcode checked with zint (WARN_FAIL_ALL), ZPL written at 203 dpi - and, separately, the PNG preview.
// The baseline, measured alternately in the same run, is bare zint on the same barcodes (ZBarcode_Encode and
// ZBarcode_Buffer, which also rasterises): the least any label path that draws or checks its barcodes pays.

#include "BenchSupport.h"
#include "LabelPainter.h"
#include "LabelTemplate.h"
#include "ZplEncoder.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <zint.h>

#include <algorithm>
#include <vector>

using namespace wh;
using namespace wh::bench;
using namespace wh::devices;

namespace {

// The protocol's ShipmentCreated example payload (docs/protocol/examples/events-ShipmentCreated.msg).
const char* const kPayload = R"({"shipmentId":"S830","orderId":"ACME-SO-5001","carrier":"UPS",
"service":"Next Day Air","level":"Overnight","trackingNumber":"1Z999AA10300000012","departureDate":"2026-03-02",
"expectedDelivery":"2026-03-03","promisedDate":"2026-03-05","costMinor":4500,
"shipFrom":{"name":"Acme Outdoor c/o Demo Warehouse","lines":["100 Logistics Way"],"city":"Columbus",
"postcode":"43004","country":"US"},"shipTo":{"name":"Jane Doe","lines":["12 Elm Street","Apt 4"],
"city":"Springfield","postcode":"62701","country":"US"},"packages":[{"cartonId":"C812","cartonType":"M",
"trackingNumber":"1Z999AA10300000012","rangeId":"ACME-UPS-2026-01","serial":1,"weightGrams":1980,
"lengthMm":300,"widthMm":250,"heightMm":200}]})";

// The same barcodes as the label, through zint alone.
std::size_t bareZint(const QList<LabelBarcode>& barcodes)
{
    std::size_t bytes = 0;
    for (const LabelBarcode& barcode : barcodes) {
        zint_symbol* symbol = ZBarcode_Create();
        symbol->symbology = barcode.type == BarcodeType::DataMatrix ? BARCODE_DATAMATRIX : BARCODE_CODE128;
        symbol->input_mode = UNICODE_MODE;
        symbol->warn_level = WARN_FAIL_ALL;
        const QByteArray data = barcode.data.toUtf8();
        if (ZBarcode_Encode(symbol, reinterpret_cast<const unsigned char*>(data.constData()),
                            int(data.size())) != 0 ||
            ZBarcode_Buffer(symbol, 0) != 0)
            die(QStringLiteral("zint refused the baseline barcode: ") + QString::fromUtf8(symbol->errtxt));
        bytes += std::size_t(symbol->bitmap_width) * std::size_t(symbol->bitmap_height);
        ZBarcode_Delete(symbol);
    }
    return bytes;
}

struct Figures
{
    std::vector<double> label; // µs per label
    std::vector<double> bare;  // µs per baseline
};

template <typename F>
Figures measure(int iterations, int warmUp, const QList<LabelBarcode>& barcodes, F&& work)
{
    Figures figures;
    for (int i = 0; i < warmUp; ++i) {
        work();
        bareZint(barcodes);
    }
    for (int i = 0; i < iterations; ++i) {
        // Alternate which side goes first, so neither always runs on a cache the other warmed.
        for (int side = 0; side < 2; ++side) {
            const bool labelSide = (side == 0) == (i % 2 == 0);
            const auto start = Stopwatch::now();
            if (labelSide)
                work();
            else
                bareZint(barcodes);
            (labelSide ? figures.label : figures.bare).push_back(microsSince(start));
        }
    }
    std::sort(figures.label.begin(), figures.label.end());
    std::sort(figures.bare.begin(), figures.bare.end());
    return figures;
}

void report(const QString& what, const Figures& f, double targetMicros)
{
    const QList<int> widths{34, 9, 9, 9, 11, 11, 9, 10};
    const double p50 = percentile(f.label, 50);
    const double p99 = percentile(f.label, 99);
    row({what, num(p50, 0), num(percentile(f.label, 95), 0), num(p99, 0), num(percentile(f.bare, 50), 0),
         num(percentile(f.bare, 99), 0), ratio(p50 / percentile(f.bare, 50)),
         targetMicros > 0 ? (p99 < targetMicros ? QStringLiteral("met") : QStringLiteral("MISSED"))
                          : QStringLiteral("-")},
        widths);
}

int run(int argc, char** argv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Label render + ZPL, and the PNG preview, against bare zint."));
    parser.addHelpOption();
    const QCommandLineOption iterationsOption(QStringLiteral("iterations"),
                                              QStringLiteral("Labels to ZPL per side (default 3000)."),
                                              QStringLiteral("n"), QStringLiteral("3000"));
    const QCommandLineOption pngOption(QStringLiteral("png-iterations"),
                                       QStringLiteral("PNG previews per side (default 200)."),
                                       QStringLiteral("n"), QStringLiteral("200"));
    parser.addOptions({iterationsOption, pngOption});
    parser.process(QCoreApplication::arguments());
    const int iterations = std::max(1, parser.value(iterationsOption).toInt());
    const int pngIterations = std::max(1, parser.value(pngOption).toInt());
    Q_UNUSED(argc);
    Q_UNUSED(argv);

    const QJsonObject payload = QJsonDocument::fromJson(QByteArray(kPayload)).object();
    if (payload.isEmpty())
        die(QStringLiteral("the example payload does not parse"));
    const LabelTemplate templ =
        check(LabelTemplate::load(QStringLiteral("shipping-4x6")), QStringLiteral("template"));
    const QList<Label> sample = check(templ.fill(payload), QStringLiteral("fill"));
    QList<LabelBarcode> barcodes;
    for (const LabelElement& element : sample.first().elements)
        if (const auto* barcode = std::get_if<LabelBarcode>(&element))
            barcodes.append(*barcode);

    std::size_t sink = 0;
    // One untimed preview first: the allocator then holds the large blocks both sides use (a running
    // appliance is in this state; without it the baseline's raster buffers go back and forth to the system
    // and the first measurement's baseline reads ten times slower than the later ones').
    check(LabelPainter::renderImage(sample.first(), 203), QStringLiteral("image"));
    const Figures zpl = measure(iterations, std::min(iterations, 100), barcodes, [&] {
        const QList<Label> labels = check(templ.fill(payload), QStringLiteral("fill"));
        sink += std::size_t(check(ZplEncoder::encode(labels, 203), QStringLiteral("zpl")).size());
    });
    const Figures image = measure(pngIterations, std::min(pngIterations, 10), barcodes, [&] {
        const QList<Label> labels = check(templ.fill(payload), QStringLiteral("fill"));
        sink += std::size_t(
            check(LabelPainter::renderImage(labels.first(), 203), QStringLiteral("image")).sizeInBytes());
    });
    const Figures png = measure(pngIterations, std::min(pngIterations, 10), barcodes, [&] {
        const QList<Label> labels = check(templ.fill(payload), QStringLiteral("fill"));
        sink +=
            std::size_t(check(LabelPainter::renderPng(labels.first(), 203), QStringLiteral("png")).size());
    });

    out() << "Shipping label (4x6 in, " << barcodes.size()
          << " barcodes) from a ShipmentCreated payload, 203 dpi; " << iterations << " ZPL / "
          << pngIterations << " preview runs per side, times in microseconds" << Qt::endl;
    const QList<int> widths{34, 9, 9, 9, 11, 11, 9, 10};
    row({QStringLiteral("path"), QStringLiteral("p50"), QStringLiteral("p95"), QStringLiteral("p99"),
         QStringLiteral("zint p50"), QStringLiteral("zint p99"), QStringLiteral("ratio"),
         QStringLiteral("p99<5ms")},
        widths);
    report(QStringLiteral("fill + zint check + ZPL"), zpl, 5000);
    report(QStringLiteral("fill + preview (QImage)"), image, 0);
    report(QStringLiteral("fill + preview + PNG encode"), png, 0);
    out() << "(baseline: bare ZBarcode_Encode + ZBarcode_Buffer of the same barcodes; ratio = p50 / baseline "
             "p50; output checksum "
          << sink % 10 << ")" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    // Fonts need a QGuiApplication; a benchmark machine often has no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    return guarded([&] { return run(argc, argv); });
}
