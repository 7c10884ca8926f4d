#include "LabelTemplate.h"

#include "Gs1.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace wh::devices {

namespace {

// ---------------------------------------------------------------------------------------------------------
// What each kind of data offers. Paths use [] for "any index" and "alias." for the repeated entry.

struct DataKind
{
    const char* name;
    QStringList fields;
    QString repeat; // the list a template of this kind may repeat over
    QString alias;
};

QStringList addressFields(const QString& prefix)
{
    QStringList out;
    for (const char* field : {"name", "lines", "lines[]", "city", "postcode", "country"})
        out.append(prefix + QLatin1Char('.') + QLatin1String(field));
    return out;
}

const QList<DataKind>& dataKinds()
{
    static const QList<DataKind> kinds = [] {
        QList<DataKind> list;
        QStringList shipment{QStringLiteral("shipmentId"),    QStringLiteral("orderId"),
                             QStringLiteral("carrier"),       QStringLiteral("service"),
                             QStringLiteral("level"),         QStringLiteral("trackingNumber"),
                             QStringLiteral("departureDate"), QStringLiteral("expectedDelivery"),
                             QStringLiteral("promisedDate"),  QStringLiteral("costMinor")};
        shipment += addressFields(QStringLiteral("shipFrom"));
        shipment += addressFields(QStringLiteral("shipTo"));
        for (const char* field : {"cartonId", "cartonType", "trackingNumber", "rangeId", "serial",
                                  "weightGrams", "lengthMm", "widthMm", "heightMm"}) {
            shipment.append(QStringLiteral("packages[].") + QLatin1String(field));
            shipment.append(QStringLiteral("package.") + QLatin1String(field));
        }
        shipment += {QStringLiteral("package.number"), QStringLiteral("package.count")};
        list.append({"ShipmentCreated", shipment, QStringLiteral("packages"), QStringLiteral("package")});

        QStringList logistic{QStringLiteral("sscc"),       QStringLiteral("contentGtin"),
                             QStringLiteral("count"),      QStringLiteral("lot"),
                             QStringLiteral("bestBefore"), QStringLiteral("description"),
                             QStringLiteral("orderId")};
        logistic += addressFields(QStringLiteral("shipFrom"));
        logistic += addressFields(QStringLiteral("shipTo"));
        list.append({"Gs1Logistic", logistic, {}, {}});
        list.append({"Bin",
                     {QStringLiteral("location"), QStringLiteral("zone"), QStringLiteral("description")},
                     {},
                     {}});
        list.append({"Product",
                     {QStringLiteral("sku"), QStringLiteral("description"), QStringLiteral("gtin"),
                      QStringLiteral("unit")},
                     {},
                     {}});
        return list;
    }();
    return kinds;
}

const DataKind* findKind(const QString& name)
{
    for (const DataKind& kind : dataKinds())
        if (name == QLatin1String(kind.name))
            return &kind;
    return nullptr;
}

const QStringList kFormats{QStringLiteral("lines"), QStringLiteral("kg"), QStringLiteral("upper"),
                           QStringLiteral("gtin14")};

// ---------------------------------------------------------------------------------------------------------
// Placeholders: {path}, {path?} (empty when missing), {path|format}, {path|format?}; {{ and }} are braces.

struct Placeholder
{
    QString path;
    QString format;
    bool optional = false;
};

using Piece = std::variant<QString, Placeholder>;

Result<QList<Piece>> splitPattern(const QString& pattern)
{
    QList<Piece> pieces;
    QString literal;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == u'{' && i + 1 < pattern.size() && pattern[i + 1] == u'{') {
            literal += c;
            ++i;
        } else if (c == u'}' && i + 1 < pattern.size() && pattern[i + 1] == u'}') {
            literal += c;
            ++i;
        } else if (c == u'{') {
            const qsizetype end = pattern.indexOf(QLatin1Char('}'), i);
            if (end < 0)
                return makeError(ErrorCode::NotConfigured,
                                 QStringLiteral("a { without its } in \"%1\"").arg(pattern));
            QString inner = pattern.mid(i + 1, end - i - 1).trimmed();
            Placeholder placeholder;
            if (inner.endsWith(QLatin1Char('?'))) {
                placeholder.optional = true;
                inner.chop(1);
            }
            const qsizetype bar = inner.indexOf(QLatin1Char('|'));
            placeholder.path = (bar < 0 ? inner : inner.left(bar)).trimmed();
            placeholder.format = bar < 0 ? QString() : inner.mid(bar + 1).trimmed();
            if (!literal.isEmpty())
                pieces.append(std::exchange(literal, QString()));
            pieces.append(placeholder);
            i = end;
        } else if (c == u'}') {
            return makeError(ErrorCode::NotConfigured,
                             QStringLiteral("a } without its { in \"%1\"").arg(pattern));
        } else {
            literal += c;
        }
    }
    if (!literal.isEmpty())
        pieces.append(literal);
    return pieces;
}

