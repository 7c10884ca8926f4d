#pragma once

#include "Label.h"
#include "Result.h"

#include <QByteArray>
#include <QImage>
#include <QList>

class QPainter;

namespace wh::devices {

// Label -> raster preview (QImage, PNG) and PDF (QPdfWriter, the page the size of the label). Barcodes are
// drawn from zint's vector output, never from a barcode font, with each module rounded to whole dots at
// `dpi` as the printer does: the preview at 203 dpi shows the bars a 203 dpi printer makes. Every barcode is
// encoded before anything is drawn, so a refused one leaves no half-drawn page. Needs a QGuiApplication
// (fonts); safe on any thread that does not share the painter.
class LabelPainter
{
public:
    static Result<QImage> renderImage(const Label& label, int dpi);
    static Result<QByteArray> renderPng(const Label& label, int dpi);
    // One page per label.
    static Result<QByteArray> renderPdf(const QList<Label>& labels, int dpi);
    static Result<QByteArray> renderPdf(const Label& label, int dpi);
    // The font family text is drawn in (the preview's stand-in for the printer's font 0).
    static QString fontFamily();
};

} // namespace wh::devices
