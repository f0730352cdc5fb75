// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "eval/evalresult.h"
#include "eval/evalrunner.h"
#include "eval/evalset.h"
#include "providers/endpoint.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

/// One stored evaluation run, as listed: what ran and how far it got.
struct EvalRunInfo
{
    enum class Status {
        Running,     ///< results are still arriving (in this or another process)
        Finished,    ///< every case × endpoint × repeat has a result
        Cancelled,   ///< stopped by the user; can be resumed
        Interrupted, ///< the process ended during the run (found at open); can be resumed
    };

    qint64 id = 0;
    QString setName;
    QDateTime startedAt;   ///< UTC
    QDateTime finishedAt;  ///< UTC; invalid while running or interrupted
    QStringList endpoints; ///< endpoint names, in the run's column order
    int repeat = 1;
    int total = 0;  ///< cases × endpoints × repeat
    int done = 0;   ///< results stored
    int passed = 0; ///< of the results stored
    Status status = Status::Running;

    bool canResume() const { return status != Status::Finished && status != Status::Running; }

    static QString statusName(Status status); ///< "running", "finished", "cancelled", "interrupted"
    static std::optional<Status> statusFromName(QStringView name);
};

/// Everything needed to show or resume a stored run: the set as it was when the run started
/// (a later edit of the set does not change what the results mean), the endpoints (without API
/// keys or where the keys live) and the options.
struct EvalRunRecord
{
    EvalRunInfo info;
    EvalSet set;
    QList<Endpoint> endpoints; ///< apiKeyRef is always empty: look the key up again by name
    EvalRunOptions options;
    std::optional<Endpoint> judge; ///< the llm-rubric judge, apiKeyRef empty as well
};

/// Evaluation sets and runs in the history database (schema version 4).
///
/// Sets are saved by name (saving again replaces the cases). A run stores a snapshot of its set,
/// its endpoints and options when it starts, then each result as it arrives (appendResult()
/// commits at once, so a killed process loses at most the calls in flight). Database::open()
/// marks runs still `running` from a process that ended as `interrupted`; finishedKeys() gives
/// EvalRunner what not to send again when such a run is resumed.
///
/// Not thread-safe: use it on the thread that created it (the runner's thread).
class EvalRepository
{
    Q_DECLARE_TR_FUNCTIONS(EvalRepository)
public:
    explicit EvalRepository(Database &database);

    // --- sets ---
    /// Inserts or replaces the set named `set.name` (its cases, template and id); returns its row id.
    Result<qint64> saveSet(const EvalSet &set);
    Result<EvalSet> loadSet(const QString &name) const;
    /// Every saved set name, sorted case-insensitively.
    Result<QStringList> setNames() const;
    /// Deletes the set; its runs stay (they keep their own snapshot of the set).
    Status deleteSet(const QString &name);

    // --- runs ---
    /// Records the start of a run (status `running`); returns the run id.
    Result<qint64> startRun(const EvalSet &set, const QList<Endpoint> &endpoints, const EvalRunOptions &options,
                            const std::optional<Endpoint> &judge = {});
    /// Stores one result of the run at once. A result for a key already stored replaces it.
    Status appendResult(qint64 runId, const EvalResult &result);
    /// Marks the run `finished` (or `cancelled`) and stamps the end time.
    Status finishRun(qint64 runId, bool cancelled);
    /// Marks a cancelled or interrupted run `running` again before it is resumed.
    Status resumeRun(qint64 runId);
    /// Deletes a run and its results.
    Status deleteRun(qint64 runId);

    /// The keys that have a stored result (for EvalRunner::run's `alreadyFinished`).
    Result<QSet<EvalKey>> finishedKeys(qint64 runId) const;
    /// Runs newest first; only those of `setName` when it is not empty.
    Result<QList<EvalRunInfo>> runs(const QString &setName = {}) const;
    Result<EvalRunInfo> runInfo(qint64 runId) const;
    /// The run with its set snapshot, endpoints and options; fails naming the id when unknown.
    Result<EvalRunRecord> run(qint64 runId) const;
    /// The run's results in the order they were stored; EvalMatrix::build(record.set, results,
    /// record.info.endpoints) gives the matrix.
    Result<QList<EvalResult>> results(qint64 runId) const;

private:
    Result<EvalSet> setFromRow(qint64 setRowId, const QString &name) const;

    Database &m_database;
    QSqlDatabase m_db;
};
