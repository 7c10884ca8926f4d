#pragma once

// The kiosk: a header (the screen's title, who is logged in for which merchant at which station, the sync
// state, Home and Log out), the current screen, and at the bottom the feedback banner above the scan field.
// The scan field always has the focus, so a keyboard-wedge scanner's code lands there wherever the worker
// tapped last; serial scanners' decoded scans come in through scan(). Either way the scan goes to the screen
// on show. In kiosk mode the window is full screen without decorations and only an admin may close it.

#include "HomeScreen.h"
#include "Screen.h"

#include "StaffDirectory.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTranslator;

namespace wh::sync {
struct SyncStatus;
}
namespace wh::devices {
struct StationScan;
}

namespace wh::ui {

class DemoScannerPanel;
class Feedback;
class LoginScreen;
class Session;
class StoreWorker;

class KioskWindow : public QWidget
{
    Q_OBJECT

public:
    // The stations this kiosk serves: with several, the login screen asks which one (run --station a,b).
    KioskWindow(StoreWorker& store, const QStringList& stations, QWidget* parent = nullptr);
    KioskWindow(StoreWorker& store, const QString& station, QWidget* parent = nullptr);
    ~KioskWindow() override;

    // Adds every workflow screen through `factory` (ui::addWorkflowScreens in the appliance), and again after
    // a change of language, which builds the screens anew.
    void setWorkflowScreens(std::function<void(KioskWindow&)> factory);
    // The kiosk's languages ("en", "de"), chosen at login. A change builds every screen anew in the new
    // language (only while nobody is logged in); false when there is no translation of that name.
    static QStringList languages();
    bool setLanguage(const QString& code);
    QString language() const { return m_language; }
    // The PIN check's cost for every screen that checks a PIN (tests lower it).
    void setStaffPolicy(const db::StaffPolicy& policy);

    // Adds a workflow screen under `name`; the home screen offers it as `task` when the role allows.
    void addScreen(const QString& name, Screen* screen, const std::optional<KioskTask>& task = std::nullopt);
    // Shows a screen by name. Only the login screen shows while nobody is logged in.
    bool showScreen(const QString& name);
    QString currentScreenName() const;
    Screen* screen(const QString& name) const { return m_screens.value(name); }

    KioskContext& context() { return *m_context; }
    // The running devices and sync link; set before the screens that use them are shown.
    void setServices(const KioskServices& services) { m_context->services = services; }
    Session& session();
    Feedback& feedback();
    LoginScreen& loginScreen() { return *m_login; }
    HomeScreen& homeScreen() { return *m_home; }

    // The demo's panel of barcodes to tap, beside the screens (run --demo-scanner).
    DemoScannerPanel* enableDemoScanner();

    void setKioskMode(bool on);
    bool kioskMode() const { return m_kiosk; }
    // An admin said the kiosk may close (the supervisor screen asks for the approval).
    void allowExit() { m_exitAllowed = true; }

    // A decoded scan from a serial scanner (ScannerHub::scanned), or typed into the scan field.
    void scan(const devices::ScanEvent& event);
    void stationScan(const devices::StationScan& scan);
    void showSyncStatus(const sync::SyncStatus& status);

Q_SIGNALS:
    void screenChanged(const QString& name);
    // The answer to a scan showed on the screen this long after the scan reached the kiosk (/metrics' scan ->
    // screen figure). A scan no screen answers reports nothing; the next scan starts afresh.
    void scanShown(qint64 nanoseconds);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildScreens();
    void retranslateFrame();
    void scanEntered();
    void keepScanFocus(QWidget* now);
    void updateHeader();

    StoreWorker& m_store;
    std::unique_ptr<Session> m_session;
    Feedback* m_feedback;
    std::unique_ptr<KioskContext> m_context;
    QHBoxLayout* m_body;
    QStackedWidget* m_stack;
    DemoScannerPanel* m_demoScanner = nullptr;
    QHash<QString, Screen*> m_screens;
    QList<KioskTask> m_tasks;
    LoginScreen* m_login;
    HomeScreen* m_home;
    QLabel* m_title;
    QLabel* m_sessionLabel;
    QLabel* m_syncLabel;
    QPushButton* m_homeButton;
    QPushButton* m_logoutButton;
    QLineEdit* m_scanInput;
    bool m_kiosk = false;
    bool m_exitAllowed = false;
    std::function<void(KioskWindow&)> m_workflowFactory;
    QString m_language;
    QPointer<QTranslator> m_translator;
    QElapsedTimer m_scanInFlight; // since the last scan arrived; invalid once its answer showed
};

} // namespace wh::ui
