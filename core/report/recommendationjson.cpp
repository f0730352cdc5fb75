// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "recommendationjson.h"

#include "catalog/catalog.h"
#include "decision/recommendation.h"

#include <QJsonArray>

namespace {
QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalNumber(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString constraintId(Exclusion::Constraint c)
{
    switch (c) {
    case Exclusion::Constraint::Latency: return QStringLiteral("latency");
    case Exclusion::Constraint::Cost: return QStringLiteral("cost");
    case Exclusion::Constraint::Quality: return QStringLiteral("quality");
    case Exclusion::Constraint::Context: return QStringLiteral("context");
    }
    return {};
}

QJsonObject candidate(const Candidate &c)
{
    QJsonArray exclusions;
    for (const Exclusion &e : c.exclusions)
        exclusions.append(QJsonObject{{QStringLiteral("constraint"), constraintId(e.constraint)},
                                      {QStringLiteral("reason"), e.reason}});
    return QJsonObject{
        {QStringLiteral("id"), c.model->id},
        {QStringLiteral("name"), c.model->displayName},
        {QStringLiteral("provider"), c.model->provider},
        {QStringLiteral("tier"), tierId(c.model->tier)},
        {QStringLiteral("self_hosted"), c.cost.selfHosted},
        {QStringLiteral("monthly_cost_usd"), c.cost.monthlyUsd},
        {QStringLiteral("cost_per_request_usd"), c.cost.perRequestUsd},
        {QStringLiteral("cost_per_1k_requests_usd"), c.costPer1kRequests},
        {QStringLiteral("quality"), optionalNumber(c.quality)},
        {QStringLiteral("latency_ms"), optionalNumber(c.model->typicalLatencyMs)},
        {QStringLiteral("context_window"), optionalNumber(c.model->contextWindow)},
        {QStringLiteral("tier_matches"), c.tierMatches},
        {QStringLiteral("exclusions"), exclusions},
        {QStringLiteral("notes"), QJsonArray::fromStringList(c.notes)},
    };
}

QJsonArray candidates(const QList<Candidate> &list)
{
    QJsonArray array;
    for (const Candidate &c : list)
        array.append(candidate(c));
    return array;
}
}

namespace RecommendationJson {
QJsonObject recommendation(const Catalog &catalog, const RecommendationInput &input, const Recommendation &r)
{
    QJsonArray reasons;
    for (const RuleCheck &check : r.tier.checks)
        reasons.append(QJsonObject{{QStringLiteral("rule"), check.rule},
                                   {QStringLiteral("title"), check.title},
                                   {QStringLiteral("fired"), check.fired},
                                   {QStringLiteral("explanation"), check.explanation}});
    QJsonValue task(QJsonValue::Null);
    if (r.task) {
        task = QJsonObject{{QStringLiteral("task"), r.task->taskId},
                           {QStringLiteral("recommended"), r.task->recommended},
                           {QStringLiteral("alternative"), r.task->alternative},
                           {QStringLiteral("reasoning"), r.task->reasoning},
                           {QStringLiteral("recommended_model_id"), r.task->recommendedModel ? QJsonValue(r.task->recommendedModel->id) : QJsonValue()},
                           {QStringLiteral("alternative_model_id"), r.task->alternativeModel ? QJsonValue(r.task->alternativeModel->id) : QJsonValue()}};
    }
    const Requirements &q = input.requirements;
    const QJsonObject requirements{
        {QStringLiteral("complexity"), complexityId(q.complexity)},
        {QStringLiteral("max_latency_ms"), q.maxLatencyMs},
        {QStringLiteral("max_cost_per_1k_requests_usd"), q.maxCostPer1kRequests},
        {QStringLiteral("min_accuracy"), q.minAccuracy},
        {QStringLiteral("requests_per_day"), q.requestsPerDay},
        {QStringLiteral("multi_step_reasoning"), q.multiStepReasoning},
        {QStringLiteral("context_length"), q.contextLength},
        {QStringLiteral("input_tokens"), input.inputTokens},
        {QStringLiteral("output_tokens"), input.outputTokens},
    };
    return QJsonObject{
        {QStringLiteral("catalog"), catalogSummary(catalog)},
        {QStringLiteral("requirements"), requirements},
        {QStringLiteral("tier"), tierId(r.tier.tier)},
        {QStringLiteral("rule"), r.tier.rule},
        {QStringLiteral("reasons"), reasons},
        {QStringLiteral("task_model"), task},
        {QStringLiteral("quality_benchmark"), r.qualityBenchmark},
        {QStringLiteral("candidates"), candidates(r.candidates)},
        {QStringLiteral("near_misses"), candidates(r.nearMisses)},
        {QStringLiteral("excluded_count"), r.excludedCount},
    };
}

QJsonObject modelCost(const Catalog &catalog, const ModelSpec &model, const CostEstimate &cost, const QString &benchmark)
{
    const QualityScore *score = model.score(benchmark);
    QJsonObject quality;
    if (score) {
        quality = {{QStringLiteral("benchmark"), score->benchmark},
                   {QStringLiteral("value"), score->value},
                   {QStringLiteral("source"), score->source},
                   {QStringLiteral("date"), score->date.toString(Qt::ISODate)}};
    }
    return QJsonObject{
        {QStringLiteral("model"), model.id},
        {QStringLiteral("name"), model.displayName},
        {QStringLiteral("catalog"), catalog.name},
        {QStringLiteral("self_hosted"), cost.selfHosted},
        {QStringLiteral("replicas"), cost.selfHosted ? QJsonValue(cost.replicas) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("monthly_cost_usd"), cost.monthlyUsd},
        {QStringLiteral("cost_per_request_usd"), cost.perRequestUsd},
        {QStringLiteral("quality"), score ? QJsonValue(score->value) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("quality_detail"), score ? QJsonValue(quality) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("latency_ms"), optionalNumber(model.typicalLatencyMs)},
    };
}

QJsonObject model(const ModelSpec &m)
{
    QJsonArray quality;
    for (const QualityScore &s : m.quality)
        quality.append(QJsonObject{{QStringLiteral("benchmark"), s.benchmark},
                                   {QStringLiteral("value"), s.value},
                                   {QStringLiteral("source"), s.source},
                                   {QStringLiteral("date"), s.date.toString(Qt::ISODate)}});
    return QJsonObject{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("name"), m.displayName},
        {QStringLiteral("provider"), m.provider},
        {QStringLiteral("tier"), tierId(m.tier)},
        {QStringLiteral("parameters_b"), optionalNumber(m.parameterCountB)},
        {QStringLiteral("input_per_1m_usd"), m.inputPricePerMTok},
        {QStringLiteral("output_per_1m_usd"), m.outputPricePerMTok},
        {QStringLiteral("self_hosted_per_hour_usd"), optionalNumber(m.selfHostedPerHour)},
        {QStringLiteral("latency_ms"), optionalNumber(m.typicalLatencyMs)},
        {QStringLiteral("context_window"), optionalNumber(m.contextWindow)},
        {QStringLiteral("max_output_tokens"), optionalNumber(m.maxOutputTokens)},
        {QStringLiteral("capabilities"), QJsonArray::fromStringList(m.capabilities)},
        {QStringLiteral("open_weights"), m.openWeights},
        {QStringLiteral("quality"), quality},
        {QStringLiteral("provenance"), QJsonObject{{QStringLiteral("catalog"), m.provenance.catalog},
                                                   {QStringLiteral("date"), m.provenance.date.toString(Qt::ISODate)},
                                                   {QStringLiteral("origin"), m.provenance.origin}}},
    };
}

QJsonObject catalogSummary(const Catalog &catalog)
{
    return QJsonObject{{QStringLiteral("name"), catalog.name},
                       {QStringLiteral("title"), catalog.title},
                       {QStringLiteral("date"), catalog.date.toString(Qt::ISODate)},
                       {QStringLiteral("models"), static_cast<int>(catalog.models.size())},
                       {QStringLiteral("bundled"), catalog.bundled}};
}
}
