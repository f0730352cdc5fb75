// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/catalog.h"
#include "decision/recommendation.h"

#include <QTest>

#include <cmath>

Q_DECLARE_METATYPE(RecommendationInput)
Q_DECLARE_METATYPE(Complexity)

namespace {

const QDate kArticleDate(2025, 1, 1);

ModelSpec model(const QString &id, Tier tier, double input, double output, std::optional<double> selfHosted,
                std::optional<double> latency, std::optional<int> context, std::optional<double> articleQuality)
{
    ModelSpec m;
    m.id = id;
    m.displayName = id.toUpper();
    m.tier = tier;
    m.inputPricePerMTok = input;
    m.outputPricePerMTok = output;
    m.selfHostedPerHour = selfHosted;
    m.typicalLatencyMs = latency;
    m.contextWindow = context;
    if (articleQuality)
        m.quality.append({QStringLiteral("article"), *articleQuality, QStringLiteral("Source article"), kArticleDate});
    return m;
}

/// The article's catalog (resources/catalogs/article-2025.json), built here so that this test does not
/// depend on the catalog parser; plus an Elo-style benchmark for the rating cases.
Catalog articleCatalog()
{
    Catalog c;
    c.name = QStringLiteral("article-2025");
    c.date = kArticleDate;
    c.defaultBenchmark = QStringLiteral("article");
    c.benchmarks.append({QStringLiteral("article"), QStringLiteral("Article quality score"), ScoreKind::Accuracy, 100,
                         {}, {}, kArticleDate});
    c.benchmarks.append({QStringLiteral("arena"), QStringLiteral("LMArena"), ScoreKind::Rating, 1, {}, {},
                         kArticleDate});
    c.models = {
        model(QStringLiteral("gpt-4o"), Tier::Large, 5.00, 15.00, {}, 500, 128000, 95),
        model(QStringLiteral("gpt-4o-mini"), Tier::Medium, 0.15, 0.60, {}, 200, 128000, 85),
        model(QStringLiteral("claude-3.5-sonnet"), Tier::Large, 3.00, 15.00, {}, 400, {}, 93),
        model(QStringLiteral("phi-3-mini"), Tier::Small, 0, 0, 0.50, 50, 4096, 75),
        model(QStringLiteral("llama-3-8b"), Tier::Medium, 0, 0, 1.00, 100, {}, 80),
    };
    c.models[0].quality.append({QStringLiteral("arena"), 1280, QStringLiteral("LMArena"), kArticleDate});
    c.models[1].quality.append({QStringLiteral("arena"), 1230, QStringLiteral("LMArena"), kArticleDate});
    c.tasks = {
        {QStringLiteral("text_classification"), QStringLiteral("Text classification"), QStringLiteral("phi-3-mini"),
         QStringLiteral("fine-tuned BERT"), QStringLiteral("Simple task, high volume, latency sensitive")},
        {QStringLiteral("document_summarization"), QStringLiteral("Document summarization"),
         QStringLiteral("gpt-4o-mini"), QStringLiteral("claude-3-haiku"),
         QStringLiteral("Quality/cost balance, long documents")},
        {QStringLiteral("realtime_chat"), QStringLiteral("Real-time chat"), QStringLiteral("phi-3-mini (on-device)"),
         QStringLiteral("gpt-4o-mini"), QStringLiteral("Latency is critical")},
    };
    return c;
}

/// The article's catalog plus a tiny and a frontier model, so that every tier group is populated.
Catalog fiveTierCatalog()
{
    Catalog c = articleCatalog();
    c.models.append(model(QStringLiteral("distilbert"), Tier::Tiny, 0, 0, 0.10, 10, 4096, 60));        // $72/month
    c.models.append(model(QStringLiteral("frontier-x"), Tier::Frontier, 10, 30, {}, 800, 200000, 97)); // $330/month
    return c;
}

/// Loose enough that every model of fiveTierCatalog() is a candidate.
RecommendationInput relaxed()
{
    RecommendationInput in;
    in.requirements.maxCostPer1kRequests = 1000;
    in.requirements.minAccuracy = 0.5;
    return in;
}

QStringList ids(const QList<Candidate> &list)
{
    QStringList out;
    for (const Candidate &c : list)
        out.append(c.model->id);
    return out;
}

const Candidate *find(const QList<Candidate> &list, QStringView id)
{
    for (const Candidate &c : list) {
        if (c.model->id == id)
            return &c;
    }
    return nullptr;
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

}

class TestRecommendation : public QObject
{
    Q_OBJECT
private slots:
    // Recommended tier first, then larger tiers nearest first, then smaller ones nearest first; by
    // monthly cost within a tier. Monthly costs at 1,000 requests/day: distilbert $72, phi-3-mini $360,
    // gpt-4o-mini $5.85, llama-3-8b $720, claude-3.5-sonnet $135, gpt-4o $165, frontier-x $330.
    void candidateOrder_data()
    {
        QTest::addColumn<Complexity>("complexity");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QStringList>("order");
        QTest::addRow("small (rule 6)")
            << Complexity::Medium << QStringLiteral("small")
            << QStringList{QStringLiteral("phi-3-mini"), QStringLiteral("gpt-4o-mini"), QStringLiteral("llama-3-8b"),
                           QStringLiteral("claude-3.5-sonnet"), QStringLiteral("gpt-4o"), QStringLiteral("frontier-x"),
                           QStringLiteral("distilbert")};
        QTest::addRow("medium (rule 7)")
            << Complexity::High << QStringLiteral("medium")
            << QStringList{QStringLiteral("gpt-4o-mini"), QStringLiteral("llama-3-8b"),
                           QStringLiteral("claude-3.5-sonnet"), QStringLiteral("gpt-4o"), QStringLiteral("frontier-x"),
                           QStringLiteral("phi-3-mini"), QStringLiteral("distilbert")};
        QTest::addRow("tiny (rule 5)")
            << Complexity::Simple << QStringLiteral("tiny")
            << QStringList{QStringLiteral("distilbert"), QStringLiteral("phi-3-mini"), QStringLiteral("gpt-4o-mini"),
                           QStringLiteral("llama-3-8b"), QStringLiteral("claude-3.5-sonnet"), QStringLiteral("gpt-4o"),
                           QStringLiteral("frontier-x")};
    }
    void candidateOrder()
    {
        QFETCH(Complexity, complexity);
        QFETCH(QString, tier);
        QFETCH(QStringList, order);
        const Catalog catalog = fiveTierCatalog();
        RecommendationInput in = relaxed();
        in.requirements.complexity = complexity;
        const Recommendation r = recommend(catalog, in);
        QCOMPARE(tierId(r.tier.tier), tier);
        QCOMPARE(ids(r.candidates), order);
        QVERIFY(r.nearMisses.isEmpty());
        QCOMPARE(r.excludedCount, 0);
        for (const Candidate &c : r.candidates) {
            QCOMPARE(c.tierMatches, tierId(c.model->tier) == tier);
            QVERIFY(c.exclusions.isEmpty());
            QVERIFY(c.model >= catalog.models.constData()
                    && c.model < catalog.models.constData() + catalog.models.size());
        }
    }

