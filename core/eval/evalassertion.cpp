// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "evalassertion.h"

#include "compare/templateexpander.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>

namespace {
/// Names the translation context of this file's messages where lupdate can see it.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(EvalAssertion)
};

using Kind = EvalAssertion::Kind;

struct KindName
{
    Kind kind;
    const char16_t *name;
};

constexpr std::array kKindNames{
    KindName{Kind::Equals, u"equals"},
    KindName{Kind::Contains, u"contains"},
    KindName{Kind::IContains, u"icontains"},
    KindName{Kind::StartsWith, u"starts-with"},
    KindName{Kind::Regex, u"regex"},
    KindName{Kind::IsJson, u"is-json"},
    KindName{Kind::JsonKeys, u"json-keys"},
    KindName{Kind::Number, u"number"},
    KindName{Kind::Latency, u"latency"},
    KindName{Kind::Cost, u"cost"},
    KindName{Kind::MaxOutputTokens, u"max-output-tokens"},
    KindName{Kind::LlmRubric, u"llm-rubric"},
    KindName{Kind::ContainsAny, u"contains-any"},
    KindName{Kind::ContainsAll, u"contains-all"},
    KindName{Kind::IContainsAny, u"icontains-any"},
    KindName{Kind::IContainsAll, u"icontains-all"},
    KindName{Kind::Levenshtein, u"levenshtein"},
    KindName{Kind::EqualsTrimmed, u"rightsize:equals-trimmed"},
    KindName{Kind::IsJsonFenced, u"rightsize:is-json-fenced"},
};

/// The assertion's value, parsed once for checking (and validated at import).
struct Spec
{
    QString text;
    QRegularExpression regex;
    std::optional<QJsonObject> schema; // is-json
    QStringList paths;                 // json-keys, list form; contains-any/all: the texts
    QJsonObject keyValues;             // json-keys, object form
    double number = 0;                 // number: target; latency/cost/tokens: limit
    double tolerance = 0;
};

QString shown(const QString &text)
{
    constexpr qsizetype kMax = 200;
    QString line = text;
    line.replace(QLatin1Char('\n'), QStringLiteral("⏎"));
    return line.size() > kMax ? line.left(kMax) + QStringLiteral("…") : line;
}

QString number(double value)
{
    return QLocale::c().toString(value, 'g', 12);
}

std::optional<double> parseDouble(QStringView text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<double> numericValue(const QJsonValue &value)
{
    if (value.isDouble())
        return std::isfinite(value.toDouble()) ? std::optional(value.toDouble()) : std::nullopt;
    if (value.isString())
        return parseDouble(value.toString());
    return std::nullopt;
}

/// Parses one JSON value of any type (QJsonDocument alone takes only objects and arrays).
std::optional<QJsonValue> parseJsonValue(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(text).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1)
        return std::nullopt;
    return document.array().at(0);
}

/// The JSON in an answer: the whole answer (JSON allows blanks around it, as JSON.parse does);
/// with `fenced`, also the inside of one Markdown code fence around all of it (models add
/// fences even when told not to), which promptfoo's is-json does not accept.
std::optional<QJsonValue> answerJson(const QString &answer, bool fenced)
{
    QString text = answer.trimmed();
    if (fenced && text.startsWith(QStringLiteral("```")) && text.endsWith(QStringLiteral("```")) && text.size() >= 6) {
        const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
        if (firstLineEnd < 0)
            return std::nullopt;
        text = text.mid(firstLineEnd + 1, text.size() - 3 - firstLineEnd - 1).trimmed();
    }
    if (text.isEmpty())
        return std::nullopt;
    return parseJsonValue(text);
}

/// Edit distance by characters (UTF-16 units), two rows of the classic table.
qsizetype levenshtein(QStringView a, QStringView b)
{
    QList<qsizetype> previous(b.size() + 1);
    QList<qsizetype> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j)
            current[j] =
                std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return QStringLiteral("\"%1\"").arg(value.toString());
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    const QJsonArray wrapped{value};
    const QString all = QString::fromUtf8(QJsonDocument(wrapped).toJson(QJsonDocument::Compact));
    return all.mid(1, all.size() - 2);
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

bool hasJsonType(const QJsonValue &value, const QString &type)
{
    if (type == QLatin1String("integer"))
        return value.isDouble() && std::floor(value.toDouble()) == value.toDouble();
    return jsonTypeName(value) == type;
}

const QStringList &schemaTypes()
{
    static const QStringList types{QStringLiteral("object"), QStringLiteral("array"),   QStringLiteral("string"),
                                   QStringLiteral("number"), QStringLiteral("integer"), QStringLiteral("boolean"),
                                   QStringLiteral("null")};
    return types;
}

