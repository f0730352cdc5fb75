// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "evalset.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EvalSet", text);
}

const QRegularExpression &placeholder()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_.-]*)\\s*\\}\\}"));
    return pattern;
}

} // namespace

QStringList EvalTemplate::variablesIn(QStringView text)
{
    QStringList names;
    for (const QRegularExpressionMatch &match : placeholder().globalMatch(text)) {
        const QString name = match.captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
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
    QString rendered;
    rendered.reserve(text.size());
    qsizetype last = 0;
    // One pass, so that a value containing "{{x}}" is inserted as written, not expanded.
    for (const QRegularExpressionMatch &match : placeholder().globalMatch(text)) {
        const QString name = match.captured(1);
        const auto it = values.constFind(name);
        if (it == values.cend())
            return Result<QString>::failure(tr("the template uses {{%1}} but there is no variable \"%1\"").arg(name));
        rendered += text.mid(last, match.capturedStart() - last);
        rendered += *it;
        last = match.capturedEnd();
    }
    rendered += text.mid(last);
    return rendered;
}

QString EvalSet::caseLabel(int index) const
{
    if (index >= 0 && index < cases.size() && !cases.at(index).description.isEmpty())
        return cases.at(index).description;
    return tr("case %1").arg(index + 1);
}

Status EvalSet::checkTemplate(const EvalTemplate &prompt) const
{
    const QStringList needed = prompt.variables();
    for (int i = 0; i < cases.size(); ++i) {
        for (const QString &name : needed) {
            if (!cases.at(i).variables.contains(name))
                return Status::failure(tr("%1: the template uses {{%2}} but the case has no variable \"%2\"")
                                           .arg(caseLabel(i), name));
        }
    }
    return success();
}
