// wh_bench_saga: the order creation saga end to end, with real processes on 127.0.0.1: a Mosquitto this
// tool starts, one appliance (`warehouse-appliance run --headless`) on a store prepared with plenty of
// stock, and the reference central service (`central-sim --sagas`) generating customers' orders at a stated
// rate. Side by side in the same run, in alternating rounds, with the baseline: central-sim's direct path
// (no sagas: ReserveInventory generated straight to the warehouse at the same rate), which is the same
// round trip to the appliance and back without the gateway, payment, routing and saga bookkeeping.
// Then NFR1: the same measurement after 10,000 orders are open (reserved on the appliance, not picked).
//
// Where the times come from (every process on this machine, one wall clock):
// - accepted: the saga's PendingPayment status change (central store, saga_status_changes);
//   for the direct path, the ReserveInventory command's creation (central store, commands.created_at_ms);
// - the appliance's InventoryReserved: its occurred_at in the appliance's event log, and its seq;
// - committed at the central: the first `ack` the central publishes for that tenant with upTo >= that seq,
//   as an observer subscribed to the broker sees it. The central publishes an ack right after the commit of
//   the batch that carried the event, and the saga's status change to Processing is written in that same
//   transaction, so this is "the status change is committed" for the saga and "the event is stored" for the
//   direct path, measured the same way on both sides.

#include "BenchSupport.h"
#include "MosquittoBroker.h"
#include "Protocol.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <mqtt/async_client.h>

#include <algorithm>
#include <chrono>
#include <mutex>

using namespace wh;
using namespace wh::bench;

namespace {

const QString kWarehouse = QStringLiteral("wh-1");
const QStringList kTenants{QStringLiteral("acme"), QStringLiteral("globex")};
constexpr int kSkus = 4;

struct Options
{
    int orders = 600;  // measured orders per run
    double rate = 50;  // orders per second, both tenants together
    int rounds = 3;    // saga and direct runs each, alternating
    int open = 10'000; // open orders held before the loaded run's measured orders (0: no loaded run)
    int warmUp = 100;  // first orders of every run left out of the figures
    int payLatencyMs = 80;
    int intakeRate = 200;
    QString dir;
    QString centralSim;
    QString appliance;
};

double wallMs()
{
    return std::chrono::duration<double, std::milli>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

QString skuCode(const QString& tenant, int n)
{
    return tenant.toUpper() + QStringLiteral("-SKU%1").arg(n);
}

// Two tenants, four SKUs each, every SKU with `units` in a pick face: no order waits for stock.
void prepareStore(const QString& path, std::int64_t units)
{
    auto store = check(db::Store::open(path, optionsFor(db::StoreOptions::Durability::Normal)), path);
    for (const QString& id : kTenants) {
        check(store->registerTenant(Tenant{id, id + QStringLiteral(" Ltd")}, benchActor()),
              QStringLiteral("tenant"));
        const TenantContext t(id);
        const QString pick = id.toUpper() + QStringLiteral("-PICK");
        check(store->defineLocation(t, benchActor(), {pick, QStringLiteral("Z1"), LocationType::Pick, 1}),
              QStringLiteral("location"));
        for (int n = 1; n <= kSkus; ++n) {
            Sku sku;
            sku.code = skuCode(id, n);
            sku.description = sku.code;
            sku.weightGrams = 250;
            sku.lengthMm = 100;
            sku.widthMm = 80;
            sku.heightMm = 60;
            check(store->defineSku(t, benchActor(), sku), QStringLiteral("sku"));
            check(store->receive(t, benchActor(), {sku.code, pick, {}, {}, units}),
                  QStringLiteral("receive"));
        }
    }
}

QString writeCatalog(const QString& dir)
{
    QJsonObject tenants;
    for (const QString& id : kTenants) {
        QJsonArray skus;
        for (int n = 1; n <= kSkus; ++n)
            skus.append(QJsonObject{{QStringLiteral("sku"), skuCode(id, n)},
                                    {QStringLiteral("unitPriceMinor"), 700 + 400 * n}});
        tenants.insert(id, QJsonObject{{QStringLiteral("skus"), skus}});
    }
    const QString path = QDir(dir).filePath(QStringLiteral("catalog.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        die(QStringLiteral("cannot write %1").arg(path));
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("tenants"), tenants}}).toJson());
    return path;
}

