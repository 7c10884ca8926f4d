// central-sim: the reference central order service, headless. Options and the run loop; the logic is
// CentralSim, the link MqttDriver. Exit code 0: no violation; 1: violations (listed in the summary);
// 2: usage, store or connection error.

#include "CentralSim.h"
#include "CentralStore.h"
#include "CustomerBook.h"
#include "MqttDriver.h"
#include "SagaHost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <atomic>
#include <csignal>
#include <cstdio>

using namespace wh::central;

namespace {

std::atomic<bool> g_stop{false};

void onSignal(int)
{
    g_stop = true;
}

std::int64_t now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usage(const QString& message)
{
    err() << "central-sim: " << message << Qt::endl;
    return 2;
}

std::optional<double> fraction(const QCommandLineParser& parser, const QString& name)
{
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < 0 || value > 1)
        return std::nullopt;
    return value;
}

void printSummary(const QJsonObject& summary)
{
    QTextStream out(stdout);
    out << "central-sim summary\n";
    for (const QJsonValue& value : summary.value(QStringLiteral("streams")).toArray()) {
        const QJsonObject s = value.toObject();
        out << "  " << s.value(QStringLiteral("warehouse")).toString() << "/"
            << s.value(QStringLiteral("tenant")).toString() << ": events "
            << s.value(QStringLiteral("eventsReceived")).toInteger() << " (cursor "
            << s.value(QStringLiteral("cursor")).toInteger() << ", highest "
            << s.value(QStringLiteral("highestSeen")).toInteger() << "), duplicates "
            << s.value(QStringLiteral("duplicatesIgnored")).toInteger() << ", gaps "
            << s.value(QStringLiteral("gapsSeen")).toInteger() << ", acks "
            << s.value(QStringLiteral("acksSent")).toInteger() << " (dropped "
            << s.value(QStringLiteral("acksDropped")).toInteger() << "); commands sent "
            << s.value(QStringLiteral("commandsSent")).toInteger() << ", resent "
            << s.value(QStringLiteral("commandsResent")).toInteger() << ", unanswered "
            << s.value(QStringLiteral("commandsUnanswered")).toInteger() << ", answers "
            << QString::fromUtf8(QJsonDocument(s.value(QStringLiteral("answers")).toObject())
                                     .toJson(QJsonDocument::Compact))
            << "\n";
    }
    out << "  orders: "
        << QString::fromUtf8(QJsonDocument(summary.value(QStringLiteral("orders")).toObject())
                                 .toJson(QJsonDocument::Compact))
        << " (generated " << summary.value(QStringLiteral("ordersGenerated")).toInteger() << ")\n";
    const QJsonObject throughput = summary.value(QStringLiteral("throughput")).toObject();
    out << "  events applied " << throughput.value(QStringLiteral("eventsApplied")).toInteger() << " in "
        << throughput.value(QStringLiteral("runSeconds")).toDouble() << " s ("
        << qRound64(throughput.value(QStringLiteral("eventsPerSecond")).toDouble()) << " events/s)\n";
    const QJsonObject sagas = summary.value(QStringLiteral("sagas")).toObject();
    if (!sagas.isEmpty()) {
        const auto compact = [&](const char* key) {
            return QString::fromUtf8(
                QJsonDocument(sagas.value(QLatin1String(key)).toObject()).toJson(QJsonDocument::Compact));
        };
        out << "  sagas: accepted " << sagas.value(QStringLiteral("accepted")).toInteger() << ", rejected "
            << sagas.value(QStringLiteral("rejected")).toInteger() << " " << compact("rejections") << "\n"
            << "    by status " << compact("byStatus") << "\n"
            << "    steps " << compact("steps") << "\n"
            << "    notifications " << sagas.value(QStringLiteral("notifications")).toInteger() << ", breaker "
            << sagas.value(QStringLiteral("breaker")).toString() << "\n"
            << "    payments " << compact("payments") << "\n"
            << "    modifications " << compact("modifications") << "\n"
            << "    metrics " << compact("metrics") << "\n"
            << "    reservations " << compact("reservations") << "\n";
        // The design record's alerts: firing ones first, each with its rule and the run's value.
        for (const bool firing : {true, false}) {
            for (const QJsonValue& value : sagas.value(QStringLiteral("alerts")).toArray()) {
                const QJsonObject a = value.toObject();
                if (a.value(QStringLiteral("firing")).toBool() != firing)
                    continue;
                out << "    alert " << a.value(QStringLiteral("alert")).toString() << ": "
                    << (firing ? "FIRING" : "ok") << " (" << a.value(QStringLiteral("rule")).toString()
                    << "; this run " << a.value(QStringLiteral("value")).toDouble() << ")\n";
            }
        }
    }
    out << "  violations: " << summary.value(QStringLiteral("violationCount")).toInteger() << "\n";
    for (const QJsonValue& value : summary.value(QStringLiteral("violations")).toArray()) {
        const QJsonObject v = value.toObject();
        const QString where = v.value(QStringLiteral("warehouse")).toString() + QLatin1Char('/') +
                              v.value(QStringLiteral("tenant")).toString();
        out << "    " << v.value(QStringLiteral("kind")).toString() << " "
            << (where.size() > 1 ? where + QStringLiteral(": ") : QString())
            << v.value(QStringLiteral("detail")).toString() << "\n";
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("central-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The reference central order service: acknowledges the appliances' event chains, sends numbered "
        "commands (generated orders, cancellations, modifications) and checks every answer against the "
        "protocol. Exit code 0: no violation, 1: violations, 2: usage or connection error."));
    parser.addHelpOption();
    parser.addVersionOption();
    const auto option = [&](const char* name, const char* description, const char* valueName = nullptr,
                            const char* defaultValue = nullptr) {
        QCommandLineOption o{QString(QLatin1String(name)), QString(QLatin1String(description))};
        if (valueName)
            o.setValueName(QLatin1String(valueName));
        if (defaultValue)
            o.setDefaultValue(QLatin1String(defaultValue));
        parser.addOption(o);
    };
    option("broker", "Broker URI.", "uri", "tcp://127.0.0.1:1883");
    option("warehouse",
           "A warehouse to serve and generate orders for (repeatable; none: any warehouse, no "
           "generation).",
           "id");
    option("catalog",
           "JSON catalog: {\"tenants\": {\"acme\": {\"skus\": [{\"sku\": .., \"unitPriceMinor\": ..}]}}}.",
           "file");
    option("store",
           "The store: an SQLite file (created if missing), or a PostgreSQL database as "
           "postgresql://user[:password]@host[:port]/dbname (its tables are created if missing).",
           "file|url", "central-sim.db");
    option("orders", "Orders to generate in total, spread over tenants and warehouses.", "n", "0");
    option("rate", "Orders per second (0: as fast as --max-open allows).", "r", "0");
    option("max-open", "Orders with an unanswered command at most.", "n", "20");
    option("cancel-before", "Fraction of orders cancelled once InventoryReserved is seen.", "p", "0");
    option("cancel-during", "Fraction cancelled once PickStarted names them.", "p", "0");
    option("cancel-after", "Fraction cancelled once ShipmentConfirmed is seen.", "p", "0");
    option("modify", "Fraction modified (one more unit on line 1) once InventoryReserved is seen.", "p", "0");
    option("allow-partial", "Fraction of orders that accept a part shipment.", "p", "0.25");
    option("define-skus", "Send DefineSku for every catalog SKU to every warehouse before the orders.");
    option("seed", "Random seed.", "n", "1");
    option("resend-ms", "Send a command again when the appliance's cursor has not covered it this long.",
           "ms", "5000");
    option("share-group", "Subscribe through $share/<name>/..., so instances on one store split the load.",
           "name");
    option("client-id", "MQTT client id (also marks the orders this instance generates).", "id",
           "central-sim");
    option("idle-exit-ms",
           "Exit once everything generated is answered and nothing arrived for this long (0: never).", "ms",
           "0");
    option("timeout-s", "Give up after this long (a timeout violation; 0: never).", "s", "0");
    option("summary-json", "Write the summary here too.", "file");
    option("ack-only", "Generate nothing: acknowledge events and answer hellos (benchmarks).");
    option("expect-events",
           "With --ack-only: exit once this many events are acknowledged, printing events/s.", "n", "0");
    option("sagas",
           "Run the central sagas: customers' orders through the gateway (rate limit, intake, pricing), payment "
           "(simulated provider), routing over the appliances' stock snapshots; --cancel-before/-during/-after "
           "then plan the customer's cancellation once Paid/Processing/Shipped (docs/central-sagas.md).");
    option("sagas-modify",
           "With --sagas: fraction of orders whose customer adds one unit to line 1 once Processing (the saga "
           "re-prices, authorises more if needed and sends ModifyOrder).",
           "p", "0");
    option("customers", "With --sagas: customers generated per tenant.", "n", "200");
    option("clean-customers",
           "With --sagas: no generated customer is refused at intake or flagged by the fraud "
           "check (benchmarks: every order takes one path).");
    option("intake-rate", "With --sagas: orders a tenant may place per second (burst: twice that).", "r", "200");
    option("delivery-ms", "With --sagas: the simulated carrier delivers this long after the shipment.", "ms",
           "3000");
    option("pay-latency-ms", "With --sagas: the payment provider's mean latency per call.", "ms", "80");
    option("pay-decline", "With --sagas: fraction of authorisations the issuer declines.", "p", "0.02");
    option("pay-timeout", "With --sagas: fraction of provider calls that time out (retried).", "p", "0.01");
    option("pay-outage",
           "With --sagas: the provider is down from FROM to TO seconds after the start (repeatable).",
           "from:to");
    option("drop-acks", "Fault injection: fraction of acks not published.", "p", "0");
    option("duplicate", "Fault injection: fraction of commands published twice.", "p", "0");
    option("reorder", "Fault injection: fraction of consecutive command pairs swapped.", "p", "0");
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("unexpected argument %1").arg(parser.positionalArguments().first()));

    SimConfig config;
    config.warehouses = parser.values(QStringLiteral("warehouse"));
    for (const QString& warehouse : config.warehouses)
        if (!wh::protocol::validId(warehouse))
            return usage(QStringLiteral("warehouse \"%1\" is not a valid id").arg(warehouse));
    config.origin = parser.value(QStringLiteral("client-id"));
    if (!wh::protocol::validId(config.origin))
        return usage(QStringLiteral("--client-id must be 1-32 characters of A-Z a-z 0-9 - _"));
    bool ok = true;
    const auto integer = [&](const char* name) {
        bool good = false;
        const qint64 value = parser.value(QLatin1String(name)).toLongLong(&good);
        if (!good || value < 0)
            ok = false;
        return value;
    };
    const auto fractionOf = [&](const char* name) {
        const auto value = fraction(parser, QLatin1String(name));
        if (!value)
            ok = false;
        return value.value_or(0);
    };
    const bool ackOnly = parser.isSet(QStringLiteral("ack-only"));
    config.orders = ackOnly ? 0 : integer("orders");
    config.chainOnly = ackOnly;
    config.maxOpen = integer("max-open");
    bool rateOk = false;
    config.rate = parser.value(QStringLiteral("rate")).toDouble(&rateOk);
    if (!rateOk || config.rate < 0)
        ok = false;
    config.cancelBefore = fractionOf("cancel-before");
    config.cancelDuring = fractionOf("cancel-during");
    config.cancelAfter = fractionOf("cancel-after");
    config.modify = fractionOf("modify");
    config.sagasModify = fractionOf("sagas-modify");
    config.allowPartial = fractionOf("allow-partial");
    config.defineSkus = !ackOnly && parser.isSet(QStringLiteral("define-skus"));
    config.seed = std::uint64_t(integer("seed"));
    config.resendMs = integer("resend-ms");
    config.dropAcks = fractionOf("drop-acks");
    config.duplicate = fractionOf("duplicate");
    config.reorder = fractionOf("reorder");
    const std::int64_t idleExitMs = integer("idle-exit-ms");
    const std::int64_t timeoutS = integer("timeout-s");
    const std::int64_t expectEvents = integer("expect-events");
    if (!ok)
        return usage(QStringLiteral("numbers must be non-negative, fractions between 0 and 1"));
    if (config.cancelBefore + config.cancelDuring + config.cancelAfter + config.modify > 1.0)
        return usage(QStringLiteral("--cancel-before, --cancel-during, --cancel-after and --modify add up to "
                                    "more than 1"));
    if (config.cancelBefore + config.cancelDuring + config.cancelAfter + config.sagasModify > 1.0)
        return usage(QStringLiteral("--cancel-before, --cancel-during, --cancel-after and --sagas-modify add up "
                                    "to more than 1"));
    if (expectEvents > 0 && !ackOnly)
        return usage(QStringLiteral("--expect-events goes with --ack-only"));
    if (config.orders > 0 || config.defineSkus) {
        if (config.warehouses.isEmpty())
            return usage(QStringLiteral("generating orders needs at least one --warehouse"));
        if (!parser.isSet(QStringLiteral("catalog")))
            return usage(QStringLiteral("generating orders needs a --catalog"));
        if (config.maxOpen == 0)
            return usage(QStringLiteral("--max-open must be at least 1"));
    }
    if (parser.isSet(QStringLiteral("catalog"))) {
        QFile file(parser.value(QStringLiteral("catalog")));
        if (!file.open(QIODevice::ReadOnly))
            return usage(QStringLiteral("cannot read the catalog %1").arg(file.fileName()));
        QString error;
        auto catalog = Catalog::fromJson(file.readAll(), &error);
        if (!catalog)
            return usage(error);
        config.catalog = *catalog;
    }

    // Shared subscriptions split the tenants' messages between instances; status stays per instance.
    const QString share = parser.value(QStringLiteral("share-group"));
    if (!share.isEmpty() && !wh::protocol::validId(share))
        return usage(QStringLiteral("--share-group must be 1-32 characters of A-Z a-z 0-9 - _"));
    QStringList subscriptions;
    const QStringList warehouses =
        config.warehouses.isEmpty() ? QStringList{QStringLiteral("+")} : config.warehouses;
    for (const QString& warehouse : warehouses) {
        for (const char* channel : {"events", "hello", "command-acks"}) {
            const QString filter = QStringLiteral("wh/v1/%1/+/%2").arg(warehouse, QLatin1String(channel));
            subscriptions.append(share.isEmpty() ? filter
                                                 : QStringLiteral("$share/%1/%2").arg(share, filter));
        }
        subscriptions.append(QStringLiteral("wh/v1/%1/status").arg(warehouse));
    }

    std::unique_ptr<CentralStore> store;
    try {
        store = std::make_unique<CentralStore>(parser.value(QStringLiteral("store")));
    } catch (const StoreError& e) {
        return usage(QString::fromStdString(e.what()));
    }
    const std::int64_t startMs = now();
    CentralSim sim(*store, config, startMs);
    if (parser.isSet(QStringLiteral("sagas"))) {
        if (config.warehouses.isEmpty() || config.catalog.tenants.isEmpty())
            return usage(QStringLiteral("--sagas needs at least one --warehouse and a --catalog"));
        SagaConfig sagaConfig;
        bool good = true;
        const auto number = [&](const char* name) {
            bool fine = false;
            const double value = parser.value(QLatin1String(name)).toDouble(&fine);
            if (!fine || value < 0)
                good = false;
            return value;
        };
        sagaConfig.intakePerSecond = number("intake-rate");
        sagaConfig.intakeBurst = 2 * sagaConfig.intakePerSecond;
        sagaConfig.deliveryMs = std::int64_t(number("delivery-ms"));
        sagaConfig.provider.latencyMs = std::int64_t(number("pay-latency-ms"));
        sagaConfig.provider.latencyJitterMs = sagaConfig.provider.latencyMs / 2;
        sagaConfig.provider.declineRate = fraction(parser, QStringLiteral("pay-decline")).value_or(-1);
        sagaConfig.provider.timeoutRate = fraction(parser, QStringLiteral("pay-timeout")).value_or(-1);
        sagaConfig.provider.seed = config.seed;
        if (sagaConfig.provider.declineRate < 0 || sagaConfig.provider.timeoutRate < 0)
            good = false;
        for (const QString& outage : parser.values(QStringLiteral("pay-outage"))) {
            const QStringList parts = outage.split(QLatin1Char(':'));
            bool a = false;
            bool b = false;
            const double from = parts.value(0).toDouble(&a);
            const double to = parts.value(1).toDouble(&b);
            if (parts.size() != 2 || !a || !b || from < 0 || to <= from)
                return usage(QStringLiteral("--pay-outage takes FROM:TO seconds, FROM < TO"));
            sagaConfig.provider.outages.append({startMs + std::int64_t(from * 1000), startMs + std::int64_t(to * 1000)});
        }
        CustomerMix mix;
        mix.perTenant = int(number("customers"));
        mix.seed = config.seed;
        if (parser.isSet(QStringLiteral("clean-customers")))
            mix.unverifiedEmail = mix.invalidAddress = mix.noPaymentMethod = mix.avsMismatch =
                mix.cvvMismatch = mix.sharedCard = 0;
        if (!good || mix.perTenant < 1)
            return usage(QStringLiteral("the --sagas options take non-negative numbers, fractions between 0 and 1, "
                                        "and at least one customer"));
        sim.enableSagas(sagaConfig, CustomerBook::generate(config.catalog.tenants.keys(), mix));
    }

    MqttDriver driver(parser.value(QStringLiteral("broker")), config.origin, subscriptions);
    QString error;
    if (!driver.connect(std::chrono::seconds(10), &error))
        return usage(
            QStringLiteral("cannot connect to %1: %2").arg(parser.value(QStringLiteral("broker")), error));
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    // Connected and subscribed: whoever started it (a test, a benchmark, the demo) may begin.
    {
        QTextStream ready(stdout);
        ready << "central-sim: ready" << Qt::endl;
    }

    const auto publish = [&](const QList<Publish>& messages) {
        for (const Publish& message : messages)
            driver.publish(message.topic, message.payload, message.qos);
    };
    int exitCode = 0;
    try {
        bool connected = true;
        bool subscribed = true;
        std::int64_t nextTick = 0;
        while (!g_stop) {
            const std::int64_t t = now();
            if (connected && !subscribed) // not confirmed after the last reconnect: again
                subscribed = driver.subscribe();
            if (t >= nextTick) {
                publish(sim.tick(t));
                nextTick = t + 100;
            }
            // Take what is queued, up to a bound, so the resends and the generation still get their turn.
            for (int taken = 0; taken < 1000; ++taken) {
                auto incoming = driver.next(std::chrono::milliseconds(taken == 0 ? 50 : 0));
                if (!incoming)
                    break;
                switch (incoming->kind) {
                case Incoming::Kind::Message:
                    publish(sim.handle(incoming->topic, incoming->payload, now()));
                    break;
                case Incoming::Kind::Connected:
                    if (!connected)
                        err() << "central-sim: reconnected" << Qt::endl;
                    connected = true;
                    subscribed = driver.subscribe();
                    break;
                case Incoming::Kind::Lost:
                    err() << "central-sim: connection lost: " << incoming->cause << Qt::endl;
                    connected = false;
                    break;
                }
            }
            const std::int64_t t2 = now();
            if (expectEvents > 0 && sim.eventsApplied() >= expectEvents)
                break;
            if (idleExitMs > 0 && expectEvents == 0 && sim.generationDone() &&
                t2 - std::max(sim.lastMessageMs(), startMs) >= idleExitMs && sim.allAnswered() &&
                sim.sagasQuiet())
                break;
            if (timeoutS > 0 && t2 - startMs >= timeoutS * 1000) {
                sim.recordViolation(Violation::Timeout, {}, {},
                                    QStringLiteral("not done after %1 s (events applied %2 of %3 expected)")
                                        .arg(timeoutS)
                                        .arg(sim.eventsApplied())
                                        .arg(expectEvents),
                                    t2);
                break;
            }
        }
        sim.finish(now());
        const QJsonObject summary = sim.summary(now());
        printSummary(summary);
        if (parser.isSet(QStringLiteral("summary-json"))) {
            QFile file(parser.value(QStringLiteral("summary-json")));
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                file.write(QJsonDocument(summary).toJson()) < 0)
                err() << "central-sim: cannot write " << file.fileName() << Qt::endl;
        }
        exitCode = sim.violationCount() > 0 ? 1 : 0;
    } catch (const StoreError& e) {
        err() << "central-sim: store failure: " << e.what() << Qt::endl;
        exitCode = 2;
    }
    driver.disconnect();
    return exitCode;
}
