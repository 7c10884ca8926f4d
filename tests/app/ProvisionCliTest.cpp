// The appliance's provision command, run for real: the key and the certificate request it makes (checked with
// the openssl command line), what it refuses, what a failed write leaves behind, and the whole way into the
// fleet: the request signed by a test CA, the appliance syncing through Mosquitto with the documented TLS
// listener and ACL (support/FleetClients), as its own warehouse and nothing else.
#include "ApplianceRun.h"
#include "FleetClients.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <chrono>

#include <sys/stat.h>
#include <unistd.h>

using namespace wh::test;
using namespace std::chrono_literals;

namespace {


QStringList provisionArguments(const QString& warehouse, const QString& dir, const QString& station = {})
{
    QStringList arguments{QStringLiteral("provision"), QStringLiteral("--warehouse"), warehouse,
                          QStringLiteral("--out"), dir};
    if (!station.isEmpty())
        arguments << QStringLiteral("--station") << station;
    return arguments;
}

Run provision(const QString& warehouse, const QString& dir, const QString& station = {})
{
    return execute(QStringLiteral(WH_APPLIANCE_EXE), provisionArguments(warehouse, dir, station));
}

Run openssl(const QStringList& arguments)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    REQUIRE_FALSE(program.isEmpty());
    return execute(program, arguments);
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

int fileMode(const QString& path)
{
    struct stat status
    {
    };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &status) == 0);
    return int(status.st_mode & 07777);
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

TEST_CASE("provision makes a P-256 key for its owner only and a request that names the warehouse",
          "[app][cli][provision]")
{
    QTemporaryDir dir;
    const Run made = provision(QStringLiteral("wh-7"), dir.path(), QStringLiteral("dock-1"));
    INFO("stdout: " << made.out.toStdString() << "\nstderr: " << made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QString key = dir.filePath(QStringLiteral("wh-7.key"));
    const QString request = dir.filePath(QStringLiteral("wh-7.csr"));
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("wh-7.csr"), QStringLiteral("wh-7.key")});
    CHECK(fileMode(key) == 0600);

    const Run keyText = openssl({QStringLiteral("pkey"), QStringLiteral("-in"), key, QStringLiteral("-noout"),
                                 QStringLiteral("-text")});
    INFO(keyText.err.toStdString());
    REQUIRE(keyText.exitCode == 0);
    CHECK(keyText.out.contains(QStringLiteral("NIST CURVE: P-256")));

    // The request's self-signature holds, and it names the warehouse (and the station) and asks for a client
    // certificate.
    const Run verified =
        openssl({QStringLiteral("req"), QStringLiteral("-in"), request, QStringLiteral("-noout"),
                 QStringLiteral("-verify"), QStringLiteral("-subject"), QStringLiteral("-nameopt"),
                 QStringLiteral("RFC2253")});
    INFO(verified.err.toStdString());
    REQUIRE(verified.exitCode == 0);
    CHECK(verified.err.contains(QStringLiteral("verify OK")));
    CHECK(verified.out.trimmed() == QStringLiteral("subject=OU=dock-1,CN=wh-7"));
    const Run requestText = openssl({QStringLiteral("req"), QStringLiteral("-in"), request,
                                     QStringLiteral("-noout"), QStringLiteral("-text")});
    CHECK(requestText.out.contains(QStringLiteral("TLS Web Client Authentication")));
    // It carries the public half of that very key.
    const Run requestKey = openssl({QStringLiteral("req"), QStringLiteral("-in"), request,
                                    QStringLiteral("-noout"), QStringLiteral("-pubkey")});
    const Run publicKey =
        openssl({QStringLiteral("pkey"), QStringLiteral("-in"), key, QStringLiteral("-pubout")});
    REQUIRE(publicKey.exitCode == 0);
    CHECK(requestKey.out == publicKey.out);

    // The next steps name the files and the settings the appliance needs.
    for (const QString& expected :
         QStringList{request, dir.filePath(QStringLiteral("wh-7.crt")), QStringLiteral("--tls-ca"),
                     QStringLiteral("--tls-cert"), QStringLiteral("--tls-key ") + key,
                     QStringLiteral("--warehouse wh-7"),
                     QStringLiteral("[broker] section of the configuration file")})
        CHECK(made.out.contains(expected));

    // A second appliance's request in the same folder has a key of its own.
    REQUIRE(provision(QStringLiteral("wh-8"), dir.path()).exitCode == 0);
    CHECK(fileBytes(dir.filePath(QStringLiteral("wh-8.key"))) != fileBytes(key));
    const Run plain =
        openssl({QStringLiteral("req"), QStringLiteral("-in"), dir.filePath(QStringLiteral("wh-8.csr")),
                 QStringLiteral("-noout"), QStringLiteral("-subject"), QStringLiteral("-nameopt"),
                 QStringLiteral("RFC2253")});
    CHECK(plain.out.trimmed() == QStringLiteral("subject=CN=wh-8"));
}

