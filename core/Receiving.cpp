#include "Receiving.h"

#include "EnumNames.h"
#include "Gtin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace wh {

namespace {

constexpr EnumNames<ReceiptStatus, 2> kReceiptStatuses{{{
    {ReceiptStatus::Open, "open"},
    {ReceiptStatus::Posted, "posted"},
}}};

constexpr EnumNames<AsnStatus, 2> kAsnStatuses{{{
    {AsnStatus::Open, "open"},
    {AsnStatus::Closed, "closed"},
}}};

const QString kItem = QStringLiteral("item");
const QString kPallet = QStringLiteral("pallet");
const QString kUnknown = QStringLiteral("unknown");

DomainEvent event(const QString& type, const QString& aggregateType, const QString& aggregateId,
                  QJsonObject payload)
{
    return DomainEvent{type, aggregateType, aggregateId, std::move(payload)};
}

bool validCode(const QString& code)
{
    if (code.isEmpty() || code.size() > 64)
        return false;
    return std::all_of(code.begin(), code.end(), [](QChar c) { return c.isPrint() && !c.isSpace(); });
}

QJsonObject itemToJson(const ReceiptItem& item)
{
    return QJsonObject{{QStringLiteral("sku"), item.sku},
                       {QStringLiteral("code"), item.code},
                       {QStringLiteral("gtin"), item.gtin},
                       {QStringLiteral("lot"), item.lot},
                       {QStringLiteral("expiry"), Inventory::dateText(item.expiry)},
                       {QStringLiteral("serial"), item.serial},
                       {QStringLiteral("quantity"), static_cast<qint64>(item.quantity)}};
}

// Reads one JSON object field by field for parseAsn; the first problem is kept, named by its path.
class FieldReader
{
public:
    FieldReader(const QJsonObject& object, QString path, QString* problem)
        : m_object(object)
        , m_path(std::move(path))
        , m_problem(problem)
    {}

    void allowOnly(std::initializer_list<const char*> names)
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it)
            if (std::none_of(names.begin(), names.end(),
                             [&](const char* name) { return it.key() == QLatin1String(name); }))
                fail(QStringLiteral("%1\"%2\" is not a field of an ASN%3")
                         .arg(m_path, it.key(), m_path.isEmpty() ? QString() : QStringLiteral(" line")));
    }

    QString text(const char* name, bool required, int maxLength)
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (value.isUndefined()) {
            if (required)
                fail(QStringLiteral("%1\"%2\" is missing").arg(m_path, QLatin1String(name)));
            return {};
        }
        if (!value.isString())
            return fail(QStringLiteral("%1\"%2\" must be text").arg(m_path, QLatin1String(name))), QString();
        const QString text = value.toString();
        if (required && text.trimmed().isEmpty())
            return fail(QStringLiteral("%1\"%2\" must not be empty").arg(m_path, QLatin1String(name))),
                   QString();
        if (text.size() > maxLength)
            return fail(QStringLiteral("%1\"%2\" is longer than %3 characters")
                            .arg(m_path, QLatin1String(name))
                            .arg(maxLength)),
                   QString();
        return text;
    }

    QDate date(const char* name, bool required)
    {
        const QString text = this->text(name, required, 10);
        if (text.isEmpty())
            return {};
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid() || text.size() != 10)
            fail(QStringLiteral("%1\"%2\" is not a YYYY-MM-DD date").arg(m_path, QLatin1String(name)));
        return date;
    }

    // A whole number a JSON double carries exactly; its range is the rules' to judge.
    std::int64_t integer(const char* name)
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (value.isUndefined())
            return fail(QStringLiteral("%1\"%2\" is missing").arg(m_path, QLatin1String(name))), 0;
        constexpr double kExact = 9007199254740992.0; // 2^53
        const double d = value.toDouble();
        if (!value.isDouble() || !(d < kExact && d > -kExact) || d != double(qint64(d)))
            return fail(QStringLiteral("%1\"%2\" must be a whole number").arg(m_path, QLatin1String(name))),
                   0;
        return std::int64_t(d);
    }

    QJsonArray array(const char* name)
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (!value.isArray())
            return fail(QStringLiteral("%1\"%2\" must be a list").arg(m_path, QLatin1String(name))),
                   QJsonArray();
        return value.toArray();
    }

    void fail(const QString& what)
    {
        if (m_problem->isEmpty())
            *m_problem = what;
    }

