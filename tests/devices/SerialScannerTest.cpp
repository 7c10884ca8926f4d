// The serial scanner over real byte streams: a socat pty pair stands in for the cable, the test writes what a
// scanner sends into the device end, and the scanner reads the appliance end through QSerialPort. The
// scanner lives on the test's thread here (ScannerHubTest puts scanners on their own thread).
#include "SerialScanner.h"
#include "ScannerTestSupport.h"

#include <memory>

using namespace wh;
using namespace wh::devices;
using namespace wh::devices::test;
using wh::test::PtyPair;

namespace {

const QByteArray kEan = QByteArrayLiteral("]E05901234123457");
// GS1-128: GTIN, expiry, then two variable-length AIs: batch, GS, serial.
const QByteArray kGs1 = QByteArrayLiteral("]C10109501101530003172512311"
                                          "0ABC123\x1D"
                                          "21XYZ");

struct Rig
{
    ManualClock clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    PtyPair pty;
    ScannerEnd device{pty.deviceEnd()};
    std::unique_ptr<SerialScanner> scanner;
    Received got;
    QObject context;

    explicit Rig(const QString& settings = {}, bool plugIn = true)
    {
        // Looked for again every 20 ms unless the test says otherwise: re-plugs are seen at once.
        const QString reopen =
            settings.contains(QStringLiteral("reopen-ms")) ? QString() : QStringLiteral(",reopen-ms=20");
        auto config = ScannerConfig::parse(pty.applianceEnd() + QStringLiteral(",station=pack-1,id=s1") +
                                           reopen + settings);
        REQUIRE(config.ok());
        scanner = std::make_unique<SerialScanner>(*config, clock);
        got.listen(scanner.get(), &context);
        if (plugIn)
            plug();
        scanner->start();
        if (plugIn)
            REQUIRE(waitFor([&] { return scanner->state() == ScannerState::Connected; }));
    }

    void plug()
    {
        INFO(pty.error().toStdString());
        REQUIRE(pty.start());
        REQUIRE(device.open());
    }
    void unplug()
    {
        device.close();
        pty.stop();
    }

    void send(const QByteArray& bytes) { REQUIRE(device.write(bytes)); }
    bool scans(std::size_t n)
    {
        return waitFor([&] { return got.scans.size() >= n; });
    }
    const ScanEvent& last() const { return got.scans.back().event; }
};

} // namespace

TEST_CASE("a serial scan ends on each configured suffix", "[scanner][serial]")
{
    const auto [suffix, bytes] = GENERATE(
        table<const char*, const char*>({{"cr", "\r"}, {"lf", "\n"}, {"crlf", "\r\n"}, {"tab", "\t"}}));
    Rig rig(QStringLiteral(",suffix=") + QLatin1String(suffix));
    rig.send(kEan + bytes + kEan.left(5));
    REQUIRE(rig.scans(1));
    const StationScan& scan = rig.got.scans[0];
    CHECK(scan.station == QStringLiteral("pack-1"));
    CHECK(scan.scanner == QStringLiteral("s1"));
    CHECK(scan.readAt == rig.clock.now());
    CHECK(scan.event.ok());
    CHECK(scan.event.symbology == Symbology::Ean13);
    CHECK(outcome(scan.event) == QStringLiteral("(01)05901234123457"));
    CHECK(scan.event.raw == QString::fromLatin1(kEan));
    // The start of the next scan is held, not delivered.
    REQUIRE(waitFor([&] { return rig.scanner->pendingBytes() == 5; }));
    CHECK(rig.got.scans.size() == 1);
}

