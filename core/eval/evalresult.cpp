// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "evalresult.h"

#include <QJsonArray>

namespace {

template<typename T>
void insertOptional(QJsonObject &object, const QString &key, const std::optional<T> &value)
{
    if (value)
        object.insert(key, double(*value));
}

std::optional<double> optionalDouble(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? std::optional(value.toDouble()) : std::nullopt;
}

std::optional<qint64> optionalInt(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? std::optional(qint64(value.toDouble())) : std::nullopt;
}

} // namespace

bool EvalResult::hasError() const
{
    return !error.isEmpty() ||
        std::any_of(assertions.cbegin(), assertions.cend(), [](const AssertionResult &a) { return a.error; });
}

QStringList EvalResult::failureReasons() const
{
    QStringList reasons;
    if (!error.isEmpty())
        reasons.append(error);
    for (const AssertionResult &assertion : assertions)
        if (!assertion.passed)
            reasons.append(assertion.reason);
    return reasons;
}

QJsonObject EvalResult::toJson() const
{
    QJsonObject object{{QStringLiteral("set_id"), setId},
                       {QStringLiteral("set_name"), setName},
                       {QStringLiteral("case"), caseIndex},
                       {QStringLiteral("endpoint"), endpointName},
                       {QStringLiteral("catalog_model"), catalogModel},
                       {QStringLiteral("repeat"), repeat},
                       {QStringLiteral("prompt"), prompt},
                       {QStringLiteral("answer"), answer},
                       {QStringLiteral("latency_ms"), latencyMs},
                       {QStringLiteral("passed"), passed},
                       {QStringLiteral("score"), score},
                       {QStringLiteral("error"), error},
                       {QStringLiteral("finished_at"), finishedAt.toString(Qt::ISODateWithMs)}};
    insertOptional(object, QStringLiteral("ttft_ms"), ttftMs);
    insertOptional(object, QStringLiteral("cost_usd"), costUsd);
    insertOptional(object, QStringLiteral("judge_cost_usd"), judgeCostUsd);
    insertOptional(object, QStringLiteral("input_tokens"), inputTokens);
    insertOptional(object, QStringLiteral("output_tokens"), outputTokens);
    QJsonArray list;
    for (const AssertionResult &a : assertions)
        list.append(QJsonObject{{QStringLiteral("type"), a.type},
                                {QStringLiteral("passed"), a.passed},
                                {QStringLiteral("error"), a.error},
                                {QStringLiteral("score"), a.score},
                                {QStringLiteral("reason"), a.reason}});
    object.insert(QStringLiteral("assertions"), list);
    return object;
}

EvalResult EvalResult::fromJson(const QJsonObject &object)
{
    EvalResult r;
    r.setId = object.value(QStringLiteral("set_id")).toString();
    r.setName = object.value(QStringLiteral("set_name")).toString();
    r.caseIndex = object.value(QStringLiteral("case")).toInt();
    r.endpointName = object.value(QStringLiteral("endpoint")).toString();
    r.catalogModel = object.value(QStringLiteral("catalog_model")).toString();
    r.repeat = object.value(QStringLiteral("repeat")).toInt();
    r.prompt = object.value(QStringLiteral("prompt")).toString();
    r.answer = object.value(QStringLiteral("answer")).toString();
    r.latencyMs = object.value(QStringLiteral("latency_ms")).toDouble();
    r.passed = object.value(QStringLiteral("passed")).toBool();
    r.score = object.value(QStringLiteral("score")).toDouble();
    r.error = object.value(QStringLiteral("error")).toString();
    r.finishedAt = QDateTime::fromString(object.value(QStringLiteral("finished_at")).toString(), Qt::ISODateWithMs);
    r.ttftMs = optionalDouble(object, QStringLiteral("ttft_ms"));
    r.costUsd = optionalDouble(object, QStringLiteral("cost_usd"));
    r.judgeCostUsd = optionalDouble(object, QStringLiteral("judge_cost_usd"));
    r.inputTokens = optionalInt(object, QStringLiteral("input_tokens"));
    r.outputTokens = optionalInt(object, QStringLiteral("output_tokens"));
    for (const QJsonArray elements = object.value(QStringLiteral("assertions")).toArray();
         const QJsonValue &value : elements) {
        const QJsonObject a = value.toObject();
        r.assertions.append({a.value(QStringLiteral("type")).toString(), a.value(QStringLiteral("passed")).toBool(),
                             a.value(QStringLiteral("error")).toBool(), a.value(QStringLiteral("score")).toDouble(),
                             a.value(QStringLiteral("reason")).toString()});
    }
    return r;
}
