// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/catalog.h"
#include "catalog/catalogregistry.h"
#include "decision/recommendation.h"
#include "report/memo.h"
#include "routing/cascadesimulator.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
SimulatedAnswer answer(int level, double cost, double confidence, double quality)
{
    SimulatedAnswer a;
    a.level = level;
    a.endpointName = level == 0 ? QStringLiteral("small-ep") : QStringLiteral("large-ep");
    a.costUsd = cost;
    a.confidence = confidence;
    a.quality = quality;
    return a;
}

/// Four prompts at two levels ($0.001 and $0.01 an answer). By hand: t ≤ 0.50 keeps every small
/// answer ($0.004, quality 0.5); 0.55–0.70 escalates the 0.5 one ($0.014, 0.75); 0.75–0.90 the
/// 0.7 one too ($0.024, 0.75); 0.95 the 0.9 one ($0.034, 0.75); 1.00 all ($0.044, 1.0).
QList<SimulatedPrompt> fourPrompts()
{
    return {
        {QStringLiteral("p1"), {answer(0, 0.001, 0.90, 1), answer(1, 0.01, 0.95, 1)}},
        {QStringLiteral("p2"), {answer(0, 0.001, 0.50, 0), answer(1, 0.01, 0.90, 1)}},
        {QStringLiteral("p3"), {answer(0, 0.001, 0.70, 1), answer(1, 0.01, 0.80, 1)}},
        {QStringLiteral("p4"), {answer(0, 0.001, 0.95, 0), answer(1, 0.01, 0.99, 1)}},
    };
}
} // namespace

class TestMemo : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Catalog m_catalog;
    RecommendationInput m_input;
    Recommendation m_recommendation;

    QString render(bool html)
    {
        MemoInput in{m_catalog, m_input, m_recommendation, {}, {}, {}, {}, {}};
        in.charts.append({QStringLiteral("Cost versus quality"),
                          QStringLiteral("memo-cost-quality.png"),
                          QStringLiteral("data:image/png;base64,AAAA"),
                          {},
                          800});
        in.charts.append({QStringLiteral("Monthly cost versus volume"),
                          QStringLiteral("memo-monthly-cost.png"),
                          QStringLiteral("data:image/png;base64,BBBB"),
                          {},
                          800});
        const Memo memo(in);
        return html ? memo.toHtml() : memo.toMarkdown();
    }

