// Replenishment rules against the in-memory state: when a face needs a task, FEFO from bulk (unexpired,
// unreserved, lots without expiry last, several rows), once per face, unfillable when bulk is empty, and
// every refusal of a confirmation. The store's side (the hook after every action, tenants, rebuild) is
// tests/db/ReplenishmentStoreTest.cpp.
#include "Replenishment.h"
#include "CoreTestSupport.h"
#include "InventoryFixture.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>

using namespace wh;
using wh::test::InventoryFixture;

namespace {

// The replenishment port over the fixture's in-memory state: the faces and stock keys a test put there, and
// the tasks folded from the events as db/Projector folds them.
class MemoryReplenishmentState final : public ReplenishmentState
{
public:
    explicit MemoryReplenishmentState(test::MemoryInventoryState& state)
        : m_state(state)
    {}

    void addFace(const Location& face)
    {
        m_state.addLocation(face);
        m_faces.append(face.code);
    }
    void putStock(const StockKey& key, QDate expiry, std::int64_t onHand, std::int64_t reserved = 0)
    {
        m_state.putStock(key, expiry, onHand, reserved);
        m_keys.insert(key.sku + QChar(0x1f) + key.location + QChar(0x1f) + key.lot);
    }

    QList<Location> pickFaces(const QString& sku) const override
    {
        QList<Location> faces;
        for (const QString& code : m_faces)
            if (auto face = m_state.location(code); face && (sku.isEmpty() || face->replenishSku == sku))
                faces.append(*face);
        return faces;
    }
    QList<StockRecord> stockAt(const QString& location, const QString& sku) const override
    {
        QList<StockRecord> rows;
        for (const QString& id : m_keys) {
            const QStringList parts = id.split(QChar(0x1f));
            if (parts[0] == sku && parts[1] == location)
                if (auto row = m_state.stock({parts[0], parts[1], parts[2]}))
                    rows.append(*row);
        }
        return rows;
    }
    std::optional<ReplenishmentTask> replenishmentTask(const QString& id) const override
    {
        const auto it = m_tasks.constFind(id);
        return it == m_tasks.cend() ? std::nullopt : std::optional<ReplenishmentTask>(*it);
    }
    std::optional<ReplenishmentTask> activeReplenishment(const QString& location) const override
    {
        for (const ReplenishmentTask& task : m_tasks)
            if (task.location == location && task.active())
                return task;
        return std::nullopt;
    }

    // The events into both states; false for an event neither knows.
    [[nodiscard]] bool apply(const EventList& events)
    {
        for (const DomainEvent& e : events) {
            const QJsonObject& p = e.payload;
            const QString id = p.value(QStringLiteral("taskId")).toString();
            if (e.type == EventType::ReplenishmentTaskCreated) {
                if (const QString old = p.value(QStringLiteral("replaces")).toString(); !old.isEmpty())
                    m_tasks[old].status = ReplenishmentStatus::Replaced;
                ReplenishmentTask task;
                task.id = id;
                task.location = p.value(QStringLiteral("location")).toString();
                task.sku = p.value(QStringLiteral("sku")).toString();
                task.quantity = p.value(QStringLiteral("quantity")).toInteger();
                task.wanted = p.value(QStringLiteral("wanted")).toInteger();
                task.status = *replenishmentStatusFromName(p.value(QStringLiteral("status")).toString());
                for (const QJsonValue& l : p.value(QStringLiteral("lines")).toArray())
                    task.lines.append(Replenishment::lineFromJson(l.toObject()));
                m_tasks.insert(id, task);
            } else if (e.type == EventType::ReplenishmentConfirmed) {
                m_tasks[id].moved += p.value(QStringLiteral("quantity")).toInteger();
            } else if (e.type == EventType::ReplenishmentTaskClosed) {
                m_tasks[id].status =
                    *replenishmentStatusFromName(p.value(QStringLiteral("status")).toString());
            } else {
                if (e.type == EventType::StockMoved)
                    m_keys.insert(p.value(QStringLiteral("sku")).toString() + QChar(0x1f) +
                                  p.value(QStringLiteral("to")).toString() + QChar(0x1f) +
                                  p.value(QStringLiteral("lot")).toString());
                if (!m_state.apply(e))
                    return false;
            }
        }
        return true;
    }

private:
    test::MemoryInventoryState& m_state;
    QStringList m_faces;
    QSet<QString> m_keys;
    QHash<QString, ReplenishmentTask> m_tasks;
};

struct Fixture : InventoryFixture
{
    inline static const QString kFace = QStringLiteral("FACE-01");
    MemoryReplenishmentState faces{state};
    std::int64_t seq = 100;

