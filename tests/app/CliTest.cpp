// The appliance binary as an operator meets it: the command line, the headless service, and the verify,
// rebuild and status subcommands, run for real in a temporary data folder.
#include "ApplianceRun.h"
#include "FakePrinter.h"
#include "PtyPair.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QtEndian>

#include <sqlite3.h>

namespace {

// The appliance with no display at all, as on a bare appliance box or a CI machine.
using wh::test::appliance;
using wh::test::Run;
using wh::test::startHeadless;

} // namespace

TEST_CASE("the version and help options work without a display", "[app][cli]")
{
    const Run version = appliance({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.trimmed() == QStringLiteral("warehouse-appliance ") + QStringLiteral(WH_VERSION));
    const Run help = appliance({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("Usage: warehouse-appliance")));
    CHECK(help.out.contains(QStringLiteral("verify")));
    CHECK(help.out.contains(QStringLiteral("--data-dir")));
    CHECK(help.out.contains(QStringLiteral("--station <id[,id...]>")));
    CHECK(help.out.contains(QStringLiteral("chooses the station at login")));
}

TEST_CASE("usage errors exit 2 with a reason", "[app][cli]")
{
    const Run unknownOption = appliance({QStringLiteral("--frobnicate")});
    CHECK(unknownOption.exitCode == 2);
    CHECK(unknownOption.err.contains(QStringLiteral("frobnicate")));
    const Run unknownCommand = appliance({QStringLiteral("explode")});
    CHECK(unknownCommand.exitCode == 2);
    CHECK(unknownCommand.err.contains(QStringLiteral("Unknown command")));
    const Run badSeconds = appliance({QStringLiteral("--exit-after"), QStringLiteral("soon")});
    CHECK(badSeconds.exitCode == 2);
    // Stations: comma-separated or repeated, but never an empty id or one twice.
    const Run emptyStation = appliance({QStringLiteral("--station"), QStringLiteral("pack-1,,pack-2")});
    CHECK(emptyStation.exitCode == 2);
    CHECK(emptyStation.err.contains(QStringLiteral("a station id is empty")));
    const Run twice = appliance({QStringLiteral("--station"), QStringLiteral("pack-1,pack-2"),
                                 QStringLiteral("--station"), QStringLiteral("pack-2")});
    CHECK(twice.exitCode == 2);
    CHECK(twice.err.contains(QStringLiteral("station pack-2 is given twice")));
}

TEST_CASE("the service starts headless without a display, seeds the demo, and its log verifies", "[app][cli]")
{
    QTemporaryDir dir;
    const QStringList data{QStringLiteral("--data-dir"), dir.path()};
    const Run first = appliance(data + QStringList{QStringLiteral("--exit-after"), QStringLiteral("1")});
    CHECK(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("seeded the demo warehouse")));
    CHECK(first.out.contains(QStringLiteral("Running headless")));
    CHECK(first.out.contains(QStringLiteral("offline (buffering")));

    const Run second = appliance(data + QStringList{QStringLiteral("--exit-after"), QStringLiteral("1")});
    CHECK(second.exitCode == 0);
    CHECK_FALSE(second.out.contains(QStringLiteral("seeded"))); // only on first start

    const Run status = appliance(data + QStringList{QStringLiteral("status")});
    CHECK(status.exitCode == 0);
    CHECK(status.out.contains(QStringLiteral("Acme Outdoor (acme)")));
    CHECK(status.out.contains(QStringLiteral("Globex Health (globex)")));
    CHECK(status.out.contains(QStringLiteral("3 open orders")));

    const Run verify = appliance(data + QStringList{QStringLiteral("verify")});
    CHECK(verify.exitCode == 0);
    CHECK(verify.out.contains(QStringLiteral("intact")));

    const Run rebuild = appliance(data + QStringList{QStringLiteral("rebuild")});
    CHECK(rebuild.exitCode == 0);
    CHECK(rebuild.out.contains(QStringLiteral("every projection equals the live one")));
    CHECK(QDir(dir.path()).entryList({QStringLiteral("rebuild-*")}, QDir::Dirs).isEmpty()); // scratch removed
}