TEST_CASE("provision never overwrites a key or a request, nor takes over a leftover", "[app][cli][provision]")
{
    QTemporaryDir dir;
    REQUIRE(provision(QStringLiteral("wh-7"), dir.path()).exitCode == 0);
    const QString key = dir.filePath(QStringLiteral("wh-7.key"));
    const QString request = dir.filePath(QStringLiteral("wh-7.csr"));
    const QByteArray keyBefore = fileBytes(key);
    const QByteArray requestBefore = fileBytes(request);

    const Run again = provision(QStringLiteral("wh-7"), dir.path());
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("never overwrites a key")));
    CHECK(fileBytes(key) == keyBefore);
    CHECK(fileBytes(request) == requestBefore);
    CHECK(fileMode(key) == 0600);

    // A request without its key belongs to no key here: refused too, and left alone.
    REQUIRE(QFile::rename(key, dir.filePath(QStringLiteral("elsewhere.key"))));
    const Run orphan = provision(QStringLiteral("wh-7"), dir.path());
    CHECK(orphan.exitCode == 1);
    CHECK(orphan.err.contains(QStringLiteral("without its key")));
    CHECK_FALSE(QFileInfo::exists(key));
    CHECK(fileBytes(request) == requestBefore);

    // A .partial from a run that did not finish is not ours to take over.
    QFile leftover(dir.filePath(QStringLiteral("wh-9.key.partial")));
    REQUIRE(leftover.open(QIODevice::WriteOnly));
    leftover.close();
    const Run unfinished = provision(QStringLiteral("wh-9"), dir.path());
    CHECK(unfinished.exitCode == 1);
    CHECK(unfinished.err.contains(QStringLiteral("did not finish")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("wh-9.key"))));
    CHECK(fileBytes(leftover.fileName()).isEmpty());
}

TEST_CASE("provision refuses an id the broker's rules cannot keep to one warehouse", "[app][cli][provision]")
{
    QTemporaryDir dir;
    const std::vector<std::pair<QString, QString>> refused{
        {QString(), QStringLiteral("is empty")},
        {QStringLiteral("central-acme"), QStringLiteral("reserved for the central consumers")},
        {QStringLiteral("Central-acme"), QStringLiteral("reserved for the central consumers")},
        {QStringLiteral("wh/7"), QStringLiteral("topic separator")},
        {QStringLiteral("wh+"), QStringLiteral("wildcard")},
        {QStringLiteral("wh#7"), QStringLiteral("wildcard")},
        {QStringLiteral("wh 7"), QStringLiteral("white space")},
        {QStringLiteral("wh\t7"), QStringLiteral("white space")},
        {QStringLiteral("wh.7"), QStringLiteral("may only hold")},
        {QStringLiteral("lager-östra"), QStringLiteral("may only hold")},
        {QString(33, QLatin1Char('w')), QStringLiteral("32 at most")},
    };
    for (const auto& [id, reason] : refused) {
        const Run run = provision(id, dir.path());
        INFO("id \"" << id.toStdString() << "\": " << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(reason));
    }
    // 32 characters is the longest id the scheme takes.
    CHECK(provision(QString(32, QLatin1Char('w')), dir.path()).exitCode == 0);
    CHECK(entries(dir.path()).size() == 2);

    const Run badStation = provision(QStringLiteral("wh-1"), dir.path(), QStringLiteral("dock 1"));
    CHECK(badStation.exitCode == 1);
    CHECK(badStation.err.contains(QStringLiteral("The station")));
    const Run noWarehouse = execute(QStringLiteral(WH_APPLIANCE_EXE),
                                    {QStringLiteral("provision"), QStringLiteral("--out"), dir.path()});
    CHECK(noWarehouse.exitCode == 2);
    CHECK(noWarehouse.err.contains(QStringLiteral("provision needs --warehouse")));
    const Run noFolder = provision(QStringLiteral("wh-1"), dir.filePath(QStringLiteral("missing")));
    CHECK(noFolder.exitCode == 1);
    CHECK(noFolder.err.contains(QStringLiteral("does not exist")));
    CHECK(entries(dir.path()).size() == 2);
}

