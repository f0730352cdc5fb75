// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

/// One blind comparison between two models' answers (from Compare, or a judge).
struct PairwiseVote
{
    enum class Outcome { AWins, BWins, Tie, BothBad };
    QString modelA;
    QString modelB;
    Outcome outcome = Outcome::Tie;

    friend bool operator==(const PairwiseVote &, const PairwiseVote &) = default;
};

/// How to turn votes into ratings.
struct RatingOptions
{
    /// "Both bad" says nothing about which is better: ignored by default; counted as a tie
    /// (half a win each) when set.
    bool bothBadAsTie = false;
    int bootstrapSamples = 1000; ///< resamples of the votes for the intervals; 0: none
    quint32 seed = 20260101;     ///< the resampling is reproducible
    double confidence = 0.95;    ///< interval: the 2.5th and 97.5th percentiles (nearest rank)
    QString anchor;              ///< model pinned at 1000; empty: the geometric mean is at 1000
    int maxIterations = 10000;
    double tolerance = 1e-12; ///< largest relative change of a strength that ends the iteration
    double eloK = 32;         ///< for elo()
};

/// A model's rating: a strength (Bradley–Terry: P(i beats j) = sᵢ / (sᵢ + sⱼ)) and the same on
/// the Elo-like scale 1000 + 400·log10(s / s_anchor), where 400 points mean 10:1 odds.
struct ModelRating
{
    QString model;
    double strength = 1; ///< geometric mean 1 (or anchor 1)
    double rating = 1000;
    std::optional<double> ratingLow; ///< bootstrap interval of `rating`
    std::optional<double> ratingHigh;
    double wins = 0;          ///< ties count half
    int votes = 0;            ///< votes used (both-bad ignored ones excluded)
    bool regularized = false; ///< see bradleyTerry()
};

/// Ratings from pairwise votes.
namespace PairwiseRatings {

/// Bradley–Terry maximum likelihood by the MM algorithm (Zermelo's iteration; Hunter 2004):
/// sᵢ ← Wᵢ / Σⱼ nᵢⱼ / (sᵢ + sⱼ), renormalised each step, until no strength changes by more than
/// the tolerance. A tie is half a win to each side. When the estimate does not exist (a model
/// won or lost every vote it took part in, or the models fall into groups never compared), every
/// model gets one virtual win and one virtual loss against a reference of strength 1, which keeps
/// the strengths finite; the ratings are then marked `regularized`. Bootstrap intervals resample
/// the votes with replacement (seeded) and refit; the resamples follow the same rule. Sorted by
/// rating, best first; ties by name.
QList<ModelRating> bradleyTerry(const QList<PairwiseVote> &votes, const RatingOptions &options = {});

/// Sequential Elo: every model starts at 1000, each vote moves both by K·(result − expected),
/// expected = 1 / (1 + 10^((R_b − R_a)/400)); order matters. Intervals by the same bootstrap
/// (each resample replays the drawn votes in their drawn order). Sorted best first.
QList<ModelRating> elo(const QList<PairwiseVote> &votes, const RatingOptions &options = {});

} // namespace PairwiseRatings
