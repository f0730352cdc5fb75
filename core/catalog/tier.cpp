// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "tier.h"

#include "modelspec.h"

#include <QCoreApplication>

QString tierId(Tier tier)
{
    switch (tier) {
    case Tier::Tiny:
        return QStringLiteral("tiny");
    case Tier::Small:
        return QStringLiteral("small");
    case Tier::Medium:
        return QStringLiteral("medium");
    case Tier::Large:
        return QStringLiteral("large");
    case Tier::Frontier:
        return QStringLiteral("frontier");
    }
    return {};
}

std::optional<Tier> tierFromId(QStringView id)
{
    for (Tier t : allTiers) {
        if (id.compare(tierId(t), Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

QString tierDisplayName(Tier tier)
{
    switch (tier) {
    case Tier::Tiny:
        return QCoreApplication::translate("Tier", "Tiny");
    case Tier::Small:
        return QCoreApplication::translate("Tier", "Small");
    case Tier::Medium:
        return QCoreApplication::translate("Tier", "Medium");
    case Tier::Large:
        return QCoreApplication::translate("Tier", "Large");
    case Tier::Frontier:
        return QCoreApplication::translate("Tier", "Frontier");
    }
    return {};
}

TierSpectrumRow tierSpectrumRow(Tier tier)
{
    switch (tier) {
    case Tier::Tiny:
        return {tier, QCoreApplication::translate("Tier", "< 1B"), QStringLiteral("DistilBERT"),
                QCoreApplication::translate("Tier", "Embeddings, classification")};
    case Tier::Small:
        return {tier, QCoreApplication::translate("Tier", "1–7B"), QStringLiteral("Phi-3, Llama-3-8B"),
                QCoreApplication::translate("Tier", "On-device, high-volume")};
    case Tier::Medium:
        return {tier, QCoreApplication::translate("Tier", "7–70B"), QStringLiteral("Llama-3-70B, Mixtral"),
                QCoreApplication::translate("Tier", "Complex tasks, balanced")};
    case Tier::Large:
        return {tier, QCoreApplication::translate("Tier", "70B+"), QStringLiteral("GPT-4, Claude Opus"),
                QCoreApplication::translate("Tier", "Reasoning, multi-modal")};
    case Tier::Frontier:
        return {tier, QCoreApplication::translate("Tier", "Unknown"), QStringLiteral("GPT-5, Claude 4"),
                QCoreApplication::translate("Tier", "Research, hardest tasks")};
    }
    return {};
}

Tier tierForParameterCount(double billions)
{
    if (billions < 1.0)
        return Tier::Tiny;
    if (billions <= 7.0)
        return Tier::Small;
    if (billions <= 70.0)
        return Tier::Medium;
    return Tier::Large;
}

Tier tierForPriceBand(double inputPerMTok, double outputPerMTok)
{
    const double blended = (3.0 * inputPerMTok + outputPerMTok) / 4.0;
    if (blended < 0.20)
        return Tier::Small;
    if (blended < 1.00)
        return Tier::Medium;
    return Tier::Large;
}

QString tierBasisId(TierBasis basis)
{
    switch (basis) {
    case TierBasis::Catalog:
        return {};
    case TierBasis::Parameters:
        return QStringLiteral("parameters");
    case TierBasis::PriceBand:
        return QStringLiteral("price_band");
    case TierBasis::Score:
        return QStringLiteral("score");
    case TierBasis::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

std::optional<TierBasis> tierBasisFromId(QStringView id)
{
    for (TierBasis b : {TierBasis::Parameters, TierBasis::PriceBand, TierBasis::Score, TierBasis::Unknown}) {
        if (id.compare(tierBasisId(b), Qt::CaseInsensitive) == 0)
            return b;
    }
    return std::nullopt;
}

QString tierBasisDescription(TierBasis basis)
{
    switch (basis) {
    case TierBasis::Catalog:
        return {};
    case TierBasis::Parameters:
        return QCoreApplication::translate("Tier", "by parameter count");
    case TierBasis::PriceBand:
        return QCoreApplication::translate("Tier", "guessed from the price band (size not published)");
    case TierBasis::Score:
        return QCoreApplication::translate("Tier", "by leaderboard score (closed model, size not published)");
    case TierBasis::Unknown:
        return QCoreApplication::translate("Tier", "unknown (no size and no real price published)");
    }
    return {};
}
