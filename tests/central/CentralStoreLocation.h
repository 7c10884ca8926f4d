#pragma once

#include <QString>
#include <QTemporaryDir>

namespace wh::test {

// Where a central test keeps its store. By default an SQLite file in the test's folder; with the environment
// variable WH_CENTRAL_STORE=postgresql a fresh database on one PostgreSQL server per test process (started at
// the first call, stopped when the process ends), so the same cases run against both back ends. A server that
// cannot start fails the test that asked, with the reason.
QString centralStoreLocation(const QTemporaryDir& dir);

// True when WH_CENTRAL_STORE asks for PostgreSQL.
bool centralStoreOnPostgres();

} // namespace wh::test
