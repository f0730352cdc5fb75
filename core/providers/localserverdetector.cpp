// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "providers/localserverdetector.h"

#include "providers/modeldiscovery.h"

#include <QCoroNetworkReply>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

namespace {
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
using ReplyPtr = std::unique_ptr<QNetworkReply, ReplyDeleter>;

/// Several models from one server at most: a probe should not flood the endpoint picker.
constexpr int kMaxModelsPerServer = 24;
}

LocalServerDetector::LocalServerDetector(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_probes(defaultProbes())
{
}

QList<LocalServerDetector::Probe> LocalServerDetector::defaultProbes(quint16 llamaCppPort, quint16 ollamaPort)
{
    return {
        {EndpointKind::OpenAi, QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(llamaCppPort)),
         QStringLiteral("llama.cpp")},
        {EndpointKind::Ollama, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(ollamaPort)), QStringLiteral("Ollama")},
    };
}

void LocalServerDetector::setProbes(const QList<Probe> &probes)
{
    m_probes.clear();
    for (const Probe &p : probes) {
        if (isLoopback(p.baseUrl))
            m_probes.append(p);
    }
}

bool LocalServerDetector::isLoopback(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return false;
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QCoro::Task<QList<Endpoint>> LocalServerDetector::detect()
{
    const QList<Probe> probes = m_probes;
    QList<Endpoint> found;
    if (!m_network)
        co_return found;

    // Every request leaves at once; awaiting them one after the other then costs one timeout at most.
    std::vector<ReplyPtr> replies;
    for (const Probe &p : probes) {
        Endpoint endpoint;
        endpoint.kind = p.kind;
        endpoint.baseUrl = p.baseUrl;
        HttpRequest http = ModelDiscovery::buildRequest(endpoint, QString());
        http.request.setTransferTimeout(m_timeoutMs);
        http.request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        replies.emplace_back(m_network->sendCustomRequest(http.request, http.verb));
    }
    for (size_t i = 0; i < replies.size(); ++i) {
        QNetworkReply *reply = replies[i].get();
        if (reply->isRunning())
            co_await reply;
        const Probe &p = probes.at(qsizetype(i));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status != 200)
            continue;
        const Result<QStringList> models = ModelDiscovery::parse(p.kind, reply->readAll());
        if (!models || models->isEmpty())
            continue;
        const QString where = QStringLiteral("%1:%2").arg(p.baseUrl.host()).arg(p.baseUrl.port());
        for (const QString &model : models->mid(0, kMaxModelsPerServer)) {
            Endpoint endpoint;
            endpoint.kind = p.kind;
            endpoint.baseUrl = p.baseUrl;
            endpoint.model = model;
            // llama-server serves one model (its id is often a file path): name it after the server.
            endpoint.name = models->size() == 1 ? QStringLiteral("%1 (%2)").arg(p.label, where)
                                                : QStringLiteral("%1 %2 (%3)").arg(p.label, model, where);
            found.append(endpoint);
        }
    }
    co_return found;
}

void LocalServerDetector::start()
{
    [](QPointer<LocalServerDetector> self) -> QCoro::Task<void> {
        const QList<Endpoint> endpoints = co_await self->detect();
        if (self)
            emit self->finished(endpoints);
    }(this);
}