    void tiesBrokenByQualityThenId()
    {
        Catalog catalog;
        catalog.defaultBenchmark = QStringLiteral("article");
        catalog.benchmarks.append({QStringLiteral("article"), QStringLiteral("Article quality score"),
                                   ScoreKind::Accuracy, 100, {}, {}, {}});
        catalog.models = {
            model(QStringLiteral("b-model"), Tier::Small, 1, 1, {}, 100, 8000, 80),
            model(QStringLiteral("d-model"), Tier::Small, 1, 1, {}, 100, 8000, {}),
            model(QStringLiteral("a-model"), Tier::Small, 1, 1, {}, 100, 8000, 80),
            model(QStringLiteral("c-model"), Tier::Small, 1, 1, {}, 100, 8000, 90),
            model(QStringLiteral("cheap"), Tier::Small, 0.5, 0.5, {}, 100, 8000, 50),
        };
        const Recommendation r = recommend(catalog, relaxed());
        QCOMPARE(ids(r.candidates),
                 (QStringList{QStringLiteral("cheap"), QStringLiteral("c-model"), QStringLiteral("a-model"),
                              QStringLiteral("b-model"), QStringLiteral("d-model")}));
    }

    void costsAndQuality()
    {
        const Catalog catalog = articleCatalog();
        const Recommendation r = recommend(catalog, relaxed());
        const Candidate *mini = find(r.candidates, u"gpt-4o-mini");
        QVERIFY(mini);
        QVERIFY(near(mini->cost.monthlyUsd, 5.85));
        QVERIFY(near(mini->costPer1kRequests, 0.195));
        QVERIFY(!mini->cost.selfHosted);
        QCOMPARE(mini->quality, std::optional<double>(85));
        QVERIFY(mini->accuracy && near(*mini->accuracy, 0.85));

        // An hourly price and no API price: costed as self-hosted.
        const Candidate *phi = find(r.candidates, u"phi-3-mini");
        QVERIFY(phi);
        QVERIFY(phi->cost.selfHosted);
        QCOMPARE(phi->cost.replicas, 1);
        QVERIFY(near(phi->cost.monthlyUsd, 360.0));
        QVERIFY(near(phi->costPer1kRequests, 12.0));

        // The self-hosting assumptions reach the costs.
        RecommendationInput in = relaxed();
        in.selfHosting.gpuHourlyUsd = 1.0;
        const Recommendation withGpuPrice = recommend(catalog, in);
        QVERIFY(near(find(withGpuPrice.candidates, u"phi-3-mini")->cost.monthlyUsd, 720.0));
    }

