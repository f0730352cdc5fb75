// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalogfetcher.h"

#include "catalogformat.h"

#include <QCoreApplication>
#include <QDate>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <chrono>

namespace {

/// Errors that mean "no network path to the server", where being offline is the likely cause.
bool isConnectionProblem(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return true;
    default:
        return false;
    }
}

} // namespace

CatalogFetcher::CatalogFetcher(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

CatalogFetcher::~CatalogFetcher()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void CatalogFetcher::fetch(const QUrl &url, const QString &catalogName)
{
    if (m_reply)
        cancel();
    m_catalogName = catalogName;
    if (!url.isValid() || url.scheme().isEmpty()) {
        emit failed(tr("Cannot fetch the catalog from %1: this is not a valid address (expected e.g. https://…); "
                       "change it in Settings.")
                        .arg(url.toDisplayString()));
        return;
    }
    if (!m_network) {
        emit failed(tr("Cannot fetch the catalog from %1: no network access is available.").arg(url.toDisplayString()));
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (m_timeoutSeconds > 0)
        request.setTransferTimeout(int(std::chrono::milliseconds(std::chrono::seconds(m_timeoutSeconds)).count()));
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &CatalogFetcher::progress);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void CatalogFetcher::cancel()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    emit cancelled();
}

void CatalogFetcher::onFinished(QNetworkReply *reply)
{
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const QString where = reply->url().toDisplayString();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid() && (status.toInt() < 200 || status.toInt() >= 300)) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        emit failed(
            tr("Cannot fetch the catalog from %1: the server answered HTTP %2 %3. Check the address in Settings.")
                .arg(where)
                .arg(status.toInt())
                .arg(reason)
                .trimmed());
        return;
    }
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        // Only the transfer timeout cancels a reply we still own; cancel() disconnects first.
        emit failed(
            tr("Cannot fetch the catalog from %1: the server did not answer in time (timeout: %2 s). Are you offline?")
                .arg(where)
                .arg(m_timeoutSeconds));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        if (isConnectionProblem(reply->error())) {
            emit failed(tr("Cannot fetch the catalog from %1: %2. Are you offline? Check the connection, or change "
                           "the address in Settings.")
                            .arg(where, reply->errorString()));
        } else {
            emit failed(tr("Cannot fetch the catalog from %1: %2").arg(where, reply->errorString()));
        }
        return;
    }
    Result<Catalog> catalog = importCatalogJson(reply->readAll(), where, m_catalogName, QDate::currentDate());
    if (!catalog) {
        emit failed(catalog.error());
        return;
    }
    emit fetched(*catalog);
}