TEST_CASE("verify and rebuild exit 1 on a tampered store", "[app][cli][verify]")
{
    QTemporaryDir dir;
    const QStringList data{QStringLiteral("--data-dir"), dir.path()};
    REQUIRE(appliance(data + QStringList{QStringLiteral("--exit-after"), QStringLiteral("1")}).exitCode == 0);
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(dir.filePath(QStringLiteral("warehouse.db")).toUtf8().constData(), &db) ==
            SQLITE_OK);
    REQUIRE(sqlite3_exec(
                db,
                "DROP TRIGGER events_append_only_update;"
                "UPDATE events SET user_id = 'mallory' WHERE seq = 20;"
                "UPDATE stock SET on_hand = on_hand + 1 WHERE rowid IN (SELECT rowid FROM stock LIMIT 1);",
                nullptr, nullptr, nullptr) !=
            SQLITE_OK); // stock is WITHOUT ROWID: the second statement fails; do it by key instead
    REQUIRE(sqlite3_exec(
                db,
                "UPDATE stock SET on_hand = on_hand + 1 WHERE location = (SELECT min(location) FROM stock)",
                nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);

    const Run verify = appliance(data + QStringList{QStringLiteral("verify")});
    CHECK(verify.exitCode == 1);
    CHECK(verify.err.contains(QStringLiteral("broken at event 20")));
    const Run rebuild = appliance(data + QStringList{QStringLiteral("rebuild")});
    CHECK(rebuild.exitCode == 1);
    CHECK(rebuild.err.contains(QStringLiteral("stock:")));
}

TEST_CASE("a store from a newer version stops the appliance with a clear message", "[app][cli][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("warehouse.db"));
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db,
                         "PRAGMA application_id = 1464353073; CREATE TABLE t (x); PRAGMA user_version = 42;",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    const Run run =
        appliance({QStringLiteral("--db"), path, QStringLiteral("--exit-after"), QStringLiteral("1")});
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("newer version")));
}

TEST_CASE("subcommands on a missing store say so instead of creating one", "[app][cli]")
{
    QTemporaryDir dir;
    const Run verify = appliance({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("verify")});
    CHECK(verify.exitCode == 3);
    CHECK(verify.err.contains(QStringLiteral("There is no store")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("warehouse.db"))));
}