// Subscribed to the central's acks and the appliance's status: when each ack was seen, and whether the
// appliance is online. Paho's callbacks run on Paho's thread; they only append under the mutex.
class Observer : public mqtt::callback
{
public:
    explicit Observer(const QString& uri)
        : m_client(uri.toStdString(), "bench-saga-observer", mqtt::create_options(MQTTVERSION_3_1_1))
    {
        m_client.set_callback(*this);
        m_client.connect(mqtt::connect_options_builder().clean_session(true).finalize())->wait();
        for (const QString& tenant : kTenants)
            m_client.subscribe(protocol::topic(kWarehouse, tenant, protocol::Channel::Acks).toStdString(), 0)
                ->wait();
        m_client.subscribe(protocol::statusTopic(kWarehouse).toStdString(), 0)->wait();
    }
    ~Observer() override
    {
        try {
            m_client.disconnect()->wait();
        } catch (const mqtt::exception&) {
        }
    }

    void message_arrived(mqtt::const_message_ptr message) override
    {
        const double at = wallMs();
        const auto parts = protocol::parseTopic(QString::fromStdString(message->get_topic()));
        if (!parts)
            return;
        const QByteArray payload = QByteArray::fromStdString(message->get_payload_str());
        std::lock_guard lock(m_mutex);
        if (parts->channel == protocol::Channel::Acks) {
            const auto decoded = protocol::decodeAck(payload, *parts);
            if (const auto* ack = std::get_if<protocol::Ack>(&decoded))
                m_acks[parts->tenant].push_back({ack->upTo, at});
        } else if (parts->channel == protocol::Channel::Status) {
            const auto status = protocol::decodeStatus(payload, *parts);
            if (const auto* s = std::get_if<protocol::Status>(&status))
                m_online = s->online;
        }
    }

    bool online()
    {
        std::lock_guard lock(m_mutex);
        return m_online;
    }

    // Once the run is over: a running maximum per tenant, so committedAt is a binary search.
    void freeze()
    {
        std::lock_guard lock(m_mutex);
        for (auto it = m_acks.begin(); it != m_acks.end(); ++it) {
            std::int64_t highest = 0;
            for (auto& a : it.value()) {
                highest = std::max(highest, a.first);
                a.first = highest;
            }
        }
    }
    // When the central had committed the tenant's event `seq`: the first ack covering it (-1: none seen).
    double committedAt(const QString& tenant, std::int64_t seq)
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_acks.constFind(tenant);
        if (it == m_acks.cend())
            return -1;
        const auto found = std::lower_bound(
            it->cbegin(), it->cend(), seq,
            [](const std::pair<std::int64_t, double>& a, std::int64_t s) { return a.first < s; });
        return found == it->cend() ? -1 : found->second;
    }

private:
    mqtt::async_client m_client;
    std::mutex m_mutex;
    QHash<QString, std::vector<std::pair<std::int64_t, double>>> m_acks;
    bool m_online = false;
};

// A QProcess whose output goes to a file, so a chatty process never blocks on a full pipe.
std::unique_ptr<QProcess> startProcess(const QString& program, const QStringList& args,
                                       const QString& logFile)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setStandardOutputFile(logFile);
    process->start(program, args);
    if (!process->waitForStarted(5000))
        die(QStringLiteral("%1 did not start: %2").arg(program, process->errorString()));
    return process;
}

QString tail(const QString& path, int chars = 3000)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).right(chars);
}

