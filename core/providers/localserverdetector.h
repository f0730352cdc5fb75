// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "providers/endpoint.h"

#include <QCoroTask>
#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

/// Finds model servers running on this machine, to offer them as endpoints: llama.cpp's
/// llama-server (`GET /v1/models` on 127.0.0.1:8080) and Ollama (`GET /api/tags` on
/// 127.0.0.1:11434). Only loopback addresses are ever contacted, without a key, without
/// following redirects, and with a short timeout, so a start-up probe costs nothing when no
/// server runs and cannot reach anything outside the machine.
class LocalServerDetector : public QObject
{
    Q_OBJECT
public:
    struct Probe
    {
        EndpointKind kind = EndpointKind::OpenAi;
        QUrl baseUrl;  ///< as an Endpoint's base URL (".../v1" for llama.cpp)
        QString label; ///< "llama.cpp" or "Ollama"
    };

    explicit LocalServerDetector(QNetworkAccessManager *network, QObject *parent = nullptr);

    /// llama.cpp and Ollama on 127.0.0.1 at their default ports; tests pass free ports.
    static QList<Probe> defaultProbes(quint16 llamaCppPort = 8080, quint16 ollamaPort = 11434);
    /// Replaces the probes; any whose host is not a loopback address is dropped.
    void setProbes(const QList<Probe> &probes);
    QList<Probe> probes() const { return m_probes; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    /// True for 127.0.0.0/8, ::1 and "localhost".
    static bool isLoopback(const QUrl &url);

    /// Probes every server at once; the endpoints found (one per model), in probe order.
    QCoro::Task<QList<Endpoint>> detect();
    /// Probes like detect() and emits finished() with the result (always, and later, never from
    /// within this call).
    void start();

signals:
    void finished(const QList<Endpoint> &endpoints);

private:
    QNetworkReply *sendProbe(const Probe &probe) const;
    static QList<Endpoint> endpointsFrom(const Probe &probe, QNetworkReply *reply);

    QPointer<QNetworkAccessManager> m_network;
    QList<Probe> m_probes;
    int m_timeoutMs = 1500;
};
