// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "memo.h"

#include "analysis/costcurves.h"
#include "analysis/costquality.h"
#include "catalog/catalog.h"
#include "common/money.h"
#include "common/numberformat.h"
#include "decision/recommendation.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace {
/// Names the translation context of this file's messages where lupdate can see it.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(Memo)
};

// Long catalogs would turn a memo into a price list; the charts show the rest.
constexpr int kMaxTableRows = 20;

QString modelName(const ModelSpec *model)
{
    if (!model)
        return {};
    return model->displayName.isEmpty() ? model->id : model->displayName;
}

QString serving(const CostEstimate &cost)
{
    if (!cost.selfHosted)
        return Texts::tr("API");
    if (!cost.priceKnown)
        return Texts::tr("self-hosted, no GPU price");
    QString text = Texts::tr("self-hosted, %n replica(s)", nullptr, cost.replicas);
    if (cost.powerUsd > 0.0 || cost.hardwareUsd > 0.0)
        text = Texts::tr("%1: GPU rental %2, power %3, hardware %4")
                   .arg(text, formatUsd(cost.rentalUsd), formatUsd(cost.powerUsd), formatUsd(cost.hardwareUsd));
    return text;
}

QString serving(const Candidate &c)
{
    QString text = serving(c.cost);
    if (c.apiEquivalent)
        text = Texts::tr("%1 (API-equivalent: %2 on %3)")
                   .arg(text, formatUsd(c.apiEquivalent->monthlyUsd), modelName(c.apiEquivalent->model));
    return text;
}

/// A cost, or "unknown" when the catalog has no real price: never "$0.00", which reads as free.
QString usd(const CostEstimate &cost, double amount)
{
    return cost.priceKnown ? formatUsd(amount) : Texts::tr("unknown");
}

QString qualityText(const std::optional<double> &quality)
{
    return quality ? NumberFormat::upTo(*quality, 6) : Texts::tr("no score");
}

/// A candidate's quality for a table: the score, or "no evidence"; a measured score with its interval.
QString qualityText(const Candidate &c, const QString &benchmark)
{
    if (!c.quality)
        return Texts::tr("no evidence");
    if (const QualityScore *score = c.model->score(benchmark); score && score->low && score->high)
        return Texts::tr("%1 (%2–%3)")
            .arg(NumberFormat::upTo(*c.quality, 6), NumberFormat::upTo(*score->low, 6),
                 NumberFormat::upTo(*score->high, 6));
    return NumberFormat::upTo(*c.quality, 6);
}

/// "Small", or "Large (400B in all, 17B active)", or "Small (guessed from the price band …)".
QString tierText(const ModelSpec &m)
{
    if (m.tierBasis == TierBasis::Unknown)
        return Texts::tr("unknown");
    QString text = tierDisplayName(m.tier);
    if (m.activeParameterCountB && m.parameterCountB)
        return Texts::tr("%1 (%2B in all, %3B active)")
            .arg(text, NumberFormat::upTo(*m.parameterCountB, 6), NumberFormat::upTo(*m.activeParameterCountB, 6));
    if (m.tierBasis == TierBasis::PriceBand)
        return Texts::tr("%1 (price band)").arg(text);
    return text;
}

using Block = Memo::Block;

Block heading(int level, const QString &text)
{
    Block b;
    b.kind = Block::Kind::Heading;
    b.level = level;
    b.text = text;
    return b;
}

Block paragraph(const QString &text)
{
    Block b;
    b.kind = Block::Kind::Paragraph;
    b.text = text;
    return b;
}

Block list(const QStringList &items)
{
    Block b;
    b.kind = Block::Kind::List;
    b.items = items;
    return b;
}

Block table(const QStringList &header, const QList<QStringList> &rows)
{
    Block b;
    b.kind = Block::Kind::Table;
    b.items = header;
    b.rows = rows;
    return b;
}

