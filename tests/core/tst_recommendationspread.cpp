// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
// Evidence-first recommendations on real catalogs: for a spread of requirement forms across every task profile and
// every tier rule, on the bundled "current" catalog and on LiteLLM's full price file (as imported,
// and with the bundled catalog's public scores joined by model id), the top candidate is scored
// whenever a scored candidate exists in its tier, sits on its tier's cost/quality frontier,
// respects the rule that fired, and is never a $0 placeholder; the picks agree with it.
#include "catalog/catalog.h"
#include "catalog/catalogformat.h"
#include "catalog/catalogregistry.h"
#include "decision/recommendation.h"
#include "decision/ruleconsequences.h"
#include "testpaths.h"

#include <QFile>
#include <QHash>
#include <QTest>

#include <optional>

Q_DECLARE_METATYPE(RecommendationInput)

namespace {

const Catalog &current()
{
    static const Catalog catalog = [] {
        const Result<Catalog> c =
            CatalogRegistry(QStringLiteral("/nonexistent-user-catalogs")).load(QStringLiteral("current"));
        return c ? *c : Catalog();
    }();
    return catalog;
}

/// LiteLLM's whole price file as a user imports it; nullopt when the reference data is absent.
const std::optional<Catalog> &liteLlm()
{
    static const std::optional<Catalog> catalog = []() -> std::optional<Catalog> {
        QFile file(TestPaths::sharedData(QStringLiteral("model_prices_and_context_window.json")));
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        Result<Catalog> c = importLiteLlmCatalog(file.readAll(), QStringLiteral("model_prices_and_context_window.json"),
                                                 QStringLiteral("litellm"), QDate(2026, 7, 24));
        if (!c)
            return std::nullopt;
        return std::move(c).value();
    }();
    return catalog;
}

/// The same file with the bundled catalog's public scores, benchmarks and task profiles joined by
/// model id (the bundled catalog's ids are LiteLLM keys): a few hundred scored models among two
/// thousand, as a real joined catalog would be.
const std::optional<Catalog> &liteLlmScored()
{
    static const std::optional<Catalog> catalog = []() -> std::optional<Catalog> {
        if (!liteLlm())
            return std::nullopt;
        Catalog c = *liteLlm();
        const Catalog &bundled = current();
        c.benchmarks = bundled.benchmarks;
        c.defaultBenchmark = bundled.defaultBenchmark;
        c.tasks = bundled.tasks;
        QHash<QString, const ModelSpec *> byId;
        for (const ModelSpec &m : bundled.models)
            byId.insert(m.id, &m);
        for (ModelSpec &m : c.models) {
            if (const ModelSpec *b = byId.value(m.id))
                m.quality = b->quality;
        }
        return c;
    }();
    return catalog;
}

RecommendationInput form(Complexity complexity, const char *task)
{
    RecommendationInput in;
    in.requirements.complexity = complexity;
    in.task = QString::fromLatin1(task);
    return in;
}

bool sameGroup(const ModelSpec &a, const ModelSpec &b)
{
    const bool unknownA = a.tierBasis == TierBasis::Unknown;
    const bool unknownB = b.tierBasis == TierBasis::Unknown;
    return unknownA == unknownB && (unknownA || a.tier == b.tier);
}

bool dominates(const Candidate &a, const Candidate &b)
{
    return a.cost.monthlyUsd <= b.cost.monthlyUsd && *a.quality >= *b.quality &&
        (a.cost.monthlyUsd < b.cost.monthlyUsd || *a.quality > *b.quality);
}

/// "$0 placeholder": an API model listed at $0 in and out that is not local.
bool placeholder(const Candidate &c)
{
    return !c.cost.selfHosted && c.model->inputPricePerMTok == 0.0 && c.model->outputPricePerMTok == 0.0 &&
        !c.model->isLocal();
}

} // namespace

