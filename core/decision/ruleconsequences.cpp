// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "ruleconsequences.h"

#include "catalog/modelspec.h"
#include "catalog/tier.h"
#include "common/money.h"
#include "common/numberformat.h"

#include <QCoreApplication>

namespace {
/// Names the translation context of this file's messages where lupdate can see it.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(RuleConsequence)
};

using NumberFormat::number;

// Below the article's default latency (1,000 ms) a limit is a stated need; at or above it, or
// at the default context length (4,000 tokens, which every chat model holds), an unpublished
// figure is only noted.
constexpr double kDefaultLatencyMs = 1000.0;
constexpr int kDefaultContextTokens = 4000;
} // namespace

RuleConsequence ruleConsequence(const TierDecision &decision, const Requirements &r)
{
    const int rule = decision.rule;
    RuleConsequence c;
    c.rule = rule;
    c.onDeviceOnly = rule == 2;
    c.latencyUnknownCounts = rule == 2 || r.maxLatencyMs < kDefaultLatencyMs;
    c.contextUnknownCounts = rule == 4 || r.contextLength > kDefaultContextTokens;

    const QString nearest = Texts::tr("When the catalog has no candidate of that tier, the nearest tier with one is "
                                      "shown first and the page says so.");
    switch (rule) {
    case 1:
        c.summary = Texts::tr("Large models are listed first. Within the tier, models with a score on the task's "
                              "benchmark rank above those without.");
        break;
    case 2:
        c.summary = Texts::tr("Only models that can run on your own hardware stay candidates: open weights with a "
                              "published size, costed self-hosted with the GPU capacity model. Hosted APIs are near "
                              "misses (“hosted API: not on-device”). A model without a latency figure is not taken "
                              "to meet the %1 ms limit.")
                        .arg(number(r.maxLatencyMs));
        break;
    case 3:
        c.summary = Texts::tr("Small models are listed first, and every candidate must be known to cost at most %1 "
                              "per 1,000 requests: a model without a real price is not taken to meet the limit.")
                        .arg(formatUsd(r.maxCostPer1kRequests));
        break;
    case 4:
        c.summary = Texts::tr("Large models are listed first. A model whose context window is under %1 tokens is a "
                              "near miss; one whose window is not published ranks after those known to fit.")
                        .arg(number(r.contextLength));
        break;
    default:
        // Rules 5 to 7 choose the tier and nothing else.
        c.summary = Texts::tr("%1 models are listed first. %2").arg(tierDisplayName(decision.tier), nearest);
        break;
    }
    if (rule != 2 && c.latencyUnknownCounts) {
        c.summary = Texts::tr("%1 The latency limit %2 ms is below the default, so a model without a latency figure "
                              "ranks after those known to meet it.")
                        .arg(c.summary, number(r.maxLatencyMs));
    }
    if (rule != 4 && c.contextUnknownCounts) {
        c.summary = Texts::tr("%1 A model whose context window is not published ranks after those known to hold "
                              "%2 tokens.")
                        .arg(c.summary, number(r.contextLength));
    }
    return c;
}

bool canRunOnDevice(const ModelSpec &model)
{
    return (model.openWeights && model.parameterCountB.has_value()) || model.isLocal();
}
