// wh_bench_count: stock control's two multi-line paths on a real store at synchronous=FULL, each measured
// side by side with the same number of plain Store::adjust actions in the same run: a cycle count of one bin
// with N lines (N recorded lines, then the submit that posts N corrections in one transaction) and a customer
// return of N lines against an RMA (N scanned and restocked items, then the close that sends ReturnReceived).
// The rounds alternate the three, so the disk's moods fall on all of them alike; the ratios are what carries
// from one machine to another.

#include "BenchSupport.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <vector>

using namespace wh;
using namespace wh::db;
using namespace wh::bench;

namespace {

const Actor& kActor = benchActor();
const QString kTenant = QStringLiteral("bench");
const QString kCountBin = QStringLiteral("COUNT-01");
const QString kBaseBin = QStringLiteral("BASE-01");
const QString kReturnBin = QStringLiteral("RET-01");

QString skuCode(int i)
{
    return QStringLiteral("SKU-%1").arg(i, 5, 10, QLatin1Char('0'));
}

struct Samples
{
    std::vector<double> countLine;   // one recordCountLine, us
    std::vector<double> countSubmit; // one submit of N lines, us
    std::vector<double> countTotal;  // N lines + submit, us
    std::vector<double> returnItem;  // one receiveReturnItem, us
    std::vector<double> returnTotal; // N items + close, us
    std::vector<double> adjust;      // one Store::adjust, us
    std::vector<double> adjustTotal; // N adjusts, us
};

void sortAll(Samples& s)
{
    for (auto* v : {&s.countLine, &s.countSubmit, &s.countTotal, &s.returnItem, &s.returnTotal, &s.adjust,
                    &s.adjustTotal})
        std::sort(v->begin(), v->end());
}

int run(QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Cycle count and return paths against plain adjustments."));
    parser.addHelpOption();
    const QCommandLineOption linesOption(QStringLiteral("lines"),
                                         QStringLiteral("Lines per count and return (N)."),
                                         QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Counts and returns measured."), QStringLiteral("n"),
                                          QStringLiteral("20"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("Folder for the temporary store."), QStringLiteral("path"));
    parser.addOptions({linesOption, roundsOption, dirOption});
    parser.process(app);
    const int lines = parser.value(linesOption).toInt();
    const int rounds = parser.value(roundsOption).toInt();
    if (lines < 1 || rounds < 1)
        die(QStringLiteral("--lines and --rounds must be at least 1"));
    QTemporaryDir dir(parser.isSet(dirOption)
                          ? parser.value(dirOption) + QStringLiteral("/wh_bench_count-XXXXXX")
                          : QString());
    if (!dir.isValid())
        die(QStringLiteral("cannot create a temporary folder"));

    auto store = check(
        Store::open(dir.filePath(QStringLiteral("count.db")), optionsFor(StoreOptions::Durability::Full)),
        QStringLiteral("open"));
    check(store->registerTenant(Tenant{kTenant, QStringLiteral("Bench Ltd")}, kActor),
          QStringLiteral("tenant"));
    const TenantContext t = check(store->tenant(kTenant), QStringLiteral("tenant"));
    // Master data and stock in one batch: enough units that no path crosses a low-stock threshold.
    QList<Store::Handler> setup;
    for (const QString& bin : {kCountBin, kBaseBin, kReturnBin}) {
        const Location l{bin, QStringLiteral("A"), LocationType::Bulk, 1};
        setup.append([l](Inventory& inv) { return inv.defineLocation(l); });
    }
    for (int i = 0; i < lines; ++i) {
        Sku sku;
        sku.code = skuCode(i);
        setup.append([sku](Inventory& inv) { return inv.defineSku(sku); });
        for (const QString& bin : {kCountBin, kBaseBin, kReturnBin}) {
            const ReceiveStock r{sku.code, bin, {}, {}, 100000};
            setup.append([r](Inventory& inv) { return inv.receive(r); });
        }
    }
    check(store->executeBatch(t, kActor, setup), QStringLiteral("master data and stock"));
    check(store->setCountTolerance(t, kActor, {5, 0}), QStringLiteral("tolerance"));

    Samples s;
    for (int round = 0; round < rounds; ++round) {
        // The count: one unit short on every line, within tolerance, so the submit posts N corrections.
        const ActionReceipt created =
            check(store->createCount(t, kActor, {{kCountBin}, {}}), QStringLiteral("create count"));
        const QString countId = created.events.first().aggregateId;
        const std::int64_t onHand = 100000 - round;
        auto countStart = Stopwatch::now();
        for (int i = 0; i < lines; ++i) {
            const auto start = Stopwatch::now();
            check(store->recordCountLine(t, kActor, {countId, kCountBin, skuCode(i), {}, onHand - 1, {}}),
                  QStringLiteral("count line"));
            s.countLine.push_back(microsSince(start));
        }
        const auto submitStart = Stopwatch::now();
        const CountSubmitResult submitted =
            check(store->submitCount(t, kActor, countId), QStringLiteral("submit"));
        s.countSubmit.push_back(microsSince(submitStart));
        s.countTotal.push_back(microsSince(countStart));
        if (submitted.status != CountStatus::Posted)
            die(QStringLiteral("count %1 was not posted").arg(countId));

        // The baseline: the same number of plain adjustments.
        const auto adjustStart = Stopwatch::now();
        for (int i = 0; i < lines; ++i) {
            const auto start = Stopwatch::now();
            check(store->adjust(t, kActor, {skuCode(i), kBaseBin, {}, {}, -1, AdjustReason::Damaged}),
                  QStringLiteral("adjust"));
            s.adjust.push_back(microsSince(start));
        }
        s.adjustTotal.push_back(microsSince(adjustStart));

        // The return: an RMA of one unit of each SKU, every item restocked.
        ReturnAuthorization rma;
        rma.rmaId = QStringLiteral("RMA-%1").arg(round);
        for (int i = 0; i < lines; ++i)
            rma.lines.append(RmaLine{skuCode(i), 1});
        check(store->authorizeReturn(t, kActor, rma), QStringLiteral("authorise"));
        const ActionReceipt opened =
            check(store->openReturn(t, kActor, {{}, rma.rmaId}), QStringLiteral("open"));
        const QString returnId = opened.events.first().aggregateId;
        const auto returnStart = Stopwatch::now();
        for (int i = 0; i < lines; ++i) {
            const auto start = Stopwatch::now();
            check(store->receiveReturnItem(
                      t, kActor, {returnId, skuCode(i), {}, {}, 1, ReturnDisposition::Restock, kReturnBin}),
                  QStringLiteral("return item"));
            s.returnItem.push_back(microsSince(start));
        }
        check(store->closeReturn(t, kActor, returnId), QStringLiteral("close return"));
        s.returnTotal.push_back(microsSince(returnStart));
    }
    sortAll(s);

    out() << "wh_bench_count: " << lines << " lines a count and a return, " << rounds
          << " rounds, synchronous=FULL" << Qt::endl
          << Qt::endl;
    const QList<int> widths{34, 10, 10, 14, 14};
    row({QStringLiteral("path (us)"), QStringLiteral("p50"), QStringLiteral("p99"),
         QStringLiteral("p50 / adjust"), QStringLiteral("p99 / adjust")},
        widths);
    const auto line = [&](const QString& what, const std::vector<double>& v,
                          const std::vector<double>& base) {
        row({what, num(percentile(v, 50)), num(percentile(v, 99)),
             ratio(percentile(v, 50) / percentile(base, 50)),
             ratio(percentile(v, 99) / percentile(base, 99))},
            widths);
    };
    line(QStringLiteral("Store::adjust (baseline)"), s.adjust, s.adjust);
    line(QStringLiteral("record a count line"), s.countLine, s.adjust);
    line(QStringLiteral("receive a return item (restock)"), s.returnItem, s.adjust);
    out() << Qt::endl;
    row({QStringLiteral("N lines at once (us)"), QStringLiteral("p50"), QStringLiteral("p99"),
         QStringLiteral("p50 / N adj."), QStringLiteral("p99 / N adj.")},
        widths);
    line(QStringLiteral("N adjusts (baseline)"), s.adjustTotal, s.adjustTotal);
    line(QStringLiteral("submit a count of N lines"), s.countSubmit, s.adjustTotal);
    line(QStringLiteral("count: N lines + submit"), s.countTotal, s.adjustTotal);
    line(QStringLiteral("return: N items + close"), s.returnTotal, s.adjustTotal);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    return guarded([&] { return run(app); });
}
