// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "requirements.h"
#include "tierrules.h"

#include <QString>

struct ModelSpec;

/// What the rule that decided the tier means for the candidate list, beyond the tier itself, and
/// when a figure the catalog lacks counts against a model. Written down here once: recommend()
/// applies exactly this, and every explanation (page, memo, command line) shows `summary`.
struct RuleConsequence
{
    int rule = 0;
    /// Rule 2: only models that can run on the user's own hardware (canRunOnDevice()) stay
    /// candidates, costed self-hosted with the GPU capacity model; hosted APIs are near misses.
    bool onDeviceOnly = false;
    /// A latency limit below the article's default (every limit under rule 2): a model without a
    /// latency figure is not taken to meet it and ranks after those known to.
    bool latencyUnknownCounts = false;
    /// A context length above the article's default (every one under rule 4): a model whose
    /// context window is not published ranks after those known to fit.
    bool contextUnknownCounts = false;
    QString summary; ///< translated: what the rule does to the list, in one or two sentences
};

/// The consequences of the rule that decided `decision` for `requirements`. Rules that only
/// choose a tier say that, and what happens when the catalog has no candidate of it.
RuleConsequence ruleConsequence(const TierDecision &decision, const Requirements &requirements);

/// Whether a model can run on the user's own hardware: open weights with a published size, or a
/// model served by a local server (Ollama, LM Studio, …).
bool canRunOnDevice(const ModelSpec &model);
