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
    return text;
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
