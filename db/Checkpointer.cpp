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

bool Checkpointer::committed(int walPages)
{
    m_lastCommit.store(Clock::now().time_since_epoch().count(), std::memory_order_relaxed);
    if (walPages < m_threshold)
        return false;
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        wake = !m_pending;
        m_pending = true;
    }
    if (wake)
        m_wake.notify_one();
    return walPages >= m_threshold * kRestartFactor;
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
            // Wait for a quiet moment: a checkpoint's writes and its sync of the database file compete with a
            // commit's sync of the log for the same disk. Between scans at human pace there always is one;
            // under writes that never pause the writer's own RESTART keeps the log bounded instead.
            while (!m_stopping) {
                const auto last =
                    Clock::time_point(Clock::duration(m_lastCommit.load(std::memory_order_relaxed)));
                const auto quietFor = Clock::now() - last;
                if (quietFor >= kQuiet)
                    break;
                m_wake.wait_for(lock, kQuiet - quietFor, [this] { return m_stopping; });
            }
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
    const int rc = sqlite3_wal_checkpoint_v2(m_connection.handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE,
                                             &logPages, &copied);
    std::lock_guard lock(m_mutex);
    if (rc != SQLITE_OK) {
        ++m_stats.failures;
        return;
    }
    if (copied > 0) {
        ++m_stats.checkpoints;
        m_stats.pagesCopied += copied;
    }
}

void Checkpointer::restart(sqlite3* writer, const char* database)
{
    int logPages = 0;
    int copied = 0;
    const int rc = sqlite3_wal_checkpoint_v2(writer, database, SQLITE_CHECKPOINT_RESTART, &logPages, &copied);
    std::lock_guard lock(m_mutex);
    if (rc == SQLITE_OK)
        ++m_stats.restarts;
    else
        ++m_stats.failures;
}

} // namespace wh::db
