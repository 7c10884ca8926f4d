// The kiosk in German with its real workflow screens: chosen at login, a supervisor's home screen, and the
// pick, pack, receive and look-up screens show German titles and buttons, and no visible button or label
// still shows an English text that has a German translation. The store's and the scanner's refusals reach
// the banner in German while their message (log, central service) stays English, and every refusal text in
// kiosk_de.ts is translated.
#include "AlertsScreen.h"
#include "ApprovalPanel.h"
#include "BacklogChart.h"
#include "CountScreen.h"
#include "DemoScannerPanel.h"
#include "DevicesScreen.h"
#include "Feedback.h"
#include "HomeScreen.h"
#include "Keypad.h"
#include "KioskScreens.h"
#include "KioskWindow.h"
#include "LoginScreen.h"
#include "LookupScreen.h"
#include "MaintenanceScreen.h"
#include "PackScreen.h"
#include "PickListModel.h"
#include "PickScreen.h"
#include "ReceiveScreen.h"
#include "ReturnsScreen.h"
#include "Session.h"
#include "StaffDirectory.h"
#include "StoreWorker.h"
#include "SupervisorScreen.h"
#include "SyncScreen.h"

#include "DemoData.h"
#include "TestSupport.h"
#include "TryMacros.h"

#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamReader>

using namespace wh;

namespace {

struct GermanKioskFixture
{
    test::StoreFixture f;
    std::unique_ptr<ui::StoreWorker> worker;
    std::unique_ptr<ui::KioskWindow> kiosk;

    GermanKioskFixture()
    {
        WH_REQUIRE_OK(db::DemoData::seedIfEmpty(f.store()));
        const db::StaffPolicy fast = test::fastStaffPolicy();
        db::StaffDirectory staff(f.store().connection(), f.clock(), fast);
        WH_REQUIRE_OK(staff.save(User{QStringLiteral("9001"),
                                      QStringLiteral("Sam Supervisor"),
                                      Role::Supervisor,
                                      {QStringLiteral("acme")}},
                                 QStringLiteral("9999"), QStringLiteral("BADGE-9001")));
        auto opened = ui::StoreWorker::open(f.path(), &f.clock());
        WH_REQUIRE_OK(opened);
        worker = std::move(*opened);
        kiosk = std::make_unique<ui::KioskWindow>(*worker, QStringLiteral("station-1"));
        kiosk->setStaffPolicy(fast);
        // Through the factory: a language change builds the workflow screens anew.
        kiosk->setWorkflowScreens(ui::addWorkflowScreens);
        kiosk->resize(1280, 900);
        kiosk->show();
        REQUIRE(QTest::qWaitForWindowExposed(kiosk.get()));
    }
    void scan(const QString& text)
    {
        auto* input = kiosk->findChild<QLineEdit*>(QStringLiteral("scanInput"));
        REQUIRE(input);
        QTest::keyClicks(input, text);
        QTest::keyClick(input, Qt::Key_Return);
    }
    QPushButton* button(const QString& name)
    {
        QPushButton* b = nullptr;
        if (ui::Screen* current = kiosk->screen(kiosk->currentScreenName()))
            b = current->findChild<QPushButton*>(name);
        if (!b)
            b = kiosk->findChild<QPushButton*>(name);
        REQUIRE(b);
        WH_TRY_VERIFY(b->isVisible());
        return b;
    }
    void click(const QString& name) { QTest::mouseClick(button(name), Qt::LeftButton); }
    void goTo(const QString& screen)
    {
        if (kiosk->currentScreenName() != QStringLiteral("home"))
            click(QStringLiteral("homeButton"));
        REQUIRE(kiosk->currentScreenName() == QStringLiteral("home"));
        click(QStringLiteral("task_") + screen);
        REQUIRE(kiosk->currentScreenName() == screen);
        QTest::qWait(50); // the screen's first answer from the store worker, if any
    }
};

// The kiosk's translation contexts (each class that calls tr(), and ScanLookup's own).
QList<QByteArray> uiContexts()
{
    QList<QByteArray> contexts;
    for (const QMetaObject* m :
         {&ui::KioskWindow::staticMetaObject,     &ui::Screen::staticMetaObject,
          &ui::LoginScreen::staticMetaObject,     &ui::HomeScreen::staticMetaObject,
          &ui::Feedback::staticMetaObject,        &ui::Keypad::staticMetaObject,
          &ui::Session::staticMetaObject,         &ui::ApprovalPanel::staticMetaObject,
          &ui::PickListModel::staticMetaObject,   &ui::PickScreen::staticMetaObject,
          &ui::PackScreen::staticMetaObject,      &ui::ReceiveScreen::staticMetaObject,
          &ui::LookupScreen::staticMetaObject,    &ui::CountScreen::staticMetaObject,
          &ui::ReturnsScreen::staticMetaObject,   &ui::SupervisorScreen::staticMetaObject,
          &ui::AlertsScreen::staticMetaObject,    &ui::DevicesScreen::staticMetaObject,
          &ui::SyncScreen::staticMetaObject,      &ui::BacklogChart::staticMetaObject,
          &ui::DemoScannerPanel::staticMetaObject, &ui::MaintenanceScreen::staticMetaObject})
        contexts.append(QByteArray(m->className()));
    contexts.append(QByteArrayLiteral("wh::ui::ScanLookup"));
    return contexts;
}

// The visible buttons' and labels' texts (joined by " | ", empty when none) that are an English source the
// German translation changes: with the German translator installed, translating them gives something else.
std::string untranslated(ui::KioskWindow& kiosk)
{
    const QList<QByteArray> contexts = uiContexts();
    QStringList texts;
    for (const QPushButton* b : kiosk.findChildren<QPushButton*>())
        if (b->isVisible())
            texts.append(b->text());
    for (const QLabel* l : kiosk.findChildren<QLabel*>())
        if (l->isVisible())
            texts.append(l->text());
    QStringList english;
    for (const QString& text : texts) {
        if (text.isEmpty())
            continue;
        const QByteArray source = text.toUtf8();
        for (const QByteArray& context : contexts)
            if (QCoreApplication::translate(context.constData(), source.constData()) != text) {
                english.append(text);
                break;
            }
    }
    return english.join(QStringLiteral(" | ")).toStdString();
}

} // namespace

