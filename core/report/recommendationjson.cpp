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
    case Exclusion::Constraint::Latency:
        return QStringLiteral("latency");
    case Exclusion::Constraint::Cost:
        return QStringLiteral("cost");
    case Exclusion::Constraint::Quality:
        return QStringLiteral("quality");
    case Exclusion::Constraint::Context:
        return QStringLiteral("context");
    case Exclusion::Constraint::OnDevice:
        return QStringLiteral("on_device");
    }
    return {};
}

QString benchmarkSourceId(BenchmarkSource source)
{
    switch (source) {
    case BenchmarkSource::Chosen:
        return QStringLiteral("chosen");
    case BenchmarkSource::Measured:
        return QStringLiteral("measured");
    case BenchmarkSource::Task:
        return QStringLiteral("task");
    case BenchmarkSource::CatalogDefault:
        return QStringLiteral("catalog_default");
    }
    return {};
}

/// A dollar figure, or null when the catalog has no real price: 0 would read as free.
QJsonValue usd(const CostEstimate &cost, double value)
{
    return cost.priceKnown ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue tierBasis(const ModelSpec &m)
{
    const QString id = tierBasisId(m.tierBasis);
    return id.isEmpty() ? QJsonValue(QStringLiteral("catalog")) : QJsonValue(id);
}

QJsonObject candidate(const Candidate &c)
{
    QJsonArray exclusions;
    for (const Exclusion &e : c.exclusions)
        exclusions.append(QJsonObject{{QStringLiteral("constraint"), constraintId(e.constraint)},
                                      {QStringLiteral("reason"), e.reason}});
    QJsonArray unknowns;
    if (c.unknowns & Candidate::UnknownPrice)
        unknowns.append(QStringLiteral("price"));
    if (c.unknowns & Candidate::UnknownLatency)
        unknowns.append(QStringLiteral("latency"));
    if (c.unknowns & Candidate::UnknownContext)
        unknowns.append(QStringLiteral("context"));
    QJsonObject object{
        {QStringLiteral("id"), c.model->id},
        {QStringLiteral("name"), c.model->displayName},
        {QStringLiteral("provider"), c.model->provider},
        {QStringLiteral("tier"),
         c.model->tierBasis == TierBasis::Unknown ? QJsonValue(QJsonValue::Null) : QJsonValue(tierId(c.model->tier))},
        {QStringLiteral("tier_basis"), tierBasis(*c.model)},
        {QStringLiteral("parameters_b"), optionalNumber(c.model->parameterCountB)},
        {QStringLiteral("active_parameters_b"), optionalNumber(c.model->activeParameterCountB)},
        {QStringLiteral("self_hosted"), c.cost.selfHosted},
        {QStringLiteral("price_known"), c.cost.priceKnown},
        {QStringLiteral("monthly_cost_usd"), usd(c.cost, c.cost.monthlyUsd)},
        {QStringLiteral("cost_per_request_usd"), usd(c.cost, c.cost.perRequestUsd)},
        {QStringLiteral("cost_per_1k_requests_usd"), usd(c.cost, c.costPer1kRequests)},
        {QStringLiteral("quality"), optionalNumber(c.quality)},
        {QStringLiteral("evidence"), c.hasEvidence()},
        {QStringLiteral("verified"), c.verified()},
        {QStringLiteral("unknowns"), unknowns},
        {QStringLiteral("latency_ms"), optionalNumber(c.model->typicalLatencyMs)},
        {QStringLiteral("context_window"), optionalNumber(c.model->contextWindow)},
        {QStringLiteral("tier_matches"), c.tierMatches},
        {QStringLiteral("exclusions"), exclusions},
        {QStringLiteral("notes"), QJsonArray::fromStringList(c.notes)},
    };
    if (c.cost.selfHosted) {
        object.insert(QStringLiteral("replicas"), c.cost.replicas);
        object.insert(QStringLiteral("gpu_rental_usd"), usd(c.cost, c.cost.rentalUsd));
        object.insert(QStringLiteral("power_usd"), usd(c.cost, c.cost.powerUsd));
        object.insert(QStringLiteral("hardware_usd"), usd(c.cost, c.cost.hardwareUsd));
    }
    if (c.apiEquivalent) {
        object.insert(QStringLiteral("api_equivalent"),
                      QJsonObject{{QStringLiteral("id"), c.apiEquivalent->model->id},
                                  {QStringLiteral("monthly_cost_usd"), c.apiEquivalent->monthlyUsd}});
    }
    return object;
}

QJsonValue pick(const Recommendation &r, const Pick &p)
{
    if (!p)
        return QJsonValue(QJsonValue::Null);
    QJsonObject object = candidate(r.candidates.at(p.index));
    object.insert(QStringLiteral("rank"), p.index + 1);
    object.insert(QStringLiteral("sentence"), p.sentence);
    return object;
}

QJsonArray candidates(const QList<Candidate> &list)
{
    QJsonArray array;
    for (const Candidate &c : list)
        array.append(candidate(c));
    return array;
}
} // namespace

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
                           {QStringLiteral("recommended_model_id"),
                            r.task->recommendedModel ? QJsonValue(r.task->recommendedModel->id) : QJsonValue()},
                           {QStringLiteral("alternative_model_id"),
                            r.task->alternativeModel ? QJsonValue(r.task->alternativeModel->id) : QJsonValue()}};
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
        {QStringLiteral("value_margin"), input.valueMargin},
        {QStringLiteral("min_rating"), input.minRating},
    };
    const Picks &p = r.picks;
    const QJsonObject picks{
        {QStringLiteral("value"), pick(r, p.value)},
        {QStringLiteral("best"), pick(r, p.best)},
        {QStringLiteral("cheapest"), pick(r, p.cheapest)},
        {QStringLiteral("tier"), p.value ? QJsonValue(tierId(p.tier)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("best_quality"), optionalNumber(p.bestQuality)},
        {QStringLiteral("value_threshold"), optionalNumber(p.valueThreshold)},
        {QStringLiteral("note"), p.note},
        {QStringLiteral("outside_tier"), p.outsideTier},
    };
    const UnknownCounts &u = r.unknowns;
    return QJsonObject{
        {QStringLiteral("catalog"), catalogSummary(catalog)},
        {QStringLiteral("requirements"), requirements},
        {QStringLiteral("tier"), tierId(r.tier.tier)},
        {QStringLiteral("rule"), r.tier.rule},
        {QStringLiteral("reasons"), reasons},
        {QStringLiteral("rule_consequence"),
         QJsonObject{{QStringLiteral("summary"), r.consequence.summary},
                     {QStringLiteral("on_device_only"), r.consequence.onDeviceOnly}}},
        {QStringLiteral("shown_tier"), r.shownTier ? QJsonValue(tierId(*r.shownTier)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("tier_note"), r.tierNote},
        {QStringLiteral("task_model"), task},
        {QStringLiteral("quality_benchmark"), r.qualityBenchmark},
        {QStringLiteral("quality_benchmark_source"), benchmarkSourceId(r.benchmarkSource)},
        {QStringLiteral("quality_explanation"), r.benchmarkExplanation},
        {QStringLiteral("quality_bar"), r.qualityBar},
        {QStringLiteral("picks"), picks},
        {QStringLiteral("unknown_counts"),
         QJsonObject{{QStringLiteral("latency"), u.latency},
                     {QStringLiteral("price"), u.price},
                     {QStringLiteral("context"), u.context},
                     {QStringLiteral("score"), u.score}}},
        {QStringLiteral("summary"), QJsonArray::fromStringList(r.summary)},
        {QStringLiteral("candidates"), candidates(r.candidates)},
        {QStringLiteral("near_misses"), candidates(r.nearMisses)},
        {QStringLiteral("excluded_count"), r.excludedCount},
    };
}

QJsonObject modelCost(const Catalog &catalog, const ModelSpec &model, const CostEstimate &cost,
                      const QString &benchmark)
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
        {QStringLiteral("price_known"), cost.priceKnown},
        {QStringLiteral("monthly_cost_usd"), usd(cost, cost.monthlyUsd)},
        {QStringLiteral("cost_per_request_usd"), usd(cost, cost.perRequestUsd)},
        {QStringLiteral("power_usd"), cost.selfHosted ? usd(cost, cost.powerUsd) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("hardware_usd"), cost.selfHosted ? usd(cost, cost.hardwareUsd) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("quality"), score ? QJsonValue(score->value) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("quality_detail"), score ? QJsonValue(quality) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("latency_ms"), optionalNumber(model.typicalLatencyMs)},
    };
}

