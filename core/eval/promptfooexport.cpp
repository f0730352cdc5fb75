// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "promptfooexport.h"

#include "evalsetformat.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QStringList>

#include <optional>

namespace {
QJsonValue orNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

/// promptfoo's `failureReason`: NONE 0, ASSERT 1, ERROR 2 (src/types/index.ts, ResultFailureReason).
int failureReason(const EvalResult &r)
{
    if (r.hasError())
        return 2;
    return r.passed ? 0 : 1;
}

/// Token counts promptfoo's way (prompt, completion, total, numRequests); unknown counts are left out.
struct TokenSums
{
    std::optional<qint64> prompt;
    std::optional<qint64> completion;
    int requests = 0;

    void add(const EvalResult &r)
    {
        ++requests;
        if (r.inputTokens)
            prompt = prompt.value_or(0) + *r.inputTokens;
        if (r.outputTokens)
            completion = completion.value_or(0) + *r.outputTokens;
    }
    QJsonObject toJson() const
    {
        QJsonObject usage{{QStringLiteral("numRequests"), requests}};
        if (prompt)
            usage.insert(QStringLiteral("prompt"), double(*prompt));
        if (completion)
            usage.insert(QStringLiteral("completion"), double(*completion));
        if (prompt && completion)
            usage.insert(QStringLiteral("total"), double(*prompt + *completion));
        return usage;
    }
};

QJsonObject varsOf(const EvalCase *c)
{
    QJsonObject vars;
    if (c)
        for (auto it = c->variables.cbegin(); it != c->variables.cend(); ++it)
            vars.insert(it.key(), it.value());
    return vars;
}

QJsonObject gradingResult(const EvalResult &r, const EvalCase *c)
{
    QJsonArray components;
    for (int i = 0; i < r.assertions.size(); ++i) {
        const AssertionResult &a = r.assertions.at(i);
        QJsonObject component{{QStringLiteral("pass"), a.passed},
                              {QStringLiteral("score"), a.score},
                              {QStringLiteral("reason"), a.reason}};
        // The set's assertion when it is the one checked; only its type otherwise.
        if (c && i < c->assertions.size() && c->assertions.at(i).typeName() == a.type)
            component.insert(QStringLiteral("assertion"), c->assertions.at(i).toJson());
        else
            component.insert(QStringLiteral("assertion"), QJsonObject{{QStringLiteral("type"), a.type}});
        components.append(component);
    }
    const QStringList reasons = r.failureReasons();
    return QJsonObject{
        {QStringLiteral("pass"), r.passed},
        {QStringLiteral("score"), r.score},
        {QStringLiteral("reason"),
         reasons.isEmpty() ? QStringLiteral("All assertions passed") : reasons.join(QStringLiteral("; "))},
        {QStringLiteral("namedScores"), QJsonObject()},
        {QStringLiteral("componentResults"), components},
    };
}

QString promptId(const QString &raw)
{
    // promptfoo names a prompt by the SHA-256 of its text when it has no id of its own.
    return QString::fromLatin1(QCryptographicHash::hash(raw.toUtf8(), QCryptographicHash::Sha256).toHex());
}

struct PromptRef
{
    QString id;
    QString label; ///< the template
};

/// One `results.results[]` entry: promptfoo's EvaluateResult.
QJsonObject evaluateResult(const EvalResult &r, const EvalCase *c, int promptIdx, const QJsonObject &provider,
                           const PromptRef &prompt)
{
    const int reason = failureReason(r);
    TokenSums tokens;
    tokens.add(r);
    QJsonObject response{{QStringLiteral("output"), r.answer}, {QStringLiteral("tokenUsage"), tokens.toJson()}};
    if (r.costUsd)
        response.insert(QStringLiteral("cost"), *r.costUsd);
    if (!r.error.isEmpty())
        response.insert(QStringLiteral("error"), r.error);
    QJsonObject output{
        {QStringLiteral("promptIdx"), promptIdx},
        {QStringLiteral("testIdx"), r.caseIndex},
        {QStringLiteral("testCase"), c ? EvalSetFormat::caseToJson(*c) : QJsonObject()},
        {QStringLiteral("promptId"), prompt.id},
        {QStringLiteral("provider"), provider},
        {QStringLiteral("prompt"),
         QJsonObject{{QStringLiteral("raw"), r.prompt}, {QStringLiteral("label"), prompt.label}}},
        {QStringLiteral("vars"), varsOf(c)},
        {QStringLiteral("response"), response},
        {QStringLiteral("error"),
         reason == 2 ? QJsonValue(r.failureReasons().join(QStringLiteral("; "))) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("failureReason"), reason},
        {QStringLiteral("success"), r.passed},
        {QStringLiteral("score"), r.score},
        {QStringLiteral("latencyMs"), r.latencyMs},
        {QStringLiteral("gradingResult"),
         r.error.isEmpty() ? QJsonValue(gradingResult(r, c)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("namedScores"), QJsonObject()},
        {QStringLiteral("cost"), orNull(r.costUsd)},
        {QStringLiteral("tokenUsage"), tokens.toJson()},
    };
    if (c && !c->description.isEmpty())
        output.insert(QStringLiteral("description"), c->description);
    return output;
}

struct Column
{
    QString name;
    QJsonObject provider; ///< {id, label}
    QList<const EvalResult *> results;
};
} // namespace

QString PromptfooExport::providerId(const Endpoint &endpoint)
{
    switch (endpoint.kind) {
    case EndpointKind::OpenAi:
        return QStringLiteral("openai:chat:") + endpoint.model;
    case EndpointKind::Anthropic:
        return QStringLiteral("anthropic:messages:") + endpoint.model;
    case EndpointKind::Ollama:
        return QStringLiteral("ollama:chat:") + endpoint.model;
    }
    return endpoint.name;
}

QJsonObject PromptfooExport::outputFile(const EvalSet &set, const QList<EvalResult> &results,
                                        const PromptfooRunInfo &run)
{
    const EvalTemplate &prompt = run.prompt.isEmpty() ? set.prompt : run.prompt;
    const QString label = prompt.user;
    const QString id = promptId(label);

    // One prompt × provider pair per endpoint: the run's column order, then any other seen.
    QList<Column> columns;
    const auto columnOf = [&columns, &run](const QString &name) -> Column & {
        for (Column &c : columns)
            if (c.name == name)
                return c;
        QString providerId = name;
        for (const Endpoint &e : run.endpoints)
            if (e.name == name)
                providerId = PromptfooExport::providerId(e);
        columns.append(
            Column{name, QJsonObject{{QStringLiteral("id"), providerId}, {QStringLiteral("label"), name}}, {}});
        return columns.last();
    };
    for (const Endpoint &e : run.endpoints)
        columnOf(e.name);
    for (const EvalResult &r : results)
        columnOf(r.endpointName).results.append(&r);

    QJsonArray prompts;
    QJsonArray providers;
    QJsonArray outputs;
    int successes = 0, failures = 0, errors = 0;
    TokenSums allTokens;
    QDateTime first;
    for (int promptIdx = 0; promptIdx < columns.size(); ++promptIdx) {
        const Column &column = columns.at(promptIdx);
        providers.append(column.provider);
        int passes = 0, fails = 0, errs = 0, assertPasses = 0, assertFails = 0;
        double scoreSum = 0, latencySum = 0;
        std::optional<double> cost;
        TokenSums tokens;
        for (const EvalResult *r : column.results) {
            const EvalCase *c =
                r->caseIndex >= 0 && r->caseIndex < set.cases.size() ? &set.cases.at(r->caseIndex) : nullptr;
            const int reason = failureReason(*r);
            (reason == 0 ? passes : reason == 1 ? fails : errs) += 1;
            for (const AssertionResult &a : r->assertions)
                (a.passed ? assertPasses : assertFails) += 1;
            scoreSum += r->score;
            latencySum += r->latencyMs;
            if (r->costUsd)
                cost = cost.value_or(0) + *r->costUsd;
            tokens.add(*r);
            allTokens.add(*r);
            if (r->finishedAt.isValid() && (!first.isValid() || r->finishedAt < first))
                first = r->finishedAt;

            outputs.append(evaluateResult(*r, c, promptIdx, column.provider, {id, label}));
        }
        successes += passes;
        failures += fails;
        errors += errs;
        const int n = int(column.results.size());
        prompts.append(QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("raw"), label},
            {QStringLiteral("label"), label},
            {QStringLiteral("provider"), column.name},
            {QStringLiteral("metrics"),
             QJsonObject{
                 {QStringLiteral("score"), n > 0 ? scoreSum / n : 0.0},
                 {QStringLiteral("testPassCount"), passes},
                 {QStringLiteral("testFailCount"), fails},
                 {QStringLiteral("testErrorCount"), errs},
                 {QStringLiteral("assertPassCount"), assertPasses},
                 {QStringLiteral("assertFailCount"), assertFails},
                 {QStringLiteral("totalLatencyMs"), latencySum},
                 {QStringLiteral("tokenUsage"), tokens.toJson()},
                 {QStringLiteral("namedScores"), QJsonObject()},
                 {QStringLiteral("namedScoresCount"), QJsonObject()},
                 {QStringLiteral("cost"), orNull(cost)},
             }},
        });
    }

    QJsonArray tests;
    for (const EvalCase &c : set.cases)
        tests.append(EvalSetFormat::caseToJson(c));
    const QDateTime timestamp = run.startedAt.isValid() ? run.startedAt : first;
    const QJsonObject summary{
        {QStringLiteral("version"), 3},
        {QStringLiteral("timestamp"),
         timestamp.isValid() ? QJsonValue(timestamp.toUTC().toString(Qt::ISODateWithMs))
                             : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("prompts"), prompts},
        {QStringLiteral("results"), outputs},
        {QStringLiteral("stats"),
         QJsonObject{{QStringLiteral("successes"), successes},
                     {QStringLiteral("failures"), failures},
                     {QStringLiteral("errors"), errors},
                     {QStringLiteral("tokenUsage"), allTokens.toJson()}}},
    };
    QJsonArray templates;
    templates.append(label);
    return QJsonObject{
        {QStringLiteral("evalId"),
         run.runId > 0 ? QJsonValue(QStringLiteral("rightsize-run-%1").arg(run.runId)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("results"), summary},
        {QStringLiteral("config"),
         QJsonObject{{QStringLiteral("description"), set.name},
                     {QStringLiteral("prompts"), templates},
                     {QStringLiteral("providers"), providers},
                     {QStringLiteral("tests"), tests}}},
        {QStringLiteral("shareableUrl"), QJsonValue(QJsonValue::Null)},
    };
}