void waitForText(QProcess& process, const QString& logFile, const QByteArray& text, int timeoutMs)
{
    const auto start = Stopwatch::now();
    while (microsSince(start) < timeoutMs * 1000.0) {
        QFile file(logFile);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text))
            return;
        if (process.state() != QProcess::Running)
            break;
        QThread::msleep(20);
    }
    die(QStringLiteral("no \"%1\" from %2:\n%3")
            .arg(QString::fromLatin1(text), process.program(), tail(logFile)));
}

// Runs `body` on a private Qt SQL connection to an SQLite file.
template <typename F> void withDatabase(const QString& path, F&& body)
{
    static int next = 0;
    const QString name = QStringLiteral("bench-saga-%1").arg(++next);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            die(QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text()));
        body(db);
    }
    QSqlDatabase::removeDatabase(name);
}

QSqlQuery select(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        die(QStringLiteral("%1: %2").arg(sql, q.lastError().text()));
    return q;
}

struct Reservation
{
    std::int64_t seq = 0;
    double occurredAtMs = 0;
};

// The appliance's InventoryReserved per tenant/order (the first one, should an order be reserved twice).
QHash<QString, Reservation> reservations(const QString& applianceStore)
{
    QHash<QString, Reservation> out;
    withDatabase(applianceStore, [&](QSqlDatabase& db) {
        QSqlQuery q =
            select(db, QStringLiteral("SELECT tenant_id, aggregate_id, seq, occurred_at FROM events "
                                      "WHERE type = 'InventoryReserved' ORDER BY seq"));
        while (q.next()) {
            const QString key = q.value(0).toString() + QLatin1Char('/') + q.value(1).toString();
            if (!out.contains(key))
                out.insert(key, {q.value(2).toLongLong(), double(q.value(3).toLongLong())});
        }
    });
    return out;
}

enum class Side
{
    Saga,
    Direct
};

struct Figures
{
    std::vector<double> creation;      // accepted (saga) / command created (direct) -> committed at central
    std::vector<double> statusChange;  // appliance's InventoryReserved -> committed at central
    std::vector<double> storeCreation; // saga: PendingPayment -> Processing, as saga_status_changes has them
    int generated = 0;                 // orders the run placed
    int measured = 0;
    int openBefore = 0;       // accepted orders open when the first measured one was accepted
    int processingBefore = 0; // of those, already Processing (reserved on the appliance) by then
    int openAtEnd = 0;        // saga: sagas not ended when the run stopped
    double seconds = 0;
    QString fraudReviews; // from the central's summary
};

class Run
{
public:
    Run(const Options& o, const QString& master, const QString& catalog, const QString& dir)
        : m_o(o)
        , m_master(master)
        , m_catalog(catalog)
        , m_dir(dir)
    {}

