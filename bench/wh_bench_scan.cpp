// wh_bench_scan: from a scanner's bytes to the decoded scan event on the main (GUI) thread. Each scan is
// written into the device end of a socat pty pair, one at a time, and timed from the write of its bytes to
// the moment the ScannerHub's scanned() signal reaches the main thread: the port read on the scanner thread,
// the split on the suffix, ScanDecoder, the double-read rule, and the queued hand-over. The baseline, over
// the same pty in alternating rounds, is the bare minimum: the raw fd read with a QSocketNotifier on the main
// thread and split on CR, nothing decoded. Both include the pty and socat hop; the ratio is the hub's cost.

#include "BenchSupport.h"
#include "PtyPair.h"
#include "ScannerHub.h"
#include "StringScanSource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QSocketNotifier>
#include <QTimer>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <vector>

using namespace wh;
using namespace wh::bench;
using namespace wh::devices;

namespace {

// Scans as scanners at a packing station send them: GS1-128 and GS1 DataMatrix with GS separators, EAN-13,
// a plain Code 128 and a QR code. Consecutive scans differ, so none is a double read.
const QList<QByteArray> kScans{
    QByteArrayLiteral("]C1010950110153000317251231"
                      "10ABC123\x1D"
                      "21XYZ0001\r"),
    QByteArrayLiteral("]E05901234123457\r"),
    QByteArrayLiteral("]d201095011015300031726053110LOT7\x1D"
                      "21S12345\x1D"
                      "3103000500\r"),
    QByteArrayLiteral("]C0BIN-A-07-3\r"),
    QByteArrayLiteral("]C100106141411234567897\r"),
    QByteArrayLiteral("]Q1TOTE-0042\r"),
};

class ScannerEnd
{
public:
    explicit ScannerEnd(const QString& path)
    {
        m_fd = ::open(path.toLocal8Bit().constData(), O_WRONLY | O_NOCTTY);
        if (m_fd < 0)
            die(QStringLiteral("cannot open the pty's device end %1").arg(path));
    }
    ~ScannerEnd() { ::close(m_fd); }
    void write(const QByteArray& bytes)
    {
        if (::write(m_fd, bytes.constData(), size_t(bytes.size())) != ssize_t(bytes.size()))
            die(QStringLiteral("short write to the pty"));
    }

private:
    int m_fd = -1;
};

// Waits in the main thread's event loop until `done` is set (or fails after 5 s: nothing was delivered).
void waitFor(QEventLoop& loop, const bool& done)
{
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, [&] { loop.exit(1); });
    guard.start(5000);
    while (!done)
        if (loop.exec() != 0)
            die(QStringLiteral("no scan delivered within 5 s"));
}

// The hub side: one serial scanner on the scanner thread, events on this thread.
class HubSide
{
public:
    HubSide(const QString& path, const Clock& clock)
        : m_hub(clock)
    {
        const auto config = ScannerConfig::parse(path + QStringLiteral(",station=bench,id=bench,suffix=cr"));
        if (!config)
            die(config.error().toString());
        check(m_hub.addScanner(*config), QStringLiteral("add scanner"));
        QObject::connect(&m_hub, &ScannerHub::scanned, &m_loop, [this](const StationScan& scan) {
            m_at = Stopwatch::now();
            m_last = scan;
            m_done = true;
            m_loop.quit();
        });
        QObject::connect(&m_hub, &ScannerHub::doubleRead, &m_loop, [this](const StationScan&) {
            m_doubleRead = true;
            m_done = true;
            m_loop.quit();
        });
        QObject::connect(&m_hub, &ScannerHub::scannerStateChanged, &m_loop,
                         [this](const QString&, ScannerState state, const QString&) {
                             if (state == ScannerState::Connected)
                                 ++m_connects;
                         });
    }

    // Starts the hub and waits for this start's own "connected" (not one left over from the round before).
    void open()
    {
        const int expected = m_connects + 1;
        m_hub.start();
        QEventLoop wait;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &wait, [&] {
            if (m_connects >= expected)
                wait.quit();
        });
        poll.start(1);
        QTimer::singleShot(5000, &wait, [&] { wait.exit(1); });
        if (wait.exec() != 0)
            die(QStringLiteral("the scanner did not connect: ") + m_hub.stateReason(QStringLiteral("bench")));
    }
    void close() { m_hub.stop(); }

    double measure(ScannerEnd& device, const QByteArray& scan)
    {
        m_done = false;
        const Stopwatch::time_point start = Stopwatch::now();
        device.write(scan);
        waitFor(m_loop, m_done);
        if (m_doubleRead)
            die(QStringLiteral("a scan was taken for a double read"));
        if (!m_last.event.ok() || m_last.event.raw.toLatin1() != scan.chopped(1))
            die(QStringLiteral("the hub delivered another scan than was sent: ") + m_last.event.raw +
                QStringLiteral(" / ") + m_last.event.reason);
        return std::chrono::duration<double, std::micro>(m_at - start).count();
    }

