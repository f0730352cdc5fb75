// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "inputoptions.h"

#include "decision/inputlimits.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cmath>

namespace {
/// Names the translation context of this file's messages where lupdate can see it.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(InputOptions)
};

/// Reads a number option if given; checks it against its limit.
Status readNumber(const QCommandLineParser &parser, const QCommandLineOption &option, const InputLimit &limit,
                  double &target)
{
    if (!parser.isSet(option))
        return success();
    const QString text = parser.value(option);
    bool ok = false;
    const double value = text.toDouble(&ok);
    const QString name = QStringLiteral("--") + option.names().constFirst();
    if (!ok || !std::isfinite(value))
        return Status::failure(Texts::tr("%1 expects a number, got \"%2\"").arg(name, text));
    if (const auto problem = limit.problem(value))
        return Status::failure(Texts::tr("%1 %2, got %3").arg(name, *problem, text));
    target = value;
    return success();
}
} // namespace

InputOptions::InputOptions(int groups)
    : m_groups(groups)
    , m_complexity(QStringLiteral("complexity"), Texts::tr("Task complexity: simple, medium or high (default medium)."),
                   QStringLiteral("LEVEL"))
    , m_maxLatency(QStringLiteral("max-latency-ms"), Texts::tr("Maximum acceptable latency in ms (default 1000)."),
                   QStringLiteral("N"))
    , m_maxCost(QStringLiteral("max-cost-per-1k"), Texts::tr("Maximum cost per 1,000 requests in USD (default 1.0)."),
                QStringLiteral("USD"))
    , m_minAccuracy(QStringLiteral("min-accuracy"), Texts::tr("Minimum accuracy, 0 to 1 (default 0.9)."),
                    QStringLiteral("X"))
    , m_requestsPerDay(QStringLiteral("requests-per-day"), Texts::tr("Requests per day (default 1000)."),
                       QStringLiteral("N"))
    , m_reasoning(QStringLiteral("reasoning"), Texts::tr("The task needs multi-step reasoning."))
    , m_contextLength(QStringLiteral("context-length"), Texts::tr("Context length in tokens (default 4000)."),
                      QStringLiteral("N"))
    , m_task(QStringLiteral("task"), Texts::tr("Task type, e.g. text_classification (see 'catalog tasks')."),
             QStringLiteral("NAME"))
    , m_inputTokens(QStringLiteral("input-tokens"), Texts::tr("Input tokens per request (default 500)."),
                    QStringLiteral("N"))
    , m_outputTokens(QStringLiteral("output-tokens"), Texts::tr("Output tokens per request (default 200)."),
                     QStringLiteral("N"))
    , m_benchmark(QStringLiteral("benchmark"), Texts::tr("Quality benchmark id (default: the catalog's)."),
                  QStringLiteral("ID"))
    , m_gpuHourly(QStringLiteral("gpu-hourly"),
                  Texts::tr("GPU price in USD per hour for self-hosting (default: the model's)."),
                  QStringLiteral("USD"))
    , m_gpuThroughput(QStringLiteral("gpu-tokens-per-second"),
                      Texts::tr("Tokens per second one self-hosted replica sustains (default 2000)."),
                      QStringLiteral("N"))
    , m_utilisation(QStringLiteral("utilisation"),
                    Texts::tr("Usable share of that throughput, 0.01 to 1 (default 0.7)."), QStringLiteral("X"))
    , m_peakFactor(QStringLiteral("peak-factor"),
                   Texts::tr("Peak load over the daily average, at least 1 (default 2)."), QStringLiteral("X"))
    , m_valueMargin(
          QStringLiteral("value-margin"),
          Texts::tr(
              "Value pick: the cheapest model within this many percent of the tier's best score, 0 to 50 (default 3)."),
          QStringLiteral("PERCENT"))
    , m_minRating(QStringLiteral("min-rating"),
                  Texts::tr("Quality bar on a rating benchmark such as LMArena, where the minimum accuracy cannot "
                            "apply (default: none)."),
                  QStringLiteral("N"))
    , m_gpuWatts(QStringLiteral("gpu-watts"),
                 Texts::tr("Self-hosting: power per GPU in watts, counted with --kwh-price (default: not counted)."),
                 QStringLiteral("W"))
    , m_kwhPrice(QStringLiteral("kwh-price"),
                 Texts::tr("Self-hosting: electricity price in USD per kWh (default: not counted)."),
                 QStringLiteral("USD"))
    , m_pue(QStringLiteral("pue"), Texts::tr("Self-hosting: power usage effectiveness, 1 to 3 (default 1)."),
            QStringLiteral("X"))
    , m_hardwareCost(QStringLiteral("hardware-cost"),
                     Texts::tr("Self-hosting: price of hardware you own, USD per GPU, written off over "
                               "--amortisation-months (default: none)."),
                     QStringLiteral("USD"))
    , m_amortisation(QStringLiteral("amortisation-months"),
                     Texts::tr("Months over which owned hardware is written off (default 36)."), QStringLiteral("N"))
{ }

