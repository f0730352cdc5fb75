// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "costmodel.h"
#include "requirements.h"
#include "tierrules.h"

#include <QList>
#include <QString>

#include <optional>

struct Catalog;
struct ModelSpec;
struct TaskProfile;

/// Everything the recommendation is computed from.
struct RecommendationInput
{
    Requirements requirements;
    QString task;                       ///< task profile id or name; empty for none
    double inputTokens = 500.0;         ///< per request
    double outputTokens = 200.0;        ///< per request
    QString qualityBenchmark;           ///< benchmark id; empty: the catalog's default
    SelfHostingAssumptions selfHosting;

    Workload workload() const { return {requirements.requestsPerDay, inputTokens, outputTokens}; }
};

/// A constraint a model failed, and why (translated).
struct Exclusion
{
    enum class Constraint { Latency, Cost, Quality, Context };
    Constraint constraint;
    QString reason;
};

/// One catalog model evaluated against the requirements.
struct Candidate
{
    const ModelSpec *model = nullptr;   ///< points into the catalog passed to recommend()
    CostEstimate cost;
    double costPer1kRequests = 0.0;
    std::optional<double> quality;      ///< on the chosen benchmark, as published
    std::optional<double> accuracy;     ///< 0–1 when the benchmark is an accuracy
    bool tierMatches = false;           ///< the model's tier is the recommended tier
    QList<Exclusion> exclusions;        ///< empty: satisfies every constraint
    QStringList notes;                  ///< e.g. "latency unknown: not checked"
};

/// The article's pick for the task, resolved against the catalog where possible.
struct TaskPick
{
    QString taskId;
    QString taskName;
    QString recommended;
    QString alternative;
    QString reasoning;
    const ModelSpec *recommendedModel = nullptr;   ///< when the catalog has it
    const ModelSpec *alternativeModel = nullptr;
};

struct Recommendation
{
    TierDecision tier;
    std::optional<TaskPick> task;
    QString qualityBenchmark;           ///< benchmark used for quality and the accuracy check
    QList<Candidate> candidates;        ///< satisfy every constraint, best first
    QList<Candidate> nearMisses;        ///< fail exactly one constraint, cheapest first
    int excludedCount = 0;              ///< models failing two or more constraints
};

/// Ranks the catalog's models for the requirements. Candidates come in this order: models of the
/// recommended tier, then larger tiers (nearest first), then smaller tiers; within a group, by monthly
/// cost, then by quality (higher first), then by id.
Recommendation recommend(const Catalog &catalog, const RecommendationInput &input);
