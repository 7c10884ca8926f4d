// Several scanners at once, each tied to a station, on the hub's scanner thread: scans reach the test's
// (the GUI) thread queued, from real pty pairs and from the string-fed test backend.
#include "ScannerHub.h"
#include "ScannerTestSupport.h"
#include "StringScanSource.h"

#include <algorithm>
#include <memory>

using namespace wh;
using namespace wh::devices;
using namespace wh::devices::test;
using wh::test::PtyPair;

namespace {

QDateTime nine()
{
    return QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
}

} // namespace

TEST_CASE("three serial scanners at three stations, read on the scanner thread", "[scanner][hub]")
{
    ManualClock clock(nine());
    PtyPair pty[3];
    std::unique_ptr<ScannerEnd> device[3];
    ScannerHub hub(clock);
    Received got;
    QObject context;
    got.listen(&hub, &context);
    const QString stations[3] = {QStringLiteral("pack-1"), QStringLiteral("pack-2"),
                                 QStringLiteral("goods-in")};
    for (int i = 0; i < 3; ++i) {
        INFO(pty[i].error().toStdString());
        REQUIRE(pty[i].start());
        device[i] = std::make_unique<ScannerEnd>(pty[i].deviceEnd());
        REQUIRE(device[i]->open());
        auto config = ScannerConfig::parse(pty[i].applianceEnd() + QStringLiteral(",reopen-ms=20,station=") +
                                           stations[i] + QStringLiteral(",id=scanner-%1").arg(i));
        REQUIRE(config.ok());
        REQUIRE(hub.addScanner(*config).ok());
    }
    hub.start();
    REQUIRE(waitFor([&] {
        return std::ranges::all_of(
            hub.scannerIds(), [&](const QString& id) { return hub.state(id) == ScannerState::Connected; });
    }));
    CHECK(hub.scannerThread() != QThread::currentThread());

    // Interleaved, and the third scanner's bytes in two pieces around the others'.
    REQUIRE(device[2]->write(QByteArrayLiteral("]C1010950110153")));
    REQUIRE(device[0]->write(QByteArrayLiteral("]E05901234123457\r")));
    REQUIRE(device[1]->write(QByteArrayLiteral("]E4"
                                               "96385074\r")));
    REQUIRE(waitFor([&] { return got.scans.size() == 2; }));
    REQUIRE(device[2]->write(QByteArrayLiteral("0003\r")));
    REQUIRE(waitFor([&] { return got.scans.size() == 3; }));

    QHash<QString, QString> byStation;
    for (std::size_t i = 0; i < got.scans.size(); ++i) {
        const StationScan& scan = got.scans[i];
        CHECK(scan.event.ok());
        CHECK(got.deliveredOn[i] == QThread::currentThread());
        byStation.insert(scan.station, scan.scanner + QLatin1Char(' ') + outcome(scan.event));
    }
    CHECK(byStation.value(QStringLiteral("pack-1")) == QStringLiteral("scanner-0 (01)05901234123457"));
    CHECK(byStation.value(QStringLiteral("pack-2")) == QStringLiteral("scanner-1 (01)00000096385074"));
    CHECK(byStation.value(QStringLiteral("goods-in")) == QStringLiteral("scanner-2 (01)09501101530003"));

    // One unplugged: the others go on, and it comes back on its own.
    device[1]->close();
    pty[1].stop();
    REQUIRE(waitFor([&] { return hub.state(QStringLiteral("scanner-1")) == ScannerState::Disconnected; }));
    // The clock has not moved since this scanner's first read of the same code: a double read.
    REQUIRE(device[0]->write(QByteArrayLiteral("]E05901234123457\r")));
    REQUIRE(waitFor([&] { return got.doubleReads.size() == 1; }));
    CHECK(got.doubleReads[0].station == QStringLiteral("pack-1"));
    REQUIRE(pty[1].start());
    REQUIRE(device[1]->open());
    REQUIRE(waitFor([&] { return hub.state(QStringLiteral("scanner-1")) == ScannerState::Connected; }));
    REQUIRE(device[1]->write(QByteArrayLiteral("]E4"
                                               "96385074\r")));
    REQUIRE(waitFor([&] { return got.scans.size() == 4; }));
    CHECK(got.scans.back().station == QStringLiteral("pack-2"));

    hub.stop();
    CHECK_FALSE(hub.running());
}

TEST_CASE("the hub refuses a second scanner with the same id or path", "[scanner][hub]")
{
    ManualClock clock(nine());
    ScannerHub hub(clock);
    const auto first = ScannerConfig::parse(QStringLiteral("/dev/ttyACM7,station=a,id=one"));
    const auto samePath = ScannerConfig::parse(QStringLiteral("/dev/ttyACM7,station=b,id=two"));
    const auto sameId = ScannerConfig::parse(QStringLiteral("/dev/ttyACM8,station=b,id=one"));
    REQUIRE(first.ok());
    REQUIRE(samePath.ok());
    REQUIRE(sameId.ok());
    REQUIRE(hub.addScanner(*first).ok());
    const Status path = hub.addScanner(*samePath);
    REQUIRE_FALSE(path.ok());
    CHECK(path.error().code == ErrorCode::AlreadyExists);
    CHECK(path.error().message.contains(QStringLiteral("/dev/ttyACM7")));
    const Status id = hub.addScanner(*sameId);
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().message.contains(QStringLiteral("one")));
    const Status source =
        hub.addSource(std::make_unique<StringScanSource>(QStringLiteral("one"), QStringLiteral("c"), clock));
    CHECK_FALSE(source.ok());
    CHECK(hub.scannerIds() == QStringList{QStringLiteral("one")});
}

TEST_CASE("the string-fed test backend goes through the hub like a scanner", "[scanner][hub]")
{
    ManualClock clock(nine());
    ScannerHub hub(clock);
    Received got;
    QObject context;
    got.listen(&hub, &context);
    auto owned =
        std::make_unique<StringScanSource>(QStringLiteral("test-1"), QStringLiteral("pick-3"), clock);
    StringScanSource* source = owned.get();
    REQUIRE(hub.addSource(std::move(owned)).ok());
    CHECK(source->thread() == hub.scannerThread());
    hub.start();
    REQUIRE(waitFor([&] { return hub.state(QStringLiteral("test-1")) == ScannerState::Connected; }));

    source->feed(scan(QStringLiteral("]C10109501101530003<GS>")));
    source->feed(QStringLiteral("]E05901234123457"));
    source->feed(QStringLiteral("]E05901234123457"));
    REQUIRE(waitFor([&] { return got.scans.size() == 2 && got.doubleReads.size() == 1; }));
    CHECK(got.scans[0].station == QStringLiteral("pick-3"));
    CHECK(got.scans[0].event.ok());
    CHECK(got.scans[1].event.symbology == Symbology::Ean13);
    CHECK(got.deliveredOn[0] == QThread::currentThread());

    source->setState(ScannerState::Error, QStringLiteral("Test: no permission."));
    REQUIRE(waitFor([&] { return hub.state(QStringLiteral("test-1")) == ScannerState::Error; }));
    CHECK(hub.stateReason(QStringLiteral("test-1")) == QStringLiteral("Test: no permission."));
    hub.stop();
    CHECK(waitFor([&] { return hub.state(QStringLiteral("test-1")) == ScannerState::Disconnected; }));
}
