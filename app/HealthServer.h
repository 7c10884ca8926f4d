#pragma once

#include "Result.h"

#include <memory>

class CivetServer;

namespace wh::app {

class Metrics;

// Serves GET /metrics (the Prometheus text format) and GET /healthz (200 with every part well, 503 naming
// what is not; a small JSON body either way) on one address and port, on civetweb's own threads: a scrape
// never runs on the GUI thread or waits for it. prometheus-cpp's own Exposer serves /metrics only, hence
// civetweb (which prometheus-cpp's pull library is built on) directly.
class HealthServer
{
public:
    ~HealthServer();
    HealthServer(const HealthServer&) = delete;
    HealthServer& operator=(const HealthServer&) = delete;

    // Listens on address:port (an IPv6 address without brackets is fine). Refused, with the reason, when
    // the port is taken or the address is not this machine's. `metrics` must outlive the server.
    static Result<std::unique_ptr<HealthServer>> start(Metrics& metrics, const QString& address, int port);

    // The port listened on (the one asked for).
    int port() const { return m_port; }

private:
    HealthServer() = default;
    struct Handlers;
    std::unique_ptr<Handlers> m_handlers;
    std::unique_ptr<CivetServer> m_server; // after the handlers: stopped (threads joined) before they go
    int m_port = 0;
};

} // namespace wh::app
