#include "TestSupport.h"

#include "Sqlite.h"

#include <QStringList>

#include <sqlite3.h>

namespace wh::test {

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
}

StoreFixture::StoreFixture(db::StoreOptions options)
    : m_clock(fixedNow())
{
    REQUIRE(m_dir.isValid());
    reopen(options);
}

void StoreFixture::reopen(db::StoreOptions options)
{
    m_store.reset();
    options.clock = &m_clock;
    auto opened = db::Store::open(path(), options);
    INFO((opened ? QString() : opened.error().toString()).toStdString());
    REQUIRE(opened.ok());
    m_store = std::move(opened).value();
}

TenantContext StoreFixture::addTenant(const QString& id, bool lotTracked)
{
    WH_REQUIRE_OK(m_store->registerTenant(Tenant{id, id + QStringLiteral(" Ltd")}, m_actor));
    const TenantContext ctx(id);
    const QString p = id.toUpper();
    const QList<Location> locations{
        {p + QStringLiteral("-PICK"), QStringLiteral("Z1"), LocationType::Pick, 1},
        {p + QStringLiteral("-BULK"), QStringLiteral("Z9"), LocationType::Bulk, 50},
        {p + QStringLiteral("-RCV"), QStringLiteral("DOCK"), LocationType::Receiving, 0},
        {p + QStringLiteral("-QA"), QStringLiteral("DOCK"), LocationType::Quarantine, 0},
        {p + QStringLiteral("-PACK"), QStringLiteral("PACK"), LocationType::Packing, 0},
    };
    for (const Location& l : locations)
        WH_REQUIRE_OK(m_store->defineLocation(ctx, m_actor, l));
    Sku sku;
    sku.code = p + QStringLiteral("-SKU1");
    sku.description = QStringLiteral("Test item");
    sku.lotTracked = lotTracked;
    WH_REQUIRE_OK(m_store->defineSku(ctx, m_actor, sku));
    return ctx;
}

QString dumpDatabase(db::Connection& connection)
{
    QStringList out;
    QStringList tables;
    {
        db::Statement s = connection.prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
        while (s.next())
            tables.append(s.text(0));
    }
    for (const QString& table : tables) {
        out.append(QStringLiteral("## ") + table);
        sqlite3_stmt* stmt = nullptr;
        const QByteArray sql = QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2, 3").arg(table).toUtf8();
        if (sqlite3_prepare_v2(connection.handle(), sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
            continue;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            QStringList row;
            for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
                row.append(text ? QString::fromUtf8(QByteArray(text, sqlite3_column_bytes(stmt, c)).toHex())
                                : QStringLiteral("NULL"));
            }
            out.append(row.join(QLatin1Char('|')));
        }
        sqlite3_finalize(stmt);
    }
    return out.join(QLatin1Char('\n'));
}

QList<RecordedEvent> loggedEvents(db::Store& store, std::int64_t fromSeq)
{
    QList<RecordedEvent> events;
    REQUIRE(store
                .forEachEvent(fromSeq,
                              [&](const RecordedEvent& e) {
                                  events.append(e);
                                  return true;
                              })
                .ok());
    return events;
}

} // namespace wh::test
