// CSV import, the pure part: RFC 4180 reading (quoted commas, doubled quotes, line breaks in quotes, CRLF, a
// BOM), the header rules, and every bad row reported with its line, column and reason against the in-memory
// state (the store's side is tests/db/ImportStoreTest.cpp).
#include "CsvImport.h"
#include "CoreTestSupport.h"
#include "InventoryFixture.h"

using namespace wh;
using wh::test::InventoryFixture;

namespace {

QByteArray csv(const char* text)
{
    return QByteArray(text);
}

bool hasError(const QList<ImportRowError>& errors, int line, const QString& field)
{
    return std::any_of(errors.cbegin(), errors.cend(),
                       [&](const ImportRowError& e) { return e.line == line && e.field == field; });
}

std::string describe(const QList<ImportRowError>& errors)
{
    std::string text;
    for (const ImportRowError& e : errors)
        text += e.toString().toStdString() + "\n";
    return text;
}

} // namespace

TEST_CASE("the reader follows RFC 4180: quoted commas, doubled quotes, line breaks and CRLF", "[import]")
{
    const CsvTable table = CsvReader::read(csv("code,description,unit\r\n"
                                               "A-1,\"Bolt, M6\",each\r\n"
                                               "A-2,\"The \"\"big\"\" one\",box\r\n"
                                               "A-3,\"two\r\nlines\",each\r\n"
                                               "A-4,  spaced  ,each\r\n"));
    REQUIRE(table.errors.isEmpty());
    CHECK(table.header ==
          QStringList{QStringLiteral("code"), QStringLiteral("description"), QStringLiteral("unit")});
    REQUIRE(table.records.size() == 4);
    CHECK(table.records[0].fields[1] == QStringLiteral("Bolt, M6"));
    CHECK(table.records[0].line == 2);
    CHECK(table.records[1].fields[1] == QStringLiteral("The \"big\" one"));
    CHECK(table.records[2].fields[1] == QStringLiteral("two\r\nlines"));
    CHECK(table.records[2].line == 4);
    CHECK(table.records[3].line == 6); // the quoted line break counts as a line of the file
    CHECK(table.records[3].fields[1] == QStringLiteral("spaced"));
}

TEST_CASE("the reader tolerates a byte order mark, LF endings, no last line end and blank lines", "[import]")
{
    const CsvTable table = CsvReader::read(csv("\xEF\xBB\xBF"
                                               "code,unit\n"
                                               "A-1,each\n"
                                               "\n"
                                               "A-2,\"\xC3\xA9tui\""));
    REQUIRE(table.errors.isEmpty());
    CHECK(table.header.first() == QStringLiteral("code"));
    REQUIRE(table.records.size() == 2);
    CHECK(table.records[1].line == 4);
    CHECK(table.records[1].fields[1] == QString::fromUtf8("\xC3\xA9tui"));
}

TEST_CASE("the reader reports every broken row by its line and reads on", "[import]")
{
    const CsvTable table = CsvReader::read(csv("code,description\n"
                                               "A-1,bad\"quote\n"
                                               "A-2,\"closed\"junk\n"
                                               "A-3,not \xFF utf8\n"
                                               "A-4,fine\n"
                                               "A-5,\"never closed\n"));
    REQUIRE(table.records.size() == 1);
    CHECK(table.records[0].fields[0] == QStringLiteral("A-4"));
    INFO(describe(table.errors));
    REQUIRE(table.errors.size() == 4);
    CHECK(table.errors[0].line == 2);
    CHECK(table.errors[0].reason.contains(QStringLiteral("quote")));
    CHECK(table.errors[1].line == 3);
    CHECK(table.errors[2].line == 4);
    CHECK(table.errors[2].reason.contains(QStringLiteral("UTF-8")));
    CHECK(table.errors[3].line == 6);
    CHECK(table.errors[3].reason.contains(QStringLiteral("never closed")));
}

