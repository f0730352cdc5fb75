// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

/// A token's log-probability, with the alternatives the server offered.
struct TokenLogprob
{
    struct Alternative
    {
        QString token;
        double logprob = 0;
        bool operator==(const Alternative &other) const = default;
    };
    QString token;
    double logprob = 0;
    QByteArray bytes; ///< the token's raw bytes when the server sends them
    QList<Alternative> top;
    bool operator==(const TokenLogprob &other) const = default;
};

/// Why a call did not produce a complete answer.
struct ChatError
{
    enum class Kind {
        Http,       ///< the server answered with a non-2xx status
        Connection, ///< refused, reset, DNS, TLS…
        Timeout,    ///< idle or total timeout
        Truncated,  ///< the stream ended without its end marker (or a 200 came back empty)
        Provider,   ///< the server reported an error inside a 200 stream
        Cancelled,  ///< the caller cancelled
    };
    Kind kind = Kind::Connection;
    int httpStatus = 0;      ///< 0 when no response status was received
    QString providerMessage; ///< the server's own words (error.message), redacted
    QString endpointName;
    QString message; ///< complete translated sentence naming all of the above

    static QString kindName(Kind kind); ///< "http", "connection", "timeout", …
};

/// The outcome of one streamed chat call. Partial text is kept on error.
struct ChatResult
{
    QString text;
    QString finishReason;              ///< as the provider says it ("stop", "end_turn", "length"…)
    std::optional<qint64> inputTokens; ///< unknown is not zero: empty when the server sent no usage
    std::optional<qint64> outputTokens;
    std::optional<double> ttftMs; ///< from the call's start (retries included) to the first text
    double latencyMs = 0;         ///< from the call's start to the end of the stream
    int attempts = 0;
    QList<TokenLogprob> logprobs;
    std::optional<ChatError> error;

    bool ok() const { return !error.has_value(); }
};