/// Checks that a schema uses only the supported subset, so a typo is an import error.
QString schemaProblem(const QJsonObject &schema, const QString &where)
{
    static const QStringList known{
        QStringLiteral("type"),    QStringLiteral("required"),    QStringLiteral("properties"),
        QStringLiteral("items"),   QStringLiteral("enum"),        QStringLiteral("const"),
        QStringLiteral("minimum"), QStringLiteral("maximum"),     QStringLiteral("$schema"),
        QStringLiteral("title"),   QStringLiteral("description"), QStringLiteral("additionalProperties")};
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        if (!known.contains(it.key()))
            return Texts::tr("schema keyword \"%1\" at %2 is not supported").arg(it.key(), where);
    }
    const QJsonValue type = schema.value(QStringLiteral("type"));
    if (!type.isUndefined()) {
        QStringList names;
        if (type.isString())
            names.append(type.toString());
        else if (type.isArray())
            for (const QJsonArray elements = type.toArray(); const QJsonValue &name : elements)
                names.append(name.toString());
        else
            return Texts::tr("schema \"type\" at %1 must be a string or a list").arg(where);
        for (const QString &name : std::as_const(names))
            if (!schemaTypes().contains(name))
                return Texts::tr("unknown schema type \"%1\" at %2").arg(name, where);
    }
    const QJsonValue required = schema.value(QStringLiteral("required"));
    if (!required.isUndefined()) {
        if (!required.isArray())
            return Texts::tr("schema \"required\" at %1 must be a list of names").arg(where);
        for (const QJsonArray elements = required.toArray(); const QJsonValue &name : elements)
            if (!name.isString())
                return Texts::tr("schema \"required\" at %1 must be a list of names").arg(where);
    }
    for (const char *numberKey : {"minimum", "maximum"}) {
        const QJsonValue limit = schema.value(QLatin1String(numberKey));
        if (!limit.isUndefined() && !limit.isDouble())
            return Texts::tr("schema \"%1\" at %2 must be a number").arg(QLatin1String(numberKey), where);
    }
    if (schema.contains(QStringLiteral("enum")) && !schema.value(QStringLiteral("enum")).isArray())
        return Texts::tr("schema \"enum\" at %1 must be a list").arg(where);
    const QJsonValue properties = schema.value(QStringLiteral("properties"));
    if (!properties.isUndefined()) {
        if (!properties.isObject())
            return Texts::tr("schema \"properties\" at %1 must be an object").arg(where);
        const QJsonObject object = properties.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isObject())
                return Texts::tr("schema for property \"%1\" must be an object").arg(it.key());
            const QString problem = schemaProblem(it.value().toObject(), where + QLatin1Char('.') + it.key());
            if (!problem.isEmpty())
                return problem;
        }
    }
    const QJsonValue items = schema.value(QStringLiteral("items"));
    if (!items.isUndefined()) {
        if (!items.isObject())
            return Texts::tr("schema \"items\" at %1 must be an object").arg(where);
        return schemaProblem(items.toObject(), where + QStringLiteral("[]"));
    }
    return {};
}

/// Empty when `value` fits `schema`; otherwise what does not fit, naming the path.
QString schemaMismatch(const QJsonValue &value, const QJsonObject &schema, const QString &path)
{
    const QJsonValue type = schema.value(QStringLiteral("type"));
    if (!type.isUndefined()) {
        QStringList names;
        if (type.isString())
            names.append(type.toString());
        for (const QJsonArray elements = type.toArray(); const QJsonValue &name : elements)
            names.append(name.toString());
        const bool fits = std::any_of(names.cbegin(), names.cend(),
                                      [&value](const QString &name) { return hasJsonType(value, name); });
        if (!fits)
            return Texts::tr("%1 is %2, not %3").arg(path, jsonTypeName(value), names.join(QStringLiteral(" or ")));
    }
    if (schema.contains(QStringLiteral("const")) && value != schema.value(QStringLiteral("const")))
        return Texts::tr("%1 is %2, not %3")
            .arg(path, jsonText(value), jsonText(schema.value(QStringLiteral("const"))));
    if (schema.contains(QStringLiteral("enum")) && !schema.value(QStringLiteral("enum")).toArray().contains(value))
        return Texts::tr("%1 is %2, not one of %3")
            .arg(path, jsonText(value), jsonText(schema.value(QStringLiteral("enum"))));
    if (value.isDouble()) {
        if (schema.contains(QStringLiteral("minimum")) &&
            value.toDouble() < schema.value(QStringLiteral("minimum")).toDouble())
            return Texts::tr("%1 is %2, under the minimum %3")
                .arg(path, number(value.toDouble()), number(schema.value(QStringLiteral("minimum")).toDouble()));
        if (schema.contains(QStringLiteral("maximum")) &&
            value.toDouble() > schema.value(QStringLiteral("maximum")).toDouble())
            return Texts::tr("%1 is %2, over the maximum %3")
                .arg(path, number(value.toDouble()), number(schema.value(QStringLiteral("maximum")).toDouble()));
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QJsonArray elements = schema.value(QStringLiteral("required")).toArray();
             const QJsonValue &name : elements)
            if (!object.contains(name.toString()))
                return Texts::tr("%1 has no key \"%2\"").arg(path, name.toString());
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (!object.contains(it.key()))
                continue;
            const QString problem =
                schemaMismatch(object.value(it.key()), it.value().toObject(), path + QLatin1Char('.') + it.key());
            if (!problem.isEmpty())
                return problem;
        }
    }
    if (value.isArray() && schema.value(QStringLiteral("items")).isObject()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString problem = schemaMismatch(array.at(i), schema.value(QStringLiteral("items")).toObject(),
                                                   QStringLiteral("%1[%2]").arg(path, QString::number(i)));
            if (!problem.isEmpty())
                return problem;
        }
    }
    return {};
}

