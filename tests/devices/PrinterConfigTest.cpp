// Printer specs (devices/PrinterConfig): the one-line form an installer writes, and every refusal naming
// the setting at fault.

#include "PrinterConfig.h"

#include "DevicesTestSupport.h"

#include <catch2/catch.hpp>

using namespace wh;
using namespace wh::devices;

namespace {

QString refusal(const QString& spec)
{
    const auto parsed = PrinterConfig::parse(spec);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == ErrorCode::InvalidArgument);
    return parsed.error().message;
}

} // namespace

TEST_CASE("a network printer's spec", "[printer][config]")
{
    const auto c = PrinterConfig::parse(QStringLiteral("tcp://10.0.0.5:9100,name=dock-1,dpi=203"));
    REQUIRE(c.ok());
    CHECK(c->link == PrinterConfig::Link::Tcp);
    CHECK(c->host == QStringLiteral("10.0.0.5"));
    CHECK(c->port == 9100);
    CHECK(c->name == QStringLiteral("dock-1"));
    CHECK(c->dpi == 203);
    CHECK(c->status == StatusQuery::HostStatus);
    CHECK(c->address() == QStringLiteral("10.0.0.5:9100"));

    const auto named = PrinterConfig::parse(QStringLiteral("tcp://printer-3.dock.local,name=p3,status=hqes"));
    REQUIRE(named.ok());
    CHECK(named->port == 9100); // the raw port when none is given
    CHECK(named->status == StatusQuery::HostAndErrors);

    const auto v6 = PrinterConfig::parse(QStringLiteral("tcp://[fd00::5]:6101,name=v6,status=none"));
    REQUIRE(v6.ok());
    CHECK(v6->host == QStringLiteral("fd00::5"));
    CHECK(v6->port == 6101);
    CHECK(v6->address() == QStringLiteral("[fd00::5]:6101"));
}

TEST_CASE("a serial printer's spec", "[printer][config]")
{
    const auto c = PrinterConfig::parse(QStringLiteral(
        "serial:/dev/ttyUSB0,baud=19200,parity=even,databits=7,stopbits=2,flow=rtscts,name=pack-2"));
    REQUIRE(c.ok());
    CHECK(c->link == PrinterConfig::Link::Serial);
    CHECK(c->device == QStringLiteral("/dev/ttyUSB0"));
    CHECK(c->baud == 19200);
    CHECK(c->parity == QSerialPort::EvenParity);
    CHECK(c->dataBits == QSerialPort::Data7);
    CHECK(c->stopBits == QSerialPort::TwoStop);
    CHECK(c->flow == QSerialPort::HardwareControl);
    // Written back, it reads the same.
    const auto again = PrinterConfig::parse(c->toSpec());
    REQUIRE(again.ok());
    CHECK(again->toSpec() == c->toSpec());
    CHECK(PrinterConfig::parse(QStringLiteral("serial:/dev/ttyS0,name=s")).value().baud == 9600);
}

TEST_CASE("bad specs are refused with the setting named", "[printer][config]")
{
    CHECK(refusal(QStringLiteral("lpd://10.0.0.5,name=x")).contains(QStringLiteral("tcp://")));
    CHECK(refusal(QStringLiteral("tcp://10.0.0.5:91000,name=x")).contains(QStringLiteral("port \"91000\"")));
    CHECK(refusal(QStringLiteral("tcp://10.0.0.5:abc,name=x")).contains(QStringLiteral("port")));
    CHECK(refusal(QStringLiteral("tcp://bad host:9100,name=x")).contains(QStringLiteral("host")));
    CHECK(refusal(QStringLiteral("tcp://[10.0.0.5]:9100,name=x")).contains(QStringLiteral("IPv6")));
    CHECK(refusal(QStringLiteral("tcp://10.0.0.5:9100")).contains(QStringLiteral("name is missing")));
    CHECK(refusal(QStringLiteral("tcp://10.0.0.5,name=dock 1")).contains(QStringLiteral("name \"dock 1\"")));
    CHECK(refusal(QStringLiteral("tcp://10.0.0.5,name=a,dpi=250")).contains(QStringLiteral("dpi \"250\"")));
    CHECK(refusal(QStringLiteral("tcp://10.0.0.5,name=a,status=maybe")).contains(QStringLiteral("status")));
    CHECK(refusal(QStringLiteral("tcp://10.0.0.5,name=a,baud=9600"))
              .contains(QStringLiteral("baud is a serial")));
    CHECK(refusal(QStringLiteral("tcp://10.0.0.5,name=a,colour=red")).contains(QStringLiteral("\"colour\"")));
    CHECK(refusal(QStringLiteral("tcp://10.0.0.5,name=a,name=b"))
              .contains(QStringLiteral("name is given twice")));
    CHECK(
        refusal(QStringLiteral("tcp://10.0.0.5,name=a,dpi=")).contains(QStringLiteral("dpi needs a value")));
    CHECK(refusal(QStringLiteral("tcp://10.0.0.5,,name=a")).contains(QStringLiteral("empty setting")));
    CHECK(refusal(QStringLiteral("serial:ttyUSB0,name=a")).contains(QStringLiteral("path")));
    CHECK(refusal(QStringLiteral("serial:/dev/ttyUSB0,name=a,baud=9601"))
              .contains(QStringLiteral("baud \"9601\"")));
    CHECK(
        refusal(QStringLiteral("serial:/dev/ttyUSB0,name=a,parity=mark")).contains(QStringLiteral("parity")));
    CHECK(refusal(QStringLiteral("serial:/dev/ttyUSB0,name=a,flow=yes"))
              .contains(QStringLiteral("flow \"yes\"")));
    CHECK(refusal(QStringLiteral("serial:/dev/ttyUSB0,name=a,databits=9"))
              .contains(QStringLiteral("databits \"9\"")));
    CHECK(refusal(QStringLiteral("serial:/dev/ttyUSB0,name=a,stopbits=3"))
              .contains(QStringLiteral("stopbits \"3\"")));
}