    Fixture()
    {
        Location face{kFace, QStringLiteral("A"), LocationType::Pick, 1};
        face.replenishSku = kWidget;
        face.minQuantity = 5;
        face.maxQuantity = 20;
        faces.addFace(face);
    }
    Replenishment rules() const { return Replenishment(state, faces, clock); }
    EventList plan()
    {
        EventList events = rules().plan({kWidget}, seq);
        REQUIRE(faces.apply(events));
        seq += events.size() + 1;
        return events;
    }
};

const DomainEvent* find(const EventList& events, const QString& type)
{
    for (const DomainEvent& e : events)
        if (e.type == type)
            return &e;
    return nullptr;
}

} // namespace

TEST_CASE("a face at or above its minimum needs nothing - below it, one task up to its maximum",
          "[replenishment]")
{
    Fixture f;
    f.faces.putStock({Fixture::kWidget, Fixture::kFace, {}}, {}, 5);
    f.faces.putStock({Fixture::kWidget, Fixture::kBulk1, {}}, {}, 100);
    CHECK(f.plan().isEmpty()); // 5 is not below 5

    f.faces.putStock({Fixture::kWidget, Fixture::kFace, {}}, {}, 5, 1); // one reserved: 4 available
    const std::int64_t nextSeq = f.seq;
    const EventList events = f.plan();
    REQUIRE(events.size() == 1);
    const QJsonObject p = events[0].payload;
    CHECK(events[0].type == EventType::ReplenishmentTaskCreated);
    CHECK(p.value(QStringLiteral("taskId")).toString() == QStringLiteral("R%1").arg(nextSeq));
    CHECK(p.value(QStringLiteral("status")).toString() == QStringLiteral("open"));
    CHECK(p.value(QStringLiteral("available")).toInteger() == 4);
    // Up to the maximum on hand: the reserved unit still takes its room on the face.
    CHECK(p.value(QStringLiteral("quantity")).toInteger() == 15);

    SECTION("once: no second task while the face's task is open")
    {
        f.faces.putStock({Fixture::kWidget, Fixture::kFace, {}}, {}, 5, 5);
        CHECK(f.plan().isEmpty());
    }
}

TEST_CASE("the task takes bulk FEFO: unexpired only, earliest first, no expiry last, never reserved stock",
          "[replenishment]")
{
    Fixture f;
    const QString milk = Fixture::kMilk;
    Location face{QStringLiteral("FACE-M"), QStringLiteral("A"), LocationType::Pick, 2};
    face.replenishSku = milk;
    face.minQuantity = 5;
    face.maxQuantity = 20;
    f.faces.addFace(face);
    Location expiredBin{QStringLiteral("BULK-03"), QStringLiteral("B"), LocationType::Bulk, 1};
    f.state.addLocation(expiredBin);
    f.faces.putStock({milk, Fixture::kBulk2, QStringLiteral("L-NONE")}, {}, 4);                 // no expiry
    f.faces.putStock({milk, Fixture::kBulk1, QStringLiteral("L-LATE")}, Fixture::kLater, 6, 3); // 3 free
    f.faces.putStock({milk, Fixture::kBulk2, QStringLiteral("L-SOON")}, Fixture::kSoon, 2);
    f.faces.putStock({milk, Fixture::kDock, QStringLiteral("L-DOCK")}, Fixture::kSoon, 50);  // receiving
    f.faces.putStock({milk, Fixture::kPick2, QStringLiteral("L-FACE")}, Fixture::kSoon, 50); // a pick face
    f.faces.putStock({milk, expiredBin.code, QStringLiteral("L-OLD")}, Fixture::kYesterday, 50); // expired
    // The face holds lot L-LATE2 until a date other than bulk's: that bulk row cannot join it.
    f.faces.putStock({milk, face.code, QStringLiteral("L-LATE2")}, Fixture::kLater, 1);
    f.faces.putStock({milk, Fixture::kBulk1, QStringLiteral("L-LATE2")}, Fixture::kLater.addDays(1), 9);

    const EventList events = Replenishment(f.state, f.faces, f.clock).plan({milk}, 500);
    REQUIRE(events.size() == 1);
    const QJsonArray lines = events[0].payload.value(QStringLiteral("lines")).toArray();
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].toObject().value(QStringLiteral("lot")).toString() == QStringLiteral("L-SOON"));
    CHECK(lines[0].toObject().value(QStringLiteral("quantity")).toInteger() == 2);
    CHECK(lines[1].toObject().value(QStringLiteral("lot")).toString() == QStringLiteral("L-LATE"));
    CHECK(lines[1].toObject().value(QStringLiteral("quantity")).toInteger() == 3); // only what is free
    CHECK(lines[2].toObject().value(QStringLiteral("lot")).toString() == QStringLiteral("L-NONE"));
    CHECK(lines[2].toObject().value(QStringLiteral("quantity")).toInteger() == 4);
    // Less than the face wants: the task moves what bulk has and says how much was wanted.
    CHECK(events[0].payload.value(QStringLiteral("quantity")).toInteger() == 9);
    CHECK(events[0].payload.value(QStringLiteral("wanted")).toInteger() == 19);
    REQUIRE(f.faces.apply(events));
    const QString task = events[0].payload.value(QStringLiteral("taskId")).toString();

    SECTION("a confirmation takes the soonest lot first")
    {
        const auto later = Replenishment(f.state, f.faces, f.clock)
                               .confirm({task, Fixture::kBulk1, QStringLiteral("L-LATE"), 1});
        REQUIRE_FALSE(later.ok());
        CHECK(later.error().code == ErrorCode::WrongLot);
        CHECK(later.error().message.contains(QStringLiteral("L-SOON")));
        const auto old = Replenishment(f.state, f.faces, f.clock)
                             .confirm({task, expiredBin.code, QStringLiteral("L-OLD"), 1});
        REQUIRE_FALSE(old.ok());
        CHECK(old.error().code == ErrorCode::WrongLot);
        CHECK(Replenishment(f.state, f.faces, f.clock)
                  .confirm({task, Fixture::kBulk2, QStringLiteral("L-SOON"), 2})
                  .ok());
    }
}

