// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "compare/runrecord.h"

#include <QMap>
#include <QString>
#include <QStringList>

/// Expands `{{variable}}` placeholders (blanks inside the braces allowed: `{{ name }}`). Names
/// are letters, digits, `_`, `-` and `.`, starting with a letter or `_`; anything else between
/// double braces (e.g. `{{ }}` or JSON such as `{{"a":1}}`) is left as written. Values are
/// inserted verbatim and never expanded again, so a value containing braces is safe.
/// The one template engine of the app: Compare's prompts and evaluation sets (EvalTemplate) both
/// use it, so a template behaves the same in both.
class TemplateExpander
{
public:
    /// The variable names used in `text`, in order of first use, without duplicates.
    static QStringList variables(QStringView text);
    /// `text` with every placeholder replaced; an error naming the unknown variables otherwise.
    static Result<QString> expand(QStringView text, const QMap<QString, QString> &values);
    /// `text` with every placeholder `values` has replaced; the others are left as written and
    /// their names appended to `unknown` (order of first use, no duplicates) for the caller to
    /// word its own error.
    static QString expandKnown(QStringView text, const QMap<QString, QString> &values, QStringList *unknown = nullptr);

    /// The system and user text expanded, or one error naming every unknown variable and where
    /// it is used; checked before any request is sent.
    struct Expanded
    {
        QString system;
        QString user;
    };
    static Result<Expanded> expand(const PromptTemplate &prompt);
};
