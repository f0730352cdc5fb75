// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "providers/chatclient.h"

// The reply handlers capture the attempt's locals by reference; each handler first checks the
// attempt's `alive` flag, which the attempt clears when it ends, so none touches a dead local.
// clazy cannot see that guard: clazy:excludeall=lambda-in-connect

#include "providers/canceltoken.h"
#include "providers/modeldiscovery.h"
#include "providers/redact.h"
#include "providers/replyptr.h"
#include "providers/wireformat.h"

#include <QCoreApplication>
#include <QCoroNetworkReply>
#include <QCoroTimer>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

#include <memory>

using std::chrono::milliseconds;

namespace {

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

constexpr qsizetype kMaxErrorBody = 64 * 1024;
// What Qt may hold for us before it stops reading the socket. Without a limit a fast server's
// whole answer piles up in the reply while the decoder catches up (hundreds of MB for a long
// one); with it TCP flow control slows the server to the decoder's pace.
constexpr qint64 kReadBufferBytes = 256 * 1024;
} // namespace

/// Everything one HTTP attempt observed; the retry loop decides from it.
struct ChatClient::Attempt
{
    // inputs
    StreamObserver *observer = nullptr;
    QPointer<CancelToken> cancel;
    QDeadlineTimer deadline;
    QElapsedTimer *clock = nullptr;
    std::optional<double> *ttftMs = nullptr;
    // outputs
    StreamState state;
    int status = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    bool bodyStarted = false;
    bool cancelled = false;
    bool totalTimedOut = false;
    QByteArray errorBody;
    QByteArray retryAfterMs;
    QByteArray retryAfter;
    QByteArray shouldRetry;
};

ChatClient::ChatClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{ }

QCoro::Task<void> ChatClient::runAttempt(const Endpoint &endpoint, const ChatRequest &chatRequest,
                                         const QString &apiKey, Attempt &a)
{
    std::unique_ptr<WireFormat> wire = WireFormat::create(endpoint.kind);
    HttpRequest http = wire->buildRequest(endpoint, chatRequest, apiKey);
    // Idle timeout: Qt restarts it on every byte, so it covers the wait for headers and
    // every silence in the body; the SDKs' header-only timeout hangs on a stalled stream.
    http.request.setTransferTimeout(std::max(1, endpoint.idleTimeoutMs));

    if (!m_network) {
        a.networkError = QNetworkReply::UnknownNetworkError;
        a.networkErrorString = tr("no network access manager");
        co_return;
    }
    ReplyPtr reply(m_network->sendCustomRequest(http.request, http.verb, http.body));
    QNetworkReply *r = reply.get();
    r->setReadBufferSize(kReadBufferBytes);
    // The reply is deleted later than this attempt ends, and a CancelToken or a timer may still
    // fire into it: every handler checks that the attempt (and so `a`) still exists.
    struct AttemptAlive
    {
        std::shared_ptr<bool> flag = std::make_shared<bool>(true);
        ~AttemptAlive() { *flag = false; }
    } guard;
    const std::shared_ptr<bool> alive = guard.flag;

    auto readStatus = [&a, r, alive] {
        if (!*alive)
            return;
        if (a.status == 0)
            a.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    };
    QObject::connect(r, &QNetworkReply::metaDataChanged, r, readStatus);
    // Again once the headers are in: Qt starts the transfer on its network thread later than
    // the call above, and a size announced before then does not reach the transfer.
    QObject::connect(r, &QNetworkReply::metaDataChanged, r, [r] { r->setReadBufferSize(kReadBufferBytes); });
    QObject::connect(r, &QNetworkReply::readyRead, r, [&a, r, &wire, readStatus, alive] {
        if (!*alive)
            return;
        readStatus();
        const QByteArray chunk = r->readAll();
        if (chunk.isEmpty())
            return;
        if (!isSuccess(a.status)) {
            if (a.errorBody.size() < kMaxErrorBody)
                a.errorBody += chunk.left(kMaxErrorBody - a.errorBody.size());
            return;
        }
        a.bodyStarted = true;
        const qsizetype before = a.state.text.size();
        wire->feed(chunk, a.state);
        if (a.state.text.size() > before) {
            if (!a.ttftMs->has_value())
                *a.ttftMs = double(a.clock->nsecsElapsed()) / 1e6;
            if (a.observer->onText) {
                a.observer->onText(a.state.text.mid(before));
                // The observer may cancel the call; the abort ends this attempt (and frees `a`)
                // before onText returns.
                if (!*alive)
                    return;
            }
        }
        if (a.state.error) {
            r->abort(); // the server said it failed; do not wait for it to hang up
        } else if (a.state.complete) {
            // Normally the response ends in the same packet; a server that keeps the
            // stream open after its end marker should not cost a whole idle timeout.
            QTimer::singleShot(1000, r, [r] {
                if (r->isRunning())
                    r->abort();
            });
        }
    });
    if (a.cancel) {
        QObject::connect(a.cancel.data(), &CancelToken::cancelled, r, [&a, r, alive] {
            if (!*alive)
                return;
            a.cancelled = true;
            r->abort();
        });
    }
    if (!a.deadline.isForever()) {
        QTimer::singleShot(std::max<qint64>(0, a.deadline.remainingTime()), r, [&a, r, alive] {
            if (!*alive)
                return;
            a.totalTimedOut = true;
            r->abort();
        });
    }
    if (a.cancel && a.cancel->isCancelled()) {
        a.cancelled = true;
        r->abort();
    }

    co_await r;

    readStatus();
    // An aborted reply is closed; reading it would only print a warning.
    if (const QByteArray rest = r->isOpen() ? r->readAll() : QByteArray(); !rest.isEmpty()) {
        if (isSuccess(a.status)) {
            a.bodyStarted = true;
            wire->feed(rest, a.state);
        } else {
            a.errorBody += rest.left(kMaxErrorBody);
        }
    }
    a.networkError = r->error();
    a.networkErrorString = r->errorString();
    if (isSuccess(a.status) && a.networkError == QNetworkReply::NoError)
        wire->finish(a.state);
    a.retryAfterMs = r->rawHeader("retry-after-ms");
    a.retryAfter = r->rawHeader("retry-after");
    a.shouldRetry = r->rawHeader("x-should-retry");
}

