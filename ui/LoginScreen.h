#pragma once

// Log in by badge scan, or by staff number and PIN on the on-screen keypad. The PIN is checked off the GUI
// thread (Argon2id takes a few tenths of a second on purpose). Someone who works for several merchants
// chooses one here; with one merchant the kiosk goes straight to the home screen.

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
    User m_pending; // logged in, merchant not chosen yet
    bool m_busy = false;
};

} // namespace wh::ui
