// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "tierrules.h"

#include "common/money.h"
#include "common/numberformat.h"

#include <QCoreApplication>

namespace {

// The article's thresholds. Every comparison is strict, as in the article.
constexpr double kOnDeviceLatencyMs = 100.0;
constexpr double kCheapCostPer1k = 0.01;
constexpr double kHighVolumePerDay = 100000.0;
constexpr int kLongContextTokens = 32000;
constexpr double kSimpleTinyAccuracy = 0.95;
constexpr double kMediumSmallAccuracy = 0.92;

using NumberFormat::number;

/// The seven rules, each evaluated on its own; decideTier() stops at the first that fires.
/// A class only to give the texts their translation context.
class TierRules
{
    Q_DECLARE_TR_FUNCTIONS(TierRules)
public:
    static RuleCheck reasoning(const Requirements &r);
    static RuleCheck latency(const Requirements &r);
    static RuleCheck budget(const Requirements &r);
    static RuleCheck context(const Requirements &r);
    // Rules 5 and 6 choose between two tiers, so they also report the tier.
    static RuleCheck simple(const Requirements &r, Tier &tier);
    static RuleCheck medium(const Requirements &r, Tier &tier);
    static RuleCheck otherwise(const Requirements &r);
};

RuleCheck TierRules::reasoning(const Requirements &r)
{
    RuleCheck check{1, tr("Reasoning on a complex task"), false, {}};
    const QString high = complexityDisplayName(Complexity::High);
    if (!r.multiStepReasoning) {
        check.explanation = tr("Multi-step reasoning is not required");
    } else if (r.complexity != Complexity::High) {
        check.explanation = tr("Multi-step reasoning is required, but the complexity is %1, not %2")
                                .arg(complexityDisplayName(r.complexity), high);
    } else {
        check.fired = true;
        check.explanation =
            tr("Multi-step reasoning is required and the complexity is %1: a large model is needed").arg(high);
    }
    return check;
}

RuleCheck TierRules::latency(const Requirements &r)
{
    RuleCheck check{2, tr("Strict latency"), r.maxLatencyMs < kOnDeviceLatencyMs, {}};
    const QString latency = number(r.maxLatencyMs);
    const QString limit = number(kOnDeviceLatencyMs);
    check.explanation = check.fired
        ? tr("Max latency %1 ms is under %2 ms: the model must run on-device").arg(latency, limit)
        : tr("Max latency %1 ms is not under %2 ms").arg(latency, limit);
    return check;
}

RuleCheck TierRules::budget(const Requirements &r)
{
    const bool cheap = r.maxCostPer1kRequests < kCheapCostPer1k;
    const bool busy = r.requestsPerDay > kHighVolumePerDay;
    RuleCheck check{3, tr("Tight budget at high volume"), cheap && busy, {}};
    const QString cost = formatUsd(r.maxCostPer1kRequests);
    const QString limit = formatUsd(kCheapCostPer1k);
    const QString volume = number(r.requestsPerDay);
    const QString highVolume = number(kHighVolumePerDay);
    if (cheap && busy) {
        check.explanation = tr("Max cost %1 per 1,000 requests is under %2 and %3 requests per day is over %4: "
                               "only a small model is affordable")
                                .arg(cost, limit, volume, highVolume);
    } else if (cheap) {
        check.explanation = tr("Max cost %1 per 1,000 requests is under %2, but %3 requests per day is not over %4")
                                .arg(cost, limit, volume, highVolume);
    } else if (busy) {
        check.explanation = tr("Max cost %1 per 1,000 requests is not under %2 (%3 requests per day is over %4)")
                                .arg(cost, limit, volume, highVolume);
    } else {
        check.explanation = tr("Max cost %1 per 1,000 requests is not under %2, and %3 requests per day is not over %4")
                                .arg(cost, limit, volume, highVolume);
    }
    return check;
}

RuleCheck TierRules::context(const Requirements &r)
{
    RuleCheck check{4, tr("Long context"), r.contextLength > kLongContextTokens, {}};
    const QString length = number(r.contextLength);
    const QString limit = number(kLongContextTokens);
    check.explanation = check.fired
        ? tr("Context length %1 tokens is over %2: a large model is needed for long context").arg(length, limit)
        : tr("Context length %1 tokens is not over %2").arg(length, limit);
    return check;
}

RuleCheck TierRules::simple(const Requirements &r, Tier &tier)
{
    RuleCheck check{5, tr("Simple task"), r.complexity == Complexity::Simple, {}};
    const QString accuracy = number(r.minAccuracy);
    const QString limit = number(kSimpleTinyAccuracy);
    if (!check.fired) {
        check.explanation = tr("Complexity is %1, not %2")
                                .arg(complexityDisplayName(r.complexity), complexityDisplayName(Complexity::Simple));
    } else if (r.minAccuracy < kSimpleTinyAccuracy) {
        tier = Tier::Tiny;
        check.explanation =
            tr("The task is simple and min accuracy %1 is under %2: a tiny model is enough").arg(accuracy, limit);
    } else {
        tier = Tier::Small;
        check.explanation =
            tr("The task is simple, but min accuracy %1 is not under %2: a small model is needed").arg(accuracy, limit);
    }
    return check;
}

RuleCheck TierRules::medium(const Requirements &r, Tier &tier)
{
    RuleCheck check{6, tr("Medium-complexity task"), r.complexity == Complexity::Medium, {}};
    const QString accuracy = number(r.minAccuracy);
    const QString limit = number(kMediumSmallAccuracy);
    if (!check.fired) {
        check.explanation = tr("Complexity is %1, not %2")
                                .arg(complexityDisplayName(r.complexity), complexityDisplayName(Complexity::Medium));
    } else if (r.minAccuracy < kMediumSmallAccuracy) {
        tier = Tier::Small;
        check.explanation =
            tr("The task is of medium complexity and min accuracy %1 is under %2: a small model is enough")
                .arg(accuracy, limit);
    } else {
        tier = Tier::Medium;
        check.explanation =
            tr("The task is of medium complexity and min accuracy %1 is not under %2: a medium model is needed")
                .arg(accuracy, limit);
    }
    return check;
}

RuleCheck TierRules::otherwise(const Requirements &r)
{
    // Only a high-complexity task without multi-step reasoning gets here: rules 1, 5 and 6 take the rest.
    return {7, tr("Balanced default"), true,
            tr("No earlier rule applies (complexity %1, no multi-step reasoning): a medium model is the "
               "balanced default")
                .arg(complexityDisplayName(r.complexity))};
}

} // namespace

TierDecision decideTier(const Requirements &requirements)
{
    TierDecision decision;
    decision.checks.reserve(7);
    const auto decided = [&decision](RuleCheck check, Tier tier) {
        const bool fired = check.fired;
        decision.checks.append(std::move(check));
        if (fired) {
            decision.tier = tier;
            decision.rule = decision.checks.constLast().rule;
        }
        return fired;
    };

    if (decided(TierRules::reasoning(requirements), Tier::Large))
        return decision;
    if (decided(TierRules::latency(requirements), Tier::Small))
        return decision;
    if (decided(TierRules::budget(requirements), Tier::Small))
        return decision;
    if (decided(TierRules::context(requirements), Tier::Large))
        return decision;
    Tier tier = Tier::Medium;
    RuleCheck simple = TierRules::simple(requirements, tier);
    if (decided(std::move(simple), tier))
        return decision;
    RuleCheck medium = TierRules::medium(requirements, tier);
    if (decided(std::move(medium), tier))
        return decision;
    decided(TierRules::otherwise(requirements), Tier::Medium);
    return decision;
}
