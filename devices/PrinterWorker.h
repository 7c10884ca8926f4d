#pragma once

#include "PrintSpooler.h"

#include <QThread>

namespace wh::devices {

// A printer's spooler on a thread of its own, so no socket, serial port or queue write ever runs on the
// GUI thread. Connect to spooler()'s signals (they arrive queued); start(), wake() and the destructor are
// safe to call from the owning thread.
class PrinterWorker
{
public:
    // With no transport factory, the printer's spec decides (TCP or serial).
    PrinterWorker(PrinterConfig config, PrintSpooler::Options options, PrintSpooler::StoreFactory store,
                  PrintSpooler::TransportFactory transport = {}, const Clock* clock = nullptr);
    ~PrinterWorker(); // stops the spooler, waits for the thread
    PrinterWorker(const PrinterWorker&) = delete;
    PrinterWorker& operator=(const PrinterWorker&) = delete;

    PrintSpooler* spooler() const { return m_spooler; }
    void start();
    void wake();
    // Stops the loop and closes the printer and the queue; returns once done.
    void stop();

private:
    QThread m_thread;
    PrintSpooler* m_spooler; // lives on m_thread, deleted there when it finishes
};

} // namespace wh::devices
