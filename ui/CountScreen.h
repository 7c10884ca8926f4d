#pragma once

// Blind cycle count. The open counts of the merchant as big buttons; once one is chosen: scan a bin of the
// count, scan an item, enter how many are there on the keypad (0: looked for, none there), and submit. The
// screen never learns the expected quantity (the store's counter calls hold none), so it cannot show it;
// after the submit it says what the store decided: posted, waiting for a supervisor, or counted again.

#include "CycleCount.h"
#include "ScanLookup.h"
#include "Screen.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QVBoxLayout;

namespace wh::ui {

class Keypad;

class CountScreen : public Screen
{
    Q_OBJECT

public:
    explicit CountScreen(KioskContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("Cycle count"); }
    void activated() override;
    void scanned(const devices::ScanEvent& scan) override;

    QString countId() const { return m_sheet.countId; }

private:
    void loadCounts();
    void showCounts(const QList<CountSheet>& counts);
    void choose(const CountSheet& sheet);
    void showSheet(const CountSheet& sheet);
    void record();
    void submit();
    void setBusy(bool busy);

    QStackedWidget* m_pages;
    QWidget* m_listPage;
    QLabel* m_listPrompt;
    QLabel* m_result; // what the store made of the last submit
    QVBoxLayout* m_listLayout;
    QList<QPushButton*> m_countButtons;
    QPushButton* m_refreshButton;
    QWidget* m_countPage;
    QLabel* m_header;
    QLabel* m_binLabel;
    QLabel* m_itemLabel;
    QLineEdit* m_quantity;
    Keypad* m_keypad;
    QStandardItemModel* m_lines;
    QPushButton* m_recordButton;
    QPushButton* m_submitButton;
    QPushButton* m_backButton;

    CountSheet m_sheet;
    QString m_bin;
    std::optional<ScannedCode> m_item;
    bool m_busy = false;
};

} // namespace wh::ui