TEST_CASE("a SKU file: every bad row with its line, column and reason, the good rows planned", "[import]")
{
    InventoryFixture f;
    const CsvImport import(f.state, f.clock);
    const ImportPlan plan = import.plan(ImportKind::Skus, csv("code,gtin,description,weight_g,lot_tracked,"
                                                              "low_stock_threshold\n"
                                                              "NEW-1,4006381333931,Pen,12,no,\n"
                                                              "NEW-2,4006381333932,Bad check digit,12,no,\n"
                                                              "NEW-3,,Negative,-5,no,\n"
                                                              "NEW-4,,Not a flag,1,maybe,\n"
                                                              ",,No code,1,no,\n"
                                                              "NEW-1,,Twice,1,no,\n"
                                                              "NEW 6,,Space in code,1,no,x\n"
                                                              "NEW-7,,Too few fields\n"));
    INFO(describe(plan.errors));
    CHECK_FALSE(plan.fileError);
    CHECK(plan.dataRows == 8);
    REQUIRE(plan.good.size() == 1);
    CHECK(std::get<Sku>(plan.good[0].record).code == QStringLiteral("NEW-1"));
    CHECK(std::get<Sku>(plan.good[0].record).weightGrams == 12);
    CHECK(std::get<Sku>(plan.good[0].record).lowStockThreshold == kDefaultLowStockThreshold);
    CHECK(hasError(plan.errors, 3, QStringLiteral("gtin")));
    CHECK(hasError(plan.errors, 4, QStringLiteral("weight_g")));
    CHECK(hasError(plan.errors, 5, QStringLiteral("lot_tracked")));
    CHECK(hasError(plan.errors, 6, QStringLiteral("code")));
    CHECK(hasError(plan.errors, 7, QStringLiteral("code"))); // NEW-1 is on line 2 already
    CHECK(hasError(plan.errors, 8, QStringLiteral("code")));
    CHECK(hasError(plan.errors, 8, QStringLiteral("low_stock_threshold"))); // both problems of one row
    CHECK(hasError(plan.errors, 9, QString()));
    CHECK(plan.errors.size() == 8);
    for (const ImportRowError& e : plan.errors)
        CHECK_FALSE(e.reason.isEmpty());
}

TEST_CASE("the header: unknown, doubled or missing columns make the whole file an error", "[import]")
{
    InventoryFixture f;
    const CsvImport import(f.state, f.clock);
    SECTION("an unknown column")
    {
        const ImportPlan plan = import.plan(ImportKind::Skus, csv("code,colour\nA,red\n"));
        CHECK(plan.fileError);
        CHECK(plan.good.isEmpty());
        REQUIRE(plan.errors.size() == 1);
        CHECK(plan.errors[0] == ImportRowError{1, QStringLiteral("colour"), plan.errors[0].reason});
        CHECK(plan.errors[0].reason.contains(QStringLiteral("not a column")));
    }
    SECTION("a column named twice")
    {
        const ImportPlan plan = import.plan(ImportKind::Bins, csv("code,type,Code\nA,bulk,B\n"));
        CHECK(plan.fileError);
        CHECK(hasError(plan.errors, 1, QStringLiteral("Code")));
    }
    SECTION("a required column missing")
    {
        const ImportPlan plan = import.plan(ImportKind::Stock, csv("sku,location\nWIDGET,BULK-01\n"));
        CHECK(plan.fileError);
        CHECK(hasError(plan.errors, 1, QStringLiteral("quantity")));
    }
    SECTION("an empty file")
    {
        const ImportPlan plan = import.plan(ImportKind::Stock, QByteArray());
        CHECK(plan.fileError);
        REQUIRE(plan.errors.size() == 1);
        CHECK(plan.errors[0].line == 1);
    }
    SECTION("column names are read without regard to case and surrounding spaces")
    {
        const ImportPlan plan = import.plan(ImportKind::Bins, csv(" Code , TYPE \nNEW-BIN,bulk\n"));
        CHECK_FALSE(plan.fileError);
        CHECK(plan.good.size() == 1);
    }
}

