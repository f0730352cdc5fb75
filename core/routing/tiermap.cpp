// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "tiermap.h"

#include "routingpolicy.h"

#include <QCoreApplication>

namespace {
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(TierMap)
};

PricedEndpoint articleTier(const QString &name, const QUrl &baseUrl, const QString &model, int context, double per1k,
                           const QString &keyRef)
{
    PricedEndpoint tier;
    tier.endpoint.name = name;
    tier.endpoint.kind = EndpointKind::OpenAi;
    tier.endpoint.baseUrl = baseUrl;
    tier.endpoint.model = model;
    tier.endpoint.catalogModel = model;
    tier.endpoint.apiKeyRef = keyRef;
    tier.price = TokenPrice::flat(per1k);
    tier.priceSource = Texts::tr("the article's price");
    tier.maxContextTokens = context;
    return tier;
}
} // namespace

TierMap TierMap::articleDefaults()
{
    const QUrl openAi(QStringLiteral("https://api.openai.com/v1"));
    const QString key = QStringLiteral("OPENAI_API_KEY");
    return {articleTier(QStringLiteral("phi-3-mini (local)"), QUrl(QStringLiteral("http://127.0.0.1:8080/v1")),
                        QStringLiteral("phi-3-mini"), 4096, 0.0001, {}),
            articleTier(QStringLiteral("gpt-4o-mini"), openAi, QStringLiteral("gpt-4o-mini"), 128000, 0.0003, key),
            articleTier(QStringLiteral("gpt-4o"), openAi, QStringLiteral("gpt-4o"), 128000, 0.01, key)};
}

const PricedEndpoint &TierMap::at(Tier tier) const
{
    switch (tier) {
    case Tier::Medium:
        return medium;
    case Tier::Large:
        return large;
    default:
        return small;
    }
}

PricedEndpoint &TierMap::at(Tier tier)
{
    return const_cast<PricedEndpoint &>(std::as_const(*this).at(tier));
}

QList<Tier> TierMap::escalationFrom(Tier tier)
{
    QList<Tier> path;
    for (Tier candidate : routerTiers) {
        if (candidate >= tier)
            path.append(candidate);
    }
    if (path.isEmpty())
        path.append(Tier::Large);
    return path;
}