TEST_CASE("provision into an unwritable folder or onto a full disk leaves nothing behind",
          "[app][cli][provision]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("keys"));
    REQUIRE(QDir().mkpath(out));

    SECTION("a folder it may not write")
    {
        REQUIRE(::chmod(QFile::encodeName(out).constData(), 0500) == 0);
        // root passes every permission check: it runs without the capability to, like any other user.
        QString program = QStringLiteral(WH_APPLIANCE_EXE);
        QStringList arguments = provisionArguments(QStringLiteral("wh-7"), out);
        if (::geteuid() == 0) {
            program = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            REQUIRE_FALSE(program.isEmpty());
            const QStringList drop{QStringLiteral("--bounding-set=-dac_override,-dac_read_search")};
            // The folder is unwritable for such a process indeed.
            CHECK(execute(program, drop + QStringList{QStringLiteral("/bin/touch"),
                                                      QDir(out).filePath(QStringLiteral("probe"))})
                      .exitCode != 0);
            arguments = drop + QStringList{QStringLiteral(WH_APPLIANCE_EXE)} + arguments;
        }
        const Run run = execute(program, arguments);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("Cannot create")));
        CHECK(run.err.contains(QStringLiteral("Permission denied")));
        CHECK(entries(out).isEmpty());
        ::chmod(QFile::encodeName(out).constData(), 0700);
    }
    SECTION("no room for the key, or room for the key but not for the request")
    {
        // A file size limit stands in for a full disk: write() fails with EFBIG (SIGXFSZ ignored, which
        // prlimit's exec keeps), at the key (0 bytes) or at the request (512 bytes: the key's PEM fits, the
        // request's does not).
        const QString station(64, QLatin1Char('s')); // makes sure the request is over 512 bytes
        for (const auto& [bytes, failing] :
             {std::pair{QStringLiteral("0"), QStringLiteral("wh-7.key.partial")},
              std::pair{QStringLiteral("512"), QStringLiteral("wh-7.csr.partial")}}) {
            const Run run = execute(
                QStringLiteral("/bin/bash"),
                QStringList{
                    QStringLiteral("-c"),
                    QStringLiteral("trap '' XFSZ; exec prlimit --fsize=%1 -- \"$0\" \"$@\"").arg(bytes),
                    QStringLiteral(WH_APPLIANCE_EXE)} +
                    provisionArguments(QStringLiteral("wh-7"), out, station));
            INFO(bytes.toStdString() << " bytes: " << run.err.toStdString());
            CHECK(run.exitCode == 1);
            CHECK(run.err.contains(QStringLiteral("Cannot write ") + QDir(out).filePath(failing)));
            CHECK(run.err.contains(QStringLiteral("File too large")));
            CHECK(run.err.contains(QStringLiteral("Nothing was kept")));
            CHECK(entries(out).isEmpty());
        }
        // With room, the same command succeeds: the limit was what stopped it.
        const Run made = provision(QStringLiteral("wh-7"), out, station);
        CHECK(made.exitCode == 0);
        CHECK(QFileInfo(QDir(out).filePath(QStringLiteral("wh-7.csr"))).size() > 512);
    }
}