private:
    const QJsonObject& m_object;
    QString m_path;
    QString* m_problem;
};

} // namespace

QString Receiving::receiptStatusName(ReceiptStatus status)
{
    return kReceiptStatuses.name(status);
}

QString Receiving::asnStatusName(AsnStatus status)
{
    return kAsnStatuses.name(status);
}

bool Receiving::gs1CheckDigitValid(const QString& digits)
{
    return Gtin::checkDigitValid(digits);
}

bool Receiving::validSscc(const QString& sscc)
{
    return sscc.size() == 18 && gs1CheckDigitValid(sscc);
}

QJsonObject Receiving::asnToJson(const Asn& asn)
{
    QJsonArray lines;
    for (const AsnLine& line : asn.lines) {
        QJsonObject json{{QStringLiteral("sku"), line.sku},
                         {QStringLiteral("quantity"), static_cast<qint64>(line.quantity)}};
        // Only what the line has, as the central service sends it.
        if (!line.lot.isEmpty())
            json.insert(QStringLiteral("lot"), line.lot);
        if (line.expiry.isValid())
            json.insert(QStringLiteral("expiry"), Inventory::dateText(line.expiry));
        if (!line.sscc.isEmpty())
            json.insert(QStringLiteral("sscc"), line.sscc);
        lines.append(json);
    }
    return QJsonObject{{QStringLiteral("asnId"), asn.id},
                       {QStringLiteral("supplier"), asn.supplier},
                       {QStringLiteral("expectedDate"), Inventory::dateText(asn.expectedDate)},
                       {QStringLiteral("lines"), lines}};
}

Result<Asn> Receiving::parseAsn(const QJsonObject& json)
{
    QString problem;
    FieldReader reader(json, {}, &problem);
    reader.allowOnly({"asnId", "supplier", "expectedDate", "lines"});
    Asn asn;
    asn.id = reader.text("asnId", true, 64);
    asn.supplier = reader.text("supplier", true, 200);
    asn.expectedDate = reader.date("expectedDate", true);
    const QJsonArray lines = reader.array("lines");
    for (qsizetype i = 0; i < lines.size() && problem.isEmpty(); ++i) {
        const QString path = QStringLiteral("lines[%1].").arg(i + 1);
        if (!lines[i].isObject()) {
            reader.fail(QStringLiteral("lines[%1] must be an object").arg(i + 1));
            break;
        }
        const QJsonObject object = lines[i].toObject();
        FieldReader line(object, path, &problem);
        line.allowOnly({"sku", "quantity", "lot", "expiry", "sscc"});
        AsnLine l;
        l.lineNo = int(i + 1);
        l.sku = line.text("sku", true, 64);
        l.quantity = line.integer("quantity");
        l.lot = line.text("lot", false, 64);
        l.expiry = line.date("expiry", false);
        l.sscc = line.text("sscc", false, 64);
        asn.lines.append(l);
    }
    if (!problem.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QT_TRANSLATE_NOOP("wh::Refusal", "ASN: %1."), {problem});
    return asn;
}

Result<Asn> Receiving::parseAsnDocument(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "ASN: not JSON (%1 at byte %2)."),
                         {error.errorString(), QString::number(error.offset)});
    if (!document.isObject())
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "ASN: the file must hold one JSON object."));
    return parseAsn(document.object());
}