TEST_CASE("in German a supervisor's home and the pick - pack - receive and look-up screens show no English",
          "[ui][kiosk][i18n]")
{
    GermanKioskFixture k;
    k.click(QStringLiteral("language_de"));
    WH_TRY_COMPARE(k.kiosk->language(), QStringLiteral("de"));
    WH_TRY_COMPARE(k.button(QStringLiteral("loginButton"))->text(), QStringLiteral("Anmelden"));
    k.scan(QStringLiteral("BADGE-9001"));
    WH_TRY_COMPARE(k.kiosk->currentScreenName(), QStringLiteral("home"));
    CHECK(k.kiosk->feedback().text() == QStringLiteral("Willkommen, Sam Supervisor."));

    // The home screen: the task buttons in German.
    const QStringList tasks = k.kiosk->homeScreen().visibleTasks();
    REQUIRE(tasks.contains(QStringLiteral("pick")));
    REQUIRE(tasks.contains(QStringLiteral("pack")));
    REQUIRE(tasks.contains(QStringLiteral("receive")));
    CHECK(k.button(QStringLiteral("task_pick"))->text() == QStringLiteral("Kommissionieren"));
    // The button shows "&" as itself: its text escapes it as "&&" (a single one marks a shortcut).
    CHECK(k.button(QStringLiteral("task_pack"))->text() == QStringLiteral("Packen && Versand"));
    CHECK(k.button(QStringLiteral("task_receive"))->text() == QStringLiteral("Wareneingang"));
    CHECK(k.button(QStringLiteral("task_lookup"))->text() == QStringLiteral("Bestandsabfrage"));
    CHECK(k.button(QStringLiteral("logoutButton"))->text() == QStringLiteral("Abmelden"));
    CHECK(untranslated(*k.kiosk).empty());

    auto* title = k.kiosk->findChild<QLabel*>(QStringLiteral("screenTitle"));
    REQUIRE(title);

    k.goTo(QStringLiteral("pick"));
    CHECK(title->text() == QStringLiteral("Kommissionieren"));
    CHECK(k.button(QStringLiteral("pickStartButton"))->text() == QStringLiteral("Kommissionierung starten"));
    CHECK(k.button(QStringLiteral("homeButton"))->text() == QStringLiteral("Start"));
    CHECK(untranslated(*k.kiosk).empty());

    k.goTo(QStringLiteral("pack"));
    CHECK(title->text() == QStringLiteral("Packen & Versand"));
    CHECK(untranslated(*k.kiosk).empty());

    k.goTo(QStringLiteral("receive"));
    CHECK(title->text() == QStringLiteral("Wareneingang und Einlagerung"));
    CHECK(k.button(QStringLiteral("receiveBlindButton"))->text() == QStringLiteral("Ohne ASN annehmen"));
    CHECK(untranslated(*k.kiosk).empty());

    // A scan the screen cannot use is refused in German too (the store worker's answer, then the banner).
    k.scan(QStringLiteral("NO-SUCH-DOCK"));
    WH_TRY_VERIFY(k.kiosk->feedback().lastTone() == ui::Feedback::Tone::Refused);
    CHECK(untranslated(*k.kiosk).empty());

    // The stock look-up's answer comes from ScanLookup (no QObject): its context is found at run time too.
    k.goTo(QStringLiteral("lookup"));
    CHECK(title->text() == QStringLiteral("Bestandsabfrage"));
    k.scan(QStringLiteral("NO-SUCH-CODE"));
    WH_TRY_COMPARE(
        k.kiosk->feedback().text(),
        QStringLiteral("Nichts gefunden für NO-SUCH-CODE: Es ist keine SKU, GTIN, kein Lagerplatz und "
                       "keine Charge dieses Händlers."));
    CHECK(untranslated(*k.kiosk).empty());

    // The check itself finds an English text that has a German translation.
    title->setText(QStringLiteral("Start picking"));
    CHECK(untranslated(*k.kiosk) == "Start picking");
}

