// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "compare/templateexpander.h"

#include <QCoreApplication>

namespace {
/// Names the translation context of this file's messages where lupdate can see it.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(TemplateExpander)
};

bool isNameStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.');
}

/// One placeholder found in a text: where it starts, its length and the name inside.
struct Placeholder
{
    qsizetype start = -1;
    qsizetype length = 0;
    QString name;
};

/// The next well-formed placeholder at or after `from`; start is -1 when there is none.
/// A single forward scan: each `{{` is looked at once.
Placeholder nextPlaceholder(QStringView text, qsizetype from)
{
    for (qsizetype open = text.indexOf(u"{{", from); open >= 0; open = text.indexOf(u"{{", open + 1)) {
        qsizetype i = open + 2;
        // Any blank, not only spaces: promptfoo files written by hand carry tabs too.
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        const qsizetype nameStart = i;
        if (i >= text.size() || !isNameStart(text.at(i)))
            continue;
        while (i < text.size() && isNameChar(text.at(i)))
            ++i;
        const qsizetype nameEnd = i;
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        if (text.mid(i).startsWith(u"}}"))
            return {open, i + 2 - open, text.mid(nameStart, nameEnd - nameStart).toString()};
    }
    return {};
}
} // namespace

QStringList TemplateExpander::variables(QStringView text)
{
    QStringList names;
    for (Placeholder p = nextPlaceholder(text, 0); p.start >= 0; p = nextPlaceholder(text, p.start + p.length)) {
        if (!names.contains(p.name))
            names.append(p.name);
    }
    return names;
}

QString TemplateExpander::expandKnown(QStringView text, const QMap<QString, QString> &values, QStringList *unknown)
{
    QString out;
    out.reserve(text.size());
    qsizetype copied = 0;
    for (Placeholder p = nextPlaceholder(text, 0); p.start >= 0; p = nextPlaceholder(text, p.start + p.length)) {
        out += text.mid(copied, p.start - copied);
        const auto value = values.constFind(p.name);
        if (value == values.constEnd()) {
            out += text.mid(p.start, p.length);
            if (unknown && !unknown->contains(p.name))
                unknown->append(p.name);
        } else {
            out += *value;
        }
        copied = p.start + p.length;
    }
    out += text.mid(copied);
    return out;
}

Result<QString> TemplateExpander::expand(QStringView text, const QMap<QString, QString> &values)
{
    QStringList unknown;
    const QString out = expandKnown(text, values, &unknown);
    if (!unknown.isEmpty()) {
        QStringList quoted;
        for (const QString &name : unknown)
            quoted << QStringLiteral("{{%1}}").arg(name);
        return Result<QString>::failure(
            Texts::tr("Unknown template variable(s) %1: give each a value or remove it from the prompt")
                .arg(quoted.join(QStringLiteral(", "))));
    }
    return out;
}

Result<TemplateExpander::Expanded> TemplateExpander::expand(const PromptTemplate &prompt)
{
    const Result<QString> system = expand(prompt.system, prompt.variables);
    const Result<QString> user = expand(prompt.user, prompt.variables);
    if (!system) {
        return Result<Expanded>::failure(Texts::tr("In the system prompt: %1").arg(system.error()));
    }
    if (!user)
        return Result<Expanded>::failure(Texts::tr("In the user prompt: %1").arg(user.error()));
    return Expanded{system.value(), user.value()};
}
