// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "voteratings.h"

#include "store/runrepository.h"
#include "store/voterepository.h"

#include <QHash>
#include <QSet>

QString VoteRatings::modelKey(const Endpoint &endpoint)
{
    if (!endpoint.catalogModel.isEmpty())
        return endpoint.catalogModel;
    if (!endpoint.model.isEmpty())
        return endpoint.model;
    return endpoint.name;
}

StoredVotes VoteRatings::fromRuns(const QList<Vote> &votes, const QList<RunRecord> &runs)
{
    QHash<qint64, const RunRecord *> byId;
    for (const RunRecord &run : runs)
        byId.insert(run.id, &run);
    const auto modelAt = [](const RunRecord &run, int position) -> QString {
        for (const ResponseRecord &response : run.responses) {
            if (response.position == position)
                return modelKey(response.endpoint);
        }
        return {};
    };

    StoredVotes stored;
    QHash<QString, qsizetype> index;
    const auto tally = [&stored, &index](const QString &model) {
        if (!index.contains(model)) {
            index.insert(model, stored.tallies.size());
            stored.tallies.append(VoteTally{model});
        }
    };
    for (const Vote &vote : votes) {
        const RunRecord *run = byId.value(vote.runId);
        const QString a = run ? modelAt(*run, vote.positionA) : QString();
        const QString b = run ? modelAt(*run, vote.positionB) : QString();
        if (a.isEmpty() || b.isEmpty() || a == b) {
            ++stored.skipped;
            continue;
        }
        PairwiseVote pairwise{a, b};
        // Both entries first: a reference taken before the second append could dangle.
        tally(a);
        tally(b);
        VoteTally &ta = stored.tallies[index.value(a)];
        VoteTally &tb = stored.tallies[index.value(b)];
        switch (vote.outcome) {
        case Vote::ABetter:
            pairwise.outcome = PairwiseVote::Outcome::AWins;
            ++ta.wins;
            ++tb.losses;
            break;
        case Vote::BBetter:
            pairwise.outcome = PairwiseVote::Outcome::BWins;
            ++ta.losses;
            ++tb.wins;
            break;
        case Vote::Tie:
            pairwise.outcome = PairwiseVote::Outcome::Tie;
            ++ta.ties;
            ++tb.ties;
            break;
        case Vote::BothBad:
            pairwise.outcome = PairwiseVote::Outcome::BothBad;
            ++ta.bothBad;
            ++tb.bothBad;
            break;
        }
        stored.votes.append(pairwise);
    }
    return stored;
}

Result<StoredVotes> VoteRatings::load(Database &database)
{
    VoteRepository voteRepository(database);
    Result<QList<Vote>> votes = voteRepository.votes(QList<qint64>{});
    if (!votes)
        return Result<StoredVotes>::failure(tr("Could not read the votes: %1").arg(votes.error()));
    QList<qint64> runIds;
    QSet<qint64> seen;
    for (const Vote &vote : votes.value()) {
        if (!seen.contains(vote.runId)) {
            seen.insert(vote.runId);
            runIds.append(vote.runId);
        }
    }
    RunRepository runRepository(database);
    Result<QList<RunRecord>> runs = runRepository.loadRuns(runIds, false);
    if (!runs)
        return Result<StoredVotes>::failure(tr("Could not read the voted runs: %1").arg(runs.error()));
    return fromRuns(votes.value(), runs.value());
}
