// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "fakehttpserver.h"
#include "providers/canceltoken.h"
#include "providers/chatclient.h"
#include "providerstreams.h"

#include <QCoroTask>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

Q_DECLARE_METATYPE(EndpointKind)
Q_DECLARE_METATYPE(ChatError::Kind)

namespace {
const QString kKey = QStringLiteral("sk-canary-0123456789abcdef");

QString kindName(const ChatResult &result)
{
    return result.error ? ChatError::kindName(result.error->kind) : QStringLiteral("ok");
}
} // namespace

class TestChatClient : public QObject
{
    Q_OBJECT

    QNetworkAccessManager *m_network = nullptr;
    FakeHttpServer *m_server = nullptr;
    ChatClient *m_client = nullptr;

    Endpoint endpoint(EndpointKind kind) const
    {
        Endpoint e;
        e.name = QStringLiteral("fake-%1").arg(endpointKindName(kind));
        e.kind = kind;
        e.baseUrl = m_server->url(kind == EndpointKind::OpenAi ? QStringLiteral("/v1") : QString());
        e.model = QStringLiteral("tiny");
        e.idleTimeoutMs = 300;
        e.maxTimeMs = 5000;
        return e;
    }

    ChatResult send(const Endpoint &e, ChatRequest request = ChatRequest::fromPrompt(QStringLiteral("Say hello")),
                    StreamObserver observer = {}, QPointer<CancelToken> cancel = {})
    {
        return QCoro::waitFor(m_client->send(e, request, kKey, observer, cancel));
    }

    // QCoro::waitFor needs a default-constructible value; Result is not.
    QCoro::Task<std::pair<QStringList, QString>> models(Endpoint e)
    {
        const Result<QStringList> result = co_await m_client->listModels(e, kKey);
        co_return result.ok() ? std::pair(result.value(), QString()) : std::pair(QStringList(), result.error());
    }

private slots:
    void init()
    {
        m_network = new QNetworkAccessManager(this);
        m_server = new FakeHttpServer(this);
        QVERIFY(m_server->isListening());
        m_client = new ChatClient(m_network, this);
        RetryPolicy policy;
        policy.timeScale = 0.001; // the real policy, in milliseconds instead of seconds
        m_client->setRetryPolicy(policy);
        m_client->setRandomSource([] { return 0.0; });
    }
    void cleanup()
    {
        delete m_client;
        delete m_server;
        delete m_network;
    }

