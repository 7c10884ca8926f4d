#include "Store.h"

#include "ActionObserver.h"
#include "Checkpointer.h"
#include "Migrations.h"
#include "Permissions.h"
#include "SqlCountState.h"
#include "SqlInventoryState.h"

#include <QFileInfo>
#include <QJsonDocument>

#include <sqlite3.h>

namespace wh::db {

namespace {

bool validTenantId(const QString& id)
{
    if (id.isEmpty() || id.size() > 32)
        return false;
    for (QChar c : id)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')) || c.unicode() > 127)
            return false;
    return true;
}

} // namespace

Store::Store(StoreOptions options)
    : m_options(options)
    , m_clock(options.clock ? options.clock : &m_systemClock)
    , m_log(m_connection)
    , m_projector(m_connection)
{}

Store::~Store()
{
    if (m_checkpointer && m_connection.isOpen())
        sqlite3_wal_hook(m_connection.handle(), nullptr, nullptr);
}

Result<std::unique_ptr<Store>> Store::open(const QString& path, StoreOptions options)
{
    std::unique_ptr<Store> store(new Store(options));
    if (auto status = store->openFile(path); !status)
        return status.error();
    return store;
}

Status Store::openFile(const QString& path)
{
    const int flags =
        m_options.readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (auto status = m_connection.open(path, flags); !status)
        return status;
    // Not writable (a read-only file or medium) even though we asked: SQLite fell back to reading.
    m_readOnly = m_options.readOnly || m_connection.isReadOnly();
    sqlite3_busy_timeout(m_connection.handle(), m_options.busyTimeoutMs);
    // The compatibility check comes before anything that could write to the file.
    if (auto compatible = Migrations::checkCompatible(m_connection); !compatible)
        return compatible;
    if (!m_readOnly) {
        if (auto status = m_connection.execScript("PRAGMA journal_mode = WAL"); !status)
            return status;
    }
    if (auto status = Migrations::migrate(m_connection); !status)
        return status; // a read-only store that would need an upgrade fails here
    const bool full = m_options.durability == StoreOptions::Durability::Full;
    const char* pragmas =
        full ? "PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768;"
             : "PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768;";
    if (auto status = m_connection.execScript(pragmas); !status)
        return status;
    if (m_options.backgroundCheckpoint && !m_readOnly) {
        auto checkpointer = Checkpointer::start(path, m_options.checkpointPages, full);
        if (!checkpointer)
            return checkpointer.error();
        m_checkpointer = std::move(checkpointer).value();
        // Replaces SQLite's automatic checkpoint (which is itself a WAL hook) on this connection.
        sqlite3_wal_hook(
            m_connection.handle(),
            [](void* context, sqlite3* db, const char* database, int pages) {
                auto* checkpointer = static_cast<Checkpointer*>(context);
                if (checkpointer->committed(pages))
                    checkpointer->restart(db, database);
                return SQLITE_OK;
            },
            m_checkpointer.get());
    }
    return {};
}

Status Store::checkWritable() const
{
    if (m_readOnly)
        return makeError(
            ErrorCode::StorageReadOnly,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "The store %1 is read-only: nothing was saved. Check the data folder's "
                              "permissions and the disk."),
            {m_connection.path()});
    return {};
}

Result<ActionReceipt> Store::registerTenant(const Tenant& tenant, const Actor& actor)
{
    if (!validTenantId(tenant.id))
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal",
                                           "\"%1\" is not a valid tenant id (1-32 letters, digits, - or _)."),
                         {tenant.id});
    if (tenant.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Tenant %1 needs a name."), {tenant.id});
    if (auto allowed = Permissions::check(actor, Permission::ManageTenants); !allowed)
        return allowed.error();
    if (auto writable = checkWritable(); !writable)
        return writable.error();
    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    if (auto status = m_log.loadHead(); !status)
        return status.error();
    {
        Statement exists = m_connection.prepare("SELECT 1 FROM tenants WHERE tenant_id = ?1");
        exists.bind(1, tenant.id);
        if (exists.next())
            return makeError(ErrorCode::AlreadyExists,
                             QT_TRANSLATE_NOOP("wh::Refusal", "Tenant %1 is already registered."),
                             {tenant.id});
    }
    const DomainEvent event{EventType::TenantRegistered,
                            QStringLiteral("tenant"),
                            tenant.id,
                            {{QStringLiteral("tenantId"), tenant.id}, {QStringLiteral("name"), tenant.name}}};
    auto receipt = appendEvents(tenant.id, actor, {event}, {});
    if (!receipt)
        return receipt.error();
    if (auto status = transaction->commit(); !status)
        return status.error();
    return receipt;
}

Result<TenantContext> Store::tenant(const QString& id)
{
    Statement s = m_connection.prepare("SELECT 1 FROM tenants WHERE tenant_id = ?1");
    s.bind(1, id);
    const bool found = s.next();
    if (auto error = m_connection.takeError())
        return *error;
    if (!found)
        return makeError(ErrorCode::UnknownTenant,
                         QT_TRANSLATE_NOOP("wh::Refusal", "There is no tenant %1 here."), {id});
    return TenantContext(id);
}

Result<QList<Tenant>> Store::tenants()
{
    return read([&] {
        QList<Tenant> result;
        Statement s = m_connection.prepare("SELECT tenant_id, name FROM tenants ORDER BY tenant_id");
        while (s.next())
            result.append(Tenant{s.text(0), s.text(1)});
        return result;
    });
}

Result<ActionReceipt> Store::appendEvents(const QString& tenantId, const Actor& actor,
                                          const EventList& events, ActionReceipt receipt)
{
    const QDateTime now = m_clock->now();
    for (DomainEvent event : events) {
        // An override names its approver in the event itself, so the audit trail keeps both people.
        if (actor.approved())
            event.payload.insert(QStringLiteral("approvedBy"), actor.approval.userId);
        const QByteArray payload = QJsonDocument(event.payload).toJson(QJsonDocument::Compact);
        auto recorded = m_log.append(tenantId, event, payload, actor, now);
        if (!recorded)
            return recorded.error();
        if (auto status = m_projector.apply(*recorded, event.payload); !status)
            return status.error();
        if (EventType::isCloudBound(event.type)) {
            Statement outbox = m_connection.prepare(
                "INSERT INTO outbox (event_seq, tenant_id, type, enqueued_at, prev_seq) VALUES (?1, ?2, ?3, "
                "?4, "
                "coalesce((SELECT last_seq FROM outbox_heads WHERE tenant_id = ?2), 0))");
            outbox.bind(1, recorded->seq)
                .bind(2, tenantId)
                .bind(3, event.type)
                .bind(4, now.toMSecsSinceEpoch());
            if (auto status = outbox.exec(); !status)
                return status.error();
            Statement head =
                m_connection.prepare("INSERT INTO outbox_heads (tenant_id, last_seq) VALUES (?1, ?2) "
                                     "ON CONFLICT (tenant_id) DO UPDATE SET last_seq = excluded.last_seq");
            head.bind(1, tenantId).bind(2, recorded->seq);
            if (auto status = head.exec(); !status)
                return status.error();
        }
        if (receipt.firstSeq == 0)
            receipt.firstSeq = recorded->seq;
        receipt.lastSeq = recorded->seq;
        receipt.events.append(std::move(recorded).value());
    }
    return receipt;
}

