// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/catalog.h"
#include "catalog/catalogregistry.h"
#include "decision/recommendation.h"
#include "report/memo.h"

#include <QTemporaryDir>
#include <QTest>

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
        MemoInput in{m_catalog, m_input, m_recommendation, {}, {}, {}, {}};
        in.charts.append({QStringLiteral("Cost versus quality"), QStringLiteral("memo-cost-quality.png"),
                          QStringLiteral("data:image/png;base64,AAAA"), {}, 800});
        in.charts.append({QStringLiteral("Monthly cost versus volume"), QStringLiteral("memo-monthly-cost.png"),
                          QStringLiteral("data:image/png;base64,BBBB"), {}, 800});
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

    void reasoningAndSources_data()
    {
        goldenFigures_data();
    }
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
        QVERIFY(html.contains(QStringLiteral("<img src=\"data:image/png;base64,AAAA\" alt=\"Cost versus quality\" width=\"800\">")));
        QVERIFY(html.contains(QStringLiteral("data:image/png;base64,BBBB")));
        QVERIFY(html.contains(QStringLiteral("<th>Model</th>")));
        QVERIFY(!html.contains(QStringLiteral("| ---")));   // NOTICE.md's table became a real table
    }

    void bundledNoticeIsCompiledIn()
    {
        QVERIFY(Memo::bundledNotice().contains(QStringLiteral("data sources and attribution")));
    }
};

QTEST_GUILESS_MAIN(TestMemo)
#include "tst_memo.moc"
