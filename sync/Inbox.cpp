#include "Inbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

namespace wh::sync {

using protocol::CommandType;
using protocol::DecodeError;

namespace {

// Reads a body field by field; the first problem is kept and named.
class BodyReader
{
public:
    explicit BodyReader(QJsonObject object, QString where = {})
        : m_object(std::move(object))
        , m_where(std::move(where))
    {}

    QString text(const char* name, bool required = true, int maxLength = 4096)
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (value.isUndefined() && !required)
            return {};
        if (!value.isString())
            return fail(name, QStringLiteral("must be text")), QString();
        if (required && value.toString().trimmed().isEmpty())
            return fail(name, QStringLiteral("must not be empty")), QString();
        if (value.toString().size() > maxLength)
            return fail(name, QStringLiteral("is longer than %1 characters").arg(maxLength)), QString();
        return value.toString();
    }

    // An integer JSON's doubles carry exactly; the rules judge its range.
    std::int64_t integer(const char* name, bool required = true, std::int64_t fallback = 0)
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (value.isUndefined() && !required)
            return fallback;
        constexpr double kExact = 9007199254740992.0; // 2^53
        const double d = value.toDouble();
        if (!value.isDouble() || !(d < kExact && d > -kExact) ||
            d != double(qint64(d))) // range before the cast
            return fail(name, QStringLiteral("must be a whole number")), 0;
        return std::int64_t(d);
    }

    bool boolean(const char* name, bool fallback)
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (value.isUndefined())
            return fallback;
        if (!value.isBool())
            return fail(name, QStringLiteral("must be true or false")), false;
        return value.toBool();
    }

    QJsonArray array(const char* name)
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (!value.isArray())
            return fail(name, QStringLiteral("must be a list")), QJsonArray();
        return value.toArray();
    }

    std::optional<QJsonObject> object(const char* name)
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isObject())
            return fail(name, QStringLiteral("must be an object")), std::nullopt;
        return value.toObject();
    }

    // A closed body: the first field not among `known` is named (the bodies' schemas are closed too).
    void only(std::initializer_list<const char*> known)
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            bool listed = false;
            for (const char* name : known)
                listed = listed || it.key() == QLatin1String(name);
            if (!listed) {
                if (m_problem.isEmpty())
                    m_problem = QStringLiteral("%1\"%2\" is not a field of this body").arg(m_where, it.key());
                return;
            }
        }
    }

    bool has(const char* name) const { return m_object.contains(QLatin1String(name)); }
    const QJsonObject& json() const { return m_object; }
    void take(const BodyReader& inner)
    {
        if (m_problem.isEmpty())
            m_problem = inner.m_problem;
    }
    void fail(const char* name, const QString& what)
    {
        if (m_problem.isEmpty())
            m_problem = QStringLiteral("%1\"%2\" %3").arg(m_where, QLatin1String(name), what);
    }
    bool ok() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

private:
    QJsonObject m_object;
    QString m_where;
    QString m_problem;
};

// Reads each object of the array `field` with `read`, given the item's own reader; the first item that is
// not an object or does not read stops it, with the reason on `reader`.
template <typename Read>
auto readEach(BodyReader& reader, const char* field, Read read)
{
    QList<decltype(read(std::declval<BodyReader&>()))> items;
    int index = 0;
    for (const QJsonValue& value : reader.array(field)) {
        ++index;
        if (!value.isObject()) {
            reader.fail(field, QStringLiteral("must hold objects (item %1 is not)").arg(index));
            break;
        }
        BodyReader item(value.toObject(), QStringLiteral("%1[%2].").arg(QLatin1String(field)).arg(index));
        auto parsed = read(item);
        reader.take(item);
        if (!reader.ok())
            break;
        items.append(parsed);
    }
    return items;
}

QList<OrderLine> readLines(BodyReader& reader)
{
    return readEach(reader, "lines", [](BodyReader& line) {
        OrderLine l;
        l.lineNo = int(line.integer("lineNo"));
        l.sku = line.text("sku", true, 64);
        l.quantity = line.integer("quantity");
        l.unitPrice = Money::fromMinor(line.integer("unitPriceMinor", false));
        return l;
    });
}

