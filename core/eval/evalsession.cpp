// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "evalsession.h"

#include "secrets/apikeyfetch.h"
#include "store/evalrepository.h"
#include "store/storeworker.h"

#include <QCoroTask>

#include <utility>

EvalRunPlan EvalRunPlan::resuming(const EvalRunRecord &record, QSet<EvalKey> finished, const Catalog &catalog,
                                  const std::function<Endpoint(const Endpoint &)> &revive)
{
    EvalRunPlan plan;
    plan.set = record.set;
    for (const Endpoint &stored : record.endpoints)
        plan.endpoints.append(revive(stored));
    if (record.judge)
        plan.judge = revive(*record.judge);
    plan.options = record.options;
    plan.catalog = catalog;
    plan.resumeRunId = record.info.id;
    plan.finished = std::move(finished);
    return plan;
}

EvalSession::EvalSession(ChatClient *client, ApiKeyStore *keys, QObject *parent)
    : QObject(parent)
    , m_keys(keys)
    , m_runner(new EvalRunner(client, this))
{
    m_runner->setObjectName(QStringLiteral("evalRunner"));
    connect(m_runner, &EvalRunner::resultReady, this, &EvalSession::onResult);
    connect(m_runner, &EvalRunner::progressChanged, this, &EvalSession::progressChanged);
    connect(m_runner, &EvalRunner::pausedChanged, this, &EvalSession::pausedChanged);
}

EvalSession::~EvalSession()
{
    // A run still on stays `running` in the store; the next start offers it for resume.
    m_runner->disconnect(this);
    m_runner->cancel();
}

void EvalSession::setStore(StoreWorker *store)
{
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    if (m_store)
        connect(m_store, &QObject::destroyed, this, &EvalSession::storeLost);
}

template<typename Work, typename Done>
void EvalSession::storeStep(Work work, Done done, std::function<void()> ifLost)
{
    const quint64 step = ++m_step;
    m_ifLost = std::move(ifLost);
    m_store->post(this, std::move(work), [this, step, done = std::move(done)](const auto &result) {
        if (step != m_step)
            return;
        m_ifLost = {};
        done(result);
    });
}

void EvalSession::storeLost()
{
    m_store = nullptr;
    ++m_step;
    if (const std::function<void()> lost = std::exchange(m_ifLost, {}))
        lost();
}

int EvalSession::firstCaseNeedingJudge(const EvalSet &set)
{
    for (int i = 0; i < set.cases.size(); ++i) {
        const QList<EvalAssertion> &assertions = set.cases.at(i).assertions;
        if (std::any_of(assertions.cbegin(), assertions.cend(),
                        [](const EvalAssertion &a) { return a.kind == EvalAssertion::Kind::LlmRubric; }))
            return i;
    }
    return -1;
}

Status EvalSession::check(const EvalRunPlan &plan)
{
    if (const QString problem = EvalRunner::problemWith(plan.set, plan.endpoints, plan.options); !problem.isEmpty())
        return Status::failure(problem);
    if (const int rubric = firstCaseNeedingJudge(plan.set); rubric >= 0 && !plan.judge)
        return Status::failure(
            tr("Cannot run evaluation %1: %2 has an llm-rubric assertion and no judge endpoint is chosen.")
                .arg(plan.set.name, plan.set.caseLabel(rubric)));
    return success();
}

Status EvalSession::start(EvalRunPlan plan)
{
    if (m_active)
        return Status::failure(tr("An evaluation is already running."));
    if (const Status fine = check(plan); !fine)
        return fine;
    m_plan = std::move(plan);
    m_active = true;
    m_cancelled = false;
    m_storeFailed = false;
    m_runId = m_plan.resumeRunId;
    if (!m_store) {
        recorded(m_runId);
        return success();
    }
    if (m_plan.resumeRunId) {
        const qint64 id = m_plan.resumeRunId;
        storeStep([id](StoreRepositories &store) { return store.evals().resumeRun(id); },
                  [this, id](const Status &resumed) {
                      if (!resumed)
                          fail(tr("Cannot resume run #%1: %2").arg(id).arg(resumed.error()));
                      else
                          recorded(id);
                  },
                  [this] { fail(tr("The history database was closed before the run started.")); });
    } else {
        storeStep([set = m_plan.set, endpoints = m_plan.endpoints, options = m_plan.options, judge = m_plan.judge](
                      StoreRepositories &store) { return store.evals().startRun(set, endpoints, options, judge); },
                  [this](const Result<qint64> &started) {
                      if (!started)
                          fail(tr("Cannot store the run: %1").arg(started.error()));
                      else
                          recorded(started.value());
                  },
                  [this] { fail(tr("The history database was closed before the run started.")); });
    }
    return success();
}

