// The Zebra status parser (devices/PrinterStatus) on answers as printers send them: whole, chunked byte by
// byte, cut short, mixed with noise.

#include "PrinterStatus.h"

#include <catch2/catch.hpp>

using namespace wh::devices;

namespace {

QByteArray frame(const QByteArray& content)
{
    return '\x02' + content + "\x03\r\n";
}

// An idle ZD420 on tear-off: 9600 8N1 with DTR, a 1218-dot label, nothing in the buffer.
const QByteArray kString1 = "030,0,0,1218,000,0,0,0,000,0,0,0";
const QByteArray kString2 = "001,0,0,0,1,2,6,0,00000000,1,000";
const QByteArray kString3 = "1234,0";

QByteArray hostAnswer(const QByteArray& s1 = kString1, const QByteArray& s2 = kString2,
                      const QByteArray& s3 = kString3)
{
    return frame(s1) + frame(s2) + frame(s3);
}

QByteArray extendedAnswer(const QByteArray& errors, const QByteArray& warnings)
{
    return frame("\r\nPRINTER STATUS\r\n   ERRORS:         " + errors + "\r\n   WARNINGS:       " + warnings +
                 "\r\n");
}

QList<StatusReading> feedAll(const QByteArray& bytes, qsizetype chunk = 0)
{
    PrinterStatusParser parser;
    QList<StatusReading> out;
    if (chunk <= 0)
        chunk = bytes.size();
    for (qsizetype at = 0; at < bytes.size(); at += chunk)
        out += parser.feed(QByteArrayView(bytes).sliced(at, std::min(chunk, bytes.size() - at)));
    out += parser.flush();
    return out;
}

const StatusError& errorAt(const QList<StatusReading>& readings, qsizetype i)
{
    REQUIRE(readings.size() > i);
    REQUIRE(std::holds_alternative<StatusError>(readings[i]));
    return std::get<StatusError>(readings[i]);
}

} // namespace

TEST_CASE("an idle printer's ~HS answer reads field by field", "[printer][status]")
{
    const auto readings = feedAll(hostAnswer());
    REQUIRE(readings.size() == 1);
    REQUIRE(std::holds_alternative<HostStatus>(readings[0]));
    const HostStatus h = std::get<HostStatus>(readings[0]);
    CHECK(h.interfaceSettings == 30);
    CHECK(h.labelLengthDots == 1218);
    CHECK(h.formatsInBuffer == 0);
    CHECK(h.thermalTransfer);
    CHECK(h.printMode == 2);
    CHECK(h.printWidthMode == 6);
    CHECK(h.formatWhilePrinting);
    CHECK(h.password == 1234);
    CHECK(h.faults().isEmpty());
}

TEST_CASE("~HS flags become faults: paper out, pause, buffer full, head up, ribbon out", "[printer][status]")
{
    const auto readings =
        feedAll(hostAnswer("030,1,1,1218,012,1,0,1,000,1,0,1", "001,0,1,1,1,2,6,1,00000042,1,003"));
    REQUIRE(readings.size() == 1);
    const HostStatus h = std::get<HostStatus>(readings[0]);
    CHECK(h.paperOut);
    CHECK(h.paused);
    CHECK(h.formatsInBuffer == 12);
    CHECK(h.bufferFull);
    CHECK(h.partialFormat);
    CHECK(h.headUp);
    CHECK(h.ribbonOut);
    CHECK(h.labelWaiting);
    CHECK(h.labelsRemaining == 42);
    CHECK(h.graphicsStored == 3);
    const auto faults = h.faults();
    for (PrinterFault f :
         {PrinterFault::PaperOut, PrinterFault::HeadOpen, PrinterFault::RibbonOut, PrinterFault::Paused,
          PrinterFault::BufferFull, PrinterFault::OverTemperature, PrinterFault::CorruptRam})
        CHECK(faults.contains(f));
    CHECK(blocking(PrinterFault::PaperOut));
    CHECK_FALSE(blocking(PrinterFault::CorruptRam));
    CHECK_FALSE(blocking(PrinterFault::UnderTemperature));
}