private slots:
    void initTestCase()
    {
        const Result<Catalog> catalog = CatalogRegistry(m_dir.path()).load(QStringLiteral("article-2025"));
        QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
        m_catalog = *catalog;
        // The article's scenario: 10,000 requests/day of 500 input and 200 output tokens, for text
        // classification (the article's pick: Phi-3-mini, self-hosted).
        m_input.requirements.requestsPerDay = 10000;
        m_input.inputTokens = 500;
        m_input.outputTokens = 200;
        m_input.task = QStringLiteral("text_classification");
        m_recommendation = recommend(m_catalog, m_input);
    }

    void goldenFigures_data()
    {
        QTest::addColumn<bool>("html");
        QTest::addRow("markdown") << false;
        QTest::addRow("html") << true;
    }
    void goldenFigures()
    {
        QFETCH(bool, html);
        const QString memo = render(html);
        QVERIFY2(memo.contains(QStringLiteral("$1,650.00")), "GPT-4o monthly cost");
        QVERIFY2(memo.contains(QStringLiteral("$58.50")), "GPT-4o-mini monthly cost");
        QVERIFY2(memo.contains(QStringLiteral("$360.00")), "Phi-3-mini monthly cost");
        QVERIFY(memo.contains(QStringLiteral("10,000")));
        QVERIFY(memo.contains(QStringLiteral("2025-01-01")));
    }

    void reasoningAndSources_data() { goldenFigures_data(); }
    void reasoningAndSources()
    {
        QFETCH(bool, html);
        const QString memo = render(html);
        // Defaults with 10,000 requests/day: rule 6 decides (medium complexity, accuracy 0.9 < 0.92).
        QCOMPARE(m_recommendation.tier.rule, 6);
        QVERIFY(memo.contains(QStringLiteral("Rule 6 decided")));
        for (int rule = 1; rule <= 5; ++rule)
            QVERIFY2(memo.contains(QStringLiteral("Rule %1 (").arg(rule)), qPrintable(QString::number(rule)));
        QVERIFY(memo.contains(QStringLiteral("did not fire")));
        QVERIFY(memo.contains(QStringLiteral("Text classification")));
        QVERIFY(memo.contains(QStringLiteral("Near misses")));
        // Prices per 1M tokens of the models named, GPU figures, attribution from NOTICE.md.
        QVERIFY(memo.contains(QStringLiteral("$15.00")));
        QVERIFY(memo.contains(QStringLiteral("2,000 tokens per second")));
        QVERIFY(memo.contains(m_catalog.attribution.toHtmlEscaped()));
        QVERIFY(memo.contains(QStringLiteral("LiteLLM")));
        QVERIFY(memo.contains(QStringLiteral("CC BY 4.0")));
    }

    void markdownLinksCharts()
    {
        const QString md = render(false);
        QVERIFY(md.contains(QStringLiteral("![Cost versus quality](memo-cost-quality.png)")));
        QVERIFY(md.contains(QStringLiteral("![Monthly cost versus volume](memo-monthly-cost.png)")));
        QVERIFY(md.contains(QStringLiteral("| Model | Provider |")));
        QVERIFY(md.startsWith(QStringLiteral("# Decision memo: Text classification\n")));
    }

    void htmlEmbedsCharts()
    {
        const QString html = render(true);
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(
            QStringLiteral("<img src=\"data:image/png;base64,AAAA\" alt=\"Cost versus quality\" width=\"800\">")));
        QVERIFY(html.contains(QStringLiteral("data:image/png;base64,BBBB")));
        QVERIFY(html.contains(QStringLiteral("<th>Model</th>")));
        QVERIFY(!html.contains(QStringLiteral("| ---"))); // NOTICE.md's table became a real table
    }

    void cascadeSimulationSection_data()
    {
        QTest::addColumn<double>("target");
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QString>("chosenRow");
        QTest::addRow("target 0.75: threshold 0.55")
            << 0.75
            << QStringLiteral("Chosen threshold: 0.55, the cheapest that reaches the target quality 0.750: $0.014 for "
                              "these prompts (always the largest: $0.04), quality 0.750; answered by small-ep 75 %, "
                              "large-ep 25 %.")
            << QStringLiteral("| Cascade (chosen) | 0.55–0.70 | small-ep 75 %, large-ep 25 % | $0.014 | 0.750 |");
        QTest::addRow("target 0.9: only threshold 1")
            << 0.9
            << QStringLiteral("Chosen threshold: 1.00, the cheapest that reaches the target quality 0.900: $0.044 for "
                              "these prompts (always the largest: $0.04), quality 1.000; answered by small-ep 0 %, "
                              "large-ep 100 %.")
            << QStringLiteral("| Cascade (chosen) | 1.00 | small-ep 0 %, large-ep 100 % | $0.044 | 1.000 |");
    }
    void cascadeSimulationSection()
    {
        QFETCH(double, target);
        QFETCH(QString, chosen);
        QFETCH(QString, chosenRow);
        const Result<CascadeSimulation> simulation = CascadeSimulator::simulate(fourPrompts(), {0.05, target});
        QVERIFY2(simulation.ok(), qPrintable(simulation.error()));
        MemoInput in{m_catalog, m_input, m_recommendation, {}, {}, {}, {}, {}};
        in.charts.append({QStringLiteral("Cost versus quality"), QStringLiteral("memo-cost-quality.png"), {}, {}, 0});
        in.charts.append(
            {QStringLiteral("Monthly cost versus volume"), QStringLiteral("memo-monthly-cost.png"), {}, {}, 0});
        in.charts.append({QStringLiteral("Cascade chart"), QStringLiteral("memo-cascade-simulation.png"), {}, {}, 0});
        in.cascade = MemoCascadeSimulation{*simulation,
                                           {QStringLiteral("small-ep"), QStringLiteral("large-ep")},
                                           target,
                                           QStringLiteral("4 stored runs."),
                                           2};
        const QString memo = Memo(in).toMarkdown();
        QVERIFY(memo.contains(
            QStringLiteral("## Cascade simulation\n\n4 stored prompt(s) replayed under “smallest first, "
                           "escalate while the confidence is below the threshold” through small-ep → "
                           "large-ep, for thresholds from 0 to 1; no call was made. Source: 4 stored runs.")));
        QVERIFY2(memo.contains(chosen), qPrintable(memo));
        QVERIFY2(memo.contains(chosenRow), qPrintable(memo));
        // Every distinct outcome once, between the two reference policies.
        QVERIFY(
            memo.contains(QStringLiteral("| Always small |  | small-ep 100 %, large-ep 0 % | $0.004 | 0.500 |\n"
                                         "| Cascade | 0.00–0.50 | small-ep 100 %, large-ep 0 % | $0.004 | 0.500 |\n")));
        QVERIFY(memo.contains(QStringLiteral("0.95 | small-ep 25 %, large-ep 75 % | $0.034 | 0.750 |\n")));
        QVERIFY(memo.contains(QStringLiteral("| Always large |  | small-ep 0 %, large-ep 100 % | $0.04 | 1.000 |\n")));
        // The simulation's chart sits in its own section, not with the volume chart.
        const qsizetype image = memo.indexOf(QStringLiteral("![Cascade chart](memo-cascade-simulation.png)"));
        QVERIFY(image > memo.indexOf(QStringLiteral("## Cascade simulation")));
        QVERIFY(memo.indexOf(QStringLiteral("## Cascade simulation")) >
                memo.indexOf(QStringLiteral("## Monthly cost versus volume")));
        QCOMPARE(memo.count(QStringLiteral("memo-cascade-simulation.png")), 1);
        QVERIFY(memo.indexOf(QStringLiteral("## Cascade simulation")) < memo.indexOf(QStringLiteral("## Assumptions")));
    }

    // the memo carries the same three picks as the page and the command line, with
    // the trade-off in words, the rule's consequence and which benchmark decided.
    void picksWithTheirTradeOffs()
    {
        RecommendationInput input = m_input;
        input.task.clear();
        input.requirements.complexity = Complexity::High;
        input.requirements.multiStepReasoning = true;
        input.requirements.minAccuracy = 0.7;
        input.requirements.maxCostPer1kRequests = 10;
        const Recommendation rec = recommend(m_catalog, input);
        MemoInput in{m_catalog, input, rec, {}, {}, {}, {}, {}};
        const QString md = Memo(in).toMarkdown();
        QVERIFY2(md.contains(QStringLiteral("### Picks\n")), qPrintable(md));
        QVERIFY2(md.contains(QStringLiteral(
                     "| Value | Claude 3.5 Sonnet | anthropic | 93 | $1,350.00 | API | Claude 3.5 Sonnet "
                     "scores 93 on Article quality score, within 3 % of the best large model (95), at "
                     "$1,350.00 a month: the cheapest that close to the best. |")),
                 qPrintable(md));
        QVERIFY(md.contains(
            QStringLiteral("| Best quality | GPT-4o | openai | 95 | $1,650.00 | API | GPT-4o costs 1.2× Claude "
                           "3.5 Sonnet for +2 percentage points (+2 %). |")));
        QVERIFY(md.contains(QStringLiteral("| Cheapest | Claude 3.5 Sonnet |")));
        QVERIFY(md.contains(QStringLiteral("What rule 1 does to the list: Large models are listed first.")));
        QVERIFY(md.contains(
            QStringLiteral("Article quality score decides quality: the catalog's default (no task chosen).")));
        QVERIFY(md.contains(QStringLiteral("| Value margin | 3 % of the tier's best score |")));
    }

    void taskBenchmarkAndSelfHostingAssumptions()
    {
        // The golden scenario's memo names the task's benchmark and says how power and hardware count.
        const QString md = render(false);
        QVERIFY2(md.contains(QStringLiteral("Article quality score decides quality: the benchmark of the task “Text "
                                            "classification” (the only quality score the article gives).")),
                 qPrintable(md));
        QVERIFY(
            md.contains(QStringLiteral("Power: not counted separately (a rented GPU's hourly price includes it).")));
        QVERIFY(md.contains(QStringLiteral("Owned hardware: none counted.")));
        RecommendationInput input = m_input;
        input.selfHosting.gpuWatts = 300;
        input.selfHosting.electricityUsdPerKwh = 0.2;
        input.selfHosting.pue = 1.5;
        input.selfHosting.hardwareUsdPerGpu = 7200;
        const Recommendation rec = recommend(m_catalog, input);
        MemoInput in{m_catalog, input, rec, {}, {}, {}, {}, {}};
        const QString withPower = Memo(in).toMarkdown();
        QVERIFY(withPower.contains(
            QStringLiteral("Power: 300 W per GPU × 720 hours × $0.20 per kWh × PUE 1.5 = $64.80 per GPU "
                           "a month, added to every self-hosted cost.")));
        QVERIFY(withPower.contains(
            QStringLiteral("Owned hardware: $7,200.00 per GPU written off over 36 months = $200.00 per "
                           "GPU a month.")));
    }

    void noSimulationNoSection() { QVERIFY(!render(false).contains(QStringLiteral("Cascade simulation"))); }

    void bundledNoticeIsCompiledIn()
    {
        QVERIFY(Memo::bundledNotice().contains(QStringLiteral("data sources and attribution")));
    }
};

QTEST_GUILESS_MAIN(TestMemo)
#include "tst_memo.moc"