QJsonObject model(const ModelSpec &m)
{
    QJsonArray quality;
    for (const QualityScore &s : m.quality) {
        QJsonObject score{{QStringLiteral("benchmark"), s.benchmark},
                          {QStringLiteral("value"), s.value},
                          {QStringLiteral("source"), s.source},
                          {QStringLiteral("date"), s.date.toString(Qt::ISODate)}};
        if (s.low && s.high) {
            score.insert(QStringLiteral("low"), *s.low);
            score.insert(QStringLiteral("high"), *s.high);
        }
        quality.append(score);
    }
    return QJsonObject{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("name"), m.displayName},
        {QStringLiteral("provider"), m.provider},
        {QStringLiteral("tier"), tierId(m.tier)},
        {QStringLiteral("tier_basis"), tierBasis(m)},
        {QStringLiteral("parameters_b"), optionalNumber(m.parameterCountB)},
        {QStringLiteral("active_parameters_b"), optionalNumber(m.activeParameterCountB)},
        {QStringLiteral("notes"), QJsonArray::fromStringList(m.notes)},
        {QStringLiteral("input_per_1m_usd"), m.inputPricePerMTok},
        {QStringLiteral("output_per_1m_usd"), m.outputPricePerMTok},
        {QStringLiteral("self_hosted_per_hour_usd"), optionalNumber(m.selfHostedPerHour)},
        {QStringLiteral("latency_ms"), optionalNumber(m.typicalLatencyMs)},
        {QStringLiteral("context_window"), optionalNumber(m.contextWindow)},
        {QStringLiteral("max_output_tokens"), optionalNumber(m.maxOutputTokens)},
        {QStringLiteral("capabilities"), QJsonArray::fromStringList(m.capabilities)},
        {QStringLiteral("open_weights"), m.openWeights},
        {QStringLiteral("quality"), quality},
        {QStringLiteral("provenance"),
         QJsonObject{{QStringLiteral("catalog"), m.provenance.catalog},
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
} // namespace RecommendationJson
