// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QList>
#include <QString>

#include <optional>

/// One turn of a conversation.
struct ChatMessage
{
    QString role; ///< "user" or "assistant"
    QString content;
    bool operator==(const ChatMessage &other) const = default;
};

/// What to ask one endpoint. Unset parameters fall back to the endpoint's defaults.
struct ChatRequest
{
    QString system; ///< empty: the endpoint's system prompt, if any
    QList<ChatMessage> messages;
    std::optional<double> temperature;
    std::optional<int> maxTokens;
    bool logprobs = false; ///< ask for token log-probabilities where offered
    int topLogprobs = 0;   ///< alternatives per token (0–20) when logprobs is set

    static ChatRequest fromPrompt(const QString &user, const QString &system = {})
    {
        ChatRequest request;
        request.system = system;
        request.messages.append({QStringLiteral("user"), user});
        return request;
    }
};
