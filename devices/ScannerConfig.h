#pragma once

#include "Result.h"

#include <QSerialPort>
#include <QString>

namespace wh::devices {

// What a serial scanner sends after each read. The scanner's own setting must match: a CR scanner read as
// LF runs every scan into the next.
enum class ScanSuffix
{
    Cr,
    Lf,
    CrLf,
    Tab,
};

// How the scanner's bytes become text. GS1 data is ASCII, which all three read the same way.
enum class ScanEncoding
{
    Utf8,
    Latin1,
    Ascii, // bytes above 0x7F are refused
};

QString scanSuffixName(ScanSuffix suffix);
QString scanEncodingName(ScanEncoding encoding);

// One serial scanner's settings, and the one-line spec they are written as in the appliance's configuration:
//   /dev/ttyACM0,baud=9600,parity=none,suffix=cr,station=pack-1
// The path comes first, then key=value settings in any order; every key but station has a default.
struct ScannerConfig
{
    QString path;    // the device node; a stable udev name (/dev/serial/by-id/...) survives re-plugging
    QString id;      // names the scanner in events and messages; the path's file name when not given
    QString station; // the station the scanner belongs to: its scans go to that station's screen
    qint32 baud = 9600;
    QSerialPort::DataBits dataBits = QSerialPort::Data8;
    QSerialPort::Parity parity = QSerialPort::NoParity;
    QSerialPort::StopBits stopBits = QSerialPort::OneStop;
    ScanSuffix suffix = ScanSuffix::Cr;
    ScanEncoding encoding = ScanEncoding::Utf8;
    QString prefix;          // sent by the scanner before each scan; stripped, and a scan without it refused
    int doubleReadMs = 150;  // the same data again within this many ms is one trigger pull read twice; 0: off
    int maxScanBytes = 4096; // bytes without a suffix beyond this are refused, not buffered on
    int stalePartialMs = 1000;   // a partial scan older than this when more bytes come is refused, not joined
    int reopenIntervalMs = 1000; // how often a scanner that is gone is looked for again

    // The bytes that end a scan.
    QByteArray suffixBytes() const;
    // The spec this config is read back from (every setting written out).
    QString toSpec() const;

    // Parses a spec; a bad value is refused naming its key, an unknown or repeated key is refused too.
    static Result<ScannerConfig> parse(const QString& spec);
};

} // namespace wh::devices