class TestRecommendationSpread : public QObject
{
    Q_OBJECT
private slots:
    void forms_data()
    {
        QTest::addColumn<QString>("catalog");
        QTest::addColumn<RecommendationInput>("input");
        QTest::addColumn<int>("rule");

        QList<std::tuple<QString, RecommendationInput, int>> forms;
        auto add = [&forms](const char *name, const RecommendationInput &in, int rule) {
            forms.append({QString::fromLatin1(name), in, rule});
        };
        // Rule 1: reasoning on a complex task.
        RecommendationInput in = form(Complexity::High, "complex_analysis");
        in.requirements.multiStepReasoning = true;
        add("rule 1, complex analysis (issue)", in, 1);
        in.requirements.minAccuracy = 0.5;
        add("rule 1, complex analysis, accuracy 0.5", in, 1);
        in.requirements.minAccuracy = 0.98;
        in.task = QStringLiteral("creative_writing");
        add("rule 1, creative writing, accuracy 0.98 (article)", in, 1);
        in = form(Complexity::High, "code_completion");
        in.requirements.multiStepReasoning = true;
        in.requirements.minAccuracy = 0.4;
        add("rule 1, code completion, accuracy 0.4", in, 1);
        // Rule 2: strict latency, on-device.
        in = form(Complexity::Simple, "text_classification");
        in.requirements.maxLatencyMs = 50;
        in.requirements.requestsPerDay = 1'000'000;
        add("rule 2, classification on-device (issue)", in, 2);
        in = form(Complexity::Medium, "realtime_chat");
        in.requirements.maxLatencyMs = 80;
        add("rule 2, real-time chat", in, 2);
        in = form(Complexity::Medium, "named_entity_recognition");
        in.requirements.maxLatencyMs = 90;
        in.requirements.minAccuracy = 0.3;
        in.requirements.requestsPerDay = 200'000;
        add("rule 2, entity recognition at volume", in, 2);
        // Rule 3: tight budget at high volume.
        in = form(Complexity::Medium, "structured_extraction");
        in.requirements.maxCostPer1kRequests = 0.005;
        in.requirements.requestsPerDay = 500'000;
        add("rule 3, extraction on a budget", in, 3);
        in = form(Complexity::Simple, "text_classification");
        in.requirements.maxCostPer1kRequests = 0.009;
        in.requirements.requestsPerDay = 2'000'000;
        in.requirements.minAccuracy = 0.6;
        add("rule 3, classification on a budget", in, 3);
        in = form(Complexity::High, "realtime_chat");
        in.requirements.maxCostPer1kRequests = 0.002;
        in.requirements.requestsPerDay = 150'000;
        add("rule 3, chat on a budget", in, 3);
        // Rule 4: long context.
        in = form(Complexity::Medium, "document_summarization");
        in.requirements.contextLength = 120'000;
        add("rule 4, long documents", in, 4);
        in = form(Complexity::Simple, "structured_extraction");
        in.requirements.contextLength = 64'000;
        in.requirements.minAccuracy = 0.6;
        add("rule 4, extraction from long files", in, 4);
        // Rule 5: simple tasks.
        in = form(Complexity::Simple, nullptr);
        add("rule 5, simple, no task (issue)", in, 5);
        in = form(Complexity::Simple, "named_entity_recognition");
        in.requirements.minAccuracy = 0.96;
        add("rule 5, entity recognition, small", in, 5);
        in = form(Complexity::Simple, "text_classification");
        in.requirements.minAccuracy = 0.5;
        in.requirements.maxLatencyMs = 400;
        add("rule 5, classification, 400 ms", in, 5);
        // Rule 6: medium complexity.
        in = form(Complexity::Medium, "code_completion");
        in.requirements.minAccuracy = 0.93;
        add("rule 6, code completion, 0.93 (issue)", in, 6);
        in = form(Complexity::Medium, "code_completion");
        in.requirements.minAccuracy = 0.3;
        add("rule 6, code completion, 0.3", in, 6);
        in = form(Complexity::Medium, nullptr);
        add("rule 6, defaults", in, 6);
        in = form(Complexity::Medium, "document_summarization");
        in.requirements.requestsPerDay = 50'000;
        in.minRating = 1300;
        add("rule 6, summaries, min rating 1300", in, 6);
        in = form(Complexity::Medium, "realtime_chat");
        in.qualityBenchmark = QStringLiteral("gpqa");
        in.requirements.minAccuracy = 0.5;
        add("rule 6, chat judged by GPQA (override)", in, 6);
        // Rule 7: high complexity without reasoning.
        in = form(Complexity::High, "creative_writing");
        add("rule 7, creative writing", in, 7);
        in = form(Complexity::High, "complex_analysis");
        in.requirements.minAccuracy = 0.6;
        in.valueMargin = 0.1;
        add("rule 7, analysis, margin 10 %", in, 7);
        in = form(Complexity::High, "structured_extraction");
        in.requirements.minAccuracy = 0.7;
        in.requirements.maxLatencyMs = 600;
        add("rule 7, extraction, 600 ms", in, 7);
        in = form(Complexity::High, "document_summarization");
        in.valueMargin = 0.0;
        add("rule 7, summaries, no margin", in, 7);

        for (const char *catalog : {"current", "litellm", "litellm+scores"}) {
            for (const auto &[name, input, rule] : forms)
                QTest::addRow("%s: %s", catalog, qPrintable(name)) << QString::fromLatin1(catalog) << input << rule;
        }
    }

