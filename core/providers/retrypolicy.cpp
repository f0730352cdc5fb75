// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "providers/retrypolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using std::chrono::milliseconds;

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    return httpStatus == 408 || httpStatus == 409 || httpStatus == 429 || httpStatus >= 500;
}

std::optional<bool> RetryPolicy::parseShouldRetry(const QByteArray &value)
{
    const QByteArray v = value.trimmed().toLower();
    if (v == "true")
        return true;
    if (v == "false")
        return false;
    return std::nullopt;
}

std::optional<milliseconds> RetryPolicy::parseRetryAfter(const QByteArray &retryAfterMs, const QByteArray &retryAfter,
                                                         const QDateTime &now)
{
    constexpr double limitMs = 60 * 1000;
    std::optional<double> waitMs;
    bool ok = false;
    if (!retryAfterMs.trimmed().isEmpty()) {
        const double ms = retryAfterMs.trimmed().toDouble(&ok);
        if (ok && std::isfinite(ms))
            waitMs = ms;
    }
    if (!waitMs && !retryAfter.trimmed().isEmpty()) {
        const QByteArray text = retryAfter.trimmed();
        const double seconds = text.toDouble(&ok);
        if (ok && std::isfinite(seconds)) {
            waitMs = seconds * 1000;
        } else {
            // HTTP-date (RFC 9110 IMF-fixdate), e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
            QDateTime when =
                QLocale::c().toDateTime(QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
            if (when.isValid()) {
                when.setTimeZone(QTimeZone::utc());
                waitMs = double(now.msecsTo(when));
            }
        }
    }
    if (!waitMs || *waitMs < 0 || *waitMs > limitMs)
        return std::nullopt;
    return milliseconds(qint64(std::llround(*waitMs)));
}

bool RetryPolicy::shouldRetry(int retriesDone, int httpStatus, std::optional<bool> serverSaysRetry,
                              bool bodyStarted) const
{
    if (bodyStarted || retriesDone >= maxRetries)
        return false;
    if (httpStatus == 400 || httpStatus == 401 || httpStatus == 403 || httpStatus == 404)
        return false;
    if (serverSaysRetry)
        return *serverSaysRetry;
    return httpStatus == 0 || isRetryableStatus(httpStatus);
}

milliseconds RetryPolicy::backoff(int retriesDone, double random01) const
{
    const double seconds = std::min(0.5 * std::pow(2.0, std::max(0, retriesDone)), 8.0);
    const double jitter = 1.0 - std::clamp(random01, 0.0, 1.0) * maxJitter;
    return milliseconds(qint64(std::llround(seconds * jitter * 1000)));
}

milliseconds RetryPolicy::delay(int retriesDone, std::optional<milliseconds> serverHint, double random01) const
{
    const milliseconds base = serverHint ? *serverHint : backoff(retriesDone, random01);
    return milliseconds(qint64(std::llround(double(base.count()) * std::max(0.0, timeScale))));
}
