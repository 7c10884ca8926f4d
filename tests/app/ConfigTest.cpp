// The configuration file's reader: every key read into the options, every bad value, unknown key or section,
// repeated key and unreadable file refused with the file, the line and the key; and [tenants] registered in a
// real store.
#include "Config.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace wh;
using wh::test::StoreFixture;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    return path;
}

// Reads and applies one file; returns its refusals.
QStringList load(const QString& path, app::Options& options)
{
    const app::ConfigFile file = app::ConfigFile::read(path);
    return file.errors + app::applyConfig(file, options);
}

} // namespace

TEST_CASE("a configuration file sets every key of run, relative paths from its folder", "[app][config]")
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("tls"));
    QDir(dir.path()).mkpath(QStringLiteral("labels"));
    for (const char* name : {"tls/ca.pem", "tls/cert.pem", "tls/key.pem"})
        writeFile(dir, QLatin1String(name), "-----BEGIN-----\n");
    const QString path = writeFile(dir, QStringLiteral("appliance.conf"), R"(# a comment
; another comment
[store]
path = data/warehouse.db

[broker]
uri = ssl://broker.example.com:8883
tls-ca = tls/ca.pem
tls-cert = tls/cert.pem
tls-key = "tls/key.pem"

[appliance]
warehouse = wh-7
stations = pack-1, pack-2
kiosk = yes
idle-logout-s = 300
sound = off
demo-scanner = true
seed-demo = false
headless = 1
stock-round-minutes = 2.5

[scanners]
pack-1 = /dev/ttyACM0,baud=19200,suffix=lf,station=pack-1

[printers]
dock-1 = tcp://10.0.0.5:9100,dpi=300
pack-2 = serial:/dev/ttyUSB0,baud=9600,name=pack-2

[tenants]
acme = Acme Outdoor
globex = Globex Health

[metrics]
address = 0.0.0.0
port = 9464

[backup]
dir = /var/backups/wh
every-hours = 6
keep = 3

[labels]
templates = labels
)");
    app::Options options;
    const QStringList errors = load(path, options);
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(errors.isEmpty());
    CHECK(options.dbPath == dir.filePath(QStringLiteral("data/warehouse.db")));
    CHECK(options.brokerUri == QStringLiteral("ssl://broker.example.com:8883"));
    CHECK(options.tlsCa == dir.filePath(QStringLiteral("tls/ca.pem")));
    CHECK(options.tlsKey == dir.filePath(QStringLiteral("tls/key.pem"))); // the quotes are not the value's
    CHECK(options.warehouse == QStringLiteral("wh-7"));
    CHECK(options.stations == QStringList{QStringLiteral("pack-1"), QStringLiteral("pack-2")});
    CHECK(options.kiosk);
    CHECK(options.idleLogoutSeconds == 300);
    CHECK_FALSE(options.sound);
    CHECK(options.demoScanner);
    CHECK_FALSE(options.seedDemo);
    CHECK(options.headless);
    CHECK(options.stockRoundMinutes == 2.5);
    REQUIRE(options.scanners.size() == 1);
    CHECK(options.scanners[0].id == QStringLiteral("pack-1")); // the key names the scanner
    CHECK(options.scanners[0].baud == 19200);
    CHECK(options.scanners[0].suffix == devices::ScanSuffix::Lf);
    REQUIRE(options.printers.size() == 2);
    CHECK(options.printers[0].name == QStringLiteral("dock-1"));
    CHECK(options.printers[0].dpi == 300);
    CHECK(options.printers[1].device == QStringLiteral("/dev/ttyUSB0"));
    REQUIRE(options.tenants.size() == 2);
    CHECK(options.tenants[0].id == QStringLiteral("acme"));
    CHECK(options.tenants[0].name == QStringLiteral("Acme Outdoor"));
    CHECK(options.metricsAddress == QStringLiteral("0.0.0.0"));
    CHECK(options.metricsPort == 9464);
    CHECK(options.backupDir == QStringLiteral("/var/backups/wh"));
    CHECK(options.backupEveryHours == 6);
    CHECK(options.backupKeep == 3);
    CHECK(options.labelTemplates == dir.filePath(QStringLiteral("labels")));

    // One line per setting for check-config, with the TLS key by path only.
    const QStringList lines = app::describeSettings(options);
    CHECK(lines.contains(QStringLiteral("[appliance] warehouse = wh-7")));
    CHECK(lines.contains(QStringLiteral("[printers] dock-1 = ") + options.printers[0].toSpec()));
    CHECK(
        lines.contains(QStringLiteral("[broker] tls-key = ") + dir.filePath(QStringLiteral("tls/key.pem"))));
    CHECK(lines.contains(QStringLiteral("[tenants] globex = Globex Health")));
    CHECK(lines.contains(QStringLiteral("[metrics] port = 9464")));
}

