// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "storedrunsimulation.h"

#include "logprobassessor.h"
#include "store/runrepository.h"
#include "store/voterepository.h"

#include <QMap>

#include <algorithm>

QHash<QPair<qint64, int>, double> StoredRunSimulation::qualityLabels(const QList<Vote> &votes,
                                                                     const QList<Thumb> &thumbs)
{
    QHash<QPair<qint64, int>, QPair<double, int>> scores; // sum, count
    auto add = [&](qint64 run, int position, double score) {
        QPair<double, int> &entry = scores[{run, position}];
        entry.first += score;
        entry.second += 1;
    };
    for (const Vote &vote : votes) {
        double a = 0;
        double b = 0;
        switch (vote.outcome) {
        case Vote::ABetter:
            a = 1;
            break;
        case Vote::BBetter:
            b = 1;
            break;
        case Vote::Tie:
            a = b = 0.5;
            break;
        case Vote::BothBad:
            break;
        }
        add(vote.runId, vote.positionA, a);
        add(vote.runId, vote.positionB, b);
    }
    QHash<QPair<qint64, int>, double> labels;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it)
        labels.insert(it.key(), it.value().first / it.value().second);
    // A thumb is a direct verdict on one answer; a vote only compares it with another.
    for (const Thumb &thumb : thumbs) {
        if (thumb.value != 0)
            labels.insert({thumb.runId, thumb.position}, thumb.value > 0 ? 1.0 : 0.0);
    }
    return labels;
}

QStringList StoredRunSimulation::levelsByCost(const QList<RunRecord> &runs)
{
    struct Costs
    {
        double sum = 0; ///< over priced answers
        int priced = 0;
    };
    QMap<QString, Costs> costs; // name → its priced answers
    for (const RunRecord &run : runs) {
        for (const ResponseRecord &response : run.responses) {
            if (response.status != ResponseRecord::Status::Complete)
                continue;
            Costs &entry = costs[response.endpoint.name];
            if (response.costUsd) {
                entry.sum += *response.costUsd;
                entry.priced += 1;
            }
        }
    }
    // An unpriced answer is not free: the mean is over priced answers only, and an endpoint with
    // no priced answer at all cannot be placed by cost, so it goes after every priced one (name
    // order among them) rather than first as if it cost nothing.
    QStringList names = costs.keys();
    std::stable_sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        const Costs &ca = costs.value(a);
        const Costs &cb = costs.value(b);
        if ((ca.priced > 0) != (cb.priced > 0))
            return ca.priced > 0;
        if (ca.priced == 0)
            return false;
        return ca.sum / ca.priced < cb.sum / cb.priced;
    });
    return names;
}

Result<StoredRunSelection> StoredRunSimulation::load(Database &database, const RunFilter &filter, int limit)
{
    const RunRepository runs(database);
    Result<QList<qint64>> ids = runs.runIds(filter);
    if (!ids)
        return Result<StoredRunSelection>::failure(ids.error());
    StoredRunSelection selection;
    if (limit > 0 && ids->size() > limit) {
        selection.truncated = true;
        ids->resize(limit);
    }
    Result<QList<RunRecord>> loaded = runs.loadRuns(*ids);
    if (!loaded)
        return Result<StoredRunSelection>::failure(loaded.error());
    selection.runs = std::move(*loaded);

    const VoteRepository votes(database);
    const Result<QList<Vote>> runVotes = votes.votes(*ids);
    if (!runVotes)
        return Result<StoredRunSelection>::failure(runVotes.error());
    QList<Thumb> thumbs;
    for (qint64 id : std::as_const(*ids)) {
        const Result<QList<Thumb>> runThumbs = votes.thumbs(id);
        if (!runThumbs)
            return Result<StoredRunSelection>::failure(runThumbs.error());
        thumbs += *runThumbs;
    }
    selection.quality = qualityLabels(*runVotes, thumbs);
    return selection;
}

StoredRunReplay StoredRunSimulation::replay(const StoredRunSelection &selection, const QStringList &levels,
                                            Confidence confidence, const ValidationChecks &checks)
{
    StoredRunReplay out;
    out.prompts = CascadeSimulator::fromRuns(
        selection.runs, levels,
        [&](const RunRecord &run, const ResponseRecord &response) -> std::optional<double> {
            const auto it = selection.quality.constFind({run.id, response.position});
            return it == selection.quality.cend() ? std::nullopt : std::optional<double>(*it);
        },
        [&](const ResponseRecord &response) {
            return confidence == Confidence::Validation
                ? ValidationAssessor::check(response.result.text, checks).confidence
                : LogprobAssessor::assessResult(response.result).confidence;
        });
    for (const SimulatedPrompt &prompt : std::as_const(out.prompts)) {
        for (const SimulatedAnswer &answer : prompt.answers) {
            ++out.answers;
            out.withConfidence += answer.confidence ? 1 : 0;
            out.labelled += answer.quality ? 1 : 0;
        }
    }
    return out;
}