// "shipTo.lines[1]" -> "shipTo.lines[]"
QString schemaPath(const QString& path)
{
    static const QRegularExpression index(QStringLiteral("\\[\\d+\\]"));
    QString out = path;
    return out.replace(index, QStringLiteral("[]"));
}

Status checkPattern(const QString& pattern, const DataKind& kind, bool repeating)
{
    auto pieces = splitPattern(pattern);
    if (!pieces)
        return pieces.error();
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z][A-Za-z0-9]*(\\[\\d+\\])?"
                                                         "(\\.[A-Za-z][A-Za-z0-9]*(\\[\\d+\\])?)*$"));
    for (const Piece& piece : *pieces) {
        const auto* placeholder = std::get_if<Placeholder>(&piece);
        if (!placeholder)
            continue;
        if (!shape.match(placeholder->path).hasMatch())
            return makeError(
                ErrorCode::NotConfigured,
                QStringLiteral("{%1} is not a field path (name.name[0]...)").arg(placeholder->path));
        const QString path = schemaPath(placeholder->path);
        const bool aliased = !kind.alias.isEmpty() && path.startsWith(kind.alias + QLatin1Char('.'));
        if (!kind.fields.contains(path))
            return makeError(ErrorCode::NotConfigured,
                             QStringLiteral("{%1} refers to a field %2 data does not have (it has: %3)")
                                 .arg(placeholder->path, QLatin1String(kind.name),
                                      kind.fields.join(QStringLiteral(", "))));
        if (path.endsWith(QLatin1String(".lines")) && placeholder->format != QLatin1String("lines"))
            return makeError(ErrorCode::NotConfigured,
                             QStringLiteral("{%1} is a list of lines: use {%1|lines} or one line, {%1[0]}")
                                 .arg(placeholder->path));
        if (aliased && !repeating)
            return makeError(ErrorCode::NotConfigured,
                             QStringLiteral("{%1} needs \"repeat\": \"%2\" (one label per entry)")
                                 .arg(placeholder->path, kind.repeat));
        if (!placeholder->format.isEmpty() && !kFormats.contains(placeholder->format))
            return makeError(ErrorCode::NotConfigured, QStringLiteral("{%1|%2}: unknown format (known: %3)")
                                                           .arg(placeholder->path, placeholder->format,
                                                                kFormats.join(QStringLiteral(", "))));
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------------
// Reading the elements

struct ElementReader
{
    QJsonObject object;
    QString where; // "element 3 (barcode)"
    double labelWidth = 0;
    double labelHeight = 0;
    std::optional<Error> error;

    void fail(const QString& reason)
    {
        if (!error)
            error = makeError(ErrorCode::NotConfigured, where + QStringLiteral(": ") + reason);
    }

    void allow(std::initializer_list<const char*> keys)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool known = false;
            for (const char* key : keys)
                known = known || it.key() == QLatin1String(key);
            if (!known)
                fail(QStringLiteral("unknown key \"%1\"").arg(it.key()));
        }
    }

    double number(const char* key, std::optional<double> fallback, double min, double max)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined()) {
            if (!fallback)
                fail(QStringLiteral("\"%1\" is missing").arg(QLatin1String(key)));
            return fallback.value_or(0);
        }
        if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < min ||
            value.toDouble() > max) {
            fail(QStringLiteral("\"%1\" must be a number from %2 to %3 (mm)")
                     .arg(QLatin1String(key))
                     .arg(min)
                     .arg(max));
            return fallback.value_or(0);
        }
        return value.toDouble();
    }

    double x(const char* key) { return number(key, std::nullopt, 0, labelWidth); }
    double y(const char* key) { return number(key, std::nullopt, 0, labelHeight); }

    QString string(const char* key, std::optional<QString> fallback)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined()) {
            if (!fallback)
                fail(QStringLiteral("\"%1\" is missing").arg(QLatin1String(key)));
            return fallback.value_or(QString());
        }
        if (!value.isString()) {
            fail(QStringLiteral("\"%1\" must be a string").arg(QLatin1String(key)));
            return {};
        }
        return value.toString();
    }

    bool boolean(const char* key, bool fallback)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return fallback;
        if (!value.isBool())
            fail(QStringLiteral("\"%1\" must be true or false").arg(QLatin1String(key)));
        return value.toBool(fallback);
    }
};

