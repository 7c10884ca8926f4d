#pragma once

// An on-screen number pad for gloved hands: digits, clear and back in buttons of at least 72 px, writing into
// a field the caller names (a quantity, a staff number, a PIN). Nothing here needs a physical keyboard.

#include <QWidget>

class QLineEdit;

namespace wh::ui {

class Keypad : public QWidget
{
    Q_OBJECT

public:
    explicit Keypad(QWidget* parent = nullptr);

    // The field the keys write into; null: none.
    void setTarget(QLineEdit* target);
    QLineEdit* target() const { return m_target; }

Q_SIGNALS:
    void enterPressed();

private:
    void press(const QString& key);

    QLineEdit* m_target = nullptr;
};

} // namespace wh::ui
