// The whole loop with real processes: Mosquitto (persistent), the reference central service generating
// orders, cancellations and modifications for two tenants, the appliance (`warehouse-appliance run
// --headless --broker ...`) killed with SIGKILL at random moments and started again, and the floor picking,
// packing and shipping on the same store file meanwhile. The central service checks every promise of the
// contract and exits non-zero on any violation; the test also checks that the appliance's outbox drained.
#include "ContractCheck.h"
#include "MosquittoBroker.h"
#include "Protocol.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <mqtt/async_client.h>

#include <csignal>

using namespace wh;
using wh::test::MosquittoBroker;
using wh::test::StoreFixture;

namespace {

const QStringList kTenants{QStringLiteral("acme"), QStringLiteral("globex")};

QStringList skusOf(const QString& tenant)
{
    const QString p = tenant.toUpper();
    return {p + QStringLiteral("-SKU1"), p + QStringLiteral("-SKU2"), p + QStringLiteral("-SKU3")};
}

// Tenants with stock on their pick faces and everything shipping needs.
void prepare(StoreFixture& f)
{
    for (const QString& id : kTenants) {
        const TenantContext t = f.addTenant(id);
        for (const QString& code : skusOf(id).mid(1)) {
            Sku sku;
            sku.code = code;
            sku.weightGrams = 250;
            sku.lengthMm = 100;
            sku.widthMm = 80;
            sku.heightMm = 60;
            WH_REQUIRE_OK(f.store().defineSku(t, f.actor(), sku));
        }
        for (const QString& code : skusOf(id))
            WH_REQUIRE_OK(
                f.store().receive(t, f.actor(), {code, id.toUpper() + QStringLiteral("-PICK"), {}, {}, 400}));
        WH_REQUIRE_OK(test::configureShipping(f.store(), t, f.actor(), 5000));
    }
}

QString writeCatalog(const QString& dir)
{
    QJsonObject tenants;
    for (const QString& id : kTenants) {
        QJsonArray skus;
        for (const QString& code : skusOf(id))
            skus.append(QJsonObject{{QStringLiteral("sku"), code}, {QStringLiteral("unitPriceMinor"), 1500}});
        tenants.insert(id, QJsonObject{{QStringLiteral("skus"), skus}});
    }
    const QString path = dir + QStringLiteral("/catalog.json");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("tenants"), tenants}}).toJson());
    return path;
}

// Everything on the broker under wh/v1/, as `topic<TAB>json` lines for the contract validator.
class Recorder
{
public:
    explicit Recorder(const QString& uri)
        : m_client(uri.toStdString(), "test-recorder", mqtt::create_options(MQTTVERSION_3_1_1))
    {
        m_client.start_consuming();
        m_client.connect(mqtt::connect_options_builder().clean_session(true).finalize())->wait();
        m_client.subscribe("wh/v1/#", 1)->wait();
    }
    ~Recorder()
    {
        try {
            m_client.disconnect()->wait_for(std::chrono::seconds(2));
        } catch (const mqtt::exception&) {
        }
    }
    // Takes what arrived, waiting up to `ms` for the first message.
    void take(int ms = 0)
    {
        mqtt::const_message_ptr message;
        while (m_client.try_consume_message_for(&message, std::chrono::milliseconds(ms)) && message) {
            capture += QByteArray::fromStdString(message->get_topic()) + '\t' +
                       QByteArray::fromStdString(message->to_string()) + '\n';
            messages.append({QString::fromStdString(message->get_topic()),
                             QByteArray::fromStdString(message->to_string())});
            ms = 0;
        }
    }
    QByteArray capture;
    QList<std::pair<QString, QByteArray>> messages;

private:
    mqtt::async_client m_client;
};

