// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QDateTime>
#include <QtGlobal>

/// A blind pairwise judgement between two answers of one run. Positions are the responses'
/// column order in the run (ResponseRecord::position), not the shuffled display order, so a
/// vote means the same thing whatever order the columns were shown in.
struct Vote
{
    enum Outcome { ABetter, BBetter, Tie, BothBad };

    qint64 runId = 0; ///< RunRecord::id; 0 when the run was not stored (see ComparisonRunner::setRunId)
    int positionA = 0;
    int positionB = 0;
    Outcome outcome = Tie;
    QDateTime at; ///< UTC
    bool operator==(const Vote &other) const = default;
};

/// A thumb up (+1) or down (−1) on one answer; 0 withdraws an earlier thumb.
struct Thumb
{
    qint64 runId = 0; ///< RunRecord::id; 0 when the run was not stored
    int position = 0; ///< ResponseRecord::position
    int value = 0;    ///< +1, −1, or 0 (withdrawn)
    QDateTime at;     ///< UTC
    bool operator==(const Thumb &other) const = default;
};
