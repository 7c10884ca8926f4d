// The keyboard-wedge detector fed key by key with timestamps, as a screen's key events would feed it: scanner
// bursts against typing, the GS stand-in, prefix and suffix, the layout remap, and the timing edges.
#include "WedgeDetector.h"
#include "DevicesTestSupport.h"

using namespace wh::devices;
using namespace wh::devices::test;

namespace {

using Kind = WedgeOutput::Kind;

// Feeds `keys` starting at `startMs`, one key every `gapMs`; then lets the held keys expire (as the caller's
// timer would). Returns everything settled, in order.
struct Feeder
{
    WedgeDetector detector;
    qint64 now = 1000;
    QList<WedgeOutput> out;

    explicit Feeder(WedgeConfig config = {})
        : detector(std::move(config))
    {}

    Feeder& keys(const QString& keys, qint64 gapMs)
    {
        for (QChar key : keys) {
            out += detector.feed(key, now);
            now += gapMs;
        }
        now -= gapMs;
        return *this;
    }
    Feeder& pause(qint64 ms)
    {
        now += ms;
        return *this;
    }
    Feeder& settle()
    {
        if (const std::optional<qint64> deadline = detector.deadline()) {
            now = std::max(now, *deadline);
            out += detector.expire(now);
        }
        return *this;
    }
    QString all() const
    {
        QString keys;
        for (const WedgeOutput& o : out)
            keys += o.keys;
        return keys;
    }
    QList<Kind> kinds() const
    {
        QList<Kind> kinds;
        for (const WedgeOutput& o : out)
            kinds.append(o.kind);
        return kinds;
    }
};

const QString kEan = QStringLiteral("]E05901234123457");

} // namespace

TEST_CASE("a scanner burst ending in Enter is a scan", "[wedge]")
{
    Feeder f;
    f.keys(kEan + QLatin1Char('\r'), 4);
    REQUIRE(f.out.size() == 1);
    CHECK(f.out[0].kind == Kind::Scan);
    CHECK(f.out[0].text == kEan);
    CHECK(f.out[0].keys == kEan + QLatin1Char('\r'));
    CHECK(f.out[0].firstMs == 1000);
    CHECK(f.out[0].lastMs == 1000 + 4 * kEan.size());
    CHECK(f.detector.pending().isEmpty());
    CHECK(outcome(ScanDecoder::decode(f.out[0].text, today())) == QStringLiteral("(01)05901234123457"));
}

TEST_CASE("human typing is handed back untouched, Enter included", "[wedge]")
{
    SECTION("slow typing, every key its own")
    {
        Feeder f;
        f.keys(QStringLiteral("1234\r"), 120).settle();
        CHECK(f.all() == QStringLiteral("1234\r"));
        for (const WedgeOutput& o : f.out) {
            CHECK(o.kind == Kind::Typed);
            CHECK(o.text == o.keys);
        }
    }
    SECTION("a key held back only until the gap has passed")
    {
        Feeder f;
        f.keys(QStringLiteral("a"), 0);
        CHECK(f.out.isEmpty());
        CHECK(f.detector.deadline() == 1000 + 30 + 1);
        CHECK(f.detector.expire(1030).isEmpty()); // not yet: a scanner's next key may still come
        const QList<WedgeOutput> typed = f.detector.expire(1031);
        REQUIRE(typed.size() == 1);
        CHECK(typed[0].kind == Kind::Typed);
        CHECK(typed[0].text == QStringLiteral("a"));
    }
    SECTION("fast rolled-over keys are shorter than a scan")
    {
        Feeder f;
        f.keys(QStringLiteral("ok\r"), 5);
        REQUIRE(f.out.size() == 1);
        CHECK(f.out[0].kind == Kind::Typed);
        CHECK(f.out[0].text == QStringLiteral("ok\r"));
    }
}

TEST_CASE("typing and scans mixed come back in order, each as what it was", "[wedge]")
{
    Feeder f;
    f.keys(QStringLiteral("qty "), 150)
        .pause(200)
        .keys(kEan + QLatin1Char('\r'), 3)
        .pause(300)
        .keys(QStringLiteral("2\r"), 140)
        .settle();
    CHECK(f.all() == QStringLiteral("qty ") + kEan + QStringLiteral("\r2\r"));
    QString typed;
    QStringList scans;
    for (const WedgeOutput& o : f.out) {
        if (o.kind == Kind::Scan)
            scans.append(o.text);
        else
            typed += o.text;
    }
    CHECK(scans == QStringList{kEan});
    CHECK(typed == QStringLiteral("qty 2\r"));
}

