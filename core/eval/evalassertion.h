// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"

#include <QtGlobal>

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>

#include <optional>

/// What a check looks at: one answer and its measurements.
struct EvalObservation
{
    QString answer;
    double latencyMs = 0;
    std::optional<double> costUsd;      ///< empty when the endpoint has no catalog price or no usage
    std::optional<qint64> outputTokens; ///< empty when the server sent no usage
};

/// The outcome of one assertion on one answer.
struct AssertionResult
{
    QString type; ///< EvalAssertion::typeName()
    bool passed = false;
    bool error = false; ///< could not be checked (judge unavailable, cost unknown…); never passes
    double score = 0;   ///< 0–1: 1 or 0 for yes/no checks, the judge's score for rubrics
    QString reason;     ///< translated: what was expected and what came

    friend bool operator==(const AssertionResult &, const AssertionResult &) = default;
};

/// One check on an answer, as written in an evaluation set. The syntax follows promptfoo's
/// (`type: value` in a CSV `__expected` column, `{"type", "value", "threshold"}` in JSONL):
///
/// | type                | value                                   | passes when                                       |
/// |---------------------|-----------------------------------------|---------------------------------------------------|
/// | equals              | text                                    | the answer is exactly the text (promptfoo's rule) |
/// | contains            | text                                    | the answer contains the text                      |
/// | icontains           | text                                    | the same, ignoring case                           |
/// | contains-any/-all   | list, or `a, b` in CSV                  | the answer contains one / every text              |
/// | icontains-any/-all  | the same                                | the same, ignoring case                           |
/// | starts-with         | text                                    | the answer, as it came, starts with it            |
/// | regex               | Perl-compatible pattern                 | the pattern matches somewhere in the answer       |
/// | levenshtein         | text                                    | edit distance at most the threshold (default 5;   |
/// |                     |                                         | a CSV cell without one: 0.75, as promptfoo)       |
/// | is-json             | none, or a JSON Schema subset           | the answer parses as JSON (and fits the schema)   |
/// | json-keys           | `a, b.c` or `{"a": 1, "b": {"c": "x"}}` | the answer is a JSON object with those keys/values|
/// | number              | `42`, `42 ± 0.5`, `42 +- 0.5`, `{"value": 42, "tolerance": 0.5}` | the answer's last number is within the tolerance |
/// | latency             | milliseconds (the threshold wins; a CSV | the answer took at most that long                 |
/// |                     | cell without one: 0.75, as promptfoo)   |                                                   |
/// | cost                | USD (the same rule)                     | the answer cost at most that much                 |
/// | max-output-tokens   | token count                             | the answer used at most that many output tokens   |
/// | llm-rubric          | the rubric text                         | the judge's score is at least the threshold (0.5) |
/// | rightsize:equals-trimmed | text                               | the trimmed answer is the trimmed text            |
/// | rightsize:is-json-fenced | like is-json                       | like is-json, also inside one Markdown fence      |
///
/// `not-` before every kind but latency, cost, max-output-tokens and llm-rubric inverts it.
/// The kinds named like promptfoo's give promptfoo's verdict for the same answer; the two
/// `rightsize:` kinds are the friendlier rules (blanks, ```json fences) under their own names.
/// json-keys (Rightsize only) also looks inside one fence. A threshold on a kind that does not
/// use it is accepted and ignored, as promptfoo does. The JSON Schema subset: `type` (string or
/// list), `required`, `properties`, `items`, `enum`, `const`, `minimum`, `maximum`. `json-keys`
/// paths use dots for nesting; values in its object form must be equal (objects: every listed
/// key must match, recursively). `llm-rubric(0.8): text` in CSV sets the threshold.
struct EvalAssertion
{
    enum class Kind {
        Equals,
        Contains,
        IContains,
        StartsWith,
        Regex,
        IsJson,
        JsonKeys,
        Number,
        Latency,
        Cost,
        MaxOutputTokens,
        LlmRubric,
        ContainsAny,
        ContainsAll,
        IContainsAny,
        IContainsAll,
        Levenshtein,
        EqualsTrimmed, ///< Rightsize only
        IsJsonFenced,  ///< Rightsize only
    };

    Kind kind = Kind::Equals;
    bool negated = false;
    QJsonValue value; ///< as written (kept so a set saves back unchanged)
    /// llm-rubric: minimum score to pass (default 0.5); latency, cost: the limit; levenshtein:
    /// the largest distance; ignored by the other kinds
    std::optional<double> threshold;

    /// Checks `type` and `value` and builds the assertion; the error says what is wrong
    /// (e.g. `unknown assertion type "containz"`, `invalid regular expression "(": …`).
    static Result<EvalAssertion> create(QStringView type, const QJsonValue &value,
                                        std::optional<double> threshold = {});
    /// Parses a promptfoo CSV cell: `type: value`, `type(threshold): value`, `is-json`, or
    /// plain text (equals). Text starting with a lowercase word and a colon is read as a type.
    static Result<EvalAssertion> fromCsvText(QStringView text);
    /// Reads `{"type": …, "value": …, "threshold": …}`.
    static Result<EvalAssertion> fromJson(const QJsonObject &object);
    /// The assertion with `{{name}}` in its value (text, or texts of a list) replaced by the
    /// case's variables, as promptfoo renders assertion values and rubrics.
    EvalAssertion withVariables(const QMap<QString, QString> &variables) const;

    QString typeName() const;  ///< "contains", "not-contains", "llm-rubric", …
    QString valueText() const; ///< the value as one line of text, for display
    QJsonObject toJson() const;
    double passThreshold() const { return threshold.value_or(0.5); }

    /// Checks an answer. An llm-rubric cannot be checked here (it needs a judge): the result
    /// is an error; use judgePrompt(), parseJudgeScore() and grade() instead.
    AssertionResult check(const EvalObservation &observation) const;
    /// The llm-rubric result for a judge's `score` (0–1) and the judge's reply.
    AssertionResult grade(double score, const QString &judgeReply) const;
    /// The llm-rubric result when the judge could not be asked or answered badly.
    AssertionResult judgeError(const QString &problem) const;
    /// What the judge is asked: the rubric, the answer, the reference answer when known, and
    /// the instruction to end with exactly one line `SCORE: x` (0 ≤ x ≤ 1).
    QString judgePrompt(const QString &answer, const QString &expected) const;
    /// Strict: the reply must contain `SCORE:` exactly once, followed by a number in [0, 1].
    static Result<double> parseJudgeScore(QStringView reply);

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name); ///< without "not-"
    static bool kindCanBeNegated(Kind kind);

    friend bool operator==(const EvalAssertion &, const EvalAssertion &) = default;
};
