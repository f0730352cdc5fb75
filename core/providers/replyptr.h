// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QNetworkReply>

#include <memory>

/// Deletes a network reply the safe way for code that awaits it: no more signals, the request
/// aborted if still running, and the object freed later (it may be inside its own signal).
struct ReplyDeleter
{
    void operator()(QNetworkReply *reply) const
    {
        if (!reply)
            return;
        reply->disconnect();
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
};

/// An owned network reply, released with ReplyDeleter.
using ReplyPtr = std::unique_ptr<QNetworkReply, ReplyDeleter>;