Result<ActionReceipt> Store::runHandler(const TenantContext& tenant, const Actor& actor,
                                        const StateHandler& handler, ActionReceipt receipt)
{
    {
        Statement known = m_connection.prepare("SELECT 1 FROM tenants WHERE tenant_id = ?1");
        known.bind(1, tenant.id());
        if (!known.next()) {
            if (auto error = m_connection.takeError())
                return *error;
            return makeError(ErrorCode::UnknownTenant,
                             QT_TRANSLATE_NOOP("wh::Refusal", "There is no tenant %1 here."), {tenant.id()});
        }
    }
    SqlInventoryState state(m_connection, tenant);
    auto events = handler(state);
    if (auto error = m_connection.takeError())
        return *error; // a failed read decides nothing
    if (!events)
        return events.error();
    return appendEvents(tenant.id(), actor, *events, std::move(receipt));
}

Result<ActionReceipt> Store::execute(const TenantContext& tenant, const Actor& actor, const Handler& handler)
{
    return executeBatch(tenant, actor, {handler});
}

Result<ActionReceipt> Store::run(const TenantContext& tenant, const Actor& actor, Permission permission,
                                 const Handler& handler)
{
    return executeSteps(tenant, actor, permission, {withInventory(handler)});
}

Result<ActionReceipt> Store::executeBatch(const TenantContext& tenant, const Actor& actor,
                                          const QList<Handler>& handlers)
{
    QList<StateHandler> steps;
    steps.reserve(handlers.size());
    for (const Handler& handler : handlers)
        steps.append(withInventory(handler));
    return executeSteps(tenant, actor, Permission::RunTools, steps);
}

Store::StateHandler Store::withInventory(const Handler& handler) const
{
    return [this, &handler](SqlInventoryState& state) {
        Inventory inventory(state, *m_clock);
        return handler(inventory);
    };
}

Store::StateHandler Store::withPicking(const PickingHandler& handler) const
{
    return [this, &handler](SqlInventoryState& state) {
        Picking picking(state, state, *m_clock);
        return handler(picking);
    };
}

namespace {

bool isStorageFailure(ErrorCode code)
{
    switch (code) {
    case ErrorCode::StorageFull:
    case ErrorCode::StorageReadOnly:
    case ErrorCode::StorageBusy:
    case ErrorCode::StorageCorrupt:
    case ErrorCode::StorageError:
        return true;
    default:
        return false;
    }
}

} // namespace

// The one place every local action's transaction ends: the action observer (metrics) hears it here. With no
// observer the action pays one atomic load and no clock reads.
Result<ActionReceipt> Store::executeSteps(const TenantContext& tenant, const Actor& actor,
                                          Permission permission, const QList<StateHandler>& steps)
{
    ActionObserver* observer = actionObserver();
    if (!observer)
        return runSteps(tenant, actor, permission, steps);
    const auto started = std::chrono::steady_clock::now();
    auto result = runSteps(tenant, actor, permission, steps);
    const ActionOutcome outcome = result                                  ? ActionOutcome::Committed
                                  : isStorageFailure(result.error().code) ? ActionOutcome::Failed
                                                                          : ActionOutcome::Refused;
    observer->actionFinished(permission, outcome, std::chrono::steady_clock::now() - started);
    return result;
}

Result<ActionReceipt> Store::runSteps(const TenantContext& tenant, const Actor& actor, Permission permission,
                                      const QList<StateHandler>& steps)
{
    if (auto allowed = Permissions::check(actor, permission); !allowed)
        return allowed.error();
    if (auto writable = checkWritable(); !writable)
        return writable.error();
    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    if (auto status = m_log.loadHead(); !status)
        return status.error();
    ActionReceipt receipt;
    for (const StateHandler& step : steps) {
        auto result = runHandler(tenant, actor, step, std::move(receipt));
        if (!result) {
            Error error = result.error();
            if (error.answer.isEmpty())
                return error; // the guard rolls everything back
            if (steps.size() > 1) {
                error.answer.clear(); // a batch is all or nothing, its answers with it
                return error;
            }
            // The refusal's answer is all this action writes.
            if (auto answered = appendEvents(tenant.id(), actor, error.answer, {}); !answered)
                return answered.error();
            if (auto status = transaction->commit(); !status)
                return status.error();
            return error;
        }
        receipt = std::move(result).value();
    }
    // Replenishment: a pick face this action left below its minimum gets its task in the same transaction.
    auto replenished = replenishAfter(tenant, actor, std::move(receipt));
    if (!replenished)
        return replenished.error();
    receipt = std::move(replenished).value();
    if (auto status = transaction->commit(); !status)
        return status.error();
    return receipt;
}

Result<CommandOutcome> Store::applyCommand(const TenantContext& tenant, const QString& commandId,
                                           const QString& type, const Actor& actor, const Handler& handler)
{
    return applyStep(tenant, 0, commandId, type, actor, Permission::OrderCommands, {withInventory(handler)});
}

Result<CommandOutcome> Store::applyCommand(const TenantContext& tenant, const QString& commandId,
                                           const QString& type, const Actor& actor,
                                           const PickingHandler& handler)
{
    return applyStep(tenant, 0, commandId, type, actor, Permission::OrderCommands, {withPicking(handler)});
}

