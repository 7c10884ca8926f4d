#pragma once

#include "Label.h"
#include "Result.h"

#include <QByteArray>
#include <QList>

namespace wh::devices {

// Label -> ZPL II for a Zebra-compatible printer, drawing every barcode with the printer's own command (^BC
// Code 128 and GS1-128, ^BE EAN-13, ^BX Data Matrix, ^BQ QR) so the printer renders bars at its own
// resolution. Every barcode is checked with zint first under the same rule as the preview (WARN_FAIL_ALL): a
// bad check digit never reaches the printer. Output is UTF-8 (^CI28) and every field goes through ^FH, so a
// ^ or ~ in a name cannot end the field or start a command. The same label and dpi always give the same
// bytes.
class ZplEncoder
{
public:
    // 152, 203, 300 and 600 dpi: the print heads there are.
    static bool supportedDpi(int dpi);
    static Result<QByteArray> encode(const Label& label, int dpi);
    // One format per label, back to back (a shipment's labels go to the printer as one job).
    static Result<QByteArray> encode(const QList<Label>& labels, int dpi);
};

} // namespace wh::devices
