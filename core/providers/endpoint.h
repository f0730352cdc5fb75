// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

/// Which wire format an endpoint speaks.
enum class EndpointKind {
    OpenAi,    ///< OpenAI chat completions, and every compatible server (llama.cpp, vLLM, …)
    Anthropic, ///< Anthropic Messages
    Ollama,    ///< Ollama /api/chat (NDJSON)
};

QString endpointKindName(EndpointKind kind);                        ///< "openai", "anthropic", "ollama"
std::optional<EndpointKind> endpointKindFromName(QStringView name); ///< case-insensitive

/// A configured model behind a server: what to call and with which defaults. The API key
/// itself is never part of this value (it is looked up by `apiKeyRef` at call time), so an
/// Endpoint can be stored, logged and exported safely.
struct Endpoint
{
    QString name;
    EndpointKind kind = EndpointKind::OpenAi;
    /// OpenAI-compatible: up to and including the version, e.g. "https://api.openai.com/v1"
    /// or "http://127.0.0.1:8080/v1". Anthropic: "https://api.anthropic.com".
    /// Ollama: "http://127.0.0.1:11434".
    QUrl baseUrl;
    QString model;
    QString catalogModel; ///< catalog id for price and quality; empty if none
    std::optional<double> temperature;
    std::optional<int> maxTokens;
    QString systemPrompt;
    /// The timeout, as the official SDKs mean it: the longest silence while waiting for the
    /// headers or between body bytes. A slow but steady stream never reaches it.
    int idleTimeoutMs = 60000;
    /// A cap on the whole answer, retries included; none by default, so that a healthy long
    /// answer is never cut.
    std::optional<int> maxTimeMs;
    QString apiKeyRef; ///< where the key lives (keychain entry / env var name)

    /// Joins `path` (e.g. "chat/completions") onto the base URL, whatever its trailing slash.
    QUrl url(QStringView path) const;
    bool operator==(const Endpoint &other) const = default;
};

/// Per-run replacements for the endpoints' timeouts (command-line options, run settings).
struct TimeoutOverrides
{
    std::optional<int> idleTimeoutMs;
    std::optional<int> maxTimeMs;

    void applyTo(Endpoint &endpoint) const;
    bool operator==(const TimeoutOverrides &other) const = default;
};
