#pragma once

// Stock look-up, for everyone: scan an item (its lot too, when the label carries one) or a bin, or type a
// SKU, GTIN, bin or lot; the rows of stock show in a table (SKU, bin, lot, expiry, on hand, available).

#include "Screen.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;

namespace wh::ui {

class LookupScreen : public Screen
{
    Q_OBJECT

public:
    explicit LookupScreen(KioskContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("Stock look-up"); }
    void activated() override;
    void scanned(const devices::ScanEvent& scan) override;

    QStandardItemModel* model() const { return m_model; }

private:
    void search();
    void lookUp(const devices::ScanEvent& scan);

    QLineEdit* m_search;
    QPushButton* m_searchButton;
    QPushButton* m_clearButton;
    QLabel* m_summary;
    QStandardItemModel* m_model;
};

} // namespace wh::ui
