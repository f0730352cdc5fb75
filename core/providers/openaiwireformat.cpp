// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "providers/openaiwireformat.h"

#include "providers/streamjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

HttpRequest OpenAiWireFormat::buildRequest(const Endpoint &endpoint, const ChatRequest &chat,
                                           const QString &apiKey) const
{
    QJsonArray messages;
    const QString system = chat.system.isEmpty() ? endpoint.systemPrompt : chat.system;
    if (!system.isEmpty())
        messages.append(
            QJsonObject{{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), system}});
    for (const ChatMessage &message : chat.messages)
        messages.append(
            QJsonObject{{QStringLiteral("role"), message.role}, {QStringLiteral("content"), message.content}});

    QJsonObject body{
        {QStringLiteral("model"), endpoint.model},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("stream"), true},
        {QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}}},
    };
    if (const auto temperature = chat.temperature ? chat.temperature : endpoint.temperature)
        body.insert(QStringLiteral("temperature"), *temperature);
    // max_tokens rather than max_completion_tokens: every compatible server understands it.
    if (const auto maxTokens = chat.maxTokens ? chat.maxTokens : endpoint.maxTokens)
        body.insert(QStringLiteral("max_tokens"), *maxTokens);
    if (chat.logprobs) {
        body.insert(QStringLiteral("logprobs"), true);
        if (chat.topLogprobs > 0)
            body.insert(QStringLiteral("top_logprobs"), chat.topLogprobs);
    }

    HttpRequest request;
    request.request = jsonRequest(endpoint.url(u"chat/completions"), QByteArrayLiteral("text/event-stream"));
    applyAuth(kind(), request.request, apiKey);
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

void OpenAiWireFormat::consume(const SseEvent &event, StreamState &state)
{
    if (event.data == "[DONE]") {
        state.complete = true;
        return;
    }
    const Result<StreamJson::Element> chunk = json().parse(event.data);
    const std::optional<StreamJson::Element> error = chunk ? StreamJson::field(*chunk, "error") : std::nullopt;
    if (event.event == "error" || (error && !error->is_null())) {
        state.error = errorMessageFromBody(event.data);
        state.errorType = StreamJson::string(StreamJson::field(error, "type")).value_or(QString());
        return;
    }
    if (!chunk || !chunk->is_object())
        return; // tolerate stray non-JSON events rather than lose the answer

    simdjson::dom::array choices;
    if ((*chunk)["choices"].get(choices) == simdjson::SUCCESS) {
        for (const StreamJson::Element choice : choices) {
            if (const std::optional<QString> content =
                    StreamJson::string(StreamJson::field(StreamJson::field(choice, "delta"), "content")))
                state.text += *content;
            state.logprobs += StreamJson::logprobs(StreamJson::field(StreamJson::field(choice, "logprobs"), "content"));
            const QString finish = StreamJson::string(StreamJson::field(choice, "finish_reason")).value_or(QString());
            if (!finish.isEmpty())
                state.finishReason = finish;
            break; // one answer (n = 1): the first choice
        }
    }
    const std::optional<StreamJson::Element> usage = StreamJson::field(*chunk, "usage");
    if (const std::optional<qint64> input = StreamJson::integer(StreamJson::field(usage, "prompt_tokens")))
        state.inputTokens = input;
    if (const std::optional<qint64> output = StreamJson::integer(StreamJson::field(usage, "completion_tokens")))
        state.outputTokens = output;
}
