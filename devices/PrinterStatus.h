#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <variant>

namespace wh::devices {

// A condition a label printer reports. Most stop it printing (blocking()); the rest are reported only.
enum class PrinterFault
{
    PaperOut,
    HeadOpen,
    RibbonOut,
    Paused,
    BufferFull,
    CutterFault,
    HeadOverTemperature,
    MotorOverTemperature,
    PrintheadFault, // a bad element, a head not detected, an open thermistor
    PaperJam,       // paper feed, retract or presenter errors
    OverTemperature,
    UnderTemperature, // reported only: the printer prints, perhaps faintly
    CorruptRam,       // reported only: the printer lost its configuration and runs on defaults
    OtherError,       // an ~HQES error bit this appliance has no name for
    Silent,           // the printer did not answer a status query in time
};

QString printerFaultName(PrinterFault fault);    // "paper_out", ...
QString printerFaultMessage(PrinterFault fault); // plain words for the screen
// True for a fault the printer cannot print through: a job waits until it clears.
bool blocking(PrinterFault fault);

// The three strings a Zebra printer answers to ~HS (ZPL II programming guide, "~HS Host Status Return"):
//   <STX>aaa,b,c,dddd,eee,f,g,h,iii,j,k,l<ETX><CR><LF>
//   <STX>mmm,n,o,p,q,r,s,t,uuuuuuuu,v,www<ETX><CR><LF>
//   <STX>xxxx,y<ETX><CR><LF>
struct HostStatus
{
    int interfaceSettings = 0; // aaa: baud, data bits, parity, handshake as a decimal bit field
    bool paperOut = false;     // b
    bool paused = false;       // c
    int labelLengthDots = 0;   // dddd
    int formatsInBuffer = 0;   // eee: formats received but not printed yet
    bool bufferFull = false;   // f
    bool diagnosticMode = false;
    bool partialFormat = false; // h: a format is being received
    bool corruptRam = false;    // j
    bool underTemperature = false;
    bool overTemperature = false;
    int functionSettings = 0; // mmm
    bool headUp = false;      // o
    bool ribbonOut = false;   // p
    bool thermalTransfer = false;
    int printMode = 0;      // r: 0 rewind, 1 peel-off, 2 tear-off, 3 cutter, ...
    int printWidthMode = 0; // s
    bool labelWaiting = false;
    std::int64_t labelsRemaining = 0; // uuuuuuuu: labels left in the batch being printed
    bool formatWhilePrinting = false;
    int graphicsStored = 0; // www
    int password = 0;       // xxxx
    bool staticRam = false; // y

    QList<PrinterFault> faults() const;
    bool operator==(const HostStatus&) const = default;
};

// The answer to ~HQES ("PRINTER STATUS" with ERRORS and WARNINGS lines): a flag and two 32-bit groups each.
struct ExtendedStatus
{
    bool errorFlag = false;
    std::uint32_t errorsGroup2 = 0;
    std::uint32_t errorsGroup1 = 0; // media out 0x1, ribbon out 0x2, head open 0x4, cutter fault 0x8, ...
    bool warningFlag = false;
    std::uint32_t warningsGroup2 = 0;
    std::uint32_t warningsGroup1 =
        0; // calibrate media 0x1, clean head 0x2, replace head 0x4, paper near end 0x8

    QList<PrinterFault> faults() const;
    QStringList warnings() const; // plain words
    bool operator==(const ExtendedStatus&) const = default;
};

// Why bytes from a printer were not taken as a status.
enum class StatusErrorKind
{
    Garbage,   // bytes outside any <STX>...<ETX> frame
    Truncated, // a frame or an ~HS answer cut short (the next one began, or the printer went quiet)
    Malformed, // a complete frame that is neither an ~HS string nor an ~HQES answer, or a bad field
    Overlong,  // a frame far longer than any status: dropped, so a chatty line cannot fill memory
};

QString statusErrorKindName(StatusErrorKind kind);

struct StatusError
{
    StatusErrorKind kind = StatusErrorKind::Garbage;
    QString message;  // plain words, naming the field at fault when there is one
    QByteArray bytes; // what was refused (at most the first 64 bytes)
};

// One thing the parser found in the stream, in arrival order.
using StatusReading = std::variant<HostStatus, ExtendedStatus, StatusError>;

// Finds ~HS and ~HQES answers in bytes as they arrive from a printer, in chunks of any size. Pure: no I/O,
// no QObject, no clock (a caller's timeout calls flush()), so it runs under libFuzzer on its own.
class PrinterStatusParser
{
public:
    static constexpr qsizetype kMaxFrame = 512; // the longest status frame is about 100 bytes

    // Takes the next bytes and returns what they completed.
    QList<StatusReading> feed(QByteArrayView bytes);
    // The printer went quiet (a timeout): whatever was half-read is reported as truncated and dropped.
    QList<StatusReading> flush();
    // Nothing half-read is held.
    bool idle() const;
    void reset();

private:
    enum class State
    {
        Outside, // between frames
        InFrame, // after <STX>
    };
    void frameDone(QList<StatusReading>& out);
    void garbageDone(QList<StatusReading>& out);
    void hostStringsDone(QList<StatusReading>& out);
    void abandonHostStrings(QList<StatusReading>& out, const QString& why);

    State m_state = State::Outside;
    QByteArray m_frame;
    bool m_frameOverlong = false;
    QByteArray m_garbage;
    qsizetype m_garbageCount = 0;
    // The ~HS strings read so far (0, 1 or 2 of the 3).
    QList<QByteArray> m_hostStrings;
};

// One frame's content (between <STX> and <ETX>) parsed on its own; exposed for tests.
std::variant<ExtendedStatus, StatusError> parseExtendedStatus(QByteArrayView content);

} // namespace wh::devices
