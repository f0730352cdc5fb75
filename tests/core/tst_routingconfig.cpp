// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/catalog.h"
#include "providers/endpointstore.h"
#include "routing/routingconfig.h"
#include "secrets/apikeystore.h"

#include <QCoroTask>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {
Endpoint endpoint(const QString &name, const QString &model, const QString &catalogModel = {})
{
    Endpoint e;
    e.name = name;
    e.kind = EndpointKind::OpenAi;
    e.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/v1"));
    e.model = model;
    e.catalogModel = catalogModel;
    return e;
}

/// A catalog with one API-priced model, one self-hosted by the hour (no per-token price), one
/// served locally at $0 and one hosted model listed at $0 (a placeholder).
Catalog testCatalog()
{
    Catalog catalog;
    catalog.name = QStringLiteral("test");
    ModelSpec api;
    api.id = QStringLiteral("mini-api");
    api.displayName = QStringLiteral("Mini API");
    api.inputPricePerMTok = 0.15;
    api.outputPricePerMTok = 0.6;
    api.contextWindow = 64000;
    ModelSpec local;
    local.id = QStringLiteral("local-7b");
    local.selfHostedPerHour = 1.0;
    local.contextWindow = 8192;
    ModelSpec served; // served on the user's machine: its $0 is a real price
    served.id = QStringLiteral("llama-local");
    served.provider = QStringLiteral("ollama");
    ModelSpec placeholder; // a hosted model listed at $0: a placeholder, not a price
    placeholder.id = QStringLiteral("free-api");
    placeholder.provider = QStringLiteral("openai");
    catalog.models = {api, local, served, placeholder};
    catalog.date = QDate(2026, 3, 1);
    return catalog;
}

