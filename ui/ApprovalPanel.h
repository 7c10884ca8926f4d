#pragma once

// A supervisor's approval, asked for on someone else's screen: the supervisor scans their badge (the screen
// hands the scan over with badgeScanned) or types their staff number and PIN on the panel's keypad. The check
// runs on the store worker (StaffDirectory::approve: a PIN costs a few tenths of a second on purpose, and
// wrong PINs count as at login). Only a supervisor or an admin approves; whether that person may approve
// this actor's override (not oneself) is the store's rule, checked when the override is carried out.

#include "Actor.h"
#include "Result.h"
#include "StaffDirectory.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace wh::ui {

class Keypad;
struct KioskContext;

class ApprovalPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ApprovalPanel(KioskContext& context, QWidget* parent = nullptr);

    // Clears the fields and shows what is to be approved (empty: the screen says it itself).
    void ask(const QString& what);
    void badgeScanned(const QString& badge);
    bool busy() const { return m_busy; }

Q_SIGNALS:
    void approved(const wh::Approval& approval);
    void cancelled();

private:
    void submitPin();
    void check(const QString& who, const QString& pin);
    void selectField(QLineEdit* field);
    void setBusy(bool busy);

    KioskContext& m_context;
    QLabel* m_prompt;
    QLineEdit* m_number;
    QLineEdit* m_pin;
    QPushButton* m_numberButton;
    QPushButton* m_pinButton;
    QPushButton* m_approveButton;
    QPushButton* m_cancelButton;
    Keypad* m_keypad;
    bool m_busy = false;
};

} // namespace wh::ui
