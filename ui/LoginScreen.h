#pragma once

// Log in by badge scan, or by staff number and PIN on the on-screen keypad. The PIN is checked off the GUI
// thread (Argon2id takes a few tenths of a second on purpose). Someone who works for several merchants
// chooses one here, then, on a kiosk that serves several stations, the station (the one used last on this
// kiosk comes first); with one merchant and one station the kiosk goes straight to the home screen.

#include "Screen.h"
#include "StaffDirectory.h"

#include <QHash>

class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace wh::ui {

class Keypad;

class LoginScreen : public Screen
{
    Q_OBJECT

public:
    explicit LoginScreen(KioskContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("Log in"); }
    void activated() override;
    void scanned(const devices::ScanEvent& scan) override;

Q_SIGNALS:
    // A language button was tapped ("en", "de"): the kiosk builds its screens anew in that language.
    void languageRequested(const QString& code);

private:
    void submitPin();
    void loggedIn(const Result<User>& user);
    void chooseTenant(const User& user);
    // The merchant is known: on to the station, or straight in.
    void tenantChosen(const QString& tenantId);
    void chooseStation();
    void startSession(const QString& station);
    void selectField(QLineEdit* field);
    void setBusy(bool busy);

    QLineEdit* m_number;
    QLineEdit* m_pin;
    QPushButton* m_numberButton;
    QPushButton* m_pinButton;
    QPushButton* m_loginButton;
    Keypad* m_keypad;
    QWidget* m_credentials;
    QWidget* m_tenantPanel;
    QLabel* m_tenantPrompt;
    QList<QPushButton*> m_tenantButtons;
    QHash<QString, QString> m_tenantNames; // id -> name, for the buttons
    QWidget* m_stationPanel;
    QLabel* m_stationPrompt;
    QList<QPushButton*> m_stationButtons;
    QString m_lastStation;   // the station chosen last on this kiosk (a file beside the store)
    User m_pending;          // logged in, merchant or station not chosen yet
    QString m_pendingTenant; // the merchant chosen, station not yet
    bool m_busy = false;
};

} // namespace wh::ui
