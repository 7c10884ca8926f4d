#pragma once

// The supervisor's desk: counts waiting for a decision (their variances, approve or recount), stock
// adjustments (scan the bin and the item, the quantity on the keypad, a reason), the central service's
// commands that could not be applied (dead letters), the label printers' jobs that need someone (an uncertain
// one is confirmed as printed, reprinted or cancelled), and, for an admin, closing the kiosk. Every action
// goes through the store (or its print queue) with the supervisor as the actor, so the audit trail names
// them.

#include "CycleCount.h"
#include "Inventory.h"
#include "PrintJobStore.h"
#include "Screen.h"
#include "Store.h"

#include <QStandardItemModel>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QVBoxLayout;

namespace wh::ui {

class KioskWindow;
class Keypad;

class SupervisorScreen : public Screen
{
    Q_OBJECT

public:
    SupervisorScreen(KioskWindow& kiosk, QWidget* parent = nullptr);

    QString title() const override { return tr("Supervisor"); }
    void activated() override;
    void scanned(const devices::ScanEvent& scan) override;

    const QStandardItemModel& counts() const { return m_countsModel; }
    const QStandardItemModel& variances() const { return m_variancesModel; }
    const QStandardItemModel& deadLetters() const { return m_deadModel; }
    // Print jobs: column 0 holds the job's id (its data under Qt::UserRole as a number).
    const QStandardItemModel& printJobs() const { return m_printModel; }
    std::int64_t selectedPrintJob() const { return m_printJobId; }

Q_SIGNALS:
    void countsLoaded();
    void deadLettersLoaded();
    void printJobsLoaded();

private:
    // The sections, in the order of their buttons.
    enum Section
    {
        Counts,
        Adjust,
        DeadLetters,
        PrintJobs,
        Kiosk,
    };
    enum class PrintDecision
    {
        ConfirmPrinted,
        Reprint,
        Cancel,
    };
    void showSection(int index);
    void loadCounts();
    void openCount(const QString& countId);
    void decideCount(bool approve);
    void loadDeadLetters();
    void loadPrintJobs();
    void selectPrintJob(int row);
    void updatePrintButtons();
    void decidePrintJob(PrintDecision decision);
    void resetAdjustment();
    void adjust();
    QWidget* buildCounts();
    QWidget* buildAdjust();
    QWidget* buildDeadLetters();
    QWidget* buildPrintJobs();
    QWidget* buildKiosk();

    KioskWindow& m_kiosk;
    QStackedWidget* m_sections;
    QList<QPushButton*> m_sectionButtons;
    // Counts.
    QStandardItemModel m_countsModel;
    QStandardItemModel m_variancesModel;
    QTableView* m_countsView;
    QTableView* m_variancesView;
    QString m_countId;
    QPushButton* m_approveButton;
    QPushButton* m_recountButton;
    // Adjustments.
    QLabel* m_adjustPrompt;
    QString m_adjustBin;
    QString m_adjustSku;
    QString m_adjustLot;
    QLineEdit* m_adjustQuantity;
    Keypad* m_keypad;
    bool m_adjustRemove = true;
    AdjustReason m_adjustReason = AdjustReason::Damaged;
    QList<QPushButton*> m_reasonButtons;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    QPushButton* m_adjustButton;
    // Dead letters.
    QStandardItemModel m_deadModel;
    // Print jobs.
    QStandardItemModel m_printModel;
    QTableView* m_printView;
    QLabel* m_printHint;
    QPushButton* m_confirmPrintedButton;
    QPushButton* m_reprintButton;
    QPushButton* m_cancelJobButton;
    std::int64_t m_printJobId = 0; // the selected job (0: none)
    PrintJobState m_printJobState = PrintJobState::Pending;
    bool m_printBusy = false;         // a decision is on its way to the store
    bool m_printersConnected = false; // to the spoolers' reports, once
    // Kiosk.
    QPushButton* m_closeButton;
};

} // namespace wh::ui
