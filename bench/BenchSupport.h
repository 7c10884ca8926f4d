#pragma once

// What every benchmark program shares: failing out cleanly, percentiles, and the printed table.

#include "Result.h"
#include "Store.h"

#include <QList>
#include <QProcess>
#include <QString>
#include <QTextStream>

#include <chrono>
#include <memory>
#include <vector>

namespace wh::bench {

QTextStream& out();

// Thrown on any failure, so the stores close and the temporary folder goes before main returns 1.
struct BenchFailure
{
    QString what;
};

[[noreturn]] void die(const QString& what);

template <typename T> T check(Result<T> result, const QString& what)
{
    if (!result)
        die(what + QStringLiteral(": ") + result.error().toString());
    return std::move(result).value();
}

void check(const Status& status, const QString& what);

// The benchmarks act as an admin: the permission check is on the path they time, like every action's.
const Actor& benchActor();

db::StoreOptions optionsFor(db::StoreOptions::Durability durability);

double median(std::vector<double> values);
// Nearest-rank percentile of sorted values (0 when there are none).
double percentile(const std::vector<double>& sorted, double p);
// The share of sorted times above a limit, in percent.
QString share(const std::vector<double>& sorted, double limit);
QString num(double value, int decimals = 0);
QString ratio(double value);

// A fixed-width table row: the first column left-aligned, the others right-aligned.
void row(const QList<QString>& cells, const QList<int>& widths, int indent = 0);

using Stopwatch = std::chrono::steady_clock;
double microsSince(Stopwatch::time_point start);

// The reference central service acknowledging everything of `warehouse` (central-sim --ack-only) until it has
// applied `expect` events; returns once it is subscribed, or dies saying why.
std::unique_ptr<QProcess> startAckOnlyCentral(const QString& centralSim, const QString& uri,
                                              const QString& warehouse, const QString& storePath,
                                              std::int64_t expect);

// Runs a benchmark's body and turns a failure into its message and exit code 1.
template <typename F> int guarded(F&& body)
{
    try {
        return body();
    } catch (const BenchFailure& failure) {
        out() << Qt::endl << "FAILED: " << failure.what << Qt::endl;
        return 1;
    }
}

} // namespace wh::bench