TEST_CASE("a scan split across reads is put back together, a CRLF split too", "[scanner][serial]")
{
    Rig rig(QStringLiteral(",suffix=crlf"));
    const QByteArray whole = kGs1 + "\r\n";
    // Each piece is read before the next is written: the pieces arrive in separate reads.
    qsizetype sent = 0;
    for (const qsizetype cut : {qsizetype(3), qsizetype(20), whole.size() - 1, whole.size()}) {
        rig.send(whole.mid(sent, cut - sent));
        sent = cut;
        if (cut < whole.size())
            REQUIRE(waitFor([&] { return rig.scanner->pendingBytes() == cut; }));
    }
    REQUIRE(rig.scans(1));
    CHECK(rig.last().ok());
    CHECK(rig.last().symbology == Symbology::Gs1_128);
    CHECK(outcome(rig.last()) == QStringLiteral("(01)09501101530003(17)251231(10)ABC123(21)XYZ"));
    CHECK(rig.scanner->pendingBytes() == 0);
}

TEST_CASE("GS1 DataMatrix with GS separators and several scans in one read", "[scanner][serial]")
{
    Rig rig;
    rig.send(QByteArrayLiteral("]d201095011015300031726053110LOT7\x1D"
                               "21S1\r") +
             kEan + "\r" +
             QByteArrayLiteral("]d201095011015300031726053110LOT7\x1D"
                               "21S2\r"));
    REQUIRE(rig.scans(3));
    CHECK(rig.got.scans[0].event.symbology == Symbology::Gs1DataMatrix);
    CHECK(outcome(rig.got.scans[0].event) == QStringLiteral("(01)09501101530003(17)260531(10)LOT7(21)S1"));
    CHECK(outcome(rig.got.scans[1].event) == QStringLiteral("(01)05901234123457"));
    CHECK(outcome(rig.got.scans[2].event) == QStringLiteral("(01)09501101530003(17)260531(10)LOT7(21)S2"));
    CHECK(rig.got.doubleReads.empty());
}

TEST_CASE("bad serial input is refused with a reason and the next scan still reads", "[scanner][serial]")
{
    struct Case
    {
        const char* name;
        QByteArray bytes;
        ScanRefusal refusal;
        const char* reasonPart;
    };
    const Case c = GENERATE(
        Case{"NUL byte",
             QByteArray("]C101095011\0"
                        "01530003",
                        20),
             ScanRefusal::ControlCharacters, "0x00"},
        Case{"line noise", QByteArrayLiteral("\x07\x1B[2J"), ScanRefusal::ControlCharacters,
             "control character"},
        Case{"not UTF-8", QByteArrayLiteral("ABC\xC3(\xFF"), ScanRefusal::BadEncoding, "not UTF-8"},
        Case{"two codes as one", kEan + kEan, ScanRefusal::TwoCodes, "Two codes"},
        Case{"partial GS1", QByteArrayLiteral("]C1010950110153"), ScanRefusal::PartialRead,
             "part of the code"},
        Case{"AIM cut off", QByteArrayLiteral("]C"), ScanRefusal::PartialRead, "cut off"},
        Case{"empty line", QByteArray(), ScanRefusal::Empty, "Nothing"});
    INFO(c.name);
    Rig rig;
    rig.send(c.bytes + "\r" + kEan + "\r");
    REQUIRE(rig.scans(2));
    const ScanEvent& refused = rig.got.scans[0].event;
    CHECK(refused.refusal == c.refusal);
    CHECK(refused.reason.contains(QLatin1String(c.reasonPart)));
    CHECK(refused.elements.isEmpty());
    CHECK(refused.status().error().code == ErrorCode::UnreadableScan);
    CHECK(rig.got.scans[1].event.ok());
}

TEST_CASE("bytes outside ASCII are refused on an ascii scanner, read on a latin1 one", "[scanner][serial]")
{
    const QByteArray bytes = QByteArrayLiteral("CAF\xC9-1\r");
    SECTION("ascii")
    {
        Rig rig(QStringLiteral(",encoding=ascii"));
        rig.send(bytes);
        REQUIRE(rig.scans(1));
        CHECK(rig.last().refusal == ScanRefusal::BadEncoding);
        CHECK(rig.last().reason.contains(QStringLiteral("0xc9 at position 4")));
        CHECK(rig.last().raw == QString::fromLatin1(bytes.chopped(1)));
    }
    SECTION("latin1")
    {
        Rig rig(QStringLiteral(",encoding=latin1"));
        rig.send(bytes);
        REQUIRE(rig.scans(1));
        CHECK(rig.last().ok());
        CHECK(rig.last().raw == QStringLiteral("CAF\u00C9-1"));
    }
}

