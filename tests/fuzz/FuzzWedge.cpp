// libFuzzer target for the keyboard-wedge detector (devices/WedgeDetector) and, behind it, the scan decoder.
// The first three bytes set the detector up (gap, minimum length, terminators, prefix, suffix, GS stand-in,
// layout remap, AIM expected); then each pair of bytes is one key: a character (Latin-1) and the ms since the
// previous key (255: the clock steps back; 254: the caller's timer runs expire() first). Beyond "never
// crash": every key fed comes back exactly once and in order, typing comes back untouched, a scan is a
// burst within the gap that ends in a terminator, and every scan decodes to exactly one outcome.
#include "ScanDecoder.h"
#include "WedgeDetector.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace wh::devices;

namespace {

void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "wedge fuzz: %s\n", what);
        std::abort();
    }
}

struct Checker
{
    WedgeConfig config;
    QString fed;
    std::vector<qint64> times; // of each key fed
    QString returned;

    void check(const QList<WedgeOutput>& outputs, const WedgeDetector& detector)
    {
        for (const WedgeOutput& output : outputs) {
            const qsizetype at = returned.size();
            require(!output.keys.isEmpty(), "an output without keys");
            require(fed.mid(at, output.keys.size()) == output.keys, "keys came back out of order or changed");
            require(output.firstMs == times[size_t(at)], "first key time");
            require(output.lastMs == times[size_t(at + output.keys.size() - 1)], "last key time");
            if (output.kind == WedgeOutput::Kind::Typed) {
                require(output.text == output.keys, "typing came back changed");
                require(output.layoutProblem.isEmpty(), "typing with a layout problem");
            } else {
                const QChar last = output.keys.back();
                require(config.terminators.contains(last) ||
                            (last == QLatin1Char('\n') && config.terminators.contains(QLatin1Char('\r'))),
                        "a scan that does not end in a terminator");
                require(output.keys.startsWith(config.prefix), "a scan without the prefix");
                require(output.keys.chopped(1).endsWith(config.suffix), "a scan without the suffix");
                require(output.text.size() + config.prefix.size() + config.suffix.size() + 1 ==
                            output.keys.size(),
                        "a scan's data is not its keys less prefix, suffix and terminator");
                require(output.text.size() >= std::max(1, config.minLength),
                        "a scan below the minimum length");
                for (qsizetype i = at + 1; i < at + output.keys.size(); ++i) {
                    const qint64 gap = times[size_t(i)] - times[size_t(i - 1)];
                    require(gap >= 0 && gap <= config.maxGapMs, "a scan across a gap");
                }
                if (config.expectAim)
                    require(output.layoutProblem.isEmpty() == output.text.startsWith(QLatin1Char(']')),
                            "layout problem reported wrongly");
                const ScanEvent event = ScanDecoder::decode(output.text, QDate(2026, 11, 25));
                require(event.ok() != event.refusal.has_value(), "a scan with no single outcome");
                require(event.ok() || !event.reason.isEmpty(), "a refusal without a reason");
                require(!event.ok() || !event.raw.isEmpty(), "an empty scan accepted");
                if (event.ok() && event.gs1)
                    require(!event.elements.isEmpty(), "accepted GS1 without elements");
            }
            returned += output.keys;
        }
        require(returned + detector.pending() == fed, "a key was lost or made up");
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 3)
        return 0;
    Checker checker;
    WedgeConfig& config = checker.config;
    config.maxGapMs = data[0] % 64;
    config.minLength = data[1] % 8;
    const std::uint8_t flags = data[2];
    config.terminators = (flags & 3) == 0   ? QStringLiteral("\r")
                         : (flags & 3) == 1 ? QStringLiteral("\t")
                                            : QStringLiteral("\r\t");
    if (flags & 4)
        config.prefix = QStringLiteral("]");
    if (flags & 8)
        config.suffix = QStringLiteral("#!");
    if (flags & 16)
        config.gsStandIn = QLatin1Char('~');
    if (flags & 32)
        config.remap = WedgeConfig::usScannerOnGermanHost();
    config.expectAim = flags & 64;
    WedgeDetector detector(config);

    qint64 now = 1000;
    for (std::size_t i = 3; i + 1 < size; i += 2) {
        const std::uint8_t gap = data[i + 1];
        if (gap == 255)
            now -= 10;
        else if (gap == 254) {
            if (const std::optional<qint64> deadline = detector.deadline()) {
                now = std::max(now, *deadline);
                checker.check(detector.expire(now), detector);
                require(detector.pending().isEmpty(), "keys held past their deadline");
            }
        } else
            now += gap;
        const QChar key = QChar(char16_t(data[i]));
        checker.fed += key;
        checker.times.push_back(now);
        checker.check(detector.feed(key, now), detector);
    }
    checker.check(detector.flush(), detector);
    require(detector.pending().isEmpty() && !detector.deadline(), "keys held after a flush");
    require(checker.returned == checker.fed, "the keys did not all come back");
    return 0;
}
