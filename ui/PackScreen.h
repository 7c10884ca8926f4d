#pragma once

// The packing station: the packer scans an order (or the tote it was picked into), takes a carton (the
// store's suggestion or another type), scans the items in, weighs and closes the carton on the keypad,
// creates the shipment, sees the label, prints it (or saves it when the station has no printer) and hands
// the parcels over. A reprint is an override: a packer needs a supervisor's approval (badge, or staff number
// and PIN). Every rule is the store's; the screen shows its answers. docs/kiosk.md, "Pack and ship".

#include "Label.h"
#include "Screen.h"
#include "StaffDirectory.h"
#include "Store.h"

#include <QJsonObject>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace wh::ui {

class Keypad;

// What the screen shows of one order, read in one job on the store worker.
struct PackOrderView
{
    Order order;
    QList<PackedUnits> unpacked;
    QList<PackCarton> cartons;
    QList<Carton> cartonTypes;
    std::optional<CartonChoice> suggestion;
    QString suggestionNote; // the store's reason when there is no suggestion
    std::optional<ShipmentRecord> shipment;
    std::optional<RateQuote> quote;
    QString quoteNote;     // the store's reason when there is no quote
    QJsonObject labelData; // the ShipmentCreated payload of a shipment waiting for its hand-over
};

class PackScreen : public Screen
{
    Q_OBJECT

public:
    explicit PackScreen(KioskContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("Pack & ship"); }
    void activated() override;
    void scanned(const devices::ScanEvent& scan) override;

    // Where labels are saved when the station has no printer: the folder "labels" beside the store file.
    static QString labelFolderFor(const QString& storePath);
    QString labelFolder() const;

    // A store job of this screen is under way (its answer not yet shown).
    bool busy() const { return m_busy > 0; }
    QString orderId() const { return m_view ? m_view->order.id : QString(); }
    QString openCartonId() const { return m_openCarton; }
    QString shipmentId() const { return m_view && m_view->shipment ? m_view->shipment->id : QString(); }
    // The labels of the shipment on show (one per package), as previewed, printed and saved.
    const QList<devices::Label>& labels() const { return m_labels; }

private:
    enum class Stage
    {
        NoOrder,
        Packing,
        ReadyToShip,
        Labelled,
        HandedOver,
        Void,
    };

    void reset();
    void loadOrder(const QString& code, bool quiet);
    void showView(const PackOrderView& view);
    Stage stage() const;
    void refresh();
    void rebuildCartonButtons();
    void openCarton(const QString& type);
    void packScan(const devices::ScanEvent& scan);
    void closeCarton();
    void createShipment();
    void renderLabels();
    void printLabels(bool reprint, std::int64_t reprintSeq);
    void handOver();
    void showReprintPanel(bool show);
    void selectApprovalField(QLineEdit* field);
    void reprint(const QString& badge);
    void refused(const QString& text);
    void accepted(const QString& text);
    // Posts a store job; the answer is dropped when the screen was cleared meanwhile.
    template <typename Job, typename Done> void run(Job job, Done done);

    std::optional<PackOrderView> m_view;
    QString m_openCarton;
    QJsonObject m_createdLabel; // the ShipmentCreated payload of the shipment this screen just created
    QList<devices::Label> m_labels;
    QString m_storePath;
    int m_busy = 0;       // store jobs of this screen under way
    int m_generation = 0; // counts the clears: older answers are stale

    QLabel* m_orderLabel;
    QLabel* m_lastScanLabel;
    QWidget* m_packPanel;
    QListWidget* m_remaining;
    QLabel* m_suggestionLabel;
    QWidget* m_cartonRow;
    QList<QPushButton*> m_cartonButtons;
    QLabel* m_cartonLabel;
    QLineEdit* m_weight;
    QPushButton* m_closeButton;
    Keypad* m_keypad;
    QLabel* m_quoteLabel;
    QPushButton* m_shipButton;
    QLabel* m_preview;
    QLabel* m_labelInfo;
    QLabel* m_printerLabel;
    QPushButton* m_printButton;
    QPushButton* m_handOverButton;
    QLabel* m_handedOverLabel;
    QPushButton* m_reprintButton;
    QPushButton* m_newOrderButton;
    QWidget* m_reprintPanel;
    QLabel* m_reprintPrompt;
    QList<QPushButton*> m_reasonButtons;
    QPushButton* m_approverNumberSelect;
    QPushButton* m_approverPinSelect;
    QLineEdit* m_approverNumber;
    QLineEdit* m_approverPin;
    QPushButton* m_reprintConfirm;
    QPushButton* m_reprintCancel;
};

} // namespace wh::ui