Result<CommandOutcome> Store::applyCommand(const TenantContext& tenant, const Actor& actor,
                                           const NumberedCommand& command)
{
    if (command.number < 1)
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "A numbered command starts at 1."));
    // The same steps as the shorthands, so a command does exactly what the action does.
    struct Visitor
    {
        Store& store;
        Permission permission = Permission::OrderCommands;
        QList<StateHandler> steps;
        const TenantContext* tenant = nullptr;

        void operator()(const Order& order)
        {
            steps = {store.withInventory([&order](Inventory& inv) { return inv.reserve(order); })};
        }
        void operator()(const CancelOrderRequest& cancel)
        {
            steps = store.cancelOrderSteps(cancel.orderId, cancel.reason);
        }
        void operator()(const ModifyOrder& modify)
        {
            const Clock& clock = *store.m_clock;
            steps = {[&modify, &clock](SqlInventoryState& state) {
                return Picking(state, state, clock).modifyOrder(modify);
            }};
        }
        void operator()(const ReleaseReservation& release)
        {
            steps = {store.withInventory([&release](Inventory& inv) { return inv.release(release); })};
        }
        void operator()(const Sku& sku)
        {
            permission = Permission::MasterData;
            steps = {store.withInventory([&sku](Inventory& inv) { return inv.defineSku(sku); })};
        }
        void operator()(const RateCard& card)
        {
            permission = Permission::MasterData;
            const Clock& clock = *store.m_clock;
            steps = {[&card, &clock](SqlInventoryState& state) {
                return Shipping(state, state, clock).defineRateCard(card);
            }};
        }
        void operator()(const RefuseCommand& refuse)
        {
            steps = {[&refuse](SqlInventoryState&) -> Result<EventList> {
                return makeError(refuse.code, refuse.message);
            }};
        }
        // Receiving: an advance shipping notice from the central service.
        void operator()(const Asn& asn)
        {
            const Clock& clock = *store.m_clock;
            steps = {[&asn, &clock](SqlInventoryState& state) {
                return Receiving(state, state, clock).registerAsn(asn);
            }};
        }
        // Returns: CreateRma, the central service's answer to a cancellation that came too late.
        void operator()(const ReturnAuthorization& rma)
        {
            permission = Permission::AuthorizeReturn;
            Store& self = store;
            const TenantContext& t = *tenant;
            steps = {[&rma, &self, &t](SqlInventoryState& state) {
                SqlCountState returns(self.m_connection, t);
                return Returns(state, returns, *self.m_clock).authorizeShipped(rma);
            }};
        }
    };
    Visitor visitor{*this, Permission::OrderCommands, {}, &tenant};
    std::visit(visitor, command.body);
    return applyStep(tenant, command.number, command.id, command.type, actor, visitor.permission,
                     visitor.steps);
}

Status Store::advanceCursor(const QString& tenantId, std::int64_t number)
{
    Statement s = m_connection.prepare(
        "INSERT INTO inbox_cursor (tenant_id, applied, updated_at) VALUES (?1, ?2, ?3) "
        "ON CONFLICT (tenant_id) DO UPDATE SET applied = excluded.applied, updated_at = excluded.updated_at");
    s.bind(1, tenantId).bind(2, number).bind(3, m_clock->now().toMSecsSinceEpoch());
    return s.exec();
}

namespace {

// The tenant's command cursor on the connection, inside the caller's transaction.
std::int64_t cursorOf(Connection& connection, const QString& tenantId)
{
    Statement s = connection.prepare("SELECT applied FROM inbox_cursor WHERE tenant_id = ?1");
    s.bind(1, tenantId);
    return s.next() ? s.int64(0) : 0;
}

// What became of a command already behind the cursor: its inbox row, or its dead letter.
CommandOutcome earlierOutcome(Connection& connection, const QString& tenantId, std::int64_t number,
                              const QString& commandId)
{
    CommandOutcome outcome;
    outcome.duplicate = true;
    Statement seen = connection.prepare("SELECT outcome, error_code, detail, first_seq, last_seq FROM inbox "
                                        "WHERE command_id = ?1 AND tenant_id = ?2");
    seen.bind(1, commandId).bind(2, tenantId);
    if (seen.next()) {
        outcome.applied = seen.text(0) == QLatin1String("applied");
        outcome.errorCode = seen.text(1);
        outcome.detail = seen.text(2);
        outcome.firstSeq = seen.int64(3);
        outcome.lastSeq = seen.int64(4);
        return outcome;
    }
    Statement dead = connection.prepare("SELECT kind, reason FROM dead_letters WHERE tenant_id = ?1 AND "
                                        "number = ?2 ORDER BY id LIMIT 1");
    dead.bind(1, tenantId).bind(2, number);
    if (dead.next()) {
        outcome.deadLetter = true;
        outcome.errorCode = dead.text(0);
        outcome.detail = dead.text(1);
    }
    return outcome;
}

} // namespace

// The one place every command of the central service ends, as executeSteps is for local actions.
Result<CommandOutcome> Store::applyStep(const TenantContext& tenant, std::int64_t number,
                                        const QString& commandId, const QString& type, const Actor& actor,
                                        Permission permission, const QList<StateHandler>& steps)
{
    ActionObserver* observer = actionObserver();
    if (!observer)
        return runCommand(tenant, number, commandId, type, actor, permission, steps);
    const auto started = std::chrono::steady_clock::now();
    auto result = runCommand(tenant, number, commandId, type, actor, permission, steps);
    const ActionOutcome outcome =
        !result ? (isStorageFailure(result.error().code) ? ActionOutcome::Failed : ActionOutcome::Refused)
        : result->duplicate ? ActionOutcome::Duplicate
        : result->applied   ? ActionOutcome::Committed
                            : ActionOutcome::Refused;
    observer->actionFinished(permission, outcome, std::chrono::steady_clock::now() - started);
    return result;
}

