// Order intake on the central side, fed directly: every rejection code with a request that triggers it and a
// near miss that passes, the status table, pricing, tax and promised dates, routing between warehouses over
// the stock view, the per-tenant rate limit, order numbers and the generated customer population.
#include "OrderIntake.h"
#include "CustomerBook.h"
#include "OrderStatus.h"
#include "RateLimiter.h"
#include "Router.h"
#include "StockView.h"

#include <catch2/catch.hpp>

#include <QSet>

#include <limits>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
template <> struct StringMaker<wh::central::RoutedPart>
{
    static std::string convert(const wh::central::RoutedPart& part)
    {
        // Built with QString: GCC 12 at -O3 warns (-Wrestrict, a false positive) on std::string's operator+ here.
        QString text = part.warehouse + QLatin1Char(':');
        for (const wh::central::OrderLineRequest& line : part.lines)
            text += QStringLiteral(" %1 x%2").arg(line.sku).arg(line.quantity);
        return text.toStdString();
    }
};
} // namespace Catch

using namespace wh::central;

namespace {

const QString kAcme = QStringLiteral("acme");
const QString kGlobex = QStringLiteral("globex");
const QString kWh1 = QStringLiteral("wh-1");
const QString kWh2 = QStringLiteral("wh-2");
const QString kWh3 = QStringLiteral("wh-3");
const QDate kWednesday(2026, 12, 2);

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

Catalog catalog()
{
    QString error;
    auto c = Catalog::fromJson(R"({"tenants": {
        "acme": {"skus": [{"sku": "A", "unitPriceMinor": 1000, "weightGrams": 200},
                          {"sku": "B", "unitPriceMinor": 250},
                          {"sku": "C", "unitPriceMinor": 100, "weightGrams": 50},
                          {"sku": "D", "unitPriceMinor": 499},
                          {"sku": "E", "unitPriceMinor": 20000},
                          {"sku": "F", "unitPriceMinor": 1000000},
                          {"sku": "G", "unitPriceMinor": 1},
                          {"sku": "H", "unitPriceMinor": 1000}]},
        "globex": {"skus": [{"sku": "X", "unitPriceMinor": 1000}]}}})",
                               &error);
    REQUIRE(c);
    return *c;
}

QHash<QString, std::int64_t> plenty()
{
    return {{s("A"), 100}, {s("B"), 100}, {s("C"), 100}, {s("D"), 100},
            {s("E"), 100}, {s("F"), 100}, {s("G"), 100}, {s("H"), 0}};
}

Customer customer()
{
    Customer c;
    c.id = s("acme-C00001");
    c.tenant = kAcme;
    c.email = s("ann@example.com");
    c.emailVerified = true;
    c.shipTo = Address{s("Ann Lee"), {s("1 Market St")}, s("San Francisco"), s("94105"), s("US")};
    c.billCountry = s("US");
    c.paymentToken = s("tok_1");
    c.cardFingerprint = s("fp_1");
    return c;
}

OrderRequest request(QList<OrderLineRequest> lines, const QString& service = s("Standard"))
{
    OrderRequest r;
    r.tenant = kAcme;
    r.requestId = s("req-1");
    r.customerId = s("acme-C00001");
    r.service = service;
    r.lines = std::move(lines);
    return r;
}

struct Fixture
{
    Fixture()
    {
        stock.applySnapshot(kWh1, kAcme, plenty(), 1000);
        stock.applySnapshot(kWh1, kGlobex, {{s("X"), 10}}, 1000);
    }
    IntakeDecision evaluate(const OrderRequest& r) const
    {
        return OrderIntake().evaluate(r, &who, cat, stock, cards, kWednesday);
    }
    IntakeDecision evaluate(const OrderRequest& r, const Customer* c) const
    {
        return OrderIntake().evaluate(r, c, cat, stock, cards, kWednesday);
    }

    Catalog cat = catalog();
    StockView stock;
    RateCards cards = RateCards::defaults();
    Customer who = customer();
};

const QList<OrderLineRequest> kValid = {{s("A"), 1}};

} // namespace

// ---------------------------------------------------------------------------------------------------------
// Rejection codes

TEST_CASE("a valid order is accepted, priced and routed", "[central][intake]")
{
    Fixture f;
    const IntakeDecision d = f.evaluate(request(kValid));
    CHECK(d.accepted);
    CHECK(d.code.isEmpty());
    CHECK(d.price.goodsMinor == 1000);
    REQUIRE(d.parts.size() == 1);
    CHECK(d.parts[0].warehouse == kWh1);
    CHECK(d.parts[0].lines == QList<OrderLineRequest>{{s("A"), 1}});
}

TEST_CASE("invalid_request: empty lines, bad quantities, duplicate SKUs, a bad service, no keys",
          "[central][intake]")
{
    Fixture f;
    OrderRequest r = request({});
    CHECK(f.evaluate(r).code == s("invalid_request"));
    CHECK(f.evaluate(request({{s("A"), 0}})).code == s("invalid_request"));
    CHECK(f.evaluate(request({{s("A"), -1}})).code == s("invalid_request"));
    CHECK(f.evaluate(request({{s("A"), 1}, {s("B"), 1}, {s("A"), 1}})).code == s("invalid_request"));
    CHECK(f.evaluate(request({{QString(), 1}})).code == s("invalid_request"));
    CHECK(f.evaluate(request(kValid, s("Ground"))).code == s("invalid_request"));
    CHECK(f.evaluate(request(kValid, s("standard"))).code == s("invalid_request"));
    r = request(kValid);
    r.requestId.clear();
    CHECK(f.evaluate(r).code == s("invalid_request"));
    r = request(kValid);
    r.customerId.clear();
    CHECK(f.evaluate(r).code == s("invalid_request"));
    r = request(kValid);
    r.tenant.clear();
    CHECK(f.evaluate(r).code == s("invalid_request"));
    CHECK_FALSE(f.evaluate(request({{s("A"), 0}})).message.isEmpty());

    // Near misses: a quantity of 1, two different SKUs, each service by its exact name.
    CHECK(f.evaluate(request({{s("A"), 1}, {s("B"), 1}})).accepted);
    for (const char* service : {"Standard", "Express", "Overnight"})
        CHECK(f.evaluate(request(kValid, s(service))).accepted);
}