QString writeFile(const QTemporaryDir &dir, const QByteArray &content)
{
    const QString path = dir.filePath(QStringLiteral("routing.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(content);
    return path;
}
} // namespace

class TestRoutingConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    EndpointStore m_endpoints{m_dir.filePath(QStringLiteral("endpoints.json"))};

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(
            m_endpoints.add(endpoint(QStringLiteral("priced"), QStringLiteral("whatever"), QStringLiteral("mini-api")))
                .ok());
        QVERIFY(m_endpoints.add(endpoint(QStringLiteral("selfhosted"), QStringLiteral("local-7b"))).ok());
    }

    void defaultsAreTheArticles()
    {
        const RoutingConfig config;
        QCOMPARE(config.policy, RoutingPolicy::articleDefault());
        QCOMPARE(config.cascadeThreshold, 0.8);
        QCOMPARE(config.assessors, QStringList{QStringLiteral("logprob")});
        const Result<TierMap> tiers = resolveTierMap(config, m_endpoints, testCatalog());
        QVERIFY(tiers.ok());
        QCOMPARE(*tiers, TierMap::articleDefaults());
        // The article's tiers stand in for decisions and prices, but one is a hosted API: a cascade
        // with no configured level, or a route through an unconfigured tier, sends nothing.
        const Result<CascadeConfig> cascade = resolveCascade(config, m_endpoints, testCatalog());
        QVERIFY(!cascade.ok());
        QVERIFY2(cascade.error().contains(QStringLiteral("No cascade level is configured")),
                 qPrintable(cascade.error()));
        const Status unconfigured = requireConfiguredTiers(config, TierMap::escalationFrom(Tier::Medium));
        QVERIFY(!unconfigured.ok());
        QVERIFY2(unconfigured.error().contains(QStringLiteral("Medium, Large tier(s)")),
                 qPrintable(unconfigured.error()));
        RoutingConfig chosen;
        chosen.setEndpointFor(Tier::Medium, QStringLiteral("priced"));
        QVERIFY(!requireConfiguredTiers(chosen, TierMap::escalationFrom(Tier::Medium)).ok()); // Large still unchosen
        chosen.setEndpointFor(Tier::Large, QStringLiteral("selfhosted"));
        QVERIFY(requireConfiguredTiers(chosen, TierMap::escalationFrom(Tier::Medium)).ok());
        QVERIFY(!requireConfiguredTiers(chosen, TierMap::escalationFrom(Tier::Small)).ok());
    }

    void roundTripThroughJsonAndFile()
    {
        RoutingConfig config;
        config.policy.rules.removeLast();
        config.policy.rules.first().taskTypes.append(QStringLiteral("tagging"));
        config.setEndpointFor(Tier::Small, QStringLiteral("priced"));
        config.setEndpointFor(Tier::Large, QStringLiteral("openai:big@http://127.0.0.1:9/v1"));
        config.cascadeLevels = {QStringLiteral("priced"), QStringLiteral("selfhosted")};
        config.cascadeThreshold = 0.65;
        config.assessors = {QStringLiteral("validation"), QStringLiteral("judge")};
        config.judgeEndpoint = QStringLiteral("selfhosted");
        config.consistencySamples = 6;
        config.consistencyTemperature = 1.1;
        config.validationRegex = QStringLiteral("^\\d+$");
        config.validationJson = true;
        config.validationRequiredKeys = {QStringLiteral("answer")};
        QCOMPARE(config.endpointFor(Tier::Small), QStringLiteral("priced"));
        QCOMPARE(config.endpointFor(Tier::Medium), QString());

        const Result<RoutingConfig> parsed = RoutingConfig::fromJson(config.toJson());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(*parsed, config);

        const RoutingConfigStore store(m_dir.filePath(QStringLiteral("sub/folder/routing.json")));
        QVERIFY(store.save(config).ok());
        const Result<RoutingConfig> loaded = store.load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(*loaded, config);
        QVERIFY(loaded->validationJson);
        QCOMPARE(loaded->cascadeThreshold, 0.65);
    }

    void missingFileGivesDefaults()
    {
        const RoutingConfigStore store(m_dir.filePath(QStringLiteral("absent/routing.json")));
        const Result<RoutingConfig> loaded = store.load();
        QVERIFY(loaded.ok());
        QCOMPARE(*loaded, RoutingConfig());
        QVERIFY(!QFile::exists(store.path()));
    }

    void badFileNamesFileAndField_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("problem");
        QTest::addRow("threshold out of range")
            << QByteArray(R"({"cascade": {"threshold": 1.5}})")
            << QStringLiteral("has errors:\ncascade.threshold: must be a number from 0 to 1");
        QTest::addRow("unknown assessor") << QByteArray(R"({"cascade": {"assessors": ["logprob", "vibes"]}})")
                                          << QStringLiteral("has errors:\ncascade.assessors: unknown assessor “vibes” "
                                                            "(known: logprob, consistency, validation, judge)");
        QTest::addRow("typo at the top") << QByteArray(R"({"tier": {"small": "x"}})")
                                         << QStringLiteral("has errors:\ntier: unknown field");
        QTest::addRow("tier not text") << QByteArray(R"({"tiers": {"small": 3, "huge": "x"}})")
                                       << QStringLiteral(
                                              "has errors:\ntiers.huge: unknown field\ntiers.small: must be text");
        QTest::addRow("samples")
            << QByteArray(R"({"cascade": {"consistency": {"samples": 0}}})")
            << QStringLiteral("has errors:\ncascade.consistency.samples: must be a whole number from 1 to 20");
        QTest::addRow("bad regex") << QByteArray("{\"cascade\": {\"validation\": {\"regex\": \"(\"}}}")
                                   << QStringLiteral("cascade.validation.regex: not a valid regular expression");
        QTest::addRow("newer version") << QByteArray(R"({"version": 7})")
                                       << QStringLiteral(
                                              "version: 7 is newer than this version of Rightsize understands (1)");
        QTest::addRow("policy") << QByteArray(R"({"policy": {"rules": [{"target": "gigantic"}]}})")
                                << QStringLiteral("has errors:\npolicy: ");
        QTest::addRow("not json") << QByteArray("{\"cascade\": ") << QStringLiteral("is not valid JSON (at byte");
        QTest::addRow("array") << QByteArray("[]") << QStringLiteral("is not a JSON object.");
    }

    void badFileNamesFileAndField()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, problem);
        const QString path = writeFile(m_dir, content);
        QVERIFY(!path.isEmpty());
        const Result<RoutingConfig> loaded = RoutingConfigStore(path).load();
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().contains(path), qPrintable(loaded.error()));
        QVERIFY2(loaded.error().contains(problem), qPrintable(loaded.error()));
    }

    void resolvesNamesTargetsAndPrices_data()
    {
        QTest::addColumn<QString>("nameOrTarget");
        QTest::addColumn<int>("tier");
        QTest::addColumn<QString>("endpointName");
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("priced");
        QTest::addColumn<double>("inputPer1k");
        QTest::addColumn<double>("outputPer1k");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("context");
        const QString catalog = QStringLiteral("catalog test, 2026-03-01");
        // Catalog price per 1M → per 1k: 0.15 → 0.00015, 0.6 → 0.0006.
        QTest::addRow("name, catalog price")
            << QStringLiteral("priced") << int(Tier::Large) << QStringLiteral("priced") << QStringLiteral("whatever")
            << true << 0.00015 << 0.0006 << catalog << 64000;
        // A GPU-hour price is no per-token price; the tier's price is no stand-in either.
        QTest::addRow("name, self-hosted by the hour: unpriced")
            << QStringLiteral("selfhosted") << int(Tier::Medium) << QStringLiteral("selfhosted")
            << QStringLiteral("local-7b") << false << 0.0 << 0.0 << QString() << 8192;
        QTest::addRow("target in catalog")
            << QStringLiteral("openai:mini-api@http://127.0.0.1:9/v1") << int(Tier::Small)
            << QStringLiteral("openai:mini-api@http://127.0.0.1:9/v1") << QStringLiteral("mini-api") << true << 0.00015
            << 0.0006 << catalog << 64000;
        QTest::addRow("target unknown to catalog: unpriced, context unknown")
            << QStringLiteral("ollama:llama3.2:1b@http://127.0.0.1:11434") << int(Tier::Small)
            << QStringLiteral("ollama:llama3.2:1b@http://127.0.0.1:11434") << QStringLiteral("llama3.2:1b") << false
            << 0.0 << 0.0 << QString() << 0;
        QTest::addRow("locally served model at $0: priced, free")
            << QStringLiteral("ollama:llama-local@http://127.0.0.1:11434") << int(Tier::Small)
            << QStringLiteral("ollama:llama-local@http://127.0.0.1:11434") << QStringLiteral("llama-local") << true
            << 0.0 << 0.0 << catalog << 0;
        QTest::addRow("hosted model listed at $0: unpriced")
            << QStringLiteral("openai:free-api@http://127.0.0.1:9/v1") << int(Tier::Large)
            << QStringLiteral("openai:free-api@http://127.0.0.1:9/v1") << QStringLiteral("free-api") << false << 0.0
            << 0.0 << QString() << 0;
        QTest::addRow("empty: article default at the article's price")
            << QString() << int(Tier::Large) << QStringLiteral("gpt-4o") << QStringLiteral("gpt-4o") << true << 0.01
            << 0.01 << QStringLiteral("the article's price") << 128000;
    }

    void resolvesNamesTargetsAndPrices()
    {
        QFETCH(QString, nameOrTarget);
        QFETCH(int, tier);
        QFETCH(QString, endpointName);
        QFETCH(QString, model);
        QFETCH(bool, priced);
        QFETCH(double, inputPer1k);
        QFETCH(double, outputPer1k);
        QFETCH(QString, source);
        QFETCH(int, context);
        RoutingConfig config;
        config.setEndpointFor(Tier(tier), nameOrTarget);
        const Result<TierMap> tiers = resolveTierMap(config, m_endpoints, testCatalog());
        QVERIFY2(tiers.ok(), qPrintable(tiers.error()));
        const PricedEndpoint &resolved = tiers->at(Tier(tier));
        QCOMPARE(resolved.endpoint.name, endpointName);
        QCOMPARE(resolved.endpoint.model, model);
        QCOMPARE(resolved.price.has_value(), priced);
        if (priced) {
            QCOMPARE(resolved.price->inputPer1k, inputPer1k);
            QCOMPARE(resolved.price->outputPer1k, outputPer1k);
        }
        QCOMPARE(resolved.priceSource, source);
        QCOMPARE(resolved.maxContextTokens, context);
        // The other tiers keep the article's defaults.
        const Tier other = Tier(tier) == Tier::Small ? Tier::Medium : Tier::Small;
        QCOMPARE(tiers->at(other), TierMap::articleDefaults().at(other));
    }

    void cascadeLevelsWithoutACatalogPriceAreUnpriced()
    {
        RoutingConfig config;
        config.cascadeLevels = {QStringLiteral("openai:a@http://127.0.0.1:9/v1"),
                                QStringLiteral("openai:b@http://127.0.0.1:9/v1"), QStringLiteral("priced"),
                                QStringLiteral("openai:d@http://127.0.0.1:9/v1")};
        config.cascadeThreshold = 0.7;
        const Result<CascadeConfig> cascade = resolveCascade(config, m_endpoints, testCatalog());
        QVERIFY2(cascade.ok(), qPrintable(cascade.error()));
        QCOMPARE(cascade->threshold, 0.7);
        QCOMPARE(cascade->levels.size(), 4);
        // Not the article's small, medium and large prices: those would read as real figures.
        for (int i : {0, 1, 3}) {
            QVERIFY2(!cascade->levels.at(i).price.has_value(), qPrintable(QString::number(i)));
            QCOMPARE(cascade->levels.at(i).maxContextTokens, 0);
        }
        QCOMPARE(cascade->levels.at(2).price->outputPer1k, 0.0006);
        QCOMPARE(cascadeLevelPriceTier(0, 1), Tier::Small);
    }

    void unknownNamesAreNamedWithTheirSetting()
    {
        RoutingConfig config;
        config.setEndpointFor(Tier::Small, QStringLiteral("nope"));
        config.setEndpointFor(Tier::Large, QStringLiteral("openai:x@ftp://host"));
        const Result<TierMap> tiers = resolveTierMap(config, m_endpoints, testCatalog());
        QVERIFY(!tiers.ok());
        const QStringList lines = tiers.error().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), QStringLiteral("Small tier: unknown endpoint “nope”; configured: priced, selfhosted"));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("Large tier: “openai:x@ftp://host” is not a valid target: ")),
                 qPrintable(lines.at(1)));

        config = RoutingConfig();
        config.cascadeLevels = {QStringLiteral("priced"), QStringLiteral("ghost")};
        const Result<CascadeConfig> cascade = resolveCascade(config, m_endpoints, testCatalog());
        QCOMPARE(cascade.error(),
                 QStringLiteral("Cascade level 2: unknown endpoint “ghost”; configured: priced, selfhosted"));

        const EndpointStore empty(m_dir.filePath(QStringLiteral("none.json")));
        config.judgeEndpoint = QStringLiteral("ghost");
        QCOMPARE(resolveJudge(config, empty, testCatalog()).error(),
                 QStringLiteral("Judge: unknown endpoint “ghost”: no endpoint is configured (add one with 'rightsize "
                                "endpoint add' or write a KIND:MODEL@BASE_URL target)"));
    }

    void makesTheNamedAssessor_data()
    {
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<bool>("withJudge");
        QTest::addColumn<QString>("id"); // empty: an error
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("wantsLogprobs");
        const QString logprob = QStringLiteral("logprob");
        QTest::addRow("logprob") << QStringList{logprob} << false << logprob << QString() << true;
        QTest::addRow("case and duplicates") << QStringList{QStringLiteral("Validation"), QStringLiteral("validation")}
                                             << false << QStringLiteral("validation") << QString() << false;
        QTest::addRow("consistency") << QStringList{QStringLiteral("consistency")} << false
                                     << QStringLiteral("consistency") << QString() << false;
        QTest::addRow("combined") << QStringList{QStringLiteral("consistency"), logprob} << false
                                  << QStringLiteral("combined") << QString() << true;
        QTest::addRow("judge") << QStringList{QStringLiteral("judge")} << true << QStringLiteral("judge") << QString()
                               << false;
        QTest::addRow("judge without endpoint")
            << QStringList{QStringLiteral("judge")} << false << QString()
            << QStringLiteral("The judge assessor needs a judge endpoint (a configured endpoint name or a "
                              "KIND:MODEL@BASE_URL target).")
            << false;
        QTest::addRow("unknown") << QStringList{QStringLiteral("vibes")} << false << QString()
                                 << QStringLiteral(
                                        "Unknown assessor “vibes”; known: logprob, consistency, validation, judge")
                                 << false;
        QTest::addRow("none") << QStringList{} << false << QString()
                              << QStringLiteral(
                                     "Name at least one assessor (known: logprob, consistency, validation, judge).")
                              << false;
    }

    void makesTheNamedAssessor()
    {
        QFETCH(QStringList, ids);
        QFETCH(bool, withJudge);
        QFETCH(QString, id);
        QFETCH(QString, error);
        QFETCH(bool, wantsLogprobs);
        AssessorOptions options;
        if (withJudge)
            options.judge = TierMap::articleDefaults().large;
        const Result<std::shared_ptr<ConfidenceAssessor>> assessor = makeAssessor(ids, options);
        QCOMPARE(assessor.error(), error);
        if (!id.isEmpty()) {
            QCOMPARE((*assessor)->id(), id);
            QCOMPARE((*assessor)->wantsLogprobs(), wantsLogprobs);
        }
    }

    void prefetchedKeysGoOnlyToTheirEndpoint()
    {
        ApiKeyStore store(nullptr, [](const QString &name) {
            return name == QLatin1String("RIGHTSIZE_KEY_PRICED") ? QStringLiteral("k-priced") : QString();
        });
        const Endpoint priced = *m_endpoints.find(QStringLiteral("priced"));
        const ApiKeyLookup lookup = QCoro::waitFor(fetchApiKeys(store, {priced, priced}));
        QCOMPARE(lookup(priced), QStringLiteral("k-priced"));
        Endpoint elsewhere = priced;
        elsewhere.baseUrl = QUrl(QStringLiteral("https://evil.example/v1"));
        QCOMPARE(lookup(elsewhere), QString());
        QCOMPARE(lookup(*m_endpoints.find(QStringLiteral("selfhosted"))), QString());
    }
};

QTEST_GUILESS_MAIN(TestRoutingConfig)
#include "secrets/apikeyfetch.h"
#include "tst_routingconfig.moc"
