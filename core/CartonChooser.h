#pragma once

#include "Carton.h"
#include "Result.h"
#include "Sku.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace wh {

// Units of one SKU going into the parcel, with the master data's measurements.
struct PackItem
{
    static constexpr int kMaxSideMm = 10'000;
    static constexpr int kMaxWeightGrams = 1'000'000;
    static constexpr std::int64_t kMaxQuantity = 1'000'000;

    QString sku;
    int lengthMm = 0;
    int widthMm = 0;
    int heightMm = 0;
    int weightGrams = 0; // one unit
    std::int64_t quantity = 1;

    static PackItem fromSku(const Sku& sku, std::int64_t quantity);
};

// The carton for a parcel and what the scale should show once it is packed.
struct CartonChoice
{
    Carton carton;
    std::int64_t itemsVolumeMm3 = 0;
    std::int64_t itemsWeightGrams = 0;
    std::int64_t expectedGrossGrams = 0; // items + the carton's tare
};

// Picks the carton for a parcel from the configured box sizes: the smallest by volume whose volume holds the
// items' total volume at the fill factor (goods never pack solid: 0.85 leaves 15 % for air and dunnage),
// whose weight limit holds the items, and in which every single item fits in some orientation. When none
// does, it says why, and the packer splits the parcel.
class CartonChooser
{
public:
    static constexpr double kDefaultFillFactor = 0.85;

    // Checks every carton, that no code appears twice and that the fill factor is above 0 and at most 1.
    static Result<CartonChooser> create(QList<Carton> cartons, double fillFactor = kDefaultFillFactor);

    Result<CartonChoice> choose(const QList<PackItem>& items) const;

    const QList<Carton>& cartons() const { return m_cartons; } // smallest first
    double fillFactor() const { return m_fillPerMille / 1000.0; }

private:
    CartonChooser(QList<Carton> cartons, int fillPerMille);

    QList<Carton> m_cartons;
    int m_fillPerMille = 850; // the fill factor in thousandths, so volumes compare in whole numbers
};

} // namespace wh
