// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "providers/localserverdetector.h"

#include "providers/modeldiscovery.h"
#include "providers/replyptr.h"

#include <QCoroNetworkReply>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

namespace {

/// Several models from one server at most: a probe should not flood the endpoint picker.
constexpr int kMaxModelsPerServer = 24;
} // namespace

LocalServerDetector::LocalServerDetector(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_probes(defaultProbes())
{ }

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

QNetworkReply *LocalServerDetector::sendProbe(const Probe &probe) const
{
    Endpoint endpoint;
    endpoint.kind = probe.kind;
    endpoint.baseUrl = probe.baseUrl;
    HttpRequest http = ModelDiscovery::buildRequest(endpoint, QString());
    http.request.setTransferTimeout(m_timeoutMs);
    http.request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return m_network->sendCustomRequest(http.request, http.verb);
}

QList<Endpoint> LocalServerDetector::endpointsFrom(const Probe &probe, QNetworkReply *reply)
{
    QList<Endpoint> found;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200)
        return found;
    const Result<QStringList> models = ModelDiscovery::parse(probe.kind, reply->readAll());
    if (!models || models->isEmpty())
        return found;
    const QString where = QStringLiteral("%1:%2").arg(probe.baseUrl.host()).arg(probe.baseUrl.port());
    for (const QString &model : models->mid(0, kMaxModelsPerServer)) {
        Endpoint endpoint;
        endpoint.kind = probe.kind;
        endpoint.baseUrl = probe.baseUrl;
        endpoint.model = model;
        // llama-server serves one model (its id is often a file path): name it after the server.
        endpoint.name = models->size() == 1 ? QStringLiteral("%1 (%2)").arg(probe.label, where)
                                            : QStringLiteral("%1 %2 (%3)").arg(probe.label, model, where);
        found.append(endpoint);
    }
    return found;
}

QCoro::Task<QList<Endpoint>> LocalServerDetector::detect()
{
    const QList<Probe> probes = m_probes;
    QList<Endpoint> found;
    if (!m_network)
        co_return found;

    // Every request leaves at once; awaiting them one after the other then costs one timeout at most.
    std::vector<ReplyPtr> replies;
    for (const Probe &p : probes)
        replies.emplace_back(sendProbe(p));
    for (size_t i = 0; i < replies.size(); ++i) {
        QNetworkReply *reply = replies[i].get();
        if (reply->isRunning())
            co_await reply;
        found += endpointsFrom(probes.at(qsizetype(i)), reply);
    }
    co_return found;
}

void LocalServerDetector::start()
{
    // Plain connections rather than a detached coroutine: when this object or the network manager
    // goes away first, the connections go with it and nothing is left waiting for ever (a reply
    // still running belongs to the manager and is freed with it).
    const QList<Probe> probes = m_probes;
    if (!m_network || probes.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { emit finished({}); }, Qt::QueuedConnection);
        return;
    }
    auto results = std::make_shared<QList<QList<Endpoint>>>(probes.size());
    auto pending = std::make_shared<qsizetype>(probes.size());
    for (qsizetype i = 0; i < probes.size(); ++i) {
        QNetworkReply *reply = sendProbe(probes.at(i));
        connect(reply, &QNetworkReply::finished, this, [this, reply, probe = probes.at(i), i, results, pending] {
            (*results)[i] = endpointsFrom(probe, reply);
            reply->deleteLater();
            if (--*pending > 0)
                return;
            QList<Endpoint> all;
            for (const QList<Endpoint> &r : std::as_const(*results))
                all += r;
            emit finished(all);
        });
    }
}
