#include "PrinterStatus.h"

#include <algorithm>

namespace wh::devices {

namespace {

constexpr char kStx = 0x02;
constexpr char kEtx = 0x03;
constexpr qsizetype kSample = 64; // bytes of a refused input kept for the message

QByteArray sample(QByteArrayView bytes)
{
    return bytes.first(std::min(bytes.size(), kSample)).toByteArray();
}

StatusError makeStatusError(StatusErrorKind kind, const QString& message, QByteArrayView bytes)
{
    return StatusError{kind, message, sample(bytes)};
}

// A field of an ~HS string: only digits, at most `width` of them (the guide fixes the widths; a shorter
// field is accepted, a longer one is not a Zebra answer).
std::optional<std::int64_t> number(QByteArrayView field, qsizetype width)
{
    if (field.isEmpty() || field.size() > width)
        return std::nullopt;
    std::int64_t value = 0;
    for (char c : field) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

// One ~HS string: its fields by name and width ("flag" fields must be 0 or 1).
struct FieldSpec
{
    const char* name;
    qsizetype width;
    bool flag;
};

const FieldSpec kString1[] = {
    {"communication settings", 3, false},
    {"paper out", 1, true},
    {"pause", 1, true},
    {"label length", 4, false},
    {"formats in buffer", 3, false},
    {"buffer full", 1, true},
    {"diagnostic mode", 1, true},
    {"partial format", 1, true},
    {"unused", 3, false},
    {"corrupt RAM", 1, true},
    {"under temperature", 1, true},
    {"over temperature", 1, true},
};
const FieldSpec kString2[] = {
    {"function settings", 3, false},
    {"unused", 1, false},
    {"head up", 1, true},
    {"ribbon out", 1, true},
    {"thermal transfer", 1, true},
    {"print mode", 1, false},
    {"print width mode", 1, false},
    {"label waiting", 1, true},
    {"labels remaining", 8, false},
    {"format while printing", 1, true},
    {"graphics stored", 3, false},
};
const FieldSpec kString3[] = {
    {"password", 4, false},
    {"static RAM", 1, true},
};

template <std::size_t N>
std::variant<QList<std::int64_t>, StatusError> fields(QByteArrayView content, const FieldSpec (&spec)[N],
                                                      int stringNo)
{
    const QList<QByteArray> parts = content.toByteArray().split(',');
    if (parts.size() != qsizetype(N))
        return makeStatusError(StatusErrorKind::Malformed,
                               QStringLiteral("The printer's status string %1 has %2 fields, not %3.")
                                   .arg(stringNo)
                                   .arg(parts.size())
                                   .arg(N),
                               content);
    QList<std::int64_t> values;
    for (std::size_t i = 0; i < N; ++i) {
        const std::optional<std::int64_t> value = number(parts[qsizetype(i)], spec[i].width);
        if (!value || (spec[i].flag && *value > 1))
            return makeStatusError(
                StatusErrorKind::Malformed,
                QStringLiteral("The printer's status string %1 has a bad \"%2\" field (%3): expected %4.")
                    .arg(stringNo)
                    .arg(QLatin1String(spec[i].name))
                    .arg(QString::fromLatin1(sample(parts[qsizetype(i)])))
                    .arg(spec[i].flag ? QStringLiteral("0 or 1")
                                      : QStringLiteral("up to %1 digits").arg(spec[i].width)),
                content);
        values.append(*value);
    }
    return values;
}

void addOnce(QList<PrinterFault>& faults, PrinterFault fault)
{
    if (!faults.contains(fault))
        faults.append(fault);
}

std::optional<std::uint32_t> hex32(QByteArrayView token)
{
    if (token.size() != 8)
        return std::nullopt;
    std::uint32_t value = 0;
    for (char c : token) {
        int digit = 0;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else
            return std::nullopt;
        value = (value << 4) | std::uint32_t(digit);
    }
    return value;
}

struct FlagLine
{
    bool flag = false;
    std::uint32_t group2 = 0;
    std::uint32_t group1 = 0;
};

// "ERRORS:         1 00000000 00000005" after its label.
std::optional<FlagLine> flagLine(QByteArrayView rest)
{
    QList<QByteArray> tokens;
    for (const QByteArray& token : rest.toByteArray().simplified().split(' '))
        if (!token.isEmpty())
            tokens.append(token);
    if (tokens.size() != 3 || (tokens[0] != "0" && tokens[0] != "1"))
        return std::nullopt;
    const auto group2 = hex32(tokens[1]);
    const auto group1 = hex32(tokens[2]);
    if (!group2 || !group1)
        return std::nullopt;
    return FlagLine{tokens[0] == "1", *group2, *group1};
}

} // namespace

QString printerFaultName(PrinterFault fault)
{
    switch (fault) {
    case PrinterFault::PaperOut:
        return QStringLiteral("paper_out");
    case PrinterFault::HeadOpen:
        return QStringLiteral("head_open");
    case PrinterFault::RibbonOut:
        return QStringLiteral("ribbon_out");
    case PrinterFault::Paused:
        return QStringLiteral("paused");
    case PrinterFault::BufferFull:
        return QStringLiteral("buffer_full");
    case PrinterFault::CutterFault:
        return QStringLiteral("cutter_fault");
    case PrinterFault::HeadOverTemperature:
        return QStringLiteral("head_over_temperature");
    case PrinterFault::MotorOverTemperature:
        return QStringLiteral("motor_over_temperature");
    case PrinterFault::PrintheadFault:
        return QStringLiteral("printhead_fault");
    case PrinterFault::PaperJam:
        return QStringLiteral("paper_jam");
    case PrinterFault::OverTemperature:
        return QStringLiteral("over_temperature");
    case PrinterFault::UnderTemperature:
        return QStringLiteral("under_temperature");
    case PrinterFault::CorruptRam:
        return QStringLiteral("corrupt_ram");
    case PrinterFault::OtherError:
        return QStringLiteral("other_error");
    case PrinterFault::Silent:
        return QStringLiteral("silent");
    }
    return QStringLiteral("unknown");
}

QString printerFaultMessage(PrinterFault fault)
{
    switch (fault) {
    case PrinterFault::PaperOut:
        return QStringLiteral("The printer is out of labels: load a new roll.");
    case PrinterFault::HeadOpen:
        return QStringLiteral("The printer's head is open: close it.");
    case PrinterFault::RibbonOut:
        return QStringLiteral("The printer is out of ribbon: load a new one.");
    case PrinterFault::Paused:
        return QStringLiteral("The printer is paused: press its pause button.");
    case PrinterFault::BufferFull:
        return QStringLiteral("The printer's memory is full: wait until it has printed what it holds.");
    case PrinterFault::CutterFault:
        return QStringLiteral("The printer's cutter is jammed or faulty.");
    case PrinterFault::HeadOverTemperature:
        return QStringLiteral("The printer's head is too hot: let it cool down.");
    case PrinterFault::MotorOverTemperature:
        return QStringLiteral("The printer's motor is too hot: let it cool down.");
    case PrinterFault::PrintheadFault:
        return QStringLiteral("The printer's head is faulty: call service.");
    case PrinterFault::PaperJam:
        return QStringLiteral("The printer's paper path is jammed: clear it.");
    case PrinterFault::OverTemperature:
        return QStringLiteral("The printer is too hot: let it cool down.");
    case PrinterFault::UnderTemperature:
        return QStringLiteral("The printer is too cold: labels may print faintly.");
    case PrinterFault::CorruptRam:
        return QStringLiteral("The printer lost its settings: check them before trusting its labels.");
    case PrinterFault::OtherError:
        return QStringLiteral("The printer reports an error: check its display.");
    case PrinterFault::Silent:
        return QStringLiteral("The printer does not answer: check that it is on, has labels and its head is "
                              "closed (a Zebra printer goes quiet when out of media).");
    }
    return QString();
}

bool blocking(PrinterFault fault)
{
    return fault != PrinterFault::UnderTemperature && fault != PrinterFault::CorruptRam;
}

QList<PrinterFault> HostStatus::faults() const
{
    QList<PrinterFault> out;
    if (paperOut)
        out.append(PrinterFault::PaperOut);
    if (headUp)
        out.append(PrinterFault::HeadOpen);
    if (ribbonOut)
        out.append(PrinterFault::RibbonOut);
    if (paused)
        out.append(PrinterFault::Paused);
    if (bufferFull)
        out.append(PrinterFault::BufferFull);
    if (overTemperature)
        out.append(PrinterFault::OverTemperature);
    if (underTemperature)
        out.append(PrinterFault::UnderTemperature);
    if (corruptRam)
        out.append(PrinterFault::CorruptRam);
    return out;
}

QList<PrinterFault> ExtendedStatus::faults() const
{
    struct Bit
    {
        std::uint32_t mask;
        PrinterFault fault;
    };
    // Group 1 as the ZPL guide lists it under ~HQES; the bits not named here count as "other".
    static const Bit kBits[] = {
        {0x00000001, PrinterFault::PaperOut},
        {0x00000002, PrinterFault::RibbonOut},
        {0x00000004, PrinterFault::HeadOpen},
        {0x00000008, PrinterFault::CutterFault},
        {0x00000010, PrinterFault::HeadOverTemperature},
        {0x00000020, PrinterFault::MotorOverTemperature},
        {0x00000040, PrinterFault::PrintheadFault}, // bad printhead element
        {0x00000080, PrinterFault::PrintheadFault}, // printhead detection error
        {0x00000100, PrinterFault::OtherError},     // invalid firmware configuration
        {0x00000200, PrinterFault::PrintheadFault}, // printhead thermistor open
        {0x00001000, PrinterFault::PaperJam},       // paper jam during retract
        {0x00002000, PrinterFault::PaperJam},       // presenter not running
        {0x00004000, PrinterFault::PaperJam},       // paper feed error
        {0x00008000, PrinterFault::PaperJam},       // clear paper path failed
    };
    QList<PrinterFault> out;
    std::uint32_t named = 0;
    for (const Bit& bit : kBits) {
        named |= bit.mask;
        if (errorsGroup1 & bit.mask)
            addOnce(out, bit.fault);
    }
    if ((errorsGroup1 & ~named) != 0 || errorsGroup2 != 0 || (errorFlag && out.isEmpty()))
        addOnce(out, PrinterFault::OtherError);
    return out;
}

QStringList ExtendedStatus::warnings() const
{
    QStringList out;
    if (warningsGroup1 & 0x1)
        out.append(QStringLiteral("The printer needs its media calibrated."));
    if (warningsGroup1 & 0x2)
        out.append(QStringLiteral("The printer's head needs cleaning."));
    if (warningsGroup1 & 0x4)
        out.append(QStringLiteral("The printer's head needs replacing."));
    if (warningsGroup1 & 0x8)
        out.append(QStringLiteral("The printer is nearly out of labels."));
    if ((warningsGroup1 & ~0xFu) != 0 || warningsGroup2 != 0 || (warningFlag && out.isEmpty()))
        out.append(QStringLiteral("The printer reports a warning (%1 %2): check its display.")
                       .arg(warningsGroup2, 8, 16, QLatin1Char('0'))
                       .arg(warningsGroup1, 8, 16, QLatin1Char('0')));
    return out;
}

QString statusErrorKindName(StatusErrorKind kind)
{
    switch (kind) {
    case StatusErrorKind::Garbage:
        return QStringLiteral("garbage");
    case StatusErrorKind::Truncated:
        return QStringLiteral("truncated");
    case StatusErrorKind::Malformed:
        return QStringLiteral("malformed");
    case StatusErrorKind::Overlong:
        return QStringLiteral("overlong");
    }
    return QStringLiteral("unknown");
}

std::variant<ExtendedStatus, StatusError> parseExtendedStatus(QByteArrayView content)
{
    QList<QByteArray> lines;
    for (QByteArray line : content.toByteArray().replace('\r', '\n').split('\n')) {
        line = line.trimmed();
        if (!line.isEmpty())
            lines.append(line);
    }
    auto bad = [&](const QString& why) {
        return makeStatusError(
            StatusErrorKind::Malformed,
            QStringLiteral("The printer's extended status (~HQES) is not readable: %1.").arg(why), content);
    };
    if (lines.isEmpty() || lines[0] != "PRINTER STATUS")
        return bad(QStringLiteral("it does not start with PRINTER STATUS"));
    if (lines.size() != 3)
        return bad(
            QStringLiteral("it has %1 lines, not an ERRORS and a WARNINGS line").arg(lines.size() - 1));
    ExtendedStatus status;
    if (!lines[1].startsWith("ERRORS:"))
        return bad(QStringLiteral("the ERRORS line is missing"));
    const auto errors = flagLine(QByteArrayView(lines[1]).sliced(7));
    if (!errors)
        return bad(QStringLiteral("the ERRORS line is not a flag and two groups of 8 hex digits"));
    if (!lines[2].startsWith("WARNINGS:"))
        return bad(QStringLiteral("the WARNINGS line is missing"));
    const auto warnings = flagLine(QByteArrayView(lines[2]).sliced(9));
    if (!warnings)
        return bad(QStringLiteral("the WARNINGS line is not a flag and two groups of 8 hex digits"));
    status.errorFlag = errors->flag;
    status.errorsGroup2 = errors->group2;
    status.errorsGroup1 = errors->group1;
    status.warningFlag = warnings->flag;
    status.warningsGroup2 = warnings->group2;
    status.warningsGroup1 = warnings->group1;
    return status;
}

QList<StatusReading> PrinterStatusParser::feed(QByteArrayView bytes)
{
    QList<StatusReading> out;
    for (char c : bytes) {
        if (m_state == State::Outside) {
            if (c == kStx) {
                garbageDone(out);
                m_state = State::InFrame;
                m_frame.clear();
                m_frameOverlong = false;
            } else if (c == '\r' || c == '\n') {
                // the <CR><LF> after each <ETX>
            } else {
                if (m_garbage.size() < kSample)
                    m_garbage.append(c);
                ++m_garbageCount;
                // Reported in pieces, so endless noise is reported without being held.
                if (m_garbageCount >= kMaxFrame)
                    garbageDone(out);
            }
            continue;
        }
        if (c == kEtx) {
            frameDone(out);
            m_state = State::Outside;
        } else if (c == kStx) {
            // A new frame began before this one ended: the printer was interrupted (or reset) mid-answer.
            out.append(
                makeStatusError(StatusErrorKind::Truncated,
                                QStringLiteral("A status answer from the printer was cut short (%1 bytes, "
                                               "then a new answer began).")
                                    .arg(m_frame.size()),
                                m_frame));
            abandonHostStrings(out, QStringLiteral("a new answer began"));
            m_frame.clear();
            m_frameOverlong = false;
        } else if (m_frame.size() < kMaxFrame) {
            m_frame.append(c);
        } else {
            m_frameOverlong = true;
        }
    }
    return out;
}

QList<StatusReading> PrinterStatusParser::flush()
{
    QList<StatusReading> out;
    if (m_state == State::InFrame) {
        out.append(makeStatusError(
            StatusErrorKind::Truncated,
            QStringLiteral("A status answer from the printer stopped after %1 bytes, before its end.")
                .arg(m_frame.size()),
            m_frame));
        m_state = State::Outside;
        m_frame.clear();
        m_frameOverlong = false;
    }
    abandonHostStrings(out, QStringLiteral("the printer went quiet"));
    garbageDone(out);
    return out;
}

bool PrinterStatusParser::idle() const
{
    return m_state == State::Outside && m_hostStrings.isEmpty() && m_garbageCount == 0;
}

void PrinterStatusParser::reset()
{
    *this = PrinterStatusParser();
}

void PrinterStatusParser::garbageDone(QList<StatusReading>& out)
{
    if (m_garbageCount == 0)
        return;
    abandonHostStrings(out, QStringLiteral("other bytes came between its strings"));
    out.append(makeStatusError(
        StatusErrorKind::Garbage,
        QStringLiteral("The printer sent %1 bytes that are not a status answer.").arg(m_garbageCount),
        m_garbage));
    m_garbage.clear();
    m_garbageCount = 0;
}

void PrinterStatusParser::abandonHostStrings(QList<StatusReading>& out, const QString& why)
{
    if (m_hostStrings.isEmpty())
        return;
    out.append(
        makeStatusError(StatusErrorKind::Truncated,
                        QStringLiteral("The printer's host status (~HS) had only %1 of its 3 strings: %2.")
                            .arg(m_hostStrings.size())
                            .arg(why),
                        m_hostStrings.join(',')));
    m_hostStrings.clear();
}

void PrinterStatusParser::frameDone(QList<StatusReading>& out)
{
    const QByteArray content = std::exchange(m_frame, QByteArray());
    if (std::exchange(m_frameOverlong, false)) {
        abandonHostStrings(out, QStringLiteral("a far too long answer came between its strings"));
        out.append(
            makeStatusError(StatusErrorKind::Overlong,
                            QStringLiteral("The printer sent a frame longer than %1 bytes; no status is "
                                           "that long, so it was dropped.")
                                .arg(kMaxFrame),
                            content));
        return;
    }
    if (content.contains("PRINTER STATUS")) {
        abandonHostStrings(out, QStringLiteral("an extended status came between its strings"));
        auto parsed = parseExtendedStatus(content);
        if (auto* status = std::get_if<ExtendedStatus>(&parsed))
            out.append(*status);
        else
            out.append(std::get<StatusError>(parsed));
        return;
    }
    const qsizetype commas = content.count(',');
    if (commas == 11) { // string 1 starts an answer, even when an earlier one was cut short
        abandonHostStrings(out, QStringLiteral("a new answer began"));
        auto parsed = fields(content, kString1, 1);
        if (auto* error = std::get_if<StatusError>(&parsed)) {
            out.append(*error);
            return;
        }
        m_hostStrings.append(content);
        return;
    }
    if (commas == 10 || commas == 1) {
        const int stringNo = commas == 10 ? 2 : 3;
        if (m_hostStrings.size() != stringNo - 1) {
            abandonHostStrings(out, QStringLiteral("string %1 came out of turn").arg(stringNo));
            out.append(
                makeStatusError(StatusErrorKind::Truncated,
                                QStringLiteral("The printer sent string %1 of a host status (~HS) without "
                                               "the strings before it.")
                                    .arg(stringNo),
                                content));
            return;
        }
        auto parsed = stringNo == 2 ? fields(content, kString2, 2) : fields(content, kString3, 3);
        if (auto* error = std::get_if<StatusError>(&parsed)) {
            m_hostStrings.clear(); // the answer is spoilt; the error names the field
            out.append(*error);
            return;
        }
        m_hostStrings.append(content);
        if (stringNo == 3)
            hostStringsDone(out);
        return;
    }
    abandonHostStrings(out, QStringLiteral("an unknown answer came between its strings"));
    out.append(makeStatusError(
        StatusErrorKind::Malformed,
        QStringLiteral("The printer sent a frame that is not a status answer (%1 fields).").arg(commas + 1),
        content));
}

void PrinterStatusParser::hostStringsDone(QList<StatusReading>& out)
{
    const QList<QByteArray> strings = std::exchange(m_hostStrings, {});
    // Each string was checked as it came; these cannot fail.
    const auto s1 = std::get<QList<std::int64_t>>(fields(strings[0], kString1, 1));
    const auto s2 = std::get<QList<std::int64_t>>(fields(strings[1], kString2, 2));
    const auto s3 = std::get<QList<std::int64_t>>(fields(strings[2], kString3, 3));
    HostStatus h;
    h.interfaceSettings = int(s1[0]);
    h.paperOut = s1[1] == 1;
    h.paused = s1[2] == 1;
    h.labelLengthDots = int(s1[3]);
    h.formatsInBuffer = int(s1[4]);
    h.bufferFull = s1[5] == 1;
    h.diagnosticMode = s1[6] == 1;
    h.partialFormat = s1[7] == 1;
    h.corruptRam = s1[9] == 1;
    h.underTemperature = s1[10] == 1;
    h.overTemperature = s1[11] == 1;
    h.functionSettings = int(s2[0]);
    h.headUp = s2[2] == 1;
    h.ribbonOut = s2[3] == 1;
    h.thermalTransfer = s2[4] == 1;
    h.printMode = int(s2[5]);
    h.printWidthMode = int(s2[6]);
    h.labelWaiting = s2[7] == 1;
    h.labelsRemaining = s2[8];
    h.formatWhilePrinting = s2[9] == 1;
    h.graphicsStored = int(s2[10]);
    h.password = int(s3[0]);
    h.staticRam = s3[1] == 1;
    out.append(h);
}

} // namespace wh::devices