    void streamsEachFormat_data()
    {
        QTest::addColumn<EndpointKind>("kind");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("chunkSize");
        QTest::addColumn<QString>("finish");
        QTest::addColumn<qint64>("input");
        QTest::addColumn<qint64>("output");
        const struct
        {
            const char *name;
            EndpointKind kind;
            QByteArray body;
            const char *finish;
            qint64 in, out;
        } formats[] = {
            {"openai", EndpointKind::OpenAi, ProviderStreams::openAi(), "stop", 12, 3},
            {"openai crlf", EndpointKind::OpenAi, ProviderStreams::withCrlf(ProviderStreams::openAi()), "stop", 12, 3},
            {"llama.cpp", EndpointKind::OpenAi, ProviderStreams::llamaCpp(), "stop", 9, 3},
            {"anthropic", EndpointKind::Anthropic, ProviderStreams::anthropic(), "end_turn", 25, 15},
            {"ollama", EndpointKind::Ollama, ProviderStreams::ollama(), "stop", 26, 3},
        };
        for (const auto &f : formats) {
            for (int size : {100000, 7, 1}) {
                QTest::addRow("%s, %d-byte chunks", f.name, size)
                    << f.kind << f.body << size << QString::fromLatin1(f.finish) << f.in << f.out;
            }
        }
    }
    void streamsEachFormat()
    {
        QFETCH(EndpointKind, kind);
        QFETCH(QByteArray, body);
        QFETCH(int, chunkSize);
        QFETCH(QString, finish);
        QFETCH(qint64, input);
        QFETCH(qint64, output);
        FakeResponse response = kind == EndpointKind::Ollama
            ? FakeResponse::ndjson(ProviderStreams::split(body, chunkSize))
            : FakeResponse::sse(ProviderStreams::split(body, chunkSize));
        if (chunkSize == 7)
            response.chunks[1].delayMs = 20; // a pause mid-stream, so text arrives in several reads
        m_server->enqueue(response);

        QString streamed;
        int deltas = 0;
        StreamObserver observer;
        observer.onText = [&](const QString &delta) {
            streamed += delta;
            ++deltas;
        };
        const ChatResult result =
            send(endpoint(kind), ChatRequest::fromPrompt(QStringLiteral("Say hello"), QStringLiteral("Be brief.")),
                 observer);

        QCOMPARE(kindName(result), QStringLiteral("ok"));
        QCOMPARE(result.text, ProviderStreams::expectedText());
        QCOMPARE(streamed, result.text);
        QVERIFY(deltas >= 1);
        QCOMPARE(result.finishReason, finish);
        QCOMPARE(result.inputTokens, std::optional<qint64>(input));
        QCOMPARE(result.outputTokens, std::optional<qint64>(output));
        QCOMPARE(result.attempts, 1);
        QVERIFY(result.ttftMs.has_value());
        QVERIFY(*result.ttftMs > 0 && *result.ttftMs <= result.latencyMs);

        QCOMPARE(m_server->requestCount(), 1);
        const RecordedRequest request = m_server->requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        const QJsonObject json = request.json();
        QCOMPARE(json.value(QLatin1String("model")).toString(), QStringLiteral("tiny"));
        QCOMPARE(json.value(QLatin1String("stream")).toBool(), true);
        switch (kind) {
        case EndpointKind::OpenAi:
            QCOMPARE(request.path, QByteArray("/v1/chat/completions"));
            QCOMPARE(request.header("Authorization"), "Bearer " + kKey.toUtf8());
            QCOMPARE(json.value(QLatin1String("messages")).toArray().size(), 2);
            break;
        case EndpointKind::Anthropic:
            QCOMPARE(request.path, QByteArray("/v1/messages"));
            QCOMPARE(request.header("x-api-key"), kKey.toUtf8());
            QCOMPARE(request.header("anthropic-version"), QByteArray("2023-06-01"));
            QCOMPARE(request.header("Authorization"), QByteArray());
            QCOMPARE(json.value(QLatin1String("system")).toString(), QStringLiteral("Be brief."));
            break;
        case EndpointKind::Ollama:
            QCOMPARE(request.path, QByteArray("/api/chat"));
            break;
        }
    }

    void logprobsRequestedAndKept()
    {
        m_server->enqueue(FakeResponse::sse({ProviderStreams::openAiWithLogprobs()}));
        ChatRequest request = ChatRequest::fromPrompt(QStringLiteral("Hi"));
        request.logprobs = true;
        request.topLogprobs = 2;
        const ChatResult result = send(endpoint(EndpointKind::OpenAi), request);
        QCOMPARE(kindName(result), QStringLiteral("ok"));
        QCOMPARE(m_server->requests().first().json().value(QLatin1String("top_logprobs")).toInt(), 2);
        QCOMPARE(result.logprobs.size(), 2);
        QCOMPARE(result.logprobs[1].token, QStringLiteral(" w\u00F6rld"));
        QCOMPARE(result.logprobs[1].top[1].logprob, -0.75);
        QCOMPARE(result.finishReason, QStringLiteral("length"));
    }

