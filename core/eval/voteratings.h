// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "compare/runrecord.h"
#include "compare/vote.h"
#include "pairwiseratings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

/// One model's record in the stored votes.
struct VoteTally
{
    QString model;
    int wins = 0;
    int ties = 0;
    int losses = 0;
    int bothBad = 0;
    int votes() const { return wins + ties + losses + bothBad; }

    friend bool operator==(const VoteTally &, const VoteTally &) = default;
};

/// Stored votes as model-versus-model judgements.
struct StoredVotes
{
    QList<PairwiseVote> votes; ///< in the order stored
    QList<VoteTally> tallies;  ///< per model, in order of first appearance
    int skipped = 0;           ///< votes naming a missing run or response, or one model twice
};

/// Turns the Compare page's stored votes (a run and two response positions) into pairwise votes
/// between models, for PairwiseRatings and the Evaluations page's Ratings tab.
class VoteRatings
{
    Q_DECLARE_TR_FUNCTIONS(VoteRatings)
public:
    /// The model a response is rated as: its endpoint's catalog model (so ratings can become
    /// catalog quality scores), else the endpoint's model name, else the endpoint's name.
    static QString modelKey(const Endpoint &endpoint);
    /// `runs` must hold the runs the votes name (texts not needed). A vote between two responses
    /// of the same model says nothing about models and is skipped, as is one whose run or
    /// response is missing.
    static StoredVotes fromRuns(const QList<Vote> &votes, const QList<RunRecord> &runs);
    /// Every vote stored in `database` (on the calling thread's connection).
    static Result<StoredVotes> load(Database &database);
};