    void forms()
    {
        QFETCH(QString, catalog);
        QFETCH(RecommendationInput, input);
        QFETCH(int, rule);
        const Catalog *c = &current();
        if (catalog == u"litellm" || catalog == u"litellm+scores") {
            if (!liteLlm())
                QSKIP("LiteLLM's model_prices_and_context_window.json is not in ../shared/data");
            c = catalog == u"litellm" ? &*liteLlm() : &*liteLlmScored();
        }
        QVERIFY(!c->models.isEmpty());
        if (!input.task.isEmpty() && !c->findTask(input.task))
            input.task.clear(); // LiteLLM's file has no task profiles
        if (!input.qualityBenchmark.isEmpty() && !c->findBenchmark(input.qualityBenchmark))
            input.qualityBenchmark.clear();

        const Recommendation r = recommend(*c, input);
        QCOMPARE(r.tier.rule, rule);
        QVERIFY(!r.benchmarkExplanation.isEmpty());
        QVERIFY(!r.consequence.summary.isEmpty());
        if (r.candidates.isEmpty()) {
            QVERIFY(!r.picks.note.isEmpty());
            return;
        }
        const Candidate &top = r.candidates.constFirst();
        const auto ofTopTier = [&top](const Candidate &x) { return sameGroup(*x.model, *top.model); };

        // Evidence first: scored whenever a scored candidate exists in the tier.
        const bool scoredInTier = std::any_of(r.candidates.cbegin(), r.candidates.cend(),
                                              [&](const Candidate &x) { return ofTopTier(x) && x.hasEvidence(); });
        if (scoredInTier)
            QVERIFY2(top.hasEvidence(), qPrintable(top.model->id));
        const bool verifiedScoredInTier =
            std::any_of(r.candidates.cbegin(), r.candidates.cend(),
                        [&](const Candidate &x) { return ofTopTier(x) && x.hasEvidence() && x.verified(); });
        if (verifiedScoredInTier) {
            QVERIFY2(top.hasEvidence() && top.verified(), qPrintable(top.model->id));
            // On the tier's cost/quality frontier.
            for (const Candidate &x : r.candidates) {
                if (ofTopTier(x) && x.hasEvidence() && x.verified())
                    QVERIFY2(!dominates(x, top),
                             qPrintable(QStringLiteral("%1 dominates %2").arg(x.model->id, top.model->id)));
            }
            // The value pick is the top candidate; best and cheapest bound it.
            QVERIFY(r.picks.value);
            QCOMPARE(r.picks.value.index, 0);
            const Candidate &best = *r.pick(r.picks.best);
            const Candidate &cheapest = *r.pick(r.picks.cheapest);
            QVERIFY(*best.quality >= *top.quality);
            QVERIFY(cheapest.cost.monthlyUsd <= top.cost.monthlyUsd);
            QVERIFY(ofTopTier(best) && ofTopTier(cheapest));
            for (const Pick *p : {&r.picks.value, &r.picks.best, &r.picks.cheapest})
                QVERIFY(!p->sentence.isEmpty());
        } else if (r.picks.value) {
            // Picks from a nearer tier with evidence: said so.
            QVERIFY(!r.picks.note.isEmpty());
        } else {
            QVERIFY(!r.picks.note.isEmpty());
        }

        // No $0 placeholder ranks first while a priced candidate exists; never an unknown price
        // shown as a figure.
        const bool anyPriced = std::any_of(r.candidates.cbegin(), r.candidates.cend(),
                                           [](const Candidate &x) { return x.cost.priceKnown; });
        if (anyPriced) {
            QVERIFY2(top.cost.priceKnown, qPrintable(top.model->id));
            QVERIFY2(!placeholder(top), qPrintable(top.model->id));
        }
        for (const Candidate &x : r.candidates)
            QVERIFY(x.cost.priceKnown || x.unknowns & Candidate::UnknownPrice);

        // The rule that fired is honoured.
        if (rule == 2) {
            for (const Candidate &x : r.candidates) {
                QVERIFY2(canRunOnDevice(*x.model), qPrintable(x.model->id));
                QVERIFY(x.cost.selfHosted);
            }
            for (const Candidate &x : r.nearMisses) {
                if (!canRunOnDevice(*x.model))
                    QCOMPARE(x.exclusions.constFirst().constraint, Exclusion::Constraint::OnDevice);
            }
        }
        if (rule == 3 && top.cost.priceKnown)
            QVERIFY(top.costPer1kRequests <= input.requirements.maxCostPer1kRequests);
        if (rule == 4 && top.verified())
            QVERIFY(top.model->contextWindow && *top.model->contextWindow >= input.requirements.contextLength);
        // The recommended tier first whenever it has a candidate; otherwise the page says which
        // tier it shows.
        const bool recommendedHasOne =
            std::any_of(r.candidates.cbegin(), r.candidates.cend(), [&r](const Candidate &x) {
                return x.model->tier == r.tier.tier && x.model->tierBasis != TierBasis::Unknown;
            });
        if (recommendedHasOne) {
            QCOMPARE(top.model->tier, r.tier.tier);
            QVERIFY(r.tierNote.isEmpty());
        } else {
            QVERIFY(!r.tierNote.isEmpty());
        }
        // Every known limit holds for every candidate.
        for (const Candidate &x : r.candidates) {
            QVERIFY(x.exclusions.isEmpty());
            if (x.model->typicalLatencyMs)
                QVERIFY(*x.model->typicalLatencyMs <= input.requirements.maxLatencyMs);
            if (x.model->contextWindow)
                QVERIFY(*x.model->contextWindow >= input.requirements.contextLength);
        }
    }

