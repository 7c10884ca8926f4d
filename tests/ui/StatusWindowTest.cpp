#include "StatusWindow.h"
#include "DemoData.h"
#include "TestSupport.h"

#include <QLabel>
#include <QTableWidget>

using namespace wh;

TEST_CASE("the status window lists each merchant with its stock and open orders", "[ui][status]")
{
    test::StoreFixture f;
    auto seeded = db::DemoData::seedIfEmpty(f.store());
    WH_REQUIRE_OK(seeded);
    ui::StatusWindow window(f.store());
    window.show();
    auto* table = window.findChild<QTableWidget*>(QStringLiteral("tenantTable"));
    REQUIRE(table);
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text() == QStringLiteral("Acme Outdoor"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("3"));
    CHECK(table->item(1, 0)->text() == QStringLiteral("Globex Health"));

    sync::OutboxMonitor monitor(f.store(), nullptr);
    window.showSyncStatus(monitor.poll());
    auto* sync = window.findChild<QLabel*>(QStringLiteral("syncStatusLabel"));
    REQUIRE(sync);
    CHECK(sync->text().contains(QStringLiteral("offline (buffering")));
    CHECK(sync->text().contains(QStringLiteral("events waiting")));

    // A new order shows after the next refresh.
    const TenantContext acme(QStringLiteral("acme"));
    Order order;
    order.id = QStringLiteral("ACME-SO-9000");
    order.status = OrderStatus::Paid;
    order.lines = {OrderLine{1, QStringLiteral("ACME-1002"), 1, Money::fromMinor(2500)}};
    WH_REQUIRE_OK(f.store().reserve(acme, f.actor(), order));
    window.showSyncStatus(monitor.poll());
    CHECK(table->item(0, 2)->text() == QStringLiteral("4"));
}