// The appliance as a process, as it runs on the box: headless, syncing with the broker.
std::unique_ptr<QProcess> startAppliance(const QString& store, const QString& broker)
{
    auto p = std::make_unique<QProcess>();
    p->setProcessChannelMode(QProcess::MergedChannels);
    p->start(QStringLiteral(WH_APPLIANCE_EXE),
             {QStringLiteral("run"), QStringLiteral("--headless"), QStringLiteral("--no-demo"),
              QStringLiteral("--db"), store, QStringLiteral("--broker"), broker,
              QStringLiteral("--warehouse"), QStringLiteral("wh-1")});
    p->waitForStarted(5000);
    return p;
}

// Runs the loop; `faults` are extra central-sim options that spoil the cloud side on purpose.
void runLoop(const QStringList& faults, quint32 seed)
{
    MosquittoBroker broker(QStringLiteral("persistence true\n"));
    REQUIRE(broker.start());
    StoreFixture f;
    prepare(f);
    const QString catalog = writeCatalog(f.dirPath());
    Recorder recorder(broker.uri()); // every message of the run, both directions, for the contract check

    QProcess central;
    central.setProcessChannelMode(QProcess::MergedChannels);
    const QString summary = f.dirPath() + QStringLiteral("/summary.json");
    const QStringList arguments{
        QStringLiteral("--broker"),        broker.uri(),
        QStringLiteral("--warehouse"),     QStringLiteral("wh-1"),
        QStringLiteral("--catalog"),       catalog,
        QStringLiteral("--store"),         f.dirPath() + QStringLiteral("/central.db"),
        QStringLiteral("--orders"),        QStringLiteral("60"),
        QStringLiteral("--rate"),          QStringLiteral("20"),
        QStringLiteral("--cancel-before"), QStringLiteral("0.1"),
        QStringLiteral("--cancel-during"), QStringLiteral("0.1"),
        QStringLiteral("--cancel-after"),  QStringLiteral("0.1"),
        QStringLiteral("--modify"),        QStringLiteral("0.1"),
        QStringLiteral("--seed"),          QStringLiteral("7"),
        QStringLiteral("--idle-exit-ms"),  QStringLiteral("8000"),
        QStringLiteral("--timeout-s"),     QStringLiteral("150"),
        QStringLiteral("--summary-json"),  summary};
    central.start(QStringLiteral(WH_CENTRAL_SIM), arguments + faults);
    REQUIRE(central.waitForStarted(5000));

    auto appliance = startAppliance(f.path(), broker.uri());
    QRandomGenerator random(seed);
    QString applianceLog;
    int kills = 0;
    int shipped = 0;
    QElapsedTimer clock;
    clock.start();
    qint64 nextKill = 500 + random.bounded(1500);
    // The floor works while the appliance dies and comes back, five times.
    while (central.state() == QProcess::Running && clock.elapsed() < 170000) {
        shipped += test::pickPackShip(f.store(), f.actor(), kTenants);
        if (kills < 5 && clock.elapsed() > nextKill) {
            ::kill(pid_t(appliance->processId()), SIGKILL);
            appliance->waitForFinished(5000);
            applianceLog += QString::fromUtf8(appliance->readAll());
            ++kills;
            QThread::msleep(random.bounded(500));
            appliance = startAppliance(f.path(), broker.uri());
            nextKill = clock.elapsed() + 500 + random.bounded(2500);
        }
        appliance->waitForReadyRead(100);
        central.waitForFinished(100);
        recorder.take();
    }
    central.waitForFinished(30000);
    const QString report = QString::fromUtf8(central.readAll());
    appliance->terminate();
    appliance->waitForFinished(10000);
    applianceLog += QString::fromUtf8(appliance->readAll());
    INFO("central-sim:\n" << report.toStdString());
    INFO("appliance:\n" << applianceLog.right(4000).toStdString());
    CHECK(kills == 5);
    CHECK(shipped > 0);
    REQUIRE(central.exitStatus() == QProcess::NormalExit);
    CHECK(central.exitCode() == 0);

    auto state = f.store().outbox().state();
    REQUIRE(state.ok());
    std::int64_t left = 0;
    for (const auto& t : *state)
        left += t.pending;
    CHECK(left == 0);
    // Every message the appliance and the central service exchanged holds to the JSON Schemas.
    recorder.take(500);
    const auto [validatorCode, validatorOutput] = test::validateCapture(recorder.capture);
    INFO("validator: " << validatorOutput.right(3000).toStdString());
    CHECK(validatorCode == 0);
    CHECK(recorder.capture.count('\n') > 100);

    // The run exercised what it claims: orders shipped, cancellations answered, commands answered.
    int cancelled = 0;
    int rejected = 0;
    for (const RecordedEvent& e : test::loggedEvents(f.store())) {
        if (e.type == EventType::OrderStatusChanged &&
            e.payloadObject().value(QStringLiteral("to")).toString() == QStringLiteral("Cancelled"))
            ++cancelled;
        if (e.type == EventType::CancelRejected || e.type == EventType::ModifyRejected)
            ++rejected;
    }
    // A cancellation either lands (Cancelled) or meets an order the floor already shipped (CancelRejected):
    // on a loaded machine the floor may win every race, but the central service's cancellations must have
    // been answered one way or the other.
    INFO("cancelled " << cancelled << ", rejected " << rejected);
    CHECK(cancelled + rejected > 0);
    QFile summaryFile(summary);
    REQUIRE(summaryFile.open(QIODevice::ReadOnly));
    const QJsonObject summaryJson = QJsonDocument::fromJson(summaryFile.readAll()).object();
    INFO("summary: " << QJsonDocument(summaryJson).toJson(QJsonDocument::Compact).toStdString());
    CHECK_FALSE(summaryJson.isEmpty());

    auto chain = f.store().verifyChain();
    REQUIRE(chain.ok());
    CHECK(chain->intact());
}

} // namespace

