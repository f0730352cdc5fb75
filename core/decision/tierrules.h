// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "catalog/tier.h"
#include "requirements.h"

#include <QList>
#include <QString>

/// One rule of the decision list as it was evaluated.
struct RuleCheck
{
    int rule = 0;  ///< 1-based, as numbered in the article's select_model_tier
    QString title; ///< translated, e.g. "Reasoning on a complex task"
    bool fired = false;
    QString explanation; ///< translated: why it fired, or why it did not
};

/// The outcome of the tier rules: the tier, the rule that decided and why each earlier rule did not.
struct TierDecision
{
    Tier tier = Tier::Medium;
    int rule = 0;            ///< the rule that fired (1–7)
    QList<RuleCheck> checks; ///< rules 1..rule, in order; the last one fired

    const RuleCheck &decidingRule() const { return checks.constLast(); }
};

/// The article's select_model_tier: first matching rule wins.
TierDecision decideTier(const Requirements &requirements);