TEST_CASE("decode prints a scan's element strings, its GS1 error, or a tracking number's carrier",
          "[app][cli][gs1]")
{
    // Support staff type the separator as <GS> or \x1d; a real GS byte works too. No store is needed.
    const Run ok =
        appliance({QStringLiteral("decode"), QStringLiteral("]C1010950110153000310ABC123<GS>17251231")});
    CHECK(ok.exitCode == 0);
    CHECK(ok.out == QStringLiteral("symbology: GS1-128 (]C1)\n(01)09501101530003\n(10)ABC123\n(17)251231\n"));
    const Run escaped = appliance({QStringLiteral("decode"), QStringLiteral("]C142015238\\x1d9212345")});
    CHECK(escaped.exitCode == 0);
    CHECK(escaped.out.contains(QStringLiteral("(420)15238\n(92)12345\n")));
    const Run raw = appliance(
        {QStringLiteral("decode"), QStringLiteral("]C142015238") + QChar(0x1D) + QStringLiteral("9212345")});
    CHECK(raw.out == escaped.out);

    const Run bad = appliance({QStringLiteral("decode"), QStringLiteral("]C1010950110153000317251301")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.out.contains(QStringLiteral("error: bad_date (AI 17): ")));
    const Run missing = appliance({QStringLiteral("decode"), QStringLiteral("]C117250200")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.out.contains(QStringLiteral("error: missing_required_ai (AI 17): ")));

    const Run ups = appliance({QStringLiteral("decode"), QStringLiteral("1Z999AA10123456784")});
    CHECK(ups.exitCode == 0);
    CHECK(ups.out == QStringLiteral("carrier: UPS, check digit: ok\n"));
    const Run fedEx = appliance({QStringLiteral("decode"), QStringLiteral("568283610012732")});
    CHECK(fedEx.exitCode == 1);
    CHECK(fedEx.out.startsWith(QStringLiteral("carrier: FedEx, check digit: bad\n")));

    const Run none = appliance({QStringLiteral("decode")});
    CHECK(none.exitCode == 2);
    CHECK(none.err.contains(QStringLiteral("decode needs exactly one scan")));
}

TEST_CASE(
    "with a broker that is not there the service buffers, says why, and a bad broker address is refused",
    "[app][cli][sync]")
{
    QTemporaryDir dir;
    const QStringList data{QStringLiteral("--data-dir"), dir.path()};
    // Port 1 on the loopback: nothing listens there.
    const Run unreachable =
        appliance(data + QStringList{QStringLiteral("--broker"), QStringLiteral("tcp://127.0.0.1:1"),
                                     QStringLiteral("--exit-after"), QStringLiteral("3")});
    CHECK(unreachable.exitCode == 0);
    CHECK(unreachable.out.contains(QStringLiteral("Syncing with tcp://127.0.0.1:1 as warehouse wh-1")));
    CHECK(unreachable.out.contains(QStringLiteral("(buffering)")));
    CHECK_FALSE(unreachable.out.contains(QStringLiteral("online:")));

    const Run badScheme =
        appliance(data + QStringList{QStringLiteral("--broker"), QStringLiteral("http://127.0.0.1:1883"),
                                     QStringLiteral("--exit-after"), QStringLiteral("1")});
    CHECK(badScheme.exitCode == 2);
    CHECK(badScheme.err.contains(QStringLiteral("tcp://")));
    const Run badWarehouse =
        appliance(data + QStringList{QStringLiteral("--broker"), QStringLiteral("tcp://127.0.0.1:1"),
                                     QStringLiteral("--warehouse"), QStringLiteral("wh/1"),
                                     QStringLiteral("--exit-after"), QStringLiteral("1")});
    CHECK(badWarehouse.exitCode == 2);
    CHECK(badWarehouse.err.contains(QStringLiteral("wh/1")));
}

TEST_CASE("label draws a template from a JSON file as ZPL, PNG or PDF, and refuses bad data",
          "[app][cli][labels]")
{
    QTemporaryDir dir;
    // The protocol's ShipmentCreated example, the whole batch as it went out: the payload is taken from it.
    QFile example(QStringLiteral(WH_TESTDATA_DIR "/../../docs/protocol/examples/events-ShipmentCreated.msg"));
    REQUIRE(example.open(QIODevice::ReadOnly));
    const QByteArray batch = example.readAll().split('\n').value(2);
    REQUIRE(batch.startsWith('{'));
    const QString shipment = dir.filePath(QStringLiteral("shipment.json"));
    QFile data(shipment);
    REQUIRE(data.open(QIODevice::WriteOnly));
    data.write(batch);
    data.close();

    const QStringList base{QStringLiteral("label"), QStringLiteral("--template"),
                           QStringLiteral("shipping-4x6"), QStringLiteral("--data"), shipment};
    const QString zplPath = dir.filePath(QStringLiteral("label.zpl"));
    const Run zpl = appliance(base + QStringList{QStringLiteral("--format"), QStringLiteral("zpl"),
                                                 QStringLiteral("--out"), zplPath});
    CHECK(zpl.exitCode == 0);
    CHECK(zpl.out == QStringLiteral("1 label from template shipping-4x6 (ZPL at 203 dpi): ") + zplPath +
                         QLatin1Char('\n'));
    QFile zplFile(zplPath);
    REQUIRE(zplFile.open(QIODevice::ReadOnly));
    const QByteArray zplBytes = zplFile.readAll();
    CHECK(zplBytes.startsWith("^XA\n^CI28\n^PW812\n"));
    CHECK(zplBytes.contains("^FD1Z999AA10300000012^FS"));
    CHECK(zplBytes.contains("^FDJane Doe^FS"));
    CHECK_FALSE(QString(zpl.out + zpl.err)
                    .contains(QStringLiteral("Jane"))); // the name is on the label, not the console

    const QString pngPath = dir.filePath(QStringLiteral("label.png"));
    const Run png = appliance(base + QStringList{QStringLiteral("--format"), QStringLiteral("png"),
                                                 QStringLiteral("--dpi"), QStringLiteral("300"),
                                                 QStringLiteral("--out"), pngPath});
    CHECK(png.exitCode == 0);
    QFile pngFile(pngPath);
    REQUIRE(pngFile.open(QIODevice::ReadOnly));
    const QByteArray header = pngFile.read(24); // signature, then IHDR: width and height, big-endian
    REQUIRE(header.size() == 24);
    CHECK(header.startsWith("\x89PNG\r\n\x1a\n"));
    CHECK(qFromBigEndian<quint32>(header.constData() + 16) == 1200u); // 4 in at 300 dpi
    CHECK(qFromBigEndian<quint32>(header.constData() + 20) == 1800u);

    const QString pdfPath = dir.filePath(QStringLiteral("label.pdf"));
    const Run pdf = appliance(base + QStringList{QStringLiteral("--format"), QStringLiteral("pdf"),
                                                 QStringLiteral("--out"), pdfPath});
    CHECK(pdf.exitCode == 0);
    QFile pdfFile(pdfPath);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == "%PDF-");

    // A bad SSCC check digit: exit 1, the reason, and no file.
    const QString logistic = dir.filePath(QStringLiteral("pallet.json"));
    QFile pallet(logistic);
    REQUIRE(pallet.open(QIODevice::WriteOnly));
    pallet.write(R"({"sscc": "106141411234567890", "contentGtin": "05012345678900", "count": 12, "lot": "L1",
                     "shipFrom": {"name": "Acme"}})");
    pallet.close();
    const QString refusedPath = dir.filePath(QStringLiteral("pallet.zpl"));
    const Run refused =
        appliance({QStringLiteral("label"), QStringLiteral("--template"), QStringLiteral("gs1-logistic"),
                   QStringLiteral("--data"), logistic, QStringLiteral("--out"), refusedPath});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("The SSCC barcode has a bad check digit")));
    CHECK_FALSE(QFile::exists(refusedPath));

    const Run unknown =
        appliance({QStringLiteral("label"), QStringLiteral("--template"), QStringLiteral("pallet"),
                   QStringLiteral("--data"), logistic, QStringLiteral("--out"), refusedPath});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("There is no label template named pallet")));
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile brokenFile(broken);
    REQUIRE(brokenFile.open(QIODevice::WriteOnly));
    brokenFile.write("{\"shipmentId\": ");
    brokenFile.close();
    const Run malformed =
        appliance({QStringLiteral("label"), QStringLiteral("--template"), QStringLiteral("shipping-4x6"),
                   QStringLiteral("--data"), broken, QStringLiteral("--out"), refusedPath});
    CHECK(malformed.exitCode == 1);
    CHECK(malformed.err.contains(broken + QStringLiteral(" is not a JSON object")));
    CHECK_FALSE(QFile::exists(refusedPath));

    const Run noOut = appliance(base);
    CHECK(noOut.exitCode == 2);
    CHECK(noOut.err.contains(QStringLiteral("label needs --out")));
    const Run badFormat = appliance(base + QStringList{QStringLiteral("--format"), QStringLiteral("bmp"),
                                                       QStringLiteral("--out"), pngPath});
    CHECK(badFormat.exitCode == 2);
    const Run badDpi = appliance(
        base + QStringList{QStringLiteral("--dpi"), QStringLiteral("250"), QStringLiteral("--out"), pngPath});
    CHECK(badDpi.exitCode == 2);
}

