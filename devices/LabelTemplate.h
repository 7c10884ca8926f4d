#pragma once

#include "Label.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace wh::devices {

// A label template: a JSON data file an operator may edit (docs/labels.md is the guide). It lays out text,
// barcodes, lines and boxes in millimetres; text and barcode data hold placeholders such as {shipTo.name},
// {shipTo.lines[1]?} (optional) or {package.weightGrams|kg} that fill() takes from a JSON object. Each
// template names the kind of data it is fed ("ShipmentCreated", "Gs1Logistic", "Bin", "Product"), and a
// placeholder for a field that kind does not have is refused when the file is read, so a typo shows up at
// once and not on the printer. The built-in templates are compiled in (devices/labels/*.json); a file of the
// same name in the operator's folder wins.
class LabelTemplate
{
public:
    // Reads and checks a template; `file` names it in errors.
    static Result<LabelTemplate> parse(const QByteArray& json, const QString& file);
    // The operator's <overrideDir>/<name>.json if there is one, else the built-in template.
    static Result<LabelTemplate> load(const QString& name, const QString& overrideDir = {});
    static QStringList builtInNames();
    // The fields a data kind offers ("shipTo.name", "packages[].weightGrams", ...), for the docs and errors.
    static QStringList fieldsOf(const QString& dataKind);

    QString name() const { return m_name; }
    QString description() const { return m_description; }
    QString dataKind() const { return m_kind; }
    QString file() const { return m_file; }

    // One label, or one per entry of the repeated list (a shipment's packages). A missing required field is
    // an error that names the field, never its neighbours' values.
    Result<QList<Label>> fill(const QJsonObject& data) const;

private:
    QString m_name;
    QString m_description;
    QString m_kind;
    QString m_file;
    QString m_repeat; // the list that gives one label per entry ("packages"), or empty
    QString m_alias;  // what placeholders call the entry ("package")
    Label m_layout;   // the elements, their text and data still holding placeholders
};

} // namespace wh::devices