Result<EventList> Receiving::registerAsn(const Asn& asn)
{
    if (!validCode(asn.id))
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "\"%1\" is not a valid ASN id (1-64 printable characters, no spaces)."),
            {asn.id});
    if (asn.supplier.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "ASN %1 names no supplier."), {asn.id});
    if (!asn.expectedDate.isValid())
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "ASN %1 has no expected delivery date."), {asn.id});
    if (m_receiving.asn(asn.id))
        return makeError(ErrorCode::AlreadyExists,
                         QT_TRANSLATE_NOOP("wh::Refusal", "ASN %1 is already registered here."), {asn.id});
    if (asn.lines.isEmpty())
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal", "ASN %1 lists nothing: it needs at least one line."), {asn.id});
    QMap<QString, int> seen; // sku, lot and pallet -> the line that announced them first
    for (const AsnLine& line : asn.lines) {
        const RefusalArg where = refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", "Line %1 of ASN %2"),
                                              {QString::number(line.lineNo), asn.id});
        if (line.quantity <= 0)
            return makeError(ErrorCode::NegativeQuantity,
                             QT_TRANSLATE_NOOP("wh::Refusal", "%1: the quantity must be at least 1, not %2."),
                             {where, QString::number(line.quantity)});
        if (line.quantity > Inventory::kMaxUnitsPerAction)
            return makeError(
                ErrorCode::InvalidArgument,
                QT_TRANSLATE_NOOP("wh::Refusal",
                                  "%1: %2 units is not plausible (at most %3); check the quantity."),
                {where, QString::number(line.quantity), QString::number(Inventory::kMaxUnitsPerAction)});
        const std::optional<Sku> sku = m_state.sku(line.sku);
        if (!sku)
            return makeError(ErrorCode::UnknownSku,
                             QT_TRANSLATE_NOOP("wh::Refusal", "%1: there is no SKU %2 for this merchant."),
                             {where, line.sku});
        if (!line.lot.isEmpty() && !sku->lotTracked)
            return makeError(
                ErrorCode::InvalidArgument,
                QT_TRANSLATE_NOOP("wh::Refusal", "%1: SKU %2 is not lot-tracked, but lot %3 was given."),
                {where, line.sku, line.lot});
        if (!line.lot.isEmpty() && !validCode(line.lot))
            return makeError(ErrorCode::InvalidArgument,
                             QT_TRANSLATE_NOOP("wh::Refusal", "%1: \"%2\" is not a valid lot code."),
                             {where, line.lot});
        if (!line.sscc.isEmpty()) {
            if (!validSscc(line.sscc))
                return makeError(
                    ErrorCode::InvalidArgument,
                    QT_TRANSLATE_NOOP("wh::Refusal",
                                      "%1: %2 is not an SSCC (18 digits with a valid check digit)."),
                    {where, line.sscc});
            if (auto other = m_receiving.openAsnOfPallet(line.sscc))
                return makeError(
                    ErrorCode::AlreadyExists,
                    QT_TRANSLATE_NOOP("wh::Refusal", "%1: pallet %2 is already announced on ASN %3."),
                    {where, line.sscc, *other});
        }
        const QString key = line.sku + QChar(0x1f) + line.lot + QChar(0x1f) + line.sscc;
        if (seen.contains(key))
            return makeError(
                ErrorCode::InvalidArgument,
                QT_TRANSLATE_NOOP("wh::Refusal",
                                  "Lines %1 and %2 of ASN %3 both announce %4%5%6: send them as one "
                                  "line."),
                {QString::number(seen.value(key)), QString::number(line.lineNo), asn.id, line.sku,
                 Inventory::lotWords(line.lot),
                 line.sscc.isEmpty()
                     ? RefusalArg()
                     : refusalWords(QT_TRANSLATE_NOOP("wh::Refusal", " on pallet %1"), {line.sscc})});
        seen.insert(key, line.lineNo);
    }
    return EventList{event(EventType::AsnRegistered, QStringLiteral("asn"), asn.id, asnToJson(asn))};
}

Result<EventList> Receiving::openReceipt(const OpenReceipt& cmd, const QString& receiptId)
{
    const std::optional<Location> where = m_state.location(cmd.location);
    if (!where) {
        if (m_state.locationOfOtherTenant(cmd.location))
            return makeError(ErrorCode::ForeignTenant,
                             QT_TRANSLATE_NOOP("wh::Refusal", "Location %1 belongs to another merchant."),
                             {cmd.location});
        return makeError(ErrorCode::UnknownLocation,
                         QT_TRANSLATE_NOOP("wh::Refusal", "There is no location %1."), {cmd.location});
    }
    if (where->type != LocationType::Receiving)
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Receipts are opened at a receiving location; %1 is a %2 location."),
            {cmd.location, locationTypeName(where->type)});
    if (!cmd.asnId.isEmpty()) {
        const std::optional<AsnRecord> asn = m_receiving.asn(cmd.asnId);
        if (!asn)
            return makeError(ErrorCode::UnknownAsn,
                             QT_TRANSLATE_NOOP("wh::Refusal", "There is no ASN %1 for this merchant."),
                             {cmd.asnId});
        if (asn->status == AsnStatus::Closed)
            return makeError(
                ErrorCode::AsnClosed,
                QT_TRANSLATE_NOOP("wh::Refusal",
                                  "ASN %1 was received on receipt %2 and is closed; what did not come "
                                  "was reported. A later delivery comes with a new ASN, or is "
                                  "received blind."),
                {cmd.asnId, asn->receiptId});
        if (!asn->receiptId.isEmpty())
            return makeError(ErrorCode::AlreadyExists,
                             QT_TRANSLATE_NOOP("wh::Refusal",
                                               "ASN %1 is being received on receipt %2: continue that one."),
                             {cmd.asnId, asn->receiptId});
    }
    return EventList{event(EventType::ReceiptOpened, QStringLiteral("receipt"), receiptId,
                           {{QStringLiteral("receiptId"), receiptId},
                            {QStringLiteral("location"), cmd.location},
                            {QStringLiteral("asnId"), cmd.asnId}})};
}

