#include "Sqlite.h"

#include <sqlite3.h>

namespace wh::db {

Error sqliteError(int rc, const QString& detail)
{
    // Each text twice, with and without SQLite's own detail (English, for whoever reads the log) after it.
    const auto refuse = [&detail](ErrorCode code, const char* plain, const char* withDetail,
                                  QList<RefusalArg> args = {}) {
        if (detail.isEmpty())
            return makeError(code, plain, std::move(args));
        args.append(detail);
        return makeError(code, withDetail, std::move(args));
    };
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return refuse(
            ErrorCode::StorageFull,
            QT_TRANSLATE_NOOP("wh::Refusal", "The appliance's disk is full: nothing was saved. Free some "
                                             "space and try again."),
            QT_TRANSLATE_NOOP("wh::Refusal", "The appliance's disk is full: nothing was saved. Free some "
                                             "space and try again. (%1)"));
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return refuse(
            ErrorCode::StorageReadOnly,
            QT_TRANSLATE_NOOP("wh::Refusal", "The store is read-only: nothing was saved. Check the data "
                                             "folder's permissions and the disk."),
            QT_TRANSLATE_NOOP("wh::Refusal", "The store is read-only: nothing was saved. Check the data "
                                             "folder's permissions and the disk. (%1)"));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return refuse(
            ErrorCode::StorageBusy,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "The store is locked by another program: nothing was saved. Try again."),
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "The store is locked by another program: nothing was saved. Try again. (%1)"));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return refuse(
            ErrorCode::StorageCorrupt,
            QT_TRANSLATE_NOOP("wh::Refusal", "The store file is damaged or is not an appliance store."),
            QT_TRANSLATE_NOOP("wh::Refusal", "The store file is damaged or is not an appliance store. (%1)"));
    case SQLITE_CANTOPEN:
        return refuse(ErrorCode::StorageError,
                      QT_TRANSLATE_NOOP("wh::Refusal", "The store file cannot be opened."),
                      QT_TRANSLATE_NOOP("wh::Refusal", "The store file cannot be opened. (%1)"));
    default:
        return refuse(ErrorCode::StorageError, QT_TRANSLATE_NOOP("wh::Refusal", "The store failed: %1."),
                      QT_TRANSLATE_NOOP("wh::Refusal", "The store failed: %1. (%2)"),
                      {QString::fromUtf8(sqlite3_errstr(rc))});
    }
}

Statement::Statement(Connection& connection, sqlite3_stmt* stmt)
    : m_connection(connection)
    , m_stmt(stmt)
{}

Statement::~Statement()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

Statement& Statement::bindInt64(int index, std::int64_t value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    return bindText(index, value.toUtf8());
}

Statement& Statement::bindText(int index, const QByteArray& utf8)
{
    if (m_stmt)
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindBlob(int index, const QByteArray& value)
{
    if (m_stmt)
        sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

bool Statement::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_connection.recordError(rc, QString::fromUtf8(sqlite3_errmsg(m_connection.handle())));
    return false;
}

Status Statement::exec()
{
    if (!m_stmt) {
        if (auto error = m_connection.takeError())
            return *error;
        return makeError(ErrorCode::StorageError, QStringLiteral("statement was not prepared"));
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return {};
    // Returned, not kept: the caller handles it (only reads, which return rows, keep their failure).
    return sqliteError(rc, QString::fromUtf8(sqlite3_errmsg(m_connection.handle())));
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::utf8(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Connection::~Connection()
{
    close();
}

Status Connection::open(const QString& path, int flags)
{
    close();
    m_path = path;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
        close();
        return sqliteError(rc, path + QStringLiteral(": ") + detail);
    }
    sqlite3_extended_result_codes(m_db, 1);
    return {};
}

void Connection::close()
{
    for (sqlite3_stmt* stmt : std::as_const(m_statements))
        sqlite3_finalize(stmt);
    m_statements.clear();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool Connection::isReadOnly() const
{
    return m_db && sqlite3_db_readonly(m_db, "main") == 1;
}

Statement Connection::prepare(const char* sql)
{
    sqlite3_stmt* stmt = m_statements.value(sql, nullptr);
    if (!stmt) {
        const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
        if (rc != SQLITE_OK) {
            recordError(rc, QString::fromUtf8(sqlite3_errmsg(m_db)) + QStringLiteral(" in: ") +
                                QString::fromUtf8(sql));
            return Statement(*this, nullptr);
        }
        m_statements.insert(sql, stmt);
    }
    return Statement(*this, stmt);
}

Status Connection::execScript(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString detail = message ? QString::fromUtf8(message) : QString();
    sqlite3_free(message);
    return sqliteError(rc, detail);
}

Status Connection::execScript(const QString& sql)
{
    return execScript(sql.toUtf8().constData());
}

std::optional<std::int64_t> Connection::queryInt(const char* sql)
{
    Statement stmt = prepare(sql);
    if (stmt.next())
        return stmt.int64(0);
    return std::nullopt;
}

void Connection::recordError(int rc, const QString& detail)
{
    if (!m_error)
        m_error = sqliteError(rc, detail);
}

std::optional<Error> Connection::takeError()
{
    return std::exchange(m_error, std::nullopt);
}

std::int64_t Connection::changes() const
{
    return sqlite3_changes64(m_db);
}

bool Connection::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

Result<Transaction> Transaction::begin(Connection& connection)
{
    connection.takeError(); // a new action starts clean
    if (auto status = connection.execScript("BEGIN IMMEDIATE"); !status)
        return status.error();
    return Transaction(connection);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_connection(other.m_connection)
    , m_active(std::exchange(other.m_active, false))
{}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return makeError(ErrorCode::StorageError, QStringLiteral("The transaction has already ended."));
    if (auto error = m_connection->takeError()) {
        rollback();
        return *error;
    }
    if (auto status = m_connection->execScript("COMMIT"); !status) {
        rollback();
        return status;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    // SQLite rolls back by itself after some errors (a full disk, an I/O error): roll back only what is open.
    if (m_connection->inTransaction())
        (void)m_connection->execScript("ROLLBACK");
}

} // namespace wh::db