std::optional<QJsonValue> lookupPath(const QJsonValue &root, const QString &path)
{
    QJsonValue current = root;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        if (current.isObject() && current.toObject().contains(part)) {
            current = current.toObject().value(part);
            continue;
        }
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        if (current.isArray() && isIndex && index >= 0 && index < current.toArray().size()) {
            current = current.toArray().at(index);
            continue;
        }
        return std::nullopt;
    }
    return current;
}

/// Empty when `actual` holds everything `expected` lists (objects recursively, other values equal).
QString subsetMismatch(const QJsonValue &actual, const QJsonValue &expected, const QString &path)
{
    if (expected.isObject()) {
        if (!actual.isObject())
            return Texts::tr("%1 is %2, not an object").arg(path, jsonTypeName(actual));
        const QJsonObject want = expected.toObject();
        const QJsonObject have = actual.toObject();
        for (auto it = want.begin(); it != want.end(); ++it) {
            const QString childPath = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
            if (!have.contains(it.key()))
                return Texts::tr("no key \"%1\"").arg(childPath);
            const QString problem = subsetMismatch(have.value(it.key()), it.value(), childPath);
            if (!problem.isEmpty())
                return problem;
        }
        return {};
    }
    if (actual != expected)
        return Texts::tr("%1 is %2, not %3").arg(path, jsonText(actual), jsonText(expected));
    return {};
}

