// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "providers/chatrequest.h"
#include "providers/chatresult.h"
#include "providers/endpoint.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QNetworkRequest>

#include <memory>
#include <optional>

class StreamJson;

/// A ready-to-send HTTP request: method, URL and headers, and the body.
struct HttpRequest
{
    QByteArray verb = QByteArrayLiteral("POST");
    QNetworkRequest request;
    QByteArray body;
};

/// What one attempt's stream has said so far. Wire formats append to it as bytes arrive;
/// the client reads the text that grew to report deltas.
struct StreamState
{
    QString text;
    QList<TokenLogprob> logprobs;
    std::optional<qint64> inputTokens;
    std::optional<qint64> outputTokens;
    QString finishReason;
    bool complete = false;        ///< the format's end marker arrived ([DONE], message_stop, done:true…)
    std::optional<QString> error; ///< the server reported an error inside the stream
    QString errorType;            ///< e.g. "overloaded_error"
};

/// One provider's wire format: how to phrase a chat request and how to read its streamed
/// answer. One object per attempt (it holds the stream decoder's state); `reset()` reuses it.
class WireFormat
{
public:
    WireFormat();
    virtual ~WireFormat();
    static std::unique_ptr<WireFormat> create(EndpointKind kind);

    virtual EndpointKind kind() const = 0;
    /// The streaming request for `chat` on `endpoint`; endpoint defaults fill unset parameters.
    /// `apiKey` may be empty (local servers).
    virtual HttpRequest buildRequest(const Endpoint &endpoint, const ChatRequest &chat,
                                     const QString &apiKey) const = 0;
    /// Feeds response body bytes; appends what they carry to `state`.
    virtual void feed(QByteArrayView bytes, StreamState &state) = 0;
    /// The body ended; flushes anything the format allows to end without a terminator.
    virtual void finish(StreamState &state) = 0;
    virtual void reset() = 0;

    /// Puts the endpoint kind's authentication header on `request` (nothing when `apiKey` is empty).
    /// A JSON POST to `url` that accepts `accept`, never served from a cache.
    static QNetworkRequest jsonRequest(const QUrl &url, const QByteArray &accept);
    static void applyAuth(EndpointKind kind, QNetworkRequest &request, const QString &apiKey);
    /// The provider's own error text from an error body: `error.message` (OpenAI, Anthropic,
    /// llama.cpp), `error` as a string (Ollama), `message`, or else the start of the body.
    static QString errorMessageFromBody(const QByteArray &body);

protected:
    /// The JSON reader for the stream's documents, kept for the whole stream so that its
    /// buffers are allocated once.
    StreamJson &json() { return *m_json; }

private:
    std::unique_ptr<StreamJson> m_json;
};
