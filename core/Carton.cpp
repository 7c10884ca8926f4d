#include "Carton.h"

#include <QStringList>

#include <algorithm>
#include <functional>
#include <limits>

namespace wh {

namespace {

QString n(std::int64_t value)
{
    return QString::number(value);
}

const QString kCode = QStringLiteral("code");
const QString kLength = QStringLiteral("lengthMm");
const QString kWidth = QStringLiteral("widthMm");
const QString kHeight = QStringLiteral("heightMm");
const QString kMaxWeight = QStringLiteral("maxWeightGrams");
const QString kTare = QStringLiteral("tareGrams");

Error cartonError(const QString& code, const QString& problem)
{
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("Carton %1: %2")
                         .arg(code.isEmpty() ? QStringLiteral("without a code") : code, problem));
}

} // namespace

std::array<int, 3> Carton::sortedSides() const
{
    std::array<int, 3> sides{lengthMm, widthMm, heightMm};
    std::sort(sides.begin(), sides.end(), std::greater<>());
    return sides;
}

Status Carton::validate() const
{
    if (code.trimmed().isEmpty())
        return cartonError(code, QStringLiteral("every carton needs a code."));
    for (const int side : {lengthMm, widthMm, heightMm})
        if (side < 1 || side > kMaxSideMm)
            return cartonError(code, QStringLiteral("its sides are %1 x %2 x %3 mm; each must be 1 to %4 mm.")
                                         .arg(n(lengthMm), n(widthMm), n(heightMm), n(kMaxSideMm)));
    if (maxWeightGrams < 1 || maxWeightGrams > kMaxWeightGrams)
        return cartonError(code, QStringLiteral("it takes %1 g of contents; that must be 1 to %2 g.")
                                     .arg(n(maxWeightGrams), n(kMaxWeightGrams)));
    if (tareGrams < 0 || tareGrams > kMaxWeightGrams)
        return cartonError(code, QStringLiteral("it weighs %1 g empty; that must be 0 to %2 g.")
                                     .arg(n(tareGrams), n(kMaxWeightGrams)));
    return {};
}

QJsonObject Carton::toJson() const
{
    return QJsonObject{{kCode, code},       {kLength, lengthMm},          {kWidth, widthMm},
                       {kHeight, heightMm}, {kMaxWeight, maxWeightGrams}, {kTare, tareGrams}};
}

Result<Carton> Carton::fromJson(const QJsonObject& json)
{
    Carton carton;
    carton.code = json.value(kCode).toString().trimmed();
    const QStringList known{kCode, kLength, kWidth, kHeight, kMaxWeight, kTare};
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!known.contains(it.key()))
            return cartonError(carton.code, QStringLiteral("unknown field \"%1\" (known: %2).")
                                                .arg(it.key(), known.join(QStringLiteral(", "))));
    if (!json.value(kCode).isString())
        return cartonError(carton.code, QStringLiteral("\"code\" must be text."));
    constexpr qint64 kNotWhole = std::numeric_limits<qint64>::min();
    for (const auto& [key, field] :
         {std::pair{kLength, &Carton::lengthMm}, std::pair{kWidth, &Carton::widthMm},
          std::pair{kHeight, &Carton::heightMm}, std::pair{kMaxWeight, &Carton::maxWeightGrams},
          std::pair{kTare, &Carton::tareGrams}}) {
        const QJsonValue value = json.value(key);
        const qint64 number = value.isDouble() ? value.toInteger(kNotWhole) : kNotWhole;
        if (number == kNotWhole || number < std::numeric_limits<int>::min() ||
            number > std::numeric_limits<int>::max())
            return cartonError(carton.code, QStringLiteral("\"%1\" must be a whole number.").arg(key));
        carton.*field = static_cast<int>(number);
    }
    if (Status valid = carton.validate(); !valid)
        return valid.error();
    return carton;
}

QJsonArray Carton::listToJson(const QList<Carton>& cartons)
{
    QJsonArray list;
    for (const Carton& carton : cartons)
        list.append(carton.toJson());
    return list;
}

Result<QList<Carton>> Carton::listFromJson(const QJsonArray& json)
{
    QList<Carton> cartons;
    for (qsizetype i = 0; i < json.size(); ++i) {
        if (!json[i].isObject())
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("Entry %1 of the carton list is not an object.").arg(n(i + 1)));
        Result<Carton> carton = fromJson(json[i].toObject());
        if (!carton)
            return makeError(
                carton.error().code,
                QStringLiteral("Entry %1 of the carton list: %2").arg(n(i + 1), carton.error().message));
        cartons.append(std::move(carton).value());
    }
    return cartons;
}

} // namespace wh
