// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "catalog/catalog.h"
#include "common/result.h"
#include "evalresult.h"
#include "evalrunner.h"
#include "evalset.h"
#include "providers/endpoint.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class ApiKeyStore;
class ChatClient;
class StoreWorker;
struct EvalRunRecord;

/// Everything one evaluation run needs: a new run of a set, or the continuation of a stored run.
struct EvalRunPlan
{
    EvalSet set;
    QList<Endpoint> endpoints;     ///< the matrix's columns, in order; names unique
    std::optional<Endpoint> judge; ///< grades llm-rubric assertions
    EvalRunOptions options;
    Catalog catalog;        ///< prices the answers
    qint64 resumeRunId = 0; ///< the stored run to continue; 0 starts a new one
    QSet<EvalKey> finished; ///< the continued run's stored keys: not sent again

    /// The plan that continues `record`: `revive` turns each stored endpoint (kept without its
    /// key reference) into the live one to call.
    static EvalRunPlan resuming(const EvalRunRecord &record, QSet<EvalKey> finished, const Catalog &catalog,
                                const std::function<Endpoint(const Endpoint &)> &revive);
};

/// How a session's run ended; reported once its end is stored.
struct EvalSessionOutcome
{
    qint64 runId = 0; ///< 0 when nothing was stored (no store, or the run was dropped)
    bool cancelled = false;
    QList<EvalResult> results; ///< produced in this run, in completion order
    int skipped = 0;           ///< stored before and not sent again
};

/// One evaluation run from start to end, for every front end: checks the plan, records the run
/// in the store (or marks a stored one running again), looks up the API keys once, runs the set
/// with EvalRunner, writes each result through the store's worker thread as it arrives, and
/// finally marks the run finished or cancelled. A new run that produced nothing (cancelled
/// before the first answer, or refused by the runner) is deleted rather than kept empty.
///
/// Without a store the run happens only in memory (runId 0). The client, key store and store
/// worker must outlive the session.
class EvalSession : public QObject
{
    Q_OBJECT
public:
    EvalSession(ChatClient *client, ApiKeyStore *keys, QObject *parent = nullptr);
    ~EvalSession() override;

    /// Where runs and results are written (not owned); null keeps them in memory only.
    void setStore(StoreWorker *store);

    /// A problem that keeps `plan` from running, translated; success when it can run.
    static Status check(const EvalRunPlan &plan);
    /// The first case with an llm-rubric assertion (which needs a judge); -1 when none has one.
    static int firstCaseNeedingJudge(const EvalSet &set);

    /// Starts `plan`; refused (nothing stored, nothing sent) when a run is on or check() fails.
    /// Afterwards exactly one of failed() or finished() is emitted.
    Status start(EvalRunPlan plan);

    bool isActive() const { return m_active; }
    /// Storing the start or looking up keys: no call is out yet.
    bool isPreparing() const { return m_active && !m_runner->isRunning(); }
    bool isPaused() const { return m_runner->isPaused(); }
    EvalProgress progress() const { return m_runner->progress(); }
    qint64 runId() const { return m_runId; }
    const EvalRunPlan &plan() const { return m_plan; }
    EvalRunner *runner() const { return m_runner; }

public slots:
    void pause();
    void resume();
    void togglePause();
    /// Stops the run: calls in flight are aborted, the results so far stay stored.
    void cancel();

signals:
    /// The run is recorded (`runId` 0 without a store); keys are looked up next.
    void started(qint64 runId);
    void progressChanged(const EvalProgress &progress);
    void pausedChanged(bool paused);
    void resultReady(const EvalResult &result);
    /// A result or the run's end could not be written; the run goes on (a front end may cancel it).
    void storeFailed(const QString &message);
    /// The run could not start; nothing was sent.
    void failed(const QString &message);
    void finished(const EvalSessionOutcome &outcome);

private:
    /// Posts a step the run waits for: `done` gets its result, or `ifLost` runs when the store
    /// goes away first (the database was closed), so that the run still ends.
    template<typename Work, typename Done>
    void storeStep(Work work, Done done, std::function<void()> ifLost);
    void storeLost();
    void recorded(qint64 runId);
    void launch(const std::function<QString(const Endpoint &)> &keys);
    void onResult(const EvalResult &result);
    void resultNotStored(const QString &error);
    void conclude(const EvalRunOutcome &outcome);
    void fail(const QString &message);
    void reportFinished(const EvalSessionOutcome &outcome);

    ApiKeyStore *m_keys = nullptr;
    QPointer<StoreWorker> m_store;
    EvalRunner *m_runner = nullptr;
    EvalRunPlan m_plan;
    bool m_active = false;
    bool m_cancelled = false; ///< cancelled while preparing
    bool m_storeFailed = false;
    qint64 m_runId = 0;
    quint64 m_step = 0; ///< of the store step waited for; a late answer to an older one is dropped
    std::function<void()> m_ifLost;
};