TEST_CASE("no bulk stock: one unfillable task, replaced once bulk stock comes, closed if not needed",
          "[replenishment]")
{
    Fixture f;
    const EventList first = f.plan();
    REQUIRE(first.size() == 1);
    CHECK(first[0].payload.value(QStringLiteral("status")).toString() == QStringLiteral("unfillable"));
    const QString unfillable = first[0].payload.value(QStringLiteral("taskId")).toString();
    CHECK(f.plan().isEmpty()); // recorded once, not at every action

    SECTION("bulk stock arrives: a real task replaces it")
    {
        f.faces.putStock({Fixture::kWidget, Fixture::kBulk1, {}}, {}, 30);
        const EventList events = f.plan();
        REQUIRE(events.size() == 1);
        CHECK(events[0].payload.value(QStringLiteral("status")).toString() == QStringLiteral("open"));
        CHECK(events[0].payload.value(QStringLiteral("replaces")).toString() == unfillable);
        CHECK(f.faces.replenishmentTask(unfillable)->status == ReplenishmentStatus::Replaced);
    }
    SECTION("the face is filled by other means: the unfillable task closes as not needed")
    {
        f.faces.putStock({Fixture::kWidget, Fixture::kFace, {}}, {}, 8);
        const EventList events = f.plan();
        REQUIRE(events.size() == 1);
        CHECK(events[0].type == EventType::ReplenishmentTaskClosed);
        CHECK(events[0].payload.value(QStringLiteral("status")).toString() == QStringLiteral("not_needed"));
    }
    SECTION("an unfillable task cannot be confirmed")
    {
        const auto refused = f.rules().confirm({unfillable, Fixture::kBulk1, {}, 1});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::IllegalTransition);
    }
}

TEST_CASE("a face full of reserved units gets its task once the pick makes room", "[replenishment]")
{
    Fixture f;
    f.faces.putStock({Fixture::kWidget, Fixture::kBulk1, {}}, {}, 100);
    f.faces.putStock({Fixture::kWidget, Fixture::kFace, {}}, {}, 20, 18);
    CHECK(f.plan().isEmpty()); // 2 available, but no room: the face holds its maximum
    f.faces.putStock({Fixture::kWidget, Fixture::kFace, {}}, {}, 2, 0); // the 18 were picked
    const EventList events = f.plan();
    REQUIRE(events.size() == 1);
    CHECK(events[0].payload.value(QStringLiteral("quantity")).toInteger() == 18);
}

