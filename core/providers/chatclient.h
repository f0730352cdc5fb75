// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "providers/chatrequest.h"
#include "providers/chatresult.h"
#include "providers/endpoint.h"
#include "providers/retrypolicy.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

class CancelToken;
class QNetworkAccessManager;

/// Callbacks for one streaming call; any may be empty.
struct StreamObserver
{
    /// Text as it arrives (each call carries only the new part).
    std::function<void(const QString &delta)> onText;
    /// A retry is about to happen after `wait`; `previous` says what went wrong.
    std::function<void(int nextAttempt, const ChatError &previous, std::chrono::milliseconds wait)> onRetry;
};

/// Runs chat calls against real endpoints, streaming, over one shared
/// QNetworkAccessManager. Handles retries like the official SDKs (see RetryPolicy), their
/// timeout (the longest silence, on headers and body), an optional cap on the whole answer,
/// cancellation, back-pressure on fast streams, and reports every
/// failure as a value naming the endpoint, the HTTP status and the provider's own message,
/// with API keys redacted. Many calls may run concurrently on one client. The network
/// access manager must outlive every call (its replies are its children).
class ChatClient : public QObject
{
    Q_OBJECT
public:
    explicit ChatClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    RetryPolicy retryPolicy() const { return m_policy; }
    /// Jitter source in [0, 1); tests make it deterministic.
    void setRandomSource(std::function<double()> random) { m_random = std::move(random); }

    /// Streams `request` from `endpoint`. Arguments are taken by value: the coroutine
    /// outlives the caller's temporaries. `apiKey` may be empty for local servers.
    QCoro::Task<ChatResult> send(Endpoint endpoint, ChatRequest request, QString apiKey, StreamObserver observer = {},
                                 QPointer<CancelToken> cancel = {});

    /// Lists the models the endpoint's server offers (no retries; idle timeout applies).
    QCoro::Task<Result<QStringList>> listModels(Endpoint endpoint, QString apiKey);

private:
    struct Attempt;
    QCoro::Task<void> runAttempt(const Endpoint &endpoint, const ChatRequest &request, const QString &apiKey,
                                 Attempt &attempt);

    QPointer<QNetworkAccessManager> m_network;
    RetryPolicy m_policy;
    std::function<double()> m_random;
};