    // `fill` orders first (not measured), then `measure` orders; the first warm-up of those is skipped too.
    Figures go(Side side, int fill, int measure)
    {
        QDir().mkpath(m_dir);
        const QString applianceStore = QDir(m_dir).filePath(QStringLiteral("appliance.db"));
        const QString centralStore = QDir(m_dir).filePath(QStringLiteral("central.db"));
        const QString summary = QDir(m_dir).filePath(QStringLiteral("summary.json"));
        QFile::remove(applianceStore);
        QFile::remove(centralStore);
        if (!QFile::copy(m_master, applianceStore))
            die(QStringLiteral("cannot copy the prepared store"));

        test::MosquittoBroker broker(QStringLiteral("set_tcp_nodelay true\nmax_queued_messages 0\n"));
        if (!broker.start())
            die(QStringLiteral("mosquitto did not start: %1").arg(broker.log()));
        Observer observer(broker.uri());

        const int total = fill + measure;
        const int timeoutS = int(total / m_o.rate) * 3 + 120;
        QStringList args{QStringLiteral("--broker"),       broker.uri(),
                         QStringLiteral("--warehouse"),    kWarehouse,
                         QStringLiteral("--catalog"),      m_catalog,
                         QStringLiteral("--store"),        centralStore,
                         QStringLiteral("--orders"),       QString::number(total),
                         QStringLiteral("--rate"),         QString::number(m_o.rate),
                         QStringLiteral("--max-open"),     QString::number(total + 10),
                         QStringLiteral("--idle-exit-ms"), QStringLiteral("3000"),
                         QStringLiteral("--timeout-s"),    QString::number(timeoutS),
                         QStringLiteral("--summary-json"), summary};
        if (side == Side::Saga)
            // Four customers per order and tenant: none orders often enough for the velocity check to flag
            // it.
            args << QStringLiteral("--sagas") << QStringLiteral("--clean-customers")
                 << QStringLiteral("--customers") << QString::number(total * 2 + 200)
                 << QStringLiteral("--intake-rate") << QString::number(m_o.intakeRate)
                 << QStringLiteral("--pay-latency-ms") << QString::number(m_o.payLatencyMs)
                 << QStringLiteral("--pay-decline") << QStringLiteral("0") << QStringLiteral("--pay-timeout")
                 << QStringLiteral("0");
        else
            args << QStringLiteral("--allow-partial") << QStringLiteral("0");

        // The central first (subscribed, ready), then the appliance: its hello and its first events meet a
        // central that is there, and the direct path's first commands are sent again on that hello.
        const QString centralLog = QDir(m_dir).filePath(QStringLiteral("central.log"));
        const QString applianceLog = QDir(m_dir).filePath(QStringLiteral("appliance.log"));
        const auto start = Stopwatch::now();
        auto central = startProcess(m_o.centralSim, args, centralLog);
        waitForText(*central, centralLog, "central-sim: ready", 60000);
        auto appliance =
            startProcess(m_o.appliance,
                         {QStringLiteral("run"), QStringLiteral("--headless"), QStringLiteral("--no-demo"),
                          QStringLiteral("--db"), applianceStore, QStringLiteral("--broker"), broker.uri(),
                          QStringLiteral("--warehouse"), kWarehouse, QStringLiteral("--stock-round-minutes"),
                          QStringLiteral("0.02")},
                         applianceLog);
        const auto wait = Stopwatch::now();
        while (!observer.online()) {
            if (microsSince(wait) > 30e6 || appliance->state() != QProcess::Running)
                die(QStringLiteral("the appliance did not come online:\n%1").arg(tail(applianceLog)));
            QThread::msleep(20);
        }
        if (!central->waitForFinished((timeoutS + 60) * 1000))
            die(QStringLiteral("central-sim did not finish:\n%1").arg(tail(centralLog)));
        Figures f;
        f.seconds = microsSince(start) / 1e6;
        appliance->terminate();
        if (!appliance->waitForFinished(20000)) {
            appliance->kill();
            appliance->waitForFinished(5000);
        }
        if (central->exitStatus() != QProcess::NormalExit || central->exitCode() != 0)
            die(QStringLiteral("central-sim reported a problem (exit %1):\n%2")
                    .arg(central->exitCode())
                    .arg(tail(centralLog)));
        observer.freeze();

        const QHash<QString, Reservation> reserved = reservations(applianceStore);
        if (side == Side::Saga)
            sagaFigures(centralStore, reserved, observer, fill, &f);
        else
            directFigures(centralStore, reserved, observer, fill, &f);
        QFile summaryFile(summary);
        if (summaryFile.open(QIODevice::ReadOnly)) {
            const QJsonObject payments = QJsonDocument::fromJson(summaryFile.readAll())
                                             .object()
                                             .value(QStringLiteral("sagas"))
                                             .toObject()
                                             .value(QStringLiteral("payments"))
                                             .toObject();
            if (payments.contains(QStringLiteral("fraudReview")))
                f.fraudReviews = QString::number(payments.value(QStringLiteral("fraudReview")).toInteger());
        }
        for (auto* v : {&f.creation, &f.statusChange, &f.storeCreation})
            std::sort(v->begin(), v->end());
        return f;
    }

private:
    int skip(int measured) const { return std::min(m_o.warmUp, measured / 4); }