private:
    ScannerHub m_hub;
    QEventLoop m_loop;
    bool m_done = false;
    bool m_doubleRead = false;
    int m_connects = 0;
    Stopwatch::time_point m_at;
    StationScan m_last;
};

// The hub without the pty: the same scans fed as strings to the test backend on the scanner thread, decoded
// there and handed back queued. What is left is the decode and the two thread hand-overs, without the kernel
// and socat, so the hub's own share of the tail can be told from the machine's.
class FedSide
{
public:
    explicit FedSide(const Clock& clock)
        : m_hub(clock)
    {
        auto source =
            std::make_unique<StringScanSource>(QStringLiteral("fed"), QStringLiteral("bench"), clock);
        m_source = source.get();
        check(m_hub.addSource(std::move(source)), QStringLiteral("add source"));
        QObject::connect(&m_hub, &ScannerHub::scanned, &m_loop, [this](const StationScan& scan) {
            m_at = Stopwatch::now();
            m_last = scan;
            m_done = true;
            m_loop.quit();
        });
        m_hub.start();
    }

    void open() {}
    void close() {}

    double measure(ScannerEnd&, const QByteArray& scan)
    {
        const QString text = QString::fromLatin1(scan.chopped(1));
        m_done = false;
        const Stopwatch::time_point start = Stopwatch::now();
        m_source->feed(text);
        waitFor(m_loop, m_done);
        if (!m_last.event.ok() || m_last.event.raw != text)
            die(QStringLiteral("the fed hub delivered another scan than was sent"));
        return std::chrono::duration<double, std::micro>(m_at - start).count();
    }

private:
    ScannerHub m_hub;
    StringScanSource* m_source = nullptr;
    QEventLoop m_loop;
    bool m_done = false;
    Stopwatch::time_point m_at;
    StationScan m_last;
};

// The baseline: the appliance end read raw on this thread, lines split on CR, nothing else.
class RawSide
{
public:
    explicit RawSide(const QString& path)
        : m_path(path)
    {}

    void open()
    {
        m_fd = ::open(m_path.toLocal8Bit().constData(), O_RDONLY | O_NOCTTY | O_NONBLOCK);
        if (m_fd < 0)
            die(QStringLiteral("cannot open %1").arg(m_path));
        termios tio{};
        if (::tcgetattr(m_fd, &tio) == 0) {
            ::cfmakeraw(&tio);
            ::tcsetattr(m_fd, TCSANOW, &tio);
        }
        m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, &m_loop, [this] { onReadable(); });
    }
    void close()
    {
        m_notifier.reset();
        ::close(m_fd);
        m_fd = -1;
    }

    double measure(ScannerEnd& device, const QByteArray& scan)
    {
        m_done = false;
        const Stopwatch::time_point start = Stopwatch::now();
        device.write(scan);
        waitFor(m_loop, m_done);
        if (m_line != scan.chopped(1))
            die(QStringLiteral("the baseline read another line than was sent"));
        return std::chrono::duration<double, std::micro>(m_at - start).count();
    }

private:
    void onReadable()
    {
        char chunk[4096];
        const ssize_t n = ::read(m_fd, chunk, sizeof chunk);
        if (n <= 0)
            return;
        m_buffer.append(chunk, n);
        const qsizetype end = m_buffer.indexOf('\r');
        if (end < 0)
            return;
        m_at = Stopwatch::now();
        m_line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        m_done = true;
        m_loop.quit();
    }

    QString m_path;
    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QEventLoop m_loop;
    QByteArray m_buffer;
    QByteArray m_line;
    bool m_done = false;
    Stopwatch::time_point m_at;
};

