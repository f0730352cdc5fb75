// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/catalogformat.h"
#include "catalog/catalogregistry.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString fixture(const QString &name)
{
    return TestPaths::fixture(QStringLiteral("catalog/") + name);
}

/// Everything in the folder, hidden and temporary files included, with sizes.
QStringList listing(const QString &dir)
{
    QStringList out;
    const QFileInfoList entries =
        QDir(dir).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &e : entries)
        out.append(e.fileName() + QLatin1Char(' ') + QString::number(e.size()));
    return out;
}

} // namespace

class TestCatalogRegistry : public QObject
{
    Q_OBJECT
private slots:
    void bundledNames()
    {
        QTemporaryDir dir;
        const CatalogRegistry registry(dir.path() + QStringLiteral("/catalogs"));
        QCOMPARE(CatalogRegistry::bundledNames(),
                 QStringList({QStringLiteral("article-2025"), QStringLiteral("current")}));
        QCOMPARE(registry.names(), CatalogRegistry::bundledNames());
        QVERIFY(QFile::exists(QStringLiteral(":/catalogs/current.json")));
        QVERIFY(QFile::exists(QStringLiteral(":/NOTICE.md")));
    }

    void articleCatalog_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("input");
        QTest::addColumn<double>("output");
        QTest::addColumn<double>("selfHosted"); // 0 = API only
        QTest::addColumn<double>("latency");
        QTest::addColumn<double>("quality");
        // The article's price table.
        QTest::addRow("GPT-4o") << QStringLiteral("gpt-4o") << 5.00 << 15.00 << 0.0 << 500.0 << 95.0;
        QTest::addRow("GPT-4o-mini") << QStringLiteral("gpt-4o-mini") << 0.15 << 0.60 << 0.0 << 200.0 << 85.0;
        QTest::addRow("Claude 3.5 Sonnet")
            << QStringLiteral("claude-3.5-sonnet") << 3.00 << 15.00 << 0.0 << 400.0 << 93.0;
        QTest::addRow("Phi-3-mini") << QStringLiteral("phi-3-mini") << 0.0 << 0.0 << 0.50 << 50.0 << 75.0;
        QTest::addRow("Llama-3-8B") << QStringLiteral("llama-3-8b") << 0.0 << 0.0 << 1.00 << 100.0 << 80.0;
    }
    void articleCatalog()
    {
        QFETCH(QString, id);
        QFETCH(double, input);
        QFETCH(double, output);
        QFETCH(double, selfHosted);
        QFETCH(double, latency);
        QFETCH(double, quality);
        QTemporaryDir dir;
        const Result<Catalog> c = CatalogRegistry(dir.path()).load(QStringLiteral("article-2025"));
        QVERIFY2(c.ok(), qPrintable(c.error()));
        QVERIFY(c->bundled);
        QCOMPARE(c->models.size(), 5);
        QCOMPARE(c->tasks.size(), 8);
        const ModelSpec *m = c->findModel(id);
        QVERIFY(m);
        QCOMPARE(m->inputPricePerMTok, input);
        QCOMPARE(m->outputPricePerMTok, output);
        QCOMPARE(m->selfHostedPerHour.value_or(0.0), selfHosted);
        QCOMPARE(m->isSelfHosted(), selfHosted > 0.0);
        QCOMPARE(m->typicalLatencyMs, std::optional<double>(latency));
        QVERIFY(m->score(u"article"));
        QCOMPARE(m->score(u"article")->value, quality);
        QCOMPARE(m->provenance.catalog, QStringLiteral("article-2025"));
        QCOMPARE(m->provenance.date, QDate(2025, 1, 1));
    }

    void currentCatalog()
    {
        QTemporaryDir dir;
        const Result<Catalog> c = CatalogRegistry(dir.path()).load(QStringLiteral("current"));
        QVERIFY2(c.ok(), qPrintable(c.error()));
        QVERIFY(c->bundled);
        QCOMPARE(c->name, QStringLiteral("current"));
        QCOMPARE(c->date, QDate(2026, 7, 24));
        QCOMPARE(c->defaultBenchmark, QStringLiteral("arena"));
        QVERIFY(c->findBenchmark(u"arena"));
        QCOMPARE(c->findBenchmark(u"arena")->kind, ScoreKind::Rating);
        QCOMPARE(c->findBenchmark(u"gpqa")->scaleMax, 1.0);
        QCOMPARE(c->findBenchmark(u"aider_polyglot")->scaleMax, 100.0);
        QVERIFY(c->models.size() >= 150);
        QCOMPARE(c->tasks.size(), 8);
        int withQuality = 0;
        int withArena = 0;
        int selfHostable = 0;
        for (const ModelSpec &m : c->models) {
            QCOMPARE(m.provenance.catalog, QStringLiteral("current"));
            QCOMPARE(m.provenance.date, QDate(2026, 7, 24));
            QVERIFY(m.provenance.origin.contains(QStringLiteral("LiteLLM")));
            QVERIFY2(m.inputPricePerMTok > 0.0 || m.outputPricePerMTok > 0.0, qPrintable(m.id));
            withQuality += m.quality.isEmpty() ? 0 : 1;
            withArena += m.score(u"arena") ? 1 : 0;
            if (m.isSelfHosted()) {
                ++selfHostable;
                QVERIFY2(m.openWeights && m.parameterCountB, qPrintable(m.id));
            }
        }
        QVERIFY2(withQuality >= 120, qPrintable(QString::number(withQuality)));
        QVERIFY2(withArena >= 60, qPrintable(QString::number(withArena)));
        QVERIFY2(selfHostable >= 30, qPrintable(QString::number(selfHostable)));

        const ModelSpec *mini = c->findModel(u"gpt-4o-mini");
        QVERIFY(mini);
        QCOMPARE(mini->inputPricePerMTok, 0.15);
        QCOMPARE(mini->outputPricePerMTok, 0.60);
        QCOMPARE(mini->tier, Tier::Medium);
        // An open-weight 12B model: sized tier and the 48 GB single-GPU price.
        const ModelSpec *gemma = c->findModel(u"Gemma 3 12B");
        QVERIFY(gemma);
        QCOMPARE(gemma->tier, Tier::Medium);
        QCOMPARE(gemma->selfHostedPerHour, std::optional<double>(0.49));
    }

    void importGoodFile()
    {
        QTemporaryDir dir;
        const QString userDir = dir.path() + QStringLiteral("/catalogs");
        const CatalogRegistry registry(userDir);
        const Result<QString> name = registry.importFile(fixture(QStringLiteral("good.json")));
        QVERIFY2(name.ok(), qPrintable(name.error()));
        QCOMPARE(*name, QStringLiteral("good"));
        QVERIFY(QFile::exists(userDir + QStringLiteral("/good.json")));
        QCOMPARE(listing(userDir),
                 QStringList({QStringLiteral("good.json ") +
                              QString::number(QFileInfo(userDir + QStringLiteral("/good.json")).size())}));
        QCOMPARE(registry.names(),
                 QStringList({QStringLiteral("article-2025"), QStringLiteral("current"), QStringLiteral("good")}));

        const Result<Catalog> original = loadCatalogFile(fixture(QStringLiteral("good.json")));
        const Result<Catalog> stored = registry.load(QStringLiteral("good"));
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        QCOMPARE(stored->name, QStringLiteral("good"));
        QVERIFY(!stored->bundled);
        QCOMPARE(stored->models.size(), original->models.size());
        for (qsizetype i = 0; i < stored->models.size(); ++i) {
            ModelSpec expected = original->models.at(i);
            expected.provenance.catalog = QStringLiteral("good"); // known by its new name
            QVERIFY2(stored->models.at(i) == expected, qPrintable(expected.id));
        }
    }

    void importUnderNameAndLiteLlm()
    {
        QTemporaryDir dir;
        const CatalogRegistry registry(dir.path());
        QCOMPARE(registry.importFile(fixture(QStringLiteral("good.json")), QStringLiteral("Team")).value(),
                 QStringLiteral("Team"));
        QCOMPARE(registry.importFile(fixture(QStringLiteral("litellm-small.json"))).value(),
                 QStringLiteral("litellm-small"));
        QCOMPARE(registry.names(),
                 QStringList({QStringLiteral("article-2025"), QStringLiteral("current"),
                              QStringLiteral("litellm-small"), QStringLiteral("Team")}));
        // Kept in Rightsize's own format, not as a copy of LiteLLM's file.
        QFile stored(dir.filePath(QStringLiteral("litellm-small.json")));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QVERIFY(stored.readAll().contains("\"format\": \"rightsize-catalog\""));
        const Result<Catalog> c = registry.load(QStringLiteral("litellm-small"));
        QVERIFY2(c.ok(), qPrintable(c.error()));
        QCOMPARE(c->models.size(), 3);
        QCOMPARE(c->findModel(u"gpt-4o-mini")->outputPricePerMTok, 0.60);
    }

    void importBadFileChangesNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addRow("negative price") << QStringLiteral("bad-negative-price.json");
        QTest::addRow("undeclared benchmark") << QStringLiteral("bad-undeclared-benchmark.json");
        QTest::addRow("not JSON") << QStringLiteral("not-json.json");
        QTest::addRow("LiteLLM bad price") << QStringLiteral("litellm-bad-price.json");
        QTest::addRow("models.dev bad cost") << QStringLiteral("modelsdev-bad-cost.json");
        QTest::addRow("OpenRouter bad price") << QStringLiteral("openrouter-bad-price.json");
        QTest::addRow("missing") << QStringLiteral("no-such-file.json");
    }
    void importBadFileChangesNothing()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const CatalogRegistry registry(dir.path());
        QVERIFY(registry.importFile(fixture(QStringLiteral("good.json"))).ok());
        const QStringList before = listing(dir.path());
        const QStringList namesBefore = registry.names();

        const Result<QString> r = registry.importFile(fixture(file));
        QVERIFY(!r.ok());
        QCOMPARE(r.error(), loadCatalogFile(fixture(file)).error());
        QCOMPARE(listing(dir.path()), before);
        QCOMPARE(registry.names(), namesBefore);
        // A bad file under an existing name does not clobber the good copy either.
        QVERIFY(!registry.importFile(fixture(file), QStringLiteral("good")).ok());
        QCOMPARE(listing(dir.path()), before);
        QVERIFY(registry.load(QStringLiteral("good")).ok());
    }

    void bundledNamesRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("current") << QStringLiteral("current");
        QTest::addRow("article-2025") << QStringLiteral("article-2025");
        QTest::addRow("other case") << QStringLiteral("Current");
    }
    void bundledNamesRefused()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const CatalogRegistry registry(dir.path());
        const QString path = fixture(QStringLiteral("good.json"));
        const Result<QString> r = registry.importFile(path, name);
        QVERIFY(!r.ok());
        QCOMPARE(
            r.error(),
            QStringLiteral("Cannot import catalog %1: \"%2\" is the name of a bundled catalog; choose another name")
                .arg(path, name));
        QCOMPARE(listing(dir.path()), QStringList());
        QVERIFY(registry.load(QStringLiteral("current"))->bundled);
    }

    void strayFileCannotShadowBundled()
    {
        QTemporaryDir dir;
        QFile::copy(fixture(QStringLiteral("good.json")), dir.filePath(QStringLiteral("current.json")));
        const CatalogRegistry registry(dir.path());
        QCOMPARE(registry.names(), CatalogRegistry::bundledNames());
        QCOMPARE(registry.load(QStringLiteral("current"))->name, QStringLiteral("current"));
    }

    void loadByPathAndUnknown()
    {
        QTemporaryDir dir;
        const CatalogRegistry registry(dir.path());
        const Result<Catalog> byPath = registry.load(fixture(QStringLiteral("good.json")));
        QVERIFY2(byPath.ok(), qPrintable(byPath.error()));
        QCOMPARE(byPath->name, QStringLiteral("team-picks"));
        const Result<Catalog> unknown = registry.load(QStringLiteral("nothing-here"));
        QVERIFY(!unknown.ok());
        QCOMPARE(
            unknown.error(),
            QStringLiteral(
                "No catalog named nothing-here: it is neither a bundled catalog, nor an imported one, nor a file"));
    }
};

QTEST_GUILESS_MAIN(TestCatalogRegistry)
#include "tst_catalogregistry.moc"
