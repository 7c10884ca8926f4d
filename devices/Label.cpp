#include "Label.h"

#include <algorithm>
#include <cmath>

namespace wh::devices {

QString barcodeTypeName(BarcodeType type)
{
    switch (type) {
    case BarcodeType::Code128:
        return QStringLiteral("code128");
    case BarcodeType::Gs1_128:
        return QStringLiteral("gs1-128");
    case BarcodeType::DataMatrix:
        return QStringLiteral("datamatrix");
    case BarcodeType::Gs1DataMatrix:
        return QStringLiteral("gs1-datamatrix");
    case BarcodeType::Qr:
        return QStringLiteral("qr");
    case BarcodeType::Ean13:
        return QStringLiteral("ean13");
    }
    return QStringLiteral("unknown");
}

bool isGs1(BarcodeType type)
{
    return type == BarcodeType::Gs1_128 || type == BarcodeType::Gs1DataMatrix;
}

bool isLinear(BarcodeType type)
{
    return type == BarcodeType::Code128 || type == BarcodeType::Gs1_128 || type == BarcodeType::Ean13;
}

QString LabelBarcode::zintInput() const
{
    if (!isGs1(type))
        return data;
    QString out;
    for (const Gs1Field& field : gs1)
        out += QLatin1Char('[') + field.ai + QLatin1Char(']') + field.value;
    return out;
}

QString LabelBarcode::gs1Text() const
{
    QString out;
    for (const Gs1Field& field : gs1)
        out += QLatin1Char('(') + field.ai + QLatin1Char(')') + field.value;
    return out;
}

int dotsFromMm(double mm, int dpi)
{
    return int(std::lround(mm * dpi / 25.4));
}

int moduleDots(double moduleMm, int dpi)
{
    return std::max(1, dotsFromMm(moduleMm, dpi));
}

} // namespace wh::devices