TEST_CASE("in German a store's refusal shows in German in the banner and its message stays English",
          "[ui][kiosk][i18n][refusal]")
{
    GermanKioskFixture k;
    const TenantContext acme(QStringLiteral("acme"));
    // A supervisor released a demo order for picking.
    PlanPicking plan;
    plan.orderIds = QStringList{QStringLiteral("ACME-SO-5001")};
    WH_REQUIRE_OK(k.f.store().planPicking(acme, k.f.actor(), plan));
    auto rows = k.f.store().pickList(acme, 0, 10);
    WH_REQUIRE_OK(rows);
    REQUIRE(rows->size() == 1);
    auto task = k.f.store().pickTask(acme, rows->first().taskId);
    WH_REQUIRE_OK(task);
    REQUIRE(task->lines.size() == 2);
    const PickTaskLine first = task->lines[0];
    const QString wrongBin = task->lines[1].key.location;
    REQUIRE(wrongBin != first.key.location);

    k.click(QStringLiteral("language_de"));
    WH_TRY_COMPARE(k.kiosk->language(), QStringLiteral("de"));
    k.scan(QStringLiteral("BADGE-9001"));
    WH_TRY_COMPARE(k.kiosk->currentScreenName(), QStringLiteral("home"));
    k.goTo(QStringLiteral("pick"));
    auto* screen = qobject_cast<ui::PickScreen*>(k.kiosk->screen(QStringLiteral("pick")));
    REQUIRE(screen);
    {
        QSignalSpy settled(screen, &ui::PickScreen::settled);
        k.click(QStringLiteral("pickStartButton"));
        WH_TRY_COMPARE(settled.size(), 1);
    }
    REQUIRE(screen->step() == ui::PickScreen::Step::Bin);

    // The wrong bin: the store refuses it, the banner says so in German.
    {
        QSignalSpy settled(screen, &ui::PickScreen::settled);
        k.scan(wrongBin);
        WH_TRY_VERIFY(settled.size() >= 1);
    }
    CHECK(k.kiosk->feedback().lastTone() == ui::Feedback::Tone::Refused);
    const QString german =
        QStringLiteral("Falscher Lagerplatz: Diese Entnahme ist aus %1, Sie haben %2 gescannt.")
            .arg(first.key.location, wrongBin);
    CHECK(k.kiosk->feedback().text() == german);
    // The same refusal from the store: its message is English (what the log and the central service read),
    // and only localized() follows the kiosk's language.
    const Status refused = k.f.store().checkPickBin(acme, task->id, first.seqNo, wrongBin);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::WrongBin);
    CHECK(
        refused.error().message ==
        QStringLiteral("Wrong bin: this pick is from %1, you scanned %2.").arg(first.key.location, wrongBin));
    CHECK(refused.error().localized() == german);
    CHECK(untranslated(*k.kiosk).empty());

    // A scan the decoder refuses: the scanner's reason is German too (inside the screen's own words).
    k.scan(QStringLiteral("]C1"));
    WH_TRY_COMPARE(k.kiosk->feedback().text(),
                   QStringLiteral("Scan nicht gelesen: Nur der Typ des Codes wurde gelesen, keine Daten. "
                                  "Scannen Sie ihn erneut."));

    // Back in English, the same refusal reads in English again.
    k.click(QStringLiteral("logoutButton"));
    WH_TRY_COMPARE(k.kiosk->currentScreenName(), QStringLiteral("login"));
    k.click(QStringLiteral("language_en"));
    WH_TRY_COMPARE(k.kiosk->language(), QStringLiteral("en"));
    CHECK(refused.error().localized() == refused.error().message);
}

