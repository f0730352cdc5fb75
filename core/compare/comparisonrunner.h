// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "catalog/catalog.h"
#include "common/result.h"
#include "runrecord.h"

#include <QCoroTask>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class ApiKeyStore;
class CancelToken;
class ChatClient;
class QNetworkAccessManager;

/// Per-run overrides of the endpoints' defaults.
struct RunOptions
{
    std::optional<double> temperature;
    std::optional<int> maxTokens;
    TimeoutOverrides timeouts; ///< replace the endpoints' own timeouts
    QString origin = QStringLiteral("compare");
};

/// Runs one prompt through N endpoints concurrently (up to a limit), streaming each answer.
/// Listeners (the Compare page, the history recorder, the command line) follow the run through
/// these signals; positions are the response's column in the run.
///
/// Signals, in order for each response: responseStarted → textAppended* → responseFinished;
/// runFinished once every response has finished, failed or been cancelled. A response cancelled
/// before it got a concurrency slot still gets responseStarted and responseFinished (cancelled).
///
/// All requests go through one ChatClient over one QNetworkAccessManager. Keys are looked up
/// per call from the ApiKeyStore and never stored in the run.
class ComparisonRunner : public QObject
{
    Q_OBJECT
public:
    /// A runner with its own network access manager and chat client.
    explicit ComparisonRunner(QObject *parent = nullptr);
    /// A runner sharing `client` (which must outlive it).
    explicit ComparisonRunner(ChatClient *client, QObject *parent = nullptr);
    ~ComparisonRunner() override;

    ChatClient *chatClient() const { return m_client; }
    /// Where keys come from; none: every call goes without a key.
    void setKeyStore(ApiKeyStore *keys) { m_keys = keys; }
    /// The catalog prices come from (copied; the run keeps the price it used).
    void setCatalog(const Catalog &catalog) { m_catalog = catalog; }
    /// How many endpoints stream at once (at least 1; default 4).
    void setConcurrency(int limit) { m_concurrency = std::max(1, limit); }
    int concurrency() const { return m_concurrency; }

    /// Checks the prompt (unknown {{variables}} are an error, reported before any request) and
    /// the endpoints, then starts the run; the signals follow. An error, and nothing started,
    /// when a run is still going.
    Status start(const PromptTemplate &prompt, const QList<Endpoint> &endpoints, const RunOptions &options = {});
    /// Starts the last run again with the same prompt, endpoints and options (origin "rerun").
    Status rerun();
    /// Cancels one response (its partial text is kept) or every response still going.
    void cancel(int position);
    void cancelAll();

    bool isRunning() const { return m_running; }
    /// The run so far: responses fill in as they finish (text grows while streaming).
    const RunRecord &currentRun() const { return m_run; }
    /// The id a recorder gave the current run once stored, so that votes can refer to it.
    void setRunId(qint64 id) { m_run.id = id; }

    /// Runs and waits (for the command line): the finished run, or the error start() gave.
    QCoro::Task<Result<RunRecord>> run(PromptTemplate prompt, QList<Endpoint> endpoints, RunOptions options = {});

signals:
    void runStarted(const RunRecord &run);
    void responseStarted(int position);
    /// `delta` is the newly decoded text only; never the whole answer so far.
    void textAppended(int position, const QString &delta);
    void responseFinished(int position, const ResponseRecord &response);
    void runFinished(const RunRecord &run);

private:
    void startNext();
    QCoro::Task<void> runResponse(int generation, int position);
    void finishResponse(int position, const ChatResult &result);

    QNetworkAccessManager *m_ownNetwork = nullptr;
    ChatClient *m_client = nullptr;
    ApiKeyStore *m_keys = nullptr;
    Catalog m_catalog;
    int m_concurrency = 4;

    RunRecord m_run;
    RunOptions m_options;
    QList<Endpoint> m_endpoints; ///< of the last run, as given (for rerun)
    QString m_system;            ///< expanded
    QString m_user;
    QList<QPointer<CancelToken>> m_cancels;
    QList<bool> m_started;
    QList<bool> m_finished;
    int m_nextPosition = 0;
    int m_active = 0;
    int m_generation = 0;
    bool m_running = false;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};
