// libFuzzer target for the printer status parser (devices/PrinterStatus): the input is cut into chunks whose
// sizes come from the input itself, so every split of an answer across reads is tried. Checked on every
// input: no crash or sanitizer report; the same bytes give the same readings however they are chunked; after
// flush() nothing is held; every error has words; a parsed status written back as a printer would write it
// parses to the same status.

#include "PrinterStatus.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace wh::devices;

namespace {

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

QByteArray frame(const QByteArray& content)
{
    return '\x02' + content + "\x03\r\n";
}

QByteArray digits(std::int64_t value, int width)
{
    return QByteArray::number(value).rightJustified(width, '0');
}

// The host status as a printer writes it.
QByteArray write(const HostStatus& h)
{
    auto b = [](bool v) {
        return QByteArray(v ? "1" : "0");
    };
    QByteArray out;
    out += frame(digits(h.interfaceSettings, 3) + ',' + b(h.paperOut) + ',' + b(h.paused) + ',' +
                 digits(h.labelLengthDots, 4) + ',' + digits(h.formatsInBuffer, 3) + ',' + b(h.bufferFull) +
                 ',' + b(h.diagnosticMode) + ',' + b(h.partialFormat) + ",000," + b(h.corruptRam) + ',' +
                 b(h.underTemperature) + ',' + b(h.overTemperature));
    out += frame(digits(h.functionSettings, 3) + ",0," + b(h.headUp) + ',' + b(h.ribbonOut) + ',' +
                 b(h.thermalTransfer) + ',' + digits(h.printMode, 1) + ',' + digits(h.printWidthMode, 1) +
                 ',' + b(h.labelWaiting) + ',' + digits(h.labelsRemaining, 8) + ',' +
                 b(h.formatWhilePrinting) + ',' + digits(h.graphicsStored, 3));
    out += frame(digits(h.password, 4) + ',' + b(h.staticRam));
    return out;
}

QByteArray write(const ExtendedStatus& e)
{
    auto hex = [](std::uint32_t v) {
        return QByteArray::number(v, 16).toUpper().rightJustified(8, '0');
    };
    return frame("\r\nPRINTER STATUS\r\n   ERRORS:         " + QByteArray(e.errorFlag ? "1 " : "0 ") +
                 hex(e.errorsGroup2) + ' ' + hex(e.errorsGroup1) +
                 "\r\n   WARNINGS:       " + QByteArray(e.warningFlag ? "1 " : "0 ") + hex(e.warningsGroup2) +
                 ' ' + hex(e.warningsGroup1) + "\r\n");
}

// A reading in a comparable form.
QByteArray key(const StatusReading& reading)
{
    if (const auto* h = std::get_if<HostStatus>(&reading))
        return "H" + write(*h);
    if (const auto* e = std::get_if<ExtendedStatus>(&reading))
        return "E" + write(*e);
    const auto& error = std::get<StatusError>(reading);
    return "X" + statusErrorKindName(error.kind).toLatin1() + ':' + error.bytes;
}

QList<QByteArray> readAll(PrinterStatusParser& parser, const std::uint8_t* data, std::size_t size,
                          const std::uint8_t* cuts, std::size_t cutCount)
{
    QList<QByteArray> keys;
    std::size_t at = 0;
    std::size_t cut = 0;
    while (at < size) {
        const std::size_t n = cutCount ? std::size_t(cuts[cut++ % cutCount] % 17) + 1 : size;
        const std::size_t take = std::min(n, size - at);
        for (const StatusReading& r :
             parser.feed(QByteArrayView(reinterpret_cast<const char*>(data + at), qsizetype(take))))
            keys.append(key(r));
        at += take;
    }
    for (const StatusReading& r : parser.flush())
        keys.append(key(r));
    return keys;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    // The first byte says how many of the next bytes are chunk sizes; the rest is what the printer sent.
    const std::size_t cutCount = std::min<std::size_t>(data[0] % 16, size - 1);
    const std::uint8_t* cuts = data + 1;
    const std::uint8_t* stream = data + 1 + cutCount;
    const std::size_t streamSize = size - 1 - cutCount;

    PrinterStatusParser whole;
    PrinterStatusParser chunked;
    const QList<QByteArray> a = readAll(whole, stream, streamSize, nullptr, 0);
    const QList<QByteArray> b = readAll(chunked, stream, streamSize, cuts, cutCount);
    if (a != b)
        fail("chunking changed the readings");
    if (!whole.idle() || !chunked.idle())
        fail("the parser holds bytes after flush()");

    PrinterStatusParser again;
    for (const StatusReading& r :
         again.feed(QByteArrayView(reinterpret_cast<const char*>(stream), qsizetype(streamSize)))) {
        if (const auto* error = std::get_if<StatusError>(&r)) {
            if (error->message.isEmpty())
                fail("an error without words");
            if (error->bytes.size() > 64)
                fail("an error keeps more than 64 bytes");
            continue;
        }
        // Round trip: what was accepted, written back, reads as the same status.
        const QByteArray written = std::holds_alternative<HostStatus>(r) ? write(std::get<HostStatus>(r))
                                                                         : write(std::get<ExtendedStatus>(r));
        PrinterStatusParser check;
        const QList<StatusReading> back = check.feed(written);
        if (back.size() != 1 || key(back[0]) != key(r) || !check.idle())
            fail("a status written back does not read the same");
    }
    return 0;
}
