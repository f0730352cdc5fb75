// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

/// When and how long to wait before trying a request again, exactly as the official OpenAI
/// and Anthropic SDKs do: connection errors, 408, 409, 429 and ≥ 500 are retried up to
/// `maxRetries` times; the server's `retry-after-ms` / `Retry-After` is honoured when it lies
/// in 0–60 s, else the wait is min(0.5 s × 2ⁿ, 8 s) minus up to 25 % jitter; `x-should-retry`
/// overrides the status rule. Two deliberate limits: 400, 401, 403 and 404 are never retried
/// (a retry cannot fix a bad request or key), and nothing is retried once response body bytes
/// have arrived (the caller already saw partial output).
///
/// `timeScale` multiplies every wait so tests can exercise real policies in milliseconds.
struct RetryPolicy
{
    int maxRetries = 2;
    double timeScale = 1.0;
    double maxJitter = 0.25;

    /// The status rule alone (no headers).
    static bool isRetryableStatus(int httpStatus);
    /// `x-should-retry: true|false`, absent or anything else → nullopt.
    static std::optional<bool> parseShouldRetry(const QByteArray &value);
    /// The server's requested wait from `retry-after-ms` (preferred) or `Retry-After`
    /// (seconds or an HTTP date), only when it lies within 0–60 s.
    static std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &retryAfterMs,
                                                                    const QByteArray &retryAfter, const QDateTime &now);

    /// Whether to try again after `retriesDone` retries. `httpStatus` 0 means no response
    /// (connection error or timeout before the headers).
    bool shouldRetry(int retriesDone, int httpStatus, std::optional<bool> serverSaysRetry, bool bodyStarted) const;

    /// The exponential backoff before retry number `retriesDone + 1`, unscaled;
    /// `random01` in [0, 1) picks the jitter.
    std::chrono::milliseconds backoff(int retriesDone, double random01) const;
    /// The wait to use: the server's hint if any, else the backoff; scaled by timeScale.
    std::chrono::milliseconds delay(int retriesDone, std::optional<std::chrono::milliseconds> serverHint,
                                    double random01) const;
};