Result<Spec> parseSpec(Kind kind, const QJsonValue &value, std::optional<double> threshold)
{
    Spec spec;
    const bool isTextual = value.isString() || value.isDouble() || value.isBool();
    const QString text = value.isString() ? value.toString()
        : value.isDouble()                ? number(value.toDouble())
        : value.isBool()                  ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                          : QString();
    // A threshold on a kind that has no use for it is accepted and ignored, as promptfoo does.
    switch (kind) {
    case Kind::ContainsAny:
    case Kind::ContainsAll:
    case Kind::IContainsAny:
    case Kind::IContainsAll: {
        // promptfoo: a list, or in a CSV cell one text with commas between the items.
        QStringList texts;
        if (value.isArray()) {
            for (const QJsonArray elements = value.toArray(); const QJsonValue &item : elements) {
                if (!item.isString() && !item.isDouble())
                    return Result<Spec>::failure(Texts::tr("the list must hold texts"));
                texts.append(item.isString() ? item.toString() : number(item.toDouble()));
            }
        } else if (value.isString()) {
            for (const QString &item : value.toString().split(QLatin1Char(',')))
                texts.append(item.trimmed());
        }
        texts.removeAll(QString());
        if (texts.isEmpty())
            return Result<Spec>::failure(Texts::tr("needs a list of texts, e.g. \"a, b\""));
        spec.paths = texts;
        return spec;
    }
    case Kind::Levenshtein:
        if (!isTextual)
            return Result<Spec>::failure(Texts::tr("needs a text value"));
        if (threshold && *threshold < 0)
            return Result<Spec>::failure(Texts::tr("the threshold must not be negative"));
        spec.text = text;
        // promptfoo (src/assertions/levenshtein.ts): `distance <= (assertion.threshold || 5)`, so no
        // threshold, and a threshold of 0, both mean 5 edits.
        spec.number = threshold && *threshold != 0 ? *threshold : 5;
        return spec;
    case Kind::Equals:
    case Kind::EqualsTrimmed:
    case Kind::Contains:
    case Kind::IContains:
    case Kind::StartsWith:
    case Kind::LlmRubric:
        if (!isTextual || (kind != Kind::Equals && kind != Kind::EqualsTrimmed && text.isEmpty()))
            return Result<Spec>::failure(Texts::tr("needs a text value"));
        if (kind == Kind::LlmRubric && threshold && !(*threshold >= 0.0 && *threshold <= 1.0))
            return Result<Spec>::failure(Texts::tr("the threshold must be between 0 and 1"));
        spec.text = text;
        return spec;
    case Kind::Regex:
        if (!value.isString() || text.isEmpty())
            return Result<Spec>::failure(Texts::tr("needs a regular expression"));
        spec.regex = QRegularExpression(text);
        if (!spec.regex.isValid())
            return Result<Spec>::failure(Texts::tr("invalid regular expression \"%1\": %2 at offset %3")
                                             .arg(text, spec.regex.errorString())
                                             .arg(spec.regex.patternErrorOffset()));
        return spec;
    case Kind::IsJson:
    case Kind::IsJsonFenced: {
        QJsonValue schema = value;
        if (value.isString() && !value.toString().trimmed().isEmpty())
            schema = parseJsonValue(value.toString()).value_or(QJsonValue(QJsonValue::Undefined));
        else if (value.isString() || value.isNull() || value.isUndefined())
            return spec;
        if (!schema.isObject())
            return Result<Spec>::failure(
                Texts::tr("the value must be a JSON Schema object, e.g. {\"required\": [\"name\"]}"));
        const QString problem = schemaProblem(schema.toObject(), QStringLiteral("$"));
        if (!problem.isEmpty())
            return Result<Spec>::failure(problem);
        spec.schema = schema.toObject();
        return spec;
    }
    case Kind::JsonKeys: {
        QJsonValue keys = value;
        if (value.isString() && value.toString().trimmed().startsWith(QLatin1Char('{'))) {
            keys = parseJsonValue(value.toString()).value_or(QJsonValue(QJsonValue::Undefined));
            if (!keys.isObject())
                return Result<Spec>::failure(Texts::tr("the value is not a valid JSON object"));
        }
        if (keys.isObject()) {
            if (keys.toObject().isEmpty())
                return Result<Spec>::failure(Texts::tr("needs at least one key"));
            spec.keyValues = keys.toObject();
            return spec;
        }
        QStringList paths;
        if (keys.isString()) {
            paths = keys.toString().split(QLatin1Char(','));
        } else if (keys.isArray()) {
            for (const QJsonArray elements = keys.toArray(); const QJsonValue &path : elements) {
                if (!path.isString())
                    return Result<Spec>::failure(Texts::tr("key paths must be text"));
                paths.append(path.toString());
            }
        } else {
            return Result<Spec>::failure(Texts::tr("needs key paths (a, b.c) or a JSON object of keys and values"));
        }
        for (QString &path : paths) {
            path = path.trimmed();
            if (path.isEmpty() || path.startsWith(QLatin1Char('.')) || path.endsWith(QLatin1Char('.')) ||
                path.contains(QStringLiteral("..")))
                return Result<Spec>::failure(
                    Texts::tr("\"%1\" is not a key path").arg(keys.isString() ? keys.toString() : path));
        }
        spec.paths = paths;
        return spec;
    }
    case Kind::Number: {
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            const auto target = numericValue(object.value(QStringLiteral("value")));
            const QJsonValue tolerance = object.value(QStringLiteral("tolerance"));
            if (!target)
                return Result<Spec>::failure(Texts::tr("needs {\"value\": number, \"tolerance\": number}"));
            spec.number = *target;
            if (!tolerance.isUndefined()) {
                const auto parsed = numericValue(tolerance);
                if (!parsed)
                    return Result<Spec>::failure(Texts::tr("the tolerance must be a number"));
                spec.tolerance = *parsed;
            }
        } else if (value.isDouble()) {
            spec.number = value.toDouble();
        } else if (value.isString()) {
            static const QRegularExpression pattern(
                QStringLiteral("^\\s*([^±+]+?)\\s*(?:(?:±|\\+-|\\+/-)\\s*(.+?))?\\s*$"));
            const QRegularExpressionMatch match = pattern.match(value.toString());
            const auto target = match.hasMatch() ? parseDouble(match.captured(1)) : std::nullopt;
            if (!target)
                return Result<Spec>::failure(
                    Texts::tr("\"%1\" is not a number, e.g. 42 or 42 ± 0.5").arg(value.toString()));
            spec.number = *target;
            if (match.hasCaptured(2)) {
                const auto tolerance = parseDouble(match.captured(2));
                if (!tolerance)
                    return Result<Spec>::failure(
                        Texts::tr("\"%1\" is not a number, e.g. 42 or 42 ± 0.5").arg(value.toString()));
                spec.tolerance = *tolerance;
            }
        } else {
            return Result<Spec>::failure(Texts::tr("needs a number, e.g. 42 or 42 ± 0.5"));
        }
        if (spec.tolerance < 0)
            return Result<Spec>::failure(Texts::tr("the tolerance must not be negative"));
        return spec;
    }
    case Kind::Latency:
    case Kind::Cost:
    case Kind::MaxOutputTokens: {
        // promptfoo writes the limit of latency and cost as the threshold; it wins over the value.
        const auto limit = threshold && kind != Kind::MaxOutputTokens ? threshold : numericValue(value);
        if (!limit || *limit < 0)
            return Result<Spec>::failure(Texts::tr("needs a limit: a number not below 0"));
        spec.number = *limit;
        return spec;
    }
    }
    return Result<Spec>::failure(Texts::tr("unknown assertion"));
}

} // namespace

QString EvalAssertion::kindName(Kind kind)
{
    for (const KindName &entry : kKindNames)
        if (entry.kind == kind)
            return QString::fromUtf16(entry.name);
    return {};
}

