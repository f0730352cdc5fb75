// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "providers/anthropicwireformat.h"

#include "providers/streamjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

HttpRequest AnthropicWireFormat::buildRequest(const Endpoint &endpoint, const ChatRequest &chat,
                                              const QString &apiKey) const
{
    QJsonArray messages;
    for (const ChatMessage &message : chat.messages)
        messages.append(
            QJsonObject{{QStringLiteral("role"), message.role}, {QStringLiteral("content"), message.content}});
    const auto maxTokens = chat.maxTokens ? chat.maxTokens : endpoint.maxTokens;
    QJsonObject body{
        {QStringLiteral("model"), endpoint.model},
        {QStringLiteral("max_tokens"), maxTokens.value_or(defaultMaxTokens)},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("stream"), true},
    };
    const QString system = chat.system.isEmpty() ? endpoint.systemPrompt : chat.system;
    if (!system.isEmpty())
        body.insert(QStringLiteral("system"), system);
    if (const auto temperature = chat.temperature ? chat.temperature : endpoint.temperature)
        body.insert(QStringLiteral("temperature"), *temperature);
    // The Messages API offers no token log-probabilities: chat.logprobs is ignored here.

    HttpRequest request;
    request.request = jsonRequest(endpoint.url(u"v1/messages"), QByteArrayLiteral("text/event-stream"));
    request.request.setRawHeader("anthropic-version", apiVersion());
    applyAuth(kind(), request.request, apiKey);
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

void AnthropicWireFormat::consume(const SseEvent &event, StreamState &state)
{
    using J = StreamJson;
    const Result<J::Element> parsed = json().parse(event.data);
    const std::optional<J::Element> data = parsed && parsed->is_object() ? std::optional(*parsed) : std::nullopt;
    QByteArray type = event.event;
    if (type == "message") // no event: line; the JSON names the type too
        type = J::string(J::field(data, "type")).value_or(QString()).toUtf8();

    if (type == "content_block_delta") {
        const std::optional<J::Element> delta = J::field(data, "delta");
        if (J::string(J::field(delta, "type")) == QLatin1String("text_delta")) {
            if (const std::optional<QString> text = J::string(J::field(delta, "text")))
                state.text += *text;
        }
    } else if (type == "message_start") {
        const std::optional<J::Element> usage = J::field(J::field(data, "message"), "usage");
        if (const auto input = J::integer(J::field(usage, "input_tokens")))
            state.inputTokens = input;
        if (const auto output = J::integer(J::field(usage, "output_tokens")))
            state.outputTokens = output;
    } else if (type == "message_delta") {
        const QString stop = J::string(J::field(J::field(data, "delta"), "stop_reason")).value_or(QString());
        if (!stop.isEmpty())
            state.finishReason = stop;
        const std::optional<J::Element> usage = J::field(data, "usage");
        // Cumulative counts: the last message_delta is the final word.
        if (const auto output = J::integer(J::field(usage, "output_tokens")))
            state.outputTokens = output;
        if (const auto input = J::integer(J::field(usage, "input_tokens")))
            state.inputTokens = input;
    } else if (type == "message_stop") {
        state.complete = true;
    } else if (type == "error") {
        state.error = errorMessageFromBody(event.data);
        state.errorType = J::string(J::field(J::field(data, "error"), "type")).value_or(QString());
    }
    // ping, content_block_start/stop and unknown future events carry nothing we need.
}