TEST_CASE("~HQES error and warning bits", "[printer][status]")
{
    SECTION("media out and head open")
    {
        const auto readings = feedAll(extendedAnswer("1 00000000 00000005", "0 00000000 00000000"));
        REQUIRE(readings.size() == 1);
        const ExtendedStatus e = std::get<ExtendedStatus>(readings[0]);
        CHECK(e.errorFlag);
        CHECK(e.errorsGroup1 == 5);
        CHECK(e.faults() == QList<PrinterFault>{PrinterFault::PaperOut, PrinterFault::HeadOpen});
        CHECK(e.warnings().isEmpty());
    }
    SECTION("ribbon out, cutter, head too hot, a paper jam, and a bit without a name")
    {
        const auto e = std::get<ExtendedStatus>(
            feedAll(extendedAnswer("1 00000000 0000401A", "0 00000000 00000000"))[0]);
        const auto faults = e.faults();
        CHECK(faults.contains(PrinterFault::RibbonOut));
        CHECK(faults.contains(PrinterFault::CutterFault));
        CHECK(faults.contains(PrinterFault::HeadOverTemperature));
        CHECK(faults.contains(PrinterFault::PaperJam));
        CHECK_FALSE(faults.contains(PrinterFault::OtherError));
        const auto other = std::get<ExtendedStatus>(
            feedAll(extendedAnswer("1 00000001 00000000", "0 00000000 00000000"))[0]);
        CHECK(other.faults() == QList<PrinterFault>{PrinterFault::OtherError});
    }
    SECTION("no errors, warnings in words")
    {
        const auto e = std::get<ExtendedStatus>(
            feedAll(extendedAnswer("0 00000000 00000000", "1 00000000 0000000a"))[0]);
        CHECK(e.faults().isEmpty());
        CHECK(e.warnings() == QStringList{QStringLiteral("The printer's head needs cleaning."),
                                          QStringLiteral("The printer is nearly out of labels.")});
    }
}

TEST_CASE("answers split anywhere read the same as whole ones", "[printer][status]")
{
    const QByteArray both = hostAnswer() + extendedAnswer("1 00000000 00000001", "0 00000000 00000000") +
                            hostAnswer("030,1,0,1218,000,0,0,0,000,0,0,0");
    const auto whole = feedAll(both);
    REQUIRE(whole.size() == 3);
    for (qsizetype chunk : {1, 2, 3, 5, 7, 13, 64}) {
        INFO("chunk " << chunk);
        const auto chunked = feedAll(both, chunk);
        REQUIRE(chunked.size() == 3);
        CHECK(std::get<HostStatus>(chunked[0]) == std::get<HostStatus>(whole[0]));
        CHECK(std::get<ExtendedStatus>(chunked[1]) == std::get<ExtendedStatus>(whole[1]));
        CHECK(std::get<HostStatus>(chunked[2]).paperOut);
    }
}

TEST_CASE("a truncated answer is an error, and what follows still reads", "[printer][status]")
{
    SECTION("a frame that stops: flush reports it")
    {
        PrinterStatusParser parser;
        CHECK(parser.feed(QByteArray(frame(kString1) + '\x02' + "001,0,0,0")).isEmpty());
        CHECK_FALSE(parser.idle());
        const auto out = parser.flush();
        REQUIRE(out.size() == 2);
        CHECK(errorAt(out, 0).kind == StatusErrorKind::Truncated);
        CHECK(errorAt(out, 0).message.contains(QStringLiteral("stopped after 9 bytes")));
        CHECK(errorAt(out, 1).kind == StatusErrorKind::Truncated);
        CHECK(errorAt(out, 1).message.contains(QStringLiteral("1 of its 3 strings")));
        CHECK(parser.idle());
    }
    SECTION("a frame cut by the next answer")
    {
        const auto out = feedAll('\x02' + QByteArray("030,0,0") + hostAnswer());
        REQUIRE(out.size() == 2);
        CHECK(errorAt(out, 0).kind == StatusErrorKind::Truncated);
        CHECK(std::holds_alternative<HostStatus>(out[1]));
    }
    SECTION("only two of the three strings, then a new answer")
    {
        const auto out = feedAll(frame(kString1) + frame(kString2) + hostAnswer());
        REQUIRE(out.size() == 2);
        CHECK(errorAt(out, 0).message.contains(QStringLiteral("2 of its 3 strings")));
        CHECK(std::holds_alternative<HostStatus>(out[1]));
    }
    SECTION("string 2 without string 1")
    {
        const auto out = feedAll(frame(kString2) + frame(kString3));
        REQUIRE(out.size() == 2);
        CHECK(errorAt(out, 0).message.contains(QStringLiteral("string 2")));
        CHECK(errorAt(out, 1).message.contains(QStringLiteral("string 3")));
    }
}