Result<Receipt> Receiving::openReceiptOf(const QString& receiptId) const
{
    const std::optional<Receipt> receipt = m_receiving.receipt(receiptId);
    if (!receipt) {
        if (m_receiving.receiptOfOtherTenant(receiptId))
            return makeError(ErrorCode::ForeignTenant,
                             QT_TRANSLATE_NOOP("wh::Refusal", "Receipt %1 belongs to another merchant."),
                             {receiptId});
        return makeError(ErrorCode::UnknownReceipt,
                         QT_TRANSLATE_NOOP("wh::Refusal", "There is no receipt %1."), {receiptId});
    }
    if (receipt->status != ReceiptStatus::Open)
        return makeError(
            ErrorCode::ReceiptNotOpen,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Receipt %1 is posted: nothing more goes into it. Open a new receipt."),
            {receiptId});
    return *receipt;
}

Result<QDate> Receiving::expiryFor(const Receipt& receipt, const Sku& sku, const QString& lot, QDate scanned,
                                   const ReceivedSoFar& soFar) const
{
    if (soFar.quantity > 0) {
        if (!scanned.isValid() || scanned == soFar.expiry)
            return soFar.expiry;
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "%1%2 on this receipt expires %3; this one says %4. One lot has one "
                              "expiry date: check the label, or receive it on another receipt."),
            {sku.code, Inventory::lotWords(lot), Inventory::expiryWords(soFar.expiry),
             Inventory::dateText(scanned)});
    }
    if (const auto there = m_state.stock({sku.code, receipt.location, lot});
        there && there->level.onHand > 0) {
        if (!scanned.isValid() || scanned == there->expiry)
            return there->expiry;
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "%1%2 in %3 expires %4; this one says %5. One lot has one expiry date "
                              "in a location: receive it at another receiving location."),
            {sku.code, Inventory::lotWords(lot), receipt.location, Inventory::expiryWords(there->expiry),
             Inventory::dateText(scanned)});
    }
    if (scanned.isValid() || receipt.asnId.isEmpty())
        return scanned;
    if (const auto asn = m_receiving.asn(receipt.asnId))
        for (const AsnLine& line : asn->asn.lines)
            if (line.sku == sku.code && line.lot == lot && line.expiry.isValid())
                return line.expiry;
    return scanned;
}