TEST_CASE("a bin file: types, replenishment settings and another tenant's bin are row errors", "[import]")
{
    InventoryFixture f;
    const CsvImport import(f.state, f.clock);
    const ImportPlan plan = import.plan(
        ImportKind::Bins, csv("code,type,zone,pick_sequence,replenish_sku,min_quantity,max_quantity\n"
                              "P-9,pick,A,3,WIDGET,5,20\n"
                              "B-9,shelf,A,3,,,\n"
                              "B-8,bulk,A,3,WIDGET,5,20\n"
                              "P-8,pick,A,3,WIDGET,20,5\n"
                              "P-7,pick,A,3,NOPE,1,2\n"
                              "OTHER-01,bulk,A,1,,,\n"
                              "B-7,bulk,A,1,,3,\n"
                              "B-6,BULK,A,,,,\n"));
    INFO(describe(plan.errors));
    REQUIRE(plan.good.size() == 2);
    CHECK(std::get<Location>(plan.good[0].record).replenishSku == QStringLiteral("WIDGET"));
    CHECK(std::get<Location>(plan.good[1].record).type == LocationType::Bulk);
    CHECK(hasError(plan.errors, 3, QStringLiteral("type")));
    CHECK(hasError(plan.errors, 4, QStringLiteral("replenish_sku")));
    CHECK(hasError(plan.errors, 5, QStringLiteral("max_quantity")));
    CHECK(hasError(plan.errors, 6, QStringLiteral("replenish_sku"))); // no SKU NOPE for this merchant
    CHECK(hasError(plan.errors, 7, QStringLiteral("code")));          // another merchant's bin
    CHECK(hasError(plan.errors, 8, QStringLiteral("replenish_sku")));
    CHECK(plan.errors.size() == 6);
}

TEST_CASE("a stock file: unknown SKUs, foreign bins, lots, dates and quantities are row errors", "[import]")
{
    InventoryFixture f;
    f.state.putStock({InventoryFixture::kMilk, InventoryFixture::kBulk1, QStringLiteral("L1")},
                     InventoryFixture::kSoon, 10);
    const CsvImport import(f.state, f.clock);
    const ImportPlan plan = import.plan(ImportKind::Stock, csv("sku,location,quantity,lot,expiry\n"
                                                               "WIDGET,BULK-01,100,,\n"
                                                               "MILK,BULK-02,24,L2,2026-05-01\n"
                                                               "NOPE,BULK-01,1,,\n"
                                                               "WIDGET,OTHER-01,1,,\n"
                                                               "WIDGET,NOWHERE,1,,\n"
                                                               "WIDGET,PACK-01,1,,\n"
                                                               "MILK,BULK-01,5,,\n"
                                                               "MILK,BULK-01,5,L1,2026-12-31\n"
                                                               "WIDGET,PICK-01,0,,\n"
                                                               "WIDGET,PICK-01,ten,,\n"
                                                               "WIDGET,PICK-01,2000000,,\n"
                                                               "MILK,PICK-01,1,L3,2026-02-30\n"
                                                               "WIDGET,BULK-01,7,,\n"));
    INFO(describe(plan.errors));
    REQUIRE(plan.good.size() == 2);
    CHECK(std::get<ImportStockRow>(plan.good[1].record).expiry == QDate(2026, 5, 1));
    CHECK(hasError(plan.errors, 4, QStringLiteral("sku")));
    CHECK(hasError(plan.errors, 5, QStringLiteral("location")));
    CHECK(hasError(plan.errors, 6, QStringLiteral("location")));
    CHECK(hasError(plan.errors, 7, QStringLiteral("location")));
    CHECK(hasError(plan.errors, 8, QStringLiteral("lot")));
    CHECK(hasError(plan.errors, 9, QStringLiteral("expiry"))); // lot L1 there expires on another date
    CHECK(hasError(plan.errors, 10, QStringLiteral("quantity")));
    CHECK(hasError(plan.errors, 11, QStringLiteral("quantity")));
    CHECK(hasError(plan.errors, 12, QStringLiteral("quantity")));
    CHECK(hasError(plan.errors, 13, QStringLiteral("expiry")));
    CHECK(hasError(plan.errors, 14, QStringLiteral("sku"))); // the same SKU, bin and lot as line 2
    CHECK(plan.errors.size() == 11);
    // The foreign bin's refusal says so without naming the other merchant.
    for (const ImportRowError& e : plan.errors)
        if (e.line == 5)
            CHECK(e.reason.contains(QStringLiteral("another merchant")));
}

TEST_CASE("import kinds have names both ways", "[import]")
{
    for (ImportKind kind : {ImportKind::Skus, ImportKind::Bins, ImportKind::Stock})
        CHECK(importKindFromName(importKindName(kind)) == kind);
    CHECK_FALSE(importKindFromName(QStringLiteral("orders")));
}