TEST_CASE("unknown_customer and foreign_tenant", "[central][intake]")
{
    Fixture f;
    CHECK(f.evaluate(request(kValid), nullptr).code == s("unknown_customer"));
    Customer other = customer();
    other.id = s("acme-C00002"); // not the one the request names
    CHECK(f.evaluate(request(kValid), &other).code == s("unknown_customer"));

    Customer foreign = customer();
    foreign.tenant = kGlobex;
    const IntakeDecision d = f.evaluate(request(kValid), &foreign);
    CHECK(d.code == s("foreign_tenant"));
    CHECK(d.message.contains(s("not a customer of acme")));

    CHECK(f.evaluate(request(kValid), &f.who).accepted);
}

TEST_CASE("email_unverified, address_invalid and no_payment_method", "[central][intake]")
{
    Fixture f;
    f.who.emailVerified = false;
    CHECK(f.evaluate(request(kValid)).code == s("email_unverified"));
    f.who = customer();
    f.who.email.clear();
    CHECK(f.evaluate(request(kValid)).code == s("email_unverified"));

    f.who = customer();
    f.who.shipTo.postcode = s("9410");
    const IntakeDecision bad = f.evaluate(request(kValid));
    CHECK(bad.code == s("address_invalid"));
    CHECK(bad.message.contains(s("9410")));

    f.who = customer();
    f.who.paymentToken.clear();
    CHECK(f.evaluate(request(kValid)).code == s("no_payment_method"));

    f.who = customer();
    CHECK(f.evaluate(request(kValid)).accepted);
}

TEST_CASE("address rules: name, a line, city, supported country, its postcode form", "[central][intake]")
{
    const Address good = customer().shipTo;
    CHECK(validAddress(good));
    Address a = good;
    a.name = s("  ");
    CHECK_FALSE(validAddress(a));
    a = good;
    a.lines = {};
    CHECK_FALSE(validAddress(a));
    a.lines = {s(" ")};
    CHECK_FALSE(validAddress(a));
    a.lines = {s(" "), s("Flat 2")};
    CHECK(validAddress(a));
    a = good;
    a.city.clear();
    CHECK_FALSE(validAddress(a));
    a = good;
    a.country = s("us");
    CHECK_FALSE(validAddress(a));
    a.country = s("USA");
    CHECK_FALSE(validAddress(a));
    a.country = s("BE"); // a real country we do not ship to
    a.postcode = s("1000");
    CHECK_FALSE(validAddress(a));

    struct Case
    {
        const char* country;
        const char* postcode;
        bool valid;
    };
    const Case cases[] = {
        {"US", "94105", true},     {"US", "94105-1234", true}, {"US", "9410", false},
        {"US", "94105-12", false}, {"US", "SW1A 1AA", false},  {"GB", "SW1A 1AA", true},
        {"GB", "sw1a1aa", true},   {"GB", "M1 1AE", true},     {"GB", "B33 8TH", true},
        {"GB", "12345", false},    {"GB", "SW1A", false},      {"DE", "10115", true},
        {"DE", "1011", false},     {"DE", "101155", false},    {"FR", "75001", true},
        {"FR", "7500A", false},    {"NL", "1012 AB", true},    {"NL", "1012AB", true},
        {"NL", "0123 AB", false},  {"NL", "1012 A1", false},
    };
    for (const Case& c : cases) {
        a = good;
        a.country = s(c.country);
        a.postcode = s(c.postcode);
        INFO(c.country << " " << c.postcode);
        CHECK(validAddress(a) == c.valid);
    }
    CHECK(supportedCountries() == QStringList{s("DE"), s("FR"), s("GB"), s("NL"), s("US")});
}

TEST_CASE("too_many_items: 50 units pass, 51 do not, over all lines", "[central][intake]")
{
    Fixture f;
    CHECK(f.evaluate(request({{s("C"), 50}})).accepted);
    CHECK(f.evaluate(request({{s("C"), 30}, {s("A"), 20}})).accepted);
    CHECK(f.evaluate(request({{s("C"), 51}})).code == s("too_many_items"));
    CHECK(f.evaluate(request({{s("C"), 30}, {s("A"), 21}})).code == s("too_many_items"));
    // A quantity that would overflow a sum is still just too many.
    CHECK(f.evaluate(request({{s("C"), std::numeric_limits<std::int64_t>::max()}, {s("A"), 1}})).code ==
          s("too_many_items"));
}

TEST_CASE("unknown_sku: a SKU of another tenant or of none", "[central][intake]")
{
    Fixture f;
    IntakeDecision d = f.evaluate(request({{s("A"), 1}, {s("X"), 1}})); // X is globex's
    CHECK(d.code == s("unknown_sku"));
    CHECK(d.skus == QStringList{s("X")});
    d = f.evaluate(request({{s("NOPE"), 1}, {s("A"), 1}, {s("ZIP"), 1}}));
    CHECK(d.code == s("unknown_sku"));
    CHECK(d.skus == QStringList{s("NOPE"), s("ZIP")});
    CHECK(f.evaluate(request({{s("A"), 1}, {s("B"), 1}})).accepted);
}

TEST_CASE("value_too_low and value_too_high: the bounds themselves pass", "[central][intake]")
{
    Fixture f;
    CHECK(f.evaluate(request({{s("D"), 1}})).code == s("value_too_low"));                // 499
    CHECK(f.evaluate(request({{s("C"), 5}})).accepted);                                  // 500
    CHECK(f.evaluate(request({{s("C"), 4}, {s("G"), 99}})).code == s("too_many_items")); // size before value
    CHECK(f.evaluate(request({{s("E"), 50}})).accepted);                                 // 1,000,000
    const IntakeDecision high = f.evaluate(request({{s("F"), 1}, {s("G"), 1}}));         // 1,000,001
    CHECK(high.code == s("value_too_high"));
    CHECK(high.message.contains(s("10000.01")));
    // Shipping and tax do not count: 500 of goods passes though the total is more.
    const IntakeDecision low = f.evaluate(request({{s("C"), 5}}, s("Overnight")));
    CHECK(low.accepted);
    CHECK(low.price.totalMinor > low.price.goodsMinor);
}

