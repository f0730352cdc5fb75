// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"

#include <QObject>

#include <memory>

class ApiKeyStore;
class ChatClient;
class ComparisonRunner;
class EndpointStore;
class LocalServerDetector;

/// What the Compare, Routing and Evaluations pages share in the application: one endpoint list
/// (endpoints.json, read once at start), the system keychain and one network client, so an
/// endpoint added on one page is on the others at once. The main window owns it; tests give
/// each page services of their own.
class PageServices : public QObject
{
    Q_OBJECT
public:
    explicit PageServices(QObject *parent = nullptr);
    ~PageServices() override;

    EndpointStore *endpoints() const { return m_endpoints.get(); }
    ApiKeyStore *keys() const { return m_keys.get(); }
    ChatClient *client() const { return m_client; }
    ComparisonRunner *runner() const { return m_runner; }
    LocalServerDetector *detector() const { return m_detector; }
    /// Reading endpoints.json: a message naming the file when it could not be read.
    const Status &loadStatus() const { return m_loaded; }

private:
    std::unique_ptr<EndpointStore> m_endpoints;
    std::unique_ptr<ApiKeyStore> m_keys;
    ChatClient *m_client = nullptr;
    ComparisonRunner *m_runner = nullptr;
    LocalServerDetector *m_detector = nullptr;
    Status m_loaded = success();
};
