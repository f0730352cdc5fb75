// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
// Fuzzes TemplateExpander against a deliberately naive reference written from its documented
// contract (try a placeholder at every position, left to right): the variables found, the text
// expanded with some values known and some not, the unknown names and the errors must all agree.
// The first byte picks how the rest becomes text (UTF-8, or raw UTF-16 so unpaired surrogates
// come through) and which variables get values.
#include "compare/templateexpander.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

struct Found
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString name;
};

bool nameStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool nameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.';
}

/// The placeholder starting exactly at `at`, if there is one: `{{`, blanks, a name, blanks, `}}`.
bool placeholderAt(QStringView text, qsizetype at, Found *found)
{
    if (at + 1 >= text.size() || text[at] != u'{' || text[at + 1] != u'{')
        return false;
    qsizetype i = at + 2;
    while (i < text.size() && text[i].isSpace())
        ++i;
    const qsizetype begin = i;
    if (i >= text.size() || !nameStart(text[i]))
        return false;
    while (i < text.size() && nameChar(text[i]))
        ++i;
    const qsizetype end = i;
    while (i < text.size() && text[i].isSpace())
        ++i;
    if (i + 1 >= text.size() || text[i] != u'}' || text[i + 1] != u'}')
        return false;
    *found = {at, i + 2 - at, text.mid(begin, end - begin).toString()};
    return true;
}

QList<Found> placeholders(QStringView text)
{
    QList<Found> all;
    for (qsizetype at = 0; at < text.size();) {
        Found f;
        if (placeholderAt(text, at, &f)) {
            all.append(f);
            at += f.length;
        } else {
            ++at;
        }
    }
    return all;
}

QString expandedByReference(QStringView text, const QList<Found> &found, const QMap<QString, QString> &values)
{
    QString out;
    qsizetype copied = 0;
    for (const Found &f : found) {
        out += text.mid(copied, f.start - copied);
        out += values.contains(f.name) ? values.value(f.name) : text.mid(f.start, f.length).toString();
        copied = f.start + f.length;
    }
    out += text.mid(copied);
    return out;
}

[[noreturn]] void fail(const char *what, const QString &text)
{
    std::fprintf(stderr, "%s\ntext: %s\n", what, qPrintable(text));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size < 1 || size > 16 * 1024)
        return 0;
    const uint8_t mode = bytes[0];
    const char *data = reinterpret_cast<const char *>(bytes + 1);
    const qsizetype length = qsizetype(size - 1);
    const QString text =
        (mode & 1) ? QString(reinterpret_cast<const QChar *>(data), length / 2) : QString::fromUtf8(data, length);

    const QList<Found> found = placeholders(text);
    QStringList names;
    for (const Found &f : found) {
        if (!names.contains(f.name))
            names.append(f.name);
    }
    if (TemplateExpander::variables(text) != names)
        fail("variables() differs from the reference", text);

    // No values: the text comes back as written and every variable is unknown.
    QStringList unknown;
    if (TemplateExpander::expandKnown(text, {}, &unknown) != text || unknown != names)
        fail("expandKnown() without values changed the text or missed a variable", text);

    // Values for some of the variables (chosen by the mode's bits); values carry braces and
    // placeholders of their own, which must be inserted verbatim.
    QMap<QString, QString> values;
    QStringList missing;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if ((mode >> (1 + i % 7)) & 1)
            values.insert(names[i], QStringLiteral("<{{%1}} }}{{>").arg(names[i]));
        else
            missing.append(names[i]);
    }
    unknown.clear();
    const QString expected = expandedByReference(text, found, values);
    if (TemplateExpander::expandKnown(text, values, &unknown) != expected || unknown != missing)
        fail("expandKnown() differs from the reference", text);

    const Result<QString> strict = TemplateExpander::expand(text, values);
    if (missing.isEmpty() != bool(strict))
        fail("expand() succeeded with unknown variables, or failed without", text);
    if (strict && strict.value() != expected)
        fail("expand() differs from expandKnown()", text);
    if (!strict) {
        for (const QString &name : missing) {
            if (!strict.error().contains(QStringLiteral("{{%1}}").arg(name)))
                fail("expand()'s error does not name every unknown variable", text);
        }
    }

    // The prompt form: the text split into system and user at its middle.
    PromptTemplate prompt;
    prompt.system = text.left(text.size() / 2);
    prompt.user = text.mid(text.size() / 2);
    prompt.variables = values;
    const Result<TemplateExpander::Expanded> both = TemplateExpander::expand(prompt);
    const Result<QString> system = TemplateExpander::expand(prompt.system, values);
    const Result<QString> user = TemplateExpander::expand(prompt.user, values);
    if (bool(both) != (system && user))
        fail("expand(PromptTemplate) disagrees with expanding its parts", text);
    if (both && (both->system != system.value() || both->user != user.value()))
        fail("expand(PromptTemplate) changed a part", text);
    if (!both && both.error().isEmpty())
        fail("expand(PromptTemplate) failed without saying why", text);
    return 0;
}
