// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "analysis/costcurves.h"
#include "analysis/costquality.h"
#include "catalog/catalog.h"
#include "catalog/catalogregistry.h"
#include "charts/costqualitychart.h"
#include "charts/monthlycostchart.h"
#include "decision/recommendation.h"
#include "export/chartexport.h"
#include "export/memoexport.h"
#include "export/savepath.h"

#include <QFile>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

class TestExport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Catalog m_catalog;
    RecommendationInput m_input;
    Recommendation m_recommendation;

    std::unique_ptr<QChart> chart(const QString &kind)
    {
        if (kind == QLatin1String("cost-quality"))
            return buildCostQualityChart(buildCostQualityData(m_catalog, m_input, m_recommendation));
        return buildMonthlyCostChart(buildCostCurveData(m_catalog, defaultVolumeSelection(m_recommendation), m_input));
    }

    QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Result<Catalog> catalog =
            CatalogRegistry(m_dir.filePath(QStringLiteral("catalogs"))).load(QStringLiteral("article-2025"));
        QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
        m_catalog = *catalog;
        m_input.requirements.requestsPerDay = 10000;
        m_input.task = QStringLiteral("text_classification");
        m_recommendation = recommend(m_catalog, m_input);
    }

    void png_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("dpi");
        QTest::addRow("cost-quality 800×600 @96") << QStringLiteral("cost-quality") << 800 << 600 << 96;
        QTest::addRow("cost-quality 2400×1600 @300") << QStringLiteral("cost-quality") << 2400 << 1600 << 300;
        QTest::addRow("monthly-cost 1200×800 @96") << QStringLiteral("monthly-cost") << 1200 << 800 << 96;
        QTest::addRow("monthly-cost 1000×1000 @150") << QStringLiteral("monthly-cost") << 1000 << 1000 << 150;
    }
    void png()
    {
        QFETCH(QString, kind);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, dpi);
        std::unique_ptr<QChart> c(chart(kind));
        const QString path = m_dir.filePath(QStringLiteral("%1-%2.png").arg(kind).arg(dpi));
        const Status status = exportChart(c.get(), path, {width, height, dpi});
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QImage image;
        QVERIFY(image.load(path, "PNG"));
        QCOMPARE(image.size(), QSize(width, height));
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi);
        // Non-trivial: a drawn chart has many colours (text antialiasing, series, grid).
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
    }

    void svg_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addRow("cost-quality") << QStringLiteral("cost-quality");
        QTest::addRow("monthly-cost") << QStringLiteral("monthly-cost");
    }
    void svg()
    {
        QFETCH(QString, kind);
        std::unique_ptr<QChart> c(chart(kind));
        const QString path = m_dir.filePath(kind + QStringLiteral(".svg"));
        const Status status = exportChart(c.get(), path, {1000, 700, 96});
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QXmlStreamReader xml(read(path));
        int elements = 0;
        int texts = 0;
        QString root;
        QString title;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                if (root.isEmpty())
                    root = xml.name().toString();
                if (xml.name() == QLatin1String("text"))
                    ++texts;
                if (xml.name() == QLatin1String("title"))
                    title = xml.readElementText();
                ++elements;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(root, QStringLiteral("svg"));
        QVERIFY2(elements > 100, qPrintable(QString::number(elements)));
        QVERIFY2(texts > 10, qPrintable(QString::number(texts)));
        QCOMPARE(title, c->title());
        // The footnote is drawn, so its words are in the file.
        QVERIFY(read(path).contains("article-2025"));
    }

    void pdf_data() { svg_data(); }
    void pdf()
    {
        QFETCH(QString, kind);
        std::unique_ptr<QChart> c(chart(kind));
        const QString path = m_dir.filePath(kind + QStringLiteral(".pdf"));
        const Status status = exportChart(c.get(), path, {1200, 800, 96});
        QVERIFY2(status.ok(), qPrintable(status.error()));
        const QByteArray bytes = read(path);
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY2(bytes.size() > 10 * 1024, qPrintable(QString::number(bytes.size())));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("width");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown extension")
            << QStringLiteral("chart.gif") << 800 << QStringLiteral("use a .png, .svg or .pdf");
        QTest::addRow("missing folder") << QStringLiteral("no/such/folder/chart.png") << 800
                                        << QStringLiteral("Cannot write chart image");
        QTest::addRow("missing folder pdf")
            << QStringLiteral("no/such/folder/chart.pdf") << 800 << QStringLiteral("Cannot write chart document");
        QTest::addRow("too small") << QStringLiteral("chart.png") << 4 << QStringLiteral("outside 16–20000 px");
    }
    void errors()
    {
        QFETCH(QString, path);
        QFETCH(int, width);
        QFETCH(QString, message);
        std::unique_ptr<QChart> c(chart(QStringLiteral("cost-quality")));
        const Status status = exportChart(c.get(), m_dir.filePath(path), {width, 600, 96});
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(message), qPrintable(status.error()));
    }

    void saveDialogPathTakesTheChosenFiltersSuffix_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("path");
        QTest::newRow("no suffix") << "/tmp/memo"
                                   << "PDF (*.pdf)"
                                   << "/tmp/memo.pdf";
        QTest::newRow("typed suffix wins") << "/tmp/memo.md"
                                           << "PDF (*.pdf)"
                                           << "/tmp/memo.md";
        QTest::newRow("first of several") << "/tmp/db"
                                          << "SQLite database (*.sqlite *.db)"
                                          << "/tmp/db.sqlite";
        QTest::newRow("no pattern") << "/tmp/memo"
                                    << "All files"
                                    << "/tmp/memo";
        QTest::newRow("cancelled") << ""
                                   << "PDF (*.pdf)"
                                   << "";
    }
    void saveDialogPathTakesTheChosenFiltersSuffix()
    {
        QFETCH(QString, typed);
        QFETCH(QString, filter);
        QFETCH(QString, path);
        QCOMPARE(withSuffixOfFilter(typed, filter), path);
    }

    void memoMarkdown()
    {
        const QString path = m_dir.filePath(QStringLiteral("memo.md"));
        const Status status = exportMemo(m_catalog, m_input, m_recommendation, path);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        const QString md = QString::fromUtf8(read(path));
        for (const char *figure : {"$1,650.00", "$58.50", "$360.00"})
            QVERIFY2(md.contains(QLatin1String(figure)), figure);
        QVERIFY(md.contains(QStringLiteral("](memo-cost-quality.png)")));
        QVERIFY(md.contains(QStringLiteral("](memo-monthly-cost.png)")));
        QImage image;
        QVERIFY(image.load(m_dir.filePath(QStringLiteral("memo-cost-quality.png"))));
        QCOMPARE(image.size(), QSize(1200, 720));
        QVERIFY(image.load(m_dir.filePath(QStringLiteral("memo-monthly-cost.png"))));
    }

    void memoHtml()
    {
        const QString path = m_dir.filePath(QStringLiteral("memo.html"));
        const Status status = exportMemo(m_catalog, m_input, m_recommendation, path);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        const QString html = QString::fromUtf8(read(path));
        for (const char *figure : {"$1,650.00", "$58.50", "$360.00"})
            QVERIFY2(html.contains(QLatin1String(figure)), figure);
        QCOMPARE(html.count(QStringLiteral("src=\"data:image/png;base64,")), 2);
        // The embedded images decode to the chart size.
        const qsizetype start = html.indexOf(QStringLiteral("base64,")) + 7;
        const QByteArray base64 = html.mid(start, html.indexOf(QLatin1Char('"'), start) - start).toLatin1();
        QImage image;
        QVERIFY(image.loadFromData(QByteArray::fromBase64(base64), "PNG"));
        QCOMPARE(image.size(), QSize(1200, 720));
    }

    void memoPdf()
    {
        const QString path = m_dir.filePath(QStringLiteral("memo.pdf"));
        const Status status = exportMemo(m_catalog, m_input, m_recommendation, path);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        const QByteArray bytes = read(path);
        QVERIFY(bytes.startsWith("%PDF-"));
        // Text plus two embedded chart images.
        QVERIFY2(bytes.size() > 50 * 1024, qPrintable(QString::number(bytes.size())));
        QVERIFY(bytes.count("/Subtype /Image") >= 2);
    }

    void memoErrors()
    {
        Status status = exportMemo(m_catalog, m_input, m_recommendation, m_dir.filePath(QStringLiteral("memo.docx")));
        QVERIFY(!status.ok());
        QVERIFY(status.error().contains(QStringLiteral(".md, .html or .pdf")));
        status = exportMemo(m_catalog, m_input, m_recommendation, m_dir.filePath(QStringLiteral("nope/memo.md")));
        QVERIFY(!status.ok());
        QVERIFY(status.error().contains(QStringLiteral("folder does not exist")));
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
