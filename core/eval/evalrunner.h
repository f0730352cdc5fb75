// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "catalog/catalog.h"
#include "etaestimator.h"
#include "evalresult.h"
#include "evalset.h"
#include "providers/endpoint.h"

#include <QCoroTask>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class CancelToken;
class ChatClient;

/// How to run an evaluation set.
struct EvalRunOptions
{
    int concurrency = 4;               ///< calls in flight at once, across all endpoints
    int repeat = 1;                    ///< runs of every case on every endpoint (variance)
    EvalTemplate prompt;               ///< when not empty, used instead of the set's template
    std::optional<double> temperature; ///< overrides of the endpoints' defaults
    std::optional<int> maxTokens;
};

/// Where a run stands. `done` counts the keys skipped on resume.
struct EvalProgress
{
    int done = 0;
    int total = 0;
    int skipped = 0; ///< finished before (resume) and not run again
    int passed = 0;  ///< of the results produced in this run
    int failed = 0;
    std::optional<qint64> remainingMs; ///< estimated time left; empty until the first result
    bool paused = false;
};

/// What run() returns once every call has finished or the run was cancelled.
struct EvalRunOutcome
{
    QList<EvalResult> results; ///< produced in this run (skipped keys excluded), in completion order
    int skipped = 0;
    bool cancelled = false;
    QString error; ///< translated; set when the run could not start (nothing was sent)
};

/// Runs an evaluation set across endpoints: every case × endpoint × repeat, at most
/// `concurrency` calls at once, grading each answer (llm-rubric assertions by the judge
/// endpoint). Emits resultReady() per finished result, so a store can persist results as they
/// complete; a later run given those keys as `finished` does not send them again. Pause stops
/// new calls (those in flight finish); cancel aborts those in flight too, and their results are
/// not emitted (they were not finished). The runner and the client must outlive a run.
class EvalRunner : public QObject
{
    Q_OBJECT
public:
    explicit EvalRunner(ChatClient *client, QObject *parent = nullptr);
    ~EvalRunner() override;

    /// The endpoint that grades llm-rubric assertions; without one they are errors.
    void setJudge(std::optional<Endpoint> judge) { m_judge = std::move(judge); }
    /// Prices answers (and the judge's calls) by each endpoint's catalog model.
    void setCatalog(const Catalog &catalog) { m_catalog = catalog; }
    /// Finds the API key for an endpoint (keychain, environment…); empty for local servers.
    void setApiKeyLookup(std::function<QString(const Endpoint &)> lookup) { m_apiKey = std::move(lookup); }
    /// Milliseconds from a steady clock; tests make it deterministic.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    /// Why `set` cannot run on `endpoints` with `options` (translated); empty when it can.
    static QString problemWith(const EvalSet &set, const QList<Endpoint> &endpoints, const EvalRunOptions &options);
    /// Runs `set` on `endpoints` (names must be unique), skipping the `alreadyFinished` keys.
    QCoro::Task<EvalRunOutcome> run(EvalSet set, QList<Endpoint> endpoints, EvalRunOptions options,
                                    QSet<EvalKey> alreadyFinished = {});

    bool isRunning() const { return m_state != nullptr; }
    bool isPaused() const { return m_paused; }
    EvalProgress progress() const { return m_progress; }

    /// The cost of one call by an endpoint's catalog model; empty when unpriced or usage unknown.
    std::optional<double> costOf(const Endpoint &endpoint, std::optional<qint64> inputTokens,
                                 std::optional<qint64> outputTokens) const;

public slots:
    void pause();
    void resume();
    void cancel();

signals:
    void started(int total, int skipped);
    void resultReady(const EvalResult &result);
    void progressChanged(const EvalProgress &progress);
    void pausedChanged(bool paused);
    void finished(const EvalRunOutcome &outcome);

private:
    struct Job
    {
        int caseIndex = 0;
        int endpointIndex = 0;
        int repeat = 0;
    };
    struct RunState;

    QCoro::Task<void> worker(RunState *state);
    QCoro::Task<EvalResult> runJob(RunState *state, Job job);
    QCoro::Task<AssertionResult> judge(RunState *state, EvalAssertion assertion, QString answer, QString expected,
                                       double *judgeCost, bool *judgeCostKnown);
    QString apiKey(const Endpoint &endpoint) const;
    qint64 now() const;

    QPointer<ChatClient> m_client;
    std::optional<Endpoint> m_judge;
    Catalog m_catalog;
    std::function<QString(const Endpoint &)> m_apiKey;
    std::function<qint64()> m_clock;
    RunState *m_state = nullptr;
    bool m_paused = false;
    EvalProgress m_progress;
    EtaEstimator m_eta;
};