TEST_CASE("confirming moves bulk to the face, closes the task when done, and refuses what is wrong",
          "[replenishment]")
{
    Fixture f;
    Location soonBin{QStringLiteral("BULK-04"), QStringLiteral("B"), LocationType::Bulk, 99};
    f.state.addLocation(soonBin);
    f.faces.putStock({Fixture::kWidget, soonBin.code, {}}, Fixture::kSoon, 10);
    f.faces.putStock({Fixture::kWidget, Fixture::kBulk1, {}}, Fixture::kSoon, 30, 25);
    f.faces.putStock({Fixture::kWidget, Fixture::kDock, {}}, {}, 30);
    const EventList planned = f.plan();
    REQUIRE(planned.size() == 1);
    const QString task = planned[0].payload.value(QStringLiteral("taskId")).toString();
    CHECK(planned[0].payload.value(QStringLiteral("quantity")).toInteger() == 15);

    const auto refusal = [&](const ConfirmReplenishment& cmd) -> std::optional<ErrorCode> {
        auto result = f.rules().confirm(cmd);
        if (result)
            return std::nullopt;
        CHECK_FALSE(result.error().message.isEmpty());
        return result.error().code;
    };
    CHECK(refusal({QStringLiteral("R999"), soonBin.code, {}, 1}) == ErrorCode::UnknownTask);
    CHECK(refusal({task, soonBin.code, {}, 0}) == ErrorCode::NegativeQuantity);
    CHECK(refusal({task, soonBin.code, {}, 16}) == ErrorCode::InvalidArgument);   // more than the task
    CHECK(refusal({task, Fixture::kDock, {}, 1}) == ErrorCode::InvalidArgument);  // not bulk
    CHECK(refusal({task, Fixture::kForeign, {}, 1}) == ErrorCode::ForeignTenant); // another merchant's
    CHECK(refusal({task, QStringLiteral("NOWHERE"), {}, 1}) == ErrorCode::UnknownLocation);
    CHECK(refusal({task, soonBin.code, {}, 11}) == ErrorCode::InsufficientStock); // only 10 there

    const auto partResult = f.rules().confirm({task, soonBin.code, {}, 10});
    INFO(test::describe(partResult));
    REQUIRE(partResult.ok());
    const EventList part = partResult.value();
    REQUIRE(f.faces.apply(part));
    REQUIRE(find(part, EventType::StockMoved));
    CHECK(find(part, EventType::StockMoved)->payload.value(QStringLiteral("to")).toString() ==
          Fixture::kFace);
    CHECK_FALSE(find(part, EventType::ReplenishmentTaskClosed)); // 5 more to go
    CHECK(f.faces.replenishmentTask(task)->remaining() == 5);
    // Only 5 of the later lot are free: the 25 reserved ones never move.
    CHECK(refusal({task, Fixture::kBulk1, {}, 6}) == ErrorCode::InvalidArgument);
    f.faces.putStock({Fixture::kWidget, Fixture::kBulk1, {}}, Fixture::kSoon, 30, 27);
    CHECK(refusal({task, Fixture::kBulk1, {}, 5}) == ErrorCode::InsufficientStock);
    f.faces.putStock({Fixture::kWidget, Fixture::kBulk1, {}}, Fixture::kSoon, 30, 25);

    const auto restResult = f.rules().confirm({task, Fixture::kBulk1, {}, 5});
    INFO(test::describe(restResult));
    REQUIRE(restResult.ok());
    const EventList rest = restResult.value();
    REQUIRE(f.faces.apply(rest));
    REQUIRE(find(rest, EventType::ReplenishmentTaskClosed));
    CHECK(
        find(rest, EventType::ReplenishmentTaskClosed)->payload.value(QStringLiteral("status")).toString() ==
        QStringLiteral("done"));
    CHECK(refusal({task, Fixture::kBulk1, {}, 1}) == ErrorCode::IllegalTransition); // finished
    CHECK(f.state.stock({Fixture::kWidget, Fixture::kFace, {}})->level.onHand == 15);
}

TEST_CASE("the touched SKUs of an action: stock events, allocations and a face's definition",
          "[replenishment]")
{
    QList<RecordedEvent> events;
    const auto recorded = [&](const QString& type, const QJsonObject& payload) {
        RecordedEvent e;
        e.type = type;
        e.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        events.append(e);
    };
    recorded(EventType::StockReceived, {{QStringLiteral("sku"), QStringLiteral("A")}});
    recorded(EventType::InventoryReserved,
             {{QStringLiteral("allocations"),
               QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("B")}}}}});
    recorded(EventType::LocationDefined, {{QStringLiteral("code"), QStringLiteral("F")},
                                          {QStringLiteral("replenishSku"), QStringLiteral("C")}});
    recorded(EventType::SkuDefined, {{QStringLiteral("code"), QStringLiteral("D")}});
    CHECK(Replenishment::touchedSkus(events) ==
          QSet<QString>{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
}