std::optional<Address> readAddress(BodyReader& reader)
{
    const auto json = reader.object("shipTo");
    if (!json)
        return std::nullopt;
    BodyReader address(*json, QStringLiteral("shipTo."));
    Address a;
    a.name = address.text("name", false, 200);
    for (const QJsonValue& line : address.has("lines") ? address.array("lines") : QJsonArray()) {
        if (!line.isString()) {
            address.fail("lines", QStringLiteral("must hold text"));
            break;
        }
        a.lines.append(line.toString());
    }
    a.city = address.text("city", false, 200);
    a.postcode = address.text("postcode", false, 32);
    a.country = address.text("country", false, 2);
    reader.take(address);
    return a;
}

} // namespace

std::variant<db::CommandBody, DecodeError> decodeCommandBody(CommandType type, const QByteArray& body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    BodyReader reader(json);
    db::CommandBody decoded;
    switch (type) {
    case CommandType::ReserveInventory: {
        Order order;
        order.id = reader.text("orderId", true, 64);
        const QString status = reader.text("status", false);
        order.status =
            status.isEmpty() ? OrderStatus::Paid : orderStatusFromName(status).value_or(OrderStatus::Draft);
        if (!status.isEmpty() && !orderStatusFromName(status))
            reader.fail("status", QStringLiteral("is not an order status"));
        order.service = reader.text("service", false, 32);
        const QString promised = reader.text("promisedDate", false, 10);
        order.promisedDate = QDate::fromString(promised, Qt::ISODate);
        if (!promised.isEmpty() && !order.promisedDate.isValid())
            reader.fail("promisedDate", QStringLiteral("is not a YYYY-MM-DD date"));
        order.allowPartial = reader.boolean("allowPartial", false);
        order.shipTo = readAddress(reader);
        order.lines = readLines(reader);
        decoded = order;
        break;
    }
    case CommandType::CancelOrder:
        decoded = db::CancelOrderRequest{reader.text("orderId", true, 64), reader.text("reason", false, 500)};
        break;
    case CommandType::ReleaseReservation:
        decoded = ReleaseReservation{reader.text("orderId", true, 64), reader.text("reason", false, 500)};
        break;
    case CommandType::ModifyOrder: {
        ModifyOrder modify;
        modify.orderId = reader.text("orderId", true, 64);
        modify.lines = readLines(reader);
        modify.reason = reader.text("reason", false, 500);
        decoded = modify;
        break;
    }
    case CommandType::DefineSku: {
        // Every field typed before the core's reader fills the SKU.
        reader.text("code", true, 64);
        reader.text("gtin", false, 14);
        reader.text("description", false, 500);
        reader.text("unit", false, 32);
        for (const char* number :
             {"weightGrams", "lengthMm", "widthMm", "heightMm", "lowStockThreshold", "reorderQuantity"})
            reader.integer(number, false);
        reader.boolean("lotTracked", false);
        Sku sku = Inventory::skuFromJson(json);
        if (!reader.has("unit"))
            sku.unit = QStringLiteral("each");
        decoded = sku;
        break;
    }
    case CommandType::DefineRateCard: {
        auto card = RateCard::fromJson(json);
        if (card)
            decoded = *card;
        else // the card reads as JSON but does not hold together: the rules' kind of refusal
            decoded = db::RefuseCommand{card.error().code, card.error().message};
        break;
    }
    case CommandType::CreateRma: {
        // Closed like its schema: a field the appliance does not know (a lot, say) is the sender's mistake,
        // never dropped in silence.
        reader.only({"rmaId", "orderId", "reason", "lines"});
        ReturnAuthorization rma;
        rma.rmaId = reader.text("rmaId", true, 64);
        rma.orderId = reader.text("orderId", true, 64);
        rma.reason = reader.text("reason", true, Returns::kMaxReasonLength);
        rma.lines = readEach(reader, "lines", [](BodyReader& line) {
            line.only({"sku", "quantity"});
            RmaLine l;
            l.sku = line.text("sku", true, 64);
            l.quantity = line.integer("quantity");
            return l;
        });
        decoded = rma;
        break;
    }
    case CommandType::AdvanceShippingNotice: {
        // Receiving: the shape is read here (a bad one is dead-lettered); the rules judge the rest.
        auto asn = Receiving::parseAsn(json);
        if (!asn)
            return DecodeError{
                DecodeError::Kind::Malformed,
                QStringLiteral("%1 body: %2").arg(protocol::commandTypeName(type), asn.error().message),
                0,
                {}};
        decoded = std::move(asn).value();
        break;
    }
    }
    if (!reader.ok())
        return DecodeError{
            DecodeError::Kind::Malformed,
            QStringLiteral("%1 body: %2").arg(protocol::commandTypeName(type), reader.problem()),
            0,
            {}};
    return decoded;
}

