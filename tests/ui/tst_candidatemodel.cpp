// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/catalog.h"
#include "models/candidatetablemodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSortFilterProxyModel>
#include <QTest>

namespace {
QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *t : texts)
        list.append(QString::fromUtf8(t));
    return list;
}

// The article's golden scenario (10,000 requests/day, 500 in / 200 out), figures as the article gives them,
// plus one model without a score or latency.
Catalog handMadeCatalog()
{
    Catalog c;
    c.name = QStringLiteral("hand-made");
    c.date = QDate(2025, 1, 1);
    c.defaultBenchmark = QStringLiteral("article");
    c.benchmarks.append({QStringLiteral("article"), QStringLiteral("Article score"), ScoreKind::Accuracy, 100.0,
                         QStringLiteral("Source article"), QString(), QDate(2025, 1, 1)});
    auto model = [](const char *id, const char *name, const char *provider, Tier tier, std::optional<double> quality,
                    std::optional<double> latency, std::optional<int> context) {
        ModelSpec m;
        m.id = QString::fromLatin1(id);
        m.displayName = QString::fromLatin1(name);
        m.provider = QString::fromLatin1(provider);
        m.tier = tier;
        m.typicalLatencyMs = latency;
        m.contextWindow = context;
        if (quality)
            m.quality.append({QStringLiteral("article"),
                              *quality,
                              QStringLiteral("Source article cost table"),
                              QDate(2025, 1, 1),
                              {},
                              {}});
        return m;
    };
    c.models.append(model("gpt-4o", "GPT-4o", "openai", Tier::Large, 95, 500, 128000));
    c.models.append(model("gpt-4o-mini", "GPT-4o-mini", "openai", Tier::Medium, 85, 200, 128000));
    c.models.append(model("phi-3-mini", "Phi-3-mini", "self-hosted", Tier::Small, 75, 50, 4096));
    c.models.append(model("mystery", "Mystery", "acme", Tier::Medium, std::nullopt, std::nullopt, std::nullopt));
    return c;
}

Candidate candidate(const ModelSpec &m, double monthly, bool selfHosted)
{
    Candidate c;
    c.model = &m;
    c.cost.monthlyUsd = monthly;
    c.cost.perRequestUsd = monthly / (10000.0 * 30.0);
    c.cost.selfHosted = selfHosted;
    c.cost.replicas = selfHosted ? 1 : 0;
    c.cost.hourlyUsdPerReplica = selfHosted ? 0.5 : 0.0;
    if (const QualityScore *s = m.score(u"article"))
        c.quality = s->value;
    return c;
}
} // namespace

class TestCandidateModel : public QObject
{
    Q_OBJECT
private:
    Catalog m_catalog = handMadeCatalog();
    QList<Candidate> candidates() const
    {
        return {candidate(m_catalog.models[0], 1650.0, false), candidate(m_catalog.models[1], 58.5, false),
                candidate(m_catalog.models[2], 360.0, true), candidate(m_catalog.models[3], 12000.0, false)};
    }

    static QStringList column(const QAbstractItemModel &model, int col, int role = Qt::DisplayRole)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values.append(model.index(row, col).data(role).toString());
        return values;
    }

