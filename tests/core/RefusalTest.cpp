// A refusal's words: its English message is built once, as before, for the log and the central service; its
// untranslated source and arguments give the kiosk the same words in the installed translator's language.
#include "Permissions.h"
#include "Result.h"
#include "WeightCheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace wh;

namespace {

// A translator that knows a few texts of the wh::Refusal context, so that no .qm file is needed.
class FakeGerman : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (QByteArray(context) != QByteArrayLiteral("wh::Refusal"))
            return {};
        return m_texts.value(QString::fromUtf8(sourceText));
    }
    bool isEmpty() const override { return false; }

    void add(const char* source, const QString& german) { m_texts.insert(QString::fromUtf8(source), german); }

private:
    QHash<QString, QString> m_texts;
};

// Installed for one test, removed again when it ends.
struct Installed
{
    QTranslator& translator;
    explicit Installed(QTranslator& t)
        : translator(t)
    {
        REQUIRE(QCoreApplication::installTranslator(&translator));
    }
    ~Installed() { QCoreApplication::removeTranslator(&translator); }
};

} // namespace

TEST_CASE("without a translator a refusal reads in English, its arguments in place", "[core][refusal]")
{
    const Error error =
        makeError(ErrorCode::WrongBin,
                  QT_TRANSLATE_NOOP("wh::Refusal", "Wrong bin: this pick is from %1, you scanned %2."),
                  {QStringLiteral("A-01-01"), QStringLiteral("B-02-02")});
    CHECK(error.code == ErrorCode::WrongBin);
    CHECK(error.message == QStringLiteral("Wrong bin: this pick is from A-01-01, you scanned B-02-02."));
    CHECK(error.localized() == error.message);
    CHECK(error.toString() ==
          QStringLiteral("wrong_bin: Wrong bin: this pick is from A-01-01, you scanned B-02-02."));
    CHECK(error.answer.isEmpty());
    // A placeholder may come twice and in any order, as a translation may need it.
    CHECK(makeError(ErrorCode::WrongLot, "Take lot %2, not %1: lot %2.",
                    {QStringLiteral("L1"), QStringLiteral("L2")})
              .message == QStringLiteral("Take lot L2, not L1: lot L2."));
}

TEST_CASE("a refusal's arguments are put in in one pass - a %2 inside one stays as it is", "[core][refusal]")
{
    const Error error = makeError(ErrorCode::UnknownSku, "%1 is not an item of this merchant (%2).",
                                  {QStringLiteral("50%2 OFF"), QStringLiteral("%1")});
    CHECK(error.message == QStringLiteral("50%2 OFF is not an item of this merchant (%1)."));
    CHECK(error.localized() == error.message);

    CHECK(substituteArgs(u"%1 and %3", {QStringLiteral("a")}) == QStringLiteral("a and %3"));
    CHECK(substituteArgs(u"100% sure, %1%", {QStringLiteral("x")}) == QStringLiteral("100% sure, x%"));
    CHECK(substituteArgs(u"%0 %1", {QStringLiteral("x")}) == QStringLiteral("%0 x"));
    CHECK(substituteArgs(u"ends with %", {}) == QStringLiteral("ends with %"));
    // Two digits only when there are that many arguments: "%10" with one argument is %1 and a 0.
    CHECK(substituteArgs(u"%10", {QStringLiteral("x")}) == QStringLiteral("x0"));
    QStringList eleven;
    for (int i = 1; i <= 11; ++i)
        eleven.append(QStringLiteral("a%1").arg(i));
    CHECK(substituteArgs(u"%11 %10 %1", eleven) == QStringLiteral("a11 a10 a1"));
}

TEST_CASE("an error without a source shows its message as it is", "[core][refusal]")
{
    const Error plain =
        makeError(ErrorCode::StorageCorrupt, QStringLiteral("Event 7 puts back more than was waiting."));
    CHECK(plain.refusal.isEmpty());
    CHECK(plain.localized() == QStringLiteral("Event 7 puts back more than was waiting."));

    FakeGerman german;
    german.add("Event 7 puts back more than was waiting.", QStringLiteral("Ereignis 7 ..."));
    Installed installed(german);
    CHECK(plain.localized() == plain.message);
}

