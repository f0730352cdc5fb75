// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/catalogdiff.h"
#include "catalog/catalogformat.h"
#include "catalog/modelname.h"
#include "testpaths.h"

#include <QTest>

namespace {

ModelSpec model(const QString &id, double in, double out)
{
    ModelSpec m;
    m.id = id;
    m.displayName = id.toUpper();
    m.provider = QStringLiteral("acme");
    m.inputPricePerMTok = in;
    m.outputPricePerMTok = out;
    return m;
}

Catalog catalog(const QString &name, const QList<ModelSpec> &models)
{
    Catalog c;
    c.name = name;
    c.date = QDate(2026, 3, 1);
    c.models = models;
    return c;
}

QStringList ids(const QList<ModelSpec> &models)
{
    QStringList out;
    for (const ModelSpec &m : models)
        out.append(m.id);
    return out;
}

QString priceLines(const QList<PriceChange> &changes)
{
    QStringList lines;
    for (const PriceChange &c : changes)
        lines.append(QStringLiteral("%1 %2/%3 -> %4/%5")
                         .arg(c.id)
                         .arg(c.oldInputPerMTok)
                         .arg(c.oldOutputPerMTok)
                         .arg(c.newInputPerMTok)
                         .arg(c.newOutputPerMTok));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestCatalogDiff : public QObject
{
    Q_OBJECT
private slots:
    void canonicalName_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("canonical");
        QTest::addRow("plain") << QStringLiteral("gpt-4o-mini") << QStringLiteral("gpt-4o-mini");
        QTest::addRow("provider path") << QStringLiteral("openai/gpt-4o-mini") << QStringLiteral("gpt-4o-mini");
        QTest::addRow("nested path") << QStringLiteral("openrouter/openai/GPT-4o-mini")
                                     << QStringLiteral("gpt-4o-mini");
        QTest::addRow("ISO date") << QStringLiteral("gpt-4o-2024-08-06") << QStringLiteral("gpt-4o");
        QTest::addRow("compact date") << QStringLiteral("claude-3-5-sonnet-20241022")
                                      << QStringLiteral("claude-3-5-sonnet");
        QTest::addRow("dots") << QStringLiteral("anthropic/claude-3.5-sonnet") << QStringLiteral("claude-3-5-sonnet");
        QTest::addRow("vertex date") << QStringLiteral("claude-3-5-haiku@20241022")
                                     << QStringLiteral("claude-3-5-haiku");
        QTest::addRow("month-day") << QStringLiteral("gpt-4-0613") << QStringLiteral("gpt-4");
        QTest::addRow("latest") << QStringLiteral("claude-3-7-sonnet-latest") << QStringLiteral("claude-3-7-sonnet");
        QTest::addRow("variant") << QStringLiteral("meta-llama/llama-3.1-8b-instruct:free")
                                 << QStringLiteral("llama-3-1-8b-instruct");
        QTest::addRow("size kept") << QStringLiteral("qwen2.5-72b") << QStringLiteral("qwen2-5-72b");
    }
    void canonicalName()
    {
        QFETCH(QString, id);
        QFETCH(QString, canonical);
        QCOMPARE(canonicalModelName(id), canonical);
    }

    void crossCheckThreshold_data()
    {
        QTest::addColumn<double>("priceB");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<bool>("listed");
        // A prices input at $1.00; B at priceB. Percent of the lower figure.
        QTest::addRow("equal") << 1.0 << 10.0 << false;
        QTest::addRow("exactly 10%% is within") << 1.1 << 10.0 << false;
        QTest::addRow("just over 10%%") << 1.1001 << 10.0 << true;
        QTest::addRow("lower by 10%% of the higher") << 0.9 << 10.0 << true; // 11.1 % of 0.9
        QTest::addRow("threshold 0 lists any") << 1.0001 << 0.0 << true;
        QTest::addRow("threshold 50") << 1.4 << 50.0 << false;
    }
    void crossCheckThreshold()
    {
        QFETCH(double, priceB);
        QFETCH(double, threshold);
        QFETCH(bool, listed);
        Catalog a = catalog(QStringLiteral("litellm"), {model(QStringLiteral("gpt-4o-mini"), 1.0, 4.0)});
        Catalog b = catalog(QStringLiteral("openrouter"), {model(QStringLiteral("openai/gpt-4o-mini"), priceB, 4.0)});
        a.models[0].provenance = {QStringLiteral("litellm"), QDate(2026, 3, 1), QStringLiteral("LiteLLM")};
        b.models[0].provenance = {QStringLiteral("openrouter"), QDate(2026, 4, 2), QStringLiteral("OpenRouter")};
        const PriceCrossCheck check = crossCheckPrices(a, b, threshold);
        QCOMPARE(check.compared, 1);
        QCOMPARE(check.disagreements.size(), listed ? 1 : 0);
        if (listed) {
            const PriceDisagreement &d = check.disagreements.constFirst();
            QCOMPARE(d.idA, QStringLiteral("gpt-4o-mini"));
            QCOMPARE(d.idB, QStringLiteral("openai/gpt-4o-mini"));
            QCOMPARE(d.inputA, 1.0);
            QCOMPARE(d.inputB, priceB);
            QCOMPARE(d.sourceA.date, QDate(2026, 3, 1));
            QCOMPARE(d.sourceB.date, QDate(2026, 4, 2));
            QCOMPARE(d.sourceB.origin, QStringLiteral("OpenRouter"));
        }
    }

    void crossCheckSkipsUnknownAndSortsByDifference()
    {
        const Catalog a = catalog(QStringLiteral("a"),
                                  {model(QStringLiteral("x"), 1.0, 1.0), model(QStringLiteral("y"), 1.0, 1.0),
                                   model(QStringLiteral("unpriced"), 0.0, 0.0), model(QStringLiteral("only-a"), 1, 1)});
        const Catalog b =
            catalog(QStringLiteral("b"),
                    {model(QStringLiteral("only-b"), 1, 1), model(QStringLiteral("x"), 1.5, 1.0),
                     model(QStringLiteral("y-2025-01-01"), 1.0, 3.0), model(QStringLiteral("unpriced"), 5.0, 5.0)});
        const PriceCrossCheck check = crossCheckPrices(a, b);
        QCOMPARE(check.compared, 2); // the $0 placeholder is unknown, not 100 % cheaper
        QCOMPARE(check.disagreements.size(), 2);
        QCOMPARE(check.disagreements.at(0).idB, QStringLiteral("y-2025-01-01")); // 200 %
        QCOMPARE(check.disagreements.at(0).differencePercent, 200.0);
        QCOMPARE(check.disagreements.at(1).idA, QStringLiteral("x")); // 50 %
        // The unpriced model is listed apart, with which side lacks the price.
        QCOMPARE(check.unpriced.size(), 1);
        QCOMPARE(check.unpriced.first().idA, QStringLiteral("unpriced"));
        QVERIFY(!check.unpriced.first().knownA);
        QVERIFY(check.unpriced.first().knownB);
        QCOMPARE(check.unpriced.first().inputB, 5.0);
        QCOMPARE(check.onlyInA, QStringList{QStringLiteral("only-a")});
        QCOMPARE(check.onlyInB, QStringList{QStringLiteral("only-b")});
        QCOMPARE(check.matched(), 3);
        QCOMPARE(check.summary(),
                 QStringLiteral("matched: 3 · differ by more than 10 %: 2 · unpriced in one or both: 1 "
                                "· only in A: 1 · only in B: 1"));
    }

    void crossCheckCountsAModelOfBMatchedTwiceOnce()
    {
        // Two dated snapshots in A match B's one undated id: B's model is matched, not "only in B".
        const Catalog a = catalog(
            QStringLiteral("a"),
            {model(QStringLiteral("gpt-4o-2024-08-06"), 2.5, 10), model(QStringLiteral("gpt-4o-2024-05-13"), 5, 15)});
        const Catalog b = catalog(QStringLiteral("b"), {model(QStringLiteral("openai/gpt-4o"), 2.5, 10)});
        const PriceCrossCheck check = crossCheckPrices(a, b, 25.0);
        QCOMPARE(check.matched(), 2);
        QVERIFY(check.onlyInA.isEmpty());
        QVERIFY(check.onlyInB.isEmpty());
        QCOMPARE(check.disagreements.size(), 1);
        QCOMPARE(check.disagreements.first().idA, QStringLiteral("gpt-4o-2024-05-13"));
        QCOMPARE(check.disagreements.first().differencePercent, 100.0);
        QCOMPARE(check.thresholdPercent, 25.0);
    }

    void crossCheckOfTwoFormats()
    {
        // LiteLLM prices gpt-4o-mini at $0.15/$0.60, OpenRouter at $0.18/$0.60: 20 % apart.
        const Result<Catalog> litellm =
            loadCatalogFile(TestPaths::fixture(QStringLiteral("catalog/litellm-small.json")));
        const Result<Catalog> openrouter =
            loadCatalogFile(TestPaths::fixture(QStringLiteral("catalog/openrouter-small.json")));
        QVERIFY2(litellm, qPrintable(litellm.error()));
        QVERIFY2(openrouter, qPrintable(openrouter.error()));
        const PriceCrossCheck check = crossCheckPrices(*litellm, *openrouter);
        QCOMPARE(check.disagreements.size(), 1);
        const PriceDisagreement &d = check.disagreements.first();
        QCOMPARE(d.idA, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(d.idB, QStringLiteral("openai/gpt-4o-mini"));
        QCOMPARE(d.inputB, 0.18);
        QVERIFY(qAbs(d.differencePercent - 20.0) < 1e-9);
        QCOMPARE(d.sourceA.catalog, QStringLiteral("litellm-small"));
        QCOMPARE(d.sourceB.catalog, QStringLiteral("openrouter-small"));
        QCOMPARE(check.matched(), 1);
        QCOMPARE(check.onlyInA.size(), litellm->models.size() - 1);
        QCOMPARE(check.onlyInB.size(), openrouter->models.size() - 1);
    }

    void mergeKeepsKnownPriceWhenFetchedIsUnknown()
    {
        const Catalog base = catalog(
            QStringLiteral("team"),
            {model(QStringLiteral("claude-3-5-sonnet"), 3.0, 15.0), model(QStringLiteral("gpt-4o"), 2.5, 10.0)});
        Catalog fetched = catalog(QStringLiteral("fetched"),
                                  {model(QStringLiteral("anthropic/claude-3.5-sonnet"), 0, 0),
                                   model(QStringLiteral("openai/gpt-4o"), 2.0, 8.0)});
        fetched.date = QDate(2026, 5, 1);
        const PriceMerge merge = ::mergeFetchedPrices(base, fetched, QStringLiteral("https://example.invalid/models"));
        QCOMPARE(merge.matched, 2);
        QCOMPARE(merge.catalog.models.at(0).inputPricePerMTok, 3.0);
        QCOMPARE(merge.catalog.models.at(1).inputPricePerMTok, 2.0);
        QCOMPARE(merge.catalog.models.at(1).provenance.date, QDate(2026, 5, 1));
    }

    void diff_data()
    {
        QTest::addColumn<QList<ModelSpec>>("before");
        QTest::addColumn<QList<ModelSpec>>("after");
        QTest::addColumn<QStringList>("added");
        QTest::addColumn<QStringList>("removed");
        QTest::addColumn<QString>("prices");
        QTest::addColumn<QStringList>("other");
        QTest::addColumn<int>("unchanged");

        const ModelSpec a = model(QStringLiteral("a"), 1.0, 2.0);
        const ModelSpec b = model(QStringLiteral("b"), 0.15, 0.6);
        const ModelSpec c = model(QStringLiteral("c"), 3.0, 15.0);
        ModelSpec bCheaper = b;
        bCheaper.inputPricePerMTok = 0.1;
        ModelSpec cOutputOnly = c;
        cOutputOnly.outputPricePerMTok = 12.5;
        ModelSpec aLonger = a;
        aLonger.contextWindow = 200000;
        ModelSpec aElsewhere = a;
        aElsewhere.provenance.catalog = QStringLiteral("imported");

        QTest::addRow("identical") << QList{a, b} << QList{a, b} << QStringList() << QStringList() << QString()
                                   << QStringList() << 2;
        QTest::addRow("added and removed, in catalog order")
            << QList{a, b} << QList{c, b, a, model(QStringLiteral("d"), 0, 0)}
            << QStringList{QStringLiteral("c"), QStringLiteral("d")} << QStringList() << QString() << QStringList()
            << 2;
        QTest::addRow("removed") << QList{a, b, c} << QList{b} << QStringList()
                                 << QStringList{QStringLiteral("a"), QStringLiteral("c")} << QString() << QStringList()
                                 << 1;
        QTest::addRow("price changes, exact figures")
            << QList{a, b, c} << QList{a, bCheaper, cOutputOnly} << QStringList() << QStringList()
            << QStringLiteral("b 0.15/0.6 -> 0.1/0.6\nc 3/15 -> 3/12.5") << QStringList() << 1;
        QTest::addRow("a price change outranks other changes") << QList{b} << QList{[&] {
            ModelSpec m = bCheaper;
            m.contextWindow = 1000;
            return m;
        }()} << QStringList() << QStringList() << QStringLiteral("b 0.15/0.6 -> 0.1/0.6")
                                                               << QStringList() << 0;
        QTest::addRow("other change") << QList{a, b} << QList{aLonger, b} << QStringList() << QStringList() << QString()
                                      << QStringList{QStringLiteral("a")} << 1;
        QTest::addRow("provenance alone is no change")
            << QList{a} << QList{aElsewhere} << QStringList() << QStringList() << QString() << QStringList() << 1;
    }

    void diff()
    {
        QFETCH(QList<ModelSpec>, before);
        QFETCH(QList<ModelSpec>, after);
        const CatalogDiff d = diffCatalogs(catalog(QStringLiteral("x"), before), catalog(QStringLiteral("x"), after));
        QTEST(ids(d.added), "added");
        QTEST(ids(d.removed), "removed");
        QTEST(priceLines(d.priceChanges), "prices");
        QTEST(d.otherChanges, "other");
        QTEST(d.unchanged, "unchanged");
    }

    void fixtureFiles()
    {
        // What the import preview shows for tests/fixtures/catalog/team-picks-v2.json over good.json.
        const Result<Catalog> before = loadCatalogFile(TestPaths::fixture(QStringLiteral("catalog/good.json")));
        const Result<Catalog> after = loadCatalogFile(TestPaths::fixture(QStringLiteral("catalog/team-picks-v2.json")));
        QVERIFY2(before, qPrintable(before.error()));
        QVERIFY2(after, qPrintable(after.error()));
        const CatalogDiff d = diffCatalogs(*before, *after);
        QCOMPARE(ids(d.added), QStringList{QStringLiteral("new-mini")});
        QCOMPARE(ids(d.removed), QStringList{QStringLiteral("cheap-api")});
        QCOMPARE(priceLines(d.priceChanges), QStringLiteral("big-one 2.5/10 -> 2/8"));
        QCOMPARE(d.priceChanges.first().displayName, QStringLiteral("Big One"));
        QCOMPARE(d.otherChanges, QStringList{QStringLiteral("local-8b")});
        QCOMPARE(d.unchanged, 0);
        QCOMPARE(d.summary(),
                 QStringLiteral("added: 1 · removed: 1 · new prices: 1 · other changes: 1 · unchanged: 0"));
        QVERIFY(!d.isEmpty());
        QVERIFY(diffCatalogs(*before, *before).isEmpty());
    }

    void mergeFetchedPrices_data()
    {
        QTest::addColumn<bool>("fetchedHasLimits");
        QTest::addRow("limits in the fetched file") << true;
        QTest::addRow("limits unknown in the fetched file") << false;
    }

    void mergeFetchedPrices()
    {
        QFETCH(bool, fetchedHasLimits);
        ModelSpec a = model(QStringLiteral("a"), 1.0, 2.0);
        a.contextWindow = 8000;
        a.quality.append({QStringLiteral("arena"), 1300, QStringLiteral("LMArena"), QDate(2025, 8, 4), {}, {}});
        a.selfHostedPerHour = 0.5;
        const ModelSpec local = model(QStringLiteral("local"), 0, 0);
        const ModelSpec same = model(QStringLiteral("same"), 0.5, 0.5);
        Catalog base = catalog(QStringLiteral("current"), {a, local, same});

        ModelSpec fa = model(QStringLiteral("a"), 0.8, 1.6);
        if (fetchedHasLimits) {
            fa.contextWindow = 128000;
            fa.maxOutputTokens = 4096;
        }
        Catalog fetched = catalog(QStringLiteral("fetched"),
                                  {fa, same, model(QStringLiteral("new1"), 1, 1), model(QStringLiteral("new2"), 1, 1)});
        fetched.date = QDate(2026, 8, 2);

        const PriceMerge merge = ::mergeFetchedPrices(base, fetched, QStringLiteral("https://example.invalid/p.json"));
        QCOMPARE(merge.matched, 2);
        QCOMPARE(merge.notInBase, 2);
        QCOMPARE(merge.catalog.date, QDate(2026, 8, 2));
        QCOMPARE(merge.catalog.name, QStringLiteral("current"));
        QCOMPARE(ids(merge.catalog.models),
                 (QStringList{QStringLiteral("a"), QStringLiteral("local"), QStringLiteral("same")}));
        const ModelSpec &ma = merge.catalog.models.at(0);
        QCOMPARE(ma.inputPricePerMTok, 0.8);
        QCOMPARE(ma.outputPricePerMTok, 1.6);
        QCOMPARE(ma.contextWindow, fetchedHasLimits ? std::optional<int>(128000) : std::optional<int>(8000));
        QCOMPARE(ma.maxOutputTokens, fetchedHasLimits ? std::optional<int>(4096) : std::nullopt);
        QCOMPARE(ma.quality, a.quality);
        QCOMPARE(ma.selfHostedPerHour, std::optional<double>(0.5));
        QCOMPARE(ma.provenance,
                 (Provenance{QStringLiteral("current"), QDate(2026, 8, 2),
                             QStringLiteral("https://example.invalid/p.json")}));
        // Untouched models keep their provenance.
        QCOMPARE(merge.catalog.models.at(2), same);
        QCOMPARE(merge.catalog.models.at(1), local);

        const CatalogDiff d = diffCatalogs(base, merge.catalog);
        QCOMPARE(priceLines(d.priceChanges), QStringLiteral("a 1/2 -> 0.8/1.6"));
        QVERIFY(d.added.isEmpty());
        QVERIFY(d.removed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCatalogDiff)
#include "tst_catalogdiff.moc"
