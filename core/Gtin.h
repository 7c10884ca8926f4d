#pragma once

// GS1 item numbers (GTIN-8, -12, -13, -14): the check digit, and the forms one item number takes. A GS1
// label carries the GTIN-14; the item's own barcode the EAN-13 or UPC-A inside it; the merchant may have
// kept any of them. Receiving, picking, packing and the kiosk's look-up all resolve a scan through these.

#include <QString>
#include <QStringList>

namespace wh::Gtin {

// GS1 mod 10 over `digits` (any length of at least 2: GTINs, SSCCs, GLNs), the last digit being the check.
bool checkDigitValid(const QString& digits);
// A GTIN-8, -12, -13 or -14 with a right check digit.
bool valid(const QString& gtin);
// The GTIN-8/12/13/14 forms a numeric `code` may be stored under: its leading zeros taken off (down to 8
// digits) and put back to each width it fits. Empty for a code that is not all digits.
QStringList forms(const QString& code);

} // namespace wh::Gtin
