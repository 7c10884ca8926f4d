#include "LabelPainter.h"

#include "BarcodeEncoder.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <optional>

namespace wh::devices {

namespace {

Qt::Alignment qtAlign(TextAlign align)
{
    switch (align) {
    case TextAlign::Left:
        return Qt::AlignLeft;
    case TextAlign::Center:
        return Qt::AlignHCenter;
    case TextAlign::Right:
        return Qt::AlignRight;
    }
    return Qt::AlignLeft;
}

// A label's barcodes, encoded once before drawing (index = element index; empty for other elements).
using Symbols = QList<std::optional<BarcodeSymbol>>;

Result<Symbols> encodeBarcodes(const Label& label, int dpi)
{
    Symbols symbols;
    symbols.reserve(label.elements.size());
    for (const LabelElement& element : label.elements) {
        const auto* barcode = std::get_if<LabelBarcode>(&element);
        if (!barcode) {
            symbols.append(std::nullopt);
            continue;
        }
        const double heightModules =
            double(std::max(1, dotsFromMm(barcode->height, dpi))) / moduleDots(barcode->module, dpi);
        auto symbol = BarcodeEncoder::encode(*barcode, heightModules);
        if (!symbol)
            return symbol.error();
        symbols.append(std::move(symbol).value());
    }
    return symbols;
}

QFont textFont(double pixelSize, bool bold)
{
    QFont font(LabelPainter::fontFamily());
    font.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    font.setBold(bold);
    return font;
}

void paintText(QPainter& painter, const LabelText& text, int dpi)
{
    const QFont font = textFont(dotsFromMm(text.size, dpi), text.bold);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const double x = dotsFromMm(text.x, dpi);
    const double y = dotsFromMm(text.y, dpi);
    if (text.width <= 0) {
        QString line = text.text;
        painter.drawText(QPointF(x, y + metrics.ascent()), line.replace(QLatin1Char('\n'), QLatin1Char(' ')));
        return;
    }
    const QRectF box(x, y, dotsFromMm(text.width, dpi), metrics.lineSpacing() * std::max(1, text.maxLines));
    painter.save();
    painter.setClipRect(box); // lines past maxLines are cut off, as the printer's field block does
    painter.drawText(box, int(qtAlign(text.align) | Qt::AlignTop | Qt::TextWordWrap), text.text);
    painter.restore();
}

void paintBarcode(QPainter& painter, const LabelBarcode& barcode, const BarcodeSymbol& symbol, int dpi)
{
    const double scale = moduleDots(barcode.module, dpi);
    const QPointF origin(dotsFromMm(barcode.x, dpi), dotsFromMm(barcode.y, dpi));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false); // whole-dot modules, crisp edges
    for (const QRectF& bar : symbol.bars)
        painter.fillRect(QRectF(origin + bar.topLeft() * scale, bar.size() * scale), Qt::black);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (const BarcodeSymbol::Hexagon& hexagon : symbol.hexagons) {
        QPolygonF polygon;
        const double radius = hexagon.diameter * scale / 2;
        const QPointF centre = origin + hexagon.centre * scale;
        for (int i = 0; i < 6; ++i) {
            const double angle = M_PI / 3 * i + M_PI / 6;
            polygon << centre + QPointF(radius * std::cos(angle), radius * std::sin(angle));
        }
        painter.drawPolygon(polygon);
    }
    painter.setPen(Qt::black);
    for (const BarcodeSymbol::Text& text : symbol.texts) {
        const QFont font = textFont(text.size * scale, false);
        painter.setFont(font);
        const QFontMetricsF metrics(font, painter.device());
        const double width = metrics.horizontalAdvance(text.text);
        QPointF at = origin + text.baseline * scale;
        if (text.align == TextAlign::Center)
            at.rx() -= width / 2;
        else if (text.align == TextAlign::Right)
            at.rx() -= width;
        painter.drawText(at, text.text);
    }
    painter.restore();
}

void paintLine(QPainter& painter, const LabelLine& line, int dpi)
{
    const int thickness = std::max(1, dotsFromMm(line.thickness, dpi));
    const int x = dotsFromMm(std::min(line.x1, line.x2), dpi);
    const int y = dotsFromMm(std::min(line.y1, line.y2), dpi);
    const int width = dotsFromMm(std::abs(line.x2 - line.x1), dpi);
    const int height = dotsFromMm(std::abs(line.y2 - line.y1), dpi);
    if (height == 0)
        painter.fillRect(QRect(x, std::max(0, y - thickness / 2), std::max(width, thickness), thickness),
                         Qt::black);
    else
        painter.fillRect(QRect(std::max(0, x - thickness / 2), y, thickness, height), Qt::black);
}

void paintBox(QPainter& painter, const LabelBox& box, int dpi)
{
    const QRect rect(dotsFromMm(box.x, dpi), dotsFromMm(box.y, dpi), std::max(1, dotsFromMm(box.width, dpi)),
                     std::max(1, dotsFromMm(box.height, dpi)));
    if (box.fill) {
        painter.fillRect(rect, Qt::black);
        return;
    }
    // Inside the box, as the printer's ^GB draws its border.
    const int t = std::min({std::max(1, dotsFromMm(box.thickness, dpi)), rect.width(), rect.height()});
    painter.fillRect(QRect(rect.left(), rect.top(), rect.width(), t), Qt::black);
    painter.fillRect(QRect(rect.left(), rect.bottom() - t + 1, rect.width(), t), Qt::black);
    painter.fillRect(QRect(rect.left(), rect.top(), t, rect.height()), Qt::black);
    painter.fillRect(QRect(rect.right() - t + 1, rect.top(), t, rect.height()), Qt::black);
}

void paint(QPainter& painter, const Label& label, const Symbols& symbols, int dpi)
{
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setPen(Qt::black);
    for (qsizetype i = 0; i < label.elements.size(); ++i) {
        const LabelElement& element = label.elements[i];
        if (const auto* text = std::get_if<LabelText>(&element))
            paintText(painter, *text, dpi);
        else if (const auto* barcode = std::get_if<LabelBarcode>(&element))
            paintBarcode(painter, *barcode, *symbols[i], dpi);
        else if (const auto* line = std::get_if<LabelLine>(&element))
            paintLine(painter, *line, dpi);
        else if (const auto* box = std::get_if<LabelBox>(&element))
            paintBox(painter, *box, dpi);
    }
}

Status checkDpi(int dpi)
{
    if (dpi < 72 || dpi > 1200)
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "A preview is drawn at 72 to 1200 dpi, not %1."),
                         {QString::number(dpi)});
    return {};
}

} // namespace