Result<EventList> Receiving::scan(const ReceiptScan& cmd)
{
    auto receipt = openReceiptOf(cmd.receiptId);
    if (!receipt)
        return receipt.error();
    const int scanNo = receipt->lastScanNo + 1;
    if (!cmd.sscc.isEmpty()) {
        if (!cmd.code.isEmpty() || !cmd.lot.isEmpty() || cmd.expiry.isValid() || !cmd.serial.isEmpty())
            return makeError(
                ErrorCode::InvalidArgument,
                QT_TRANSLATE_NOOP("wh::Refusal",
                                  "A pallet scan (SSCC) receives the pallet as its ASN lists it; scan "
                                  "items on their own."));
        return scanPallet(*receipt, cmd, scanNo);
    }
    if (cmd.code.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Scan a pallet label (SSCC) or an item."));
    return scanItem(*receipt, cmd, scanNo);
}

Result<EventList> Receiving::scanPallet(const Receipt& receipt, const ReceiptScan& cmd, int scanNo)
{
    if (receipt.asnId.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal",
                                           "Receipt %1 is not against an ASN, so pallet %2 has no announced "
                                           "contents: scan its items one by one."),
                         {receipt.id, cmd.sscc});
    if (!validSscc(cmd.sscc))
        return makeError(ErrorCode::UnreadableScan,
                         QT_TRANSLATE_NOOP("wh::Refusal",
                                           "%1 is not an SSCC (18 digits with a valid check digit): scan the "
                                           "pallet label again."),
                         {cmd.sscc});
    const std::optional<AsnRecord> asn = m_receiving.asn(receipt.asnId);
    QList<AsnLine> lines;
    if (asn)
        for (const AsnLine& line : asn->asn.lines)
            if (line.sscc == cmd.sscc)
                lines.append(line);
    if (lines.isEmpty())
        return makeError(
            ErrorCode::UnknownPallet,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Pallet %1 is not on ASN %2: break it down and scan its items one by "
                              "one."),
            {cmd.sscc, receipt.asnId});
    if (const int earlier = m_receiving.palletScan(receipt.id, cmd.sscc); earlier > 0)
        return makeError(
            ErrorCode::AlreadyExists,
            QT_TRANSLATE_NOOP("wh::Refusal", "Pallet %1 was received on this receipt already (scan %2)."),
            {cmd.sscc, QString::number(earlier)});
    QJsonArray items;
    for (const AsnLine& line : std::as_const(lines)) {
        const std::optional<Sku> sku = m_state.sku(line.sku);
        if (!sku)
            return makeError(ErrorCode::UnknownSku,
                             QT_TRANSLATE_NOOP("wh::Refusal",
                                               "Pallet %1 holds SKU %2, which this merchant no longer has."),
                             {cmd.sscc, line.sku});
        if (sku->lotTracked && line.lot.isEmpty())
            return makeError(
                ErrorCode::InvalidArgument,
                QT_TRANSLATE_NOOP("wh::Refusal",
                                  "Pallet %1 holds lot-tracked %2 without a lot on the ASN: scan its "
                                  "items one by one, with their lot."),
                {cmd.sscc, line.sku});
        const ReceivedSoFar soFar = m_receiving.receivedSoFar(receipt.id, line.sku, line.lot);
        if (soFar.quantity + line.quantity > Inventory::kMaxUnitsPerAction)
            return makeError(
                ErrorCode::InvalidArgument,
                QT_TRANSLATE_NOOP("wh::Refusal",
                                  "%1 units of %2 on one receipt is not plausible (at most %3)."),
                {QString::number(soFar.quantity + line.quantity), line.sku,
                 QString::number(Inventory::kMaxUnitsPerAction)});
        auto expiry = expiryFor(receipt, *sku, line.lot, line.expiry, soFar);
        if (!expiry)
            return expiry.error();
        ReceiptItem item;
        item.sku = line.sku;
        item.code = line.sku;
        item.gtin = sku->gtin;
        item.lot = line.lot;
        item.expiry = *expiry;
        item.quantity = line.quantity;
        items.append(itemToJson(item));
    }
    return EventList{event(EventType::ReceiptScanned, QStringLiteral("receipt"), receipt.id,
                           {{QStringLiteral("receiptId"), receipt.id},
                            {QStringLiteral("scanNo"), scanNo},
                            {QStringLiteral("kind"), kPallet},
                            {QStringLiteral("sscc"), cmd.sscc},
                            {QStringLiteral("items"), items}})};
}

