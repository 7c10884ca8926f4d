#include "ScanReport.h"

#include "ScanDecoder.h"
#include "TrackingNumber.h"

namespace wh::devices {

namespace {

QString carrierName(TrackingFormat format)
{
    switch (format) {
    case TrackingFormat::Ups1Z:
        return QStringLiteral("UPS");
    case TrackingFormat::FedEx12:
    case TrackingFormat::FedEx15:
        return QStringLiteral("FedEx");
    case TrackingFormat::UspsImpb22:
        return QStringLiteral("USPS");
    case TrackingFormat::Sscc18:
        return QStringLiteral("SSCC");
    }
    return {};
}

} // namespace

QString ScanReport::unescaped(const QString& typed)
{
    QString text = typed;
    const QString gs{QChar(kGs)};
    text.replace(QStringLiteral("<GS>"), gs, Qt::CaseInsensitive);
    text.replace(QStringLiteral("\\x1d"), gs, Qt::CaseInsensitive);
    if (text.startsWith(QLatin1Char('(')))
        return fromHumanReadable(text);
    return text;
}

QString ScanReport::fromHumanReadable(const QString& text)
{
    // "(01)09501101530003(17)251231" as printed under a barcode: a "(" with 2 to 4 digits and ")" starts an
    // element. A value holding such a bracket itself cannot be typed this way (use the <GS> form).
    const auto aiAt = [&](qsizetype at) -> qsizetype {
        if (at >= text.size() || text[at] != QLatin1Char('('))
            return 0;
        qsizetype end = at + 1;
        while (end < text.size() && end - at <= 5 && text[end].unicode() >= '0' && text[end].unicode() <= '9')
            ++end;
        const qsizetype digits = end - at - 1;
        return (digits >= 2 && digits <= 4 && end < text.size() && text[end] == QLatin1Char(')')) ? digits
                                                                                                  : 0;
    };
    QString data{QChar(kGs)}; // FNC1 first: the data is GS1
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype digits = aiAt(at);
        if (digits == 0)
            return text; // not the bracketed form after all: decode it as typed
        if (at > 0)
            data += QChar(kGs);
        data += text.mid(at + 1, digits);
        at += digits + 2;
        const qsizetype valueStart = at;
        while (at < text.size() && aiAt(at) == 0)
            ++at;
        data += text.mid(valueStart, at - valueStart);
    }
    return data;
}

ScanReport ScanReport::of(const QString& typed, QDate today)
{
    ScanReport report;
    const QString scan = unescaped(typed);
    // A tracking number is typed or scanned bare (no AIM identifier); labels print it in groups.
    if (!scan.startsWith(QLatin1Char(']'))) {
        const QString number = TrackingNumber::normalized(scan);
        if (const std::optional<TrackingFormat> format = TrackingNumber::formatByShape(number)) {
            const Status valid = TrackingNumber::validate(*format, number);
            report.lines.append(
                QStringLiteral("carrier: %1, check digit: %2")
                    .arg(carrierName(*format), valid ? QStringLiteral("ok") : QStringLiteral("bad")));
            if (!valid) {
                report.lines.append(valid.error().message);
                report.exitCode = 1;
            }
            return report;
        }
    }
    const ScanEvent event = ScanDecoder::decode(scan, today);
    report.lines.append(
        QStringLiteral("symbology: %1%2")
            .arg(symbologyName(event.symbology),
                 event.aimId.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(event.aimId)));
    if (!event.ok()) {
        report.exitCode = 1;
        if (event.gs1Error) {
            const Gs1Error& error = *event.gs1Error;
            report.lines.append(
                QStringLiteral("error: %1%2: %3")
                    .arg(gs1ErrorCategoryName(error.category),
                         error.ai.isEmpty() ? QString() : QStringLiteral(" (AI %1)").arg(error.ai),
                         event.reason));
        } else {
            report.lines.append(
                QStringLiteral("error: %1: %2").arg(scanRefusalName(*event.refusal), event.reason));
        }
        return report;
    }
    if (!event.gs1) {
        report.lines.append(QStringLiteral("data: %1").arg(event.data));
        return report;
    }
    for (const Gs1Element& element : event.elements)
        report.lines.append(element.toString());
    return report;
}

} // namespace wh::devices
