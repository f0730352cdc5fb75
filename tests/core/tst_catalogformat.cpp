// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/catalogformat.h"
#include "catalog/catalogregistry.h"
#include "catalog/tier.h"
#include "testpaths.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString fixture(const QString &name)
{
    return TestPaths::fixture(QStringLiteral("catalog/") + name);
}

/// Field-by-field comparison so that a failure names what differs.
void compareCatalogs(const Catalog &a, const Catalog &b)
{
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.title, b.title);
    QCOMPARE(a.date, b.date);
    QCOMPARE(a.description, b.description);
    QCOMPARE(a.attribution, b.attribution);
    QCOMPARE(a.defaultBenchmark, b.defaultBenchmark);
    QCOMPARE(a.benchmarks.size(), b.benchmarks.size());
    for (qsizetype i = 0; i < a.benchmarks.size(); ++i)
        QVERIFY2(a.benchmarks.at(i) == b.benchmarks.at(i), qPrintable(a.benchmarks.at(i).id));
    QCOMPARE(a.models.size(), b.models.size());
    for (qsizetype i = 0; i < a.models.size(); ++i) {
        const ModelSpec &x = a.models.at(i);
        const ModelSpec &y = b.models.at(i);
        QCOMPARE(x.id, y.id);
        QCOMPARE(x.displayName, y.displayName);
        QCOMPARE(x.provider, y.provider);
        QCOMPARE(x.tier, y.tier);
        QCOMPARE(x.tierBasis, y.tierBasis);
        QCOMPARE(x.parameterCountB, y.parameterCountB);
        QCOMPARE(x.activeParameterCountB, y.activeParameterCountB);
        QCOMPARE(x.notes, y.notes);
        QCOMPARE(x.inputPricePerMTok, y.inputPricePerMTok);
        QCOMPARE(x.outputPricePerMTok, y.outputPricePerMTok);
        QCOMPARE(x.selfHostedPerHour, y.selfHostedPerHour);
        QCOMPARE(x.typicalLatencyMs, y.typicalLatencyMs);
        QCOMPARE(x.contextWindow, y.contextWindow);
        QCOMPARE(x.maxOutputTokens, y.maxOutputTokens);
        QCOMPARE(x.capabilities, y.capabilities);
        QCOMPARE(x.openWeights, y.openWeights);
        QVERIFY2(x.quality == y.quality, qPrintable(x.id));
        QVERIFY2(x.provenance == y.provenance, qPrintable(x.id));
    }
    QVERIFY(a.tasks == b.tasks);
    QVERIFY(a == b);
}

} // namespace

