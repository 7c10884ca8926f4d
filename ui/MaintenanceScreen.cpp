#include "MaintenanceScreen.h"

#include "Feedback.h"
#include "StoreWorker.h"
#include "TouchParts.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace wh::ui {

MaintenanceScreen::MaintenanceScreen(KioskContext& context, QWidget* parent)
    : Screen(context, parent)
{
    setObjectName(QStringLiteral("maintenanceScreen"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = TouchParts::label(this, QStringLiteral("maintenanceIntro"), tr("What this screen does"));
    intro->setText(tr("Checks that take a while on a big store. The floor goes on working meanwhile."));
    layout->addWidget(intro);
    auto* buttons = new QHBoxLayout;
    m_verifyButton = TouchParts::button(this, QStringLiteral("maintenanceVerifyButton"), tr("Check the event log"),
                                        tr("Check the event log's hash chain"), 96);
    m_rebuildButton = TouchParts::button(this, QStringLiteral("maintenanceRebuildButton"), tr("Rebuild and compare"),
                                         tr("Rebuild the projections from the log and compare them"), 96);
    buttons->addWidget(m_verifyButton);
    buttons->addWidget(m_rebuildButton);
    layout->addLayout(buttons);
    m_stateLabel = TouchParts::label(this, QStringLiteral("maintenanceState"), tr("What is running"));
    layout->addWidget(m_stateLabel);
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("maintenanceProgress"));
    m_progressBar->setAccessibleName(tr("Events done"));
    m_progressBar->setMinimumHeight(48);
    m_progressBar->setRange(0, 1);
    m_progressBar->setValue(0);
    m_progressBar->setFormat(tr("%v of %m events"));
    layout->addWidget(m_progressBar);
    m_resultLabel = TouchParts::label(this, QStringLiteral("maintenanceResult"), tr("What the last check found"), 26);
    layout->addWidget(m_resultLabel);
    layout->addStretch();

    connect(m_verifyButton, &QPushButton::clicked, this, &MaintenanceScreen::verify);
    connect(m_rebuildButton, &QPushButton::clicked, this, &MaintenanceScreen::rebuild);
    connect(&m_progressTimer, &QTimer::timeout, this, &MaintenanceScreen::showProgress);
}

MaintenanceScreen::~MaintenanceScreen() = default; // a running job's worker waits for it to end

void MaintenanceScreen::activated()
{
    if (!busy())
        m_stateLabel->setText(tr("Nothing is running."));
}

bool MaintenanceScreen::start(const QString& what)
{
    if (busy())
        return false;
    // A store worker of its own: the floor's worker runs one job at a time, and a check of a big log would
    // hold every screen's answers behind it.
    auto opened = StoreWorker::open(context().store.path(), &context().store.clock());
    if (!opened) {
        context().feedback.refused(tr("The check cannot start: %1").arg(opened.error().localized()));
        return false;
    }
    m_worker = std::move(*opened);
    m_progress = std::make_shared<Progress>();
    m_verifyButton->setEnabled(false);
    m_rebuildButton->setEnabled(false);
    m_stateLabel->setText(what);
    m_resultLabel->clear();
    m_progressBar->setRange(0, 1);
    m_progressBar->setValue(0);
    m_progressTimer.start(100);
    return true;
}

void MaintenanceScreen::showProgress()
{
    if (!m_progress)
        return;
    const std::int64_t total = m_progress->total.load();
    const std::int64_t done = m_progress->done.load();
    // QProgressBar counts in int: a log past 2^31 events shows in thousands.
    const std::int64_t scale = total > INT32_MAX ? 1000 : 1;
    m_progressBar->setRange(0, int(std::max<std::int64_t>(1, total / scale)));
    m_progressBar->setValue(int(std::min(done, total) / scale));
}

void MaintenanceScreen::end(bool ok, const QString& result)
{
    showProgress();
    m_progressTimer.stop();
    m_resultLabel->setText(result);
    m_resultLabel->setStyleSheet(ok ? QStringLiteral("font-size: 26px; font-weight: bold; color: #0a7a2f;")
                                    : QStringLiteral("font-size: 26px; font-weight: bold; color: #b00020;"));
    m_stateLabel->setText(tr("Nothing is running."));
    if (ok)
        context().feedback.accepted(result);
    else
        context().feedback.refused(result);
    // The worker ends after this continuation returns (it is the one that called it).
    QMetaObject::invokeMethod(
        this,
        [this, ok] {
            m_worker.reset();
            m_progress.reset();
            m_verifyButton->setEnabled(true);
            m_rebuildButton->setEnabled(true);
            Q_EMIT finished(ok);
        },
        Qt::QueuedConnection);
}

void MaintenanceScreen::verify()
{
    if (!start(tr("Checking the event log's hash chain...")))
        return;
    auto progress = m_progress;
    m_worker->post(
        this,
        [progress](db::Store& store) {
            return store.verifyChain([progress](std::int64_t done, std::int64_t total) {
                progress->total = total;
                progress->done = done;
            });
        },
        [this](const Result<db::ChainReport>& report) {
            if (!report)
                end(false, tr("The check failed: %1").arg(report.error().localized()));
            else if (report->intact())
                end(true, tr("The event log is whole: %n event(s) checked, every link holds.", "",
                             int(std::min<std::int64_t>(report->eventsChecked, INT32_MAX))));
            else
                end(false, tr("The event log is broken at event %1: %2. Keep this store as it is and call "
                              "support.")
                               .arg(report->firstBrokenSeq)
                               .arg(report->problem));
        });
}

void MaintenanceScreen::rebuild()
{
    if (!start(tr("Rebuilding every projection from the log...")))
        return;
    auto progress = m_progress;
    // A scratch store beside the live one (same disk, so a full disk shows here too), removed afterwards.
    const QString scratch = QFileInfo(context().store.path())
                                .absoluteDir()
                                .filePath(QStringLiteral("rebuild-check-%1.db")
                                              .arg(QDateTime::currentMSecsSinceEpoch()));
    m_worker->post(
        this,
        [progress, scratch](db::Store& store) {
            auto report = store.rebuildInto(scratch, [progress](std::int64_t done, std::int64_t total) {
                progress->total = total;
                progress->done = done;
            });
            // Only a check's scratch (the live store has detached it by now).
            for (const char* suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(scratch + QString::fromLatin1(suffix));
            return report;
        },
        [this](const Result<db::RebuildReport>& report) {
            if (!report) {
                end(false, tr("The rebuild failed: %1").arg(report.error().localized()));
                return;
            }
            const int events = int(std::min<std::int64_t>(report->eventsReplayed, INT32_MAX));
            if (report->equal()) {
                end(true, tr("%n event(s) replayed: every projection equals the live one.", "", events));
                return;
            }
            QStringList tables;
            for (const db::TableDifference& d : report->differences)
                tables.append(d.table);
            end(false, tr("%n event(s) replayed: these projections differ from the live ones: %1. Call support.",
                          "", events)
                           .arg(tables.join(QStringLiteral(", "))));
        });
}

} // namespace wh::ui