TEST_CASE("out_of_stock: a product no warehouse of the tenant has", "[central][intake]")
{
    Fixture f;
    IntakeDecision d = f.evaluate(request({{s("A"), 1}, {s("H"), 1}}));
    CHECK(d.code == s("out_of_stock"));
    CHECK(d.skus == QStringList{s("H")});
    // Another tenant's stock of the same code does not show it.
    f.stock.applySnapshot(kWh2, kGlobex, {{s("H"), 5}}, 1000);
    CHECK(f.evaluate(request({{s("A"), 1}, {s("H"), 1}})).code == s("out_of_stock"));
    // One unit anywhere of the tenant's: shown, and the order goes there.
    f.stock.applySnapshot(kWh2, kAcme, {{s("H"), 1}}, 1000);
    d = f.evaluate(request({{s("A"), 1}, {s("H"), 1}}));
    REQUIRE(d.accepted);
    CHECK(d.parts.size() == 2);
}

TEST_CASE("unroutable: not enough stock together, the SKUs named", "[central][intake]")
{
    Fixture f;
    f.stock.applySnapshot(kWh1, kAcme, {{s("A"), 10}, {s("B"), 10}}, 2000);
    f.stock.applySnapshot(kWh2, kAcme, {{s("A"), 5}}, 1000); // 15 of A in all
    IntakeDecision d = f.evaluate(request({{s("A"), 16}, {s("B"), 5}}));
    CHECK(d.code == s("unroutable"));
    CHECK(d.skus == QStringList{s("A")});
    CHECK(d.message.contains(s("A")));
    d = f.evaluate(request({{s("A"), 15}, {s("B"), 5}}));
    REQUIRE(d.accepted);
    CHECK(d.parts.size() == 2);

    // The same order without a split cannot go.
    OrderRequest whole = request({{s("A"), 15}, {s("B"), 5}});
    whole.allowSplit = false;
    d = f.evaluate(whole);
    CHECK(d.code == s("unroutable"));
    CHECK(d.skus == QStringList{s("A")});
}

TEST_CASE("the first failing check decides", "[central][intake]")
{
    Fixture f;
    f.who.emailVerified = false;
    f.who.paymentToken.clear();
    // Unknown SKU, too many items, unverified email, no payment: the request's own mistake comes first.
    CHECK(f.evaluate(request({{s("A"), 0}, {s("NOPE"), 60}})).code == s("invalid_request"));
    CHECK(f.evaluate(request({{s("NOPE"), 60}})).code == s("email_unverified"));
    f.who = customer();
    f.who.shipTo.city.clear();
    f.who.paymentToken.clear();
    CHECK(f.evaluate(request({{s("NOPE"), 60}})).code == s("address_invalid"));
    f.who = customer();
    CHECK(f.evaluate(request({{s("NOPE"), 60}})).code == s("too_many_items"));
    CHECK(f.evaluate(request({{s("NOPE"), 1}, {s("D"), 1}})).code == s("unknown_sku"));
    QHash<QString, std::int64_t> noG = plenty();
    noG[s("G")] = 0;
    f.stock.applySnapshot(kWh1, kAcme, noG, 2000);
    CHECK(f.evaluate(request({{s("G"), 1}})).code == s("value_too_low")); // though G is out of stock too
    CHECK(f.evaluate(request({{s("H"), 1}, {s("A"), 60}})).code == s("too_many_items"));
    CHECK(f.evaluate(request({{s("H"), 1}, {s("A"), 1}})).code == s("out_of_stock"));
}

TEST_CASE("rate_limited carries when to retry", "[central][intake]")
{
    const IntakeDecision d = IntakeDecision::rateLimited(250);
    CHECK_FALSE(d.accepted);
    CHECK(d.code == s("rate_limited"));
    CHECK(d.retryAfterMs == 250);
    CHECK(d.message.contains(s("250")));
}

// ---------------------------------------------------------------------------------------------------------
// Status table

TEST_CASE("order status names round-trip", "[central][intake]")
{
    const QStringList names = {s("Draft"),   s("PendingPayment"), s("Paid"),      s("Processing"),
                               s("Shipped"), s("Delivered"),      s("Cancelled"), s("Returned")};
    for (const QString& name : names) {
        const auto status = orderStatusFromName(name);
        REQUIRE(status);
        CHECK(orderStatusName(*status) == name);
    }
    CHECK_FALSE(orderStatusFromName(s("pendingpayment")));
    CHECK_FALSE(orderStatusFromName(s("Pending Payment")));
    CHECK_FALSE(orderStatusFromName(QString()));
}

TEST_CASE("the status table: every allowed and every refused transition", "[central][intake]")
{
    using S = OrderStatus;
    const QList<S> all = {S::Draft,   S::PendingPayment, S::Paid,      S::Processing,
                          S::Shipped, S::Delivered,      S::Cancelled, S::Returned};
    const QSet<QPair<int, int>> allowed = {
        {int(S::Draft), int(S::PendingPayment)},     {int(S::PendingPayment), int(S::Paid)},
        {int(S::Paid), int(S::Processing)},          {int(S::Processing), int(S::Shipped)},
        {int(S::Shipped), int(S::Delivered)},        {int(S::Draft), int(S::Cancelled)},
        {int(S::PendingPayment), int(S::Cancelled)}, {int(S::Paid), int(S::Cancelled)},
        {int(S::Processing), int(S::Cancelled)},     {int(S::Shipped), int(S::Returned)},
        {int(S::Delivered), int(S::Returned)},
    };
    int allowedCount = 0;
    for (S from : all) {
        for (S to : all) {
            INFO(orderStatusName(from).toStdString() << " -> " << orderStatusName(to).toStdString());
            const bool expected = allowed.contains({int(from), int(to)});
            CHECK(allowedTransition(from, to) == expected);
            allowedCount += allowedTransition(from, to) ? 1 : 0;
        }
    }
    CHECK(allowedCount == 11);
    CHECK(terminalStatus(S::Cancelled));
    CHECK(terminalStatus(S::Returned));
    CHECK_FALSE(terminalStatus(S::Delivered));
}