TEST_CASE(
    "run reads the serial scanners it is given and says what each scan decoded to - a bad spec is refused",
    "[app][cli][scanner]")
{
    QTemporaryDir dir;
    wh::test::PtyPair pty;
    REQUIRE(pty.start());
    QProcess process;
    startHeadless(process, {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--scanner"),
                            pty.applianceEnd() + QStringLiteral(",id=pack-scanner,suffix=cr,station=pack-1"),
                            QStringLiteral("--exit-after"), QStringLiteral("20")});
    REQUIRE(process.waitForStarted());
    QString out;
    QString err;
    const auto waitFor = [&](const QString& text) {
        for (int i = 0; i < 200 && !out.contains(text) && !err.contains(text); ++i) {
            process.waitForReadyRead(50);
            out += QString::fromUtf8(process.readAllStandardOutput());
            err += QString::fromUtf8(process.readAllStandardError());
        }
        INFO("stdout: " << out.toStdString() << "\nstderr: " << err.toStdString());
        return out.contains(text) || err.contains(text);
    };
    REQUIRE(waitFor(QStringLiteral("scanner pack-scanner: connected")));

    QFile device(pty.deviceEnd());
    REQUIRE(device.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    device.write("]C10109501101530003\x1d"
                 "17251231\r");
    CHECK(waitFor(QStringLiteral("scan at station pack-1 (scanner pack-scanner): accepted GS1-128 "
                                 "(01)09501101530003(17)251231")));
    device.write("]C10109501101530004\r"); // the GTIN's check digit is wrong
    CHECK(waitFor(QStringLiteral("scan at station pack-1 (scanner pack-scanner): refused (invalid_gs1)")));
    device.close();

    pty.stop(); // unplugged: the appliance says so and keeps running
    CHECK(waitFor(QStringLiteral("scanner pack-scanner: disconnected")));
    CHECK(err.contains(QStringLiteral("scanner pack-scanner: disconnected"))); // a warning: standard error
    process.terminate();
    REQUIRE(process.waitForFinished(10'000));
    CHECK(process.exitCode() == 0);

    const Run bad = appliance({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--scanner"),
                               QStringLiteral("/dev/ttyACM0,baud=fast,station=pack-1"),
                               QStringLiteral("--exit-after"), QStringLiteral("1")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("baud")));
}

namespace {

// Runs the appliance while this thread's event loop keeps serving (a fake printer lives on it).
Run applianceServing(const QStringList& arguments, int timeoutMs = 60'000)
{
    QProcess process;
    startHeadless(process, arguments);
    REQUIRE(process.waitForStarted());
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    REQUIRE(process.state() == QProcess::NotRunning);
    return wh::test::collect(process);
}

} // namespace

TEST_CASE("print queues a template's labels in the store - the running appliance's spooler prints each once",
          "[app][cli][printer]")
{
    QTemporaryDir dir;
    QFile example(QStringLiteral(WH_TESTDATA_DIR "/../../docs/protocol/examples/events-ShipmentCreated.msg"));
    REQUIRE(example.open(QIODevice::ReadOnly));
    const QString shipment = dir.filePath(QStringLiteral("shipment.json"));
    QFile data(shipment);
    REQUIRE(data.open(QIODevice::WriteOnly));
    data.write(example.readAll().split('\n').value(2));
    data.close();

    wh::test::FakePrinter printer;
    REQUIRE(printer.listen());
    const QStringList store{QStringLiteral("--data-dir"), dir.path()};
    // The store is made (and the demo merchants seeded) by a first short run.
    REQUIRE(
        applianceServing(store + QStringList{QStringLiteral("--exit-after"), QStringLiteral("1")}).exitCode ==
        0);

    QProcess service;
    startHeadless(service,
                  store + QStringList{QStringLiteral("--printer"),
                                      QStringLiteral("tcp://127.0.0.1:%1,name=dock-1").arg(printer.port()),
                                      QStringLiteral("--exit-after"), QStringLiteral("60")});
    REQUIRE(service.waitForStarted());
    QString out;
    const auto waitFor = [&](const QString& text) {
        QElapsedTimer timer;
        timer.start();
        while (!out.contains(text) && timer.elapsed() < 20'000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            out += QString::fromUtf8(service.readAllStandardOutput());
        }
        INFO("service stdout: " << out.toStdString());
        return out.contains(text);
    };
    REQUIRE(waitFor(QStringLiteral("printer dock-1: online; 0 waiting")));

    const QStringList print =
        store +
        QStringList{QStringLiteral("print"),        QStringLiteral("--to"),   QStringLiteral("dock-1"),
                    QStringLiteral("--tenant"),     QStringLiteral("acme"),   QStringLiteral("--template"),
                    QStringLiteral("shipping-4x6"), QStringLiteral("--data"), shipment};
    const Run queued = applianceServing(print);
    INFO("print: " << queued.out.toStdString() << queued.err.toStdString());
    CHECK(queued.exitCode == 0);
    CHECK(queued.out.contains(QStringLiteral("queued job 1 for printer dock-1: S830/C812")));
    CHECK(waitFor(QStringLiteral("printer dock-1: job 1 printed")));
    REQUIRE(printer.labels().size() == 1);
    CHECK(printer.labels().first().contains("^FD1Z999AA10300000012"));

    // The same data again (a retry, a double tap) is the same job: nothing new prints.
    const Run again = applianceServing(print);
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("already queued as job 1 for printer dock-1 (printed)")));

    // Another merchant's id that the store does not know is refused; nothing is queued.
    QStringList foreign = print;
    foreign[foreign.indexOf(QStringLiteral("acme"))] = QStringLiteral("nobody");
    const Run refused = applianceServing(foreign);
    CHECK(refused.exitCode == 1);

    const Run jobs = applianceServing(store + QStringList{QStringLiteral("jobs")});
    CHECK(jobs.exitCode == 0);
    CHECK(jobs.out.contains(QStringLiteral("job 1  dock-1  printed  S830/C812")));
    CHECK_FALSE(jobs.out.contains(QStringLiteral("job 2")));
    // Names and addresses stay out of what the appliance prints.
    const QString said = out + queued.out + queued.err + jobs.out;
    CHECK_FALSE(said.contains(QStringLiteral("Jane Doe")));
    CHECK_FALSE(said.contains(QStringLiteral("Elm Street")));
    CHECK(printer.labels().size() == 1);

    service.terminate();
    while (service.state() != QProcess::NotRunning)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    CHECK(service.exitCode() == 0);

    const Run badSpec =
        appliance(store + QStringList{QStringLiteral("--printer"), QStringLiteral("tcp://127.0.0.1:9100"),
                                      QStringLiteral("--exit-after"), QStringLiteral("1")});
    CHECK(badSpec.exitCode == 2);
    CHECK(badSpec.err.contains(QStringLiteral("name")));
}

TEST_CASE("asn registers an advance shipping notice from a file, by the central service's rules",
          "[app][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("warehouse.db"));
    {
        wh::test::StoreFixture f;
        f.addTenant(QStringLiteral("acme"));
        f.close();
        REQUIRE(QFile::copy(f.path(), db));
    }
    const auto write = [&](const QString& name, const QByteArray& json) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(json);
        return file.fileName();
    };
    const QString good =
        write(QStringLiteral("asn.json"), R"({"asnId": "ASN-9", "supplier": "Trail Bottles Ltd",
        "expectedDate": "2026-03-10", "lines": [{"sku": "ACME-SKU1", "quantity": 48},
        {"sku": "ACME-SKU1", "quantity": 12, "sscc": "340123450000000017"}]})");
    const QStringList base{QStringLiteral("asn"), QStringLiteral("--db"), db, QStringLiteral("--tenant"),
                           QStringLiteral("acme")};

    const Run registered = appliance(base + QStringList{good});
    CHECK(registered.exitCode == 0);
    CHECK(registered.out.contains(
        QStringLiteral("ASN ASN-9 from Trail Bottles Ltd registered for acme: 2 lines, "
                       "60 units expected on 2026-03-10.")));
    const Run again = appliance(base + QStringList{good});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already_exists")));

    const Run malformed =
        appliance(base + QStringList{write(QStringLiteral("bad.json"), R"({"asnId": "ASN-10", "supplier": "S",
            "expectedDate": "2026-03-10", "lines": [{"sku": "ACME-SKU1", "quantity": "many"}]})")});
    CHECK(malformed.exitCode == 1);
    CHECK(malformed.err.contains(QStringLiteral("lines[1].\"quantity\" must be a whole number")));
    const Run unknownSku = appliance(
        base + QStringList{write(QStringLiteral("other.json"), R"({"asnId": "ASN-11", "supplier": "S",
            "expectedDate": "2026-03-10", "lines": [{"sku": "GLOBEX-SKU1", "quantity": 1}]})")});
    CHECK(unknownSku.exitCode == 1);
    CHECK(unknownSku.err.contains(QStringLiteral("unknown_sku")));
    const Run noTenant = appliance({QStringLiteral("asn"), QStringLiteral("--db"), db, good});
    CHECK(noTenant.exitCode == 2);
    CHECK(noTenant.err.contains(QStringLiteral("--tenant")));
    const Run unknownTenant = appliance({QStringLiteral("asn"), QStringLiteral("--db"), db,
                                         QStringLiteral("--tenant"), QStringLiteral("globex"), good});
    CHECK(unknownTenant.exitCode == 1);
    CHECK(unknownTenant.err.contains(QStringLiteral("no tenant globex")));
    const Run missing = appliance(base + QStringList{dir.filePath(QStringLiteral("nope.json"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("Cannot read")));

    // The file's ASN is in the store as the command's would be.
    auto store = wh::db::Store::open(db);
    REQUIRE(store.ok());
    auto asn = (*store)->asn(wh::TenantContext(QStringLiteral("acme")), QStringLiteral("ASN-9"));
    REQUIRE(asn.ok());
    CHECK(asn->asn.lines.size() == 2);
    CHECK(asn->status == wh::AsnStatus::Open);
}