    // The issue's own examples on the bundled catalog, named.
    void issueExamples()
    {
        const Catalog &c = current();
        // Rule 2: no hosted API on top.
        RecommendationInput in = form(Complexity::Simple, "text_classification");
        in.requirements.maxLatencyMs = 50;
        in.requirements.requestsPerDay = 1'000'000;
        Recommendation r = recommend(c, in);
        QVERIFY(!r.candidates.isEmpty());
        for (const Candidate &x : r.candidates)
            QVERIFY2(x.model->openWeights && x.cost.selfHosted, qPrintable(x.model->id));
        QVERIFY(std::any_of(r.nearMisses.cbegin(), r.nearMisses.cend(), [](const Candidate &x) {
            return x.exclusions.constFirst().reason == u"hosted API: not on-device";
        }));
        QCOMPARE(r.qualityBenchmark, QStringLiteral("mmlu_pro"));

        // Coding is judged by Aider polyglot, and 0.93 is checked against it.
        in = form(Complexity::Medium, "code_completion");
        in.requirements.minAccuracy = 0.93;
        r = recommend(c, in);
        QCOMPARE(r.qualityBenchmark, QStringLiteral("aider_polyglot"));
        for (const Candidate &x : r.candidates)
            QVERIFY(!x.accuracy || *x.accuracy >= 0.93);
        QVERIFY(std::any_of(r.nearMisses.cbegin(), r.nearMisses.cend(), [](const Candidate &x) {
            return x.exclusions.constFirst().constraint == Exclusion::Constraint::Quality;
        }));

        // Simple: no tiny model, and the page says so.
        r = recommend(c, form(Complexity::Simple, nullptr));
        QCOMPARE(r.tier.tier, Tier::Tiny);
        QCOMPARE(r.tierNote, QStringLiteral("The catalog has no tiny model; showing small models instead."));

        // Mixture of experts by the total: Llama 4 Maverick is large, with 17B active.
        const ModelSpec *maverick = c.findModel(u"lambda_ai/llama-4-maverick-17b-128e-instruct-fp8");
        QVERIFY(maverick);
        QCOMPARE(maverick->tier, Tier::Large);
        QCOMPARE(maverick->parameterCountB, std::optional<double>(400));
        QCOMPARE(maverick->activeParameterCountB, std::optional<double>(17));
        QCOMPARE(maverick->tierBasis, TierBasis::Parameters);

        // Every task profile names its benchmark, and the catalog has it.
        for (const TaskProfile &t : c.tasks) {
            QVERIFY2(c.findBenchmark(t.benchmark), qPrintable(t.id));
            QVERIFY(!t.benchmarkReason.isEmpty());
        }
    }

