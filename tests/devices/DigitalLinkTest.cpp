// GS1 Digital Link URIs, judged by the same AI table and rules as scanned element strings.
#include "DevicesTestSupport.h"

#include "DigitalLink.h"

using namespace wh::devices;
using namespace wh::devices::test;

namespace {

QString link(const char* uri)
{
    const std::optional<Gs1Message> message = DigitalLink::parse(QString(QLatin1String(uri)), today());
    if (!message)
        return QStringLiteral("not a digital link");
    if (message->ok())
        return message->toString();
    const QString category = gs1ErrorCategoryName(message->error->category);
    return message->error->ai.isEmpty() ? category : category + QLatin1Char(':') + message->error->ai;
}

} // namespace

TEST_CASE("Digital Link: the path's primary key and qualifiers, then query attributes", "[gs1][digitallink]")
{
    CHECK(link("https://id.gs1.org/01/09501101530003") == QStringLiteral("(01)09501101530003"));
    CHECK(link("https://id.gs1.org/01/09501101530003/10/ABC123/21/XYZ") ==
          QStringLiteral("(01)09501101530003(10)ABC123(21)XYZ"));
    CHECK(link("https://id.gs1.org/01/09501101530003/10/ABC123?17=251231&3103=000500&linkType=gs1:pip") ==
          QStringLiteral("(01)09501101530003(10)ABC123(17)251231(3103)000500"));
    CHECK(link("https://brand.example.com/products/01/09501101530003?17=260100") ==
          QStringLiteral("(01)09501101530003(17)260100"));
    CHECK(link("HTTP://id.gs1.org/00/106141411234567897/") == QStringLiteral("(00)106141411234567897"));
    // A GTIN-13 as printed is the 14-digit element string; values are percent-decoded.
    CHECK(link("https://id.gs1.org/01/9501101530003/10/AB%2FC%25") ==
          QStringLiteral("(01)09501101530003(10)AB/C%"));
}

TEST_CASE("Digital Link: errors carry the category and AI", "[gs1][digitallink]")
{
    CHECK(link("https://id.gs1.org/01/09501101530004") == QStringLiteral("check_digit:01"));
    CHECK(link("https://id.gs1.org/01/09501101530003/23/5") == QStringLiteral("unknown_ai:23"));
    CHECK(link("https://id.gs1.org/01/09501101530003/lot/5") == QStringLiteral("unknown_ai:lot"));
    CHECK(link("https://id.gs1.org/01/09501101530003?98765=1") == QStringLiteral("unknown_ai:98765"));
    CHECK(link("https://id.gs1.org/01/09501101530003?17=251301") == QStringLiteral("bad_date:17"));
    CHECK(link("https://id.gs1.org/01/09501101530003/10") == QStringLiteral("bad_length:10"));
    CHECK(link("https://id.gs1.org/01/09501101530003/10/AB~C") == QStringLiteral("bad_char:10"));
    CHECK(link("https://id.gs1.org/01/09501101530003?02=09501101530003") ==
          QStringLiteral("conflicting_ai:02"));
}

TEST_CASE("Digital Link: other addresses are plain data", "[gs1][digitallink]")
{
    CHECK(link("https://example.com/some/page") == QStringLiteral("not a digital link"));
    CHECK(link("ftp://id.gs1.org/01/09501101530003") == QStringLiteral("not a digital link"));
    CHECK(link("https://id.gs1.org/01") == QStringLiteral("not a digital link"));
    // Through the scan decoder: a QR code holding a Digital Link is GS1.
    const ScanEvent event =
        decode(QStringLiteral("]Q1https://id.gs1.org/01/09501101530003/10/ABC123?17=251231"));
    CHECK(event.ok());
    CHECK(event.gs1);
    CHECK(event.digitalLink);
    CHECK(outcome(event) == QStringLiteral("(01)09501101530003(10)ABC123(17)251231"));
    const ScanEvent badLink = decode(QStringLiteral("]Q1https://id.gs1.org/01/09501101530004"));
    CHECK(*badLink.refusal == ScanRefusal::InvalidGs1);
    CHECK(outcome(badLink) == QStringLiteral("check_digit:01"));
    const ScanEvent website = decode(QStringLiteral("]Q1https://example.com/"));
    CHECK(website.ok());
    CHECK_FALSE(website.gs1);
}
