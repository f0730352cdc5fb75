// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "pairwiseratings.h"

#include "evalstatistics.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <functional>
#include <random>

namespace {

/// Votes reduced to a win matrix: wins[i][j] = i's wins over j (ties half each).
struct Tally
{
    QStringList models; ///< sorted, so results do not depend on vote order
    QList<QList<double>> wins;
    QList<int> votes;
};

/// The votes that count, with "both bad" turned into a tie or dropped.
QList<PairwiseVote> usable(const QList<PairwiseVote> &votes, const RatingOptions &options)
{
    QList<PairwiseVote> kept;
    for (PairwiseVote vote : votes) {
        if (vote.modelA.isEmpty() || vote.modelB.isEmpty() || vote.modelA == vote.modelB)
            continue;
        if (vote.outcome == PairwiseVote::Outcome::BothBad) {
            if (!options.bothBadAsTie)
                continue;
            vote.outcome = PairwiseVote::Outcome::Tie;
        }
        kept.append(vote);
    }
    return kept;
}

Tally tally(const QList<PairwiseVote> &votes)
{
    Tally t;
    for (const PairwiseVote &vote : votes) {
        if (!t.models.contains(vote.modelA))
            t.models.append(vote.modelA);
        if (!t.models.contains(vote.modelB))
            t.models.append(vote.modelB);
    }
    std::sort(t.models.begin(), t.models.end());
    const qsizetype n = t.models.size();
    t.wins = QList<QList<double>>(n, QList<double>(n, 0.0));
    t.votes = QList<int>(n, 0);
    QHash<QString, int> index;
    for (int i = 0; i < n; ++i)
        index.insert(t.models.at(i), i);
    for (const PairwiseVote &vote : votes) {
        const int a = index.value(vote.modelA);
        const int b = index.value(vote.modelB);
        ++t.votes[a];
        ++t.votes[b];
        switch (vote.outcome) {
        case PairwiseVote::Outcome::AWins:
            t.wins[a][b] += 1.0;
            break;
        case PairwiseVote::Outcome::BWins:
            t.wins[b][a] += 1.0;
            break;
        case PairwiseVote::Outcome::Tie:
        case PairwiseVote::Outcome::BothBad:
            t.wins[a][b] += 0.5;
            t.wins[b][a] += 0.5;
            break;
        }
    }
    return t;
}

/// The maximum-likelihood estimate exists when every model can be reached from every other by
/// a chain of "won (or tied) against" (Zermelo 1929, Ford 1957): the win graph is strongly connected.
bool estimateExists(const Tally &t)
{
    const qsizetype n = t.models.size();
    if (n < 2)
        return false;
    auto reachesAll = [&](bool forward) {
        QList<bool> seen(n, false);
        QList<qsizetype> stack{0};
        seen[0] = true;
        while (!stack.isEmpty()) {
            const qsizetype i = stack.takeLast();
            for (qsizetype j = 0; j < n; ++j) {
                const double w = forward ? t.wins.at(i).at(j) : t.wins.at(j).at(i);
                if (w > 0 && !seen.at(j)) {
                    seen[j] = true;
                    stack.append(j);
                }
            }
        }
        return !seen.contains(false);
    };
    return reachesAll(true) && reachesAll(false);
}

/// Strengths by MM iteration, geometric mean 1 (or anchored later).
QList<double> fitStrengths(const Tally &t, const RatingOptions &options, bool regularize)
{
    const qsizetype n = t.models.size();
    QList<double> s(n, 1.0);
    // The virtual reference player of strength 1 (regularised fits only).
    const double virtualWins = regularize ? 1.0 : 0.0;
    const double virtualGames = regularize ? 2.0 : 0.0;
    for (int iteration = 0; iteration < options.maxIterations; ++iteration) {
        QList<double> next(n, 0.0);
        for (qsizetype i = 0; i < n; ++i) {
            double won = virtualWins;
            double denominator = virtualGames / (s.at(i) + 1.0);
            for (qsizetype j = 0; j < n; ++j) {
                if (i == j)
                    continue;
                won += t.wins.at(i).at(j);
                const double games = t.wins.at(i).at(j) + t.wins.at(j).at(i);
                if (games > 0)
                    denominator += games / (s.at(i) + s.at(j));
            }
            next[i] = denominator > 0 ? won / denominator : s.at(i);
        }
        if (!regularize) {
            // Without a reference the scale is free; fixing the geometric mean keeps it from drifting.
            double logSum = 0;
            for (double value : std::as_const(next))
                logSum += std::log(value);
            const double mean = std::exp(logSum / double(n));
            for (double &value : next)
                value /= mean;
        }
        double change = 0;
        for (qsizetype i = 0; i < n; ++i)
            change = std::max(change, std::abs(next.at(i) - s.at(i)) / s.at(i));
        s = next;
        if (change < options.tolerance)
            break;
    }
    return s;
}

/// Strengths normalised (anchor or geometric mean) → Elo-like ratings, by model name.
QHash<QString, double> toRatings(const QStringList &models, QList<double> strengths, const QString &anchor,
                                 QList<double> *normalised = nullptr)
{
    double reference = 1.0;
    const qsizetype anchorIndex = models.indexOf(anchor);
    if (!anchor.isEmpty() && anchorIndex >= 0) {
        reference = strengths.at(anchorIndex);
    } else {
        double logSum = 0;
        for (double value : std::as_const(strengths))
            logSum += std::log(value);
        reference = std::exp(logSum / double(strengths.size()));
    }
    QHash<QString, double> ratings;
    for (qsizetype i = 0; i < models.size(); ++i) {
        strengths[i] /= reference;
        ratings.insert(models.at(i), 1000.0 + 400.0 * std::log10(strengths.at(i)));
    }
    if (normalised)
        *normalised = strengths;
    return ratings;
}

QHash<QString, double> btRatings(const QList<PairwiseVote> &votes, const RatingOptions &options,
                                 Tally *tallyOut = nullptr, QList<double> *strengthsOut = nullptr,
                                 bool *regularized = nullptr)
{
    const Tally t = tally(votes);
    if (t.models.isEmpty())
        return {};
    const bool regularize = !estimateExists(t);
    const QList<double> strengths = fitStrengths(t, options, regularize);
    if (tallyOut)
        *tallyOut = t;
    if (regularized)
        *regularized = regularize;
    return toRatings(t.models, strengths, options.anchor, strengthsOut);
}

QHash<QString, double> eloRatings(const QList<PairwiseVote> &votes, const RatingOptions &options)
{
    QHash<QString, double> ratings;
    for (const PairwiseVote &vote : votes) {
        const double ra = ratings.value(vote.modelA, 1000.0);
        const double rb = ratings.value(vote.modelB, 1000.0);
        const double expectedA = 1.0 / (1.0 + std::pow(10.0, (rb - ra) / 400.0));
        const double scoreA = vote.outcome == PairwiseVote::Outcome::AWins ? 1.0
            : vote.outcome == PairwiseVote::Outcome::BWins                 ? 0.0
                                                                           : 0.5;
        ratings.insert(vote.modelA, ra + options.eloK * (scoreA - expectedA));
        ratings.insert(vote.modelB, rb - options.eloK * (scoreA - expectedA));
    }
    if (!options.anchor.isEmpty() && ratings.contains(options.anchor)) {
        const double shift = 1000.0 - ratings.value(options.anchor);
        for (double &rating : ratings)
            rating += shift;
    }
    return ratings;
}

/// Fills the bootstrap intervals: resample the votes with replacement, refit, take percentiles.
void bootstrap(QList<ModelRating> &ratings, const QList<PairwiseVote> &votes, const RatingOptions &options,
               const std::function<QHash<QString, double>(const QList<PairwiseVote> &)> &fit)
{
    if (options.bootstrapSamples <= 0 || votes.isEmpty())
        return;
    // mt19937's sequence is fixed by the standard; the draw below avoids
    // uniform_int_distribution, whose output differs between standard libraries.
    std::mt19937 random(options.seed);
    const quint64 n = quint64(votes.size());
    QHash<QString, QList<double>> samples;
    QList<PairwiseVote> resample(votes.size());
    for (int b = 0; b < options.bootstrapSamples; ++b) {
        for (qsizetype k = 0; k < resample.size(); ++k)
            resample[k] = votes.at(qsizetype((quint64(random()) * n) >> 32));
        const QHash<QString, double> fitted = fit(resample);
        for (auto it = fitted.cbegin(); it != fitted.cend(); ++it)
            samples[it.key()].append(it.value());
    }
    const double tail = (1.0 - options.confidence) / 2.0 * 100.0;
    for (ModelRating &rating : ratings) {
        const QList<double> values = samples.value(rating.model);
        rating.ratingLow = EvalStatistics::percentile(values, tail);
        rating.ratingHigh = EvalStatistics::percentile(values, 100.0 - tail);
    }
}

void sortBest(QList<ModelRating> &ratings)
{
    std::sort(ratings.begin(), ratings.end(), [](const ModelRating &a, const ModelRating &b) {
        return a.rating != b.rating ? a.rating > b.rating : a.model < b.model;
    });
}

} // namespace

