// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "compare/runrecord.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

class Database;

/// Which runs a history query selects. Empty fields do not filter.
struct RunFilter
{
    enum class Rating {
        Any,
        ThumbsUp,   ///< at least one response rated up
        ThumbsDown, ///< at least one response rated down
        Voted,      ///< at least one pairwise vote
        Unrated,    ///< neither thumbs nor votes
    };
    QString endpoint;                             ///< endpoint name, exact
    QString model;                                ///< endpoint model, exact
    QDateTime from;                               ///< started at or after (inclusive)
    QDateTime to;                                 ///< started before (exclusive)
    std::optional<ResponseRecord::Status> status; ///< runs with at least one response in it
    Rating rating = Rating::Any;
    QString search;       ///< words, all of which must occur (prompt or a response)
    QList<qint64> runIds; ///< only these runs (a selection)
    /// With a search: only the newest `searchLimit` matching answers and as many matching prompts
    /// count (0: every match). A word found in most of 100,000 runs then costs a millisecond,
    /// not half a second; searchTruncated() says when older matches were left out.
    int searchLimit = 0;

    bool operator==(const RunFilter &other) const = default;
};

/// How the history list is ordered.
enum class RunSort { StartedAt, Id, Latency, Ttft, OutputTokens, Cost, Errors, Responses };

/// One line of the history list: the run's summary figures.
struct RunSummary
{
    qint64 id = 0;
    QDateTime startedAt;
    QString origin;
    QString prompt; ///< the user prompt (its first 300 characters)
    QString models; ///< endpoint models in column order, comma separated
    int responses = 0;
    int errors = 0;                     ///< failed or interrupted responses
    int cancelled = 0;                  ///< responses the user stopped
    std::optional<double> maxLatencyMs; ///< slowest complete response
    std::optional<double> minTtftMs;    ///< fastest first token
    std::optional<qint64> outputTokens;
    std::optional<double> costUsd; ///< at run-time prices
    int thumbs = 0;                ///< sum of thumbs (+1/−1)
    int votes = 0;
};

/// Reads and writes runs with their prompts, responses and endpoint snapshots. Uses the calling
/// thread's connection of `database`: create one repository per thread.
class RunRepository
{
public:
    explicit RunRepository(Database &database);
    ~RunRepository();

    /// Inserts a run with its prompt and responses in one transaction; fills in the run's and the
    /// responses' ids.
    Result<qint64> insertRun(RunRecord &run);
    /// Many runs in one transaction (imports, benchmarks).
    Status insertRuns(QList<RunRecord> &runs);

    Result<RunRecord> loadRun(qint64 runId) const;
    /// Runs in the order of `runIds`; without the texts (prompt and answers) when only the
    /// figures are wanted, e.g. for aggregates over a large selection.
    Result<QList<RunRecord>> loadRuns(const QList<qint64> &runIds, bool withText = true) const;
    Result<QList<RunSummary>> listRuns(const RunFilter &filter, RunSort sort = RunSort::StartedAt,
                                       Qt::SortOrder order = Qt::DescendingOrder, int limit = 200,
                                       int offset = 0) const;
    Result<int> countRuns(const RunFilter &filter) const;
    /// Whether the filter's searchLimit left out older matches.
    Result<bool> searchTruncated(const RunFilter &filter) const;
    /// Ids of every run the filter selects, newest first.
    Result<QList<qint64>> runIds(const RunFilter &filter) const;
    /// Deletes runs with their prompts, responses, votes and thumbs.
    Status deleteRuns(const QList<qint64> &runIds);

    /// Distinct endpoint names and models seen, for filter choices.
    QStringList endpointNames() const;
    QStringList models() const;

    // Streaming writes (the recorder's worker). Each is one statement; callers batch them in a
    // transaction of their own.
    Status appendText(qint64 responseId, const QString &delta);
    Status setStatus(qint64 responseId, ResponseRecord::Status status);
    /// Writes the response's final state (text, metrics, error, price) over the row.
    Status writeResponse(qint64 responseId, const ResponseRecord &response);
    /// Recomputes the run's summary columns from its responses.
    Status refreshRunSummary(qint64 runId);
    /// Adds the prompts and the finished responses written since the last call to the full-text
    /// index, in bulk (one INSERT … SELECT each: several times faster than a trigger per row).
    /// Every write transaction of this class ends with it; a streaming answer becomes searchable
    /// when it is finished.
    Status indexPendingText();
    static Status indexPendingText(const QSqlDatabase &db);

    QSqlDatabase connection() const { return m_db; }
    /// Runs `work` in a transaction, committed when it succeeds and rolled back otherwise.
    template<typename Work>
    Status inTransaction(Work work);

private:
    Result<qint64> insertRunRow(RunRecord &run);
    Result<qint64> endpointId(const Endpoint &endpoint);
    Status fail(const QString &what, const QString &error) const;
    Status beginTransaction();
    Status endTransaction(const Status &status);

    Database &m_database;
    QSqlDatabase m_db;
    QHash<QString, qint64> m_endpointIds;
    QList<std::pair<Endpoint, qint64>> m_recentEndpoints; ///< compared field by field before building a key
    // Prepared once per repository: bulk inserts spend their time in SQLite, not in prepare().
    std::unique_ptr<QSqlQuery> m_insertPrompt;
    std::unique_ptr<QSqlQuery> m_insertRun;
    std::unique_ptr<QSqlQuery> m_insertResponse;
};

template<typename Work>
Status RunRepository::inTransaction(Work work)
{
    if (const Status begun = beginTransaction(); !begun.ok())
        return begun;
    return endTransaction(work());
}
