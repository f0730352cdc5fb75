// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "cascadesimulator.h"
#include "common/result.h"
#include "compare/runrecord.h"
#include "compare/vote.h"
#include "validationassessor.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class Database;
struct RunFilter;

/// Stored runs with the user's quality labels, ready to replay.
struct StoredRunSelection
{
    QList<RunRecord> runs;
    /// (run id, response position) → quality 0–1 (see StoredRunSimulation::qualityLabels()).
    QHash<QPair<qint64, int>, double> quality;
    bool truncated = false; ///< more runs matched than were loaded (newest kept)
};

/// What one replay of stored runs gave, with the figures a reader needs to trust it.
struct StoredRunReplay
{
    QList<SimulatedPrompt> prompts;
    int answers = 0;        ///< answers taken from the runs
    int withConfidence = 0; ///< of those, with a confidence from the chosen source
    int labelled = 0;       ///< of those, with a quality label
};

/// Turns stored runs (Compare, History re-runs) into the cascade simulator's input:
/// quality from the user's thumbs (up 1, down 0) or else pairwise votes (win 1, tie 0.5, loss or
/// both bad 0, averaged), confidence from the stored answer's log-probabilities or from
/// validation checks on its text. No calls, no widgets: the Routing page and the command line
/// replay the same way.
class StoredRunSimulation
{
    Q_DECLARE_TR_FUNCTIONS(StoredRunSimulation)
public:
    enum class Confidence { Logprob, Validation };

    /// The labels of responses, keyed by (run id, position). A thumb wins over votes.
    static QHash<QPair<qint64, int>, double> qualityLabels(const QList<Vote> &votes, const QList<Thumb> &thumbs);
    /// Endpoint names of the runs' complete answers, cheapest on average first: a sensible
    /// "small first" order when no cascade is configured. The mean is over priced answers; an
    /// endpoint with no priced answer is not taken for free but comes after the priced ones.
    static QStringList levelsByCost(const QList<RunRecord> &runs);

    /// The runs `filter` selects (newest first, at most `limit`) with their labels.
    static Result<StoredRunSelection> load(Database &database, const RunFilter &filter, int limit = 2000);

    /// The prompts to replay at `levels` (endpoint names, smallest first).
    static StoredRunReplay replay(const StoredRunSelection &selection, const QStringList &levels, Confidence confidence,
                                  const ValidationChecks &checks = {});
};
