// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "costquality.h"

#include "catalog/catalog.h"
#include "decision/costmodel.h"
#include "decision/recommendation.h"
#include "paretofrontier.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {
/// Names the translation context of this file's messages where lupdate can see it.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(CostQuality)
};

bool passesFilter(const ModelSpec &model, const CostQualityFilter &filter)
{
    if (!filter.providers.isEmpty() && !filter.providers.contains(model.provider, Qt::CaseInsensitive))
        return false;
    if (!filter.tiers.isEmpty() && !filter.tiers.contains(model.tier))
        return false;
    if (filter.openWeightsOnly && !model.openWeights)
        return false;
    return true;
}
} // namespace

QString CostQualityData::title() const
{
    return axis == CostAxis::MonthlyCost ? Texts::tr("Cost versus quality: monthly cost at your volume")
                                         : Texts::tr("Cost versus quality: cost per 1M tokens");
}

QString CostQualityData::costAxisTitle() const
{
    static const QLocale us(QLocale::English, QLocale::UnitedStates);
    if (axis == CostAxis::MonthlyCost) {
        return Texts::tr("Monthly cost, USD at %1 requests/day (log)").arg(us.toString(requestsPerDay, 'f', 0));
    }
    return Texts::tr("USD per 1M tokens at %1:%2 input:output (log)")
        .arg(us.toString(inputTokens, 'f', 0), us.toString(outputTokens, 'f', 0));
}

QString CostQualityData::qualityAxisTitle() const
{
    if (benchmark.id.isEmpty())
        return Texts::tr("Quality");
    if (benchmark.kind == ScoreKind::Rating)
        return Texts::tr("%1 (rating)").arg(benchmark.name);
    return Texts::tr("%1 (score, 0–%2)").arg(benchmark.name, QString::number(benchmark.scaleMax));
}

QString CostQualityData::footnote() const
{
    const QString catalog = Texts::tr("Catalog: %1 (%2)").arg(catalogName, catalogDate.toString(Qt::ISODate));
    QString quality;
    if (benchmark.id.isEmpty()) {
        quality = Texts::tr("Quality: no benchmark in this catalog");
    } else {
        const QString source = benchmark.source.isEmpty() ? benchmark.name : benchmark.source;
        quality = benchmark.date.isValid()
            ? Texts::tr("Quality: %1, %2 (%3)").arg(benchmark.name, source, benchmark.date.toString(Qt::ISODate))
            : Texts::tr("Quality: %1, %2").arg(benchmark.name, source);
    }
    QString note = Texts::tr("%1 · %2").arg(catalog, quality);
    if (unpricedCount > 0) {
        note = Texts::tr("%1 · %n model(s) without a price not shown", nullptr, unpricedCount).arg(note);
    }
    return note;
}

QStringList CostQualityData::providers() const
{
    QStringList result;
    for (const CostQualityPoint &p : points) {
        if (!result.contains(p.provider))
            result.append(p.provider);
    }
    result.sort(Qt::CaseInsensitive);
    return result;
}

CostQualityData buildCostQualityData(const Catalog &catalog, const RecommendationInput &input,
                                     const Recommendation &recommendation, const CostQualityOptions &options)
{
    CostQualityData data;
    data.axis = options.axis;
    data.catalogName = catalog.name;
    data.catalogTitle = catalog.title;
    data.catalogDate = catalog.date;
    const Workload workload = input.workload();
    data.requestsPerDay = workload.requestsPerDay;
    data.inputTokens = workload.inputTokens;
    data.outputTokens = workload.outputTokens;

    QString benchmarkId = options.benchmark;
    if (benchmarkId.isEmpty())
        benchmarkId = recommendation.qualityBenchmark;
    if (benchmarkId.isEmpty())
        benchmarkId = catalog.defaultBenchmark;
    if (const BenchmarkInfo *info = catalog.findBenchmark(benchmarkId))
        data.benchmark = *info;
    else if (!benchmarkId.isEmpty())
        data.benchmark.id = data.benchmark.name = benchmarkId;

    // The ringed point is the value pick: the recommendation's answer with evidence behind it.
    const Candidate *valuePick = recommendation.pick(recommendation.picks.value);
    const QString recommendedId = valuePick && valuePick->model ? valuePick->model->id : QString();
    const double tokensPerMonth =
        workload.requestsPerDay * kDaysPerMonth * (workload.inputTokens + workload.outputTokens);

    data.points.reserve(catalog.models.size());
    for (const ModelSpec &model : catalog.models) {
        const QualityScore *score = data.benchmark.id.isEmpty() ? nullptr : model.score(data.benchmark.id);
        // The recommended model stays visible without a score (drawn with the unscored ones): hiding
        // the answer because a leaderboard never ranked it would mislead.
        const bool isRecommended = !recommendedId.isEmpty() && model.id == recommendedId;
        if (!passesFilter(model, options.filter) || (options.filter.scoredOnly && !score && !isRecommended)) {
            ++data.filteredOutCount;
            continue;
        }
        // Costed as the recommendation costs it: under rule 2 a model that can run on-device is
        // self-hosted.
        const bool onDevice = recommendation.consequence.onDeviceOnly && canRunOnDevice(model);
        const bool selfHosted = onDevice || defaultsToSelfHosted(model);
        CostEstimate estimate = estimateCost(model, workload, selfHosted, input.selfHosting);
        if (onDevice && !estimate.selfHosted)
            estimate.priceKnown = false;
        CostQualityPoint point;
        point.modelId = model.id;
        point.name = model.displayName.isEmpty() ? model.id : model.displayName;
        point.provider = model.provider;
        point.tier = model.tier;
        point.openWeights = model.openWeights;
        point.selfHosted = estimate.selfHosted;
        point.replicas = estimate.replicas;
        point.monthlyUsd = estimate.monthlyUsd;
        point.perMillionTokensUsd = tokensPerMonth > 0 ? estimate.monthlyUsd / tokensPerMonth * 1.0e6 : 0.0;
        point.cost = options.axis == CostAxis::MonthlyCost ? point.monthlyUsd : point.perMillionTokensUsd;
        if (!estimate.priceKnown || !(point.cost > 0.0) || !std::isfinite(point.cost)) {
            ++data.unpricedCount;
            continue;
        }
        if (score) {
            point.quality = score->value;
            point.qualitySource = score->source;
            point.qualityDate = score->date;
        }
        point.recommended = isRecommended;
        if (point.recommended)
            data.recommendedIndex = int(data.points.size());
        data.points.append(std::move(point));
    }

    // The frontier is over scored points only; map its indices back to data.points.
    QList<ParetoPoint> scored;
    QList<int> scoredIndex;
    for (int i = 0; i < data.points.size(); ++i) {
        const CostQualityPoint &p = data.points.at(i);
        if (p.quality) {
            scored.append({p.cost, *p.quality});
            scoredIndex.append(i);
        }
    }
    for (int i : paretoFrontier(scored)) {
        data.frontier.append(scoredIndex.at(i));
        data.points[scoredIndex.at(i)].onFrontier = true;
    }
    return data;
}