Inbox::Inbox(db::Store& store, QString warehouse, Actor actor)
    : m_store(store)
    , m_warehouse(std::move(warehouse))
    , m_actor(std::move(actor))
{}

Result<InboxResult> Inbox::handle(const QString& topic, const QByteArray& message)
{
    const auto parts = protocol::parseTopic(topic);
    if (!parts || parts->channel != protocol::Channel::Commands || parts->warehouse != m_warehouse)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 is not one of this appliance's command topics.").arg(topic));
    auto decoded = protocol::decodeCommand(message, *parts);
    if (auto* error = std::get_if<DecodeError>(&decoded))
        return deadLetter(parts->tenant, topic, message, *error, protocol::decodeErrorKindName(error->kind));
    const protocol::Command& command = std::get<protocol::Command>(decoded);

    auto tenant = m_store.tenant(parts->tenant);
    if (!tenant) {
        if (tenant.error().code != ErrorCode::UnknownTenant)
            return tenant.error();
        DecodeError unknown{DecodeError::Kind::WrongTenant,
                            QStringLiteral("this appliance serves no tenant %1").arg(parts->tenant),
                            command.number, command.id};
        return deadLetter(parts->tenant, topic, message, unknown, QStringLiteral("unknown_tenant"));
    }
    auto body = decodeCommandBody(command.type, command.body);
    if (auto* error = std::get_if<DecodeError>(&body)) {
        DecodeError located = *error;
        located.number = command.number;
        located.id = command.id;
        return deadLetter(parts->tenant, topic, message, located, protocol::decodeErrorKindName(error->kind));
    }
    db::NumberedCommand numbered{command.number, command.id, protocol::commandTypeName(command.type),
                                 std::get<db::CommandBody>(std::move(body))};
    auto outcome = m_store.applyCommand(*tenant, m_actor, numbered);
    if (!outcome)
        return outcome.error();
    InboxResult result;
    result.tenant = parts->tenant;
    result.cursor = outcome->cursor;
    result.gap = outcome->gap;
    result.result.number = command.number;
    result.result.id = command.id;
    result.result.code = outcome->errorCode;
    result.result.message = outcome->detail;
    result.result.firstSeq = outcome->firstSeq;
    result.result.lastSeq = outcome->lastSeq;
    using Kind = protocol::CommandOutcomeKind;
    result.result.outcome = outcome->duplicate ? Kind::Duplicate
                            : outcome->applied ? Kind::Applied
                                               : Kind::Refused;
    return result;
}

Result<InboxResult> Inbox::deadLetter(const QString& tenant, const QString& topic, const QByteArray& message,
                                      const DecodeError& error, const QString& kind)
{
    db::DeadLetter letter;
    letter.tenantId = tenant;
    letter.number = error.number;
    letter.commandId = error.id;
    letter.kind = kind;
    letter.reason = error.message;
    letter.topic = topic;
    letter.message = message.left(64 * 1024); // enough to see what it was; a huge message is not kept whole
    auto outcome = m_store.deadLetter(letter);
    if (!outcome)
        return outcome.error();
    InboxResult result;
    result.tenant = tenant;
    result.cursor = outcome->cursor;
    result.gap = outcome->gap;
    result.result.number = error.number;
    result.result.id = error.id;
    result.result.outcome = outcome->duplicate ? protocol::CommandOutcomeKind::Duplicate
                                               : protocol::CommandOutcomeKind::DeadLetter;
    result.result.code = kind;
    result.result.message = error.message;
    return result;
}

} // namespace wh::sync
