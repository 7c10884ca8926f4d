#pragma once

// A stack of pages that asks for the room of the page on show only. QStackedWidget asks for the largest
// minimum size of all its pages, so one tall page out of sight (a keypad page, a long form) would make every
// other page, and the kiosk's window, taller than the floor's 1280 x 800 screen. Pages out of sight get an
// Ignored size policy (which counts as no minimum size); the page on show gets back the one it was given.

#include <QStackedWidget>

namespace wh::ui {

class PageStack : public QStackedWidget
{
    Q_OBJECT

public:
    explicit PageStack(QWidget* parent = nullptr);

protected:
    void childEvent(QChildEvent* event) override;

private:
    void pageAdded(int index);
    void pageShown(int index);

    static constexpr const char* kPolicyProperty = "pageStackSizePolicy";
};

} // namespace wh::ui
