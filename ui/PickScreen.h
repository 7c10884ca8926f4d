#pragma once

// Picking at the kiosk. Before a task: the pick list (every unfinished task of the merchant, most urgent
// first, paged in from the store as it scrolls) and "Start picking", which takes the most urgent task (after
// releasing new orders as tasks, when the member may plan picking); tapping a row takes that task. During a
// task, one stop at a time: the bin in huge type, the item, the quantity, and progress; the picker scans the
// bin, the item and, for an order that has none yet, a tote, then confirms the quantity (another quantity is
// typed on the keypad). Each scan is checked by the store on its worker and answered green or red with the
// store's own sentence. Short pick and skip are overrides: a supervisor does them directly, anyone else with
// a supervisor's approval given on the screen (badge or staff number and PIN).
//
// Scans that arrive while one is being checked wait their turn in order (a fast scanner sends the bin and the
// item back to back); a refusal drops the scans waiting behind it, as they followed a scan that did not
// count.

#include "Picking.h"
#include "Screen.h"
#include "StaffDirectory.h"

#include <QHash>
#include <QList>
#include <QMap>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace wh::ui {

class ApprovalPanel;
class Keypad;
class PickListModel;

class PickScreen : public Screen
{
    Q_OBJECT

public:
    // Where the picker is on the current stop.
    enum class Step
    {
        NoTask,
        Bin,
        Item,
        Tote,
        Quantity,
    };
    Q_ENUM(Step)

    explicit PickScreen(KioskContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("Pick"); }
    void activated() override;
    void scanned(const devices::ScanEvent& scan) override;

    Step step() const { return m_step; }
    bool busy() const { return m_busy; }
    // The task on the screen (none before Start picking and after the last stop).
    std::optional<PickTask> task() const { return m_task; }
    int currentSeqNo() const { return m_seqNo; }
    PickListModel& pickList() { return *m_model; }
    // The strategy a member who may plan picking releases new orders with.
    void setStrategy(PickStrategy strategy) { m_strategy = strategy; }

Q_SIGNALS:
    // The store answered (a scan, a confirmation, an override, a task loaded): for tests and the status bar.
    void settled();

private:
    struct Loaded
    {
        PickTask task;
        QHash<QString, QString> descriptions; // SKU code -> description
    };
    enum class Override
    {
        Short,
        Skip
    };

    void start(const QString& taskId);
    void taskLoaded(const Result<Loaded>& loaded, const QString& done);
    void showStop();
    void showList();
    void handleScan(const devices::ScanEvent& scan);
    void scanBin(const QString& bin);
    void scanItem(const ScannedItem& item);
    void scanTote(const QString& tote);
    void confirm();
    void askOverride(Override kind);
    void runOverride(const Approval& approval);
    void closeOverride();
    void setBusy(bool busy);
    void finishScan(bool accepted);
    const PickTaskLine* line() const;
    QString toteFor(const QString& orderId) const;
    void setStep(Step step);

    PickListModel* m_model;
    PickStrategy m_strategy = PickStrategy::Single;
    std::optional<PickTask> m_task;
    QHash<QString, QString> m_descriptions;
    QMap<QString, QString> m_totes; // order -> tote scanned on this screen, before the first pick puts it
    int m_seqNo = 0;
    Step m_step = Step::NoTask;
    QString m_bin;
    ScannedItem m_item;
    bool m_busy = false;
    QList<devices::ScanEvent> m_waiting;
    Override m_override = Override::Short;
    QString m_sessionKey; // who and for which merchant the task was taken

    QStackedWidget* m_pages;
    QWidget* m_listPage;
    QWidget* m_stopPage;
    QWidget* m_overridePage;
    QTableView* m_view;
    QLabel* m_listStatus;
    QPushButton* m_startButton;
    QPushButton* m_refreshButton;
    QLabel* m_binLabel;
    QLabel* m_itemLabel;
    QLabel* m_quantityLabel;
    QLabel* m_progress;
    QLabel* m_stepLabel;
    QLabel* m_toteLabel;
    QLineEdit* m_quantity;
    Keypad* m_keypad;
    QPushButton* m_confirmButton;
    QPushButton* m_shortButton;
    QPushButton* m_skipButton;
    QPushButton* m_leaveButton;
    QLabel* m_overridePrompt;
    QWidget* m_reasons;
    QButtonGroup* m_reasonGroup;
    ApprovalPanel* m_approval;
    QPushButton* m_overrideConfirm;
    QPushButton* m_overrideCancel;
};

} // namespace wh::ui