TEST_CASE("an over-long line without a suffix is refused and its tail dropped", "[scanner][serial]")
{
    Rig rig(QStringLiteral(",max-scan-bytes=64"));
    const QByteArray noise(200, 'A');
    rig.send(noise);
    REQUIRE(rig.scans(1));
    CHECK(rig.last().refusal == ScanRefusal::TooLong);
    CHECK(rig.last().reason.contains(QStringLiteral("More than 64 bytes")));
    CHECK(rig.last().raw == QString(64, QLatin1Char('A')));
    // The rest of the long line goes with it; the scan after the next suffix is read as usual.
    rig.send(QByteArray(100, 'B') + "\r" + kEan + "\r");
    REQUIRE(rig.scans(2));
    CHECK(rig.got.scans.size() == 2);
    CHECK(rig.last().ok());
    CHECK(rig.last().raw == QString::fromLatin1(kEan));
}

TEST_CASE("a configured prefix is stripped, and a scan without it refused", "[scanner][serial]")
{
    Rig rig(QStringLiteral(",prefix=\\x02"));
    rig.send("\x02" + kEan + "\r" + kEan + "\r");
    REQUIRE(rig.scans(2));
    CHECK(rig.got.scans[0].event.ok());
    CHECK(rig.got.scans[0].event.raw == QString::fromLatin1(kEan));
    CHECK(rig.got.scans[1].event.refusal == ScanRefusal::PartialRead);
    CHECK(rig.got.scans[1].event.reason.contains(QStringLiteral("prefix")));
}

TEST_CASE("a partial scan left waiting is refused, not joined to the next scan", "[scanner][serial]")
{
    Rig rig(QStringLiteral(",stale-partial-ms=500"));
    rig.send(kEan.left(7));
    REQUIRE(waitFor([&] { return rig.scanner->pendingBytes() == 7; }));
    rig.clock.advanceMs(501);
    rig.send(kEan + "\r");
    REQUIRE(rig.scans(2));
    CHECK(rig.got.scans[0].event.refusal == ScanRefusal::PartialRead);
    CHECK(rig.got.scans[0].event.raw == QString::fromLatin1(kEan.left(7)));
    CHECK(rig.got.scans[1].event.ok());
    CHECK(rig.got.scans[1].event.raw == QString::fromLatin1(kEan));
}

TEST_CASE("a double read is suppressed and reported, a second scan after the window counts",
          "[scanner][serial][doubleread]")
{
    Rig rig;
    rig.send(kEan + "\r" + kEan + "\r");
    REQUIRE(waitFor([&] { return rig.got.doubleReads.size() == 1; }));
    CHECK(rig.got.scans.size() == 1);
    CHECK(rig.got.doubleReads[0].event.raw == QString::fromLatin1(kEan));

    // 149 ms after the previous read (suppressed or not): still the same trigger pull.
    rig.clock.advanceMs(149);
    rig.send(kEan + "\r");
    REQUIRE(waitFor([&] { return rig.got.doubleReads.size() == 2; }));
    // 150 ms later: the item scanned again, which counts (staff scan an item twice to count two).
    rig.clock.advanceMs(150);
    rig.send(kEan + "\r");
    REQUIRE(rig.scans(2));
    // Another code in between: each read counts, however fast.
    rig.send(kGs1 + "\r" + kEan + "\r");
    REQUIRE(rig.scans(4));
    CHECK(rig.got.doubleReads.size() == 2);
}

TEST_CASE("double-read suppression can be turned off", "[scanner][serial][doubleread]")
{
    Rig rig(QStringLiteral(",double-read-ms=0"));
    rig.send(kEan + "\r" + kEan + "\r");
    REQUIRE(rig.scans(2));
    CHECK(rig.got.doubleReads.empty());
}