    // Defaults: $1.00 per 1,000 requests, accuracy 0.9, 1,000 requests/day. Per 1,000 requests:
    // gpt-4o $5.50, claude-3.5-sonnet $4.50, gpt-4o-mini $0.195 (accuracy 0.85), phi-3-mini $12 (0.75),
    // llama-3-8b $24 (0.80).
    void nearMissesAndExcluded()
    {
        const Catalog catalog = articleCatalog();
        const Recommendation r = recommend(catalog, RecommendationInput{});
        QVERIFY(r.candidates.isEmpty());
        QCOMPARE(ids(r.nearMisses), (QStringList{QStringLiteral("gpt-4o-mini"), QStringLiteral("claude-3.5-sonnet"),
                                                 QStringLiteral("gpt-4o")}));
        QCOMPARE(r.excludedCount, 2);   // phi-3-mini and llama-3-8b fail cost and accuracy

        const Candidate &mini = r.nearMisses.at(0);
        QCOMPARE(mini.exclusions.size(), 1);
        QCOMPARE(mini.exclusions.at(0).constraint, Exclusion::Constraint::Quality);
        QCOMPARE(mini.exclusions.at(0).reason,
                 QStringLiteral("Accuracy 0.85 on Article quality score is under the minimum 0.9"));
        QVERIFY(mini.notes.isEmpty());

        const Candidate &sonnet = r.nearMisses.at(1);
        QCOMPARE(sonnet.exclusions.size(), 1);
        QCOMPARE(sonnet.exclusions.at(0).constraint, Exclusion::Constraint::Cost);
        QCOMPARE(sonnet.exclusions.at(0).reason,
                 QStringLiteral("Cost $4.50 per 1,000 requests is over the $1.00 limit"));
        QCOMPARE(sonnet.notes, QStringList{QStringLiteral("context window unknown: not checked")});

        const Candidate &gpt4o = r.nearMisses.at(2);
        QCOMPARE(gpt4o.exclusions.at(0).reason,
                 QStringLiteral("Cost $5.50 per 1,000 requests is over the $1.00 limit"));
        QVERIFY(!gpt4o.tierMatches);
    }

    void exclusionReasons_data()
    {
        QTest::addColumn<RecommendationInput>("input");
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("constraint");
        QTest::addColumn<QString>("reason");

        RecommendationInput in = relaxed();
        in.requirements.maxLatencyMs = 300;
        QTest::addRow("latency") << in << QStringLiteral("gpt-4o") << int(Exclusion::Constraint::Latency)
                                 << QStringLiteral("Typical latency 500 ms is over the 300 ms limit");
        QTest::addRow("latency, sonnet") << in << QStringLiteral("claude-3.5-sonnet")
                                         << int(Exclusion::Constraint::Latency)
                                         << QStringLiteral("Typical latency 400 ms is over the 300 ms limit");
        in = relaxed();
        in.requirements.maxCostPer1kRequests = 5;
        QTest::addRow("cost") << in << QStringLiteral("gpt-4o") << int(Exclusion::Constraint::Cost)
                              << QStringLiteral("Cost $5.50 per 1,000 requests is over the $5.00 limit");
        in = relaxed();
        in.requirements.minAccuracy = 0.8;
        QTest::addRow("accuracy") << in << QStringLiteral("phi-3-mini") << int(Exclusion::Constraint::Quality)
                                  << QStringLiteral("Accuracy 0.75 on Article quality score is under the minimum 0.8");
        in = relaxed();
        in.requirements.contextLength = 8000;
        QTest::addRow("context") << in << QStringLiteral("phi-3-mini") << int(Exclusion::Constraint::Context)
                                 << QStringLiteral("Context window 4,096 tokens is under the 8,000 tokens required");
    }
    void exclusionReasons()
    {
        QFETCH(RecommendationInput, input);
        QFETCH(QString, model);
        QFETCH(int, constraint);
        QFETCH(QString, reason);
        const Catalog catalog = articleCatalog();
        const Recommendation r = recommend(catalog, input);
        QVERIFY(!find(r.candidates, model));
        const Candidate *c = find(r.nearMisses, model);
        QVERIFY(c);
        QCOMPARE(c->exclusions.size(), 1);
        QCOMPARE(int(c->exclusions.at(0).constraint), constraint);
        QCOMPARE(c->exclusions.at(0).reason, reason);
    }

