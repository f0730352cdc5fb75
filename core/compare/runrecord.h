// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "providers/chatresult.h"
#include "providers/endpoint.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

/// A prompt as the user wrote it: system and user text with {{variable}} placeholders, and the values.
struct PromptTemplate
{
    QString system;
    QString user;
    QMap<QString, QString> variables;
    bool operator==(const PromptTemplate &other) const = default;
};

/// The price per token used for a response when it was produced, and where it came from, so that
/// history keeps the cost as it was and can also be re-priced with today's catalog.
struct PriceSnapshot
{
    QString catalogModel;      ///< catalog model id
    double inputPerMTok = 0.0; ///< USD per 1M input tokens
    double outputPerMTok = 0.0;
    QString catalogName;
    QDate catalogDate;
    bool operator==(const PriceSnapshot &other) const = default;
};

/// One endpoint's answer within a run.
struct ResponseRecord
{
    enum class Status {
        Pending,     ///< not started yet (waiting for a concurrency slot)
        Streaming,   ///< text is arriving; a crash leaves it marked incomplete
        Complete,    ///< finished with its end marker
        Failed,      ///< ended with an error (partial text kept)
        Cancelled,   ///< the user cancelled it
        Interrupted, ///< the process stopped while it streamed (found on the next start)
    };

    qint64 id = 0;     ///< database id; 0 until stored
    int position = 0;  ///< column order in the run, 0-based
    Endpoint endpoint; ///< snapshot of the endpoint (never a key)
    Status status = Status::Pending;
    ChatResult result;                     ///< text, finish reason, usage, timings, attempts, error
    std::optional<PriceSnapshot> price;    ///< empty when the endpoint has no catalog model
    std::optional<double> costUsd;         ///< from price and usage; empty when unpriced or usage unknown
    std::optional<double> tokensPerSecond; ///< output tokens / (latency − ttft); empty when unknown

    static QString statusName(Status status); ///< "pending", "streaming", …
    static std::optional<Status> statusFromName(QStringView name);
};

/// One prompt run through several endpoints side by side.
struct RunRecord
{
    qint64 id = 0;       ///< database id; 0 until stored
    QDateTime startedAt; ///< UTC
    QString origin;      ///< "compare", "rerun", "eval", "cascade", …
    PromptTemplate prompt;
    std::optional<double> temperature; ///< overrides of the endpoints' defaults for this run
    std::optional<int> maxTokens;
    QList<ResponseRecord> responses; ///< in column order
};