QString LabelPainter::fontFamily()
{
    return QStringLiteral("DejaVu Sans");
}

Result<QImage> LabelPainter::renderImage(const Label& label, int dpi)
{
    if (auto ok = checkDpi(dpi); !ok)
        return ok.error();
    auto symbols = encodeBarcodes(label, dpi);
    if (!symbols)
        return symbols.error();
    QImage image(std::max(1, dotsFromMm(label.width, dpi)), std::max(1, dotsFromMm(label.height, dpi)),
                 QImage::Format_Grayscale8);
    const int dotsPerMetre = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, label, *symbols, dpi);
    painter.end();
    return image;
}

Result<QByteArray> LabelPainter::renderPng(const Label& label, int dpi)
{
    auto image = renderImage(label, dpi);
    if (!image)
        return image.error();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image->save(&buffer, "PNG", 80)) // a low zlib level: half the time of the default (wh_bench_label)
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "The preview could not be written as PNG."));
    return png;
}

Result<QByteArray> LabelPainter::renderPdf(const QList<Label>& labels, int dpi)
{
    if (auto ok = checkDpi(dpi); !ok)
        return ok.error();
    if (labels.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "There is no label to draw."));
    QList<Symbols> all;
    for (const Label& label : labels) {
        auto symbols = encodeBarcodes(label, dpi);
        if (!symbols)
            return symbols.error();
        all.append(std::move(symbols).value());
    }
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setCreator(QStringLiteral("warehouse-appliance"));
    writer.setResolution(dpi); // painter units are dots at dpi, as in the raster preview
    auto pageOf = [](const Label& label) {
        return QPageSize(QSizeF(label.width, label.height), QPageSize::Millimeter, QString(),
                         QPageSize::ExactMatch);
    };
    writer.setPageSize(pageOf(labels.first()));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    QPainter painter(&writer);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (i > 0) {
            writer.setPageSize(pageOf(labels[i]));
            writer.newPage();
        }
        paint(painter, labels[i], all[i], dpi);
    }
    painter.end();
    return pdf;
}

Result<QByteArray> LabelPainter::renderPdf(const Label& label, int dpi)
{
    return renderPdf(QList<Label>{label}, dpi);
}

} // namespace wh::devices