namespace PairwiseRatings {

QList<ModelRating> bradleyTerry(const QList<PairwiseVote> &votes, const RatingOptions &options)
{
    const QList<PairwiseVote> kept = usable(votes, options);
    Tally t;
    QList<double> strengths;
    bool regularized = false;
    const QHash<QString, double> fitted = btRatings(kept, options, &t, &strengths, &regularized);
    QList<ModelRating> ratings;
    for (qsizetype i = 0; i < t.models.size(); ++i) {
        ModelRating rating;
        rating.model = t.models.at(i);
        rating.strength = strengths.at(i);
        rating.rating = fitted.value(rating.model);
        rating.votes = t.votes.at(i);
        for (double w : t.wins.at(i))
            rating.wins += w;
        rating.regularized = regularized;
        ratings.append(rating);
    }
    bootstrap(ratings, kept, options,
              [&options](const QList<PairwiseVote> &sample) { return btRatings(sample, options); });
    sortBest(ratings);
    return ratings;
}

QList<ModelRating> elo(const QList<PairwiseVote> &votes, const RatingOptions &options)
{
    const QList<PairwiseVote> kept = usable(votes, options);
    const QHash<QString, double> fitted = eloRatings(kept, options);
    const Tally t = tally(kept);
    QList<ModelRating> ratings;
    for (qsizetype i = 0; i < t.models.size(); ++i) {
        ModelRating rating;
        rating.model = t.models.at(i);
        rating.rating = fitted.value(rating.model);
        rating.strength = std::pow(10.0, (rating.rating - 1000.0) / 400.0);
        rating.votes = t.votes.at(i);
        for (double w : t.wins.at(i))
            rating.wins += w;
        ratings.append(rating);
    }
    bootstrap(ratings, kept, options,
              [&options](const QList<PairwiseVote> &sample) { return eloRatings(sample, options); });
    sortBest(ratings);
    return ratings;
}

} // namespace PairwiseRatings
