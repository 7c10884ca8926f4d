#include "CoreTestSupport.h"

#include "Gtin.h"

using namespace wh;

TEST_CASE("GS1 check digits of GTINs and SSCCs", "[core][gtin]")
{
    CHECK(Gtin::checkDigitValid(QStringLiteral("00614141100019")));  // GTIN-14
    CHECK(Gtin::checkDigitValid(QStringLiteral("4006381333931")));   // EAN-13
    CHECK(Gtin::checkDigitValid(QStringLiteral("036000291452")));    // UPC-A
    CHECK(Gtin::checkDigitValid(QStringLiteral("96385074")));        // EAN-8
    CHECK(Gtin::checkDigitValid(QStringLiteral("106141411234567897"))); // SSCC
    CHECK_FALSE(Gtin::checkDigitValid(QStringLiteral("4006381333932")));
    CHECK_FALSE(Gtin::checkDigitValid(QStringLiteral("400638133393X")));
    CHECK_FALSE(Gtin::checkDigitValid(QStringLiteral("7")));
    CHECK_FALSE(Gtin::checkDigitValid(QString()));
    // Digits of other scripts are not GS1 digits.
    CHECK_FALSE(Gtin::checkDigitValid(QStringLiteral("٤006381333931")));

    CHECK(Gtin::valid(QStringLiteral("4006381333931")));
    CHECK(Gtin::valid(QStringLiteral("96385074")));
    // A right check digit at a length no GTIN has.
    CHECK_FALSE(Gtin::valid(QStringLiteral("106141411234567897")));
    CHECK_FALSE(Gtin::valid(QString()));
}

TEST_CASE("a GTIN's forms: the widths it fits once its leading zeros are off", "[core][gtin]")
{
    // A GS1 label's GTIN-14 of an EAN-13 item: the item's own 13 digits are one of its forms.
    CHECK(Gtin::forms(QStringLiteral("04006381333931")) ==
          QStringList{QStringLiteral("4006381333931"), QStringLiteral("04006381333931")});
    // UPC-A inside a GTIN-14.
    CHECK(Gtin::forms(QStringLiteral("00036000291452")) ==
          QStringList{QStringLiteral("036000291452"), QStringLiteral("0036000291452"),
                      QStringLiteral("00036000291452")});
    // An EAN-8 fits every width.
    CHECK(Gtin::forms(QStringLiteral("96385074")).size() == 4);
    // Zeros are taken off down to 8 digits, never further.
    CHECK(Gtin::forms(QStringLiteral("00000000012345")).first() == QStringLiteral("00012345"));
    CHECK(Gtin::forms(QStringLiteral("ACME-1001")).isEmpty());
    CHECK(Gtin::forms(QString()).isEmpty());
}
