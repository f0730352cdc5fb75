// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "evalset.h"

#include "compare/templateexpander.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace {
/// Names the translation context of this file's messages where lupdate can see it.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(EvalSet)
};
} // namespace

// One template engine for the app: Compare's TemplateExpander reads the placeholders here too.
QStringList EvalTemplate::variablesIn(QStringView text)
{
    return TemplateExpander::variables(text);
}

QStringList EvalTemplate::variables() const
{
    QStringList names = variablesIn(system);
    for (const QString &name : variablesIn(user))
        if (!names.contains(name))
            names.append(name);
    return names;
}

Result<QString> EvalTemplate::render(QStringView text, const QMap<QString, QString> &values)
{
    // One pass, so that a value containing "{{x}}" is inserted as written, not expanded.
    QStringList unknown;
    QString rendered = TemplateExpander::expandKnown(text, values, &unknown);
    if (!unknown.isEmpty())
        return Result<QString>::failure(
            Texts::tr("the template uses {{%1}} but there is no variable \"%1\"").arg(unknown.constFirst()));
    return rendered;
}

QString EvalSet::caseLabel(int index) const
{
    if (index >= 0 && index < cases.size() && !cases.at(index).description.isEmpty())
        return cases.at(index).description;
    return Texts::tr("case %1").arg(index + 1);
}

EvalTemplate EvalSet::suggestedTemplate() const
{
    QStringList names;
    for (const EvalCase &evalCase : cases) {
        for (auto it = evalCase.variables.cbegin(); it != evalCase.variables.cend(); ++it)
            if (!names.contains(it.key()))
                names << it.key();
    }
    if (!prompt.isEmpty() || names.size() != 1)
        return {};
    return {{}, QStringLiteral("{{%1}}").arg(names.constFirst())};
}

Status EvalSet::checkTemplate(const EvalTemplate &prompt) const
{
    const QStringList needed = prompt.variables();
    for (int i = 0; i < cases.size(); ++i) {
        for (const QString &name : needed) {
            if (!cases.at(i).variables.contains(name))
                return Status::failure(Texts::tr("%1: the template uses {{%2}} but the case has no variable \"%2\"")
                                           .arg(caseLabel(i), name));
        }
    }
    return success();
}

QString EvalCase::metadataText(const QString &name) const
{
    const QJsonValue value = metadata.value(name);
    if (value.isArray()) {
        QStringList items;
        for (const QJsonArray elements = value.toArray(); const QJsonValue &item : elements)
            items.append(item.toVariant().toString());
        return items.join(QStringLiteral(", "));
    }
    return value.isUndefined() ? QString() : value.toVariant().toString();
}

bool EvalCase::matchesMetadata(QStringView filter) const
{
    const QStringView wanted = filter.trimmed();
    if (wanted.isEmpty())
        return true;
    const qsizetype equals = wanted.indexOf(QLatin1Char('='));
    if (equals > 0) {
        const QString name = wanted.left(equals).trimmed().toString();
        const QString value = wanted.mid(equals + 1).trimmed().toString();
        const QJsonValue held = metadata.value(name);
        if (held.isArray()) {
            const QJsonArray items = held.toArray();
            return std::any_of(items.begin(), items.end(),
                               [&value](const QJsonValue &item) { return item.toVariant().toString() == value; });
        }
        return !held.isUndefined() && held.toVariant().toString() == value;
    }
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        if (it.key().contains(wanted, Qt::CaseInsensitive) ||
            metadataText(it.key()).contains(wanted, Qt::CaseInsensitive))
            return true;
    return false;
}
