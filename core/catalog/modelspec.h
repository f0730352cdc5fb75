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
    QString benchmark;      ///< benchmark id, e.g. "arena", "mmlu_pro", "article"
    double value = 0.0;     ///< as published (0–100, 0–1 or an Elo rating)
    QString source;         ///< who published it, e.g. "LMArena text leaderboard"
    QDate date;             ///< date of the published data

    friend bool operator==(const QualityScore &, const QualityScore &) = default;
};

/// A benchmark a catalog's scores refer to.
struct BenchmarkInfo
{
    QString id;
    QString name;           ///< display name, e.g. "MMLU-Pro"
    ScoreKind kind = ScoreKind::Accuracy;
    double scaleMax = 100.0;  ///< value that means 100 % for accuracies (1 or 100)
    QString source;
    QString license;
    QDate date;

    friend bool operator==(const BenchmarkInfo &, const BenchmarkInfo &) = default;
};

/// Where a model entry came from.
struct Provenance
{
    QString catalog;        ///< catalog name, e.g. "current" or a user file name
    QDate date;             ///< catalog snapshot date
    QString origin;         ///< data sources, e.g. "LiteLLM model_prices_and_context_window.json"

    friend bool operator==(const Provenance &, const Provenance &) = default;
};

/// Everything Rightsize knows about one model.
struct ModelSpec
{
    QString id;                                 ///< unique within a catalog
    QString displayName;
    QString provider;
    Tier tier = Tier::Medium;
    std::optional<double> parameterCountB;      ///< billions of parameters, when known
    double inputPricePerMTok = 0.0;             ///< USD per 1M input tokens (API)
    double outputPricePerMTok = 0.0;            ///< USD per 1M output tokens (API)
    std::optional<double> selfHostedPerHour;    ///< USD per GPU hour, when self-hostable
    std::optional<double> typicalLatencyMs;
    std::optional<int> contextWindow;           ///< max input tokens
    std::optional<int> maxOutputTokens;
    QStringList capabilities;                   ///< e.g. "vision", "function_calling", "reasoning"
    bool openWeights = false;
    QList<QualityScore> quality;
    Provenance provenance;

    /// The score on `benchmark`, or nullptr.
    const QualityScore *score(QStringView benchmark) const;
    bool isSelfHosted() const { return selfHostedPerHour.has_value(); }
    bool hasCapability(QStringView capability) const;

    friend bool operator==(const ModelSpec &, const ModelSpec &) = default;
};