TEST_CASE("a provisioned appliance signed by the fleet CA syncs through the documented broker as its own "
          "warehouse only",
          "[app][provision][tls]")
{
    Fleet fleet;
    QTemporaryDir dir;
    const QString keys = dir.filePath(QStringLiteral("keys"));
    REQUIRE(QDir().mkpath(keys));
    const Run made = provision(QStringLiteral("wh-prov"), keys);
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const TestPki::KeyPair provisioned{QDir(keys).filePath(QStringLiteral("wh-prov.crt")),
                                       QDir(keys).filePath(QStringLiteral("wh-prov.key"))};
    const bool signedByCa =
        fleet.pki.signRequest(QDir(keys).filePath(QStringLiteral("wh-prov.csr")), provisioned.certFile);
    INFO(fleet.pki.error().toStdString());
    REQUIRE(signedByCa);

    auto central = connectAs(fleet, QStringLiteral("central-acme"), "central-acme-1");
    subscribe(*central, "wh/v1/+/acme/events");
    // Another warehouse's appliance asks for wh-prov's events and hellos: granted, and nothing may come.
    auto other = connectAs(fleet, QStringLiteral("wh-other"), "appliance-wh-other");
    subscribe(*other, "wh/v1/wh-prov/+/events");
    subscribe(*other, "wh/v1/wh-prov/+/hello");
    subscribe(*other, "wh/v1/wh-other/acme/commands");

    QProcess appliance;
    appliance.setProcessEnvironment(headlessEnvironment());
    appliance.setProcessChannelMode(QProcess::MergedChannels);
    appliance.start(QStringLiteral(WH_APPLIANCE_EXE),
                    {QStringLiteral("run"), QStringLiteral("--headless"), QStringLiteral("--data-dir"),
                     dir.filePath(QStringLiteral("data")), QStringLiteral("--warehouse"),
                     QStringLiteral("wh-prov"), QStringLiteral("--broker"),
                     QString::fromStdString(fleet.uri()), QStringLiteral("--tls-ca"), fleet.pki.caFile(),
                     QStringLiteral("--tls-cert"), provisioned.certFile, QStringLiteral("--tls-key"),
                     provisioned.keyFile});
    REQUIRE(appliance.waitForStarted());

    // The demo's events reach the central consumer on wh-prov's own topic.
    std::optional<std::pair<std::string, std::string>> event;
    for (const auto deadline = std::chrono::steady_clock::now() + 60s;
         !event && std::chrono::steady_clock::now() < deadline;)
        event = next(*central, 200ms);
    INFO("appliance: " << QString::fromUtf8(appliance.readAll()).toStdString());
    INFO("broker: " << fleet.broker->log().toStdString());
    REQUIRE(event);
    CHECK(event->first == "wh/v1/wh-prov/acme/events");
    CHECK(QByteArray::fromStdString(event->second).contains("\"warehouse\":\"wh-prov\""));

    // wh-other got none of them: its own command, published after they were delivered, is all it has.
    publish(*central, "wh/v1/wh-other/acme/commands", "control-1");
    expectOnly(*other, "wh/v1/wh-other/acme/commands", "control-1");

    // With the provisioned identity, a command into another warehouse is dropped.
    auto impostor = connectWith(fleet, provisioned, "wh-prov-probe");
    publish(*impostor, "wh/v1/wh-other/acme/commands", "forged");
    publish(*central, "wh/v1/wh-other/acme/commands", "control-2");
    expectOnly(*other, "wh/v1/wh-other/acme/commands", "control-2");

    impostor->disconnect()->wait();
    appliance.terminate();
    CHECK(appliance.waitForFinished(20'000));
    CHECK(appliance.exitCode() == 0);
    other->disconnect()->wait();
    central->disconnect()->wait();
}

TEST_CASE("a revoked provisioned certificate is refused by a broker with the fleet CA's revocation list",
          "[app][provision][tls]")
{
    TestPki& pki = fleetPki();
    QTemporaryDir dir;
    REQUIRE(provision(QStringLiteral("wh-revoked"), dir.path()).exitCode == 0);
    const TestPki::KeyPair revoked{dir.filePath(QStringLiteral("wh-revoked.crt")),
                                   dir.filePath(QStringLiteral("wh-revoked.key"))};
    const bool signedByCa = pki.signRequest(dir.filePath(QStringLiteral("wh-revoked.csr")), revoked.certFile);
    const bool revokedByCa = signedByCa && pki.revoke(revoked.certFile);
    INFO(pki.error().toStdString());
    REQUIRE(revokedByCa);

    // The documented listener plus the line docs/operations.md adds for revocation.
    Fleet fleet(std::nullopt, QStringLiteral("crlfile %1\n").arg(pki.crlFile()));
    // The CA's other certificates still get in.
    auto other = connectAs(fleet, QStringLiteral("wh-2"), "appliance-wh-2");
    other->disconnect()->wait();

    mqtt::async_client client(fleet.uri(), "appliance-wh-revoked", mqtt::create_options(MQTTVERSION_3_1_1));
    CHECK_THROWS_AS(client.connect(connectOptions(tls(pki.caFile(), revoked)))->wait(), mqtt::exception);
    INFO(fleet.broker->log().toStdString());
    CHECK(fleet.broker->log().contains(QStringLiteral("certificate verify failed")));
    CHECK(fleet.broker->running());
}
