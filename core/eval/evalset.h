// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "evalassertion.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

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

    friend bool operator==(const EvalSet &, const EvalSet &) = default;
};