    // Each fault: the expected outcome, the partial text kept, the number of attempts.
    void faults_data()
    {
        QTest::addColumn<EndpointKind>("kind");
        QTest::addColumn<QList<FakeResponse>>("responses");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("providerMessage");

        const QByteArray openAi = ProviderStreams::openAi();
        const QByteArray cutOpenAi = openAi.left(openAi.indexOf("\"finish_reason\":\"stop\"") - 80);
        const QString hello = ProviderStreams::expectedText();
        auto error = [](int status, const QByteArray &message) {
            return FakeResponse::json(status, R"({"error":{"message":")" + message + R"(","type":"test"}})");
        };

        FakeResponse truncatedChunked = FakeResponse::sse({cutOpenAi});
        truncatedChunked.truncate = true;
        QTest::addRow("connection closed mid-stream") << EndpointKind::OpenAi << QList<FakeResponse>{truncatedChunked}
                                                      << QStringLiteral("truncated") << hello << 1 << 200 << QString();
        FakeResponse closeDelimited = FakeResponse::sse({cutOpenAi});
        closeDelimited.framing = FakeResponse::Framing::Close;
        QTest::addRow("clean close without [DONE]") << EndpointKind::OpenAi << QList<FakeResponse>{closeDelimited}
                                                    << QStringLiteral("truncated") << hello << 1 << 200 << QString();
        QTest::addRow("empty 200") << EndpointKind::OpenAi << QList<FakeResponse>{FakeResponse::json(200, {})}
                                   << QStringLiteral("truncated") << QString() << 1 << 200 << QString();
        QTest::addRow("ollama without done")
            << EndpointKind::Ollama
            << QList<FakeResponse>{FakeResponse::ndjson(
                   {ProviderStreams::ollama().left(ProviderStreams::ollama().lastIndexOf("{\"model"))})}
            << QStringLiteral("truncated") << hello << 1 << 200 << QString();
        FakeResponse hangMidStream = FakeResponse::sse({cutOpenAi});
        hangMidStream.hang = true;
        QTest::addRow("stream stalls: idle timeout, no retry")
            << EndpointKind::OpenAi << QList<FakeResponse>{hangMidStream} << QStringLiteral("timeout") << hello << 1
            << 200 << QString();
        FakeResponse hangBeforeHeaders = FakeResponse::sse({openAi});
        hangBeforeHeaders.headerDelayMs = 100000;
        QTest::addRow("no headers: idle timeout, retried")
            << EndpointKind::OpenAi << QList<FakeResponse>{hangBeforeHeaders, hangBeforeHeaders, hangBeforeHeaders}
            << QStringLiteral("timeout") << QString() << 3 << 0 << QString();
        QTest::addRow("429 Retry-After 0 then success")
            << EndpointKind::OpenAi
            << QList<FakeResponse>{error(429, "Rate limit reached").header("Retry-After", "0"),
                                   FakeResponse::sse({openAi})}
            << QStringLiteral("ok") << hello << 2 << 200 << QString();
        QTest::addRow("500 then success")
            << EndpointKind::OpenAi << QList<FakeResponse>{error(500, "boom"), FakeResponse::sse({openAi})}
            << QStringLiteral("ok") << hello << 2 << 200 << QString();
        QTest::addRow("anthropic 529 then success")
            << EndpointKind::Anthropic
            << QList<
                   FakeResponse>{FakeResponse::json(
                                     529,
                                     R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})"),
                                 FakeResponse::sse({ProviderStreams::anthropic()})}
            << QStringLiteral("ok") << hello << 2 << 200 << QString();
        QTest::addRow("retries exhausted after 3 attempts")
            << EndpointKind::OpenAi
            << QList<FakeResponse>{error(503, "busy 1"), error(503, "busy 2"), error(503, "busy 3"),
                                   FakeResponse::sse({openAi})}
            << QStringLiteral("http") << QString() << 3 << 503 << QStringLiteral("busy 3");
        QTest::addRow("400 not retried") << EndpointKind::OpenAi
                                         << QList<FakeResponse>{error(400, "Unsupported parameter: 'top_k'"),
                                                                FakeResponse::sse({openAi})}
                                         << QStringLiteral("http") << QString() << 1 << 400
                                         << QStringLiteral("Unsupported parameter: 'top_k'");
        QTest::addRow("401 not retried") << EndpointKind::OpenAi
                                         << QList<FakeResponse>{error(401, "Incorrect API key provided"),
                                                                FakeResponse::sse({openAi})}
                                         << QStringLiteral("http") << QString() << 1 << 401
                                         << QStringLiteral("Incorrect API key provided");
        QTest::addRow("404 ollama model missing")
            << EndpointKind::Ollama
            << QList<FakeResponse>{FakeResponse::json(404, R"({"error":"model 'tiny' not found"})")}
            << QStringLiteral("http") << QString() << 1 << 404 << QStringLiteral("model 'tiny' not found");
        QTest::addRow("x-should-retry false")
            << EndpointKind::OpenAi
            << QList<FakeResponse>{error(503, "no").header("x-should-retry", "false"), FakeResponse::sse({openAi})}
            << QStringLiteral("http") << QString() << 1 << 503 << QStringLiteral("no");
        QTest::addRow("x-should-retry true on 422")
            << EndpointKind::OpenAi
            << QList<FakeResponse>{error(422, "again").header("x-should-retry", "true"), FakeResponse::sse({openAi})}
            << QStringLiteral("ok") << hello << 2 << 200 << QString();
        QTest::addRow("Retry-After beyond 60 s falls back to backoff")
            << EndpointKind::OpenAi
            << QList<FakeResponse>{error(429, "slow down").header("Retry-After", "3600"), FakeResponse::sse({openAi})}
            << QStringLiteral("ok") << hello << 2 << 200 << QString();
        QTest::addRow("anthropic overloaded after 200: no retry, partial kept")
            << EndpointKind::Anthropic
            << QList<FakeResponse>{FakeResponse::sse({ProviderStreams::anthropicOverloaded()}),
                                   FakeResponse::sse({ProviderStreams::anthropic()})}
            << QStringLiteral("provider") << QStringLiteral("Hel") << 1 << 200 << QStringLiteral("Overloaded");
        QTest::addRow("openai error chunk mid-stream")
            << EndpointKind::OpenAi << QList<FakeResponse>{FakeResponse::sse({ProviderStreams::openAiMidStreamError()})}
            << QStringLiteral("provider") << QStringLiteral("Hello") << 1 << 200
            << QStringLiteral("The server had an error while processing your request.");
        QTest::addRow("llama.cpp 500 on bad JSON, then success")
            << EndpointKind::OpenAi
            << QList<
                   FakeResponse>{FakeResponse::json(
                                     500,
                                     R"({"error":{"code":500,"message":"Failed to parse JSON","type":"server_error"}})"),
                                 FakeResponse::sse({ProviderStreams::llamaCpp()})}
            << QStringLiteral("ok") << hello << 2 << 200 << QString();
        FakeResponse rawLf;
        rawLf.raw =
            "HTTP/1.1 200 OK\nContent-Type: text/event-stream\nConnection: close\n\n" + ProviderStreams::llamaCpp();
        QTest::addRow("bare LF status and headers") << EndpointKind::OpenAi << QList<FakeResponse>{rawLf}
                                                    << QStringLiteral("ok") << hello << 1 << 200 << QString();
    }

    void faults()
    {
        QFETCH(EndpointKind, kind);
        QFETCH(QList<FakeResponse>, responses);
        QFETCH(QString, outcome);
        QFETCH(QString, text);
        QFETCH(int, attempts);
        QFETCH(int, status);
        QFETCH(QString, providerMessage);
        for (const FakeResponse &response : std::as_const(responses))
            m_server->enqueue(response);
        Endpoint e = endpoint(kind);
        QElapsedTimer timer;
        timer.start();
        const ChatResult result = send(e);
        // Never a hang: every fault ends within its timeouts (3 × 300 ms idle at most here).
        QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(kindName(result), outcome);
        QCOMPARE(result.text, text);
        QCOMPARE(result.attempts, attempts);
        QCOMPARE(m_server->requestCount(), attempts);
        if (result.error) {
            QCOMPARE(result.error->httpStatus, status);
            QCOMPARE(result.error->providerMessage, providerMessage);
            QCOMPARE(result.error->endpointName, e.name);
            // The sentence names the endpoint, the status and the provider's words.
            QVERIFY2(result.error->message.contains(e.name), qPrintable(result.error->message));
            if (status)
                QVERIFY2(result.error->message.contains(QString::number(status)), qPrintable(result.error->message));
            QVERIFY2(result.error->message.contains(providerMessage), qPrintable(result.error->message));
            QVERIFY(!result.error->message.contains(kKey));
        }
    }

    void totalTimeoutEndsADrippingStream()
    {
        FakeResponse drip = FakeResponse::sse({});
        for (int i = 0; i < 100; ++i)
            drip.chunk("data: {\"choices\":[{\"delta\":{\"content\":\"x\"}}]}\n\n", 50);
        m_server->enqueue(drip);
        Endpoint e = endpoint(EndpointKind::OpenAi);
        e.maxTimeMs = 400; // the idle timeout (300 ms) never fires: a byte comes every 50 ms
        QElapsedTimer timer;
        timer.start();
        const ChatResult result = send(e);
        QCOMPARE(kindName(result), QStringLiteral("timeout"));
        QVERIFY(result.text.size() >= 3 && result.text.size() <= 9);
        QCOMPARE(result.attempts, 1);
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(result.error->message.contains(QStringLiteral("maximum time of 400 ms")));
    }

    void timeoutIsTheLongestSilenceNotTheWholeAnswer()
    {
        // 20 events 100 ms apart: the answer takes 2 s, six times the 300 ms timeout, and is
        // never silent for that long.
        FakeResponse slow = FakeResponse::sse({});
        for (int i = 0; i < 20; ++i)
            slow.chunk("data: {\"choices\":[{\"delta\":{\"content\":\"x\"}}]}\n\n", 100);
        slow.chunk("data: [DONE]\n\n", 100);
        m_server->enqueue(slow);
        Endpoint e = endpoint(EndpointKind::OpenAi);
        e.maxTimeMs.reset();
        const ChatResult result = send(e);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->message : QString()));
        QCOMPARE(result.text, QString(20, QLatin1Char('x')));
        QVERIFY(result.latencyMs > 6 * e.idleTimeoutMs);
    }

    void stallEndsAtTheIdleLimit()
    {
        FakeResponse stall = FakeResponse::sse({"data: {\"choices\":[{\"delta\":{\"content\":\"Hi\"}}]}\n\n"});
        stall.hang = true;
        m_server->enqueue(stall);
        Endpoint e = endpoint(EndpointKind::OpenAi);
        e.maxTimeMs.reset();
        QElapsedTimer timer;
        timer.start();
        const ChatResult result = send(e);
        QCOMPARE(kindName(result), QStringLiteral("timeout"));
        QCOMPARE(result.text, QStringLiteral("Hi"));
        // Qt's coarse timers may fire up to 5 % early.
        QVERIFY2(timer.elapsed() >= e.idleTimeoutMs * 9 / 10 && timer.elapsed() < e.idleTimeoutMs + 1000,
                 qPrintable(QString::number(timer.elapsed())));
        // The message says which limit fired.
        QVERIFY2(result.error->message.contains(QStringLiteral("300 ms (its timeout)")),
                 qPrintable(result.error->message));
    }

    void noMaximumTimeByDefault()
    {
        QVERIFY(!Endpoint().maxTimeMs.has_value());
        QCOMPARE(Endpoint().idleTimeoutMs, 60000);
    }

    void longReplyAssembledExactly()
    {
        // 200,000 tokens, served in large pieces so that back-pressure (the reply's read buffer)
        // is what paces the stream; every delta and the final text must add up to the same.
        QString expected;
        QByteArray body;
        for (int i = 0; i < 200000; ++i) {
            const QString token = QStringLiteral(" t%1\u00e9").arg(i);
            expected += token;
            body += "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + token.toUtf8() + "\"}}]}\n\n";
        }
        body +=
            "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"length\"}]}\n\n"
            "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":200000}}\n\ndata: [DONE]\n\n";
        m_server->enqueue(FakeResponse::sse(ProviderStreams::split(body, 4 * 1024 * 1024)));
        Endpoint e = endpoint(EndpointKind::OpenAi);
        e.maxTimeMs.reset();
        QString streamed;
        StreamObserver observer;
        observer.onText = [&streamed](const QString &delta) { streamed += delta; };
        const ChatResult result = send(e, ChatRequest::fromPrompt(QStringLiteral("Count")), observer);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->message : QString()));
        QCOMPARE(result.text.size(), expected.size());
        QVERIFY(result.text == expected);
        QVERIFY(streamed == expected);
        QCOMPARE(result.finishReason, QStringLiteral("length"));
        QCOMPARE(result.outputTokens, std::optional<qint64>(200000));
    }

    void connectionRefusedIsRetried()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        Endpoint e = endpoint(EndpointKind::OpenAi);
        e.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort));
        int retries = 0;
        StreamObserver observer;
        observer.onRetry = [&retries](int, const ChatError &previous, std::chrono::milliseconds) {
            QCOMPARE(previous.kind, ChatError::Kind::Connection);
            ++retries;
        };
        const ChatResult result = send(e, ChatRequest::fromPrompt(QStringLiteral("x")), observer);
        QCOMPARE(kindName(result), QStringLiteral("connection"));
        QCOMPARE(result.attempts, 3);
        QCOMPARE(retries, 2);
        QVERIFY(result.error->message.contains(e.name));
        QCOMPARE(result.error->httpStatus, 0);
    }

    void backoffFollowsRetryAfter()
    {
        RetryPolicy policy;
        policy.timeScale = 0.1; // Retry-After: 2 → 200 ms
        m_client->setRetryPolicy(policy);
        m_server->enqueue(FakeResponse::json(429, R"({"error":{"message":"wait"}})").header("Retry-After", "2"));
        m_server->enqueue(FakeResponse::sse({ProviderStreams::openAi()}));
        std::chrono::milliseconds waited{-1};
        StreamObserver observer;
        observer.onRetry = [&waited](int, const ChatError &, std::chrono::milliseconds wait) { waited = wait; };
        QElapsedTimer timer;
        timer.start();
        const ChatResult result =
            send(endpoint(EndpointKind::OpenAi), ChatRequest::fromPrompt(QStringLiteral("x")), observer);
        QCOMPARE(kindName(result), QStringLiteral("ok"));
        QCOMPARE(waited.count(), 200);
        QVERIFY(timer.elapsed() >= 190);
    }

    void cancelMidStreamKeepsPartialText()
    {
        FakeResponse slow = FakeResponse::sse({});
        slow.chunk("data: {\"choices\":[{\"delta\":{\"content\":\"Hel\"}}]}\n\n");
        slow.chunk("data: {\"choices\":[{\"delta\":{\"content\":\"lo\"}}]}\n\n", 5000);
        m_server->enqueue(slow);
        CancelToken token;
        StreamObserver observer;
        observer.onText = [&token](const QString &) { QTimer::singleShot(20, &token, &CancelToken::cancel); };
        QElapsedTimer timer;
        timer.start();
        Endpoint e = endpoint(EndpointKind::OpenAi);
        e.idleTimeoutMs = 10000;
        const ChatResult result = send(e, ChatRequest::fromPrompt(QStringLiteral("x")), observer, &token);
        QCOMPARE(kindName(result), QStringLiteral("cancelled"));
        QCOMPARE(result.text, QStringLiteral("Hel"));
        QCOMPARE(result.attempts, 1);
        QVERIFY(timer.elapsed() < 1000);
    }

    void cancelDuringBackoff()
    {
        RetryPolicy policy; // real time scale: a 30 s Retry-After
        m_client->setRetryPolicy(policy);
        m_server->enqueue(FakeResponse::json(429, R"({"error":{"message":"later"}})").header("Retry-After", "30"));
        CancelToken token;
        StreamObserver observer;
        observer.onRetry = [&token](int, const ChatError &, std::chrono::milliseconds) {
            QTimer::singleShot(50, &token, &CancelToken::cancel);
        };
        Endpoint e = endpoint(EndpointKind::OpenAi);
        e.maxTimeMs = 60000; // else the 30 s wait would not fit and no retry would be tried
        QElapsedTimer timer;
        timer.start();
        const ChatResult result = send(e, ChatRequest::fromPrompt(QStringLiteral("x")), observer, &token);
        QCOMPARE(kindName(result), QStringLiteral("cancelled"));
        QCOMPARE(result.attempts, 1);
        QVERIFY(timer.elapsed() < 2000);
    }

    void retryThatCannotFitTheDeadlineIsNotTried()
    {
        RetryPolicy policy;
        m_client->setRetryPolicy(policy);
        m_server->enqueue(FakeResponse::json(429, R"({"error":{"message":"later"}})").header("Retry-After", "30"));
        QElapsedTimer timer;
        timer.start();
        const ChatResult result = send(endpoint(EndpointKind::OpenAi)); // 5 s total
        QCOMPARE(kindName(result), QStringLiteral("http"));
        QCOMPARE(result.error->httpStatus, 429);
        QCOMPARE(result.attempts, 1);
        QVERIFY(timer.elapsed() < 1000);
    }

    void alreadyCancelledTokenSendsNothingUseful()
    {
        m_server->enqueue(FakeResponse::sse({ProviderStreams::openAi()}, 200));
        CancelToken token;
        token.cancel();
        const ChatResult result =
            send(endpoint(EndpointKind::OpenAi), ChatRequest::fromPrompt(QStringLiteral("x")), {}, &token);
        QCOMPARE(kindName(result), QStringLiteral("cancelled"));
        QCOMPARE(result.attempts, 1);
    }

    void keyNeverInErrors()
    {
        // A server that echoes the key back in its error (OpenAI shows part of it).
        m_server->enqueue(
            FakeResponse::json(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + kKey.toUtf8() + "\"}}"));
        const ChatResult result = send(endpoint(EndpointKind::OpenAi));
        QCOMPARE(kindName(result), QStringLiteral("http"));
        QVERIFY(!result.error->message.contains(kKey));
        QVERIFY(!result.error->providerMessage.contains(kKey));
        QVERIFY(result.error->providerMessage.contains(QStringLiteral("[redacted]")));
    }

    void errorsQuoteNamesVerbatim()
    {
        // An endpoint name with % signs is written as it is, not re-substituted by the message's
        // later placeholders.
        m_server->enqueue(FakeResponse::json(404, R"({"error":{"message":"model not found"}})"));
        Endpoint e = endpoint(EndpointKind::OpenAi);
        e.name = QStringLiteral("lab%2%3");
        const ChatResult result = send(e);
        QCOMPARE(kindName(result), QStringLiteral("http"));
        QCOMPARE(result.error->message, QStringLiteral("Endpoint lab%2%3 answered HTTP 404: model not found"));
    }

    void unknownUsageIsNotZero()
    {
        m_server->enqueue(FakeResponse::sse(
            {"data: {\"choices\":[{\"delta\":{\"content\":\"x\"},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n"}));
        const ChatResult result = send(endpoint(EndpointKind::OpenAi));
        QCOMPARE(kindName(result), QStringLiteral("ok"));
        QVERIFY(!result.inputTokens.has_value());
        QVERIFY(!result.outputTokens.has_value());
    }

    void concurrentCallsShareOneManager()
    {
        m_server->enqueue(FakeResponse::sse(ProviderStreams::split(ProviderStreams::openAi(), 50), 5));
        m_server->enqueue(FakeResponse::sse(ProviderStreams::split(ProviderStreams::openAi(), 50), 5));
        m_server->enqueue(FakeResponse::ndjson(ProviderStreams::split(ProviderStreams::ollama(), 50), 5));
        Endpoint e = endpoint(EndpointKind::OpenAi);
        auto first = m_client->send(e, ChatRequest::fromPrompt(QStringLiteral("a")), kKey);
        auto second = m_client->send(e, ChatRequest::fromPrompt(QStringLiteral("b")), kKey);
        const ChatResult a = QCoro::waitFor(first);
        const ChatResult b = QCoro::waitFor(second);
        QCOMPARE(a.text, ProviderStreams::expectedText());
        QCOMPARE(b.text, ProviderStreams::expectedText());
        // The next call on the same manager (a kept-alive connection) still works.
        const ChatResult c = send(endpoint(EndpointKind::Ollama));
        QCOMPARE(c.text, ProviderStreams::expectedText());
        QCOMPARE(m_server->requestCount(), 3);
    }

    void listModels_data()
    {
        QTest::addColumn<EndpointKind>("kind");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("path");
        QTest::addRow("openai") << EndpointKind::OpenAi << QByteArray(R"({"data":[{"id":"tiny"},{"id":"small"}]})")
                                << QByteArray("/v1/models");
        QTest::addRow("ollama") << EndpointKind::Ollama
                                << QByteArray(R"({"models":[{"name":"tiny"},{"name":"small"}]})")
                                << QByteArray("/api/tags");
    }
    void listModels()
    {
        QFETCH(EndpointKind, kind);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, path);
        m_server->enqueue(FakeResponse::json(200, body));
        const auto [list, error] = QCoro::waitFor(models(endpoint(kind)));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(list, (QStringList{QStringLiteral("tiny"), QStringLiteral("small")}));
        QCOMPARE(m_server->requests().first().method, QByteArray("GET"));
        QCOMPARE(m_server->requests().first().path, path);
    }

    void listModelsError()
    {
        m_server->enqueue(FakeResponse::json(401, R"({"error":{"message":"bad key"}})"));
        const auto [list, error] = QCoro::waitFor(models(endpoint(EndpointKind::OpenAi)));
        QVERIFY(list.isEmpty());
        QVERIFY(error.contains(QStringLiteral("401")));
        QVERIFY(error.contains(QStringLiteral("bad key")));
        QVERIFY(error.contains(QStringLiteral("fake-openai")));
    }
};

QTEST_GUILESS_MAIN(TestChatClient)
#include "tst_chatclient.moc"