// ---------------------------------------------------------------------------------------------------------
// Pricing, tax, promised dates

TEST_CASE("pricing: goods, shipping per started kg, tax on goods and shipping", "[central][intake]")
{
    Fixture f;
    // 3 x A: 3000 goods, 600 g -> 1 kg started; Standard 499 + 100; US 7.25 % of 3599 = 260.93 -> 261.
    IntakeDecision d = f.evaluate(request({{s("A"), 3}}));
    REQUIRE(d.accepted);
    CHECK(d.price.goodsMinor == 3000);
    CHECK(d.price.weightGrams == 600);
    CHECK(d.price.shippingMinor == 599);
    CHECK(d.price.taxBasisPoints == 725);
    CHECK(d.price.taxMinor == 261);
    CHECK(d.price.totalMinor == 3000 + 599 + 261);
    CHECK(d.price.units == 3);

    // 8 x B without a weight: 500 g each = 4000 g -> 4 kg; Express 999 + 4 x 200.
    d = f.evaluate(request({{s("B"), 8}}, s("Express")));
    REQUIRE(d.accepted);
    CHECK(d.price.weightGrams == 4000);
    CHECK(d.price.shippingMinor == 999 + 800);
    // 4001 g starts a fifth kilogram.
    f.cards.defaultWeightGrams = 501;
    d = f.evaluate(request({{s("B"), 8}}, s("Express")));
    CHECK(d.price.shippingMinor == 999 + 1000);

    // Tax follows the destination country.
    f.who.shipTo = Address{s("Jan"), {s("Damrak 1")}, s("Amsterdam"), s("1012 AB"), s("NL")};
    d = f.evaluate(request({{s("A"), 3}}));
    CHECK(d.price.taxMinor == (3599 * 2100 + 5000) / 10000);
}

TEST_CASE("pricing: free shipping from the threshold, half a cent of tax rounds up", "[central][intake]")
{
    Fixture f;
    // Standard ships free from 5000 of goods.
    IntakeDecision d = f.evaluate(request({{s("A"), 4}, {s("C"), 9}, {s("G"), 37}}));
    REQUIRE(d.accepted);
    CHECK(d.price.goodsMinor == 4000 + 900 + 37);
    CHECK(d.price.shippingMinor > 0);
    d = f.evaluate(request({{s("A"), 5}}));
    CHECK(d.price.goodsMinor == 5000);
    CHECK(d.price.shippingMinor == 0);
    d = f.evaluate(request({{s("A"), 5}}, s("Express"))); // no threshold there
    CHECK(d.price.shippingMinor == 999 + 200);

    RateCards cards;
    cards.taxBasisPoints = {{s("DE"), 1900}};
    cards.services = {{ShippingService::Standard, ServiceRate{0, 0, 0, 3, 5}}};
    const QList<CatalogSku> skus = {CatalogSku{s("P"), 50, {}}, CatalogSku{s("Q"), 49, {}}};
    // 50 x 19 % = 9.5 -> 10; 49 x 19 % = 9.31 -> 9.
    CHECK(OrderIntake::price(request({{s("P"), 1}}), ShippingService::Standard, s("DE"), skus, cards,
                             kWednesday)
              .taxMinor == 10);
    CHECK(OrderIntake::price(request({{s("Q"), 1}}), ShippingService::Standard, s("DE"), skus, cards,
                             kWednesday)
              .taxMinor == 9);
    // A country without a rate pays none.
    CHECK(OrderIntake::price(request({{s("P"), 1}}), ShippingService::Standard, s("FR"), skus, cards,
                             kWednesday)
              .taxMinor == 0);
}

TEST_CASE("promised dates count business days and skip weekends", "[central][intake]")
{
    const RateCards cards = RateCards::defaults();
    REQUIRE(kWednesday.dayOfWeek() == 3);
    CHECK(cards.promisedDate(ShippingService::Overnight, kWednesday) == QDate(2026, 12, 3));
    CHECK(cards.promisedDate(ShippingService::Express, kWednesday) == QDate(2026, 12, 4));
    CHECK(cards.earliestDate(ShippingService::Express, kWednesday) == QDate(2026, 12, 3));
    CHECK(cards.promisedDate(ShippingService::Standard, kWednesday) == QDate(2026, 12, 9));
    CHECK(cards.earliestDate(ShippingService::Standard, kWednesday) == QDate(2026, 12, 7));
    const QDate friday(2026, 12, 4);
    CHECK(cards.promisedDate(ShippingService::Overnight, friday) == QDate(2026, 12, 7));
    CHECK(cards.promisedDate(ShippingService::Express, friday) == QDate(2026, 12, 8));
    CHECK(cards.promisedDate(ShippingService::Standard, friday) == QDate(2026, 12, 11));
    // Placed on a weekend: counted from the Monday.
    CHECK(cards.promisedDate(ShippingService::Overnight, QDate(2026, 12, 5)) == QDate(2026, 12, 7));
    CHECK(cards.promisedDate(ShippingService::Overnight, QDate(2026, 12, 6)) == QDate(2026, 12, 7));
    CHECK(cards.promisedDate(ShippingService::Standard, QDate(2026, 12, 6)) == QDate(2026, 12, 11));

    Fixture f;
    const IntakeDecision d = f.evaluate(request(kValid, s("Express")));
    CHECK(d.price.promisedDate == QDate(2026, 12, 4));
}