int run(QCoreApplication& app)
{
    QCoreApplication::setApplicationName(QStringLiteral("wh_bench_scan"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures scan bytes in -> decoded scan event on the "
                                                    "main thread, side by side with a raw pty read."));
    parser.addHelpOption();
    auto option = [](const char* name, const char* help, const char* value) {
        return QCommandLineOption(QLatin1String(name), QLatin1String(help), QStringLiteral("n"),
                                  QLatin1String(value));
    };
    const QCommandLineOption scansOption = option("scans", "Timed scans per side (default 5000).", "5000");
    const QCommandLineOption roundsOption =
        option("rounds", "Alternating rounds per side (default 10).", "10");
    const QCommandLineOption warmOption =
        option("warm-up", "Untimed scans per side at the start of each round (default 20).", "20");
    parser.addOptions({scansOption, roundsOption, warmOption});
    parser.process(app);
    auto positive = [&](const QCommandLineOption& o) {
        bool ok = false;
        const int value = parser.value(o).toInt(&ok);
        if (!ok || value < 0 || (value == 0 && o.names().constFirst() != QLatin1String("warm-up")))
            die(QStringLiteral("--%1 needs a positive number").arg(o.names().constFirst()));
        return value;
    };
    const int scans = positive(scansOption);
    const int rounds = positive(roundsOption);
    const int warmUp = positive(warmOption);
    const int perRound = std::max(1, scans / rounds);

    wh::test::PtyPair pty;
    if (!pty.start())
        die(pty.error());
    ScannerEnd device(pty.deviceEnd());
    SystemClock clock;
    HubSide hub(pty.applianceEnd(), clock);
    RawSide raw(pty.applianceEnd());
    FedSide fed(clock);

    std::vector<double> hubTimes;
    std::vector<double> rawTimes;
    std::vector<double> fedTimes;
    qsizetype next = 0;
    auto runSide = [&](auto& side, std::vector<double>* times) {
        side.open();
        for (int i = 0; i < warmUp + perRound; ++i) {
            const double us = side.measure(device, kScans[next++ % kScans.size()]);
            if (i >= warmUp && times)
                times->push_back(us);
        }
        side.close();
    };
    // The side that goes first alternates, so neither always meets a just-woken pty.
    for (int round = 0; round < rounds; ++round) {
        if (round % 2 == 0) {
            runSide(hub, &hubTimes);
            runSide(raw, &rawTimes);
        } else {
            runSide(raw, &rawTimes);
            runSide(hub, &hubTimes);
        }
        runSide(fed, &fedTimes);
    }
    std::sort(hubTimes.begin(), hubTimes.end());
    std::sort(rawTimes.begin(), rawTimes.end());
    std::sort(fedTimes.begin(), fedTimes.end());

    out()
        << "wh_bench_scan: " << hubTimes.size() << " scans per side in " << rounds << " alternating rounds, "
        << kScans.size() << " kinds of scan (GS1-128, GS1 DataMatrix, EAN-13, "
        << "Code 128, QR)" << Qt::endl
        << "   hub = bytes into the pty -> ScannerHub::scanned() on the main thread (scanner thread: read, "
           "split, ScanDecoder, double-read rule, queued hand-over)"
        << Qt::endl
        << "   raw = bytes into the same pty -> QSocketNotifier + read() on the main thread, split on CR, "
           "no decode"
        << Qt::endl
        << "   hub, fed = the same scans fed as strings to the hub's test backend (StringScanSource): decode "
           "and the two thread hand-overs, no pty"
        << Qt::endl
        << Qt::endl;
    const QList<int> widths{10, 8, 8, 8, 8, 8};
    row({QStringLiteral("side (us)"), QStringLiteral("p50"), QStringLiteral("p95"), QStringLiteral("p99"),
         QStringLiteral("max"), QStringLiteral("mean")},
        widths);
    auto mean = [](const std::vector<double>& v) {
        double sum = 0;
        for (double x : v)
            sum += x;
        return v.empty() ? 0.0 : sum / double(v.size());
    };
    auto figures = [&](const QString& name, const std::vector<double>& times) {
        row({name, num(percentile(times, 50), 0), num(percentile(times, 95), 0),
             num(percentile(times, 99), 0), num(times.back(), 0), num(mean(times), 0)},
            widths);
    };
    figures(QStringLiteral("hub"), hubTimes);
    figures(QStringLiteral("raw"), rawTimes);
    row({QStringLiteral("hub/raw"), ratio(percentile(hubTimes, 50) / percentile(rawTimes, 50)),
         ratio(percentile(hubTimes, 95) / percentile(rawTimes, 95)),
         ratio(percentile(hubTimes, 99) / percentile(rawTimes, 99)), ratio(hubTimes.back() / rawTimes.back()),
         ratio(mean(hubTimes) / mean(rawTimes))},
        widths);
    figures(QStringLiteral("hub, fed"), fedTimes);
    const double p99 = percentile(hubTimes, 99);
    out() << Qt::endl
          << "   hub - raw at p50: " << num(percentile(hubTimes, 50) - percentile(rawTimes, 50), 0)
          << " us (the hub's own cost per scan)" << Qt::endl
          << "   target hub p99 < 2000 us: " << (p99 < 2000 ? "met" : "NOT met") << " (" << num(p99, 0)
          << " us; only reported, a smoke run never fails on speed)" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    return guarded([&] { return run(app); });
}
