// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "compare/vote.h"

#include <QList>
#include <QSqlDatabase>

class Database;

/// Pairwise votes and thumbs on the responses of stored runs.
class VoteRepository
{
public:
    explicit VoteRepository(Database &database);

    Result<qint64> addVote(const Vote &vote);
    /// Sets (or with value 0 clears) the thumb of one response.
    Status setThumb(const Thumb &thumb);
    Result<QList<Vote>> votes(qint64 runId) const;
    /// Every vote of the given runs; all votes when `runIds` is empty.
    Result<QList<Vote>> votes(const QList<qint64> &runIds) const;
    Result<QList<Thumb>> thumbs(qint64 runId) const;

    static QString outcomeName(Vote::Outcome outcome); ///< "a_better", "b_better", "tie", "both_bad"
    static std::optional<Vote::Outcome> outcomeFromName(QStringView name);

private:
    Database &m_database;
    QSqlDatabase m_db;
};
