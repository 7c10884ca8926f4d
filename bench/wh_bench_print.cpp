// wh_bench_print: labels per second from the print queue to a (fake) network printer, side by side in the
// same run with two bare-socket baselines that send the same bytes to the same printer:
//   stream = one connection, every label written back to back (the wire's ceiling);
//   status = one connection, each label between an ~HS before and an ~HS after, as the spooler does, but
//            nothing stored (the printer protocol's own cost).
// spooler = the real path: PrintSpooler on its worker thread, SqlPrintQueue at synchronous=FULL (a job
// marked 'sending' before its first byte and 'printed' after the confirming ~HS), TcpPrinterTransport.
// spooler/status is the price of the exactly-once bookkeeping; spooler/stream the price of it all.

#include "BenchSupport.h"
#include "FakePrinter.h"
#include "PrinterWorker.h"
#include "SqlPrintQueue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <vector>

using namespace wh;
using namespace wh::bench;
using namespace wh::devices;

namespace {

// A shipping label's worth of ZPL: fields, a barcode, and a marker that makes each one unique.
QByteArray labelBytes(std::int64_t n, int size)
{
    QByteArray zpl = "^XA^CI28^PW812^LL1218^FO40,40^A0N,50,50^FDJOB " + QByteArray::number(n) +
                     "^FS^FO40,120^BY3^BCN,200,Y,N,N^FD>;" + QByteArray::number(1000000000 + n) + "^FS";
    while (zpl.size() < size - 3)
        zpl += "^FO40,400^A0N,30,30^FDShip to: Warehouse Street 1, 12345 Town^FS";
    return zpl + "^XZ";
}

// Runs the event loop (the fake printer lives on this thread) until `done` or the limit.
template <typename F> bool spin(F done, int limitMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > limitMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (!done())
            QThread::usleep(200);
    }
    return true;
}

// The bare client, on a thread of its own (the fake printer needs this thread's event loop).
class RawClient : public QThread
{
public:
    RawClient(quint16 port, QList<QByteArray> labels, bool withStatus)
        : m_port(port)
        , m_labels(std::move(labels))
        , m_withStatus(withStatus)
    {}
    QString error;

protected:
    void run() override
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        if (!socket.waitForConnected(5000)) {
            error = socket.errorString();
            return;
        }
        socket.setSocketOption(QAbstractSocket::LowDelayOption, 1); // as the spooler's transport
        auto flush = [&] {
            while (socket.bytesToWrite() > 0)
                if (!socket.waitForBytesWritten(10000))
                    return false;
            return true;
        };
        // An ~HS answer is three frames: wait for the third <ETX>.
        auto askStatus = [&] {
            socket.write("~HS");
            if (!flush())
                return false;
            QByteArray answer;
            while (answer.count('\x03') < 3) {
                if (!socket.waitForReadyRead(5000))
                    return false;
                answer += socket.readAll();
            }
            return true;
        };
        for (const QByteArray& label : std::as_const(m_labels)) {
            if (m_withStatus && !askStatus()) {
                error = QStringLiteral("no status answer");
                return;
            }
            socket.write(label);
            if (m_withStatus && (!flush() || !askStatus())) {
                error = QStringLiteral("no status answer after a label");
                return;
            }
        }
        if (!flush())
            error = socket.errorString();
        socket.disconnectFromHost();
        if (socket.state() != QAbstractSocket::UnconnectedState)
            socket.waitForDisconnected(5000);
    }

private:
    quint16 m_port;
    QList<QByteArray> m_labels;
    bool m_withStatus;
};

struct Figures
{
    std::vector<double> spooler;
    std::vector<double> status;
    std::vector<double> stream;
};

