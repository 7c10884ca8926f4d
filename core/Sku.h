#pragma once

#include <QString>

#include <cstdint>

namespace wh {

inline constexpr int kDefaultLowStockThreshold = 10; // design record: "low stock alerts (< 10)"

struct Sku
{
    QString code;
    QString gtin; // GTIN-8/12/13/14 as printed on the item, may be empty
    QString description;
    QString unit = QStringLiteral("each");
    int weightGrams = 0;
    int lengthMm = 0;
    int widthMm = 0;
    int heightMm = 0;
    int lowStockThreshold = kDefaultLowStockThreshold;
    int reorderQuantity = 0; // 0: suggest enough to reach twice the threshold
    bool lotTracked = false;
    // What one unit is worth to the merchant, in minor units (cents): what a count variance or a scrap costs.
    // 0 when unknown (a variance of it is then judged by units alone).
    std::int64_t unitCostMinor = 0;
};

} // namespace wh
