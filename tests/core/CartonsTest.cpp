#include "CoreTestSupport.h"

#include "Carton.h"
#include "CartonChooser.h"
#include "WeightCheck.h"

#include <QJsonDocument>

#include <limits>

using wh::Carton;
using wh::CartonChooser;
using wh::ErrorCode;
using wh::PackItem;
using wh::WeightCheck;
using wh::WeightTolerance;

namespace {

// Usable volume at 85 %: S 2.55 l, M 7.65 l, FLAT 10.2 l, L 30.6 l.
const Carton kSmall{QStringLiteral("S"), 200, 150, 100, 5'000, 120};   // 3 l
const Carton kMedium{QStringLiteral("M"), 300, 200, 150, 10'000, 200}; // 9 l
const Carton kFlat{QStringLiteral("FLAT"), 600, 400, 50, 8'000, 250};  // 12 l, for posters and frames
const Carton kLarge{QStringLiteral("L"), 400, 300, 300, 20'000, 400};  // 36 l

CartonChooser chooser(double fill = CartonChooser::kDefaultFillFactor)
{
    // Deliberately not in size order: the chooser sorts.
    auto created = CartonChooser::create({kLarge, kFlat, kSmall, kMedium}, fill);
    INFO(wh::test::describe(created));
    REQUIRE(created.ok());
    return std::move(created).value();
}

PackItem item(const char* sku, int l, int w, int h, int grams, std::int64_t quantity = 1)
{
    return PackItem{QLatin1String(sku), l, w, h, grams, quantity};
}

// The chosen carton's code, or the refusal, so a failed check shows which.
QString chosen(const CartonChooser& c, const QList<PackItem>& items)
{
    const auto choice = c.choose(items);
    return choice.ok() ? choice->carton.code : QStringLiteral("refused: ") + choice.error().message;
}

} // namespace

TEST_CASE("the smallest carton that holds the items is chosen, with the weight to expect", "[core][cartons]")
{
    const CartonChooser c = chooser();
    CHECK(c.cartons().first().code == QStringLiteral("S")); // smallest first, whatever the configured order
    CHECK(c.cartons().last().code == QStringLiteral("L"));

    // A 240 mm book is too long for S (200 mm) though S has the volume: M.
    const auto book = c.choose({item("BOOK", 240, 170, 30, 500)});
    CORE_REQUIRE_OK(book);
    CHECK(book->carton.code == QStringLiteral("M"));
    CHECK(book->itemsVolumeMm3 == 1'224'000);
    CHECK(book->itemsWeightGrams == 500);
    CHECK(book->expectedGrossGrams == 700); // 500 g of book + 200 g of carton

    // Several lines add up: 3 x 400 g + 2 x 250 g in M (tare 200).
    const auto mixed = c.choose({item("MUG", 120, 100, 100, 400, 3), item("TEA", 150, 80, 50, 250, 2)});
    CORE_REQUIRE_OK(mixed);
    CHECK(mixed->carton.code == QStringLiteral("M"));
    CHECK(mixed->itemsVolumeMm3 == 3 * 1'200'000 + 2 * 600'000);
    CHECK(mixed->itemsWeightGrams == 1'700);
    CHECK(mixed->expectedGrossGrams == 1'900);
}

TEST_CASE("an item fits when it can be turned to fit", "[core][cartons]")
{
    const CartonChooser c = chooser();
    // 140 x 90 x 190 stands upright in S (200 x 150 x 100) only when laid down: longest side along the
    // longest.
    CHECK(chosen(c, {item("VASE", 140, 90, 190, 800)}) == QStringLiteral("S"));
    CHECK(chosen(c, {item("VASE", 90, 190, 140, 800)}) == QStringLiteral("S"));
    // One millimetre over S's shortest side in every orientation: M.
    CHECK(chosen(c, {item("VASE", 190, 140, 101, 800)}) == QStringLiteral("M"));
    // A 110 mm cube has a third of S's volume, but no way to turn it makes 110 mm fit into 100 mm.
    CHECK(chosen(c, {item("CUBE", 110, 110, 110, 800)}) == QStringLiteral("M"));
    // A long thin tube fits only the flat carton, though M is smaller by volume.
    const auto tube = c.choose({item("POSTER", 580, 60, 40, 500)});
    CORE_REQUIRE_OK(tube);
    CHECK(tube->carton.code == QStringLiteral("FLAT"));
    CHECK(tube->expectedGrossGrams == 750);
}

TEST_CASE("the fill factor leaves room for air and dunnage", "[core][cartons]")
{
    const CartonChooser c = chooser(); // 0.85: S takes 2,550,000 mm3
    CHECK(chosen(c, {item("CUBE", 10, 10, 10, 1, 2550)}) == QStringLiteral("S"));
    CHECK(chosen(c, {item("CUBE", 10, 10, 10, 1, 2551)}) == QStringLiteral("M"));

    const CartonChooser full = chooser(1.0); // S takes all of its 3,000,000 mm3
    CHECK(chosen(full, {item("CUBE", 10, 10, 10, 1, 3000)}) == QStringLiteral("S"));
    CHECK(chosen(full, {item("CUBE", 10, 10, 10, 1, 3001)}) == QStringLiteral("M"));
    CHECK(full.fillFactor() == 1.0);

    const CartonChooser half = chooser(0.5);
    CHECK(chosen(half, {item("CUBE", 10, 10, 10, 1, 1500)}) == QStringLiteral("S"));
    CHECK(chosen(half, {item("CUBE", 10, 10, 10, 1, 1501)}) == QStringLiteral("M"));
}

TEST_CASE("a carton takes no more than its weight limit", "[core][cartons]")
{
    const CartonChooser c = chooser();
    CHECK(chosen(c, {item("IRON", 100, 100, 50, 5000)}) == QStringLiteral("S"));
    CHECK(chosen(c, {item("IRON", 100, 100, 50, 5001)}) == QStringLiteral("M"));
    CHECK(chosen(c, {item("IRON", 100, 100, 50, 2500, 2)}) == QStringLiteral("S"));
    CHECK(chosen(c, {item("IRON", 100, 100, 50, 2500, 2), item("NAIL", 10, 10, 10, 1)}) ==
          QStringLiteral("M"));
    // Too heavy for M (10 kg) and FLAT (8 kg): L.
    CHECK(chosen(c, {item("IRON", 100, 100, 50, 10001)}) == QStringLiteral("L"));
}

TEST_CASE("when no single carton fits, the packer is told why", "[core][cartons]")
{
    const CartonChooser c = chooser();

    const auto oversize = c.choose({item("TINY", 10, 10, 10, 5), item("LADDER", 700, 100, 100, 3000)});
    CORE_CHECK_REFUSED(oversize, ErrorCode::NoCartonFits);
    CHECK(oversize.error().message ==
          QStringLiteral("SKU LADDER (700 x 100 x 100 mm) fits in no carton, "
                         "whichever way it is turned: it needs packaging of its own."));

    const auto heavy = c.choose({item("WEIGHT", 100, 100, 100, 2500, 10)});
    CORE_CHECK_REFUSED(heavy, ErrorCode::NoCartonFits);
    CHECK(heavy.error().message ==
          QStringLiteral("The items weigh 25000 g; the strongest carton (L) takes 20000 "
                         "g. Split them over several cartons."));

    const auto bulky = c.choose({item("PILLOW", 100, 100, 100, 10, 40)});
    CORE_CHECK_REFUSED(bulky, ErrorCode::NoCartonFits);
    CHECK(bulky.error().message ==
          QStringLiteral("The items take 40.0 l; the largest carton (L) holds 30.6 l "
                         "filled to 85 %. Split them over several cartons."));

    // Only FLAT is long enough for the tube, but 9 kg is more than FLAT takes; L is strong but too short.
    const auto awkward = c.choose({item("RAIL", 580, 60, 40, 9000)});
    CORE_CHECK_REFUSED(awkward, ErrorCode::NoCartonFits);
    CHECK(awkward.error().message.startsWith(
        QStringLiteral("No single carton holds these items (1.4 l, 9000 g)")));
    CHECK(awkward.error().message.endsWith(QStringLiteral("Split them over several cartons.")));
}

TEST_CASE("equal cartons are chosen by the lighter box, then by code", "[core][cartons]")
{
    const Carton sameVolumeLighter{QStringLiteral("M2"), 300, 150, 200, 10'000, 180};
    const auto c = CartonChooser::create({kMedium, sameVolumeLighter});
    CORE_REQUIRE_OK(c);
    CHECK(chosen(*c, {item("BOOK", 240, 170, 30, 500)}) == QStringLiteral("M2"));

    const Carton a{QStringLiteral("A1"), 300, 200, 150, 10'000, 200};
    const Carton b{QStringLiteral("A2"), 300, 200, 150, 10'000, 200};
    CHECK(chosen(*CartonChooser::create({b, a}), {item("BOOK", 240, 170, 30, 500)}) == QStringLiteral("A1"));
    CHECK(chosen(*CartonChooser::create({a, b}), {item("BOOK", 240, 170, 30, 500)}) == QStringLiteral("A1"));
}

TEST_CASE("items without measurements on record are refused before choosing", "[core][cartons]")
{
    const CartonChooser c = chooser();
    CHECK(c.choose({}).error().message == QStringLiteral("There is nothing to pack."));

    const auto unmeasured = c.choose({item("ACME-1001", 0, 0, 0, 100)});
    CORE_CHECK_REFUSED(unmeasured, ErrorCode::InvalidArgument);
    CHECK(unmeasured.error().message.startsWith(
        QStringLiteral("SKU ACME-1001 measures 0 x 0 x 0 mm on record: measure it before packing")));

    const auto unweighed = c.choose({item("ACME-1001", 10, 10, 10, 0)});
    CORE_CHECK_REFUSED(unweighed, ErrorCode::InvalidArgument);
    CHECK(unweighed.error().message.startsWith(QStringLiteral("SKU ACME-1001 weighs 0 g on record")));

    CORE_CHECK_REFUSED(c.choose({item("ACME-1001", 10, 10, 10, 5, 0)}), ErrorCode::NegativeQuantity);
    CORE_CHECK_REFUSED(c.choose({item("ACME-1001", 10, 10, 10, 5, -3)}), ErrorCode::NegativeQuantity);
    CORE_CHECK_REFUSED(c.choose({item("ACME-1001", 10, -10, 10, 5)}), ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(c.choose({item("ACME-1001", 10, 10, PackItem::kMaxSideMm + 1, 5)}),
                       ErrorCode::InvalidArgument);

    // The largest items in the largest numbers do not overflow: they are simply too big.
    const auto huge =
        c.choose({item("HUGE", PackItem::kMaxSideMm, PackItem::kMaxSideMm, PackItem::kMaxSideMm,
                       PackItem::kMaxWeightGrams, PackItem::kMaxQuantity),
                  item("HUGE2", PackItem::kMaxSideMm, PackItem::kMaxSideMm, PackItem::kMaxSideMm,
                       PackItem::kMaxWeightGrams, PackItem::kMaxQuantity)});
    CORE_CHECK_REFUSED(huge, ErrorCode::NoCartonFits);
}

TEST_CASE("a PackItem takes its measurements from the SKU", "[core][cartons]")
{
    wh::Sku sku;
    sku.code = QStringLiteral("ACME-1001");
    sku.lengthMm = 120;
    sku.widthMm = 80;
    sku.heightMm = 40;
    sku.weightGrams = 350;
    const PackItem p = PackItem::fromSku(sku, 4);
    CHECK(p.sku == QStringLiteral("ACME-1001"));
    CHECK(p.lengthMm == 120);
    CHECK(p.widthMm == 80);
    CHECK(p.heightMm == 40);
    CHECK(p.weightGrams == 350);
    CHECK(p.quantity == 4);
    CHECK(chooser().choose({p})->expectedGrossGrams == 4 * 350 + 120);
}

TEST_CASE("the carton set and fill factor are checked when the chooser is made", "[core][cartons]")
{
    for (const double bad : {0.0, -0.5, 1.01, 85.0, std::numeric_limits<double>::quiet_NaN(), 0.0004}) {
        INFO(bad);
        CORE_CHECK_REFUSED(CartonChooser::create({kSmall}, bad), ErrorCode::InvalidArgument);
    }
    CORE_REQUIRE_OK(CartonChooser::create({kSmall}, 1.0));
    CORE_REQUIRE_OK(CartonChooser::create({kSmall}, 0.001));
    CORE_CHECK_REFUSED(CartonChooser::create({}), ErrorCode::InvalidArgument);
    CORE_CHECK_REFUSED(CartonChooser::create({kSmall, kMedium, kSmall}), ErrorCode::AlreadyExists);

    Carton flat = kSmall;
    flat.heightMm = 0;
    const auto invalid = CartonChooser::create({kMedium, flat});
    CORE_CHECK_REFUSED(invalid, ErrorCode::InvalidArgument);
    CHECK(invalid.error().message ==
          QStringLiteral("Carton S: its sides are 200 x 150 x 0 mm; each must be 1 to 5000 mm."));

    Carton weak = kSmall;
    weak.maxWeightGrams = 0;
    CHECK(weak.validate().error().message.contains(QStringLiteral("takes 0 g of contents")));
    Carton negativeTare = kSmall;
    negativeTare.tareGrams = -1;
    CHECK(negativeTare.validate().error().message.contains(QStringLiteral("weighs -1 g empty")));
    Carton nameless = kSmall;
    nameless.code = QStringLiteral(" ");
    CORE_CHECK_REFUSED(nameless.validate(), ErrorCode::InvalidArgument);
}

TEST_CASE("cartons are configured in JSON", "[core][cartons]")
{
    CHECK(
        QString::fromUtf8(QJsonDocument(kMedium.toJson()).toJson(QJsonDocument::Compact)) ==
        QStringLiteral(R"({"code":"M","heightMm":150,"lengthMm":300,"maxWeightGrams":10000,"tareGrams":200,)"
                       R"("widthMm":200})"));
    const QList<Carton> all{kSmall, kMedium, kFlat, kLarge};
    const auto back = Carton::listFromJson(Carton::listToJson(all));
    CORE_REQUIRE_OK(back);
    CHECK(*back == all);

    QJsonObject typo = kSmall.toJson();
    typo.insert(QStringLiteral("maxWeight"), 5000);
    CHECK(Carton::fromJson(typo).error().message.contains(QStringLiteral("unknown field \"maxWeight\"")));
    QJsonObject fraction = kSmall.toJson();
    fraction.insert(QStringLiteral("widthMm"), 150.5);
    CHECK(Carton::fromJson(fraction).error().message ==
          QStringLiteral("Carton S: \"widthMm\" must be a whole number."));
    QJsonObject missing = kSmall.toJson();
    missing.remove(QStringLiteral("tareGrams"));
    CORE_CHECK_REFUSED(Carton::fromJson(missing), ErrorCode::InvalidArgument);
    QJsonObject tooBig = kSmall.toJson();
    tooBig.insert(QStringLiteral("lengthMm"), 5001);
    CORE_CHECK_REFUSED(Carton::fromJson(tooBig), ErrorCode::InvalidArgument);

    QJsonArray list = Carton::listToJson(all);
    list.append(QJsonValue(QStringLiteral("XL")));
    CHECK(Carton::listFromJson(list).error().message ==
          QStringLiteral("Entry 5 of the carton list is not an object."));
}

TEST_CASE("the scale reading is plausible within 5 % or 50 g, whichever is larger", "[core][cartons]")
{
    // 2,000 g expected: 5 % is 100 g.
    CHECK(WeightCheck::compare(2000, 2100).plausible);
    CHECK(WeightCheck::compare(2000, 1900).plausible);
    const WeightCheck heavy = WeightCheck::compare(2000, 2101);
    CHECK_FALSE(heavy.plausible);
    CHECK(heavy.differenceGrams == 101);
    CHECK(heavy.toleranceGrams == 100);
    const WeightCheck light = WeightCheck::compare(2000, 1899);
    CHECK_FALSE(light.plausible);
    CHECK(light.differenceGrams == -101);

    // 500 g expected: 5 % would be 25 g, so the 50 g floor applies.
    CHECK(WeightCheck::compare(500, 550).plausible);
    CHECK(WeightCheck::compare(500, 450).plausible);
    CHECK_FALSE(WeightCheck::compare(500, 551).plausible);
    CHECK_FALSE(WeightCheck::compare(500, 449).plausible);
    CHECK(WeightCheck::compare(500, 551).toleranceGrams == 50);

    // Where the two meet, and rounding down.
    CHECK(WeightCheck::compare(1000, 1000).toleranceGrams == 50);
    CHECK(WeightCheck::compare(1010, 1000).toleranceGrams == 50); // 50.5 -> 50
    CHECK(WeightCheck::compare(1020, 1000).toleranceGrams == 51);
    CHECK(WeightCheck::compare(1000, 1000).message().isEmpty());
}

TEST_CASE("the scale check tells the packer what is wrong", "[core][cartons]")
{
    CHECK(WeightCheck::compare(1000, 1320).message() ==
          QStringLiteral(
              "The parcel weighs 1320 g; 1000 g (within 50 g) was expected, so it is 320 g too heavy: "
              "check for an extra or a wrong item."));
    CHECK(WeightCheck::compare(2000, 1500).message() ==
          QStringLiteral(
              "The parcel weighs 1500 g; 2000 g (within 100 g) was expected, so it is 500 g too light: "
              "check for a missing or a wrong item."));

    // An empty scale is never close enough, even to a parcel lighter than the tolerance.
    const WeightCheck empty = WeightCheck::compare(30, 0);
    CHECK_FALSE(empty.plausible);
    CHECK(empty.message() ==
          QStringLiteral("The scale reads 0 g: put the parcel on the scale and weigh it again."));
    CHECK_FALSE(WeightCheck::compare(30, -5).plausible);
    CHECK(WeightCheck::compare(30, 20).plausible);

    // Another tolerance: 2 % with a 20 g floor.
    const WeightTolerance tight{2, 20};
    CHECK(WeightCheck::compare(3000, 3060, tight).plausible);
    CHECK_FALSE(WeightCheck::compare(3000, 3061, tight).plausible);
    CHECK(WeightCheck::compare(500, 520, tight).plausible);
    CHECK_FALSE(WeightCheck::compare(500, 521, tight).plausible);

    // A faulty scale sending absurd figures does not overflow.
    const WeightCheck absurd = WeightCheck::compare(1000, std::numeric_limits<std::int64_t>::max());
    CHECK_FALSE(absurd.plausible);
    CHECK(absurd.differenceGrams > 0);
    const WeightCheck negative = WeightCheck::compare(std::numeric_limits<std::int64_t>::min(), 1000);
    CHECK_FALSE(negative.plausible);
}
