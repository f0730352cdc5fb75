// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "evalassertion.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

/// The prompt sent for each case: system and user text with `{{variable}}` placeholders
/// (blanks inside the braces are allowed: `{{ question }}`).
struct EvalTemplate
{
    QString system;
    QString user;

    bool isEmpty() const { return system.isEmpty() && user.isEmpty(); }
    /// The variable names used in `text`, in order of first use, without duplicates.
    static QStringList variablesIn(QStringView text);
    QStringList variables() const; ///< of system and user together
    /// Replaces every placeholder; fails naming the first variable `values` lacks.
    static Result<QString> render(QStringView text, const QMap<QString, QString> &values);

    friend bool operator==(const EvalTemplate &, const EvalTemplate &) = default;
};

/// One test case: the variables filled into the template and what the answer must satisfy.
struct EvalCase
{
    QString description;
    QMap<QString, QString> variables;
    QString expected; ///< a reference answer (shown, and given to the judge); may be empty
    QList<EvalAssertion> assertions;
    double weight = 1.0; ///< for the weighted pass rate; > 0
    /// promptfoo's `metadata`: names and values (text, or a list of texts) to filter results by.
    QJsonObject metadata;
    /// promptfoo's test `threshold`: the case passes when its mean assertion score reaches it,
    /// even if some assertions fail. Empty: every assertion must pass.
    std::optional<double> threshold;
    QString prefix; ///< promptfoo's `options.prefix`: put before the rendered user prompt
    QString suffix; ///< promptfoo's `options.suffix`: put after it

    /// The metadata value as one line: text as is, lists joined with ", "; empty when absent.
    QString metadataText(const QString &name) const;
    /// True when `filter` is empty, or is `name=value` and the case's `name` is `value` (or a
    /// list holding it), or is plain text found in any metadata name or value (ignoring case).
    bool matchesMetadata(QStringView filter) const;

    friend bool operator==(const EvalCase &, const EvalCase &) = default;
};

/// A named evaluation set: an optional prompt template (a run can supply one) and its cases.
struct EvalSet
{
    QString id; ///< stable identifier (file base name or UUID); never shown
    QString name;
    EvalTemplate prompt;
    QList<EvalCase> cases;

    /// The case's name for messages: its description, or "case N" (1-based).
    QString caseLabel(int index) const;
    /// Names the first case lacking a variable `prompt` uses; success if `prompt` is empty.
    Status checkTemplate(const EvalTemplate &prompt) const;
    /// For a set without a prompt whose cases all have one and the same variable (a one-column
    /// CSV): the user prompt `{{name}}`, which sends each value as it is; otherwise empty.
    EvalTemplate suggestedTemplate() const;

    friend bool operator==(const EvalSet &, const EvalSet &) = default;
};