std::optional<BarcodeType> barcodeTypeFrom(const QString& name)
{
    for (BarcodeType type : {BarcodeType::Code128, BarcodeType::Gs1_128, BarcodeType::DataMatrix,
                             BarcodeType::Gs1DataMatrix, BarcodeType::Qr, BarcodeType::Ean13})
        if (barcodeTypeName(type) == name)
            return type;
    return std::nullopt;
}

Result<LabelElement> readElement(ElementReader& r)
{
    const QString type = r.string("type", std::nullopt);
    if (type == QLatin1String("text")) {
        r.allow({"type", "x", "y", "width", "size", "bold", "align", "maxLines", "text"});
        LabelText text;
        text.x = r.x("x");
        text.y = r.y("y");
        text.width = r.number("width", 0, 0, r.labelWidth);
        text.size = r.number("size", 3, 0.5, 100);
        text.bold = r.boolean("bold", false);
        const QString align = r.string("align", QStringLiteral("left"));
        if (align == QLatin1String("center"))
            text.align = TextAlign::Center;
        else if (align == QLatin1String("right"))
            text.align = TextAlign::Right;
        else if (align != QLatin1String("left"))
            r.fail(QStringLiteral("\"align\" is left, center or right"));
        if (text.align != TextAlign::Left && text.width <= 0)
            r.fail(QStringLiteral("centred or right-aligned text needs a \"width\""));
        text.maxLines = int(r.number("maxLines", 1, 1, 50));
        text.text = r.string("text", std::nullopt);
        if (r.error)
            return *r.error;
        return LabelElement(text);
    }
    if (type == QLatin1String("barcode")) {
        r.allow({"type", "x", "y", "symbology", "data", "gs1", "module", "height", "humanReadable", "role"});
        LabelBarcode barcode;
        barcode.x = r.x("x");
        barcode.y = r.y("y");
        const QString symbology = r.string("symbology", std::nullopt);
        const auto kind = barcodeTypeFrom(symbology);
        if (!kind) {
            r.fail(
                QStringLiteral("unknown symbology \"%1\" (code128, gs1-128, datamatrix, gs1-datamatrix, qr, "
                               "ean13)")
                    .arg(symbology));
            return *r.error;
        }
        barcode.type = *kind;
        barcode.module = r.number("module", std::nullopt, 0.1, 5);
        barcode.height =
            r.number("height", isLinear(barcode.type) ? std::optional<double>() : 10, 1, r.labelHeight);
        barcode.humanReadable = r.boolean("humanReadable", true);
        barcode.role = r.string("role", barcodeTypeName(barcode.type));
        if (isGs1(barcode.type)) {
            if (r.object.contains(QStringLiteral("data")))
                r.fail(QStringLiteral(
                    "GS1 symbologies take \"gs1\": [{\"ai\": ..., \"value\": ...}], not \"data\""));
            const QJsonArray fields = r.object.value(QStringLiteral("gs1")).toArray();
            if (fields.isEmpty())
                r.fail(QStringLiteral("\"gs1\" must list the element strings"));
            for (const QJsonValue& value : fields) {
                const QJsonObject field = value.toObject();
                const QString ai = field.value(QStringLiteral("ai")).toString();
                if (!Gs1::lookupAi(ai))
                    r.fail(QStringLiteral("\"%1\" is not a GS1 application identifier").arg(ai));
                if (!field.value(QStringLiteral("value")).isString())
                    r.fail(QStringLiteral("AI %1 needs a \"value\" string").arg(ai));
                barcode.gs1.append({ai, field.value(QStringLiteral("value")).toString()});
            }
        } else {
            if (r.object.contains(QStringLiteral("gs1")))
                r.fail(QStringLiteral(
                    "\"gs1\" is for gs1-128 and gs1-datamatrix; this symbology takes \"data\""));
            barcode.data = r.string("data", std::nullopt);
        }
        if (r.error)
            return *r.error;
        return LabelElement(barcode);
    }
    if (type == QLatin1String("line")) {
        r.allow({"type", "x1", "y1", "x2", "y2", "thickness"});
        LabelLine line;
        line.x1 = r.x("x1");
        line.y1 = r.y("y1");
        line.x2 = r.x("x2");
        line.y2 = r.y("y2");
        line.thickness = r.number("thickness", 0.3, 0.1, 20);
        if (line.x1 != line.x2 && line.y1 != line.y2)
            r.fail(QStringLiteral("a line is horizontal (y1 = y2) or vertical (x1 = x2)"));
        if (r.error)
            return *r.error;
        return LabelElement(line);
    }
    if (type == QLatin1String("box")) {
        r.allow({"type", "x", "y", "width", "height", "thickness", "fill"});
        LabelBox box;
        box.x = r.x("x");
        box.y = r.y("y");
        box.width = r.number("width", std::nullopt, 0.1, r.labelWidth);
        box.height = r.number("height", std::nullopt, 0.1, r.labelHeight);
        box.thickness = r.number("thickness", 0.3, 0.1, 20);
        box.fill = r.boolean("fill", false);
        if (box.x + box.width > r.labelWidth + 0.01 || box.y + box.height > r.labelHeight + 0.01)
            r.fail(QStringLiteral("the box does not fit on the label"));
        if (r.error)
            return *r.error;
        return LabelElement(box);
    }
    if (!r.error)
        r.fail(QStringLiteral("unknown type \"%1\" (text, barcode, line, box)").arg(type));
    return *r.error;
}

