// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "apikeyfetch.h"

#include "apikeystore.h"
#include "providers/endpoint.h"

#include <memory>
#include <utility>

namespace {
bool sameTarget(const Endpoint &a, const Endpoint &b)
{
    return a.name == b.name && a.kind == b.kind && a.baseUrl == b.baseUrl && a.apiKeyRef == b.apiKeyRef;
}

using KeyList = QList<std::pair<Endpoint, QString>>;

const QString *findKey(const KeyList &keys, const Endpoint &endpoint)
{
    for (const auto &entry : keys) {
        if (sameTarget(entry.first, endpoint))
            return &entry.second;
    }
    return nullptr;
}
} // namespace

QCoro::Task<ApiKeyLookup> fetchApiKeys(ApiKeyStore &store, QList<Endpoint> endpoints)
{
    auto keys = std::make_shared<KeyList>();
    for (const Endpoint &endpoint : std::as_const(endpoints)) {
        if (findKey(*keys, endpoint))
            continue;
        const ApiKey key = co_await store.lookup(endpoint);
        keys->append({endpoint, key.value});
    }
    co_return ApiKeyLookup([keys](const Endpoint &endpoint) {
        const QString *key = findKey(*keys, endpoint);
        return key ? *key : QString();
    });
}