private slots:
    void modelIsConsistent()
    {
        CandidateTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(CandidateTableModel::SortRole);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(CandidateTableModel::MonthlyCost);
        model.setCandidates(candidates(), QStringLiteral("article"), QStringLiteral("Article score"));
        model.setCandidates({}, QStringLiteral("article"), QStringLiteral("Article score"));
        model.setCandidates(candidates(), QStringLiteral("article"), QStringLiteral("Article score"));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(CandidateTableModel::ColumnCount));
        QCOMPARE(model.columnCount(), 11);
    }

    void cells_data()
    {
        QTest::addColumn<int>("col");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("rank") << int(CandidateTableModel::Rank) << strings({"1", "2", "3", "4"});
        QTest::addRow("model") << int(CandidateTableModel::Model)
                               << strings({"GPT-4o", "GPT-4o-mini", "Phi-3-mini", "Mystery"});
        QTest::addRow("provider") << int(CandidateTableModel::Provider)
                                  << strings({"openai", "openai", "self-hosted", "acme"});
        QTest::addRow("tier") << int(CandidateTableModel::TierColumn)
                              << strings({"Large", "Medium", "Small", "Medium"});
        QTest::addRow("quality: no evidence without a score")
            << int(CandidateTableModel::Quality) << strings({"95", "85", "75", "no evidence"});
        QTest::addRow("size") << int(CandidateTableModel::Size) << strings({"—", "—", "—", "—"});
        QTest::addRow("latency") << int(CandidateTableModel::Latency) << strings({"500 ms", "200 ms", "50 ms", "—"});
        QTest::addRow("context") << int(CandidateTableModel::Context) << strings({"128,000", "128,000", "4,096", "—"});
        QTest::addRow("monthly (the article's golden figures)")
            << int(CandidateTableModel::MonthlyCost)
            << strings({"$1,650.00", "$58.50", "$360.00 (self-hosted)", "$12,000.00"});
        QTest::addRow("per request") << int(CandidateTableModel::CostPerRequest)
                                     << strings({"$0.0055", "$0.000195", "$0.0012", "$0.04"});
    }
    void cells()
    {
        QFETCH(int, col);
        QFETCH(QStringList, expected);
        CandidateTableModel model;
        model.setCandidates(candidates(), QStringLiteral("article"), QStringLiteral("Article score"));
        QCOMPARE(column(model, col), expected);
    }

    void qualityToolTipNamesSourceAndDate()
    {
        CandidateTableModel model;
        model.setCandidates(candidates(), QStringLiteral("article"), QStringLiteral("Article score"));
        QCOMPARE(model.index(0, CandidateTableModel::Quality).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Article score: 95 — source: Source article cost table, 2025-01-01"));
        QCOMPARE(model.index(3, CandidateTableModel::Quality).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("No Article score score for this model: no evidence"));
        QCOMPARE(model.index(0, CandidateTableModel::Model).data(CandidateTableModel::ModelIdRole).toString(),
                 QStringLiteral("gpt-4o"));
    }

    void sortsByNumberNotText_data()
    {
        QTest::addColumn<int>("col");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("ids");
        // As text, "$1,650.00" < "$12,000.00" < "$360.00" < "$58.50": the sort role must be numeric.
        QTest::addRow("monthly ascending") << int(CandidateTableModel::MonthlyCost) << int(Qt::AscendingOrder)
                                           << strings({"gpt-4o-mini", "phi-3-mini", "gpt-4o", "mystery"});
        QTest::addRow("quality descending, unknown last")
            << int(CandidateTableModel::Quality) << int(Qt::DescendingOrder)
            << strings({"gpt-4o", "gpt-4o-mini", "phi-3-mini", "mystery"});
        QTest::addRow("latency ascending, unknown first")
            << int(CandidateTableModel::Latency) << int(Qt::AscendingOrder)
            << strings({"mystery", "phi-3-mini", "gpt-4o-mini", "gpt-4o"});
        QTest::addRow("tier descending by size") << int(CandidateTableModel::TierColumn) << int(Qt::DescendingOrder)
                                                 << strings({"gpt-4o", "gpt-4o-mini", "mystery", "phi-3-mini"});
        QTest::addRow("rank restores the ranking") << int(CandidateTableModel::Rank) << int(Qt::AscendingOrder)
                                                   << strings({"gpt-4o", "gpt-4o-mini", "phi-3-mini", "mystery"});
    }
    void sortsByNumberNotText()
    {
        QFETCH(int, col);
        QFETCH(int, order);
        QFETCH(QStringList, ids);
        CandidateTableModel model;
        model.setCandidates(candidates(), QStringLiteral("article"), QStringLiteral("Article score"));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(CandidateTableModel::SortRole);
        proxy.sort(col, Qt::SortOrder(order));
        QCOMPARE(column(proxy, CandidateTableModel::Model, CandidateTableModel::ModelIdRole), ids);
    }

    // unknown prices are "unknown", mixtures of experts show both sizes, tiers say
    // when they are a guess, measured scores their interval, and the picks are marked.
    void unknownsSizesAndPicks()
    {
        Catalog catalog = handMadeCatalog();
        ModelSpec &moe = catalog.models[0];
        moe.parameterCountB = 400;
        moe.activeParameterCountB = 17;
        moe.tierBasis = TierBasis::Parameters;
        catalog.models[1].tierBasis = TierBasis::PriceBand;
        catalog.models[3].tierBasis = TierBasis::Unknown;
        catalog.models[2].quality[0].low = 70;
        catalog.models[2].quality[0].high = 80;
        QList<Candidate> rows{candidate(catalog.models[0], 1650.0, false), candidate(catalog.models[1], 58.5, false),
                              candidate(catalog.models[2], 360.0, true), candidate(catalog.models[3], 0.0, false)};
        rows[3].cost.priceKnown = false;
        rows[2].apiEquivalent = ApiEquivalent{&catalog.models[1], 58.5};
        CandidateTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCandidates(rows, QStringLiteral("article"), QStringLiteral("Article score"));
        model.setPicks(1, 0, 1);
        QCOMPARE(column(model, CandidateTableModel::Size), strings({"400B (17B active)", "—", "—", "—"}));
        QCOMPARE(column(model, CandidateTableModel::TierColumn), strings({"Large", "~Medium", "Small", "Unknown"}));
        QCOMPARE(column(model, CandidateTableModel::MonthlyCost),
                 strings({"$1,650.00", "$58.50", "$360.00 (self-hosted)", "unknown"}));
        QCOMPARE(column(model, CandidateTableModel::CostPerRequest).constLast(), QStringLiteral("unknown"));
        QCOMPARE(column(model, CandidateTableModel::Quality).at(2), QStringLiteral("75 (70–80)"));
        QVERIFY(model.index(2, CandidateTableModel::Notes)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("API-equivalent: $58.50 a month on GPT-4o-mini")));
        QVERIFY(model.index(0, CandidateTableModel::Size)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Mixture of experts: 400B parameters in all, 17B active per token")));
        QCOMPARE(model.index(1, CandidateTableModel::TierColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Medium: guessed from the price band (size not published)"));
        QCOMPARE(column(model, CandidateTableModel::Rank, CandidateTableModel::PickRole),
                 strings({"best", "value cheapest", "", ""}));
        QCOMPARE(model.index(1, CandidateTableModel::Rank).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Pick: value pick, cheapest"));
        QVERIFY(model.index(1, CandidateTableModel::Model).data(Qt::BackgroundRole).canConvert<QBrush>());
        QVERIFY(!model.index(2, CandidateTableModel::Model).data(Qt::BackgroundRole).isValid());
        // An unknown price sorts after every known one.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(CandidateTableModel::SortRole);
        proxy.sort(CandidateTableModel::MonthlyCost, Qt::AscendingOrder);
        QCOMPARE(proxy.index(3, CandidateTableModel::Model).data(CandidateTableModel::ModelIdRole).toString(),
                 QStringLiteral("mystery"));
    }

    void notesShowExclusionsThenNotes()
    {
        QList<Candidate> rows{candidate(m_catalog.models[2], 360.0, true)};
        rows[0].exclusions.append({Exclusion::Constraint::Quality, QStringLiteral("quality 75 is below 90")});
        rows[0].notes.append(QStringLiteral("context not checked"));
        CandidateTableModel model;
        model.setNotesTitle(QStringLiteral("Why excluded"));
        model.setCandidates(rows, QStringLiteral("article"), QStringLiteral("Article score"));
        QCOMPARE(model.headerData(CandidateTableModel::Notes, Qt::Horizontal).toString(),
                 QStringLiteral("Why excluded"));
        QCOMPARE(model.index(0, CandidateTableModel::Notes).data().toString(),
                 QStringLiteral("quality 75 is below 90; context not checked"));
        QCOMPARE(model.index(0, CandidateTableModel::MonthlyCost).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Self-hosted around the clock — replicas: 1, price per GPU hour: $0.50"));
    }

    void perRequestFormat_data()
    {
        QTest::addColumn<double>("usd");
        QTest::addColumn<QString>("text");
        QTest::addRow("zero") << 0.0 << QStringLiteral("$0.00");
        QTest::addRow("five significant digits") << 0.000123456 << QStringLiteral("$0.00012346");
        QTest::addRow("cents") << 0.0412345 << QStringLiteral("$0.041235");
        QTest::addRow("dollars") << 12.345 << QStringLiteral("$12.35");
    }
    void perRequestFormat()
    {
        QFETCH(double, usd);
        QFETCH(QString, text);
        QCOMPARE(CandidateTableModel::formatPerRequest(usd), text);
    }
};

QTEST_MAIN(TestCandidateModel)
#include "tst_candidatemodel.moc"