std::optional<EvalAssertion::Kind> EvalAssertion::kindFromName(QStringView name)
{
    for (const KindName &entry : kKindNames)
        if (name == QStringView(entry.name))
            return entry.kind;
    // Aliases, so that sets written for other tools read as meant.
    if (name == u"max-latency")
        return Kind::Latency;
    if (name == u"max-cost")
        return Kind::Cost;
    if (name == u"max-tokens")
        return Kind::MaxOutputTokens;
    return std::nullopt;
}

bool EvalAssertion::kindCanBeNegated(Kind kind)
{
    switch (kind) {
    case Kind::Equals:
    case Kind::Contains:
    case Kind::IContains:
    case Kind::StartsWith:
    case Kind::Regex:
    case Kind::IsJson:
    case Kind::JsonKeys:
    case Kind::Number:
    case Kind::ContainsAny:
    case Kind::ContainsAll:
    case Kind::IContainsAny:
    case Kind::IContainsAll:
    case Kind::Levenshtein:
    case Kind::EqualsTrimmed:
    case Kind::IsJsonFenced:
        return true;
    case Kind::Latency:
    case Kind::Cost:
    case Kind::MaxOutputTokens:
    case Kind::LlmRubric:
        break;
    }
    return false;
}

Result<EvalAssertion> EvalAssertion::create(QStringView type, const QJsonValue &value, std::optional<double> threshold)
{
    const bool negated = type.startsWith(u"not-");
    const QStringView bare = negated ? type.mid(4) : type;
    const auto kind = kindFromName(bare);
    if (!kind || (negated && !kindCanBeNegated(*kind)))
        return Result<EvalAssertion>::failure(Texts::tr("unknown assertion type \"%1\"").arg(type.toString()));
    if (threshold && !std::isfinite(*threshold))
        return Result<EvalAssertion>::failure(Texts::tr("%1: the threshold must be a number").arg(type.toString()));
    const Result<Spec> spec = parseSpec(*kind, value, threshold);
    if (!spec)
        return Result<EvalAssertion>::failure(Texts::tr("%1: %2").arg(type.toString(), spec.error()));
    EvalAssertion assertion;
    assertion.kind = *kind;
    assertion.negated = negated;
    assertion.value = value;
    assertion.threshold = threshold;
    return assertion;
}

Result<EvalAssertion> EvalAssertion::fromCsvText(QStringView text)
{
    // promptfoo's own reading: a leading lowercase type name, an optional (threshold), a colon.
    static const QRegularExpression typed(
        QStringLiteral("^((?:rightsize:)?[a-z][a-z0-9-]*)(?:\\(([^)]*)\\))?(?::(.*))?$"),
        QRegularExpression::DotMatchesEverythingOption);
    const QString trimmed = text.trimmed().toString();
    const QRegularExpressionMatch match = typed.match(trimmed);
    const bool looksTyped = match.hasMatch() &&
        (match.hasCaptured(3) || kindFromName(match.captured(1)) ||
         (match.captured(1).startsWith(QStringLiteral("not-"))));
    if (!looksTyped) {
        EvalAssertion assertion;
        assertion.kind = Kind::Equals;
        assertion.value = trimmed;
        return assertion;
    }
    QString type = match.captured(1);
    if (type == QLatin1String("grade"))
        type = QStringLiteral("llm-rubric"); // promptfoo's older spelling
    std::optional<double> threshold;
    if (match.hasCaptured(2)) {
        threshold = parseDouble(match.captured(2));
        if (!threshold)
            return Result<EvalAssertion>::failure(
                Texts::tr("%1: \"%2\" is not a threshold").arg(type, match.captured(2)));
    }
    const QString value = match.captured(3).trimmed();
    const QStringView baseType = QStringView(type).mid(type.startsWith(QStringLiteral("not-")) ? 4 : 0);
    const auto kind = kindFromName(baseType);
    // promptfoo's CSV reader (src/csv.ts, THRESHOLD_ASSERTION_TYPES) gives these kinds a threshold
    // of 0.75 when the cell has none: levenshtein then passes only an exact match (0 edits), and
    // latency and cost read the limit from the threshold, not the value: 0.75 ms and $0.75. Their
    // aliases (max-latency, max-cost) are Rightsize's and keep the value as the limit.
    constexpr double kPromptfooCsvThreshold = 0.75;
    if (!threshold && (baseType == u"levenshtein" || baseType == u"latency" || baseType == u"cost"))
        threshold = kPromptfooCsvThreshold;
    QJsonValue json = value;
    if (value.isEmpty() && kind &&
        (*kind == Kind::IsJson || *kind == Kind::IsJsonFenced ||
         ((*kind == Kind::Latency || *kind == Kind::Cost) && threshold)))
        json = QJsonValue(QJsonValue::Undefined);
    const Result<EvalAssertion> assertion = create(type, json, threshold);
    if (!assertion && !kind)
        return Result<EvalAssertion>::failure(
            Texts::tr("unknown assertion type \"%1\" (write \"equals: %2\" for plain text)").arg(type, trimmed));
    return assertion;
}

