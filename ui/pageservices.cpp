// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "pageservices.h"

#include "compare/comparisonrunner.h"
#include "providers/chatclient.h"
#include "providers/endpointstore.h"
#include "providers/localserverdetector.h"
#include "secrets/apikeystore.h"

#include <QNetworkAccessManager>

PageServices::PageServices(QObject *parent)
    : QObject(parent)
    , m_endpoints(std::make_unique<EndpointStore>())
    , m_keys(ApiKeyStore::system())
{
    auto *network = new QNetworkAccessManager(this);
    m_client = new ChatClient(network, this);
    m_runner = new ComparisonRunner(m_client, this);
    m_detector = new LocalServerDetector(network, this);
    m_loaded = m_endpoints->load();
}

PageServices::~PageServices() = default;