// ---------------------------------------------------------------------------------------------------------
// Filling

struct FillContext
{
    const QJsonObject* data = nullptr;
    const QString* alias = nullptr;
    QJsonObject entry; // the repeated entry ("package"), when repeating
    int number = 0;
    int count = 0;
    const QString* templateName = nullptr;
};

QJsonValue lookup(const FillContext& context, const QString& path)
{
    const QStringList segments = path.split(QLatin1Char('.'));
    QJsonValue value;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        QString name = segments[i];
        int index = -1;
        if (const qsizetype bracket = name.indexOf(QLatin1Char('[')); bracket >= 0) {
            index = name.mid(bracket + 1, name.size() - bracket - 2).toInt();
            name.truncate(bracket);
        }
        if (i == 0) {
            if (context.alias && name == *context.alias) {
                if (segments.size() == 2 && segments[1] == QLatin1String("number"))
                    return context.number;
                if (segments.size() == 2 && segments[1] == QLatin1String("count"))
                    return context.count;
                value = context.entry;
                continue;
            }
            value = context.data->value(name);
        } else {
            if (!value.isObject())
                return QJsonValue(QJsonValue::Undefined);
            value = value.toObject().value(name);
        }
        if (index >= 0) {
            if (!value.isArray() || index >= value.toArray().size())
                return QJsonValue(QJsonValue::Undefined);
            value = value.toArray().at(index);
        }
    }
    return value;
}

QString numberText(double value)
{
    if (std::floor(value) == value && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

Result<QString> expand(const QString& pattern, const FillContext& context)
{
    auto pieces = splitPattern(pattern);
    if (!pieces)
        return pieces.error();
    QString out;
    for (const Piece& piece : *pieces) {
        if (const auto* literal = std::get_if<QString>(&piece)) {
            out += *literal;
            continue;
        }
        const Placeholder& placeholder = std::get<Placeholder>(piece);
        const QJsonValue value = lookup(context, placeholder.path);
        const bool missing = value.isUndefined() || value.isNull() ||
                             (value.isString() && value.toString().trimmed().isEmpty()) ||
                             (value.isArray() && value.toArray().isEmpty());
        if (missing) {
            if (placeholder.optional)
                continue;
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("The label data has no %1, which template %2 needs.")
                                 .arg(placeholder.path, *context.templateName));
        }
        QString text;
        if (placeholder.format == QLatin1String("lines")) {
            if (!value.isArray())
                return makeError(
                    ErrorCode::InvalidArgument,
                    QStringLiteral("%1 in the label data must be a list of lines.").arg(placeholder.path));
            QStringList lines;
            for (const QJsonValue& line : value.toArray())
                if (!line.toString().trimmed().isEmpty())
                    lines.append(line.toString());
            text = lines.join(QLatin1Char('\n'));
        } else if (value.isString()) {
            text = value.toString();
        } else if (value.isDouble()) {
            text = numberText(value.toDouble());
        } else if (value.isBool()) {
            text = value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
        } else {
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("%1 in the label data is a %2, not a value (template %3).")
                                 .arg(placeholder.path,
                                      value.isArray() ? QStringLiteral("list") : QStringLiteral("group"),
                                      *context.templateName));
        }
        if (placeholder.format == QLatin1String("kg")) {
            bool ok = false;
            const double grams = text.toDouble(&ok);
            if (!ok)
                return makeError(
                    ErrorCode::InvalidArgument,
                    QStringLiteral("%1 in the label data must be a number of grams.").arg(placeholder.path));
            text = QString::number(grams / 1000.0, 'f', 2) + QStringLiteral(" kg");
        } else if (placeholder.format == QLatin1String("upper")) {
            text = text.toUpper();
        } else if (placeholder.format == QLatin1String("gtin14")) {
            if (text.size() < 14)
                text = QString(14 - text.size(), QLatin1Char('0')) + text;
        }
        out += text;
    }
    return out;
}