Result<EvalAssertion> EvalAssertion::fromJson(const QJsonObject &object)
{
    const QJsonValue type = object.value(QStringLiteral("type"));
    if (!type.isString())
        return Result<EvalAssertion>::failure(Texts::tr("\"type\" is missing or not text"));
    std::optional<double> threshold;
    const QJsonValue thresholdValue = object.value(QStringLiteral("threshold"));
    if (!thresholdValue.isUndefined() && !thresholdValue.isNull()) {
        if (!thresholdValue.isDouble())
            return Result<EvalAssertion>::failure(Texts::tr("%1: the threshold must be a number").arg(type.toString()));
        threshold = thresholdValue.toDouble();
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        static const QStringList known{QStringLiteral("type"), QStringLiteral("value"), QStringLiteral("threshold"),
                                       QStringLiteral("metric"), QStringLiteral("weight")};
        if (!known.contains(it.key()))
            return Result<EvalAssertion>::failure(
                Texts::tr("%1: field \"%2\" is not supported").arg(type.toString(), it.key()));
    }
    return create(type.toString(), object.value(QStringLiteral("value")), threshold);
}

EvalAssertion EvalAssertion::withVariables(const QMap<QString, QString> &variables) const
{
    // promptfoo renders every assertion value with the case's vars; unknown names stay as written.
    const auto fill = [&variables](const QJsonValue &item) -> QJsonValue {
        return item.isString() ? QJsonValue(TemplateExpander::expandKnown(item.toString(), variables)) : item;
    };
    EvalAssertion filled = *this;
    if (value.isArray()) {
        QJsonArray items;
        for (const QJsonArray elements = value.toArray(); const QJsonValue &item : elements)
            items.append(fill(item));
        filled.value = items;
    } else {
        filled.value = fill(value);
    }
    return filled;
}

QString EvalAssertion::typeName() const
{
    return negated ? QStringLiteral("not-") + kindName(kind) : kindName(kind);
}

QString EvalAssertion::valueText() const
{
    if (value.isUndefined() || value.isNull())
        return threshold && kind != Kind::LlmRubric ? number(*threshold) : QString();
    if (value.isString())
        return value.toString();
    return jsonText(value);
}

QJsonObject EvalAssertion::toJson() const
{
    QJsonObject object{{QStringLiteral("type"), typeName()}};
    if (!value.isUndefined())
        object.insert(QStringLiteral("value"), value);
    if (threshold)
        object.insert(QStringLiteral("threshold"), *threshold);
    return object;
}

