#pragma once

// Customer returns. Scan or type the RMA or the order number to open a return; then for each item: scan it,
// choose what becomes of it (restock, quarantine, scrap: big buttons), scan the bin it goes to (not for
// scrap), set the units on the keypad (1 when left empty) and receive it. Closing the return tells the
// central service what came back.

#include "Returns.h"
#include "ScanLookup.h"
#include "Screen.h"

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;

namespace wh::ui {

class Keypad;

class ReturnsScreen : public Screen
{
    Q_OBJECT

public:
    explicit ReturnsScreen(KioskContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("Returns"); }
    void activated() override;
    void scanned(const devices::ScanEvent& scan) override;

    QString returnId() const { return m_returnId; }

private:
    void open(const QString& reference);
    void itemOrBinScanned(const devices::ScanEvent& scan);
    void receive();
    void close();
    void showStart();
    void showReturn(const ReturnRecord& record);
    void showCurrent();
    ReturnDisposition disposition() const;
    void setBusy(bool busy);

    QStackedWidget* m_pages;
    QWidget* m_startPage;
    QLineEdit* m_reference;
    QPushButton* m_openButton;
    QLabel* m_startResult;
    QWidget* m_returnPage;
    QLabel* m_header;
    QLabel* m_itemLabel;
    QLabel* m_binLabel;
    QButtonGroup* m_dispositions;
    QPushButton* m_restockButton;
    QPushButton* m_quarantineButton;
    QPushButton* m_scrapButton;
    QLineEdit* m_quantity;
    Keypad* m_keypad;
    QPushButton* m_receiveButton;
    QPushButton* m_closeButton;
    QStandardItemModel* m_lines;

    QString m_tenantId; // the merchant the screen last worked for
    QString m_returnId;
    QString m_against;
    std::optional<ScannedCode> m_item;
    QString m_bin;
    bool m_busy = false;
};

} // namespace wh::ui