TEST_CASE("an empty value or a key left out keeps the default", "[app][config]")
{
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, QStringLiteral("appliance.conf"),
                  "\xEF\xBB\xBF[appliance]\r\nwarehouse =\r\nidle-logout-s = 45\r\n[metrics]\r\n");
    app::Options options;
    REQUIRE(load(path, options).isEmpty()); // a byte order mark and CRLF lines too
    CHECK(options.warehouse == QStringLiteral("wh-1"));
    CHECK(options.idleLogoutSeconds == 45);
    CHECK(options.metricsPort == 0);
    CHECK(options.stations == QStringList{QStringLiteral("station-1")});
}

TEST_CASE("each bad value is refused with the file, the line and the key", "[app][config]")
{
    QTemporaryDir dir;
    struct Case
    {
        const char* section;
        const char* line;
        const char* expected; // after "FILE:3: "
    };
    // clang-format off
    const Case cases[] = {
        {"broker", "uri = tcp//x", "[broker] uri: \"tcp//x\" is not tcp://host:port or ssl://host:port."},
        {"broker", "uri = tcp://10.0.0.1:70000", "[broker] uri: \"tcp://10.0.0.1:70000\" is not tcp://host:port"},
        {"broker", "uri = tcp://10.0.0.1", "[broker] uri: \"tcp://10.0.0.1\" is not tcp://host:port"},
        {"broker", "tls-ca = /nonexistent/ca.pem", "[broker] tls-ca: /nonexistent/ca.pem: no such file."},
        {"appliance", "warehouse = wh/1", "[appliance] warehouse: \"wh/1\" is not a warehouse id"},
        {"appliance", "stations = pack-1,,pack-2", "[appliance] stations: \"pack-1,,pack-2\": a station id is empty"},
        {"appliance", "stations = pack-1,pack-1", "[appliance] stations: station pack-1 is given twice."},
        {"appliance", "kiosk = maybe", "[appliance] kiosk: \"maybe\" is not true or false."},
        {"appliance", "idle-logout-s = -5", "[appliance] idle-logout-s: \"-5\" is not a number of seconds"},
        {"appliance", "stock-round-minutes = soon", "[appliance] stock-round-minutes: \"soon\" is not a number of minutes"},
        {"scanners", "pack-1 = /dev/ttyACM0,baud=fast", "[scanners] pack-1: \"/dev/ttyACM0,baud=fast\": "},
        {"scanners", "pack-1 = /dev/ttyACM0,id=pack-9", "[scanners] pack-1: the spec's id=pack-9 differs from the key pack-1"},
        {"scanners", "pack-1 =", "[scanners] pack-1: no spec given"},
        {"printers", "dock-1 = tcp://10.0.0.5:9100,dpi=250", "[printers] dock-1: \"tcp://10.0.0.5:9100,dpi=250\": "},
        {"printers", "dock-1 = ftp://10.0.0.5", "[printers] dock-1: \"ftp://10.0.0.5\": "},
        {"printers", "dock-1 = tcp://10.0.0.5,name=dock-2", "[printers] dock-1: the spec's name=dock-2 differs"},
        {"tenants", "acme.eu = Acme Europe", "[tenants] acme.eu: \"acme.eu\" is not a merchant id"},
        {"tenants", "acme =", "[tenants] acme: the merchant needs a name"},
        {"metrics", "port = 70000", "[metrics] port: \"70000\" is not a port number (0 to 65535; 0: off)."},
        {"metrics", "port = nine", "[metrics] port: \"nine\" is not a port number"},
        {"metrics", "address = metrics.local", "[metrics] address: \"metrics.local\" is not an IP address"},
        {"backup", "every-hours = 0", "[backup] every-hours: \"0\" is not a number of hours above 0"},
        {"backup", "every-hours = 600", "[backup] every-hours: \"600\" is not a number of hours above 0 (596 at most)."},
        {"backup", "keep = 0", "[backup] keep: \"0\" is not a number of backups, 1 or more."},
        {"labels", "templates = no-such-folder", "[labels] templates: "},
    };
    // clang-format on
    for (const Case& c : cases) {
        const QString path = writeFile(dir, QStringLiteral("appliance.conf"),
                                       QByteArray("# line 1\n[") + c.section + "]\n" + c.line + "\n");
        app::Options options;
        const app::Options defaults;
        const QStringList errors = load(path, options);
        const QString expected = path + QStringLiteral(":3: ") + QLatin1String(c.expected);
        INFO(c.line << " gave: " << errors.join(QLatin1Char('\n')).toStdString());
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].startsWith(expected));
        // A refused key leaves the default.
        CHECK(options.brokerUri == defaults.brokerUri);
        CHECK(options.warehouse == defaults.warehouse);
        CHECK(options.stations == defaults.stations);
        CHECK(options.metricsPort == defaults.metricsPort);
        CHECK(options.scanners.isEmpty());
        CHECK(options.printers.isEmpty());
    }
}

