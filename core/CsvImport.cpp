#include "CsvImport.h"

#include "EnumNames.h"
#include "Gtin.h"

#include <QHash>
#include <QStringDecoder>

#include <algorithm>

namespace wh {

namespace {

constexpr EnumNames<ImportKind, 3> kKindNames{{{
    {ImportKind::Skus, "skus"},
    {ImportKind::Bins, "bins"},
    {ImportKind::Stock, "stock"},
}}};

QString n(std::int64_t value)
{
    return QString::number(value);
}

bool validCode(const QString& code)
{
    if (code.isEmpty() || code.size() > 64)
        return false;
    return std::all_of(code.begin(), code.end(), [](QChar c) { return c.isPrint() && !c.isSpace(); });
}

// One record's fields by column name, with typed reads that note what is wrong with the field.
class Fields
{
public:
    Fields(const QStringList& header, const CsvRecord& record, QList<ImportRowError>& errors)
        : m_header(header)
        , m_record(record)
        , m_errors(errors)
    {}

    bool has(const QString& column) const { return m_header.contains(column); }
    QString text(const QString& column) const
    {
        const qsizetype i = m_header.indexOf(column);
        return i < 0 ? QString() : m_record.fields.value(i);
    }
    void error(const QString& column, const QString& reason)
    {
        m_errors.append(ImportRowError{m_record.line, column, reason});
        m_ok = false;
    }
    bool ok() const { return m_ok; }

    QString required(const QString& column)
    {
        const QString value = text(column);
        if (value.isEmpty())
            error(column, QStringLiteral("is empty; it is required"));
        return value;
    }
    QString code(const QString& column, bool required)
    {
        const QString value = text(column);
        if (value.isEmpty()) {
            if (required)
                error(column, QStringLiteral("is empty; it is required"));
        } else if (!validCode(value)) {
            error(column, QStringLiteral("\"%1\" is not a valid code (1-64 printable characters, no spaces)")
                              .arg(value));
        }
        return value;
    }
    // A whole number from `min` up to `max`; `fallback` when the field is empty.
    std::int64_t number(const QString& column, std::int64_t fallback, std::int64_t min, std::int64_t max)
    {
        const QString value = text(column);
        if (value.isEmpty())
            return fallback;
        bool parsed = false;
        const qlonglong result = value.toLongLong(&parsed);
        if (!parsed) {
            error(column, QStringLiteral("\"%1\" is not a whole number").arg(value));
            return fallback;
        }
        if (result < min || result > max) {
            error(column, min == 0 && result < 0
                              ? QStringLiteral("%1 is negative").arg(value)
                              : QStringLiteral("%1 is outside %2 to %3").arg(value, n(min), n(max)));
            return fallback;
        }
        return result;
    }
    bool flag(const QString& column)
    {
        const QString value = text(column).toLower();
        if (value.isEmpty() || value == QLatin1String("false") || value == QLatin1String("no") ||
            value == QLatin1String("0"))
            return false;
        if (value == QLatin1String("true") || value == QLatin1String("yes") || value == QLatin1String("1"))
            return true;
        error(column, QStringLiteral("\"%1\" is not yes or no (true/false, yes/no, 1/0)").arg(text(column)));
        return false;
    }
    QDate date(const QString& column)
    {
        const QString value = text(column);
        if (value.isEmpty())
            return {};
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!date.isValid() || value.size() != 10)
            error(column, QStringLiteral("\"%1\" is not a date as YYYY-MM-DD").arg(value));
        return date;
    }

private:
    const QStringList& m_header;
    const CsvRecord& m_record;
    QList<ImportRowError>& m_errors;
    bool m_ok = true;
};

constexpr std::int64_t kMaxMeasure = 100'000'000; // grams, millimetres, cm3: far above any real item or bin

// Which column a refusal of the Inventory rules is about, so the row's error names it.
QString fieldOf(ImportKind kind, const Error& error)
{
    const QString& m = error.message;
    switch (kind) {
    case ImportKind::Skus:
        if (m.contains(QLatin1String("lot tracking")))
            return QStringLiteral("lot_tracked");
        if (m.contains(QLatin1String("GTIN")))
            return QStringLiteral("gtin");
        return error.code == ErrorCode::InvalidArgument ? QStringLiteral("code") : QString();
    case ImportKind::Bins:
        if (error.code == ErrorCode::ForeignTenant)
            return QStringLiteral("code");
        if (error.code == ErrorCode::UnknownSku || m.contains(QLatin1String("replenish")) ||
            m.contains(QLatin1String("pick face")))
            return QStringLiteral("replenish_sku");
        if (m.contains(QLatin1String("minimum")))
            return QStringLiteral("max_quantity");
        return QString();
    case ImportKind::Stock:
        if (error.code == ErrorCode::UnknownSku)
            return QStringLiteral("sku");
        if (error.code == ErrorCode::UnknownLocation || error.code == ErrorCode::ForeignTenant ||
            m.contains(QLatin1String("cannot be received")))
            return QStringLiteral("location");
        if (m.contains(QLatin1String("expires")))
            return QStringLiteral("expiry");
        if (m.contains(QLatin1String("lot")) || m.contains(QLatin1String("Lot")))
            return QStringLiteral("lot");
        if (error.code == ErrorCode::NegativeQuantity || m.contains(QLatin1String("plausible")))
            return QStringLiteral("quantity");
        return QString();
    }
    return QString();
}

// The reason as a file's report words it: the rule's sentence without its closing full stop.
QString reasonOf(const Error& error)
{
    QString reason = error.message;
    if (reason.endsWith(QLatin1Char('.')))
        reason.chop(1);
    return reason;
}

} // namespace

