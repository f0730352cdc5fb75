// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "providerstreams.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ProviderStreams {

QString expectedText()
{
    return QStringLiteral("Hello w\u00F6rld");
}

QByteArray openAi()
{
    return QByteArrayLiteral(
        "data: "
        "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"gpt-4o-mini\","
        "\"system_fingerprint\":\"fp_1\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\","
        "\"refusal\":null},\"logprobs\":null,\"finish_reason\":null}],\"usage\":null}\n\n"
        "data: "
        "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"gpt-4o-mini\","
        "\"system_fingerprint\":\"fp_1\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hello\"},\"logprobs\":null,"
        "\"finish_reason\":null}],\"usage\":null}\n\n"
        "data: "
        "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"gpt-4o-mini\","
        "\"system_fingerprint\":\"fp_1\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\" "
        "w\xC3\xB6rld\"},\"logprobs\":null,\"finish_reason\":null}],\"usage\":null}\n\n"
        "data: "
        "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"gpt-4o-mini\","
        "\"system_fingerprint\":\"fp_1\",\"choices\":[{\"index\":0,\"delta\":{},\"logprobs\":null,\"finish_reason\":"
        "\"stop\"}],\"usage\":null}\n\n"
        "data: "
        "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"gpt-4o-mini\","
        "\"system_fingerprint\":\"fp_1\",\"choices\":[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":3,"
        "\"total_tokens\":15}}\n\n"
        "data: [DONE]\n\n");
}

QByteArray openAiWithLogprobs()
{
    return QByteArrayLiteral(
        "data: "
        "{\"id\":\"chatcmpl-2\",\"object\":\"chat.completion.chunk\",\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":"
        "0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"logprobs\":{\"content\":[],\"refusal\":null},\"finish_"
        "reason\":null}],\"usage\":null}\n\n"
        "data: "
        "{\"id\":\"chatcmpl-2\",\"object\":\"chat.completion.chunk\",\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":"
        "0,\"delta\":{\"content\":\"Hello\"},\"logprobs\":{\"content\":[{\"token\":\"Hello\",\"logprob\":-0.0125,"
        "\"bytes\":[72,101,108,108,111],\"top_logprobs\":[{\"token\":\"Hello\",\"logprob\":-0.0125,\"bytes\":[72,101,"
        "108,108,111]},{\"token\":\"Hi\",\"logprob\":-4.5,\"bytes\":[72,105]}]}],\"refusal\":null},\"finish_reason\":"
        "null}],\"usage\":null}\n\n"
        "data: "
        "{\"id\":\"chatcmpl-2\",\"object\":\"chat.completion.chunk\",\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":"
        "0,\"delta\":{\"content\":\" w\xC3\xB6rld\"},\"logprobs\":{\"content\":[{\"token\":\" "
        "w\xC3\xB6rld\",\"logprob\":-1.25,\"bytes\":[32,119,195,182,114,108,100],\"top_logprobs\":[{\"token\":\" "
        "w\xC3\xB6rld\",\"logprob\":-1.25,\"bytes\":[32,119,195,182,114,108,100]},{\"token\":\" "
        "world\",\"logprob\":-0.75,\"bytes\":[32,119,111,114,108,100]}]}],\"refusal\":null},\"finish_reason\":null}],"
        "\"usage\":null}\n\n"
        "data: "
        "{\"id\":\"chatcmpl-2\",\"object\":\"chat.completion.chunk\",\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":"
        "0,\"delta\":{},\"logprobs\":null,\"finish_reason\":\"length\"}],\"usage\":null}\n\n"
        "data: "
        "{\"id\":\"chatcmpl-2\",\"object\":\"chat.completion.chunk\",\"model\":\"gpt-4o-mini\",\"choices\":[],"
        "\"usage\":{\"prompt_tokens\":7,\"completion_tokens\":2,\"total_tokens\":9}}\n\n"
        "data: [DONE]\n\n");
}

