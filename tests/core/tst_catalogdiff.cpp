// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/catalogdiff.h"
#include "catalog/catalogformat.h"
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