TEST_CASE("rate cards load from JSON, round-trip, and refuse what is malformed", "[central][intake]")
{
    const RateCards defaults = RateCards::defaults();
    QString error;
    const auto again = RateCards::fromJson(defaults.toJson(), &error);
    REQUIRE(again);
    CHECK(again->taxBasisPoints == defaults.taxBasisPoints);
    CHECK(again->defaultWeightGrams == defaults.defaultWeightGrams);
    for (ShippingService service :
         {ShippingService::Standard, ShippingService::Express, ShippingService::Overnight}) {
        const ServiceRate a = again->services.value(service);
        const ServiceRate b = defaults.services.value(service);
        CHECK((a.baseMinor == b.baseMinor && a.perKgMinor == b.perKgMinor &&
               a.freeAboveMinor == b.freeAboveMinor && a.minDays == b.minDays && a.maxDays == b.maxDays));
    }
    CHECK(defaults.services.value(ShippingService::Standard).minDays == 3);
    CHECK(defaults.services.value(ShippingService::Standard).maxDays == 5);
    CHECK(defaults.services.value(ShippingService::Express).maxDays == 2);
    CHECK(defaults.services.value(ShippingService::Overnight).maxDays == 1);

    const QByteArray good = R"({"taxBasisPoints": {"US": 500},
        "services": {"Standard": {"baseMinor": 1, "perKgMinor": 2, "minDays": 3, "maxDays": 5},
                     "Express": {"baseMinor": 1, "perKgMinor": 2, "minDays": 1, "maxDays": 2},
                     "Overnight": {"baseMinor": 1, "perKgMinor": 2, "minDays": 1, "maxDays": 1}}})";
    const auto loaded = RateCards::fromJson(good, &error);
    REQUIRE(loaded);
    CHECK(loaded->taxFor(s("US")) == 500);
    CHECK(loaded->services.value(ShippingService::Standard).freeAboveMinor == 0);

    QByteArray noOvernight = good;
    noOvernight.replace(R"("Overnight")", R"("Ground")");
    CHECK_FALSE(RateCards::fromJson(noOvernight, &error));
    CHECK(error.contains(s("Ground")));
    QByteArray badTax = good;
    badTax.replace("500", "-5");
    CHECK_FALSE(RateCards::fromJson(badTax, &error));
    QByteArray badDays = good;
    badDays.replace(R"("minDays": 3, "maxDays": 5)", R"("minDays": 5, "maxDays": 3)");
    CHECK_FALSE(RateCards::fromJson(badDays, &error));
    CHECK_FALSE(RateCards::fromJson("not json", &error));
}

// ---------------------------------------------------------------------------------------------------------
// Routing and the stock view

TEST_CASE("routing: one warehouse when one can ship it all, the one with most headroom", "[central][intake]")
{
    StockView stock;
    stock.applySnapshot(kWh1, kAcme, {{s("A"), 5}, {s("B"), 5}}, 1000);
    stock.applySnapshot(kWh2, kAcme, {{s("A"), 10}, {s("B"), 10}}, 1000);
    stock.applySnapshot(kWh3, kAcme, {{s("A"), 50}}, 1000); // more A, but no B
    RouteResult r = Router::route(kAcme, {{s("A"), 2}, {s("B"), 2}}, stock, {}, true);
    REQUIRE(r.routed);
    REQUIRE(r.parts.size() == 1);
    CHECK(r.parts[0].warehouse == kWh2);

    // A tie goes to the first id.
    stock.applySnapshot(kWh1, kAcme, {{s("A"), 10}, {s("B"), 10}}, 2000);
    r = Router::route(kAcme, {{s("A"), 2}, {s("B"), 2}}, stock, {}, true);
    REQUIRE(r.parts.size() == 1);
    CHECK(r.parts[0].warehouse == kWh1);

    // Same-SKU lines count together.
    r = Router::route(kAcme, {{s("A"), 30}, {s("A"), 15}}, stock, {}, true);
    REQUIRE(r.parts.size() == 1);
    CHECK(r.parts[0].warehouse == kWh3);
    CHECK(r.parts[0].lines == QList<OrderLineRequest>{{s("A"), 45}});
}

TEST_CASE("routing: the greedy split cover, whole lines first", "[central][intake]")
{
    StockView stock;
    stock.applySnapshot(kWh1, kAcme, {{s("A"), 3}, {s("B"), 3}}, 1000);
    stock.applySnapshot(kWh2, kAcme, {{s("C"), 10}}, 1000);
    RouteResult r = Router::route(kAcme, {{s("A"), 3}, {s("B"), 3}, {s("C"), 10}}, stock, {}, true);
    REQUIRE(r.routed);
    REQUIRE(r.parts.size() == 2);
    // wh-2 ships more units (10) than wh-1 (6): it is taken first.
    CHECK(r.parts[0] == RoutedPart{kWh2, {{s("C"), 10}}});
    CHECK(r.parts[1] == RoutedPart{kWh1, {{s("A"), 3}, {s("B"), 3}}});

    // A line that one warehouse holds in full is not split, though another holds part of it.
    StockView second;
    second.applySnapshot(kWh1, kAcme, {{s("A"), 5}, {s("B"), 4}}, 1000);
    second.applySnapshot(kWh2, kAcme, {{s("B"), 4}}, 1000);
    second.applySnapshot(kWh3, kAcme, {{s("B"), 8}}, 1000);
    r = Router::route(kAcme, {{s("A"), 5}, {s("B"), 8}}, second, {}, true);
    REQUIRE(r.routed);
    REQUIRE(r.parts.size() == 2);
    CHECK(r.parts[0] == RoutedPart{kWh3, {{s("B"), 8}}});
    CHECK(r.parts[1] == RoutedPart{kWh1, {{s("A"), 5}}});

    // A line no warehouse holds in full is split, warehouses already shipping first.
    StockView third;
    third.applySnapshot(kWh1, kAcme, {{s("A"), 1}}, 1000);
    third.applySnapshot(kWh2, kAcme, {{s("A"), 6}}, 1000);
    third.applySnapshot(kWh3, kAcme, {{s("A"), 4}, {s("B"), 2}}, 1000);
    r = Router::route(kAcme, {{s("A"), 9}, {s("B"), 2}}, third, {}, true);
    REQUIRE(r.routed);
    REQUIRE(r.parts.size() == 2);
    CHECK(r.parts[0] == RoutedPart{kWh3, {{s("A"), 4}, {s("B"), 2}}});
    CHECK(r.parts[1] == RoutedPart{kWh2, {{s("A"), 5}}});

    // Equal units: the warehouse shipping more lines goes first (one parcel fewer to split later).
    StockView fourth;
    fourth.applySnapshot(kWh1, kAcme, {{s("A"), 4}}, 1000);
    fourth.applySnapshot(kWh2, kAcme, {{s("B"), 2}, {s("C"), 2}}, 1000);
    r = Router::route(kAcme, {{s("A"), 4}, {s("B"), 2}, {s("C"), 2}}, fourth, {}, true);
    REQUIRE(r.parts.size() == 2);
    CHECK(r.parts[0].warehouse == kWh2);
    CHECK(r.parts[1].warehouse == kWh1);

    // Deterministic: the same input, the same answer.
    const RouteResult again = Router::route(kAcme, {{s("A"), 4}, {s("B"), 2}, {s("C"), 2}}, fourth, {}, true);
    CHECK(again.parts == r.parts);
}