Result<Label> fillOne(const Label& layout, const FillContext& context)
{
    Label label = layout;
    for (LabelElement& element : label.elements) {
        if (auto* text = std::get_if<LabelText>(&element)) {
            auto expanded = expand(text->text, context);
            if (!expanded)
                return expanded.error();
            // An optional field left out must not leave a stray space at either end ("{postcode?} {city}").
            QStringList lines = expanded->split(QLatin1Char('\n'));
            for (QString& line : lines)
                line = line.trimmed();
            text->text = lines.join(QLatin1Char('\n'));
        } else if (auto* barcode = std::get_if<LabelBarcode>(&element)) {
            if (isGs1(barcode->type)) {
                QList<Gs1Field> fields;
                for (const Gs1Field& field : barcode->gs1) {
                    auto value = expand(field.value, context);
                    if (!value)
                        return value.error();
                    if (!value->isEmpty()) // an optional element string with no value is left out
                        fields.append({field.ai, *value});
                }
                barcode->gs1 = fields;
            } else {
                auto data = expand(barcode->data, context);
                if (!data)
                    return data.error();
                barcode->data = *data;
            }
        }
    }
    return label;
}

Error templateError(const QString& file, const QString& reason)
{
    return makeError(ErrorCode::NotConfigured, QStringLiteral("Label template %1: %2").arg(file, reason));
}

} // namespace

