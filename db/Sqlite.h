#pragma once

#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <concepts>
#include <cstdint>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace wh::db {

class Connection;

// Maps an SQLite result code onto the project's errors, with words a worker or an operator can act on.
Error sqliteError(int rc, const QString& detail);

// A prepared statement borrowed from the connection's cache; reset (and its bindings cleared) when it goes
// out of scope, so a cached statement never holds a read transaction open.
class Statement
{
public:
    Statement(Connection& connection, sqlite3_stmt* stmt);
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    template <std::integral T> Statement& bind(int index, T value)
    {
        return bindInt64(index, static_cast<std::int64_t>(value));
    }
    Statement& bindInt64(int index, std::int64_t value);
    Statement& bind(int index, const QString& value);
    Statement& bindBlob(int index, const QByteArray& value);
    Statement& bindText(int index, const QByteArray& utf8);

    // Steps once. True when a row is ready; false when done or failed (a failure is kept by the connection).
    bool next();
    // Runs a statement that returns no rows.
    Status exec();

    std::int64_t int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    QByteArray utf8(int column) const;
    bool isNull(int column) const;

private:
    Connection& m_connection;
    sqlite3_stmt* m_stmt;
};

// One SQLite connection, owned by one thread. Caches prepared statements by the address of their SQL text
// (string literals), keeps the first error met by a read so an action can fail as a whole.
class Connection
{
public:
    Connection() = default;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection();

    // flags: SQLite open flags. The connection is usable only when this succeeds.
    Status open(const QString& path, int flags);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    bool isReadOnly() const;
    sqlite3* handle() const { return m_db; }
    QString path() const { return m_path; }

    Statement prepare(const char* sql);
    // Runs one or more statements without results (schema, pragmas).
    Status execScript(const char* sql);
    Status execScript(const QString& sql);
    std::optional<std::int64_t> queryInt(const char* sql);

    void recordError(int rc, const QString& detail);
    std::optional<Error> takeError();
    bool hasError() const { return m_error.has_value(); }
    bool inTransaction() const;
    std::int64_t changes() const; // rows changed by the last statement

private:
    sqlite3* m_db = nullptr;
    QString m_path;
    QHash<const char*, sqlite3_stmt*> m_statements;
    std::optional<Error> m_error;
};

// An action's transaction (Mumble's TransactionHolder): BEGIN IMMEDIATE takes the write lock up front, so
// the reads that validate an action cannot go stale before its writes; rolls back unless committed.
class Transaction
{
public:
    static Result<Transaction> begin(Connection& connection);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    ~Transaction();

    Status commit();
    void rollback();

private:
    explicit Transaction(Connection& connection)
        : m_connection(&connection)
    {}
    Connection* m_connection;
    bool m_active = true;
};

} // namespace wh::db