class TestCatalogFormat : public QObject
{
    Q_OBJECT
private slots:
    void goodFile()
    {
        const Result<Catalog> c = loadCatalogFile(fixture(QStringLiteral("good.json")));
        QVERIFY2(c.ok(), qPrintable(c.error()));
        QCOMPARE(c->name, QStringLiteral("team-picks"));
        QCOMPARE(c->title, QStringLiteral("Team picks"));
        QCOMPARE(c->date, QDate(2026, 3, 1));
        QCOMPARE(c->defaultBenchmark, QStringLiteral("evals"));
        QCOMPARE(c->bundled, false);
        QCOMPARE(c->benchmarks.size(), 2);
        QCOMPARE(c->benchmarks.at(1).kind, ScoreKind::Rating);
        QCOMPARE(c->benchmarks.at(1).date, QDate());
        QCOMPARE(c->models.size(), 3);
        QCOMPARE(c->tasks.size(), 1);
        QCOMPARE(c->tasks.at(0).recommended, QStringLiteral("local-8b"));

        const ModelSpec *big = c->findModel(u"Big One");
        QVERIFY(big);
        QCOMPARE(big->tier, Tier::Large);
        QCOMPARE(big->inputPricePerMTok, 2.5);
        QCOMPARE(big->outputPricePerMTok, 10.0);
        QCOMPARE(big->typicalLatencyMs, std::optional<double>(450.0));
        QCOMPARE(big->contextWindow, std::optional<int>(128000));
        QCOMPARE(big->maxOutputTokens, std::optional<int>(16384));
        QCOMPARE(big->capabilities, QStringList({QStringLiteral("vision"), QStringLiteral("function_calling")}));
        QCOMPARE(big->quality.size(), 2);
        QCOMPARE(big->score(u"evals")->value, 91.5);
        QCOMPARE(big->score(u"evals")->source, QStringLiteral("Run 12"));
        QCOMPARE(big->score(u"evals")->date, QDate(2026, 2, 21));
        // Without its own source and date a score inherits the benchmark's.
        QCOMPARE(big->score(u"elo")->source, QStringLiteral("Blind votes"));
        QCOMPARE(big->score(u"elo")->date, QDate());
        QCOMPARE(big->provenance.catalog, QStringLiteral("team-picks"));
        QCOMPARE(big->provenance.date, QDate(2026, 3, 1));
        QCOMPARE(big->provenance.origin, QStringLiteral("Our own measurements"));

        const ModelSpec *local = c->findModel(u"local-8b");
        QVERIFY(local);
        QCOMPARE(local->tier, Tier::Medium); // no tier given: 8B by parameter count
        QCOMPARE(local->parameterCountB, std::optional<double>(8.0));
        QCOMPARE(local->selfHostedPerHour, std::optional<double>(0.49));
        QVERIFY(local->isSelfHosted());
        QVERIFY(local->openWeights);
        QVERIFY(!local->typicalLatencyMs.has_value()); // null means unknown

        const ModelSpec *cheap = c->findModel(u"cheap-api");
        QVERIFY(cheap);
        QCOMPARE(cheap->displayName, QStringLiteral("cheap-api"));
        QCOMPARE(cheap->tier, Tier::Small); // no tier, no size: blended $0.15 per 1M
        QVERIFY(!cheap->openWeights);
        QVERIFY(cheap->quality.isEmpty());
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("detail");
        QTest::addRow("negative price") << QStringLiteral("bad-negative-price.json")
                                        << QStringLiteral(
                                               "model \"big-one\" field \"input_per_1m\": expected a number ≥ 0");
        QTest::addRow("price as text") << QStringLiteral("bad-price-type.json")
                                       << QStringLiteral(
                                              "model \"cheap-api\" field \"output_per_1m\": expected a number ≥ 0");
        QTest::addRow("unknown tier")
            << QStringLiteral("bad-tier.json")
            << QStringLiteral("model \"big-one\" field \"tier\": expected one of tiny, small, medium, large, frontier");
        QTest::addRow("duplicate id") << QStringLiteral("bad-duplicate-id.json")
                                      << QStringLiteral("model #3 field \"id\": duplicate id \"big-one\"");
        QTest::addRow("undeclared benchmark") << QStringLiteral("bad-undeclared-benchmark.json")
                                              << QStringLiteral("model \"big-one\" field \"quality[1].benchmark\": "
                                                                "benchmark \"mmlu\" is not declared in \"benchmarks\"");
        QTest::addRow("score not a number")
            << QStringLiteral("bad-quality-value.json")
            << QStringLiteral("model \"big-one\" field \"quality[0].value\": expected a number");
        QTest::addRow("unknown format")
            << QStringLiteral("bad-format.json")
            << QStringLiteral("field \"format\": unknown format \"other-catalog\" (expected \"rightsize-catalog\")");
        QTest::addRow("newer version")
            << QStringLiteral("bad-newer-version.json")
            << QStringLiteral(
                   "field \"version\": version 2 is newer than this Rightsize can read (up to 1); update Rightsize");
        QTest::addRow("missing id") << QStringLiteral("bad-missing-id.json")
                                    << QStringLiteral("model #2 field \"id\": required but missing");
        QTest::addRow("fractional context")
            << QStringLiteral("bad-context-window.json")
            << QStringLiteral("model \"local-8b\" field \"context_window\": expected a whole number greater than 0");
        QTest::addRow("open weights as text")
            << QStringLiteral("bad-open-weights.json")
            << QStringLiteral("model \"local-8b\" field \"open_weights\": expected true or false");
        QTest::addRow("capability not text")
            << QStringLiteral("bad-capabilities.json")
            << QStringLiteral("model \"big-one\" field \"capabilities\": expected a list of strings");
        QTest::addRow("bad date") << QStringLiteral("bad-date.json")
                                  << QStringLiteral("field \"date\": expected a date in the form YYYY-MM-DD");
        QTest::addRow("benchmark kind") << QStringLiteral("bad-benchmark-kind.json")
                                        << QStringLiteral(
                                               "benchmark \"elo\" field \"kind\": expected \"accuracy\" or \"rating\"");
        QTest::addRow("default benchmark")
            << QStringLiteral("bad-default-benchmark.json")
            << QStringLiteral("field \"default_benchmark\": benchmark \"arena\" is not declared in \"benchmarks\"");
        QTest::addRow("no models") << QStringLiteral("bad-models-missing.json")
                                   << QStringLiteral("field \"models\": required but missing");
        QTest::addRow("top level array") << QStringLiteral("top-array.json")
                                         << QStringLiteral("expected a JSON object at the top level");
        QTest::addRow("LiteLLM price as text")
            << QStringLiteral("litellm-bad-price.json")
            << QStringLiteral("model \"gpt-x\" field \"input_cost_per_token\": expected a number ≥ 0");
        QTest::addRow("LiteLLM negative price")
            << QStringLiteral("litellm-negative-price.json")
            << QStringLiteral("model \"gpt-y\" field \"input_cost_per_token\": expected a number ≥ 0");
        QTest::addRow("LiteLLM limit as text")
            << QStringLiteral("litellm-bad-limit.json")
            << QStringLiteral("model \"gpt-z\" field \"max_input_tokens\": expected a whole number greater than 0");
    }
    void badFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, detail);
        const Result<Catalog> c = loadCatalogFile(fixture(file));
        QVERIFY(!c.ok());
        QCOMPARE(c.error(), QStringLiteral("Cannot load catalog %1: %2").arg(file, detail));
    }

    void notJson()
    {
        const Result<Catalog> c = loadCatalogFile(fixture(QStringLiteral("not-json.json")));
        QVERIFY(!c.ok());
        QVERIFY2(c.error().startsWith(QStringLiteral("Cannot load catalog not-json.json: not valid JSON (")),
                 qPrintable(c.error()));
    }

    void missingFile()
    {
        const QString path = fixture(QStringLiteral("no-such-catalog.json"));
        const Result<Catalog> c = loadCatalogFile(path);
        QVERIFY(!c.ok());
        QCOMPARE(c.error(), QStringLiteral("Cannot read catalog %1: No such file or directory").arg(path));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addRow("hand-written") << fixture(QStringLiteral("good.json"));
        QTest::addRow("article-2025") << QStringLiteral(":/catalogs/article-2025.json");
        QTest::addRow("current") << QStringLiteral(":/catalogs/current.json");
    }
    void roundTrip()
    {
        QFETCH(QString, path);
        initCatalogResources();
        const Result<Catalog> first = parseRightsizeCatalog(readAll(path), QFileInfo(path).fileName());
        QVERIFY2(first.ok(), qPrintable(first.error()));
        const QByteArray text = serializeRightsizeCatalog(*first);
        const Result<Catalog> second = parseRightsizeCatalog(text, QStringLiteral("copy.json"));
        QVERIFY2(second.ok(), qPrintable(second.error()));
        compareCatalogs(*second, *first);
        QCOMPARE(serializeRightsizeCatalog(*second), text);
        // One model per line keeps diffs of catalog files readable.
        QCOMPARE(text.count("\"id\": \""), first->benchmarks.size() + first->models.size() + first->tasks.size());
        QVERIFY(text.count('\n') >= first->models.size() + first->benchmarks.size() + first->tasks.size() + 10);
    }

    void roundTripOddValues()
    {
        Catalog c;
        c.name = QStringLiteral("odd");
        c.title = QString();
        c.description = QStringLiteral("Quotes \" backslash \\ tab \t newline \n and ünïcödé ≥ 😀");
        c.benchmarks.append(
            {QStringLiteral("b"), QStringLiteral("B"), ScoreKind::Accuracy, 1.0, {}, {}, QDate(2025, 1, 2)});
        ModelSpec m;
        m.id = QStringLiteral("m/with:odd id");
        m.displayName = QString();
        m.tier = Tier::Frontier;
        m.parameterCountB = 0.066;
        m.inputPricePerMTok = 0.1 + 0.2; // not exactly 0.3: the text must keep every bit
        m.outputPricePerMTok = 1e-7;
        m.selfHostedPerHour = 0.0;
        m.typicalLatencyMs = 12.25;
        m.contextWindow = 2000000;
        m.capabilities = {QStringLiteral("vision")};
        m.quality.append({QStringLiteral("b"), 0.875, QStringLiteral("s"), QDate(), 0.8, 0.9});
        m.provenance = {QStringLiteral("elsewhere"), QDate(2024, 12, 31), QStringLiteral("merged by hand")};
        m.tierBasis = TierBasis::PriceBand;
        m.parameterCountB = 46.7;
        m.activeParameterCountB = 12.9;
        m.notes = {QStringLiteral("imported at the first tier")};
        c.models.append(m);
        c.tasks.append(
            {QStringLiteral("t"), QStringLiteral("T"), {}, {}, {}, QStringLiteral("b"), QStringLiteral("why b")});
        ModelSpec plain;
        plain.id = QStringLiteral("plain");
        plain.displayName = QStringLiteral("Plain");
        plain.provenance = defaultProvenance(c);
        c.models.append(plain);

        const Result<Catalog> back = parseRightsizeCatalog(serializeRightsizeCatalog(c), QStringLiteral("odd.json"));
        QVERIFY2(back.ok(), qPrintable(back.error()));
        compareCatalogs(*back, c);
        QCOMPARE(back->models.at(0).inputPricePerMTok, 0.1 + 0.2);
    }

    void priceBand_data()
    {
        QTest::addColumn<double>("input");
        QTest::addColumn<double>("output");
        QTest::addColumn<QString>("tier");
        QTest::addRow("free") << 0.0 << 0.0 << QStringLiteral("small");
        QTest::addRow("just under $0.20") << 0.15 << 0.34 << QStringLiteral("small"); // 0.1975
        QTest::addRow("$0.20 is medium") << 0.2 << 0.2 << QStringLiteral("medium");
        QTest::addRow("gpt-4o-mini") << 0.15 << 0.60 << QStringLiteral("medium"); // 0.2625
        QTest::addRow("just under $1") << 0.9 << 1.2 << QStringLiteral("medium"); // 0.975
        QTest::addRow("$1.00 is large") << 1.0 << 1.0 << QStringLiteral("large");
        QTest::addRow("gpt-4o") << 5.0 << 15.0 << QStringLiteral("large");
    }
    void priceBand()
    {
        QFETCH(double, input);
        QFETCH(double, output);
        QFETCH(QString, tier);
        QCOMPARE(tierId(tierForPriceBand(input, output)), tier);
    }

    void liteLlmSmall()
    {
        const Result<Catalog> c =
            importLiteLlmCatalog(readAll(fixture(QStringLiteral("litellm-small.json"))),
                                 QStringLiteral("litellm-small.json"), QStringLiteral("prices"), QDate(2026, 7, 24));
        QVERIFY2(c.ok(), qPrintable(c.error()));
        QCOMPARE(c->name, QStringLiteral("prices"));
        QCOMPARE(c->date, QDate(2026, 7, 24));
        // sample_spec, fallback_generalizations, the embedding, the entry without a mode and the
        // two priceless chat entries are not models.
        QStringList ids;
        for (const ModelSpec &m : c->models)
            ids.append(m.id);
        QCOMPARE(
            ids,
            QStringList({QStringLiteral("expensive"), QStringLiteral("gpt-4o-mini"), QStringLiteral("int-priced")}));

        const ModelSpec *mini = c->findModel(u"gpt-4o-mini");
        QCOMPARE(mini->inputPricePerMTok, 0.15);
        QCOMPARE(mini->outputPricePerMTok, 0.60);
        QVERIFY(mini->inputPricePerMTok == 0.15); // exactly, not 0.15000000000000002
        QCOMPARE(mini->provider, QStringLiteral("openai"));
        QCOMPARE(mini->contextWindow, std::optional<int>(128000));
        QCOMPARE(mini->maxOutputTokens, std::optional<int>(16384));
        QCOMPARE(mini->capabilities, QStringList({QStringLiteral("function_calling"), QStringLiteral("vision")}));
        QCOMPARE(mini->tier, Tier::Medium);
        QCOMPARE(mini->provenance.catalog, QStringLiteral("prices"));
        QCOMPARE(mini->provenance.date, QDate(2026, 7, 24));
        QVERIFY(mini->provenance.origin.contains(QStringLiteral("LiteLLM")));

        const ModelSpec *ints = c->findModel(u"int-priced");
        QCOMPARE(ints->inputPricePerMTok, 0.0);
        QCOMPARE(ints->outputPricePerMTok, 1000000.0);              // integer 1 USD per token
        QCOMPARE(ints->contextWindow, std::optional<int>(2000000)); // written as 2000000.0
        QVERIFY(!ints->maxOutputTokens.has_value());

        const ModelSpec *big = c->findModel(u"expensive");
        QCOMPARE(big->inputPricePerMTok, 15.0);
        QCOMPARE(big->outputPricePerMTok, 75.0);
        QCOMPARE(big->tier, Tier::Large);
        QCOMPARE(big->capabilities, QStringList({QStringLiteral("reasoning")}));
    }

    void liteLlmPriceOutOfRangeIsRejected()
    {
        // Found by fuzz_catalog_litellm: 1e308 per token overflowed the per-1M conversion to infinity,
        // which a catalog file cannot hold.
        const QByteArray json =
            R"({"huge": {"mode": "chat", "input_cost_per_token": 0, "output_cost_per_token": 1e308}})";
        const Result<Catalog> c =
            importLiteLlmCatalog(json, QStringLiteral("prices.json"), QStringLiteral("prices"), QDate(2026, 3, 1));
        QVERIFY(!c.ok());
        QCOMPARE(c.error(),
                 QStringLiteral("Cannot load catalog prices.json: model \"huge\" field \"output_cost_per_token\": "
                                "1e+308 USD per token is out of range (at most 1)"));
        const QByteArray fine =
            R"({"dear": {"mode": "chat", "input_cost_per_token": 1, "output_cost_per_token": 0.5}})";
        const Result<Catalog> ok =
            importLiteLlmCatalog(fine, QStringLiteral("prices.json"), QStringLiteral("prices"), QDate(2026, 3, 1));
        QVERIFY2(ok.ok(), qPrintable(ok.error()));
        QCOMPARE(ok->models.constFirst().inputPricePerMTok, 1.0e6);
    }

    void liteLlmEmptyModelNameIsRejected()
    {
        // Found by fuzz_catalog_litellm: an entry keyed "" was imported with an empty id, which
        // Rightsize's own format (and every lookup by id) refuses.
        const QByteArray json =
            R"({"": {"mode": "chat", "input_cost_per_token": 1e-6, "output_cost_per_token": 2e-6}})";
        const Result<Catalog> c =
            importLiteLlmCatalog(json, QStringLiteral("prices.json"), QStringLiteral("prices"), QDate(2026, 3, 1));
        QVERIFY(!c.ok());
        QCOMPARE(c.error(), QStringLiteral("Cannot load catalog prices.json: a model has an empty name"));
    }

    void modelsDevSmall()
    {
        const Result<Catalog> c =
            importModelsDevCatalog(readAll(fixture(QStringLiteral("modelsdev-small.json"))), QStringLiteral("api.json"),
                                   QStringLiteral("modelsdev"), QDate(2026, 7, 24));
        QVERIFY2(c.ok(), qPrintable(c.error()));
        QStringList ids;
        for (const ModelSpec &m : c->models)
            ids.append(m.id);
        // The embedding model answers no prompt; ids carry the provider, as models.dev keys them.
        QCOMPARE(ids,
                 QStringList({QStringLiteral("groq/llama-3.1-8b-instant"), QStringLiteral("groq/preview-model"),
                              QStringLiteral("openai/gpt-4o-mini")}));
        const ModelSpec *mini = c->findModel(u"openai/gpt-4o-mini");
        QCOMPARE(mini->displayName, QStringLiteral("GPT-4o mini"));
        QCOMPARE(mini->provider, QStringLiteral("openai"));
        QCOMPARE(mini->inputPricePerMTok, 0.15); // already per 1M tokens
        QCOMPARE(mini->outputPricePerMTok, 0.6);
        QCOMPARE(mini->contextWindow, std::optional<int>(128000));
        QCOMPARE(mini->maxOutputTokens, std::optional<int>(16384));
        QCOMPARE(mini->capabilities, QStringList({QStringLiteral("vision"), QStringLiteral("function_calling")}));
        QVERIFY(!mini->openWeights);
        QCOMPARE(mini->notes, QStringList({QStringLiteral("models.dev: cached input costs $0.08 per 1M tokens")}));
        // Each figure is dated by the entry's last update, and names models.dev.
        QCOMPARE(mini->provenance.catalog, QStringLiteral("modelsdev"));
        QCOMPARE(mini->provenance.date, QDate(2024, 7, 18));
        QVERIFY(mini->provenance.origin.contains(QStringLiteral("models.dev")));

        const ModelSpec *llama = c->findModel(u"groq/llama-3.1-8b-instant");
        QVERIFY(llama->openWeights);
        QCOMPARE(llama->provenance.date, QDate(2025, 1, 10));
        QCOMPARE(llama->parameterCountB, std::optional<double>(8.0));
        QCOMPARE(llama->tierBasis, TierBasis::Parameters);
        QCOMPARE(llama->tier, tierForParameterCount(8.0));

        // No cost: unknown, not free.
        const ModelSpec *preview = c->findModel(u"groq/preview-model");
        QCOMPARE(preview->tierBasis, TierBasis::Unknown);
        QCOMPARE(preview->notes, QStringList({QStringLiteral("models.dev lists no cost: the price is unknown")}));
        QCOMPARE(preview->provenance.date, QDate(2025, 6, 1)); // "2025-06"

        // What the registry keeps reads back the same.
        const Result<Catalog> reread = parseRightsizeCatalog(serializeRightsizeCatalog(*c), QStringLiteral("x"));
        QVERIFY2(reread.ok(), qPrintable(reread.error()));
        compareCatalogs(*reread, *c);
    }

    void openRouterSmall()
    {
        const Result<Catalog> c =
            importOpenRouterCatalog(readAll(fixture(QStringLiteral("openrouter-small.json"))), QStringLiteral("models"),
                                    QStringLiteral("openrouter"), QDate(2026, 7, 24));
        QVERIFY2(c.ok(), qPrintable(c.error()));
        QStringList ids;
        for (const ModelSpec &m : c->models)
            ids.append(m.id);
        // The image generator is left out.
        QCOMPARE(ids,
                 QStringList({QStringLiteral("openai/gpt-4o-mini"), QStringLiteral("meta-llama/llama-3.1-8b-instruct"),
                              QStringLiteral("openrouter/auto")}));
        const ModelSpec *mini = c->findModel(u"openai/gpt-4o-mini");
        QCOMPARE(mini->displayName, QStringLiteral("OpenAI: GPT-4o-mini"));
        QCOMPARE(mini->provider, QStringLiteral("openai"));
        QVERIFY(mini->inputPricePerMTok == 0.18); // "0.00000018" per token, exactly
        QCOMPARE(mini->outputPricePerMTok, 0.6);
        QCOMPARE(mini->contextWindow, std::optional<int>(128000));
        QCOMPARE(mini->maxOutputTokens, std::optional<int>(16384));
        QCOMPARE(mini->capabilities, QStringList({QStringLiteral("vision"), QStringLiteral("function_calling")}));
        QCOMPARE(mini->provenance.date, QDate(2026, 7, 24));
        QVERIFY(mini->provenance.origin.contains(QStringLiteral("OpenRouter")));

        const ModelSpec *llama = c->findModel(u"meta-llama/llama-3.1-8b-instruct");
        QVERIFY(!llama->maxOutputTokens.has_value()); // null
        QCOMPARE(llama->inputPricePerMTok, 0.02);

        // -1: priced by the model the router picks, so unknown rather than $0 or negative.
        const ModelSpec *router = c->findModel(u"openrouter/auto");
        QCOMPARE(router->inputPricePerMTok, 0.0);
        QCOMPARE(router->tierBasis, TierBasis::Unknown);
        QCOMPARE(router->notes.size(), 1);
    }

    void formatIsDetectedFromContent_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("origin");
        QTest::addRow("models.dev") << QStringLiteral("modelsdev-small.json") << QStringLiteral("models.dev");
        QTest::addRow("OpenRouter") << QStringLiteral("openrouter-small.json") << QStringLiteral("OpenRouter");
        QTest::addRow("LiteLLM") << QStringLiteral("litellm-small.json") << QStringLiteral("LiteLLM");
    }
    void formatIsDetectedFromContent()
    {
        QFETCH(QString, file);
        QFETCH(QString, origin);
        const Result<Catalog> c = loadCatalogFile(fixture(file));
        QVERIFY2(c.ok(), qPrintable(c.error()));
        QVERIFY2(c->attribution.contains(origin), qPrintable(c->attribution));
        QCOMPARE(c->name, QFileInfo(file).completeBaseName());
    }

    void malformedNewFormats_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::addRow("models.dev cost not a number")
            << readAll(fixture(QStringLiteral("modelsdev-bad-cost.json")))
            << QStringLiteral("model \"openai/gpt-4o-mini\" field \"cost.input\": expected a number ≥ 0");
        QTest::addRow("models.dev negative context")
            << QByteArray(R"({"p": {"models": {"m": {"limit": {"context": -5}}}}})")
            << QStringLiteral("model \"p/m\" field \"limit.context\": expected a whole number greater than 0");
        QTest::addRow("models.dev bad date")
            << QByteArray(R"({"p": {"models": {"m": {"last_updated": "soon"}}}})")
            << QStringLiteral("model \"p/m\" field \"last_updated\": expected a date in the form YYYY-MM-DD");
        // Found by fuzz_catalog_import: a provider whose "id" is another provider's key made two
        // models of one id, and the kept copy could not be read back.
        QTest::addRow("models.dev duplicate id")
            << QByteArray(R"({"groq": {"models": {"m": {}}}, "Mgroq": {"id": "groq", "models": {"m": {}}}})")
            << QStringLiteral("model #2 field \"id\": duplicate id \"groq/m\"");
        // Found by fuzz_catalog_import: a year before Christ was read, then could not be written back.
        QTest::addRow("models.dev negative year")
            << QByteArray(R"({"p": {"models": {"m": {"release_date": "-2025-06"}}}})")
            << QStringLiteral("model \"p/m\" field \"release_date\": expected a date in the form YYYY-MM-DD");
        QTest::addRow("models.dev models not an object")
            << QByteArray(R"({"p": {"models": [1]}})") << QStringLiteral("provider \"p\" field \"models\"");
        QTest::addRow("models.dev price out of range")
            << QByteArray(R"({"p": {"models": {"m": {"cost": {"input": 1e300, "output": 1}}}}})")
            << QStringLiteral("model \"p/m\" field \"cost.input\": 1e+300 USD per 1M tokens is out of range");
        QTest::addRow("OpenRouter price not a number")
            << readAll(fixture(QStringLiteral("openrouter-bad-price.json")))
            << QStringLiteral("model \"openai/gpt-4o-mini\" field \"pricing.completion\": expected a price per token");
        QTest::addRow("OpenRouter no pricing")
            << QByteArray(R"({"data": [{"id": "a/b"}]})") << QStringLiteral("model \"a/b\" field \"pricing\"");
        QTest::addRow("OpenRouter missing id")
            << QByteArray(R"({"data": [{"pricing": {"prompt": "0", "completion": "0"}}]})")
            << QStringLiteral("model 1 field \"id\": required but missing");
        QTest::addRow("OpenRouter duplicate")
            << QByteArray(R"({"data": [{"id": "a/b", "pricing": {"prompt": "0", "completion": "0"}},)"
                          R"( {"id": "a/b", "pricing": {"prompt": "0", "completion": "0"}}]})")
            << QStringLiteral("model \"a/b\": listed twice");
        QTest::addRow("OpenRouter bad context")
            << QByteArray(
                   R"({"data": [{"id": "a/b", "context_length": "big", "pricing": {"prompt": "0", "completion": "0"}}]})")
            << QStringLiteral("model \"a/b\" field \"context_length\"");
    }
    void malformedNewFormats()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const Result<Catalog> c = importCatalogJson(json, QStringLiteral("in.json"), QStringLiteral("in"), {});
        QVERIFY(!c.ok());
        QVERIFY2(c.error().startsWith(QStringLiteral("Cannot load catalog in.json: ")), qPrintable(c.error()));
        QVERIFY2(c.error().contains(error), qPrintable(c.error()));
    }

    void liteLlmByFile()
    {
        const QString path = fixture(QStringLiteral("litellm-small.json"));
        const Result<Catalog> c = loadCatalogFile(path);
        QVERIFY2(c.ok(), qPrintable(c.error()));
        QCOMPARE(c->name, QStringLiteral("litellm-small"));
        QCOMPARE(c->date, QFileInfo(path).lastModified().date());
        QCOMPARE(c->models.size(), 3);
    }

    // what the catalogs say about tiers, sizes and task benchmarks.
    void newFieldsParse()
    {
        const QByteArray json = R"({"format": "rightsize-catalog", "version": 1, "name": "n",
            "benchmarks": [{"id": "code", "kind": "accuracy", "scale_max": 100}, {"id": "arena", "kind": "rating"}],
            "models": [
              {"id": "moe", "parameters_b": 400, "active_parameters_b": 17},
              {"id": "guess", "input_per_1m": 0.1, "output_per_1m": 0.2},
              {"id": "said", "tier": "small", "tier_basis": "price_band", "notes": ["a note"]},
              {"id": "nothing"},
              {"id": "measured", "quality": [{"benchmark": "code", "value": 60, "low": 50, "high": 70}]}],
            "tasks": [{"id": "code_completion", "benchmark": "code", "benchmark_reason": "a coding benchmark"}]})";
        const Result<Catalog> c = parseRightsizeCatalog(json, QStringLiteral("n.json"));
        QVERIFY2(c.ok(), qPrintable(c.error()));
        const ModelSpec *moe = c->findModel(u"moe");
        QCOMPARE(moe->tier, Tier::Large); // by the total, not the 17B active
        QCOMPARE(moe->tierBasis, TierBasis::Parameters);
        QCOMPARE(moe->activeParameterCountB, std::optional<double>(17));
        QCOMPARE(c->findModel(u"guess")->tierBasis, TierBasis::PriceBand);
        QCOMPARE(c->findModel(u"said")->tierBasis, TierBasis::PriceBand);
        QCOMPARE(c->findModel(u"said")->notes, QStringList{QStringLiteral("a note")});
        QCOMPARE(c->findModel(u"nothing")->tierBasis, TierBasis::Unknown);
        const QualityScore *score = c->findModel(u"measured")->score(u"code");
        QCOMPARE(score->low, std::optional<double>(50));
        QCOMPARE(score->high, std::optional<double>(70));
        QCOMPARE(c->tasks.at(0).benchmark, QStringLiteral("code"));
        QCOMPARE(c->tasks.at(0).benchmarkReason, QStringLiteral("a coding benchmark"));
        const Result<Catalog> back = parseRightsizeCatalog(serializeRightsizeCatalog(*c), QStringLiteral("copy.json"));
        QVERIFY2(back.ok(), qPrintable(back.error()));
        compareCatalogs(*back, *c);
    }

    void newFieldsAreChecked_data()
    {
        QTest::addColumn<QByteArray>("model");
        QTest::addColumn<QByteArray>("task");
        QTest::addColumn<QString>("error");
        QTest::addRow("more active than total")
            << QByteArray(R"({"id": "m", "parameters_b": 7, "active_parameters_b": 8})") << QByteArray()
            << QStringLiteral("model \"m\" field \"active_parameters_b\": more active parameters than parameters in "
                              "all (\"parameters_b\")");
        QTest::addRow("unknown tier basis")
            << QByteArray(R"({"id": "m", "tier_basis": "vibes"})") << QByteArray()
            << QStringLiteral(
                   "model \"m\" field \"tier_basis\": expected one of parameters, price_band, score, unknown");
        QTest::addRow("half an interval")
            << QByteArray(R"({"id": "m", "quality": [{"benchmark": "code", "value": 5, "low": 1}]})") << QByteArray()
            << QStringLiteral("model \"m\" field \"quality[0].high\": an interval needs both \"low\" and \"high\"");
        QTest::addRow("interval misses the value")
            << QByteArray(R"({"id": "m", "quality": [{"benchmark": "code", "value": 5, "low": 6, "high": 7}]})")
            << QByteArray()
            << QStringLiteral(
                   "model \"m\" field \"quality[0].low\": the interval must contain the value (low ≤ value ≤ high)");
        QTest::addRow("task benchmark undeclared")
            << QByteArray(R"({"id": "m"})") << QByteArray(R"({"id": "t", "benchmark": "gpqa"})")
            << QStringLiteral("task \"t\" field \"benchmark\": benchmark \"gpqa\" is not declared in \"benchmarks\"");
    }
    void newFieldsAreChecked()
    {
        QFETCH(QByteArray, model);
        QFETCH(QByteArray, task);
        QFETCH(QString, error);
        const QByteArray json = R"({"format": "rightsize-catalog", "version": 1, "name": "n",
            "benchmarks": [{"id": "code", "kind": "accuracy", "scale_max": 100}], "models": [)" +
            model + R"(], "tasks": [)" + task + "]}";
        const Result<Catalog> c = parseRightsizeCatalog(json, QStringLiteral("n.json"));
        QVERIFY(!c.ok());
        QCOMPARE(c.error(), QStringLiteral("Cannot load catalog n.json: ") + error);
    }

    void liteLlmPlaceholdersTiersAndSizes()
    {
        const QByteArray json = R"({
          "preview-model": {"mode": "chat", "input_cost_per_token": 0, "output_cost_per_token": 0, "litellm_provider": "bedrock"},
          "ollama/llama2:13b": {"mode": "chat", "input_cost_per_token": 0, "output_cost_per_token": 0, "litellm_provider": "ollama"},
          "ollama/gpt-oss:120b-cloud": {"mode": "chat", "input_cost_per_token": 0, "output_cost_per_token": 0, "litellm_provider": "ollama"},
          "dashscope/qwen-flash": {"mode": "chat", "litellm_provider": "dashscope", "tiered_pricing": [
              {"input_cost_per_token": 2.5e-07, "output_cost_per_token": 2e-06, "range": [256000.0, 1000000.0]},
              {"input_cost_per_token": 5e-08, "output_cost_per_token": 4e-07, "range": [0, 256000.0]}]},
          "groq/meta-llama/llama-4-maverick-17b-128e-instruct": {"mode": "chat", "input_cost_per_token": 2e-07, "output_cost_per_token": 6e-07, "litellm_provider": "groq"},
          "cheap-closed": {"mode": "chat", "input_cost_per_token": 1e-07, "output_cost_per_token": 4e-07, "litellm_provider": "openai"}
        })";
        const Result<Catalog> c =
            importLiteLlmCatalog(json, QStringLiteral("p.json"), QStringLiteral("p"), QDate(2026, 7, 24));
        QVERIFY2(c.ok(), qPrintable(c.error()));
        QCOMPARE(c->models.size(), 6);
        // $0 outside a local server: a placeholder, tier unknown, said so.
        const ModelSpec *preview = c->findModel(u"preview-model");
        QCOMPARE(preview->tierBasis, TierBasis::Unknown);
        QCOMPARE(preview->notes,
                 QStringList{
                     QStringLiteral("LiteLLM lists $0 for input and output: a placeholder, so the price is unknown")});
        // A local server's $0 is real; its name tells its size.
        const ModelSpec *local = c->findModel(u"ollama/llama2:13b");
        QVERIFY(local->isLocal() && local->openWeights && local->notes.isEmpty());
        QCOMPARE(local->parameterCountB, std::optional<double>(13));
        QCOMPARE(local->tier, Tier::Medium);
        QCOMPARE(local->tierBasis, TierBasis::Parameters);
        // Ollama's cloud models are hosted.
        const ModelSpec *cloud = c->findModel(u"ollama/gpt-oss:120b-cloud");
        QVERIFY(!cloud->isLocal() && !cloud->openWeights);
        QCOMPARE(cloud->notes.size(), 1);
        QCOMPARE(cloud->tier, Tier::Large); // the size is known even if the price is not
        // Tiered-only prices at the first tier, with a note, never dropped.
        const ModelSpec *flash = c->findModel(u"dashscope/qwen-flash");
        QCOMPARE(flash->inputPricePerMTok, 0.05);
        QCOMPARE(flash->outputPricePerMTok, 0.4);
        QCOMPARE(flash->notes,
                 QStringList{QStringLiteral("LiteLLM prices this model only in 2 tier(s) by prompt length; "
                                            "imported at the first (prompts up to 256,000 tokens)")});
        QCOMPARE(flash->tierBasis, TierBasis::PriceBand);
        // Mixture of experts by its total size.
        const ModelSpec *maverick = c->findModel(u"groq/meta-llama/llama-4-maverick-17b-128e-instruct");
        QCOMPARE(maverick->tier, Tier::Large);
        QCOMPARE(maverick->parameterCountB, std::optional<double>(400));
        QCOMPARE(maverick->activeParameterCountB, std::optional<double>(17));
        QCOMPARE(c->findModel(u"cheap-closed")->tierBasis, TierBasis::PriceBand);
        // All of it survives the own format.
        const Result<Catalog> back = parseRightsizeCatalog(serializeRightsizeCatalog(*c), QStringLiteral("copy.json"));
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QVERIFY(*back == *c);
    }

    void liteLlmRealFile()
    {
        const QString path = TestPaths::sharedData(QStringLiteral("model_prices_and_context_window.json"));
        if (!QFileInfo::exists(path))
            QSKIP("shared LiteLLM snapshot not available");
        const Result<Catalog> c = loadCatalogFile(path);
        QVERIFY2(c.ok(), qPrintable(c.error()));
        // 2,285 chat entries, of which 111 carry no token price; 18 of those are priced in tiers by
        // prompt length and come in at their first tier.
        QCOMPARE(c->models.size(), 2192);
        const ModelSpec *mini = c->findModel(u"gpt-4o-mini");
        QVERIFY(mini);
        QCOMPARE(mini->inputPricePerMTok, 0.15);
        QCOMPARE(mini->outputPricePerMTok, 0.60);
        QCOMPARE(mini->contextWindow, std::optional<int>(128000));
        QVERIFY(mini->hasCapability(u"vision"));
        // Survives the trip into Rightsize's own format.
        const Result<Catalog> back = parseRightsizeCatalog(serializeRightsizeCatalog(*c), QStringLiteral("copy.json"));
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QVERIFY(*back == *c);
    }
};

QTEST_GUILESS_MAIN(TestCatalogFormat)
#include "tst_catalogformat.moc"
