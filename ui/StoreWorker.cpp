#include "StoreWorker.h"

namespace wh::ui {

Result<std::unique_ptr<StoreWorker>> StoreWorker::open(const QString& path, const Clock* clock)
{
    db::StoreOptions options;
    options.clock = clock;
    auto store = db::Store::open(path, options);
    if (!store)
        return store.error();
    return std::unique_ptr<StoreWorker>(new StoreWorker(std::move(*store), clock, path));
}

StoreWorker::StoreWorker(std::unique_ptr<db::Store> store, const Clock* clock, QString path)
    : m_store(std::move(store))
    , m_path(std::move(path))
{
    if (!clock) {
        m_ownClock = std::make_unique<SystemClock>();
        clock = m_ownClock.get();
    }
    m_clock = clock;
    m_thread.setObjectName(QStringLiteral("kiosk-store"));
    m_runner = new QObject;
    m_runner->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    m_thread.start();
}

StoreWorker::~StoreWorker()
{
    // Jobs already posted run to the end: an action the worker confirmed on screen is never cut off.
    m_thread.quit();
    m_thread.wait();
}

} // namespace wh::ui