Result<EventList> Receiving::scanItem(const Receipt& receipt, const ReceiptScan& cmd, int scanNo)
{
    if (!validCode(cmd.code))
        return makeError(
            ErrorCode::UnreadableScan,
            QT_TRANSLATE_NOOP("wh::Refusal", "\"%1\" is not a code the appliance can read: scan it again."),
            {cmd.code});
    if (cmd.quantity <= 0)
        return makeError(ErrorCode::NegativeQuantity,
                         QT_TRANSLATE_NOOP("wh::Refusal", "A scan stands for at least 1 unit, not %1."),
                         {QString::number(cmd.quantity)});
    if (cmd.quantity > Inventory::kMaxUnitsPerAction)
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "%1 units in one action is not plausible (at most %2); check the quantity."),
            {QString::number(cmd.quantity), QString::number(Inventory::kMaxUnitsPerAction)});
    if (!cmd.lot.isEmpty() && !validCode(cmd.lot))
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Lot \"%1\" is not a valid lot code."), {cmd.lot});
    if (!cmd.serial.isEmpty()) {
        if (!validCode(cmd.serial))
            return makeError(ErrorCode::InvalidArgument,
                             QT_TRANSLATE_NOOP("wh::Refusal", "Serial \"%1\" is not a valid serial number."),
                             {cmd.serial});
        if (cmd.quantity != 1)
            return makeError(
                ErrorCode::InvalidArgument,
                QT_TRANSLATE_NOOP("wh::Refusal",
                                  "A serial number names one unit: scan each unit on its own (%1 "
                                  "given)."),
                {QString::number(cmd.quantity)});
    }
    std::optional<Sku> sku = m_state.sku(cmd.code);
    for (const QString& form : Gtin::forms(cmd.code)) {
        if (sku)
            break;
        sku = m_receiving.skuWithGtin(form);
    }
    ReceiptItem item;
    item.code = cmd.code;
    item.serial = cmd.serial;
    item.quantity = cmd.quantity;
    QString kind = kItem;
    if (!sku) {
        // Not this merchant's item (or not yet defined): recorded so nothing arrives unseen, never stock.
        kind = kUnknown;
        item.gtin = Gtin::forms(cmd.code).isEmpty() ? QString() : cmd.code;
        item.lot = cmd.lot;
        item.expiry = cmd.expiry;
    } else {
        item.sku = sku->code;
        item.gtin = sku->gtin;
        if (sku->lotTracked && cmd.lot.isEmpty())
            return makeError(
                ErrorCode::InvalidArgument,
                QT_TRANSLATE_NOOP("wh::Refusal",
                                  "%1 is lot-tracked: scan the code with its lot, or enter the lot."),
                {sku->code});
        // A supplier's label may carry a batch the merchant does not track: it is not kept.
        item.lot = sku->lotTracked ? cmd.lot : QString();
        if (!cmd.serial.isEmpty())
            if (auto earlier = m_receiving.serialReceipt(sku->code, cmd.serial))
                return makeError(
                    ErrorCode::DuplicateSerial,
                    QT_TRANSLATE_NOOP("wh::Refusal",
                                      "Serial %1 of %2 was received already (receipt %3): a serial "
                                      "number is one unit. Check the label."),
                    {cmd.serial, sku->code, *earlier});
        const ReceivedSoFar soFar = m_receiving.receivedSoFar(receipt.id, sku->code, item.lot);
        if (soFar.quantity + cmd.quantity > Inventory::kMaxUnitsPerAction)
            return makeError(
                ErrorCode::InvalidArgument,
                QT_TRANSLATE_NOOP("wh::Refusal",
                                  "%1 units of %2 on one receipt is not plausible (at most %3)."),
                {QString::number(soFar.quantity + cmd.quantity), sku->code,
                 QString::number(Inventory::kMaxUnitsPerAction)});
        auto expiry = expiryFor(receipt, *sku, item.lot, cmd.expiry, soFar);
        if (!expiry)
            return expiry.error();
        item.expiry = *expiry;
    }
    return EventList{event(EventType::ReceiptScanned, QStringLiteral("receipt"), receipt.id,
                           {{QStringLiteral("receiptId"), receipt.id},
                            {QStringLiteral("scanNo"), scanNo},
                            {QStringLiteral("kind"), kind},
                            {QStringLiteral("sscc"), QString()},
                            {QStringLiteral("items"), QJsonArray{itemToJson(item)}}})};
}

Result<EventList> Receiving::undoLastScan(const QString& receiptId)
{
    auto receipt = openReceiptOf(receiptId);
    if (!receipt)
        return receipt.error();
    const QList<ReceiptItem> last = m_receiving.lastScan(receiptId);
    if (last.isEmpty())
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal", "Nothing is scanned on receipt %1: there is nothing to undo."),
            {receiptId});
    const ReceiptItem& first = last.first();
    std::int64_t units = 0;
    for (const ReceiptItem& item : last)
        units += item.quantity;
    return EventList{event(EventType::ReceiptScanUndone, QStringLiteral("receipt"), receiptId,
                           {{QStringLiteral("receiptId"), receiptId},
                            {QStringLiteral("scanNo"), first.scanNo},
                            {QStringLiteral("kind"), first.kind},
                            {QStringLiteral("sscc"), first.sscc},
                            {QStringLiteral("code"), first.kind == kPallet ? QString() : first.code},
                            {QStringLiteral("quantity"), static_cast<qint64>(units)}})};
}