    void boundariesPass()
    {
        // Equal to the limit is within it: latency 200 ms, context 4,096, accuracy 0.85, $0.195.
        const Catalog catalog = articleCatalog();
        RecommendationInput in;
        in.requirements.maxLatencyMs = 200;
        in.requirements.contextLength = 4096;
        in.requirements.minAccuracy = 0.85;
        in.requirements.maxCostPer1kRequests = 0.195;
        const Recommendation r = recommend(catalog, in);
        QCOMPARE(ids(r.candidates), QStringList{QStringLiteral("gpt-4o-mini")});
    }

    void unknownLatencyAndContextAreNoted()
    {
        Catalog catalog = articleCatalog();
        catalog.models.append(model(QStringLiteral("mystery"), Tier::Medium, 0.1, 0.1, {}, {}, {}, 90));
        const Recommendation r = recommend(catalog, relaxed());
        const Candidate *c = find(r.candidates, u"mystery");
        QVERIFY(c);
        QCOMPARE(c->notes, (QStringList{QStringLiteral("latency unknown: not checked"),
                                        QStringLiteral("context window unknown: not checked")}));
        const Candidate *llama = find(r.candidates, u"llama-3-8b");
        QCOMPARE(llama->notes, QStringList{QStringLiteral("context window unknown: not checked")});
    }

    void ratingBenchmarkIsNotAnAccuracy()
    {
        const Catalog catalog = articleCatalog();
        RecommendationInput in;
        in.qualityBenchmark = QStringLiteral("arena");
        in.requirements.minAccuracy = 0.99;   // would exclude every model on the article's accuracy
        in.requirements.maxCostPer1kRequests = 1000;
        const Recommendation r = recommend(catalog, in);
        QCOMPARE(r.qualityBenchmark, QStringLiteral("arena"));
        QCOMPARE(r.candidates.size(), 5);
        const Candidate *gpt4o = find(r.candidates, u"gpt-4o");
        QCOMPARE(gpt4o->quality, std::optional<double>(1280));
        QVERIFY(!gpt4o->accuracy.has_value());
        QCOMPARE(gpt4o->notes,
                 QStringList{QStringLiteral("minimum accuracy not checked: LMArena is a rating, not an accuracy")});
        // A model without an arena score has no quality at all; the rating note still explains the check.
        QVERIFY(!find(r.candidates, u"phi-3-mini")->quality.has_value());
    }

    void missingScoreAndUnknownBenchmarkAreNoted()
    {
        Catalog catalog = articleCatalog();
        catalog.models.append(model(QStringLiteral("unscored"), Tier::Medium, 0.1, 0.1, {}, 100, 8000, {}));
        Recommendation r = recommend(catalog, relaxed());
        const Candidate *c = find(r.candidates, u"unscored");
        QVERIFY(c);
        QVERIFY(!c->quality && !c->accuracy);
        QCOMPARE(c->notes,
                 QStringList{QStringLiteral("minimum accuracy not checked: no score on Article quality score")});

        RecommendationInput in = relaxed();
        in.qualityBenchmark = QStringLiteral("mmlu_pro");
        r = recommend(catalog, in);
        QCOMPARE(r.candidates.size(), 6);
        QCOMPARE(find(r.candidates, u"gpt-4o")->notes,
                 QStringList{QStringLiteral("minimum accuracy not checked: benchmark mmlu_pro is not in the catalog")});
    }

    void qualityBenchmarkDefaultsToTheCatalogs()
    {
        Catalog catalog = articleCatalog();
        QCOMPARE(recommend(catalog, RecommendationInput{}).qualityBenchmark, QStringLiteral("article"));
        catalog.defaultBenchmark = QStringLiteral("arena");
        const Recommendation r = recommend(catalog, relaxed());
        QCOMPARE(r.qualityBenchmark, QStringLiteral("arena"));
        QCOMPARE(find(r.candidates, u"gpt-4o-mini")->quality, std::optional<double>(1230));
    }