/// The few Markdown constructs NOTICE.md uses (headings, pipe tables, paragraphs), as blocks, so
/// the HTML memo shows the attribution as a table rather than as raw Markdown.
QList<Block> noticeBlocks(const QString &markdown)
{
    QList<Block> blocks;
    QStringList paragraphLines;
    QList<QStringList> tableRows;
    auto flush = [&] {
        if (!paragraphLines.isEmpty())
            blocks.append(paragraph(paragraphLines.join(QLatin1Char(' '))));
        paragraphLines.clear();
        if (!tableRows.isEmpty()) {
            const QStringList header = tableRows.takeFirst();
            blocks.append(table(header, tableRows));
        }
        tableRows.clear();
    };
    static const QRegularExpression separatorRow(QStringLiteral("^\\|?\\s*:?-{3,}"));
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            flush();
        } else if (line.startsWith(QLatin1Char('#'))) {
            flush();
            int level = 0;
            while (level < line.size() && line.at(level) == QLatin1Char('#'))
                ++level;
            // Demoted below the memo's own section headings.
            blocks.append(heading(std::min(6, level + 2), line.mid(level).trimmed()));
        } else if (line.startsWith(QLatin1Char('|'))) {
            if (!paragraphLines.isEmpty()) {
                blocks.append(paragraph(paragraphLines.join(QLatin1Char(' '))));
                paragraphLines.clear();
            }
            if (separatorRow.match(line).hasMatch())
                continue;
            QString inner = line.mid(1);
            if (inner.endsWith(QLatin1Char('|')))
                inner.chop(1);
            QStringList cells = inner.split(QLatin1Char('|'));
            for (QString &c : cells)
                c = c.trimmed().remove(QLatin1Char('`'));
            tableRows.append(cells);
        } else {
            if (!tableRows.isEmpty())
                flush();
            paragraphLines.append(QString(line).remove(QLatin1Char('`')));
        }
    }
    flush();
    return blocks;
}

QString markdownCell(QString text)
{
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}
} // namespace

Memo::Memo(const MemoInput &input)
    : m_charts(input.charts)
{
    build(input);
}

void Memo::appendCascadeSimulation(const MemoCascadeSimulation &cascade)
{
    const CascadeSimulation &sim = cascade.simulation;
    auto levelName = [&](int level) {
        return level < cascade.levelNames.size() && !cascade.levelNames.at(level).isEmpty()
            ? cascade.levelNames.at(level)
            : Texts::tr("level %1").arg(level + 1);
    };
    auto qualityOf = [](const SimulationPoint &p) {
        return p.meanQuality ? NumberFormat::fixed(*p.meanQuality, 3) : Texts::tr("no label");
    };
    auto shares = [&](const SimulationPoint &p) {
        QStringList parts;
        for (int level = 0; level < p.shareAtLevel.size(); ++level)
            parts.append(
                Texts::tr("%1 %2 %").arg(levelName(level), NumberFormat::fixed(p.shareAtLevel.at(level) * 100.0, 0)));
        return parts.join(QStringLiteral(", "));
    };
    auto thresholdText = [](double t) { return NumberFormat::fixed(t, 2); };

    m_blocks.append(heading(2, Texts::tr("Cascade simulation")));
    QStringList levels;
    for (int level = 0; level < sim.levelCount; ++level)
        levels.append(levelName(level));
    QString intro = Texts::tr("%n stored prompt(s) replayed under “smallest first, escalate "
                              "while the confidence is below the threshold” through %1, "
                              "for thresholds from 0 to 1; no call was made.",
                              nullptr, sim.promptCount)
                        .arg(levels.join(QStringLiteral(" → ")));
    if (!cascade.source.isEmpty())
        intro = Texts::tr("%1 Source: %2").arg(intro, cascade.source);
    m_blocks.append(paragraph(intro));
    if (cascade.chart >= 0 && cascade.chart < m_charts.size()) {
        Block image;
        image.kind = Block::Kind::Image;
        image.text = m_charts.at(cascade.chart).title;
        image.chart = cascade.chart;
        m_blocks.append(image);
    }

    if (cascade.targetQuality) {
        const QString target = NumberFormat::fixed(*cascade.targetQuality, 3);
        if (sim.bestIndex >= 0 && sim.bestIndex < sim.curve.size()) {
            const SimulationPoint &best = sim.curve.at(sim.bestIndex);
            m_blocks.append(paragraph(Texts::tr("Chosen threshold: %1, the cheapest that reaches the target quality "
                                                "%2: %3 for these prompts (always the largest: %4), quality %5; "
                                                "answered by %6.")
                                          .arg(thresholdText(best.threshold), target, simulationCostText(best),
                                               simulationCostText(sim.alwaysLarge), qualityOf(best), shares(best))));
        } else {
            m_blocks.append(paragraph(Texts::tr("No threshold reaches the target quality %1 "
                                                "on these prompts.")
                                          .arg(target)));
        }
    }

    // Consecutive thresholds with the same outcome are one row: the table lists what changes.
    QList<QStringList> rows;
    rows.append({Texts::tr("Always small"), QString(), shares(sim.alwaysSmall), simulationCostText(sim.alwaysSmall),
                 qualityOf(sim.alwaysSmall)});
    for (qsizetype i = 0; i < sim.curve.size();) {
        const SimulationPoint &first = sim.curve.at(i);
        qsizetype j = i + 1;
        while (j < sim.curve.size() && sim.curve.at(j).answeredAtLevel == first.answeredAtLevel &&
               sim.curve.at(j).totalCostUsd == first.totalCostUsd && sim.curve.at(j).meanQuality == first.meanQuality)
            ++j;
        const double last = sim.curve.at(j - 1).threshold;
        const QString range = j - 1 == i ? thresholdText(first.threshold)
                                         : Texts::tr("%1–%2").arg(thresholdText(first.threshold), thresholdText(last));
        const bool chosen = sim.bestIndex >= i && sim.bestIndex < j && cascade.targetQuality;
        rows.append({chosen ? Texts::tr("Cascade (chosen)") : Texts::tr("Cascade"), range, shares(first),
                     simulationCostText(first), qualityOf(first)});
        i = j;
    }
    rows.append({Texts::tr("Always large"), QString(), shares(sim.alwaysLarge), simulationCostText(sim.alwaysLarge),
                 qualityOf(sim.alwaysLarge)});
    m_blocks.append(table({Texts::tr("Policy"), Texts::tr("Threshold"), Texts::tr("Answered at"),
                           Texts::tr("Total cost"), Texts::tr("Mean quality")},
                          rows));
}