void EvalSession::recorded(qint64 runId)
{
    m_runId = runId;
    emit started(runId);
    if (m_cancelled) {
        EvalRunOutcome none;
        none.cancelled = true;
        conclude(none);
        return;
    }
    // Keys come from the keychain asynchronously; the runner asks for them synchronously, so
    // they are looked up once, before the first call, and kept in memory for this run only.
    QList<Endpoint> keyed = m_plan.endpoints;
    if (m_plan.judge)
        keyed.append(*m_plan.judge);
    if (!m_keys) {
        launch({});
        return;
    }
    QCoro::connect(fetchApiKeys(*m_keys, keyed), this, [this](const ApiKeyLookup &keys) { launch(keys); });
}

void EvalSession::launch(const std::function<QString(const Endpoint &)> &keys)
{
    if (m_cancelled) {
        EvalRunOutcome none;
        none.cancelled = true;
        conclude(none);
        return;
    }
    m_runner->setJudge(m_plan.judge);
    m_runner->setCatalog(m_plan.catalog);
    m_runner->setApiKeyLookup(keys);
    QCoro::connect(m_runner->run(m_plan.set, m_plan.endpoints, m_plan.options, m_plan.finished), this,
                   [this](const EvalRunOutcome &outcome) { conclude(outcome); });
}

void EvalSession::onResult(const EvalResult &result)
{
    emit resultReady(result);
    if (!m_store || !m_runId)
        return;
    // A write, not a job for this session: it is kept even when the session goes first.
    m_store->post([id = m_runId, result, self = QPointer<EvalSession>(this)](StoreRepositories &store) {
        const Status stored = store.evals().appendResult(id, result);
        if (stored)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, error = stored.error()] {
                if (self)
                    self->resultNotStored(error);
            },
            Qt::QueuedConnection);
    });
}

void EvalSession::resultNotStored(const QString &error)
{
    if (m_storeFailed)
        return;
    m_storeFailed = true;
    emit storeFailed(tr("A result could not be stored, so this run cannot be resumed completely: %1").arg(error));
}

void EvalSession::conclude(const EvalRunOutcome &outcome)
{
    const EvalSessionOutcome done{m_runId, outcome.cancelled, outcome.results, outcome.skipped};
    const bool resumed = m_plan.resumeRunId != 0;
    if (!m_store || !m_runId) {
        if (!outcome.error.isEmpty())
            fail(outcome.error);
        else
            reportFinished(done);
        return;
    }
    // Nothing was sent, or nothing came back before the cancel: a new run without results would
    // only be noise. A continued run keeps what it had and can be resumed again.
    const bool drop = !resumed && done.results.isEmpty() && (!outcome.error.isEmpty() || outcome.cancelled);
    const bool cancelled = outcome.cancelled || !outcome.error.isEmpty();
    const auto end = [this, done, error = outcome.error] {
        if (!error.isEmpty())
            fail(error);
        else
            reportFinished(done);
    };
    storeStep(
        [id = m_runId, drop, cancelled](StoreRepositories &store) {
            return drop ? store.evals().deleteRun(id) : store.evals().finishRun(id, cancelled);
        },
        [this, end](const Status &stored) {
            if (!stored)
                emit storeFailed(tr("The run's end could not be stored: %1").arg(stored.error()));
            end();
        },
        [this, end] {
            emit storeFailed(tr("The run's end could not be stored: the history database was closed."));
            end();
        });
}

void EvalSession::fail(const QString &message)
{
    m_active = false;
    emit failed(message);
}

void EvalSession::reportFinished(const EvalSessionOutcome &outcome)
{
    m_active = false;
    emit finished(outcome);
}

void EvalSession::pause()
{
    m_runner->pause();
}

void EvalSession::resume()
{
    m_runner->resume();
}

void EvalSession::togglePause()
{
    if (m_runner->isPaused())
        m_runner->resume();
    else
        m_runner->pause();
}

void EvalSession::cancel()
{
    if (!m_active)
        return;
    if (m_runner->isRunning())
        m_runner->cancel();
    else
        m_cancelled = true; // still preparing: nothing is sent
}
