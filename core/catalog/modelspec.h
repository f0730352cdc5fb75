// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "tier.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// How a benchmark's numbers read: an accuracy (a share of tasks passed, comparable with a
/// requirement's minimum accuracy) or a rating (Elo-style, only comparable between models).
enum class ScoreKind { Accuracy, Rating };

/// One quality figure for one model, with where it came from.
struct QualityScore
{
    QString benchmark;          ///< benchmark id, e.g. "arena", "mmlu_pro", "article"
    double value = 0.0;         ///< as published (0–100, 0–1 or an Elo rating)
    QString source;             ///< who published it, e.g. "LMArena text leaderboard"
    QDate date;                 ///< date of the published data
    std::optional<double> low;  ///< interval around `value` when one is known (the user's own
    std::optional<double> high; ///< measurements: 95 % Wilson or bootstrap), on the same scale

    friend bool operator==(const QualityScore &, const QualityScore &) = default;
};

/// A benchmark a catalog's scores refer to.
struct BenchmarkInfo
{
    QString id;
    QString name; ///< display name, e.g. "MMLU-Pro"
    ScoreKind kind = ScoreKind::Accuracy;
    double scaleMax = 100.0; ///< value that means 100 % for accuracies (1 or 100)
    QString source;
    QString license;
    QDate date;

    /// The user's own measurement (an evaluation's pass rates, ratings from blind votes) rather
    /// than a public benchmark: ids "eval:…" and "rating:…" (MeasuredQuality).
    bool isMeasured() const;

    friend bool operator==(const BenchmarkInfo &, const BenchmarkInfo &) = default;
};

/// Where a model entry came from.
struct Provenance
{
    QString catalog; ///< catalog name, e.g. "current" or a user file name
    QDate date;      ///< catalog snapshot date
    QString origin;  ///< data sources, e.g. "LiteLLM model_prices_and_context_window.json"

    friend bool operator==(const Provenance &, const Provenance &) = default;
};

/// What a model's tier rests on, so that a guess is shown as one.
enum class TierBasis {
    Catalog,    ///< as the catalog states it, no reason given
    Parameters, ///< the (total) parameter count
    PriceBand,  ///< size not published: guessed from the blended API price (tierForPriceBand)
    Score,      ///< size not published: a closed model at the top of a leaderboard (frontier)
    Unknown,    ///< neither size nor a real price: the tier is a placeholder
};

/// Everything Rightsize knows about one model.
struct ModelSpec
{
    QString id; ///< unique within a catalog
    QString displayName;
    QString provider;
    Tier tier = Tier::Medium;
    TierBasis tierBasis = TierBasis::Catalog;
    std::optional<double> parameterCountB; ///< billions of parameters in all, when known
    /// Mixture of experts: billions of parameters active per token (the tier uses the total).
    std::optional<double> activeParameterCountB;
    double inputPricePerMTok = 0.0;          ///< USD per 1M input tokens (API)
    double outputPricePerMTok = 0.0;         ///< USD per 1M output tokens (API)
    std::optional<double> selfHostedPerHour; ///< USD per GPU hour, when self-hostable
    std::optional<double> typicalLatencyMs;
    std::optional<int> contextWindow; ///< max input tokens
    std::optional<int> maxOutputTokens;
    QStringList capabilities; ///< e.g. "vision", "function_calling", "reasoning"
    bool openWeights = false;
    QList<QualityScore> quality;
    Provenance provenance;
    /// What an importer had to assume about this entry, in words (e.g. "priced at the first of
    /// 2 tiers"); shown with the model wherever its figures are.
    QStringList notes;

    /// The score on `benchmark`, or nullptr.
    const QualityScore *score(QStringView benchmark) const;
    bool isSelfHosted() const { return selfHostedPerHour.has_value(); }
    bool hasCapability(QStringView capability) const;
    /// Served on the user's own machine (Ollama, LM Studio, llama.cpp, vLLM, … or a catalog's
    /// "self-hosted"/"local" provider): its $0 price is real, not a placeholder. Ollama's
    /// "…-cloud" models are hosted and do not count.
    bool isLocal() const;

    friend bool operator==(const ModelSpec &, const ModelSpec &) = default;
};