QCoro::Task<ChatResult> ChatClient::send(Endpoint endpoint, ChatRequest request, QString apiKey,
                                         StreamObserver observer, QPointer<CancelToken> cancel)
{
    QElapsedTimer clock;
    clock.start();
    const RetryPolicy policy = m_policy;
    const std::function<double()> random = m_random;
    const QStringList secrets{apiKey};
    const QString name = endpoint.name;

    const QPointer<ChatClient> self(this); // the client may go away during a retry wait
    ChatResult result;
    const QDeadlineTimer deadline =
        endpoint.maxTimeMs ? QDeadlineTimer(std::max(1, *endpoint.maxTimeMs)) : QDeadlineTimer(QDeadlineTimer::Forever);

    auto makeError = [&](ChatError::Kind kind, int status, const QString &providerMessage, const QString &message) {
        ChatError error;
        error.kind = kind;
        error.httpStatus = status;
        error.providerMessage = redact(providerMessage, secrets);
        error.endpointName = name;
        error.message = redact(message, secrets);
        return error;
    };

    for (int retriesDone = 0;; ++retriesDone) {
        Attempt a;
        a.observer = &observer;
        a.cancel = cancel;
        a.deadline = deadline;
        a.clock = &clock;
        a.ttftMs = &result.ttftMs;
        if (!self) {
            result.error =
                makeError(ChatError::Kind::Cancelled, 0, {}, tr("The request to endpoint %1 was cancelled").arg(name));
            break;
        }
        ++result.attempts;
        co_await runAttempt(endpoint, request, apiKey, a);

        result.text = a.state.text;
        result.logprobs = a.state.logprobs;
        result.finishReason = a.state.finishReason;
        result.inputTokens = a.state.inputTokens;
        result.outputTokens = a.state.outputTokens;
        const bool ended = a.state.complete || !a.state.finishReason.isEmpty();

        std::optional<ChatError> error;
        if (a.cancelled) {
            error = makeError(ChatError::Kind::Cancelled, a.status, {},
                              tr("The request to endpoint %1 was cancelled").arg(name));
        } else if (isSuccess(a.status) && a.state.error) {
            error = makeError(ChatError::Kind::Provider, a.status, *a.state.error,
                              tr("Endpoint %1 reported an error after HTTP %2: %3")
                                  .arg(name, QString::number(a.status), *a.state.error));
        } else if (isSuccess(a.status) && ended) {
            error = std::nullopt; // complete, even if the connection misbehaved afterwards
        } else if (a.totalTimedOut) {
            error = makeError(ChatError::Kind::Timeout, a.status, {},
                              a.status ? tr("Endpoint %1 did not finish within its maximum time of %2 ms (HTTP %3); "
                                            "the answer is incomplete")
                                             .arg(name)
                                             .arg(*endpoint.maxTimeMs)
                                             .arg(a.status)
                                       : tr("Endpoint %1 did not answer within its maximum time of %2 ms")
                                             .arg(name)
                                             .arg(*endpoint.maxTimeMs));
        } else if (isSuccess(a.status)) {
            if (a.networkError == QNetworkReply::OperationCanceledError ||
                a.networkError == QNetworkReply::TimeoutError) {
                error = makeError(
                    ChatError::Kind::Timeout, a.status, {},
                    tr("Endpoint %1 stopped sending for %2 ms (its timeout) after HTTP %3; the answer is incomplete")
                        .arg(name)
                        .arg(endpoint.idleTimeoutMs)
                        .arg(a.status));
            } else if (a.networkError != QNetworkReply::NoError) {
                // Qt's words, not the provider's: they go in the sentence only.
                error = makeError(ChatError::Kind::Truncated, a.status, {},
                                  tr("Endpoint %1 broke off the stream after HTTP %2: %3; the answer is incomplete")
                                      .arg(name)
                                      .arg(a.status)
                                      .arg(a.networkErrorString));
            } else if (!a.bodyStarted) {
                error = makeError(
                    ChatError::Kind::Truncated, a.status, {},
                    tr("Endpoint %1 answered HTTP %2 with an empty body").arg(name, QString::number(a.status)));
            } else {
                error = makeError(
                    ChatError::Kind::Truncated, a.status, {},
                    tr("Endpoint %1 ended the stream without its end marker (HTTP %2); the answer is incomplete")
                        .arg(name)
                        .arg(a.status));
            }
        } else if (a.status != 0) {
            const QString provider = WireFormat::errorMessageFromBody(a.errorBody);
            error = makeError(ChatError::Kind::Http, a.status, provider,
                              tr("Endpoint %1 answered HTTP %2: %3").arg(name, QString::number(a.status), provider));
        } else if (a.networkError == QNetworkReply::OperationCanceledError ||
                   a.networkError == QNetworkReply::TimeoutError) {
            error = makeError(ChatError::Kind::Timeout, 0, {},
                              tr("Endpoint %1 sent no response for %2 ms (its timeout)")
                                  .arg(name, QString::number(endpoint.idleTimeoutMs)));
        } else {
            error = makeError(ChatError::Kind::Connection, 0, a.networkErrorString,
                              tr("Cannot reach endpoint %1: %2").arg(name, a.networkErrorString));
        }

        if (!error) {
            result.error.reset();
            break;
        }
        result.error = error;

        const bool retryableKind = error->kind == ChatError::Kind::Http || error->kind == ChatError::Kind::Connection ||
            (error->kind == ChatError::Kind::Timeout && !a.totalTimedOut);
        if (!retryableKind ||
            !policy.shouldRetry(retriesDone, a.status, RetryPolicy::parseShouldRetry(a.shouldRetry), a.bodyStarted)) {
            break;
        }
        const auto hint = RetryPolicy::parseRetryAfter(a.retryAfterMs, a.retryAfter, QDateTime::currentDateTimeUtc());
        const milliseconds wait = policy.delay(retriesDone, hint, random ? random() : 0.0);
        if (!deadline.isForever() && wait.count() >= deadline.remainingTime())
            break; // the retry could not finish in time anyway
        if (observer.onRetry)
            observer.onRetry(result.attempts + 1, *error, wait);
        if (wait.count() > 0) {
            QTimer sleep;
            sleep.setSingleShot(true);
            if (cancel)
                QObject::connect(cancel.data(), &CancelToken::cancelled, &sleep, [&sleep] { sleep.start(0); });
            sleep.start(wait);
            co_await qCoro(sleep).waitForTimeout();
        }
        if (cancel && cancel->isCancelled()) {
            result.error =
                makeError(ChatError::Kind::Cancelled, 0, {}, tr("The request to endpoint %1 was cancelled").arg(name));
            break;
        }
    }
    result.latencyMs = double(clock.nsecsElapsed()) / 1e6;
    co_return result;
}