QString importKindName(ImportKind kind)
{
    return kKindNames.name(kind);
}

std::optional<ImportKind> importKindFromName(const QString& name)
{
    return kKindNames.value(name);
}

QString ImportRowError::toString() const
{
    if (field.isEmpty())
        return QStringLiteral("line %1: %2").arg(n(line), reason);
    return QStringLiteral("line %1, %2: %3").arg(n(line), field, reason);
}

CsvTable CsvReader::read(const QByteArray& input)
{
    CsvTable table;
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);

    // Decoded one physical line at a time ('\n' is never part of a UTF-8 sequence), so a line that is not
    // UTF-8 is an error of that line alone.
    QString text;
    text.reserve(bytes.size());
    QList<int> badLines;
    int lineNo = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString line = decoder(QByteArrayView(bytes).sliced(start, end - start));
        if (decoder.hasError())
            badLines.append(lineNo);
        text += line;
        if (end < bytes.size())
            text += QLatin1Char('\n');
        start = end + 1;
        ++lineNo;
    }

    QList<CsvRecord> records;
    QList<ImportRowError> errors;
    const qsizetype size = text.size();
    qsizetype i = 0;
    int line = 1;
    while (i < size) {
        CsvRecord record;
        record.line = line;
        QString reason;
        bool endOfRecord = false;
        bool blank = true;
        while (!endOfRecord) {
            QString field;
            bool quoted = false;
            // Leading spaces of an unquoted field, or before an opening quote.
            qsizetype j = i;
            while (j < size && text[j] == QLatin1Char(' '))
                ++j;
            if (j < size && text[j] == QLatin1Char('"')) {
                quoted = true;
                blank = false;
                i = j + 1;
                bool closed = false;
                while (i < size) {
                    const QChar c = text[i];
                    if (c == QLatin1Char('"')) {
                        if (i + 1 < size && text[i + 1] == QLatin1Char('"')) {
                            field += QLatin1Char('"');
                            i += 2;
                            continue;
                        }
                        closed = true;
                        ++i;
                        break;
                    }
                    if (c == QLatin1Char('\n'))
                        ++line;
                    field += c;
                    ++i;
                }
                if (!closed) {
                    reason = QStringLiteral("a quoted field is never closed (a \" is missing)");
                    i = size;
                    endOfRecord = true;
                    break;
                }
                // Only spaces may follow the closing quote before the comma or the line end.
                while (i < size && text[i] == QLatin1Char(' '))
                    ++i;
                if (i < size && text[i] != QLatin1Char(',') && text[i] != QLatin1Char('\n') &&
                    text[i] != QLatin1Char('\r') && reason.isEmpty())
                    reason = QStringLiteral("text follows a closing quote (write a quote inside a quoted "
                                            "field as \"\")");
            } else {
                while (i < size && text[i] != QLatin1Char(',') && text[i] != QLatin1Char('\n')) {
                    if (text[i] == QLatin1Char('"') && reason.isEmpty())
                        reason = QStringLiteral("a quote inside an unquoted field (quote the whole field and "
                                                "double the quote)");
                    field += text[i];
                    ++i;
                }
            }
            // Skip to the field's end: garbage after a closing quote is reported above.
            while (i < size && text[i] != QLatin1Char(',') && text[i] != QLatin1Char('\n'))
                ++i;
            if (!quoted) {
                if (field.endsWith(QLatin1Char('\r')))
                    field.chop(1);
                field = field.trimmed();
                if (!field.isEmpty())
                    blank = false;
            }
            record.fields.append(field);
            if (i >= size) {
                endOfRecord = true;
            } else if (text[i] == QLatin1Char(',')) {
                blank = false;
                ++i;
                if (i >= size) {
                    record.fields.append(QString());
                    endOfRecord = true;
                }
            } else { // '\n'
                ++i;
                ++line;
                endOfRecord = true;
            }
        }
        const int lastLine = (i > 0 && text[i - 1] == QLatin1Char('\n')) ? line - 1 : line;
        if (std::any_of(badLines.cbegin(), badLines.cend(),
                        [&](int bad) { return bad >= record.line && bad <= lastLine; })) {
            errors.append(ImportRowError{record.line, QString(),
                                         QStringLiteral("is not UTF-8 text (save the file as CSV UTF-8)")});
            continue;
        }
        if (!reason.isEmpty()) {
            errors.append(ImportRowError{record.line, QString(), reason});
            continue;
        }
        if (blank)
            continue; // an empty line (the last line end of a file makes none)
        records.append(record);
    }

    if (!records.isEmpty() && records.first().line == 1) {
        table.header = records.takeFirst().fields;
    } else if (!records.isEmpty() || !errors.isEmpty()) {
        // The first line is blank or unreadable: the data has no header to be read by.
        if (errors.isEmpty() || errors.first().line != 1)
            errors.prepend(
                ImportRowError{1, QString(), QStringLiteral("the first line must name the columns")});
    }
    table.records = records;
    table.errors = errors;
    return table;
}