Result<CommandOutcome> Store::runCommand(const TenantContext& tenant, std::int64_t number,
                                         const QString& commandId, const QString& type, const Actor& actor,
                                         Permission permission, const QList<StateHandler>& steps)
{
    if (commandId.trimmed().isEmpty() || commandId.size() > 128)
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "A command needs an id of 1-128 characters."));
    if (auto allowed = Permissions::check(actor, permission); !allowed)
        return allowed.error();
    if (auto writable = checkWritable(); !writable)
        return writable.error();
    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    (void)m_connection.takeError();
    std::int64_t cursor = 0;
    if (number > 0) {
        cursor = cursorOf(m_connection, tenant.id());
        std::optional<CommandOutcome> early;
        if (number <= cursor)
            early = earlierOutcome(m_connection, tenant.id(), number, commandId);
        else if (number > cursor + 1) {
            early = CommandOutcome{};
            early->gap = true;
        }
        if (auto error = m_connection.takeError())
            return *error;
        if (early) {
            early->cursor = cursor;
            return *early; // nothing written; the guard ends the transaction
        }
    }
    {
        Statement seen = m_connection.prepare("SELECT tenant_id, outcome, error_code, detail, first_seq, "
                                              "last_seq FROM inbox WHERE command_id = ?1");
        seen.bind(1, commandId);
        if (seen.next()) {
            CommandOutcome outcome;
            if (seen.text(0) != tenant.id()) {
                if (number == 0)
                    return makeError(
                        ErrorCode::ForeignTenant,
                        QT_TRANSLATE_NOOP("wh::Refusal", "Command %1 was already used by another tenant."),
                        {commandId});
                // In a numbered stream the refusal is the command's answer: the cursor moves on.
                outcome.errorCode = errorCodeName(ErrorCode::ForeignTenant);
                outcome.detail =
                    QStringLiteral("Command id %1 was already used by another tenant.").arg(commandId);
            } else {
                outcome.duplicate = true;
                outcome.applied = seen.text(1) == QLatin1String("applied");
                outcome.errorCode = seen.text(2);
                outcome.detail = seen.text(3);
                outcome.firstSeq = seen.int64(4);
                outcome.lastSeq = seen.int64(5);
            }
            if (number == 0)
                return outcome; // nothing written; the guard ends the transaction
            // The same command under a new number (the central service renumbered it): done already, so
            // only the cursor moves.
            if (auto status = advanceCursor(tenant.id(), number); !status)
                return status.error();
            if (auto status = transaction->commit(); !status)
                return status.error();
            outcome.cursor = number;
            return outcome;
        }
        if (auto error = m_connection.takeError())
            return *error;
    }
    if (auto status = m_log.loadHead(); !status)
        return status.error();
    CommandOutcome outcome;
    ActionReceipt receipt;
    bool refused = false;
    // A refusal in a later step takes back the earlier steps' events: only the answer is recorded.
    if (steps.size() > 1)
        if (auto status = m_connection.execScript("SAVEPOINT command_steps"); !status)
            return status.error();
    for (const StateHandler& step : steps) {
        auto result = runHandler(tenant, actor, step, std::move(receipt));
        if (result) {
            receipt = std::move(result).value();
            continue;
        }
        switch (result.error().code) {
        case ErrorCode::StorageFull:
        case ErrorCode::StorageReadOnly:
        case ErrorCode::StorageBusy:
        case ErrorCode::StorageCorrupt:
        case ErrorCode::StorageError:
            return result.error(); // not an answer to the command: it stays unapplied and can come again
        default:
            break;
        }
        if (steps.size() > 1 && receipt.lastSeq != 0) {
            if (auto status = m_connection.execScript("ROLLBACK TO command_steps"); !status)
                return status.error();
            if (auto status = m_log.loadHead(); !status)
                return status.error();
        }
        refused = true;
        outcome.errorCode = errorCodeName(result.error().code);
        outcome.detail = result.error().message;
        // Recorded with the refusal: a redelivery finds the same answer and writes nothing new.
        if (!result.error().answer.isEmpty()) {
            auto answered = appendEvents(tenant.id(), actor, result.error().answer, {});
            if (!answered)
                return answered.error();
            outcome.firstSeq = answered->firstSeq;
            outcome.lastSeq = answered->lastSeq;
        }
        break;
    }
    // Replenishment: as for every action, in the command's transaction.
    if (!refused) {
        auto replenished = replenishAfter(tenant, actor, std::move(receipt));
        if (!replenished)
            return replenished.error();
        receipt = std::move(replenished).value();
    }
    if (!refused) {
        outcome.applied = true;
        outcome.firstSeq = receipt.firstSeq;
        outcome.lastSeq = receipt.lastSeq;
    }
    Statement record =
        m_connection.prepare("INSERT INTO inbox (command_id, tenant_id, type, received_at, "
                             "outcome, error_code, detail, first_seq, "
                             "last_seq, number) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    record.bind(1, commandId).bind(2, tenant.id()).bind(3, type).bind(4, m_clock->now().toMSecsSinceEpoch());
    record.bind(5, outcome.applied ? QStringLiteral("applied") : QStringLiteral("refused"));
    record.bind(6, outcome.errorCode)
        .bind(7, outcome.detail)
        .bind(8, outcome.firstSeq)
        .bind(9, outcome.lastSeq)
        .bind(10, number);
    if (auto status = record.exec(); !status)
        return status.error();
    if (number > 0) {
        if (auto status = advanceCursor(tenant.id(), number); !status)
            return status.error();
        outcome.cursor = number;
    }
    if (auto status = transaction->commit(); !status)
        return status.error();
    return outcome;
}

