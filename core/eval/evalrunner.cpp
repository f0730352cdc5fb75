// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "evalrunner.h"

#include "providers/canceltoken.h"
#include "providers/chatclient.h"

#include <QCoroSignal>
#include <QElapsedTimer>

#include <algorithm>
#include <vector>

struct EvalRunner::RunState
{
    EvalSet set;
    QList<Endpoint> endpoints;
    EvalRunOptions options;
    EvalTemplate prompt;
    QList<Job> jobs;
    qsizetype next = 0;
    bool cancelled = false;
    CancelToken *cancel = nullptr;
    EvalRunOutcome outcome;
};

EvalRunner::EvalRunner(ChatClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_clock = [timer = std::make_shared<QElapsedTimer>()]() {
        if (!timer->isValid())
            timer->start();
        return timer->elapsed();
    };
}

EvalRunner::~EvalRunner()
{
    // Workers still suspended in a call resume after this object is gone; they check a guard.
    if (m_state)
        cancel();
}

qint64 EvalRunner::now() const
{
    return m_clock();
}

QString EvalRunner::apiKey(const Endpoint &endpoint) const
{
    return m_apiKey ? m_apiKey(endpoint) : QString();
}

std::optional<double> EvalRunner::costOf(const Endpoint &endpoint, std::optional<qint64> inputTokens,
                                         std::optional<qint64> outputTokens) const
{
    if (endpoint.catalogModel.isEmpty() || !inputTokens || !outputTokens)
        return std::nullopt;
    const ModelSpec *model = m_catalog.findModel(endpoint.catalogModel);
    if (!model)
        return std::nullopt;
    return (double(*inputTokens) * model->inputPricePerMTok + double(*outputTokens) * model->outputPricePerMTok) / 1e6;
}

void EvalRunner::pause()
{
    if (!m_state || m_paused)
        return;
    m_paused = true;
    m_progress.paused = true;
    emit pausedChanged(true);
    emit progressChanged(m_progress);
}

void EvalRunner::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    m_progress.paused = false;
    m_eta.restart(now());
    emit pausedChanged(false);
    emit progressChanged(m_progress);
}

void EvalRunner::cancel()
{
    if (!m_state || m_state->cancelled)
        return;
    m_state->cancelled = true;
    m_state->cancel->cancel();
    // Wakes workers waiting in a pause so that they see the cancellation and stop.
    resume();
}

QString EvalRunner::problemWith(const EvalSet &set, const QList<Endpoint> &endpoints, const EvalRunOptions &options)
{
    const EvalTemplate prompt = options.prompt.isEmpty() ? set.prompt : options.prompt;
    QSet<QString> names;
    for (const Endpoint &endpoint : endpoints)
        names.insert(endpoint.name);
    if (set.cases.isEmpty())
        return tr("Cannot run evaluation %1: the set has no cases.").arg(set.name);
    if (endpoints.isEmpty())
        return tr("Cannot run evaluation %1: no endpoints chosen.").arg(set.name);
    if (names.size() != endpoints.size())
        return tr("Cannot run evaluation %1: two endpoints have the same name.").arg(set.name);
    if (prompt.user.trimmed().isEmpty())
        return tr("Cannot run evaluation %1: the set has no prompt template; give one, e.g. \"Answer: {{question}}\".")
            .arg(set.name);
    if (const Status fits = set.checkTemplate(prompt); !fits)
        return tr("Cannot run evaluation %1: %2").arg(set.name, fits.error());
    return {};
}

QCoro::Task<EvalRunOutcome> EvalRunner::run(EvalSet set, QList<Endpoint> endpoints, EvalRunOptions options,
                                            QSet<EvalKey> alreadyFinished)
{
    EvalRunOutcome refused;
    const EvalTemplate prompt = options.prompt.isEmpty() ? set.prompt : options.prompt;
    if (m_state)
        refused.error = tr("An evaluation is already running.");
    else if (!m_client)
        refused.error = tr("Cannot run evaluation %1: no chat client.").arg(set.name);
    else
        refused.error = problemWith(set, endpoints, options);
    if (!refused.error.isEmpty())
        co_return refused;

    RunState state;
    state.set = std::move(set);
    state.endpoints = std::move(endpoints);
    state.options = options;
    state.options.concurrency = std::max(1, options.concurrency);
    state.options.repeat = std::max(1, options.repeat);
    state.prompt = prompt;
    CancelToken token;
    state.cancel = &token;
    // Repeat-major, then case, then endpoint: every endpoint advances at the same pace, so a
    // cancelled or paused run leaves comparable columns.
    int skipped = 0;
    for (int r = 0; r < state.options.repeat; ++r) {
        for (int c = 0; c < state.set.cases.size(); ++c) {
            for (int e = 0; e < state.endpoints.size(); ++e) {
                if (alreadyFinished.contains(EvalKey{c, state.endpoints.at(e).name, r}))
                    ++skipped;
                else
                    state.jobs.append(Job{c, e, r});
            }
        }
    }
    state.outcome.skipped = skipped;

    m_state = &state;
    m_paused = false;
    m_progress = EvalProgress();
    m_progress.total = int(state.jobs.size()) + skipped;
    m_progress.skipped = skipped;
    m_progress.done = skipped;
    m_eta.restart(now());
    emit started(m_progress.total, skipped);
    emit progressChanged(m_progress);

    QPointer<EvalRunner> guard(this);
    std::vector<QCoro::Task<void>> workers;
    const int count = std::min<int>(state.options.concurrency, int(state.jobs.size()));
    for (int i = 0; i < count; ++i)
        workers.push_back(worker(&state));
    for (auto &task : workers)
        co_await task;

    state.outcome.cancelled = state.cancelled;
    if (!guard)
        co_return state.outcome;
    m_state = nullptr;
    m_paused = false;
    m_progress.paused = false;
    emit finished(state.outcome);
    co_return state.outcome;
}