int run(QCoreApplication& app)
{
    QCoreApplication::setApplicationName(QStringLiteral("wh_bench_print"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Labels per second through the print queue and spooler, beside bare socket writes."));
    parser.addHelpOption();
    const QCommandLineOption jobsOption(QStringLiteral("jobs"),
                                        QStringLiteral("Labels per round (default 300)."),
                                        QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Alternating rounds per side (default 5)."),
                                          QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption sizeOption(QStringLiteral("label-bytes"),
                                        QStringLiteral("Bytes of ZPL per label (default 2000)."),
                                        QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("Folder for the store file (default: a temporary folder)."),
        QStringLiteral("path"));
    parser.addOptions({jobsOption, roundsOption, sizeOption, dirOption});
    parser.process(app);
    auto positive = [&](const QCommandLineOption& option) {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value <= 0)
            die(QStringLiteral("--%1 needs a positive number").arg(option.names().constFirst()));
        return value;
    };
    const int jobs = positive(jobsOption);
    const int rounds = positive(roundsOption);
    const int size = std::max(positive(sizeOption), 200);

    std::optional<QTemporaryDir> temporary;
    const QString base = parser.value(dirOption);
    temporary.emplace(base.isEmpty() ? QDir::temp().filePath(QStringLiteral("wh_bench_print-XXXXXX"))
                                     : QDir(base).filePath(QStringLiteral("wh_bench_print-XXXXXX")));
    if (!temporary->isValid())
        die(QStringLiteral("cannot create a folder for the store"));
    const QString path = QDir(temporary->path()).filePath(QStringLiteral("warehouse.db"));

    auto queue = check(db::SqlPrintQueue::open(path), QStringLiteral("open the print queue"));
    wh::test::FakePrinter printer;
    if (!printer.listen())
        die(QStringLiteral("the fake printer cannot listen on 127.0.0.1"));
    const PrinterConfig config =
        check(PrinterConfig::parse(QStringLiteral("tcp://127.0.0.1:%1,name=bench").arg(printer.port())),
              QStringLiteral("printer spec"));
    PrintSpooler::Options options;
    options.pollMs = 1000;

    out() << "wh_bench_print: print queue + spooler vs bare socket writes, side by side in one run"
          << Qt::endl
          << "Qt " << qVersion() << ", " << jobs << " labels of " << size << " bytes per round, " << rounds
          << " rounds per side (spooler, status, stream, ...), median round; store in " << temporary->path()
          << Qt::endl
          << Qt::endl;

    std::int64_t next = 0;
    std::int64_t keyNo = 0;
    auto makeLabels = [&] {
        QList<QByteArray> labels;
        for (int i = 0; i < jobs; ++i)
            labels.append(labelBytes(next++, size));
        return labels;
    };
    auto rate = [&](qint64 ns) {
        return double(jobs) * 1e9 / double(std::max<qint64>(ns, 1));
    };

    auto spoolerRound = [&] {
        const QList<QByteArray> labels = makeLabels();
        for (const QByteArray& label : labels) {
            const QString key = QStringLiteral("bench-%1").arg(keyNo++);
            check(queue->enqueue(NewPrintJob{config.name, QStringLiteral("bench"),
                                             QStringLiteral("shipping_label"), key, key, label}),
                  QStringLiteral("enqueue"));
        }
        const qsizetype before = printer.labels().size();
        int printed = 0;
        PrinterWorker worker(config, options, [path]() -> Result<std::unique_ptr<PrintJobStore>> {
            auto q = db::SqlPrintQueue::open(path);
            if (!q)
                return q.error();
            return std::unique_ptr<PrintJobStore>(std::move(q).value());
        });
        QObject context;
        QObject::connect(worker.spooler(), &PrintSpooler::jobPrinted, &context,
                         [&printed](qint64) { ++printed; });
        QElapsedTimer timer;
        timer.start();
        worker.start();
        if (!spin([&] { return printed == jobs; }, 600000))
            die(QStringLiteral("the spooler printed %1 of %2 labels").arg(printed).arg(jobs));
        const qint64 ns = timer.nsecsElapsed();
        if (printer.labels().size() - before != jobs)
            die(QStringLiteral("the printer got %1 labels, not %2")
                    .arg(printer.labels().size() - before)
                    .arg(jobs));
        return rate(ns);
    };
    auto rawRound = [&](bool withStatus) {
        const QList<QByteArray> labels = makeLabels();
        const qsizetype before = printer.labels().size();
        RawClient client(printer.port(), labels, withStatus);
        QElapsedTimer timer;
        timer.start();
        client.start();
        if (!spin([&] { return printer.labels().size() - before == jobs; }, 600000))
            die(QStringLiteral("the bare client got %1 of %2 labels across")
                    .arg(printer.labels().size() - before)
                    .arg(jobs));
        const qint64 ns = timer.nsecsElapsed();
        spin([&] { return client.isFinished(); }, 10000);
        client.wait();
        if (!client.error.isEmpty())
            die(QStringLiteral("bare client: ") + client.error);
        return rate(ns);
    };

    // Untimed warm-up: the file grown, the statements prepared, the connections made once.
    (void)spoolerRound();
    (void)rawRound(true);
    (void)rawRound(false);
    Figures f;
    for (int round = 0; round < rounds; ++round) {
        f.spooler.push_back(spoolerRound());
        f.status.push_back(rawRound(true));
        f.stream.push_back(rawRound(false));
    }
    // Every label the printer got, once: what each side sent arrived whole and nothing twice.
    QSet<QByteArray> seen;
    for (const QByteArray& label : printer.labels())
        if (seen.contains(label))
            die(QStringLiteral("a label reached the printer twice"));
        else
            seen.insert(label);

    const double spooler = median(f.spooler);
    const double status = median(f.status);
    const double stream = median(f.stream);
    auto range = [](const std::vector<double>& v) {
        const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
        return QStringLiteral("(%1-%2)").arg(num(*lo), num(*hi));
    };
    const QList<int> widths{24, 10, 17};
    row({QStringLiteral("side"), QStringLiteral("labels/s"), QStringLiteral("(round min-max)")}, widths);
    row({QStringLiteral("spooler (queue + status)"), num(spooler), range(f.spooler)}, widths);
    row({QStringLiteral("bare, ~HS before/after"), num(status), range(f.status)}, widths);
    row({QStringLiteral("bare stream"), num(stream), range(f.stream)}, widths);
    out() << Qt::endl
          << "spooler/status " << ratio(spooler / status)
          << "  (the exactly-once bookkeeping: two FULL commits and "
          << "a read per label)" << Qt::endl
          << "spooler/stream " << ratio(spooler / stream)
          << "  (everything: status round trips and the store)" << Qt::endl
          << "Checked: each side's labels all arrived, complete, none twice (" << printer.labels().size()
          << " labels)." << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    return guarded([&] { return run(app); });
}