    void taskPick_data()
    {
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("taskId");
        QTest::addColumn<QString>("recommended");
        QTest::addColumn<QString>("recommendedModel");
        QTest::addColumn<QString>("alternative");
        QTest::addColumn<QString>("alternativeModel");
        QTest::addRow("summarization: alternative not in the catalog")
            << QStringLiteral("document_summarization") << QStringLiteral("document_summarization")
            << QStringLiteral("gpt-4o-mini") << QStringLiteral("gpt-4o-mini") << QStringLiteral("claude-3-haiku")
            << QString();
        QTest::addRow("by display name") << QStringLiteral("document summarization")
                                         << QStringLiteral("document_summarization") << QStringLiteral("gpt-4o-mini")
                                         << QStringLiteral("gpt-4o-mini") << QStringLiteral("claude-3-haiku")
                                         << QString();
        QTest::addRow("parenthesised remark stripped")
            << QStringLiteral("realtime_chat") << QStringLiteral("realtime_chat")
            << QStringLiteral("phi-3-mini (on-device)") << QStringLiteral("phi-3-mini")
            << QStringLiteral("gpt-4o-mini") << QStringLiteral("gpt-4o-mini");
        QTest::addRow("classification") << QStringLiteral("text_classification")
                                        << QStringLiteral("text_classification") << QStringLiteral("phi-3-mini")
                                        << QStringLiteral("phi-3-mini") << QStringLiteral("fine-tuned BERT")
                                        << QString();
    }
    void taskPickMatchesAFamilyMemberLoosely()
    {
        Catalog catalog = articleCatalog();
        catalog.models.removeAt(3); // phi-3-mini itself
        catalog.models.append(model(QStringLiteral("Phi-3-Mini-128k-Instruct"), Tier::Small, 0.1, 0.1, {}, {}, 128000, 70));
        catalog.models.append(model(QStringLiteral("phi-3-mini-4k-instruct"), Tier::Small, 0.1, 0.1, {}, {}, 4096, 70));
        catalog.models.append(model(QStringLiteral("phi-3-medium"), Tier::Medium, 0.1, 0.1, {}, {}, 4096, 70));
        RecommendationInput in;
        in.task = QStringLiteral("text_classification");
        const Recommendation r = recommend(catalog, in);
        QVERIFY(r.task && r.task->recommendedModel);
        QCOMPARE(r.task->recommendedModel->id, QStringLiteral("phi-3-mini-4k-instruct"));
        QCOMPARE(r.task->alternativeModel, nullptr); // "fine-tuned BERT" matches nothing
    }
    void taskPick()
    {
        QFETCH(QString, task);
        QFETCH(QString, taskId);
        QFETCH(QString, recommended);
        QFETCH(QString, recommendedModel);
        QFETCH(QString, alternative);
        QFETCH(QString, alternativeModel);
        const Catalog catalog = articleCatalog();
        RecommendationInput in;
        in.task = task;
        const Recommendation r = recommend(catalog, in);
        QVERIFY(r.task.has_value());
        QCOMPARE(r.task->taskId, taskId);
        QCOMPARE(r.task->recommended, recommended);
        QCOMPARE(r.task->alternative, alternative);
        QVERIFY(!r.task->taskName.isEmpty());
        QVERIFY(!r.task->reasoning.isEmpty());
        QCOMPARE(r.task->recommendedModel ? r.task->recommendedModel->id : QString(), recommendedModel);
        QCOMPARE(r.task->alternativeModel ? r.task->alternativeModel->id : QString(), alternativeModel);
        if (r.task->recommendedModel)
            QCOMPARE(r.task->recommendedModel, catalog.findModel(recommendedModel));
    }

    void noTaskPick()
    {
        const Catalog catalog = articleCatalog();
        QVERIFY(!recommend(catalog, RecommendationInput{}).task.has_value());
        RecommendationInput in;
        in.task = QStringLiteral("poetry");
        QVERIFY(!recommend(catalog, in).task.has_value());
    }

    void tierDecisionIsIncluded()
    {
        const Catalog catalog = articleCatalog();
        RecommendationInput in;
        in.requirements.complexity = Complexity::High;
        in.requirements.multiStepReasoning = true;
        const Recommendation r = recommend(catalog, in);
        QCOMPARE(r.tier.tier, Tier::Large);
        QCOMPARE(r.tier.rule, 1);
    }

    void emptyCatalog()
    {
        const Recommendation r = recommend(Catalog{}, RecommendationInput{});
        QVERIFY(r.candidates.isEmpty());
        QVERIFY(r.nearMisses.isEmpty());
        QCOMPARE(r.excludedCount, 0);
        QCOMPARE(r.tier.rule, 6);
    }
};

QTEST_GUILESS_MAIN(TestRecommendation)
#include "tst_recommendation.moc"