QCoro::Task<void> EvalRunner::worker(RunState *state)
{
    QPointer<EvalRunner> guard(this);
    while (!state->cancelled) {
        while (m_paused && !state->cancelled) {
            co_await qCoro(this, &EvalRunner::pausedChanged);
            if (!guard)
                co_return;
        }
        if (state->cancelled || state->next >= state->jobs.size())
            co_return;
        const Job job = state->jobs.at(state->next++);
        EvalResult result = co_await runJob(state, job);
        if (!guard || state->cancelled)
            co_return; // a cancelled call is not a finished result: a resumed run sends it again
        state->outcome.results.append(result);
        ++m_progress.done;
        ++(result.passed ? m_progress.passed : m_progress.failed);
        m_eta.recordCompletion(now());
        m_progress.remainingMs = m_eta.remainingMs(m_progress.total - m_progress.done);
        emit resultReady(result);
        if (!guard)
            co_return;
        emit progressChanged(m_progress);
        if (!guard)
            co_return;
    }
}

QCoro::Task<EvalResult> EvalRunner::runJob(RunState *state, Job job)
{
    const EvalCase &evalCase = state->set.cases.at(job.caseIndex);
    const Endpoint endpoint = state->endpoints.at(job.endpointIndex);
    EvalResult result;
    result.setId = state->set.id;
    result.setName = state->set.name;
    result.caseIndex = job.caseIndex;
    result.endpointName = endpoint.name;
    result.catalogModel = endpoint.catalogModel;
    result.repeat = job.repeat;

    // checkTemplate() has vouched for every variable, so rendering cannot fail here.
    const QString system = EvalTemplate::render(state->prompt.system, evalCase.variables).value();
    result.prompt =
        evalCase.prefix + EvalTemplate::render(state->prompt.user, evalCase.variables).value() + evalCase.suffix;
    ChatRequest request = ChatRequest::fromPrompt(result.prompt, system);
    request.temperature = state->options.temperature;
    request.maxTokens = state->options.maxTokens;

    QPointer<EvalRunner> guard(this);
    const ChatResult reply =
        co_await m_client->send(endpoint, request, apiKey(endpoint), {}, QPointer<CancelToken>(state->cancel));
    if (!guard)
        co_return result;
    result.answer = reply.text;
    result.latencyMs = reply.latencyMs;
    result.ttftMs = reply.ttftMs;
    result.inputTokens = reply.inputTokens;
    result.outputTokens = reply.outputTokens;
    result.costUsd = costOf(endpoint, reply.inputTokens, reply.outputTokens);
    result.finishedAt = QDateTime::currentDateTimeUtc();
    if (!reply.ok()) {
        // The assertions are not checked on a partial answer: a failure to answer is not a wrong answer.
        result.error = reply.error->message;
        co_return result;
    }

    const EvalObservation observation{reply.text, reply.latencyMs, result.costUsd, reply.outputTokens};
    double judgeCost = 0;
    bool judgeCostKnown = true;
    bool judged = false;
    double scoreSum = 0;
    bool allPassed = true;
    for (const EvalAssertion &written : evalCase.assertions) {
        const EvalAssertion assertion = written.withVariables(evalCase.variables);
        AssertionResult checked;
        if (assertion.kind == EvalAssertion::Kind::LlmRubric) {
            judged = true;
            checked = co_await judge(state, assertion, reply.text, evalCase.expected, &judgeCost, &judgeCostKnown);
            if (!guard || state->cancelled)
                co_return result;
        } else {
            checked = assertion.check(observation);
        }
        scoreSum += checked.score;
        allPassed = allPassed && checked.passed && !checked.error;
        result.assertions.append(checked);
    }
    if (judged && judgeCostKnown)
        result.judgeCostUsd = judgeCost;
    result.score = evalCase.assertions.isEmpty() ? 1.0 : scoreSum / double(evalCase.assertions.size());
    // promptfoo's test threshold: enough score passes the case; an unchecked assertion never does.
    const bool anyError = std::any_of(result.assertions.cbegin(), result.assertions.cend(),
                                      [](const AssertionResult &a) { return a.error; });
    result.passed = evalCase.threshold ? !anyError && result.score >= *evalCase.threshold : allPassed;
    co_return result;
}

QCoro::Task<AssertionResult> EvalRunner::judge(RunState *state, EvalAssertion assertion, QString answer,
                                               QString expected, double *judgeCost, bool *judgeCostKnown)
{
    if (!m_judge)
        co_return assertion.judgeError(tr("no judge endpoint is chosen"));
    const Endpoint judgeEndpoint = *m_judge;
    ChatRequest request = ChatRequest::fromPrompt(assertion.judgePrompt(answer, expected));
    request.temperature = 0.0; // grading should not be a lottery
    QPointer<EvalRunner> guard(this);
    const ChatResult reply = co_await m_client->send(judgeEndpoint, request, apiKey(judgeEndpoint), {},
                                                     QPointer<CancelToken>(state->cancel));
    if (!guard)
        co_return AssertionResult();
    // The judge's calls cost money too, even when its reply is useless.
    if (const auto cost = costOf(judgeEndpoint, reply.inputTokens, reply.outputTokens))
        *judgeCost += *cost;
    else
        *judgeCostKnown = false;
    if (!reply.ok())
        co_return assertion.judgeError(
            tr("the judge %1 did not answer: %2").arg(judgeEndpoint.name, reply.error->message));
    const Result<double> score = EvalAssertion::parseJudgeScore(reply.text);
    if (!score)
        co_return assertion.judgeError(score.error());
    co_return assertion.grade(score.value(), reply.text);
}
