// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

/// Response bodies byte for byte as each provider documents (and as real servers send
/// them), for the fake servers, the wire-format tests and the benchmarks. Every stream
/// here spells the same answer, expectedText().
namespace ProviderStreams {
QString expectedText(); ///< "Hello wörld" (a two-byte UTF-8 letter)

QByteArray openAi();             ///< role chunk, content chunks, finish_reason, usage chunk with empty choices, [DONE]
QByteArray openAiWithLogprobs(); ///< the same with logprobs.content[] per chunk (2 tokens, 2 alternatives each)
QByteArray llamaCpp();           ///< llama-server: no role chunk, usage + timings in the finish_reason chunk
QByteArray openAiMidStreamError(); ///< one content chunk, then data: {"error": …}
QByteArray anthropic();            ///< message_start … message_stop with ping
QByteArray anthropicOverloaded();  ///< text deltas, then event: error (overloaded_error) after HTTP 200
QByteArray ollama();               ///< /api/chat NDJSON ending with done:true and counts

/// The token counts an answer reports in its usage chunk.
struct Usage
{
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
};

/// One token's log-probability, as an answer's logprobs.content[] lists it.
struct TokenLogprob
{
    QString token;
    double logprob = 0;
};

/// An OpenAI-compatible streamed answer saying `text`, then finish_reason "stop", a usage chunk
/// when `usage` is given, and [DONE]. Without `logprobs` the text comes in one content chunk; with
/// them, one chunk per token, each carrying its log-probability (the tokens spell `text`). Texts
/// are JSON-escaped, so any answer can be spelt.
QByteArray openAiAnswer(const QString &text, std::optional<Usage> usage = std::nullopt,
                        const QList<TokenLogprob> &logprobs = {});

/// `stream` with every "\n" turned into "\r\n".
QByteArray withCrlf(const QByteArray &stream);
/// `stream` cut into pieces of `size` bytes (the last may be shorter).
QList<QByteArray> split(const QByteArray &stream, qsizetype size);
/// A long OpenAI-style stream of about `bytes` bytes (for benchmarks), `events` set to the count:
/// one content chunk per token, then finish_reason "length", usage (completion_tokens: the
/// number of content chunks) and [DONE].
QByteArray generatedOpenAi(qsizetype bytes, qsizetype *events = nullptr);
} // namespace ProviderStreams