Result<CommandOutcome> Store::deadLetter(const DeadLetter& letter)
{
    if (auto writable = checkWritable(); !writable)
        return writable.error();
    auto transaction = Transaction::begin(m_connection);
    if (!transaction)
        return transaction.error();
    (void)m_connection.takeError();
    CommandOutcome outcome;
    outcome.deadLetter = true;
    outcome.errorCode = letter.kind;
    outcome.detail = letter.reason;
    const std::int64_t cursor = cursorOf(m_connection, letter.tenantId);
    if (auto error = m_connection.takeError())
        return *error;
    outcome.cursor = cursor;
    if (letter.number > cursor + 1) {
        outcome.gap = true; // it comes again after the gap is filled
        return outcome;
    }
    Statement insert = m_connection.prepare(
        "INSERT INTO dead_letters (tenant_id, number, command_id, kind, reason, topic, message, received_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    insert.bind(1, letter.tenantId)
        .bind(2, letter.number)
        .bind(3, letter.commandId)
        .bind(4, letter.kind)
        .bind(5, letter.reason)
        .bind(6, letter.topic)
        .bindBlob(7, letter.message)
        .bind(8, m_clock->now().toMSecsSinceEpoch());
    if (auto status = insert.exec(); !status)
        return status.error();
    if (letter.number == cursor + 1) {
        if (auto status = advanceCursor(letter.tenantId, letter.number); !status)
            return status.error();
        outcome.cursor = letter.number;
    } else if (letter.number > 0) {
        outcome.duplicate = true;
    }
    if (auto status = transaction->commit(); !status)
        return status.error();
    return outcome;
}

Result<std::int64_t> Store::commandCursor(const QString& tenantId)
{
    return read([&] { return cursorOf(m_connection, tenantId); });
}

Result<QList<DeadLetter>> Store::deadLetters(int limit)
{
    return read([&] {
        QList<DeadLetter> letters;
        Statement s =
            m_connection.prepare("SELECT id, tenant_id, number, command_id, kind, reason, topic, "
                                 "message, received_at FROM dead_letters ORDER BY id DESC LIMIT ?1");
        s.bind(1, std::int64_t(limit));
        while (s.next())
            letters.append(DeadLetter{s.int64(0), s.text(1), s.int64(2), s.text(3), s.text(4), s.text(5),
                                      s.text(6), s.blob(7),
                                      QDateTime::fromMSecsSinceEpoch(s.int64(8), Qt::UTC)});
        return letters;
    });
}

Result<std::int64_t> Store::deadLetterCount()
{
    return read([&] {
        Statement s = m_connection.prepare("SELECT count(*) FROM dead_letters");
        return s.next() ? s.int64(0) : std::int64_t(0);
    });
}

Result<ActionReceipt> Store::defineSku(const TenantContext& t, const Actor& a, const Sku& sku)
{
    return run(t, a, Permission::MasterData, [&](Inventory& inv) { return inv.defineSku(sku); });
}

Result<ActionReceipt> Store::defineLocation(const TenantContext& t, const Actor& a, const Location& location)
{
    return run(t, a, Permission::MasterData, [&](Inventory& inv) { return inv.defineLocation(location); });
}

Result<ActionReceipt> Store::receive(const TenantContext& t, const Actor& a, const ReceiveStock& cmd)
{
    return run(t, a, Permission::Receive, [&](Inventory& inv) { return inv.receive(cmd); });
}

Result<ActionReceipt> Store::move(const TenantContext& t, const Actor& a, const MoveStock& cmd)
{
    return run(t, a, Permission::Move, [&](Inventory& inv) { return inv.move(cmd); });
}

Result<ActionReceipt> Store::adjust(const TenantContext& t, const Actor& a, const AdjustStock& cmd)
{
    return run(t, a, Permission::Adjust, [&](Inventory& inv) { return inv.adjust(cmd); });
}

Result<ActionReceipt> Store::reserve(const TenantContext& t, const Actor& a, const Order& order)
{
    return run(t, a, Permission::OrderCommands, [&](Inventory& inv) { return inv.reserve(order); });
}

Result<ActionReceipt> Store::release(const TenantContext& t, const Actor& a, const ReleaseReservation& cmd)
{
    return run(t, a, Permission::OrderCommands, [&](Inventory& inv) { return inv.release(cmd); });
}

Result<ActionReceipt> Store::pick(const TenantContext& t, const Actor& a, const PickLine& cmd)
{
    return run(t, a, Permission::Pick, [&](Inventory& inv) { return inv.pick(cmd); });
}

Result<ActionReceipt> Store::defineCartonType(const TenantContext& t, const Actor& a, const Carton& carton)
{
    return executeSteps(t, a, Permission::MasterData, {[&](SqlInventoryState& state) {
                            return Shipping(state, state, *m_clock).defineCartonType(carton);
                        }});
}

Result<ActionReceipt> Store::defineRateCard(const TenantContext& t, const Actor& a, const RateCard& card)
{
    return executeSteps(t, a, Permission::MasterData, {[&](SqlInventoryState& state) {
                            return Shipping(state, state, *m_clock).defineRateCard(card);
                        }});
}

Result<ActionReceipt> Store::addTrackingRange(const TenantContext& t, const Actor& a,
                                              const TrackingRange& range)
{
    return executeSteps(t, a, Permission::MasterData, {[&](SqlInventoryState& state) {
                            return Shipping(state, state, *m_clock).addTrackingRange(range);
                        }});
}

Result<ActionReceipt> Store::defineWarehouseProfile(const TenantContext& t, const Actor& a,
                                                    const WarehouseProfile& profile)
{
    return executeSteps(t, a, Permission::MasterData, {[&](SqlInventoryState& state) {
                            return Shipping(state, state, *m_clock).defineWarehouseProfile(profile);
                        }});
}

Result<CartonChoice> Store::suggestCarton(const TenantContext& t, const QString& orderId)
{
    auto choice = read([&] {
        SqlInventoryState state(m_connection, t);
        return Packing(state, state, state, *m_clock).suggestCarton(orderId);
    });
    if (!choice)
        return choice.error();
    return std::move(choice).value();
}

Result<ActionReceipt> Store::openCarton(const TenantContext& t, const Actor& a, const OpenCarton& cmd)
{
    return executeSteps(t, a, Permission::Pack, {[&](SqlInventoryState& state) {
                            // The next sequence number is unique on this appliance: carton ids never repeat.
                            return Packing(state, state, state, *m_clock)
                                .openCarton(cmd, QStringLiteral("C%1").arg(m_log.headSeq() + 1));
                        }});
}

Status Store::checkPackScan(const TenantContext& t, const PackScan& cmd)
{
    auto checked = read([&] {
        SqlInventoryState state(m_connection, t);
        return Packing(state, state, state, *m_clock).checkScan(cmd);
    });
    if (!checked)
        return checked.error();
    return *checked;
}

Result<ActionReceipt> Store::packItem(const TenantContext& t, const Actor& a, const PackScan& cmd)
{
    return executeSteps(t, a, Permission::Pack, {[&](SqlInventoryState& state) {
                            return Packing(state, state, state, *m_clock).pack(cmd);
                        }});
}

Result<ActionReceipt> Store::closeCarton(const TenantContext& t, const Actor& a, const CloseCarton& cmd)
{
    return executeSteps(t, a, Permission::Pack, {[&](SqlInventoryState& state) {
                            return Packing(state, state, state, *m_clock).close(cmd);
                        }});
}

Result<QList<PackCarton>> Store::packCartons(const TenantContext& t, const QString& orderId)
{
    return read([&] { return SqlInventoryState(m_connection, t).packCartons(orderId); });
}

Result<QList<PackedUnits>> Store::unpacked(const TenantContext& t, const QString& orderId)
{
    return read([&] {
        SqlInventoryState state(m_connection, t);
        return Packing(state, state, state, *m_clock).unpacked(orderId);
    });
}

Result<RateQuote> Store::quoteShipment(const TenantContext& t, const QString& orderId)
{
    auto quote = read([&] {
        SqlInventoryState state(m_connection, t);
        return Shipping(state, state, *m_clock).quote(orderId);
    });
    if (!quote)
        return quote.error();
    return std::move(quote).value();
}

Result<ActionReceipt> Store::createShipment(const TenantContext& t, const Actor& a, const CreateShipment& cmd)
{
    return executeSteps(t, a, Permission::Ship, {[&](SqlInventoryState& state) {
                            return Shipping(state, state, *m_clock)
                                .create(cmd, QStringLiteral("S%1").arg(m_log.headSeq() + 1));
                        }});
}

Result<ActionReceipt> Store::confirmShipment(const TenantContext& t, const Actor& a,
                                             const QString& shipmentId)
{
    return executeSteps(t, a, Permission::Ship, {[&](SqlInventoryState& state) {
                            return Shipping(state, state, *m_clock).confirm(shipmentId);
                        }});
}

Result<ActionReceipt> Store::reprintLabel(const TenantContext& t, const Actor& a, const QString& shipmentId,
                                          const QString& reason)
{
    return executeSteps(t, a, Permission::ReprintLabel, {[&](SqlInventoryState& state) {
                            return Shipping(state, state, *m_clock).reprintLabel(shipmentId, reason);
                        }});
}

Result<ShipmentRecord> Store::shipment(const TenantContext& t, const QString& shipmentId)
{
    return found(read([&] { return SqlInventoryState(m_connection, t).shipment(shipmentId); }),
                 ErrorCode::UnknownShipment,
                 Refusal{QT_TRANSLATE_NOOP("wh::Refusal", "There is no shipment %1."), {shipmentId}});
}

Result<ShipmentRecord> Store::shipmentForOrder(const TenantContext& t, const QString& orderId)
{
    return found(read([&] { return SqlInventoryState(m_connection, t).shipmentForOrder(orderId); }),
                 ErrorCode::UnknownShipment,
                 Refusal{QT_TRANSLATE_NOOP("wh::Refusal", "Order %1 has no shipment."), {orderId}});
}

Result<TrackingRange> Store::trackingRange(const TenantContext& t, const QString& rangeId)
{
    return found(read([&] { return SqlInventoryState(m_connection, t).trackingRange(rangeId); }),
                 ErrorCode::InvalidArgument,
                 Refusal{QT_TRANSLATE_NOOP("wh::Refusal", "There is no tracking range %1."), {rangeId}});
}

// Receiving and putaway.

Result<ActionReceipt> Store::registerAsn(const TenantContext& t, const Actor& a, const Asn& asn)
{
    return executeSteps(t, a, Permission::OrderCommands, {[&](SqlInventoryState& state) {
                            return Receiving(state, state, *m_clock).registerAsn(asn);
                        }});
}

Result<ActionReceipt> Store::openReceipt(const TenantContext& t, const Actor& a, const OpenReceipt& cmd)
{
    return executeSteps(t, a, Permission::Receive, {[&](SqlInventoryState& state) {
                            // The next sequence number is unique on this appliance: receipt ids never repeat.
                            return Receiving(state, state, *m_clock)
                                .openReceipt(cmd, QStringLiteral("RCV%1").arg(m_log.headSeq() + 1));
                        }});
}

Result<ActionReceipt> Store::scanReceipt(const TenantContext& t, const Actor& a, const ReceiptScan& cmd)
{
    return executeSteps(t, a, Permission::Receive, {[&](SqlInventoryState& state) {
                            return Receiving(state, state, *m_clock).scan(cmd);
                        }});
}

Result<ActionReceipt> Store::undoReceiptScan(const TenantContext& t, const Actor& a, const QString& receiptId)
{
    return executeSteps(t, a, Permission::Receive, {[&](SqlInventoryState& state) {
                            return Receiving(state, state, *m_clock).undoLastScan(receiptId);
                        }});
}

Result<ActionReceipt> Store::postReceipt(const TenantContext& t, const Actor& a, const QString& receiptId)
{
    return executeSteps(t, a, Permission::Receive, {[&](SqlInventoryState& state) {
                            return Receiving(state, state, *m_clock).post(receiptId);
                        }});
}

Result<AsnRecord> Store::asn(const TenantContext& t, const QString& asnId)
{
    return found(read([&] { return SqlInventoryState(m_connection, t).asn(asnId); }), ErrorCode::UnknownAsn,
                 Refusal{QT_TRANSLATE_NOOP("wh::Refusal", "There is no ASN %1 for this merchant."), {asnId}});
}

Result<Receipt> Store::receipt(const TenantContext& t, const QString& receiptId)
{
    auto result = read([&] {
        SqlInventoryState state(m_connection, t);
        return std::pair{state.receipt(receiptId), state.receiptOfOtherTenant(receiptId)};
    });
    if (!result)
        return result.error();
    if (result->first)
        return *result->first;
    if (result->second)
        return makeError(ErrorCode::ForeignTenant,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Receipt %1 belongs to another merchant."),
                         {receiptId});
    return makeError(ErrorCode::UnknownReceipt, QT_TRANSLATE_NOOP("wh::Refusal", "There is no receipt %1."),
                     {receiptId});
}

Result<QList<ReceiptItem>> Store::receiptItems(const TenantContext& t, const QString& receiptId)
{
    if (auto known = receipt(t, receiptId); !known)
        return known.error();
    return read([&] { return SqlInventoryState(m_connection, t).receiptItems(receiptId); });
}

Result<PutawaySuggestion> Store::suggestPutaway(const TenantContext& t, const PutawayQuery& query)
{
    auto suggestion = read([&] {
        SqlInventoryState state(m_connection, t);
        return Putaway(state, state, *m_clock).suggest(query);
    });
    if (!suggestion)
        return suggestion.error();
    return std::move(suggestion).value();
}

Result<ActionReceipt> Store::confirmPutaway(const TenantContext& t, const Actor& a, const ConfirmPutaway& cmd)
{
    return executeSteps(t, a, Permission::Move, {[&](SqlInventoryState& state) {
                            return Putaway(state, state, *m_clock).confirm(cmd);
                        }});
}

Result<ActionReceipt> Store::changeStatus(const TenantContext& t, const Actor& a, const QString& orderId,
                                          OrderStatus to)
{
    return run(t, a, Permission::OrderCommands,
               [&](Inventory& inv) { return inv.changeStatus(orderId, to); });
}

Result<ActionReceipt> Store::planPicking(const TenantContext& t, const Actor& a, const PlanPicking& cmd)
{
    return executeSteps(t, a, Permission::PlanPicking, {[&](SqlInventoryState& state) {
                            // The next sequence number is unique on this appliance: task ids never repeat.
                            Picking picking(state, state, *m_clock);
                            return picking.plan(cmd, QStringLiteral("T%1").arg(m_log.headSeq() + 1));
                        }});
}

Result<ActionReceipt> Store::confirmPick(const TenantContext& t, const Actor& a, const ConfirmPick& cmd)
{
    return executeSteps(t, a, Permission::Pick, {[&](SqlInventoryState& state) {
                            Picking picking(state, state, *m_clock);
                            return picking.confirm(cmd);
                        }});
}

Result<ActionReceipt> Store::reportShort(const TenantContext& t, const Actor& a, const ReportShort& cmd)
{
    return executeSteps(t, a, Permission::PickOverride, {[&](SqlInventoryState& state) {
                            Picking picking(state, state, *m_clock);
                            return picking.reportShort(cmd);
                        }});
}

Result<ActionReceipt> Store::cancelOrder(const TenantContext& t, const Actor& a, const QString& orderId,
                                         const QString& reason)
{
    return executeSteps(t, a, Permission::OrderCommands, cancelOrderSteps(orderId, reason));
}

QList<Store::StateHandler> Store::cancelOrderSteps(const QString& orderId, const QString& reason) const
{
    // One action: the cancellation, then the void of a label printed for parcels not yet handed over.
    return {[this, &orderId, &reason](SqlInventoryState& state) {
                return Picking(state, state, *m_clock).cancelOrder(orderId, reason);
            },
            [this, &orderId](SqlInventoryState& state) {
                return Shipping(state, state, *m_clock).voidForCancelledOrder(orderId);
            }};
}

Result<ActionReceipt> Store::skipPickLine(const TenantContext& t, const Actor& a, const SkipPickLine& cmd)
{
    return executeSteps(t, a, Permission::PickOverride, {[&](SqlInventoryState& state) {
                            return Picking(state, state, *m_clock).skipLine(cmd);
                        }});
}

Result<ActionReceipt> Store::cancelPickTask(const TenantContext& t, const Actor& a, const CancelPickTask& cmd)
{
    return executeSteps(t, a, Permission::PickOverride, {[&](SqlInventoryState& state) {
                            return Picking(state, state, *m_clock).cancelTask(cmd);
                        }});
}

Result<ActionReceipt> Store::putBack(const TenantContext& t, const Actor& a, const PutBack& cmd)
{
    return executeSteps(t, a, Permission::PutBack, {[&](SqlInventoryState& state) {
                            return Picking(state, state, *m_clock).putBack(cmd);
                        }});
}

Result<ActionReceipt> Store::modifyOrder(const TenantContext& t, const Actor& a, const ModifyOrder& cmd)
{
    return executeSteps(t, a, Permission::OrderCommands, {[&](SqlInventoryState& state) {
                            return Picking(state, state, *m_clock).modifyOrder(cmd);
                        }});
}

Result<PickTask> Store::pickTask(const TenantContext& t, const QString& taskId)
{
    return found(read([&] { return SqlInventoryState(m_connection, t).pickTask(taskId); }),
                 ErrorCode::UnknownTask,
                 Refusal{QT_TRANSLATE_NOOP("wh::Refusal", "There is no pick task %1."), {taskId}});
}

namespace {

QList<PickListRow> pickListRows(Statement& s)
{
    QList<PickListRow> rows;
    while (s.next()) {
        PickListRow row;
        row.taskId = s.text(0);
        row.strategy = pickStrategyFromName(s.text(1)).value_or(PickStrategy::Single);
        row.zone = s.text(2);
        row.waveId = s.text(3);
        row.status = pickTaskStatusFromName(s.text(4)).value_or(PickTaskStatus::Open);
        row.promisedDate =
            QDate::fromString(s.text(5), Qt::ISODate); // the far-future stand-in reads as a date
        row.orderCount = int(s.int64(6));
        row.openLines = int(s.int64(7));
        rows.append(row);
    }
    return rows;
}

} // namespace

Result<QList<PickListRow>> Store::pickList(const TenantContext& t, int offset, int limit)
{
    return read([&] {
        Statement s = m_connection.prepare(
            "SELECT task_id, strategy, zone, wave_id, status, promised, order_count, open_lines FROM "
            "pick_tasks "
            "WHERE tenant_id = ?1 AND status IN ('open', 'in_progress') ORDER BY promised, task_id "
            "LIMIT ?2 OFFSET ?3");
        s.bind(1, t.id()).bind(2, limit).bind(3, offset);
        return pickListRows(s);
    });
}

Result<QList<PickListRow>> Store::pickListAfter(const TenantContext& t, const PickListRow& after, int limit)
{
    return read([&] {
        // A row value against the partial index's (promised, task_id): a range seek, no rows skipped.
        Statement s = m_connection.prepare(
            "SELECT task_id, strategy, zone, wave_id, status, promised, order_count, open_lines FROM "
            "pick_tasks "
            "WHERE tenant_id = ?1 AND status IN ('open', 'in_progress') AND (promised, task_id) > (?2, ?3) "
            "ORDER BY promised, task_id LIMIT ?4");
        const QString promised = after.promisedDate.isValid() ? after.promisedDate.toString(Qt::ISODate)
                                                              : QStringLiteral("9999-12-31");
        s.bind(1, t.id()).bind(2, promised).bind(3, after.taskId).bind(4, limit);
        return pickListRows(s);
    });
}

Status Store::checkPickBin(const TenantContext& t, const QString& taskId, int seqNo, const QString& bin)
{
    auto task = pickTask(t, taskId);
    if (!task)
        return task.error();
    SqlInventoryState state(m_connection, t);
    return Picking(state, state, *m_clock).checkBin(*task, seqNo, bin);
}

Status Store::checkPickItem(const TenantContext& t, const QString& taskId, int seqNo, const ScannedItem& item)
{
    auto task = pickTask(t, taskId);
    if (!task)
        return task.error();
    auto checked = read([&] {
        SqlInventoryState state(m_connection, t);
        return Picking(state, state, *m_clock).checkItem(*task, seqNo, item);
    });
    if (!checked)
        return checked.error();
    return *checked;
}

Result<Sku> Store::sku(const TenantContext& t, const QString& code)
{
    return found(read([&] { return SqlInventoryState(m_connection, t).sku(code); }), ErrorCode::UnknownSku,
                 Refusal{QT_TRANSLATE_NOOP("wh::Refusal", "There is no SKU %1 for this merchant."), {code}});
}

Result<Sku> Store::skuByGtin(const TenantContext& t, const QString& gtin)
{
    return found(read([&] { return SqlInventoryState(m_connection, t).skuByGtin(gtin); }),
                 ErrorCode::UnknownSku,
                 Refusal{QT_TRANSLATE_NOOP("wh::Refusal", "No SKU of this merchant has GTIN %1."), {gtin}});
}

Result<Location> Store::location(const TenantContext& t, const QString& code)
{
    auto result = read([&] {
        SqlInventoryState state(m_connection, t);
        return std::pair{state.location(code), state.locationOfOtherTenant(code)};
    });
    if (!result)
        return result.error();
    if (result->first)
        return *result->first;
    if (result->second)
        return makeError(ErrorCode::ForeignTenant,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Location %1 belongs to another merchant."),
                         {code});
    return makeError(ErrorCode::UnknownLocation, QT_TRANSLATE_NOOP("wh::Refusal", "There is no location %1."),
                     {code});
}

Result<QList<StockRecord>> Store::stockForSku(const TenantContext& t, const QString& sku)
{
    return read([&] { return SqlInventoryState(m_connection, t).stockForSku(sku); });
}

Result<QList<StockRecord>> Store::stockInLocation(const TenantContext& t, const QString& location)
{
    return read([&] { return SqlInventoryState(m_connection, t).stockInLocation(location); });
}

Result<std::int64_t> Store::sellable(const TenantContext& t, const QString& sku)
{
    return read([&] { return SqlInventoryState(m_connection, t).sellable(sku, m_clock->today()); });
}

Result<Order> Store::order(const TenantContext& t, const QString& id)
{
    return found(read([&] { return SqlInventoryState(m_connection, t).order(id); }), ErrorCode::UnknownOrder,
                 Refusal{QT_TRANSLATE_NOOP("wh::Refusal", "There is no order %1 here."), {id}});
}

Result<Reservation> Store::reservation(const TenantContext& t, const QString& orderId)
{
    return found(read([&] { return SqlInventoryState(m_connection, t).reservation(orderId); }),
                 ErrorCode::UnknownOrder,
                 Refusal{QT_TRANSLATE_NOOP("wh::Refusal", "Order %1 has no reservation here."), {orderId}});
}

Result<bool> Store::lowStockFlagged(const TenantContext& t, const QString& sku)
{
    return read([&] { return SqlInventoryState(m_connection, t).lowStockFlagged(sku); });
}

Status Store::forEachEvent(std::int64_t fromSeq, const std::function<bool(const RecordedEvent&)>& visit)
{
    return m_log.forEach(fromSeq, visit);
}

Result<ChainReport> Store::verifyChain(const LogProgress& progress)
{
    return m_log.verify(progress);
}

Result<RebuildReport> Store::rebuildInto(const QString& path, const LogProgress& progress)
{
    if (QFileInfo::exists(path))
        return makeError(
            ErrorCode::AlreadyExists,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "%1 exists: a rebuild writes a new store and never overwrites one."),
            {path});
    RebuildReport report;
    std::int64_t total = 0;
    if (progress) {
        auto last = m_log.lastSeq();
        if (!last)
            return last.error();
        total = *last;
        progress(0, total);
    }
    {
        StoreOptions options;
        options.durability = StoreOptions::Durability::Normal;
        options.clock = m_clock;
        auto target = Store::open(path, options);
        if (!target)
            return target.error();
        Connection& out = (*target)->m_connection;
        auto transaction = Transaction::begin(out);
        if (!transaction)
            return transaction.error();
        EventLog log(out);
        Projector projector(out);
        Status failed;
        auto status = m_log.forEach(1, [&](const RecordedEvent& e) {
            failed = log.insertRecorded(e);
            if (failed)
                failed = projector.apply(e, e.payloadObject());
            ++report.eventsReplayed;
            if (progress && report.eventsReplayed % 4096 == 0)
                progress(report.eventsReplayed, total);
            return failed.ok();
        });
        if (!status)
            return status.error();
        if (!failed)
            return failed.error();
        if (auto committed = transaction->commit(); !committed)
            return committed.error();
        if (progress)
            progress(report.eventsReplayed, total);
    }
    {
        Statement attach = m_connection.prepare("ATTACH DATABASE ?1 AS rebuilt");
        attach.bind(1, path);
        if (auto status = attach.exec(); !status)
            return status.error();
    }
    for (const char* table : Migrations::projectionTables()) {
        const QString name = QLatin1String(table);
        auto countOf = [&](const QString& sql) -> std::int64_t {
            sqlite3_stmt* stmt = nullptr;
            std::int64_t n = -1;
            if (sqlite3_prepare_v2(m_connection.handle(), sql.toUtf8().constData(), -1, &stmt, nullptr) ==
                    SQLITE_OK &&
                sqlite3_step(stmt) == SQLITE_ROW)
                n = sqlite3_column_int64(stmt, 0);
            sqlite3_finalize(stmt);
            return n;
        };
        const std::int64_t onlyLive = countOf(
            QStringLiteral("SELECT count(*) FROM (SELECT * FROM main.%1 EXCEPT SELECT * FROM rebuilt.%1)")
                .arg(name));
        const std::int64_t onlyRebuilt = countOf(
            QStringLiteral("SELECT count(*) FROM (SELECT * FROM rebuilt.%1 EXCEPT SELECT * FROM main.%1)")
                .arg(name));
        if (onlyLive != 0 || onlyRebuilt != 0)
            report.differences.append(TableDifference{name, onlyLive, onlyRebuilt});
    }
    (void)m_connection.execScript("DETACH DATABASE rebuilt");
    return report;
}

