// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "catalog/modelspec.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct Catalog;
struct Recommendation;
struct RecommendationInput;

/// What the cost axis of the cost/quality chart measures.
enum class CostAxis {
    MonthlyCost,         ///< USD per month at the current workload (estimateCost)
    CostPerMillionTokens ///< USD per 1M tokens at the workload's input/output mix
};

/// Which catalog models the cost/quality chart shows. Empty lists mean "all".
struct CostQualityFilter
{
    QStringList providers;
    QList<Tier> tiers;
    bool openWeightsOnly = false;
    bool scoredOnly = true; ///< false: models without a score are kept, as unscored points;
                            ///< the recommended model is kept either way
};

struct CostQualityOptions
{
    CostAxis axis = CostAxis::MonthlyCost;
    QString benchmark; ///< benchmark id; empty: the recommendation's benchmark
    CostQualityFilter filter;
};

/// One model on the cost/quality plane, with what a tooltip or a memo needs to say about it.
struct CostQualityPoint
{
    QString modelId;
    QString name;
    QString provider;
    Tier tier = Tier::Medium;
    bool openWeights = false;
    bool selfHosted = false;
    double cost = 0.0; ///< on the chosen cost axis
    double monthlyUsd = 0.0;
    double perMillionTokensUsd = 0.0;
    int replicas = 0;              ///< self-hosted only
    std::optional<double> quality; ///< as published on the benchmark
    QString qualitySource;
    QDate qualityDate;
    bool onFrontier = false;
    bool recommended = false; ///< the recommendation's value pick
};

/// Everything the cost/quality chart draws, computed from the catalog and the current inputs.
struct CostQualityData
{
    CostAxis axis = CostAxis::MonthlyCost;
    BenchmarkInfo benchmark; ///< id empty when the catalog has none
    QString catalogName;
    QString catalogTitle;
    QDate catalogDate;
    double requestsPerDay = 0.0;
    double inputTokens = 0.0;
    double outputTokens = 0.0;
    QList<CostQualityPoint> points; ///< models that pass the filter and have a positive cost
    QList<int> frontier;            ///< indices into points, ascending cost
    int recommendedIndex = -1;      ///< index into points, or -1
    int unpricedCount = 0;          ///< free, local or unpriced models left out: a log axis has no zero
    int filteredOutCount = 0;       ///< models the filter removed

    QString title() const;
    QString costAxisTitle() const; ///< with units
    QString qualityAxisTitle() const;
    /// Catalog name and date and the quality source, for the chart's footnote.
    QString footnote() const;
    QStringList providers() const; ///< providers of all points, sorted
};

/// Cost of every catalog model on the chosen axis (self-hosted when defaultsToSelfHosted()),
/// its quality on the benchmark, the Pareto frontier of the scored points (paretoFrontier())
/// and the recommendation's value pick marked.
CostQualityData buildCostQualityData(const Catalog &catalog, const RecommendationInput &input,
                                     const Recommendation &recommendation, const CostQualityOptions &options = {});