TEST_CASE("garbage and malformed answers give clear errors, never a status", "[printer][status]")
{
    SECTION("line noise between answers")
    {
        const auto out = feedAll(QByteArray("\xff\xfe noise") + hostAnswer());
        REQUIRE(out.size() == 2);
        CHECK(errorAt(out, 0).kind == StatusErrorKind::Garbage);
        CHECK(errorAt(out, 0).message.contains(QStringLiteral("8 bytes")));
        CHECK(std::holds_alternative<HostStatus>(out[1]));
    }
    SECTION("a flag that is not 0 or 1, named")
    {
        const auto out = feedAll(hostAnswer("030,2,0,1218,000,0,0,0,000,0,0,0"));
        REQUIRE(out.size() >= 1);
        CHECK(errorAt(out, 0).kind == StatusErrorKind::Malformed);
        CHECK(errorAt(out, 0).message.contains(QStringLiteral("\"paper out\"")));
        for (const auto& r : out)
            CHECK_FALSE(std::holds_alternative<HostStatus>(r));
    }
    SECTION("letters in a number")
    {
        const auto out = feedAll(hostAnswer("030,0,0,12x8,000,0,0,0,000,0,0,0"));
        CHECK(errorAt(out, 0).message.contains(QStringLiteral("\"label length\"")));
    }
    SECTION("a frame that is no status")
    {
        const auto out = feedAll(frame("hello"));
        REQUIRE(out.size() == 1);
        CHECK(errorAt(out, 0).kind == StatusErrorKind::Malformed);
    }
    SECTION("an ~HQES answer without its WARNINGS line, or with bad hex")
    {
        CHECK(errorAt(feedAll(frame("\r\nPRINTER STATUS\r\n ERRORS: 1 00000000 00000001\r\n")), 0)
                  .message.contains(QStringLiteral("lines")));
        CHECK(errorAt(feedAll(extendedAnswer("1 00000000 0000000G", "0 00000000 00000000")), 0)
                  .message.contains(QStringLiteral("ERRORS")));
        CHECK(errorAt(feedAll(extendedAnswer("1 00000000 00000001", "2 00000000 00000000")), 0)
                  .message.contains(QStringLiteral("WARNINGS")));
    }
    SECTION("an endless frame is dropped, and the parser holds no more than its limit")
    {
        PrinterStatusParser parser;
        const auto none = parser.feed(QByteArray('\x02' + QByteArray(100000, '7')));
        CHECK(none.isEmpty());
        const auto out = parser.feed(QByteArray(QByteArray("\x03\r\n") + hostAnswer()));
        REQUIRE(out.size() == 2);
        CHECK(errorAt(out, 0).kind == StatusErrorKind::Overlong);
        CHECK(errorAt(out, 0).bytes.size() <= 64);
        CHECK(std::holds_alternative<HostStatus>(out[1]));
    }
    SECTION("endless noise is reported in pieces")
    {
        PrinterStatusParser parser;
        const auto out = parser.feed(QByteArray(2048, 'z'));
        CHECK(out.size() == 4);
        CHECK(errorAt(out, 0).kind == StatusErrorKind::Garbage);
    }
}