TEST_CASE("every refusal text in kiosk_de.ts is translated and keeps its placeholders", "[ui][i18n][refusal]")
{
    QFile file(QStringLiteral(WH_SOURCE_DIR "/ui/translations/kiosk_de.ts"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QByteArray context;
    QString source;
    QString translation;
    bool unfinished = false;
    int refusals = 0;
    QStringList problems;
    QSet<QByteArray> contexts;
    const QRegularExpression placeholder(QStringLiteral("%\\d+"));
    const auto placeholders = [&](const QString& text) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found.append(it.next().captured());
        found.removeDuplicates();
        found.sort();
        return found;
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("name")) {
            context = xml.readElementText().toUtf8();
            contexts.insert(context);
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
            unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            // A plural translation holds one numerusform per form.
            translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message") &&
                   context == QByteArrayLiteral("wh::Refusal")) {
            ++refusals;
            if (unfinished || translation.trimmed().isEmpty())
                problems.append(QStringLiteral("unfinished: ") + source);
            else if (placeholders(source) != placeholders(translation))
                problems.append(QStringLiteral("placeholders differ: ") + source + QStringLiteral(" | ") +
                                translation);
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
    // lupdate found the refusals of core/, db/ and devices/ (a few hundred), not only the kiosk's own texts.
    CHECK(refusals > 300);
    // A context lupdate made up from a mistyped QT_TRANSLATE_NOOP would never be looked up: only the kiosk's
    // classes and wh::Refusal are.
    const QList<QByteArray> ui = uiContexts();
    QSet<QByteArray> known(ui.begin(), ui.end());
    known.insert(QByteArrayLiteral("wh::Refusal"));
    QStringList strays;
    for (const QByteArray& c : contexts)
        if (!known.contains(c))
            strays.append(QString::fromUtf8(c));
    INFO(strays.join(QStringLiteral(", ")).toStdString());
    CHECK(strays.isEmpty());
}