void InputOptions::addTo(QCommandLineParser &parser) const
{
    if (m_groups & Requirements)
        parser.addOptions({m_complexity, m_maxLatency, m_maxCost, m_minAccuracy, m_reasoning, m_contextLength, m_task,
                           m_benchmark, m_valueMargin, m_minRating});
    if (m_groups & Workload)
        parser.addOptions({m_requestsPerDay, m_inputTokens, m_outputTokens});
    if (m_groups & SelfHosting)
        parser.addOptions({m_gpuHourly, m_gpuThroughput, m_utilisation, m_peakFactor, m_gpuWatts, m_kwhPrice, m_pue,
                           m_hardwareCost, m_amortisation});
}

Result<RecommendationInput> InputOptions::read(const QCommandLineParser &parser) const
{
    RecommendationInput input;
    ::Requirements &r = input.requirements;
    SelfHostingAssumptions &s = input.selfHosting;
    double contextLength = r.contextLength;
    double gpuHourly = 0.0;
    double marginPercent = input.valueMargin * 100.0;

    struct NumberOption
    {
        int group;
        const QCommandLineOption *option;
        InputLimit limit;
        double *target;
    };
    const NumberOption numbers[] = {
        {Requirements, &m_maxLatency, InputLimits::maxLatencyMs(), &r.maxLatencyMs},
        {Requirements, &m_maxCost, InputLimits::maxCostPer1kRequests(), &r.maxCostPer1kRequests},
        {Requirements, &m_minAccuracy, InputLimits::minAccuracy(), &r.minAccuracy},
        {Requirements, &m_contextLength, InputLimits::contextLength(), &contextLength},
        {Workload, &m_requestsPerDay, InputLimits::requestsPerDay(), &r.requestsPerDay},
        {Workload, &m_inputTokens, InputLimits::tokensPerRequest(), &input.inputTokens},
        {Workload, &m_outputTokens, InputLimits::tokensPerRequest(), &input.outputTokens},
        {SelfHosting, &m_gpuHourly, InputLimits::gpuHourlyUsd(), &gpuHourly},
        {SelfHosting, &m_gpuThroughput, InputLimits::tokensPerSecondPerReplica(), &s.tokensPerSecondPerReplica},
        {SelfHosting, &m_utilisation, InputLimits::utilisation(), &s.utilisation},
        {SelfHosting, &m_peakFactor, InputLimits::peakFactor(), &s.peakFactor},
        {SelfHosting, &m_gpuWatts, InputLimits::gpuWatts(), &s.gpuWatts},
        {SelfHosting, &m_kwhPrice, InputLimits::electricityUsdPerKwh(), &s.electricityUsdPerKwh},
        {SelfHosting, &m_pue, InputLimits::pue(), &s.pue},
        {SelfHosting, &m_hardwareCost, InputLimits::hardwareUsdPerGpu(), &s.hardwareUsdPerGpu},
        {SelfHosting, &m_amortisation, InputLimits::amortisationMonths(), &s.amortisationMonths},
        {Requirements, &m_valueMargin, InputLimits::valueMarginPercent(), &marginPercent},
        {Requirements, &m_minRating, InputLimits::minRating(), &input.minRating},
    };
    for (const NumberOption &n : numbers) {
        if (!(m_groups & n.group))
            continue;
        if (Status st = readNumber(parser, *n.option, n.limit, *n.target); !st)
            return Result<RecommendationInput>::failure(st.error());
    }
    r.contextLength = static_cast<int>(contextLength);
    input.valueMargin = marginPercent / 100.0;
    if ((m_groups & SelfHosting) && parser.isSet(m_gpuHourly))
        s.gpuHourlyUsd = gpuHourly;

    if (m_groups & Requirements) {
        if (parser.isSet(m_complexity)) {
            const auto complexity = complexityFromId(parser.value(m_complexity));
            if (!complexity)
                return Result<RecommendationInput>::failure(
                    Texts::tr("--complexity expects simple, medium or high, got \"%1\"")
                        .arg(parser.value(m_complexity)));
            r.complexity = *complexity;
        }
        r.multiStepReasoning = parser.isSet(m_reasoning);
        input.task = parser.value(m_task);
        input.qualityBenchmark = parser.value(m_benchmark);
    }
    return input;
}
