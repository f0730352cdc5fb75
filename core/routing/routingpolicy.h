// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "catalog/tier.h"
#include "common/result.h"
#include "routingrequest.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// One routing rule: conditions on the request and the tier it sends matching requests to.
/// Unset conditions are ignored; a rule without any condition matches every request.
struct RoutingRule
{
    /// How the set conditions combine. The article's rules are "or" rules
    /// ("reasoning requested or quality high"), hence Any.
    enum class Match { Any, All };

    QString name; ///< the user's label; cited in explanations
    Match match = Match::Any;
    QStringList taskTypes;         ///< task is one of these (trimmed, case-insensitive); empty: no condition
    std::optional<bool> reasoning; ///< reasoning requested equals this
    QList<QualityLevel> qualities; ///< quality is one of these; empty: no condition
    std::optional<qsizetype> promptLongerThan; ///< prompt has more than this many characters (strict)
    Tier target = Tier::Small;                 ///< small, medium or large

    bool hasConditions() const;
    bool operator==(const RoutingRule &other) const = default;
};

/// How one rule was evaluated for one request.
struct RuleEvaluation
{
    int index = 0; ///< 0-based position in the policy
    QString name;
    bool fired = false;
    QString explanation; ///< translated sentence citing the request's values and the rule's limits
};

/// The router's decision: the tier, the rule that fired and why each earlier rule did not.
struct RouteDecision
{
    Tier tier = Tier::Small;
    int ruleIndex = -1; ///< the rule that fired; -1 when none matched (smallest tier used)
    QString ruleName;
    QList<RuleEvaluation> checks; ///< every rule up to and including the one that fired

    /// All explanations, one per line, in rule order.
    QString explanation() const;
};

/// An ordered list of routing rules, first match wins. A plain value: editable,
/// comparable, and stored as JSON in settings or files.
///
/// JSON: `{"rules": [{"name": "…", "match": "any"|"all", "task_in": ["…"], "reasoning": true,
/// "quality_in": ["standard"|"medium"|"high"], "prompt_longer_than": 10000,
/// "target": "small"|"medium"|"large"}, …]}`; only "target" is required in a rule, and
/// unknown fields are errors so that a typo cannot silently drop a condition.
struct RoutingPolicy
{
    QList<RoutingRule> rules;

    /// The article's four rules: task in {classification, extraction, embedding} → small;
    /// reasoning or quality high → large; prompt over 10,000 characters or quality medium →
    /// medium; otherwise small.
    static RoutingPolicy articleDefault();

    /// Evaluates the rules in order and stops at the first that fires. If none fires (an edited
    /// policy without a catch-all rule) the smallest tier is used and the decision says so.
    RouteDecision decide(const RoutingRequest &request) const;

    /// Translated problems, each naming the rule (position and name) and the field; empty when valid.
    QStringList validate() const;

    QJsonObject toJson() const;
    /// Parses and validates; the error lists every problem found.
    static Result<RoutingPolicy> fromJson(const QJsonObject &json);
    static Result<RoutingPolicy> fromJson(const QByteArray &json);

    bool operator==(const RoutingPolicy &other) const = default;
};

/// The tiers a routing rule may target, smallest first.
inline constexpr Tier routerTiers[] = {Tier::Small, Tier::Medium, Tier::Large};
bool isRouterTier(Tier tier);