TEST_CASE("with a translator a refusal reads in its language and its message stays English",
          "[core][refusal]")
{
    FakeGerman german;
    german.add("Wrong bin: this pick is from %1, you scanned %2.",
               QStringLiteral("Falscher Lagerplatz: %2 gescannt, diese Entnahme ist aus %1."));
    german.add("Only %1 of %2%3 in %4 are free; %5 cannot be taken.",
               QStringLiteral("Nur %1 von %2%3 in %4 sind frei; %5 können nicht genommen werden."));
    german.add(" lot %1", QStringLiteral(" Charge %1"));
    german.add("Signed in as %1, you may not %2.", QStringLiteral("Angemeldet als %1 dürfen Sie nicht %2."));
    german.add("adjust stock", QStringLiteral("Bestand korrigieren"));
    Installed installed(german);

    const Error wrongBin = makeError(ErrorCode::WrongBin, "Wrong bin: this pick is from %1, you scanned %2.",
                                     {QStringLiteral("A-01-01"), QStringLiteral("B-%1")});
    CHECK(wrongBin.message == QStringLiteral("Wrong bin: this pick is from A-01-01, you scanned B-%1."));
    CHECK(wrongBin.localized() ==
          QStringLiteral("Falscher Lagerplatz: B-%1 gescannt, diese Entnahme ist aus A-01-01."));

    // Words inside a refusal are translated with it; an empty argument stays empty.
    const auto freeUnits = [](const QString& lot) {
        return makeError(ErrorCode::InsufficientStock, "Only %1 of %2%3 in %4 are free; %5 cannot be taken.",
                         {QStringLiteral("3"), QStringLiteral("SKU-1"),
                          lot.isEmpty() ? RefusalArg() : refusalWords(" lot %1", {lot}),
                          QStringLiteral("A-01"), QStringLiteral("5")});
    };
    CHECK(freeUnits(QStringLiteral("L7")).message ==
          QStringLiteral("Only 3 of SKU-1 lot L7 in A-01 are free; 5 cannot be taken."));
    CHECK(freeUnits(QStringLiteral("L7")).localized() ==
          QStringLiteral("Nur 3 von SKU-1 Charge L7 in A-01 sind frei; 5 können nicht genommen werden."));
    CHECK(freeUnits(QString()).localized() ==
          QStringLiteral("Nur 3 von SKU-1 in A-01 sind frei; 5 können nicht genommen werden."));

    // The domain's own refusal: the permission's activity is a refusal of its own inside it.
    const Status denied = Permissions::check(
        Actor{QStringLiteral("u1"), QStringLiteral("station-1"), Role::Picker, {}}, Permission::Adjust);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().message == QStringLiteral("Signed in as picker, you may not adjust stock."));
    CHECK(denied.error().localized() ==
          QStringLiteral("Angemeldet als picker dürfen Sie nicht Bestand korrigieren."));

    // A text the translator does not know stays English, its words translated or not.
    const Error unknown = makeError(ErrorCode::InvalidArgument, "No translation for %1.",
                                    {refusalWords(" lot %1", {QStringLiteral("L1")})});
    CHECK(unknown.localized() == QStringLiteral("No translation for  Charge L1."));
    CHECK(unknown.message == QStringLiteral("No translation for  lot L1."));
}

TEST_CASE("a list of words in a refusal is joined as the text says", "[core][refusal]")
{
    const RefusalArg none = refusalList({}, "%1; %2");
    CHECK(none.english().isEmpty());
    const RefusalArg three = refusalList(
        {QStringLiteral("a"), refusalWords("b %1", {QStringLiteral("x")}), QStringLiteral("c")}, "%1; %2");
    CHECK(three.english() == QStringLiteral("a; b x; c"));
    CHECK(three.localized() == QStringLiteral("a; b x; c"));
}

TEST_CASE("a failed weight check gives the same words as its message", "[core][refusal][cartons]")
{
    CHECK(WeightCheck::compare(1000, 1000).refusal().isEmpty());
    const WeightCheck heavy = WeightCheck::compare(1000, 1320);
    CHECK(heavy.refusal().english() == heavy.message());
    CHECK(heavy.message().contains(QStringLiteral("too heavy: check for an extra or a wrong item.")));
    const WeightCheck light = WeightCheck::compare(2000, 1500);
    CHECK(light.refusal().english() == light.message());
    CHECK(light.message().contains(QStringLiteral("too light: check for a missing or a wrong item.")));
}
