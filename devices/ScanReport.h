#pragma once

#include <QDate>
#include <QStringList>

namespace wh::devices {

// What the `decode` subcommand prints for one scan, as support staff read it: the element strings as
// (AI)value one per line, or the error; for a carrier tracking number, the carrier and its check digit.
struct ScanReport
{
    QStringList lines;
    int exitCode = 0; // 0 decoded (or a tracking number whose check digit holds), 1 refused

    // `typed` is the scan as typed on a command line: "<GS>" or "\x1d" stand for the GS separator, and the
    // bracketed form printed under a barcode, "(01)09501101530003(17)251231", is read too.
    static ScanReport of(const QString& typed, QDate today);
    static QString unescaped(const QString& typed);
    // "(01)...(17)..." to GS1 data (a leading GS, a GS between elements); anything else unchanged.
    static QString fromHumanReadable(const QString& text);
};

} // namespace wh::devices
