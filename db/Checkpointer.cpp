#include "Checkpointer.h"

#include <sqlite3.h>

#include <chrono>

namespace wh::db {

Checkpointer::Checkpointer(int thresholdPages)
    : m_threshold(thresholdPages)
{}

Result<std::unique_ptr<Checkpointer>> Checkpointer::start(const QString& path, int thresholdPages,
                                                          bool synchronousFull)
{
    std::unique_ptr<Checkpointer> checkpointer(new Checkpointer(thresholdPages > 0 ? thresholdPages : 1));
    if (auto status = checkpointer->m_connection.open(path, SQLITE_OPEN_READWRITE); !status)
        return status.error();
    sqlite3_busy_timeout(checkpointer->m_connection.handle(), 0);
    if (auto status = checkpointer->m_connection.execScript(synchronousFull ? "PRAGMA synchronous = FULL"
                                                                            : "PRAGMA synchronous = NORMAL");
        !status)
        return status.error();
    // Its own connection must never checkpoint from its own (empty) commits either.
    sqlite3_wal_autocheckpoint(checkpointer->m_connection.handle(), 0);
    checkpointer->m_thread = std::thread([raw = checkpointer.get()] { raw->run(); });
    return checkpointer;
}

Checkpointer::~Checkpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void Checkpointer::committed(int walPages)
{
    if (walPages < m_threshold)
        return;
    {
        std::lock_guard lock(m_mutex);
        if (m_pending)
            return;
        m_pending = true;
    }
    m_wake.notify_one();
}

Checkpointer::Stats Checkpointer::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

void Checkpointer::run()
{
    for (;;) {
        bool stopping = false;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::seconds(1), [this] { return m_pending || m_stopping; });
            m_pending = false;
            stopping = m_stopping;
        }
        checkpoint();
        if (stopping)
            break;
    }
    m_connection.close();
}

void Checkpointer::checkpoint()
{
    int logPages = 0;
    int copied = 0;
    int rc = sqlite3_wal_checkpoint_v2(m_connection.handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, &logPages,
                                       &copied);
    bool restarted = false;
    if (rc == SQLITE_OK && logPages >= m_threshold * kRestartFactor) {
        // Writers that never pause leave no moment in which a passive checkpoint completes, and SQLite
        // reuses the log only after a complete one: the log would grow without end. So, rarely, take the
        // write lock for the little the passive runs left over; one commit waits for it.
        sqlite3_busy_timeout(m_connection.handle(), 2000);
        int restartCopied = 0;
        rc = sqlite3_wal_checkpoint_v2(m_connection.handle(), nullptr, SQLITE_CHECKPOINT_RESTART, &logPages,
                                       &restartCopied);
        sqlite3_busy_timeout(m_connection.handle(), 0);
        copied += restartCopied;
        restarted = rc == SQLITE_OK;
    }
    std::lock_guard lock(m_mutex);
    if (rc != SQLITE_OK) {
        ++m_stats.failures;
        return;
    }
    if (copied > 0) {
        ++m_stats.checkpoints;
        m_stats.pagesCopied += copied;
    }
    if (restarted)
        ++m_stats.restarts;
}

} // namespace wh::db
