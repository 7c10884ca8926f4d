// /metrics and /healthz of the running appliance over real HTTP on loopback (docs/operations.md, "Metrics and
// health"): the figures move with the appliance's own actions and parse as the Prometheus text format
// (checked by the Python client library's own parser), /healthz names the part that is unwell, a taken port
// stops the appliance with exit 2, and the default address is loopback only.
#include "ApplianceRun.h"
#include "FakePrinter.h"
#include "MosquittoBroker.h"
#include "PtyPair.h"
#include "TryMacros.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <optional>

namespace {

struct Reply
{
    int status = -1; // -1: no answer (refused, or nothing came)
    QByteArray contentType;
    QByteArray body;
};

// One GET over a fresh connection, read to its end (the server closes every connection).
Reply httpGet(quint16 port, const QByteArray& path)
{
    Reply reply;
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(2000))
        return reply;
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray raw;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 10'000) {
        socket.waitForReadyRead(200);
        raw += socket.readAll();
    }
    raw += socket.readAll();
    const qsizetype end = raw.indexOf("\r\n\r\n");
    if (!raw.startsWith("HTTP/1.") || end < 0)
        return reply;
    const QList<QByteArray> head = raw.left(end).split('\n');
    reply.status = head.front().split(' ').value(1).toInt();
    for (const QByteArray& line : head)
        if (line.toLower().startsWith("content-type:"))
            reply.contentType = line.mid(13).trimmed();
    reply.body = raw.mid(end + 4);
    return reply;
}

// The value of one sample, as the text format writes it (labels in the serializer's order: by name).
std::optional<double> sample(const QByteArray& text, const QByteArray& series)
{
    for (const QByteArray& line : text.split('\n'))
        if (line.startsWith(QByteArray(series + ' '))) {
            bool ok = false;
            const double value = line.mid(series.size() + 1).split(' ').front().toDouble(&ok);
            if (ok)
                return value;
        }
    return std::nullopt;
}

