#pragma once

// One of the kiosk's screens (login, home, pick, pack...). Screens share the kiosk's context: the store
// worker (every read and write goes through it, off the GUI thread), the session (who, which merchant, which
// station) and the feedback banner. The kiosk routes every scan to the screen on show; a screen that takes no
// scans refuses them with a reason. Screens hold no business rules: they call the store and show its answer.

#include "ScanDecoder.h"
#include "StaffDirectory.h"

#include <QList>
#include <QWidget>

namespace wh::devices {
class PrinterWorker;
class ScannerHub;
} // namespace wh::devices
namespace wh::sync {
class OutboxMonitor;
class SyncEngine;
} // namespace wh::sync

namespace wh::ui {

class Feedback;
class Session;
class StoreWorker;

// The appliance's running parts a screen may look at (the devices and sync screens, the printing screens).
// Each may be missing: no scanner, printer or broker configured, or a test that leaves it out.
struct KioskServices
{
    devices::ScannerHub* scanners = nullptr;
    QList<devices::PrinterWorker*> printers; // each spooler reports through its signals
    const sync::SyncEngine* engine = nullptr; // status() is a thread-safe snapshot
    sync::OutboxMonitor* monitor = nullptr;   // statusChanged() on the GUI thread
    QString labelTemplates; // the operator's folder of label templates (run --templates); empty: built-in
};

struct KioskContext
{
    StoreWorker& store;
    Session& session;
    Feedback& feedback;
    KioskServices services;
    // The cost of checking a PIN (login, a supervisor's approval); tests lower it. One for every screen, so
    // a screen rebuilt for a new language keeps it.
    db::StaffPolicy staffPolicy;
};

class Screen : public QWidget
{
    Q_OBJECT

public:
    Screen(KioskContext& context, QWidget* parent = nullptr)
        : QWidget(parent)
        , m_context(context)
    {}

    // Shown in the kiosk's header.
    virtual QString title() const = 0;
    // The screen comes to the front (after login, or from the home screen): load what it shows.
    virtual void activated() {}
    // A decoded scan (refused ones included: a screen says why in its own words when it can).
    virtual void scanned(const devices::ScanEvent& scan);
    // Text typed into the scan field and entered that the decoder could not take as a scan is given here too;
    // by default it is treated like any scan.

Q_SIGNALS:
    // Asks the kiosk to show another screen by its name ("home", "pick"...).
    void navigate(const QString& screen);

protected:
    KioskContext& context() { return m_context; }
    const KioskContext& context() const { return m_context; }

private:
    KioskContext& m_context;
};

} // namespace wh::ui
