// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "compare/comparisonrunner.h"

#include "compare/responsemetrics.h"
#include "compare/templateexpander.h"
#include "providers/canceltoken.h"
#include "providers/chatclient.h"
#include "providers/endpointstore.h"
#include "secrets/apikeystore.h"

#include <QCoroSignal>
#include <QNetworkAccessManager>

ComparisonRunner::ComparisonRunner(QObject *parent)
    : QObject(parent)
    , m_ownNetwork(new QNetworkAccessManager(this))
    , m_client(new ChatClient(m_ownNetwork, this))
{ }

ComparisonRunner::ComparisonRunner(ChatClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

ComparisonRunner::~ComparisonRunner()
{
    // Aborting a reply resumes its coroutine at once: it must find the runner gone, not half
    // destroyed.
    *m_alive = false;
    for (const QPointer<CancelToken> &token : std::as_const(m_cancels)) {
        if (token)
            token->cancel();
    }
}

Status ComparisonRunner::start(const PromptTemplate &prompt, const QList<Endpoint> &endpoints,
                               const RunOptions &options)
{
    if (m_running)
        return Status::failure(tr("A comparison is still running; cancel it or wait for it to finish."));
    if (!m_client)
        return Status::failure(tr("No chat client to run the comparison with."));
    if (endpoints.isEmpty())
        return Status::failure(tr("Choose at least one endpoint to compare."));
    if (prompt.user.trimmed().isEmpty())
        return Status::failure(tr("The user prompt is empty."));
    const Result<TemplateExpander::Expanded> expanded = TemplateExpander::expand(prompt);
    if (!expanded)
        return Status::failure(expanded.error());
    for (const Endpoint &e : endpoints) {
        if (const QString problem = EndpointStore::validate(e); !problem.isEmpty())
            return Status::failure(problem);
    }

    ++m_generation;
    for (const QPointer<CancelToken> &token : std::as_const(m_cancels))
        delete token.data();
    m_cancels.clear();
    m_endpoints = endpoints;
    m_options = options;
    m_system = expanded->system;
    m_user = expanded->user;

    m_run = RunRecord{};
    m_run.startedAt = QDateTime::currentDateTimeUtc();
    m_run.origin = options.origin;
    m_run.prompt = prompt;
    m_run.temperature = options.temperature;
    m_run.maxTokens = options.maxTokens;
    for (int i = 0; i < endpoints.size(); ++i) {
        ResponseRecord response;
        response.position = i;
        response.endpoint = endpoints.at(i);
        options.timeouts.applyTo(response.endpoint);
        response.price = ResponseMetrics::price(response.endpoint, m_catalog);
        m_run.responses.append(response);
        m_cancels.append(QPointer<CancelToken>(new CancelToken(this)));
    }
    m_started = QList<bool>(endpoints.size(), false);
    m_finished = QList<bool>(endpoints.size(), false);
    m_nextPosition = 0;
    m_active = 0;
    m_running = true;

    emit runStarted(m_run);
    startNext();
    return success();
}

Status ComparisonRunner::rerun()
{
    if (m_endpoints.isEmpty())
        return Status::failure(tr("There is no earlier run to repeat."));
    RunOptions options = m_options;
    options.origin = QStringLiteral("rerun");
    const PromptTemplate prompt = m_run.prompt;
    const QList<Endpoint> endpoints = m_endpoints;
    return start(prompt, endpoints, options);
}

void ComparisonRunner::startNext()
{
    while (m_running && m_active < m_concurrency && m_nextPosition < m_run.responses.size()) {
        const int position = m_nextPosition++;
        if (m_finished.at(position))
            continue; // cancelled while it waited for a slot
        m_started[position] = true;
        ++m_active;
        m_run.responses[position].status = ResponseRecord::Status::Streaming;
        emit responseStarted(position);
        runResponse(m_generation, position); // runs on; reports through finishResponse()
    }
}

QCoro::Task<void> ComparisonRunner::runResponse(int generation, int position)
{
    const std::shared_ptr<bool> alive = m_alive;
    const Endpoint endpoint = m_run.responses.at(position).endpoint;
    ChatRequest request = ChatRequest::fromPrompt(m_user, m_system);
    request.temperature = m_options.temperature;
    request.maxTokens = m_options.maxTokens;
    const QPointer<CancelToken> cancel = m_cancels.value(position);
    const auto current = [this, alive, generation] { return *alive && generation == m_generation; };

    QString key;
    if (m_keys) {
        ApiKeyStore *keys = m_keys;
        const ApiKey found = co_await keys->lookup(endpoint);
        if (!current())
            co_return;
        key = found.value;
    }
    StreamObserver observer;
    observer.onText = [this, current, position](const QString &delta) {
        if (!current())
            return;
        m_run.responses[position].result.text += delta;
        emit textAppended(position, delta);
    };
    ChatClient *client = m_client;
    const ChatResult result = co_await client->send(endpoint, request, key, std::move(observer), cancel);
    if (!current())
        co_return;
    finishResponse(position, result);
}

void ComparisonRunner::finishResponse(int position, const ChatResult &result)
{
    ResponseRecord &response = m_run.responses[position];
    // Bytes read after the last delta (the reply's tail, a decoder's flush) still reach listeners
    // as text, so that the deltas always add up to the final answer.
    if (result.text.size() > response.result.text.size() && result.text.startsWith(response.result.text))
        emit textAppended(position, result.text.mid(response.result.text.size()));
    response.result = result;
    if (result.ok())
        response.status = ResponseRecord::Status::Complete;
    else if (result.error->kind == ChatError::Kind::Cancelled)
        response.status = ResponseRecord::Status::Cancelled;
    else
        response.status = ResponseRecord::Status::Failed;
    ResponseMetrics::apply(response, m_catalog);
    if (m_started.at(position))
        --m_active;
    m_finished[position] = true;
    const ResponseRecord finished = response;
    emit responseFinished(position, finished);

    startNext();
    if (m_running && !m_finished.contains(false)) {
        m_running = false;
        emit runFinished(m_run);
    }
}

void ComparisonRunner::cancel(int position)
{
    if (!m_running || position < 0 || position >= m_run.responses.size() || m_finished.at(position))
        return;
    if (m_started.at(position)) {
        if (CancelToken *token = m_cancels.value(position))
            token->cancel();
        return;
    }
    // Never started: it ends here, with the same signals as one cancelled while streaming.
    m_finished[position] = true; // keeps startNext() from starting it while we report
    emit responseStarted(position);
    ChatResult result;
    ChatError error;
    error.kind = ChatError::Kind::Cancelled;
    error.endpointName = m_run.responses.at(position).endpoint.name;
    error.message = tr("The request to endpoint %1 was cancelled before it started").arg(error.endpointName);
    result.error = error;
    m_finished[position] = false;
    finishResponse(position, result);
}

void ComparisonRunner::cancelAll()
{
    if (!m_running)
        return;
    // Waiting ones first, so that a slot freed by a cancelled stream does not start one of them.
    for (int i = int(m_run.responses.size()) - 1; i >= 0; --i) {
        if (m_running && !m_started.value(i) && !m_finished.value(i))
            cancel(i);
    }
    for (int i = 0; i < m_run.responses.size(); ++i) {
        if (m_running && m_started.value(i) && !m_finished.value(i))
            cancel(i);
    }
}

QCoro::Task<Result<RunRecord>> ComparisonRunner::run(PromptTemplate prompt, QList<Endpoint> endpoints,
                                                     RunOptions options)
{
    // Shared with the slot: a coroutine destroyed while it waits must not leave it a dangling
    // reference (start() may also finish at once, before the first co_await).
    const auto done = std::make_shared<std::optional<RunRecord>>();
    const QMetaObject::Connection connection =
        connect(this, &ComparisonRunner::runFinished, this, [done](const RunRecord &run) { *done = run; });
    const Status started = start(prompt, endpoints, options);
    if (!started) {
        disconnect(connection);
        co_return Result<RunRecord>::failure(started.error());
    }
    while (!*done)
        co_await qCoro(this, &ComparisonRunner::runFinished);
    disconnect(connection);
    co_return **done;
}