    void liteLlmPlaceholdersNeverLead()
    {
        if (!liteLlm())
            QSKIP("LiteLLM's model_prices_and_context_window.json is not in ../shared/data");
        const Recommendation r = recommend(*liteLlm(), RecommendationInput{});
        QVERIFY(r.candidates.size() > 10);
        for (int i = 0; i < 10; ++i)
            QVERIFY2(r.candidates.at(i).cost.priceKnown, qPrintable(r.candidates.at(i).model->id));
        const ModelSpec *mythos = liteLlm()->findModel(u"anthropic.claude-mythos-preview");
        QVERIFY(mythos);
        QCOMPARE(mythos->tierBasis, TierBasis::Unknown);
        QVERIFY(!hasKnownApiPrice(*mythos));
        // Tiered-only prices are imported at their first tier, with a note.
        const ModelSpec *flash = liteLlm()->findModel(u"dashscope/qwen-flash");
        QVERIFY(flash);
        QCOMPARE(flash->inputPricePerMTok, 0.05);
        QCOMPARE(flash->outputPricePerMTok, 0.4);
        QVERIFY(!flash->notes.isEmpty());
        int tiered = 0;
        for (const ModelSpec &m : liteLlm()->models)
            tiered +=
                std::any_of(m.notes.cbegin(), m.notes.cend(), [](const QString &n) { return n.contains(u"tier"); }) ? 1
                                                                                                                    : 0;
        QVERIFY2(tiered >= 18, qPrintable(QString::number(tiered)));
        // Llama 4 Maverick by its total size here too.
        for (const ModelSpec &m : liteLlm()->models) {
            if (m.id.contains(u"maverick", Qt::CaseInsensitive))
                QVERIFY2(m.tier == Tier::Large && m.activeParameterCountB == std::optional<double>(17),
                         qPrintable(m.id));
        }
    }
};

QTEST_GUILESS_MAIN(TestRecommendationSpread)
#include "tst_recommendationspread.moc"
