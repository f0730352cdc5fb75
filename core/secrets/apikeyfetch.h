// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QCoroTask>
#include <QList>
#include <QString>

#include <functional>

class ApiKeyStore;
struct Endpoint;

/// Finds the API key for an endpoint at call time; empty for none.
using ApiKeyLookup = std::function<QString(const Endpoint &)>;

/// Looks up the API key of every endpoint in `endpoints` once, before a run: the keychain answers
/// asynchronously, while runners, routers and cascades ask synchronously per call. Keys are filed
/// under what is called (name, kind, base URL, key reference), never the name alone, so a key is
/// never handed to another server that happens to share a name; the same target listed twice is
/// looked up once. An endpoint that was not in the list gets no key. Keys stay in memory only,
/// for as long as the returned lookup lives.
QCoro::Task<ApiKeyLookup> fetchApiKeys(ApiKeyStore &store, QList<Endpoint> endpoints);