    void sagaFigures(const QString& centralStore, const QHash<QString, Reservation>& reserved,
                     Observer& observer, int fill, Figures* f)
    {
        struct Order
        {
            QString key;
            double acceptedMs = -1;
            double processingMs = -1;
            QString status;
        };
        QHash<QString, Order> orders;
        withDatabase(centralStore, [&](QSqlDatabase& db) {
            QSqlQuery q = select(db, QStringLiteral("SELECT tenant, order_id, status FROM sagas"));
            while (q.next()) {
                const QString key = q.value(0).toString() + QLatin1Char('/') + q.value(1).toString();
                orders.insert(key, Order{key, -1, -1, q.value(2).toString()});
            }
            QSqlQuery c = select(
                db, QStringLiteral("SELECT tenant, order_id, to_status, at_ms FROM saga_status_changes"));
            while (c.next()) {
                const QString key = c.value(0).toString() + QLatin1Char('/') + c.value(1).toString();
                const QString to = c.value(2).toString();
                Order& order = orders[key];
                if (to == QLatin1String("PendingPayment"))
                    order.acceptedMs = double(c.value(3).toLongLong());
                else if (to == QLatin1String("Processing"))
                    order.processingMs = double(c.value(3).toLongLong());
            }
        });
        QList<Order> accepted;
        for (const Order& order : std::as_const(orders)) {
            if (order.acceptedMs >= 0)
                accepted.append(order);
            if (order.status != QLatin1String("Cancelled") && order.status != QLatin1String("Delivered") &&
                order.status != QLatin1String("Returned"))
                ++f->openAtEnd;
        }
        std::sort(accepted.begin(), accepted.end(), [](const Order& a, const Order& b) {
            return a.acceptedMs != b.acceptedMs ? a.acceptedMs < b.acceptedMs : a.key < b.key;
        });
        f->generated = int(orders.size());
        if (accepted.size() <= fill)
            die(QStringLiteral("only %1 orders were accepted, %2 of them to fill")
                    .arg(accepted.size())
                    .arg(fill));
        const int from = fill + skip(int(accepted.size()) - fill);
        // What was held when the first measured order came: every order accepted before it is still open
        // (nothing is picked), and those already reserved on the appliance are Processing.
        const double firstMeasured = accepted[from].acceptedMs;
        f->openBefore = from;
        for (int i = 0; i < from; ++i)
            if (accepted[i].processingMs >= 0 && accepted[i].processingMs <= firstMeasured)
                ++f->processingBefore;
        for (qsizetype i = from; i < accepted.size(); ++i) {
            const Order& order = accepted[i];
            const auto r = reserved.constFind(order.key);
            if (order.processingMs < 0 || r == reserved.cend())
                die(QStringLiteral("order %1 did not reach Processing (status %2, %3 on the appliance)")
                        .arg(order.key, order.status,
                             r == reserved.cend() ? QStringLiteral("not reserved")
                                                  : QStringLiteral("reserved")));
            const double committed = observer.committedAt(order.key.section(QLatin1Char('/'), 0, 0), r->seq);
            if (committed < 0)
                die(QStringLiteral("no ack covered the reservation of %1").arg(order.key));
            f->creation.push_back(committed - order.acceptedMs);
            f->statusChange.push_back(committed - r->occurredAtMs);
            f->storeCreation.push_back(order.processingMs - order.acceptedMs);
            ++f->measured;
        }
    }