TEST_CASE("routing: no split allowed, unroutable lines named", "[central][intake]")
{
    StockView stock;
    stock.applySnapshot(kWh1, kAcme, {{s("A"), 5}, {s("B"), 1}}, 1000);
    stock.applySnapshot(kWh2, kAcme, {{s("A"), 5}, {s("C"), 4}}, 1000);
    RouteResult r = Router::route(kAcme, {{s("A"), 8}, {s("B"), 1}}, stock, {}, false);
    CHECK_FALSE(r.routed);
    CHECK(r.parts.isEmpty());
    // wh-1 ships the most in whole lines (B); it lacks A.
    CHECK(r.unroutableSkus == QStringList{s("A")});
    r = Router::route(kAcme, {{s("A"), 8}, {s("B"), 1}}, stock, {}, true);
    REQUIRE(r.routed);
    CHECK(r.parts.size() == 2);

    r = Router::route(kAcme, {{s("A"), 11}, {s("B"), 2}, {s("C"), 4}, {s("D"), 1}}, stock, {}, true);
    CHECK_FALSE(r.routed);
    CHECK(r.unroutableSkus == QStringList{s("A"), s("B"), s("D")});
    CHECK(r.message.contains(s("D")));
}

TEST_CASE("routing: a failed warehouse is excluded when the order is routed again", "[central][intake]")
{
    StockView stock;
    stock.applySnapshot(kWh1, kAcme, {{s("A"), 10}}, 1000);
    stock.applySnapshot(kWh2, kAcme, {{s("A"), 20}}, 1000);
    RouteResult r = Router::route(kAcme, {{s("A"), 5}}, stock, {}, true);
    REQUIRE(r.parts.size() == 1);
    CHECK(r.parts[0].warehouse == kWh2);
    r = Router::route(kAcme, {{s("A"), 5}}, stock, {kWh2}, true);
    REQUIRE(r.parts.size() == 1);
    CHECK(r.parts[0].warehouse == kWh1);
    r = Router::route(kAcme, {{s("A"), 5}}, stock, {kWh1, kWh2}, true);
    CHECK_FALSE(r.routed);
    CHECK(r.unroutableSkus == QStringList{s("A")});

    // Intake too: stock still shows (not out_of_stock), but nowhere is left to route it.
    Fixture f;
    f.stock = stock;
    const IntakeDecision d =
        OrderIntake().evaluate(request({{s("A"), 5}}), &f.who, f.cat, f.stock, f.cards, kWednesday, {kWh2});
    REQUIRE(d.accepted);
    REQUIRE(d.parts.size() == 1);
    CHECK(d.parts[0].warehouse == kWh1);
    CHECK(OrderIntake()
              .evaluate(request({{s("A"), 5}}), &f.who, f.cat, f.stock, f.cards, kWednesday, {kWh1, kWh2})
              .code == s("unroutable"));
}

TEST_CASE("stock view: demand routed since the snapshot is not routed twice", "[central][intake]")
{
    StockView stock;
    stock.applySnapshot(kWh1, kAcme, {{s("A"), 3}}, 1000);
    stock.applySnapshot(kWh2, kAcme, {{s("A"), 2}}, 1000);
    RouteResult first = Router::route(kAcme, {{s("A"), 3}}, stock, {}, true);
    REQUIRE(first.routed);
    CHECK(first.parts[0].warehouse == kWh1);
    stock.commit(kWh1, kAcme, s("o-1"), s("A"), 3);
    CHECK(stock.available(kWh1, kAcme, s("A")) == 0);
    CHECK(stock.routedSince(kWh1, kAcme, s("A")) == 3);

    // The second order cannot land on the same three units.
    RouteResult second = Router::route(kAcme, {{s("A"), 3}}, stock, {}, true);
    CHECK_FALSE(second.routed);
    second = Router::route(kAcme, {{s("A"), 2}}, stock, {}, true);
    REQUIRE(second.routed);
    CHECK(second.parts[0].warehouse == kWh2);
    stock.commit(kWh2, kAcme, s("o-2"), s("A"), 2);

    // Through intake: nothing left anywhere shows as out of stock.
    Fixture f;
    f.stock = stock;
    CHECK(f.evaluate(request({{s("A"), 1}})).code == s("out_of_stock"));

    // A release (the order failed there, or was cancelled) gives the units back.
    stock.release(kWh1, kAcme, s("o-1"));
    CHECK(stock.available(kWh1, kAcme, s("A")) == 3);
    stock.release(kWh2, kAcme, s("o-2"), s("A"), 1);
    CHECK(stock.available(kWh2, kAcme, s("A")) == 1);
    stock.commit(kWh2, kAcme, s("o-3"), s("A"), 1);
    CHECK(stock.available(kWh2, kAcme, s("A")) == 0);
    // More than the order holds: its demand down to none, another order's untouched.
    stock.release(kWh2, kAcme, s("o-2"), s("A"), 5);
    CHECK(stock.routedSince(kWh2, kAcme, s("A")) == 1);
    CHECK(stock.available(kWh2, kAcme, s("A")) == 1);
    stock.release(kWh2, kAcme, s("o-3"));
    CHECK(stock.available(kWh2, kAcme, s("A")) == 2);
}