TEST_CASE("a scanner unplugged and plugged back in is opened again", "[scanner][serial][unplug]")
{
    Rig rig;
    rig.send(kEan + "\r");
    REQUIRE(rig.scans(1));
    rig.unplug();
    REQUIRE(waitFor([&] { return rig.scanner->state() == ScannerState::Disconnected; }));
    CHECK(rig.scanner->stateReason().contains(QStringLiteral("unplugged")));
    rig.plug();
    REQUIRE(waitFor([&] { return rig.scanner->state() == ScannerState::Connected; }));
    // The same code again just after the re-plug is a new scan, not a double read.
    rig.send(kEan + "\r");
    REQUIRE(rig.scans(2));
    CHECK(rig.last().ok());
    CHECK(rig.got.doubleReads.empty());
    // The states went connected -> disconnected -> connected, each once.
    std::vector<ScannerState> states;
    for (const auto& [state, reason] : rig.got.states)
        states.push_back(state);
    CHECK(states == std::vector<ScannerState>{ScannerState::Connected, ScannerState::Disconnected,
                                              ScannerState::Connected});
}

TEST_CASE("a scanner unplugged mid-scan: the half scan is refused as a partial read",
          "[scanner][serial][unplug]")
{
    Rig rig;
    rig.send(kGs1.left(12));
    REQUIRE(waitFor([&] { return rig.scanner->pendingBytes() == 12; }));
    rig.unplug();
    REQUIRE(rig.scans(1));
    CHECK(rig.last().refusal == ScanRefusal::PartialRead);
    CHECK(rig.last().raw == QString::fromLatin1(kGs1.left(12)));
    CHECK(rig.last().elements.isEmpty());
    CHECK(rig.last().reason.contains(QStringLiteral("disconnected in the middle of a scan")));
    REQUIRE(waitFor([&] { return rig.scanner->state() == ScannerState::Disconnected; }));

    // Back again: the rest of the old scan is not joined to anything.
    rig.plug();
    REQUIRE(waitFor([&] { return rig.scanner->state() == ScannerState::Connected; }));
    rig.send(kGs1 + "\r");
    REQUIRE(rig.scans(2));
    CHECK(rig.last().ok());
    CHECK(rig.last().raw == QString::fromLatin1(kGs1));
}

TEST_CASE("a scanner not plugged in at start is opened when it appears", "[scanner][serial][unplug]")
{
    Rig rig({}, false);
    CHECK(rig.scanner->state() == ScannerState::Disconnected);
    CHECK(rig.scanner->stateReason().contains(QStringLiteral("not plugged in")));
    rig.plug();
    REQUIRE(waitFor([&] { return rig.scanner->state() == ScannerState::Connected; }));
    rig.send(kEan + "\r");
    REQUIRE(rig.scans(1));
    CHECK(rig.last().ok());
}

TEST_CASE("a path that is no serial device is an error, looked at again", "[scanner][serial]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("not-a-tty"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    ManualClock clock(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
    auto config = ScannerConfig::parse(path + QStringLiteral(",station=pack-1,reopen-ms=20"));
    REQUIRE(config.ok());
    SerialScanner scanner(*config, clock);
    scanner.start();
    CHECK(scanner.state() == ScannerState::Error);
    CHECK(scanner.stateReason().contains(path));
    // Looked at again on every tick, and it says what is wrong once it is gone.
    QFile::remove(path);
    REQUIRE(waitFor([&] { return scanner.state() == ScannerState::Disconnected; }));
}

TEST_CASE("an unplug is noticed from the port itself, long before the next reopen tick",
          "[scanner][serial][unplug]")
{
    Rig rig(QStringLiteral(",reopen-ms=60000"));
    rig.send(kEan.left(4));
    REQUIRE(waitFor([&] { return rig.scanner->pendingBytes() == 4; }));
    rig.unplug();
    REQUIRE(waitFor([&] { return rig.scanner->state() == ScannerState::Disconnected; }, 3000));
    REQUIRE(rig.scans(1));
    CHECK(rig.last().refusal == ScanRefusal::PartialRead);
}
