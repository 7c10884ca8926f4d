#pragma once

// The kiosk's way to the store without ever blocking the screen: one thread with its own connection to the
// store file, running jobs in the order they were posted. A screen posts a job (a function of the store) and
// a continuation; the job runs on the worker's thread and the continuation on the screen's (GUI) thread with
// the job's result. A continuation whose screen is gone by then is dropped. SQLite's WAL lets this connection
// write while the sync engine's connection reads.

#include "Clock.h"
#include "Result.h"
#include "Store.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

namespace wh::ui {

class StoreWorker : public QObject
{
    Q_OBJECT

public:
    // Opens the store file on the worker's own connection.
    static Result<std::unique_ptr<StoreWorker>> open(const QString& path, const Clock* clock = nullptr);
    ~StoreWorker() override;

    const Clock& clock() const { return *m_clock; }
    QString path() const { return m_path; }

    // Runs `job(store)` on the worker's thread, then `done(result)` on the GUI thread (the one this object
    // lives on), unless `context` is destroyed by then. Jobs run one at a time, in the order posted.
    template <typename Job, typename Done> void post(QObject* context, Job job, Done done)
    {
        using R = std::invoke_result_t<Job, db::Store&>;
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            m_runner,
            [this, guard, job = std::move(job), done = std::move(done)]() mutable {
                auto result = std::make_shared<R>(job(*m_store));
                Q_EMIT jobFinished();
                // Back through this object, which lives on the GUI thread: the guard is only read there.
                QMetaObject::invokeMethod(
                    this,
                    [guard, result, done = std::move(done)]() mutable {
                        if (guard)
                            done(std::move(*result));
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

    // Runs `job(store)` on the worker's thread and waits for it: for start-up and tools, never for a tap.
    template <typename Job> auto call(Job job) -> std::invoke_result_t<Job, db::Store&>
    {
        using R = std::invoke_result_t<Job, db::Store&>;
        std::optional<R> result;
        QMetaObject::invokeMethod(
            m_runner, [&] { result.emplace(job(*m_store)); }, Qt::BlockingQueuedConnection);
        return std::move(*result);
    }

Q_SIGNALS:
    // A job finished (emitted on the worker's thread): screens that show store data may refresh.
    void jobFinished();

private:
    StoreWorker(std::unique_ptr<db::Store> store, const Clock* clock, QString path);

    QThread m_thread;
    QObject* m_runner = nullptr; // lives on m_thread: the context jobs run in
    std::unique_ptr<db::Store> m_store;
    std::unique_ptr<Clock> m_ownClock;
    const Clock* m_clock = nullptr;
    QString m_path;
};

} // namespace wh::ui