    void directFigures(const QString& centralStore, const QHash<QString, Reservation>& reserved,
                       Observer& observer, int fill, Figures* f)
    {
        struct Command
        {
            QString tenant;
            QString key;
            double createdMs = 0;
            QString outcome;
        };
        QList<Command> commands;
        withDatabase(centralStore, [&](QSqlDatabase& db) {
            QSqlQuery q =
                select(db, QStringLiteral("SELECT tenant, order_id, created_at_ms, outcome FROM commands "
                                          "WHERE type = 'ReserveInventory' ORDER BY created_at_ms, number"));
            while (q.next())
                commands.append({q.value(0).toString(),
                                 q.value(0).toString() + QLatin1Char('/') + q.value(1).toString(),
                                 double(q.value(2).toLongLong()), q.value(3).toString()});
        });
        f->generated = int(commands.size());
        if (commands.size() <= fill)
            die(QStringLiteral("only %1 orders were sent").arg(commands.size()));
        const int from = fill + skip(int(commands.size()) - fill);
        for (qsizetype i = from; i < commands.size(); ++i) {
            const Command& c = commands[i];
            const auto r = reserved.constFind(c.key);
            if (r == reserved.cend())
                die(QStringLiteral("order %1 was not reserved (command outcome %2)").arg(c.key, c.outcome));
            const double committed = observer.committedAt(c.tenant, r->seq);
            if (committed < 0)
                die(QStringLiteral("no ack covered the reservation of %1").arg(c.key));
            f->creation.push_back(committed - c.createdMs);
            f->statusChange.push_back(committed - r->occurredAtMs);
            ++f->measured;
        }
    }

    const Options& m_o;
    QString m_master;
    QString m_catalog;
    QString m_dir;
};

struct Percentiles
{
    double p50 = 0, p95 = 0, p99 = 0;
};

Percentiles of(const std::vector<double>& sorted)
{
    return {percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99)};
}

// The median over rounds of each percentile.
Percentiles medianOf(const QList<Percentiles>& rounds)
{
    std::vector<double> a, b, c;
    for (const Percentiles& p : rounds) {
        a.push_back(p.p50);
        b.push_back(p.p95);
        c.push_back(p.p99);
    }
    return {median(a), median(b), median(c)};
}

QString ms(double value)
{
    return num(value, value < 100 ? 1 : 0);
}

const QList<int> kWidths{58, 9, 9, 9};

void printRow(const QString& label, const Percentiles& p)
{
    row({label, ms(p.p50), ms(p.p95), ms(p.p99)}, kWidths);
}

void printRatio(const QString& label, const Percentiles& a, const Percentiles& b)
{
    row({label, ratio(a.p50 / b.p50), ratio(a.p95 / b.p95), ratio(a.p99 / b.p99)}, kWidths);
}

