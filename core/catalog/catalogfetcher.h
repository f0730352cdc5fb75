// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "catalog.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

/// Downloads a LiteLLM, models.dev or OpenRouter catalog ("Update prices"; format detected from the content) and reads it into a Catalog dated today,
/// the day its prices were seen. One fetch at a time; a new one cancels the running one. Errors
/// name the address and say what to try, because the usual cause is being offline.
class CatalogFetcher : public QObject
{
    Q_OBJECT
public:
    explicit CatalogFetcher(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~CatalogFetcher() override;

    /// Gives up when no byte arrives for this long (0: never).
    void setTimeoutSeconds(int seconds) { m_timeoutSeconds = seconds; }

    /// Starts fetching `url`; the catalog read from it is named `catalogName`.
    void fetch(const QUrl &url, const QString &catalogName);
    /// Stops the running fetch; emits cancelled().
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }

signals:
    /// Bytes received so far; `total` is -1 while the size is unknown.
    void progress(qint64 received, qint64 total);
    void fetched(const Catalog &catalog);
    /// A translated message naming the URL and the cause.
    void failed(const QString &message);
    void cancelled();

private:
    void onFinished(QNetworkReply *reply);

    QPointer<QNetworkAccessManager> m_network;
    QNetworkReply *m_reply = nullptr;
    QString m_catalogName;
    int m_timeoutSeconds = 60;
    bool m_cancelling = false;
};
