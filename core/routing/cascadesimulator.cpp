// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "cascadesimulator.h"

#include "common/money.h"

#include "compare/runrecord.h"
#include "eval/evalresult.h"
#include "logprobassessor.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(CascadeSimulator)
};

QList<SimulatedAnswer> sortedAnswers(const SimulatedPrompt &prompt)
{
    QList<SimulatedAnswer> answers = prompt.answers;
    std::stable_sort(answers.begin(), answers.end(), [](const auto &a, const auto &b) { return a.level < b.level; });
    return answers;
}

void finish(SimulationPoint &point, int promptCount, double qualitySum)
{
    for (int count : point.answeredAtLevel)
        point.shareAtLevel.append(promptCount > 0 ? double(count) / double(promptCount) : 0.0);
    if (point.labelled > 0)
        point.meanQuality = qualitySum / double(point.labelled);
}

void addCost(SimulationPoint &point, const SimulatedAnswer &answer)
{
    point.totalCostUsd += answer.costUsd;
    point.totalLatencyMs += answer.latencyMs;
    if (answer.priced)
        ++point.pricedAnswers;
    else
        ++point.unpricedAnswers;
}

void answerWith(SimulationPoint &point, const SimulatedAnswer &answer, double &qualitySum)
{
    point.answeredAtLevel[answer.level] += 1;
    if (answer.quality) {
        qualitySum += *answer.quality;
        ++point.labelled;
    }
}

SimulationPoint reference(const QList<SimulatedPrompt> &prompts, int levelCount, bool largest)
{
    SimulationPoint point;
    point.threshold = largest ? 1.0 : 0.0;
    point.answeredAtLevel = QList<int>(levelCount, 0);
    double qualitySum = 0;
    for (const SimulatedPrompt &prompt : prompts) {
        const QList<SimulatedAnswer> answers = sortedAnswers(prompt);
        const SimulatedAnswer &answer = largest ? answers.constLast() : answers.constFirst();
        addCost(point, answer);
        answerWith(point, answer, qualitySum);
    }
    finish(point, int(prompts.size()), qualitySum);
    return point;
}

bool inUnitRange(double value)
{
    return value >= 0.0 && value <= 1.0;
}
} // namespace

QList<double> CascadeSimulator::thresholds(double step)
{
    QList<double> out;
    if (!(step > 0.0 && step <= 1.0))
        return out;
    const qint64 n = std::llround(1.0 / step);
    if (n > 0 && std::abs(double(n) * step - 1.0) < 1e-9) {
        for (qint64 i = 0; i <= n; ++i)
            out.append(double(i) / double(n));
        return out;
    }
    for (qint64 i = 0; double(i) * step < 1.0; ++i)
        out.append(double(i) * step);
    out.append(1.0);
    return out;
}

SimulationPoint CascadeSimulator::replay(const QList<SimulatedPrompt> &prompts, double threshold, int levelCount)
{
    SimulationPoint point;
    point.threshold = threshold;
    point.answeredAtLevel = QList<int>(levelCount, 0);
    double qualitySum = 0;
    for (const SimulatedPrompt &prompt : prompts) {
        const QList<SimulatedAnswer> answers = sortedAnswers(prompt);
        for (qsizetype i = 0; i < answers.size(); ++i) {
            const SimulatedAnswer &answer = answers.at(i);
            addCost(point, answer);
            const bool confident = answer.confidence && *answer.confidence >= threshold;
            if (confident || i + 1 == answers.size()) {
                answerWith(point, answer, qualitySum);
                break;
            }
        }
    }
    finish(point, int(prompts.size()), qualitySum);
    return point;
}

Result<CascadeSimulation> CascadeSimulator::simulate(const QList<SimulatedPrompt> &prompts,
                                                     const SimulationOptions &options)
{
    QStringList errors;
    const QLocale english(QLocale::English);
    if (!(options.step > 0.0 && options.step <= 1.0))
        errors.append(
            Texts::tr("The threshold step %1 must lie above 0 and at most 1.").arg(english.toString(options.step)));
    if (prompts.isEmpty())
        errors.append(Texts::tr("There are no prompts to replay."));
    int levelCount = 0;
    for (const SimulatedPrompt &prompt : prompts) {
        const QString label = prompt.label.isEmpty() ? Texts::tr("(unnamed prompt)") : prompt.label;
        if (prompt.answers.isEmpty())
            errors.append(Texts::tr("Prompt “%1” has no answers.").arg(label));
        QSet<int> levels;
        for (const SimulatedAnswer &answer : prompt.answers) {
            if (answer.level < 0)
                errors.append(Texts::tr("Prompt “%1” has an answer at the negative level %2.")
                                  .arg(label, QString::number(answer.level)));
            else if (levels.contains(answer.level))
                errors.append(
                    Texts::tr("Prompt “%1” has two answers at level %2.").arg(label, QString::number(answer.level)));
            levels.insert(answer.level);
            if (answer.confidence && !inUnitRange(*answer.confidence))
                errors.append(Texts::tr("Prompt “%1”, level %2: the confidence %3 is outside 0–1.")
                                  .arg(label)
                                  .arg(answer.level)
                                  .arg(english.toString(*answer.confidence)));
            if (answer.quality && !inUnitRange(*answer.quality))
                errors.append(Texts::tr("Prompt “%1”, level %2: the quality %3 is outside 0–1.")
                                  .arg(label)
                                  .arg(answer.level)
                                  .arg(english.toString(*answer.quality)));
            levelCount = std::max(levelCount, answer.level + 1);
        }
    }
    if (!errors.isEmpty())
        return Result<CascadeSimulation>::failure(errors.join(QLatin1Char('\n')));

    CascadeSimulation simulation;
    simulation.levelCount = levelCount;
    simulation.promptCount = int(prompts.size());
    for (double t : thresholds(options.step))
        simulation.curve.append(replay(prompts, t, levelCount));
    simulation.alwaysSmall = reference(prompts, levelCount, false);
    simulation.alwaysLarge = reference(prompts, levelCount, true);

    if (options.targetQuality) {
        // The cheapest threshold that meets the target. A point replaces the best so far only
        // when it is provably cheaper: both costs known and strictly lower (on a tie the lower
        // threshold, with fewer escalations, stays). A cost with unpriced answers is a lower
        // bound, so it never wins by looking smaller — the unpriced answers are not free — and
        // the lowest threshold that meets the target stands. That is also the true answer: the
        // answers tried at a threshold include those tried at every lower one, so the cost,
        // known or not, never falls as the threshold rises.
        for (int i = 0; i < simulation.curve.size(); ++i) {
            const SimulationPoint &point = simulation.curve.at(i);
            if (!point.meanQuality || *point.meanQuality + 1e-12 < *options.targetQuality)
                continue;
            if (simulation.bestIndex < 0) {
                simulation.bestIndex = i;
                continue;
            }
            const SimulationPoint &best = simulation.curve.at(simulation.bestIndex);
            if (point.costKnown() && best.costKnown() && point.totalCostUsd < best.totalCostUsd - 1e-15)
                simulation.bestIndex = i;
        }
    }
    return simulation;
}

