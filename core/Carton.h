#pragma once

#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <cstdint>

namespace wh {

// A box size the packing stations stock. Dimensions are inside measurements: what the goods have to fit in.
struct Carton
{
    // 5 m a side and 1 t are far beyond any parcel; the limits keep volume arithmetic inside 64 bits.
    static constexpr int kMaxSideMm = 5'000;
    static constexpr int kMaxWeightGrams = 1'000'000;

    QString code; // "B2", as printed on the stack of flat boxes
    int lengthMm = 0;
    int widthMm = 0;
    int heightMm = 0;
    int maxWeightGrams = 0; // the most the contents may weigh
    int tareGrams = 0;      // the empty carton, with its dunnage

    std::int64_t volumeMm3() const
    {
        return std::int64_t{lengthMm} * std::int64_t{widthMm} * std::int64_t{heightMm};
    }
    // The sides, longest first: how the orientation check compares boxes and items.
    std::array<int, 3> sortedSides() const;

    // A code, sides of 1 mm to kMaxSideMm, a maximum content weight of 1 g to kMaxWeightGrams, a tare of 0 to
    // kMaxWeightGrams.
    Status validate() const;

    // {"code": "B2", "lengthMm": 300, "widthMm": 200, "heightMm": 150, "maxWeightGrams": 10000,
    //  "tareGrams": 180}; every field is required, unknown ones are refused.
    QJsonObject toJson() const;
    static Result<Carton> fromJson(const QJsonObject& json);
    static QJsonArray listToJson(const QList<Carton>& cartons);
    static Result<QList<Carton>> listFromJson(const QJsonArray& json);

    bool operator==(const Carton&) const = default;
};

} // namespace wh
