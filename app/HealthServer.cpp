#include "HealthServer.h"

#include "Metrics.h"

#include <CivetServer.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <string>

namespace wh::app {

namespace {

void respond(mg_connection* connection, int status, const char* reason, const char* contentType,
             const QByteArray& body)
{
    mg_printf(connection,
              "HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %lld\r\nCache-Control: no-store\r\n"
              "Connection: close\r\n\r\n",
              status, reason, contentType, static_cast<long long>(body.size()));
    mg_write(connection, body.constData(), std::size_t(body.size()));
}

class MetricsHandler : public CivetHandler
{
public:
    explicit MetricsHandler(Metrics& metrics)
        : m_metrics(metrics)
    {}
    using CivetHandler::handleGet;
    bool handleGet(CivetServer*, mg_connection* connection) override
    {
        respond(connection, 200, "OK", "text/plain; version=0.0.4; charset=utf-8", m_metrics.scrape());
        return true;
    }

private:
    Metrics& m_metrics;
};

class HealthHandler : public CivetHandler
{
public:
    explicit HealthHandler(Metrics& metrics)
        : m_metrics(metrics)
    {}
    using CivetHandler::handleGet;
    bool handleGet(CivetServer*, mg_connection* connection) override
    {
        QJsonArray parts;
        QJsonArray unwell;
        for (const PartHealth& part : m_metrics.health()) {
            parts.append(QJsonObject{{QStringLiteral("part"), part.part},
                                     {QStringLiteral("state"), part.state},
                                     {QStringLiteral("well"), part.well}});
            if (!part.well)
                unwell.append(part.part);
        }
        QJsonObject body{
            {QStringLiteral("status"), unwell.isEmpty() ? QStringLiteral("well") : QStringLiteral("unwell")},
            {QStringLiteral("parts"), parts}};
        if (!unwell.isEmpty())
            body.insert(QStringLiteral("unwell"), unwell);
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact) + '\n';
        if (unwell.isEmpty())
            respond(connection, 200, "OK", "application/json", json);
        else
            respond(connection, 503, "Service Unavailable", "application/json", json);
        return true;
    }

private:
    Metrics& m_metrics;
};

} // namespace

struct HealthServer::Handlers
{
    MetricsHandler metrics;
    HealthHandler health;
};

HealthServer::~HealthServer()
{
    m_server.reset(); // joins civetweb's threads before the handlers go
}

Result<std::unique_ptr<HealthServer>> HealthServer::start(Metrics& metrics, const QString& address, int port)
{
    const QString host =
        address.contains(QLatin1Char(':')) ? QLatin1Char('[') + address + QLatin1Char(']') : address;
    const QString listen = host + QLatin1Char(':') + QString::number(port);
    std::unique_ptr<HealthServer> server(new HealthServer);
    server->m_port = port;
    server->m_handlers =
        std::make_unique<Handlers>(Handlers{MetricsHandler(metrics), HealthHandler(metrics)});
    // Two threads: a scrape and a health check at once. Short timeouts: a stuck client holds a thread for
    // seconds at most.
    const std::vector<std::string> options{"listening_ports",    listen.toStdString(),
                                           "num_threads",        "2",
                                           "request_timeout_ms", "5000",
                                           "enable_keep_alive",  "no"};
    try {
        server->m_server = std::make_unique<CivetServer>(options);
    } catch (const std::exception& e) {
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("cannot listen on %1 for /metrics and /healthz: the port is taken or the "
                           "address is not one of this machine's (%2)")
                .arg(listen, QString::fromUtf8(e.what())));
    }
    server->m_server->addHandler("/metrics", &server->m_handlers->metrics);
    server->m_server->addHandler("/healthz", &server->m_handlers->health);
    return server;
}

} // namespace wh::app