QList<SimulatedPrompt> CascadeSimulator::fromRuns(
    const QList<RunRecord> &runs, const QStringList &levelEndpoints,
    const std::function<std::optional<double>(const RunRecord &, const ResponseRecord &)> &quality,
    const std::function<std::optional<double>(const ResponseRecord &)> &confidence)
{
    QList<SimulatedPrompt> prompts;
    for (const RunRecord &run : runs) {
        SimulatedPrompt prompt;
        prompt.label = run.prompt.user;
        for (const ResponseRecord &response : run.responses) {
            const qsizetype level = levelEndpoints.indexOf(response.endpoint.name);
            if (level < 0 || response.status != ResponseRecord::Status::Complete)
                continue;
            const bool taken = std::any_of(prompt.answers.cbegin(), prompt.answers.cend(),
                                           [level](const SimulatedAnswer &a) { return a.level == level; });
            if (taken)
                continue; // a run with the same endpoint twice: the first column counts
            SimulatedAnswer answer;
            answer.level = int(level);
            answer.endpointName = response.endpoint.name;
            answer.costUsd = response.costUsd.value_or(0.0);
            answer.priced = response.costUsd.has_value();
            answer.latencyMs = response.result.latencyMs;
            answer.confidence =
                confidence ? confidence(response) : LogprobAssessor::assessResult(response.result).confidence;
            answer.quality = quality ? quality(run, response) : std::nullopt;
            prompt.answers.append(answer);
        }
        if (!prompt.answers.isEmpty())
            prompts.append(prompt);
    }
    return prompts;
}

std::optional<double> CascadeSimulator::validationConfidence(const EvalResult &result)
{
    // What a live check without the reference answer can see: the shape of the answer.
    static const QStringList referenceFree{QStringLiteral("is-json"), QStringLiteral("json-keys"),
                                           QStringLiteral("regex"), QStringLiteral("starts-with"),
                                           QStringLiteral("max-output-tokens")};
    if (result.answer.trimmed().isEmpty())
        return 0.0;
    for (const AssertionResult &assertion : result.assertions) {
        QStringView kind(assertion.type);
        if (kind.startsWith(u"not-"))
            kind = kind.mid(4);
        if (referenceFree.contains(kind) && (!assertion.passed || assertion.error))
            return 0.0;
    }
    return 1.0;
}

QList<SimulatedPrompt>
CascadeSimulator::fromEvalResults(const QList<EvalResult> &results, const QStringList &levelEndpoints,
                                  const QStringList &caseLabels,
                                  const std::function<std::optional<double>(const EvalResult &)> &confidence)
{
    // Keyed by (case, repeat) so the prompts come out in case order whatever order results arrived in.
    QMap<std::pair<int, int>, SimulatedPrompt> byKey;
    for (const EvalResult &result : results) {
        const qsizetype level = levelEndpoints.indexOf(result.endpointName);
        if (level < 0 || !result.error.isEmpty())
            continue;
        SimulatedPrompt &prompt = byKey[{result.caseIndex, result.repeat}];
        const bool taken = std::any_of(prompt.answers.cbegin(), prompt.answers.cend(),
                                       [level](const SimulatedAnswer &a) { return a.level == level; });
        if (taken)
            continue; // the same key twice (a re-stored result): the first counts
        if (prompt.label.isEmpty()) {
            const QString base = result.caseIndex >= 0 && result.caseIndex < caseLabels.size()
                ? caseLabels.at(result.caseIndex)
                : result.prompt;
            prompt.label =
                result.repeat > 0 ? Texts::tr("%1 (repeat %2)").arg(base, QString::number(result.repeat + 1)) : base;
        }
        SimulatedAnswer answer;
        answer.level = int(level);
        answer.endpointName = result.endpointName;
        answer.costUsd = result.costUsd.value_or(0.0);
        answer.priced = result.costUsd.has_value();
        answer.latencyMs = result.latencyMs;
        answer.confidence = confidence ? confidence(result) : validationConfidence(result);
        if (!result.hasError())
            answer.quality = result.passed ? 1.0 : 0.0;
        prompt.answers.append(answer);
    }
    return byKey.values();
}

QString simulationCostText(const SimulationPoint &point)
{
    return formatCostUsd(point.totalCostUsd, point.pricedAnswers, point.unpricedAnswers);
}
