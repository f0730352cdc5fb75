// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "cliharness.h"

#include <QFile>
#include <QImage>
#include <QTest>

/// The drawing subcommands, export-chart and memo, run in-process under an offscreen QApplication.
class TestExportCommands : public QObject
{
    Q_OBJECT

    CliHarness m_cli;

    int run(const QStringList &args, QString *err = nullptr)
    {
        const CliRun r = m_cli.run(args);
        if (err)
            *err = r.err;
        return r.exitCode;
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    const QStringList articleScenario{QStringLiteral("--catalog"),          QStringLiteral("article-2025"),
                                      QStringLiteral("--requests-per-day"), QStringLiteral("10000"),
                                      QStringLiteral("--input-tokens"),     QStringLiteral("500"),
                                      QStringLiteral("--output-tokens"),    QStringLiteral("200"),
                                      QStringLiteral("--max-cost-per-1k"),  QStringLiteral("10"),
                                      QStringLiteral("--min-accuracy"),     QStringLiteral("0.7")};

private slots:
    void pngHasTheRequestedSize_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addRow("cost-quality") << QStringLiteral("cost-quality");
        QTest::addRow("monthly-cost") << QStringLiteral("monthly-cost");
    }
    void pngHasTheRequestedSize()
    {
        QFETCH(QString, chart);
        const QString path = m_cli.filePath(chart + QStringLiteral(".png"));
        QString err;
        QCOMPARE(run({QStringLiteral("export-chart"), chart, QStringLiteral("--out"), path, QStringLiteral("--width"),
                      QStringLiteral("900"), QStringLiteral("--height"), QStringLiteral("600")},
                     &err),
                 0);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const QImage image(path);
        QCOMPARE(image.size(), QSize(900, 600));
        // Not blank: a chart has many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 10);
    }

    void svgAndPdf()
    {
        const QString svg = m_cli.filePath(QStringLiteral("chart.svg"));
        QCOMPARE(run(QStringList{QStringLiteral("export-chart"), QStringLiteral("cost-quality"),
                                 QStringLiteral("--out"), svg}),
                 0);
        const QByteArray svgText = read(svg);
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.count("<path") + svgText.count("<polyline") + svgText.count("<text") > 50);

        const QString pdf = m_cli.filePath(QStringLiteral("chart.pdf"));
        QCOMPARE(run(QStringList{QStringLiteral("export-chart"), QStringLiteral("monthly-cost"),
                                 QStringLiteral("--out"), pdf} +
                     articleScenario),
                 0);
        const QByteArray pdfBytes = read(pdf);
        QVERIFY(pdfBytes.startsWith("%PDF-"));
        QVERIFY(pdfBytes.size() > 5000);
    }

    void memoCarriesTheGoldenFigures()
    {
        const QString md = m_cli.filePath(QStringLiteral("memo.md"));
        QString err;
        QCOMPARE(run(QStringList{QStringLiteral("memo"), QStringLiteral("--out"), md} + articleScenario, &err), 0);
        const QString text = QString::fromUtf8(read(md));
        for (const char *figure : {"$1,650.00", "$58.50", "$360.00"})
            QVERIFY2(text.contains(QLatin1String(figure)), figure);
        QVERIFY(text.contains(QStringLiteral("article-2025")));

        const QString pdf = m_cli.filePath(QStringLiteral("memo.pdf"));
        QCOMPARE(run(QStringList{QStringLiteral("memo"), QStringLiteral("--out"), pdf} + articleScenario), 0);
        QVERIFY(read(pdf).startsWith("%PDF-"));
    }

    void badRequestsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("no chart kind") << QStringList{QStringLiteral("export-chart"), QStringLiteral("--out"),
                                                      QStringLiteral("x.png")};
        QTest::addRow("unknown chart") << QStringList{QStringLiteral("export-chart"), QStringLiteral("pie"),
                                                      QStringLiteral("--out"), QStringLiteral("x.png")};
        QTest::addRow("no --out") << QStringList{QStringLiteral("export-chart"), QStringLiteral("cost-quality")};
        QTest::addRow("unknown format") << QStringList{QStringLiteral("export-chart"), QStringLiteral("cost-quality"),
                                                       QStringLiteral("--out"), QStringLiteral("x.gif")};
        QTest::addRow("zero width") << QStringList{QStringLiteral("export-chart"), QStringLiteral("cost-quality"),
                                                   QStringLiteral("--out"),        QStringLiteral("x.png"),
                                                   QStringLiteral("--width"),      QStringLiteral("0")};
        QTest::addRow("memo format") << QStringList{QStringLiteral("memo"), QStringLiteral("--out"),
                                                    QStringLiteral("memo.docx")};
        QTest::addRow("memo bad input") << QStringList{QStringLiteral("memo"), QStringLiteral("--out"),
                                                       QStringLiteral("memo.md"), QStringLiteral("--min-accuracy"),
                                                       QStringLiteral("2")};
    }
    void badRequestsExitTwo()
    {
        QFETCH(QStringList, args);
        QString err;
        QCOMPARE(run(args, &err), 2);
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
    }

    void unwritableFileFailsWithTheReason()
    {
        QString err;
        QCOMPARE(run({QStringLiteral("export-chart"), QStringLiteral("cost-quality"), QStringLiteral("--out"),
                      QStringLiteral("/nonexistent-dir/chart.png")},
                     &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("/nonexistent-dir/chart.png")), qPrintable(err));
    }
};

QTEST_MAIN(TestExportCommands)
#include "tst_exportcommands.moc"