QStringList CsvImport::requiredColumns(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Skus:
        return {QStringLiteral("code")};
    case ImportKind::Bins:
        return {QStringLiteral("code"), QStringLiteral("type")};
    case ImportKind::Stock:
        return {QStringLiteral("sku"), QStringLiteral("location"), QStringLiteral("quantity")};
    }
    return {};
}

QStringList CsvImport::columns(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Skus:
        return {QStringLiteral("code"),
                QStringLiteral("gtin"),
                QStringLiteral("description"),
                QStringLiteral("unit"),
                QStringLiteral("weight_g"),
                QStringLiteral("length_mm"),
                QStringLiteral("width_mm"),
                QStringLiteral("height_mm"),
                QStringLiteral("low_stock_threshold"),
                QStringLiteral("reorder_quantity"),
                QStringLiteral("lot_tracked"),
                QStringLiteral("unit_cost_minor")};
    case ImportKind::Bins:
        return {QStringLiteral("code"),           QStringLiteral("type"),
                QStringLiteral("zone"),           QStringLiteral("pick_sequence"),
                QStringLiteral("max_volume_cm3"), QStringLiteral("max_weight_g"),
                QStringLiteral("replenish_sku"),  QStringLiteral("min_quantity"),
                QStringLiteral("max_quantity")};
    case ImportKind::Stock:
        return {QStringLiteral("sku"), QStringLiteral("location"), QStringLiteral("quantity"),
                QStringLiteral("lot"), QStringLiteral("expiry")};
    }
    return {};
}