TEST_CASE("stock view: a snapshot drops routed demand only once it holds the reservation",
          "[central][intake]")
{
    StockView stock;
    stock.applySnapshot(kWh1, kAcme, {{s("A"), 10}}, 1000);
    stock.commit(kWh1, kAcme, s("o-1"), s("A"), 4);
    stock.commit(kWh1, kAcme, s("o-2"), s("A"), 3);
    CHECK(stock.available(kWh1, kAcme, s("A")) == 3);

    // A snapshot before any reservation (the commands still on their way) keeps both counted.
    CHECK(stock.applySnapshot(kWh1, kAcme, {{s("A"), 10}}, 2000));
    CHECK(stock.available(kWh1, kAcme, s("A")) == 3);

    // o-1 is reserved at 2500; a snapshot at 2400 does not hold it yet, one at 2500 does.
    stock.acknowledge(kWh1, kAcme, s("o-1"), 2500);
    CHECK(stock.applySnapshot(kWh1, kAcme, {{s("A"), 10}}, 2400));
    CHECK(stock.available(kWh1, kAcme, s("A")) == 3);
    CHECK(stock.applySnapshot(kWh1, kAcme, {{s("A"), 6}}, 2500)); // 10 - o-1's 4
    CHECK(stock.routedSince(kWh1, kAcme, s("A")) == 3);           // o-2 still counted
    CHECK(stock.available(kWh1, kAcme, s("A")) == 3);

    // A reservation already older than the snapshot held is inside it: dropped at once.
    stock.acknowledge(kWh1, kAcme, s("o-2"), 2450);
    CHECK(stock.routedSince(kWh1, kAcme, s("A")) == 0);
    CHECK(stock.available(kWh1, kAcme, s("A")) == 6);
}

TEST_CASE("stock view: an older snapshot is ignored, tenants are apart", "[central][intake]")
{
    StockView stock;
    CHECK(stock.applySnapshot(kWh1, kAcme, {{s("A"), 5}}, 2000));
    CHECK_FALSE(stock.applySnapshot(kWh1, kAcme, {{s("A"), 50}}, 1000));
    CHECK_FALSE(stock.applySnapshot(kWh1, kAcme, {{s("A"), 50}}, 2000));
    CHECK(stock.available(kWh1, kAcme, s("A")) == 5);
    CHECK(stock.snapshotTakenAtMs(kWh1, kAcme) == 2000);
    // Another warehouse's clock is its own.
    CHECK(stock.applySnapshot(kWh2, kAcme, {{s("A"), 7}}, 1000));
    CHECK(stock.totalAvailable(kAcme, s("A")) == 12);

    // The same SKU code of another tenant in the same warehouse.
    CHECK(stock.applySnapshot(kWh1, kGlobex, {{s("A"), 40}}, 500));
    CHECK(stock.available(kWh1, kAcme, s("A")) == 5);
    CHECK(stock.available(kWh1, kGlobex, s("A")) == 40);
    stock.commit(kWh1, kGlobex, s("o-9"), s("A"), 30);
    CHECK(stock.available(kWh1, kAcme, s("A")) == 5);
    CHECK(stock.available(kWh1, kGlobex, s("A")) == 10);
    CHECK(stock.warehouses(kAcme) == QStringList{kWh1, kWh2});
    CHECK(stock.warehouses(kGlobex) == QStringList{kWh1});
    const RouteResult r = Router::route(kGlobex, {{s("A"), 12}}, stock, {}, true);
    CHECK_FALSE(r.routed); // acme's units at wh-1 and wh-2 are not globex's
    // Demand routed to a warehouse that has sent no snapshot does not make it one.
    stock.commit(kWh3, kAcme, s("o-3"), s("A"), 1);
    CHECK(stock.warehouses(kAcme) == QStringList{kWh1, kWh2});
    CHECK(stock.available(kWh3, kAcme, s("A")) == 0);
}

TEST_CASE("stock view: the StockSnapshot payload as the appliance sends it", "[central][intake]")
{
    StockView stock;
    CHECK(stock.applySnapshotPayload(kWh1, kAcme,
                                     R"({"takenAt": 1772442125000, "reason": "scheduled", "complete": true,
        "skus": [{"sku": "ACME-1001", "onHand": 52, "available": 44},
                 {"sku": "ACME-2002", "onHand": 0, "available": 0}]})"));
    CHECK(stock.available(kWh1, kAcme, s("ACME-1001")) == 44);
    CHECK(stock.available(kWh1, kAcme, s("ACME-2002")) == 0);
    CHECK(stock.snapshotTakenAtMs(kWh1, kAcme) == 1772442125000);
    CHECK_FALSE(stock.applySnapshotPayload(kWh1, kAcme, R"({"skus": []})"));
    CHECK_FALSE(stock.applySnapshotPayload(kWh2, kAcme, "garbage"));
    CHECK(stock.warehouses(kAcme) == QStringList{kWh1});
}

// ---------------------------------------------------------------------------------------------------------
// Rate limit

TEST_CASE("rate limiter: burst, refill, per-tenant isolation", "[central][intake]")
{
    RateLimiter limiter(2.0, 3.0); // 2 a second, 3 at once
    const std::int64_t t = 1772442000000;
    CHECK(limiter.retryAfterMs(kAcme, t) == 0);
    CHECK(limiter.admit(kAcme, t));
    CHECK(limiter.admit(kAcme, t));
    CHECK(limiter.admit(kAcme, t));
    CHECK_FALSE(limiter.admit(kAcme, t));
    CHECK(limiter.retryAfterMs(kAcme, t) == 500);
    CHECK(limiter.retryAfterMs(kAcme, t + 200) == 300);

    // Another tenant's burst is whole.
    CHECK(limiter.admit(kGlobex, t));
    CHECK(limiter.admit(kGlobex, t));
    CHECK(limiter.admit(kGlobex, t));
    CHECK_FALSE(limiter.admit(kGlobex, t));

    CHECK_FALSE(limiter.admit(kAcme, t + 499));
    CHECK(limiter.admit(kAcme, t + 500));
    CHECK_FALSE(limiter.admit(kAcme, t + 500));

    // A long pause refills to the burst, no more.
    CHECK(limiter.tokens(kAcme, t + 60000) == Approx(3.0));
    for (int i = 0; i < 3; ++i)
        CHECK(limiter.admit(kAcme, t + 60000));
    CHECK_FALSE(limiter.admit(kAcme, t + 60000));

    // A clock that steps back refills nothing.
    CHECK_FALSE(limiter.admit(kAcme, t));
    CHECK(limiter.retryAfterMs(kAcme, t + 60000) == 500);

    // Uneven rates: a caller who waits what it is told is admitted.
    RateLimiter third(3.0, 1.0);
    CHECK(third.admit(kAcme, t));
    const std::int64_t wait = third.retryAfterMs(kAcme, t);
    CHECK(wait == 334);
    CHECK_FALSE(third.admit(kAcme, t + wait - 1));
    CHECK(third.admit(kAcme, t + wait));
}

