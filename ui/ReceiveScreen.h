#pragma once

// Receive and put away. Start: scan the dock (a receiving location) and the ASN number (or type it), or start
// a blind receipt. Receiving: each scan is one action on the receipt (a pallet's SSCC, an item's GTIN with
// its lot and expiry, a SKU label); the keypad sets how many units the next scan stands for; the table shows
// what the receipt holds; the last scan can be undone; posting lands the stock at the dock. Putaway: for each
// SKU and lot received, the suggested bin in large type; scanning a bin moves the units there.

#include "Receiving.h"
#include "Screen.h"

#include "Putaway.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;

namespace wh::ui {

class Keypad;

class ReceiveScreen : public Screen
{
    Q_OBJECT

public:
    explicit ReceiveScreen(KioskContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("Receive and put away"); }
    void activated() override;
    void scanned(const devices::ScanEvent& scan) override;

    QString receiptId() const { return m_receiptId; }

private:
    struct PutawayLine
    {
        QString sku;
        QString lot;
        std::int64_t quantity = 0;
    };

    void showStart();
    void startScanned(const devices::ScanEvent& scan);
    void openReceipt(bool blind);
    void itemScanned(const devices::ScanEvent& scan);
    void undo();
    void post();
    void showItems(const QList<ReceiptItem>& items);
    void showPutaway();
    void putawayScanned(const devices::ScanEvent& scan);
    void setBusy(bool busy);

    QStackedWidget* m_pages;
    // Start.
    QWidget* m_startPage;
    QLabel* m_dockLabel;
    QLineEdit* m_asnInput;
    QLabel* m_asnInfo;
    QPushButton* m_openButton;
    QPushButton* m_blindButton;
    // Receiving.
    QWidget* m_receivePage;
    QLabel* m_receiptLabel;
    QStandardItemModel* m_items;
    QLineEdit* m_quantity;
    Keypad* m_keypad;
    QPushButton* m_undoButton;
    QPushButton* m_postButton;
    // Putaway.
    QWidget* m_putawayPage;
    QLabel* m_putawayItem;
    QLabel* m_putawayBin;
    QLabel* m_putawayHint;
    QPushButton* m_skipButton;
    QPushButton* m_newReceiptButton;

    QString m_tenantId; // the merchant the screen last worked for
    QString m_dock;
    QString m_receiptId;
    QList<PutawayLine> m_putaway;
    bool m_busy = false;
};

} // namespace wh::ui