TEST_CASE("the broker's TLS files go together and with ssl://", "[app][config]")
{
    QTemporaryDir dir;
    writeFile(dir, QStringLiteral("ca.pem"), "x");
    writeFile(dir, QStringLiteral("cert.pem"), "x");
    const QString onlyCa =
        writeFile(dir, QStringLiteral("a.conf"), "[broker]\nuri = ssl://h:8883\ntls-ca = ca.pem\n");
    app::Options options;
    QStringList errors = load(onlyCa, options);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0] ==
          onlyCa + QStringLiteral(":2: [broker]: TLS needs the CA file, the certificate and the private "
                                  "key together."));
    const QString bare = writeFile(dir, QStringLiteral("b.conf"), "[broker]\nuri = ssl://h:8883\n");
    app::Options second;
    errors = load(bare, second);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].contains(QStringLiteral(":2: [broker]: an ssl:// broker needs the CA file")));
    // The same checks the command line uses.
    CHECK_FALSE(app::checkTlsFiles(QStringLiteral("ssl://h:1"), QString(), QString(), QString()).ok());
    CHECK(app::checkTlsFiles(QStringLiteral("tcp://h:1"), QString(), QString(), QString()).ok());
    CHECK(app::checkBrokerUri(QStringLiteral("tcp://[fd00::5]:1883")).ok());
    CHECK(app::checkBrokerUri(QStringLiteral("ssl://broker-1.example.com:8883")).ok());
    CHECK_FALSE(app::checkBrokerUri(QStringLiteral("http://broker:1883")).ok());
    CHECK_FALSE(app::checkBrokerUri(QStringLiteral("tcp://broker:0")).ok());
}

TEST_CASE("unknown sections and keys, repeated ones and stray lines are all refused at once", "[app][config]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("appliance.conf"), R"(orphan = 1
[store]
path = /tmp/x.db
paht = /tmp/y.db
[brokr]
uri = tcp://h:1
[store]
path = /tmp/z.db
[appliance]
this line has no equals sign
kiosk = true
kiosk = false
[metrics
port = 1
)");
    app::Options options;
    const QStringList errors = load(path, options);
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    const QString p = path + QLatin1Char(':');
    CHECK(errors.contains(p + QStringLiteral("1: key orphan comes before any [section].")));
    CHECK(errors.contains(p + QStringLiteral("7: section [store] is given twice (first at line 2).")));
    CHECK(errors.contains(p + QStringLiteral("8: [store] path: given twice (first at line 3).")));
    CHECK(errors.contains(
        p +
        QStringLiteral(
            "10: \"this line has no equals sign\" is not a [section], a key = value line or a comment.")));
    CHECK(errors.contains(p + QStringLiteral("12: [appliance] kiosk: given twice (first at line 11).")));
    CHECK(errors.contains(p + QStringLiteral("13: \"[metrics\" is not a section header like [store].")));
    CHECK(errors.contains(
        p + QStringLiteral("5: unknown section [brokr] (known: [store], [broker], [appliance], "
                           "[scanners], [printers], [tenants], [metrics], [backup], [labels]).")));
    CHECK(errors.contains(p + QStringLiteral("4: [store] unknown key \"paht\" (known: path).")));
    CHECK(errors.size() == 8); // nothing under [brokr] or [metrics is reported twice
    CHECK(options.dbPath == QStringLiteral("/tmp/x.db")); // the first path stands
    CHECK(options.kiosk);
}

TEST_CASE("an unreadable configuration file is refused naming it", "[app][config]")
{
    QTemporaryDir dir;
    const app::ConfigFile missing = app::ConfigFile::read(dir.filePath(QStringLiteral("none.conf")));
    REQUIRE(missing.errors.size() == 1);
    CHECK(missing.errors[0].startsWith(dir.filePath(QStringLiteral("none.conf")) +
                                       QStringLiteral(": the configuration file cannot be read")));
    const app::ConfigFile folder = app::ConfigFile::read(dir.path());
    REQUIRE(folder.errors.size() == 1);
    CHECK(folder.errors[0].contains(QStringLiteral("it is a folder")));
}

TEST_CASE("the configured merchants the store does not know are registered, once", "[app][config][tenants]")
{
    StoreFixture f;
    f.addTenant(QStringLiteral("acme"));
    app::Options options;
    options.tenants = {Tenant{QStringLiteral("acme"), QStringLiteral("Acme Outdoor")},
                       Tenant{QStringLiteral("initech"), QStringLiteral("Initech Supplies")}};
    const std::int64_t before = f.store().counts()->events;
    REQUIRE(app::registerConfiguredTenants(f.store(), options).ok());
    auto tenants = f.store().tenants();
    REQUIRE(tenants.ok());
    REQUIRE(tenants->size() == 2);
    CHECK(f.store().tenant(QStringLiteral("initech")).ok());
    CHECK(f.store().counts()->events == before + 1); // one TenantRegistered
    // Again: nothing new.
    REQUIRE(app::registerConfiguredTenants(f.store(), options).ok());
    CHECK(f.store().counts()->events == before + 1);
}