Result<StoreCounts> Store::counts()
{
    StoreCounts c;
    c.events = m_connection.queryInt("SELECT coalesce(max(seq), 0) FROM events").value_or(0);
    c.outboxPending = m_connection.queryInt("SELECT count(*) FROM outbox").value_or(0);
    c.tenants = m_connection.queryInt("SELECT count(*) FROM tenants").value_or(0);
    c.stockRows = m_connection.queryInt("SELECT count(*) FROM stock").value_or(0);
    c.openOrders = m_connection
                       .queryInt("SELECT count(*) FROM orders WHERE status NOT IN ('Shipped', 'Delivered', "
                                 "'Cancelled', 'Returned')")
                       .value_or(0);
    Statement oldest = m_connection.prepare("SELECT min(enqueued_at) FROM outbox");
    if (oldest.next() && !oldest.isNull(0))
        c.oldestPending = QDateTime::fromMSecsSinceEpoch(oldest.int64(0), Qt::UTC);
    if (auto error = m_connection.takeError())
        return *error;
    return c;
}

Result<QList<TenantSummary>> Store::tenantSummaries()
{
    QList<TenantSummary> result;
    Statement s = m_connection.prepare(
        "SELECT t.tenant_id, t.name, "
        "(SELECT count(*) FROM stock s WHERE s.tenant_id = t.tenant_id), "
        "(SELECT coalesce(sum(on_hand), 0) FROM stock s WHERE s.tenant_id = t.tenant_id), "
        "(SELECT count(*) FROM orders o WHERE o.tenant_id = t.tenant_id AND o.status NOT IN ('Shipped', "
        "'Delivered', 'Cancelled', 'Returned')), "
        "(SELECT count(*) FROM low_stock l WHERE l.tenant_id = t.tenant_id AND l.flagged = 1) "
        "FROM tenants t ORDER BY t.tenant_id");
    while (s.next())
        result.append(
            TenantSummary{Tenant{s.text(0), s.text(1)}, s.int64(2), s.int64(3), s.int64(4), s.int64(5)});
    if (auto error = m_connection.takeError())
        return *error;
    return result;
}

} // namespace wh::db