TEST_CASE("a typed key right before a burst goes back as typing, the burst stays a scan", "[wedge]")
{
    Feeder f;
    f.keys(QStringLiteral("x"), 0).pause(31).keys(kEan + QLatin1Char('\r'), 2);
    REQUIRE(f.out.size() == 2);
    CHECK(f.out[0].kind == Kind::Typed);
    CHECK(f.out[0].text == QStringLiteral("x"));
    CHECK(f.out[1].kind == Kind::Scan);
    CHECK(f.out[1].text == kEan);
}

TEST_CASE("the gap threshold and the minimum length at their edges", "[wedge]")
{
    SECTION("a gap of exactly maxGapMs stays in the burst, one more ms breaks it")
    {
        Feeder at;
        at.keys(kEan + QLatin1Char('\r'), 30);
        REQUIRE(at.out.size() == 1);
        CHECK(at.out[0].kind == Kind::Scan);

        Feeder over;
        over.keys(kEan.left(8), 2).pause(31).keys(kEan.mid(8) + QLatin1Char('\r'), 2);
        CHECK(over.kinds() == QList<Kind>{Kind::Typed, Kind::Scan});
        CHECK(over.out[0].text == kEan.left(8));
        CHECK(over.out[1].text == kEan.mid(8)); // the tail alone: ScanDecoder sees no AIM, no GS1
    }
    SECTION("minLength characters make a scan, one fewer is typing")
    {
        WedgeConfig config;
        config.minLength = 4;
        Feeder four(config);
        four.keys(QStringLiteral("A1B2\r"), 2);
        CHECK(four.kinds() == QList<Kind>{Kind::Scan});
        Feeder three(config);
        three.keys(QStringLiteral("A1B\r"), 2);
        CHECK(three.kinds() == QList<Kind>{Kind::Typed});
    }
    SECTION("a clock that steps back ends the burst")
    {
        WedgeDetector detector;
        CHECK(detector.feed(QLatin1Char('A'), 1000).isEmpty());
        const QList<WedgeOutput> out = detector.feed(QLatin1Char('B'), 990);
        REQUIRE(out.size() == 1);
        CHECK(out[0].kind == Kind::Typed);
        CHECK(out[0].text == QStringLiteral("A"));
        CHECK(detector.pending() == QStringLiteral("B"));
    }
    SECTION("a burst without a terminator is typing once the gap passes")
    {
        Feeder f;
        f.keys(kEan, 2).settle();
        CHECK(f.kinds() == QList<Kind>{Kind::Typed});
        CHECK(f.out[0].text == kEan);
    }
}

TEST_CASE("Tab as the terminator, and Enter then is typing", "[wedge]")
{
    WedgeConfig config;
    config.terminators = QStringLiteral("\t");
    Feeder f(config);
    f.keys(kEan + QLatin1Char('\t'), 3).pause(200).keys(kEan + QLatin1Char('\r'), 3).settle();
    REQUIRE(f.out.size() == 2);
    CHECK(f.out[0].kind == Kind::Scan);
    CHECK(f.out[0].text == kEan);
    CHECK(f.out[1].kind == Kind::Typed); // a burst ended by Enter when only Tab ends scans
    CHECK(f.out[1].text == kEan + QLatin1Char('\r'));
}

TEST_CASE("the GS stand-in becomes GS again, and the scan decodes as GS1", "[wedge]")
{
    WedgeConfig config;
    config.gsStandIn = QLatin1Char('~');
    Feeder f(config);
    f.keys(QStringLiteral("]C1010950110153000310ABC~21XYZ\r"), 2);
    REQUIRE(f.out.size() == 1);
    CHECK(f.out[0].kind == Kind::Scan);
    CHECK(f.out[0].text == scan(QStringLiteral("]C1010950110153000310ABC<GS>21XYZ")));
    CHECK(f.out[0].keys == QStringLiteral("]C1010950110153000310ABC~21XYZ\r"));
    const ScanEvent event = ScanDecoder::decode(f.out[0].text, today());
    CHECK(outcome(event) == QStringLiteral("(01)09501101530003(10)ABC(21)XYZ"));

    SECTION("typing keeps the stand-in as typed")
    {
        Feeder typing(config);
        typing.keys(QStringLiteral("a~b\r"), 150).settle();
        CHECK(typing.all() == QStringLiteral("a~b\r"));
        for (const WedgeOutput& o : typing.out)
            CHECK(o.kind == Kind::Typed);
    }
}

