// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "providers/anthropicwireformat.h"
#include "providers/modeldiscovery.h"
#include "providers/ollamawireformat.h"
#include "providers/openaiwireformat.h"
#include "providerstreams.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

Q_DECLARE_METATYPE(EndpointKind)

namespace {
Endpoint endpoint(EndpointKind kind, const QString &base)
{
    Endpoint e;
    e.name = QStringLiteral("test");
    e.kind = kind;
    e.baseUrl = QUrl(base);
    e.model = QStringLiteral("m-1");
    return e;
}

StreamState run(EndpointKind kind, const QList<QByteArray> &chunks)
{
    auto wire = WireFormat::create(kind);
    StreamState state;
    for (const QByteArray &chunk : chunks)
        wire->feed(chunk, state);
    wire->finish(state);
    return state;
}

QString usage(const StreamState &s)
{
    return QStringLiteral("%1/%2").arg(s.inputTokens ? QString::number(*s.inputTokens) : QStringLiteral("?"),
                                       s.outputTokens ? QString::number(*s.outputTokens) : QStringLiteral("?"));
}
} // namespace

class TestProviderWireFormats : public QObject
{
    Q_OBJECT
private slots:
    void openAiRequest()
    {
        Endpoint e = endpoint(EndpointKind::OpenAi, QStringLiteral("http://127.0.0.1:8080/v1/"));
        e.temperature = 0.25;
        e.systemPrompt = QStringLiteral("endpoint default system");
        ChatRequest chat = ChatRequest::fromPrompt(QStringLiteral("Hi"), QStringLiteral("Be brief."));
        chat.maxTokens = 64;
        chat.logprobs = true;
        chat.topLogprobs = 2;
        const HttpRequest http = OpenAiWireFormat().buildRequest(e, chat, QStringLiteral("sk-test-123456789"));
        QCOMPARE(http.verb, QByteArray("POST"));
        QCOMPARE(http.request.url().toString(), QStringLiteral("http://127.0.0.1:8080/v1/chat/completions"));
        QCOMPARE(http.request.rawHeader("Authorization"), QByteArray("Bearer sk-test-123456789"));
        QCOMPARE(http.request.rawHeader("Accept"), QByteArray("text/event-stream"));
        QCOMPARE(http.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(), QByteArray("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(http.body).object();
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("m-1"));
        QCOMPARE(body.value(QLatin1String("stream")).toBool(), true);
        QCOMPARE(body.value(QLatin1String("stream_options")).toObject().value(QLatin1String("include_usage")).toBool(),
                 true);
        QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.25);
        QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 64);
        QCOMPARE(body.value(QLatin1String("logprobs")).toBool(), true);
        QCOMPARE(body.value(QLatin1String("top_logprobs")).toInt(), 2);
        const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages[0].toObject().value(QLatin1String("role")).toString(), QStringLiteral("system"));
        QCOMPARE(messages[0].toObject().value(QLatin1String("content")).toString(), QStringLiteral("Be brief."));
        QCOMPARE(messages[1].toObject().value(QLatin1String("content")).toString(), QStringLiteral("Hi"));
    }

    void openAiRequestWithoutKeyOrOptions()
    {
        const HttpRequest http =
            OpenAiWireFormat().buildRequest(endpoint(EndpointKind::OpenAi, QStringLiteral("http://h:1/v1")),
                                            ChatRequest::fromPrompt(QStringLiteral("x")), {});
        QVERIFY(!http.request.hasRawHeader("Authorization"));
        const QJsonObject body = QJsonDocument::fromJson(http.body).object();
        QVERIFY(!body.contains(QLatin1String("temperature")));
        QVERIFY(!body.contains(QLatin1String("max_tokens")));
        QVERIFY(!body.contains(QLatin1String("logprobs")));
        QCOMPARE(body.value(QLatin1String("messages")).toArray().size(), 1);
    }

    void anthropicRequest()
    {
        Endpoint e = endpoint(EndpointKind::Anthropic, QStringLiteral("https://api.anthropic.com"));
        e.systemPrompt = QStringLiteral("Be kind.");
        const HttpRequest http = AnthropicWireFormat().buildRequest(e, ChatRequest::fromPrompt(QStringLiteral("Hi")),
                                                                    QStringLiteral("ant-key-1"));
        QCOMPARE(http.request.url().toString(), QStringLiteral("https://api.anthropic.com/v1/messages"));
        QCOMPARE(http.request.rawHeader("x-api-key"), QByteArray("ant-key-1"));
        QCOMPARE(http.request.rawHeader("anthropic-version"), QByteArray("2023-06-01"));
        QVERIFY(!http.request.hasRawHeader("Authorization"));
        const QJsonObject body = QJsonDocument::fromJson(http.body).object();
        QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), AnthropicWireFormat::defaultMaxTokens);
        QCOMPARE(body.value(QLatin1String("system")).toString(), QStringLiteral("Be kind."));
        QCOMPARE(body.value(QLatin1String("stream")).toBool(), true);
        QCOMPARE(body.value(QLatin1String("messages")).toArray().size(), 1);
    }

    void ollamaRequest()
    {
        Endpoint e = endpoint(EndpointKind::Ollama, QStringLiteral("http://127.0.0.1:11434"));
        e.maxTokens = 100;
        e.temperature = 0.0;
        const HttpRequest http = OllamaWireFormat().buildRequest(e, ChatRequest::fromPrompt(QStringLiteral("Hi")), {});
        QCOMPARE(http.request.url().toString(), QStringLiteral("http://127.0.0.1:11434/api/chat"));
        const QJsonObject body = QJsonDocument::fromJson(http.body).object();
        QCOMPARE(body.value(QLatin1String("options")).toObject().value(QLatin1String("num_predict")).toInt(), 100);
        QCOMPARE(body.value(QLatin1String("options")).toObject().value(QLatin1String("temperature")).toDouble(), 0.0);
        QCOMPARE(body.value(QLatin1String("stream")).toBool(), true);
    }

    void streams_data()
    {
        QTest::addColumn<EndpointKind>("kind");
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("finish");
        QTest::addColumn<QString>("usage");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<QString>("error");
        const QString hello = ProviderStreams::expectedText();
        QTest::addRow("openai") << EndpointKind::OpenAi << ProviderStreams::openAi() << hello << QStringLiteral("stop")
                                << QStringLiteral("12/3") << true << QString();
        QTest::addRow("openai crlf") << EndpointKind::OpenAi << ProviderStreams::withCrlf(ProviderStreams::openAi())
                                     << hello << QStringLiteral("stop") << QStringLiteral("12/3") << true << QString();
        QTest::addRow("llama.cpp usage with finish_reason")
            << EndpointKind::OpenAi << ProviderStreams::llamaCpp() << hello << QStringLiteral("stop")
            << QStringLiteral("9/3") << true << QString();
        QTest::addRow("openai without usage")
            << EndpointKind::OpenAi
            << QByteArray("data: {\"choices\":[{\"delta\":{\"content\":\"x\"},\"finish_reason\":\"stop\"}]}\n\ndata: "
                          "[DONE]\n\n")
            << QStringLiteral("x") << QStringLiteral("stop") << QStringLiteral("?/?") << true << QString();
        QTest::addRow("openai cut before [DONE]")
            << EndpointKind::OpenAi << ProviderStreams::openAi().left(ProviderStreams::openAi().size() - 8) << hello
            << QStringLiteral("stop") << QStringLiteral("12/3") << false << QString();
        QTest::addRow("openai mid-stream error")
            << EndpointKind::OpenAi << ProviderStreams::openAiMidStreamError() << QStringLiteral("Hello") << QString()
            << QStringLiteral("?/?") << false
            << QStringLiteral("The server had an error while processing your request.");
        QTest::addRow("anthropic") << EndpointKind::Anthropic << ProviderStreams::anthropic() << hello
                                   << QStringLiteral("end_turn") << QStringLiteral("25/15") << true << QString();
        QTest::addRow("anthropic crlf") << EndpointKind::Anthropic
                                        << ProviderStreams::withCrlf(ProviderStreams::anthropic()) << hello
                                        << QStringLiteral("end_turn") << QStringLiteral("25/15") << true << QString();
        QTest::addRow("anthropic overloaded after 200")
            << EndpointKind::Anthropic << ProviderStreams::anthropicOverloaded() << QStringLiteral("Hel") << QString()
            << QStringLiteral("25/1") << false << QStringLiteral("Overloaded");
        QTest::addRow("ollama") << EndpointKind::Ollama << ProviderStreams::ollama() << hello << QStringLiteral("stop")
                                << QStringLiteral("26/3") << true << QString();
        QTest::addRow("ollama error line")
            << EndpointKind::Ollama << QByteArray("{\"error\":\"model 'x' not found\"}\n") << QString() << QString()
            << QStringLiteral("?/?") << false << QStringLiteral("model 'x' not found");
        QTest::addRow("ollama garbage") << EndpointKind::Ollama
                                        << QByteArray("{\"message\":{\"content\":\"a\"}}\n<html>\n")
                                        << QStringLiteral("a") << QString() << QStringLiteral("?/?") << false
                                        << QStringLiteral("Line 2 is not valid JSON: ");
    }

    void streams()
    {
        QFETCH(EndpointKind, kind);
        QFETCH(QByteArray, stream);
        QFETCH(QString, text);
        QFETCH(QString, finish);
        QFETCH(QString, usage);
        QFETCH(bool, complete);
        QFETCH(QString, error);
        // Whole, one byte at a time, and cut at every single boundary: same outcome.
        QList<QList<QByteArray>> chunkings{{stream}, ProviderStreams::split(stream, 1)};
        for (qsizetype i = 1; i < stream.size(); ++i)
            chunkings.append({stream.left(i), stream.mid(i)});
        for (const QList<QByteArray> &chunks : std::as_const(chunkings)) {
            const StreamState state = run(kind, chunks);
            QCOMPARE(state.text, text);
            QCOMPARE(state.finishReason, finish);
            QCOMPARE(::usage(state), usage);
            QCOMPARE(state.complete, complete);
            QVERIFY2(error.isEmpty() ? !state.error : state.error && state.error->startsWith(error),
                     qPrintable(state.error.value_or(QStringLiteral("(none)"))));
        }
    }

    void anthropicErrorType()
    {
        const StreamState state = run(EndpointKind::Anthropic, {ProviderStreams::anthropicOverloaded()});
        QCOMPARE(state.errorType, QStringLiteral("overloaded_error"));
    }

    void openAiLogprobsKept()
    {
        const StreamState state = run(EndpointKind::OpenAi, {ProviderStreams::openAiWithLogprobs()});
        QCOMPARE(state.text, ProviderStreams::expectedText());
        QCOMPARE(state.finishReason, QStringLiteral("length"));
        QCOMPARE(state.logprobs.size(), 2);
        QCOMPARE(state.logprobs[0].token, QStringLiteral("Hello"));
        QCOMPARE(state.logprobs[0].logprob, -0.0125);
        QCOMPARE(state.logprobs[0].bytes, QByteArray("Hello"));
        QCOMPARE(state.logprobs[1].bytes, QByteArray(" w\xC3\xB6rld"));
        QCOMPARE(state.logprobs[1].top.size(), 2);
        QCOMPARE(state.logprobs[1].top[1].token, QStringLiteral(" world"));
        QCOMPARE(state.logprobs[1].top[1].logprob, -0.75);
    }

    void errorMessageFromBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::addRow("openai")
            << QByteArray(
                   R"({"error":{"message":"Incorrect API key provided.","type":"invalid_request_error","code":"invalid_api_key"}})")
            << QStringLiteral("Incorrect API key provided.");
        QTest::addRow("anthropic")
            << QByteArray(R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})")
            << QStringLiteral("Overloaded");
        QTest::addRow("ollama") << QByteArray("{\"error\":\"model \\\"x\\\" not found, try pulling it first\"}")
                                << QStringLiteral("model \"x\" not found, try pulling it first");
        QTest::addRow("llama.cpp")
            << QByteArray(R"({"error":{"code":500,"message":"Failed to parse JSON","type":"server_error"}})")
            << QStringLiteral("Failed to parse JSON");
        QTest::addRow("plain text") << QByteArray("Bad gateway\n  upstream down")
                                    << QStringLiteral("Bad gateway upstream down");
        QTest::addRow("empty") << QByteArray() << QString();
    }
    void errorMessageFromBody()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QCOMPARE(WireFormat::errorMessageFromBody(body), message);
    }

    void modelRequests_data()
    {
        QTest::addColumn<EndpointKind>("kind");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("url");
        QTest::addRow("openai") << EndpointKind::OpenAi << QStringLiteral("https://api.openai.com/v1")
                                << QStringLiteral("https://api.openai.com/v1/models");
        QTest::addRow("llama.cpp") << EndpointKind::OpenAi << QStringLiteral("http://127.0.0.1:8080/v1/")
                                   << QStringLiteral("http://127.0.0.1:8080/v1/models");
        QTest::addRow("anthropic") << EndpointKind::Anthropic << QStringLiteral("https://api.anthropic.com")
                                   << QStringLiteral("https://api.anthropic.com/v1/models");
        QTest::addRow("ollama") << EndpointKind::Ollama << QStringLiteral("http://127.0.0.1:11434")
                                << QStringLiteral("http://127.0.0.1:11434/api/tags");
    }
    void modelRequests()
    {
        QFETCH(EndpointKind, kind);
        QFETCH(QString, base);
        QFETCH(QString, url);
        const HttpRequest http = ModelDiscovery::buildRequest(endpoint(kind, base), QStringLiteral("k-123"));
        QCOMPARE(http.verb, QByteArray("GET"));
        QCOMPARE(http.request.url().toString(), url);
        QCOMPARE(http.request.hasRawHeader("x-api-key"), kind == EndpointKind::Anthropic);
        QCOMPARE(http.request.hasRawHeader("Authorization"), kind != EndpointKind::Anthropic);
    }

    void modelLists_data()
    {
        QTest::addColumn<EndpointKind>("kind");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("models");
        QTest::addColumn<bool>("ok");
        QTest::addRow("openai")
            << EndpointKind::OpenAi
            << QByteArray(
                   R"({"object":"list","data":[{"id":"gpt-4o-mini","object":"model"},{"id":"gpt-4.1","object":"model"}]})")
            << QStringList{QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4.1")} << true;
        QTest::addRow("anthropic")
            << EndpointKind::Anthropic
            << QByteArray(
                   R"({"data":[{"type":"model","id":"claude-haiku-4-5","display_name":"Claude Haiku 4.5"}],"has_more":false})")
            << QStringList{QStringLiteral("claude-haiku-4-5")} << true;
        QTest::addRow("ollama")
            << EndpointKind::Ollama
            << QByteArray(
                   R"({"models":[{"name":"llama3.2:latest","model":"llama3.2:latest","size":2019393189},{"model":"qwen3:0.6b"}]})")
            << QStringList{QStringLiteral("llama3.2:latest"), QStringLiteral("qwen3:0.6b")} << true;
        QTest::addRow("not json") << EndpointKind::OpenAi << QByteArray("<html>") << QStringList{} << false;
        QTest::addRow("wrong shape") << EndpointKind::Ollama << QByteArray(R"({"data":[]})") << QStringList{} << false;
    }
    void modelLists()
    {
        QFETCH(EndpointKind, kind);
        QFETCH(QByteArray, body);
        QFETCH(QStringList, models);
        QFETCH(bool, ok);
        const Result<QStringList> result = ModelDiscovery::parse(kind, body);
        QCOMPARE(result.ok(), ok);
        if (ok)
            QCOMPARE(result.value(), models);
        else
            QVERIFY(!result.error().isEmpty());
    }

    void kindNames()
    {
        QCOMPARE(endpointKindName(EndpointKind::Ollama), QStringLiteral("ollama"));
        QCOMPARE(endpointKindFromName(u"Anthropic"), std::optional<EndpointKind>(EndpointKind::Anthropic));
        QCOMPARE(endpointKindFromName(u"openai"), std::optional<EndpointKind>(EndpointKind::OpenAi));
        QVERIFY(!endpointKindFromName(u"gemini"));
    }
};

QTEST_GUILESS_MAIN(TestProviderWireFormats)
#include "tst_providerwireformats.moc"
