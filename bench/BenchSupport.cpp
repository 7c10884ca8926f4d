#include "BenchSupport.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace wh::bench {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

void die(const QString& what)
{
    throw BenchFailure{what};
}

void check(const Status& status, const QString& what)
{
    if (!status)
        die(what + QStringLiteral(": ") + status.error().toString());
}

const Actor& benchActor()
{
    static const Actor actor{QStringLiteral("bench"), QStringLiteral("bench-station"), Role::Admin, {}};
    return actor;
}

db::StoreOptions optionsFor(db::StoreOptions::Durability durability)
{
    db::StoreOptions options;
    options.durability = durability;
    return options;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double percentile(const std::vector<double>& sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto rank = std::size_t(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

QString share(const std::vector<double>& sorted, double limit)
{
    const auto above = sorted.end() - std::upper_bound(sorted.begin(), sorted.end(), limit);
    return num(sorted.empty() ? 0.0 : 100.0 * double(above) / double(sorted.size()), 1) + QLatin1Char('%');
}

QString num(double value, int decimals)
{
    return QLocale::c().toString(value, 'f', decimals);
}

QString ratio(double value)
{
    return num(value, 2) + QLatin1Char('x');
}

void row(const QList<QString>& cells, const QList<int>& widths, int indent)
{
    QString line(indent, QLatin1Char(' '));
    for (qsizetype i = 0; i < cells.size(); ++i)
        line += i == 0 ? cells[i].leftJustified(widths[i])
                       : QLatin1String("  ") + cells[i].rightJustified(widths[i]);
    out() << line << Qt::endl;
}

double microsSince(Stopwatch::time_point start)
{
    return std::chrono::duration<double, std::micro>(Stopwatch::now() - start).count();
}

std::unique_ptr<QProcess> startAckOnlyCentral(const QString& centralSim, const QString& uri,
                                              const QString& warehouse, const QString& storePath,
                                              std::int64_t expect)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->start(centralSim, {QStringLiteral("--broker"), uri, QStringLiteral("--warehouse"), warehouse,
                                QStringLiteral("--store"), storePath, QStringLiteral("--ack-only"),
                                QStringLiteral("--expect-events"), QString::number(expect),
                                QStringLiteral("--timeout-s"), QStringLiteral("600")});
    if (!process->waitForStarted(5000))
        die(QStringLiteral("central-sim did not start: %1").arg(process->errorString()));
    // It says when it is subscribed.
    QByteArray seen;
    const auto start = Stopwatch::now();
    while (!seen.contains("ready") && microsSince(start) < 10e6) {
        process->waitForReadyRead(100);
        seen += process->readAll();
    }
    if (!seen.contains("ready"))
        die(QStringLiteral("central-sim did not get ready: %1").arg(QString::fromUtf8(seen)));
    return process;
}

} // namespace wh::bench
