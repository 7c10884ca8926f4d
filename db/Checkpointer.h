#pragma once

#include "Result.h"
#include "Sqlite.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

namespace wh::db {

// Copies the write-ahead log back into the database file on its own thread and connection, so a worker's
// commit does not pay for a checkpoint. SQLite's automatic checkpoint runs inside the commit that crosses its
// threshold, with an fsync of the database file: at synchronous=FULL that one commit takes several times
// longer than the others (docs/benchmarks.md). The store's WAL hook wakes this thread instead, which waits
// for a quiet moment (no commit for kQuiet: a checkpoint's writes and its sync of the database file compete
// with a commit's sync of the log for the same disk) and checkpoints then; it also looks once a second so a
// quiet appliance's log is folded back too.
//
// PASSIVE checkpoints never wait for a writer or reader, so a busy store can only delay them, never be
// delayed by them; SQLite restarts the log from its beginning on the first write after a complete one. Under
// writes that never pause there is no quiet moment and no passive checkpoint completes, and a thread asking
// for the write lock would starve behind the writer. So once the log holds kRestartFactor times the
// threshold, the writer itself runs a RESTART checkpoint right after its commit: that one commit in
// thousands waits for the copy, and the log starts over.
class Checkpointer
{
public:
    struct Stats
    {
        std::int64_t checkpoints = 0; // runs that copied pages
        std::int64_t pagesCopied = 0;
        std::int64_t restarts = 0; // checkpoints that took the write lock to let the log start over
        std::int64_t failures = 0; // SQLITE_BUSY and the like: retried at the next wake-up
    };

    // thresholdPages: wake when the log holds at least this many pages. synchronousFull: the checkpoint
    // syncs the database file as the store's own commits would.
    static Result<std::unique_ptr<Checkpointer>> start(const QString& path, int thresholdPages,
                                                       bool synchronousFull);
    ~Checkpointer(); // a last checkpoint, then the thread ends

    // Called on the writer's thread after each commit with the log's size in pages: cheap, never blocks on
    // the checkpoint itself. True when the log has grown too long for passive checkpoints alone: the writer
    // then calls restart().
    bool committed(int walPages);
    // A RESTART checkpoint on the writer's own connection (from its WAL hook).
    void restart(sqlite3* writer, const char* database);
    static constexpr int kRestartFactor = 10;
    // How long no commit must have come before the thread checkpoints.
    static constexpr std::chrono::milliseconds kQuiet{20};
    Stats stats() const;

private:
    Checkpointer(int thresholdPages);
    void run();
    void checkpoint();

    const int m_threshold;
    Connection m_connection; // touched only by the thread (and by start before it runs)
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    using Clock = std::chrono::steady_clock;
    std::atomic<Clock::rep> m_lastCommit{0}; // written by the writer's hook, read by the thread
    bool m_pending = false;
    bool m_stopping = false;
    Stats m_stats;
};

} // namespace wh::db