QString Memo::bundledNotice()
{
    QFile file(QStringLiteral(":/NOTICE.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void Memo::build(const MemoInput &in)
{
    const Catalog &catalog = in.catalog;
    const RecommendationInput &input = in.input;
    const Recommendation &rec = in.recommendation;
    const Requirements &req = input.requirements;
    const Workload workload = input.workload();
    const BenchmarkInfo *benchmark = catalog.findBenchmark(rec.qualityBenchmark);
    const QString benchmarkName = benchmark ? benchmark->name : rec.qualityBenchmark;
    const QString catalogDate = catalog.date.toString(Qt::ISODate);

    // Title and provenance line.
    m_blocks.append(heading(
        1, rec.task ? Texts::tr("Decision memo: %1").arg(rec.task->taskName) : Texts::tr("Decision memo: model size")));
    QString intro = Texts::tr("Catalog: %1 (%2), prices as of %3.")
                        .arg(catalog.title.isEmpty() ? catalog.name : catalog.title, catalog.name, catalogDate);
    if (in.generated.isValid())
        intro = Texts::tr("%1 Written by Rightsize %2 on %3.")
                    .arg(intro, QStringLiteral(RIGHTSIZE_VERSION), in.generated.toString(Qt::ISODate));
    m_blocks.append(paragraph(intro));

    // Requirements.
    m_blocks.append(heading(2, Texts::tr("Requirements")));
    QList<QStringList> reqRows{
        {Texts::tr("Task"), rec.task ? rec.task->taskName : Texts::tr("none")},
        {Texts::tr("Complexity"), complexityDisplayName(req.complexity)},
        {Texts::tr("Multi-step reasoning"), req.multiStepReasoning ? Texts::tr("yes") : Texts::tr("no")},
        {Texts::tr("Maximum latency"), Texts::tr("%1 ms").arg(NumberFormat::upTo(req.maxLatencyMs, 6))},
        {Texts::tr("Maximum cost per 1,000 requests"), formatUsd(req.maxCostPer1kRequests)},
        {Texts::tr("Minimum accuracy"), NumberFormat::upTo(req.minAccuracy, 6)},
        {Texts::tr("Requests per day"), NumberFormat::upTo(req.requestsPerDay, 6)},
        {Texts::tr("Context length"), Texts::tr("%1 tokens").arg(NumberFormat::upTo(req.contextLength, 6))},
        {Texts::tr("Tokens per request"),
         Texts::tr("%1 input, %2 output")
             .arg(NumberFormat::upTo(input.inputTokens, 6), NumberFormat::upTo(input.outputTokens, 6))},
        {Texts::tr("Quality benchmark"), benchmarkName},
        {Texts::tr("Value margin"),
         Texts::tr("%1 % of the tier's best score").arg(NumberFormat::upTo(input.valueMargin * 100.0, 6))},
    };
    if (benchmark && benchmark->kind == ScoreKind::Rating)
        reqRows.append({Texts::tr("Minimum rating"),
                        input.minRating > 0.0 ? NumberFormat::upTo(input.minRating, 6) : Texts::tr("none")});
    m_blocks.append(table({Texts::tr("Requirement"), Texts::tr("Value")}, reqRows));

    // Tier decision.
    m_blocks.append(heading(2, Texts::tr("Recommendation")));
    if (!rec.tier.checks.isEmpty()) {
        const RuleCheck &decided = rec.tier.decidingRule();
        m_blocks.append(paragraph(Texts::tr("Recommended tier: %1. Rule %2 decided (%3): %4")
                                      .arg(tierDisplayName(rec.tier.tier), QString::number(decided.rule), decided.title,
                                           decided.explanation)));
        QStringList earlier;
        for (const RuleCheck &check : rec.tier.checks) {
            if (!check.fired)
                earlier.append(Texts::tr("Rule %1 (%2) did not fire: %3")
                                   .arg(QString::number(check.rule), check.title, check.explanation));
        }
        if (!earlier.isEmpty()) {
            m_blocks.append(paragraph(Texts::tr("Why the earlier rules did not decide:")));
            m_blocks.append(list(earlier));
        }
    }
    m_blocks.append(paragraph(
        Texts::tr("What rule %1 does to the list: %2").arg(QString::number(rec.tier.rule), rec.consequence.summary)));
    if (!rec.tierNote.isEmpty())
        m_blocks.append(paragraph(rec.tierNote));
    QStringList evidence{rec.benchmarkExplanation};
    if (!rec.qualityBar.isEmpty())
        evidence.append(rec.qualityBar);
    m_blocks.append(paragraph(evidence.join(QLatin1Char(' '))));

    // The three picks, with the trade-off in words.
    m_blocks.append(heading(3, Texts::tr("Picks")));
    const Picks &picks = rec.picks;
    if (picks.value) {
        QList<QStringList> rows;
        const struct
        {
            const Pick *pick;
            QString label;
        } named[] = {{&picks.value, Texts::tr("Value")},
                     {&picks.best, Texts::tr("Best quality")},
                     {&picks.cheapest, Texts::tr("Cheapest")}};
        for (const auto &n : named) {
            const Candidate &c = rec.candidates.at(n.pick->index);
            rows.append({n.label, modelName(c.model), c.model->provider, qualityText(c, rec.qualityBenchmark),
                         usd(c.cost, c.cost.monthlyUsd), serving(c), n.pick->sentence});
        }
        m_blocks.append(
            paragraph(Texts::tr("Value is the cheapest %1 model scoring within %2 % of the tier's best on %3; "
                                "best quality and cheapest bound it on either side.")
                          .arg(tierDisplayName(picks.tier).toLower(), NumberFormat::upTo(input.valueMargin * 100.0, 6),
                               benchmarkName)));
        m_blocks.append(table({Texts::tr("Pick"), Texts::tr("Model"), Texts::tr("Provider"), Texts::tr("Quality"),
                               Texts::tr("Monthly cost"), Texts::tr("Serving"), Texts::tr("Trade-off")},
                              rows));
    }
    if (!picks.note.isEmpty())
        m_blocks.append(paragraph(picks.note));
    if (!picks.outsideTier.isEmpty())
        m_blocks.append(paragraph(picks.outsideTier));
    if (rec.candidates.isEmpty()) {
        m_blocks.append(
            paragraph(Texts::tr("No model in the catalog satisfies every requirement; the near misses below "
                                "show what would have to give.")));
    }
    if (!rec.summary.isEmpty())
        m_blocks.append(list(rec.summary));

    // Task pick.
    if (rec.task) {
        const TaskPick &pick = *rec.task;
        m_blocks.append(heading(2, Texts::tr("Task-specific pick")));
        m_blocks.append(paragraph(Texts::tr("For %1 the article recommends %2 (alternative: %3). Reasoning: %4.")
                                      .arg(pick.taskName, pick.recommended, pick.alternative, pick.reasoning)));
        QList<QStringList> pickRows;
        for (const ModelSpec *m : {pick.recommendedModel, pick.alternativeModel}) {
            if (!m)
                continue;
            const CostEstimate cost = estimateCost(*m, workload, defaultsToSelfHosted(*m), input.selfHosting);
            const QualityScore *score = m->score(rec.qualityBenchmark);
            pickRows.append({modelName(m), m->provider, usd(cost, cost.monthlyUsd),
                             usd(cost, cost.perRequestUsd * 1000.0), serving(cost),
                             qualityText(score ? std::optional<double>(score->value) : std::nullopt)});
        }
        if (pickRows.isEmpty())
            m_blocks.append(paragraph(Texts::tr("Neither model is in this catalog.")));
        else
            m_blocks.append(table({Texts::tr("Model"), Texts::tr("Provider"), Texts::tr("Monthly cost"),
                                   Texts::tr("Cost per 1,000 requests"), Texts::tr("Serving"), Texts::tr("Quality")},
                                  pickRows));
    }

    // Candidates.
    m_blocks.append(heading(2, Texts::tr("Candidates")));
    if (rec.candidates.isEmpty()) {
        m_blocks.append(paragraph(Texts::tr("None.")));
    } else {
        QList<QStringList> rows;
        for (int i = 0; i < rec.candidates.size() && i < kMaxTableRows; ++i) {
            const Candidate &c = rec.candidates.at(i);
            rows.append({QString::number(i + 1), modelName(c.model), c.model->provider, tierText(*c.model),
                         qualityText(c, rec.qualityBenchmark), usd(c.cost, c.cost.monthlyUsd),
                         usd(c.cost, c.costPer1kRequests), serving(c)});
        }
        m_blocks.append(
            table({Texts::tr("#"), Texts::tr("Model"), Texts::tr("Provider"), Texts::tr("Tier"), Texts::tr("Quality"),
                   Texts::tr("Monthly cost"), Texts::tr("Cost per 1,000 requests"), Texts::tr("Serving")},
                  rows));
        if (rec.candidates.size() > kMaxTableRows)
            m_blocks.append(paragraph(
                Texts::tr("%n more candidate(s) not listed.", nullptr, int(rec.candidates.size() - kMaxTableRows))));
    }

    // Near misses.
    m_blocks.append(heading(2, Texts::tr("Near misses")));
    if (rec.nearMisses.isEmpty()) {
        m_blocks.append(paragraph(Texts::tr("None.")));
    } else {
        QList<QStringList> rows;
        for (int i = 0; i < rec.nearMisses.size() && i < kMaxTableRows; ++i) {
            const Candidate &c = rec.nearMisses.at(i);
            QStringList reasons;
            for (const Exclusion &e : c.exclusions)
                reasons.append(e.reason);
            rows.append({modelName(c.model), c.model->provider, qualityText(c, rec.qualityBenchmark),
                         usd(c.cost, c.cost.monthlyUsd), usd(c.cost, c.costPer1kRequests),
                         reasons.join(QStringLiteral("; "))});
        }
        m_blocks.append(
            table({Texts::tr("Model"), Texts::tr("Provider"), Texts::tr("Quality"), Texts::tr("Monthly cost"),
                   Texts::tr("Cost per 1,000 requests"), Texts::tr("Why excluded")},
                  rows));
        if (rec.nearMisses.size() > kMaxTableRows)
            m_blocks.append(paragraph(
                Texts::tr("%n more near miss(es) not listed.", nullptr, int(rec.nearMisses.size() - kMaxTableRows))));
    }
    if (rec.excludedCount > 0)
        m_blocks.append(
            paragraph(Texts::tr("%n other model(s) fail two or more requirements.", nullptr, rec.excludedCount)));

    // Charts with the figures behind them.
    const CostQualityData quality = buildCostQualityData(catalog, input, rec);
    const QList<CostOption> options = in.volumeOptions.isEmpty() ? defaultVolumeSelection(rec) : in.volumeOptions;
    const CostCurveData volume = buildCostCurveData(catalog, options, input);
    m_blocks.append(heading(2, Texts::tr("Cost versus quality")));
    if (!m_charts.isEmpty()) {
        Block image;
        image.kind = Block::Kind::Image;
        image.text = m_charts.constFirst().title;
        image.chart = 0;
        m_blocks.append(image);
    }
    if (quality.frontier.isEmpty()) {
        m_blocks.append(paragraph(Texts::tr("No model has both a price and a score on this benchmark.")));
    } else {
        m_blocks.append(paragraph(Texts::tr("Models on the cost/quality frontier (no other model "
                                            "is both cheaper and better on %1):")
                                      .arg(benchmarkName)));
        QList<QStringList> rows;
        for (int i = 0; i < quality.frontier.size() && i < kMaxTableRows; ++i) {
            const CostQualityPoint &p = quality.points.at(quality.frontier.at(i));
            rows.append({p.name, p.provider, tierDisplayName(p.tier), qualityText(p.quality), formatUsd(p.monthlyUsd),
                         p.recommended ? Texts::tr("recommended") : QString()});
        }
        m_blocks.append(table({Texts::tr("Model"), Texts::tr("Provider"), Texts::tr("Tier"), Texts::tr("Quality"),
                               Texts::tr("Monthly cost"), Texts::tr("Note")},
                              rows));
    }

    m_blocks.append(heading(2, Texts::tr("Monthly cost versus volume")));
    const int cascadeChart = in.cascade ? in.cascade->chart : -1;
    for (int i = 1; i < m_charts.size(); ++i) {
        if (i == cascadeChart)
            continue;
        Block image;
        image.kind = Block::Kind::Image;
        image.text = m_charts.at(i).title;
        image.chart = i;
        m_blocks.append(image);
    }
    if (volume.curves.isEmpty()) {
        m_blocks.append(paragraph(Texts::tr("No models selected.")));
    } else {
        QList<QStringList> rows;
        for (const CostCurve &c : volume.curves) {
            rows.append({c.name, c.selfHosted ? Texts::tr("self-hosted") : Texts::tr("API"),
                         formatUsd(c.costAtCurrentVolume),
                         c.points.isEmpty() ? QString() : formatUsd(c.points.constFirst().y()),
                         c.points.isEmpty() ? QString() : formatUsd(c.points.constLast().y())});
        }
        m_blocks.append(
            table({Texts::tr("Model"), Texts::tr("Serving"),
                   Texts::tr("At %1 requests/day").arg(NumberFormat::upTo(workload.requestsPerDay, 6)),
                   Texts::tr("At %1 requests/day").arg(NumberFormat::upTo(volume.range.minRequestsPerDay, 6)),
                   Texts::tr("At %1 requests/day").arg(NumberFormat::upTo(volume.range.maxRequestsPerDay, 6))},
                  rows));
        if (volume.breakEvens.isEmpty()) {
            m_blocks.append(paragraph(Texts::tr("No break-even volume between these options in the charted range.")));
        } else {
            QList<QStringList> beRows;
            for (int i = 0; i < volume.breakEvens.size() && i < kMaxTableRows; ++i) {
                const CostCurveBreakEven &b = volume.breakEvens.at(i);
                beRows.append(
                    {Texts::tr("%1 and %2").arg(b.firstName, b.secondName),
                     NumberFormat::upTo(std::round(b.point.requestsPerDay), 6), formatUsd(b.point.monthlyUsd),
                     b.point.atStep ? Texts::tr("a replica is added; the costs never meet") : Texts::tr("equal cost")});
            }
            m_blocks.append(paragraph(Texts::tr("Break-even volumes, where the cheaper option changes:")));
            m_blocks.append(table(
                {Texts::tr("Options"), Texts::tr("Requests per day"), Texts::tr("Monthly cost"), Texts::tr("Kind")},
                beRows));
        }
    }

    if (in.cascade)
        appendCascadeSimulation(*in.cascade);

    // Assumptions.
    m_blocks.append(heading(2, Texts::tr("Assumptions")));
    const SelfHostingAssumptions &sh = input.selfHosting;
    m_blocks.append(list({
        Texts::tr("Volume: %1 requests per day of %2 input and %3 output tokens; a month is %4 days.")
            .arg(NumberFormat::upTo(workload.requestsPerDay, 6), NumberFormat::upTo(workload.inputTokens, 6),
                 NumberFormat::upTo(workload.outputTokens, 6), NumberFormat::upTo(kDaysPerMonth, 6)),
        Texts::tr("API cost per month = 30 × requests per day × (input tokens × input price + output tokens × output "
                  "price) / 1,000,000."),
        sh.gpuHourlyUsd
            ? Texts::tr("GPU price: %1 per GPU hour for every self-hosted model.").arg(formatUsd(*sh.gpuHourlyUsd))
            : Texts::tr("GPU price: each model's self-hosted hourly price from the catalog."),
        Texts::tr("Self-hosting capacity: %1 tokens per second per replica at %2 % utilisation, "
                  "peak load %3 × the daily average, %4 GPU(s) per replica; replicas = "
                  "ceil(peak tokens per second / usable throughput), at least 1; a replica runs "
                  "720 hours a month.")
            .arg(NumberFormat::upTo(sh.tokensPerSecondPerReplica, 6), NumberFormat::upTo(sh.utilisation * 100.0, 6),
                 NumberFormat::upTo(sh.peakFactor, 6), QString::number(sh.gpusPerReplica)),
        sh.gpuWatts > 0.0 && sh.electricityUsdPerKwh > 0.0
            ? Texts::tr("Power: %1 W per GPU × 720 hours × %2 per kWh × PUE %3 = %4 per GPU a month, added to every "
                        "self-hosted cost.")
                  .arg(NumberFormat::upTo(sh.gpuWatts, 6), formatUsd(sh.electricityUsdPerKwh),
                       NumberFormat::upTo(std::max(1.0, sh.pue), 6),
                       formatUsd(sh.gpuWatts / 1000.0 * kHoursPerMonth * sh.electricityUsdPerKwh *
                                 std::max(1.0, sh.pue)))
            : Texts::tr("Power: not counted separately (a rented GPU's hourly price includes it)."),
        sh.hardwareUsdPerGpu > 0.0
            ? Texts::tr("Owned hardware: %1 per GPU written off over %2 months = %3 per GPU a month.")
                  .arg(formatUsd(sh.hardwareUsdPerGpu), NumberFormat::upTo(sh.amortisationMonths, 6),
                       formatUsd(sh.hardwareUsdPerGpu / std::max(1.0, sh.amortisationMonths)))
            : Texts::tr("Owned hardware: none counted."),
        Texts::tr("A price of $0 for input and output in an API catalog is a placeholder, not a free model: such "
                  "costs are shown as unknown. Local models cost only what power and hardware are counted."),
    }));

    // Prices of every model this memo names.
    QList<const ModelSpec *> named;
    auto name = [&](const ModelSpec *m) {
        if (m && !named.contains(m))
            named.append(m);
    };
    for (int i = 0; i < rec.candidates.size() && i < kMaxTableRows; ++i)
        name(rec.candidates.at(i).model);
    for (int i = 0; i < rec.nearMisses.size() && i < kMaxTableRows; ++i)
        name(rec.nearMisses.at(i).model);
    if (rec.task) {
        name(rec.task->recommendedModel);
        name(rec.task->alternativeModel);
    }
    for (const CostOption &o : options)
        name(o.model);
    if (!named.isEmpty()) {
        QList<QStringList> rows;
        for (const ModelSpec *m : std::as_const(named)) {
            const bool apiKnown = hasKnownApiPrice(*m);
            rows.append({modelName(m), m->provider, apiKnown ? formatUsd(m->inputPricePerMTok) : Texts::tr("unknown"),
                         apiKnown ? formatUsd(m->outputPricePerMTok) : Texts::tr("unknown"),
                         m->selfHostedPerHour ? formatUsd(*m->selfHostedPerHour) : Texts::tr("—")});
        }
        m_blocks.append(paragraph(
            Texts::tr("Prices of the models named in this memo (USD, catalog %1; sources below):").arg(catalog.name)));
        m_blocks.append(table({Texts::tr("Model"), Texts::tr("Provider"), Texts::tr("Input per 1M tokens"),
                               Texts::tr("Output per 1M tokens"), Texts::tr("Self-hosted per GPU hour")},
                              rows));
    }

    // Sources.
    m_blocks.append(heading(2, Texts::tr("Data sources")));
    QStringList sources{Texts::tr("Catalog %1 (%2), snapshot of %3.").arg(catalog.name, catalog.title, catalogDate)};
    if (!catalog.attribution.isEmpty())
        sources.append(catalog.attribution);
    if (benchmark) {
        QString text = Texts::tr("Quality: %1 from %2").arg(benchmark->name, benchmark->source);
        if (benchmark->date.isValid())
            text = Texts::tr("%1, data of %2").arg(text, benchmark->date.toString(Qt::ISODate));
        if (!benchmark->license.isEmpty())
            text = Texts::tr("%1 (licence: %2)").arg(text, benchmark->license);
        sources.append(text + QLatin1Char('.'));
    }
    m_blocks.append(list(sources));
    const QString notice = in.notice.isEmpty() ? bundledNotice() : in.notice;
    m_blocks.append(noticeBlocks(notice));
}

QString Memo::toMarkdown() const
{
    QString out;
    for (const Block &b : m_blocks) {
        switch (b.kind) {
        case Block::Kind::Heading:
            out += QString(b.level, QLatin1Char('#')) + QLatin1Char(' ') + b.text + QStringLiteral("\n\n");
            break;
        case Block::Kind::Paragraph:
            out += b.text + QStringLiteral("\n\n");
            break;
        case Block::Kind::List:
            for (const QString &item : b.items)
                out += QStringLiteral("- ") + item + QLatin1Char('\n');
            out += QLatin1Char('\n');
            break;
        case Block::Kind::Table: {
            QStringList header;
            QStringList rule;
            for (const QString &h : b.items) {
                header.append(markdownCell(h));
                rule.append(QStringLiteral("---"));
            }
            out += QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
            out += QStringLiteral("|") + rule.join(QStringLiteral("|")) + QStringLiteral("|\n");
            for (const QStringList &row : b.rows) {
                QStringList cells;
                for (const QString &c : row)
                    cells.append(markdownCell(c));
                out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
            }
            out += QLatin1Char('\n');
            break;
        }
        case Block::Kind::Image: {
            const MemoChart &chart = m_charts.at(b.chart);
            if (!chart.markdownTarget.isEmpty())
                out += QStringLiteral("![") + chart.title + QStringLiteral("](") + chart.markdownTarget +
                    QStringLiteral(")\n\n");
            break;
        }
        }
    }
    return out;
}

QString Memo::toHtml() const
{
    QString title;
    for (const Block &b : m_blocks) {
        if (b.kind == Block::Kind::Heading) {
            title = b.text;
            break;
        }
    }
    QString out =
        QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n<style>\n"
                       "body { font-family: sans-serif; max-width: 60em; margin: 2em auto; line-height: 1.4; }\n"
                       "table { border-collapse: collapse; margin: 0.5em 0 1em 0; }\n"
                       "th, td { border: 1px solid #999; padding: 3px 8px; text-align: left; vertical-align: top; }\n"
                       "th { background: #eee; }\n"
                       "img, svg { max-width: 100%; height: auto; }\n"
                       "</style>\n</head>\n<body>\n")
            .arg(title.toHtmlEscaped());
    for (const Block &b : m_blocks) {
        switch (b.kind) {
        case Block::Kind::Heading:
            out += QStringLiteral("<h%1>%2</h%1>\n").arg(QString::number(b.level), b.text.toHtmlEscaped());
            break;
        case Block::Kind::Paragraph:
            out += QStringLiteral("<p>") + b.text.toHtmlEscaped() + QStringLiteral("</p>\n");
            break;
        case Block::Kind::List:
            out += QStringLiteral("<ul>\n");
            for (const QString &item : b.items)
                out += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>\n");
            out += QStringLiteral("</ul>\n");
            break;
        case Block::Kind::Table:
            out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">\n<tr>");
            for (const QString &h : b.items)
                out += QStringLiteral("<th>") + h.toHtmlEscaped() + QStringLiteral("</th>");
            out += QStringLiteral("</tr>\n");
            for (const QStringList &row : b.rows) {
                out += QStringLiteral("<tr>");
                for (const QString &c : row)
                    out += QStringLiteral("<td>") + c.toHtmlEscaped() + QStringLiteral("</td>");
                out += QStringLiteral("</tr>\n");
            }
            out += QStringLiteral("</table>\n");
            break;
        case Block::Kind::Image: {
            const MemoChart &chart = m_charts.at(b.chart);
            if (!chart.inlineSvg.isEmpty()) {
                out += QStringLiteral("<figure>\n") + chart.inlineSvg + QStringLiteral("\n</figure>\n");
            } else if (!chart.htmlSource.isEmpty()) {
                const QString width =
                    chart.htmlWidth > 0 ? QStringLiteral(" width=\"%1\"").arg(chart.htmlWidth) : QString();
                out += QStringLiteral("<p><img src=\"%1\" alt=\"%2\"%3></p>\n")
                           .arg(chart.htmlSource.toHtmlEscaped(), chart.title.toHtmlEscaped(), width);
            }
            break;
        }
        }
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}