// Parses the body with the Prometheus Python client's text parser; returns its complaint, empty when it took
// every line. It prints each family's name and type, so the test can see what it understood.
QString parseProblem(const QByteArray& text, QString* understood)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys\n"
                                 "from prometheus_client.parser import text_string_to_metric_families\n"
                                 "for f in text_string_to_metric_families(sys.stdin.read()):\n"
                                 "    print(f.name, f.type, len(f.samples))\n")});
    if (!python.waitForStarted())
        return QStringLiteral("python3 did not start");
    python.write(text);
    python.closeWriteChannel();
    if (!python.waitForFinished(30'000))
        return QStringLiteral("the parser did not finish");
    *understood = QString::fromUtf8(python.readAllStandardOutput());
    if (python.exitCode() != 0)
        return QString::fromUtf8(python.readAllStandardError());
    return {};
}

QJsonObject healthBody(const Reply& reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

QStringList unwellParts(const Reply& reply)
{
    QStringList parts;
    for (const QJsonValue& part : healthBody(reply).value(QStringLiteral("unwell")).toArray())
        parts.append(part.toString());
    return parts;
}

using wh::test::startHeadless;

// Waits (serving this thread's events) until the appliance's standard output says `text`.
bool waitForOutput(QProcess& process, QString& out, const QString& text, int ms = 20'000)
{
    QElapsedTimer timer;
    timer.start();
    while (!out.contains(text) && timer.elapsed() < ms && process.state() == QProcess::Running) {
        process.waitForReadyRead(50);
        out += QString::fromUtf8(process.readAllStandardOutput());
    }
    out += QString::fromUtf8(process.readAllStandardOutput());
    return out.contains(text);
}

} // namespace

TEST_CASE(
    "/metrics follows the running appliance's actions and /healthz names the broker and the scanner when "
    "they go",
    "[app][metrics]")
{
    QTemporaryDir dir;
    wh::test::MosquittoBroker broker;
    REQUIRE(broker.start());
    wh::test::PtyPair pty;
    REQUIRE(pty.start());
    const quint16 port = wh::test::MosquittoBroker::freePort();
    QProcess appliance;
    // A stock round every 1.2 s: a snapshot and a replenishment run per tenant, actions of the running
    // process.
    startHeadless(appliance,
                  {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--broker"), broker.uri(),
                   QStringLiteral("--scanner"),
                   pty.applianceEnd() + QStringLiteral(",id=pack-scanner,suffix=cr,station=pack-1"),
                   QStringLiteral("--metrics-port"), QString::number(port),
                   QStringLiteral("--stock-round-minutes"), QStringLiteral("0.02"),
                   QStringLiteral("--exit-after"), QStringLiteral("120")});
    REQUIRE(appliance.waitForStarted());
    QString out;
    REQUIRE(waitForOutput(appliance, out,
                          QStringLiteral("Serving /metrics and /healthz on 127.0.0.1:%1").arg(port)));
    INFO("stdout: " << out.toStdString());

    // Every part well: the store answers, the broker link is online, the scanner is connected.
    Reply health;
    WH_TRY_VERIFY_WITH_TIMEOUT((health = httpGet(port, "/healthz")).status == 200, 20'000);
    INFO("healthz: " << health.body.toStdString());
    CHECK(health.contentType == "application/json");
    CHECK(healthBody(health).value(QStringLiteral("status")).toString() == QStringLiteral("well"));
    QStringList parts;
    for (const QJsonValue& part : healthBody(health).value(QStringLiteral("parts")).toArray()) {
        CHECK(part.toObject().value(QStringLiteral("well")).toBool());
        parts.append(part.toObject().value(QStringLiteral("part")).toString());
    }
    CHECK(parts == QStringList{QStringLiteral("store"), QStringLiteral("broker"),
                               QStringLiteral("scanner pack-scanner")});

    // The stock round's actions are counted as they happen, and the whole page parses.
    const QByteArray snapshots =
        R"(warehouse_appliance_actions_total{kind="take_snapshot",outcome="committed"})";
    Reply first;
    WH_TRY_VERIFY_WITH_TIMEOUT(sample((first = httpGet(port, "/metrics")).body, snapshots).value_or(0) > 0,
                               20'000);
    CHECK(first.status == 200);
    CHECK(first.contentType == "text/plain; version=0.0.4; charset=utf-8");
    const double before = *sample(first.body, snapshots);
    Reply later;
    WH_TRY_VERIFY_WITH_TIMEOUT(
        sample((later = httpGet(port, "/metrics")).body, snapshots).value_or(0) > before, 20'000);
    INFO("metrics: " << later.body.toStdString());
    QString understood;
    CHECK(parseProblem(later.body, &understood).isEmpty());
    CHECK(understood.contains(QStringLiteral("warehouse_appliance_actions counter")));
    CHECK(understood.contains(QStringLiteral("warehouse_appliance_action_commit_seconds summary")));
    CHECK(understood.contains(QStringLiteral("warehouse_appliance_outbox_backlog_events gauge")));
    CHECK(sample(later.body,
                 R"(warehouse_appliance_action_commit_seconds{kind="take_snapshot",quantile="0.99"})")
              .value_or(-1) > 0);
    CHECK(sample(later.body, R"(warehouse_appliance_action_commit_seconds_count{kind="take_snapshot"})")
              .value_or(0) > 0);
    CHECK(sample(later.body, "warehouse_appliance_dead_letters") == 0.0);
    CHECK(sample(later.body, "warehouse_appliance_store_up") == 1.0);
    CHECK(sample(later.body, R"(warehouse_appliance_part_up{part="broker"})") == 1.0);
    CHECK(sample(later.body, R"(warehouse_appliance_part_up{part="scanner pack-scanner"})") == 1.0);
    CHECK(sample(later.body, "warehouse_appliance_outbox_backlog_events").has_value());
    CHECK(sample(later.body, "warehouse_appliance_last_ack_timestamp_seconds").has_value());
    CHECK(later.body.contains("warehouse_appliance_low_stock_skus{tenant=\"acme\"}"));
    CHECK(later.body.contains("warehouse_appliance_tracking_numbers_left{carrier="));
    // The snapshots wait for an acknowledgement nobody sends here: the backlog holds them, and its oldest
    // ages.
    CHECK(sample(later.body, "warehouse_appliance_outbox_backlog_events").value_or(0) > 0);

    // The broker goes: /healthz says 503 and names it; the rest stays well.
    broker.stop();
    Reply unwell;
    WH_TRY_VERIFY_WITH_TIMEOUT((unwell = httpGet(port, "/healthz")).status == 503, 20'000);
    CHECK(unwellParts(unwell) == QStringList{QStringLiteral("broker")});
    CHECK(healthBody(unwell).value(QStringLiteral("status")).toString() == QStringLiteral("unwell"));
    CHECK(sample(httpGet(port, "/metrics").body, R"(warehouse_appliance_part_up{part="broker"})") == 0.0);

    // The scanner is unplugged: named too.
    pty.stop();
    WH_TRY_VERIFY_WITH_TIMEOUT(
        unwellParts(httpGet(port, "/healthz")).contains(QStringLiteral("scanner pack-scanner")), 20'000);
    CHECK(unwellParts(httpGet(port, "/healthz")) ==
          QStringList{QStringLiteral("broker"), QStringLiteral("scanner pack-scanner")});
    CHECK(httpGet(port, "/nothing-here").status == 404);

    appliance.terminate();
    REQUIRE(appliance.waitForFinished(20'000));
    CHECK(appliance.exitCode() == 0);
    CHECK(httpGet(port, "/healthz").status == -1); // the server went with the appliance
}

TEST_CASE(
    "/healthz names a printer with a fault and /metrics counts its faults, beside a printer that is well",
    "[app][metrics][printer]")
{
    QTemporaryDir dir;
    wh::test::FakePrinter well;
    REQUIRE(well.listen());
    wh::test::FakePrinter empty;
    REQUIRE(empty.listen());
    wh::test::FakePrinterFlags paperOut;
    paperOut.paperOut = true;
    empty.setFlags(paperOut);
    const quint16 port = wh::test::MosquittoBroker::freePort();
    QProcess appliance;
    startHeadless(appliance, {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--printer"),
                              QStringLiteral("tcp://127.0.0.1:%1,name=dock-1").arg(well.port()),
                              QStringLiteral("--printer"),
                              QStringLiteral("tcp://127.0.0.1:%1,name=dock-2").arg(empty.port()),
                              QStringLiteral("--metrics-port"), QString::number(port),
                              QStringLiteral("--exit-after"), QStringLiteral("60")});
    REQUIRE(appliance.waitForStarted());
    // The fake printers live on this thread: its event loop must run while the appliance asks them.
    Reply health;
    WH_TRY_VERIFY_WITH_TIMEOUT(unwellParts(health = httpGet(port, "/healthz")) ==
                                   QStringList{QStringLiteral("printer dock-2")},
                               30'000);
    INFO("healthz: " << health.body.toStdString());
    CHECK(health.status == 503);
    for (const QJsonValue& part : healthBody(health).value(QStringLiteral("parts")).toArray())
        if (part.toObject().value(QStringLiteral("part")).toString() == QStringLiteral("printer dock-2"))
            CHECK(part.toObject()
                      .value(QStringLiteral("state"))
                      .toString()
                      .contains(QStringLiteral("paper_out")));
    const QByteArray metrics = httpGet(port, "/metrics").body;
    INFO("metrics: " << metrics.toStdString());
    CHECK(sample(metrics, R"(warehouse_appliance_printer_faults{printer="dock-1"})") == 0.0);
    CHECK(sample(metrics, R"(warehouse_appliance_printer_faults{printer="dock-2"})") == 1.0);
    CHECK(sample(metrics, R"(warehouse_appliance_part_up{part="printer dock-1"})") == 1.0);
    CHECK(sample(metrics, R"(warehouse_appliance_part_up{part="printer dock-2"})") == 0.0);
    appliance.terminate();
    QElapsedTimer timer;
    timer.start();
    while (appliance.state() != QProcess::NotRunning && timer.elapsed() < 20'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    CHECK(appliance.exitCode() == 0);
}

TEST_CASE("a metrics port already taken stops the appliance with exit 2 and says so", "[app][metrics]")
{
    QTemporaryDir dir;
    QTcpServer taken;
    REQUIRE(taken.listen(QHostAddress::LocalHost, 0));
    QProcess appliance;
    startHeadless(appliance, {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--metrics-port"),
                              QString::number(taken.serverPort()), QStringLiteral("--exit-after"),
                              QStringLiteral("30")});
    REQUIRE(appliance.waitForStarted());
    REQUIRE(appliance.waitForFinished(30'000));
    const QString err = QString::fromUtf8(appliance.readAllStandardError());
    INFO("stderr: " << err.toStdString());
    CHECK(appliance.exitStatus() == QProcess::NormalExit);
    CHECK(appliance.exitCode() == 2);
    CHECK(err.contains(QStringLiteral("metrics: cannot listen on 127.0.0.1:%1").arg(taken.serverPort())));
    CHECK(err.contains(QStringLiteral("the port is taken")));
}

TEST_CASE("/metrics listens on loopback only unless told otherwise, and is off without a port",
          "[app][metrics]")
{
    QTemporaryDir dir;
    const quint16 port = wh::test::MosquittoBroker::freePort();
    QProcess appliance;
    startHeadless(appliance, {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--metrics-port"),
                              QString::number(port), QStringLiteral("--exit-after"), QStringLiteral("60")});
    REQUIRE(appliance.waitForStarted());
    QString out;
    REQUIRE(waitForOutput(appliance, out,
                          QStringLiteral("Serving /metrics and /healthz on 127.0.0.1:%1").arg(port)));
    WH_TRY_VERIFY(httpGet(port, "/healthz").status == 200);

    // The kernel's table of listening sockets: the port is bound to 127.0.0.1 (0100007F) and nothing else,
    // not the wildcard, not IPv6.
    const auto listeners = [port](const QString& table) {
        QStringList local;
        QFile file(table);
        if (!file.open(QIODevice::ReadOnly))
            return local;
        const QString portHex = QStringLiteral(":%1").arg(port, 4, 16, QLatin1Char('0')).toUpper();
        for (const QByteArray& line : file.readAll().split('\n')) {
            const QStringList fields = QString::fromLatin1(line).simplified().split(QLatin1Char(' '));
            if (fields.size() > 3 && fields[1].endsWith(portHex) && fields[3] == QStringLiteral("0A"))
                local.append(fields[1]);
        }
        return local;
    };
    CHECK(listeners(QStringLiteral("/proc/net/tcp")) ==
          QStringList{QStringLiteral("0100007F:%1").arg(port, 4, 16, QLatin1Char('0')).toUpper()});
    CHECK(listeners(QStringLiteral("/proc/net/tcp6")).isEmpty());
    appliance.terminate();
    REQUIRE(appliance.waitForFinished(20'000));

    // Without --metrics-port nothing listens and nothing says it does.
    QProcess quiet;
    startHeadless(quiet, {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--exit-after"),
                          QStringLiteral("3")});
    REQUIRE(quiet.waitForStarted());
    REQUIRE(quiet.waitForFinished(30'000));
    CHECK(quiet.exitCode() == 0);
    CHECK_FALSE(QString::fromUtf8(quiet.readAllStandardOutput()).contains(QStringLiteral("/metrics")));
}
