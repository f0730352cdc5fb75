// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "costmodel.h"
#include "requirements.h"
#include "ruleconsequences.h"
#include "tierrules.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct Catalog;
struct ModelSpec;
struct TaskProfile;

/// Everything the recommendation is computed from.
struct RecommendationInput
{
    Requirements requirements;
    QString task;                ///< task profile id or name; empty for none
    double inputTokens = 500.0;  ///< per request
    double outputTokens = 200.0; ///< per request
    /// Benchmark id chosen by the user. Empty: automatic — the user's own measurement when the
    /// catalog carries one, else the task profile's benchmark, else the catalog's default.
    QString qualityBenchmark;
    SelfHostingAssumptions selfHosting;
    /// The value pick is the cheapest model scoring at least (1 − margin) × the tier's best.
    double valueMargin = 0.03;
    /// The quality bar on a rating benchmark (the minimum accuracy cannot apply to a rating);
    /// 0: none.
    double minRating = 0.0;

    Workload workload() const { return {requirements.requestsPerDay, inputTokens, outputTokens}; }
};

/// A constraint a model failed, and why (translated).
struct Exclusion
{
    enum class Constraint { Latency, Cost, Quality, Context, OnDevice };
    Constraint constraint;
    QString reason;
};

/// What the same traffic would cost on the cheapest comparable API: the model's own API listing,
/// or one of the same tier with a score at least as high on the recommendation's benchmark (any,
/// when the local model has none) that meets every requirement but the on-device one.
struct ApiEquivalent
{
    const ModelSpec *model = nullptr;
    double monthlyUsd = 0.0;
};

/// One catalog model evaluated against the requirements.
struct Candidate
{
    /// Figures a requirement needs that the catalog does not have. A model with any of them
    /// is not known to meet every constraint: it ranks after those that are.
    enum Unknown : unsigned { UnknownPrice = 1, UnknownLatency = 2, UnknownContext = 4 };

    const ModelSpec *model = nullptr; ///< points into the catalog passed to recommend()
    CostEstimate cost;
    double costPer1kRequests = 0.0;
    std::optional<double> quality;              ///< on the chosen benchmark, as published
    std::optional<double> accuracy;             ///< 0–1 when the benchmark is an accuracy
    bool tierMatches = false;                   ///< the model's tier is the recommended tier
    unsigned unknowns = 0;                      ///< Unknown bits
    QList<Exclusion> exclusions;                ///< empty: satisfies every constraint
    QStringList notes;                          ///< e.g. "latency unknown: not checked"
    std::optional<ApiEquivalent> apiEquivalent; ///< self-hosted and local models only

    /// A score on the recommendation's benchmark: evidence. Without one a model is listed as
    /// "no evidence", after every scored model of its tier.
    bool hasEvidence() const { return quality.has_value(); }
    /// Every figure the requirements need is known (and, for a candidate, met).
    bool verified() const { return unknowns == 0; }
};

/// The article's pick for the task, resolved against the catalog where possible.
struct TaskPick
{
    QString taskId;
    QString taskName;
    QString recommended;
    QString alternative;
    QString reasoning;
    const ModelSpec *recommendedModel = nullptr; ///< when the catalog has it
    const ModelSpec *alternativeModel = nullptr;
};

/// Where the quality benchmark came from.
enum class BenchmarkSource {
    Chosen,         ///< the user chose it
    Measured,       ///< the user's own measurement (evaluation pass rates, vote ratings)
    Task,           ///< the task profile names it
    CatalogDefault, ///< the catalog's default
};

/// One of the three named picks: an index into Recommendation::candidates and the trade-off in
/// words ("B costs 3.4× A for +58 rating points (+4 %)").
struct Pick
{
    int index = -1;
    QString sentence;

    explicit operator bool() const { return index >= 0; }
};

struct Picks
{
    Pick value;                        ///< the cheapest within the margin of the tier's best score
    Pick best;                         ///< the highest score
    Pick cheapest;                     ///< the lowest cost
    Tier tier = Tier::Medium;          ///< the tier they come from
    std::optional<double> bestQuality; ///< the tier's best score, and the value pick's bar
    std::optional<double> valueThreshold;
    /// Why there are no picks, or where they come from when not from the tier shown first; empty
    /// when they are the shown tier's.
    QString note;
    /// A candidate of another tier that is at least as cheap and scores higher than the value pick
    /// (the tier rule keeps it out), in words; empty when none.
    QString outsideTier;

    bool isEmpty() const { return !value; }
};

/// How many candidates lack a figure that matters, for the summary ("12 candidates have no latency
/// figure").
struct UnknownCounts
{
    int latency = 0; ///< only counted when the latency limit is strict (RuleConsequence)
    int price = 0;
    int context = 0; ///< only counted when the context requirement is above the default
    int score = 0;   ///< no score on the benchmark: no evidence
};

struct Recommendation
{
    TierDecision tier;
    RuleConsequence consequence; ///< what the deciding rule does to the list
    std::optional<TaskPick> task;
    QString qualityBenchmark; ///< benchmark used for quality and the quality bar
    BenchmarkSource benchmarkSource = BenchmarkSource::CatalogDefault;
    QString benchmarkExplanation; ///< translated: which benchmark decided and why
    QString qualityBar;           ///< translated: what the quality bar means on it
    /// The tier of the first candidate: the recommended one, or the nearest with a candidate.
    std::optional<Tier> shownTier;
    bool shownTierKnown = true;  ///< false: only models whose tier is unknown are candidates
    QString tierNote;            ///< translated, when the recommended tier has no candidate
    QList<Candidate> candidates; ///< satisfy every known constraint, best first
    QList<Candidate> nearMisses; ///< fail exactly one constraint, cheapest first
    int excludedCount = 0;       ///< models failing two or more constraints
    Picks picks;
    UnknownCounts unknowns; ///< among the candidates
    QStringList summary;    ///< translated sentences with the counts that matter

    const Candidate *pick(const Pick &p) const { return p ? &candidates.at(p.index) : nullptr; }
};

/// Ranks the catalog's models for the requirements.
///
/// Candidates meet every constraint whose figure is known; they come in tier groups: the
/// recommended tier, then larger tiers (nearest first), then smaller ones, then models whose
/// tier is unknown. Within a group: first the models with a score on the benchmark and every
/// figure the requirements need (price; latency under a strict limit; context window above the
/// default length), those within the value margin of the group's best score by cost (the first
/// is the value pick, on the group's cost/quality frontier), then the rest by score; then scored
/// models lacking a figure; then models without a score ("no evidence"), with a figure first;
/// within those by cost, an unknown price last. Ties: the id.
Recommendation recommend(const Catalog &catalog, const RecommendationInput &input);
