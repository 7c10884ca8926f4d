// The one-line scanner spec: every setting read, every bad value refused naming its key.
#include "ScannerConfig.h"
#include "DevicesTestSupport.h"

using namespace wh;
using namespace wh::devices;

TEST_CASE("a scanner spec is read with its defaults", "[scanner][config]")
{
    const auto config =
        ScannerConfig::parse(QStringLiteral("/dev/ttyACM0,baud=9600,parity=none,suffix=cr,station=pack-1"));
    REQUIRE(config.ok());
    CHECK(config->path == QStringLiteral("/dev/ttyACM0"));
    CHECK(config->id == QStringLiteral("ttyACM0"));
    CHECK(config->station == QStringLiteral("pack-1"));
    CHECK(config->baud == 9600);
    CHECK(config->dataBits == QSerialPort::Data8);
    CHECK(config->parity == QSerialPort::NoParity);
    CHECK(config->stopBits == QSerialPort::OneStop);
    CHECK(config->suffix == ScanSuffix::Cr);
    CHECK(config->encoding == ScanEncoding::Utf8);
    CHECK(config->prefix.isEmpty());
    CHECK(config->doubleReadMs == 150);
    CHECK(config->maxScanBytes == 4096);
}

TEST_CASE("every scanner setting is read, and written back the same", "[scanner][config]")
{
    const auto config = ScannerConfig::parse(QStringLiteral(
        "/dev/serial/by-id/usb-Scanner-if00 , id=front, station=goods-in, baud=115200, "
        "databits=7, parity=Even, stopbits=2, suffix=CRLF, encoding=latin1, prefix=\\x02\\x2C\\\\, "
        "double-read-ms=0, max-scan-bytes=512, stale-partial-ms=2000, reopen-ms=250"));
    REQUIRE(config.ok());
    CHECK(config->path == QStringLiteral("/dev/serial/by-id/usb-Scanner-if00"));
    CHECK(config->id == QStringLiteral("front"));
    CHECK(config->station == QStringLiteral("goods-in"));
    CHECK(config->baud == 115200);
    CHECK(config->dataBits == QSerialPort::Data7);
    CHECK(config->parity == QSerialPort::EvenParity);
    CHECK(config->stopBits == QSerialPort::TwoStop);
    CHECK(config->suffix == ScanSuffix::CrLf);
    CHECK(config->suffixBytes() == QByteArrayLiteral("\r\n"));
    CHECK(config->encoding == ScanEncoding::Latin1);
    CHECK(config->prefix == QStringLiteral("\x02,\\"));
    CHECK(config->doubleReadMs == 0);
    CHECK(config->maxScanBytes == 512);
    CHECK(config->stalePartialMs == 2000);
    CHECK(config->reopenIntervalMs == 250);

    const auto again = ScannerConfig::parse(config->toSpec());
    REQUIRE(again.ok());
    CHECK(again->toSpec() == config->toSpec());
    CHECK(again->prefix == config->prefix);
}

TEST_CASE("a bad scanner setting is refused naming its key", "[scanner][config]")
{
    const auto [spec, key] = GENERATE(table<const char*, const char*>({
        {"", "path"},
        {"baud=9600,station=a", "path"},
        {"/dev/ttyACM0", "station"},
        {"/dev/ttyACM0,station=", "station"},
        {"/dev/ttyACM0,station=a,baud=96OO", "baud"},
        {"/dev/ttyACM0,station=a,baud=0", "baud"},
        {"/dev/ttyACM0,station=a,databits=9", "databits"},
        {"/dev/ttyACM0,station=a,parity=maybe", "parity"},
        {"/dev/ttyACM0,station=a,stopbits=3", "stopbits"},
        {"/dev/ttyACM0,station=a,suffix=etx", "suffix"},
        {"/dev/ttyACM0,station=a,encoding=ebcdic", "encoding"},
        {"/dev/ttyACM0,station=a,prefix=\\q", "prefix"},
        {"/dev/ttyACM0,station=a,prefix=\\x2", "prefix"},
        {"/dev/ttyACM0,station=a,prefix=", "prefix"},
        {"/dev/ttyACM0,station=a,id=", "id"},
        {"/dev/ttyACM0,station=a,double-read-ms=-1", "double-read-ms"},
        {"/dev/ttyACM0,station=a,double-read-ms=fast", "double-read-ms"},
        {"/dev/ttyACM0,station=a,max-scan-bytes=8", "max-scan-bytes"},
        {"/dev/ttyACM0,station=a,stale-partial-ms=x", "stale-partial-ms"},
        {"/dev/ttyACM0,station=a,reopen-ms=1", "reopen-ms"},
        {"/dev/ttyACM0,station=a,speed=9600", "speed"},
        {"/dev/ttyACM0,station=a,baud=9600,baud=19200", "baud"},
        {"/dev/ttyACM0,station=a,,baud=9600", "(empty)"},
        {"/dev/ttyACM0,station=a,9600", "9600"},
    }));
    INFO(spec);
    const auto config = ScannerConfig::parse(QLatin1String(spec));
    REQUIRE_FALSE(config.ok());
    CHECK(config.error().code == ErrorCode::InvalidArgument);
    CHECK(
        config.error().message.startsWith(QStringLiteral("Scanner setting '%1': ").arg(QLatin1String(key))));
    CHECK(config.error().message.size() >
          QStringLiteral("Scanner setting '': ").size() + int(strlen(key)) + 10);
}