TEST_CASE("the appliance killed at random moments loses nothing and applies nothing twice", "[e2e][kill]")
{
    runLoop({}, 42);
}

TEST_CASE("the same with the cloud side dropping acks, duplicating and reordering commands", "[e2e][kill]")
{
    runLoop({QStringLiteral("--drop-acks"), QStringLiteral("0.2"), QStringLiteral("--duplicate"),
             QStringLiteral("0.2"), QStringLiteral("--reorder"), QStringLiteral("0.2")},
            7);
}

TEST_CASE("the last will says offline when the appliance dies - a restart says online again", "[e2e][status]")
{
    MosquittoBroker broker;
    REQUIRE(broker.start());
    StoreFixture f;
    f.addTenant(QStringLiteral("acme"));
    f.close();
    Recorder recorder(broker.uri());
    auto waitFor = [&](bool online, const QString& reason, int ms) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms) {
            recorder.take(50);
            for (const auto& [topic, payload] : recorder.messages) {
                const auto parts = protocol::parseTopic(topic);
                if (!parts || parts->channel != protocol::Channel::Status)
                    continue;
                const auto decoded = protocol::decodeStatus(payload, *parts);
                if (const auto* s = std::get_if<protocol::Status>(&decoded))
                    if (s->online == online && (online || s->reason == reason))
                        return true;
            }
        }
        return false;
    };
    auto appliance = startAppliance(f.path(), broker.uri());
    REQUIRE(waitFor(true, {}, 15000));
    recorder.messages.clear();
    ::kill(pid_t(appliance->processId()), SIGKILL);
    appliance->waitForFinished(5000);
    CHECK(waitFor(false, QStringLiteral("connection_lost"), 10000));
    recorder.messages.clear();
    appliance = startAppliance(f.path(), broker.uri());
    CHECK(waitFor(true, {}, 15000));
    recorder.messages.clear();
    appliance->terminate(); // a clean stop says so
    appliance->waitForFinished(10000);
    CHECK(waitFor(false, QStringLiteral("shutdown"), 10000));
}
