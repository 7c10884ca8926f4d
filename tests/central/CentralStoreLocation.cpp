#include "CentralStoreLocation.h"

#include "PostgresServer.h"

#include <QCoreApplication>

#include <catch2/catch.hpp>

namespace wh::test {

bool centralStoreOnPostgres()
{
    const QByteArray wanted = qgetenv("WH_CENTRAL_STORE");
    if (wanted.isEmpty() || wanted == "sqlite")
        return false;
    // Anything else than the two names is a mistake in the test run, not a reason to fall back to SQLite.
    REQUIRE(wanted == "postgresql");
    return true;
}

QString centralStoreLocation(const QTemporaryDir& dir)
{
    if (!centralStoreOnPostgres())
        return dir.filePath(QStringLiteral("central.db"));
    // One server per process: starting a cluster takes seconds, a database a fraction of one. Stopped when
    // the application object goes (its processes are still usable then, unlike at static destruction).
    static PostgresServer* server = nullptr;
    if (!server) {
        auto* started = new PostgresServer;
        if (!started->start()) {
            const std::string error = started->error().toStdString();
            delete started;
            FAIL("cannot start PostgreSQL for WH_CENTRAL_STORE=postgresql: " << error);
        }
        server = started;
        qAddPostRoutine([] {
            delete server;
            server = nullptr;
        });
    }
    const QString location = server->createDatabase();
    INFO(server->error().toStdString());
    REQUIRE_FALSE(location.isEmpty());
    return location;
}

} // namespace wh::test
