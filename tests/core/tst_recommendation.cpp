// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/catalog.h"
#include "decision/recommendation.h"
#include "decision/ruleconsequences.h"

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
        m.quality.append(
            {QStringLiteral("article"), *articleQuality, QStringLiteral("Source article"), kArticleDate, {}, {}});
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
    c.benchmarks.append({QStringLiteral("article"),
                         QStringLiteral("Article quality score"),
                         ScoreKind::Accuracy,
                         100,
                         {},
                         {},
                         kArticleDate});
    c.benchmarks.append(
        {QStringLiteral("arena"), QStringLiteral("LMArena"), ScoreKind::Rating, 1, {}, {}, kArticleDate});
    c.models = {
        model(QStringLiteral("gpt-4o"), Tier::Large, 5.00, 15.00, {}, 500, 128000, 95),
        model(QStringLiteral("gpt-4o-mini"), Tier::Medium, 0.15, 0.60, {}, 200, 128000, 85),
        model(QStringLiteral("claude-3.5-sonnet"), Tier::Large, 3.00, 15.00, {}, 400, {}, 93),
        model(QStringLiteral("phi-3-mini"), Tier::Small, 0, 0, 0.50, 50, 4096, 75),
        model(QStringLiteral("llama-3-8b"), Tier::Medium, 0, 0, 1.00, 100, {}, 80),
    };
    c.models[0].quality.append({QStringLiteral("arena"), 1280, QStringLiteral("LMArena"), kArticleDate, {}, {}});
    c.models[1].quality.append({QStringLiteral("arena"), 1230, QStringLiteral("LMArena"), kArticleDate, {}, {}});
    c.tasks = {
        {QStringLiteral("text_classification"),
         QStringLiteral("Text classification"),
         QStringLiteral("phi-3-mini"),
         QStringLiteral("fine-tuned BERT"),
         QStringLiteral("Simple task, high volume, latency sensitive"),
         {},
         {}},
        {QStringLiteral("document_summarization"),
         QStringLiteral("Document summarization"),
         QStringLiteral("gpt-4o-mini"),
         QStringLiteral("claude-3-haiku"),
         QStringLiteral("Quality/cost balance, long documents"),
         {},
         {}},
        {QStringLiteral("realtime_chat"),
         QStringLiteral("Real-time chat"),
         QStringLiteral("phi-3-mini (on-device)"),
         QStringLiteral("gpt-4o-mini"),
         QStringLiteral("Latency is critical"),
         {},
         {}},
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

/// Five small models at 1,000 requests/day of 500 + 200 tokens, where $p per 1M in and out costs
/// $21·p a month: budget $2.10 (70), solid $10.50 (88), dominated $21 (85), premium $42 (90) and an
/// unscored one at $1.05.
Catalog pickCatalog()
{
    Catalog c;
    c.name = QStringLiteral("picks");
    c.defaultBenchmark = QStringLiteral("article");
    c.benchmarks.append({QStringLiteral("article"),
                         QStringLiteral("Article quality score"),
                         ScoreKind::Accuracy,
                         100,
                         {},
                         {},
                         kArticleDate});
    c.benchmarks.append(
        {QStringLiteral("arena"), QStringLiteral("LMArena"), ScoreKind::Rating, 1, {}, {}, kArticleDate});
    c.models = {
        model(QStringLiteral("budget"), Tier::Small, 0.1, 0.1, {}, 100, 8000, 70),
        model(QStringLiteral("solid"), Tier::Small, 0.5, 0.5, {}, 100, 8000, 88),
        model(QStringLiteral("dominated"), Tier::Small, 1, 1, {}, 100, 8000, 85),
        model(QStringLiteral("premium"), Tier::Small, 2, 2, {}, 100, 8000, 90),
        model(QStringLiteral("noscore"), Tier::Small, 0.05, 0.05, {}, 100, 8000, {}),
    };
    const double arena[] = {1300, 1350, 1340, 1408, 0};
    for (int i = 0; i < 4; ++i)
        c.models[i].quality.append(
            {QStringLiteral("arena"), arena[i], QStringLiteral("LMArena"), kArticleDate, {}, {}});
    return c;
}

/// Small tier for every input of pickCatalog(): medium complexity, accuracy under 0.92 (rule 6).
RecommendationInput smallTier()
{
    RecommendationInput in;
    in.requirements.minAccuracy = 0.5;
    in.requirements.maxCostPer1kRequests = 1000;
    return in;
}

/// The article's catalog as the bundled file has it: the two self-hosted models are open weights of
/// a known size on the user's own hardware; plus a fast small API and a small open model without a
/// latency figure.
Catalog onDeviceCatalog()
{
    Catalog c = articleCatalog();
    for (ModelSpec &m : c.models) {
        if (m.isSelfHosted()) {
            m.openWeights = true;
            m.provider = QStringLiteral("self-hosted");
            m.parameterCountB = m.id == u"phi-3-mini" ? 3.8 : 8.0;
        }
    }
    c.models.append(model(QStringLiteral("fast-api"), Tier::Small, 0.1, 0.2, {}, 30, 32000, 80));
    ModelSpec quiet = model(QStringLiteral("quiet-open"), Tier::Small, 0.05, 0.05, 0.4, {}, 8192, 70);
    quiet.openWeights = true;
    quiet.parameterCountB = 3.0;
    c.models.append(quiet);
    return c;
}

/// The top candidate is on its group's cost/quality frontier: no scored candidate of its tier
/// with every figure known is at least as cheap and at least as good, and better in one.
bool topUndominated(const Recommendation &r)
{
    const Candidate *top = r.pick(r.picks.value);
    if (!top)
        return true;
    for (const Candidate &c : r.candidates) {
        if (&c == top || !c.hasEvidence() || !c.verified() || c.model->tier != top->model->tier ||
            c.model->tierBasis == TierBasis::Unknown)
            continue;
        const bool cheaper = c.cost.monthlyUsd <= top->cost.monthlyUsd;
        const bool better = *c.quality >= *top->quality;
        if (cheaper && better && (c.cost.monthlyUsd < top->cost.monthlyUsd || *c.quality > *top->quality))
            return false;
    }
    return true;
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

} // namespace

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
        QTest::addRow("small (rule 6)") << Complexity::Medium << QStringLiteral("small")
                                        << QStringList{
                                               QStringLiteral("phi-3-mini"), QStringLiteral("gpt-4o-mini"),
                                               QStringLiteral("llama-3-8b"), QStringLiteral("claude-3.5-sonnet"),
                                               QStringLiteral("gpt-4o"),     QStringLiteral("frontier-x"),
                                               QStringLiteral("distilbert")};
        QTest::addRow("medium (rule 7)") << Complexity::High << QStringLiteral("medium")
                                         << QStringList{
                                                QStringLiteral("gpt-4o-mini"),       QStringLiteral("llama-3-8b"),
                                                QStringLiteral("claude-3.5-sonnet"), QStringLiteral("gpt-4o"),
                                                QStringLiteral("frontier-x"),        QStringLiteral("phi-3-mini"),
                                                QStringLiteral("distilbert")};
        QTest::addRow("tiny (rule 5)") << Complexity::Simple << QStringLiteral("tiny")
                                       << QStringList{QStringLiteral("distilbert"),        QStringLiteral("phi-3-mini"),
                                                      QStringLiteral("gpt-4o-mini"),       QStringLiteral("llama-3-8b"),
                                                      QStringLiteral("claude-3.5-sonnet"), QStringLiteral("gpt-4o"),
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
            QVERIFY(c.model >= catalog.models.constData() &&
                    c.model < catalog.models.constData() + catalog.models.size());
        }
    }

    // Within a tier: the models within the value margin of the best score by cost (the first is the
    // value pick), then the other scored ones by score, then the unscored ones; ties by id.
    void valueFirstThenByScoreThenId()
    {
        Catalog catalog;
        catalog.defaultBenchmark = QStringLiteral("article");
        catalog.benchmarks.append(
            {QStringLiteral("article"), QStringLiteral("Article quality score"), ScoreKind::Accuracy, 100, {}, {}, {}});
        catalog.models = {
            model(QStringLiteral("b-model"), Tier::Small, 1, 1, {}, 100, 8000, 80),
            model(QStringLiteral("d-model"), Tier::Small, 1, 1, {}, 100, 8000, {}),
            model(QStringLiteral("a-model"), Tier::Small, 1, 1, {}, 100, 8000, 80),
            model(QStringLiteral("c-model"), Tier::Small, 1, 1, {}, 100, 8000, 90),
            model(QStringLiteral("cheap"), Tier::Small, 0.5, 0.5, {}, 100, 8000, 50),
        };
        const Recommendation r = recommend(catalog, relaxed());
        QCOMPARE(ids(r.candidates),
                 (QStringList{QStringLiteral("c-model"), QStringLiteral("a-model"), QStringLiteral("b-model"),
                              QStringLiteral("cheap"), QStringLiteral("d-model")}));
        QVERIFY(!r.candidates.constLast().hasEvidence());
        // With a wide margin every scored model is good enough: cheapest first.
        RecommendationInput wide = relaxed();
        wide.valueMargin = 0.5;
        QCOMPARE(ids(recommend(catalog, wide).candidates),
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
        QCOMPARE(ids(r.nearMisses),
                 (QStringList{QStringLiteral("gpt-4o-mini"), QStringLiteral("claude-3.5-sonnet"),
                              QStringLiteral("gpt-4o")}));
        QCOMPARE(r.excludedCount, 2); // phi-3-mini and llama-3-8b fail cost and accuracy

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
        QCOMPARE(c->notes,
                 (QStringList{QStringLiteral("latency unknown: not checked"),
                              QStringLiteral("context window unknown: not checked")}));
        const Candidate *llama = find(r.candidates, u"llama-3-8b");
        QCOMPARE(llama->notes, QStringList{QStringLiteral("context window unknown: not checked")});
    }

    void ratingBenchmarkIsNotAnAccuracy()
    {
        const Catalog catalog = articleCatalog();
        RecommendationInput in;
        in.qualityBenchmark = QStringLiteral("arena");
        in.requirements.minAccuracy = 0.99; // would exclude every model on the article's accuracy
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
            << QStringLiteral("phi-3-mini (on-device)") << QStringLiteral("phi-3-mini") << QStringLiteral("gpt-4o-mini")
            << QStringLiteral("gpt-4o-mini");
        QTest::addRow("classification") << QStringLiteral("text_classification")
                                        << QStringLiteral("text_classification") << QStringLiteral("phi-3-mini")
                                        << QStringLiteral("phi-3-mini") << QStringLiteral("fine-tuned BERT")
                                        << QString();
    }
    void taskPickMatchesAFamilyMemberLoosely()
    {
        Catalog catalog = articleCatalog();
        catalog.models.removeAt(3); // phi-3-mini itself
        catalog.models.append(
            model(QStringLiteral("Phi-3-Mini-128k-Instruct"), Tier::Small, 0.1, 0.1, {}, {}, 128000, 70));
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

    // The three picks and their sentences: value within 3 % of the best (90 → 87.3).
    void threePicksWithTheirTradeOffs_data()
    {
        QTest::addColumn<double>("margin");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("best");
        QTest::addColumn<QString>("cheapest");
        QTest::addColumn<QString>("valueSentence");
        QTest::addColumn<QString>("bestSentence");
        QTest::addColumn<QString>("cheapestSentence");
        QTest::addRow("default margin 3 %%")
            << 0.03 << QStringLiteral("solid") << QStringLiteral("premium") << QStringLiteral("budget")
            << QStringLiteral("SOLID scores 88 on Article quality score, within 3 % of the best small model (90), at "
                              "$10.50 a month: the cheapest that close to the best.")
            << QStringLiteral("PREMIUM costs 4× SOLID for +2 percentage points (+2 %).")
            << QStringLiteral("SOLID costs 5× BUDGET for +18 percentage points (+26 %).");
        QTest::addRow("no margin: value is the best")
            << 0.0 << QStringLiteral("premium") << QStringLiteral("premium") << QStringLiteral("budget")
            << QStringLiteral("PREMIUM scores 90 on Article quality score, within 0 % of the best small model (90), at "
                              "$42.00 a month: the cheapest that close to the best.")
            << QStringLiteral("PREMIUM is also the best-scoring small model.")
            << QStringLiteral("PREMIUM costs 20× BUDGET for +20 percentage points (+29 %).");
        QTest::addRow("wide margin: value is the cheapest")
            << 0.25 << QStringLiteral("budget") << QStringLiteral("premium") << QStringLiteral("budget")
            << QStringLiteral("BUDGET scores 70 on Article quality score, within 25 % of the best small model (90), "
                              "at $2.10 a month: the cheapest that close to the best.")
            << QStringLiteral("PREMIUM costs 20× BUDGET for +20 percentage points (+29 %).")
            << QStringLiteral("BUDGET is also the cheapest small model with evidence.");
    }
    void threePicksWithTheirTradeOffs()
    {
        QFETCH(double, margin);
        QFETCH(QString, value);
        QFETCH(QString, best);
        QFETCH(QString, cheapest);
        QFETCH(QString, valueSentence);
        QFETCH(QString, bestSentence);
        QFETCH(QString, cheapestSentence);
        const Catalog catalog = pickCatalog();
        RecommendationInput in = smallTier();
        in.valueMargin = margin;
        const Recommendation r = recommend(catalog, in);
        QCOMPARE(r.tier.tier, Tier::Small);
        QCOMPARE(r.pick(r.picks.value)->model->id, value);
        QCOMPARE(r.pick(r.picks.best)->model->id, best);
        QCOMPARE(r.pick(r.picks.cheapest)->model->id, cheapest);
        QCOMPARE(r.picks.value.sentence, valueSentence);
        QCOMPARE(r.picks.best.sentence, bestSentence);
        QCOMPARE(r.picks.cheapest.sentence, cheapestSentence);
        // The value pick is the top candidate, and never dominated.
        QCOMPARE(r.picks.value.index, 0);
        QVERIFY(topUndominated(r));
        QCOMPARE(r.picks.tier, Tier::Small);
        QVERIFY(r.picks.note.isEmpty());
    }

    void ratingPicksSpeakInRatingPoints()
    {
        const Catalog catalog = pickCatalog();
        RecommendationInput in = smallTier();
        in.qualityBenchmark = QStringLiteral("arena");
        const Recommendation r = recommend(catalog, in);
        // Best 1,408; 3 % below is 1,365.76: only premium is that close.
        QCOMPARE(r.pick(r.picks.value)->model->id, QStringLiteral("premium"));
        QCOMPARE(r.pick(r.picks.cheapest)->model->id, QStringLiteral("budget"));
        QCOMPARE(r.picks.cheapest.sentence, QStringLiteral("PREMIUM costs 20× BUDGET for +108 rating points (+8 %)."));
        in.valueMargin = 0.05; // 1,337.6: solid (1,350) is now the cheapest that close
        const Recommendation wider = recommend(catalog, in);
        QCOMPARE(wider.pick(wider.picks.value)->model->id, QStringLiteral("solid"));
        QCOMPARE(wider.picks.best.sentence, QStringLiteral("PREMIUM costs 4× SOLID for +58 rating points (+4 %)."));
    }

    // Evidence first: a scored model of the tier ranks above every unscored one, however cheap.
    void evidenceFirstWithinTheTier()
    {
        const Catalog catalog = pickCatalog();
        const Recommendation r = recommend(catalog, smallTier());
        QCOMPARE(ids(r.candidates),
                 (QStringList{QStringLiteral("solid"), QStringLiteral("premium"), QStringLiteral("dominated"),
                              QStringLiteral("budget"), QStringLiteral("noscore")}));
        const Candidate &unscored = r.candidates.constLast();
        QVERIFY(!unscored.hasEvidence());
        QCOMPARE(r.unknowns.score, 1);
        QVERIFY2(
            r.summary.contains(QStringLiteral("1 candidate(s) have no score on Article quality score: listed after "
                                              "the scored ones of their tier as “no evidence”.")),
            qPrintable(r.summary.join(u'\n')));
    }

    void topCandidateIsNeverDominated_data()
    {
        QTest::addColumn<double>("margin");
        QTest::addColumn<QString>("benchmark");
        for (double margin : {0.0, 0.01, 0.03, 0.1, 0.3, 0.5}) {
            for (const char *benchmark : {"article", "arena"})
                QTest::addRow("%s margin %g", benchmark, margin) << margin << QString::fromLatin1(benchmark);
        }
    }
    void topCandidateIsNeverDominated()
    {
        QFETCH(double, margin);
        QFETCH(QString, benchmark);
        const Catalog catalog = pickCatalog();
        RecommendationInput in = smallTier();
        in.valueMargin = margin;
        in.qualityBenchmark = benchmark;
        const Recommendation r = recommend(catalog, in);
        QVERIFY(r.picks.value);
        QCOMPARE(r.picks.value.index, 0);
        QVERIFY(r.candidates.constFirst().hasEvidence());
        QVERIFY(topUndominated(r));
    }

    // Rule 2: only what runs on the user's hardware stays; hosted APIs are near misses.
    void ruleTwoKeepsOnlyOnDeviceModels()
    {
        const Catalog catalog = onDeviceCatalog();
        RecommendationInput in;
        in.requirements.complexity = Complexity::Simple;
        in.requirements.maxLatencyMs = 50;
        in.requirements.requestsPerDay = 1'000'000;
        in.requirements.minAccuracy = 0.5;
        in.requirements.maxCostPer1kRequests = 1000;
        const Recommendation r = recommend(catalog, in);
        QCOMPARE(r.tier.rule, 2);
        QVERIFY(r.consequence.onDeviceOnly);
        QVERIFY(r.consequence.summary.startsWith(QStringLiteral("Only models that can run on your own hardware stay "
                                                                "candidates")));
        // phi-3-mini (latency 50) first; quiet-open has no latency figure: after it.
        QCOMPARE(ids(r.candidates), (QStringList{QStringLiteral("phi-3-mini"), QStringLiteral("quiet-open")}));
        for (const Candidate &c : r.candidates) {
            QVERIFY(canRunOnDevice(*c.model));
            QVERIFY(c.cost.selfHosted);
        }
        QCOMPARE(r.candidates.at(1).unknowns, unsigned(Candidate::UnknownLatency));
        QVERIFY(
            r.candidates.at(1).notes.contains(QStringLiteral("latency unknown: not known to meet the 50 ms limit")));
        QCOMPARE(r.unknowns.latency, 1);
        QVERIFY(r.summary.contains(QStringLiteral("1 candidate(s) have no latency figure: ranked after those known to "
                                                  "meet the 50 ms limit.")));
        // The fast API fails only the on-device rule: a near miss that says why.
        const Candidate *api = find(r.nearMisses, u"fast-api");
        QVERIFY(api);
        QCOMPARE(api->exclusions.size(), 1);
        QCOMPARE(api->exclusions.at(0).constraint, Exclusion::Constraint::OnDevice);
        QCOMPARE(api->exclusions.at(0).reason, QStringLiteral("hosted API: not on-device"));
        // Phi-3-mini shows what the same traffic would cost on the cheapest comparable API.
        const Candidate &phi = r.candidates.at(0);
        QVERIFY(phi.apiEquivalent);
        QCOMPARE(phi.apiEquivalent->model->id, QStringLiteral("fast-api"));
        QVERIFY(near(phi.apiEquivalent->monthlyUsd, 30.0 * 1'000'000 * (500 * 0.1 + 200 * 0.2) / 1e6));
        QCOMPARE(r.pick(r.picks.value)->model->id, QStringLiteral("phi-3-mini"));
    }

    void onDeviceModelsAreCostedSelfHosted()
    {
        // quiet-open has an API price too; under rule 2 it is costed on the user's GPU.
        const Catalog catalog = onDeviceCatalog();
        RecommendationInput in;
        in.requirements.maxLatencyMs = 50;
        in.requirements.maxCostPer1kRequests = 1000;
        in.requirements.minAccuracy = 0.5;
        const Recommendation r = recommend(catalog, in);
        const Candidate *quiet = find(r.candidates, u"quiet-open");
        QVERIFY(quiet);
        QVERIFY(quiet->cost.selfHosted);
        QVERIFY(near(quiet->cost.monthlyUsd, 0.4 * 720));
        // Without rule 2 it is an API model again.
        in.requirements.maxLatencyMs = 1000;
        QVERIFY(!find(recommend(catalog, in).candidates, u"quiet-open")->cost.selfHosted);
    }

    // Unknowns are not passes: a $0 price from an API catalog is unknown, not free.
    void placeholderPriceIsUnknownAndRanksLast()
    {
        Catalog catalog = pickCatalog();
        ModelSpec preview = model(QStringLiteral("preview"), Tier::Small, 0, 0, {}, 100, 8000, 95);
        catalog.models.append(preview);
        ModelSpec mystery = model(QStringLiteral("mystery-preview"), Tier::Medium, 0, 0, {}, {}, {}, {});
        mystery.tierBasis = TierBasis::Unknown;
        catalog.models.append(mystery);
        const RecommendationInput in = smallTier();
        const Recommendation r = recommend(catalog, in);
        const Candidate *p = find(r.candidates, u"preview");
        QVERIFY(p);
        QVERIFY(!p->cost.priceKnown);
        QCOMPARE(p->unknowns, unsigned(Candidate::UnknownPrice));
        QVERIFY(p->notes.contains(QStringLiteral("price unknown: $0 in an API catalog is a placeholder")));
        // The best score of all, yet not the value pick: it ranks after every priced scored model.
        QCOMPARE(ids(r.candidates),
                 (QStringList{QStringLiteral("solid"), QStringLiteral("premium"), QStringLiteral("dominated"),
                              QStringLiteral("budget"), QStringLiteral("preview"), QStringLiteral("noscore"),
                              QStringLiteral("mystery-preview")}));
        QVERIFY(r.candidates.constFirst().cost.priceKnown);
        // Unknown tier: after every known tier.
        QCOMPARE(r.candidates.constLast().model->id, QStringLiteral("mystery-preview"));
        QCOMPARE(r.unknowns.price, 2);
        QVERIFY(r.summary.contains(QStringLiteral("2 candidate(s) have no known price: shown as unknown (never as "
                                                  "$0.00) and ranked after the priced ones.")));
        // A local model's $0 is real.
        ModelSpec local = model(QStringLiteral("ollama/llama3"), Tier::Small, 0, 0, {}, 100, 8000, 60);
        local.provider = QStringLiteral("ollama");
        catalog.models.append(local);
        const Recommendation withLocal = recommend(catalog, in); // kept: l points into it
        const Candidate *l = find(withLocal.candidates, u"ollama/llama3");
        QVERIFY(l && l->cost.priceKnown && l->cost.selfHosted);
        QCOMPARE(l->cost.monthlyUsd, 0.0);
    }

    void strictContextRanksUnknownWindowsLast()
    {
        Catalog catalog = pickCatalog();
        catalog.models[1].contextWindow.reset(); // solid, the value pick at 8,000 tokens
        RecommendationInput in = smallTier();
        QCOMPARE(recommend(catalog, in).pick(recommend(catalog, in).picks.value)->model->id, QStringLiteral("solid"));
        in.requirements.contextLength = 6000; // above the default: an unknown window counts
        const Recommendation r = recommend(catalog, in);
        QCOMPARE(r.pick(r.picks.value)->model->id, QStringLiteral("premium"));
        const Candidate *solid = find(r.candidates, u"solid");
        QCOMPARE(solid->unknowns, unsigned(Candidate::UnknownContext));
        QVERIFY(solid->notes.contains(QStringLiteral("context window unknown: not known to hold 6,000 tokens")));
        QCOMPARE(r.unknowns.context, 1);
    }

    // An empty tier says so and names the tier shown instead.
    void emptyTierIsNamed_data()
    {
        QTest::addColumn<bool>("withTiny");
        QTest::addColumn<QString>("note");
        QTest::addRow("no tiny model at all")
            << false << QStringLiteral("The catalog has no tiny model; showing small models instead.");
        QTest::addRow("the tiny model fails")
            << true
            << QStringLiteral(
                   "None of the catalog's 1 tiny model(s) meets the requirements; showing small models instead.");
    }
    void emptyTierIsNamed()
    {
        QFETCH(bool, withTiny);
        QFETCH(QString, note);
        Catalog catalog = articleCatalog();
        if (withTiny)
            catalog.models.append(model(QStringLiteral("distilbert"), Tier::Tiny, 0, 0, 0.10, 10, 512, 60));
        RecommendationInput in = relaxed();
        in.requirements.complexity = Complexity::Simple;
        in.requirements.contextLength = 4000;
        in.requirements.minAccuracy = 0.7; // distilbert's 0.6 fails
        const Recommendation r = recommend(catalog, in);
        QCOMPARE(r.tier.tier, Tier::Tiny);
        QCOMPARE(r.tierNote, note);
        QCOMPARE(r.shownTier, std::optional<Tier>(Tier::Small));
        QCOMPARE(r.candidates.constFirst().model->id, QStringLiteral("phi-3-mini"));
    }

    // Each task judged by its benchmark; the user can override it; the explanation says which and why.
    void taskNamesItsBenchmark_data()
    {
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<bool>("measured");
        QTest::addColumn<QString>("benchmark");
        QTest::addColumn<int>("source");
        QTest::addColumn<QString>("explanation");
        QTest::addRow("coding: the coding benchmark")
            << QStringLiteral("code_completion") << QString() << false << QStringLiteral("code")
            << int(BenchmarkSource::Task)
            << QStringLiteral(
                   "Code pass rate decides quality: the benchmark of the task “Code completion” (a coding benchmark).");
        QTest::addRow("chat: the rating")
            << QStringLiteral("realtime_chat") << QString() << false << QStringLiteral("arena")
            << int(BenchmarkSource::Task)
            << QStringLiteral("LMArena decides quality: the benchmark of the task “Real-time chat”.");
        QTest::addRow("user override") << QStringLiteral("code_completion") << QStringLiteral("arena") << false
                                       << QStringLiteral("arena") << int(BenchmarkSource::Chosen)
                                       << QStringLiteral("LMArena decides quality: you chose it.");
        QTest::addRow("benchmark missing from the catalog")
            << QStringLiteral("complex_analysis") << QString() << false << QStringLiteral("article")
            << int(BenchmarkSource::CatalogDefault)
            << QStringLiteral("Article quality score decides quality: the catalog's default, because the task's "
                              "benchmark gpqa is not in this catalog.");
        QTest::addRow("no task")
            << QString() << QString() << false << QStringLiteral("article") << int(BenchmarkSource::CatalogDefault)
            << QStringLiteral("Article quality score decides quality: the catalog's default (no task chosen).");
        QTest::addRow("the user's own measurement first")
            << QStringLiteral("code_completion") << QString() << true << QStringLiteral("eval:mine")
            << int(BenchmarkSource::Measured)
            << QStringLiteral(
                   "Your evaluation mine decides quality: your own measurement (your evaluation mine, "
                   "2026-03-01, 20 cases), preferred over public benchmarks; each score carries its 95 % interval.");
    }
    void taskNamesItsBenchmark()
    {
        QFETCH(QString, task);
        QFETCH(QString, chosen);
        QFETCH(bool, measured);
        QFETCH(QString, benchmark);
        QFETCH(int, source);
        QFETCH(QString, explanation);
        Catalog catalog = pickCatalog();
        catalog.benchmarks.append(
            {QStringLiteral("code"), QStringLiteral("Code pass rate"), ScoreKind::Accuracy, 100, {}, {}, kArticleDate});
        catalog.models[0].quality.append({QStringLiteral("code"), 40, {}, kArticleDate, {}, {}});
        catalog.models[3].quality.append({QStringLiteral("code"), 60, {}, kArticleDate, {}, {}});
        TaskProfile code{
            QStringLiteral("code_completion"),   QStringLiteral("Code completion"), {}, {}, {}, QStringLiteral("code"),
            QStringLiteral("a coding benchmark")};
        TaskProfile chat{
            QStringLiteral("realtime_chat"), QStringLiteral("Real-time chat"), {}, {}, {}, QStringLiteral("arena"), {}};
        TaskProfile analysis{
            QStringLiteral("complex_analysis"), QStringLiteral("Complex analysis"), {}, {}, {}, QStringLiteral("gpqa"),
            QStringLiteral("reasoning")};
        catalog.tasks = {code, chat, analysis};
        if (measured) {
            catalog.benchmarks.append({QStringLiteral("eval:mine"),
                                       QStringLiteral("Your evaluation mine"),
                                       ScoreKind::Accuracy,
                                       1,
                                       QStringLiteral("your evaluation mine, 2026-03-01, 20 cases"),
                                       {},
                                       QDate(2026, 3, 1)});
            catalog.models[1].quality.append({QStringLiteral("eval:mine"), 0.8, QStringLiteral("your evaluation mine"),
                                              QDate(2026, 3, 1), 0.58, 0.92});
        }
        RecommendationInput in = smallTier();
        in.task = task;
        in.qualityBenchmark = chosen;
        const Recommendation r = recommend(catalog, in);
        QCOMPARE(r.qualityBenchmark, benchmark);
        QCOMPARE(int(r.benchmarkSource), source);
        QCOMPARE(r.benchmarkExplanation, explanation);
        if (measured) {
            // Labelled as the user's own, with its interval.
            const Candidate *solid = find(r.candidates, u"solid");
            QVERIFY(
                solid->notes.contains(QStringLiteral("measured: 0.8 (95 % interval 0.58–0.92), your evaluation mine")));
            QCOMPARE(r.pick(r.picks.value)->model->id, QStringLiteral("solid"));
        }
    }

    // The minimum accuracy applies to an accuracy; a rating gets a minimum rating instead.
    void qualityBarFollowsTheBenchmark()
    {
        const Catalog catalog = pickCatalog();
        RecommendationInput in = smallTier();
        in.requirements.minAccuracy = 0.86;
        Recommendation r = recommend(catalog, in);
        QCOMPARE(ids(r.candidates),
                 (QStringList{QStringLiteral("solid"), QStringLiteral("premium"), QStringLiteral("noscore")}));
        QCOMPARE(find(r.nearMisses, u"dominated")->exclusions.at(0).reason,
                 QStringLiteral("Accuracy 0.85 on Article quality score is under the minimum 0.86"));
        QVERIFY(r.qualityBar.startsWith(QStringLiteral("It is an accuracy: a model scoring under the minimum accuracy "
                                                       "0.86 (86 on its scale) is a near miss")));

        in.qualityBenchmark = QStringLiteral("arena");
        r = recommend(catalog, in);
        QCOMPARE(r.candidates.size(), 5); // the accuracy does not apply to a rating
        QVERIFY(r.qualityBar.contains(QStringLiteral("Set a minimum rating")));
        QVERIFY(r.qualityBar.contains(QStringLiteral("(scores in this catalog run from 1,300 to 1,408)")));
        in.minRating = 1345;
        r = recommend(catalog, in);
        QCOMPARE(ids(r.candidates),
                 (QStringList{QStringLiteral("premium"), QStringLiteral("solid"), QStringLiteral("noscore")}));
        QCOMPARE(find(r.nearMisses, u"budget")->exclusions.at(0).reason,
                 QStringLiteral("Rating 1,300 on LMArena is under the minimum 1,345"));
        QVERIFY(find(r.candidates, u"noscore")
                    ->notes.contains(QStringLiteral("minimum rating not checked: no score on LMArena")));
        QVERIFY(r.qualityBar.contains(QStringLiteral("The quality bar is the minimum rating 1,345")));
    }

    // With no scored candidate known to meet every requirement, the picks still come from the
    // evidence, and the note names the figure they lack.
    void picksLackingAFigureSaySo()
    {
        Catalog catalog = onDeviceCatalog();
        for (ModelSpec &m : catalog.models) {
            if (m.id == u"phi-3-mini")
                m.typicalLatencyMs.reset();
        }
        RecommendationInput in;
        in.requirements.complexity = Complexity::Simple;
        in.requirements.maxLatencyMs = 50;
        in.requirements.minAccuracy = 0.5;
        in.requirements.maxCostPer1kRequests = 1000;
        const Recommendation r = recommend(catalog, in);
        QVERIFY(r.picks.value);
        QCOMPARE(r.pick(r.picks.value)->model->id, QStringLiteral("phi-3-mini"));
        QCOMPARE(r.pick(r.picks.cheapest)->model->id, QStringLiteral("quiet-open"));
        QCOMPARE(r.picks.note,
                 QStringLiteral("No candidate with a score on Article quality score is known to meet every "
                                "requirement. These picks have evidence but lack a figure the requirements "
                                "need (for PHI-3-MINI: its latency), so check it before relying on them."));
        QCOMPARE(r.unknowns.latency, 2);
    }

    void noEvidenceSaysWhyThereAreNoPicks()
    {
        const Catalog catalog = pickCatalog();
        RecommendationInput in = smallTier();
        in.requirements.minAccuracy = 0.95; // rule 6 then asks for medium; nothing medium: small shown
        const Recommendation r = recommend(catalog, in);
        QVERIFY(r.picks.isEmpty());
        QCOMPARE(ids(r.candidates), QStringList{QStringLiteral("noscore")});
        QCOMPARE(r.picks.note,
                 QStringLiteral("No candidate has a score on Article quality score that meets the quality "
                                "bar, so there is no evidence to pick from; the closest is PREMIUM (small) "
                                "at 90, a near miss. Relax the bar, choose another benchmark or measure the "
                                "candidates yourself."));
    }

    void outsideTheTierIsNamed()
    {
        Catalog catalog = pickCatalog();
        // A medium model cheaper and better than the small tier's value pick.
        catalog.models.append(model(QStringLiteral("bargain"), Tier::Medium, 0.4, 0.4, {}, 100, 8000, 89));
        const Recommendation r = recommend(catalog, smallTier());
        QCOMPARE(r.pick(r.picks.value)->model->id, QStringLiteral("solid"));
        QCOMPARE(r.picks.outsideTier,
                 QStringLiteral("Outside the small tier, BARGAIN (medium) costs $8.40 a month and "
                                "scores 89: at least as cheap and better than SOLID on this "
                                "evidence; the tier rule keeps it second."));
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
