#pragma once

#include "Sqlite.h"

namespace wh::db {

// The versioned schema. Version N is PRAGMA user_version = N; each step runs in its own transaction, so a
// crash mid-upgrade leaves the last good version.
namespace Migrations {

inline constexpr int kApplicationId = 0x57484131; // "WHA1": marks an appliance store among SQLite files

int latestVersion();
// Reads only: refuses a file written by a newer version or by another program, before anything is written.
Status checkCompatible(Connection& connection);
// Brings the database up to latestVersion(). Refuses (and changes nothing) when the file was written by a
// newer version or is another application's SQLite file. target: stop at that version instead (tests make the
// stores of earlier versions with it).
Status migrate(Connection& connection, int target = -1);
// The tables a rebuild compares: every projection (read model).
const QList<const char*>& projectionTables();

} // namespace Migrations
} // namespace wh::db