AssertionResult EvalAssertion::check(const EvalObservation &observation) const
{
    AssertionResult result;
    result.type = typeName();
    const Result<Spec> parsed = parseSpec(kind, value, threshold);
    if (!parsed) {
        result.error = true;
        result.reason = Texts::tr("The assertion %1 is invalid: %2").arg(typeName(), parsed.error());
        return result;
    }
    const Spec &spec = parsed.value();
    const QString &answer = observation.answer;
    const QString got = shown(answer.trimmed());

    // Each kind yields whether it holds, and the two sentences saying so or not.
    bool holds = false;
    QString whenHolds;
    QString whenNot;
    switch (kind) {
    case Kind::Equals: // promptfoo compares the whole answer as it came
    case Kind::EqualsTrimmed:
        holds = kind == Kind::Equals ? answer == spec.text : answer.trimmed() == spec.text.trimmed();
        whenHolds = Texts::tr("The answer equals \"%1\".").arg(shown(spec.text));
        whenNot = Texts::tr("Expected \"%1\"; the answer was \"%2\".").arg(shown(spec.text), got);
        break;
    case Kind::Contains:
    case Kind::IContains:
        holds = answer.contains(spec.text, kind == Kind::IContains ? Qt::CaseInsensitive : Qt::CaseSensitive);
        whenHolds = Texts::tr("The answer contains \"%1\".").arg(shown(spec.text));
        whenNot = Texts::tr("Expected the answer to contain \"%1\"; it was \"%2\".").arg(shown(spec.text), got);
        break;
    case Kind::ContainsAny:
    case Kind::ContainsAll:
    case Kind::IContainsAny:
    case Kind::IContainsAll: {
        const bool any = kind == Kind::ContainsAny || kind == Kind::IContainsAny;
        const Qt::CaseSensitivity cs =
            kind == Kind::IContainsAny || kind == Kind::IContainsAll ? Qt::CaseInsensitive : Qt::CaseSensitive;
        QStringList found;
        QStringList missing;
        for (const QString &text : spec.paths)
            (answer.contains(text, cs) ? found : missing).append(text);
        const QString list = spec.paths.join(QStringLiteral("\", \""));
        holds = any ? !found.isEmpty() : missing.isEmpty();
        whenHolds = any ? Texts::tr("The answer contains \"%1\".").arg(shown(found.join(QStringLiteral("\", \""))))
                        : Texts::tr("The answer contains all of \"%1\".").arg(shown(list));
        whenNot = any ? Texts::tr("Expected the answer to contain one of \"%1\"; it was \"%2\".").arg(shown(list), got)
                      : Texts::tr("Expected the answer to contain \"%1\"; it was \"%2\".")
                            .arg(shown(missing.join(QStringLiteral("\", \""))), got);
        break;
    }
    case Kind::Levenshtein: {
        const qsizetype distance = levenshtein(answer, spec.text);
        holds = double(distance) <= spec.number;
        whenHolds = Texts::tr("The answer is %1 edits from \"%2\", within %3.")
                        .arg(distance)
                        .arg(shown(spec.text), number(spec.number));
        whenNot = Texts::tr("Expected at most %1 edits from \"%2\"; the answer is %3 edits away: \"%4\".")
                      .arg(number(spec.number), shown(spec.text))
                      .arg(distance)
                      .arg(got);
        break;
    }
    case Kind::StartsWith: // promptfoo: the answer as it came, leading blanks included
        holds = answer.startsWith(spec.text);
        whenHolds = Texts::tr("The answer starts with \"%1\".").arg(shown(spec.text));
        whenNot = Texts::tr("Expected the answer to start with \"%1\"; it was \"%2\".").arg(shown(spec.text), got);
        break;
    case Kind::Regex:
        holds = spec.regex.match(answer).hasMatch();
        whenHolds = Texts::tr("The answer matches /%1/.").arg(spec.regex.pattern());
        whenNot = Texts::tr("Expected the answer to match /%1/; it was \"%2\".").arg(spec.regex.pattern(), got);
        break;
    case Kind::IsJson:
    case Kind::IsJsonFenced: {
        const auto json = answerJson(answer, kind == Kind::IsJsonFenced);
        if (!json) {
            whenNot = Texts::tr("Expected JSON; the answer was \"%1\".").arg(got);
        } else if (spec.schema) {
            const QString mismatch = schemaMismatch(*json, *spec.schema, QStringLiteral("$"));
            holds = mismatch.isEmpty();
            whenNot = Texts::tr("Expected JSON matching the schema; %1.").arg(mismatch);
        } else {
            holds = true;
        }
        whenHolds =
            spec.schema ? Texts::tr("The answer is JSON matching the schema.") : Texts::tr("The answer is valid JSON.");
        if (holds && negated)
            whenNot = whenHolds;
        break;
    }
    case Kind::JsonKeys: {
        const auto json = answerJson(answer, true);
        const QString wanted = spec.paths.isEmpty() ? jsonText(spec.keyValues) : spec.paths.join(QStringLiteral(", "));
        whenHolds = Texts::tr("The answer is JSON with %1.").arg(wanted);
        if (!json || !json->isObject()) {
            whenNot = Texts::tr("Expected a JSON object with %1; the answer was \"%2\".").arg(wanted, got);
            break;
        }
        QString mismatch;
        for (const QString &path : spec.paths) {
            if (!lookupPath(*json, path)) {
                mismatch = Texts::tr("no key \"%1\"").arg(path);
                break;
            }
        }
        if (spec.paths.isEmpty())
            mismatch = subsetMismatch(*json, spec.keyValues, QString());
        holds = mismatch.isEmpty();
        whenNot = Texts::tr("Expected a JSON object with %1; %2.").arg(wanted, mismatch);
        break;
    }
    case Kind::Number: {
        static const QRegularExpression numberPattern(
            QStringLiteral("[-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:[eE][-+]?\\d+)?|[-+]?\\.\\d+"));
        QString last;
        for (const QRegularExpressionMatch &match : numberPattern.globalMatch(answer))
            last = match.captured(0);
        const QString target = spec.tolerance > 0
            ? Texts::tr("%1 ± %2").arg(number(spec.number), number(spec.tolerance))
            : number(spec.number);
        whenHolds = Texts::tr("The answer's number is %1.").arg(target);
        if (last.isEmpty()) {
            whenNot = Texts::tr("Expected the number %1; the answer has no number: \"%2\".").arg(target, got);
            break;
        }
        const double found = last.remove(QLatin1Char(',')).toDouble();
        // A relative epsilon so that 0.1 + 0.2 written out still equals 0.3.
        holds = std::abs(found - spec.number) <= spec.tolerance + 1e-9 * std::max(1.0, std::abs(spec.number));
        whenHolds = Texts::tr("The answer's number %1 is %2.").arg(number(found), target);
        whenNot = Texts::tr("Expected the number %1; the answer's number was %2.").arg(target, number(found));
        break;
    }
    case Kind::Latency:
        holds = observation.latencyMs <= spec.number;
        whenHolds = Texts::tr("The answer took %1 ms, within %2 ms.")
                        .arg(number(std::round(observation.latencyMs)), number(spec.number));
        whenNot = Texts::tr("Expected at most %1 ms; the answer took %2 ms.")
                      .arg(number(spec.number), number(std::round(observation.latencyMs)));
        break;
    case Kind::Cost:
        if (!observation.costUsd) {
            result.error = true;
            result.reason =
                Texts::tr("Cost not checked: the answer's cost is unknown (no catalog price or no token usage).");
            return result;
        }
        holds = *observation.costUsd <= spec.number;
        whenHolds =
            Texts::tr("The answer cost $%1, within $%2.").arg(number(*observation.costUsd), number(spec.number));
        whenNot = Texts::tr("Expected a cost of at most $%1; the answer cost $%2.")
                      .arg(number(spec.number), number(*observation.costUsd));
        break;
    case Kind::MaxOutputTokens:
        if (!observation.outputTokens) {
            result.error = true;
            result.reason = Texts::tr("Output tokens not checked: the server reported no token usage.");
            return result;
        }
        holds = double(*observation.outputTokens) <= spec.number;
        whenHolds = Texts::tr("The answer used %1 output tokens, within %2.")
                        .arg(*observation.outputTokens)
                        .arg(number(spec.number));
        whenNot = Texts::tr("Expected at most %1 output tokens; the answer used %2.")
                      .arg(number(spec.number))
                      .arg(*observation.outputTokens);
        break;
    case Kind::LlmRubric:
        return judgeError(Texts::tr("the rubric needs a judge"));
    }

    result.passed = negated ? !holds : holds;
    result.score = result.passed ? 1.0 : 0.0;
    if (negated)
        result.reason = result.passed ? Texts::tr("As required, not so: %1").arg(whenNot)
                                      : Texts::tr("Expected the opposite: %1").arg(whenHolds);
    else
        result.reason = result.passed ? whenHolds : whenNot;
    return result;
}