QByteArray llamaCpp()
{
    return QByteArrayLiteral(
        "data: "
        "{\"choices\":[{\"finish_reason\":null,\"index\":0,\"delta\":{\"content\":\"Hello\"}}],\"created\":1700000000,"
        "\"id\":\"chatcmpl-abc\",\"model\":\"tiny\",\"system_fingerprint\":\"b4500\",\"object\":\"chat.completion."
        "chunk\"}\n\n"
        "data: {\"choices\":[{\"finish_reason\":null,\"index\":0,\"delta\":{\"content\":\" "
        "w\xC3\xB6rld\"}}],\"created\":1700000000,\"id\":\"chatcmpl-abc\",\"model\":\"tiny\",\"system_fingerprint\":"
        "\"b4500\",\"object\":\"chat.completion.chunk\"}\n\n"
        "data: "
        "{\"choices\":[{\"finish_reason\":\"stop\",\"index\":0,\"delta\":{}}],\"created\":1700000000,\"id\":\"chatcmpl-"
        "abc\",\"model\":\"tiny\",\"system_fingerprint\":\"b4500\",\"object\":\"chat.completion.chunk\",\"usage\":{"
        "\"completion_tokens\":3,\"prompt_tokens\":9,\"total_tokens\":12},\"timings\":{\"prompt_n\":9,\"prompt_ms\":4."
        "1,\"predicted_n\":3,\"predicted_ms\":1.2,\"predicted_per_second\":2500.0}}\n\n"
        "data: [DONE]\n\n");
}

QByteArray openAiMidStreamError()
{
    return QByteArrayLiteral("data: "
                             "{\"id\":\"chatcmpl-3\",\"object\":\"chat.completion.chunk\",\"model\":\"m\",\"choices\":["
                             "{\"index\":0,\"delta\":{\"content\":\"Hello\"},\"finish_reason\":null}]}\n\n"
                             "data: {\"error\":{\"message\":\"The server had an error while processing your "
                             "request.\",\"type\":\"server_error\",\"code\":null}}\n\n");
}

QByteArray anthropic()
{
    return QByteArrayLiteral(
        "event: message_start\n"
        "data: "
        "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\","
        "\"content\":[],\"model\":\"claude-haiku\",\"stop_reason\":null,\"stop_sequence\":null,\"usage\":{\"input_"
        "tokens\":25,\"output_tokens\":1}}}\n\n"
        "event: content_block_start\n"
        "data: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n"
        "event: ping\n"
        "data: {\"type\": \"ping\"}\n\n"
        "event: content_block_delta\n"
        "data: "
        "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Hello\"}}\n\n"
        "event: content_block_delta\n"
        "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\" "
        "w\xC3\xB6rld\"}}\n\n"
        "event: content_block_stop\n"
        "data: {\"type\":\"content_block_stop\",\"index\":0}\n\n"
        "event: message_delta\n"
        "data: "
        "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\",\"stop_sequence\":null},\"usage\":{"
        "\"output_tokens\":15}}\n\n"
        "event: message_stop\n"
        "data: {\"type\":\"message_stop\"}\n\n");
}

QByteArray anthropicOverloaded()
{
    return QByteArrayLiteral(
        "event: message_start\n"
        "data: "
        "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_2\",\"type\":\"message\",\"role\":\"assistant\","
        "\"content\":[],\"model\":\"claude-haiku\",\"usage\":{\"input_tokens\":25,\"output_tokens\":1}}}\n\n"
        "event: content_block_delta\n"
        "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Hel\"}}\n\n"
        "event: error\n"
        "data: {\"type\": \"error\", \"error\": {\"type\": \"overloaded_error\", \"message\": \"Overloaded\"}}\n\n");
}

QByteArray ollama()
{
    return QByteArrayLiteral("{\"model\":\"llama3.2\",\"created_at\":\"2026-03-02T10:00:00.1Z\",\"message\":{\"role\":"
                             "\"assistant\",\"content\":\"Hello\"},\"done\":false}\n"
                             "{\"model\":\"llama3.2\",\"created_at\":\"2026-03-02T10:00:00.2Z\",\"message\":{\"role\":"
                             "\"assistant\",\"content\":\" w\xC3\xB6rld\"},\"done\":false}\n"
                             "{\"model\":\"llama3.2\",\"created_at\":\"2026-03-02T10:00:00.3Z\",\"message\":{\"role\":"
                             "\"assistant\",\"content\":\"\"},\"done_reason\":\"stop\",\"done\":true,\"total_"
                             "duration\":5043500667,\"load_duration\":5025959,\"prompt_eval_count\":26,\"prompt_eval_"
                             "duration\":325953000,\"eval_count\":3,\"eval_duration\":4709213000}\n");
}

