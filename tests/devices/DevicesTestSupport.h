#pragma once

#include "ScanDecoder.h"

#include <QDate>
#include <QString>

#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace wh::devices::test {

// A fixed "today" for the GS1 century rule, so date results never depend on when the tests run.
inline QDate today()
{
    return QDate(2026, 11, 25);
}

inline QString gs()
{
    return QString(QChar(kGs));
}

// The scan as written in the vectors and below: "<GS>" stands for the GS byte.
inline QString scan(const QString& text)
{
    QString out = text;
    return out.replace(QStringLiteral("<GS>"), gs());
}

inline ScanEvent decode(const QString& text, QDate day = today())
{
    return ScanDecoder::decode(scan(text), day);
}

// "(01)09501101530003(17)251231" for an accepted scan; "category:AI" (or "category") for a GS1 error.
inline QString outcome(const ScanEvent& event)
{
    if (event.ok()) {
        QString out;
        for (const Gs1Element& element : event.elements)
            out += element.toString();
        return out;
    }
    if (!event.gs1Error)
        return scanRefusalName(*event.refusal);
    const QString category = gs1ErrorCategoryName(event.gs1Error->category);
    return event.gs1Error->ai.isEmpty() ? category : category + QLatin1Char(':') + event.gs1Error->ai;
}

} // namespace wh::devices::test