QCoro::Task<Result<QStringList>> ChatClient::listModels(Endpoint endpoint, QString apiKey)
{
    if (!m_network)
        co_return Result<QStringList>::failure(tr("no network access manager"));
    HttpRequest http = ModelDiscovery::buildRequest(endpoint, apiKey);
    http.request.setTransferTimeout(std::max(1, endpoint.idleTimeoutMs));
    ReplyPtr reply(m_network->sendCustomRequest(http.request, http.verb));
    QNetworkReply *r = reply.get();
    co_await r;
    const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = r->readAll();
    const QStringList secrets{apiKey};
    if (status == 0) {
        co_return Result<QStringList>::failure(
            redact(tr("Cannot reach endpoint %1: %2").arg(endpoint.name, r->errorString()), secrets));
    }
    if (!isSuccess(status)) {
        co_return Result<QStringList>::failure(redact(tr("Endpoint %1 answered HTTP %2: %3")
                                                          .arg(endpoint.name)
                                                          .arg(status)
                                                          .arg(WireFormat::errorMessageFromBody(body)),
                                                      secrets));
    }
    Result<QStringList> models = ModelDiscovery::parse(endpoint.kind, body);
    if (!models) {
        co_return Result<QStringList>::failure(
            redact(tr("Endpoint %1 sent an unreadable model list: %2").arg(endpoint.name, models.error()), secrets));
    }
    co_return models;
}