AssertionResult EvalAssertion::grade(double score, const QString &judgeReply) const
{
    AssertionResult result;
    result.type = typeName();
    result.score = score;
    result.passed = score >= passThreshold();
    result.reason = result.passed
        ? Texts::tr("The judge scored %1 (pass from %2) on \"%3\": %4")
              .arg(number(score), number(passThreshold()), shown(valueText()), shown(judgeReply.trimmed()))
        : Texts::tr("Expected a judge score of at least %2 on \"%3\"; the judge scored %1: %4")
              .arg(number(score), number(passThreshold()), shown(valueText()), shown(judgeReply.trimmed()));
    return result;
}

AssertionResult EvalAssertion::judgeError(const QString &problem) const
{
    AssertionResult result;
    result.type = typeName();
    result.error = true;
    result.reason = Texts::tr("Rubric \"%1\" not graded: %2").arg(shown(valueText()), problem);
    return result;
}

QString EvalAssertion::judgePrompt(const QString &answer, const QString &expected) const
{
    // Not translated: this text goes to a model, and judges are most reliable in English.
    QString prompt =
        QStringLiteral(
            "You are grading an answer against a rubric. Judge only whether the answer satisfies the rubric.\n\n"
            "<rubric>\n%1\n</rubric>\n\n<answer>\n%2\n</answer>\n")
            .arg(valueText(), answer);
    if (!expected.isEmpty())
        prompt += QStringLiteral("\n<reference_answer>\n%1\n</reference_answer>\n").arg(expected);
    prompt +=
        QStringLiteral("\nExplain your judgement in one or two sentences, then end with exactly one line of the form\n"
                       "SCORE: x\nwhere x is a number from 0 (fails the rubric) to 1 (fully satisfies it). "
                       "Write \"SCORE:\" nowhere else.");
    return prompt;
}

Result<double> EvalAssertion::parseJudgeScore(QStringView reply)
{
    static const QRegularExpression scoreLine(QStringLiteral("SCORE:\\s*([^\\s]*)"));
    const QString text = reply.toString();
    const qsizetype count = text.count(QStringLiteral("SCORE:"));
    if (count == 0)
        return Result<double>::failure(Texts::tr("the judge's reply has no \"SCORE: x\" line"));
    if (count > 1)
        return Result<double>::failure(Texts::tr("the judge's reply has %1 \"SCORE:\" lines, not one").arg(count));
    const QString token = scoreLine.match(text).captured(1);
    // Trailing sentence punctuation is tolerated; anything else (fractions, percentages) is not.
    QString digits = token;
    while (digits.endsWith(QLatin1Char('.')) && digits.count(QLatin1Char('.')) > 1)
        digits.chop(1);
    static const QRegularExpression plainNumber(QStringLiteral("^(?:\\d+(?:\\.\\d+)?|\\.\\d+)\\.?$"));
    const auto score = plainNumber.match(digits).hasMatch()
        ? parseDouble(QStringView(digits).chopped(digits.endsWith(QLatin1Char('.')) ? 1 : 0))
        : std::nullopt;
    if (!score || *score < 0.0 || *score > 1.0)
        return Result<double>::failure(Texts::tr("the judge's score \"%1\" is not a number from 0 to 1").arg(token));
    return *score;
}