QStringList LabelTemplate::builtInNames()
{
    QStringList names;
    for (const QFileInfo& info :
         QDir(QStringLiteral(":/labels")).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        names.append(info.completeBaseName());
    return names;
}

QStringList LabelTemplate::fieldsOf(const QString& dataKind)
{
    const DataKind* kind = findKind(dataKind);
    return kind ? kind->fields : QStringList();
}

Result<LabelTemplate> LabelTemplate::parse(const QByteArray& json, const QString& file)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return templateError(file, QStringLiteral("not valid JSON at byte %1: %2")
                                       .arg(parseError.offset)
                                       .arg(parseError.errorString()));
    if (!document.isObject())
        return templateError(file, QStringLiteral("the file must hold one JSON object"));
    const QJsonObject root = document.object();
    for (auto it = root.begin(); it != root.end(); ++it)
        if (!QStringList{QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("data"),
                         QStringLiteral("repeat"), QStringLiteral("size"), QStringLiteral("elements")}
                 .contains(it.key()))
            return templateError(file, QStringLiteral("unknown key \"%1\"").arg(it.key()));

    LabelTemplate result;
    result.m_file = file;
    result.m_name = root.value(QStringLiteral("name")).toString();
    static const QRegularExpression nameShape(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (!nameShape.match(result.m_name).hasMatch())
        return templateError(file, QStringLiteral("\"name\" must be lower-case letters, digits and dashes"));
    result.m_description = root.value(QStringLiteral("description")).toString();
    result.m_kind = root.value(QStringLiteral("data")).toString();
    const DataKind* kind = findKind(result.m_kind);
    if (!kind)
        return templateError(file,
                             QStringLiteral("\"data\" must be ShipmentCreated, Gs1Logistic, Bin or Product"));
    if (root.contains(QStringLiteral("repeat"))) {
        result.m_repeat = root.value(QStringLiteral("repeat")).toString();
        if (kind->repeat.isEmpty() || result.m_repeat != kind->repeat)
            return templateError(file,
                                 kind->repeat.isEmpty()
                                     ? QStringLiteral("%1 data has no list to repeat over").arg(result.m_kind)
                                     : QStringLiteral("\"repeat\" can only be \"%1\"").arg(kind->repeat));
        result.m_alias = kind->alias;
    }
    const QJsonObject size = root.value(QStringLiteral("size")).toObject();
    const double width = size.value(QStringLiteral("width")).toDouble();
    const double height = size.value(QStringLiteral("height")).toDouble();
    if (!(width >= 10 && width <= 300 && height >= 10 && height <= 600))
        return templateError(
            file, QStringLiteral("\"size\" needs \"width\" and \"height\" in mm (10-300 by 10-600)"));
    result.m_layout.name = result.m_name;
    result.m_layout.width = width;
    result.m_layout.height = height;

    const QJsonValue elements = root.value(QStringLiteral("elements"));
    if (!elements.isArray() || elements.toArray().isEmpty())
        return templateError(file, QStringLiteral("\"elements\" must list what the label shows"));
    int number = 0;
    for (const QJsonValue& value : elements.toArray()) {
        ++number;
        ElementReader reader;
        reader.object = value.toObject();
        reader.where = QStringLiteral("element %1 (%2)")
                           .arg(number)
                           .arg(reader.object.value(QStringLiteral("type")).toString(QStringLiteral("?")));
        reader.labelWidth = width;
        reader.labelHeight = height;
        if (!value.isObject())
            return templateError(file, reader.where + QStringLiteral(": must be a JSON object"));
        auto element = readElement(reader);
        if (!element)
            return templateError(file, element.error().message);
        QStringList patterns;
        if (const auto* text = std::get_if<LabelText>(&*element))
            patterns.append(text->text);
        if (const auto* barcode = std::get_if<LabelBarcode>(&*element)) {
            patterns.append(barcode->data);
            for (const Gs1Field& field : barcode->gs1)
                patterns.append(field.value);
        }
        for (const QString& pattern : patterns)
            if (auto checked = checkPattern(pattern, *kind, !result.m_repeat.isEmpty()); !checked)
                return templateError(file, reader.where + QStringLiteral(": ") + checked.error().message);
        result.m_layout.elements.append(*element);
    }
    return result;
}

Result<LabelTemplate> LabelTemplate::load(const QString& name, const QString& overrideDir)
{
    static const QRegularExpression nameShape(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (!nameShape.match(name).hasMatch())
        return makeError(
            ErrorCode::NotConfigured,
            QStringLiteral("\"%1\" is not a template name (lower-case letters, digits, dashes).").arg(name));
    const QString fileName = name + QStringLiteral(".json");
    QString path;
    if (!overrideDir.isEmpty() && QFileInfo::exists(QDir(overrideDir).filePath(fileName)))
        path = QDir(overrideDir).filePath(fileName);
    else if (QFileInfo::exists(QStringLiteral(":/labels/") + fileName))
        path = QStringLiteral(":/labels/") + fileName;
    else
        return makeError(ErrorCode::NotConfigured,
                         QStringLiteral("There is no label template named %1 (built in: %2).")
                             .arg(name, builtInNames().join(QStringLiteral(", "))));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return templateError(path, QStringLiteral("cannot be read: ") + file.errorString());
    auto parsed = parse(file.readAll(), path);
    if (!parsed)
        return parsed.error();
    if (parsed->name() != name)
        return templateError(
            path,
            QStringLiteral("its \"name\" is %1, but the file is named %2").arg(parsed->name(), fileName));
    return parsed;
}

Result<QList<Label>> LabelTemplate::fill(const QJsonObject& data) const
{
    FillContext context;
    context.data = &data;
    context.templateName = &m_name;
    QList<Label> labels;
    if (m_repeat.isEmpty()) {
        auto label = fillOne(m_layout, context);
        if (!label)
            return label.error();
        labels.append(std::move(label).value());
        return labels;
    }
    const QJsonArray entries = data.value(m_repeat).toArray();
    if (entries.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("The label data has no %1, so template %2 has nothing to label.")
                             .arg(m_repeat, m_name));
    context.alias = &m_alias;
    context.count = int(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!entries[i].isObject())
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("Entry %1 of %2 in the label data is not a group of fields.")
                                 .arg(i + 1)
                                 .arg(m_repeat));
        context.entry = entries[i].toObject();
        context.number = int(i + 1);
        auto label = fillOne(m_layout, context);
        if (!label)
            return label.error();
        labels.append(std::move(label).value());
    }
    return labels;
}

} // namespace wh::devices
