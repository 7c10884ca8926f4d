#include "PrinterWorker.h"

namespace wh::devices {

PrinterWorker::PrinterWorker(PrinterConfig config, PrintSpooler::Options options,
                             PrintSpooler::StoreFactory store, PrintSpooler::TransportFactory transport,
                             const Clock* clock)
{
    if (!transport)
        transport = [config, options] {
            return makePrinterTransport(config, options.connectTimeoutMs);
        };
    m_thread.setObjectName(QStringLiteral("printer-") + config.name);
    m_spooler = new PrintSpooler(std::move(config), options, std::move(store), std::move(transport), clock);
    m_spooler->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_spooler, &QObject::deleteLater);
}

PrinterWorker::~PrinterWorker()
{
    if (!m_thread.isRunning()) {
        delete m_spooler;
        return;
    }
    stop();
    m_thread.quit();
    m_thread.wait();
}

void PrinterWorker::start()
{
    if (!m_thread.isRunning())
        m_thread.start();
    QMetaObject::invokeMethod(m_spooler, &PrintSpooler::start, Qt::QueuedConnection);
}

void PrinterWorker::wake()
{
    QMetaObject::invokeMethod(m_spooler, &PrintSpooler::wake, Qt::QueuedConnection);
}

void PrinterWorker::stop()
{
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(m_spooler, &PrintSpooler::stop, Qt::BlockingQueuedConnection);
}

} // namespace wh::devices