std::optional<ImportRecord> CsvImport::readRow(ImportKind kind, const QStringList& header,
                                               const CsvRecord& record, QList<ImportRowError>& errors) const
{
    if (record.fields.size() != header.size()) {
        errors.append(ImportRowError{record.line, QString(),
                                     QStringLiteral("has %1 fields; the header names %2 columns")
                                         .arg(n(record.fields.size()), n(header.size()))});
        return std::nullopt;
    }
    Fields f(header, record, errors);
    switch (kind) {
    case ImportKind::Skus: {
        Sku sku;
        sku.code = f.code(QStringLiteral("code"), true);
        sku.gtin = f.text(QStringLiteral("gtin"));
        if (!sku.gtin.isEmpty() && !Gtin::valid(sku.gtin))
            f.error(QStringLiteral("gtin"),
                    QStringLiteral("\"%1\" is not a valid GTIN-8/12/13/14 (check digit)").arg(sku.gtin));
        sku.description = f.text(QStringLiteral("description"));
        if (!f.text(QStringLiteral("unit")).isEmpty())
            sku.unit = f.text(QStringLiteral("unit"));
        sku.weightGrams = int(f.number(QStringLiteral("weight_g"), 0, 0, kMaxMeasure));
        sku.lengthMm = int(f.number(QStringLiteral("length_mm"), 0, 0, kMaxMeasure));
        sku.widthMm = int(f.number(QStringLiteral("width_mm"), 0, 0, kMaxMeasure));
        sku.heightMm = int(f.number(QStringLiteral("height_mm"), 0, 0, kMaxMeasure));
        sku.lowStockThreshold = int(f.number(QStringLiteral("low_stock_threshold"), kDefaultLowStockThreshold,
                                             0, Inventory::kMaxUnitsPerAction));
        sku.reorderQuantity =
            int(f.number(QStringLiteral("reorder_quantity"), 0, 0, Inventory::kMaxUnitsPerAction));
        sku.lotTracked = f.flag(QStringLiteral("lot_tracked"));
        sku.unitCostMinor = f.number(QStringLiteral("unit_cost_minor"), 0, 0, 1'000'000'000'000);
        if (!f.ok())
            return std::nullopt;
        return sku;
    }
    case ImportKind::Bins: {
        Location l;
        l.code = f.code(QStringLiteral("code"), true);
        const QString type = f.required(QStringLiteral("type"));
        if (auto parsed = locationTypeFromName(type.toLower()))
            l.type = *parsed;
        else if (!type.isEmpty())
            f.error(
                QStringLiteral("type"),
                QStringLiteral("\"%1\" is not a location type (receiving, bulk, pick, packing, shipping or "
                               "quarantine)")
                    .arg(type));
        l.zone = f.text(QStringLiteral("zone"));
        l.pickSequence = int(f.number(QStringLiteral("pick_sequence"), 0, 0, 1'000'000'000));
        l.maxVolumeCm3 = f.number(QStringLiteral("max_volume_cm3"), 0, 0, kMaxMeasure * 1000);
        l.maxWeightGrams = f.number(QStringLiteral("max_weight_g"), 0, 0, kMaxMeasure * 1000);
        l.replenishSku = f.code(QStringLiteral("replenish_sku"), false);
        l.minQuantity = f.number(QStringLiteral("min_quantity"), 0, 0, Inventory::kMaxUnitsPerAction);
        l.maxQuantity = f.number(QStringLiteral("max_quantity"), 0, 0, Inventory::kMaxUnitsPerAction);
        if (f.ok() && !l.replenishSku.isEmpty()) {
            if (l.type != LocationType::Pick)
                f.error(
                    QStringLiteral("replenish_sku"),
                    QStringLiteral("only a pick face is replenished; this bin is %1").arg(type.toLower()));
            else if (l.maxQuantity <= l.minQuantity)
                f.error(QStringLiteral("max_quantity"),
                        QStringLiteral("must be above min_quantity (%1 and %2 given)")
                            .arg(n(l.minQuantity), n(l.maxQuantity)));
        } else if (f.ok() && (l.minQuantity != 0 || l.maxQuantity != 0)) {
            f.error(QStringLiteral("replenish_sku"),
                    QStringLiteral("is empty, yet min_quantity or max_quantity is set"));
        }
        if (!f.ok())
            return std::nullopt;
        return l;
    }
    case ImportKind::Stock: {
        ImportStockRow row;
        row.sku = f.code(QStringLiteral("sku"), true);
        row.location = f.code(QStringLiteral("location"), true);
        const QString quantity = f.required(QStringLiteral("quantity"));
        if (!quantity.isEmpty()) {
            row.quantity = f.number(QStringLiteral("quantity"), 0, 0, Inventory::kMaxUnitsPerAction);
            if (f.ok() && row.quantity == 0)
                f.error(QStringLiteral("quantity"), QStringLiteral("is 0; opening stock is at least 1"));
        }
        row.lot = f.code(QStringLiteral("lot"), false);
        row.expiry = f.date(QStringLiteral("expiry"));
        if (!f.ok())
            return std::nullopt;
        return row;
    }
    }
    return std::nullopt;
}

void CsvImport::checkAgainstState(const ImportRow& row, QList<ImportRowError>& errors) const
{
    // The action's own rules on the state before the import: what they refuse, the store would refuse.
    Inventory inventory(m_state, m_clock);
    const Result<EventList> result = apply(inventory, row.record);
    if (result)
        return;
    const ImportKind kind = std::holds_alternative<Sku>(row.record)        ? ImportKind::Skus
                            : std::holds_alternative<Location>(row.record) ? ImportKind::Bins
                                                                           : ImportKind::Stock;
    errors.append(ImportRowError{row.line, fieldOf(kind, result.error()), reasonOf(result.error())});
}

Result<EventList> CsvImport::apply(Inventory& inventory, const ImportRecord& record) const
{
    if (const auto* sku = std::get_if<Sku>(&record))
        return inventory.defineSku(*sku);
    if (const auto* location = std::get_if<Location>(&record))
        return inventory.defineLocation(*location);
    const auto& stock = std::get<ImportStockRow>(record);
    return inventory.receive(
        ReceiveStock{stock.sku, stock.location, stock.lot, stock.expiry, stock.quantity});
}

ImportPlan CsvImport::plan(ImportKind kind, const QByteArray& bytes) const
{
    ImportPlan plan;
    plan.kind = kind;
    const auto fileError = [&](const QString& field, const QString& reason) {
        plan.errors.append(ImportRowError{1, field, reason});
        plan.fileError = true;
    };
    if (bytes.size() > CsvReader::kMaxBytes) {
        fileError(QString(), QStringLiteral("the file is larger than %1 MB; split it")
                                 .arg(n(CsvReader::kMaxBytes / (1024 * 1024))));
        return plan;
    }
    CsvTable table = CsvReader::read(bytes);
    plan.dataRows = int(table.records.size());
    for (const ImportRowError& e : std::as_const(table.errors))
        if (e.line > 1)
            ++plan.dataRows; // an unreadable row is still a row of the file
    if (table.header.isEmpty()) {
        fileError(QString(), table.errors.isEmpty()
                                 ? QStringLiteral("the file is empty: it needs a header line "
                                                  "naming the columns")
                                 : table.errors.first().reason);
        return plan;
    }
    if (!table.errors.isEmpty() && table.errors.first().line == 1) {
        fileError(QString(), table.errors.first().reason);
        return plan;
    }
    // The header: known columns, each once, the required ones present.
    const QStringList known = columns(kind);
    QStringList header;
    for (const QString& name : std::as_const(table.header))
        header.append(name.trimmed().toLower());
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (!known.contains(header[i]))
            fileError(table.header[i], QStringLiteral("is not a column of a %1 file (the columns are %2)")
                                           .arg(importKindName(kind), known.join(QStringLiteral(", "))));
        else if (header.indexOf(header[i]) != i)
            fileError(table.header[i], QStringLiteral("is named twice"));
    }
    for (const QString& column : requiredColumns(kind))
        if (!header.contains(column))
            fileError(column,
                      QStringLiteral("is missing; a %1 file needs the columns %2")
                          .arg(importKindName(kind), requiredColumns(kind).join(QStringLiteral(", "))));
    if (plan.fileError)
        return plan;
    if (plan.dataRows > kMaxRows) {
        fileError(QString(), QStringLiteral("the file has %1 rows; at most %2 are imported at once: split it")
                                 .arg(n(plan.dataRows), n(kMaxRows)));
        return plan;
    }

    QList<ImportRowError> errors = table.errors;
    QHash<QString, int> firstLine; // a code (or stock key) to the line that has it first
    for (const CsvRecord& record : std::as_const(table.records)) {
        auto read = readRow(kind, header, record, errors);
        if (!read)
            continue;
        ImportRow row{record.line, *read};
        QString key;
        QString keyField;
        if (const auto* sku = std::get_if<Sku>(&row.record)) {
            key = sku->code;
            keyField = QStringLiteral("code");
        } else if (const auto* location = std::get_if<Location>(&row.record)) {
            key = location->code;
            keyField = QStringLiteral("code");
        } else {
            const auto& stock = std::get<ImportStockRow>(row.record);
            key = stock.sku + QChar(0x1f) + stock.location + QChar(0x1f) + stock.lot;
            keyField = QStringLiteral("sku");
        }
        if (const auto it = firstLine.constFind(key); it != firstLine.cend()) {
            errors.append(ImportRowError{
                record.line, keyField,
                kind == ImportKind::Stock
                    ? QStringLiteral("the same SKU, location and lot are on line %1 already").arg(n(*it))
                    : QStringLiteral("%1 is on line %2 already").arg(key, n(*it))});
            continue;
        }
        firstLine.insert(key, record.line);
        const qsizetype before = errors.size();
        checkAgainstState(row, errors);
        if (errors.size() == before)
            plan.good.append(row);
    }
    std::stable_sort(errors.begin(), errors.end(),
                     [](const ImportRowError& a, const ImportRowError& b) { return a.line < b.line; });
    plan.errors = errors;
    return plan;
}

} // namespace wh