QString met(bool ok)
{
    return ok ? QStringLiteral("met") : QStringLiteral("NOT MET");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    return guarded([&] {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "The order creation saga end to end (central-sim --sagas, a real appliance process, Mosquitto), "
            "beside central-sim's direct path at the same rate, in alternating rounds; then the same after "
            "--open orders are held open (NFR1)."));
        parser.addHelpOption();
        const QCommandLineOption orders(
            QStringLiteral("orders"), QStringLiteral("Measured orders per run (600)."), QStringLiteral("n"));
        const QCommandLineOption rate(QStringLiteral("rate"),
                                      QStringLiteral("Orders per second, both tenants together (50)."),
                                      QStringLiteral("r"));
        const QCommandLineOption rounds(QStringLiteral("rounds"),
                                        QStringLiteral("Saga and direct runs each, alternating (3)."),
                                        QStringLiteral("n"));
        const QCommandLineOption open(
            QStringLiteral("open"),
            QStringLiteral("Open orders held before the loaded run measures (10000; "
                           "0: no loaded run)."),
            QStringLiteral("n"));
        const QCommandLineOption warmUp(
            QStringLiteral("warm-up"),
            QStringLiteral("First orders of each run left out (100; at most a quarter)."),
            QStringLiteral("n"));
        const QCommandLineOption payLatency(
            QStringLiteral("pay-latency-ms"),
            QStringLiteral("The simulated payment provider's mean latency (80)."), QStringLiteral("ms"));
        const QCommandLineOption intake(QStringLiteral("intake-rate"),
                                        QStringLiteral("The gateway's limit per tenant, orders/s (200)."),
                                        QStringLiteral("r"));
        const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Folder for the files."),
                                     QStringLiteral("dir"));
        const QCommandLineOption sim(QStringLiteral("central-sim"),
                                     QStringLiteral("The central-sim program."), QStringLiteral("path"));
        const QCommandLineOption applianceExe(QStringLiteral("appliance"),
                                              QStringLiteral("The appliance program (warehouse-appliance)."),
                                              QStringLiteral("path"));
        parser.addOptions({orders, rate, rounds, open, warmUp, payLatency, intake, dir, sim, applianceExe});
        parser.process(app);
        Options o;
        const auto number = [&](const QCommandLineOption& option, auto& into) {
            if (!parser.isSet(option))
                return;
            bool ok = false;
            const double value = parser.value(option).toDouble(&ok);
            if (!ok || value < 0)
                die(QStringLiteral("--%1 takes a non-negative number").arg(option.names().first()));
            into = std::remove_reference_t<decltype(into)>(value);
        };
        number(orders, o.orders);
        number(rate, o.rate);
        number(rounds, o.rounds);
        number(open, o.open);
        number(warmUp, o.warmUp);
        number(payLatency, o.payLatencyMs);
        number(intake, o.intakeRate);
        if (o.orders < 4 || o.rate <= 0 || o.rounds < 1)
            die(QStringLiteral("--orders must be at least 4, --rate above 0, --rounds at least 1"));
        o.centralSim = parser.isSet(sim) ? parser.value(sim) : QStringLiteral(WH_CENTRAL_SIM);
        o.appliance =
            parser.isSet(applianceExe) ? parser.value(applianceExe) : QStringLiteral(WH_APPLIANCE_EXE);
        QTemporaryDir temp(parser.isSet(dir) ? QDir(parser.value(dir)).filePath(QStringLiteral("saga-XXXXXX"))
                                             : QDir::tempPath() + QStringLiteral("/wh-bench-saga-XXXXXX"));
        if (!temp.isValid())
            die(QStringLiteral("no temporary folder"));

        out() << "Order creation saga: 1 appliance, " << kTenants.size() << " tenants x " << kSkus
              << " SKUs, " << o.orders << " measured orders per run (first "
              << std::min(o.warmUp, o.orders / 4) << " left out) at " << num(o.rate, 1) << " orders/s, "
              << o.rounds << " rounds per side; simulated payment latency " << o.payLatencyMs << " ms (+-"
              << o.payLatencyMs / 2 << "), inside the saga figures" << Qt::endl;
        const QString master = temp.filePath(QStringLiteral("prepared.db"));
        // Units per SKU: every order takes at most 3 of one SKU; the loaded run's orders are the most.
        prepareStore(master, std::int64_t(o.open + o.orders + 1000) * 3 + 10000);
        const QString catalog = writeCatalog(temp.path());

        QList<Percentiles> sagaCreation, sagaStatus, sagaStore, directCreation, directStatus;
        for (int r = 0; r < o.rounds; ++r) {
            // The side that goes first alternates.
            for (const Side side :
                 r % 2 == 0 ? QList<Side>{Side::Saga, Side::Direct} : QList<Side>{Side::Direct, Side::Saga}) {
                const bool saga = side == Side::Saga;
                Run run(o, master, catalog,
                        temp.filePath(QStringLiteral("%1-%2")
                                          .arg(saga ? QStringLiteral("saga") : QStringLiteral("direct"))
                                          .arg(r)));
                const Figures f = run.go(side, 0, o.orders);
                const Percentiles c = of(f.creation);
                const Percentiles s = of(f.statusChange);
                out() << "  round " << r + 1 << (saga ? " saga  " : " direct") << ": " << f.measured << " of "
                      << f.generated << " orders, " << num(f.seconds, 1) << " s; creation p50/p95/p99 "
                      << ms(c.p50) << " / " << ms(c.p95) << " / " << ms(c.p99) << " ms, status change "
                      << ms(s.p50) << " / " << ms(s.p95) << " / " << ms(s.p99) << " ms";
                if (saga)
                    out() << ", fraud reviews "
                          << (f.fraudReviews.isEmpty() ? QStringLiteral("?") : f.fraudReviews);
                out() << Qt::endl;
                (saga ? sagaCreation : directCreation).append(c);
                (saga ? sagaStatus : directStatus).append(s);
                if (saga)
                    sagaStore.append(of(f.storeCreation));
            }
        }
        const Percentiles sc = medianOf(sagaCreation), ss = medianOf(sagaStatus), sst = medianOf(sagaStore),
                          dc = medianOf(directCreation), ds = medianOf(directStatus);

        std::optional<Figures> loaded;
        Percentiles lc, ls, lst;
        if (o.open > 0) {
            Run run(o, master, catalog, temp.filePath(QStringLiteral("loaded")));
            out() << "  loaded run: " << o.open << " orders to hold open, then " << o.orders
                  << " measured, at " << num(o.rate, 1) << " orders/s ..." << Qt::endl;
            loaded = run.go(Side::Saga, o.open, o.orders);
            lc = of(loaded->creation);
            ls = of(loaded->statusChange);
            lst = of(loaded->storeCreation);
            out() << "  loaded run: " << loaded->measured << " measured of " << loaded->generated
                  << " orders, " << num(loaded->seconds, 1) << " s; open when measuring began "
                  << loaded->openBefore << " (Processing: " << loaded->processingBefore
                  << "), open at the end " << loaded->openAtEnd << ", fraud reviews " << loaded->fraudReviews
                  << Qt::endl;
        }

        out() << Qt::endl << "Times in ms, median over rounds of each percentile" << Qt::endl;
        row({QString(), QStringLiteral("p50"), QStringLiteral("p95"), QStringLiteral("p99")}, kWidths);
        printRow(QStringLiteral("(a) saga: accepted -> reservation committed at central"), sc);
        printRow(QStringLiteral("(b) direct: ReserveInventory created -> committed"), dc);
        printRatio(QStringLiteral("a / b"), sc, dc);
        printRow(QStringLiteral("(a') saga, central store: PendingPayment -> Processing"), sst);
        printRow(QStringLiteral("(c) saga: InventoryReserved on appliance -> status change"), ss);
        printRow(QStringLiteral("(d) direct: InventoryReserved on appliance -> committed"), ds);
        printRatio(QStringLiteral("c / d"), ss, ds);
        if (loaded) {
            const QString at = QStringLiteral(" (%1 open)").arg(loaded->openBefore);
            printRow(QStringLiteral("(e) saga creation as (a)") + at, lc);
            printRatio(QStringLiteral("e / a"), lc, sc);
            printRow(QStringLiteral("(e') as (a')") + at, lst);
            printRow(QStringLiteral("(f) saga status change as (c)") + at, ls);
            printRatio(QStringLiteral("f / c"), ls, ss);
        }
        out() << Qt::endl << "Targets" << Qt::endl;
        const QList<int> widths{58, 12, 8};
        row({QStringLiteral("order creation p95 < 500 ms (a)"), ms(sc.p95) + QStringLiteral(" ms"),
             met(sc.p95 < 500)},
            widths);
        row({QStringLiteral("status change p95 < 200 ms (c)"), ms(ss.p95) + QStringLiteral(" ms"),
             met(ss.p95 < 200)},
            widths);
        if (loaded) {
            row({QStringLiteral("order creation p95 < 500 ms with the orders held open (e)"),
                 ms(lc.p95) + QStringLiteral(" ms"), met(lc.p95 < 500)},
                widths);
            row({QStringLiteral("status change p95 < 200 ms with the orders held open (f)"),
                 ms(ls.p95) + QStringLiteral(" ms"), met(ls.p95 < 200)},
                widths);
            row({QStringLiteral("10,000 open orders held (Processing when measuring began)"),
                 QString::number(loaded->processingBefore), met(loaded->processingBefore >= 10000)},
                widths);
        } else {
            row({QStringLiteral("10,000 open orders held"), QStringLiteral("not run"), met(false)}, widths);
        }
        return 0;
    });
}