Result<EventList> Receiving::post(const QString& receiptId)
{
    auto receipt = openReceiptOf(receiptId);
    if (!receipt)
        return receipt.error();
    std::optional<AsnRecord> asn;
    if (!receipt->asnId.isEmpty())
        asn = m_receiving.asn(receipt->asnId);
    const QList<ReceiptItem> items = m_receiving.receiptItems(receiptId);
    if (items.isEmpty() && !asn)
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal",
                              "Nothing is scanned on receipt %1: scan what arrived before posting."),
            {receiptId});

    // One line per SKU and lot: what the ASN announced and what arrived. Ordered, so a posting's bytes are
    // the same however the scans came.
    struct Line
    {
        QString gtin;
        QDate expiry;
        QStringList serials;
        std::int64_t expected = 0;
        std::int64_t received = 0;
    };
    using Key = std::pair<QString, QString>; // sku, lot
    std::map<Key, Line> lines;
    std::map<QString, std::pair<std::int64_t, std::int64_t>> perSku; // expected, received
    std::map<QString, std::int64_t> unknown;                         // code -> units
    if (asn)
        for (const AsnLine& a : asn->asn.lines) {
            Line& line = lines[{a.sku, a.lot}];
            line.expected += a.quantity;
            if (!line.expiry.isValid())
                line.expiry = a.expiry;
            perSku[a.sku].first += a.quantity;
        }
    for (const ReceiptItem& item : items) {
        if (item.sku.isEmpty()) {
            unknown[item.code] += item.quantity;
            continue;
        }
        Line& line = lines[{item.sku, item.lot}];
        line.received += item.quantity;
        line.expiry = item.expiry; // what arrived wins over what was announced
        if (!item.serial.isEmpty())
            line.serials.append(item.serial);
        perSku[item.sku].second += item.quantity;
    }

    EventList events;
    Inventory inventory(m_state, m_clock);
    QJsonArray lineJson;
    for (auto& [key, line] : lines) {
        const std::optional<Sku> sku = m_state.sku(key.first);
        line.gtin = sku ? sku->gtin : QString();
        if (line.received > 0) {
            auto received = inventory.receive(
                ReceiveStock{key.first, receipt->location, key.second, line.expiry, line.received});
            if (!received)
                return received.error();
            for (DomainEvent e : *received) {
                if (e.type == EventType::StockReceived)
                    e.payload.insert(QStringLiteral("receiptId"), receiptId);
                events.append(e);
            }
        }
        std::sort(line.serials.begin(), line.serials.end());
        lineJson.append(QJsonObject{{QStringLiteral("sku"), key.first},
                                    {QStringLiteral("gtin"), line.gtin},
                                    {QStringLiteral("lot"), key.second},
                                    {QStringLiteral("expiry"), Inventory::dateText(line.expiry)},
                                    {QStringLiteral("serials"), QJsonArray::fromStringList(line.serials)},
                                    {QStringLiteral("expected"), static_cast<qint64>(line.expected)},
                                    {QStringLiteral("received"), static_cast<qint64>(line.received)}});
    }
    QJsonArray discrepancies;
    if (asn)
        for (const auto& [sku, counts] : perSku) {
            const auto [expected, received] = counts;
            if (received != expected)
                discrepancies.append(QJsonObject{
                    {QStringLiteral("kind"),
                     received > expected ? QStringLiteral("over") : QStringLiteral("under")},
                    {QStringLiteral("sku"), sku},
                    {QStringLiteral("quantity"), static_cast<qint64>(std::abs(received - expected))}});
        }
    for (const auto& [code, units] : unknown)
        discrepancies.append(QJsonObject{{QStringLiteral("kind"), kUnknown},
                                         {QStringLiteral("code"), code},
                                         {QStringLiteral("quantity"), static_cast<qint64>(units)}});
    events.append(event(EventType::ReceiptPosted, QStringLiteral("receipt"), receiptId,
                        {{QStringLiteral("receiptId"), receiptId},
                         {QStringLiteral("asnId"), receipt->asnId},
                         {QStringLiteral("location"), receipt->location},
                         {QStringLiteral("lines"), lineJson},
                         {QStringLiteral("discrepancies"), discrepancies}}));
    return events;
}

} // namespace wh