QByteArray withCrlf(const QByteArray &stream)
{
    QByteArray result = stream;
    result.replace("\n", "\r\n");
    return result;
}

QList<QByteArray> split(const QByteArray &stream, qsizetype size)
{
    QList<QByteArray> pieces;
    for (qsizetype i = 0; i < stream.size(); i += size)
        pieces.append(stream.mid(i, size));
    return pieces;
}

QByteArray generatedOpenAi(qsizetype bytes, qsizetype *events)
{
    static const char *const words[] = {"the",  " quick", " br\xC3\xB6wn",
                                        " fox", " jumps", " over",
                                        " a",   " lazy",  " dog",
                                        ",",    " and",   " \xE4\xB8\x96\xE7\x95\x8C",
                                        "\\n",  " 42",    " \xF0\x9F\x8E\x89"};
    QByteArray stream;
    stream.reserve(bytes + 512);
    qsizetype count = 0;
    while (stream.size() < bytes) {
        stream += "data: {\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,"
                  "\"model\":\"gpt-4o-mini\",\"system_fingerprint\":\"fp_1\",\"choices\":[{\"index\":0,\"delta\":{"
                  "\"content\":\"";
        stream += words[count % (sizeof(words) / sizeof(words[0]))];
        stream += "\"},\"logprobs\":null,\"finish_reason\":null}],\"usage\":null}\n\n";
        ++count;
    }
    // The end as OpenAI sends it: the finish reason, then usage in a chunk with no choices.
    stream += "data: {\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,"
              "\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"delta\":{},\"logprobs\":null,\"finish_reason\":"
              "\"length\"}],"
              "\"usage\":null}\n\n";
    stream += "data: {\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,"
              "\"model\":\"gpt-4o-mini\",\"choices\":[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":" +
        QByteArray::number(count) + "}}\n\n";
    stream += "data: [DONE]\n\n";
    count += 3;
    if (events)
        *events = count;
    return stream;
}

QByteArray openAiAnswer(const QString &text, std::optional<Usage> usage, const QList<TokenLogprob> &logprobs)
{
    const auto event = [](const QJsonObject &object) -> QByteArray {
        return "data: " + QJsonDocument(object).toJson(QJsonDocument::Compact) + "\n\n";
    };
    const auto content = [&event](const QString &piece, const QJsonObject &logprobs) {
        QJsonObject choice{{QStringLiteral("index"), 0},
                           {QStringLiteral("delta"), QJsonObject{{QStringLiteral("content"), piece}}}};
        if (!logprobs.isEmpty())
            choice.insert(QStringLiteral("logprobs"), logprobs);
        return event({{QStringLiteral("choices"), QJsonArray{choice}}});
    };
    QByteArray stream;
    if (logprobs.isEmpty())
        stream += content(text, {});
    QString spelt;
    for (const TokenLogprob &t : logprobs) {
        const QJsonObject token{{QStringLiteral("token"), t.token},
                                {QStringLiteral("logprob"), t.logprob},
                                {QStringLiteral("top_logprobs"), QJsonArray{}}};
        stream += content(t.token, {{QStringLiteral("content"), QJsonArray{token}}});
        spelt += t.token;
    }
    Q_ASSERT(logprobs.isEmpty() || spelt == text);
    stream += "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n";
    if (usage) {
        stream += event(
            {{QStringLiteral("choices"), QJsonArray{}},
             {QStringLiteral("usage"),
              QJsonObject{{QStringLiteral("prompt_tokens"), double(usage->promptTokens)},
                          {QStringLiteral("completion_tokens"), double(usage->completionTokens)},
                          {QStringLiteral("total_tokens"), double(usage->promptTokens + usage->completionTokens)}}}});
    }
    return stream + "data: [DONE]\n\n";
}

} // namespace ProviderStreams