// ---------------------------------------------------------------------------------------------------------
// Order numbers and customers

TEST_CASE("order numbers: tenant, day, the tenant's sequence", "[central][intake]")
{
    CHECK(orderNumber(kAcme, kWednesday, 42) == s("acme-20261202-000042"));
    CHECK(orderNumber(kAcme, kWednesday, 1234567) == s("acme-20261202-1234567"));
    CHECK(orderNumber(kAcme, kWednesday, 1) != orderNumber(kAcme, kWednesday, 10));
    CHECK(orderNumber(kAcme, kWednesday, 1) != orderNumber(kGlobex, kWednesday, 1));
    const QString longest =
        orderNumber(QString(32, QLatin1Char('t')), kWednesday, std::numeric_limits<std::int64_t>::max());
    CHECK(longest.size() <= 64);
}

TEST_CASE("customers: a deterministic population with exact shares of flaws", "[central][intake]")
{
    CustomerMix mix;
    mix.perTenant = 200;
    mix.seed = 7;
    const CustomerBook book = CustomerBook::generate({kAcme, kGlobex}, mix);
    CHECK(book.size() == 400);
    CHECK(book.toJson() == CustomerBook::generate({kAcme, kGlobex}, mix).toJson());
    // A tenant's customers do not depend on which other tenants there are.
    CustomerBook acmeOnly;
    for (const Customer& c : book.customers(kAcme))
        acmeOnly.add(c);
    CHECK(CustomerBook::generate({kAcme}, mix).toJson() == acmeOnly.toJson());
    // Each tenant gets its own draw, not the same people under other ids.
    QStringList acmePrints, globexPrints;
    for (const Customer& c : book.customers(kAcme))
        acmePrints.append(c.cardFingerprint);
    for (const Customer& c : book.customers(kGlobex))
        globexPrints.append(c.cardFingerprint);
    CHECK(acmePrints != globexPrints);
    CustomerMix other = mix;
    other.seed = 8;
    CHECK(CustomerBook::generate({kAcme, kGlobex}, other).toJson() != book.toJson());

    const QList<Customer> acme = book.customers(kAcme);
    REQUIRE(acme.size() == 200);
    int unverified = 0, badAddress = 0, noPayment = 0, avs = 0, cvv = 0, clean = 0;
    QHash<QString, int> prints;
    for (const Customer& c : acme) {
        CHECK(c.tenant == kAcme);
        const int flaws =
            (c.emailVerified ? 0 : 1) + (validAddress(c.shipTo) ? 0 : 1) + (c.paymentToken.isEmpty() ? 1 : 0);
        CHECK(flaws <= 1);
        unverified += c.emailVerified ? 0 : 1;
        badAddress += validAddress(c.shipTo) ? 0 : 1;
        noPayment += c.paymentToken.isEmpty() ? 1 : 0;
        avs += c.avsMatch ? 0 : 1;
        cvv += c.cvvMatch ? 0 : 1;
        clean += flaws == 0 ? 1 : 0;
        if (!c.cardFingerprint.isEmpty())
            ++prints[c.cardFingerprint];
    }
    CHECK(unverified == 4);
    CHECK(badAddress == 4);
    CHECK(noPayment == 4);
    CHECK(avs == 4);
    CHECK(cvv == 2);
    CHECK(clean == 188);
    int sharedHolders = 0;
    for (int holders : prints)
        if (holders > 1)
            sharedHolders += holders;
    CHECK(sharedHolders == 6);

    // Intake sees exactly those flaws.
    Fixture f;
    QHash<QString, int> codes;
    for (const Customer& c : acme) {
        OrderRequest r = request(kValid);
        r.customerId = c.id;
        const IntakeDecision d = f.evaluate(r, book.find(c.id));
        ++codes[d.accepted ? s("accepted") : d.code];
    }
    CHECK(codes.value(s("accepted")) == 188);
    CHECK(codes.value(s("email_unverified")) == 4);
    CHECK(codes.value(s("address_invalid")) == 4);
    CHECK(codes.value(s("no_payment_method")) == 4);
    // And a globex customer ordering from acme is foreign.
    OrderRequest r = request(kValid);
    r.customerId = book.customers(kGlobex).first().id;
    CHECK(f.evaluate(r, book.find(r.customerId)).code == s("foreign_tenant"));

    // No flaws asked for, none made.
    CustomerMix cleanMix;
    cleanMix.perTenant = 50;
    cleanMix.unverifiedEmail = cleanMix.invalidAddress = cleanMix.noPaymentMethod = 0;
    cleanMix.avsMismatch = cleanMix.cvvMismatch = cleanMix.sharedCard = 0;
    for (const Customer& c : CustomerBook::generateTenant(kAcme, cleanMix))
        CHECK((c.emailVerified && validAddress(c.shipTo) && !c.paymentToken.isEmpty() && c.avsMatch &&
               c.cvvMatch));
}

TEST_CASE("customers: JSON round trip and refusals", "[central][intake]")
{
    CustomerMix mix;
    mix.perTenant = 20;
    const CustomerBook book = CustomerBook::generate({kAcme}, mix);
    QString error;
    const auto loaded = CustomerBook::fromJson(book.toJson(), &error);
    REQUIRE(loaded);
    CHECK(loaded->toJson() == book.toJson());
    CHECK_FALSE(CustomerBook::fromJson(R"({"customers": [{"id": "x"}]})", &error));
    CHECK_FALSE(CustomerBook::fromJson(
        R"({"customers": [{"id": "x", "tenant": "a"}, {"id": "x", "tenant": "a"}]})", &error));
    CHECK(error.contains(s("twice")));
    CHECK_FALSE(CustomerBook::fromJson("[]", &error));
}