TEST_CASE("prefix and suffix are required and stripped - a prefix lets typing through at once", "[wedge]")
{
    WedgeConfig config;
    config.prefix = QStringLiteral("$$");
    config.suffix = QStringLiteral("#");
    Feeder f(config);
    f.keys(QStringLiteral("$$") + kEan + QStringLiteral("#\r"), 2);
    REQUIRE(f.out.size() == 1);
    CHECK(f.out[0].kind == Kind::Scan);
    CHECK(f.out[0].text == kEan);

    SECTION("a burst without the suffix is typing")
    {
        Feeder g(config);
        g.keys(QStringLiteral("$$") + kEan + QLatin1Char('\r'), 2);
        CHECK(g.kinds() == QList<Kind>{Kind::Typed});
    }
    SECTION("a key that cannot start the prefix is handed back without waiting")
    {
        WedgeDetector detector(config);
        const QList<WedgeOutput> out = detector.feed(QLatin1Char('h'), 5000);
        REQUIRE(out.size() == 1);
        CHECK(out[0].kind == Kind::Typed);
        CHECK(out[0].text == QStringLiteral("h"));
        CHECK(!detector.deadline());
        // "$" may still be a prefix: held.
        CHECK(detector.feed(QLatin1Char('$'), 5200).isEmpty());
        CHECK(detector.feed(QLatin1Char('x'), 5201).size() == 1);
        CHECK(detector.pending().isEmpty());
    }
}

TEST_CASE("a US-layout scanner on a German host: remapped back, or its AIM prefix flagged", "[wedge][layout]")
{
    // What a US-layout scanner types for "]d2010950110153000310AB-Z/1" on a German layout: ']' arrives as
    // '+', 'Z' as 'Y', '-' as 'ß', '/' as '-'.
    const QString arrived = QStringLiteral("+d2010950110153000310AB\u00DFY-1\r");
    SECTION("with the remap")
    {
        WedgeConfig config;
        config.remap = WedgeConfig::usScannerOnGermanHost();
        config.expectAim = true;
        Feeder f(config);
        f.keys(arrived, 2);
        REQUIRE(f.out.size() == 1);
        CHECK(f.out[0].kind == Kind::Scan);
        CHECK(f.out[0].text == QStringLiteral("]d2010950110153000310AB-Z/1"));
        CHECK(f.out[0].layoutProblem.isEmpty());
        CHECK(outcome(ScanDecoder::decode(f.out[0].text, today())) ==
              QStringLiteral("(01)09501101530003(10)AB-Z/1"));
        SECTION("typing is never remapped")
        {
            Feeder typing(config);
            typing.keys(QStringLiteral("yz+\r"), 150).settle();
            CHECK(typing.all() == QStringLiteral("yz+\r"));
        }
    }
    SECTION("without it, the AIM check names the problem")
    {
        WedgeConfig config;
        config.expectAim = true;
        Feeder f(config);
        f.keys(arrived, 2);
        REQUIRE(f.out.size() == 1);
        CHECK(f.out[0].kind == Kind::Scan);
        CHECK(f.out[0].layoutProblem.contains(QStringLiteral("'+'")));
        CHECK(f.out[0].layoutProblem.contains(QStringLiteral("German")));
    }
    SECTION("the remap table maps each arriving character to one meant character, and back uniquely")
    {
        const QHash<QChar, QChar> remap = WedgeConfig::usScannerOnGermanHost();
        QSet<QChar> meant;
        for (auto it = remap.begin(); it != remap.end(); ++it)
            meant.insert(it.value());
        CHECK(meant.size() == remap.size());
        CHECK(remap.value(QLatin1Char('+')) == QLatin1Char(']'));
        CHECK(remap.value(QLatin1Char('y')) == QLatin1Char('z'));
    }
}

TEST_CASE("flush hands every held key back as typing", "[wedge]")
{
    WedgeDetector detector;
    for (QChar key : QStringLiteral("]E0590"))
        CHECK(detector.feed(key, 1000).isEmpty());
    const QList<WedgeOutput> out = detector.flush();
    REQUIRE(out.size() == 1);
    CHECK(out[0].kind == Kind::Typed);
    CHECK(out[0].text == QStringLiteral("]E0590"));
    CHECK(detector.pending().isEmpty());
    CHECK(!detector.deadline());
}
